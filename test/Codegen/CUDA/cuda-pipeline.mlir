// tessel-cuda-pipeline: each loop nest of the lowered op becomes a kernel in
// its own gpu.binary (PTX for the chosen chip), and the exported function is
// host code that launches them on device buffers through the runtime.

// RUN: tessel-opt %s --tessel-cuda-pipeline | FileCheck %s
// RUN: tessel-opt %s --tessel-cuda-pipeline="chip=sm_80" | FileCheck %s --check-prefix=SM80
// The card the cost model describes may differ from the chip's default;
// a name that describes no card is reported, with or without kernels.
// RUN: tessel-opt %s --tessel-cuda-pipeline="cost-target=h200" | FileCheck %s
// RUN: not tessel-opt %s --tessel-cuda-pipeline="cost-target=h300" 2>&1 | FileCheck %s --check-prefix=CARD
// RUN: not tessel-opt %s --tessel-cuda-pipeline="cost-target=h300 kernels=0" 2>&1 | FileCheck %s --check-prefix=CARD
// CARD: error: {{.*}}'h300'

// CHECK: llvm.func @softmax(
// CHECK:   gpu.launch_func <%{{.*}} : !llvm.ptr> @softmax_kernel::@softmax_kernel blocks in
// CHECK: llvm.func @_mlir_ciface_softmax(
// An sm_90 chip is built for sm_90a, which has wgmma and setmaxnreg.
// CHECK: gpu.binary @softmax_kernel {{.*}}#nvvm.target<O = 3, chip = "sm_90a"
// CHECK-SAME: .target sm_90a
// CHECK: llvm.mlir.global external constant @_tessel_signature_softmax("softmax(f32[4x100])->(f32[4x100])\00")
// CHECK-NOT: tessel.
// SM80: gpu.binary @softmax_kernel {{.*}}.target sm_80
func.func @softmax(%x: tensor<4x100xf32>) -> tensor<4x100xf32> {
  %e = tensor.empty() : tensor<4x100xf32>
  %y = tessel.softmax online dimension(1) ins(%x : tensor<4x100xf32>) outs(%e : tensor<4x100xf32>) -> tensor<4x100xf32>
  return %y : tensor<4x100xf32>
}
