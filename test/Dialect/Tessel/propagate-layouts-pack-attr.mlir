// RUN: tessel-opt %s --tessel-propagate-layouts --split-input-file | FileCheck %s

// tessel.pack_weights written by hand (as tessel-cuda-configure writes it):
// the constant weights become words, and the decision is consumed.
// CHECK-LABEL: func.func @marked
// CHECK: %[[WORDS:.*]] = arith.constant dense<{{\[}}[1985229328, -19088744, 1985229328, -19088744], [-1, -1, -1, -1]]> : tensor<2x4xi32>
// CHECK: %[[W:.*]] = tessel.unpack ins(%[[WORDS]] : tensor<2x4xi32>)
// CHECK: tessel.qmatmul signed group_size(32) ins(%{{.*}}, %[[W]], %{{.*}} :
// CHECK-NOT: tessel.pack_weights
func.func @marked(%x: tensor<1x32xbf16>, %s: tensor<2x1xbf16>) -> tensor<1x2xbf16> {
  %w = arith.constant dense<[[0, 1, 2, 3, 4, 5, 6, 7, -8, -7, -6, -5, -4, -3, -2, -1, 0, 1, 2, 3, 4, 5, 6, 7, -8, -7, -6, -5, -4, -3, -2, -1], [-1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1]]> : tensor<2x32xi4>
  %e = tensor.empty() : tensor<1x2xbf16>
  %y = tessel.qmatmul signed group_size(32) ins(%x, %w, %s : tensor<1x32xbf16>, tensor<2x32xi4>, tensor<2x1xbf16>) outs(%e : tensor<1x2xbf16>) {tessel.pack_weights} -> tensor<1x2xbf16>
  return %y : tensor<1x2xbf16>
}

// -----

// Unmarked (the CPU, or an op the kernel does not take): one byte per weight.
// CHECK-LABEL: func.func @unmarked
// CHECK-NOT: tessel.unpack
// CHECK: tessel.qmatmul signed group_size(32) ins(%{{.*}}, %cst, %{{.*}} : tensor<1x32xbf16>, tensor<2x32xi4>
func.func @unmarked(%x: tensor<1x32xbf16>, %s: tensor<2x1xbf16>) -> tensor<1x2xbf16> {
  %w = arith.constant dense<-1> : tensor<2x32xi4>
  %e = tensor.empty() : tensor<1x2xbf16>
  %y = tessel.qmatmul signed group_size(32) ins(%x, %w, %s : tensor<1x32xbf16>, tensor<2x32xi4>, tensor<2x1xbf16>) outs(%e : tensor<1x2xbf16>) -> tensor<1x2xbf16>
  return %y : tensor<1x2xbf16>
}
