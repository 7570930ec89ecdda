// RUN: tessel-opt %s --tessel-tile | FileCheck %s --check-prefix=FIXED
// RUN: tessel-opt %s --tessel-tile=cost-model=analytical | FileCheck %s --check-prefix=MODEL
// RUN: not tessel-opt %s --tessel-tile=cost-model=oracle 2>&1 | FileCheck %s --check-prefix=BAD

// The analytical model prefers 128 query rows per tile (K and V are re-read
// once per row tile) and 128 qmatmul columns; the fixed default is 64.
// FIXED:  scf.for {{.*}} step %c64
// FIXED:  scf.forall (%{{.*}}) = (0) to (4096) step (64)
// MODEL:  scf.for {{.*}} step %c128
// MODEL:  scf.forall (%{{.*}}) = (0) to (4096) step (128)
// BAD:    error: tessel-tile: unknown cost-model 'oracle' (expected fixed or analytical)
func.func @f(%q: tensor<1x8x1024x64xf32>, %x: tensor<1x4096xf32>, %w: tensor<4096x4096xi4>, %s: tensor<4096x32xf32>)
    -> (tensor<1x8x1024x64xf32>, tensor<1x4096xf32>) {
  %e = tensor.empty() : tensor<1x8x1024x64xf32>
  %o = tessel.attention ins(%q, %q, %q : tensor<1x8x1024x64xf32>, tensor<1x8x1024x64xf32>, tensor<1x8x1024x64xf32>) outs(%e : tensor<1x8x1024x64xf32>) -> tensor<1x8x1024x64xf32>
  %ey = tensor.empty() : tensor<1x4096xf32>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<1x4096xf32>, tensor<4096x4096xi4>, tensor<4096x32xf32>) outs(%ey : tensor<1x4096xf32>) -> tensor<1x4096xf32>
  return %o, %y : tensor<1x8x1024x64xf32>, tensor<1x4096xf32>
}
