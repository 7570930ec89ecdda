// quantize and dequantize on the CPU against the float64 reference:
// symmetric and asymmetric, 2-, 3-, 4- and 8-bit, groups of one and of the
// whole row. Integer outputs may differ by one step where f32 and f64
// rounding disagree on a tie.

// RUN: tessel-run %s --seed=11 --check | FileCheck %s
// CHECK-NOT: FAIL

// CHECK: check symmetric result 0 {{.*}} ok
// CHECK: check symmetric result 1 {{.*}} ok
func.func @symmetric(%x: tensor<6x96xf32>) -> (tensor<6x96xi4>, tensor<6x3xf32>) {
  %q = tensor.empty() : tensor<6x96xi4>
  %s = tensor.empty() : tensor<6x3xf32>
  %a, %b = tessel.quantize signed group_size(32) ins(%x : tensor<6x96xf32>) outs(%q, %s : tensor<6x96xi4>, tensor<6x3xf32>) -> tensor<6x96xi4>, tensor<6x3xf32>
  return %a, %b : tensor<6x96xi4>, tensor<6x3xf32>
}

// CHECK: check asymmetric result 0 {{.*}} ok
// CHECK: check asymmetric result 1 {{.*}} ok
// CHECK: check asymmetric result 2 {{.*}} ok
func.func @asymmetric(%x: tensor<3x40xf32>) -> (tensor<3x40xi3>, tensor<3x1xf32>, tensor<3x1xi3>) {
  %q = tensor.empty() : tensor<3x40xi3>
  %s = tensor.empty() : tensor<3x1xf32>
  %z = tensor.empty() : tensor<3x1xi3>
  %a, %b, %c = tessel.quantize unsigned group_size(40) ins(%x : tensor<3x40xf32>) outs(%q, %s, %z : tensor<3x40xi3>, tensor<3x1xf32>, tensor<3x1xi3>) -> tensor<3x40xi3>, tensor<3x1xf32>, tensor<3x1xi3>
  return %a, %b, %c : tensor<3x40xi3>, tensor<3x1xf32>, tensor<3x1xi3>
}

// CHECK: check signed_zero_points result 0 {{.*}} ok
func.func @signed_zero_points(%x: tensor<2x8xf32>) -> tensor<2x8xi8> {
  %q = tensor.empty() : tensor<2x8xi8>
  %s = tensor.empty() : tensor<2x8xf32>
  %z = tensor.empty() : tensor<2x8xi8>
  %a, %b, %c = tessel.quantize signed group_size(1) ins(%x : tensor<2x8xf32>) outs(%q, %s, %z : tensor<2x8xi8>, tensor<2x8xf32>, tensor<2x8xi8>) -> tensor<2x8xi8>, tensor<2x8xf32>, tensor<2x8xi8>
  return %a : tensor<2x8xi8>
}

// CHECK: check dequantize result 0 {{.*}} ok
// CHECK: check dequantize result 1 {{.*}} ok
func.func @dequantize(%q: tensor<4x64xi2>, %s: tensor<4x4xf32>, %z: tensor<4x4xi2>) -> (tensor<4x64xf32>, tensor<4x64xf32>) {
  %e = tensor.empty() : tensor<4x64xf32>
  %a = tessel.dequantize signed group_size(16) ins(%q, %s : tensor<4x64xi2>, tensor<4x4xf32>) outs(%e : tensor<4x64xf32>) -> tensor<4x64xf32>
  %b = tessel.dequantize unsigned group_size(16) ins(%q, %s : tensor<4x64xi2>, tensor<4x4xf32>) zero_points(%z : tensor<4x4xi2>) outs(%e : tensor<4x64xf32>) -> tensor<4x64xf32>
  return %a, %b : tensor<4x64xf32>, tensor<4x64xf32>
}
