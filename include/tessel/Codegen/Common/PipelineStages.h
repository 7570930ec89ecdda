//===- PipelineStages.h - Stages both pipelines share -----------*- C++ -*-===//

#ifndef TESSEL_CODEGEN_COMMON_PIPELINESTAGES_H
#define TESSEL_CODEGEN_COMMON_PIPELINESTAGES_H

namespace mlir {
class OpPassManager;
} // namespace mlir

namespace mlir::tessel {

/// The stages both pipelines start with: tessel-raise and tessel-fuse (each
/// unless turned off), then x^n with a constant n as multiplications
/// (torch's GELU spells x^3 so; LLVM's powi takes an i32 exponent, and
/// vectors of it do not lower).
void addFrontendPasses(OpPassManager &pm, bool raise, bool fuse);

/// After convert-tessel-to-linalg: canonicalization, CSE, loop-invariant
/// code motion, fusion of elementwise producers, and 2- to 7-bit integers
/// stored in i8 containers.
void addLinalgCleanupPasses(OpPassManager &pm);

/// Tensors to buffers: One-Shot Bufferize across functions (identity
/// layouts at the boundary, buffers may leave loops), then results become
/// out-parameters so that the caller (the runtime) owns every buffer it
/// sees. Deallocation comes later, after target-specific buffer passes.
void addBufferizationPasses(OpPassManager &pm);

} // namespace mlir::tessel

#endif // TESSEL_CODEGEN_COMMON_PIPELINESTAGES_H
