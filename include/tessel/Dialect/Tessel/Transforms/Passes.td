//===- Passes.td - Tessel transformation passes ------------*- tablegen -*-===//

#ifndef TESSEL_DIALECT_TESSEL_TRANSFORMS_PASSES_TD
#define TESSEL_DIALECT_TESSEL_TRANSFORMS_PASSES_TD

include "mlir/Pass/PassBase.td"

def TesselEraseLayouts : Pass<"tessel-erase-layouts", "::mlir::ModuleOp"> {
  let summary = "Materialize every #tessel.layout encoding as row-major";
  let description = [{
    Drops the `#tessel.layout` encoding from every tensor type in the module
    (function signatures, block arguments and op results): the CPU pipeline
    stores every tensor densely in row-major order with sub-byte integers one
    per byte. Logical values are unchanged, so `tessel.relayout` becomes a
    no-op that `convert-tessel-to-linalg` drops. Encodings of other dialects
    are left alone.
  }];
}

def TesselExportEntries : Pass<"tessel-export-entries", "::mlir::ModuleOp"> {
  let summary = "Give public functions a C interface and a signature string";
  let description = [{
    Prepares each public `func.func` on ranked, statically shaped tensors to
    be called by Tessel's runtime: sets `llvm.emit_c_interface` (the entry is
    `_mlir_ciface_<name>`, results become trailing out-parameters after
    `buffer-results-to-out-params`) and adds a constant global
    `_tessel_signature_<name>` holding the signature as text, e.g.
    `f(f32[2x3],i4[4x8])->(f32[2x8])`, which the runtime reads to check
    arguments. A public function with a dynamic shape or a non-tensor
    argument is an error (it cannot be called by the runtime).
  }];
  let dependentDialects = ["::mlir::LLVM::LLVMDialect"];
}

def TesselApproximateMath : Pass<"tessel-approximate-math"> {
  let summary = "Replace transcendental math ops by polynomial approximations";
  let description = [{
    Rewrites `math.exp`, `math.exp2`, `math.tanh`, `math.log` and friends on
    f32 scalars and vectors into arithmetic (upstream's polynomial
    approximations), so that vectorized code does not fall back to one libm
    call per lane.
  }];
  let dependentDialects = [
    "::mlir::arith::ArithDialect", "::mlir::math::MathDialect",
    "::mlir::vector::VectorDialect"
  ];
}

#endif // TESSEL_DIALECT_TESSEL_TRANSFORMS_PASSES_TD
