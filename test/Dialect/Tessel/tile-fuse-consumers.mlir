// RUN: tessel-opt %s --tessel-cpu-configure=cost-model=fixed --tessel-tile --split-input-file | FileCheck %s
// RUN: tessel-opt %s --tessel-cpu-configure=cost-model=fixed --tessel-tile=fuse-consumers=0 --split-input-file | FileCheck %s --check-prefix=OFF

// A residual add and a scaling after a qmatmul are computed per column tile
// inside its loop; the residual's tensor.empty moves before the loop.
// CHECK-LABEL: func.func @qmatmul_residual_scale
// CHECK: tensor.empty() : tensor<4x256xf32>
// CHECK: scf.forall {{.*}} step (64)
// CHECK:   tessel.qmatmul {{.*}} tensor<4x64xf32>
// CHECK:   linalg.add {{.*}} tensor<4x64xf32>
// CHECK:   linalg.mul {{.*}} tensor<4x64xf32>
// CHECK: scf.forall.in_parallel
// CHECK-NOT: linalg.add
// CHECK: return
// OFF-LABEL: func.func @qmatmul_residual_scale
// OFF: scf.forall
// OFF: linalg.add {{.*}} tensor<4x256xf32>
func.func @qmatmul_residual_scale(%x: tensor<4x256xf32>, %w: tensor<256x256xi4>, %s: tensor<256x4xf32>,
                                  %r: tensor<4x256xf32>, %c: tensor<4x256xf32>) -> tensor<4x256xf32> {
  %e = tensor.empty() : tensor<4x256xf32>
  %y = tessel.qmatmul signed group_size(64) ins(%x, %w, %s : tensor<4x256xf32>, tensor<256x256xi4>, tensor<256x4xf32>) outs(%e : tensor<4x256xf32>) -> tensor<4x256xf32>
  %e2 = tensor.empty() : tensor<4x256xf32>
  %sum = linalg.add ins(%y, %r : tensor<4x256xf32>, tensor<4x256xf32>) outs(%e2 : tensor<4x256xf32>) -> tensor<4x256xf32>
  %e3 = tensor.empty() : tensor<4x256xf32>
  %out = linalg.mul ins(%sum, %c : tensor<4x256xf32>, tensor<4x256xf32>) outs(%e3 : tensor<4x256xf32>) -> tensor<4x256xf32>
  return %out : tensor<4x256xf32>
}

// -----

// Attention plus a residual: fused into the (batch, head) loop, around the
// serial loop over query rows.
// CHECK-LABEL: func.func @attention_residual
// CHECK: scf.forall
// CHECK:   scf.for
// CHECK:     tessel.attention
// CHECK:   linalg.add {{.*}} tensor<1x1x128x16xf32>
// CHECK: scf.forall.in_parallel
func.func @attention_residual(%q: tensor<1x2x128x16xf32>, %r: tensor<1x2x128x16xf32>) -> tensor<1x2x128x16xf32> {
  %e = tensor.empty() : tensor<1x2x128x16xf32>
  %o = tessel.attention causal ins(%q, %q, %q : tensor<1x2x128x16xf32>, tensor<1x2x128x16xf32>, tensor<1x2x128x16xf32>) outs(%e : tensor<1x2x128x16xf32>) -> tensor<1x2x128x16xf32>
  %sum = linalg.add ins(%o, %r : tensor<1x2x128x16xf32>, tensor<1x2x128x16xf32>) outs(%e : tensor<1x2x128x16xf32>) -> tensor<1x2x128x16xf32>
  return %sum : tensor<1x2x128x16xf32>
}

// -----

// Not fused: a reduction over the tiled dimension (every tile's columns
// are needed for one output), and a consumer in another block.
// CHECK-LABEL: func.func @not_elementwise
// CHECK: scf.forall
// CHECK: scf.forall.in_parallel
// CHECK: linalg.reduce
// CHECK: scf.if
// CHECK:   linalg.add
func.func @not_elementwise(%x: tensor<4x256xf32>, %w: tensor<256x256xi4>, %s: tensor<256x4xf32>, %p: i1) -> (tensor<4xf32>, tensor<4x256xf32>) {
  %e = tensor.empty() : tensor<4x256xf32>
  %y = tessel.qmatmul signed group_size(64) ins(%x, %w, %s : tensor<4x256xf32>, tensor<256x256xi4>, tensor<256x4xf32>) outs(%e : tensor<4x256xf32>) -> tensor<4x256xf32>
  %z = tensor.empty() : tensor<4xf32>
  %sum = linalg.reduce ins(%y : tensor<4x256xf32>) outs(%z : tensor<4xf32>) dimensions = [1]
    (%a: f32, %b: f32) {
      %t = arith.addf %a, %b : f32
      linalg.yield %t : f32
    }
  %r = scf.if %p -> tensor<4x256xf32> {
    %d = linalg.add ins(%y, %y : tensor<4x256xf32>, tensor<4x256xf32>) outs(%e : tensor<4x256xf32>) -> tensor<4x256xf32>
    scf.yield %d : tensor<4x256xf32>
  } else {
    scf.yield %y : tensor<4x256xf32>
  }
  return %sum, %r : tensor<4xf32>, tensor<4x256xf32>
}
