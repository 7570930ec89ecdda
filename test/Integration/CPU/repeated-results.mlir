// A function that returns one value twice, a computed one or an argument:
// tessel-distinct-result-buffers returns copies after the first place, so
// that each result has a buffer of its own. Before, upstream's
// buffer-results-to-out-params (with hoisted static allocations) crashed.
// ../CUDA/repeated-results.mlir compiles the same for the GPU.

// RUN: tessel-run %s --check | FileCheck %s
// CHECK-NOT: FAIL
// CHECK-COUNT-2: check twice result {{[01]}} {{.*}} ok
// CHECK-COUNT-2: check argument_twice result {{[01]}} {{.*}} ok

func.func @twice(%x: tensor<4x8xf32>) -> (tensor<4x8xf32>, tensor<4x8xf32>) {
  %e = tensor.empty() : tensor<4x8xf32>
  %y = tessel.softmax online dimension(1) ins(%x : tensor<4x8xf32>) outs(%e : tensor<4x8xf32>) -> tensor<4x8xf32>
  return %y, %y : tensor<4x8xf32>, tensor<4x8xf32>
}

func.func @argument_twice(%x: tensor<4x8xf32>) -> (tensor<4x8xf32>, tensor<4x8xf32>) {
  return %x, %x : tensor<4x8xf32>, tensor<4x8xf32>
}
