// RUN: tessel-opt %s --tessel-cuda-configure=target=sm_90 --convert-tessel-to-gpu --split-input-file | FileCheck %s
// RUN: tessel-opt %s --convert-tessel-to-gpu --split-input-file | FileCheck %s --check-prefix=DEFAULT
// RUN: tessel-opt %s --tessel-cuda-configure="target=sm_90 warps-per-block=2" --convert-tessel-to-gpu --split-input-file | FileCheck %s --check-prefix=OPTION
// RUN: tessel-opt %s --tessel-cuda-configure="target=sm_90 cost-model=analytical" --convert-tessel-to-gpu --split-input-file | FileCheck %s
// RUN: tessel-opt %s --tessel-cuda-configure="target=sm_90 remarks=1" --split-input-file -o /dev/null 2>&1 | FileCheck %s --check-prefix=REMARK
// RUN: tessel-opt %s --tessel-cuda-configure=target=h200 --convert-tessel-to-gpu --split-input-file | FileCheck %s --check-prefix=HBM3E
// RUN: not tessel-opt %s --tessel-cuda-configure=target=cpu 2>&1 | FileCheck %s --check-prefix=TARGET
// RUN: not tessel-opt %s --tessel-cuda-configure="target=sm_90 cost-model=missing.json" 2>&1 | FileCheck %s --check-prefix=MODEL

// TARGET: tessel-cuda-configure: 'cpu' is not a GPU (sm_80, sm_90 or h200)

// remarks=1 explains each choice of the model (not the given ones). The
// up projection is bandwidth-bound (7.76 us) with 4 warps; from 8 on, the
// registers of the prefetched steps let fewer blocks share an SM and the
// 688 blocks take two waves or more. The down projection's round trips
// bound it up to 8 warps (15.60 us), 16 reach the bandwidth. The 2-bit up
// projection's 5 round trips bound it (6.00 us) with 4 warps, the waves
// with more. 16 rows: 8 warps halve the round trips of 4 (10.80 us), then
// the input re-read through L2 bounds them. The 3-bit down projection is
// bandwidth-bound from 4 warps on (7.66 us).
// REMARK: remark: qmatmul kernel ({{[a-z-]+}}): 4 warps per block; predicted (warps: us) 1: 40.80 2: 21.60 4: 7.76 8: 9.60 16: 10.80 32: 21.60
// REMARK: remark: qmatmul kernel ({{[a-z-]+}}): 16 warps per block; predicted (warps: us) 1: 105.60 2: 54.00 4: 28.80 8: 15.60 16: 7.76 32: 9.60
// REMARK: remark: qmatmul kernel ({{[a-z-]+}}): 4 warps per block; predicted (warps: us) 1: 40.80 2: 21.60 4: 6.00 8: 9.60 16: 10.80 32: 21.60
// REMARK-NOT: remark: qmatmul kernel
// REMARK: remark: qmatmul kernel ({{[a-z-]+}}): 8 warps per block; predicted (warps: us) 1: 39.60 2: 20.40 4: 10.80 8: 6.71 16: 6.71 32: 6.71
// REMARK: remark: qmatmul kernel ({{[a-z-]+}}): 4 warps per block; predicted (warps: us) 1: 36.00 2: 19.20 4: 7.66 8: 7.66 16: 7.66 32: 7.66
// REMARK-NOT: remark: qmatmul kernel
// MODEL: tessel-cuda-configure: {{.*}}missing.json

// The qmatmul kernel's warps per block, ranked by the cost model for sm_90
// (the H100) or the H200 (target=; HBM3E checks), fixed by warps-per-block,
// or 4 without
// either. The learned model ranks kernels as the analytical one does.

// The up projection of Llama 2 7B, decoding: 688 blocks of 16 columns
// already keep the SMs' loads in flight with 4 warps each (8 steps of 128
// K values per warp, 2 prefetched); more warps per block split K finer but
// no longer fit in one wave.
// CHECK-LABEL: func.func @up_projection
// CHECK: gpu.launch blocks({{.*}}) in ({{.*}} = %c688, {{.*}}) threads({{.*}}) in ({{.*}} = %c128,
// DEFAULT-LABEL: func.func @up_projection
// DEFAULT: threads({{.*}}) in ({{.*}} = %c128,
// OPTION-LABEL: func.func @up_projection
// OPTION: threads({{.*}}) in ({{.*}} = %c64,
func.func @up_projection(%x: tensor<1x4096xbf16>, %p: tensor<11008x512xi32>, %s: tensor<11008x32xbf16>) -> tensor<1x11008xbf16> {
  %we = tensor.empty() : tensor<11008x4096xi4>
  %w = tessel.unpack ins(%p : tensor<11008x512xi32>) outs(%we : tensor<11008x4096xi4>) -> tensor<11008x4096xi4>
  %e = tensor.empty() : tensor<1x11008xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<1x4096xbf16>, tensor<11008x4096xi4>, tensor<11008x32xbf16>) outs(%e : tensor<1x11008xbf16>) -> tensor<1x11008xbf16>
  return %y : tensor<1x11008xbf16>
}

// -----

// The down projection: 256 blocks, 86 steps of K. With 4 warps each warp
// waits for 22 steps one after another; 16 warps (6 steps each, 2 blocks
// per SM, one wave) cover the latency (on an H200: 14.9 us against 27.8
// with 4).
// CHECK-LABEL: func.func @down_projection
// CHECK: gpu.launch blocks({{.*}}) in ({{.*}} = %c256, {{.*}}) threads({{.*}}) in ({{.*}} = %c512,
// DEFAULT-LABEL: func.func @down_projection
// DEFAULT: threads({{.*}}) in ({{.*}} = %c128,
func.func @down_projection(%x: tensor<1x11008xbf16>, %p: tensor<4096x1376xi32>, %s: tensor<4096x86xbf16>) -> tensor<1x4096xbf16> {
  %we = tensor.empty() : tensor<4096x11008xi4>
  %w = tessel.unpack ins(%p : tensor<4096x1376xi32>) outs(%we : tensor<4096x11008xi4>) -> tensor<4096x11008xi4>
  %e = tensor.empty() : tensor<1x4096xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<1x11008xbf16>, tensor<4096x11008xi4>, tensor<4096x86xbf16>) outs(%e : tensor<1x4096xbf16>) -> tensor<1x4096xbf16>
  return %y : tensor<1x4096xbf16>
}

// -----

// 2-bit up projection: half the bytes of 4-bit, so the 5 round trips of
// 4 warps (8 steps, 3 at a time, the staging of the input, the reduction)
// bound it; 8 warps would need 4, but in two waves (an H200 measured 12.3
// us with 4 and 12.2 with 8).
// CHECK-LABEL: func.func @up_projection_2bit
// CHECK: gpu.launch blocks({{.*}}) in ({{.*}} = %c688, {{.*}}) threads({{.*}}) in ({{.*}} = %c128,
func.func @up_projection_2bit(%x: tensor<1x4096xbf16>, %p: tensor<11008x256xi32>, %s: tensor<11008x32xbf16>) -> tensor<1x11008xbf16> {
  %we = tensor.empty() : tensor<11008x4096xi2>
  %w = tessel.unpack ins(%p : tensor<11008x256xi32>) outs(%we : tensor<11008x4096xi2>) -> tensor<11008x4096xi2>
  %e = tensor.empty() : tensor<1x11008xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<1x4096xbf16>, tensor<11008x4096xi2>, tensor<11008x32xbf16>) outs(%e : tensor<1x11008xbf16>) -> tensor<1x11008xbf16>
  return %y : tensor<1x11008xbf16>
}

// -----

// tessel.kernel_warps on the op wins over the model and the option.
// CHECK-LABEL: func.func @given
// CHECK: threads({{.*}}) in ({{.*}} = %c256,
// OPTION-LABEL: func.func @given
// OPTION: threads({{.*}}) in ({{.*}} = %c256,
func.func @given(%x: tensor<1x11008xbf16>, %p: tensor<4096x1376xi32>, %s: tensor<4096x86xbf16>) -> tensor<1x4096xbf16> {
  %we = tensor.empty() : tensor<4096x11008xi4>
  %w = tessel.unpack ins(%p : tensor<4096x1376xi32>) outs(%we : tensor<4096x11008xi4>) -> tensor<4096x11008xi4>
  %e = tensor.empty() : tensor<1x4096xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<1x11008xbf16>, tensor<4096x11008xi4>, tensor<4096x86xbf16>) outs(%e : tensor<1x4096xbf16>) {tessel.kernel_warps = 8 : i64} -> tensor<1x4096xbf16>
  return %y : tensor<1x4096xbf16>
}

// -----

// 16 rows on tensor cores with the weights in B: 8 warps halve the 8
// steps per warp of 4; past that, each block reads its 16 input rows
// through L2 whatever its warps, which bounds the kernel (an H200
// measured 16.0 us with 4 and with 8 warps, 18.8 with 16).
// CHECK-LABEL: func.func @prefill
// CHECK: gpu.launch blocks({{.*}}) in ({{.*}} = %c512, {{.*}}) threads({{.*}}) in ({{.*}} = %c256,
func.func @prefill(%x: tensor<16x4096xbf16>, %p: tensor<4096x512xi32>, %s: tensor<4096x32xbf16>) -> tensor<16x4096xbf16> {
  %we = tensor.empty() : tensor<4096x4096xi4>
  %w = tessel.unpack ins(%p : tensor<4096x512xi32>) outs(%we : tensor<4096x4096xi4>) -> tensor<4096x4096xi4>
  %e = tensor.empty() : tensor<16x4096xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<16x4096xbf16>, tensor<4096x4096xi4>, tensor<4096x32xbf16>) outs(%e : tensor<16x4096xbf16>) -> tensor<16x4096xbf16>
  return %y : tensor<16x4096xbf16>
}

// -----

// Llama 3's 3-bit down projection (lane-contiguous steps of 512 K values):
// with the H100's bandwidth every count from 4 on is bandwidth-bound and
// the default stays; with the H200's, 4 warps' round trips bound it and 8
// reach its bandwidth (an H200 measured 19.2 us with 4, 17.5 with 8).
// CHECK-LABEL: func.func @down_projection_3bit
// CHECK: threads({{.*}}) in ({{.*}} = %c128,
// HBM3E-LABEL: func.func @down_projection_3bit
// HBM3E: threads({{.*}}) in ({{.*}} = %c256,
func.func @down_projection_3bit(%x: tensor<1x14336xbf16>, %p: tensor<4096x1344xi32>, %s: tensor<4096x112xbf16>) -> tensor<1x4096xbf16> {
  %we = tensor.empty() : tensor<4096x14336xi3>
  %w = tessel.unpack ins(%p : tensor<4096x1344xi32>) outs(%we : tensor<4096x14336xi3>) -> tensor<4096x14336xi3>
  %e = tensor.empty() : tensor<1x4096xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<1x14336xbf16>, tensor<4096x14336xi3>, tensor<4096x112xbf16>) outs(%e : tensor<1x4096xbf16>) -> tensor<1x4096xbf16>
  return %y : tensor<1x4096xbf16>
}

// -----

// The attention kernel takes its warps (4 or 8) from the op too: 8 warps,
// 128 query rows per block.
// CHECK-LABEL: func.func @attention
// CHECK: gpu.launch blocks({{.*}}) in ({{.*}} = %c1, {{.*}}) threads({{.*}}) in ({{.*}} = %c256,
// DEFAULT-LABEL: func.func @attention
// DEFAULT: threads({{.*}}) in ({{.*}} = %c256,
func.func @attention(%q: tensor<1x1x128x64xf16>) -> tensor<1x1x128x64xf16> {
  %e = tensor.empty() : tensor<1x1x128x64xf16>
  %o = tessel.attention ins(%q, %q, %q : tensor<1x1x128x64xf16>, tensor<1x1x128x64xf16>, tensor<1x1x128x64xf16>) outs(%e : tensor<1x1x128x64xf16>) {tessel.kernel_warps = 8 : i64} -> tensor<1x1x128x64xf16>
  return %o : tensor<1x1x128x64xf16>
}
