//===- tessel-pipeline-fuzzer.cpp - libFuzzer targets for the pipelines ---===//
//
// Part of the Tessel project.
//
//===----------------------------------------------------------------------===//
//
// Lowers each input that parses and verifies through one of Tessel's
// pipelines (TESSEL_FUZZ_CUDA picks tessel-cuda-pipeline, else
// tessel-cpu-pipeline), as tessel-opt and the C API would. The pipeline must
// lower it to valid IR or fail with a reported error; a crash, a hang or a
// failure that reports nothing is a finding. The CUDA pipeline compiles its
// kernels to PTX (no ptxas).
//
//===----------------------------------------------------------------------===//

#include "ModuleFuzzing.h"
#include "tessel/Codegen/Pipelines.h"
#include "tessel/Execution/Compiler.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***) {
  mlir::tessel::registerAllPasses();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  tessel::fuzz::FuzzContext context;
  mlir::OwningOpRef<mlir::ModuleOp> module = context.parse(data, size);
  if (!module)
    return 0;
  int before = context.errorCount();
#ifdef TESSEL_FUZZ_CUDA
  mlir::tessel::CUDAPipelineOptions options;
  bool failed = mlir::failed(mlir::tessel::lowerForCUDA(*module, options));
#else
  mlir::tessel::CPUPipelineOptions options;
  bool failed = mlir::failed(mlir::tessel::lowerForCPU(*module, options));
#endif
  context.expectReported(failed, before);
  if (!failed && mlir::failed(mlir::verify(*module)))
    __builtin_trap();
  return 0;
}
