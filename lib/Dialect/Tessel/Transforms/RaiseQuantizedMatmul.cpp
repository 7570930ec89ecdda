//===- RaiseQuantizedMatmul.cpp - Dequantize + matmul to tessel.qmatmul ---===//
//
// Part of the Tessel project.
//
// Recognises a weight-only quantized linear layer as frontends spell it in
// linalg on tensors:
//
//   Wf = float(Wq)                               Wq: [N, K] integers
//   D  = (expand(Wf) - zero[n, g]) * scale[n, g]  as [N, K/G, G]
//   Y  = matmul(X, transpose(collapse(D)))       into zeros
//
// (the zero point is optional). Wf must be computed from constants: a
// uitofp/sitofp of a constant, or anything the constant evaluator follows,
// such as 4-bit weights unpacked from bytes by masks, shifts and a concat.
// The values decide the type: the narrowest integer that holds weights and
// zero points exactly, signed if any is negative (0..15 is unsigned i4).
// It becomes one tessel.qmatmul with constant weights and zero points.
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

/// Most weight elements read at compile time from a constant, and computed
/// (unpacked) at compile time.
constexpr int64_t kMaxWeights = int64_t(1) << 28;
constexpr int64_t kMaxEvaluatedWeights = int64_t(1) << 24;

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

/// The values of float weights converted from integers computed from
/// constants: read directly when they are `uitofp/sitofp(constant)`, else
/// evaluated (which covers sub-byte weights unpacked from packed bytes);
/// nullopt unless every value is an integer.
std::optional<ConstantTensor> integerWeights(Value floatWeights) {
  std::optional<ConstantTensor> values;
  auto generic = floatWeights.getDefiningOp<linalg::GenericOp>();
  Operation *op = elementwiseOp(generic);
  OpOperand *source = isa_and_nonnull<arith::UIToFPOp, arith::SIToFPOp>(op)
                          ? bodyOperandInput(generic, op, 0)
                          : nullptr;
  if (source && generic.getMatchingIndexingMap(source).isIdentity() &&
      source->get().getDefiningOp<arith::ConstantOp>())
    values = readConstant(source->get(), isa<arith::UIToFPOp>(op));
  else
    values = evaluateConstant(floatWeights, kMaxEvaluatedWeights);
  if (!values ||
      llvm::any_of(values->values, [](double v) { return v != std::floor(v); }))
    return std::nullopt;
  return values;
}

/// Weights passed in at run time as integers of at most 8 bits.
struct RuntimeWeights {
  Value weights;
  bool isSigned;
};

/// `floatWeights` = float(w) elementwise, possibly through an integer
/// extension, for `w` of at most 8 bits: w and whether it is read signed.
std::optional<RuntimeWeights> runtimeWeights(Value floatWeights) {
  auto generic = floatWeights.getDefiningOp<linalg::GenericOp>();
  if (!generic || generic.getNumDpsInputs() != 1 ||
      generic.getNumReductionLoops() != 0 ||
      !llvm::all_of(generic.getIndexingMapsArray(),
                    [](AffineMap map) { return map.isIdentity(); }))
    return std::nullopt;
  Block &body = generic.getRegion().front();
  Operation *toFloat = body.getTerminator()->getOperand(0).getDefiningOp();
  if (!isa_and_nonnull<arith::UIToFPOp, arith::SIToFPOp>(toFloat))
    return std::nullopt;
  bool isSigned = isa<arith::SIToFPOp>(toFloat);
  Value source = toFloat->getOperand(0);
  if (Operation *ext = source.getDefiningOp()) {
    if (!isa<arith::ExtUIOp, arith::ExtSIOp>(ext))
      return std::nullopt;
    // uitofp of a sign extension reads negative weights as huge values.
    if (isa<arith::ExtSIOp>(ext) && !isSigned)
      return std::nullopt;
    isSigned = isa<arith::ExtSIOp>(ext);
    source = ext->getOperand(0);
  }
  if (source != body.getArgument(0))
    return std::nullopt;
  Value weights = generic.getDpsInputs()[0];
  auto type = dyn_cast<IntegerType>(
      cast<RankedTensorType>(weights.getType()).getElementType());
  if (!type || type.getWidth() > 8 || (isSigned && type.getWidth() < 2))
    return std::nullopt;
  return RuntimeWeights{weights, isSigned};
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
    auto scaled =
        matchRowBroadcast<arith::MulFOp>(collapse.getSrc(), /*commutes=*/true);
    if (!scaled)
      return rewriter.notifyMatchFailure(matmul, "no group scale");
    auto [shifted, scales] = *scaled;
    Value zeros;
    Value expanded = shifted;
    if (auto sub = matchRowBroadcast<arith::SubFOp>(shifted)) {
      expanded = sub->first;
      zeros = sub->second;
    }
    // The float weights, [N, K] expanded into groups or [N, K/G, G].
    auto groupType = cast<RankedTensorType>(expanded.getType());
    Value floatWeights = expanded;
    if (auto expand = expanded.getDefiningOp<tensor::ExpandShapeOp>()) {
      if (expand.getReassociationIndices() !=
          SmallVector<ReassociationIndices>{{0}, {1, 2}})
        return rewriter.notifyMatchFailure(matmul, "weights not in groups");
      floatWeights = expand.getSrc();
    }
    auto scaleType = dyn_cast<RankedTensorType>(scales.getType());
    auto inputType = cast<RankedTensorType>(input.getType());
    Type inputElement = inputType.getElementType();
    if (!inputElement.isF16() && !inputElement.isBF16() &&
        !inputElement.isF32())
      return rewriter.notifyMatchFailure(matmul, "not f16, bf16 or f32");
    if (cast<RankedTensorType>(matmul.getResult(0).getType())
            .getElementType() != inputElement)
      return rewriter.notifyMatchFailure(matmul, "accumulates in another type");
    if (!scaleType || groupType.getRank() != 3 || !groupType.hasStaticShape() ||
        scaleType.getRank() != 2 ||
        scaleType.getShape() != groupType.getShape().take_front(2) ||
        scaleType.getElementType() != inputType.getElementType())
      return rewriter.notifyMatchFailure(matmul, "unsupported scale shape");
    int64_t groupSize = groupType.getDimSize(2);
    SmallVector<int64_t> weightShape = {groupType.getDimSize(0),
                                        groupType.getDimSize(1) * groupSize};
    if (groupType.getNumElements() > kMaxWeights)
      return rewriter.notifyMatchFailure(matmul, "too many weights");

    std::optional<ConstantTensor> zeroValues;
    if (zeros) {
      if (zeros.getType() != scales.getType())
        return rewriter.notifyMatchFailure(matmul, "unsupported zero points");
      zeroValues = readConstant(zeros, /*unsignedInts=*/false);
      if (!zeroValues)
        return rewriter.notifyMatchFailure(matmul, "zero points not constant");
    }
    auto negative = [](const std::optional<ConstantTensor> &t) {
      return t && llvm::any_of(t->values, [](double v) { return v < 0; });
    };

    // Weights known at compile time: their values decide the bit width and
    // the signedness. Weights given at run time: their integer type does.
    Location loc = matmul.getLoc();
    Value newWeights;
    bool isSigned;
    unsigned bits;
    if (std::optional<ConstantTensor> weights = integerWeights(floatWeights)) {
      isSigned = negative(weights) || negative(zeroValues);
      std::optional<unsigned> width = bitsFor(weights->values, isSigned);
      if (!width)
        return rewriter.notifyMatchFailure(
            matmul, "weights are not integers of at most 8 bits");
      bits = *width;
      if (zeroValues) {
        std::optional<unsigned> zeroBits =
            bitsFor(zeroValues->values, isSigned);
        if (!zeroBits)
          return rewriter.notifyMatchFailure(matmul,
                                             "zero points not integers");
        bits = std::max(bits, *zeroBits);
      }
      newWeights =
          integerConstant(rewriter, loc, weightShape, bits, weights->values);
    } else if (std::optional<RuntimeWeights> runtime =
                   runtimeWeights(floatWeights)) {
      isSigned = runtime->isSigned;
      bits =
          cast<IntegerType>(cast<RankedTensorType>(runtime->weights.getType())
                                .getElementType())
              .getWidth();
      if (zeroValues &&
          bitsFor(zeroValues->values, isSigned).value_or(9) > bits)
        return rewriter.notifyMatchFailure(
            matmul, "zero points outside the weights' type");
      newWeights = runtime->weights;
      if (cast<RankedTensorType>(newWeights.getType()).getRank() == 3)
        newWeights = tensor::CollapseShapeOp::create(
            rewriter, loc, newWeights,
            SmallVector<ReassociationIndices>{{0}, {1, 2}});
    } else {
      return rewriter.notifyMatchFailure(
          matmul, "weights neither computed from constants nor narrow "
                  "integers");
    }
    Value newZeros;
    if (zeroValues)
      newZeros = integerConstant(rewriter, loc, scaleType.getShape(), bits,
                                 zeroValues->values);
    auto resultType = cast<RankedTensorType>(matmul.getResult(0).getType());
    Value init = tensor::EmptyOp::create(
        rewriter, loc,
        tensor::getMixedSizes(rewriter, loc, matmul.getDpsInits()[0]),
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
