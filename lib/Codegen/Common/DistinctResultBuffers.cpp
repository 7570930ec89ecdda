//===- DistinctResultBuffers.cpp - One buffer per returned memref ---------===//
//
// See the pass description in Passes.td.
//
//===----------------------------------------------------------------------===//

#include "tessel/Codegen/Common/Passes.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "llvm/ADT/DenseSet.h"

namespace mlir::tessel {
#define GEN_PASS_DEF_TESSELDISTINCTRESULTBUFFERS
#include "tessel/Codegen/Common/Passes.h.inc"
} // namespace mlir::tessel

using namespace mlir;

namespace {

struct TesselDistinctResultBuffersPass
    : tessel::impl::TesselDistinctResultBuffersBase<
          TesselDistinctResultBuffersPass> {
  void runOnOperation() override {
    getOperation().walk([](func::ReturnOp ret) {
      llvm::DenseSet<Value> seen;
      OpBuilder b(ret);
      for (OpOperand &operand : ret->getOpOperands()) {
        Value value = operand.get();
        if (seen.insert(value).second)
          continue;
        auto type = dyn_cast<MemRefType>(value.getType());
        if (!type || !type.hasStaticShape() || !type.getLayout().isIdentity())
          continue;
        Location loc = ret.getLoc();
        Value copy = memref::AllocOp::create(b, loc, type);
        linalg::CopyOp::create(b, loc, value, copy);
        operand.set(copy);
      }
    });
  }
};

} // namespace
