//===- PropagateLayouts.cpp - tessel-propagate-layouts --------------------===//
//
// Moves data-movement ops to compile time where they meet constants, and
// merges or cancels them where they meet each other:
//   - relayout(relayout(x: A -> B): B -> C) is relayout(x: A -> C) (the
//     folder already cancels A -> B -> A);
//   - a relayout of a constant is the constant with the new encoding;
//   - permute(permute(x, i), j) along one dimension with constant indices is
//     permute(x, i[j]); a permute by the identity is its input; a permute of
//     a constant is a constant;
//   - a permute of the output channels of a qmatmul whose weights are a
//     constant quantized in the program permutes the weight's rows (and the
//     bias) instead: quantization groups run along K, within a row, so
//     permuting rows before or after quantizing is the same.
//
// It also carries out the weight layout a configuration pass chose: the GPU
// kernel reads sub-byte weights from i32 words in tessel.pack's layout, so
// on a qmatmul that tessel-cuda-configure marked `tessel.pack_weights` a
// constant iB weight (B < 8) becomes tessel.unpack of a constant of words,
// packed here. Unmarked (the CPU lowering reads one byte per weight, where
// words would be unpacked at run time) the constant stays as it is.
//
//===----------------------------------------------------------------------===//

#include "Gathers.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/Matchers.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"
#include "tessel/Dialect/Tessel/IR/ConfigurationAttributes.h"
#include "tessel/Dialect/Tessel/IR/TesselOps.h"
#include "tessel/Dialect/Tessel/Transforms/Passes.h"

namespace mlir::tessel {
#define GEN_PASS_DEF_TESSELPROPAGATELAYOUTS
#include "tessel/Dialect/Tessel/Transforms/Passes.h.inc"
} // namespace mlir::tessel

using namespace mlir;
using namespace mlir::tessel;

namespace {

/// Constants larger than this stay runtime gathers.
constexpr int64_t kMaxFoldedElements = 1 << 22;

/// The constant index vector of a permute, if it is one.
std::optional<SmallVector<int64_t>> constantIndices(PermuteOp op) {
  DenseIntElementsAttr attr;
  if (!matchPattern(op.getIndices(), m_Constant(&attr)))
    return std::nullopt;
  SmallVector<int64_t> out;
  for (const APInt &v : attr.getValues<APInt>())
    out.push_back(v.getSExtValue());
  return out;
}

struct ComposeRelayouts : OpRewritePattern<RelayoutOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(RelayoutOp op,
                                PatternRewriter &rewriter) const override {
    auto producer = op.getInput().getDefiningOp<RelayoutOp>();
    if (!producer)
      return failure();
    rewriter.modifyOpInPlace(
        op, [&] { op.getInputMutable().assign(producer.getInput()); });
    return success();
  }
};

struct FoldRelayoutOfConstant : OpRewritePattern<RelayoutOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(RelayoutOp op,
                                PatternRewriter &rewriter) const override {
    DenseElementsAttr attr;
    if (!matchPattern(op.getInput(), m_Constant(&attr)))
      return failure();
    // The logical values are unchanged; only the type's encoding is new.
    auto type = cast<ShapedType>(op.getType());
    rewriter.replaceOpWithNewOp<arith::ConstantOp>(
        op, type, DenseElementsAttr::getFromRawBuffer(type, attr.getRawData()));
    return success();
  }
};

struct ComposePermutes : OpRewritePattern<PermuteOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(PermuteOp op,
                                PatternRewriter &rewriter) const override {
    auto producer = op.getInput().getDefiningOp<PermuteOp>();
    if (!producer || producer.getDimension() != op.getDimension())
      return failure();
    std::optional<SmallVector<int64_t>> outer = constantIndices(op);
    std::optional<SmallVector<int64_t>> inner = constantIndices(producer);
    if (!outer || !inner)
      return failure();
    SmallVector<int64_t> composed;
    for (int64_t j : *outer) {
      if (j < 0 || j >= static_cast<int64_t>(inner->size()))
        return failure();
      composed.push_back((*inner)[j]);
    }
    Value indices = createIndexVector(rewriter, op.getLoc(), composed);
    rewriter.modifyOpInPlace(op, [&] {
      op.getInputMutable().assign(producer.getInput());
      op.getIndicesMutable().assign(indices);
    });
    return success();
  }
};

struct FoldIdentityPermute : OpRewritePattern<PermuteOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(PermuteOp op,
                                PatternRewriter &rewriter) const override {
    std::optional<SmallVector<int64_t>> indices = constantIndices(op);
    if (!indices || op.getInput().getType() != op.getType())
      return failure();
    for (auto [i, v] : llvm::enumerate(*indices))
      if (v != static_cast<int64_t>(i))
        return failure();
    rewriter.replaceOp(op, op.getInput());
    return success();
  }
};

struct FoldPermuteOfConstant : OpRewritePattern<PermuteOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(PermuteOp op,
                                PatternRewriter &rewriter) const override {
    DenseElementsAttr attr;
    std::optional<SmallVector<int64_t>> indices = constantIndices(op);
    auto inType = op.getInput().getType();
    if (!indices || !matchPattern(op.getInput(), m_Constant(&attr)) ||
        !inType.hasStaticShape() ||
        op.getType().getNumElements() > kMaxFoldedElements)
      return failure();
    int64_t dim = op.getDimension();
    for (int64_t i : *indices)
      if (i < 0 || i >= inType.getDimSize(dim))
        return failure();
    rewriter.replaceOpWithNewOp<arith::ConstantOp>(
        op, gatherElements(attr, dim, *indices));
    return success();
  }
};

/// permute(qmatmul(x, quantize(W)), idx) along the output channels, with W
/// (and the bias) constant and nothing else using the intermediate values:
/// qmatmul(x, quantize(W[idx])).
struct FoldPermuteIntoQMatmulWeights : OpRewritePattern<PermuteOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(PermuteOp op,
                                PatternRewriter &rewriter) const override {
    auto qmm = op.getInput().getDefiningOp<QMatmulOp>();
    std::optional<SmallVector<int64_t>> indices = constantIndices(op);
    if (!qmm || !indices || !qmm->hasOneUse() ||
        static_cast<int64_t>(op.getDimension()) != op.getType().getRank() - 1 ||
        op.getType() != qmm.getType())
      return failure();
    auto quant = qmm.getWeights().getDefiningOp<QuantizeOp>();
    DenseElementsAttr weight, bias;
    if (!quant || !matchPattern(quant.getInput(), m_Constant(&weight)) ||
        !llvm::all_of(quant->getUsers(),
                      [&](Operation *user) { return user == qmm; }) ||
        qmm.getScales() != quant.getResult(1) ||
        (qmm.getBias() && !matchPattern(qmm.getBias(), m_Constant(&bias))))
      return failure();
    Location loc = op.getLoc();
    Value newWeight = arith::ConstantOp::create(
        rewriter, loc, gatherElements(weight, 0, *indices));
    rewriter.setInsertionPoint(quant);
    auto newQuant = cast<QuantizeOp>(rewriter.clone(*quant));
    newQuant.getInputMutable().assign(newWeight);
    rewriter.setInsertionPoint(qmm);
    auto newQmm = cast<QMatmulOp>(rewriter.clone(*qmm));
    newQmm.getWeightsMutable().assign(newQuant.getResult(0));
    newQmm.getScalesMutable().assign(newQuant.getResult(1));
    if (quant.hasZeroPoints())
      newQmm.getZeroPointsMutable().assign(newQuant.getResult(2));
    if (bias)
      newQmm.getBiasMutable().assign(arith::ConstantOp::create(
          rewriter, loc, gatherElements(bias, 0, *indices)));
    rewriter.replaceOp(op, newQmm.getResult());
    return success();
  }
};

/// qmatmul(x, constant iB) -> qmatmul(x, unpack(constant words)): the
/// words are tessel.pack's layout (element k of a row in bits
/// [kB, kB + B) of the row's little-endian stream of 32-bit words, fields
/// straddling words where 32 is not a multiple of B).
struct PackConstantQMatmulWeights : OpRewritePattern<QMatmulOp> {
  using OpRewritePattern::OpRewritePattern;
  LogicalResult matchAndRewrite(QMatmulOp op,
                                PatternRewriter &rewriter) const override {
    if (!op->hasAttr(kPackWeightsAttrName))
      return failure();
    DenseIntElementsAttr weights;
    if (!matchPattern(op.getWeights(), m_Constant(&weights)))
      return failure();
    auto type = cast<RankedTensorType>(op.getWeights().getType());
    auto element = dyn_cast<IntegerType>(type.getElementType());
    if (!element || type.getEncoding() || type.getRank() != 2 ||
        !type.hasStaticShape())
      return failure();
    int64_t bits = element.getWidth(), n = type.getDimSize(0),
            k = type.getDimSize(1);
    if (bits >= 8 || (k * bits) % 32 != 0)
      return rewriter.notifyMatchFailure(
          op, "not sub-byte weights in whole words per row");
    int64_t wordsPerRow = k * bits / 32;
    std::vector<uint32_t> words(n * wordsPerRow, 0);
    uint64_t mask = (uint64_t(1) << bits) - 1;
    int64_t index = 0;
    for (const APInt &value : weights.getValues<APInt>()) {
      int64_t row = index / k, bit = (index % k) * bits;
      uint64_t field = value.getZExtValue() & mask;
      uint32_t *rowWords = &words[row * wordsPerRow];
      rowWords[bit / 32] |= uint32_t(field << (bit % 32));
      if (bit % 32 + bits > 32)
        rowWords[bit / 32 + 1] |= uint32_t(field >> (32 - bit % 32));
      ++index;
    }
    Location loc = op.getLoc();
    auto wordsType =
        RankedTensorType::get({n, wordsPerRow}, rewriter.getI32Type());
    Value packed = arith::ConstantOp::create(
        rewriter, loc,
        DenseElementsAttr::get(wordsType, ArrayRef<uint32_t>(words)));
    Value init = tensor::EmptyOp::create(rewriter, loc, type.getShape(),
                                         type.getElementType());
    Value unpacked =
        UnpackOp::create(rewriter, loc, type, packed, init, nullptr);
    rewriter.modifyOpInPlace(op, [&] {
      op.getWeightsMutable().assign(unpacked);
      op->removeAttr(kPackWeightsAttrName);
    });
    return success();
  }
};

struct TesselPropagateLayoutsPass
    : tessel::impl::TesselPropagateLayoutsBase<TesselPropagateLayoutsPass> {
  using Base::Base;

  void runOnOperation() override {
    RewritePatternSet patterns(&getContext());
    populatePropagateLayoutsPatterns(patterns);
    patterns.add<PackConstantQMatmulWeights>(&getContext());
    if (failed(applyPatternsGreedily(getOperation(), std::move(patterns))))
      signalPassFailure();
  }
};

} // namespace

void mlir::tessel::populatePropagateLayoutsPatterns(
    RewritePatternSet &patterns) {
  patterns.add<ComposeRelayouts, FoldRelayoutOfConstant, ComposePermutes,
               FoldIdentityPermute, FoldPermuteOfConstant,
               FoldPermuteIntoQMatmulWeights>(patterns.getContext());
}
