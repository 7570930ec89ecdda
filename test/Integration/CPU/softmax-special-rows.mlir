// Softmax rows of only -inf give NaN for every algorithm, as the formula,
// numpy and PyTorch do (docs/Semantics.md), and the float64 reference
// agrees; a row with some -inf gives zeros there and a normal softmax
// elsewhere. Before, the reference gave zeros for the all -inf row and
// --check failed on a correct result.

// RUN: tessel-run %s --check | FileCheck %s
// CHECK-NOT: FAIL
// CHECK: check three_pass result 0 {{.*}} ok
// CHECK: check two_pass result 0 {{.*}} ok
// CHECK: check online result 0 {{.*}} ok

func.func @three_pass() -> tensor<2x4xf32> {
  %x = arith.constant dense<[[0xFF800000, 0xFF800000, 0xFF800000, 0xFF800000], [1.0, 0xFF800000, -3.0, 2.5]]> : tensor<2x4xf32>
  %e = tensor.empty() : tensor<2x4xf32>
  %y = tessel.softmax three_pass dimension(1) ins(%x : tensor<2x4xf32>) outs(%e : tensor<2x4xf32>) -> tensor<2x4xf32>
  return %y : tensor<2x4xf32>
}

func.func @two_pass() -> tensor<2x4xf32> {
  %x = arith.constant dense<[[0xFF800000, 0xFF800000, 0xFF800000, 0xFF800000], [1.0, 0xFF800000, -3.0, 2.5]]> : tensor<2x4xf32>
  %e = tensor.empty() : tensor<2x4xf32>
  %y = tessel.softmax two_pass dimension(1) ins(%x : tensor<2x4xf32>) outs(%e : tensor<2x4xf32>) -> tensor<2x4xf32>
  return %y : tensor<2x4xf32>
}

func.func @online() -> tensor<2x4xf32> {
  %x = arith.constant dense<[[0xFF800000, 0xFF800000, 0xFF800000, 0xFF800000], [1.0, 0xFF800000, -3.0, 2.5]]> : tensor<2x4xf32>
  %e = tensor.empty() : tensor<2x4xf32>
  %y = tessel.softmax online dimension(1) ins(%x : tensor<2x4xf32>) outs(%e : tensor<2x4xf32>) -> tensor<2x4xf32>
  return %y : tensor<2x4xf32>
}
