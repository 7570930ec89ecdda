//===- CUDAPipeline.cpp - tessel-cuda-pipeline ----------------------------===//
//
// The stages, each a named pass that tessel-opt can run alone:
//   1. materialize layouts, export entry points (signatures for the runtime);
//      ops with a dedicated kernel (qmatmul on packed weights) to gpu.launch
//   2. lower tessel ops to linalg on tensors, fuse elementwise producers
//   3. One-Shot Bufferize, results to out-parameters, deallocation
//   4. linalg to parallel loops; each outermost loop nest becomes a kernel,
//      its iterations spread over blocks and threads; host buffers are
//      device buffers, host work is asynchronous on one stream
//   5. kernels to NVVM and a gpu.binary per kernel, host code to LLVM
//
//===----------------------------------------------------------------------===//

#include "tessel/CostModel/CostModel.h"
#include "tessel/Pipelines/Pipelines.h"

#include "Stages.h"

#include "mlir/Pass/PassManager.h"
#include "mlir/Pass/PassRegistry.h"
#include "llvm/Support/ErrorHandling.h"

using namespace mlir;
using namespace mlir::tessel;

void mlir::tessel::buildCUDAPipeline(OpPassManager &pm,
                                     const CUDAPipelineOptions &options) {
  // Model IR from frontends first becomes tessel ops where it can.
  std::string pipeline = stages::frontend(options.raise, options.fuse);
  // Constant quantized weights take the packed layout the qmatmul kernel
  // reads.
  if (options.kernels && options.chooseLayouts)
    pipeline +=
        "tessel-propagate-layouts{target=" + options.chip.getValue() + "},";
  pipeline += "tessel-erase-layouts,tessel-export-entries,";
  // Ops with a dedicated kernel become gpu.launch on their buffers; the
  // rest take the generic path below.
  std::string costTarget = options.costTarget.empty()
                               ? options.chip.getValue()
                               : options.costTarget.getValue();
  std::optional<TargetDescription> target = TargetDescription::get(costTarget);
  // A cost target that names no card still reaches the passes that take
  // it, which report it.
  bool rankWithCostModel =
      options.costModel != "fixed" && (target || !options.costTarget.empty());
  std::optional<TargetDescription> chip = TargetDescription::get(options.chip);
  if (options.kernels) {
    pipeline += std::string("convert-tessel-to-gpu{tensor-cores=") +
                (options.tensorCores ? "1" : "0") +
                " attention-warps=" + std::to_string(options.attentionWarps) +
                " warps-per-block=" + std::to_string(options.qmatmulWarps) +
                " prefetch-steps=" + std::to_string(options.qmatmulPrefetch) +
                " fuse-consumers=" + (options.fuseConsumers ? "1" : "0");
    // The cost model ranks the qmatmul kernel's warps where it knows the
    // card.
    if (rankWithCostModel)
      pipeline += " target=" + costTarget +
                  " cost-model=" + options.costModel.getValue();
    pipeline += "},";
    // The kernels' shared-memory buffers are placed in their dynamic shared
    // memory, within the chip's shared memory per block.
    pipeline += "func.func(tessel-allocate-scratchpad{report=0 alignment=16 "
                "shared-budget=" +
                std::to_string(chip ? chip->scratchpadBytes : 48 << 10) + "}),";
  }
  // The cost model picks per-op choices (qmatmul lanes) for the ops left to
  // the generic path, where it knows the card.
  if (rankWithCostModel)
    pipeline += "tessel-configure{target=" + costTarget +
                " cost-model=" + options.costModel.getValue() + "},";
  pipeline +=
      // The blockwise attention carries buffers through a loop, which
      // needs dynamic ownership in host memory; kernels keep the dense form.
      // qmatmul: the lanes (a warp by default) read consecutive weights.
      "convert-tessel-to-linalg{key-blocks=0 qmatmul-lanes=" +
      std::to_string(options.qmatmulLanes) +
      "},"
      "canonicalize,cse,"
      "loop-invariant-code-motion,linalg-fuse-elementwise-ops,canonicalize,"
      "tessel-widen-subbyte-integers,"
      "tessel-parallel-dims-first{register-block=16}," +
      std::string(stages::kBufferize) +
      "buffer-deallocation-pipeline,"
      // Copies into strided views (tensor.concat, insert_slice) become
      // linalg.copy, and so kernels, instead of host calls of memrefCopy.
      "tessel-expand-strided-copies,"
      "convert-linalg-to-parallel-loops,tessel-approximate-math,canonicalize,"
      "func.func(tessel-gpu-distribute-loops{register-block=16 block-size=" +
      std::to_string(options.blockSize) +
      "},tessel-promote-loop-accumulators,gpu-map-parallel-loops),"
      "convert-parallel-loops-to-gpu,"
      "tessel-gpu-host-memory,canonicalize,cse,"
      // Constants and index arithmetic move into the kernels, so that the
      // compiler sees the shapes (no run-time divisions).
      "gpu-launch-sink-index-computations,"
      "gpu-kernel-outlining,func.func(gpu-async-region),"
      // bf16 arithmetic the target lacks expands to integer operations.
      "arith-expand{include-bf16=1},"
      "gpu-lower-to-nvvm-pipeline{cubin-chip=" +
      options.chip.getValue() +
      " cubin-features=+ptx80 cubin-format=" + options.format.getValue() +
      " opt-level=3}";
  if (failed(parsePassPipeline(pipeline, pm, llvm::errs())))
    llvm::report_fatal_error("tessel-cuda-pipeline: malformed pipeline");
}
