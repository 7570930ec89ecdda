// RUN: tessel-opt %s --tessel-cpu-configure=cost-model=fixed --tessel-tile | FileCheck %s --check-prefix=FIXED
// RUN: tessel-opt %s --tessel-cpu-configure=cost-model=analytical --tessel-tile | FileCheck %s --check-prefix=MODEL
// RUN: tessel-opt %s --tessel-cpu-configure --tessel-tile | FileCheck %s --check-prefix=LEARNED
// RUN: not tessel-opt %s --tessel-cpu-configure=cost-model=oracle 2>&1 | FileCheck %s --check-prefix=BAD
// RUN: tessel-opt %s --tessel-cpu-configure=cost-model=fixed | FileCheck %s --check-prefix=RECORDED

// What the configuration records (tessel-tile then only reads it): eight
// (batch, head group) pairs run in parallel and the 64 query rows in a
// serial loop inside each; the qmatmul in tiles of 64 columns.
// RECORDED: tessel.attention {{.*}}{tessel.serial_tile_sizes = array<i64: 0, 0, 64>, tessel.tile_sizes = array<i64: 1, 1, 0>}
// RECORDED: tessel.qmatmul {{.*}}{tessel.tile_sizes = array<i64: 0, 64>}

// Fixed: 64 query rows and 64 qmatmul columns, and nothing recorded for the
// lowering (its defaults: 64-key blocks, 16 lanes).
// FIXED:  scf.for {{.*}} step %c64
// FIXED-NOT: tessel.key_block
// FIXED:  scf.forall (%{{.*}}) = (0) to (4096) step (64)
// FIXED-NOT: tessel.qmatmul_lanes
// The analytical model prefers 128 query rows per tile (K and V are re-read
// once per row tile) and 128 qmatmul columns; it is blind to lanes and to
// key blocks of a full attention, which keep their defaults.
// MODEL:  scf.for {{.*}} step %c128
// MODEL:  tessel.attention {{.*}} {tessel.key_block = 64 : i64}
// MODEL:  scf.forall (%{{.*}}) = (0) to (4096) step (128)
// MODEL:  tessel.qmatmul {{.*}} {tessel.qmatmul_lanes = 16 : i64}
// The learned model (the default; shipped for the CPU) records its choices.
// LEARNED:  scf.for {{.*}} step %c{{16|32|64|128|256}}
// LEARNED:  tessel.attention {{.*}} {tessel.key_block = {{0|32|64|128}} : i64}
// LEARNED:  scf.forall (%{{.*}}) = (0) to (4096) step ({{16|32|64|128|256}})
// LEARNED:  tessel.qmatmul {{.*}} {tessel.qmatmul_lanes = {{1|4|8|16|32}} : i64}
// BAD:    error: tessel-cpu-configure: unknown cost model 'oracle' (expected analytical, learned or a .json model file)
func.func @f(%q: tensor<1x8x1024x64xf32>, %x: tensor<1x4096xf32>, %w: tensor<4096x4096xi4>, %s: tensor<4096x32xf32>)
    -> (tensor<1x8x1024x64xf32>, tensor<1x4096xf32>) {
  %e = tensor.empty() : tensor<1x8x1024x64xf32>
  %o = tessel.attention ins(%q, %q, %q : tensor<1x8x1024x64xf32>, tensor<1x8x1024x64xf32>, tensor<1x8x1024x64xf32>) outs(%e : tensor<1x8x1024x64xf32>) -> tensor<1x8x1024x64xf32>
  %ey = tensor.empty() : tensor<1x4096xf32>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<1x4096xf32>, tensor<4096x4096xi4>, tensor<4096x32xf32>) outs(%ey : tensor<1x4096xf32>) -> tensor<1x4096xf32>
  return %o, %y : tensor<1x8x1024x64xf32>, tensor<1x4096xf32>
}
