// RUN: tessel-opt %s --tessel-cuda-configure=cost-model=fixed --split-input-file | FileCheck %s --check-prefix=FIXED
// RUN: tessel-opt %s --tessel-cuda-configure="cost-model=fixed warps-per-block=8 attention-warps=8 prefetch-steps=1 columns-per-warp=2" --split-input-file | FileCheck %s --check-prefix=OPTIONS
// RUN: tessel-opt %s --tessel-cuda-configure="cost-model=fixed tensor-cores=0 pack-weights=0" --split-input-file | FileCheck %s --check-prefix=OFF
// RUN: tessel-opt %s --tessel-cuda-configure=target=h200 --split-input-file | FileCheck %s --check-prefix=RANKED

// What tessel-cuda-configure records for the dedicated kernels: every
// decision the lowering and layout propagation read, as attributes.

// Packed bf16 weights, one row: the kernel takes it. With cost-model=fixed
// 4 warps; the options are recorded as given; tensor-cores=0 is recorded as
// tessel.tensor_cores = false. Ranked on the H200, a count from 1 to 32.
// FIXED-LABEL: func.func @packed
// FIXED: tessel.qmatmul {{.*}}{tessel.kernel_warps = 4 : i64, tessel.qmatmul_lanes = 32 : i64}
// OPTIONS-LABEL: func.func @packed
// OPTIONS: tessel.qmatmul {{.*}}{tessel.columns_per_warp = 2 : i64, tessel.kernel_warps = 8 : i64, tessel.prefetch_steps = 1 : i64, tessel.qmatmul_lanes = 32 : i64}
// OFF-LABEL: func.func @packed
// OFF: tessel.qmatmul {{.*}}{tessel.kernel_warps = 4 : i64, tessel.qmatmul_lanes = 32 : i64, tessel.tensor_cores = false}
// RANKED-LABEL: func.func @packed
// RANKED: tessel.qmatmul {{.*}}tessel.kernel_warps = {{[0-9]+}} : i64
func.func @packed(%x: tensor<1x4096xbf16>, %p: tensor<4096x512xi32>, %s: tensor<4096x32xbf16>) -> tensor<1x4096xbf16> {
  %we = tensor.empty() : tensor<4096x4096xi4>
  %w = tessel.unpack ins(%p : tensor<4096x512xi32>) outs(%we : tensor<4096x4096xi4>) -> tensor<4096x4096xi4>
  %e = tensor.empty() : tensor<1x4096xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<1x4096xbf16>, tensor<4096x4096xi4>, tensor<4096x32xbf16>) outs(%e : tensor<1x4096xbf16>) -> tensor<1x4096xbf16>
  return %y : tensor<1x4096xbf16>
}

// -----

// Constant sub-byte weights: packed for the kernel (tessel.pack_weights,
// which tessel-propagate-layouts carries out), unless pack-weights=0, which
// leaves them a byte each and the op to the generic path.
// FIXED-LABEL: func.func @constant
// FIXED: tessel.qmatmul {{.*}}{tessel.kernel_warps = 4 : i64, tessel.pack_weights, tessel.qmatmul_lanes = 32 : i64}
// OFF-LABEL: func.func @constant
// OFF: tessel.qmatmul {{.*}}{tessel.qmatmul_lanes = 32 : i64}
func.func @constant(%x: tensor<1x128xbf16>, %s: tensor<16x1xbf16>) -> tensor<1x16xbf16> {
  %w = arith.constant dense<3> : tensor<16x128xi4>
  %e = tensor.empty() : tensor<1x16xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<1x128xbf16>, tensor<16x128xi4>, tensor<16x1xbf16>) outs(%e : tensor<1x16xbf16>) -> tensor<1x16xbf16>
  return %y : tensor<1x16xbf16>
}

// -----

// A choice written by hand is kept, whatever the options and the model.
// FIXED-LABEL: func.func @given
// FIXED: tessel.qmatmul {{.*}}{tessel.kernel_warps = 2 : i64, tessel.qmatmul_lanes = 32 : i64}
// OPTIONS-LABEL: func.func @given
// OPTIONS: tessel.qmatmul {{.*}}tessel.kernel_warps = 2 : i64
// RANKED-LABEL: func.func @given
// RANKED: tessel.qmatmul {{.*}}tessel.kernel_warps = 2 : i64
func.func @given(%x: tensor<1x4096xbf16>, %p: tensor<4096x512xi32>, %s: tensor<4096x32xbf16>) -> tensor<1x4096xbf16> {
  %we = tensor.empty() : tensor<4096x4096xi4>
  %w = tessel.unpack ins(%p : tensor<4096x512xi32>) outs(%we : tensor<4096x4096xi4>) -> tensor<4096x4096xi4>
  %e = tensor.empty() : tensor<1x4096xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<1x4096xbf16>, tensor<4096x4096xi4>, tensor<4096x32xbf16>) outs(%e : tensor<1x4096xbf16>) {tessel.kernel_warps = 2 : i64} -> tensor<1x4096xbf16>
  return %y : tensor<1x4096xbf16>
}

// -----

// Attention in bf16: the kernel's warps (attention-warps); in f32 there is
// no kernel and nothing is recorded for one. Both get the generic path's
// key block (whole rows on GPUs).
// FIXED-LABEL: func.func @attention
// FIXED: tessel.attention {{.*}}{tessel.kernel_warps = 4 : i64}
// FIXED: tessel.attention {{.*}}-> tensor<1x2x128x64xf32>
// FIXED-NOT: tessel.kernel_warps
// OPTIONS-LABEL: func.func @attention
// OPTIONS: tessel.attention {{.*}}{tessel.kernel_warps = 8 : i64}
// OFF-LABEL: func.func @attention
// OFF: tessel.attention {{.*}}{tessel.kernel_warps = 4 : i64, tessel.tensor_cores = false}
// RANKED-LABEL: func.func @attention
// RANKED: tessel.attention {{.*}}{tessel.kernel_warps = 4 : i64, tessel.key_block = 0 : i64}
func.func @attention(%q: tensor<1x2x128x64xbf16>, %f: tensor<1x2x128x64xf32>) -> (tensor<1x2x128x64xbf16>, tensor<1x2x128x64xf32>) {
  %e = tensor.empty() : tensor<1x2x128x64xbf16>
  %o = tessel.attention causal ins(%q, %q, %q : tensor<1x2x128x64xbf16>, tensor<1x2x128x64xbf16>, tensor<1x2x128x64xbf16>) outs(%e : tensor<1x2x128x64xbf16>) -> tensor<1x2x128x64xbf16>
  %ef = tensor.empty() : tensor<1x2x128x64xf32>
  %of = tessel.attention ins(%f, %f, %f : tensor<1x2x128x64xf32>, tensor<1x2x128x64xf32>, tensor<1x2x128x64xf32>) outs(%ef : tensor<1x2x128x64xf32>) -> tensor<1x2x128x64xf32>
  return %o, %of : tensor<1x2x128x64xbf16>, tensor<1x2x128x64xf32>
}
