//===- RaiseAttention.cpp - linalg attention to tessel.attention ----------===//
//
// Part of the Tessel project.
//
// Recognises scaled dot-product attention as frontends spell it in linalg on
// tensors (torch-mlir's decomposition of SDPA and of the explicit
// matmul/softmax/matmul form):
//
//   S = batch_matmul(Q * a, transpose(K) * b) [* c] [+ mask]
//   P = exp(S - max(S)) / sum(exp(S - max(S)))      (last dimension)
//   P = select(all(S == -inf), 0, P)                 (optional guard)
//   O = batch_matmul(P, V)
//
// with Q, K, V of shape [B, H, S, D] merged to [B*H, S, D] around the
// matmuls, and K, V optionally repeated along heads (grouped-query
// attention). It becomes one tessel.attention with scale a*b*c; a mask that
// is computed from constants is evaluated, and a causal one becomes the
// `causal` flag (with an offset unless it is bottom-right aligned).
//
//===----------------------------------------------------------------------===//

#include "ConstantEvaluation.h"
#include "RaiseMatchers.h"
#include "tessel/Dialect/Tessel/IR/TesselOps.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Math/IR/Math.h"

#include <cmath>

using namespace mlir;
using namespace mlir::tessel;
using namespace mlir::tessel::raise;

namespace {

/// Most mask elements evaluated at compile time to recognise a causal mask.
constexpr int64_t kMaxEvaluatedMask = int64_t(1) << 24;

Value stripExpand(Value value) {
  if (auto expand = value.getDefiningOp<tensor::ExpandShapeOp>())
    return expand.getSrc();
  return value;
}

/// True when `map` does not read the last loop dimension (a row reduction
/// broadcast back along the row).
bool broadcastsLastDim(AffineMap map) {
  return !map.isFunctionOfDim(map.getNumDims() - 1);
}

/// A generic reducing `input` along its last dimension whose result
/// `number` yields `OpTy(in, out)` from an init filled with `init`.
template <typename OpTy>
bool isRowReduction(Value value, Value input, double init) {
  auto generic = value.getDefiningOp<linalg::GenericOp>();
  if (!generic || generic.getNumDpsInputs() != 1 ||
      generic.getDpsInputs()[0] != input)
    return false;
  auto iterators = generic.getIteratorTypesArray();
  for (size_t i = 0; i + 1 < iterators.size(); ++i)
    if (iterators[i] != utils::IteratorType::parallel)
      return false;
  if (iterators.back() != utils::IteratorType::reduction ||
      !generic.getMatchingIndexingMap(generic.getDpsInputOperand(0))
           .isIdentity())
    return false;
  unsigned number = cast<OpResult>(value).getResultNumber();
  Block &body = generic.getRegion().front();
  auto op = body.getTerminator()->getOperand(number).getDefiningOp<OpTy>();
  if (!op)
    return false;
  Value in = body.getArgument(0);
  Value out = body.getArgument(1 + number);
  if (!((op.getLhs() == in && op.getRhs() == out) ||
        (op.getLhs() == out && op.getRhs() == in)))
    return false;
  auto fill = generic.getDpsInits()[number].getDefiningOp<linalg::FillOp>();
  std::optional<double> start =
      fill ? scalarConstant(fill.getInputs()[0]) : std::nullopt;
  return start && *start == init;
}

/// An elementwise `OpTy(x, r)` generic with x identity-mapped and r a row
/// reduction broadcast along the row: x and r.
template <typename OpTy>
std::optional<std::pair<Value, Value>> matchRowBroadcast(Value value) {
  auto generic = value.getDefiningOp<linalg::GenericOp>();
  Operation *op = elementwiseOp(generic);
  if (!isa_and_nonnull<OpTy>(op))
    return std::nullopt;
  OpOperand *lhs = bodyOperandInput(generic, op, 0);
  OpOperand *rhs = bodyOperandInput(generic, op, 1);
  if (!lhs || !rhs || !generic.getMatchingIndexingMap(lhs).isIdentity() ||
      !broadcastsLastDim(generic.getMatchingIndexingMap(rhs)))
    return std::nullopt;
  return std::make_pair(lhs->get(), stripExpand(rhs->get()));
}

/// The scores S when `value` is softmax(S) along the last dimension.
Value matchSoftmax(Value value) {
  auto div = matchRowBroadcast<arith::DivFOp>(value);
  if (!div)
    return nullptr;
  auto [exps, sums] = *div;
  auto expGeneric = exps.getDefiningOp<linalg::GenericOp>();
  Operation *exp = elementwiseOp(expGeneric);
  if (!isa_and_nonnull<math::ExpOp>(exp) ||
      !bodyOperandInput(expGeneric, exp, 0) ||
      !expGeneric.getMatchingIndexingMap(bodyOperandInput(expGeneric, exp, 0))
           .isIdentity())
    return nullptr;
  auto sub = matchRowBroadcast<arith::SubFOp>(
      bodyOperandInput(expGeneric, exp, 0)->get());
  if (!sub)
    return nullptr;
  auto [scores, maxima] = *sub;
  if (!isRowReduction<arith::AddFOp>(sums, exps, 0.0) ||
      !isRowReduction<arith::MaximumFOp>(maxima, scores, -INFINITY))
    return nullptr;
  return scores;
}

/// P when `value` is select(all(S == -inf) along rows, 0, P): the guard that
/// makes fully masked rows zero, which tessel.attention does by definition.
Value stripMaskedRowGuard(Value value, Value scores) {
  auto generic = value.getDefiningOp<linalg::GenericOp>();
  Operation *op = elementwiseOp(generic);
  auto select = dyn_cast_or_null<arith::SelectOp>(op);
  if (!select)
    return value;
  OpOperand *zero = bodyOperandInput(generic, op, 1);
  OpOperand *probabilities = bodyOperandInput(generic, op, 2);
  OpOperand *condition = bodyOperandInput(generic, op, 0);
  if (!zero || !probabilities || !condition ||
      !generic.getMatchingIndexingMap(probabilities).isIdentity())
    return value;
  std::optional<double> zeroValue = scalarConstant(zero->get());
  if (!zeroValue || *zeroValue != 0.0)
    return value;
  // The condition: a row-wise AND of (S == -inf).
  auto all = stripExpand(condition->get()).getDefiningOp<linalg::GenericOp>();
  if (!all || all.getNumDpsInputs() != 1)
    return value;
  auto isInf = all.getDpsInputs()[0].getDefiningOp<linalg::GenericOp>();
  if (!isInf || isInf.getNumDpsInputs() != 1 ||
      isInf.getDpsInputs()[0] != scores)
    return value;
  bool comparesWithMinusInf = false;
  isInf.getRegion().walk([&](arith::CmpFOp cmp) {
    for (Value operand : cmp->getOperands())
      if (std::optional<double> c = scalarConstant(operand))
        comparesWithMinusInf |=
            *c == -INFINITY && cmp.getPredicate() == arith::CmpFPredicate::OEQ;
  });
  if (!comparesWithMinusInf)
    return value;
  Block &allBody = all.getRegion().front();
  if (!isa_and_nonnull<arith::AndIOp>(
          allBody.getTerminator()->getOperand(0).getDefiningOp()))
    return value;
  return probabilities->get();
}

Value peelScales(Value value, double &scale) {
  while (std::optional<ScaledValue> scaled = matchScale(value)) {
    scale *= scaled->factor;
    value = scaled->input;
  }
  return value;
}

/// X of [B, Hkv, S, D] when `value` is X repeated along a new dimension 2:
/// [B, Hkv, r, S, D] (a broadcast, as repeat_kv spells it).
Value repeatedHeadsSource(Value value) {
  if (auto broadcast = value.getDefiningOp<linalg::BroadcastOp>())
    return broadcast.getDimensions() == ArrayRef<int64_t>{2}
               ? broadcast.getInput()
               : Value();
  auto generic = value.getDefiningOp<linalg::GenericOp>();
  if (!generic || generic.getNumDpsInputs() != 1 ||
      generic.getNumReductionLoops() != 0 || generic.getNumLoops() != 5)
    return nullptr;
  Block &body = generic.getRegion().front();
  if (body.getTerminator()->getOperand(0) != body.getArgument(0) ||
      !generic.getMatchingIndexingMap(generic.getDpsInitOperand(0))
           .isIdentity())
    return nullptr;
  MLIRContext *ctx = generic.getContext();
  AffineMap expected =
      AffineMap::get(5, 0,
                     {getAffineDimExpr(0, ctx), getAffineDimExpr(1, ctx),
                      getAffineDimExpr(3, ctx), getAffineDimExpr(4, ctx)},
                     ctx);
  if (generic.getMatchingIndexingMap(generic.getDpsInputOperand(0)) != expected)
    return nullptr;
  return generic.getDpsInputs()[0];
}

/// K or V of [B, Hkv, S, D] when `value` of [B, Hkv * r, S, D] repeats it
/// along heads (merged as [[0], [1, 2], [3], [4]]); `value` otherwise.
Value peelRepeatedHeads(Value value) {
  auto collapse = value.getDefiningOp<tensor::CollapseShapeOp>();
  if (!collapse || collapse.getReassociationIndices() !=
                       SmallVector<ReassociationIndices>{{0}, {1, 2}, {3}, {4}})
    return value;
  if (Value source = repeatedHeadsSource(collapse.getSrc()))
    return source;
  return value;
}

/// The [B, H, S, D] (or, repeated along heads, [B, Hkv, S, D]) tensor that a
/// batch_matmul operand merges to [B*H, S, D]; null if it is not one.
Value unmergeHeads(Value operand) {
  if (Value heads = mergedLeadingDims(operand))
    return heads;
  // repeat_kv folded into the merge: [B, Hkv, r, S, D] -> [B*Hkv*r, S, D].
  auto collapse = operand.getDefiningOp<tensor::CollapseShapeOp>();
  if (collapse && collapse.getReassociationIndices() ==
                      SmallVector<ReassociationIndices>{{0, 1, 2}, {3}, {4}})
    return repeatedHeadsSource(collapse.getSrc());
  return nullptr;
}

/// A plain batch_matmul into a zero-filled init, with both operands of
/// shape [B, H, ...] merged to [B*H, ...]: the unmerged operands.
std::optional<std::pair<Value, Value>> matchHeadBatchMatmul(Value value) {
  auto matmul = value.getDefiningOp<linalg::BatchMatmulOp>();
  if (!matmul || matmul.hasUserDefinedMaps() ||
      !isZeroFill(matmul.getDpsInits()[0]))
    return std::nullopt;
  Value lhs = unmergeHeads(matmul.getDpsInputs()[0]);
  Value rhs = unmergeHeads(matmul.getDpsInputs()[1]);
  if (!lhs || !rhs)
    return std::nullopt;
  return std::make_pair(lhs, rhs);
}

/// What an additive score mask computed from constants turns out to be.
struct MaskKind {
  bool zero = false;
  /// Causal with keys j <= i + offset kept (0 there, -inf elsewhere), the
  /// same for every batch and head.
  std::optional<int64_t> causalOffset;
};

MaskKind classifyMask(Value mask, int64_t rows, int64_t cols) {
  MaskKind kind;
  std::optional<ConstantTensor> values =
      evaluateConstant(mask, kMaxEvaluatedMask);
  if (!values)
    return kind;
  kind.zero = llvm::all_of(values->values, [](double v) { return v == 0.0; });
  if (kind.zero)
    return kind;
  // Row 0 decides the offset: zeros for keys 0..offset, then -inf.
  int64_t offset = -1;
  while (offset + 1 < cols && values->values[offset + 1] == 0.0)
    ++offset;
  if (offset < 0)
    return kind;
  int64_t matrices = values->values.size() / (rows * cols);
  for (int64_t m = 0; m < matrices; ++m)
    for (int64_t i = 0; i < rows; ++i)
      for (int64_t j = 0; j < cols; ++j) {
        double v = values->values[(m * rows + i) * cols + j];
        if (j <= i + offset ? v != 0.0 : v != -INFINITY)
          return kind;
      }
  kind.causalOffset = offset;
  return kind;
}

struct RaiseAttentionPattern : OpRewritePattern<tensor::ExpandShapeOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(tensor::ExpandShapeOp root,
                                PatternRewriter &rewriter) const override {
    auto outType = root.getResultType();
    if (outType.getRank() != 4 || !outType.hasStaticShape())
      return failure();
    auto pv = matchHeadBatchMatmul(root.getSrc());
    if (!pv || root.getReassociationIndices() !=
                   SmallVector<ReassociationIndices>{{0, 1}, {2}, {3}})
      return rewriter.notifyMatchFailure(root, "not batch_matmul(P, V)");
    auto [probabilities, valueHeads] = *pv;

    // P = softmax(S), possibly behind the fully-masked-row guard.
    Value scores = matchSoftmax(probabilities);
    if (!scores)
      if (auto select = probabilities.getDefiningOp<linalg::GenericOp>())
        if (Operation *op = elementwiseOp(select);
            isa_and_nonnull<arith::SelectOp>(op))
          if (OpOperand *p = bodyOperandInput(select, op, 2))
            if (Value candidate = matchSoftmax(p->get());
                candidate &&
                stripMaskedRowGuard(probabilities, candidate) == p->get())
              scores = candidate;
    if (!scores)
      return rewriter.notifyMatchFailure(root, "P is not a row softmax");

    // S = [scale *] (QK^T) [+ mask].
    double scale = 1.0;
    Value mask;
    AffineMap maskMap;
    Value qk = scores;
    while (true) {
      if (auto scaled = matchScale(qk)) {
        scale *= scaled->factor;
        qk = scaled->input;
        continue;
      }
      auto add = qk.getDefiningOp<linalg::GenericOp>();
      Operation *op = elementwiseOp(add);
      if (isa_and_nonnull<arith::AddFOp>(op) && !mask) {
        OpOperand *lhs = bodyOperandInput(add, op, 0);
        OpOperand *rhs = bodyOperandInput(add, op, 1);
        if (!lhs || !rhs)
          return failure();
        // The scores come through an identity map from a matmul; the
        // other addend is the mask.
        for (auto [main, other] : {std::pair(lhs, rhs), std::pair(rhs, lhs)}) {
          if (!add.getMatchingIndexingMap(main).isIdentity())
            continue;
          double unused = 1.0;
          if (!matchHeadBatchMatmul(
                  stripExpand(peelScales(main->get(), unused))))
            continue;
          mask = other->get();
          maskMap = add.getMatchingIndexingMap(other);
          qk = main->get();
          break;
        }
        if (mask)
          continue;
      }
      break;
    }
    auto expand = qk.getDefiningOp<tensor::ExpandShapeOp>();
    if (!expand)
      return rewriter.notifyMatchFailure(root, "scores are not Q K^T");
    auto qkOperands = matchHeadBatchMatmul(expand.getSrc());
    if (!qkOperands)
      return rewriter.notifyMatchFailure(root, "scores are not Q K^T");
    Value query = peelScales(qkOperands->first, scale);
    Value keyT = peelScales(qkOperands->second, scale);
    auto transpose = keyT.getDefiningOp<linalg::TransposeOp>();
    if (!transpose ||
        transpose.getPermutation() != ArrayRef<int64_t>{0, 1, 3, 2})
      return rewriter.notifyMatchFailure(root, "K is not transposed");
    Value key = peelScales(transpose.getInput(), scale);
    key = peelRepeatedHeads(key);
    Value value = peelRepeatedHeads(valueHeads);

    auto qType = cast<RankedTensorType>(query.getType());
    auto kType = cast<RankedTensorType>(key.getType());
    auto vType = cast<RankedTensorType>(value.getType());
    Type element = qType.getElementType();
    if (qType.getRank() != 4 || kType.getRank() != 4 || vType.getRank() != 4 ||
        kType.getElementType() != element ||
        vType.getElementType() != element ||
        outType.getElementType() != element ||
        kType.getDimSize(1) != vType.getDimSize(1) ||
        qType.getDimSize(1) % kType.getDimSize(1) != 0)
      return rewriter.notifyMatchFailure(root, "shapes or types differ");
    int64_t rows = qType.getDimSize(2), cols = kType.getDimSize(2);

    Location loc = root.getLoc();
    bool causal = false;
    Value offset;
    if (mask) {
      if (cast<RankedTensorType>(mask.getType()).getElementType() != element)
        return rewriter.notifyMatchFailure(root, "mask type differs");
      // The mask as [B|1, H|1, Sq, Skv].
      MLIRContext *ctx = root.getContext();
      AffineExpr d2 = getAffineDimExpr(2, ctx), d3 = getAffineDimExpr(3, ctx);
      auto maskType = cast<RankedTensorType>(mask.getType());
      if (maskMap.getNumResults() == 2 && maskMap.getResult(0) == d2 &&
          maskMap.getResult(1) == d3) {
        mask = tensor::ExpandShapeOp::create(
            rewriter, loc, RankedTensorType::get({1, 1, rows, cols}, element),
            mask, SmallVector<ReassociationIndices>{{0, 1, 2}, {3}});
      } else if (maskMap.getNumResults() != 4 || maskMap.getResult(2) != d2 ||
                 maskMap.getResult(3) != d3 ||
                 !llvm::all_of(llvm::seq(0, 2), [&](int i) {
                   return maskMap.getResult(i) == getAffineDimExpr(i, ctx) ||
                          maskType.getDimSize(i) == 1;
                 })) {
        return rewriter.notifyMatchFailure(root, "unsupported mask broadcast");
      }
      MaskKind kind = classifyMask(mask, rows, cols);
      if (kind.zero) {
        mask = nullptr;
      } else if (kind.causalOffset) {
        mask = nullptr;
        causal = true;
        if (*kind.causalOffset != cols - rows)
          offset =
              arith::ConstantIndexOp::create(rewriter, loc, *kind.causalOffset);
      }
    }

    Value init =
        tensor::EmptyOp::create(rewriter, loc, outType.getShape(), element);
    auto attention = AttentionOp::create(
        rewriter, loc, outType, query, key, value, mask, /*block_mask=*/Value(),
        offset, init, rewriter.getF64FloatAttr(scale),
        causal ? rewriter.getUnitAttr() : UnitAttr(), DenseI64ArrayAttr());
    rewriter.replaceOp(root, attention.getResult());
    return success();
  }
};

} // namespace

void mlir::tessel::populateRaiseAttentionPatterns(RewritePatternSet &patterns) {
  patterns.add<RaiseAttentionPattern>(patterns.getContext());
}
