//===- Compiler.h - From tessel IR to native code for the CPU ---*- C++ -*-===//
//
// What tessel-run (and embedders) do after parsing: run tessel-cpu-pipeline,
// then either JIT the result with MLIR's ExecutionEngine or write a shared
// library that Tessel's runtime loads without MLIR.
//
//===----------------------------------------------------------------------===//

#ifndef TESSEL_EXECUTION_COMPILER_H
#define TESSEL_EXECUTION_COMPILER_H

#include "mlir/ExecutionEngine/ExecutionEngine.h"
#include "mlir/IR/BuiltinOps.h"
#include "tessel/Codegen/Pipelines.h"

#include <memory>
#include <string>

namespace mlir::tessel {

/// How LLVM compiles the lowered module for the host CPU (JIT and ahead of
/// time). The pipelines' own options are CPUPipelineOptions and
/// CUDAPipelineOptions (Pipelines.h).
struct NativeCodeOptions {
  /// LLVM optimization level, 0-3.
  unsigned optLevel = 3;
  /// Use every feature of this machine's CPU (AVX-512 where present); off
  /// for code that runs on another machine, such as CUDA host code.
  bool hostFeatures = true;
  /// Link shared libraries with the OpenMP runtime (parallel CPU code).
  bool linkOpenMP = true;
};

/// Lowers `module` in place with tessel-cuda-pipeline: host code in the LLVM
/// dialect with the kernels embedded; emitSharedLibrary (without host
/// features or OpenMP) turns it into a library for the runtime.
LogicalResult lowerForCUDA(ModuleOp module, const CUDAPipelineOptions &options);

/// Lowers `module` in place with tessel-cpu-pipeline.
LogicalResult lowerForCPU(ModuleOp module, const CPUPipelineOptions &options);

/// JIT-compiles an LLVM-dialect module for the host CPU.
FailureOr<std::unique_ptr<ExecutionEngine>>
jitForCPU(ModuleOp module, const NativeCodeOptions &options);

/// Compiles an LLVM-dialect module for the host CPU into a relocatable object
/// file at `path`.
LogicalResult emitObjectFile(ModuleOp module, StringRef path,
                             const NativeCodeOptions &options);

/// Compiles an LLVM-dialect module for the host CPU into a shared library at
/// `path` (an object file linked with the system C compiler).
LogicalResult emitSharedLibrary(ModuleOp module, StringRef path,
                                const NativeCodeOptions &options);

/// Writes the kernels of a module lowered by tessel-cuda-pipeline, one file
/// per `gpu.binary` op, into the directory `dir` as `<binary>.<extension>`:
/// `format` "isa" writes PTX (`.ptx`), "bin" cubin (`.cubin`). Fails with a
/// diagnostic when the module has no kernels or they were compiled to another
/// format. The written paths are appended to `written`.
LogicalResult emitKernelBinaries(ModuleOp module, StringRef dir,
                                 StringRef format,
                                 SmallVectorImpl<std::string> &written);

/// True when `module` holds kernels from tessel-cuda-pipeline (its host code
/// then needs CUDA's runtime ABI and no host-specific CPU features).
bool hasKernelBinaries(ModuleOp module);

/// The OpenMP runtime that parallel code needs at run time.
std::string openMPRuntimePath();

} // namespace mlir::tessel

#endif // TESSEL_EXECUTION_COMPILER_H
