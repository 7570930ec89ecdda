// Matmul shapes of decode steps and of vocabularies against the float64
// reference: a GEMV (one row, not copied into padded rows), column counts
// that are not a multiple of the 8 lanes (the last columns peeled off to
// the scalar path), a projection whose result is viewed as heads (its N
// split by reshape propagation and folded back), and an elementwise
// product feeding a matmul (not fused into it).

// RUN: tessel-run %s --seed=3 --check | FileCheck %s
// CHECK-NOT: FAIL

// CHECK: check gemv result 0 {{.*}} ok
func.func @gemv(%x: tensor<1x1024xf32>, %w: tensor<1024x512xf32>) -> tensor<1x512xf32> {
  %z = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<1x512xf32>
  %f = linalg.fill ins(%z : f32) outs(%e : tensor<1x512xf32>) -> tensor<1x512xf32>
  %r = linalg.matmul ins(%x, %w : tensor<1x1024xf32>, tensor<1024x512xf32>) outs(%f : tensor<1x512xf32>) -> tensor<1x512xf32>
  return %r : tensor<1x512xf32>
}

// CHECK: check odd_columns result 0 {{.*}} ok
func.func @odd_columns(%x: tensor<3x256xf32>, %w: tensor<256x1001xf32>) -> tensor<3x1001xf32> {
  %z = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<3x1001xf32>
  %f = linalg.fill ins(%z : f32) outs(%e : tensor<3x1001xf32>) -> tensor<3x1001xf32>
  %r = linalg.matmul ins(%x, %w : tensor<3x256xf32>, tensor<256x1001xf32>) outs(%f : tensor<3x1001xf32>) -> tensor<3x1001xf32>
  return %r : tensor<3x1001xf32>
}

// 12 columns: 8 vectorized, 4 scalar; 17 rows.
// CHECK: check twelve_columns result 0 {{.*}} ok
func.func @twelve_columns(%x: tensor<17x40xf32>, %w: tensor<40x12xf32>) -> tensor<17x12xf32> {
  %z = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<17x12xf32>
  %f = linalg.fill ins(%z : f32) outs(%e : tensor<17x12xf32>) -> tensor<17x12xf32>
  %r = linalg.matmul ins(%x, %w : tensor<17x40xf32>, tensor<40x12xf32>) outs(%f : tensor<17x12xf32>) -> tensor<17x12xf32>
  return %r : tensor<17x12xf32>
}

// A projection viewed as 8 heads of 64.
// CHECK: check heads result 0 {{.*}} ok
func.func @heads(%x: tensor<1x512xf32>, %w: tensor<512x512xf32>) -> tensor<1x1x8x64xf32> {
  %z = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<1x512xf32>
  %f = linalg.fill ins(%z : f32) outs(%e : tensor<1x512xf32>) -> tensor<1x512xf32>
  %r = linalg.matmul ins(%x, %w : tensor<1x512xf32>, tensor<512x512xf32>) outs(%f : tensor<1x512xf32>) -> tensor<1x512xf32>
  %h = tensor.expand_shape %r [[0], [1, 2, 3]] output_shape [1, 1, 8, 64] : tensor<1x512xf32> into tensor<1x1x8x64xf32>
  return %h : tensor<1x1x8x64xf32>
}

// A gated product (as SwiGLU's) feeding the down projection.
// CHECK: check gated_down result 0 {{.*}} ok
func.func @gated_down(%g: tensor<2x96xf32>, %u: tensor<2x96xf32>, %w: tensor<96x40xf32>) -> tensor<2x40xf32> {
  %e = tensor.empty() : tensor<2x96xf32>
  %p = linalg.mul ins(%g, %u : tensor<2x96xf32>, tensor<2x96xf32>) outs(%e : tensor<2x96xf32>) -> tensor<2x96xf32>
  %z = arith.constant 0.0 : f32
  %o = tensor.empty() : tensor<2x40xf32>
  %f = linalg.fill ins(%z : f32) outs(%o : tensor<2x40xf32>) -> tensor<2x40xf32>
  %r = linalg.matmul ins(%p, %w : tensor<2x96xf32>, tensor<96x40xf32>) outs(%f : tensor<2x40xf32>) -> tensor<2x40xf32>
  return %r : tensor<2x40xf32>
}

// A weight held as [N, K] (an argument, so no transpose is folded away):
// dot products along K, vectorized with lanes of partial sums.
// CHECK: check dot_products result 0 {{.*}} ok
func.func @dot_products(%x: tensor<2x512xf32>, %w: tensor<136x512xf32>) -> tensor<2x136xf32> {
  %z = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<2x136xf32>
  %f = linalg.fill ins(%z : f32) outs(%e : tensor<2x136xf32>) -> tensor<2x136xf32>
  %r = linalg.matmul indexing_maps = [affine_map<(m, n, k) -> (m, k)>, affine_map<(m, n, k) -> (n, k)>, affine_map<(m, n, k) -> (m, n)>]
         ins(%x, %w : tensor<2x512xf32>, tensor<136x512xf32>) outs(%f : tensor<2x136xf32>) -> tensor<2x136xf32>
  return %r : tensor<2x136xf32>
}
