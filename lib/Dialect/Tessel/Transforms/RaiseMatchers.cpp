//===- RaiseMatchers.cpp - Recognising frontend spellings in linalg -------===//
//
// Part of the Tessel project.
//
//===----------------------------------------------------------------------===//

#include "RaiseMatchers.h"
#include "ConstantEvaluation.h"

#include "mlir/Dialect/Arith/IR/Arith.h"

using namespace mlir;
using namespace mlir::tessel;

/// True for `arith.extf` of a block argument of `body`.
static bool isExtendedArgument(Operation &op, Block &body) {
  auto extf = dyn_cast<arith::ExtFOp>(op);
  auto arg = extf ? dyn_cast<BlockArgument>(extf.getIn()) : BlockArgument();
  return arg && arg.getOwner() == &body;
}

Operation *raise::elementwiseOp(linalg::GenericOp generic, bool extensions) {
  if (!generic || generic.getNumReductionLoops() != 0 ||
      generic.getNumResults() != 1 ||
      !generic.getMatchingIndexingMap(generic.getDpsInitOperand(0))
           .isIdentity())
    return nullptr;
  Block &body = generic.getRegion().front();
  Value yielded = body.getTerminator()->getOperand(0);
  Operation *op = yielded.getDefiningOp();
  if (!op || op->getBlock() != &body)
    return nullptr;
  // Everything else in the body may only feed that op as a scalar constant
  // (e.g. `arith.truncf %cst : f64 to f32`).
  for (Operation &other : body.without_terminator())
    if (&other != op && !scalarConstant(other.getResult(0)) &&
        !(extensions && isExtendedArgument(other, body)))
      return nullptr;
  return op;
}

OpOperand *raise::bodyOperandInput(linalg::GenericOp generic, Operation *bodyOp,
                                   unsigned index, bool *extended) {
  Value read = bodyOp->getOperand(index);
  if (extended) {
    auto extf = read.getDefiningOp<arith::ExtFOp>();
    *extended = extf && extf->getBlock() == &generic.getRegion().front();
    if (*extended)
      read = extf.getIn();
  }
  auto arg = dyn_cast<BlockArgument>(read);
  if (!arg || arg.getOwner() != &generic.getRegion().front())
    return nullptr;
  OpOperand &operand = generic->getOpOperand(arg.getArgNumber());
  if (!generic.isDpsInput(&operand))
    return nullptr;
  return &operand;
}

/// `x * c` where c is a broadcast splat tensor operand (TOSA's spelling).
static std::optional<raise::ScaledValue>
matchSplatScale(linalg::GenericOp generic, Operation *op) {
  for (unsigned i = 0; i < 2; ++i) {
    OpOperand *x = raise::bodyOperandInput(generic, op, i);
    OpOperand *c = raise::bodyOperandInput(generic, op, 1 - i);
    if (!x || !c || !generic.getMatchingIndexingMap(x).isIdentity())
      continue;
    if (std::optional<double> factor = scalarConstant(c->get()))
      return raise::ScaledValue{x->get(), *factor};
  }
  return std::nullopt;
}

std::optional<raise::ScaledValue> raise::matchScale(Value value) {
  auto generic = value.getDefiningOp<linalg::GenericOp>();
  Operation *op = elementwiseOp(generic);
  if (!isa_and_nonnull<arith::MulFOp>(op))
    return std::nullopt;
  if (generic.getNumDpsInputs() == 2 &&
      generic.getMatchingIndexingMap(generic.getDpsInitOperand(0)).isIdentity())
    return matchSplatScale(generic, op);
  if (generic.getNumDpsInputs() != 1)
    return std::nullopt;
  OpOperand *input = &generic->getOpOperand(0);
  if (!generic.getMatchingIndexingMap(input).isIdentity() ||
      !generic.getMatchingIndexingMap(generic.getDpsInitOperand(0))
           .isIdentity())
    return std::nullopt;
  for (unsigned i = 0; i < 2; ++i) {
    if (bodyOperandInput(generic, op, i) != input)
      continue;
    std::optional<double> factor = scalarConstant(op->getOperand(1 - i));
    if (factor)
      return ScaledValue{input->get(), *factor};
  }
  return std::nullopt;
}

/// X when `value` is `CastOp` of every element of X by an identity-mapped
/// generic; null otherwise.
template <typename CastOp> static Value matchElementwiseCast(Value value) {
  auto generic = value.getDefiningOp<linalg::GenericOp>();
  auto cast = dyn_cast_or_null<CastOp>(raise::elementwiseOp(generic));
  OpOperand *input = cast ? raise::bodyOperandInput(generic, cast, 0) : nullptr;
  if (!input || generic.getNumDpsInputs() != 1 ||
      !generic.getMatchingIndexingMap(input).isIdentity())
    return nullptr;
  return input->get();
}

Value raise::matchExtension(Value value) {
  return matchElementwiseCast<arith::ExtFOp>(value);
}

Value raise::matchTruncation(Value value) {
  return matchElementwiseCast<arith::TruncFOp>(value);
}

Value raise::stripExpand(Value value) {
  if (auto expand = value.getDefiningOp<tensor::ExpandShapeOp>())
    return expand.getSrc();
  return value;
}

Value raise::mergedLeadingDims(Value value) {
  auto collapse = value.getDefiningOp<tensor::CollapseShapeOp>();
  if (!collapse)
    return nullptr;
  SmallVector<ReassociationIndices> groups = collapse.getReassociationIndices();
  if (groups.empty() || groups[0] != ReassociationIndices{0, 1})
    return nullptr;
  for (size_t i = 1; i < groups.size(); ++i)
    if (groups[i].size() != 1)
      return nullptr;
  return collapse.getSrc();
}

bool raise::isZeroFill(Value value) {
  auto fill = value.getDefiningOp<linalg::FillOp>();
  if (!fill)
    return false;
  std::optional<double> scalar = scalarConstant(fill.getInputs()[0]);
  return scalar && *scalar == 0.0;
}

bool raise::isRowBroadcast(AffineMap map) {
  // (d0, ..., dn-2) or (d0, ..., dn-2, 0): every dimension but the last, in
  // order.
  unsigned n = map.getNumDims();
  unsigned results = map.getNumResults();
  if (n == 0 || (results != n - 1 && results != n))
    return false;
  for (unsigned i = 0; i + 1 < n; ++i)
    if (map.getResult(i) != getAffineDimExpr(i, map.getContext()))
      return false;
  if (results == n) {
    auto c = dyn_cast<AffineConstantExpr>(map.getResult(n - 1));
    return c && c.getValue() == 0;
  }
  return true;
}
