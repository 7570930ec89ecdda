//===- Epilogue.cpp - Elementwise consumers fused into a kernel's stores --===//

#include "Epilogue.h"

#include "KernelUtils.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/Dialect/LLVMIR/NVVMDialect.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"
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
    // The kernel moves to the chain's last op: it must stay in the block
    // (not enter a loop).
    auto op = dyn_cast<linalg::LinalgOp>(*value.getUsers().begin());
    if (!op || op->getBlock() != result.getParentBlock())
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
  return emit(b, loc, ArrayRef<Value>{value}, indices, 0).front();
}

SmallVector<Value> ElementwiseEpilogue::emit(OpBuilder &b, Location loc,
                                             ArrayRef<Value> values,
                                             ValueRange indices,
                                             unsigned dim) const {
  int64_t count = values.size();
  // The iteration point of element e.
  auto pointOf = [&](int64_t e) {
    SmallVector<Value> point(indices.begin(), indices.end());
    if (e)
      point[dim] = arith::AddIOp::create(
          b, loc, point[dim], arith::ConstantIndexOp::create(b, loc, e));
    return point;
  };
  SmallVector<SmallVector<Value>> points;
  for (int64_t e = 0; e < count; ++e)
    points.push_back(pointOf(e));
  SmallVector<Value> current(values.begin(), values.end());
  for (const Stage &stage : stages) {
    linalg::LinalgOp op = stage.op; // op handles have no const accessors
    Block *body = op.getBlock();
    SmallVector<IRMapping> mappings(count);
    for (OpOperand *input : op.getDpsInputOperands()) {
      unsigned i = input->getOperandNumber();
      if (i == stage.chainInput) {
        for (int64_t e = 0; e < count; ++e)
          mappings[e].map(body->getArgument(i), current[e]);
        continue;
      }
      AffineMap map = op.getMatchingIndexingMap(input);
      auto at = [&](ArrayRef<Value> point) {
        SmallVector<Value> result;
        for (AffineExpr expr : map.getResults())
          result.push_back(point[cast<AffineDimExpr>(expr).getPosition()]);
        return result;
      };
      Value buffer = stage.buffers[i];
      SmallVector<Value> elements;
      Type type = cast<MemRefType>(buffer.getType()).getElementType();
      // Vectors of sub-byte elements are packed; memrefs of them are not.
      if (count > 1 && type.getIntOrFloatBitWidth() % 8 == 0 &&
          map.getNumResults() > 0 &&
          map.getResults().back() == b.getAffineDimExpr(dim)) {
        Value vector = vector::LoadOp::create(
            b, loc, VectorType::get({count}, type), buffer, at(points[0]),
            /*nontemporal=*/false,
            llvm::MaybeAlign(count * type.getIntOrFloatBitWidth() / 8));
        for (int64_t e = 0; e < count; ++e)
          elements.push_back(vector::ExtractOp::create(b, loc, vector, e));
      } else if (!map.isFunctionOfDim(dim)) {
        elements.assign(count,
                        memref::LoadOp::create(b, loc, buffer, at(points[0])));
      } else {
        for (int64_t e = 0; e < count; ++e)
          elements.push_back(
              memref::LoadOp::create(b, loc, buffer, at(points[e])));
      }
      for (int64_t e = 0; e < count; ++e)
        mappings[e].map(body->getArgument(i), elements[e]);
    }
    for (int64_t e = 0; e < count; ++e) {
      for (Operation &bodyOp : body->without_terminator()) {
        if (auto index = dyn_cast<linalg::IndexOp>(bodyOp)) {
          mappings[e].map(index.getResult(), points[e][index.getDim()]);
          continue;
        }
        b.clone(bodyOp, mappings[e]);
      }
      current[e] =
          mappings[e].lookupOrDefault(body->getTerminator()->getOperand(0));
    }
  }
  return current;
}

void ElementwiseEpilogue::prefetchToL2(OpBuilder &b, Location loc,
                                       ValueRange indices) const {
  for (const Stage &stage : stages) {
    linalg::LinalgOp op = stage.op; // op handles have no const accessors
    for (OpOperand *input : op.getDpsInputOperands()) {
      unsigned i = input->getOperandNumber();
      if (i == stage.chainInput)
        continue;
      Value buffer = stage.buffers[i];
      auto type = cast<MemRefType>(buffer.getType());
      int64_t bytes = type.getElementTypeBitWidth() / 8;
      if (!type.hasStaticShape() || type.getElementTypeBitWidth() % 8 != 0)
        continue;
      // The element's offset in the (identity-layout) buffer, in bytes.
      Value offset = arith::ConstantIndexOp::create(b, loc, 0);
      AffineMap map = op.getMatchingIndexingMap(input);
      for (auto [d, expr] : llvm::enumerate(map.getResults())) {
        Value extent =
            arith::ConstantIndexOp::create(b, loc, type.getDimSize(d));
        offset = arith::AddIOp::create(
            b, loc, arith::MulIOp::create(b, loc, offset, extent),
            indices[cast<AffineDimExpr>(expr).getPosition()]);
      }
      offset = arith::MulIOp::create(
          b, loc, offset, arith::ConstantIndexOp::create(b, loc, bytes));
      Value base =
          memref::ExtractAlignedPointerAsIndexOp::create(b, loc, buffer);
      Value address = arith::IndexCastOp::create(
          b, loc, b.getI64Type(), arith::AddIOp::create(b, loc, base, offset));
      Value pointer = LLVM::IntToPtrOp::create(
          b, loc, LLVM::LLVMPointerType::get(b.getContext()), address);
      NVVM::PrefetchOp::create(
          b, loc,
          NVVM::PrefetchCacheLevelAttr::get(b.getContext(),
                                            NVVM::PrefetchCacheLevel::L2),
          /*evictPriority=*/nullptr, pointer, /*predicate=*/Value(),
          /*tensormap=*/false);
    }
  }
}

void gpukernel::replaceWithKernelResult(
    RewriterBase &rewriter, Operation *op,
    const std::optional<ElementwiseEpilogue> &epilogue, Value result) {
  if (!epilogue) {
    rewriter.replaceOp(op, result);
    return;
  }
  // Last to first: each op erased leaves the one before without users.
  rewriter.replaceOp(epilogue->getLastOp(), result);
  for (const ElementwiseEpilogue::Stage &stage :
       llvm::reverse(ArrayRef(epilogue->stages).drop_back()))
    rewriter.eraseOp(stage.op);
  rewriter.eraseOp(op);
}
