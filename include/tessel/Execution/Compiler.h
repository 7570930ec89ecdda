//===- Compiler.h - From tessel IR to native code for the CPU ----*- C++
//-*-===//
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

#include <memory>
#include <string>

namespace mlir::tessel {

struct CPUCompileOptions {
  /// Run parallel tile loops on all cores (OpenMP).
  bool parallel = true;
  /// How tessel-tile chooses configurations: "learned", "analytical", a
  /// .json model file, or "fixed".
  std::string tileCostModel = "learned";
  /// The fixed tile sizes (tessel-cpu-pipeline's attention-query-tile and
  /// qmatmul-column-tile).
  int64_t attentionQueryTile = 64;
  int64_t qmatmulColumnTile = 64;
  /// LLVM optimization level, 0-3.
  unsigned optLevel = 3;
  /// Use every feature of this machine's CPU (AVX-512 where present); off
  /// for code that runs on another machine, such as CUDA host code.
  bool hostFeatures = true;
  /// Link shared libraries with the OpenMP runtime (parallel CPU code).
  bool linkOpenMP = true;
  /// Fuse elementwise consumers into the tile loops (tessel-cpu-pipeline's
  /// fuse-consumers).
  bool fuseConsumers = true;
};

struct CUDACompileOptions {
  /// Target GPU, sm_XX.
  std::string chip = "sm_90";
  /// The card the cost model describes (tessel-cuda-pipeline's
  /// cost-target; empty: the chip's).
  std::string costTarget;
  /// Kernel binary format: isa (PTX), bin (cubin) or fatbin.
  std::string format = "isa";
  /// Threads per qmatmul output (tessel-cuda-pipeline's qmatmul-lanes).
  int64_t qmatmulLanes = 32;
  /// How each qmatmul's lanes and kernel warps are chosen
  /// (tessel-cuda-pipeline's cost-model): "learned", "analytical", a .json
  /// model file, or "fixed" (qmatmulLanes, and 4 warps, for all).
  std::string costModel = "learned";
  /// Tensor cores in the attention and qmatmul kernels
  /// (tessel-cuda-pipeline's tensor-cores).
  bool tensorCores = true;
  /// Warps per block of the attention kernel (tessel-cuda-pipeline's
  /// attention-warps: 4 or 8).
  int64_t attentionWarps = 4;
  /// Pack constant sub-byte qmatmul weights for the kernel
  /// (tessel-cuda-pipeline's choose-layouts).
  bool chooseLayouts = true;
  /// Warps per block of the qmatmul kernel (tessel-cuda-pipeline's
  /// qmatmul-warps: 1 to 32, 0 for the cost model's choice).
  int64_t qmatmulWarps = 0;
  /// Steps ahead that the qmatmul decoding kernel loads its weights
  /// (tessel-cuda-pipeline's qmatmul-prefetch).
  int64_t qmatmulPrefetch = -1;
  /// Compute elementwise consumers in the qmatmul kernel's stores
  /// (tessel-cuda-pipeline's fuse-consumers).
  bool fuseConsumers = true;
};

/// Lowers `module` in place with tessel-cuda-pipeline: host code in the LLVM
/// dialect with the kernels embedded; emitSharedLibrary (without host
/// features or OpenMP) turns it into a library for the runtime.
LogicalResult lowerForCUDA(ModuleOp module, const CUDACompileOptions &options);

/// Lowers `module` in place with tessel-cpu-pipeline.
LogicalResult lowerForCPU(ModuleOp module, const CPUCompileOptions &options);

/// JIT-compiles an LLVM-dialect module for the host CPU.
FailureOr<std::unique_ptr<ExecutionEngine>>
jitForCPU(ModuleOp module, const CPUCompileOptions &options);

/// Compiles an LLVM-dialect module for the host CPU into a relocatable object
/// file at `path`.
LogicalResult emitObjectFile(ModuleOp module, StringRef path,
                             const CPUCompileOptions &options);

/// Compiles an LLVM-dialect module for the host CPU into a shared library at
/// `path` (an object file linked with the system C compiler).
LogicalResult emitSharedLibrary(ModuleOp module, StringRef path,
                                const CPUCompileOptions &options);

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
