// RUN: tessel-opt %s --tessel-cpu-configure=cost-model=fixed --tessel-tile --split-input-file | FileCheck %s

// Attention: (batch, group of query heads sharing a key/value head) pairs in
// parallel, then 64 query rows (a divisor of Sq = 128) at a time in a serial
// loop inside, each with its causal offset.
// CHECK-LABEL: func.func @attention
// CHECK:         scf.forall (%{{.*}}, %{{.*}}) = (0, 0) to (2, 4) step (1, 2)
// CHECK:           scf.for %[[ROW:.*]] = %{{.*}} to %{{.*}} step %{{.*}} iter_args
// CHECK:             tessel.attention causal ins({{.*}} : tensor<1x2x64x16xf32>, tensor<1x1x128x16xf32>, tensor<1x1x128x16xf32>) offset(%[[ROW]])
func.func @attention(%q: tensor<2x4x128x16xf32>, %k: tensor<2x2x128x16xf32>, %v: tensor<2x2x128x16xf32>) -> tensor<2x4x128x16xf32> {
  %e = tensor.empty() : tensor<2x4x128x16xf32>
  %o = tessel.attention causal ins(%q, %k, %v : tensor<2x4x128x16xf32>, tensor<2x2x128x16xf32>, tensor<2x2x128x16xf32>) outs(%e : tensor<2x4x128x16xf32>) -> tensor<2x4x128x16xf32>
  return %o : tensor<2x4x128x16xf32>
}

// -----

// With a block mask the query tile is a whole number of blocks (48 = 3 x 16
// for Sq = 100, not the divisor 50), and rows stay parallel.
// CHECK-LABEL: func.func @block_sparse
// CHECK:         scf.forall {{.*}} step (1, 1, 48)
func.func @block_sparse(%q: tensor<1x1x100x16xf32>, %m: tensor<1x1x7x7xi1>) -> tensor<1x1x100x16xf32> {
  %e = tensor.empty() : tensor<1x1x100x16xf32>
  %o = tessel.attention ins(%q, %q, %q : tensor<1x1x100x16xf32>, tensor<1x1x100x16xf32>, tensor<1x1x100x16xf32>)
         block_mask(%m : tensor<1x1x7x7xi1>) block_sizes = [16, 16] outs(%e : tensor<1x1x100x16xf32>) -> tensor<1x1x100x16xf32>
  return %o : tensor<1x1x100x16xf32>
}

// -----

// qmatmul by 64 output columns; softmax by row; other ops untouched.
// CHECK-LABEL: func.func @others
// CHECK:         scf.forall (%{{.*}}) = (0) to (256) step (64)
// CHECK:           tessel.qmatmul {{.*}} outs(%{{.*}} : tensor<4x64xf32>)
// CHECK:         scf.forall (%{{.*}}) in (4)
// CHECK:           tessel.softmax {{.*}} ins(%{{.*}} : tensor<1x256xf32>)
// CHECK:         scf.forall.in_parallel
// CHECK-NOT:     scf.forall (
// CHECK:         tessel.permute
func.func @others(%x: tensor<4x128xf32>, %w: tensor<256x128xi4>, %s: tensor<256x1xf32>, %idx: tensor<256xi32>) -> tensor<4x256xf32> {
  %e = tensor.empty() : tensor<4x256xf32>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<4x128xf32>, tensor<256x128xi4>, tensor<256x1xf32>) outs(%e : tensor<4x256xf32>) -> tensor<4x256xf32>
  %z = tessel.softmax online dimension(1) ins(%y : tensor<4x256xf32>) outs(%e : tensor<4x256xf32>) -> tensor<4x256xf32>
  %p = tessel.permute dimension(1) ins(%z, %idx : tensor<4x256xf32>, tensor<256xi32>) outs(%e : tensor<4x256xf32>) -> tensor<4x256xf32>
  return %p : tensor<4x256xf32>
}

// -----

// An op the pass cannot tile (dynamic head counts: the group is unknown)
// stays whole, without a diagnostic.
// CHECK-LABEL: func.func @dynamic_heads
// CHECK-NOT:     scf.forall
// CHECK:         tessel.attention
func.func @dynamic_heads(%q: tensor<1x?x8x16xf32>, %k: tensor<1x?x8x16xf32>, %e: tensor<1x?x8x16xf32>) -> tensor<1x?x8x16xf32> {
  %o = tessel.attention ins(%q, %k, %k : tensor<1x?x8x16xf32>, tensor<1x?x8x16xf32>, tensor<1x?x8x16xf32>) outs(%e : tensor<1x?x8x16xf32>) -> tensor<1x?x8x16xf32>
  return %o : tensor<1x?x8x16xf32>
}

// -----

// An explicit tessel.tile_sizes attribute wins over the defaults.
// CHECK-LABEL: func.func @explicit_sizes
// CHECK:         scf.forall (%{{.*}}) = (0) to (256) step (32)
func.func @explicit_sizes(%x: tensor<4x128xf32>, %w: tensor<256x128xi4>, %s: tensor<256x1xf32>) -> tensor<4x256xf32> {
  %e = tensor.empty() : tensor<4x256xf32>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<4x128xf32>, tensor<256x128xi4>, tensor<256x1xf32>) outs(%e : tensor<4x256xf32>) {tessel.tile_sizes = array<i64: 0, 32>} -> tensor<4x256xf32>
  return %y : tensor<4x256xf32>
}
