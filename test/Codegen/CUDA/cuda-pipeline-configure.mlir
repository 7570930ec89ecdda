// tessel-cuda-pipeline asks the cost model once, in tessel-cuda-configure,
// right after the frontend stages: every qmatmul gets the generic path's
// lanes, and the one on packed words (which the kernel takes) also its
// kernel's warps, ranked for the card. The lowering then reads them: the
// packed one becomes the kernel's gpu.launch, the one on unpacked i4
// weights stays for the generic path with its lanes.

// RUN: tessel-opt %s --tessel-cuda-pipeline --mlir-print-ir-after=tessel-cuda-configure -o /dev/null 2>&1 | FileCheck %s
// RUN: tessel-opt %s --tessel-cuda-pipeline --mlir-print-ir-after=convert-tessel-to-gpu -o /dev/null 2>&1 | FileCheck %s --check-prefix=LOWERED

// CHECK-LABEL: IR Dump After TesselCUDAConfigure
// CHECK: func.func @two
// CHECK: tessel.qmatmul {{.*}} {tessel.kernel_warps = {{[0-9]+}} : i64, tessel.qmatmul_lanes = {{[0-9]+}} : i64}
// CHECK: tessel.qmatmul {{.*}} {tessel.qmatmul_lanes = {{[0-9]+}} : i64}
// CHECK-NOT: tessel.qmatmul

// LOWERED-LABEL: IR Dump After ConvertTesselToGPU
// LOWERED: func.func @two
// LOWERED: gpu.launch
// LOWERED-NOT: gpu.launch
// LOWERED: tessel.qmatmul {{.*}} {tessel.qmatmul_lanes = {{[0-9]+}} : i64}
// LOWERED-NOT: tessel.qmatmul
func.func @two(%x: tensor<1x256xbf16>, %p: tensor<64x32xi32>, %w: tensor<64x256xi4>, %s: tensor<64x2xbf16>) -> (tensor<1x64xbf16>, tensor<1x64xbf16>) {
  %we = tensor.empty() : tensor<64x256xi4>
  %u = tessel.unpack ins(%p : tensor<64x32xi32>) outs(%we : tensor<64x256xi4>) -> tensor<64x256xi4>
  %e = tensor.empty() : tensor<1x64xbf16>
  %a = tessel.qmatmul signed group_size(128) ins(%x, %u, %s : tensor<1x256xbf16>, tensor<64x256xi4>, tensor<64x2xbf16>) outs(%e : tensor<1x64xbf16>) -> tensor<1x64xbf16>
  %b = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<1x256xbf16>, tensor<64x256xi4>, tensor<64x2xbf16>) outs(%e : tensor<1x64xbf16>) -> tensor<1x64xbf16>
  return %a, %b : tensor<1x64xbf16>, tensor<1x64xbf16>
}
