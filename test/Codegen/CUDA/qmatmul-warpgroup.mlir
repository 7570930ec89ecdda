// The sm_90 mixed-input GEMM for qmatmul (tessel.qmatmul_kernel =
// "warpgroup"; QMatmulWarpgroupPlanner.h). tessel-cuda-configure takes it
// where the chip has warpgroup MMA (warpgroup-mma, set by the pipeline on
// sm_90), the op has 16 input rows or more and the cost model predicts it
// faster, and writes its knobs; decoding shapes keep the other kernels, and
// so do ops it does not take (3-bit weights) and ops that name another
// kernel. convert-tessel-to-gpu builds it: a producer warp's bulk tensor
// copies into a ring on mbarriers, consumers dequantizing with prmt and lop3
// into register A operands of wgmma.

// RUN: tessel-opt %s --tessel-cuda-configure="warpgroup-mma=1 target=h200" | FileCheck %s --check-prefix=CONFIG
// RUN: tessel-opt %s --tessel-cuda-configure="target=h200" | FileCheck %s --check-prefix=SM80
// RUN: tessel-opt %s --tessel-cuda-configure="warpgroup-mma=1 target=h200" --convert-tessel-to-gpu | FileCheck %s --check-prefix=KERNEL
// RUN: tessel-opt %s --tessel-cuda-configure="warpgroup-mma=1 target=h200" -o /dev/null 2>&1 | FileCheck %s --check-prefix=WARN
// RUN: tessel-opt %s --tessel-cuda-configure="target=h200" -o /dev/null 2>&1 | FileCheck %s --check-prefix=WARN80

// CONFIG-LABEL: func.func @prefill
// CONFIG: tessel.qmatmul
// CONFIG-SAME: tessel.block_rows = {{[0-9]+}} : i64
// CONFIG-SAME: tessel.consumer_warpgroups = {{[12]}} : i64
// CONFIG-SAME: tessel.pipeline_stages = {{[0-9]+}} : i64
// CONFIG-SAME: tessel.qmatmul_kernel = "warpgroup"
// CONFIG-SAME: tessel.split_k = {{[0-9]+}} : i64
// SM80-LABEL: func.func @prefill
// SM80-NOT: tessel.qmatmul_kernel
// KERNEL-LABEL: func.func @prefill
// KERNEL: nvgpu.tma.create.descriptor
// KERNEL: nvgpu.tma.create.descriptor
// KERNEL: gpu.launch blocks({{.*}}) threads({{.*}}) in ({{.*}} = %c{{256|384}}
// KERNEL: nvvm.mbarrier.init
// KERNEL: nvvm.cp.async.bulk.tensor.shared.cluster.global
// KERNEL: nvvm.cp.async.bulk.tensor.shared.cluster.global
// KERNEL: prmt.b32
// KERNEL: lop3.b32
// KERNEL: arith.subf {{.*}} : vector<2xbf16>
// KERNEL: arith.mulf {{.*}} : vector<2xbf16>
// KERNEL: nvvm.wgmma.fence.aligned
// KERNEL-COUNT-4: wgmma.mma_async.sync.aligned.m64n{{[0-9]+}}k16.f32.bf16.bf16
// KERNEL: nvvm.wgmma.commit.group.sync.aligned
// KERNEL: nvvm.wgmma.wait.group.sync.aligned 1
func.func @prefill(%x: tensor<256x4096xbf16>, %p: tensor<1024x512xi32>, %s: tensor<1024x32xbf16>) -> tensor<256x1024xbf16> {
  %we = tensor.empty() : tensor<1024x4096xi4>
  %w = tessel.unpack ins(%p : tensor<1024x512xi32>) outs(%we : tensor<1024x4096xi4>) -> tensor<1024x4096xi4>
  %e = tensor.empty() : tensor<256x1024xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<256x4096xbf16>, tensor<1024x4096xi4>, tensor<1024x32xbf16>)
         outs(%e : tensor<256x1024xbf16>) -> tensor<256x1024xbf16>
  return %y : tensor<256x1024xbf16>
}

// CONFIG-LABEL: func.func @decode
// SM80-LABEL: func.func @decode
// CONFIG-NOT: tessel.qmatmul_kernel
// KERNEL-LABEL: func.func @decode
// KERNEL-NOT: wgmma
// KERNEL: nvvm.mma.sync
func.func @decode(%x: tensor<1x512xbf16>, %p: tensor<512x64xi32>, %s: tensor<512x4xbf16>) -> tensor<1x512xbf16> {
  %we = tensor.empty() : tensor<512x512xi4>
  %w = tessel.unpack ins(%p : tensor<512x64xi32>) outs(%we : tensor<512x512xi4>) -> tensor<512x512xi4>
  %e = tensor.empty() : tensor<1x512xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<1x512xbf16>, tensor<512x512xi4>, tensor<512x4xbf16>)
         outs(%e : tensor<1x512xbf16>) -> tensor<1x512xbf16>
  return %y : tensor<1x512xbf16>
}

// CONFIG-LABEL: func.func @three_bits
// CONFIG-NOT: tessel.qmatmul_kernel
// KERNEL-LABEL: func.func @three_bits
// KERNEL-NOT: wgmma
// KERNEL: nvvm.mma.sync
func.func @three_bits(%x: tensor<256x512xbf16>, %p: tensor<512x48xi32>, %s: tensor<512x4xbf16>) -> tensor<256x512xbf16> {
  %we = tensor.empty() : tensor<512x512xi3>
  %w = tessel.unpack ins(%p : tensor<512x48xi32>) outs(%we : tensor<512x512xi3>) -> tensor<512x512xi3>
  %e = tensor.empty() : tensor<256x512xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<256x512xbf16>, tensor<512x512xi3>, tensor<512x4xbf16>)
         outs(%e : tensor<256x512xbf16>) -> tensor<256x512xbf16>
  return %y : tensor<256x512xbf16>
}

// CONFIG-LABEL: func.func @named_kernel
// CONFIG: tessel.qmatmul_kernel = "mma_sync"
// CONFIG-NOT: tessel.block_rows
// KERNEL-LABEL: func.func @named_kernel
// KERNEL-NOT: wgmma
// KERNEL: nvvm.mma.sync
func.func @named_kernel(%x: tensor<256x512xbf16>, %p: tensor<512x64xi32>, %s: tensor<512x4xbf16>) -> tensor<256x512xbf16> {
  %we = tensor.empty() : tensor<512x512xi4>
  %w = tessel.unpack ins(%p : tensor<512x64xi32>) outs(%we : tensor<512x512xi4>) -> tensor<512x512xi4>
  %e = tensor.empty() : tensor<256x512xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<256x512xbf16>, tensor<512x512xi4>, tensor<512x4xbf16>)
         outs(%e : tensor<256x512xbf16>) {tessel.qmatmul_kernel = "mma_sync"} -> tensor<256x512xbf16>
  return %y : tensor<256x512xbf16>
}

// Knobs an op sets are kept, and the ones the pass chooses are planned
// around them: 256 rows a block fit 4 stages in shared memory, not the 7
// that 64-row blocks take.
// CONFIG-LABEL: func.func @block_rows_set
// CONFIG: tessel.block_rows = 256 : i64
// CONFIG-SAME: tessel.pipeline_stages = 4 : i64
// CONFIG-SAME: tessel.qmatmul_kernel = "warpgroup"
// KERNEL-LABEL: func.func @block_rows_set
// KERNEL: wgmma.mma_async.sync.aligned.m64n256k16.f32.bf16.bf16
func.func @block_rows_set(%x: tensor<512x4096xbf16>, %p: tensor<1024x512xi32>, %s: tensor<1024x32xbf16>) -> tensor<512x1024xbf16> {
  %we = tensor.empty() : tensor<1024x4096xi4>
  %w = tessel.unpack ins(%p : tensor<1024x512xi32>) outs(%we : tensor<1024x4096xi4>) -> tensor<1024x4096xi4>
  %e = tensor.empty() : tensor<512x1024xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<512x4096xbf16>, tensor<1024x4096xi4>, tensor<1024x32xbf16>)
         outs(%e : tensor<512x1024xbf16>) {tessel.block_rows = 256 : i64} -> tensor<512x1024xbf16>
  return %y : tensor<512x1024xbf16>
}

// An op that asks for the GEMM where it cannot run is computed by another
// kernel, with a warning rather than silently: 3-bit weights, and knobs
// that cannot be planned (12 rows a block). Without warpgroup MMA (sm_80)
// every op that asks for it is warned about.
// WARN: warning: asks for the sm_90 qmatmul GEMM, which does not take it (only 4-bit weights); another kernel computes it
// WARN: warning: asks for the sm_90 qmatmul GEMM, which cannot be planned with its knobs (block rows must be a multiple of 8 from 8 to 256); another kernel computes it
// WARN80-COUNT-2: warning: asks for the sm_90 qmatmul GEMM, which does not take it (the chip has no warpgroup MMA)
// KERNEL-LABEL: func.func @asks_three_bits
// KERNEL-NOT: wgmma
// KERNEL: nvvm.mma.sync
func.func @asks_three_bits(%x: tensor<64x512xbf16>, %p: tensor<512x48xi32>, %s: tensor<512x4xbf16>) -> tensor<64x512xbf16> {
  %we = tensor.empty() : tensor<512x512xi3>
  %w = tessel.unpack ins(%p : tensor<512x48xi32>) outs(%we : tensor<512x512xi3>) -> tensor<512x512xi3>
  %e = tensor.empty() : tensor<64x512xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<64x512xbf16>, tensor<512x512xi3>, tensor<512x4xbf16>)
         outs(%e : tensor<64x512xbf16>) {tessel.qmatmul_kernel = "warpgroup"} -> tensor<64x512xbf16>
  return %y : tensor<64x512xbf16>
}

// KERNEL-LABEL: func.func @asks_bad_block_rows
// KERNEL-NOT: wgmma
func.func @asks_bad_block_rows(%x: tensor<64x512xbf16>, %p: tensor<128x64xi32>, %s: tensor<128x4xbf16>) -> tensor<64x128xbf16> {
  %we = tensor.empty() : tensor<128x512xi4>
  %w = tessel.unpack ins(%p : tensor<128x64xi32>) outs(%we : tensor<128x512xi4>) -> tensor<128x512xi4>
  %e = tensor.empty() : tensor<64x128xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<64x512xbf16>, tensor<128x512xi4>, tensor<128x4xbf16>)
         outs(%e : tensor<64x128xbf16>) {tessel.qmatmul_kernel = "warpgroup", tessel.block_rows = 12 : i64} -> tensor<64x128xbf16>
  return %y : tensor<64x128xbf16>
}
