//===- WidenSubByteIntegers.cpp - iN (N < 8) tensors as i8 tensors --------===//

#include "tessel/Dialect/Tessel/Transforms/Retype.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "tessel/Codegen/Common/Passes.h"

namespace mlir::tessel {
#define GEN_PASS_DEF_TESSELWIDENSUBBYTEINTEGERS
#include "tessel/Codegen/Common/Passes.h.inc"
} // namespace mlir::tessel

using namespace mlir;

namespace {

bool isSubByte(Type type) {
  auto intType = dyn_cast<IntegerType>(type);
  return intType && intType.getWidth() > 1 && intType.getWidth() < 8;
}

/// tensor<...xiN> -> tensor<...xi8>; other types unchanged.
Type widen(Type type) {
  auto tensor = dyn_cast<RankedTensorType>(type);
  if (!tensor || !isSubByte(tensor.getElementType()))
    return type;
  return RankedTensorType::get(tensor.getShape(),
                               IntegerType::get(type.getContext(), 8),
                               tensor.getEncoding());
}

/// Retypes a scalar value of iN as i8 and gives its users the iN value
/// back through a trunci placed right after it (or at the block start).
void narrowUses(OpBuilder &b, Value scalar, Type narrow) {
  scalar.setType(b.getI8Type());
  if (auto arg = dyn_cast<BlockArgument>(scalar))
    b.setInsertionPointToStart(arg.getOwner());
  else
    b.setInsertionPointAfter(scalar.getDefiningOp());
  auto trunc = arith::TruncIOp::create(b, scalar.getLoc(), narrow, scalar);
  scalar.replaceAllUsesExcept(trunc, trunc);
}

/// Zero-extends the iN value that `use` stores into an i8 container.
void widenUse(OpBuilder &b, OpOperand &use) {
  Type narrow = use.get().getType();
  if (!isSubByte(narrow))
    return;
  b.setInsertionPoint(use.getOwner());
  use.set(
      arith::ExtUIOp::create(b, use.get().getLoc(), b.getI8Type(), use.get()));
}

struct TesselWidenSubByteIntegersPass
    : tessel::impl::TesselWidenSubByteIntegersBase<
          TesselWidenSubByteIntegersPass> {
  void runOnOperation() override {
    // Phase 1, while tensor types are still the original ones: the scalar
    // accesses of sub-byte tensors get their truncations and extensions.
    OpBuilder b(&getContext());
    WalkResult result = getOperation()->walk([&](Operation *op) {
      if (auto generic = dyn_cast<linalg::GenericOp>(op)) {
        for (OpOperand &operand : generic->getOpOperands()) {
          auto type = dyn_cast<RankedTensorType>(operand.get().getType());
          if (type && isSubByte(type.getElementType()))
            narrowUses(b, generic.getMatchingBlockArgument(&operand),
                       type.getElementType());
        }
        auto yield = cast<linalg::YieldOp>(generic.getBody()->getTerminator());
        for (OpOperand &value : yield->getOpOperands())
          widenUse(b, value);
        return WalkResult::advance();
      }
      if (auto extract = dyn_cast<tensor::ExtractOp>(op)) {
        if (isSubByte(extract.getType()))
          narrowUses(b, extract.getResult(), extract.getType());
        return WalkResult::advance();
      }
      if (auto fill = dyn_cast<linalg::FillOp>(op)) {
        widenUse(b, fill->getOpOperand(0));
        for (BlockArgument arg : fill.getRegion().front().getArguments())
          if (isSubByte(arg.getType()))
            arg.setType(b.getI8Type());
        return WalkResult::advance();
      }
      if (auto constant = dyn_cast<arith::ConstantOp>(op)) {
        auto dense = dyn_cast<DenseIntElementsAttr>(constant.getValue());
        if (dense && isSubByte(dense.getElementType())) {
          auto type = cast<RankedTensorType>(widen(dense.getType()));
          SmallVector<APInt> values;
          for (const APInt &v : dense.getValues<APInt>())
            values.push_back(v.zext(8));
          constant.setValueAttr(DenseIntElementsAttr::get(type, values));
        }
        return WalkResult::advance();
      }
      // Ops that only move tensors around need no change; any other op on
      // sub-byte tensors would have to know about the storage.
      if (isa<tensor::EmptyOp, tensor::DimOp, tensor::ExpandShapeOp,
              tensor::CollapseShapeOp, tensor::ExtractSliceOp,
              tensor::InsertSliceOp, tensor::ParallelInsertSliceOp,
              func::ReturnOp, func::CallOp, linalg::YieldOp,
              RegionBranchTerminatorOpInterface, RegionBranchOpInterface,
              FunctionOpInterface>(op))
        return WalkResult::advance();
      for (Type type : llvm::concat<const Type>(op->getOperandTypes(),
                                                op->getResultTypes()))
        if (widen(type) != type) {
          op->emitError("tessel-widen-subbyte-integers: cannot widen the "
                        "sub-byte integer tensors of this op");
          return WalkResult::interrupt();
        }
      return WalkResult::advance();
    });
    if (result.wasInterrupted())
      return signalPassFailure();

    // Phase 2: every tensor of iN becomes a tensor of i8.
    tessel::retypeAll(getOperation(), [](Type t) { return widen(t); });
  }
};

} // namespace
