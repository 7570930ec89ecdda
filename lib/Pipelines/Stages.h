//===- Stages.h - Pipeline stages shared by the CPU and CUDA pipelines ----===//

#ifndef TESSEL_LIB_PIPELINES_STAGES_H
#define TESSEL_LIB_PIPELINES_STAGES_H

#include <string>

namespace mlir::tessel::stages {

/// The stages both pipelines start with: tessel-raise and tessel-fuse (each
/// unless turned off), then x^n with a constant n as multiplications
/// (torch's GELU spells x^3 so; LLVM's powi takes an i32 exponent, and
/// vectors of it do not lower).
inline std::string frontend(bool raise, bool fuse) {
  std::string stages = raise ? "tessel-raise," : "";
  if (fuse)
    stages += "tessel-fuse,";
  return stages + "math-expand-ops{ops=fpowi},";
}

/// Tensors to buffers: One-Shot Bufferize across functions (identity
/// layouts at the boundary, buffers may leave loops), then results become
/// out-parameters so that the caller (the runtime) owns every buffer it
/// sees. Deallocation comes later, after target-specific buffer passes.
inline constexpr const char *kBufferize =
    "eliminate-empty-tensors,empty-tensor-to-alloc-tensor,"
    "one-shot-bufferize{bufferize-function-boundaries=1 "
    "function-boundary-type-conversion=identity-layout-map "
    "allow-return-allocs-from-loops=1},"
    "canonicalize,"
    "buffer-results-to-out-params{hoist-static-allocs=1 "
    "modify-public-functions=1},";

} // namespace mlir::tessel::stages

#endif // TESSEL_LIB_PIPELINES_STAGES_H
