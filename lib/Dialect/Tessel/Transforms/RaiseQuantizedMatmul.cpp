//===- RaiseQuantizedMatmul.cpp - Dequantize + matmul to tessel.qmatmul ---===//
//
// Part of the Tessel project.
//
// Recognises a weight-only quantized linear layer as frontends spell it in
// linalg on tensors:
//
//   Wf = sitofp/uitofp(Wq)                       Wq: [N, K] integers
//   D  = (expand(Wf) - zero[n, g]) * scale[n, g]  as [N, K/G, G]
//   Y  = matmul(X, transpose(collapse(D)))       into zeros
//
// (the zero point is optional). Weights and zero points must be constants
// (their range decides the bit width: 0..15 is unsigned i4) or already of a
// narrow integer type. It becomes one tessel.qmatmul whose weights and zero
// points are constants of the narrowest type that holds them exactly.
//
//===----------------------------------------------------------------------===//

#include "ConstantEvaluation.h"
#include "RaiseMatchers.h"
#include "tessel/Dialect/Tessel/IR/TesselOps.h"

#include "mlir/Dialect/Arith/IR/Arith.h"

#include <cmath>

using namespace mlir;
using namespace mlir::tessel;
using namespace mlir::tessel::raise;

namespace {

/// Most weight elements read at compile time.
constexpr int64_t kMaxWeights = int64_t(1) << 28;

Value stripExpand(Value value) {
  if (auto expand = value.getDefiningOp<tensor::ExpandShapeOp>())
    return expand.getSrc();
  return value;
}

/// An elementwise `OpTy(x, p)` generic over [N, K/G, G] with x identity-mapped
/// and p broadcast along the last dimension: x and p (without its expand).
template <typename OpTy>
std::optional<std::pair<Value, Value>> matchGroupBroadcast(Value value) {
  auto generic = value.getDefiningOp<linalg::GenericOp>();
  Operation *op = elementwiseOp(generic);
  if (!isa_and_nonnull<OpTy>(op))
    return std::nullopt;
  for (unsigned i = 0; i < 2; ++i) {
    OpOperand *x = bodyOperandInput(generic, op, i);
    OpOperand *p = bodyOperandInput(generic, op, 1 - i);
    if (!x || !p || !generic.getMatchingIndexingMap(x).isIdentity())
      continue;
    AffineMap map = generic.getMatchingIndexingMap(p);
    if (map.isFunctionOfDim(map.getNumDims() - 1))
      continue;
    // Subtraction is not commutative: the zero point is subtracted.
    if (isa<arith::SubFOp>(op) && i != 0)
      continue;
    return std::make_pair(x->get(), stripExpand(p->get()));
  }
  return std::nullopt;
}

/// The narrowest width of `signedness` (1 to 8 bits) that holds every
/// value, or nullopt.
std::optional<unsigned> bitsFor(ArrayRef<double> values, bool isSigned) {
  double lo = 0, hi = 0;
  for (double v : values) {
    if (v != std::floor(v))
      return std::nullopt;
    lo = std::min(lo, v);
    hi = std::max(hi, v);
  }
  for (unsigned bits = isSigned ? 2 : 1; bits <= 8; ++bits) {
    double min = isSigned ? -std::ldexp(1.0, bits - 1) : 0;
    double max =
        isSigned ? std::ldexp(1.0, bits - 1) - 1 : std::ldexp(1.0, bits) - 1;
    if (lo >= min && hi <= max)
      return bits;
  }
  return std::nullopt;
}

Value integerConstant(PatternRewriter &rewriter, Location loc,
                      ArrayRef<int64_t> shape, unsigned bits,
                      ArrayRef<double> values) {
  auto type = RankedTensorType::get(shape, rewriter.getIntegerType(bits));
  SmallVector<APInt> ints;
  ints.reserve(values.size());
  for (double v : values)
    ints.push_back(APInt(bits, static_cast<uint64_t>(static_cast<int64_t>(v)),
                         /*isSigned=*/true, /*implicitTrunc=*/true));
  return arith::ConstantOp::create(rewriter, loc,
                                   DenseElementsAttr::get(type, ints));
}

struct RaiseQuantizedMatmulPattern : OpRewritePattern<linalg::MatmulOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(linalg::MatmulOp matmul,
                                PatternRewriter &rewriter) const override {
    if (matmul.hasUserDefinedMaps() || !isZeroFill(matmul.getDpsInits()[0]))
      return rewriter.notifyMatchFailure(matmul, "not a plain matmul");
    Value input = matmul.getDpsInputs()[0];
    auto transpose =
        matmul.getDpsInputs()[1].getDefiningOp<linalg::TransposeOp>();
    if (!transpose || transpose.getPermutation() != ArrayRef<int64_t>{1, 0})
      return rewriter.notifyMatchFailure(matmul, "weights not transposed");
    auto collapse =
        transpose.getInput().getDefiningOp<tensor::CollapseShapeOp>();
    if (!collapse || collapse.getReassociationIndices() !=
                         SmallVector<ReassociationIndices>{{0}, {1, 2}})
      return rewriter.notifyMatchFailure(matmul, "weights not in groups");

    // D = (x - zero) * scale, or x * scale.
    auto scaled = matchGroupBroadcast<arith::MulFOp>(collapse.getSrc());
    if (!scaled)
      return rewriter.notifyMatchFailure(matmul, "no group scale");
    auto [shifted, scales] = *scaled;
    Value zeros;
    Value expanded = shifted;
    if (auto sub = matchGroupBroadcast<arith::SubFOp>(shifted)) {
      expanded = sub->first;
      zeros = sub->second;
    }
    auto expand = expanded.getDefiningOp<tensor::ExpandShapeOp>();
    if (!expand || expand.getReassociationIndices() !=
                       SmallVector<ReassociationIndices>{{0}, {1, 2}})
      return rewriter.notifyMatchFailure(matmul, "weights not in groups");
    auto toFloat = expand.getSrc().getDefiningOp<linalg::GenericOp>();
    Operation *castOp = elementwiseOp(toFloat);
    if (!isa_and_nonnull<arith::UIToFPOp, arith::SIToFPOp>(castOp) ||
        !bodyOperandInput(toFloat, castOp, 0) ||
        !toFloat.getMatchingIndexingMap(bodyOperandInput(toFloat, castOp, 0))
             .isIdentity())
      return rewriter.notifyMatchFailure(matmul, "weights not integers");
    bool isSigned = isa<arith::SIToFPOp>(castOp);
    Value quantized = bodyOperandInput(toFloat, castOp, 0)->get();

    auto groupType = cast<RankedTensorType>(expand.getResultType());
    auto weightType = cast<RankedTensorType>(quantized.getType());
    auto scaleType = cast<RankedTensorType>(scales.getType());
    auto inputType = cast<RankedTensorType>(input.getType());
    if (!groupType.hasStaticShape() || !weightType.hasStaticShape() ||
        scaleType.getRank() != 2 ||
        scaleType.getShape() != groupType.getShape().take_front(2) ||
        scaleType.getElementType() != inputType.getElementType())
      return rewriter.notifyMatchFailure(matmul, "unsupported scale shape");
    int64_t groupSize = groupType.getDimSize(2);

    // The weights' (and zero points') values decide the bit width.
    std::optional<ConstantTensor> weights = readConstant(quantized, !isSigned);
    std::optional<ConstantTensor> zeroValues;
    if (zeros) {
      if (zeros.getType() != scales.getType())
        return rewriter.notifyMatchFailure(matmul, "unsupported zero points");
      zeroValues = readConstant(zeros, /*unsignedInts=*/false);
      if (!zeroValues)
        return rewriter.notifyMatchFailure(matmul, "zero points not constant");
    }
    if (!weights || weightType.getNumElements() > kMaxWeights)
      return rewriter.notifyMatchFailure(matmul, "weights not constant");
    std::optional<unsigned> bits = bitsFor(weights->values, isSigned);
    if (zeroValues) {
      std::optional<unsigned> zeroBits = bitsFor(zeroValues->values, isSigned);
      if (!bits || !zeroBits)
        return rewriter.notifyMatchFailure(matmul, "zero points not integers");
      bits = std::max(*bits, *zeroBits);
    }
    if (!bits)
      return rewriter.notifyMatchFailure(matmul, "weights wider than 8 bits");

    Location loc = matmul.getLoc();
    Value newWeights = integerConstant(rewriter, loc, weightType.getShape(),
                                       *bits, weights->values);
    Value newZeros;
    if (zeroValues)
      newZeros = integerConstant(rewriter, loc, scaleType.getShape(), *bits,
                                 zeroValues->values);
    auto resultType = cast<RankedTensorType>(matmul.getResult(0).getType());
    Value init = tensor::EmptyOp::create(rewriter, loc, resultType.getShape(),
                                         resultType.getElementType());
    auto qmatmul = QMatmulOp::create(
        rewriter, loc, resultType, input, newWeights, scales, newZeros,
        /*bias=*/Value(), init,
        isSigned ? Signedness::Signed : Signedness::Unsigned, groupSize);
    rewriter.replaceOp(matmul, qmatmul.getResult());
    return success();
  }
};

} // namespace

void mlir::tessel::populateRaiseQuantizedMatmulPatterns(
    RewritePatternSet &patterns) {
  patterns.add<RaiseQuantizedMatmulPattern>(patterns.getContext());
}
