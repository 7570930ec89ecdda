// Exported by tools/scripts/export-torch-models.py; regenerate rather than edit.
#map = affine_map<(d0, d1) -> (d0, d1)>
#map1 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#map2 = affine_map<(d0, d1, d2) -> (d0, d1, 0)>
module {
  func.func @argument_weights(%arg0: tensor<2x64xf32>, %arg1: tensor<8x64xi8>, %arg2: tensor<8x4xf32>) -> tensor<2x8xf32> {
    %cst = arith.constant 0.000000e+00 : f32
    %0 = tensor.empty() : tensor<8x64xf32>
    %1 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%arg1 : tensor<8x64xi8>) outs(%0 : tensor<8x64xf32>) {
    ^bb0(%in: i8, %out: f32):
      %8 = arith.uitofp %in : i8 to f32
      linalg.yield %8 : f32
    } -> tensor<8x64xf32>
    %expanded = tensor.expand_shape %1 [[0], [1, 2]] output_shape [8, 4, 16] : tensor<8x64xf32> into tensor<8x4x16xf32>
    %expanded_0 = tensor.expand_shape %arg2 [[0], [1, 2]] output_shape [8, 4, 1] : tensor<8x4xf32> into tensor<8x4x1xf32>
    %2 = tensor.empty() : tensor<8x4x16xf32>
    %3 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded, %expanded_0 : tensor<8x4x16xf32>, tensor<8x4x1xf32>) outs(%2 : tensor<8x4x16xf32>) {
    ^bb0(%in: f32, %in_1: f32, %out: f32):
      %8 = arith.mulf %in, %in_1 : f32
      linalg.yield %8 : f32
    } -> tensor<8x4x16xf32>
    %collapsed = tensor.collapse_shape %3 [[0], [1, 2]] : tensor<8x4x16xf32> into tensor<8x64xf32>
    %4 = tensor.empty() : tensor<64x8xf32>
    %transposed = linalg.transpose ins(%collapsed : tensor<8x64xf32>) outs(%4 : tensor<64x8xf32>) permutation = [1, 0] 
    %5 = tensor.empty() : tensor<2x8xf32>
    %6 = linalg.fill ins(%cst : f32) outs(%5 : tensor<2x8xf32>) -> tensor<2x8xf32>
    %7 = linalg.matmul ins(%arg0, %transposed : tensor<2x64xf32>, tensor<64x8xf32>) outs(%6 : tensor<2x8xf32>) -> tensor<2x8xf32>
    return %7 : tensor<2x8xf32>
  }
}
