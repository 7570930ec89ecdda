// qmatmul for every weight width 1..8, signed and unsigned, with and
// without zero points, against the float64 reference; then the edge shapes
// (one row, K equal to one group, a batch dimension) and the fused epilogues.
// Generated once by hand-run Python; keep the cases in sync with the CHECKs.

// RUN: tessel-run %s --seed=7 --check | FileCheck %s
// CHECK-NOT: FAIL

// CHECK: check w1_unsigned result 0 {{.*}} ok
func.func @w1_unsigned(%x: tensor<3x64xf32>, %w: tensor<5x64xi1>, %s: tensor<5x2xf32>) -> tensor<3x5xf32> {
  %e = tensor.empty() : tensor<3x5xf32>
  %y = tessel.qmatmul unsigned group_size(32) ins(%x, %w, %s : tensor<3x64xf32>, tensor<5x64xi1>, tensor<5x2xf32>)
         outs(%e : tensor<3x5xf32>) -> tensor<3x5xf32>
  return %y : tensor<3x5xf32>
}

// CHECK: check w1_signed_zp result 0 {{.*}} ok
func.func @w1_signed_zp(%x: tensor<3x64xf32>, %w: tensor<5x64xi1>, %s: tensor<5x2xf32>, %z: tensor<5x2xi1>) -> tensor<3x5xf32> {
  %e = tensor.empty() : tensor<3x5xf32>
  %y = tessel.qmatmul signed group_size(32) ins(%x, %w, %s : tensor<3x64xf32>, tensor<5x64xi1>, tensor<5x2xf32>)
         zero_points(%z : tensor<5x2xi1>)
         outs(%e : tensor<3x5xf32>) -> tensor<3x5xf32>
  return %y : tensor<3x5xf32>
}

// CHECK: check w2_signed result 0 {{.*}} ok
func.func @w2_signed(%x: tensor<3x64xf32>, %w: tensor<5x64xi2>, %s: tensor<5x2xf32>) -> tensor<3x5xf32> {
  %e = tensor.empty() : tensor<3x5xf32>
  %y = tessel.qmatmul signed group_size(32) ins(%x, %w, %s : tensor<3x64xf32>, tensor<5x64xi2>, tensor<5x2xf32>)
         outs(%e : tensor<3x5xf32>) -> tensor<3x5xf32>
  return %y : tensor<3x5xf32>
}

// CHECK: check w2_unsigned_zp result 0 {{.*}} ok
func.func @w2_unsigned_zp(%x: tensor<3x64xf32>, %w: tensor<5x64xi2>, %s: tensor<5x2xf32>, %z: tensor<5x2xi2>) -> tensor<3x5xf32> {
  %e = tensor.empty() : tensor<3x5xf32>
  %y = tessel.qmatmul unsigned group_size(32) ins(%x, %w, %s : tensor<3x64xf32>, tensor<5x64xi2>, tensor<5x2xf32>)
         zero_points(%z : tensor<5x2xi2>)
         outs(%e : tensor<3x5xf32>) -> tensor<3x5xf32>
  return %y : tensor<3x5xf32>
}

// CHECK: check w3_unsigned result 0 {{.*}} ok
func.func @w3_unsigned(%x: tensor<3x64xf32>, %w: tensor<5x64xi3>, %s: tensor<5x2xf32>) -> tensor<3x5xf32> {
  %e = tensor.empty() : tensor<3x5xf32>
  %y = tessel.qmatmul unsigned group_size(32) ins(%x, %w, %s : tensor<3x64xf32>, tensor<5x64xi3>, tensor<5x2xf32>)
         outs(%e : tensor<3x5xf32>) -> tensor<3x5xf32>
  return %y : tensor<3x5xf32>
}

// CHECK: check w3_signed_zp result 0 {{.*}} ok
func.func @w3_signed_zp(%x: tensor<3x64xf32>, %w: tensor<5x64xi3>, %s: tensor<5x2xf32>, %z: tensor<5x2xi3>) -> tensor<3x5xf32> {
  %e = tensor.empty() : tensor<3x5xf32>
  %y = tessel.qmatmul signed group_size(32) ins(%x, %w, %s : tensor<3x64xf32>, tensor<5x64xi3>, tensor<5x2xf32>)
         zero_points(%z : tensor<5x2xi3>)
         outs(%e : tensor<3x5xf32>) -> tensor<3x5xf32>
  return %y : tensor<3x5xf32>
}

// CHECK: check w4_signed result 0 {{.*}} ok
func.func @w4_signed(%x: tensor<3x64xf32>, %w: tensor<5x64xi4>, %s: tensor<5x2xf32>) -> tensor<3x5xf32> {
  %e = tensor.empty() : tensor<3x5xf32>
  %y = tessel.qmatmul signed group_size(32) ins(%x, %w, %s : tensor<3x64xf32>, tensor<5x64xi4>, tensor<5x2xf32>)
         outs(%e : tensor<3x5xf32>) -> tensor<3x5xf32>
  return %y : tensor<3x5xf32>
}

// CHECK: check w4_unsigned_zp result 0 {{.*}} ok
func.func @w4_unsigned_zp(%x: tensor<3x64xf32>, %w: tensor<5x64xi4>, %s: tensor<5x2xf32>, %z: tensor<5x2xi4>) -> tensor<3x5xf32> {
  %e = tensor.empty() : tensor<3x5xf32>
  %y = tessel.qmatmul unsigned group_size(32) ins(%x, %w, %s : tensor<3x64xf32>, tensor<5x64xi4>, tensor<5x2xf32>)
         zero_points(%z : tensor<5x2xi4>)
         outs(%e : tensor<3x5xf32>) -> tensor<3x5xf32>
  return %y : tensor<3x5xf32>
}

// CHECK: check w5_unsigned result 0 {{.*}} ok
func.func @w5_unsigned(%x: tensor<3x64xf32>, %w: tensor<5x64xi5>, %s: tensor<5x2xf32>) -> tensor<3x5xf32> {
  %e = tensor.empty() : tensor<3x5xf32>
  %y = tessel.qmatmul unsigned group_size(32) ins(%x, %w, %s : tensor<3x64xf32>, tensor<5x64xi5>, tensor<5x2xf32>)
         outs(%e : tensor<3x5xf32>) -> tensor<3x5xf32>
  return %y : tensor<3x5xf32>
}

// CHECK: check w5_signed_zp result 0 {{.*}} ok
func.func @w5_signed_zp(%x: tensor<3x64xf32>, %w: tensor<5x64xi5>, %s: tensor<5x2xf32>, %z: tensor<5x2xi5>) -> tensor<3x5xf32> {
  %e = tensor.empty() : tensor<3x5xf32>
  %y = tessel.qmatmul signed group_size(32) ins(%x, %w, %s : tensor<3x64xf32>, tensor<5x64xi5>, tensor<5x2xf32>)
         zero_points(%z : tensor<5x2xi5>)
         outs(%e : tensor<3x5xf32>) -> tensor<3x5xf32>
  return %y : tensor<3x5xf32>
}

// CHECK: check w6_signed result 0 {{.*}} ok
func.func @w6_signed(%x: tensor<3x64xf32>, %w: tensor<5x64xi6>, %s: tensor<5x2xf32>) -> tensor<3x5xf32> {
  %e = tensor.empty() : tensor<3x5xf32>
  %y = tessel.qmatmul signed group_size(32) ins(%x, %w, %s : tensor<3x64xf32>, tensor<5x64xi6>, tensor<5x2xf32>)
         outs(%e : tensor<3x5xf32>) -> tensor<3x5xf32>
  return %y : tensor<3x5xf32>
}

// CHECK: check w6_unsigned_zp result 0 {{.*}} ok
func.func @w6_unsigned_zp(%x: tensor<3x64xf32>, %w: tensor<5x64xi6>, %s: tensor<5x2xf32>, %z: tensor<5x2xi6>) -> tensor<3x5xf32> {
  %e = tensor.empty() : tensor<3x5xf32>
  %y = tessel.qmatmul unsigned group_size(32) ins(%x, %w, %s : tensor<3x64xf32>, tensor<5x64xi6>, tensor<5x2xf32>)
         zero_points(%z : tensor<5x2xi6>)
         outs(%e : tensor<3x5xf32>) -> tensor<3x5xf32>
  return %y : tensor<3x5xf32>
}

// CHECK: check w7_unsigned result 0 {{.*}} ok
func.func @w7_unsigned(%x: tensor<3x64xf32>, %w: tensor<5x64xi7>, %s: tensor<5x2xf32>) -> tensor<3x5xf32> {
  %e = tensor.empty() : tensor<3x5xf32>
  %y = tessel.qmatmul unsigned group_size(32) ins(%x, %w, %s : tensor<3x64xf32>, tensor<5x64xi7>, tensor<5x2xf32>)
         outs(%e : tensor<3x5xf32>) -> tensor<3x5xf32>
  return %y : tensor<3x5xf32>
}

// CHECK: check w7_signed_zp result 0 {{.*}} ok
func.func @w7_signed_zp(%x: tensor<3x64xf32>, %w: tensor<5x64xi7>, %s: tensor<5x2xf32>, %z: tensor<5x2xi7>) -> tensor<3x5xf32> {
  %e = tensor.empty() : tensor<3x5xf32>
  %y = tessel.qmatmul signed group_size(32) ins(%x, %w, %s : tensor<3x64xf32>, tensor<5x64xi7>, tensor<5x2xf32>)
         zero_points(%z : tensor<5x2xi7>)
         outs(%e : tensor<3x5xf32>) -> tensor<3x5xf32>
  return %y : tensor<3x5xf32>
}

// CHECK: check w8_signed result 0 {{.*}} ok
func.func @w8_signed(%x: tensor<3x64xf32>, %w: tensor<5x64xi8>, %s: tensor<5x2xf32>) -> tensor<3x5xf32> {
  %e = tensor.empty() : tensor<3x5xf32>
  %y = tessel.qmatmul signed group_size(32) ins(%x, %w, %s : tensor<3x64xf32>, tensor<5x64xi8>, tensor<5x2xf32>)
         outs(%e : tensor<3x5xf32>) -> tensor<3x5xf32>
  return %y : tensor<3x5xf32>
}

// CHECK: check w8_unsigned_zp result 0 {{.*}} ok
func.func @w8_unsigned_zp(%x: tensor<3x64xf32>, %w: tensor<5x64xi8>, %s: tensor<5x2xf32>, %z: tensor<5x2xi8>) -> tensor<3x5xf32> {
  %e = tensor.empty() : tensor<3x5xf32>
  %y = tessel.qmatmul unsigned group_size(32) ins(%x, %w, %s : tensor<3x64xf32>, tensor<5x64xi8>, tensor<5x2xf32>)
         zero_points(%z : tensor<5x2xi8>)
         outs(%e : tensor<3x5xf32>) -> tensor<3x5xf32>
  return %y : tensor<3x5xf32>
}

// CHECK: check one_row_one_group result 0 {{.*}} ok
func.func @one_row_one_group(%x: tensor<1x32xf32>, %w: tensor<7x32xi4>, %s: tensor<7x1xf32>) -> tensor<1x7xf32> {
  %e = tensor.empty() : tensor<1x7xf32>
  %y = tessel.qmatmul signed group_size(32) ins(%x, %w, %s : tensor<1x32xf32>, tensor<7x32xi4>, tensor<7x1xf32>)
         outs(%e : tensor<1x7xf32>) -> tensor<1x7xf32>
  return %y : tensor<1x7xf32>
}

// CHECK: check batched_epilogues result 0 {{.*}} ok
// CHECK: check batched_epilogues result 1 {{.*}} ok
// CHECK: check batched_epilogues result 2 {{.*}} ok
func.func @batched_epilogues(%x: tensor<2x3x48xf32>, %w: tensor<9x48xi3>, %s: tensor<9x3xf32>, %z: tensor<9x3xi3>, %b: tensor<9xf32>)
    -> (tensor<2x3x9xf32>, tensor<2x3x9xf32>, tensor<2x3x9xf32>) {
  %e = tensor.empty() : tensor<2x3x9xf32>
  %r = tessel.qmatmul unsigned group_size(16) ins(%x, %w, %s : tensor<2x3x48xf32>, tensor<9x48xi3>, tensor<9x3xf32>)
         zero_points(%z : tensor<9x3xi3>) bias(%b : tensor<9xf32>) activation(relu)
         outs(%e : tensor<2x3x9xf32>) -> tensor<2x3x9xf32>
  %g = tessel.qmatmul signed group_size(16) ins(%x, %w, %s : tensor<2x3x48xf32>, tensor<9x48xi3>, tensor<9x3xf32>)
         bias(%b : tensor<9xf32>) activation(gelu)
         outs(%e : tensor<2x3x9xf32>) -> tensor<2x3x9xf32>
  %si = tessel.qmatmul signed group_size(16) ins(%x, %w, %s : tensor<2x3x48xf32>, tensor<9x48xi3>, tensor<9x3xf32>)
         activation(silu) outs(%e : tensor<2x3x9xf32>) -> tensor<2x3x9xf32>
  return %r, %g, %si : tensor<2x3x9xf32>, tensor<2x3x9xf32>, tensor<2x3x9xf32>
}

// CHECK: check half_input result 0 {{.*}} ok
func.func @half_input(%x: tensor<4x128xf16>, %w: tensor<16x128xi4>, %s: tensor<16x1xf16>) -> tensor<4x16xf16> {
  %e = tensor.empty() : tensor<4x16xf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<4x128xf16>, tensor<16x128xi4>, tensor<16x1xf16>)
         outs(%e : tensor<4x16xf16>) -> tensor<4x16xf16>
  return %y : tensor<4x16xf16>
}
