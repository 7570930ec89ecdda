//===- GPURegisterBudget.cpp - minctasm for setmaxnreg kernels ------------===//
//
// See the pass description in Passes.td.
//
//===----------------------------------------------------------------------===//

#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/Dialect/LLVMIR/NVVMDialect.h"
#include "tessel/Codegen/CUDA/Passes.h"

namespace mlir::tessel {
#define GEN_PASS_DEF_TESSELGPUREGISTERBUDGET
#include "tessel/Codegen/CUDA/Passes.h.inc"
} // namespace mlir::tessel

using namespace mlir;

namespace {

struct TesselGPURegisterBudgetPass
    : tessel::impl::TesselGPURegisterBudgetBase<TesselGPURegisterBudgetPass> {
  void runOnOperation() override {
    getOperation()->walk([](gpu::GPUFuncOp func) {
      if (!func.isKernel())
        return;
      bool movesRegisters = func.walk([](NVVM::SetMaxRegisterOp) {
                                  return WalkResult::interrupt();
                                })
                                .wasInterrupted();
      if (movesRegisters)
        func->setAttr(NVVM::NVVMDialect::getMinctasmAttrName(),
                      Builder(func).getI32IntegerAttr(1));
    });
  }
};

} // namespace
