// RUN: tessel-opt %s --tessel-vectorize-contractions --canonicalize --split-input-file | FileCheck %s

// A matmul: its right-hand side copied into padded rows (1 KiB apart here),
// parallel 64 x 256 blocks (the single block along N folds away), K by 256, 8 x 32 register blocks with the
// accumulator carried in a vector across K.
// CHECK-LABEL: func.func @matmul
// CHECK:         tensor.pad %{{.*}} nofold low[0, 0] high[0, 16]
// CHECK:         scf.forall (%{{.*}}) = (0) to (128) step (64)
// CHECK:           scf.for {{.*}} = %c0 to %c512 step %c256
// CHECK:             scf.for {{.*}} step %c8
// CHECK:               scf.for {{.*}} step %c32
// CHECK:                 vector.transfer_read {{.*}} vector<8x32xf32>
// CHECK:                 scf.for {{.*}} iter_args(%{{.*}} = %{{.*}}) -> (vector<8x32xf32>)
// CHECK:                   vector.contract
// CHECK:                 vector.transfer_write {{.*}} : vector<8x32xf32>
func.func @matmul(%a: tensor<128x512xf32>, %b: tensor<512x256xf32>, %c: tensor<128x256xf32>) -> tensor<128x256xf32> {
  %r = linalg.matmul ins(%a, %b : tensor<128x512xf32>, tensor<512x256xf32>) outs(%c : tensor<128x256xf32>) -> tensor<128x256xf32>
  return %r : tensor<128x256xf32>
}

// -----

// N not a multiple of 8, and a transposed right-hand side (not contiguous
// along N): left for the scalar path.
// CHECK-LABEL: func.func @not_candidates
// CHECK-NOT:     vector.contract
// CHECK:         linalg.matmul ins
// CHECK:         linalg.matmul indexing_maps
func.func @not_candidates(%a: tensor<16x32xf32>, %b: tensor<32x12xf32>, %c: tensor<16x12xf32>,
                          %bt: tensor<16x32xf32>, %d: tensor<16x16xf32>) -> (tensor<16x12xf32>, tensor<16x16xf32>) {
  %r = linalg.matmul ins(%a, %b : tensor<16x32xf32>, tensor<32x12xf32>) outs(%c : tensor<16x12xf32>) -> tensor<16x12xf32>
  %s = linalg.matmul indexing_maps = [affine_map<(m, n, k) -> (m, k)>, affine_map<(m, n, k) -> (n, k)>, affine_map<(m, n, k) -> (m, n)>]
         ins(%a, %bt : tensor<16x32xf32>, tensor<16x32xf32>) outs(%d : tensor<16x16xf32>) -> tensor<16x16xf32>
  return %r, %s : tensor<16x12xf32>, tensor<16x16xf32>
}
