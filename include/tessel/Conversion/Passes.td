//===- Passes.td - Tessel conversion passes ----------------*- tablegen -*-===//

#ifndef TESSEL_CONVERSION_PASSES_TD
#define TESSEL_CONVERSION_PASSES_TD

include "mlir/Pass/PassBase.td"

def ConvertTesselToLinalg : Pass<"convert-tessel-to-linalg"> {
  let summary = "Lower tessel ops to linalg, tensor, arith, math and scf on "
                "tensors";
  let description = [{
    Rewrites every tessel op into destination-passing linalg on tensors that
    upstream tiling, fusion, vectorization and One-Shot Bufferize handle:

    - `attention`: score, mask, softmax-statistics and value generics over
      `[B, Hkv, G, Sq, ...]` (query heads split by group so that every map
      is a projected permutation), f32 accumulation, fully masked rows
      give zeros;
    - `softmax`: the chosen algorithm's reduction(s) plus one output pass;
    - `qmatmul`, `dequantize`, `quantize`: K split into `[K / G, G]` groups;
    - `pack`, `unpack`, `permute`: gathers with `tensor.extract`;
    - `relayout`: dropped once layouts are materialized
      (`tessel-erase-layouts` first);
    - `draft_mask`: pooling, block scores and a rank-based top-k.

    An op the pass cannot lower (dynamic head counts, an unmaterialized
    layout) is reported with an error and the pass fails.

    Example: `tessel-opt --convert-tessel-to-linalg in.mlir`.
  }];
  let options = [
    Option<"keyBlocks", "key-blocks", "bool", "true",
           "Lower attention with static shapes and no element mask to a "
           "loop over blocks of 64 keys with an online softmax (the scores "
           "of one block at a time; key blocks that a block mask drops for "
           "every row are skipped); false: always the dense form">,
    Option<"qmatmulLanes", "qmatmul-lanes", "int64_t", "16",
           "qmatmul keeps one partial sum per lane of this many consecutive "
           "K elements when the group size is a larger multiple of it (16: "
           "one AVX-512 vector; 32: one GPU warp; 1: one sum)">
  ];
  let dependentDialects = [
    "::mlir::arith::ArithDialect", "::mlir::linalg::LinalgDialect",
    "::mlir::math::MathDialect", "::mlir::scf::SCFDialect",
    "::mlir::tensor::TensorDialect"
  ];
}

#endif // TESSEL_CONVERSION_PASSES_TD
