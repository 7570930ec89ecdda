// RUN: not tessel-opt %s 2>&1 | FileCheck %s

// Bad input: a result type that is not the destination's. A diagnostic that names the problem, a non-zero
// exit, and no crash (`not` fails on a crash).

// CHECK: error: 'tessel.softmax' op expected type of operand #1 ('tensor<4x8xf32>') to match type of corresponding result ('tensor<4x9xf32>')
func.func @f(%x: tensor<4x8xf32>, %o: tensor<4x8xf32>) -> tensor<4x9xf32> {
  %r = tessel.softmax online dimension(1) ins(%x : tensor<4x8xf32>) outs(%o : tensor<4x8xf32>) -> tensor<4x9xf32>
  return %r : tensor<4x9xf32>
}
