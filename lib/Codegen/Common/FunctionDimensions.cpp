//===- FunctionDimensions.cpp - Symbolic sizes of a function --------------===//
//
// Part of the Tessel project.
//
//===----------------------------------------------------------------------===//
//
// Sizes become nodes of one union-find: a dimension of a tensor value, or an
// index value (a tensor.dim, a tensor.empty size). Each op that touches a
// dynamically shaped tensor adds the equalities it requires or implies; an
// op whose requirements are not known refuses dynamic shapes rather than
// let a kernel read past a buffer whose size nobody checked.
//
//===----------------------------------------------------------------------===//

#include "tessel/Codegen/Common/FunctionDimensions.h"

#include "tessel/Dialect/Tessel/IR/TesselOps.h"

#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/Matchers.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/EquivalenceClasses.h"

using namespace mlir;
using namespace mlir::tessel;

namespace {

/// A size: dimension `dim` of a tensor, or an index value when `dim` is -1.
using Node = std::pair<Value, int64_t>;

bool hasDynamicShape(Type type) {
  auto tensor = dyn_cast<RankedTensorType>(type);
  return tensor && !tensor.hasStaticShape();
}

bool touchesDynamicShapes(Operation *op) {
  return llvm::any_of(op->getOperandTypes(), hasDynamicShape) ||
         llvm::any_of(op->getResultTypes(), hasDynamicShape);
}

int64_t rankOf(Value value) {
  return cast<RankedTensorType>(value.getType()).getRank();
}

class SizeClasses {
public:
  void unite(Node a, Node b) {
    classes.unionSets(a, b);
    noteStatic(a);
    noteStatic(b);
  }
  /// Every dimension of two tensors of the same rank.
  void uniteShapes(Value a, Value b) {
    for (int64_t d = 0, e = rankOf(a); d < e; ++d)
      unite({a, d}, {b, d});
  }
  void add(Node a) {
    classes.insert(a);
    noteStatic(a);
  }

  /// The leader of `node`'s class.
  Node leader(Node node) { return classes.getOrInsertLeaderValue(node); }

  /// The static size of `node`'s class, if any; failure after a diagnostic
  /// when the class holds two different sizes.
  FailureOr<std::optional<int64_t>> staticSize(Node node, Location loc) {
    std::optional<int64_t> size;
    for (const Node &member : classes.members(leader(node))) {
      auto it = staticSizes.find(member);
      if (it == staticSizes.end())
        continue;
      if (size && *size != it->second)
        return emitError(loc) << "sizes " << *size << " and " << it->second
                              << " are required to be equal";
      size = it->second;
    }
    return size;
  }

private:
  void noteStatic(Node node) {
    auto [value, dim] = node;
    if (dim >= 0) {
      int64_t size = cast<RankedTensorType>(value.getType()).getDimSize(dim);
      if (!ShapedType::isDynamic(size))
        staticSizes[node] = size;
      return;
    }
    APInt constant;
    if (matchPattern(value, m_ConstantInt(&constant)))
      staticSizes[node] = constant.getSExtValue();
  }

  llvm::EquivalenceClasses<Node> classes;
  llvm::DenseMap<Node, int64_t> staticSizes;
};

/// Collects the size equalities of a function's ops.
class Relator {
public:
  explicit Relator(SizeClasses &classes) : classes(classes) {}

  LogicalResult relate(Operation *op);

  /// Dimensions that must be static, with the op that requires it.
  SmallVector<std::pair<ValueDim, Operation *>> mustBeStatic;

private:
  LogicalResult unsupported(Operation *op) {
    return op->emitError()
           << "'" << op->getName()
           << "' on dynamically shaped tensors: the sizes it requires to be "
              "equal are not known, so the runtime could not check them; "
              "give its operands static shapes";
  }

  LogicalResult relateLinalg(linalg::LinalgOp op);
  LogicalResult relateReshape(Operation *op, Value collapsed, Value expanded,
                              ArrayRef<ReassociationIndices> groups);

  SizeClasses &classes;
};

LogicalResult Relator::relateLinalg(linalg::LinalgOp op) {
  // Dimensions indexed by the same loop are equal.
  DenseMap<unsigned, Node> loopSizes;
  for (OpOperand &operand : op->getOpOperands()) {
    auto type = dyn_cast<RankedTensorType>(operand.get().getType());
    if (!type)
      continue;
    AffineMap map = op.getMatchingIndexingMap(&operand);
    for (auto [d, expr] : llvm::enumerate(map.getResults())) {
      auto loop = dyn_cast<AffineDimExpr>(expr);
      if (!loop) {
        if (type.isDynamicDim(d)) {
          std::string text;
          llvm::raw_string_ostream os(text);
          expr.print(os);
          return op->emitError()
                 << "'" << op->getName() << "' indexes dynamic dimension " << d
                 << " of operand #" << operand.getOperandNumber() << " by "
                 << text
                 << ": only sizes indexed by a single loop can be checked";
        }
        continue;
      }
      Node node{operand.get(), static_cast<int64_t>(d)};
      auto [it, inserted] = loopSizes.try_emplace(loop.getPosition(), node);
      if (inserted)
        classes.add(node);
      else
        classes.unite(it->second, node);
    }
  }
  return success();
}

LogicalResult Relator::relateReshape(Operation *op, Value collapsed,
                                     Value expanded,
                                     ArrayRef<ReassociationIndices> groups) {
  auto collapsedType = cast<RankedTensorType>(collapsed.getType());
  auto expandedType = cast<RankedTensorType>(expanded.getType());
  for (auto [d, group] : llvm::enumerate(groups)) {
    if (group.size() == 1) {
      classes.unite({collapsed, static_cast<int64_t>(d)},
                    {expanded, group.front()});
      continue;
    }
    bool dynamic =
        collapsedType.isDynamicDim(d) || llvm::any_of(group, [&](int64_t e) {
          return expandedType.isDynamicDim(e);
        });
    if (dynamic)
      return op->emitError()
             << "'" << op->getName() << "' splits or merges dynamic dimension "
             << d << ": only dynamic sizes that stay whole can be checked";
  }
  return success();
}

LogicalResult Relator::relate(Operation *op) {
  if (auto dim = dyn_cast<tensor::DimOp>(op)) {
    if (std::optional<int64_t> index = dim.getConstantIndex())
      classes.unite({dim.getResult(), -1}, {dim.getSource(), *index});
    return success();
  }
  if (auto empty = dyn_cast<tensor::EmptyOp>(op)) {
    RankedTensorType type = empty.getType();
    for (int64_t d = 0, e = type.getRank(); d < e; ++d)
      if (type.isDynamicDim(d))
        classes.unite({empty.getResult(), d}, {empty.getDynamicSize(d), -1});
    return success();
  }
  if (auto cast = dyn_cast<tensor::CastOp>(op)) {
    // A cast to a static size is a requirement on the source's size.
    if (!isa<RankedTensorType>(cast.getSource().getType()))
      return touchesDynamicShapes(op) ? unsupported(op) : success();
    classes.uniteShapes(cast.getSource(), cast.getResult());
    return success();
  }
  if (isa<tensor::ExtractOp>(op))
    return success();
  if (auto insert = dyn_cast<tensor::InsertOp>(op)) {
    classes.uniteShapes(insert.getDest(), insert.getResult());
    return success();
  }
  if (auto slice = dyn_cast<tensor::ExtractSliceOp>(op)) {
    if (!touchesDynamicShapes(op))
      return success();
    if (slice.getSourceType().getRank() != slice.getType().getRank())
      return unsupported(op);
    // Offsets and sizes are the program's to keep in bounds, as with static
    // shapes; the result's dynamic sizes are the size operands.
    for (auto [d, size] : llvm::enumerate(slice.getMixedSizes()))
      if (auto value = dyn_cast<Value>(size))
        classes.unite({slice.getResult(), static_cast<int64_t>(d)},
                      {value, -1});
    return success();
  }
  if (auto insert = dyn_cast<tensor::InsertSliceOp>(op)) {
    classes.uniteShapes(insert.getDest(), insert.getResult());
    if (!hasDynamicShape(insert.getSourceType()))
      return success();
    if (insert.getSourceType().getRank() != insert.getType().getRank())
      return unsupported(op);
    for (auto [d, size] : llvm::enumerate(insert.getMixedSizes()))
      classes.unite({insert.getSource(), static_cast<int64_t>(d)},
                    isa<Value>(size)
                        ? Node{cast<Value>(size), -1}
                        : Node{insert.getSource(), static_cast<int64_t>(d)});
    return success();
  }
  if (auto expand = dyn_cast<tensor::ExpandShapeOp>(op))
    return relateReshape(op, expand.getSrc(), expand.getResult(),
                         expand.getReassociationIndices());
  if (auto collapse = dyn_cast<tensor::CollapseShapeOp>(op))
    return relateReshape(op, collapse.getResult(), collapse.getSrc(),
                         collapse.getReassociationIndices());
  if (auto loop = dyn_cast<scf::ForOp>(op)) {
    auto yield = cast<scf::YieldOp>(loop.getBody()->getTerminator());
    for (auto [init, arg, result, yielded] :
         llvm::zip(loop.getInitArgs(), loop.getRegionIterArgs(),
                   loop.getResults(), yield.getOperands())) {
      if (!isa<RankedTensorType>(init.getType()))
        continue;
      classes.uniteShapes(init, arg);
      classes.uniteShapes(init, result);
      classes.uniteShapes(init, yielded);
    }
    return success();
  }
  if (auto branch = dyn_cast<scf::IfOp>(op)) {
    for (Region *region : {&branch.getThenRegion(), &branch.getElseRegion()}) {
      if (region->empty())
        continue;
      Operation *yield = region->front().getTerminator();
      for (auto [result, yielded] :
           llvm::zip(branch.getResults(), yield->getOperands()))
        if (isa<RankedTensorType>(result.getType()))
          classes.uniteShapes(result, yielded);
    }
    return success();
  }
  if (isa<scf::YieldOp, func::ReturnOp>(op))
    return success();

  if (OpTrait::hasElementwiseMappableTraits(op) ||
      op->hasTrait<OpTrait::SameOperandsAndResultShape>()) {
    Value first;
    for (Value value : llvm::concat<Value>(op->getOperands(), op->getResults()))
      if (isa<RankedTensorType>(value.getType())) {
        if (first)
          classes.uniteShapes(first, value);
        first = first ? first : value;
      }
    return success();
  }

  if (auto dps = dyn_cast<DestinationStyleOpInterface>(op)) {
    for (OpResult result : op->getResults())
      if (isa<RankedTensorType>(result.getType()))
        classes.uniteShapes(dps.getTiedOpOperand(result)->get(), result);
    if (auto linalgOp = dyn_cast<linalg::LinalgOp>(op))
      return relateLinalg(linalgOp);
    if (auto related = dyn_cast<DimensionRelationsOpInterface>(op)) {
      DimensionRelations relations;
      related.getDimensionRelations(relations);
      for (ArrayRef<ValueDim> group : relations.equal)
        for (ValueDim d : group.drop_front())
          classes.unite({group.front().value, group.front().dim},
                        {d.value, d.dim});
      for (ValueDim d : relations.mustBeStatic) {
        classes.add({d.value, d.dim});
        mustBeStatic.push_back({d, op});
      }
      return success();
    }
  }
  return touchesDynamicShapes(op) ? unsupported(op) : success();
}

} // namespace

FailureOr<FunctionDimensions>
mlir::tessel::analyzeFunctionDimensions(func::FuncOp func) {
  SizeClasses classes;
  Relator relator(classes);
  WalkResult walk = func.walk([&](Operation *op) {
    return failed(relator.relate(op)) ? WalkResult::interrupt()
                                      : WalkResult::advance();
  });
  if (walk.wasInterrupted())
    return failure();

  for (auto [d, op] : relator.mustBeStatic) {
    FailureOr<std::optional<int64_t>> size =
        classes.staticSize({d.value, d.dim}, op->getLoc());
    if (failed(size))
      return failure();
    if (!*size) {
      unsigned operand = 0;
      for (OpOperand &use : op->getOpOperands())
        if (use.get() == d.value)
          operand = use.getOperandNumber();
      return op->emitError()
             << "'" << op->getName() << "' needs dimension " << d.dim
             << " of operand #" << operand
             << " to be static: its relation to the other sizes (a "
                "broadcast, a divisibility or a block count) is no equality "
                "the runtime can check";
    }
  }

  FunctionDimensions dims;
  DenseMap<Node, int64_t> symbols;
  // The size of dimension `d` of `value`, or its class's symbol; a new
  // symbol only where `fresh` (arguments), none (nullopt) otherwise. Fails
  // after a diagnostic when the class holds two sizes.
  auto sizeOf = [&](Value value, int64_t d,
                    bool fresh) -> FailureOr<std::optional<int64_t>> {
    auto type = cast<RankedTensorType>(value.getType());
    if (!type.isDynamicDim(d))
      return std::optional<int64_t>(type.getDimSize(d));
    FailureOr<std::optional<int64_t>> size =
        classes.staticSize({value, d}, func.getLoc());
    if (failed(size) || *size)
      return size;
    Node leader = classes.leader({value, d});
    auto it = symbols.find(leader);
    if (it != symbols.end())
      return std::optional<int64_t>(it->second);
    if (!fresh)
      return std::optional<int64_t>();
    int64_t symbol = -1 - static_cast<int64_t>(symbols.size());
    symbols[leader] = symbol;
    return std::optional<int64_t>(symbol);
  };

  for (BlockArgument arg : func.getArguments()) {
    SmallVector<int64_t> &shape = dims.arguments.emplace_back();
    if (!isa<RankedTensorType>(arg.getType()))
      continue;
    for (int64_t d = 0, e = rankOf(arg); d < e; ++d) {
      FailureOr<std::optional<int64_t>> size = sizeOf(arg, d, /*fresh=*/true);
      if (failed(size))
        return failure();
      shape.push_back(**size);
    }
  }
  auto returnOp =
      dyn_cast<func::ReturnOp>(func.getBody().back().getTerminator());
  if (!returnOp)
    return func.emitError("expected the function's last block to return");
  for (auto [i, value] : llvm::enumerate(returnOp.getOperands())) {
    SmallVector<int64_t> &shape = dims.results.emplace_back();
    if (!isa<RankedTensorType>(value.getType()))
      continue;
    for (int64_t d = 0, e = rankOf(value); d < e; ++d) {
      FailureOr<std::optional<int64_t>> size =
          sizeOf(value, d, /*fresh=*/false);
      if (failed(size))
        return failure();
      if (!*size)
        return returnOp.emitError()
               << "result #" << i << " has dynamic dimension " << d
               << " whose size is not a dimension of an argument; the "
                  "runtime sizes results from the arguments before the call";
      shape.push_back(**size);
    }
  }
  return dims;
}
