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
// Checkpoint formats (GPTQ, AWQ) spell the same layer differently: integer
// words unpacked by shifts and masks in their own bit orders, scales and
// zero points gathered per input channel (GPTQ's g_idx, AWQ's
// repeat_interleave), W laid out [K, N] and read directly by the matmul:
//
//   W[k, n] = (q[k, n] - z[k, n]) * s[k, n]    elementwise, from constants
//   Y = matmul(X, W)  or  matmul(X, transpose(W))
//
// For those, the parts are evaluated rather than matched: q, z and s are
// read where the body of the generic computing W multiplies and subtracts
// (evaluateBodyValue), checked to recompose W, and the groups found from the
// values: the input channels whose scale and zero point columns agree. Groups
// that are runs of G channels give group_size G; groups scattered along K
// (GPTQ's act-order) are made contiguous by permuting the channels of X and
// of the weights alike (tessel.permute of X).
//
//===----------------------------------------------------------------------===//

#include "ConstantEvaluation.h"
#include "Gathers.h"
#include "RaiseMatchers.h"
#include "tessel/Dialect/Tessel/IR/TesselOps.h"

#include "mlir/Dialect/Arith/IR/Arith.h"

#include <cmath>
#include <map>
#include <numeric>

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

/// A scalar of an elementwise linalg.generic's body (or one of its block
/// arguments). Terms reached from one another through identity-mapped
/// operands share an iteration space: the weights'.
struct Term {
  linalg::GenericOp generic;
  Value value;
};

/// True for a generic with parallel loops and one identity-mapped result.
bool isElementwiseGeneric(linalg::GenericOp generic) {
  return generic && generic.getNumResults() == 1 &&
         generic.getNumReductionLoops() == 0 &&
         generic.getMatchingIndexingMap(generic.getDpsInitOperand(0))
             .isIdentity();
}

/// `term` followed back through conversions and extensions in the body, and
/// from a block argument into the elementwise generic that produces its
/// identity-mapped input. `*fromInteger` is set when an integer-to-float
/// conversion was crossed.
Term throughConversions(Term term, bool *fromInteger = nullptr) {
  for (int step = 0; step < 32; ++step) {
    Block *body = &term.generic.getRegion().front();
    if (Operation *def = term.value.getDefiningOp()) {
      if (def->getBlock() != body ||
          !isa<arith::ExtFOp, arith::TruncFOp, arith::SIToFPOp, arith::UIToFPOp,
               arith::ExtSIOp, arith::ExtUIOp, arith::TruncIOp>(def))
        return term;
      if (fromInteger && isa<arith::SIToFPOp, arith::UIToFPOp>(def))
        *fromInteger = true;
      term.value = def->getOperand(0);
      continue;
    }
    auto arg = cast<BlockArgument>(term.value);
    if (arg.getOwner() != body)
      return term;
    OpOperand &operand = term.generic->getOpOperand(arg.getArgNumber());
    if (!term.generic.isDpsInput(&operand) ||
        !term.generic.getMatchingIndexingMap(&operand).isIdentity())
      return term;
    auto producer = operand.get().getDefiningOp<linalg::GenericOp>();
    if (!isElementwiseGeneric(producer) ||
        producer.getNumLoops() != term.generic.getNumLoops())
      return term;
    term = {producer,
            producer.getRegion().front().getTerminator()->getOperand(0)};
  }
  return term;
}

/// Integer weights, optional zero points and scales, each [N, K] row-major
/// (one value per weight), of a layer whose weights are dequantized
/// elementwise.
struct DequantizedParts {
  int64_t rows = 0, cols = 0;
  std::vector<double> weights, zeros, scales;
};

/// The parts of W = (q - z) * s (or q * s) computed by `weights`, an
/// elementwise generic over [K, N] (`transposed`: [N, K]), from constants.
FailureOr<DequantizedParts> dequantizedParts(PatternRewriter &rewriter,
                                             linalg::MatmulOp matmul,
                                             linalg::GenericOp weights,
                                             bool transposed) {
  Term top = throughConversions(
      {weights, weights.getRegion().front().getTerminator()->getOperand(0)});
  auto mul = top.value.getDefiningOp<arith::MulFOp>();
  if (!mul || mul->getBlock() != &top.generic.getRegion().front())
    return rewriter.notifyMatchFailure(matmul, "weights not a product");

  // The integer side: the operand that reaches a subtraction (q - z), else
  // one that reaches an integer-to-float conversion.
  std::optional<unsigned> side;
  Term difference;
  for (unsigned i = 0; i < 2 && !side; ++i) {
    difference = throughConversions({top.generic, mul->getOperand(i)});
    Operation *def = difference.value.getDefiningOp();
    if (isa_and_nonnull<arith::SubIOp, arith::SubFOp>(def) &&
        def->getBlock() == &difference.generic.getRegion().front())
      side = i;
  }
  bool hasZeros = side.has_value();
  for (unsigned i = 0; i < 2 && !side; ++i) {
    bool fromInteger = false;
    throughConversions({top.generic, mul->getOperand(i)}, &fromInteger);
    if (fromInteger)
      side = i;
  }
  if (!side)
    return rewriter.notifyMatchFailure(matmul, "no integer weights");

  auto at = [&](Term term) {
    return evaluateBodyValue(term.generic, term.value, kMaxEvaluatedWeights);
  };
  std::optional<ConstantTensor> shifted =
      at({top.generic, mul->getOperand(*side)});
  std::optional<ConstantTensor> scales =
      at({top.generic, mul->getOperand(1 - *side)});
  std::optional<ConstantTensor> q = shifted, z;
  if (hasZeros) {
    Operation *sub = difference.value.getDefiningOp();
    q = at({difference.generic, sub->getOperand(0)});
    z = at({difference.generic, sub->getOperand(1)});
  }
  if (!shifted || !scales || !q || (hasZeros && !z))
    return rewriter.notifyMatchFailure(matmul, "weights not from constants");
  // The parts must recompose the factor the product reads: no wrap-around
  // or rounding between the subtraction and the multiplication.
  for (size_t i = 0; i < shifted->values.size(); ++i) {
    double expected = q->values[i] - (z ? z->values[i] : 0.0);
    if (q->values[i] != std::floor(q->values[i]) ||
        (z && z->values[i] != std::floor(z->values[i])) ||
        shifted->values[i] != expected)
      return rewriter.notifyMatchFailure(
          matmul, "weights are not integers less zero points");
  }

  DequantizedParts parts;
  int64_t outer = q->shape[0], inner = q->shape[1];
  parts.rows = transposed ? outer : inner;
  parts.cols = transposed ? inner : outer;
  auto toRowMajorNK = [&](const ConstantTensor &t) {
    if (transposed)
      return t.values;
    std::vector<double> nk(t.values.size());
    for (int64_t k = 0; k < outer; ++k)
      for (int64_t n = 0; n < inner; ++n)
        nk[n * outer + k] = t.values[k * inner + n];
    return nk;
  };
  parts.weights = toRowMajorNK(*q);
  parts.scales = toRowMajorNK(*scales);
  if (z)
    parts.zeros = toRowMajorNK(*z);
  return parts;
}

/// True when input channels `a` and `b` have the same scale and zero point
/// in every row.
bool sameGroupParameters(const DequantizedParts &parts, int64_t a, int64_t b) {
  for (int64_t n = 0; n < parts.rows; ++n) {
    int64_t row = n * parts.cols;
    if (parts.scales[row + a] != parts.scales[row + b] ||
        (!parts.zeros.empty() && parts.zeros[row + a] != parts.zeros[row + b]))
      return false;
  }
  return true;
}

/// The largest G dividing K such that every run of G input channels shares
/// its scales and zero points.
int64_t contiguousGroupSize(const DequantizedParts &parts) {
  int64_t group = parts.cols;
  for (int64_t k = 1; k < parts.cols && group > 1; ++k)
    if (k % group != 0 && !sameGroupParameters(parts, k - 1, k))
      group = std::gcd(group, k);
  return group;
}

/// An order of the input channels that makes groups scattered along K (GPTQ's
/// act-order) contiguous, and their size: the channels with equal scale and
/// zero point columns, in order of first appearance; nullopt unless every
/// such set has the same size.
std::optional<std::pair<SmallVector<int64_t>, int64_t>>
groupingPermutation(const DequantizedParts &parts) {
  std::map<std::vector<double>, SmallVector<int64_t>> groups;
  SmallVector<std::vector<double>> order;
  for (int64_t k = 0; k < parts.cols; ++k) {
    std::vector<double> key;
    key.reserve(2 * parts.rows);
    for (int64_t n = 0; n < parts.rows; ++n) {
      key.push_back(parts.scales[n * parts.cols + k]);
      if (!parts.zeros.empty())
        key.push_back(parts.zeros[n * parts.cols + k]);
    }
    auto [it, inserted] = groups.try_emplace(key);
    if (inserted)
      order.push_back(key);
    it->second.push_back(k);
  }
  int64_t size = groups.begin()->second.size();
  SmallVector<int64_t> permutation;
  for (const std::vector<double> &key : order) {
    const SmallVector<int64_t> &members = groups[key];
    if (static_cast<int64_t>(members.size()) != size)
      return std::nullopt;
    permutation.append(members.begin(), members.end());
  }
  return std::make_pair(permutation, size);
}

/// A float constant of `type` holding `values` (rounded to its precision).
Value floatConstant(PatternRewriter &rewriter, Location loc,
                    RankedTensorType type, ArrayRef<double> values) {
  auto element = cast<FloatType>(type.getElementType());
  SmallVector<APFloat> floats;
  floats.reserve(values.size());
  for (double v : values) {
    APFloat f(v);
    bool losesInfo = false;
    f.convert(element.getFloatSemantics(), APFloat::rmNearestTiesToEven,
              &losesInfo);
    floats.push_back(f);
  }
  return arith::ConstantOp::create(rewriter, loc,
                                   DenseElementsAttr::get(type, floats));
}

/// The op a raised matmul replaces: the matmul, or the truncation of its f32
/// result to the activations' type (how torch-mlir spells an f16 or bf16
/// matmul); null when the result is used otherwise.
Operation *matmulResultOwner(linalg::MatmulOp matmul, Type inputElement) {
  Type resultElement =
      cast<RankedTensorType>(matmul.getResult(0).getType()).getElementType();
  if (resultElement == inputElement)
    return matmul;
  if (!resultElement.isF32() || !matmul->hasOneUse())
    return nullptr;
  Operation *truncation = *matmul->user_begin();
  if (truncation->getNumResults() != 1 ||
      matchTruncation(truncation->getResult(0)) != matmul.getResult(0) ||
      getElementTypeOrSelf(truncation->getResult(0)) != inputElement)
    return nullptr;
  return truncation;
}

struct RaiseDequantizedMatmulPattern : OpRewritePattern<linalg::MatmulOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(linalg::MatmulOp matmul,
                                PatternRewriter &rewriter) const override {
    if (matmul.hasUserDefinedMaps() || !isZeroFill(matmul.getDpsInits()[0]))
      return rewriter.notifyMatchFailure(matmul, "not a plain matmul");
    Value input = matmul.getDpsInputs()[0];
    Type inputElement =
        cast<RankedTensorType>(input.getType()).getElementType();
    if (!inputElement.isF16() && !inputElement.isBF16() &&
        !inputElement.isF32())
      return rewriter.notifyMatchFailure(matmul, "not f16, bf16 or f32");
    Operation *owner = matmulResultOwner(matmul, inputElement);
    if (!owner)
      return rewriter.notifyMatchFailure(matmul, "accumulates in another type");

    Value weightValue = matmul.getDpsInputs()[1];
    bool transposed = false;
    if (auto transpose = weightValue.getDefiningOp<linalg::TransposeOp>()) {
      if (transpose.getPermutation() != ArrayRef<int64_t>{1, 0})
        return rewriter.notifyMatchFailure(matmul, "not a 2-d transpose");
      weightValue = transpose.getInput();
      transposed = true;
    }
    auto weights = weightValue.getDefiningOp<linalg::GenericOp>();
    auto weightType = dyn_cast<RankedTensorType>(weightValue.getType());
    if (!isElementwiseGeneric(weights) || !weightType ||
        !weightType.hasStaticShape() || weightType.getRank() != 2)
      return rewriter.notifyMatchFailure(matmul, "weights not elementwise");
    if (weightType.getNumElements() > kMaxEvaluatedWeights)
      return rewriter.notifyMatchFailure(matmul, "too many weights");

    FailureOr<DequantizedParts> parts =
        dequantizedParts(rewriter, matmul, weights, transposed);
    if (failed(parts))
      return failure();

    // The groups: runs of channels, or scattered channels gathered.
    int64_t group = contiguousGroupSize(*parts);
    SmallVector<int64_t> permutation;
    if (group < parts->cols)
      if (auto grouping = groupingPermutation(*parts))
        if (grouping->second > group) {
          permutation = std::move(grouping->first);
          group = grouping->second;
        }
    if (group == 1 && parts->cols > 1)
      return rewriter.notifyMatchFailure(matmul, "no channels share a scale");

    int64_t rows = parts->rows, cols = parts->cols, groups = cols / group;
    std::vector<double> qValues(rows * cols), sValues(rows * groups),
        zValues(parts->zeros.empty() ? 0 : rows * groups);
    for (int64_t n = 0; n < rows; ++n)
      for (int64_t k = 0; k < cols; ++k) {
        int64_t from = n * cols + (permutation.empty() ? k : permutation[k]);
        qValues[n * cols + k] = parts->weights[from];
        if (k % group == 0) {
          sValues[n * groups + k / group] = parts->scales[from];
          if (!zValues.empty())
            zValues[n * groups + k / group] = parts->zeros[from];
        }
      }
    auto negative = [](ArrayRef<double> values) {
      return llvm::any_of(values, [](double v) { return v < 0; });
    };
    bool isSigned = negative(qValues) || negative(zValues);
    std::optional<unsigned> bits = bitsFor(qValues, isSigned);
    std::optional<unsigned> zeroBits = zValues.empty()
                                           ? std::optional<unsigned>(1)
                                           : bitsFor(zValues, isSigned);
    if (!bits || !zeroBits)
      return rewriter.notifyMatchFailure(
          matmul, "weights or zero points are not integers of at most 8 bits");
    unsigned width = std::max(*bits, *zeroBits);

    Location loc = matmul.getLoc();
    if (!permutation.empty())
      input = createGather(rewriter, loc, input, permutation,
                           /*dim=*/1);
    Value newWeights =
        integerConstant(rewriter, loc, {rows, cols}, width, qValues);
    Value newScales = floatConstant(
        rewriter, loc, RankedTensorType::get({rows, groups}, inputElement),
        sValues);
    Value newZeros;
    if (!zValues.empty())
      newZeros = integerConstant(rewriter, loc, {rows, groups}, width, zValues);
    auto resultType = cast<RankedTensorType>(owner->getResult(0).getType());
    Value init = tensor::EmptyOp::create(
        rewriter, loc,
        tensor::getMixedSizes(rewriter, loc, matmul.getDpsInits()[0]),
        inputElement);
    auto qmatmul = QMatmulOp::create(
        rewriter, loc, resultType, input, newWeights, newScales, newZeros,
        /*bias=*/Value(), init,
        isSigned ? Signedness::Signed : Signedness::Unsigned, group);
    rewriter.replaceOp(owner, qmatmul.getResult());
    if (owner != matmul.getOperation())
      rewriter.eraseOp(matmul);
    return success();
  }
};

} // namespace

void mlir::tessel::populateRaiseQuantizedMatmulPatterns(
    RewritePatternSet &patterns) {
  patterns.add<RaiseQuantizedMatmulPattern>(patterns.getContext(),
                                            /*benefit=*/2);
  patterns.add<RaiseDequantizedMatmulPattern>(patterns.getContext());
}
