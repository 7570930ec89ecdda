//===- RaiseAttention.cpp - linalg attention to tessel.attention ----------===//
//
// Part of the Tessel project.
//
// Recognises scaled dot-product attention as frontends spell it in linalg on
// tensors (torch-mlir's decomposition of SDPA and of the explicit
// matmul/softmax/matmul form):
//
//   S = batch_matmul(Q * a, transpose(K) * b) [* c] [+ mask]
//       (or, soft-capped: cap * tanh(S / cap) [+ mask], Gemma-2)
//   P = exp(S - max(S)) / sum(exp(S - max(S)))      (last dimension)
//   P = select(all(S == -inf), 0, P)                 (optional guard)
//   O = batch_matmul(P, V)
//
// with Q, K, V of shape [B, H, S, D] merged to [B*H, S, D] around the
// matmuls, and K, V optionally repeated along heads (grouped-query
// attention). It becomes one tessel.attention with scale a*b*c; a mask that
// is computed from constants is evaluated, and a causal one becomes the
// `causal` flag (with an offset unless it is bottom-right aligned), a
// causal band (a sliding window) `causal window(W)`. A mask computed from
// one run-time position (a decode step's `cache_position`) that is causal
// at every position becomes `causal offset(position + c)` (PositionMask.h).
//
// A bf16 (or f16) model's SDPA comes computed in f32 between `arith.extf` of
// Q, K, V (and mask) and `arith.truncf` of the result; that f32 op is then
// narrowed to one in the model's type, which the fast kernels take.
//
//===----------------------------------------------------------------------===//

#include "ConstantEvaluation.h"
#include "PositionMask.h"
#include "RaiseMatchers.h"
#include "tessel/Dialect/Tessel/IR/TesselOps.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Dialect/Utils/IndexingUtils.h"

#include <cmath>
#include <limits>
#include <tuple>

using namespace mlir;
using namespace mlir::tessel;
using namespace mlir::tessel::raise;

namespace {

/// Most mask elements evaluated at compile time to recognise a causal mask.
constexpr int64_t kMaxEvaluatedMask = int64_t(1) << 24;
/// Most mask elements evaluated with a run-time position (each one walks
/// the ops from the mask back to the position).
constexpr int64_t kMaxEvaluatedPositionMask = int64_t(1) << 22;

/// True when `op` combines `in` and `out` (either order) with OpTy.
template <typename OpTy> bool combines(Value yielded, Value in, Value out) {
  auto op = yielded.getDefiningOp<OpTy>();
  return op && ((op.getLhs() == in && op.getRhs() == out) ||
                (op.getLhs() == out && op.getRhs() == in));
}

/// True when `init` is a fill with one of `starts`.
bool filledWith(Value init, ArrayRef<double> starts) {
  auto fill = init.getDefiningOp<linalg::FillOp>();
  std::optional<double> start =
      fill ? scalarConstant(fill.getInputs()[0]) : std::nullopt;
  return start && llvm::is_contained(starts, *start);
}

/// A reduction of `input` along its last dimension, as a linalg.generic
/// (result `number` of it) or a linalg.reduce, that yields `OpTy(in, out)`
/// from an init filled with one of `starts`.
template <typename OpTy>
bool isRowReduction(Value value, Value input, ArrayRef<double> starts) {
  if (auto reduce = value.getDefiningOp<linalg::ReduceOp>()) {
    auto type = cast<ShapedType>(input.getType());
    Block &body = reduce.getCombiner().front();
    return reduce.getInputs().size() == 1 && reduce.getInputs()[0] == input &&
           reduce.getDimensions() == ArrayRef<int64_t>{type.getRank() - 1} &&
           combines<OpTy>(body.getTerminator()->getOperand(0),
                          body.getArgument(0), body.getArgument(1)) &&
           filledWith(reduce.getInits()[0], starts);
  }
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
  return combines<OpTy>(body.getTerminator()->getOperand(number),
                        body.getArgument(0), body.getArgument(1 + number)) &&
         filledWith(generic.getDpsInits()[number], starts);
}

/// r when `value` is 1 / r elementwise (TOSA's reciprocal).
Value matchReciprocal(Value value) {
  auto generic = value.getDefiningOp<linalg::GenericOp>();
  Operation *op = elementwiseOp(generic);
  if (!isa_and_nonnull<arith::DivFOp>(op))
    return nullptr;
  std::optional<double> one = scalarConstant(op->getOperand(0));
  OpOperand *input = bodyOperandInput(generic, op, 1);
  if (!one || *one != 1.0 || !input ||
      !generic.getMatchingIndexingMap(input).isIdentity())
    return nullptr;
  return stripExpand(input->get());
}

/// The scores S when `value` is softmax(S) along the last dimension:
/// exp(S - max(S)) divided by, or multiplied by the reciprocal of, its sum.
Value matchSoftmax(Value value) {
  Value exps, sums;
  if (auto div = matchRowBroadcast<arith::DivFOp>(value)) {
    std::tie(exps, sums) = *div;
  } else if (auto mul = matchRowBroadcast<arith::MulFOp>(value)) {
    exps = mul->first;
    sums = matchReciprocal(mul->second);
    if (!sums)
      return nullptr;
  } else {
    return nullptr;
  }
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
  // The running maximum starts at -inf, or at the lowest float (TOSA).
  double lowest = -std::numeric_limits<float>::max();
  if (!isRowReduction<arith::AddFOp>(sums, exps, {0.0}) ||
      !isRowReduction<arith::MaximumFOp>(maxima, scores, {-INFINITY, lowest}))
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

/// Logit soft-capping, `cap * tanh(s / cap)` elementwise (Gemma-2).
struct SoftCapped {
  Value input;
  double cap;
};

/// s and cap when `value` is cap * tanh(s / cap), the division spelled as
/// one or as a product with 1 / cap, for a positive constant cap.
std::optional<SoftCapped> matchSoftcap(Value value) {
  std::optional<ScaledValue> outer = matchScale(value);
  if (!outer || !(outer->factor > 0))
    return std::nullopt;
  double cap = outer->factor;
  auto tanhGeneric = outer->input.getDefiningOp<linalg::GenericOp>();
  auto tanh = dyn_cast_or_null<math::TanhOp>(elementwiseOp(tanhGeneric));
  OpOperand *x = tanh ? bodyOperandInput(tanhGeneric, tanh, 0) : nullptr;
  if (!x || !tanhGeneric.getMatchingIndexingMap(x).isIdentity())
    return std::nullopt;
  if (std::optional<ScaledValue> inner = matchScale(x->get())) {
    if (std::abs(inner->factor * cap - 1.0) > 1e-6)
      return std::nullopt;
    return SoftCapped{inner->input, cap};
  }
  auto divGeneric = x->get().getDefiningOp<linalg::GenericOp>();
  auto div = dyn_cast_or_null<arith::DivFOp>(elementwiseOp(divGeneric));
  OpOperand *s = div ? bodyOperandInput(divGeneric, div, 0) : nullptr;
  std::optional<double> divisor =
      div ? scalarConstant(div.getRhs()) : std::nullopt;
  if (!s || !divisor || *divisor != cap ||
      !divGeneric.getMatchingIndexingMap(s).isIdentity())
    return std::nullopt;
  return SoftCapped{s->get(), cap};
}

Value peelScales(Value value, double &scale) {
  while (std::optional<ScaledValue> scaled = matchScale(value)) {
    scale *= scaled->factor;
    value = scaled->input;
  }
  return value;
}

/// `value` without the scales and the soft-capping around Q K^T.
Value peelScoreScaling(Value value) {
  while (true) {
    // The cap first: its own product would pass for a scale.
    if (std::optional<SoftCapped> capped = matchSoftcap(value))
      value = capped->input;
    else if (std::optional<ScaledValue> scaled = matchScale(value))
      value = scaled->input;
    else
      return value;
  }
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

/// How attention's tensors are shaped around its two batch_matmuls.
enum class HeadLayout {
  /// [B, H, S, D] merged to [B*H, S, D] (torch-mlir), results expanded back.
  Merged,
  /// [N, S, D] throughout (TOSA): raised as B = 1, H = N.
  Flat,
};

/// A plain batch_matmul into a zero-filled init (the matmul itself, or the
/// expand_shape of it back to [B, H, ...] for Merged): its operands, the
/// merged ones as [B, H, ...] (or [B, Hkv, ...] when repeated along heads).
std::optional<std::pair<Value, Value>> matchAttentionMatmul(Value value,
                                                            HeadLayout layout) {
  if (layout == HeadLayout::Merged) {
    auto expand = value.getDefiningOp<tensor::ExpandShapeOp>();
    if (!expand || expand.getResultType().getRank() != 4 ||
        expand.getReassociationIndices() !=
            SmallVector<ReassociationIndices>{{0, 1}, {2}, {3}})
      return std::nullopt;
    value = expand.getSrc();
  }
  // A bf16 (f16) matmul as torch-mlir spells it: accumulated in f32, then
  // truncated.
  if (Value wide = matchTruncation(value))
    if (wide.getDefiningOp<linalg::BatchMatmulOp>())
      value = wide;
  auto matmul = value.getDefiningOp<linalg::BatchMatmulOp>();
  if (!matmul || matmul.hasUserDefinedMaps() ||
      !isZeroFill(matmul.getDpsInits()[0]))
    return std::nullopt;
  Value lhs = matmul.getDpsInputs()[0], rhs = matmul.getDpsInputs()[1];
  if (layout == HeadLayout::Merged) {
    lhs = unmergeHeads(lhs);
    rhs = unmergeHeads(rhs);
    if (!lhs || !rhs)
      return std::nullopt;
  }
  return std::make_pair(lhs, rhs);
}

/// What an additive score mask computed from constants turns out to be.
struct MaskKind {
  bool zero = false;
  /// Causal with keys j <= i + offset kept (0 there, -inf elsewhere), the
  /// same for every batch and head.
  std::optional<int64_t> causalOffset;
  /// With causalOffset, a sliding window: keys j <= i + offset - window
  /// are masked too (Mistral's and Gemma-2's local layers).
  std::optional<int64_t> window;
};

/// A mask value that removes its score: -inf, or the lowest finite value of
/// the mask's type (`masked_fill` with `finfo.min`, as Hugging Face's eager
/// attention writes it). Added to a finite score, the latter leaves exp()
/// of it 0 in the softmax unless every key of the row is masked, which a
/// causal classification excludes (row 0 sees key 0).
bool masksOut(double value, Type element) {
  if (value == -INFINITY)
    return true;
  auto floatType = dyn_cast<FloatType>(element);
  return floatType &&
         value <= APFloat::getLargest(floatType.getFloatSemantics(),
                                      /*Negative=*/true)
                      .convertToDouble();
}

MaskKind classifyMask(Value mask, int64_t rows, int64_t cols) {
  MaskKind kind;
  Type element = cast<ShapedType>(mask.getType()).getElementType();
  std::optional<ConstantTensor> values =
      evaluateConstant(mask, kMaxEvaluatedMask);
  if (!values)
    return kind;
  kind.zero = llvm::all_of(values->values, [](double v) { return v == 0.0; });
  if (kind.zero)
    return kind;
  // Row 0 decides the offset: zeros for keys first..offset, then -inf. A
  // first key above 0 is a sliding window; else the first row whose zeros
  // start later tells the window, if any does.
  auto firstZero = [&](int64_t i) {
    int64_t j = 0;
    while (j < cols && values->values[i * cols + j] != 0.0)
      ++j;
    return j;
  };
  int64_t first = firstZero(0);
  if (first == cols)
    return kind;
  int64_t offset = first;
  while (offset + 1 < cols && values->values[offset + 1] == 0.0)
    ++offset;
  std::optional<int64_t> window;
  if (first > 0)
    window = offset - first + 1;
  for (int64_t i = 1; i < rows && !window; ++i)
    if (int64_t start = firstZero(i); start > 0 && start < cols)
      window = i + offset - start + 1;
  // A window that leaves the last rows without a key is not taken: masked
  // with finfo.min rather than -inf, such a row averages V where
  // tessel.attention gives zeros.
  if (window && rows + offset - *window >= cols)
    return kind;
  int64_t matrices = values->values.size() / (rows * cols);
  for (int64_t m = 0; m < matrices; ++m)
    for (int64_t i = 0; i < rows; ++i)
      for (int64_t j = 0; j < cols; ++j) {
        double v = values->values[(m * rows + i) * cols + j];
        bool visible = j <= i + offset && (!window || j > i + offset - *window);
        if (visible ? v != 0.0 : !masksOut(v, element))
          return kind;
      }
  kind.causalOffset = offset;
  if (window && *window >= 1)
    kind.window = window;
  return kind;
}

/// The causal offset of a mask built from a run-time position: the
/// position (read from its tensor, as an index) plus the mask's shift.
Value positionOffset(OpBuilder &b, Location loc, const PositionMask &mask) {
  Value position = mask.position;
  if (auto tensor = dyn_cast<RankedTensorType>(position.getType())) {
    Value zero = arith::ConstantIndexOp::create(b, loc, 0);
    position = tensor::ExtractOp::create(
        b, loc, position, SmallVector<Value>(tensor.getRank(), zero));
  }
  if (!position.getType().isIndex())
    position = arith::IndexCastOp::create(b, loc, b.getIndexType(), position);
  if (mask.shift == 0)
    return position;
  return arith::AddIOp::create(
      b, loc, position, arith::ConstantIndexOp::create(b, loc, mask.shift));
}

/// softmax(S) or the fully-masked-row guard around it: S, or null. Hugging
/// Face's eager attention in bf16 (f16) computes the softmax of extended
/// scores in f32 and truncates the probabilities: S is then the narrow
/// scores.
Value scoresOf(Value probabilities) {
  if (Value wide = matchTruncation(probabilities))
    if (Value scores = matchSoftmax(wide))
      if (Value narrow = matchExtension(scores))
        return narrow;
  if (Value scores = matchSoftmax(probabilities))
    return scores;
  auto select = probabilities.getDefiningOp<linalg::GenericOp>();
  Operation *op = elementwiseOp(select);
  if (!isa_and_nonnull<arith::SelectOp>(op))
    return nullptr;
  OpOperand *p = bodyOperandInput(select, op, 2);
  if (!p)
    return nullptr;
  Value scores = matchSoftmax(p->get());
  if (scores && stripMaskedRowGuard(probabilities, scores) == p->get())
    return scores;
  return nullptr;
}

/// How an additive mask is viewed as [B|1, H|1, Sq, Skv]: the type and the
/// reassociation of the expand_shape that makes it so (no reassociation: it
/// is that already).
struct MaskView {
  RankedTensorType type;
  SmallVector<ReassociationIndices> groups;
};

/// The view of a mask addend read through `map`; nullopt when its broadcast
/// is not one tessel.attention can take. Builds nothing: the pattern may
/// still fail after asking.
std::optional<MaskView> maskView(Value mask, AffineMap map, HeadLayout layout,
                                 int64_t rows, int64_t cols) {
  MLIRContext *ctx = mask.getContext();
  auto type = cast<RankedTensorType>(mask.getType());
  Type element = type.getElementType();
  unsigned loops = map.getNumDims();
  AffineExpr row = getAffineDimExpr(loops - 2, ctx);
  AffineExpr col = getAffineDimExpr(loops - 1, ctx);
  if (map.getNumResults() == 2 && map.getResult(0) == row &&
      map.getResult(1) == col)
    return MaskView{RankedTensorType::get({1, 1, rows, cols}, element),
                    {{0, 1, 2}, {3}}};
  if (layout == HeadLayout::Flat) {
    // [N|1, Sq, Skv] as [1, N|1, Sq, Skv].
    if (map.getNumResults() != 3 || map.getResult(1) != row ||
        map.getResult(2) != col ||
        !(map.getResult(0) == getAffineDimExpr(0, ctx) ||
          type.getDimSize(0) == 1))
      return std::nullopt;
    return MaskView{
        RankedTensorType::get({1, type.getDimSize(0), rows, cols}, element),
        {{0, 1}, {2}, {3}}};
  }
  if (map.getNumResults() != 4 || map.getResult(2) != row ||
      map.getResult(3) != col)
    return std::nullopt;
  for (int i = 0; i < 2; ++i)
    if (map.getResult(i) != getAffineDimExpr(i, ctx) && type.getDimSize(i) != 1)
      return std::nullopt;
  return MaskView{type, {}};
}

/// `value` with its elements extended (`arith.extf`) to `element`.
Value extendElements(PatternRewriter &rewriter, Location loc, Value value,
                     Type element) {
  auto type = cast<RankedTensorType>(value.getType());
  Value init = tensor::EmptyOp::create(rewriter, loc, type.getShape(), element);
  AffineMap identity = rewriter.getMultiDimIdentityMap(type.getRank());
  SmallVector<utils::IteratorType> iterators(type.getRank(),
                                             utils::IteratorType::parallel);
  auto generic = linalg::GenericOp::create(
      rewriter, loc, init.getType(), value, init,
      ArrayRef<AffineMap>{identity, identity}, iterators,
      [&](OpBuilder &b, Location bodyLoc, ValueRange args) {
        Value wide = arith::ExtFOp::create(b, bodyLoc, element, args[0]);
        linalg::YieldOp::create(b, bodyLoc, wide);
      });
  return generic.getResult(0);
}

struct RaiseAttentionPattern : OpRewritePattern<linalg::BatchMatmulOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(linalg::BatchMatmulOp pvMatmul,
                                PatternRewriter &rewriter) const override {
    // The op to replace: the expand of P V back to heads, or P V itself (or
    // the truncation of its f32 accumulation, for narrow P and V).
    Operation *root = pvMatmul;
    HeadLayout layout = HeadLayout::Flat;
    if (pvMatmul->hasOneUse()) {
      Operation *user = *pvMatmul->user_begin();
      if (user->getNumResults() == 1 &&
          matchTruncation(user->getResult(0)) == pvMatmul.getResult(0))
        root = user;
    }
    if (root->hasOneUse())
      if (auto expand = dyn_cast<tensor::ExpandShapeOp>(*root->user_begin()))
        if (matchAttentionMatmul(expand.getResult(), HeadLayout::Merged)) {
          root = expand;
          layout = HeadLayout::Merged;
        }
    auto outType = cast<RankedTensorType>(root->getResult(0).getType());
    if (!outType.hasStaticShape())
      return failure();
    auto pv = matchAttentionMatmul(root->getResult(0), layout);
    if (!pv)
      return rewriter.notifyMatchFailure(root, "not batch_matmul(P, V)");
    auto [probabilities, value] = *pv;
    Value scores = scoresOf(probabilities);
    if (!scores)
      return rewriter.notifyMatchFailure(root, "P is not a row softmax");

    // S = [scale *] (Q K^T) [+ mask], in any order, or with soft-capping
    // S = cap * tanh(scale * (Q K^T) / cap) [+ mask].
    double scale = 1.0;
    std::optional<double> softcap;
    // Scales applied to (Q K^T + mask) also scale the mask: tessel.attention
    // cannot say that, so such a mask must be one that scaling leaves alone.
    double scaleOutsideMask = 1.0;
    Value mask;
    bool maskExtended = false;
    AffineMap maskMap;
    Value qk = scores;
    while (true) {
      // Before the scales: the cap's own product would pass for one.
      if (std::optional<SoftCapped> capped =
              softcap ? std::nullopt : matchSoftcap(qk)) {
        if (scale != 1.0)
          return rewriter.notifyMatchFailure(root, "scaled after the cap");
        softcap = capped->cap;
        qk = capped->input;
        continue;
      }
      if (auto scaled = matchScale(qk)) {
        scale *= scaled->factor;
        if (!mask)
          scaleOutsideMask *= scaled->factor;
        qk = scaled->input;
        continue;
      }
      auto add = qk.getDefiningOp<linalg::GenericOp>();
      Operation *op = elementwiseOp(add, /*extensions=*/true);
      // A mask inside the cap is not tessel.attention's order.
      if (mask || softcap || !isa_and_nonnull<arith::AddFOp>(op))
        break;
      bool lhsExtended = false, rhsExtended = false;
      OpOperand *lhs = bodyOperandInput(add, op, 0, &lhsExtended);
      OpOperand *rhs = bodyOperandInput(add, op, 1, &rhsExtended);
      if (!lhs || !rhs)
        break;
      // The scores come through an identity map from the Q K^T matmul; the
      // other addend is the mask, which a bf16 model adds extended to f32.
      for (auto [main, mainExtended, other, otherExtended] :
           {std::tuple(lhs, lhsExtended, rhs, rhsExtended),
            std::tuple(rhs, rhsExtended, lhs, lhsExtended)}) {
        if (mainExtended || !add.getMatchingIndexingMap(main).isIdentity() ||
            !matchAttentionMatmul(peelScoreScaling(main->get()), layout))
          continue;
        mask = other->get();
        maskExtended = otherExtended;
        maskMap = add.getMatchingIndexingMap(other);
        qk = main->get();
        break;
      }
      if (!mask)
        break;
    }
    auto qkOperands = matchAttentionMatmul(qk, layout);
    if (!qkOperands)
      return rewriter.notifyMatchFailure(root, "scores are not Q K^T");
    Value query = peelScales(qkOperands->first, scale);
    Value keyT = peelScales(qkOperands->second, scale);
    auto transpose = keyT.getDefiningOp<linalg::TransposeOp>();
    SmallVector<int64_t> swapLast = layout == HeadLayout::Merged
                                        ? SmallVector<int64_t>{0, 1, 3, 2}
                                        : SmallVector<int64_t>{0, 2, 1};
    if (!transpose || transpose.getPermutation().size() != swapLast.size())
      return rewriter.notifyMatchFailure(root, "K is not transposed");
    Value key = peelScales(transpose.getInput(), scale);
    // K^T is K's source permuted; K is that source permuted by `toKey`,
    // which is the identity unless the head split's transpose was folded in
    // (GPT-2: [B, S, H, D] -> [B, H, D, S] in one transpose).
    SmallVector<int64_t> toKey = llvm::map_to_vector(
        swapLast, [&](int64_t i) { return transpose.getPermutation()[i]; });
    bool keyPermuted = !isIdentityPermutation(toKey);
    if (layout == HeadLayout::Merged) {
      if (!keyPermuted)
        key = peelRepeatedHeads(key);
      value = peelRepeatedHeads(value);
    }

    // Flat tensors become [1, N, S, D].
    Location loc = root->getLoc();
    auto asHeads = [&](Value v) -> Value {
      auto type = cast<RankedTensorType>(v.getType());
      if (layout == HeadLayout::Merged || type.getRank() != 3)
        return v;
      SmallVector<int64_t> shape = {1};
      llvm::append_range(shape, type.getShape());
      return tensor::ExpandShapeOp::create(
          rewriter, loc, RankedTensorType::get(shape, type.getElementType()), v,
          SmallVector<ReassociationIndices>{{0, 1}, {2}, {3}});
    };
    auto qType = cast<RankedTensorType>(query.getType());
    auto kType = cast<RankedTensorType>(key.getType());
    kType = kType.clone(applyPermutation(kType.getShape(), toKey));
    auto vType = cast<RankedTensorType>(value.getType());
    Type element = qType.getElementType();
    if (!element.isF16() && !element.isBF16() && !element.isF32())
      return rewriter.notifyMatchFailure(root, "not f16, bf16 or f32");
    unsigned rank = layout == HeadLayout::Merged ? 4 : 3;
    if (qType.getRank() != rank || kType.getRank() != rank ||
        vType.getRank() != rank || kType.getElementType() != element ||
        vType.getElementType() != element ||
        outType.getElementType() != element ||
        kType.getDimSize(rank - 3) != vType.getDimSize(rank - 3) ||
        kType.getDimSize(rank - 3) <= 0 ||
        qType.getDimSize(rank - 3) % kType.getDimSize(rank - 3) != 0)
      return rewriter.notifyMatchFailure(root, "shapes or types differ");
    int64_t rows = qType.getDimSize(rank - 2),
            cols = kType.getDimSize(rank - 2);

    bool causal = false;
    Value offset;
    IntegerAttr window;
    if (mask) {
      auto maskTensor = dyn_cast<RankedTensorType>(mask.getType());
      if (!maskTensor ||
          (maskTensor.getElementType() != element && !maskExtended))
        return rewriter.notifyMatchFailure(root, "mask type differs");
      std::optional<MaskView> view =
          maskView(mask, maskMap, layout, rows, cols);
      if (!view)
        return rewriter.notifyMatchFailure(root, "unsupported mask broadcast");
      // The view keeps the elements' order: classify the mask as it is.
      MaskKind kind = classifyMask(mask, rows, cols);
      // A decode step's mask, built from its run-time position.
      std::optional<PositionMask> positional;
      if (!kind.zero && !kind.causalOffset)
        positional = analyzePositionMask(
            mask, rows, cols,
            [&](double v) { return masksOut(v, maskTensor.getElementType()); },
            kMaxEvaluatedPositionMask);
      if (scaleOutsideMask != 1.0 && !kind.zero &&
          !((kind.causalOffset || positional) && scaleOutsideMask > 0))
        return rewriter.notifyMatchFailure(root,
                                           "the scale applies to the mask");
      if (kind.zero) {
        mask = nullptr;
      } else if (kind.causalOffset) {
        mask = nullptr;
        causal = true;
        if (kind.window)
          window = rewriter.getI64IntegerAttr(*kind.window);
        if (*kind.causalOffset != cols - rows)
          offset =
              arith::ConstantIndexOp::create(rewriter, loc, *kind.causalOffset);
      } else if (positional) {
        mask = nullptr;
        causal = true;
        if (positional->window)
          window = rewriter.getI64IntegerAttr(*positional->window);
        offset = positionOffset(rewriter, loc, *positional);
      } else {
        if (!view->groups.empty())
          mask = tensor::ExpandShapeOp::create(rewriter, loc, view->type, mask,
                                               view->groups);
        if (maskExtended)
          mask = extendElements(rewriter, loc, mask, element);
      }
    }

    if (keyPermuted)
      key =
          linalg::TransposeOp::create(
              rewriter, loc, key,
              tensor::EmptyOp::create(rewriter, loc, kType.getShape(), element),
              toKey)
              .getResult()[0];
    Value q4 = asHeads(query), k4 = asHeads(key), v4 = asHeads(value);
    SmallVector<int64_t> resultShape(outType.getShape());
    if (layout == HeadLayout::Flat)
      resultShape.insert(resultShape.begin(), 1);
    auto resultType = RankedTensorType::get(resultShape, element);
    Value init =
        tensor::EmptyOp::create(rewriter, loc, resultType.getShape(), element);
    Value attention = AttentionOp::create(
        rewriter, loc, resultType, q4, k4, v4, mask, /*block_mask=*/Value(),
        offset, init, rewriter.getF64FloatAttr(scale),
        causal ? rewriter.getUnitAttr() : UnitAttr(), DenseI64ArrayAttr(),
        softcap ? rewriter.getF64FloatAttr(*softcap) : FloatAttr(), window);
    if (layout == HeadLayout::Flat)
      attention = tensor::CollapseShapeOp::create(
          rewriter, loc, outType, attention,
          SmallVector<ReassociationIndices>{{0, 1}, {2}, {3}});
    rewriter.replaceOp(root, attention);
    return success();
  }
};

/// An f32 tessel.attention over Q, K and V extended from bf16 (or f16) whose
/// result is only truncated back: the same attention in the narrow type,
/// which is how torch-mlir spells a bf16 model's SDPA. Both accumulate in
/// f32; the narrow op's kernels round the probabilities to the narrow type
/// before the P V product (as FlashAttention and cuDNN do with bf16 inputs),
/// which is the only difference (docs/Semantics.md). An additive mask must
/// be extended from the narrow type too, so that it is exact there.
struct NarrowAttentionPattern : OpRewritePattern<AttentionOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(AttentionOp op,
                                PatternRewriter &rewriter) const override {
    Value result = op->getResult(0);
    if (!cast<RankedTensorType>(result.getType()).getElementType().isF32() ||
        !result.hasOneUse())
      return failure();
    auto truncation = dyn_cast<linalg::GenericOp>(*result.user_begin());
    auto truncf = dyn_cast_or_null<arith::TruncFOp>(elementwiseOp(truncation));
    if (!truncf || truncf.getRoundingmodeAttr() ||
        truncation.getNumDpsInputs() != 1 ||
        bodyOperandInput(truncation, truncf, 0) !=
            truncation.getDpsInputOperand(0) ||
        truncation.getDpsInputs()[0] != result ||
        !truncation.getMatchingIndexingMap(truncation.getDpsInputOperand(0))
             .isIdentity())
      return rewriter.notifyMatchFailure(op, "result is not only truncated");
    Type narrow = truncf.getType();
    Value query = matchExtension(op.getQuery());
    Value key = matchExtension(op.getKey());
    Value value = matchExtension(op.getValue());
    auto elementOf = [](Value v) {
      return cast<RankedTensorType>(v.getType()).getElementType();
    };
    if (!query || !key || !value || elementOf(query) != narrow ||
        elementOf(key) != narrow || elementOf(value) != narrow)
      return rewriter.notifyMatchFailure(op, "Q, K, V are not extended");
    Value mask = op.getMask();
    if (mask && !elementOf(mask).isInteger(1)) {
      mask = matchExtension(mask);
      if (!mask || elementOf(mask) != narrow)
        return rewriter.notifyMatchFailure(op, "mask is not extended");
    }
    // repeat_kv ahead of the extension: read the unrepeated heads.
    Value keyHeads = peelRepeatedHeads(key);
    Value valueHeads = peelRepeatedHeads(value);
    if (keyHeads != key && valueHeads != value &&
        cast<RankedTensorType>(keyHeads.getType()).getDimSize(1) ==
            cast<RankedTensorType>(valueHeads.getType()).getDimSize(1)) {
      key = keyHeads;
      value = valueHeads;
    }
    auto resultType = cast<RankedTensorType>(truncation.getResult(0).getType());
    Value init = tensor::EmptyOp::create(rewriter, op.getLoc(),
                                         resultType.getShape(), narrow);
    Value attention = AttentionOp::create(
        rewriter, op.getLoc(), resultType, query, key, value, mask,
        op.getBlockMask(), op.getOffset(), init, op.getScaleAttr(),
        op.getCausalAttr(), op.getBlockSizesAttr(), op.getSoftcapAttr(),
        op.getWindowAttr());
    rewriter.replaceOp(truncation, attention);
    return success();
  }
};

} // namespace

void mlir::tessel::populateRaiseAttentionPatterns(RewritePatternSet &patterns) {
  patterns.add<RaiseAttentionPattern, NarrowAttentionPattern>(
      patterns.getContext());
}
