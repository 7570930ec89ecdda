// Zero-extent dimensions compile to correct, empty or zero, results and
// the float64 reference agrees (docs/Semantics.md): a matmul with K = 0
// (the fill's zeros), attention with no queries and a fused consumer, with
// an empty batch, and a softmax with no rows. ../CUDA/zero-extents.mlir
// runs them on the GPU.

// RUN: tessel-run %s --seed=2 --check | FileCheck %s
// CHECK-NOT: FAIL

// CHECK: check matmul_k0 result 0 (f32[4x8]): max error 0, {{.*}}: ok
func.func @matmul_k0(%a: tensor<4x0xf32>, %b: tensor<0x8xf32>) -> tensor<4x8xf32> {
  %z = arith.constant 0.0 : f32
  %o = tensor.empty() : tensor<4x8xf32>
  %f = linalg.fill ins(%z : f32) outs(%o : tensor<4x8xf32>) -> tensor<4x8xf32>
  %y = linalg.matmul ins(%a, %b : tensor<4x0xf32>, tensor<0x8xf32>) outs(%f : tensor<4x8xf32>) -> tensor<4x8xf32>
  return %y : tensor<4x8xf32>
}

// CHECK: check attention_sq0_residual result 0 (f32[1x2x0x16]): {{.*}}: ok
func.func @attention_sq0_residual(%q: tensor<1x2x0x16xf32>, %k: tensor<1x2x8x16xf32>, %v: tensor<1x2x8x16xf32>, %r: tensor<1x2x0x16xf32>) -> tensor<1x2x0x16xf32> {
  %e = tensor.empty() : tensor<1x2x0x16xf32>
  %y = tessel.attention causal ins(%q, %k, %v : tensor<1x2x0x16xf32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>) outs(%e : tensor<1x2x0x16xf32>) -> tensor<1x2x0x16xf32>
  %e2 = tensor.empty() : tensor<1x2x0x16xf32>
  %s = linalg.add ins(%y, %r : tensor<1x2x0x16xf32>, tensor<1x2x0x16xf32>) outs(%e2 : tensor<1x2x0x16xf32>) -> tensor<1x2x0x16xf32>
  return %s : tensor<1x2x0x16xf32>
}

// CHECK: check attention_batch0 result 0 (f16[0x4x5x32]): {{.*}}: ok
func.func @attention_batch0(%q: tensor<0x4x5x32xf16>, %k: tensor<0x2x7x32xf16>, %v: tensor<0x2x7x32xf16>) -> tensor<0x4x5x32xf16> {
  %e = tensor.empty() : tensor<0x4x5x32xf16>
  %y = tessel.attention ins(%q, %k, %v : tensor<0x4x5x32xf16>, tensor<0x2x7x32xf16>, tensor<0x2x7x32xf16>) outs(%e : tensor<0x4x5x32xf16>) -> tensor<0x4x5x32xf16>
  return %y : tensor<0x4x5x32xf16>
}

// CHECK: check softmax_no_rows result 0 (f32[0x33]): {{.*}}: ok
func.func @softmax_no_rows(%x: tensor<0x33xf32>) -> tensor<0x33xf32> {
  %e = tensor.empty() : tensor<0x33xf32>
  %y = tessel.softmax two_pass dimension(1) ins(%x : tensor<0x33xf32>) outs(%e : tensor<0x33xf32>) -> tensor<0x33xf32>
  return %y : tensor<0x33xf32>
}

// No input rows: the qmatmul kernels do not take it (their shared buffers
// would be empty; a division by the zero rows crashed tessel-cuda-configure
// where the op asked for the sm_90 GEMM), the generic path makes the empty
// result.
// CHECK: check qmatmul_no_rows result 0 (bf16[0x128]): {{.*}}: ok
func.func @qmatmul_no_rows(%x: tensor<0x256xbf16>, %p: tensor<128x32xi32>, %s: tensor<128x2xbf16>) -> tensor<0x128xbf16> {
  %we = tensor.empty() : tensor<128x256xi4>
  %w = tessel.unpack ins(%p : tensor<128x32xi32>) outs(%we : tensor<128x256xi4>) -> tensor<128x256xi4>
  %e = tensor.empty() : tensor<0x128xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<0x256xbf16>, tensor<128x256xi4>, tensor<128x2xbf16>)
         outs(%e : tensor<0x128xbf16>) {tessel.qmatmul_kernel = "warpgroup"} -> tensor<0x128xbf16>
  return %y : tensor<0x128xbf16>
}
