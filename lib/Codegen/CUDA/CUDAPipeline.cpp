//===- CUDAPipeline.cpp - tessel-cuda-pipeline ----------------------------===//
//
// The stages, each a named pass that tessel-opt can run alone:
//   1. raise and fuse frontend IR; choose every op's kernel, knobs and
//      configuration (tessel-cuda-configure, the one consumer of the cost
//      model); carry out the chosen weight layouts; export entry points
//   2. ops with a dedicated kernel to gpu.launch, their shared memory placed
//   3. the rest to linalg on tensors, elementwise producers fused
//   4. One-Shot Bufferize, results to out-parameters, deallocation
//   5. linalg to parallel loops; each outermost loop nest becomes a kernel,
//      its iterations spread over blocks and threads; host buffers are
//      device buffers, host work is asynchronous on one stream
//   6. kernels to NVVM and a gpu.binary per kernel, host code to LLVM
//
//===----------------------------------------------------------------------===//

#include "tessel/Codegen/CUDA/Passes.h"
#include "tessel/Codegen/Common/Passes.h"
#include "tessel/Codegen/Common/PipelineStages.h"
#include "tessel/Codegen/Pipelines.h"
#include "tessel/Conversion/Passes.h"
#include "tessel/CostModel/CostModel.h"
#include "tessel/Dialect/Tessel/Transforms/Passes.h"

#include "mlir/Conversion/Passes.h"
#include "mlir/Dialect/Arith/Transforms/Passes.h"
#include "mlir/Dialect/Bufferization/Pipelines/Passes.h"
#include "mlir/Dialect/GPU/Pipelines/Passes.h"
#include "mlir/Dialect/GPU/Transforms/Passes.h"
#include "mlir/Dialect/Linalg/Passes.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Transforms/Passes.h"

#include "llvm/MC/MCSubtargetInfo.h"
#include "llvm/MC/TargetRegistry.h"
#include "llvm/Support/TargetSelect.h"
#include "llvm/TargetParser/Triple.h"

#include <memory>

using namespace mlir;
using namespace mlir::tessel;

namespace {

/// Whether LLVM's NVPTX back end knows `chip` (sm_80, sm_90a, ...): the
/// serialization would otherwise only warn and fall back to a default.
bool isKnownChip(StringRef chip) {
  LLVMInitializeNVPTXTargetInfo();
  LLVMInitializeNVPTXTargetMC();
  llvm::Triple triple("nvptx64-nvidia-cuda");
  std::string error;
  const llvm::Target *target =
      llvm::TargetRegistry::lookupTarget(triple, error);
  if (!target)
    return chip.starts_with("sm_");
  // Made for a CPU it knows (an unknown one would print a warning), then
  // asked about `chip`.
  std::unique_ptr<llvm::MCSubtargetInfo> info(
      target->createMCSubtargetInfo(triple, "sm_80", ""));
  return info && info->isCPUStringValid(chip);
}

/// A pipeline whose options are wrong: fails at once with `message`.
struct RejectOptionsPass
    : PassWrapper<RejectOptionsPass, OperationPass<ModuleOp>> {
  explicit RejectOptionsPass(std::string message)
      : message(std::move(message)) {}
  StringRef getArgument() const override { return "tessel-reject-options"; }
  void runOnOperation() override {
    mlir::emitError(getOperation()->getLoc(), message);
    signalPassFailure();
  }
  std::string message;
};

} // namespace

void mlir::tessel::buildCUDAPipeline(OpPassManager &pm,
                                     const CUDAPipelineOptions &options) {
  if (!isKnownChip(options.chip)) {
    pm.addPass(std::make_unique<RejectOptionsPass>(
        "tessel-cuda-pipeline: chip '" + options.chip.getValue() +
        "' is not an NVIDIA GPU architecture that LLVM's NVPTX back end "
        "knows (sm_80, sm_86, sm_89, sm_90, sm_90a, ...)"));
    return;
  }
  // Model IR from frontends first becomes tessel ops where it can.
  addFrontendPasses(pm, options.raise, options.fuse);
  // Sub-byte integer tensors cross the runtime boundary packed.
  pm.addPass(createTesselPackSubByteBoundary());

  // Every decision, for the card the cost model describes. A chip the cost
  // model does not know (and no cost-target naming one) gets each op's
  // defaults; a cost-target that names no card is reported by the pass.
  TesselCUDAConfigureOptions configure;
  configure.target = options.costTarget.empty() ? options.chip.getValue()
                                                : options.costTarget.getValue();
  configure.costModel = options.costModel;
  if (!TargetDescription::get(configure.target) && options.costTarget.empty()) {
    configure.target = "sm_90";
    configure.costModel = "fixed";
  }
  configure.packWeights = options.kernels && options.chooseLayouts;
  configure.tensorCores = options.tensorCores;
  configure.warpsPerBlock = options.qmatmulWarps;
  configure.prefetchSteps = options.qmatmulPrefetch;
  configure.attentionWarps = options.attentionWarps;
  configure.qmatmulLanes = options.qmatmulLanes;
  configure.decodeKernel = options.decodeKernel;
  bool hopper = options.chip == "sm_90" || options.chip == "sm_90a";
  configure.warpgroupMMA = options.hopperKernels && hopper;
  configure.kvSplits = options.kvSplits;
  configure.decodeWarps = options.decodeWarps;
  configure.decodePrefetch = options.decodePrefetch;
  pm.addPass(createTesselCUDAConfigure(configure));
  // Constant quantized weights take the packed layout chosen for the
  // qmatmul kernel.
  if (options.kernels && options.chooseLayouts)
    pm.addPass(createTesselPropagateLayouts());
  pm.addPass(createTesselEraseLayouts());
  pm.addPass(createTesselExportEntries());

  // Ops with a dedicated kernel become gpu.launch on their buffers; the
  // rest take the generic path below. The kernels' shared-memory buffers
  // are placed in their dynamic shared memory, within the chip's shared
  // memory per block.
  if (options.kernels) {
    ConvertTesselToGPUOptions kernels;
    kernels.fuseConsumers = options.fuseConsumers;
    pm.addPass(createConvertTesselToGPU(kernels));
    std::optional<TargetDescription> chip =
        TargetDescription::get(options.chip);
    TesselAllocateScratchpadOptions scratchpad;
    scratchpad.report = false;
    scratchpad.alignment = 16;
    scratchpad.sharedBudget = chip ? chip->scratchpadBytes : 48 << 10;
    pm.addNestedPass<func::FuncOp>(createTesselAllocateScratchpad(scratchpad));
  }

  // The generic path. The blockwise attention carries buffers through a
  // loop, which needs dynamic ownership in host memory; kernels keep the
  // dense form. qmatmul: the lanes (a warp by default) read consecutive
  // weights.
  ConvertTesselToLinalgOptions toLinalg;
  toLinalg.keyBlocks = false;
  toLinalg.qmatmulLanes = options.qmatmulLanes;
  pm.addPass(createConvertTesselToLinalg(toLinalg));
  addLinalgCleanupPasses(pm);
  TesselParallelDimsFirstOptions parallelFirst;
  parallelFirst.registerBlock = 16;
  pm.addPass(createTesselParallelDimsFirst(parallelFirst));
  addBufferizationPasses(pm);
  bufferization::buildBufferDeallocationPipeline(
      pm, bufferization::BufferDeallocationPipelineOptions());
  // Copies into strided views (tensor.concat, insert_slice) become
  // linalg.copy, and so kernels, instead of host calls of memrefCopy.
  pm.addPass(createTesselExpandStridedCopies());
  pm.addPass(createConvertLinalgToParallelLoopsPass());
  pm.addPass(createTesselApproximateMath());
  pm.addPass(createCanonicalizerPass());
  TesselGPUDistributeLoopsOptions distribute;
  distribute.registerBlock = 16;
  distribute.blockSize = options.blockSize;
  OpPassManager &funcPM = pm.nest<func::FuncOp>();
  funcPM.addPass(createTesselGPUDistributeLoops(distribute));
  funcPM.addPass(createTesselPromoteLoopAccumulators());
  funcPM.addPass(createGpuMapParallelLoopsPass());
  pm.addPass(createConvertParallelLoopToGpuPass());
  pm.addPass(createTesselGPUHostMemory());
  pm.addPass(createCanonicalizerPass());
  pm.addPass(createCSEPass());
  // Constants and index arithmetic move into the kernels, so that the
  // compiler sees the shapes (no run-time divisions).
  pm.addPass(createGpuLaunchSinkIndexComputationsPass());
  pm.addPass(createGpuKernelOutliningPass());
  pm.addNestedPass<func::FuncOp>(createGpuAsyncRegionPass());
  // bf16 arithmetic the target lacks expands to integer operations.
  arith::ArithExpandOpsPassOptions expand;
  expand.includeBf16 = true;
  pm.addPass(arith::createArithExpandOpsPass(expand));

  // fma as the PTX instruction, not a libdevice call.
  pm.addNestedPass<gpu::GPUModuleOp>(createTesselGPUNativeMath());
  // Kernels that move registers between warpgroups launch with them all.
  pm.addNestedPass<gpu::GPUModuleOp>(createTesselGPURegisterBudget());

  // Kernels to NVVM and binaries, host code to LLVM.
  gpu::GPUToNVVMPipelineOptions nvvm;
  // wgmma and setmaxnreg need the architecture-specific sm_90a target; an
  // sm_90 chip is one.
  nvvm.cubinChip = hopper ? "sm_90a" : options.chip.getValue();
  nvvm.cubinFeatures = "+ptx80";
  nvvm.cubinFormat = options.format.getValue();
  nvvm.optLevel = 3;
  gpu::buildLowerToNVVMPassPipeline(pm, nvvm);
  // Kernels whose libdevice calls stayed unresolved (no CUDA toolkit).
  pm.addPass(createTesselCheckGPUBinaries());
  // The entries the runtime calls, taking any number of tensors.
  pm.addPass(createTesselPackEntries());
}
