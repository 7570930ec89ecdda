//===- Epilogue.cpp - Elementwise consumers fused into a kernel's stores --===//

#include "Epilogue.h"

#include "KernelUtils.h"

#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/IR/IRMapping.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"

using namespace mlir;
using namespace mlir::tessel;
using namespace mlir::tessel::gpukernel;

namespace {

/// The input of `op` that `value` is, if `op` can compute its result
/// element by element from `value`'s element at the same point.
std::optional<unsigned> chainInputOf(linalg::LinalgOp op, Value value) {
  auto shape = cast<RankedTensorType>(value.getType()).getShape();
  OpOperand &use = *value.getUses().begin();
  if (op.getNumDpsInits() != 1 || op->getNumResults() != 1 ||
      !op.hasPureTensorSemantics() || !op.isDpsInput(&use) ||
      op.getNumParallelLoops() != op.getNumLoops())
    return std::nullopt;
  auto outType = dyn_cast<RankedTensorType>(op->getResult(0).getType());
  if (!outType || outType.getShape() != shape ||
      !outType.getElementType().isIntOrFloat())
    return std::nullopt;
  OpOperand *init = op.getDpsInitOperand(0);
  if (!op.getMatchingIndexingMap(&use).isIdentity() ||
      !op.getMatchingIndexingMap(init).isIdentity() ||
      op.payloadUsesValueFromOperand(init))
    return std::nullopt;
  for (OpOperand *input : op.getDpsInputOperands())
    if (!isa<RankedTensorType>(input->get().getType()) ||
        !op.getMatchingIndexingMap(input).isProjectedPermutation())
      return std::nullopt;
  for (Operation &bodyOp : op.getBlock()->without_terminator())
    if (bodyOp.getNumRegions() != 0 || !isMemoryEffectFree(&bodyOp))
      return std::nullopt;
  return use.getOperandNumber();
}

} // namespace

std::optional<ElementwiseEpilogue> ElementwiseEpilogue::match(Value result) {
  ElementwiseEpilogue epilogue;
  Value value = result;
  while (value.hasOneUse()) {
    auto op = dyn_cast<linalg::LinalgOp>(*value.getUsers().begin());
    if (!op)
      break;
    std::optional<unsigned> input = chainInputOf(op, value);
    if (!input)
      break;
    epilogue.stages.push_back({op, *input, {}});
    value = op->getResult(0);
  }
  if (epilogue.stages.empty())
    return std::nullopt;
  return epilogue;
}

Type ElementwiseEpilogue::getElementType() const {
  return cast<RankedTensorType>(getLastOp()->getResult(0).getType())
      .getElementType();
}

void ElementwiseEpilogue::createBuffers(OpBuilder &b, Location loc) {
  for (Stage &stage : stages) {
    stage.buffers.clear();
    for (OpOperand *input : stage.op.getDpsInputOperands())
      stage.buffers.push_back(input->getOperandNumber() == stage.chainInput
                                  ? Value()
                                  : readOnlyBuffer(b, loc, input->get()));
  }
}

Value ElementwiseEpilogue::emit(OpBuilder &b, Location loc, Value value,
                                ValueRange indices) const {
  for (const Stage &stage : stages) {
    linalg::LinalgOp op = stage.op; // op handles have no const accessors
    Block *body = op.getBlock();
    IRMapping mapping;
    for (OpOperand *input : op.getDpsInputOperands()) {
      unsigned i = input->getOperandNumber();
      Value element = value;
      if (i != stage.chainInput) {
        SmallVector<Value> at;
        for (AffineExpr e : op.getMatchingIndexingMap(input).getResults())
          at.push_back(indices[cast<AffineDimExpr>(e).getPosition()]);
        element = memref::LoadOp::create(b, loc, stage.buffers[i], at);
      }
      mapping.map(body->getArgument(i), element);
    }
    for (Operation &bodyOp : body->without_terminator()) {
      if (auto index = dyn_cast<linalg::IndexOp>(bodyOp)) {
        mapping.map(index.getResult(), indices[index.getDim()]);
        continue;
      }
      b.clone(bodyOp, mapping);
    }
    value = mapping.lookupOrDefault(body->getTerminator()->getOperand(0));
  }
  return value;
}

void ElementwiseEpilogue::eraseIntermediateOps(RewriterBase &rewriter) const {
  for (const Stage &stage : llvm::reverse(ArrayRef(stages).drop_back()))
    rewriter.eraseOp(stage.op);
}
