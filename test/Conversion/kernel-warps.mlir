// RUN: tessel-opt %s --convert-tessel-to-gpu="target=sm_90" --split-input-file | FileCheck %s
// RUN: tessel-opt %s --convert-tessel-to-gpu --split-input-file | FileCheck %s --check-prefix=DEFAULT
// RUN: tessel-opt %s --convert-tessel-to-gpu="target=sm_90 warps-per-block=2" --split-input-file | FileCheck %s --check-prefix=OPTION
// RUN: tessel-opt %s --convert-tessel-to-gpu="target=sm_90 cost-model=learned" --split-input-file | FileCheck %s
// RUN: tessel-opt %s --convert-tessel-to-gpu="target=sm_90 remarks=1" --split-input-file -o /dev/null 2>&1 | FileCheck %s --check-prefix=REMARK
// RUN: not tessel-opt %s --convert-tessel-to-gpu="target=cpu" 2>&1 | FileCheck %s --check-prefix=TARGET
// RUN: not tessel-opt %s --convert-tessel-to-gpu="target=sm_90 cost-model=missing.json" 2>&1 | FileCheck %s --check-prefix=MODEL

// TARGET: convert-tessel-to-gpu: no GPU target 'cpu' (sm_80 or sm_90)

// remarks=1 explains each choice of the model (not the given ones). The
// up projection is bandwidth-bound (7.76 us) from 4 warps on; the down
// projection's round trips bound it up to 8 warps (7.80 us), 16 reach the
// bandwidth; the 2-bit up projection's bandwidth bound is 4.00 us.
// REMARK: remark: qmatmul kernel: 4 warps per block; predicted (warps: us) 1: 20.40 2: 10.80 4: 7.76 8: 7.76 16: 7.76 32: 7.76
// REMARK: remark: qmatmul kernel: 16 warps per block; predicted (warps: us) 1: 52.80 2: 27.00 4: 14.40 8: 7.80 16: 7.76 32: 7.76
// REMARK: remark: qmatmul kernel: 8 warps per block; predicted (warps: us) 1: 20.40 2: 10.80 4: 6.00 8: 4.00 16: 4.80 32: 5.40
// REMARK-NOT: remark: qmatmul kernel
// REMARK: remark: qmatmul kernel: 4 warps per block
// REMARK-NOT: remark: qmatmul kernel
// MODEL: convert-tessel-to-gpu: {{.*}}missing.json

// The qmatmul kernel's warps per block, ranked by the cost model for sm_90
// (target=), fixed by warps-per-block, or 4 without either. The learned
// model ranks kernels as the analytical one does.

// The up projection of Llama 2 7B, decoding: 688 blocks of 16 columns
// already keep the SMs' loads in flight with 4 warps each (8 steps of 128
// K values per warp); more warps per block only split K finer.
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
// waits for 22 steps one after another; 16 warps (6 steps each, 4 blocks
// per SM) cover the latency (on an H200: 10.0 us against 15.2 with 4).
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

// 2-bit up projection: half the bytes of 4-bit, so the 10 round trips of
// 4 warps (8 steps, the staging of the input, the reduction) now bound it;
// 8 warps take 6 in one wave (8 blocks of 8 warps fit an SM), 16 warps 4
// but in two waves.
// CHECK-LABEL: func.func @up_projection_2bit
// CHECK: gpu.launch blocks({{.*}}) in ({{.*}} = %c688, {{.*}}) threads({{.*}}) in ({{.*}} = %c256,
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

// 16 rows on tensor cores with the weights in B: each block reads its 16
// input rows through L2 whatever its warps, which bounds the kernel; the
// default stays.
// CHECK-LABEL: func.func @prefill
// CHECK: gpu.launch blocks({{.*}}) in ({{.*}} = %c512, {{.*}}) threads({{.*}}) in ({{.*}} = %c128,
func.func @prefill(%x: tensor<16x4096xbf16>, %p: tensor<4096x512xi32>, %s: tensor<4096x32xbf16>) -> tensor<16x4096xbf16> {
  %we = tensor.empty() : tensor<4096x4096xi4>
  %w = tessel.unpack ins(%p : tensor<4096x512xi32>) outs(%we : tensor<4096x4096xi4>) -> tensor<4096x4096xi4>
  %e = tensor.empty() : tensor<16x4096xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<16x4096xbf16>, tensor<4096x4096xi4>, tensor<4096x32xbf16>) outs(%e : tensor<16x4096xbf16>) -> tensor<16x4096xbf16>
  return %y : tensor<16x4096xbf16>
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
