//===- ConvertTesselToGPU.cpp - The convert-tessel-to-gpu pass ------------===//
//
// Gathers the kernels of every op family (AttentionToGPU/, QMatmulToGPU/,
// DraftMaskToGPU, PermuteToGPU)
// and checks the configuration attributes they read.
//
//===----------------------------------------------------------------------===//

#include "tessel/Codegen/CUDA/AttentionDecodePlanner.h"
#include "tessel/Codegen/CUDA/TesselToGPU.h"
#include "tessel/Dialect/Tessel/IR/ConfigurationAttributes.h"
#include "tessel/Dialect/Tessel/IR/TesselOps.h"

#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/Dialect/LLVMIR/NVVMDialect.h"
#include "mlir/Dialect/NVGPU/IR/NVGPUDialect.h"
#include "mlir/IR/DialectRegistry.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"
#include "tessel/Codegen/CUDA/Passes.h"

namespace mlir::tessel {
#define GEN_PASS_DEF_CONVERTTESSELTOGPU
#include "tessel/Codegen/CUDA/Passes.h.inc"
} // namespace mlir::tessel

using namespace mlir;
using namespace mlir::tessel;

namespace {

/// mma.sync and vote.sync read and write registers only. NVVM does not
/// say so, and the buffer deallocation that runs after the kernels are
/// built (they are built on tensors) refuses ops with unknown memory
/// effects.
template <typename Op>
struct NoMemoryEffects
    : MemoryEffectOpInterface::ExternalModel<NoMemoryEffects<Op>, Op> {
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
    if (failed(verifyKernelWarps()))
      return signalPassFailure();
    RewritePatternSet patterns(&getContext());
    populateQMatmulToWarpgroupPatterns(patterns, fuseConsumers);
    populateQMatmulToGPUPatterns(patterns, fuseConsumers);
    populateAttentionToWarpgroupPatterns(patterns, fuseConsumers);
    populateAttentionToGPUPatterns(patterns, fuseConsumers);
    populateAttentionDecodeToGPUPatterns(patterns);
    populateDraftMaskToGPUPatterns(patterns);
    populatePermuteToGPUPatterns(patterns);
    // Each op is rewritten once, into ops the patterns do not match.
    if (failed(applyPatternsGreedily(
            getOperation(), std::move(patterns),
            GreedyRewriteConfig().setRegionSimplificationLevel(
                GreedySimplifyRegionLevel::Disabled))))
      signalPassFailure();
  }

  /// `tessel.kernel_warps` and `tessel.decode_warps` ask for counts the
  /// kernels can take.
  LogicalResult verifyKernelWarps() {
    WalkResult result = getOperation()->walk([](Operation *op) {
      if (auto attr = op->getAttr(kDecodeWarpsAttrName)) {
        auto warps = dyn_cast<IntegerAttr>(attr);
        if (!warps || !warps.getType().isSignlessInteger(64) ||
            !llvm::is_contained(attentionDecodeWarpsCandidates(),
                                warps.getInt())) {
          op->emitError() << kDecodeWarpsAttrName
                          << " of the decode kernel must be 1, 2 or 4 (i64)";
          return WalkResult::interrupt();
        }
      }
      Attribute attr = op->getAttr(kKernelWarpsAttrName);
      if (!attr || !isa<QMatmulOp, AttentionOp>(op))
        return WalkResult::advance();
      auto warps = dyn_cast<IntegerAttr>(attr);
      if (!warps ||
          !(warps.getType().isSignlessInteger() || warps.getType().isIndex()) ||
          warps.getValue().getSignificantBits() > 64) {
        op->emitError() << kKernelWarpsAttrName
                        << " must be a signless integer";
        return WalkResult::interrupt();
      }
      int64_t n = warps.getInt();
      if (isa<AttentionOp>(op) && n != 4 && n != 8) {
        op->emitError() << kKernelWarpsAttrName
                        << " of the attention kernel must be 4 or 8, not " << n;
        return WalkResult::interrupt();
      }
      if (isa<QMatmulOp>(op) && (n < 1 || n > 32)) {
        op->emitError() << kKernelWarpsAttrName
                        << " of the qmatmul kernel must be between 1 and "
                           "32, not "
                        << n;
        return WalkResult::interrupt();
      }
      return WalkResult::advance();
    });
    return failure(result.wasInterrupted());
  }
};

template <typename... Ops> void attachReadsAndWrites(MLIRContext &ctx) {
  (Ops::template attachInterface<ReadsAndWrites<Ops>>(ctx), ...);
}

} // namespace

void mlir::tessel::registerTesselToGPUExternalModels(
    DialectRegistry &registry) {
  registry.addExtension(+[](MLIRContext *ctx, NVVM::NVVMDialect *) {
    NVVM::MmaOp::attachInterface<NoMemoryEffects<NVVM::MmaOp>>(*ctx);
    // The ballots of the Hopper attention kernel's list of kept steps.
    NVVM::VoteSyncOp::attachInterface<NoMemoryEffects<NVVM::VoteSyncOp>>(*ctx);
    // A prefetch changes no memory, but an op that only reads and has no
    // results counts as dead: it is declared to write too.
    NVVM::PrefetchOp::attachInterface<ReadsAndWrites<NVVM::PrefetchOp>>(*ctx);
    // The Hopper attention kernel's synchronization, copies and matrix
    // instructions (AttentionWarpgroup.cpp) touch shared memory.
    attachReadsAndWrites<
        NVVM::MBarrierInitOp, NVVM::MBarrierArriveOp,
        NVVM::MBarrierArriveExpectTxOp, NVVM::MBarrierTryWaitParityOp,
        NVVM::FenceMbarrierInitOp, NVVM::SetMaxRegisterOp,
        NVVM::CpAsyncBulkTensorGlobalToSharedClusterOp,
        NVVM::WgmmaFenceAlignedOp, NVVM::WgmmaGroupSyncAlignedOp,
        NVVM::WgmmaWaitGroupSyncOp, NVVM::WgmmaMmaAsyncOp, NVVM::BarrierOp,
        NVVM::BarrierArriveOp>(*ctx);
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
    // Host code: encodes a tensor map of a buffer for the Hopper kernels.
    attachReadsAndWrites<nvgpu::TmaCreateDescriptorOp>(*ctx);
  });
}
