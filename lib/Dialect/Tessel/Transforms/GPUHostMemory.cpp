//===- GPUHostMemory.cpp - Host buffers become device buffers -------------===//
//
// After tessel-gpu-distribute-loops and convert-parallel-loops-to-gpu, host
// code only allocates, copies and launches. Its buffers must live on the
// device: allocations become gpu.alloc / gpu.dealloc, whole-buffer copies
// gpu.memcpy, and constant globals are copied to a device buffer where they
// are used (freed before the function returns).
//
//===----------------------------------------------------------------------===//

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/IR/PatternMatch.h"
#include "tessel/Dialect/Tessel/Transforms/Passes.h"

namespace mlir::tessel {
#define GEN_PASS_DEF_TESSELGPUHOSTMEMORY
#include "tessel/Dialect/Tessel/Transforms/Passes.h.inc"
} // namespace mlir::tessel

using namespace mlir;

namespace {

bool onHost(Operation *op) { return !op->getParentOfType<gpu::LaunchOp>(); }

struct TesselGPUHostMemoryPass
    : tessel::impl::TesselGPUHostMemoryBase<TesselGPUHostMemoryPass> {
  void runOnOperation() override {
    func::FuncOp func = getOperation();
    IRRewriter rewriter(&getContext());
    SmallVector<Operation *> hostOps;
    func.walk([&](Operation *op) {
      if (isa<memref::AllocOp, memref::AllocaOp, memref::DeallocOp,
              memref::CopyOp, memref::GetGlobalOp>(op) &&
          onHost(op))
        hostOps.push_back(op);
    });

    // Host code that dereferences a buffer would read device memory.
    WalkResult touched = func.walk([&](Operation *op) {
      if (isa<memref::LoadOp, memref::StoreOp>(op) && onHost(op)) {
        op->emitOpError("accesses a buffer in host code, but the CUDA "
                        "pipeline keeps every buffer in GPU memory (run "
                        "tessel-gpu-distribute-loops and "
                        "convert-parallel-loops-to-gpu first)");
        return WalkResult::interrupt();
      }
      return WalkResult::advance();
    });
    if (touched.wasInterrupted())
      return signalPassFailure();

    SmallVector<Value> freedAtExit;
    for (Operation *op : hostOps) {
      rewriter.setInsertionPoint(op);
      Location loc = op->getLoc();
      if (isa<memref::AllocOp, memref::AllocaOp>(op)) {
        auto type = cast<MemRefType>(op->getResult(0).getType());
        auto alloc = gpu::AllocOp::create(
            rewriter, loc, type, /*asyncToken=*/Type(),
            /*asyncDependencies=*/ValueRange(), op->getOperands(),
            /*symbolOperands=*/ValueRange(), /*hostShared=*/false);
        rewriter.replaceOp(op, alloc.getMemref());
        // An alloca has no dealloc: free it with the function's other
        // temporaries.
        if (isa<memref::AllocaOp>(op))
          freedAtExit.push_back(alloc.getMemref());
      } else if (auto dealloc = dyn_cast<memref::DeallocOp>(op)) {
        gpu::DeallocOp::create(rewriter, loc, /*asyncToken=*/Type(),
                               ValueRange(), dealloc.getMemref());
        rewriter.eraseOp(op);
      } else if (auto copy = dyn_cast<memref::CopyOp>(op)) {
        gpu::MemcpyOp::create(rewriter, loc, /*asyncToken=*/Type(),
                              ValueRange(), copy.getTarget(), copy.getSource());
        rewriter.eraseOp(op);
      } else if (auto global = dyn_cast<memref::GetGlobalOp>(op)) {
        auto type = cast<MemRefType>(global.getType());
        if (!type.hasStaticShape() || !type.getLayout().isIdentity()) {
          global.emitOpError("cannot be placed on the GPU: only constant "
                             "globals of static shape and identity layout");
          return signalPassFailure();
        }
        rewriter.setInsertionPointAfter(global);
        auto alloc =
            gpu::AllocOp::create(rewriter, loc, type, Type(), ValueRange(),
                                 ValueRange(), ValueRange(), false);
        rewriter.replaceAllUsesWith(global.getResult(), alloc.getMemref());
        gpu::MemcpyOp::create(rewriter, loc, Type(), ValueRange(),
                              alloc.getMemref(), global.getResult());
        freedAtExit.push_back(alloc.getMemref());
      }
    }
    if (freedAtExit.empty())
      return;
    func.walk([&](func::ReturnOp ret) {
      rewriter.setInsertionPoint(ret);
      for (Value buffer : freedAtExit)
        gpu::DeallocOp::create(rewriter, ret.getLoc(), Type(), ValueRange(),
                               buffer);
    });
  }
};

} // namespace
