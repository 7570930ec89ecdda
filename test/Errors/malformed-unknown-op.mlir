// RUN: not tessel-opt %s 2>&1 | FileCheck %s

// Bad input: an op the dialect does not have. A diagnostic that names the problem, a non-zero
// exit, and no crash (`not` fails on a crash).

// CHECK: error: custom op 'tessel.flash' is unknown
func.func @f(%x: tensor<4x8xf32>) {
  %r = tessel.flash ins(%x : tensor<4x8xf32>) -> tensor<4x8xf32>
  return
}
