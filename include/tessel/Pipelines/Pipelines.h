//===- Pipelines.h - Tessel's registered pass pipelines -----------*- C++
//-*-===//

#ifndef TESSEL_PIPELINES_PIPELINES_H
#define TESSEL_PIPELINES_PIPELINES_H

#include "mlir/Pass/PassOptions.h"

namespace mlir {
class OpPassManager;
} // namespace mlir

namespace mlir::tessel {

struct CPUPipelineOptions : public PassPipelineOptions<CPUPipelineOptions> {
  PassOptions::Option<bool> parallel{
      *this, "parallel",
      llvm::cl::desc("Run the outermost tile loops on all cores (OpenMP)"),
      llvm::cl::init(true)};
  PassOptions::Option<std::string> costModel{
      *this, "cost-model",
      llvm::cl::desc("How tessel-tile chooses tile sizes: fixed or analytical"),
      llvm::cl::init("fixed")};
};

/// tessel-cpu-pipeline: tessel (and linalg/tensor) IR on tensors down to the
/// LLVM dialect, with public functions exported for the runtime.
void buildCPUPipeline(OpPassManager &pm, const CPUPipelineOptions &options);

void registerPipelines();

} // namespace mlir::tessel

#endif // TESSEL_PIPELINES_PIPELINES_H
