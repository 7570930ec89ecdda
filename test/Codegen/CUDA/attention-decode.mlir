// RUN: tessel-opt %s --convert-tessel-to-gpu --split-input-file | FileCheck %s
// RUN: tessel-opt %s --tessel-cuda-configure="target=h200 decode-prefetch=5" --split-input-file | FileCheck %s --check-prefix=CONFIG
// RUN: tessel-opt %s --tessel-cuda-configure="target=h200 decode-warps=4" --split-input-file | FileCheck %s --check-prefix=WARPS
// RUN: not tessel-opt %s --tessel-cuda-configure="decode-warps=3" --split-input-file 2>&1 | FileCheck %s --check-prefix=BAD-WARPS
// BAD-WARPS: decode-warps must be 0, 1, 2 or 4

// The split-KV decode kernel (tessel.kv_splits), its CUDA-core form
// (tessel.tensor_cores = false), for one token of 8 query
// heads over 2 key/value heads (4 rows per block, 16 values of a key per
// lane: 8 lanes per key, 16 keys per step of 4 warps), 300 keys in 3
// splits of up to 7 steps (the last split's steps end with the keys; each
// block computes its split's steps from the keys it sees). Grid:
// (splits, key/value heads, batch). Each lane copies its own two 16-byte
// chunks of K and V per step with cp.async into a ring of 4 steps in
// shared memory, 3 steps ahead (the keys past the cache zero-filled), and
// waits for all but the 3 newest groups; a score is the sum over the 8
// lanes of a key (3 xor shuffles); the combine kernel (a warp per row:
// 3 splits)
// follows. The partial results live in f32 buffers of B x Hq x Sq x splits.
// CHECK-LABEL: func.func @gqa
// CHECK: memref.alloc() : memref<2x8x1x3x128xf32>
// CHECK: memref.alloc() : memref<2x8x1x3xf32>
// CHECK: memref.alloc() : memref<2x8x1x3xf32>
// CHECK: gpu.launch blocks({{.*}}) in ({{.*}} = %c3, {{.*}} = %c2, {{.*}} = %c2) threads({{.*}}) in ({{.*}} = %c128,
// CHECK: %[[RING:.*]] = memref.alloc() {alignment = 16 : i64} : memref<4x2x2x128x8xbf16, #gpu.address_space<workgroup>>
// CHECK-COUNT-4: nvgpu.device_async_copy {{.*}}, %[[RING]][%c0, {{.*}}], 8, %{{.*}} {bypassL1}
// CHECK: nvgpu.device_async_create_group
// CHECK: scf.for {{.*}} = %c0 to %{{.*}} step %c1
// CHECK-COUNT-4: nvgpu.device_async_copy
// CHECK: %[[GROUP:.*]] = nvgpu.device_async_create_group
// CHECK: nvgpu.device_async_wait %[[GROUP]] {numGroups = 3 : i32}
// CHECK-COUNT-4: vector.load %[[RING]]
// CHECK: gpu.shuffle xor %{{.*}}, %c1_i32
// CHECK: gpu.shuffle xor %{{.*}}, %c2_i32
// CHECK: gpu.shuffle xor %{{.*}}, %c4_i32
// CHECK-NOT: gpu.shuffle xor %{{.*}}, %c8_i32
// CHECK: scf.yield
// CHECK: gpu.barrier
// CHECK: gpu.terminator
// CHECK: gpu.launch blocks({{.*}}) in ({{.*}} = %c4, {{.*}} = %c1, {{.*}} = %c1) threads({{.*}}) in ({{.*}} = %c128,
// CHECK-NOT: tessel.attention
// CONFIG-LABEL: func.func @gqa
// CONFIG: tessel.attention {{.*}}tessel.decode_warps = 4 : i64, {{.*}}tessel.kv_splits = 3 : i64, tessel.prefetch_steps = 5 : i64, tessel.tensor_cores = false
// WARPS-LABEL: func.func @gqa
// WARPS: tessel.attention {{.*}}tessel.decode_warps = 4 : i64, {{.*}}tessel.kv_splits = 3 : i64
func.func @gqa(%q: tensor<2x8x1x128xbf16>, %k: tensor<2x2x300x128xbf16>, %v: tensor<2x2x300x128xbf16>) -> tensor<2x8x1x128xbf16> {
  %e = tensor.empty() : tensor<2x8x1x128xbf16>
  %o = tessel.attention ins(%q, %k, %v : tensor<2x8x1x128xbf16>, tensor<2x2x300x128xbf16>, tensor<2x2x300x128xbf16>) outs(%e : tensor<2x8x1x128xbf16>) {tessel.kv_splits = 3 : i64, tessel.tensor_cores = false} -> tensor<2x8x1x128xbf16>
  return %o : tensor<2x8x1x128xbf16>
}

// -----

// 8 rows per block (two tokens of 4 query heads per key/value head): 8
// values of a key per lane, 16 lanes per key (4 xor shuffles), 2 keys per
// warp, one 16-byte chunk per lane. tessel.prefetch_steps = 1: a ring of 2
// steps, waiting for all but the newest group.
// CHECK-LABEL: func.func @two_tokens
// CHECK: memref.alloc() {alignment = 16 : i64} : memref<2x2x1x128x8xf16, #gpu.address_space<workgroup>>
// CHECK: nvgpu.device_async_wait %{{.*}} {numGroups = 1 : i32}
// CHECK: gpu.shuffle xor %{{.*}}, %c8_i32
// CHECK-NOT: gpu.shuffle xor %{{.*}}, %c16_i32
// CHECK: scf.yield
// CHECK: gpu.shuffle xor %{{.*}}, %c16_i32
// CONFIG-LABEL: func.func @two_tokens
// CONFIG: tessel.prefetch_steps = 1 : i64
func.func @two_tokens(%q: tensor<1x8x2x128xf16>, %k: tensor<1x2x64x128xf16>, %v: tensor<1x2x64x128xf16>) -> tensor<1x8x2x128xf16> {
  %e = tensor.empty() : tensor<1x8x2x128xf16>
  %o = tessel.attention causal ins(%q, %k, %v : tensor<1x8x2x128xf16>, tensor<1x2x64x128xf16>, tensor<1x2x64x128xf16>) outs(%e : tensor<1x8x2x128xf16>) {tessel.kv_splits = 1 : i64, tessel.prefetch_steps = 1 : i64, tessel.tensor_cores = false} -> tensor<1x8x2x128xf16>
  return %o : tensor<1x8x2x128xf16>
}

// -----

// The tensor-core form (4 rows per key/value head, the default from 4) with
// one warp per block (tessel.decode_warps = 1; 4 by default, below): a
// block per (split, key/value head, batch) takes the 4 rows,
// padded to the 16 of mma.sync m16n8k16, and walks its split in blocks of
// 64 keys (ldmatrix, then mma.sync for S = Q K^T and O += P V); 300 keys in
// 3 splits of 128. The K and V tiles of a block are copied as one group
// into a ring of two tile pairs (the split's two blocks; the default of 3
// steps ahead is clamped to them): the first block's copies start before
// the loop, and each step starts the copies of the block after it and
// waits for all but that group. The last block of the keys is partial: a
// second loop compares indices. Each lane stores its rows' unnormalized O
// (f32 pairs), maximum and sum.
// CHECK-LABEL: func.func @gqa_tensor_cores
// CHECK: gpu.launch blocks({{.*}}) in ({{.*}} = %c3, {{.*}} = %c2, {{.*}} = %c2) threads({{.*}}) in ({{.*}} = %c32,
// CHECK: memref.alloc() {alignment = 128 : i64} : memref<128x128xbf16, #gpu.address_space<workgroup>>
// CHECK: memref.alloc() {alignment = 128 : i64} : memref<128x128xbf16, #gpu.address_space<workgroup>>
// CHECK: nvgpu.device_async_create_group
// CHECK-NOT: nvgpu.device_async_wait
// CHECK: scf.for
// CHECK: nvgpu.device_async_create_group
// CHECK: nvgpu.device_async_wait %{{.*}} {numGroups = 1 : i32}
// CHECK: gpu.barrier
// CHECK: nvgpu.ldmatrix
// CHECK: nvvm.mma.sync
// CHECK: gpu.barrier
// CHECK: scf.for
// CHECK: nvgpu.device_async_wait %{{.*}} {numGroups = 1 : i32}
// CHECK: arith.cmpi sge
// CHECK: nvvm.mma.sync
// CHECK: nvgpu.device_async_wait %{{.*}} {numGroups = 0 : i32}
// CHECK: vector.store %{{.*}} : memref<2x8x1x3x128xf32>, vector<2xf32>
// CHECK: memref.store %{{.*}} : memref<2x8x1x3xf32>
// CHECK: gpu.terminator
// CHECK: gpu.launch blocks({{.*}}) in ({{.*}} = %c4, {{.*}} = %c1, {{.*}} = %c1) threads({{.*}}) in ({{.*}} = %c128,
func.func @gqa_tensor_cores(%q: tensor<2x8x1x128xbf16>, %k: tensor<2x2x300x128xbf16>, %v: tensor<2x2x300x128xbf16>) -> tensor<2x8x1x128xbf16> {
  %e = tensor.empty() : tensor<2x8x1x128xbf16>
  %o = tessel.attention ins(%q, %k, %v : tensor<2x8x1x128xbf16>, tensor<2x2x300x128xbf16>, tensor<2x2x300x128xbf16>) outs(%e : tensor<2x8x1x128xbf16>) {tessel.decode_warps = 1 : i64, tessel.kv_splits = 3 : i64} -> tensor<2x8x1x128xbf16>
  return %o : tensor<2x8x1x128xbf16>
}

// -----

// The tensor-core form with 4 warps per block (tessel.decode_warps): the
// 128 threads share the copies of each 64-key block, warp w computes keys
// 16 w .. 16 w + 15 of it (2 S tiles, one k-slice of P V: 16 + 16
// mma.sync), and after the last block warps 1 to 3 hand their states (64
// accumulators, 2 maxima, 2 sums a lane) to warp 0 through shared memory;
// warp 0 weighs them by their maxima and stores the split's partial result.
// WARPS-LABEL: func.func @gqa_four_warps
// WARPS: tessel.attention {{.*}}tessel.decode_warps = 4 : i64, {{.*}}tessel.kv_splits = 3 : i64
// CHECK-LABEL: func.func @gqa_four_warps
// CHECK: gpu.launch blocks({{.*}}) in ({{.*}} = %c3, {{.*}} = %c2, {{.*}} = %c2) threads({{.*}}) in ({{.*}} = %c128,
// CHECK: scf.for
// CHECK: nvgpu.device_async_wait %{{.*}} {numGroups = 1 : i32}
// CHECK: gpu.barrier
// CHECK-COUNT-32: nvvm.mma.sync
// CHECK-NOT: nvvm.mma.sync
// CHECK: gpu.barrier
// CHECK: scf.yield
// CHECK: nvgpu.device_async_wait %{{.*}} {numGroups = 0 : i32}
// CHECK: memref.alloc() {alignment = 16 : i64} : memref<204x32xf32, #gpu.address_space<workgroup>>
// CHECK: gpu.barrier
// CHECK: scf.if
// CHECK-COUNT-68: memref.store {{.*}} : memref<204x32xf32, #gpu.address_space<workgroup>>
// CHECK: gpu.barrier
// CHECK: scf.if
// CHECK-COUNT-204: memref.load {{.*}} : memref<204x32xf32, #gpu.address_space<workgroup>>
// CHECK: llvm.nvvm.ex2.approx
// CHECK: vector.store %{{.*}} : memref<2x8x1x3x128xf32>, vector<2xf32>
// CHECK: gpu.terminator
func.func @gqa_four_warps(%q: tensor<2x8x1x128xbf16>, %k: tensor<2x2x300x128xbf16>, %v: tensor<2x2x300x128xbf16>) -> tensor<2x8x1x128xbf16> {
  %e = tensor.empty() : tensor<2x8x1x128xbf16>
  %o = tessel.attention ins(%q, %k, %v : tensor<2x8x1x128xbf16>, tensor<2x2x300x128xbf16>, tensor<2x2x300x128xbf16>) outs(%e : tensor<2x8x1x128xbf16>) {tessel.decode_warps = 4 : i64, tessel.kv_splits = 3 : i64} -> tensor<2x8x1x128xbf16>
  return %o : tensor<2x8x1x128xbf16>
}

// -----

// The combine kernel with 20 splits (of 1280 keys): 4 warps per query row (a warp per 8
// splits, up to 4), each walking its 5 splits in one group whose loads
// (maxima, sums, slices of the outputs) come before any arithmetic; the
// row's warps merge their states through shared memory and the first of
// them stores. 16 rows: 16 blocks of 4 warps.
// CHECK-LABEL: func.func @many_splits
// CHECK: memref.alloc() : memref<1x16x1x20x128xf32>
// CHECK: gpu.terminator
// CHECK: gpu.launch blocks({{.*}}) in ({{.*}} = %c16, {{.*}} = %c1, {{.*}} = %c1) threads({{.*}}) in ({{.*}} = %c128,
// CHECK: scf.for {{.*}} = %c0 to %c5 step %c5
// CHECK-COUNT-5: vector.load {{.*}} : memref<1x16x1x20x128xf32>, vector<4xf32>
// CHECK-NOT: vector.load
// CHECK: llvm.nvvm.ex2.approx
// CHECK: scf.yield
// CHECK: memref.alloc() {alignment = 16 : i64} : memref<4x128xf32, #gpu.address_space<workgroup>>
// CHECK: memref.alloc() {alignment = 16 : i64} : memref<4x2xf32, #gpu.address_space<workgroup>>
// CHECK: gpu.barrier
// CHECK: scf.if
// CHECK: vector.store {{.*}} : memref<1x16x1x128xbf16>, vector<4xbf16>
func.func @many_splits(%q: tensor<1x16x1x128xbf16>, %k: tensor<1x4x1280x128xbf16>, %v: tensor<1x4x1280x128xbf16>) -> tensor<1x16x1x128xbf16> {
  %e = tensor.empty() : tensor<1x16x1x128xbf16>
  %o = tessel.attention ins(%q, %k, %v : tensor<1x16x1x128xbf16>, tensor<1x4x1280x128xbf16>, tensor<1x4x1280x128xbf16>) outs(%e : tensor<1x16x1x128xbf16>) {tessel.kv_splits = 20 : i64} -> tensor<1x16x1x128xbf16>
  return %o : tensor<1x16x1x128xbf16>
}

// -----

// Not the decode kernel: no tessel.kv_splits, or a query of 17 tokens that
// the configuration pass leaves to the prefill kernel.
// CONFIG-LABEL: func.func @prefill
// CONFIG-NOT: tessel.kv_splits
// CONFIG-NOT: tessel.prefetch_steps
func.func @prefill(%q: tensor<1x2x17x64xbf16>, %k: tensor<1x2x64x64xbf16>, %v: tensor<1x2x64x64xbf16>) -> tensor<1x2x17x64xbf16> {
  %e = tensor.empty() : tensor<1x2x17x64xbf16>
  %o = tessel.attention ins(%q, %k, %v : tensor<1x2x17x64xbf16>, tensor<1x2x64x64xbf16>, tensor<1x2x64x64xbf16>) outs(%e : tensor<1x2x17x64xbf16>) -> tensor<1x2x17x64xbf16>
  return %o : tensor<1x2x17x64xbf16>
}
