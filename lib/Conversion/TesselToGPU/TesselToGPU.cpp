//===- TesselToGPU.cpp - The convert-tessel-to-gpu pass -------------------===//

#include "tessel/Conversion/TesselToGPU.h"

#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/Dialect/LLVMIR/NVVMDialect.h"
#include "mlir/Dialect/NVGPU/IR/NVGPUDialect.h"
#include "mlir/IR/DialectRegistry.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"
#include "tessel/Conversion/Passes.h"

namespace mlir::tessel {
#define GEN_PASS_DEF_CONVERTTESSELTOGPU
#include "tessel/Conversion/Passes.h.inc"
} // namespace mlir::tessel

using namespace mlir;
using namespace mlir::tessel;

namespace {

/// mma.sync reads and writes registers only. NVVM does not say so, and the
/// buffer deallocation that runs after the kernels are built (they are
/// built on tensors) refuses ops with unknown memory effects.
struct MmaHasNoMemoryEffects
    : MemoryEffectOpInterface::ExternalModel<MmaHasNoMemoryEffects,
                                             NVVM::MmaOp> {
  void
  getEffects(Operation *,
             SmallVectorImpl<SideEffects::EffectInstance<MemoryEffects::Effect>>
                 &) const {}
};

/// gpu.barrier orders the block's memory accesses, cp.async copies and
/// waits for copies: they read and write. They declare no effects either,
/// which buffer deallocation refuses as well.
template <typename Op>
struct ReadsAndWrites
    : MemoryEffectOpInterface::ExternalModel<ReadsAndWrites<Op>, Op> {
  void
  getEffects(Operation *,
             SmallVectorImpl<SideEffects::EffectInstance<MemoryEffects::Effect>>
                 &effects) const {
    effects.emplace_back(MemoryEffects::Read::get());
    effects.emplace_back(MemoryEffects::Write::get());
  }
};

/// llvm.call_intrinsic has whatever effects its intrinsic has; the op
/// declares none. The pure intrinsics the kernels call have none; any other
/// intrinsic reads and writes.
struct CallIntrinsicEffects
    : MemoryEffectOpInterface::ExternalModel<CallIntrinsicEffects,
                                             LLVM::CallIntrinsicOp> {
  void
  getEffects(Operation *op,
             SmallVectorImpl<SideEffects::EffectInstance<MemoryEffects::Effect>>
                 &effects) const {
    if (cast<LLVM::CallIntrinsicOp>(op).getIntrin() ==
        kApproximateExp2Intrinsic)
      return;
    effects.emplace_back(MemoryEffects::Read::get());
    effects.emplace_back(MemoryEffects::Write::get());
  }
};

struct ConvertTesselToGPUPass
    : tessel::impl::ConvertTesselToGPUBase<ConvertTesselToGPUPass> {
  using Base::Base;

  void runOnOperation() override {
    if (columnsPerWarp < 0 || warpsPerBlock < 1 || warpsPerBlock > 32) {
      getOperation()->emitError("convert-tessel-to-gpu: columns-per-warp "
                                "must be at least 0 and warps-per-block "
                                "between 1 and 32");
      return signalPassFailure();
    }
    if (attentionWarps != 4 && attentionWarps != 8) {
      getOperation()->emitError(
          "convert-tessel-to-gpu: attention-warps must be 4 or 8");
      return signalPassFailure();
    }
    RewritePatternSet patterns(&getContext());
    populateQMatmulToGPUPatterns(
        patterns, {columnsPerWarp, warpsPerBlock, tensorCores, fuseConsumers});
    // The attention kernel is built on tensor cores only.
    if (tensorCores)
      populateAttentionToGPUPatterns(patterns, attentionWarps, fuseConsumers);
    // Each op is rewritten once, into ops the patterns do not match.
    if (failed(applyPatternsGreedily(
            getOperation(), std::move(patterns),
            GreedyRewriteConfig().setRegionSimplificationLevel(
                GreedySimplifyRegionLevel::Disabled))))
      signalPassFailure();
  }
};

} // namespace

void mlir::tessel::registerTesselToGPUExternalModels(
    DialectRegistry &registry) {
  registry.addExtension(+[](MLIRContext *ctx, NVVM::NVVMDialect *) {
    NVVM::MmaOp::attachInterface<MmaHasNoMemoryEffects>(*ctx);
    // A prefetch changes no memory, but an op that only reads and has no
    // results counts as dead: it is declared to write too.
    NVVM::PrefetchOp::attachInterface<ReadsAndWrites<NVVM::PrefetchOp>>(*ctx);
  });
  registry.addExtension(+[](MLIRContext *ctx, LLVM::LLVMDialect *) {
    LLVM::CallIntrinsicOp::attachInterface<CallIntrinsicEffects>(*ctx);
  });
  registry.addExtension(+[](MLIRContext *ctx, gpu::GPUDialect *) {
    gpu::BarrierOp::attachInterface<ReadsAndWrites<gpu::BarrierOp>>(*ctx);
  });
  registry.addExtension(+[](MLIRContext *ctx, nvgpu::NVGPUDialect *) {
    nvgpu::DeviceAsyncCopyOp::attachInterface<
        ReadsAndWrites<nvgpu::DeviceAsyncCopyOp>>(*ctx);
    nvgpu::DeviceAsyncCreateGroupOp::attachInterface<
        ReadsAndWrites<nvgpu::DeviceAsyncCreateGroupOp>>(*ctx);
    nvgpu::DeviceAsyncWaitOp::attachInterface<
        ReadsAndWrites<nvgpu::DeviceAsyncWaitOp>>(*ctx);
  });
}
