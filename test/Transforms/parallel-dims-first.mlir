// RUN: tessel-opt %s --tessel-parallel-dims-first | FileCheck %s

// The lane dimension (parallel, innermost for the CPU's vector registers)
// moves in front of the two reductions.
// CHECK-DAG: #[[X:.*]] = affine_map<(d0, d1, d2, d3) -> (d2, d3, d1)>
// CHECK-DAG: #[[ACC:.*]] = affine_map<(d0, d1, d2, d3) -> (d0, d1)>
// CHECK-LABEL: func.func @lanes
// CHECK: linalg.generic {indexing_maps = [#[[X]], #[[ACC]]], iterator_types = ["parallel", "parallel", "reduction", "reduction"]}
func.func @lanes(%x: tensor<4x8x16xf32>, %acc: tensor<2x16xf32>) -> tensor<2x16xf32> {
  %r = linalg.generic {
      indexing_maps = [affine_map<(n, g, c, l) -> (g, c, l)>,
                       affine_map<(n, g, c, l) -> (n, l)>],
      iterator_types = ["parallel", "reduction", "reduction", "parallel"]}
      ins(%x : tensor<4x8x16xf32>) outs(%acc : tensor<2x16xf32>) {
  ^bb0(%a: f32, %b: f32):
    %s = arith.addf %a, %b : f32
    linalg.yield %s : f32
  } -> tensor<2x16xf32>
  return %r : tensor<2x16xf32>
}

// Already in order: untouched.
// CHECK-LABEL: func.func @ordered
// CHECK: iterator_types = ["parallel", "reduction"]
// CHECK-SAME: ins(%arg0 : tensor<4x8xf32>)
func.func @ordered(%x: tensor<4x8xf32>, %acc: tensor<4xf32>) -> tensor<4xf32> {
  %r = linalg.generic {
      indexing_maps = [affine_map<(i, j) -> (i, j)>, affine_map<(i, j) -> (i)>],
      iterator_types = ["parallel", "reduction"]}
      ins(%x : tensor<4x8xf32>) outs(%acc : tensor<4xf32>) {
  ^bb0(%a: f32, %b: f32):
    %s = arith.addf %a, %b : f32
    linalg.yield %s : f32
  } -> tensor<4xf32>
  return %r : tensor<4xf32>
}
