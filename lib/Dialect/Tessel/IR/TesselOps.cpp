//===- TesselOps.cpp - Tessel operation verifiers and folders -------------===//
//
// Every malformed case gets a diagnostic that names the operand and the
// problem. Dimensions are compared only where both sides are static.
//
//===----------------------------------------------------------------------===//

#include "tessel/Dialect/Tessel/IR/TesselOps.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/Matchers.h"
#include "mlir/IR/OpImplementation.h"
#include "mlir/IR/TypeUtilities.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/MathExtras.h"

#include <cmath>

using namespace mlir;
using namespace mlir::tessel;

//===----------------------------------------------------------------------===//
// Shared checks
//===----------------------------------------------------------------------===//

/// Whether two dimensions are known to differ.
static bool knownDifferent(int64_t a, int64_t b) {
  return !ShapedType::isDynamic(a) && !ShapedType::isDynamic(b) && a != b;
}

static std::string dimString(int64_t d) {
  return ShapedType::isDynamic(d) ? std::string("?") : std::to_string(d);
}

/// Checks that `value` has rank `rank`; `layout` describes the dimensions.
static LogicalResult verifyRank(Operation *op, StringRef name, Value value,
                                int64_t rank, StringRef layout) {
  auto type = cast<RankedTensorType>(value.getType());
  if (type.getRank() == rank)
    return success();
  return op->emitOpError() << "expected " << name << " to have rank " << rank
                           << " (" << layout << "), got " << type.getRank();
}

/// Checks that dimension `dim` of `name` is `expected` (`what` names it).
static LogicalResult verifyDim(Operation *op, StringRef name, Value value,
                               unsigned dim, int64_t expected, StringRef what) {
  int64_t got = cast<RankedTensorType>(value.getType()).getDimSize(dim);
  if (!knownDifferent(got, expected))
    return success();
  return op->emitOpError() << "expected dimension " << dim << " of " << name
                           << " to be " << what << " (" << dimString(expected)
                           << "), got " << dimString(got);
}

/// Checks a broadcastable leading dimension: the full size or 1.
static LogicalResult verifyBroadcastDim(Operation *op, StringRef name,
                                        Value value, unsigned dim,
                                        int64_t expected, StringRef what) {
  int64_t got = cast<RankedTensorType>(value.getType()).getDimSize(dim);
  if (got == 1 || !knownDifferent(got, expected))
    return success();
  return op->emitOpError() << "expected dimension " << dim << " of " << name
                           << " to be " << what << " (" << dimString(expected)
                           << ") or 1, got " << dimString(got);
}

static bool isAttentionFloat(Type type) {
  return type.isF16() || type.isBF16() || type.isF32();
}

static Type elementType(Value value) {
  return cast<ShapedType>(value.getType()).getElementType();
}

/// A quantized integer element type: signless i1 .. i8.
static LogicalResult verifyQuantizedIntType(Operation *op, StringRef name,
                                            Value value) {
  auto intType = dyn_cast<IntegerType>(elementType(value));
  if (intType && intType.isSignless() && intType.getWidth() >= 1 &&
      intType.getWidth() <= 8)
    return success();
  return op->emitOpError()
         << "expected " << name
         << " to have a signless integer element type of 1 to 8 bits, got "
         << elementType(value);
}

static LogicalResult verifyGroupSize(Operation *op, int64_t groupSize,
                                     int64_t k) {
  if (groupSize <= 0)
    return op->emitOpError()
           << "group_size must be positive, got " << groupSize;
  if (!ShapedType::isDynamic(k) && k % groupSize != 0)
    return op->emitOpError()
           << "group_size (" << groupSize
           << ") must divide the quantized dimension K (" << k << ")";
  return success();
}

static int64_t ceilDivDim(int64_t size, int64_t block) {
  return ShapedType::isDynamic(size) ? ShapedType::kDynamic
                                     : llvm::divideCeil(size, block);
}

static int64_t divDim(int64_t size, int64_t divisor) {
  return ShapedType::isDynamic(size) ? ShapedType::kDynamic : size / divisor;
}

static LogicalResult verifyBlockSizes(Operation *op,
                                      std::optional<ArrayRef<int64_t>> sizes) {
  if (!sizes || sizes->size() != 2)
    return op->emitOpError(
        "block_sizes must have two entries [query block, key block]");
  if ((*sizes)[0] <= 0 || (*sizes)[1] <= 0)
    return op->emitOpError("block_sizes must be positive");
  return success();
}

static LogicalResult verifyFiniteScale(Operation *op, FloatAttr scale) {
  if (!scale)
    return success();
  double value = scale.getValueAsDouble();
  if (!std::isfinite(value) || value == 0.0)
    return op->emitOpError()
           << "scale must be finite and non-zero, got " << value;
  return success();
}

/// Common checks of the query and key of attention and draft_mask. Returns
/// the head group size through `group` (0 when unknown).
/// Heads and head dimension of attention, contiguous or paged: Hkv and D
/// nonzero, Hq a multiple of Hkv where both are static.
static LogicalResult verifyHeads(Operation *op, int64_t hq, int64_t hkv,
                                 int64_t d) {
  if (hkv == 0)
    return op->emitOpError("key/value heads must not be 0");
  if (d == 0)
    return op->emitOpError("head dimension D must not be 0");
  if (!ShapedType::isDynamic(hq) && !ShapedType::isDynamic(hkv) &&
      hq % hkv != 0)
    return op->emitOpError()
           << "query heads (" << hq
           << ") must be a multiple of key/value heads (" << hkv << ")";
  return success();
}

/// The softmax scale of attention: `scale`, else 1/sqrt(D) where D is
/// static and positive.
static std::optional<double> effectiveScale(FloatAttr scale,
                                            RankedTensorType query) {
  if (scale)
    return scale.getValueAsDouble();
  int64_t d = query.getDimSize(3);
  if (ShapedType::isDynamic(d) || d <= 0)
    return std::nullopt;
  return 1.0 / std::sqrt(double(d));
}

static LogicalResult verifyQueryKey(Operation *op, Value query, Value key) {
  if (failed(verifyRank(op, "query", query, 4, "[B, Hq, Sq, D]")) ||
      failed(verifyRank(op, "key", key, 4, "[B, Hkv, Skv, D]")))
    return failure();
  if (!isAttentionFloat(elementType(query)))
    return op->emitOpError()
           << "expected query to have element type f16, bf16 or f32, got "
           << elementType(query);
  if (elementType(key) != elementType(query))
    return op->emitOpError()
           << "expected key to have the query's element type "
           << elementType(query) << ", got " << elementType(key);
  auto qType = cast<RankedTensorType>(query.getType());
  if (failed(verifyDim(op, "key", key, 0, qType.getDimSize(0),
                       "the batch size B")) ||
      failed(verifyDim(op, "key", key, 3, qType.getDimSize(3),
                       "the head dimension D")))
    return failure();
  return verifyHeads(op, qType.getDimSize(1),
                     cast<RankedTensorType>(key.getType()).getDimSize(1),
                     qType.getDimSize(3));
}

//===----------------------------------------------------------------------===//
// AttentionOp
//===----------------------------------------------------------------------===//

std::optional<double> AttentionOp::getEffectiveScale() {
  return effectiveScale(getScaleAttr(), getQuery().getType());
}

int64_t AttentionOp::getGroupSize() {
  int64_t hq = getQuery().getType().getDimSize(1);
  int64_t hkv = getKey().getType().getDimSize(1);
  if (ShapedType::isDynamic(hq) || ShapedType::isDynamic(hkv) || hkv == 0)
    return 0;
  return hq / hkv;
}

bool AttentionOp::windowHidesKeys() {
  std::optional<int64_t> window = getWindow();
  if (!window)
    return false;
  int64_t rows = getQuery().getType().getDimSize(2);
  int64_t keys = getKey().getType().getDimSize(2);
  std::optional<int64_t> offset;
  if (Value value = getOffset())
    offset = getConstantIntValue(value);
  else if (!ShapedType::isDynamic(rows) && !ShapedType::isDynamic(keys))
    offset = keys - rows;
  // Query i sees keys i + offset - W + 1 .. i + offset; the last query
  // reaches furthest.
  return ShapedType::isDynamic(rows) || !offset || *window < rows + *offset;
}

LogicalResult AttentionOp::verify() {
  Operation *op = getOperation();
  if (failed(verifyQueryKey(op, getQuery(), getKey())) ||
      failed(verifyRank(op, "value", getValue(), 4, "[B, Hkv, Skv, Dv]")) ||
      failed(verifyRank(op, "init", getInit(), 4, "[B, Hq, Sq, Dv]")))
    return failure();
  Type elemType = elementType(getQuery());
  if (elementType(getValue()) != elemType || elementType(getInit()) != elemType)
    return emitOpError() << "expected value and init to have the query's "
                            "element type "
                         << elemType;
  RankedTensorType q = getQuery().getType(), k = getKey().getType(),
                   v = getValue().getType();
  int64_t b = q.getDimSize(0), hq = q.getDimSize(1), sq = q.getDimSize(2);
  int64_t skv = k.getDimSize(2);
  if (failed(verifyDim(op, "value", getValue(), 0, b, "the batch size B")) ||
      failed(verifyDim(op, "value", getValue(), 1, k.getDimSize(1),
                       "the key/value heads Hkv")) ||
      failed(
          verifyDim(op, "value", getValue(), 2, skv, "the key length Skv")) ||
      failed(verifyDim(op, "init", getInit(), 0, b, "the batch size B")) ||
      failed(verifyDim(op, "init", getInit(), 1, hq, "the query heads Hq")) ||
      failed(verifyDim(op, "init", getInit(), 2, sq, "the query length Sq")) ||
      failed(verifyDim(op, "init", getInit(), 3, v.getDimSize(3),
                       "the value dimension Dv")))
    return failure();
  if (failed(verifyFiniteScale(op, getScaleAttr())))
    return failure();
  if (FloatAttr softcap = getSoftcapAttr()) {
    double cap = softcap.getValueAsDouble();
    if (!std::isfinite(cap) || cap <= 0.0)
      return emitOpError() << "softcap must be finite and positive, got "
                           << cap;
  }

  if (Value mask = getMask()) {
    if (failed(verifyRank(op, "mask", mask, 4, "[B|1, Hq|1, Sq, Skv]")))
      return failure();
    Type maskType = elementType(mask);
    if (!maskType.isInteger(1) && maskType != elemType)
      return emitOpError() << "expected mask to be boolean (i1) or additive ("
                           << elemType << "), got element type " << maskType;
    if (failed(
            verifyBroadcastDim(op, "mask", mask, 0, b, "the batch size B")) ||
        failed(verifyBroadcastDim(op, "mask", mask, 1, hq,
                                  "the query heads Hq")) ||
        failed(verifyDim(op, "mask", mask, 2, sq, "the query length Sq")) ||
        failed(verifyDim(op, "mask", mask, 3, skv, "the key length Skv")))
      return failure();
  }

  if (Value blockMask = getBlockMask()) {
    if (!getBlockSizes())
      return emitOpError("block_mask requires block_sizes = [bq, bk]");
    if (failed(verifyBlockSizes(op, getBlockSizes())) ||
        failed(verifyRank(op, "block_mask", blockMask, 4,
                          "[B|1, Hq|1, ceildiv(Sq, bq), ceildiv(Skv, bk)]")))
      return failure();
    if (!elementType(blockMask).isInteger(1))
      return emitOpError()
             << "expected block_mask to have element type i1, got "
             << elementType(blockMask);
    ArrayRef<int64_t> sizes = *getBlockSizes();
    if (failed(verifyBroadcastDim(op, "block_mask", blockMask, 0, b,
                                  "the batch size B")) ||
        failed(verifyBroadcastDim(op, "block_mask", blockMask, 1, hq,
                                  "the query heads Hq")) ||
        failed(verifyDim(op, "block_mask", blockMask, 2,
                         ceilDivDim(sq, sizes[0]),
                         "the number of query blocks ceildiv(Sq, bq)")) ||
        failed(verifyDim(op, "block_mask", blockMask, 3,
                         ceilDivDim(skv, sizes[1]),
                         "the number of key blocks ceildiv(Skv, bk)")))
      return failure();
  } else if (getBlockSizes()) {
    return emitOpError("block_sizes given without a block_mask");
  }

  if (getOffset() && !getCausal())
    return emitOpError("offset is only meaningful together with causal");
  if (std::optional<int64_t> window = getWindow()) {
    if (!getCausal())
      return emitOpError("window is only meaningful together with causal");
    if (*window < 1)
      return emitOpError() << "window must be at least 1, got " << *window;
  }
  return success();
}

//===----------------------------------------------------------------------===//
// PagedAttentionOp
//===----------------------------------------------------------------------===//

std::optional<double> PagedAttentionOp::getEffectiveScale() {
  return effectiveScale(getScaleAttr(), getQuery().getType());
}

LogicalResult PagedAttentionOp::verify() {
  Operation *op = getOperation();
  if (failed(verifyRank(op, "query", getQuery(), 4, "[B, Hq, Sq, D]")) ||
      failed(
          verifyRank(op, "key_pages", getKeyPages(), 4, "[P, PS, Hkv, D]")) ||
      failed(verifyRank(op, "value_pages", getValuePages(), 4,
                        "[P, PS, Hkv, Dv]")) ||
      failed(verifyRank(op, "block_table", getBlockTable(), 2, "[B, M]")) ||
      failed(verifyRank(op, "seq_lens", getSeqLens(), 1, "[B]")) ||
      failed(verifyRank(op, "init", getInit(), 4, "[B, Hq, Sq, Dv]")))
    return failure();
  Type elemType = elementType(getQuery());
  if (!isAttentionFloat(elemType))
    return emitOpError()
           << "expected query to have element type f16, bf16 or f32, got "
           << elemType;
  if (elementType(getKeyPages()) != elemType ||
      elementType(getValuePages()) != elemType ||
      elementType(getInit()) != elemType)
    return emitOpError() << "expected key_pages, value_pages and init to "
                            "have the query's element type "
                         << elemType;
  if (!elementType(getBlockTable()).isSignlessInteger(32) ||
      !elementType(getSeqLens()).isSignlessInteger(32))
    return emitOpError("expected block_table and seq_lens of i32");
  RankedTensorType q = getQuery().getType(), k = getKeyPages().getType(),
                   v = getValuePages().getType();
  int64_t b = q.getDimSize(0), hq = q.getDimSize(1), sq = q.getDimSize(2);
  int64_t hkv = k.getDimSize(2);
  if (failed(verifyDim(op, "key_pages", getKeyPages(), 3, q.getDimSize(3),
                       "the head dimension D")) ||
      failed(verifyDim(op, "value_pages", getValuePages(), 0, k.getDimSize(0),
                       "the pages P")) ||
      failed(verifyDim(op, "value_pages", getValuePages(), 1, k.getDimSize(1),
                       "the page size PS")) ||
      failed(verifyDim(op, "value_pages", getValuePages(), 2, hkv,
                       "the key/value heads Hkv")) ||
      failed(verifyDim(op, "block_table", getBlockTable(), 0, b,
                       "the batch size B")) ||
      failed(
          verifyDim(op, "seq_lens", getSeqLens(), 0, b, "the batch size B")) ||
      failed(verifyDim(op, "init", getInit(), 0, b, "the batch size B")) ||
      failed(verifyDim(op, "init", getInit(), 1, hq, "the query heads Hq")) ||
      failed(verifyDim(op, "init", getInit(), 2, sq, "the query length Sq")) ||
      failed(verifyDim(op, "init", getInit(), 3, v.getDimSize(3),
                       "the value dimension Dv")))
    return failure();
  if (failed(verifyHeads(op, hq, hkv, q.getDimSize(3))))
    return failure();
  if (k.getDimSize(1) == 0)
    return emitOpError("page size PS must not be 0");
  return verifyFiniteScale(op, getScaleAttr());
}

//===----------------------------------------------------------------------===//
// SoftmaxOp
//===----------------------------------------------------------------------===//

LogicalResult SoftmaxOp::verify() {
  RankedTensorType in = getInput().getType(), out = getInit().getType();
  if (!isa<FloatType>(in.getElementType()))
    return emitOpError() << "expected input to have a float element type, got "
                         << in.getElementType();
  if (in.getElementType() != out.getElementType())
    return emitOpError() << "expected init to have the input's element type "
                         << in.getElementType() << ", got "
                         << out.getElementType();
  if (in.getRank() != out.getRank() ||
      failed(verifyCompatibleShape(in.getShape(), out.getShape())))
    return emitOpError() << "expected input and init to have the same shape, "
                            "got "
                         << in << " and " << out;
  int64_t dim = getDimension();
  if (dim < 0 || dim >= in.getRank())
    return emitOpError() << "dimension " << dim
                         << " is out of range for a tensor of rank "
                         << in.getRank();
  return success();
}

//===----------------------------------------------------------------------===//
// QMatmulOp
//===----------------------------------------------------------------------===//

LogicalResult QMatmulOp::verify() {
  Operation *op = getOperation();
  RankedTensorType in = getInput().getType();
  if (in.getRank() != 2 && in.getRank() != 3)
    return emitOpError() << "expected input to have rank 2 ([M, K]) or 3 "
                            "([Bt, M, K]), got "
                         << in.getRank();
  Type floatType = in.getElementType();
  if (!isAttentionFloat(floatType))
    return emitOpError()
           << "expected input to have element type f16, bf16 or f32, got "
           << floatType;
  if (failed(verifyRank(op, "weights", getWeights(), 2, "[N, K]")) ||
      failed(verifyQuantizedIntType(op, "weights", getWeights())))
    return failure();
  RankedTensorType w = getWeights().getType();
  int64_t n = w.getDimSize(0), k = w.getDimSize(1);
  unsigned batchDims = in.getRank() - 2;
  if (failed(verifyDim(op, "input", getInput(), batchDims + 1, k,
                       "the weights' K")) ||
      failed(verifyGroupSize(op, getGroupSize(), k)))
    return failure();
  int64_t groups = divDim(k, getGroupSize());
  if (failed(verifyRank(op, "scales", getScales(), 2, "[N, K / group_size]")))
    return failure();
  if (elementType(getScales()) != floatType)
    return emitOpError() << "expected scales to have the input's element type "
                         << floatType << ", got " << elementType(getScales());
  if (failed(verifyDim(op, "scales", getScales(), 0, n, "N")) ||
      failed(verifyDim(op, "scales", getScales(), 1, groups,
                       "the number of groups K / group_size")))
    return failure();
  if (Value zp = getZeroPoints()) {
    if (failed(verifyRank(op, "zero_points", zp, 2, "[N, K / group_size]")))
      return failure();
    if (elementType(zp) != w.getElementType())
      return emitOpError() << "expected zero_points to have the weights' "
                              "element type "
                           << w.getElementType() << ", got " << elementType(zp);
    if (failed(verifyDim(op, "zero_points", zp, 0, n, "N")) ||
        failed(verifyDim(op, "zero_points", zp, 1, groups,
                         "the number of groups K / group_size")))
      return failure();
  }
  if (Value bias = getBias()) {
    if (failed(verifyRank(op, "bias", bias, 1, "[N]")))
      return failure();
    if (elementType(bias) != floatType)
      return emitOpError() << "expected bias to have the input's element type "
                           << floatType << ", got " << elementType(bias);
    if (failed(verifyDim(op, "bias", bias, 0, n, "N")))
      return failure();
  }
  if (failed(verifyRank(op, "init", getInit(), in.getRank(),
                        in.getRank() == 2 ? "[M, N]" : "[Bt, M, N]")))
    return failure();
  if (elementType(getInit()) != floatType)
    return emitOpError() << "expected init to have the input's element type "
                         << floatType << ", got " << elementType(getInit());
  if ((batchDims && failed(verifyDim(op, "init", getInit(), 0, in.getDimSize(0),
                                     "the batch size Bt"))) ||
      failed(verifyDim(op, "init", getInit(), batchDims,
                       in.getDimSize(batchDims), "M")) ||
      failed(verifyDim(op, "init", getInit(), batchDims + 1, n, "N")))
    return failure();
  return success();
}

//===----------------------------------------------------------------------===//
// QuantizeOp / DequantizeOp
//===----------------------------------------------------------------------===//

/// Checks the scales and zero points that go with quantized `values`.
static LogicalResult verifyQuantParams(Operation *op, Value values,
                                       Value scales, Value zeroPoints,
                                       Type floatType, int64_t groupSize) {
  auto vType = cast<RankedTensorType>(values.getType());
  int64_t rank = vType.getRank();
  if (rank == 0)
    return op->emitOpError("expected quantized values of rank at least 1");
  if (failed(verifyGroupSize(op, groupSize, vType.getDimSize(rank - 1))))
    return failure();
  SmallVector<int64_t> paramShape(vType.getShape());
  paramShape.back() = divDim(paramShape.back(), groupSize);
  auto checkParam = [&](StringRef name, Value param,
                        Type wantElem) -> LogicalResult {
    if (failed(verifyRank(op, name, param, rank, "[..., K / group_size]")))
      return failure();
    if (elementType(param) != wantElem)
      return op->emitOpError()
             << "expected " << name << " to have element type " << wantElem
             << ", got " << elementType(param);
    for (int64_t d = 0; d < rank; ++d)
      if (failed(verifyDim(op, name, param, d, paramShape[d],
                           d == rank - 1 ? "the number of groups"
                                         : "the values' dimension")))
        return failure();
    return success();
  };
  if (failed(checkParam("scales", scales, floatType)))
    return failure();
  if (zeroPoints &&
      failed(checkParam("zero_points", zeroPoints, vType.getElementType())))
    return failure();
  return success();
}

LogicalResult QuantizeOp::verify() {
  Operation *op = getOperation();
  if (getInits().size() != 2 && getInits().size() != 3)
    return emitOpError() << "expected 2 outs (values, scales) or 3 (values, "
                            "scales, zero_points), got "
                         << getInits().size();
  Type floatType = elementType(getInput());
  if (!isa<FloatType>(floatType))
    return emitOpError() << "expected input to have a float element type, got "
                         << floatType;
  Value values = getInits()[0];
  if (failed(verifyQuantizedIntType(op, "quantized values", values)))
    return failure();
  auto in = getInput().getType(),
       vType = cast<RankedTensorType>(values.getType());
  if (in.getRank() != vType.getRank() ||
      failed(verifyCompatibleShape(in.getShape(), vType.getShape())))
    return emitOpError() << "expected the quantized values to have the "
                            "input's shape, got "
                         << in << " and " << vType;
  unsigned bits = vType.getElementType().getIntOrFloatBitWidth();
  if (!hasZeroPoints()) {
    if (getSignedness() != Signedness::Signed)
      return emitOpError("symmetric quantization (no zero_points) requires "
                         "signed integers");
    if (bits < 2)
      return emitOpError("symmetric quantization needs at least 2 bits");
  }
  return verifyQuantParams(op, values, getInits()[1],
                           hasZeroPoints() ? getInits()[2] : Value(), floatType,
                           getGroupSize());
}

LogicalResult DequantizeOp::verify() {
  Operation *op = getOperation();
  if (failed(verifyQuantizedIntType(op, "input", getInput())))
    return failure();
  Type floatType = elementType(getInit());
  if (!isa<FloatType>(floatType))
    return emitOpError() << "expected init to have a float element type, got "
                         << floatType;
  RankedTensorType in = getInput().getType(), out = getInit().getType();
  if (in.getRank() != out.getRank() ||
      failed(verifyCompatibleShape(in.getShape(), out.getShape())))
    return emitOpError() << "expected input and init to have the same shape, "
                            "got "
                         << in << " and " << out;
  return verifyQuantParams(op, getInput(), getScales(), getZeroPoints(),
                           floatType, getGroupSize());
}

//===----------------------------------------------------------------------===//
// RelayoutOp
//===----------------------------------------------------------------------===//

LogicalResult RelayoutOp::verify() {
  RankedTensorType in = getInput().getType(), out = getInit().getType();
  if (in.getElementType() != out.getElementType())
    return emitOpError() << "expected input and init to have the same element "
                            "type, got "
                         << in.getElementType() << " and "
                         << out.getElementType();
  if (in.getRank() != out.getRank() ||
      failed(verifyCompatibleShape(in.getShape(), out.getShape())))
    return emitOpError() << "expected input and init to have the same shape, "
                            "got "
                         << in << " and " << out;
  for (RankedTensorType type : {in, out})
    if (type.getEncoding() && !isa<LayoutAttr>(type.getEncoding()))
      return emitOpError() << "expected a #tessel.layout encoding or none, got "
                           << type.getEncoding();
  return success();
}

OpFoldResult RelayoutOp::fold(FoldAdaptor) {
  if (getInput().getType() == getType())
    return getInput();
  // relayout(relayout(x : A -> B) : B -> A) is x.
  if (auto producer = getInput().getDefiningOp<RelayoutOp>())
    if (producer.getInput().getType() == getType())
      return producer.getInput();
  return {};
}

//===----------------------------------------------------------------------===//
// PackOp / UnpackOp
//===----------------------------------------------------------------------===//

/// Checks the shapes and interleave of a pack (`narrow` holds the iB values,
/// `wide` the iW words).
static LogicalResult
verifyPacking(Operation *op, Value narrow, Value wide, StringRef narrowName,
              StringRef wideName, std::optional<ArrayRef<int64_t>> interleave) {
  if (failed(verifyQuantizedIntType(op, narrowName, narrow)))
    return failure();
  auto wordType = dyn_cast<IntegerType>(elementType(wide));
  if (!wordType || !wordType.isSignless() ||
      !llvm::is_contained({8u, 16u, 32u, 64u}, wordType.getWidth()))
    return op->emitOpError() << "expected " << wideName
                             << " to have element type i8, i16, i32 or i64, "
                                "got "
                             << elementType(wide);
  auto nType = cast<RankedTensorType>(narrow.getType());
  auto wType = cast<RankedTensorType>(wide.getType());
  if (nType.getRank() == 0 || nType.getRank() != wType.getRank())
    return op->emitOpError() << "expected " << narrowName << " and " << wideName
                             << " to have the same rank of at least 1, got "
                             << nType << " and " << wType;
  int64_t rank = nType.getRank();
  for (int64_t d = 0; d + 1 < rank; ++d)
    if (failed(verifyDim(op, wideName, wide, d, nType.getDimSize(d),
                         "the same as the unpacked one")))
      return failure();
  unsigned bits = nType.getElementType().getIntOrFloatBitWidth();
  unsigned wordBits = wordType.getWidth();
  int64_t k = nType.getDimSize(rank - 1);
  if (!ShapedType::isDynamic(k)) {
    int64_t rowBits;
    if (llvm::MulOverflow(k, int64_t(bits), rowBits))
      return op->emitOpError() << "the packed row of " << k << " x " << bits
                               << " bits overflows int64";
    if (failed(verifyDim(op, wideName, wide, rank - 1,
                         llvm::divideCeil(rowBits, wordBits),
                         "ceil(K * B / W)")))
      return failure();
  }
  if (interleave) {
    int64_t length = interleave->size();
    if (length == 0)
      return op->emitOpError("interleave must not be empty");
    SmallVector<bool> seen(length, false);
    for (int64_t p : *interleave) {
      if (p < 0 || p >= length || seen[p])
        return op->emitOpError()
               << "interleave must be a permutation of 0.." << length - 1;
      seen[p] = true;
    }
    if (!ShapedType::isDynamic(k) && k % length != 0)
      return op->emitOpError()
             << "interleave length (" << length
             << ") must divide the packed dimension (" << k << ")";
  }
  return success();
}

LogicalResult PackOp::verify() {
  return verifyPacking(getOperation(), getInput(), getInit(), "input", "init",
                       getInterleave());
}

LogicalResult UnpackOp::verify() {
  return verifyPacking(getOperation(), getInit(), getInput(), "init", "input",
                       getInterleave());
}

OpFoldResult PackOp::fold(FoldAdaptor) {
  auto unpack = getInput().getDefiningOp<UnpackOp>();
  if (!unpack || unpack.getInterleave() != getInterleave() ||
      unpack.getInput().getType() != getType())
    return {};
  // Words with padding bits fold only if those are known to be zero.
  auto type = cast<RankedTensorType>(getInput().getType());
  int64_t k = type.getShape().back();
  if (ShapedType::isDynamic(k) ||
      k * type.getElementTypeBitWidth() % getType().getElementTypeBitWidth())
    return {};
  return unpack.getInput();
}

OpFoldResult UnpackOp::fold(FoldAdaptor) {
  auto pack = getInput().getDefiningOp<PackOp>();
  if (pack && pack.getInterleave() == getInterleave() &&
      pack.getInput().getType() == getType())
    return pack.getInput();
  return {};
}

//===----------------------------------------------------------------------===//
// PermuteOp
//===----------------------------------------------------------------------===//

LogicalResult PermuteOp::verify() {
  Operation *op = getOperation();
  RankedTensorType in = getInput().getType(), out = getInit().getType();
  if (in.getElementType() != out.getElementType())
    return emitOpError() << "expected input and init to have the same element "
                            "type, got "
                         << in.getElementType() << " and "
                         << out.getElementType();
  if (in.getRank() != out.getRank())
    return emitOpError() << "expected input and init to have the same rank, "
                            "got "
                         << in.getRank() << " and " << out.getRank();
  int64_t dim = getDimension();
  if (dim < 0 || dim >= in.getRank())
    return emitOpError() << "dimension " << dim
                         << " is out of range for a tensor of rank "
                         << in.getRank();
  if (failed(verifyRank(op, "indices", getIndices(), 1, "[N]")))
    return failure();
  Type indexType = elementType(getIndices());
  if (!indexType.isIndex() && !indexType.isSignlessInteger())
    return emitOpError() << "expected indices of integer or index type, got "
                         << indexType;
  for (int64_t d = 0; d < in.getRank(); ++d)
    if (d != dim && failed(verifyDim(op, "init", getInit(), d, in.getDimSize(d),
                                     "the input's")))
      return failure();
  if (failed(verifyDim(op, "indices", getIndices(), 0, out.getDimSize(dim),
                       "the init's size along the permuted dimension")))
    return failure();
  // Constant indices are checked here, since nothing checks them at run time.
  DenseIntElementsAttr constant;
  int64_t extent = in.getDimSize(dim);
  if (!ShapedType::isDynamic(extent) &&
      matchPattern(getIndices(), m_Constant(&constant))) {
    for (auto [i, v] : llvm::enumerate(constant.getValues<APInt>())) {
      if (v.getSignificantBits() > 64)
        return emitOpError()
               << "index at position " << i << " does not fit in 64 bits";
      int64_t idx = v.getSExtValue();
      if (idx < 0 || idx >= extent)
        return emitOpError() << "index " << idx << " at position " << i
                             << " is out of range [0, " << extent << ")";
    }
  }
  return success();
}

//===----------------------------------------------------------------------===//
// DraftMaskOp
//===----------------------------------------------------------------------===//

LogicalResult DraftMaskOp::verify() {
  Operation *op = getOperation();
  if (failed(verifyQueryKey(op, getQuery(), getKey())) ||
      failed(verifyBlockSizes(op, getBlockSizes())) ||
      failed(verifyFiniteScale(op, getScaleAttr())))
    return failure();
  double ratio = getKeepRatio().convertToDouble();
  if (!(ratio > 0.0 && ratio <= 1.0))
    return emitOpError() << "keep_ratio must be in (0, 1], got " << ratio;
  if (failed(verifyRank(op, "init", getInit(), 4,
                        "[B, Hq, ceildiv(Sq, bq), ceildiv(Skv, bk)]")))
    return failure();
  if (!elementType(getInit()).isInteger(1))
    return emitOpError() << "expected init to have element type i1, got "
                         << elementType(getInit());
  RankedTensorType q = getQuery().getType(), k = getKey().getType();
  ArrayRef<int64_t> sizes = getBlockSizes();
  if (failed(verifyDim(op, "init", getInit(), 0, q.getDimSize(0),
                       "the batch size B")) ||
      failed(verifyDim(op, "init", getInit(), 1, q.getDimSize(1),
                       "the query heads Hq")) ||
      failed(verifyDim(op, "init", getInit(), 2,
                       ceilDivDim(q.getDimSize(2), sizes[0]),
                       "the number of query blocks ceildiv(Sq, bq)")) ||
      failed(verifyDim(op, "init", getInit(), 3,
                       ceilDivDim(k.getDimSize(2), sizes[1]),
                       "the number of key blocks ceildiv(Skv, bk)")))
    return failure();
  return success();
}

//===----------------------------------------------------------------------===//
// ReifyRankedShapedTypeOpInterface: every result has its init's shape.
//===----------------------------------------------------------------------===//

static LogicalResult reifyFromInits(OpBuilder &b,
                                    DestinationStyleOpInterface op,
                                    ReifiedRankedShapedTypeDims &shapes) {
  for (OpOperand &init : op.getDpsInitsMutable())
    shapes.push_back(tensor::getMixedSizes(b, op.getLoc(), init.get()));
  return success();
}

#define TESSEL_REIFY_FROM_INITS(OP)                                            \
  LogicalResult OP::reifyResultShapes(OpBuilder &b,                            \
                                      ReifiedRankedShapedTypeDims &shapes) {   \
    return reifyFromInits(b, *this, shapes);                                   \
  }
TESSEL_REIFY_FROM_INITS(AttentionOp)
TESSEL_REIFY_FROM_INITS(SoftmaxOp)
TESSEL_REIFY_FROM_INITS(QMatmulOp)
TESSEL_REIFY_FROM_INITS(QuantizeOp)
TESSEL_REIFY_FROM_INITS(DequantizeOp)
TESSEL_REIFY_FROM_INITS(RelayoutOp)
TESSEL_REIFY_FROM_INITS(PackOp)
TESSEL_REIFY_FROM_INITS(UnpackOp)
TESSEL_REIFY_FROM_INITS(PermuteOp)
TESSEL_REIFY_FROM_INITS(DraftMaskOp)
#undef TESSEL_REIFY_FROM_INITS

#define GET_OP_CLASSES
#include "tessel/Dialect/Tessel/IR/TesselOps.cpp.inc"
