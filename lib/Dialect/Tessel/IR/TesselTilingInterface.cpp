//===- TesselTilingInterface.cpp - TilingInterface for tessel ops ---------===//
//
// Each compute op tiles over (a prefix of) the dimensions of its result, all
// of them parallel: attention over [B, Hq, Sq, Dv], qmatmul over
// [(Bt,) M, N], draft_mask over [B, Hq, query blocks], the others over all
// result dimensions (softmax keeps its reduced dimension whole, pack/unpack
// their packed one). A tile that would change the meaning of the op (a head
// tile that splits a key/value group, a query tile not aligned to the
// block-sparse mask's blocks) is refused with failure().
//
//===----------------------------------------------------------------------===//

#include "tessel/Dialect/Tessel/IR/TesselOps.h"

#include "mlir/Dialect/Affine/IR/AffineOps.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Arith/Utils/Utils.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Dialect/Utils/StaticValueUtils.h"
#include "mlir/Dialect/Utils/StructuredOpsUtils.h"
#include "mlir/Interfaces/LoopLikeInterface.h"

using namespace mlir;
using namespace mlir::tessel;

namespace {
/// Collects the slices that make up one tile of an op.
class TileBuilder {
public:
  TileBuilder(OpBuilder &b, Location loc) : b(b), loc(loc) {}

  /// A unit-stride slice of `value`.
  Value slice(Value value, ArrayRef<OpFoldResult> offsets,
              ArrayRef<OpFoldResult> sizes) {
    SmallVector<OpFoldResult> strides(offsets.size(), b.getIndexAttr(1));
    auto op =
        tensor::ExtractSliceOp::create(b, loc, value, offsets, sizes, strides);
    slices.push_back(op);
    return op.getResult();
  }
  OpFoldResult dim(Value value, int64_t d) {
    return tensor::getMixedSize(b, loc, value, d);
  }
  OpFoldResult zero() { return b.getIndexAttr(0); }
  OpFoldResult one() { return b.getIndexAttr(1); }
  /// Applies `fn(s0, s1, ...)` to `operands`, folding constants.
  OpFoldResult apply(AffineExpr expr, ArrayRef<OpFoldResult> operands) {
    return affine::makeComposedFoldedAffineApply(b, loc, expr, operands);
  }
  AffineExpr sym(unsigned i) { return b.getAffineSymbolExpr(i); }

  OpBuilder &b;
  Location loc;
  SmallVector<Operation *> slices;
};
} // namespace

/// The iteration domain [0, size) for the first `numLoops` dims of `value`.
static SmallVector<Range> domainOf(OpBuilder &b, Location loc, Value value,
                                   unsigned numLoops) {
  SmallVector<Range> domain;
  for (unsigned d = 0; d < numLoops; ++d)
    domain.push_back(Range{b.getIndexAttr(0),
                           tensor::getMixedSize(b, loc, value, d),
                           b.getIndexAttr(1)});
  return domain;
}

/// Extends a tile of the first dims with whole trailing dims of `value`.
static void appendWholeDims(TileBuilder &tb, Value value,
                            SmallVectorImpl<OpFoldResult> &offsets,
                            SmallVectorImpl<OpFoldResult> &sizes) {
  int64_t rank = cast<RankedTensorType>(value.getType()).getRank();
  for (int64_t d = offsets.size(); d < rank; ++d) {
    offsets.push_back(tb.zero());
    sizes.push_back(tb.dim(value, d));
  }
}

/// Whether `size` is statically the whole of dimension `d` of `value`.
static bool isWholeDim(OpFoldResult size, Value value, int64_t d) {
  std::optional<int64_t> s = getConstantIntValue(size);
  int64_t full = cast<RankedTensorType>(value.getType()).getDimSize(d);
  return s && !ShapedType::isDynamic(full) && *s == full;
}

/// Whether `offset` is provably a multiple of `m`: a constant, or the
/// induction variable of a loop whose lower bound and step are constant
/// multiples of `m` (what SCF tiling produces). Slices at other offsets, as
/// fusion may ask for, are refused rather than silently misaligned.
static bool isAlignedTo(OpFoldResult offset, int64_t m) {
  if (m == 1)
    return true;
  if (std::optional<int64_t> c = getConstantIntValue(offset))
    return *c % m == 0;
  auto iv = dyn_cast_if_present<BlockArgument>(dyn_cast<Value>(offset));
  if (!iv)
    return false;
  auto loop = dyn_cast<LoopLikeOpInterface>(iv.getOwner()->getParentOp());
  if (!loop)
    return false;
  std::optional<SmallVector<Value>> ivs = loop.getLoopInductionVars();
  std::optional<SmallVector<OpFoldResult>> lbs = loop.getLoopLowerBounds();
  std::optional<SmallVector<OpFoldResult>> steps = loop.getLoopSteps();
  if (!ivs || !lbs || !steps)
    return false;
  for (auto [v, lb, step] : llvm::zip_equal(*ivs, *lbs, *steps)) {
    if (v != iv)
      continue;
    std::optional<int64_t> l = getConstantIntValue(lb);
    std::optional<int64_t> st = getConstantIntValue(step);
    return l && st && *l % m == 0 && *st % m == 0;
  }
  return false;
}

/// The key/value heads that a tile of query heads reads. With groups of `g`
/// query heads per key/value head, the tile must hold whole groups or lie
/// within one group (tiles start at multiples of their size).
static FailureOr<std::pair<OpFoldResult, OpFoldResult>>
kvHeadTile(TileBuilder &tb, int64_t group, OpFoldResult offset,
           OpFoldResult size) {
  if (group == 1)
    return std::make_pair(offset, size);
  std::optional<int64_t> s = getConstantIntValue(size);
  if (group == 0 || !s)
    return failure();
  OpFoldResult kvOffset = tb.apply(tb.sym(0).floorDiv(group), {offset});
  if (*s % group == 0 && isAlignedTo(offset, group))
    return std::make_pair(kvOffset,
                          OpFoldResult(tb.b.getIndexAttr(*s / group)));
  if (group % *s == 0 && isAlignedTo(offset, *s))
    return std::make_pair(kvOffset, tb.one());
  return failure();
}

/// Clones `op` onto tiled operands; results take the types of the tiled
/// inits.
static FailureOr<TilingResult> cloneOnTile(OpBuilder &b,
                                           DestinationStyleOpInterface op,
                                           ArrayRef<Value> operands,
                                           TileBuilder &tb) {
  // A layout encoding describes the whole tensor: a slice of a different
  // shape would carry a layout that no longer fits it.
  for (auto [original, tiled] : llvm::zip_equal(op->getOperands(), operands)) {
    auto type = dyn_cast<RankedTensorType>(original.getType());
    if (type && type.getEncoding() && tiled.getType() != type)
      return failure();
  }
  SmallVector<Type> resultTypes;
  for (OpOperand &init : op.getDpsInitsMutable())
    resultTypes.push_back(operands[init.getOperandNumber()].getType());
  Operation *tiled = clone(b, op, resultTypes, operands);
  return TilingResult{
      {tiled}, SmallVector<Value>(tiled->getResults()), tb.slices};
}

/// The result tile of ops whose iteration domain is their result's shape.
static LogicalResult sameAsIterationTile(ArrayRef<OpFoldResult> offsets,
                                         ArrayRef<OpFoldResult> sizes,
                                         SmallVectorImpl<OpFoldResult> &ro,
                                         SmallVectorImpl<OpFoldResult> &rs) {
  ro.assign(offsets.begin(), offsets.end());
  rs.assign(sizes.begin(), sizes.end());
  return success();
}

static SmallVector<utils::IteratorType> allParallel(unsigned n) {
  return SmallVector<utils::IteratorType>(n, utils::IteratorType::parallel);
}

//===----------------------------------------------------------------------===//
// AttentionOp: [B, Hq, Sq, Dv]
//===----------------------------------------------------------------------===//

SmallVector<utils::IteratorType> AttentionOp::getLoopIteratorTypes() {
  return allParallel(4);
}

SmallVector<Range> AttentionOp::getIterationDomain(OpBuilder &b) {
  return domainOf(b, getLoc(), getInit(), 4);
}

FailureOr<TilingResult>
AttentionOp::getTiledImplementation(OpBuilder &b,
                                    ArrayRef<OpFoldResult> offsets,
                                    ArrayRef<OpFoldResult> sizes) {
  TileBuilder tb(b, getLoc());
  auto kv = kvHeadTile(tb, getGroupSize(), offsets[1], sizes[1]);
  if (failed(kv))
    return failure();
  auto [kvOffset, kvSize] = *kv;

  SmallVector<Value> operands(getOperation()->getOperands());
  operands[getQueryMutable().getOperandNumber()] =
      tb.slice(getQuery(), {offsets[0], offsets[1], offsets[2], tb.zero()},
               {sizes[0], sizes[1], sizes[2], tb.dim(getQuery(), 3)});
  operands[getKeyMutable().getOperandNumber()] =
      tb.slice(getKey(), {offsets[0], kvOffset, tb.zero(), tb.zero()},
               {sizes[0], kvSize, tb.dim(getKey(), 2), tb.dim(getKey(), 3)});
  operands[getValueMutable().getOperandNumber()] =
      tb.slice(getValue(), {offsets[0], kvOffset, tb.zero(), offsets[3]},
               {sizes[0], kvSize, tb.dim(getValue(), 2), sizes[3]});
  operands[getInitMutable().getOperandNumber()] =
      tb.slice(getInit(), offsets, sizes);

  // Masks broadcast over size-1 batch and head dimensions.
  auto broadcastTile =
      [&](Value mask, unsigned d, OpFoldResult offset,
          OpFoldResult size) -> std::pair<OpFoldResult, OpFoldResult> {
    if (cast<RankedTensorType>(mask.getType()).getDimSize(d) == 1)
      return {tb.zero(), tb.one()};
    return {offset, size};
  };
  // A dynamic batch or head size could be a broadcast 1 at run time: such
  // masks are refused rather than sliced out of bounds.
  for (Value mask : {getMask(), getBlockMask()})
    if (mask &&
        llvm::is_contained(
            cast<RankedTensorType>(mask.getType()).getShape().take_front(2),
            ShapedType::kDynamic))
      return failure();
  if (Value mask = getMask()) {
    auto [bo, bs] = broadcastTile(mask, 0, offsets[0], sizes[0]);
    auto [ho, hs] = broadcastTile(mask, 1, offsets[1], sizes[1]);
    operands[getMaskMutable()[0].getOperandNumber()] =
        tb.slice(mask, {bo, ho, offsets[2], tb.zero()},
                 {bs, hs, sizes[2], tb.dim(mask, 3)});
  }
  if (Value blockMask = getBlockMask()) {
    int64_t bq = (*getBlockSizes())[0];
    OpFoldResult qbOffset = tb.zero(), qbSize = tb.dim(blockMask, 2);
    if (!isWholeDim(sizes[2], getQuery(), 2)) {
      std::optional<int64_t> s = getConstantIntValue(sizes[2]);
      if (!s || *s % bq != 0 || !isAlignedTo(offsets[2], bq))
        return failure();
      qbOffset = tb.apply(tb.sym(0).floorDiv(bq), {offsets[2]});
      qbSize = b.getIndexAttr(*s / bq);
    }
    auto [bo, bs] = broadcastTile(blockMask, 0, offsets[0], sizes[0]);
    auto [ho, hs] = broadcastTile(blockMask, 1, offsets[1], sizes[1]);
    operands[getBlockMaskMutable()[0].getOperandNumber()] =
        tb.slice(blockMask, {bo, ho, qbOffset, tb.zero()},
                 {bs, hs, qbSize, tb.dim(blockMask, 3)});
  }
  // A tile of query rows starting at m0 sees the keys up to i + offset + m0.
  if (getCausal()) {
    OpFoldResult base =
        getOffset() ? OpFoldResult(getOffset())
                    : tb.apply(tb.sym(0) - tb.sym(1),
                               {tb.dim(getKey(), 2), tb.dim(getQuery(), 2)});
    Value tiledOffset = getValueOrCreateConstantIndexOp(
        b, getLoc(), tb.apply(tb.sym(0) + tb.sym(1), {base, offsets[2]}));
    if (getOffset()) {
      operands[getOffsetMutable()[0].getOperandNumber()] = tiledOffset;
    } else {
      // The untiled op has no offset operand: build the tiled one with it.
      auto operandOf = [&](OpOperand &use) {
        return operands[use.getOperandNumber()];
      };
      auto optionalOperandOf = [&](MutableOperandRange range) {
        return range.empty() ? Value() : operandOf(range[0]);
      };
      Value tiledInit = operandOf(getInitMutable());
      auto tiled = AttentionOp::create(
          b, getLoc(), tiledInit.getType(), operandOf(getQueryMutable()),
          operandOf(getKeyMutable()), operandOf(getValueMutable()),
          optionalOperandOf(getMaskMutable()),
          optionalOperandOf(getBlockMaskMutable()), tiledOffset, tiledInit,
          getScaleAttr(), getCausalAttr(), getBlockSizesAttr(),
          getSoftcapAttr(), getWindowAttr());
      tiled->setDiscardableAttrs(
          getOperation()->getDiscardableAttrDictionary());
      return TilingResult{{tiled}, {tiled.getResult()}, tb.slices};
    }
  }
  return cloneOnTile(b, *this, operands, tb);
}

LogicalResult AttentionOp::getResultTilePosition(
    OpBuilder &, unsigned, ArrayRef<OpFoldResult> offsets,
    ArrayRef<OpFoldResult> sizes, SmallVector<OpFoldResult> &resultOffsets,
    SmallVector<OpFoldResult> &resultSizes) {
  return sameAsIterationTile(offsets, sizes, resultOffsets, resultSizes);
}

FailureOr<TilingResult>
AttentionOp::generateResultTileValue(OpBuilder &b, unsigned,
                                     ArrayRef<OpFoldResult> offsets,
                                     ArrayRef<OpFoldResult> sizes) {
  return getTiledImplementation(b, offsets, sizes);
}

//===----------------------------------------------------------------------===//
// SoftmaxOp: all dims; the reduced one stays whole.
//===----------------------------------------------------------------------===//

SmallVector<utils::IteratorType> SoftmaxOp::getLoopIteratorTypes() {
  SmallVector<utils::IteratorType> types =
      allParallel(getInput().getType().getRank());
  types[getDimension()] = utils::IteratorType::reduction;
  return types;
}

SmallVector<Range> SoftmaxOp::getIterationDomain(OpBuilder &b) {
  return domainOf(b, getLoc(), getInit(), getInit().getType().getRank());
}

FailureOr<TilingResult>
SoftmaxOp::getTiledImplementation(OpBuilder &b, ArrayRef<OpFoldResult> offsets,
                                  ArrayRef<OpFoldResult> sizes) {
  int64_t dim = getDimension();
  std::optional<int64_t> offset = getConstantIntValue(offsets[dim]);
  if (!offset || *offset != 0 || !isWholeDim(sizes[dim], getInput(), dim))
    return failure();
  TileBuilder tb(b, getLoc());
  SmallVector<Value> operands = {tb.slice(getInput(), offsets, sizes),
                                 tb.slice(getInit(), offsets, sizes)};
  return cloneOnTile(b, *this, operands, tb);
}

LogicalResult SoftmaxOp::getResultTilePosition(
    OpBuilder &, unsigned, ArrayRef<OpFoldResult> offsets,
    ArrayRef<OpFoldResult> sizes, SmallVector<OpFoldResult> &resultOffsets,
    SmallVector<OpFoldResult> &resultSizes) {
  return sameAsIterationTile(offsets, sizes, resultOffsets, resultSizes);
}

FailureOr<TilingResult>
SoftmaxOp::generateResultTileValue(OpBuilder &b, unsigned,
                                   ArrayRef<OpFoldResult> offsets,
                                   ArrayRef<OpFoldResult> sizes) {
  return getTiledImplementation(b, offsets, sizes);
}

//===----------------------------------------------------------------------===//
// QMatmulOp: [(Bt,) M, N]
//===----------------------------------------------------------------------===//

SmallVector<utils::IteratorType> QMatmulOp::getLoopIteratorTypes() {
  return allParallel(getInit().getType().getRank());
}

SmallVector<Range> QMatmulOp::getIterationDomain(OpBuilder &b) {
  return domainOf(b, getLoc(), getInit(), getInit().getType().getRank());
}

FailureOr<TilingResult>
QMatmulOp::getTiledImplementation(OpBuilder &b, ArrayRef<OpFoldResult> offsets,
                                  ArrayRef<OpFoldResult> sizes) {
  unsigned nDim = offsets.size() - 1;
  OpFoldResult n0 = offsets[nDim], ns = sizes[nDim];
  TileBuilder tb(b, getLoc());
  SmallVector<Value> operands(getOperation()->getOperands());
  SmallVector<OpFoldResult> inOffsets(offsets.drop_back()),
      inSizes(sizes.drop_back());
  inOffsets.push_back(tb.zero());
  inSizes.push_back(tb.dim(getInput(), nDim));
  operands[getInputMutable().getOperandNumber()] =
      tb.slice(getInput(), inOffsets, inSizes);
  auto rowsOf = [&](Value v) {
    return tb.slice(v, {n0, tb.zero()}, {ns, tb.dim(v, 1)});
  };
  operands[getWeightsMutable().getOperandNumber()] = rowsOf(getWeights());
  operands[getScalesMutable().getOperandNumber()] = rowsOf(getScales());
  if (Value zp = getZeroPoints())
    operands[getZeroPointsMutable()[0].getOperandNumber()] = rowsOf(zp);
  if (Value bias = getBias())
    operands[getBiasMutable()[0].getOperandNumber()] =
        tb.slice(bias, {n0}, {ns});
  operands[getInitMutable().getOperandNumber()] =
      tb.slice(getInit(), offsets, sizes);
  return cloneOnTile(b, *this, operands, tb);
}

LogicalResult QMatmulOp::getResultTilePosition(
    OpBuilder &, unsigned, ArrayRef<OpFoldResult> offsets,
    ArrayRef<OpFoldResult> sizes, SmallVector<OpFoldResult> &resultOffsets,
    SmallVector<OpFoldResult> &resultSizes) {
  return sameAsIterationTile(offsets, sizes, resultOffsets, resultSizes);
}

FailureOr<TilingResult>
QMatmulOp::generateResultTileValue(OpBuilder &b, unsigned,
                                   ArrayRef<OpFoldResult> offsets,
                                   ArrayRef<OpFoldResult> sizes) {
  return getTiledImplementation(b, offsets, sizes);
}

//===----------------------------------------------------------------------===//
// QuantizeOp / DequantizeOp: all dims of the values; the last in whole groups.
//===----------------------------------------------------------------------===//

/// The tile of the group parameters for a tile of the values, or failure if
/// the values' tile splits a group.
static LogicalResult groupTile(TileBuilder &tb, int64_t group,
                               ArrayRef<OpFoldResult> offsets,
                               ArrayRef<OpFoldResult> sizes,
                               SmallVectorImpl<OpFoldResult> &paramOffsets,
                               SmallVectorImpl<OpFoldResult> &paramSizes) {
  unsigned last = offsets.size() - 1;
  std::optional<int64_t> s = getConstantIntValue(sizes[last]);
  if (!s || *s % group != 0 || !isAlignedTo(offsets[last], group))
    return failure();
  paramOffsets.assign(offsets.begin(), offsets.end());
  paramSizes.assign(sizes.begin(), sizes.end());
  paramOffsets[last] = tb.apply(tb.sym(0).floorDiv(group), {offsets[last]});
  paramSizes[last] = tb.b.getIndexAttr(*s / group);
  return success();
}

SmallVector<utils::IteratorType> QuantizeOp::getLoopIteratorTypes() {
  return allParallel(getInput().getType().getRank());
}

SmallVector<Range> QuantizeOp::getIterationDomain(OpBuilder &b) {
  return domainOf(b, getLoc(), getInput(), getInput().getType().getRank());
}

FailureOr<TilingResult>
QuantizeOp::getTiledImplementation(OpBuilder &b, ArrayRef<OpFoldResult> offsets,
                                   ArrayRef<OpFoldResult> sizes) {
  TileBuilder tb(b, getLoc());
  SmallVector<OpFoldResult> pOffsets, pSizes;
  if (failed(groupTile(tb, getGroupSize(), offsets, sizes, pOffsets, pSizes)))
    return failure();
  SmallVector<Value> operands = {tb.slice(getInput(), offsets, sizes),
                                 tb.slice(getInits()[0], offsets, sizes)};
  for (Value param : getInits().drop_front())
    operands.push_back(tb.slice(param, pOffsets, pSizes));
  return cloneOnTile(b, *this, operands, tb);
}

LogicalResult QuantizeOp::getResultTilePosition(
    OpBuilder &b, unsigned resultNumber, ArrayRef<OpFoldResult> offsets,
    ArrayRef<OpFoldResult> sizes, SmallVector<OpFoldResult> &resultOffsets,
    SmallVector<OpFoldResult> &resultSizes) {
  if (resultNumber == 0)
    return sameAsIterationTile(offsets, sizes, resultOffsets, resultSizes);
  TileBuilder tb(b, getLoc());
  return groupTile(tb, getGroupSize(), offsets, sizes, resultOffsets,
                   resultSizes);
}

FailureOr<TilingResult>
QuantizeOp::generateResultTileValue(OpBuilder &b, unsigned resultNumber,
                                    ArrayRef<OpFoldResult> offsets,
                                    ArrayRef<OpFoldResult> sizes) {
  if (resultNumber != 0)
    return failure();
  return getTiledImplementation(b, offsets, sizes);
}

SmallVector<utils::IteratorType> DequantizeOp::getLoopIteratorTypes() {
  return allParallel(getInit().getType().getRank());
}

SmallVector<Range> DequantizeOp::getIterationDomain(OpBuilder &b) {
  return domainOf(b, getLoc(), getInit(), getInit().getType().getRank());
}

FailureOr<TilingResult>
DequantizeOp::getTiledImplementation(OpBuilder &b,
                                     ArrayRef<OpFoldResult> offsets,
                                     ArrayRef<OpFoldResult> sizes) {
  TileBuilder tb(b, getLoc());
  SmallVector<OpFoldResult> pOffsets, pSizes;
  if (failed(groupTile(tb, getGroupSize(), offsets, sizes, pOffsets, pSizes)))
    return failure();
  SmallVector<Value> operands = {tb.slice(getInput(), offsets, sizes),
                                 tb.slice(getScales(), pOffsets, pSizes)};
  if (Value zp = getZeroPoints())
    operands.push_back(tb.slice(zp, pOffsets, pSizes));
  operands.push_back(tb.slice(getInit(), offsets, sizes));
  return cloneOnTile(b, *this, operands, tb);
}

LogicalResult DequantizeOp::getResultTilePosition(
    OpBuilder &, unsigned, ArrayRef<OpFoldResult> offsets,
    ArrayRef<OpFoldResult> sizes, SmallVector<OpFoldResult> &resultOffsets,
    SmallVector<OpFoldResult> &resultSizes) {
  return sameAsIterationTile(offsets, sizes, resultOffsets, resultSizes);
}

FailureOr<TilingResult>
DequantizeOp::generateResultTileValue(OpBuilder &b, unsigned,
                                      ArrayRef<OpFoldResult> offsets,
                                      ArrayRef<OpFoldResult> sizes) {
  return getTiledImplementation(b, offsets, sizes);
}

//===----------------------------------------------------------------------===//
// PackOp / UnpackOp: the leading dims; the packed one stays whole.
//===----------------------------------------------------------------------===//

template <typename OpTy>
static FailureOr<TilingResult> tileLeadingDims(OpTy op, OpBuilder &b,
                                               ArrayRef<OpFoldResult> offsets,
                                               ArrayRef<OpFoldResult> sizes) {
  TileBuilder tb(b, op.getLoc());
  SmallVector<Value> operands;
  for (Value v : {op.getInput(), op.getInit()}) {
    SmallVector<OpFoldResult> o(offsets), s(sizes);
    appendWholeDims(tb, v, o, s);
    operands.push_back(tb.slice(v, o, s));
  }
  return cloneOnTile(b, op, operands, tb);
}

template <typename OpTy>
static LogicalResult leadingDimsResultTile(OpTy op, OpBuilder &b,
                                           ArrayRef<OpFoldResult> offsets,
                                           ArrayRef<OpFoldResult> sizes,
                                           SmallVector<OpFoldResult> &ro,
                                           SmallVector<OpFoldResult> &rs) {
  TileBuilder tb(b, op.getLoc());
  ro.assign(offsets.begin(), offsets.end());
  rs.assign(sizes.begin(), sizes.end());
  appendWholeDims(tb, op.getInit(), ro, rs);
  return success();
}

template <typename OpTy>
static FailureOr<TilingResult>
leadingDimsResultTileValue(OpTy op, OpBuilder &b,
                           ArrayRef<OpFoldResult> offsets,
                           ArrayRef<OpFoldResult> sizes) {
  unsigned last = offsets.size() - 1;
  std::optional<int64_t> o = getConstantIntValue(offsets[last]);
  if (!o || *o != 0 || !isWholeDim(sizes[last], op.getInit(), last))
    return failure();
  return tileLeadingDims(op, b, offsets.drop_back(), sizes.drop_back());
}

#define TESSEL_LEADING_DIMS_TILING(OP)                                         \
  SmallVector<utils::IteratorType> OP::getLoopIteratorTypes() {                \
    return allParallel(getInit().getType().getRank() - 1);                     \
  }                                                                            \
  SmallVector<Range> OP::getIterationDomain(OpBuilder &b) {                    \
    return domainOf(b, getLoc(), getInit(),                                    \
                    getInit().getType().getRank() - 1);                        \
  }                                                                            \
  FailureOr<TilingResult> OP::getTiledImplementation(                          \
      OpBuilder &b, ArrayRef<OpFoldResult> offsets,                            \
      ArrayRef<OpFoldResult> sizes) {                                          \
    return tileLeadingDims(*this, b, offsets, sizes);                          \
  }                                                                            \
  LogicalResult OP::getResultTilePosition(                                     \
      OpBuilder &b, unsigned, ArrayRef<OpFoldResult> offsets,                  \
      ArrayRef<OpFoldResult> sizes, SmallVector<OpFoldResult> &ro,             \
      SmallVector<OpFoldResult> &rs) {                                         \
    return leadingDimsResultTile(*this, b, offsets, sizes, ro, rs);            \
  }                                                                            \
  FailureOr<TilingResult> OP::generateResultTileValue(                         \
      OpBuilder &b, unsigned, ArrayRef<OpFoldResult> offsets,                  \
      ArrayRef<OpFoldResult> sizes) {                                          \
    return leadingDimsResultTileValue(*this, b, offsets, sizes);               \
  }
TESSEL_LEADING_DIMS_TILING(PackOp)
TESSEL_LEADING_DIMS_TILING(UnpackOp)
#undef TESSEL_LEADING_DIMS_TILING

//===----------------------------------------------------------------------===//
// PermuteOp: all result dims; the input is read whole along the gathered one.
//===----------------------------------------------------------------------===//

SmallVector<utils::IteratorType> PermuteOp::getLoopIteratorTypes() {
  return allParallel(getInit().getType().getRank());
}

SmallVector<Range> PermuteOp::getIterationDomain(OpBuilder &b) {
  return domainOf(b, getLoc(), getInit(), getInit().getType().getRank());
}

FailureOr<TilingResult>
PermuteOp::getTiledImplementation(OpBuilder &b, ArrayRef<OpFoldResult> offsets,
                                  ArrayRef<OpFoldResult> sizes) {
  TileBuilder tb(b, getLoc());
  int64_t dim = getDimension();
  SmallVector<OpFoldResult> inOffsets(offsets), inSizes(sizes);
  inOffsets[dim] = tb.zero();
  inSizes[dim] = tb.dim(getInput(), dim);
  SmallVector<Value> operands = {
      tb.slice(getInput(), inOffsets, inSizes),
      tb.slice(getIndices(), {offsets[dim]}, {sizes[dim]}),
      tb.slice(getInit(), offsets, sizes)};
  return cloneOnTile(b, *this, operands, tb);
}

LogicalResult PermuteOp::getResultTilePosition(
    OpBuilder &, unsigned, ArrayRef<OpFoldResult> offsets,
    ArrayRef<OpFoldResult> sizes, SmallVector<OpFoldResult> &resultOffsets,
    SmallVector<OpFoldResult> &resultSizes) {
  return sameAsIterationTile(offsets, sizes, resultOffsets, resultSizes);
}

FailureOr<TilingResult>
PermuteOp::generateResultTileValue(OpBuilder &b, unsigned,
                                   ArrayRef<OpFoldResult> offsets,
                                   ArrayRef<OpFoldResult> sizes) {
  return getTiledImplementation(b, offsets, sizes);
}

//===----------------------------------------------------------------------===//
// DraftMaskOp: [B, Hq, query blocks]
//===----------------------------------------------------------------------===//

SmallVector<utils::IteratorType> DraftMaskOp::getLoopIteratorTypes() {
  return allParallel(3);
}

SmallVector<Range> DraftMaskOp::getIterationDomain(OpBuilder &b) {
  return domainOf(b, getLoc(), getInit(), 3);
}

FailureOr<TilingResult>
DraftMaskOp::getTiledImplementation(OpBuilder &b,
                                    ArrayRef<OpFoldResult> offsets,
                                    ArrayRef<OpFoldResult> sizes) {
  TileBuilder tb(b, getLoc());
  RankedTensorType q = getQuery().getType(), k = getKey().getType();
  int64_t hq = q.getDimSize(1), hkv = k.getDimSize(1);
  int64_t group =
      ShapedType::isDynamic(hq) || ShapedType::isDynamic(hkv) ? 0 : hq / hkv;
  auto kv = kvHeadTile(tb, group, offsets[1], sizes[1]);
  if (failed(kv))
    return failure();
  // Causal alignment depends on Sq: a query-block tile would shift it.
  bool wholeQuery = isWholeDim(sizes[2], getInit(), 2);
  if (getCausal() && !wholeQuery)
    return failure();
  int64_t bq = getBlockSizes()[0];
  OpFoldResult rowOffset = tb.zero(), rows = tb.dim(getQuery(), 2);
  if (!wholeQuery) {
    rowOffset = tb.apply(tb.sym(0) * bq, {offsets[2]});
    // The last block may be partial: min(size * bq, Sq - offset * bq).
    AffineMap minMap = AffineMap::get(
        0, 3, {tb.sym(0) * bq, tb.sym(1) - tb.sym(2) * bq}, b.getContext());
    rows = affine::makeComposedFoldedAffineMin(b, getLoc(), minMap,
                                               {sizes[2], rows, offsets[2]});
  }
  SmallVector<Value> operands = {
      tb.slice(getQuery(), {offsets[0], offsets[1], rowOffset, tb.zero()},
               {sizes[0], sizes[1], rows, tb.dim(getQuery(), 3)}),
      tb.slice(
          getKey(), {offsets[0], kv->first, tb.zero(), tb.zero()},
          {sizes[0], kv->second, tb.dim(getKey(), 2), tb.dim(getKey(), 3)}),
      tb.slice(getInit(), {offsets[0], offsets[1], offsets[2], tb.zero()},
               {sizes[0], sizes[1], sizes[2], tb.dim(getInit(), 3)})};
  return cloneOnTile(b, *this, operands, tb);
}

LogicalResult DraftMaskOp::getResultTilePosition(
    OpBuilder &b, unsigned, ArrayRef<OpFoldResult> offsets,
    ArrayRef<OpFoldResult> sizes, SmallVector<OpFoldResult> &resultOffsets,
    SmallVector<OpFoldResult> &resultSizes) {
  TileBuilder tb(b, getLoc());
  resultOffsets.assign(offsets.begin(), offsets.end());
  resultSizes.assign(sizes.begin(), sizes.end());
  appendWholeDims(tb, getInit(), resultOffsets, resultSizes);
  return success();
}

FailureOr<TilingResult>
DraftMaskOp::generateResultTileValue(OpBuilder &b, unsigned,
                                     ArrayRef<OpFoldResult> offsets,
                                     ArrayRef<OpFoldResult> sizes) {
  std::optional<int64_t> o = getConstantIntValue(offsets[3]);
  if (!o || *o != 0 || !isWholeDim(sizes[3], getInit(), 3))
    return failure();
  return getTiledImplementation(b, offsets.take_front(3), sizes.take_front(3));
}
