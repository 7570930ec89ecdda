//===- Pipelines.h - Tessel's pass pipelines and their options --*- C++ -*-===//
//
// tessel-cpu-pipeline and tessel-cuda-pipeline: the option structs (their
// fields come from PipelineOptions.def, the one declaration of every
// option) and the functions that build each pipeline from typed passes.
//
//===----------------------------------------------------------------------===//

#ifndef TESSEL_CODEGEN_PIPELINES_H
#define TESSEL_CODEGEN_PIPELINES_H

#include "mlir/Pass/PassOptions.h"

#include <string>

namespace mlir {
class OpPassManager;
} // namespace mlir

namespace mlir::tessel {

#define TESSEL_PIPELINE_OPTION(TYPE, FIELD, FLAG, DEFAULT, HELP)               \
  PassOptions::Option<TYPE> FIELD{*this, FLAG, llvm::cl::desc(HELP),           \
                                  llvm::cl::init(DEFAULT)};

struct CPUPipelineOptions : public PassPipelineOptions<CPUPipelineOptions> {
#define TESSEL_COMMON_OPTION TESSEL_PIPELINE_OPTION
#define TESSEL_CPU_OPTION TESSEL_PIPELINE_OPTION
#include "tessel/Codegen/PipelineOptions.def"
};

struct CUDAPipelineOptions : public PassPipelineOptions<CUDAPipelineOptions> {
#define TESSEL_COMMON_OPTION TESSEL_PIPELINE_OPTION
#define TESSEL_CUDA_OPTION TESSEL_PIPELINE_OPTION
#include "tessel/Codegen/PipelineOptions.def"
};

#undef TESSEL_PIPELINE_OPTION

/// tessel-cpu-pipeline: tessel (and linalg/tensor) IR on tensors down to the
/// LLVM dialect, with public functions exported for the runtime.
void buildCPUPipeline(OpPassManager &pm, const CPUPipelineOptions &options);

/// tessel-cuda-pipeline: tessel (and linalg/tensor) IR on tensors to host
/// code in the LLVM dialect that launches kernels embedded as gpu.binary ops
/// (PTX or cubin for `chip`), through the `mgpu*` calls that Tessel's CUDA
/// runtime implements. Public functions take and return device buffers.
void buildCUDAPipeline(OpPassManager &pm, const CUDAPipelineOptions &options);

/// Registers both pipelines with tessel-opt.
void registerPipelines();

} // namespace mlir::tessel

#endif // TESSEL_CODEGEN_PIPELINES_H
