// RUN: not tessel-opt %s 2>&1 | FileCheck %s

// Bad input: an algorithm that does not exist. A diagnostic that names the problem, a non-zero
// exit, and no crash (`not` fails on a crash).

// CHECK: error: custom op 'tessel.softmax' expected string or keyword containing one of the following enum values
func.func @f(%x: tensor<4x8xf32>, %o: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %r = tessel.softmax four_pass dimension(1) ins(%x : tensor<4x8xf32>) outs(%o : tensor<4x8xf32>) -> tensor<4x8xf32>
  return %r : tensor<4x8xf32>
}
