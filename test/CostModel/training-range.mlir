// The learned CPU model was trained on attention up to 1024 keys and 16
// (batch, head) pairs. Beyond that it answers as at the edge of its range,
// where K and V still fit the cache: for 2048 keys at head dim 128 it
// predicted a 16-row query tile best, 2.4x slower than the best measured
// (2026-12-08, Zen 5). Outside the training range the learned ranking only
// chooses among the candidates the analytical model predicts within 1.5x
// of its best (here 64 rows or more).
// RUN: tessel-opt %s --tessel-cpu-configure | FileCheck %s
// RUN: tessel-opt %s --tessel-print-cost 2>&1 | FileCheck %s --check-prefix=COST

// CHECK-LABEL: func.func @beyond_training
// CHECK: tessel.attention {{.*}}tessel.serial_tile_sizes = array<i64: 0, 0, {{64|128|256}}>
// COST: candidates(learned, cpu): 20; {{.*}} pick [rows={{64|128|256}} key_block=
func.func @beyond_training(%q: tensor<1x32x2048x128xf32>, %k: tensor<1x32x2048x128xf32>, %v: tensor<1x32x2048x128xf32>) -> tensor<1x32x2048x128xf32> {
  %e = tensor.empty() : tensor<1x32x2048x128xf32>
  %o = tessel.attention ins(%q, %k, %v : tensor<1x32x2048x128xf32>, tensor<1x32x2048x128xf32>, tensor<1x32x2048x128xf32>) outs(%e : tensor<1x32x2048x128xf32>) -> tensor<1x32x2048x128xf32>
  return %o : tensor<1x32x2048x128xf32>
}

// Within the range, the learned model's own pick (here 64 rows, 64-key
// blocks, as before the ranges were recorded).
// CHECK-LABEL: func.func @within_training
// CHECK: tessel.attention {{.*}}tessel.key_block = 64 : i64, tessel.serial_tile_sizes = array<i64: 0, 0, 64>
func.func @within_training(%q: tensor<1x8x1024x64xf32>, %k: tensor<1x8x1024x64xf32>, %v: tensor<1x8x1024x64xf32>) -> tensor<1x8x1024x64xf32> {
  %e = tensor.empty() : tensor<1x8x1024x64xf32>
  %o = tessel.attention ins(%q, %k, %v : tensor<1x8x1024x64xf32>, tensor<1x8x1024x64xf32>, tensor<1x8x1024x64xf32>) outs(%e : tensor<1x8x1024x64xf32>) -> tensor<1x8x1024x64xf32>
  return %o : tensor<1x8x1024x64xf32>
}
