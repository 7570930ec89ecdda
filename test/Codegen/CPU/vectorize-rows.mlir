// RUN: tessel-opt %s --tessel-vectorize-rows --canonicalize --split-input-file | FileCheck %s

#id = affine_map<(d0, d1) -> (d0, d1)>
#row = affine_map<(d0, d1) -> (d0)>

// A row reduction: one row at a time, 256 elements per vector step.
// CHECK-LABEL: func.func @row_max
// CHECK:         scf.for
// CHECK:           scf.for {{.*}} step %c256
// CHECK:             vector.transfer_read {{.*}} vector<1x256xf32>
// CHECK:             vector.multi_reduction <maxnumf>
func.func @row_max(%x: tensor<4x1024xf32>, %init: tensor<4xf32>) -> tensor<4xf32> {
  %r = linalg.generic {indexing_maps = [#id, #row], iterator_types = ["parallel", "reduction"]}
      ins(%x : tensor<4x1024xf32>) outs(%init : tensor<4xf32>) {
  ^bb0(%in: f32, %acc: f32):
    %m = arith.maxnumf %in, %acc : f32
    linalg.yield %m : f32
  } -> tensor<4xf32>
  return %r : tensor<4xf32>
}

// -----

#id = affine_map<(d0, d1) -> (d0, d1)>
#t = affine_map<(d0, d1) -> (d1, d0)>

// Not contiguous along the innermost loop (a transpose), a gather in the
// body, and sub-byte elements: all stay scalar.
// CHECK-LABEL: func.func @stay_scalar
// CHECK-NOT:     vector.
func.func @stay_scalar(%x: tensor<64x64xf32>, %y: tensor<64x64xf32>, %i: tensor<64x64xi4>, %o: tensor<64x64xi4>) -> (tensor<64x64xf32>, tensor<64x64xf32>, tensor<64x64xi4>) {
  %a = linalg.generic {indexing_maps = [#t, #id], iterator_types = ["parallel", "parallel"]}
      ins(%x : tensor<64x64xf32>) outs(%y : tensor<64x64xf32>) {
  ^bb0(%in: f32, %out: f32):
    linalg.yield %in : f32
  } -> tensor<64x64xf32>
  %b = linalg.generic {indexing_maps = [#id], iterator_types = ["parallel", "parallel"]}
      outs(%y : tensor<64x64xf32>) {
  ^bb0(%out: f32):
    %c0 = arith.constant 0 : index
    %e = tensor.extract %x[%c0, %c0] : tensor<64x64xf32>
    linalg.yield %e : f32
  } -> tensor<64x64xf32>
  %c = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%i : tensor<64x64xi4>) outs(%o : tensor<64x64xi4>) {
  ^bb0(%in: i4, %out: i4):
    linalg.yield %in : i4
  } -> tensor<64x64xi4>
  return %a, %b, %c : tensor<64x64xf32>, tensor<64x64xf32>, tensor<64x64xi4>
}
