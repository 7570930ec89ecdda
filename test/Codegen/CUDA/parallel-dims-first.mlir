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

// Register blocking (register-block=16): the 4 rows of a small-batch product
// do not index the large weight, so they go after the reduction; the
// columns stay first. Without the option they stay in front.
// RUN: tessel-opt %s --tessel-parallel-dims-first="register-block=16" | FileCheck %s --check-prefix=BLOCK
// BLOCK-DAG: #[[XB:.*]] = affine_map<(d0, d1, d2) -> (d2, d1)>
// BLOCK-DAG: #[[WB:.*]] = affine_map<(d0, d1, d2) -> (d0, d1)>
// BLOCK-LABEL: func.func @rows
// BLOCK: linalg.generic {indexing_maps = [#[[XB]], #[[WB]], {{.*}}], iterator_types = ["parallel", "reduction", "parallel"]}
// CHECK-LABEL: func.func @rows
// CHECK: iterator_types = ["parallel", "parallel", "reduction"]
func.func @rows(%x: tensor<4x64xf32>, %w: tensor<128x64xf32>, %acc: tensor<4x128xf32>) -> tensor<4x128xf32> {
  %r = linalg.generic {
      indexing_maps = [affine_map<(m, n, k) -> (m, k)>,
                       affine_map<(m, n, k) -> (n, k)>,
                       affine_map<(m, n, k) -> (m, n)>],
      iterator_types = ["parallel", "parallel", "reduction"]}
      ins(%x, %w : tensor<4x64xf32>, tensor<128x64xf32>) outs(%acc : tensor<4x128xf32>) {
  ^bb0(%a: f32, %b: f32, %c: f32):
    %p = arith.mulf %a, %b : f32
    %s = arith.addf %c, %p : f32
    linalg.yield %s : f32
  } -> tensor<4x128xf32>
  return %r : tensor<4x128xf32>
}
