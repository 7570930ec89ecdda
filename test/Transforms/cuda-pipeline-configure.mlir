// tessel-cuda-pipeline asks the cost model (tessel-configure) only about the
// ops left to the generic path: the qmatmul on packed words has become the
// kernel's gpu.launch before, and carries no tessel.qmatmul_lanes; the one
// on unpacked i4 weights gets its lanes.

// RUN: tessel-opt %s --tessel-cuda-pipeline --mlir-print-ir-after=tessel-configure -o /dev/null 2>&1 | FileCheck %s

// CHECK-LABEL: IR Dump After TesselConfigure
// CHECK: func.func @two
// CHECK: gpu.launch
// CHECK-NOT: gpu.launch
// CHECK: tessel.qmatmul {{.*}} {tessel.qmatmul_lanes = {{[0-9]+}} : i64}
// CHECK-NOT: tessel.qmatmul
func.func @two(%x: tensor<1x256xbf16>, %p: tensor<64x32xi32>, %w: tensor<64x256xi4>, %s: tensor<64x2xbf16>) -> (tensor<1x64xbf16>, tensor<1x64xbf16>) {
  %we = tensor.empty() : tensor<64x256xi4>
  %u = tessel.unpack ins(%p : tensor<64x32xi32>) outs(%we : tensor<64x256xi4>) -> tensor<64x256xi4>
  %e = tensor.empty() : tensor<1x64xbf16>
  %a = tessel.qmatmul signed group_size(128) ins(%x, %u, %s : tensor<1x256xbf16>, tensor<64x256xi4>, tensor<64x2xbf16>) outs(%e : tensor<1x64xbf16>) -> tensor<1x64xbf16>
  %b = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<1x256xbf16>, tensor<64x256xi4>, tensor<64x2xbf16>) outs(%e : tensor<1x64xbf16>) -> tensor<1x64xbf16>
  return %a, %b : tensor<1x64xbf16>, tensor<1x64xbf16>
}
