// RUN: tessel-opt %s --tessel-print-cost=cost-model=analytical -o /dev/null --mlir-print-op-on-diagnostic=false 2>&1 | FileCheck %s --check-prefix=CPU
// RUN: tessel-opt %s --tessel-print-cost="target=sm_90 cost-model=analytical" -o /dev/null --mlir-print-op-on-diagnostic=false 2>&1 | FileCheck %s --check-prefix=H100
// RUN: tessel-opt %s --tessel-print-cost=cost-model=analytical -o /dev/null --mlir-print-op-on-diagnostic=false 2>&1 | FileCheck %s --check-prefix=CANDIDATES
// RUN: not tessel-opt %s --tessel-print-cost=cost-model=fixed -o /dev/null 2>&1 | FileCheck %s --check-prefix=FIXED
// RUN: not tessel-opt %s --tessel-print-cost=target=tpu -o /dev/null 2>&1 | FileCheck %s --check-prefix=BAD

// The ranking tessel-cpu-configure makes, per op with choices: every
// candidate from the default (64 query rows, 64-key blocks; 64 columns, 16
// lanes), its predicted time and the pick (the same chooseConfiguration).
// Plain linalg.matmul has no choices.
// CANDIDATES-NOT: remark: candidates{{.*}}linalg
// CANDIDATES: remark: candidates(analytical, cpu): 12; [rows=64 key_block=64] {{.*}} s; [rows=16 key_block=0]
// CANDIDATES-SAME: pick [rows=128 key_block=64]
// CANDIDATES: remark: candidates(analytical, cpu): 25; [columns=64 lanes=16] {{.*}} pick [columns=128 lanes=16]
// FIXED: tessel-print-cost: cost-model=fixed has no estimates

// A 64x64x64 matmul: 2*64^3 FLOP; untiled, A, B and C move once
// (3 * 16 KiB); one tile, so one of the two cores is busy.
// CPU: remark: cost(analytical, cpu): {{.*}} / occupancy 0.50; 5.24e+05 FLOP, DRAM 4.92e+04 B, cache 0 B, scratchpad 49152 B (fits)
// Tiled 16 x 16: A is re-read for each of 4 column tiles and B for each of
// 4 row tiles: 4*16K + 4*16K + 16K bytes; 16 tiles fill both cores.
// CPU: remark: cost(analytical, cpu): {{.*}} / occupancy 1.00; 5.24e+05 FLOP, DRAM 1.47e+05 B
func.func @matmul(%a: tensor<64x64xf32>, %b: tensor<64x64xf32>, %c: tensor<64x64xf32>) -> (tensor<64x64xf32>, tensor<64x64xf32>) {
  %r = linalg.matmul ins(%a, %b : tensor<64x64xf32>, tensor<64x64xf32>) outs(%c : tensor<64x64xf32>) -> tensor<64x64xf32>
  %t = linalg.matmul {tessel.tile_sizes = array<i64: 16, 16, 0>} ins(%a, %b : tensor<64x64xf32>, tensor<64x64xf32>) outs(%c : tensor<64x64xf32>) -> tensor<64x64xf32>
  return %r, %t : tensor<64x64xf32>, tensor<64x64xf32>
}

// Causal attention skips key blocks per tile of query rows: a tile
// processes the 64-key blocks up to its last row's diagonal. Untiled (one
// tile of all 128 rows) that is every pair, as without causal masking;
// with tiles of 64 rows, 64 x 64 + 64 x 128 pairs per head, at
// 2 (D + Dv) + 5 FLOP each (both products and the softmax).
// A sliding window of one key also skips, per tile, the blocks before its
// first row's key: the second tile processes only block 1 (64 x 64 pairs
// per tile per head).
// CPU: remark: cost(analytical, cpu): {{.*}}; 8.55e+06 FLOP
// CPU: remark: cost(analytical, cpu): {{.*}}; 6.41e+06 FLOP
// CPU: remark: cost(analytical, cpu): {{.*}}; 8.55e+06 FLOP
// CPU: remark: cost(analytical, cpu): {{.*}}; 4.28e+06 FLOP
func.func @attention(%q: tensor<1x2x128x64xf32>) -> (tensor<1x2x128x64xf32>, tensor<1x2x128x64xf32>, tensor<1x2x128x64xf32>, tensor<1x2x128x64xf32>) {
  %e = tensor.empty() : tensor<1x2x128x64xf32>
  %c = tessel.attention causal ins(%q, %q, %q : tensor<1x2x128x64xf32>, tensor<1x2x128x64xf32>, tensor<1x2x128x64xf32>) outs(%e : tensor<1x2x128x64xf32>) -> tensor<1x2x128x64xf32>
  %t = tessel.attention causal ins(%q, %q, %q : tensor<1x2x128x64xf32>, tensor<1x2x128x64xf32>, tensor<1x2x128x64xf32>) outs(%e : tensor<1x2x128x64xf32>) {tessel.tile_sizes = array<i64: 1, 1, 64>} -> tensor<1x2x128x64xf32>
  %f = tessel.attention ins(%q, %q, %q : tensor<1x2x128x64xf32>, tensor<1x2x128x64xf32>, tensor<1x2x128x64xf32>) outs(%e : tensor<1x2x128x64xf32>) -> tensor<1x2x128x64xf32>
  %w = tessel.attention causal window(1) ins(%q, %q, %q : tensor<1x2x128x64xf32>, tensor<1x2x128x64xf32>, tensor<1x2x128x64xf32>) outs(%e : tensor<1x2x128x64xf32>) {tessel.tile_sizes = array<i64: 1, 1, 64>} -> tensor<1x2x128x64xf32>
  return %c, %t, %f, %w : tensor<1x2x128x64xf32>, tensor<1x2x128x64xf32>, tensor<1x2x128x64xf32>, tensor<1x2x128x64xf32>
}

// 4-bit weights: a byte each on the CPU, packed on the GPU (half the
// bytes); a 4096^2 M=1 qmatmul is memory-bound on both, and untiled it
// occupies one of the H100's 132 SMs.
// CPU: remark: cost(analytical, cpu): {{.*}}; 3.36e+07 FLOP, DRAM 1.71e+07 B
// H100: remark: cost(analytical, sm_90): {{.*}}; 3.36e+07 FLOP, DRAM 8.67e+06 B
func.func @qmatmul(%x: tensor<1x4096xf16>, %w: tensor<4096x4096xi4>, %s: tensor<4096x32xf16>) -> tensor<1x4096xf16> {
  %e = tensor.empty() : tensor<1x4096xf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<1x4096xf16>, tensor<4096x4096xi4>, tensor<4096x32xf16>) outs(%e : tensor<1x4096xf16>) -> tensor<1x4096xf16>
  return %y : tensor<1x4096xf16>
}

// Dynamic shapes are not modeled (said, not guessed).
// CPU: remark: cost(analytical, cpu): not modeled
func.func @dynamic(%x: tensor<?x64xf32>) -> tensor<?x64xf32> {
  %o = tessel.softmax online dimension(1) ins(%x : tensor<?x64xf32>) outs(%x : tensor<?x64xf32>) -> tensor<?x64xf32>
  return %o : tensor<?x64xf32>
}

// BAD: error: tessel-print-cost: unknown target 'tpu' (expected cpu, sm_80, sm_90 or h200)
