//===- PositionMask.cpp - Masks computed from a run-time position ---------===//
//
// Part of the Tessel project.
//
//===----------------------------------------------------------------------===//

#include "PositionMask.h"

#include "ConstantEvaluation.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/ControlFlow/IR/ControlFlowOps.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Dialect/Utils/IndexingUtils.h"
#include "mlir/Interfaces/FunctionInterfaces.h"

#include "llvm/ADT/DenseMap.h"

#include <cmath>

using namespace mlir;
using namespace mlir::tessel;

namespace {

/// Bounds of this magnitude stand for none: thresholds are clamped to it,
/// far past any position a model holds.
constexpr int64_t kUnbounded = int64_t(1) << 62;

/// Deepest chain of ops followed from the mask back to the position.
constexpr int kMaxDepth = 128;

using Wide = __int128;

int64_t clampBound(Wide v) {
  if (v < -kUnbounded)
    return -kUnbounded;
  if (v > kUnbounded)
    return kUnbounded;
  return static_cast<int64_t>(v);
}

Wide floorDiv(Wide n, Wide d) {
  Wide q = n / d;
  return (n % d != 0 && ((n < 0) != (d < 0))) ? q - 1 : q;
}

Wide ceilDiv(Wide n, Wide d) {
  Wide q = n / d;
  return (n % d != 0 && ((n < 0) == (d < 0))) ? q + 1 : q;
}

/// The positions p with lo <= p < hi.
struct Interval {
  int64_t lo = -kUnbounded, hi = kUnbounded;

  static Interval empty() { return {0, 0}; }
  bool isEmpty() const { return lo >= hi; }
  bool isAll() const { return lo <= -kUnbounded && hi >= kUnbounded; }
  bool operator==(const Interval &other) const {
    return (isEmpty() && other.isEmpty()) || (lo == other.lo && hi == other.hi);
  }
  /// The positions outside, when they form an interval.
  std::optional<Interval> complement() const {
    if (isEmpty())
      return Interval{};
    if (isAll())
      return empty();
    if (lo <= -kUnbounded)
      return Interval{hi, kUnbounded};
    if (hi >= kUnbounded)
      return Interval{-kUnbounded, lo};
    return std::nullopt;
  }
};

/// The positions where a * p + b < 0, for a != 0.
Interval negativeWhere(Wide a, Wide b) {
  // a > 0: p < -b / a, so p < ceil(-b / a); a < 0: p > -b / a, so
  // p >= floor(-b / a) + 1.
  if (a > 0)
    return {-kUnbounded, clampBound(ceilDiv(-b, a))};
  return {clampBound(floorDiv(-b, a) + 1), kUnbounded};
}

/// One element's value as a function of the position p: the integer
/// `slope * p + intercept` when `slope` is not 0; else `inside` for p in
/// `where` and `outside` elsewhere (a constant when `where` is all).
struct Symbolic {
  int64_t slope = 0, intercept = 0;
  Interval where;
  double inside = 0, outside = 0;

  static Symbolic constant(double v) {
    Symbolic s;
    s.inside = s.outside = v;
    return s;
  }
  static Symbolic linear(int64_t slope, int64_t intercept) {
    if (slope == 0)
      return constant(static_cast<double>(intercept));
    Symbolic s;
    s.slope = slope;
    s.intercept = intercept;
    return s;
  }
  static Symbolic twoValued(Interval where, double inside, double outside) {
    if (where.isEmpty())
      return constant(outside);
    if (where.isAll() || inside == outside)
      return constant(inside);
    Symbolic s;
    s.where = where;
    s.inside = inside;
    s.outside = outside;
    return s;
  }

  bool isLinear() const { return slope != 0; }
  bool isConstant() const { return !isLinear() && where.isAll(); }

  /// An integer constant's value.
  std::optional<int64_t> integer() const {
    if (!isConstant() || inside != std::floor(inside) ||
        std::fabs(inside) >= 0x1p62)
      return std::nullopt;
    return static_cast<int64_t>(inside);
  }

  /// As an integer `slope * p + intercept`, when it is one.
  std::optional<std::pair<int64_t, int64_t>> affine() const {
    if (isLinear())
      return std::make_pair(slope, intercept);
    if (std::optional<int64_t> c = integer())
      return std::make_pair(int64_t(0), *c);
    return std::nullopt;
  }

  /// The positions where a boolean is true, when they form an interval.
  std::optional<Interval> trueWhere() const {
    if (isLinear())
      return std::nullopt;
    if (isConstant())
      return inside != 0 ? Interval{} : Interval::empty();
    if (inside != 0 && outside == 0)
      return where;
    if (inside == 0 && outside != 0)
      return where.complement();
    return std::nullopt;
  }
};

/// `lhs pred rhs` for integers affine in the position (assumed not to
/// overflow).
std::optional<Symbolic> compare(arith::CmpIPredicate predicate,
                                std::pair<int64_t, int64_t> lhs,
                                std::pair<int64_t, int64_t> rhs) {
  Wide a = Wide(lhs.first) - rhs.first, b = Wide(lhs.second) - rhs.second;
  if (a == 0)
    return std::nullopt; // Both constant: not reached (evaluated as such).
  std::optional<Interval> where;
  switch (predicate) {
  case arith::CmpIPredicate::slt:
    where = negativeWhere(a, b);
    break;
  case arith::CmpIPredicate::sle: // a p + b - 1 < 0
    where = negativeWhere(a, b - 1);
    break;
  case arith::CmpIPredicate::sgt: // -(a p + b) < 0
    where = negativeWhere(-a, -b);
    break;
  case arith::CmpIPredicate::sge: // -(a p + b) - 1 < 0
    where = negativeWhere(-a, -b - 1);
    break;
  case arith::CmpIPredicate::eq:
    where = (-b) % a == 0 ? Interval{clampBound(-b / a), clampBound(-b / a + 1)}
                          : Interval::empty();
    break;
  default:
    return std::nullopt; // `ne` is no interval; unsigned: not modelled.
  }
  return Symbolic::twoValued(*where, 1, 0);
}

/// What `op` computes from operands with one of them affine in the position.
std::optional<Symbolic> applyAffine(Operation *op, ArrayRef<Symbolic> in) {
  if (isa<arith::IndexCastOp, arith::ExtSIOp>(op))
    return in[0];
  SmallVector<std::pair<int64_t, int64_t>> affine;
  for (const Symbolic &s : in) {
    std::optional<std::pair<int64_t, int64_t>> a = s.affine();
    if (!a)
      return std::nullopt;
    affine.push_back(*a);
  }
  if (auto cmp = dyn_cast<arith::CmpIOp>(op))
    return compare(cmp.getPredicate(), affine[0], affine[1]);
  int64_t slope, intercept;
  auto [a0, b0] = affine[0];
  if (isa<arith::AddIOp>(op)) {
    if (llvm::AddOverflow(a0, affine[1].first, slope) ||
        llvm::AddOverflow(b0, affine[1].second, intercept))
      return std::nullopt;
    return Symbolic::linear(slope, intercept);
  }
  if (isa<arith::SubIOp>(op)) {
    if (llvm::SubOverflow(a0, affine[1].first, slope) ||
        llvm::SubOverflow(b0, affine[1].second, intercept))
      return std::nullopt;
    return Symbolic::linear(slope, intercept);
  }
  if (isa<arith::MulIOp>(op)) {
    auto [a1, b1] = affine[1];
    if (a0 != 0 && a1 != 0)
      return std::nullopt; // p^2
    int64_t factor = a0 != 0 ? b1 : b0;
    auto [a, b] = a0 != 0 ? affine[0] : affine[1];
    if (llvm::MulOverflow(a, factor, slope) ||
        llvm::MulOverflow(b, factor, intercept))
      return std::nullopt;
    return Symbolic::linear(slope, intercept);
  }
  return std::nullopt;
}

/// andi/ori/xori of booleans that change at different positions.
std::optional<Symbolic> combineBooleans(Operation *op, ArrayRef<Symbolic> in) {
  if (in.size() != 2 || !op->getResult(0).getType().isInteger(1))
    return std::nullopt;
  std::optional<Interval> x = in[0].trueWhere(), y = in[1].trueWhere();
  if (!x || !y)
    return std::nullopt;
  if (isa<arith::AndIOp>(op))
    return Symbolic::twoValued({std::max(x->lo, y->lo), std::min(x->hi, y->hi)},
                               1, 0);
  if (isa<arith::OrIOp>(op)) {
    if (x->isEmpty())
      return Symbolic::twoValued(*y, 1, 0);
    if (y->isEmpty())
      return Symbolic::twoValued(*x, 1, 0);
    // A union with a gap is no interval.
    if (std::max(x->lo, y->lo) > std::min(x->hi, y->hi))
      return std::nullopt;
    return Symbolic::twoValued({std::min(x->lo, y->lo), std::max(x->hi, y->hi)},
                               1, 0);
  }
  return std::nullopt;
}

/// What scalar op `op` computes from its operands' symbolic values.
std::optional<Symbolic> apply(Operation *op, ArrayRef<Symbolic> in) {
  if (op->getNumResults() != 1 || in.size() != op->getNumOperands())
    return std::nullopt;
  if (llvm::any_of(in, [](const Symbolic &s) { return s.isLinear(); }))
    return applyAffine(op, in);
  // Operands that change at most at one interval: evaluate the op inside
  // and outside it.
  std::optional<Interval> where;
  for (const Symbolic &s : in) {
    if (s.isConstant())
      continue;
    if (where && !(s.where == *where))
      return combineBooleans(op, in);
    where = s.where;
  }
  SmallVector<double> inside, outside;
  for (const Symbolic &s : in) {
    inside.push_back(s.inside);
    outside.push_back(s.outside);
  }
  std::optional<double> a = evaluateScalarOp(op, inside);
  std::optional<double> b = evaluateScalarOp(op, outside);
  if (!a || !b)
    return std::nullopt;
  return Symbolic::twoValued(where.value_or(Interval{}), *a, *b);
}

/// Evaluates elements of tensors (and scalars) with the position symbolic.
class PositionEvaluator {
public:
  explicit PositionEvaluator(int64_t maxElements) : maxElements(maxElements) {}

  /// The element of `tensor` at `index`.
  std::optional<Symbolic> element(Value tensor, ArrayRef<int64_t> index,
                                  int depth);

  /// The function argument that holds the position, once one is reached.
  Value position;

private:
  /// A scalar defined outside any linalg body.
  std::optional<Symbolic> scalar(Value value, int depth);
  /// The position, when `arg` is an integer argument of a function (a
  /// scalar or a tensor of one element) and the only one reached.
  std::optional<Symbolic> positionArgument(BlockArgument arg);
  std::optional<Symbolic> genericElement(linalg::GenericOp generic,
                                         unsigned resultNumber,
                                         ArrayRef<int64_t> index, int depth);
  /// The elements of `tensor` when it is computed from constants only.
  const std::optional<ConstantTensor> &constantOf(Value tensor);

  int64_t maxElements;
  llvm::DenseMap<Value, std::optional<ConstantTensor>> constants;
};

const std::optional<ConstantTensor> &
PositionEvaluator::constantOf(Value tensor) {
  auto it = constants.find(tensor);
  if (it != constants.end())
    return it->second;
  // Evaluated before it is stored: evaluation may not touch the map, but
  // keep the order that makes that irrelevant.
  std::optional<ConstantTensor> value = evaluateConstant(tensor, maxElements);
  return constants.try_emplace(tensor, std::move(value)).first->second;
}

std::optional<Symbolic> PositionEvaluator::positionArgument(BlockArgument arg) {
  Operation *parent = arg.getOwner()->getParentOp();
  if (!isa_and_nonnull<FunctionOpInterface>(parent) ||
      !arg.getOwner()->isEntryBlock())
    return std::nullopt;
  Type type = arg.getType();
  if (auto tensor = dyn_cast<RankedTensorType>(type)) {
    if (!tensor.hasStaticShape() || tensor.getNumElements() != 1)
      return std::nullopt;
    type = tensor.getElementType();
  }
  if (!type.isIndex() &&
      !(isa<IntegerType>(type) && type.getIntOrFloatBitWidth() > 1))
    return std::nullopt;
  if (position && position != arg)
    return std::nullopt; // Two run-time values: not modelled.
  position = arg;
  return Symbolic::linear(1, 0);
}

std::optional<Symbolic> PositionEvaluator::scalar(Value value, int depth) {
  if (depth > kMaxDepth)
    return std::nullopt;
  if (auto arg = dyn_cast<BlockArgument>(value))
    return positionArgument(arg);
  if (std::optional<double> c = scalarConstant(value))
    return Symbolic::constant(*c);
  Operation *def = value.getDefiningOp();
  if (auto extract = dyn_cast<tensor::ExtractOp>(def)) {
    SmallVector<int64_t> index;
    for (Value i : extract.getIndices()) {
      std::optional<Symbolic> s = scalar(i, depth + 1);
      std::optional<int64_t> at = s ? s->integer() : std::nullopt;
      if (!at)
        return std::nullopt;
      index.push_back(*at);
    }
    return element(extract.getTensor(), index, depth + 1);
  }
  if (!def || def->getNumRegions() != 0)
    return std::nullopt;
  SmallVector<Symbolic> in;
  for (Value operand : def->getOperands()) {
    std::optional<Symbolic> s = scalar(operand, depth + 1);
    if (!s)
      return std::nullopt;
    in.push_back(*s);
  }
  return apply(def, in);
}

std::optional<Symbolic>
PositionEvaluator::element(Value tensor, ArrayRef<int64_t> index, int depth) {
  auto type = dyn_cast<RankedTensorType>(tensor.getType());
  if (depth > kMaxDepth || !type || !type.hasStaticShape() ||
      static_cast<int64_t>(index.size()) != type.getRank())
    return std::nullopt;
  for (auto [i, size] : llvm::zip(index, type.getShape()))
    if (i < 0 || i >= size)
      return std::nullopt;
  if (auto arg = dyn_cast<BlockArgument>(tensor))
    return positionArgument(arg);
  if (const std::optional<ConstantTensor> &values = constantOf(tensor))
    return Symbolic::constant(
        values->values[linearize(index, computeStrides(type.getShape()))]);

  Operation *def = tensor.getDefiningOp();
  auto sourceElement = [&](Value source, ArrayRef<int64_t> at) {
    return element(source, at, depth + 1);
  };
  if (isa<tensor::ExpandShapeOp, tensor::CollapseShapeOp>(def)) {
    Value source = def->getOperand(0);
    int64_t linear = linearize(index, computeStrides(type.getShape()));
    auto sourceType = cast<RankedTensorType>(source.getType());
    return sourceElement(
        source, delinearize(linear, computeStrides(sourceType.getShape())));
  }
  if (auto slice = dyn_cast<tensor::ExtractSliceOp>(def)) {
    if (!slice.hasUnitStride() ||
        ShapedType::isDynamicShape(slice.getStaticOffsets()) ||
        slice.getSourceType().getRank() != type.getRank())
      return std::nullopt;
    SmallVector<int64_t> at(index);
    for (auto [i, offset] : llvm::zip(at, slice.getStaticOffsets()))
      i += offset;
    return sourceElement(slice.getSource(), at);
  }
  if (auto transpose = dyn_cast<linalg::TransposeOp>(def)) {
    // out[i] = in[j] with j[perm[d]] = i[d].
    SmallVector<int64_t> at(index.size());
    for (auto [d, p] : llvm::enumerate(transpose.getPermutation()))
      at[p] = index[d];
    return sourceElement(transpose.getInput(), at);
  }
  if (auto broadcast = dyn_cast<linalg::BroadcastOp>(def)) {
    SmallVector<int64_t> at;
    ArrayRef<int64_t> added = broadcast.getDimensions();
    for (auto [d, i] : llvm::enumerate(index))
      if (!llvm::is_contained(added, static_cast<int64_t>(d)))
        at.push_back(i);
    return sourceElement(broadcast.getInput(), at);
  }
  if (auto fill = dyn_cast<linalg::FillOp>(def))
    return scalar(fill.getInputs()[0], depth + 1);
  if (auto fromElements = dyn_cast<tensor::FromElementsOp>(def))
    return scalar(
        fromElements
            .getElements()[linearize(index, computeStrides(type.getShape()))],
        depth + 1);
  if (auto generic = dyn_cast<linalg::GenericOp>(def))
    return genericElement(generic, cast<OpResult>(tensor).getResultNumber(),
                          index, depth);
  return std::nullopt;
}

std::optional<Symbolic>
PositionEvaluator::genericElement(linalg::GenericOp generic,
                                  unsigned resultNumber,
                                  ArrayRef<int64_t> index, int depth) {
  if (generic.getNumReductionLoops() != 0 ||
      !generic.getMatchingIndexingMap(generic.getDpsInitOperand(resultNumber))
           .isIdentity())
    return std::nullopt;
  Block &body = generic.getRegion().front();
  llvm::DenseMap<Value, Symbolic> env;
  for (OpOperand &operand : generic->getOpOperands()) {
    if (!generic.payloadUsesValueFromOperand(&operand))
      continue;
    AffineMap map = generic.getMatchingIndexingMap(&operand);
    if (map.getNumSymbols() != 0)
      return std::nullopt;
    std::optional<Symbolic> s =
        element(operand.get(), map.compose(index), depth + 1);
    if (!s)
      return std::nullopt;
    env[body.getArgument(operand.getOperandNumber())] = *s;
  }
  auto valueOf = [&](Value v) -> std::optional<Symbolic> {
    auto it = env.find(v);
    if (it != env.end())
      return it->second;
    return scalar(v, depth + 1);
  };
  for (Operation &op : body.without_terminator()) {
    if (auto idx = dyn_cast<linalg::IndexOp>(op)) {
      env[idx.getResult()] =
          Symbolic::constant(static_cast<double>(index[idx.getDim()]));
      continue;
    }
    if (auto extract = dyn_cast<tensor::ExtractOp>(op)) {
      SmallVector<int64_t> at;
      for (Value i : extract.getIndices()) {
        std::optional<Symbolic> s = valueOf(i);
        std::optional<int64_t> c = s ? s->integer() : std::nullopt;
        if (!c)
          return std::nullopt;
        at.push_back(*c);
      }
      std::optional<Symbolic> s = element(extract.getTensor(), at, depth + 1);
      if (!s)
        return std::nullopt;
      env[extract.getResult()] = *s;
      continue;
    }
    // A bounds check must hold at every position.
    if (auto assertion = dyn_cast<cf::AssertOp>(op)) {
      std::optional<Symbolic> s = valueOf(assertion.getArg());
      if (!s || !s->isConstant() || s->inside == 0)
        return std::nullopt;
      continue;
    }
    if (isa<arith::ConstantOp>(op)) {
      std::optional<double> c = scalarConstant(op.getResult(0));
      if (!c)
        return std::nullopt;
      env[op.getResult(0)] = Symbolic::constant(*c);
      continue;
    }
    SmallVector<Symbolic> in;
    for (Value operand : op.getOperands()) {
      std::optional<Symbolic> s = valueOf(operand);
      if (!s)
        return std::nullopt;
      in.push_back(*s);
    }
    std::optional<Symbolic> result = apply(&op, in);
    if (!result)
      return std::nullopt;
    env[op.getResult(0)] = *result;
  }
  return valueOf(body.getTerminator()->getOperand(resultNumber));
}

} // namespace

std::optional<PositionMask>
mlir::tessel::analyzePositionMask(Value mask, int64_t rows, int64_t cols,
                                  llvm::function_ref<bool(double)> masksOut,
                                  int64_t maxElements) {
  auto type = dyn_cast<RankedTensorType>(mask.getType());
  if (!type || !type.hasStaticShape() || rows <= 0 || cols <= 0 ||
      type.getNumElements() == 0 || type.getNumElements() > maxElements ||
      type.getNumElements() % (rows * cols) != 0)
    return std::nullopt;
  bool boolean = type.getElementType().isInteger(1);
  // The positions at which an element keeps its score.
  auto keptWhere = [&](const Symbolic &s) -> std::optional<Interval> {
    if (boolean)
      return s.trueWhere();
    if (s.isLinear())
      return std::nullopt;
    auto keeps = [](double v) { return v == 0.0; };
    if (s.isConstant()) {
      if (keeps(s.inside))
        return Interval{};
      return masksOut(s.inside) ? std::optional(Interval::empty())
                                : std::nullopt;
    }
    if (keeps(s.inside) && masksOut(s.outside))
      return s.where;
    if (masksOut(s.inside) && keeps(s.outside))
      return s.where.complement();
    return std::nullopt;
  };

  PositionEvaluator evaluator(maxElements);
  SmallVector<int64_t> strides = computeStrides(type.getShape());
  int64_t shift = 0;
  std::optional<int64_t> window;
  for (int64_t linear = 0; linear < type.getNumElements(); ++linear) {
    std::optional<Symbolic> s =
        evaluator.element(mask, delinearize(linear, strides), /*depth=*/0);
    std::optional<Interval> kept = s ? keptWhere(*s) : std::nullopt;
    if (!kept)
      return std::nullopt;
    int64_t i = (linear / cols) % rows, j = linear % cols;
    // Query 0 keeps key 0 from position -shift on (j <= i + p + shift),
    // and until position window - shift (j > i + p + shift - window).
    if (linear == 0) {
      if (kept->isEmpty() || kept->lo <= -kUnbounded)
        return std::nullopt;
      shift = -kept->lo;
      if (kept->hi < kUnbounded)
        window = kept->hi - kept->lo;
    }
    Interval expected{j - i - shift,
                      window ? j - i - shift + *window : kUnbounded};
    if (!(*kept == expected))
      return std::nullopt;
  }
  if (!evaluator.position)
    return std::nullopt;
  return PositionMask{evaluator.position, shift, window};
}
