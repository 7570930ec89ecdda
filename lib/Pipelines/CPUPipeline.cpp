//===- CPUPipeline.cpp - tessel-cpu-pipeline ------------------------------===//
//
// The stages, each a named pass that tessel-opt can run alone:
//   1. materialize layouts, export entry points (signatures for the runtime)
//   2. lower tessel ops to linalg on tensors, clean up
//   3. One-Shot Bufferize, results to out-parameters, deallocation
//   4. linalg to loops, polynomial math
//   5. everything to the LLVM dialect
//
//===----------------------------------------------------------------------===//

#include "tessel/Pipelines/Pipelines.h"

#include "Stages.h"

#include "mlir/Pass/PassManager.h"
#include "mlir/Pass/PassRegistry.h"
#include "llvm/Support/ErrorHandling.h"

using namespace mlir;

void mlir::tessel::buildCPUPipeline(OpPassManager &pm,
                                    const CPUPipelineOptions &options) {
  // Model IR from frontends first becomes tessel ops where it can.
  std::string pipeline = stages::frontend(options.raise, options.fuse);
  pipeline +=
      "tessel-erase-layouts,tessel-export-entries,"
      "tessel-tile{cost-model=" +
      options.costModel.getValue() +
      " attention-query-tile=" + std::to_string(options.attentionQueryTile) +
      " qmatmul-column-tile=" + std::to_string(options.qmatmulColumnTile) +
      " fuse-consumers=" + (options.fuseConsumers ? "1" : "0") +
      "},"
      "convert-tessel-to-linalg,canonicalize,cse,"
      "loop-invariant-code-motion,linalg-fuse-elementwise-ops,canonicalize,"
      "tessel-widen-subbyte-integers,"
      "tessel-vectorize-contractions,tessel-vectorize-rows,canonicalize,cse," +
      std::string(stages::kBufferize) +
      "func.func(tessel-allocate-scratchpad{report=0}),"
      "buffer-deallocation-pipeline,"
      "tessel-lower-vectors,tessel-expand-strided-copies,convert-linalg-to-"
      "loops,tessel-approximate-math,";
  if (options.parallel)
    pipeline += "scf-forall-to-parallel,convert-scf-to-openmp,";
  else
    pipeline += "scf-forall-to-for,";
  // Memref ops (alloca_scope from the OpenMP conversion among them) must
  // lower before SCF turns regions into CFGs; strided-metadata expansion
  // creates affine ops, so affine lowers after it.
  // bf16 arithmetic (a residual add in bf16) runs in f32, rounded after
  // each op; bf16 conversions expand to integer arithmetic (no compiler-rt
  // needed).
  pipeline += "arith-emulate-unsupported-floats{source-types=bf16 "
              "target-type=f32},"
              "arith-expand{include-bf16=1},"
              "convert-vector-to-scf{full-unroll=1},expand-strided-metadata,"
              "lower-affine,finalize-memref-to-llvm,convert-scf-to-cf,"
              "convert-vector-to-llvm,convert-math-to-llvm,"
              "convert-arith-to-llvm,convert-ub-to-llvm,"
              "convert-index-to-llvm,finalize-memref-to-llvm,"
              "convert-openmp-to-llvm,convert-func-to-llvm,"
              "convert-cf-to-llvm,reconcile-unrealized-casts";
  if (failed(parsePassPipeline(pipeline, pm, llvm::errs())))
    llvm::report_fatal_error("tessel-cpu-pipeline: malformed pipeline");
}

void mlir::tessel::registerPipelines() {
  PassPipelineRegistration<CPUPipelineOptions>(
      "tessel-cpu-pipeline",
      "Lower tessel, linalg and tensor IR to the LLVM dialect for CPUs",
      buildCPUPipeline);
  PassPipelineRegistration<CUDAPipelineOptions>(
      "tessel-cuda-pipeline",
      "Lower tessel, linalg and tensor IR to NVIDIA GPU kernels (gpu.binary) "
      "and host code in the LLVM dialect",
      buildCUDAPipeline);
}
