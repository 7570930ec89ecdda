// RUN: tessel-opt %s --tessel-propagate-layouts | FileCheck %s
// RUN: tessel-opt %s --tessel-propagate-layouts > %t.mlir
// RUN: rm -rf %t.a %t.b && mkdir -p %t.a %t.b
// RUN: tessel-run %s --entry=channels_into_weights --seed=2 --output-dir=%t.a
// RUN: tessel-run %t.mlir --entry=channels_into_weights --seed=2 --output-dir=%t.b
// RUN: %python -c "import numpy as n, sys; a = n.load(sys.argv[1]); b = n.load(sys.argv[2]); print('identical' if (a == b).all() else 'different')" %t.a/channels_into_weights.result0.npy %t.b/channels_into_weights.result0.npy | FileCheck %s --check-prefix=SAME
// SAME: identical

#row = #tessel.layout<(8, 8):(8, 1)>
#col = #tessel.layout<(8, 8):(1, 8)>
#tile = #tessel.layout<(8, 8):(9, 1)>

// Two layout changes in a row are one.
// CHECK-LABEL: func.func @chain
// CHECK:         %[[R:.*]] = tessel.relayout ins(%arg0 : tensor<8x8xf32, #{{.*}}>) outs(%{{.*}} : tensor<8x8xf32, #{{.*}}>)
// CHECK-NEXT:    return %[[R]]
func.func @chain(%x: tensor<8x8xf32, #row>) -> tensor<8x8xf32, #tile> {
  %e1 = tensor.empty() : tensor<8x8xf32, #col>
  %a = tessel.relayout ins(%x : tensor<8x8xf32, #row>) outs(%e1 : tensor<8x8xf32, #col>) -> tensor<8x8xf32, #col>
  %e2 = tensor.empty() : tensor<8x8xf32, #tile>
  %b = tessel.relayout ins(%a : tensor<8x8xf32, #col>) outs(%e2 : tensor<8x8xf32, #tile>) -> tensor<8x8xf32, #tile>
  return %b : tensor<8x8xf32, #tile>
}

// A relayout of a constant is the constant in the new layout.
// CHECK-LABEL: func.func @constant_relayout
// CHECK-NEXT:    %[[C:.*]] = arith.constant dense<1.500000e+00> : tensor<8x8xf32, #{{.*}}>
// CHECK-NEXT:    return %[[C]]
func.func @constant_relayout() -> tensor<8x8xf32, #col> {
  %c = arith.constant dense<1.5> : tensor<8x8xf32, #row>
  %e = tensor.empty() : tensor<8x8xf32, #col>
  %r = tessel.relayout ins(%c : tensor<8x8xf32, #row>) outs(%e : tensor<8x8xf32, #col>) -> tensor<8x8xf32, #col>
  return %r : tensor<8x8xf32, #col>
}

// permute(permute(x, [2, 0, 1, 3]), [1, 1, 3, 0]) = permute(x, [0, 0, 3, 2]).
// CHECK-LABEL: func.func @compose
// CHECK:         %[[I:.*]] = arith.constant dense<[0, 0, 3, 2]> : tensor<4xi64>
// CHECK:         tessel.permute dimension(1) ins(%arg0, %[[I]]
// CHECK-NOT:     tessel.permute
func.func @compose(%x: tensor<2x4xf32>) -> tensor<2x4xf32> {
  %i = arith.constant dense<[2, 0, 1, 3]> : tensor<4xi32>
  %j = arith.constant dense<[1, 1, 3, 0]> : tensor<4xi32>
  %e = tensor.empty() : tensor<2x4xf32>
  %a = tessel.permute dimension(1) ins(%x, %i : tensor<2x4xf32>, tensor<4xi32>) outs(%e : tensor<2x4xf32>) -> tensor<2x4xf32>
  %b = tessel.permute dimension(1) ins(%a, %j : tensor<2x4xf32>, tensor<4xi32>) outs(%e : tensor<2x4xf32>) -> tensor<2x4xf32>
  return %b : tensor<2x4xf32>
}

// A permute and its inverse cancel (they compose to the identity).
// CHECK-LABEL: func.func @inverse
// CHECK-NEXT:    return %arg0
func.func @inverse(%x: tensor<3x2xf32>) -> tensor<3x2xf32> {
  %p = arith.constant dense<[2, 0, 1]> : tensor<3xi64>
  %q = arith.constant dense<[1, 2, 0]> : tensor<3xi64>
  %e = tensor.empty() : tensor<3x2xf32>
  %a = tessel.permute dimension(0) ins(%x, %p : tensor<3x2xf32>, tensor<3xi64>) outs(%e : tensor<3x2xf32>) -> tensor<3x2xf32>
  %b = tessel.permute dimension(0) ins(%a, %q : tensor<3x2xf32>, tensor<3xi64>) outs(%e : tensor<3x2xf32>) -> tensor<3x2xf32>
  return %b : tensor<3x2xf32>
}

// A permute of a constant is computed at compile time.
// CHECK-LABEL: func.func @constant_permute
// CHECK-NEXT:    %[[C:.*]] = arith.constant dense<{{\[}}[3, 1, 2], [6, 4, 5]]> : tensor<2x3xi32>
// CHECK-NEXT:    return %[[C]]
func.func @constant_permute() -> tensor<2x3xi32> {
  %c = arith.constant dense<[[1, 2, 3], [4, 5, 6]]> : tensor<2x3xi32>
  %i = arith.constant dense<[2, 0, 1]> : tensor<3xindex>
  %e = tensor.empty() : tensor<2x3xi32>
  %p = tessel.permute dimension(1) ins(%c, %i : tensor<2x3xi32>, tensor<3xindex>) outs(%e : tensor<2x3xi32>) -> tensor<2x3xi32>
  return %p : tensor<2x3xi32>
}

// Permuting a qmatmul's output channels permutes the rows of its constant
// weight and its bias: the same numbers come out (checked above, bit for
// bit, by running both versions).
// CHECK-LABEL: func.func @channels_into_weights
// CHECK-DAG:     %[[W:.*]] = arith.constant dense<{{\[}}[3.000000e+00, 3.500000e+00], [1.000000e+00, 1.500000e+00], [2.000000e+00, 2.500000e+00]]> : tensor<3x2xf32>
// CHECK-DAG:     %[[B:.*]] = arith.constant dense<[3.000000e-01, 1.000000e-01, 2.000000e-01]> : tensor<3xf32>
// CHECK:         %[[Q:.*]]:2 = tessel.quantize signed group_size(2) ins(%[[W]]
// CHECK:         tessel.qmatmul signed group_size(2) ins(%arg0, %[[Q]]#0, %[[Q]]#1 : {{.*}}) bias(%[[B]] : tensor<3xf32>)
// CHECK-NOT:     tessel.permute
func.func @channels_into_weights(%x: tensor<4x2xf32>) -> tensor<4x3xf32> {
  %w = arith.constant dense<[[1.0, 1.5], [2.0, 2.5], [3.0, 3.5]]> : tensor<3x2xf32>
  %bias = arith.constant dense<[0.1, 0.2, 0.3]> : tensor<3xf32>
  %q0 = tensor.empty() : tensor<3x2xi4>
  %s0 = tensor.empty() : tensor<3x1xf32>
  %q, %s = tessel.quantize signed group_size(2) ins(%w : tensor<3x2xf32>) outs(%q0, %s0 : tensor<3x2xi4>, tensor<3x1xf32>) -> tensor<3x2xi4>, tensor<3x1xf32>
  %e = tensor.empty() : tensor<4x3xf32>
  %y = tessel.qmatmul signed group_size(2) ins(%x, %q, %s : tensor<4x2xf32>, tensor<3x2xi4>, tensor<3x1xf32>) bias(%bias : tensor<3xf32>) outs(%e : tensor<4x3xf32>) -> tensor<4x3xf32>
  %i = arith.constant dense<[2, 0, 1]> : tensor<3xi64>
  %p = tessel.permute dimension(1) ins(%y, %i : tensor<4x3xf32>, tensor<3xi64>) outs(%e : tensor<4x3xf32>) -> tensor<4x3xf32>
  return %p : tensor<4x3xf32>
}

// Runtime weights or indices, or another use of the qmatmul's output: left
// alone.
// CHECK-LABEL: func.func @left_alone
// CHECK-COUNT-2: tessel.permute
func.func @left_alone(%x: tensor<4x2xf32>, %w: tensor<3x2xf32>, %i: tensor<3xi64>) -> (tensor<4x3xf32>, tensor<4x3xf32>) {
  %q0 = tensor.empty() : tensor<3x2xi4>
  %s0 = tensor.empty() : tensor<3x1xf32>
  %q, %s = tessel.quantize signed group_size(2) ins(%w : tensor<3x2xf32>) outs(%q0, %s0 : tensor<3x2xi4>, tensor<3x1xf32>) -> tensor<3x2xi4>, tensor<3x1xf32>
  %e = tensor.empty() : tensor<4x3xf32>
  %y = tessel.qmatmul signed group_size(2) ins(%x, %q, %s : tensor<4x2xf32>, tensor<3x2xi4>, tensor<3x1xf32>) outs(%e : tensor<4x3xf32>) -> tensor<4x3xf32>
  %c = arith.constant dense<[2, 0, 1]> : tensor<3xi64>
  %a = tessel.permute dimension(1) ins(%y, %c : tensor<4x3xf32>, tensor<3xi64>) outs(%e : tensor<4x3xf32>) -> tensor<4x3xf32>
  %b = tessel.permute dimension(1) ins(%x, %i : tensor<4x2xf32>, tensor<3xi64>) outs(%e : tensor<4x3xf32>) -> tensor<4x3xf32>
  return %a, %b : tensor<4x3xf32>, tensor<4x3xf32>
}
