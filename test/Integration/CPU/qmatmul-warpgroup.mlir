// qmatmul with many input rows, 4-bit weights packed in i32 words: the
// cases of the sm_90 mixed-input GEMM (QMatmulWarpgroup.cpp), against the
// float64 reference. Every op asks for that kernel
// (tessel.qmatmul_kernel = "warpgroup"); on the CPU the attribute means
// nothing and the generic path computes them. The edge shapes: rows that do
// not fill a block of rows (1, 77, 300), one and two consumers, one to eight
// steps of K, rings that wrap, groups of 32, 64, 96 and 128, zero points
// with signed and unsigned weights, bias, activations, a batch dimension and
// a fused residual add. ../CUDA/qmatmul-warpgroup.mlir runs them through
// the kernel.

// RUN: tessel-run %s --seed=7 --check | FileCheck %s
// CHECK-NOT: FAIL

// 77 rows: one block of 80 rows, two consumers, the last 3 rows past M.
// CHECK: check rows77 result 0 {{.*}} ok
func.func @rows77(%x: tensor<77x256xbf16>, %p: tensor<128x32xi32>, %s: tensor<128x2xbf16>) -> tensor<77x128xbf16> {
  %we = tensor.empty() : tensor<128x256xi4>
  %w = tessel.unpack ins(%p : tensor<128x32xi32>) outs(%we : tensor<128x256xi4>) -> tensor<128x256xi4>
  %e = tensor.empty() : tensor<77x128xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<77x256xbf16>, tensor<128x256xi4>, tensor<128x2xbf16>)
         outs(%e : tensor<77x128xbf16>) {tessel.qmatmul_kernel = "warpgroup", tessel.consumer_warpgroups = 2 : i64} -> tensor<77x128xbf16>
  return %y : tensor<77x128xbf16>
}

// f16, unsigned weights with zero points, groups of 32 (two scales a step), three steps, one consumer (N = 64).
// CHECK: check f16_unsigned_zp_g32 result 0 {{.*}} ok
func.func @f16_unsigned_zp_g32(%x: tensor<40x192xf16>, %p: tensor<64x24xi32>, %s: tensor<64x6xf16>, %z: tensor<64x6xi4>) -> tensor<40x64xf16> {
  %we = tensor.empty() : tensor<64x192xi4>
  %w = tessel.unpack ins(%p : tensor<64x24xi32>) outs(%we : tensor<64x192xi4>) -> tensor<64x192xi4>
  %e = tensor.empty() : tensor<40x64xf16>
  %y = tessel.qmatmul unsigned group_size(32) ins(%x, %w, %s : tensor<40x192xf16>, tensor<64x192xi4>, tensor<64x6xf16>) zero_points(%z : tensor<64x6xi4>)
         outs(%e : tensor<40x64xf16>) {tessel.qmatmul_kernel = "warpgroup"} -> tensor<40x64xf16>
  return %y : tensor<40x64xf16>
}

// One row (a block of 8), bias and silu, N = 192 (one consumer: 128 does not divide it).
// CHECK: check one_row_bias_silu result 0 {{.*}} ok
func.func @one_row_bias_silu(%x: tensor<1x128xbf16>, %p: tensor<192x16xi32>, %s: tensor<192x1xbf16>, %b: tensor<192xbf16>) -> tensor<1x192xbf16> {
  %we = tensor.empty() : tensor<192x128xi4>
  %w = tessel.unpack ins(%p : tensor<192x16xi32>) outs(%we : tensor<192x128xi4>) -> tensor<192x128xi4>
  %e = tensor.empty() : tensor<1x192xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<1x128xbf16>, tensor<192x128xi4>, tensor<192x1xbf16>) bias(%b : tensor<192xbf16>) activation(silu)
         outs(%e : tensor<1x192xbf16>) {tessel.qmatmul_kernel = "warpgroup"} -> tensor<1x192xbf16>
  return %y : tensor<1x192xbf16>
}

// 300 rows in blocks of 128 (the last partial), a ring of 2 steps that wraps 4 times.
// CHECK: check row_blocks_two_stages result 0 {{.*}} ok
func.func @row_blocks_two_stages(%x: tensor<300x512xbf16>, %p: tensor<128x64xi32>, %s: tensor<128x4xbf16>) -> tensor<300x128xbf16> {
  %we = tensor.empty() : tensor<128x512xi4>
  %w = tessel.unpack ins(%p : tensor<128x64xi32>) outs(%we : tensor<128x512xi4>) -> tensor<128x512xi4>
  %e = tensor.empty() : tensor<300x128xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<300x512xbf16>, tensor<128x512xi4>, tensor<128x4xbf16>)
         outs(%e : tensor<300x128xbf16>) {tessel.qmatmul_kernel = "warpgroup", tessel.block_rows = 128 : i64, tessel.pipeline_stages = 2 : i64} -> tensor<300x128xbf16>
  return %y : tensor<300x128xbf16>
}

// Groups of 96: a step's k-steps fall in different groups (a scale per k-step).
// CHECK: check groups_of_96 result 0 {{.*}} ok
func.func @groups_of_96(%x: tensor<24x384xbf16>, %p: tensor<64x48xi32>, %s: tensor<64x4xbf16>) -> tensor<24x64xbf16> {
  %we = tensor.empty() : tensor<64x384xi4>
  %w = tessel.unpack ins(%p : tensor<64x48xi32>) outs(%we : tensor<64x384xi4>) -> tensor<64x384xi4>
  %e = tensor.empty() : tensor<24x64xbf16>
  %y = tessel.qmatmul signed group_size(96) ins(%x, %w, %s : tensor<24x384xbf16>, tensor<64x384xi4>, tensor<64x4xbf16>)
         outs(%e : tensor<24x64xbf16>) {tessel.qmatmul_kernel = "warpgroup"} -> tensor<24x64xbf16>
  return %y : tensor<24x64xbf16>
}

// A [batch, sequence, K] input and a residual add computed in the stores.
// CHECK: check batch_residual result 0 {{.*}} ok
func.func @batch_residual(%x: tensor<2x33x256xbf16>, %p: tensor<128x32xi32>, %s: tensor<128x2xbf16>, %r: tensor<2x33x128xbf16>) -> tensor<2x33x128xbf16> {
  %we = tensor.empty() : tensor<128x256xi4>
  %w = tessel.unpack ins(%p : tensor<128x32xi32>) outs(%we : tensor<128x256xi4>) -> tensor<128x256xi4>
  %e = tensor.empty() : tensor<2x33x128xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<2x33x256xbf16>, tensor<128x256xi4>, tensor<128x2xbf16>)
         outs(%e : tensor<2x33x128xbf16>) {tessel.qmatmul_kernel = "warpgroup"} -> tensor<2x33x128xbf16>
  %e2 = tensor.empty() : tensor<2x33x128xbf16>
  %sum = linalg.add ins(%y, %r : tensor<2x33x128xbf16>, tensor<2x33x128xbf16>) outs(%e2 : tensor<2x33x128xbf16>) -> tensor<2x33x128xbf16>
  return %sum : tensor<2x33x128xbf16>
}

// f16, signed weights with zero points, groups of 64, gelu.
// CHECK: check f16_signed_zp_gelu result 0 {{.*}} ok
func.func @f16_signed_zp_gelu(%x: tensor<16x256xf16>, %p: tensor<64x32xi32>, %s: tensor<64x4xf16>, %z: tensor<64x4xi4>) -> tensor<16x64xf16> {
  %we = tensor.empty() : tensor<64x256xi4>
  %w = tessel.unpack ins(%p : tensor<64x32xi32>) outs(%we : tensor<64x256xi4>) -> tensor<64x256xi4>
  %e = tensor.empty() : tensor<16x64xf16>
  %y = tessel.qmatmul signed group_size(64) ins(%x, %w, %s : tensor<16x256xf16>, tensor<64x256xi4>, tensor<64x4xf16>) zero_points(%z : tensor<64x4xi4>) activation(gelu)
         outs(%e : tensor<16x64xf16>) {tessel.qmatmul_kernel = "warpgroup"} -> tensor<16x64xf16>
  return %y : tensor<16x64xf16>
}

// 256 rows: the widest wgmma (n = 256), one consumer.
// CHECK: check rows256 result 0 {{.*}} ok
func.func @rows256(%x: tensor<256x128xbf16>, %p: tensor<64x16xi32>, %s: tensor<64x1xbf16>) -> tensor<256x64xbf16> {
  %we = tensor.empty() : tensor<64x128xi4>
  %w = tessel.unpack ins(%p : tensor<64x16xi32>) outs(%we : tensor<64x128xi4>) -> tensor<64x128xi4>
  %e = tensor.empty() : tensor<256x64xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<256x128xbf16>, tensor<64x128xi4>, tensor<64x1xbf16>)
         outs(%e : tensor<256x64xbf16>) {tessel.qmatmul_kernel = "warpgroup", tessel.block_rows = 256 : i64, tessel.consumer_warpgroups = 1 : i64} -> tensor<256x64xbf16>
  return %y : tensor<256x64xbf16>
}

// Split-K: 4 parts of K = 1024 (4 steps each), bias and silu finished by
// the second kernel; rows (37) not a multiple of the block; two consumers.
// CHECK: check split4_bias_silu result 0 {{.*}} ok
func.func @split4_bias_silu(%x: tensor<37x1024xbf16>, %p: tensor<128x128xi32>, %s: tensor<128x8xbf16>, %b: tensor<128xbf16>) -> tensor<37x128xbf16> {
  %we = tensor.empty() : tensor<128x1024xi4>
  %w = tessel.unpack ins(%p : tensor<128x128xi32>) outs(%we : tensor<128x1024xi4>) -> tensor<128x1024xi4>
  %e = tensor.empty() : tensor<37x128xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<37x1024xbf16>, tensor<128x1024xi4>, tensor<128x8xbf16>) bias(%b : tensor<128xbf16>) activation(silu)
         outs(%e : tensor<37x128xbf16>) {tessel.qmatmul_kernel = "warpgroup", tessel.consumer_warpgroups = 2 : i64, tessel.split_k = 4 : i64} -> tensor<37x128xbf16>
  return %y : tensor<37x128xbf16>
}

// Split-K in 2 with zero points (groups of 32), the weights as the natural
// i4 argument, and a residual add computed by the second kernel.
// CHECK: check split2_zp_residual result 0 {{.*}} ok
func.func @split2_zp_residual(%x: tensor<2x20x512xf16>, %w: tensor<64x512xi4>, %s: tensor<64x16xf16>, %z: tensor<64x16xi4>, %r: tensor<2x20x64xf16>) -> tensor<2x20x64xf16> {
  %e = tensor.empty() : tensor<2x20x64xf16>
  %y = tessel.qmatmul unsigned group_size(32) ins(%x, %w, %s : tensor<2x20x512xf16>, tensor<64x512xi4>, tensor<64x16xf16>) zero_points(%z : tensor<64x16xi4>)
         outs(%e : tensor<2x20x64xf16>) {tessel.qmatmul_kernel = "warpgroup", tessel.split_k = 2 : i64} -> tensor<2x20x64xf16>
  %e2 = tensor.empty() : tensor<2x20x64xf16>
  %sum = linalg.add ins(%y, %r : tensor<2x20x64xf16>, tensor<2x20x64xf16>) outs(%e2 : tensor<2x20x64xf16>) -> tensor<2x20x64xf16>
  return %sum : tensor<2x20x64xf16>
}
