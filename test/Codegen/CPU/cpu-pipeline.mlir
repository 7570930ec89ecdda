// RUN: tessel-opt %s --tessel-cpu-pipeline | FileCheck %s
// RUN: tessel-opt %s --tessel-cpu-pipeline=parallel=0 | FileCheck %s --check-prefix=SERIAL

// Everything ends in the LLVM dialect (plus OpenMP for the parallel tiles),
// with the C interface and the signature global for the runtime.
// CHECK-DAG:   llvm.mlir.global external constant @_tessel_signature_f("f(f32[1x2x64x16],i4[32x64],f32[32x2])->(f32[1x2x64x16],f32[64x32])\00")
// CHECK-DAG:   llvm.func @_mlir_ciface_f(
// CHECK-DAG:   omp.parallel
// CHECK-NOT:   tessel.
// CHECK-NOT:   linalg.
// CHECK-NOT:   memref.
// CHECK-NOT:   scf.
// SERIAL-NOT:  omp.
func.func @f(%q: tensor<1x2x64x16xf32>, %w: tensor<32x64xi4>, %s: tensor<32x2xf32>) -> (tensor<1x2x64x16xf32>, tensor<64x32xf32>) {
  %e = tensor.empty() : tensor<1x2x64x16xf32>
  %o = tessel.attention causal ins(%q, %q, %q : tensor<1x2x64x16xf32>, tensor<1x2x64x16xf32>, tensor<1x2x64x16xf32>) outs(%e : tensor<1x2x64x16xf32>) -> tensor<1x2x64x16xf32>
  %x = tensor.collapse_shape %o [[0, 1, 2], [3]] : tensor<1x2x64x16xf32> into tensor<128x16xf32>
  %x2 = tensor.expand_shape %x [[0], [1, 2]] output_shape [128, 1, 16] : tensor<128x16xf32> into tensor<128x1x16xf32>
  %x3 = tensor.collapse_shape %x2 [[0], [1, 2]] : tensor<128x1x16xf32> into tensor<128x16xf32>
  %xs = tensor.extract_slice %x3[0, 0] [64, 16] [1, 1] : tensor<128x16xf32> to tensor<64x16xf32>
  %xx = tensor.empty() : tensor<64x64xf32>
  %c0 = arith.constant 0.0 : f32
  %xf = linalg.fill ins(%c0 : f32) outs(%xx : tensor<64x64xf32>) -> tensor<64x64xf32>
  %xi = tensor.insert_slice %xs into %xf[0, 0] [64, 16] [1, 1] : tensor<64x16xf32> into tensor<64x64xf32>
  %ye = tensor.empty() : tensor<64x32xf32>
  %y = tessel.qmatmul signed group_size(32) ins(%xi, %w, %s : tensor<64x64xf32>, tensor<32x64xi4>, tensor<32x2xf32>) outs(%ye : tensor<64x32xf32>) -> tensor<64x32xf32>
  return %o, %y : tensor<1x2x64x16xf32>, tensor<64x32xf32>
}
