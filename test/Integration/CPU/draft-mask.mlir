// DraftAttention's draft mask on the CPU against the reference, with partial
// blocks, grouped heads and the causal rule; then the mask feeding
// block-sparse attention.

// RUN: tessel-run %s --seed=3 --check | FileCheck %s
// CHECK-NOT: FAIL

// CHECK: check draft result 0 {{.*}} ok
// CHECK: check draft result 1 {{.*}} ok
func.func @draft(%q: tensor<1x4x50x16xf32>, %k: tensor<1x2x70x16xf32>) -> (tensor<1x4x4x5xi1>, tensor<1x4x4x5xi1>) {
  %e = tensor.empty() : tensor<1x4x4x5xi1>
  %a = tessel.draft_mask block_sizes = [16, 16] keep_ratio(0.4)
         ins(%q, %k : tensor<1x4x50x16xf32>, tensor<1x2x70x16xf32>) outs(%e : tensor<1x4x4x5xi1>) -> tensor<1x4x4x5xi1>
  %b = tessel.draft_mask causal scale(0.5) block_sizes = [16, 16] keep_ratio(0.3)
         ins(%q, %k : tensor<1x4x50x16xf32>, tensor<1x2x70x16xf32>) outs(%e : tensor<1x4x4x5xi1>) -> tensor<1x4x4x5xi1>
  return %a, %b : tensor<1x4x4x5xi1>, tensor<1x4x4x5xi1>
}

// CHECK: check draft_then_sparse result 0 {{.*}} ok
func.func @draft_then_sparse(%q: tensor<1x2x64x16xf32>, %k: tensor<1x2x64x16xf32>, %v: tensor<1x2x64x16xf32>) -> tensor<1x2x64x16xf32> {
  %e = tensor.empty() : tensor<1x2x4x4xi1>
  %m = tessel.draft_mask causal block_sizes = [16, 16] keep_ratio(0.5)
         ins(%q, %k : tensor<1x2x64x16xf32>, tensor<1x2x64x16xf32>) outs(%e : tensor<1x2x4x4xi1>) -> tensor<1x2x4x4xi1>
  %o0 = tensor.empty() : tensor<1x2x64x16xf32>
  %o = tessel.attention causal ins(%q, %k, %v : tensor<1x2x64x16xf32>, tensor<1x2x64x16xf32>, tensor<1x2x64x16xf32>)
         block_mask(%m : tensor<1x2x4x4xi1>) block_sizes = [16, 16]
         outs(%o0 : tensor<1x2x64x16xf32>) -> tensor<1x2x64x16xf32>
  return %o : tensor<1x2x64x16xf32>
}

// Shapes of the GPU kernels' edges (DraftMaskToGPU.cpp): f16 with D = 96
// (pooling row groups that do not divide the block's threads), 66 key
// blocks (three chunks of 32 pooled keys), a partial last block on both
// sides, causal, 10% kept; and D = 320 (two passes of 256 columns), blocks
// of 8 keys, a scale.
// CHECK: check draft_large result 0 {{.*}} ok
// CHECK: check draft_large result 1 {{.*}} ok
func.func @draft_large(%q: tensor<1x4x1000x96xf16>, %k: tensor<1x2x2100x96xf16>,
                       %q2: tensor<1x1x40x320xf32>, %k2: tensor<1x1x300x320xf32>)
    -> (tensor<1x4x16x66xi1>, tensor<1x1x3x38xi1>) {
  %e = tensor.empty() : tensor<1x4x16x66xi1>
  %a = tessel.draft_mask causal block_sizes = [64, 32] keep_ratio(0.1)
         ins(%q, %k : tensor<1x4x1000x96xf16>, tensor<1x2x2100x96xf16>) outs(%e : tensor<1x4x16x66xi1>) -> tensor<1x4x16x66xi1>
  %e2 = tensor.empty() : tensor<1x1x3x38xi1>
  %b = tessel.draft_mask scale(0.05) block_sizes = [16, 8] keep_ratio(0.25)
         ins(%q2, %k2 : tensor<1x1x40x320xf32>, tensor<1x1x300x320xf32>) outs(%e2 : tensor<1x1x3x38xi1>) -> tensor<1x1x3x38xi1>
  return %a, %b : tensor<1x4x16x66xi1>, tensor<1x1x3x38xi1>
}

// Token reordering (tessel-reorder): the draft and the block-sparse
// attention run on the tokens in the named order and the output comes back
// in the original order; checked against the float64 reference of the
// reordered program.
// RUN: tessel-opt %s --tessel-reorder > %t.mlir
// RUN: tessel-run %t.mlir --entry=reordered_draft --seed=5 --check | FileCheck %s --check-prefix=REORDER
// REORDER: check reordered_draft result 0 {{.*}} ok
func.func @reordered_draft(%q: tensor<1x2x64x16xf32>, %k: tensor<1x2x64x16xf32>, %v: tensor<1x2x64x16xf32>) -> tensor<1x2x64x16xf32> {
  %e = tensor.empty() : tensor<1x2x4x4xi1>
  %m = tessel.draft_mask block_sizes = [16, 16] keep_ratio(0.5)
         ins(%q, %k : tensor<1x2x64x16xf32>, tensor<1x2x64x16xf32>) outs(%e : tensor<1x2x4x4xi1>) -> tensor<1x2x4x4xi1>
  %o0 = tensor.empty() : tensor<1x2x64x16xf32>
  %o = tessel.attention ins(%q, %k, %v : tensor<1x2x64x16xf32>, tensor<1x2x64x16xf32>, tensor<1x2x64x16xf32>)
         block_mask(%m : tensor<1x2x4x4xi1>) block_sizes = [16, 16]
         outs(%o0 : tensor<1x2x64x16xf32>)
         {tessel.token_order = array<i64: 0, 4, 8, 12, 16, 20, 24, 28, 32, 36, 40, 44, 48, 52, 56, 60, 1, 5, 9, 13, 17, 21, 25, 29, 33, 37, 41, 45, 49, 53, 57, 61, 2, 6, 10, 14, 18, 22, 26, 30, 34, 38, 42, 46, 50, 54, 58, 62, 3, 7, 11, 15, 19, 23, 27, 31, 35, 39, 43, 47, 51, 55, 59, 63>} -> tensor<1x2x64x16xf32>
  return %o : tensor<1x2x64x16xf32>
}
