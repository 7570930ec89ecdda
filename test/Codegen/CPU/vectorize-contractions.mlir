// RUN: tessel-opt %s --tessel-vectorize-contractions="vector-isa=avx512" --canonicalize --split-input-file | FileCheck %s
// RUN: tessel-opt %s --tessel-vectorize-contractions="vector-isa=avx2" --canonicalize --split-input-file | FileCheck %s --check-prefix=AVX2
// RUN: tessel-opt %s --tessel-vectorize-contractions="vector-isa=avx512 pack-right-operand=false" --canonicalize --split-input-file | FileCheck %s --check-prefix=UNPACKED
// RUN: not tessel-opt %s --tessel-vectorize-contractions="vector-isa=avx9" 2>&1 | FileCheck %s --check-prefix=BAD-ISA
// RUN: not tessel-opt %s --tessel-vectorize-contractions="register-tile-n=12" 2>&1 | FileCheck %s --check-prefix=BAD-TILE

// BAD-ISA: unknown vector-isa 'avx9' (host, avx512bf16, avx512, avx2, sse)
// BAD-TILE: register-tile-n 12 is not a multiple of 8

// A plain GEMM: parallel blocks of 256 columns with every row (here only
// one, as N is 256, so 64-row blocks), K by 256; each K block of B is
// copied into panels of 32 columns ([8, 256, 32], carried by the K loop)
// read by 8 x 32 register blocks with the accumulator carried in a vector
// across K.
// CHECK-LABEL: func.func @matmul
// CHECK:         scf.forall (%{{.*}}) = (0) to (128) step (64)
// CHECK:           %[[PANELS:.*]] = tensor.empty() : tensor<8x256x32xf32>
// CHECK:           scf.for {{.*}} = %c0 to %c512 step %c256 iter_args(%{{.*}} = %{{.*}}, %{{.*}} = %[[PANELS]])
// CHECK:             tensor.expand_shape {{.*}} output_shape [256, 8, 32]
// CHECK:             vector.transfer_read {{.*}} vector<1x1x32xf32>
// CHECK:             vector.transfer_write {{.*}} vector<1x1x32xf32>
// CHECK:             tensor.expand_shape {{.*}} output_shape [8, 8, 256]
// CHECK:             vector.transfer_read {{.*}} vector<1x1x8x32xf32>
// CHECK:             scf.for {{.*}} iter_args(%{{.*}} = %{{.*}}) -> (vector<1x1x8x32xf32>)
// CHECK:               arith.mulf {{.*}} : vector<1x1x1x8x32xf32>
// CHECK:             vector.transfer_write {{.*}} : vector<1x1x8x32xf32>
// With AVX2's sixteen registers, 6 x 16 register blocks: 60 of the 64 rows
// of a block in blocks of 6, the other 4 in one block of 4, both over the
// same panels of 16 columns.
// AVX2-LABEL: func.func @matmul
// AVX2:         %[[PANELS:.*]] = tensor.empty() : tensor<16x256x16xf32>
// AVX2:         scf.for {{.*}} iter_args(%{{.*}} = %{{.*}}, %{{.*}} = %[[PANELS]])
// AVX2:           tensor.expand_shape {{.*}} output_shape [10, 6, 256]
// AVX2:           scf.for {{.*}} -> (vector<1x1x6x16xf32>)
// AVX2:           tensor.expand_shape {{.*}} output_shape [1, 4, 256]
// AVX2:           scf.for {{.*}} -> (vector<1x1x4x16xf32>)
// Without panels: its right-hand side copied into padded rows (1 KiB apart
// here), parallel 64 x 256 blocks, K by 256, 8 x 32 register blocks.
// UNPACKED-LABEL: func.func @matmul
// UNPACKED:         tensor.pad %{{.*}} nofold low[0, 0] high[0, 16]
// UNPACKED:         scf.forall (%{{.*}}) = (0) to (128) step (64)
// UNPACKED:           scf.for {{.*}} = %c0 to %c512 step %c256
// UNPACKED:             scf.for {{.*}} step %c8
// UNPACKED:               scf.for {{.*}} step %c32
// UNPACKED:                 vector.transfer_read {{.*}} vector<8x32xf32>
// UNPACKED:                 scf.for {{.*}} iter_args(%{{.*}} = %{{.*}}) -> (vector<8x32xf32>)
// UNPACKED:                   vector.contract
// UNPACKED:                 vector.transfer_write {{.*}} : vector<8x32xf32>
func.func @matmul(%a: tensor<128x512xf32>, %b: tensor<512x256xf32>, %c: tensor<128x256xf32>) -> tensor<128x256xf32> {
  %r = linalg.matmul ins(%a, %b : tensor<128x512xf32>, tensor<512x256xf32>) outs(%c : tensor<128x256xf32>) -> tensor<128x256xf32>
  return %r : tensor<128x256xf32>
}

// -----

// N below 8 lanes: left for the scalar path.
// CHECK-LABEL: func.func @not_candidates
// CHECK-NOT:     vector.contract
// CHECK:         linalg.matmul ins
func.func @not_candidates(%a: tensor<16x32xf32>, %b: tensor<32x4xf32>, %c: tensor<16x4xf32>) -> tensor<16x4xf32> {
  %r = linalg.matmul ins(%a, %b : tensor<16x32xf32>, tensor<32x4xf32>) outs(%c : tensor<16x4xf32>) -> tensor<16x4xf32>
  return %r : tensor<16x4xf32>
}

// -----

// A transposed right-hand side ([N, K], not contiguous along N): dot
// products along K. It becomes a generic (tessel-vectorize-rows vectorizes
// its K loop) in parallel blocks of 256 columns.
// CHECK-LABEL: func.func @dot_products
// CHECK-NOT:     vector.contract
// CHECK:         scf.forall (%{{.*}}) = (0) to (1024) step (256)
// CHECK:           linalg.generic
// CHECK-SAME:        ins(%{{.*}}, %{{.*}} : tensor<1x512xf32>, tensor<256x512xf32>)
func.func @dot_products(%a: tensor<1x512xf32>, %bt: tensor<1024x512xf32>, %d: tensor<1x1024xf32>) -> tensor<1x1024xf32> {
  %s = linalg.matmul indexing_maps = [affine_map<(m, n, k) -> (m, k)>, affine_map<(m, n, k) -> (n, k)>, affine_map<(m, n, k) -> (m, n)>]
         ins(%a, %bt : tensor<1x512xf32>, tensor<1024x512xf32>) outs(%d : tensor<1x1024xf32>) -> tensor<1x1024xf32>
  return %s : tensor<1x1024xf32>
}

// -----

// A decode step's GEMV (one row): every element of the right-hand side is
// read once, so it is not copied into padded rows or panels. Parallel
// blocks of up to 1024 columns, at least 4 (here 128), K outermost in steps
// of 8 rows of B, each read whole, 32 columns at a time, into the result.
// CHECK-LABEL: func.func @gemv
// CHECK-NOT:     tensor.pad
// CHECK:         scf.forall (%{{.*}}) = (0) to (512) step (128)
// CHECK:           scf.for {{.*}} = %c0 to %c1024 step %c8
// CHECK:             vector.transfer_read {{.*}} vector<1x8xf32>
// CHECK:             scf.for {{.*}} = %c0 to %c128 step %c32
// CHECK:               vector.contract {{.*}} : vector<1x8xf32>, vector<8x32xf32> into vector<1x32xf32>
func.func @gemv(%x: tensor<1x1024xf32>, %w: tensor<1024x512xf32>, %c: tensor<1x512xf32>) -> tensor<1x512xf32> {
  %r = linalg.matmul ins(%x, %w : tensor<1x1024xf32>, tensor<1024x512xf32>) outs(%c : tensor<1x512xf32>) -> tensor<1x512xf32>
  return %r : tensor<1x512xf32>
}

// -----

// A matmul whose N was split into the heads its result is viewed as
// (reshape propagation): the loops (1, 8, 64) are folded back into one N of
// 512 and the op vectorized like a matmul; the result is expanded again.
// CHECK-LABEL: func.func @split_columns
// CHECK:         tensor.collapse_shape %{{.*}} {{\[}}[0], [1, 2, 3]] : tensor<512x1x8x64xf32> into tensor<512x512xf32>
// CHECK:         scf.forall
// CHECK:           vector.contract
// CHECK:         tensor.expand_shape %{{.*}} {{\[}}[0], [1, 2, 3]] output_shape [1, 1, 8, 64]
#lhs = affine_map<(m, n0, n1, n2, k) -> (m, k)>
#rhs = affine_map<(m, n0, n1, n2, k) -> (k, n0, n1, n2)>
#out = affine_map<(m, n0, n1, n2, k) -> (m, n0, n1, n2)>
func.func @split_columns(%x: tensor<1x512xf32>, %w: tensor<512x1x8x64xf32>, %c: tensor<1x1x8x64xf32>) -> tensor<1x1x8x64xf32> {
  %r = linalg.generic {indexing_maps = [#lhs, #rhs, #out],
                       iterator_types = ["parallel", "parallel", "parallel", "parallel", "reduction"]}
      ins(%x, %w : tensor<1x512xf32>, tensor<512x1x8x64xf32>) outs(%c : tensor<1x1x8x64xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %p = arith.mulf %a, %b : f32
    %s = arith.addf %acc, %p : f32
    linalg.yield %s : f32
  } -> tensor<1x1x8x64xf32>
  return %r : tensor<1x1x8x64xf32>
}

// -----

// Split loops that are not contiguous in an operand (the right-hand side
// holds them as [n1, k, n0]) stay as they are: not a candidate.
// CHECK-LABEL: func.func @split_not_contiguous
// CHECK-NOT:     vector.contract
// CHECK:         linalg.generic
#lhs2 = affine_map<(m, n0, n1, k) -> (m, k)>
#rhs2 = affine_map<(m, n0, n1, k) -> (n1, k, n0)>
#out2 = affine_map<(m, n0, n1, k) -> (m, n0, n1)>
func.func @split_not_contiguous(%x: tensor<1x64xf32>, %w: tensor<16x64x8xf32>, %c: tensor<1x8x16xf32>) -> tensor<1x8x16xf32> {
  %r = linalg.generic {indexing_maps = [#lhs2, #rhs2, #out2],
                       iterator_types = ["parallel", "parallel", "parallel", "reduction"]}
      ins(%x, %w : tensor<1x64xf32>, tensor<16x64x8xf32>) outs(%c : tensor<1x8x16xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %p = arith.mulf %a, %b : f32
    %s = arith.addf %acc, %p : f32
    linalg.yield %s : f32
  } -> tensor<1x8x16xf32>
  return %r : tensor<1x8x16xf32>
}

// -----

// bf16 weights widened in the body (a cast fused into the contraction): it
// is not named linalg.matmul (a named contraction of mixed element types
// does not vectorize) and is vectorized as a generic.
// CHECK-LABEL: func.func @widened_weights
// CHECK-NOT:     linalg.matmul
// CHECK:         arith.extf {{.*}} : vector<1x32x1xbf16> to vector<1x32x1xf32>
#lhs3 = affine_map<(m, n, k) -> (m, k)>
#rhs3 = affine_map<(m, n, k) -> (k, n)>
#out3 = affine_map<(m, n, k) -> (m, n)>
func.func @widened_weights(%x: tensor<1x256xf32>, %w: tensor<256x64xbf16>, %c: tensor<1x64xf32>) -> tensor<1x64xf32> {
  %r = linalg.generic {indexing_maps = [#lhs3, #rhs3, #out3],
                       iterator_types = ["parallel", "parallel", "reduction"]}
      ins(%x, %w : tensor<1x256xf32>, tensor<256x64xbf16>) outs(%c : tensor<1x64xf32>) {
  ^bb0(%a: f32, %b: bf16, %acc: f32):
    %bf = arith.extf %b : bf16 to f32
    %p = arith.mulf %a, %bf : f32
    %s = arith.addf %acc, %p : f32
    linalg.yield %s : f32
  } -> tensor<1x64xf32>
  return %r : tensor<1x64xf32>
}

// -----

// N = 1001 (GPT-2's vocabulary of 50257 is odd too): the first 992 columns
// (whole 32-column register tiles) are vectorized, of the other 9 the first
// 8 as one 8-lane tile, and the last one is left to the scalar path; all
// are written into the result.
// CHECK-LABEL: func.func @odd_columns
// CHECK:         tensor.extract_slice %{{.*}}[0, 0] [256, 992] [1, 1] : tensor<256x1001xf32> to tensor<256x992xf32>
// CHECK:         scf.forall (%{{.*}}) = (0) to (992) step (32)
// CHECK:           vector.contract {{.*}} : vector<3x8xf32>, vector<8x32xf32> into vector<3x32xf32>
// CHECK:         tensor.extract_slice %{{.*}}[0, 992] [256, 9] [1, 1] : tensor<256x1001xf32> to tensor<256x9xf32>
// CHECK:         vector.contract {{.*}} into vector<3x8xf32>
// CHECK:         linalg.matmul ins(%{{.*}}, %{{.*}} : tensor<3x256xf32>, tensor<256x1xf32>)
// CHECK:         tensor.insert_slice %{{.*}} into %{{.*}}[0, 8] [3, 1] [1, 1]
// CHECK:         tensor.insert_slice %{{.*}} into %{{.*}}[0, 0] [3, 992] [1, 1]
// CHECK:         tensor.insert_slice %{{.*}} into %{{.*}}[0, 992] [3, 9] [1, 1]
func.func @odd_columns(%x: tensor<3x256xf32>, %w: tensor<256x1001xf32>, %c: tensor<3x1001xf32>) -> tensor<3x1001xf32> {
  %r = linalg.matmul ins(%x, %w : tensor<3x256xf32>, tensor<256x1001xf32>) outs(%c : tensor<3x1001xf32>) -> tensor<3x1001xf32>
  return %r : tensor<3x1001xf32>
}

// -----

// A generic that multiplies by the transposed right operand is not named
// linalg.matmul (upstream's specialization would drop the transposition).
// CHECK-LABEL: func.func @transposed_right
// CHECK-NOT:     linalg.matmul
// CHECK:         linalg.generic
#lhs5 = affine_map<(m, n, k) -> (m, k)>
#rhs5 = affine_map<(m, n, k) -> (n, k)>
#out5 = affine_map<(m, n, k) -> (m, n)>
func.func @transposed_right(%x: tensor<1x64xf32>, %w: tensor<48x64xf32>, %c: tensor<1x48xf32>) -> tensor<1x48xf32> {
  %r = linalg.generic {indexing_maps = [#lhs5, #rhs5, #out5],
                       iterator_types = ["parallel", "parallel", "reduction"]}
      ins(%x, %w : tensor<1x64xf32>, tensor<48x64xf32>) outs(%c : tensor<1x48xf32>) {
  ^bb0(%a: f32, %b: f32, %acc: f32):
    %p = arith.mulf %a, %b : f32
    %s = arith.addf %acc, %p : f32
    linalg.yield %s : f32
  } -> tensor<1x48xf32>
  return %r : tensor<1x48xf32>
}

// -----

// A GEMM whose right-hand side is held as [N, K] (x W^T with W an
// argument) and has more rows than a register block takes the panels too:
// each K block of W is transposed into them, 8 steps of K at a time.
// CHECK-LABEL: func.func @transposed_panels
// CHECK:         %[[PANELS:.*]] = tensor.empty() : tensor<4x256x32xf32>
// CHECK:         scf.for {{.*}} iter_args(%{{.*}} = %{{.*}}, %{{.*}} = %[[PANELS]])
// CHECK:           tensor.expand_shape {{.*}} output_shape [4, 32, 256]
// CHECK:           vector.transfer_read {{.*}} vector<1x8x32xf32>
// CHECK:           vector.transfer_write {{.*}} vector<1x8x32xf32>
// CHECK:           scf.for {{.*}} -> (vector<1x1x8x32xf32>)
// CHECK-NOT:     linalg.generic
func.func @transposed_panels(%x: tensor<64x512xf32>, %w: tensor<128x512xf32>, %c: tensor<64x128xf32>) -> tensor<64x128xf32> {
  %r = linalg.matmul indexing_maps = [affine_map<(m, n, k) -> (m, k)>, affine_map<(m, n, k) -> (n, k)>, affine_map<(m, n, k) -> (m, n)>]
         ins(%x, %w : tensor<64x512xf32>, tensor<128x512xf32>) outs(%c : tensor<64x128xf32>) -> tensor<64x128xf32>
  return %r : tensor<64x128xf32>
}
