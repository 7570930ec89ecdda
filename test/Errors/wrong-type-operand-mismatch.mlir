// RUN: not tessel-opt %s 2>&1 | FileCheck %s

// Bad input: an operand whose type contradicts its declaration. A diagnostic that names the problem, a non-zero
// exit, and no crash (`not` fails on a crash).

// CHECK: error: use of value '%x' expects different type than prior uses
func.func @f(%x: tensor<4x8xf32>, %o: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %r = tessel.softmax online dimension(1) ins(%x : tensor<4x8xf16>) outs(%o : tensor<4x8xf32>) -> tensor<4x8xf32>
  return %r : tensor<4x8xf32>
}
