// RUN: tessel-opt %s --tessel-vectorize-contractions="vector-isa=avx512bf16" --canonicalize --split-input-file | FileCheck %s
// RUN: tessel-opt %s --tessel-vectorize-contractions="vector-isa=avx512" --canonicalize --split-input-file | FileCheck %s --check-prefix=NODOT
// RUN: tessel-opt %s --tessel-cpu-pipeline="vector-isa=avx512bf16" --split-input-file | FileCheck %s --check-prefix=LLVM

// NODOT-NOT: x86vector

// A bf16 GEMM with an f32 result on AVX512-BF16: parallel blocks of 256
// columns (with every row: 64 here, as there are only two blocks of
// columns), K by 256; each K block of B is copied into
// panels of 32 columns whose pairs of K steps are interleaved
// ([8, 128, 64] bf16: two rows of 32 read, interleaved into 64), then 8 x 32
// register blocks (16 vectors of f32 carried across the 128 pairs of K
// steps), each step a broadcast of A's pair (one i32) dotted with the two
// 32-bf16 halves of a panel row.
// CHECK-LABEL: func.func @f32_result
// CHECK:         scf.forall (%{{.*}}) = (0) to (512) step (256)
// CHECK:           %[[PANELS:.*]] = tensor.empty() : tensor<8x128x64xbf16>
// CHECK:           scf.for {{.*}} = %c0 to %c512 step %c256 iter_args(%{{.*}} = %{{.*}}, %{{.*}} = %[[PANELS]])
// CHECK:             vector.transfer_read {{.*}} : tensor<512x256xbf16>, vector<32xbf16>
// CHECK:             vector.transfer_read {{.*}} : tensor<512x256xbf16>, vector<32xbf16>
// CHECK:             vector.interleave {{.*}} : vector<32xi16> -> vector<64xi16>
// CHECK:             vector.transfer_write {{.*}} : vector<64xbf16>, tensor<8x128x64xbf16>
// CHECK:             scf.for {{.*}} = %c0 to %c64 step %c8
// CHECK:               scf.for {{.*}} = %c0 to %c8 step %c1
// CHECK-COUNT-16:        vector.transfer_read {{.*}} : tensor<64x256xf32>, vector<16xf32>
// CHECK:                 scf.for {{.*}} = %c0 to %c128 step %c1 iter_args({{.*}}) -> (vector<16xf32>, vector<16xf32>
// CHECK:                   vector.transfer_read {{.*}} : tensor<8x128x64xbf16>, vector<32xbf16>
// CHECK:                   vector.transfer_read {{.*}} : tensor<8x128x64xbf16>, vector<32xbf16>
// CHECK:                   vector.transfer_read {{.*}} : tensor<64x512xbf16>, vector<2xbf16>
// CHECK:                   vector.bitcast {{.*}} : vector<2xbf16> to vector<1xi32>
// CHECK:                   vector.broadcast {{.*}} : i32 to vector<16xi32>
// CHECK:                   x86vector.avx512.dot {{.*}} : vector<32xbf16> -> vector<16xf32>
// CHECK:                   x86vector.avx512.dot {{.*}} : vector<32xbf16> -> vector<16xf32>
// CHECK-COUNT-16:        vector.transfer_write {{.*}} : vector<16xf32>, tensor<64x256xf32>
// NODOT-LABEL: func.func @f32_result
// NODOT:         vector.contract
// LLVM-LABEL: llvm.func @f32_result
// LLVM:         llvm.call_intrinsic "llvm.x86.avx512bf16.dpbf16ps.512"
func.func @f32_result(%a: tensor<64x512xbf16>, %b: tensor<512x512xbf16>) -> tensor<64x512xf32> {
  %z = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<64x512xf32>
  %f = linalg.fill ins(%z : f32) outs(%e : tensor<64x512xf32>) -> tensor<64x512xf32>
  %r = linalg.matmul ins(%a, %b : tensor<64x512xbf16>, tensor<512x512xbf16>) outs(%f : tensor<64x512xf32>) -> tensor<64x512xf32>
  return %r : tensor<64x512xf32>
}

// -----

// A bf16 result is widened first: extended to f32 (an elementwise
// generic), accumulated there, truncated once at the end. Rows past the
// last block of 8 take one block of 5 over the same panels (16 and 10
// accumulator vectors; single-iteration loops are folded away). The
// narrow result without AVX512-BF16 is widened the same way.
// CHECK-LABEL: func.func @bf16_result
// CHECK:         linalg.generic
// CHECK:           arith.extf {{.*}} : bf16 to f32
// CHECK:         scf.for {{.*}} -> (tensor<1x32x64xbf16>)
// CHECK:         %{{.*}}:16 = scf.for
// CHECK-COUNT-16:  x86vector.avx512.dot
// CHECK:         %{{.*}}:10 = scf.for
// CHECK-COUNT-10:  x86vector.avx512.dot
// CHECK:         linalg.generic
// CHECK:           arith.truncf {{.*}} : f32 to bf16
// NODOT-LABEL: func.func @bf16_result
// NODOT:         arith.extf {{.*}} : bf16 to f32
// NODOT:         arith.mulf {{.*}} : vector<8x32x1xf32>
// NODOT:         arith.truncf {{.*}} : f32 to bf16
func.func @bf16_result(%a: tensor<13x64xbf16>, %b: tensor<64x32xbf16>, %c: tensor<13x32xbf16>) -> tensor<13x32xbf16> {
  %r = linalg.matmul ins(%a, %b : tensor<13x64xbf16>, tensor<64x32xbf16>) outs(%c : tensor<13x32xbf16>) -> tensor<13x32xbf16>
  return %r : tensor<13x32xbf16>
}

// -----

// One row (a decode step's projection): B is not copied; parallel blocks
// of 256 columns (N / 4), each walking all of K with 16 accumulator
// vectors, two rows of B interleaved in registers a step.
// CHECK-LABEL: func.func @one_row
// CHECK-NOT:     tensor.empty() : tensor<{{.*}}xbf16>
// CHECK:         scf.forall (%{{.*}}) = (0) to (1024) step (256)
// CHECK:           %{{.*}}:16 = scf.for {{.*}} = %c0 to %c256 step %c1
// CHECK:             vector.interleave {{.*}} : vector<16xi16> -> vector<32xi16>
// CHECK-COUNT-16:    x86vector.avx512.dot
func.func @one_row(%a: tensor<1x512xbf16>, %b: tensor<512x1024xbf16>) -> tensor<1x1024xf32> {
  %z = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<1x1024xf32>
  %f = linalg.fill ins(%z : f32) outs(%e : tensor<1x1024xf32>) -> tensor<1x1024xf32>
  %r = linalg.matmul ins(%a, %b : tensor<1x512xbf16>, tensor<512x1024xbf16>) outs(%f : tensor<1x1024xf32>) -> tensor<1x1024xf32>
  return %r : tensor<1x1024xf32>
}

// -----

// The same product spelled as a generic with extf is taken too.
#mk = affine_map<(m, n, k) -> (m, k)>
#kn = affine_map<(m, n, k) -> (k, n)>
#mn = affine_map<(m, n, k) -> (m, n)>
// CHECK-LABEL: func.func @generic_form
// CHECK:         x86vector.avx512.dot
func.func @generic_form(%a: tensor<24x128xbf16>, %b: tensor<128x64xbf16>) -> tensor<24x64xf32> {
  %z = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<24x64xf32>
  %f = linalg.fill ins(%z : f32) outs(%e : tensor<24x64xf32>) -> tensor<24x64xf32>
  %r = linalg.generic {indexing_maps = [#mk, #kn, #mn], iterator_types = ["parallel", "parallel", "reduction"]}
      ins(%a, %b : tensor<24x128xbf16>, tensor<128x64xbf16>) outs(%f : tensor<24x64xf32>) {
  ^bb0(%x: bf16, %y: bf16, %acc: f32):
    %xf = arith.extf %x : bf16 to f32
    %yf = arith.extf %y : bf16 to f32
    %p = arith.mulf %xf, %yf : f32
    %s = arith.addf %acc, %p : f32
    linalg.yield %s : f32
  } -> tensor<24x64xf32>
  return %r : tensor<24x64xf32>
}

// -----

// B held as [n, k] (x W^T): each panel's 16 x 16 blocks of words (pairs
// of K steps) read as 16 rows of B and transposed in four rounds of
// shuffles (64 a block), then the same register blocks.
// CHECK-LABEL: func.func @transposed_rhs
// CHECK:         vector.transfer_read {{.*}} : tensor<64x256xbf16>, vector<32xbf16>
// CHECK:         vector.bitcast {{.*}} : vector<32xbf16> to vector<16xi32>
// CHECK:         vector.shuffle {{.*}} [0, 16, 2, 18, 4, 20, 6, 22, 8, 24, 10, 26, 12, 28, 14, 30] : vector<16xi32>, vector<16xi32>
// CHECK-COUNT-2: x86vector.avx512.dot
func.func @transposed_rhs(%a: tensor<16x256xbf16>, %w: tensor<64x256xbf16>) -> tensor<16x64xf32> {
  %z = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<16x64xf32>
  %f = linalg.fill ins(%z : f32) outs(%e : tensor<16x64xf32>) -> tensor<16x64xf32>
  %r = linalg.matmul indexing_maps = [affine_map<(m, n, k) -> (m, k)>, affine_map<(m, n, k) -> (n, k)>, affine_map<(m, n, k) -> (m, n)>]
      ins(%a, %w : tensor<16x256xbf16>, tensor<64x256xbf16>) outs(%f : tensor<16x64xf32>) -> tensor<16x64xf32>
  return %r : tensor<16x64xf32>
}

// -----

// One row and B held as [n, k]: dot products of rows, B read in place, 16
// outputs a block (K by 32: one vdpbf16ps per output a step), the lanes
// summed at the end and added to the outputs.
// CHECK-LABEL: func.func @transposed_one_row
// CHECK-NOT:     tensor.empty() : tensor<{{.*}}xbf16>
// CHECK:         %{{.*}}:16 = scf.for {{.*}} = %c0 to %c256 step %c32
// CHECK-COUNT-16:  x86vector.avx512.dot {{.*}} : vector<32xbf16> -> vector<16xf32>
// CHECK-COUNT-16: vector.reduction <add>
// CHECK:         vector.from_elements {{.*}} : vector<16xf32>
func.func @transposed_one_row(%a: tensor<1x256xbf16>, %w: tensor<256x256xbf16>) -> tensor<1x256xf32> {
  %z = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<1x256xf32>
  %f = linalg.fill ins(%z : f32) outs(%e : tensor<1x256xf32>) -> tensor<1x256xf32>
  %r = linalg.matmul indexing_maps = [affine_map<(m, n, k) -> (m, k)>, affine_map<(m, n, k) -> (n, k)>, affine_map<(m, n, k) -> (m, n)>]
      ins(%a, %w : tensor<1x256xbf16>, tensor<256x256xbf16>) outs(%f : tensor<1x256xf32>) -> tensor<1x256xf32>
  return %r : tensor<1x256xf32>
}

// -----

// What the kernel does not take: an odd K (no pairs of steps), B held as
// [n, k] with N not a multiple of the panel's 32 columns, f16 operands,
// fewer columns than a panel.
// CHECK-LABEL: func.func @not_taken
// CHECK-NOT:     x86vector.avx512.dot
// CHECK:         return
func.func @not_taken(%a: tensor<16x65xbf16>, %b: tensor<65x64xbf16>,
                     %a2: tensor<16x64xbf16>, %bt: tensor<48x64xbf16>,
                     %h: tensor<16x64xf16>, %hb: tensor<64x64xf16>,
                     %nb: tensor<64x16xbf16>)
    -> (tensor<16x64xf32>, tensor<16x48xf32>, tensor<16x64xf32>, tensor<16x16xf32>) {
  %z = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<16x64xf32>
  %f = linalg.fill ins(%z : f32) outs(%e : tensor<16x64xf32>) -> tensor<16x64xf32>
  %odd = linalg.matmul ins(%a, %b : tensor<16x65xbf16>, tensor<65x64xbf16>) outs(%f : tensor<16x64xf32>) -> tensor<16x64xf32>
  %e48 = tensor.empty() : tensor<16x48xf32>
  %f48 = linalg.fill ins(%z : f32) outs(%e48 : tensor<16x48xf32>) -> tensor<16x48xf32>
  %t = linalg.matmul indexing_maps = [affine_map<(m, n, k) -> (m, k)>, affine_map<(m, n, k) -> (n, k)>, affine_map<(m, n, k) -> (m, n)>]
      ins(%a2, %bt : tensor<16x64xbf16>, tensor<48x64xbf16>) outs(%f48 : tensor<16x48xf32>) -> tensor<16x48xf32>
  %half = linalg.matmul ins(%h, %hb : tensor<16x64xf16>, tensor<64x64xf16>) outs(%f : tensor<16x64xf32>) -> tensor<16x64xf32>
  %e2 = tensor.empty() : tensor<16x16xf32>
  %f2 = linalg.fill ins(%z : f32) outs(%e2 : tensor<16x16xf32>) -> tensor<16x16xf32>
  %narrow = linalg.matmul ins(%a2, %nb : tensor<16x64xbf16>, tensor<64x16xbf16>) outs(%f2 : tensor<16x16xf32>) -> tensor<16x16xf32>
  return %odd, %t, %half, %narrow : tensor<16x64xf32>, tensor<16x48xf32>, tensor<16x64xf32>, tensor<16x16xf32>
}
