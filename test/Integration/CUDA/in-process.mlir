// REQUIRES: cuda
// tessel-run --target=cuda compiles, loads and runs in one process where
// MLIR and a GPU are on the same machine (lit feature cuda; CI has no GPU
// and the lent GPU machine no MLIR, where the bundle tests of this
// directory run instead).

// RUN: tessel-run %s --target=cuda --seed=3 --check --bench=3 | FileCheck %s
// CHECK: check softmax_and_qmatmul result 0 {{.*}} ok
// CHECK: check softmax_and_qmatmul result 1 {{.*}} ok
// CHECK: bench softmax_and_qmatmul: median
func.func @softmax_and_qmatmul(%x: tensor<4x256xf32>, %w: tensor<32x256xi4>, %s: tensor<32x2xf32>) -> (tensor<4x256xf32>, tensor<4x32xf32>) {
  %e = tensor.empty() : tensor<4x256xf32>
  %p = tessel.softmax online dimension(1) ins(%x : tensor<4x256xf32>) outs(%e : tensor<4x256xf32>) -> tensor<4x256xf32>
  %f = tensor.empty() : tensor<4x32xf32>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<4x256xf32>, tensor<32x256xi4>, tensor<32x2xf32>) outs(%f : tensor<4x32xf32>) -> tensor<4x32xf32>
  return %p, %y : tensor<4x256xf32>, tensor<4x32xf32>
}
