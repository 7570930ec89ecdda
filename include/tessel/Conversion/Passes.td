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

def ConvertTMTensorToLinalg : Pass<"convert-tm-tensor-to-linalg"> {
  let summary = "Lower torch-mlir's tm_tensor ops (scan, scatter, sort, topk) "
                "to scf loops of linalg on tensors";
  let description = [{
    The first pass of both pipelines. Every op of the `tm_tensor` dialect
    (torch-mlir's linalg-on-tensors output holds them for cumulative sums,
    `index_put`/`index_copy`/`scatter`, `sort` and `topk`) becomes upstream
    ops on tensors:

    - `scan`: an `scf.for` over the scanned dimension, each position one
      elementwise `linalg.generic` over the other dimensions;
    - `scatter`: an `scf.for` over the updates (in order, so repeated indices
      accumulate), each update's slice combined by one generic and inserted;
      an update whose slice does not lie inside the original is skipped;
    - `sort`: odd-even transposition sort, an `scf.for` of n phases, each one
      generic over the whole tensor (stable; O(n^2) comparisons along the
      sorted dimension);
    - `topk`: the same sort, with the region as comparator, then the first k.

    Example: `tessel-opt --convert-tm-tensor-to-linalg in.mlir`.
  }];
  let dependentDialects = [
    "::mlir::arith::ArithDialect", "::mlir::linalg::LinalgDialect",
    "::mlir::scf::SCFDialect", "::mlir::tensor::TensorDialect"
  ];
}

#endif // TESSEL_CONVERSION_PASSES_TD
