// Residual adds and scalings fused into the tile loops of qmatmul and
// attention (tessel-tile's consumer fusion) compute what the unfused
// program does: both against the float64 reference.
// RUN: tessel-run %s --seed=5 --check | FileCheck %s
// RUN: tessel-run %s --seed=5 --check --cost-model=fixed | FileCheck %s
// CHECK: check qmatmul_residual_scale result 0 {{.*}}: ok
// CHECK: check attention_residual result 0 {{.*}}: ok
// CHECK-NOT: FAIL

func.func @qmatmul_residual_scale(%x: tensor<5x256xf32>, %w: tensor<200x256xi4>, %s: tensor<200x4xf32>,
                                  %r: tensor<5x200xf32>, %c: tensor<5x200xf32>) -> tensor<5x200xf32> {
  %e = tensor.empty() : tensor<5x200xf32>
  %y = tessel.qmatmul signed group_size(64) ins(%x, %w, %s : tensor<5x256xf32>, tensor<200x256xi4>, tensor<200x4xf32>) outs(%e : tensor<5x200xf32>) -> tensor<5x200xf32>
  %e2 = tensor.empty() : tensor<5x200xf32>
  %sum = linalg.add ins(%y, %r : tensor<5x200xf32>, tensor<5x200xf32>) outs(%e2 : tensor<5x200xf32>) -> tensor<5x200xf32>
  %e3 = tensor.empty() : tensor<5x200xf32>
  %out = linalg.mul ins(%sum, %c : tensor<5x200xf32>, tensor<5x200xf32>) outs(%e3 : tensor<5x200xf32>) -> tensor<5x200xf32>
  return %out : tensor<5x200xf32>
}

func.func @attention_residual(%q: tensor<2x4x96x16xf32>, %k: tensor<2x2x96x16xf32>, %r: tensor<2x4x96x16xf32>) -> tensor<2x4x96x16xf32> {
  %e = tensor.empty() : tensor<2x4x96x16xf32>
  %o = tessel.attention causal ins(%q, %k, %k : tensor<2x4x96x16xf32>, tensor<2x2x96x16xf32>, tensor<2x2x96x16xf32>) outs(%e : tensor<2x4x96x16xf32>) -> tensor<2x4x96x16xf32>
  %e2 = tensor.empty() : tensor<2x4x96x16xf32>
  %sum = linalg.add ins(%o, %r : tensor<2x4x96x16xf32>, tensor<2x4x96x16xf32>) outs(%e2 : tensor<2x4x96x16xf32>) -> tensor<2x4x96x16xf32>
  return %sum : tensor<2x4x96x16xf32>
}
