// The sm_90 attention kernel (tessel.attention_kernel = "warpgroup";
// AttentionWarpgroupPlanner.h). tessel-cuda-configure takes it for prefill
// attention where the chip has warpgroup MMA (warpgroup-mma, set by the
// pipeline on sm_90) and writes its knobs; decode shapes keep the split-KV
// kernel, and ops it does not take (a head dimension of 32, f32) keep no
// knob.

// RUN: tessel-opt %s --split-input-file --tessel-cuda-configure="warpgroup-mma=1" | FileCheck %s --check-prefix=CONFIG
// RUN: tessel-opt %s --split-input-file --tessel-cuda-configure="warpgroup-mma=0" | FileCheck %s --check-prefix=SM80
// RUN: tessel-opt %s --split-input-file --tessel-cuda-configure="warpgroup-mma=1" --convert-tessel-to-gpu | FileCheck %s
// RUN: tessel-opt %s --split-input-file --tessel-cuda-pipeline | FileCheck %s --check-prefix=PTX

// Q 200 rows in 2 blocks of 128 (two consumer warpgroups of 64 rows), K
// and V 300 keys in steps of 128 through a ring of 3 (the largest that
// fits 227 KiB at D = 128). Host code encodes a tensor map per operand
// (boxes of 64 or 128 rows of a 64-column panel, 128-byte swizzle); the
// block is 3 warpgroups. The producer gives up registers, its first
// thread copies Q, then K and V step by step, waiting for free slots; the
// consumers take the registers, wait for Q, and per step wait for K,
// compute S = Q K^T as 8 wgmma 64x128x16 from shared memory, free K, wait
// for V and accumulate P V as 8 wgmma 64x128x16 with P in registers.
// CONFIG-LABEL: func.func @prefill
// CONFIG: tessel.attention causal
// CONFIG-SAME: tessel.attention_kernel = "warpgroup", tessel.consumer_pingpong = false, tessel.consumer_warpgroups = 2 : i64, tessel.kernel_key_block = 128 : i64
// CONFIG-SAME: tessel.pipeline_stages = 3 : i64
// SM80-LABEL: func.func @prefill
// SM80-NOT: tessel.attention_kernel
// CHECK-LABEL: func.func @prefill
// CHECK: nvgpu.tma.create.descriptor %{{.*}} box[%c1, %c1, %c64, %c64] : memref<*xbf16> -> <tensor = memref<64x64xbf16, #gpu.address_space<workgroup>>, swizzle = swizzle_128b
// CHECK: nvgpu.tma.create.descriptor %{{.*}} box[%c1, %c1, %c128, %c64] : memref<*xbf16> -> <tensor = memref<128x64xbf16, #gpu.address_space<workgroup>>, swizzle = swizzle_128b
// CHECK: nvgpu.tma.create.descriptor %{{.*}} box[%c1, %c1, %c128, %c64]
// CHECK: gpu.launch blocks({{.*}}) in ({{.*}} = %c2, {{.*}} = %c2, {{.*}} = %c1) threads({{.*}}) in ({{.*}} = %c384,
// CHECK-COUNT-13: nvvm.mbarrier.init
// CHECK: nvvm.fence.mbarrier.init
// CHECK: gpu.barrier
// CHECK: nvvm.setmaxregister decrease 24
// CHECK: nvvm.mbarrier.arrive.expect_tx %{{.*}}, %c32768_i32
// CHECK-COUNT-4: nvvm.cp.async.bulk.tensor.shared.cluster.global
// CHECK: scf.for
// CHECK: nvvm.mbarrier.try_wait.parity
// CHECK: nvvm.mbarrier.arrive.expect_tx %{{.*}}, %c32768_i32
// CHECK-COUNT-2: nvvm.cp.async.bulk.tensor.shared.cluster.global
// CHECK: nvvm.mbarrier.try_wait.parity
// CHECK: nvvm.mbarrier.arrive.expect_tx %{{.*}}, %c32768_i32
// CHECK-COUNT-2: nvvm.cp.async.bulk.tensor.shared.cluster.global
// CHECK: nvvm.setmaxregister increase 240
// CHECK: nvvm.mbarrier.try_wait.parity
// CHECK: scf.for
// CHECK: nvvm.mbarrier.try_wait.parity
// CHECK: nvvm.wgmma.fence.aligned
// CHECK: nvvm.wgmma.mma_async {{.*}} <m = 64, n = 128, k = 16>, D[<f32>, <zero>], A[<bf16>, <one>, <row>], B[<bf16>, <one>, <col>]
// CHECK-COUNT-7: nvvm.wgmma.mma_async {{.*}} <m = 64, n = 128, k = 16>, D[<f32>, <one>]
// CHECK: nvvm.wgmma.commit.group.sync.aligned
// CHECK: nvvm.wgmma.wait.group.sync.aligned 0
// CHECK: nvvm.mbarrier.arrive
// CHECK: nvvm.mbarrier.try_wait.parity
// CHECK: nvvm.wgmma.fence.aligned
// CHECK-COUNT-8: llvm.inline_asm has_side_effects {{.*}}"wgmma.mma_async.sync.aligned.m64n128k16.f32.bf16.bf16
// CHECK: nvvm.wgmma.commit.group.sync.aligned
// CHECK: nvvm.wgmma.wait.group.sync.aligned 0
// CHECK: nvvm.mbarrier.arrive
// The PTX, for sm_90a.
// PTX-LABEL: llvm.func @prefill(
// PTX: llvm.call @mgpuTensorMapEncodeTiledMemref
// PTX: gpu.binary @prefill_kernel {{.*}}.target sm_90a
// PTX-DAG: mbarrier.init
// PTX-DAG: setmaxnreg.dec.sync.aligned.u32 {{.*}}24;
// PTX-DAG: cp.async.bulk.tensor.4d.shared::cluster.global.tile.mbarrier::complete_tx::bytes
// PTX-DAG: setmaxnreg.inc.sync.aligned.u32 {{.*}}240;
// PTX-DAG: mbarrier.try_wait.parity
// PTX-DAG: wgmma.mma_async.sync.aligned.m64n128k16.f32.bf16.bf16
func.func @prefill(%q: tensor<1x2x200x128xbf16>, %k: tensor<1x2x300x128xbf16>, %v: tensor<1x2x300x128xbf16>) -> tensor<1x2x200x128xbf16> {
  %e = tensor.empty() : tensor<1x2x200x128xbf16>
  %o = tessel.attention causal ins(%q, %k, %v : tensor<1x2x200x128xbf16>, tensor<1x2x300x128xbf16>, tensor<1x2x300x128xbf16>) outs(%e : tensor<1x2x200x128xbf16>) -> tensor<1x2x200x128xbf16>
  return %o : tensor<1x2x200x128xbf16>
}

// -----

// Knobs given on the op are kept: one consumer, steps of 64 keys, 2
// stages; f16, D = 64 and Dv = 128 (one and two panels).
// CONFIG-LABEL: func.func @given_knobs
// CONFIG: tessel.attention
// CONFIG-SAME: tessel.consumer_warpgroups = 1 : i64, tessel.kernel_key_block = 64 : i64
// CONFIG-SAME: tessel.pipeline_stages = 2 : i64
// CHECK-LABEL: func.func @given_knobs
// CHECK: gpu.launch blocks({{.*}}) in ({{.*}} = %c5, {{.*}} = %c4, {{.*}} = %c2) threads({{.*}}) in ({{.*}} = %c256,
// CHECK-NOT: nvvm.setmaxregister
// CHECK: nvvm.mbarrier.arrive.expect_tx %{{.*}}, %c8192_i32
// CHECK-COUNT-1: nvvm.cp.async.bulk.tensor.shared.cluster.global
// CHECK: scf.for
// CHECK: nvvm.mbarrier.arrive.expect_tx %{{.*}}, %c8192_i32
// CHECK-COUNT-1: nvvm.cp.async.bulk.tensor.shared.cluster.global
// CHECK: nvvm.mbarrier.arrive.expect_tx %{{.*}}, %c16384_i32
// CHECK-COUNT-2: nvvm.cp.async.bulk.tensor.shared.cluster.global
// CHECK-COUNT-4: nvvm.wgmma.mma_async {{.*}} <m = 64, n = 64, k = 16>, {{.*}} A[<f16>, <one>, <row>], B[<f16>, <one>, <col>]
// CHECK-COUNT-4: llvm.inline_asm has_side_effects {{.*}}"wgmma.mma_async.sync.aligned.m64n128k16.f32.f16.f16
func.func @given_knobs(%q: tensor<2x4x300x64xf16>, %k: tensor<2x2x100x64xf16>, %v: tensor<2x2x100x128xf16>) -> tensor<2x4x300x128xf16> {
  %e = tensor.empty() : tensor<2x4x300x128xf16>
  %o = tessel.attention ins(%q, %k, %v : tensor<2x4x300x64xf16>, tensor<2x2x100x64xf16>, tensor<2x2x100x128xf16>) outs(%e : tensor<2x4x300x128xf16>)
         {tessel.consumer_warpgroups = 1 : i64, tessel.kernel_key_block = 64 : i64, tessel.pipeline_stages = 2 : i64} -> tensor<2x4x300x128xf16>
  return %o : tensor<2x4x300x128xf16>
}

// -----

// Not taken: a head dimension of 32 (the mma.sync kernel's), and one query
// token (the decode kernel's).
// CONFIG-LABEL: func.func @not_taken
// CONFIG-NOT: tessel.attention_kernel
// CONFIG: tessel.kv_splits
// CONFIG-NOT: tessel.attention_kernel
// CHECK-LABEL: func.func @not_taken
// CHECK-NOT: nvvm.wgmma
func.func @not_taken(%q: tensor<1x2x100x32xbf16>, %k: tensor<1x2x100x32xbf16>, %v: tensor<1x2x100x32xbf16>,
                     %q1: tensor<1x8x1x128xbf16>, %k1: tensor<1x2x4096x128xbf16>, %v1: tensor<1x2x4096x128xbf16>)
    -> (tensor<1x2x100x32xbf16>, tensor<1x8x1x128xbf16>) {
  %e = tensor.empty() : tensor<1x2x100x32xbf16>
  %o = tessel.attention ins(%q, %k, %v : tensor<1x2x100x32xbf16>, tensor<1x2x100x32xbf16>, tensor<1x2x100x32xbf16>) outs(%e : tensor<1x2x100x32xbf16>) -> tensor<1x2x100x32xbf16>
  %e1 = tensor.empty() : tensor<1x8x1x128xbf16>
  %d = tessel.attention ins(%q1, %k1, %v1 : tensor<1x8x1x128xbf16>, tensor<1x2x4096x128xbf16>, tensor<1x2x4096x128xbf16>) outs(%e1 : tensor<1x8x1x128xbf16>) -> tensor<1x8x1x128xbf16>
  return %o, %d : tensor<1x2x100x32xbf16>, tensor<1x8x1x128xbf16>
}

// -----

// A window is taken only when it hides no key: 300 queries over 300 keys
// with a window of 300 reach key 0 from every row (the causal result); a
// window of 299 hides key 0 from the last query and stays on mma.sync.
// CONFIG-LABEL: func.func @windows
// CONFIG: tessel.attention causal window(300) {{.*}}tessel.attention_kernel
// CONFIG: tessel.attention causal window(299)
// CONFIG-NOT: tessel.attention_kernel
// CHECK-LABEL: func.func @windows
// CHECK: nvvm.wgmma
// CHECK: nvvm.mma.sync
func.func @windows(%q: tensor<1x2x300x64xbf16>, %k: tensor<1x2x300x64xbf16>, %v: tensor<1x2x300x64xbf16>)
    -> (tensor<1x2x300x64xbf16>, tensor<1x2x300x64xbf16>) {
  %e = tensor.empty() : tensor<1x2x300x64xbf16>
  %all = tessel.attention causal window(300) ins(%q, %k, %v : tensor<1x2x300x64xbf16>, tensor<1x2x300x64xbf16>, tensor<1x2x300x64xbf16>) outs(%e : tensor<1x2x300x64xbf16>) -> tensor<1x2x300x64xbf16>
  %band = tessel.attention causal window(299) ins(%q, %k, %v : tensor<1x2x300x64xbf16>, tensor<1x2x300x64xbf16>, tensor<1x2x300x64xbf16>) outs(%e : tensor<1x2x300x64xbf16>) -> tensor<1x2x300x64xbf16>
  return %all, %band : tensor<1x2x300x64xbf16>, tensor<1x2x300x64xbf16>
}

// -----

// An elementwise consumer (a residual add) is computed in the kernel's
// stores: its operand is prefetched into L2 before the key loop and read
// with one vector load per pair of outputs; no linalg op is left.
// CONFIG-LABEL: func.func @residual
// CONFIG: tessel.attention_kernel = "warpgroup"
// CHECK-LABEL: func.func @residual
// CHECK-NOT: linalg.
// CHECK: gpu.launch
// CHECK: nvvm.prefetch
// CHECK: nvvm.wgmma.mma_async
// CHECK: vector.load {{.*}} : memref<1x2x200x128xbf16>, vector<2xbf16>
// CHECK: arith.addf
// CHECK: vector.store {{.*}} : memref<1x2x200x128xbf16>, vector<2xbf16>
// CHECK-NOT: linalg.
func.func @residual(%q: tensor<1x2x200x128xbf16>, %k: tensor<1x2x300x128xbf16>, %v: tensor<1x2x300x128xbf16>, %r: tensor<1x2x200x128xbf16>) -> tensor<1x2x200x128xbf16> {
  %e = tensor.empty() : tensor<1x2x200x128xbf16>
  %o = tessel.attention causal ins(%q, %k, %v : tensor<1x2x200x128xbf16>, tensor<1x2x300x128xbf16>, tensor<1x2x300x128xbf16>) outs(%e : tensor<1x2x200x128xbf16>) -> tensor<1x2x200x128xbf16>
  %sum = linalg.add ins(%o, %r : tensor<1x2x200x128xbf16>, tensor<1x2x200x128xbf16>) outs(%e : tensor<1x2x200x128xbf16>) -> tensor<1x2x200x128xbf16>
  return %sum : tensor<1x2x200x128xbf16>
}

// -----

// Block masks. The planner fits a block of the kernel into one row of the
// mask and a step of keys into one of its columns: blocks of 64 x 64 take
// one consumer and steps of 64 keys, blocks of 128 x 128 two consumers and
// steps of 128. Warp 0 reads the block's mask row (loads first, then a
// ballot per 32 steps) and lists the kept steps in shared memory; after a
// barrier the producer copies and the consumers compute only those. Blocks
// of 32 rows would split a kernel block between two mask rows: not taken.
// CONFIG-LABEL: func.func @block_sparse
// CONFIG: block_sizes = [64, 64]
// CONFIG-SAME: tessel.attention_kernel = "warpgroup", tessel.consumer_pingpong = false, tessel.consumer_warpgroups = 1 : i64, tessel.kernel_key_block = 64 : i64
// CONFIG: block_sizes = [128, 128]
// CONFIG-SAME: tessel.attention_kernel = "warpgroup", tessel.consumer_pingpong = false, tessel.consumer_warpgroups = 2 : i64, tessel.kernel_key_block = 128 : i64
// CONFIG: block_sizes = [32, 64]
// CONFIG-NOT: tessel.attention_kernel
// CHECK-LABEL: func.func @block_sparse
// CHECK: gpu.launch blocks({{.*}}) in ({{.*}} = %c5, {{.*}} = %c2, {{.*}} = %c1) threads({{.*}}) in ({{.*}} = %c256,
// CHECK: nvvm.fence.mbarrier.init
// CHECK: scf.for
// CHECK-COUNT-4: memref.load %{{.*}} : memref<1x2x5x5xi1>
// CHECK: nvvm.vote.sync ballot
// CHECK: llvm.intr.ctpop
// CHECK: llvm.store
// CHECK: gpu.barrier
// CHECK: llvm.load
// CHECK: nvvm.cp.async.bulk.tensor.shared.cluster.global
// CHECK: nvvm.wgmma.mma_async
// CHECK: gpu.launch blocks({{.*}}) in ({{.*}} = %c3, {{.*}} = %c2, {{.*}} = %c1) threads({{.*}}) in ({{.*}} = %c384,
// CHECK: nvvm.vote.sync ballot
// CHECK: nvvm.wgmma.mma_async {{.*}} <m = 64, n = 128, k = 16>
// PTX-LABEL: llvm.func @block_sparse(
// PTX: gpu.binary
// PTX-DAG: vote.sync.ballot.b32
// PTX-DAG: popc.b32
// PTX-DAG: wgmma.mma_async.sync.aligned.m64n64k16.f32.bf16.bf16
func.func @block_sparse(%q: tensor<1x2x300x64xbf16>, %k: tensor<1x2x260x64xbf16>, %v: tensor<1x2x260x64xbf16>,
                        %m64: tensor<1x2x5x5xi1>, %m128: tensor<1x1x3x3xi1>, %m32: tensor<1x2x10x5xi1>)
    -> (tensor<1x2x300x64xbf16>, tensor<1x2x300x64xbf16>, tensor<1x2x300x64xbf16>) {
  %e = tensor.empty() : tensor<1x2x300x64xbf16>
  %a = tessel.attention causal ins(%q, %k, %v : tensor<1x2x300x64xbf16>, tensor<1x2x260x64xbf16>, tensor<1x2x260x64xbf16>)
         block_mask(%m64 : tensor<1x2x5x5xi1>) block_sizes = [64, 64]
         outs(%e : tensor<1x2x300x64xbf16>) -> tensor<1x2x300x64xbf16>
  %b = tessel.attention ins(%q, %k, %v : tensor<1x2x300x64xbf16>, tensor<1x2x260x64xbf16>, tensor<1x2x260x64xbf16>)
         block_mask(%m128 : tensor<1x1x3x3xi1>) block_sizes = [128, 128]
         outs(%e : tensor<1x2x300x64xbf16>) -> tensor<1x2x300x64xbf16>
  %c = tessel.attention ins(%q, %k, %v : tensor<1x2x300x64xbf16>, tensor<1x2x260x64xbf16>, tensor<1x2x260x64xbf16>)
         block_mask(%m32 : tensor<1x2x10x5xi1>) block_sizes = [32, 64]
         outs(%e : tensor<1x2x300x64xbf16>) -> tensor<1x2x300x64xbf16>
  return %a, %b, %c : tensor<1x2x300x64xbf16>, tensor<1x2x300x64xbf16>, tensor<1x2x300x64xbf16>
}

// -----

// Ping-pong: the consumers take turns to issue each step's products. The
// last consumer hands consumer 0 the first turn (bar.arrive on named
// barrier 1, 256 threads); each turn is a bar.sync on the consumer's own
// barrier before the wgmma and a bar.arrive on the next consumer's after.
// CONFIG-LABEL: func.func @pingpong
// CONFIG: tessel.consumer_pingpong = true
// CHECK-LABEL: func.func @pingpong
// CHECK: nvvm.setmaxregister increase
// CHECK: nvvm.barrier.arrive id = %c1_i32 number_of_threads = %c256_i32
// CHECK: nvvm.barrier id = %{{.*}} number_of_threads = %c256_i32
// CHECK: nvvm.wgmma.mma_async
// CHECK: nvvm.barrier.arrive id = %{{.*}} number_of_threads = %c256_i32
// CHECK: scf.for
// CHECK: nvvm.barrier id = %{{.*}} number_of_threads = %c256_i32
// CHECK: nvvm.wgmma.mma_async
// CHECK: nvvm.barrier.arrive id = %{{.*}} number_of_threads = %c256_i32
// PTX-LABEL: llvm.func @pingpong(
// PTX: gpu.binary
// PTX-DAG: bar.arrive %r{{[0-9]+}}, %r{{[0-9]+}};
// PTX-DAG: bar.sync \09%r{{[0-9]+}}, 256;
func.func @pingpong(%q: tensor<1x2x300x128xbf16>, %k: tensor<1x2x333x128xbf16>, %v: tensor<1x2x333x128xbf16>) -> tensor<1x2x300x128xbf16> {
  %e = tensor.empty() : tensor<1x2x300x128xbf16>
  %o = tessel.attention causal ins(%q, %k, %v : tensor<1x2x300x128xbf16>, tensor<1x2x333x128xbf16>, tensor<1x2x333x128xbf16>)
         outs(%e : tensor<1x2x300x128xbf16>) {tessel.consumer_pingpong = true} -> tensor<1x2x300x128xbf16>
  return %o : tensor<1x2x300x128xbf16>
}
