// RUN: not tessel-opt %s 2>&1 | FileCheck %s

// Bad input: a memref where a tensor is expected. A diagnostic that names the problem, a non-zero
// exit, and no crash (`not` fails on a crash).

// CHECK: error: custom op 'tessel.softmax' invalid kind of type specified: expected builtin.tensor, but found 'memref<4x8xf32>'
func.func @f(%x: memref<4x8xf32>, %o: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %r = tessel.softmax online dimension(1) ins(%x : memref<4x8xf32>) outs(%o : tensor<4x8xf32>) -> tensor<4x8xf32>
  return %r : tensor<4x8xf32>
}
