// The decoding kernel's weight loads ahead of their steps (prefetch-steps):
// the first steps' loads go before the block stages its input pairs (the
// scf.for before the first gpu.barrier), the others that many steps ahead.
// RUN: tessel-opt %s --convert-tessel-to-gpu --split-input-file | FileCheck %s
// RUN: tessel-opt %s --tessel-cuda-configure="cost-model=fixed prefetch-steps=0" --convert-tessel-to-gpu --split-input-file | FileCheck %s --check-prefix=NONE
// RUN: tessel-opt %s --tessel-cuda-configure="cost-model=fixed prefetch-steps=2" --convert-tessel-to-gpu --split-input-file | FileCheck %s --check-prefix=TWO
// RUN: not tessel-opt %s --tessel-cuda-configure=prefetch-steps=9 2>&1 | FileCheck %s --check-prefix=OPTION

// OPTION: tessel-cuda-configure: prefetch-steps must be between -1 and 8

// 8 steps of 128 K values over 4 warps: 2 per warp, so by default the loads
// of one step go first and those of the second before the first's math.
// CHECK-LABEL: func.func @decode
// CHECK:         gpu.launch
// CHECK-COUNT-2:   vector.load {{.*}} : memref<32x128xi32>, vector<4xi32>
// CHECK:           scf.for
// CHECK:           gpu.barrier
// CHECK-NOT:       nvvm.mma.sync
// CHECK-COUNT-2:   vector.load {{.*}} : memref<32x128xi32>, vector<4xi32>
// CHECK-NOT:       memref<32x128xi32>, vector<4xi32>
// CHECK:           nvvm.mma.sync
// CHECK-NOT:       memref<32x128xi32>, vector<4xi32>
// CHECK:           gpu.terminator

// Without prefetching, every load is in its step, after the barrier.
// NONE-LABEL: func.func @decode
// NONE:         gpu.launch
// NONE-NOT:       memref<32x128xi32>, vector<4xi32>
// NONE:           gpu.barrier
// NONE:           vector.load {{.*}} : memref<32x128xi32>, vector<4xi32>

// Two steps ahead: all of the warp's loads go first.
// TWO-LABEL: func.func @decode
// TWO:         gpu.launch
// TWO-COUNT-4:   vector.load {{.*}} : memref<32x128xi32>, vector<4xi32>
// TWO:           scf.for
// TWO:           gpu.barrier
// TWO-NOT:       memref<32x128xi32>, vector<4xi32>
// TWO:           gpu.terminator
func.func @decode(%x: tensor<1x1024xbf16>, %p: tensor<32x128xi32>, %s: tensor<32x8xbf16>) -> tensor<1x32xbf16> {
  %we = tensor.empty() : tensor<32x1024xi4>
  %w = tessel.unpack ins(%p : tensor<32x128xi32>) outs(%we : tensor<32x1024xi4>) -> tensor<32x1024xi4>
  %e = tensor.empty() : tensor<1x32xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<1x1024xbf16>, tensor<32x1024xi4>, tensor<32x8xbf16>) outs(%e : tensor<1x32xbf16>) -> tensor<1x32xbf16>
  return %y : tensor<1x32xbf16>
}

// -----

// 5 steps over 4 warps: a warp's second step may be past the end, so its
// early loads (issued before the first step's math) read the last step
// instead, and are not used. The first steps need no clamp.
// CHECK-LABEL: func.func @ragged
// CHECK:         gpu.launch
// CHECK-NOT:       arith.minui
// CHECK:           gpu.barrier
// CHECK-NOT:       nvvm.mma.sync
// CHECK:           %[[STEP:.*]] = arith.minui %{{.*}}, %c4
// CHECK-NOT:       nvvm.mma.sync
// CHECK:           vector.load {{.*}} : memref<16x80xi32>, vector<4xi32>
// CHECK:           nvvm.mma.sync
// CHECK:           scf.if
// TWO-LABEL: func.func @ragged
// TWO:         gpu.launch
// TWO:           arith.minui %{{.*}}, %c4
// TWO:           scf.for
// TWO:           gpu.barrier
func.func @ragged(%x: tensor<1x640xbf16>, %p: tensor<16x80xi32>, %s: tensor<16x5xbf16>) -> tensor<1x16xbf16> {
  %we = tensor.empty() : tensor<16x640xi4>
  %w = tessel.unpack ins(%p : tensor<16x80xi32>) outs(%we : tensor<16x640xi4>) -> tensor<16x640xi4>
  %e = tensor.empty() : tensor<1x16xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<1x640xbf16>, tensor<16x640xi4>, tensor<16x5xbf16>) outs(%e : tensor<1x16xbf16>) -> tensor<1x16xbf16>
  return %y : tensor<1x16xbf16>
}
