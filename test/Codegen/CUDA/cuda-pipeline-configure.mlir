// tessel-cuda-pipeline asks the cost model once, in tessel-cuda-configure,
// right after the frontend stages: every qmatmul gets the generic path's
// lanes, and the ones on packed words (which the kernel takes) also its
// kernel's warps, ranked for the card. An i4 argument is packed words too:
// it crosses the runtime boundary packed (tessel-pack-subbyte-boundary).
// Weights computed in the function stay bytes, for the generic path. The
// lowering then reads the attributes: the packed ones become the kernel's
// gpu.launch, the other stays for the generic path with its lanes.

// RUN: tessel-opt %s --tessel-cuda-pipeline --mlir-print-ir-after=tessel-cuda-configure -o /dev/null 2>&1 | FileCheck %s
// RUN: tessel-opt %s --tessel-cuda-pipeline --mlir-print-ir-after=convert-tessel-to-gpu -o /dev/null 2>&1 | FileCheck %s --check-prefix=LOWERED

// CHECK-LABEL: IR Dump After TesselCUDAConfigure
// CHECK: func.func @three
// CHECK: tessel.qmatmul {{.*}} {tessel.kernel_warps = {{[0-9]+}} : i64, tessel.qmatmul_lanes = {{[0-9]+}} : i64}
// CHECK: tessel.qmatmul {{.*}} {tessel.kernel_warps = {{[0-9]+}} : i64, tessel.qmatmul_lanes = {{[0-9]+}} : i64}
// CHECK: tessel.qmatmul {{.*}} {tessel.qmatmul_lanes = {{[0-9]+}} : i64}
// CHECK-NOT: tessel.qmatmul

// LOWERED-LABEL: IR Dump After ConvertTesselToGPU
// LOWERED: func.func @three
// LOWERED-COUNT-2: gpu.launch
// LOWERED-NOT: gpu.launch
// LOWERED: tessel.qmatmul {{.*}} {tessel.qmatmul_lanes = {{[0-9]+}} : i64}
// LOWERED-NOT: tessel.qmatmul
#id = affine_map<(d0, d1) -> (d0, d1)>
func.func @three(%x: tensor<1x256xbf16>, %p: tensor<64x32xi32>, %w: tensor<64x256xi4>, %b8: tensor<64x256xi8>, %s: tensor<64x2xbf16>) -> (tensor<1x64xbf16>, tensor<1x64xbf16>, tensor<1x64xbf16>) {
  %we = tensor.empty() : tensor<64x256xi4>
  %u = tessel.unpack ins(%p : tensor<64x32xi32>) outs(%we : tensor<64x256xi4>) -> tensor<64x256xi4>
  %t = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]} ins(%b8 : tensor<64x256xi8>) outs(%we : tensor<64x256xi4>) {
  ^bb0(%in: i8, %out: i4):
    %n = arith.trunci %in : i8 to i4
    linalg.yield %n : i4
  } -> tensor<64x256xi4>
  %e = tensor.empty() : tensor<1x64xbf16>
  %a = tessel.qmatmul signed group_size(128) ins(%x, %u, %s : tensor<1x256xbf16>, tensor<64x256xi4>, tensor<64x2xbf16>) outs(%e : tensor<1x64xbf16>) -> tensor<1x64xbf16>
  %b = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<1x256xbf16>, tensor<64x256xi4>, tensor<64x2xbf16>) outs(%e : tensor<1x64xbf16>) -> tensor<1x64xbf16>
  %c = tessel.qmatmul signed group_size(128) ins(%x, %t, %s : tensor<1x256xbf16>, tensor<64x256xi4>, tensor<64x2xbf16>) outs(%e : tensor<1x64xbf16>) -> tensor<1x64xbf16>
  return %a, %b, %c : tensor<1x64xbf16>, tensor<1x64xbf16>, tensor<1x64xbf16>
}
