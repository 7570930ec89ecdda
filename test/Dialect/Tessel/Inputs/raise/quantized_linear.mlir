// Exported by tools/scripts/export-torch-models.py; regenerate rather than edit.
#map = affine_map<(d0, d1) -> (d0, d1)>
#map1 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#map2 = affine_map<(d0, d1, d2) -> (d0, d1, 0)>
module {
  func.func @quantized_linear(%arg0: tensor<2x64xf32>) -> tensor<2x8xf32> {
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant dense_resource<torch_tensor_8_2_torch.float32_1> : tensor<8x2xf32>
    %cst_1 = arith.constant dense_resource<torch_tensor_8_2_torch.float32> : tensor<8x2xf32>
    %cst_2 = arith.constant dense_resource<torch_tensor_8_64_torch.uint8> : tensor<8x64xi8>
    %0 = tensor.empty() : tensor<8x64xf32>
    %1 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%cst_2 : tensor<8x64xi8>) outs(%0 : tensor<8x64xf32>) {
    ^bb0(%in: i8, %out: f32):
      %9 = arith.uitofp %in : i8 to f32
      linalg.yield %9 : f32
    } -> tensor<8x64xf32>
    %expanded = tensor.expand_shape %1 [[0], [1, 2]] output_shape [8, 2, 32] : tensor<8x64xf32> into tensor<8x2x32xf32>
    %expanded_3 = tensor.expand_shape %cst_1 [[0], [1, 2]] output_shape [8, 2, 1] : tensor<8x2xf32> into tensor<8x2x1xf32>
    %2 = tensor.empty() : tensor<8x2x32xf32>
    %3 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded, %expanded_3 : tensor<8x2x32xf32>, tensor<8x2x1xf32>) outs(%2 : tensor<8x2x32xf32>) {
    ^bb0(%in: f32, %in_5: f32, %out: f32):
      %9 = arith.subf %in, %in_5 : f32
      linalg.yield %9 : f32
    } -> tensor<8x2x32xf32>
    %expanded_4 = tensor.expand_shape %cst_0 [[0], [1, 2]] output_shape [8, 2, 1] : tensor<8x2xf32> into tensor<8x2x1xf32>
    %4 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%3, %expanded_4 : tensor<8x2x32xf32>, tensor<8x2x1xf32>) outs(%2 : tensor<8x2x32xf32>) {
    ^bb0(%in: f32, %in_5: f32, %out: f32):
      %9 = arith.mulf %in, %in_5 : f32
      linalg.yield %9 : f32
    } -> tensor<8x2x32xf32>
    %collapsed = tensor.collapse_shape %4 [[0], [1, 2]] : tensor<8x2x32xf32> into tensor<8x64xf32>
    %5 = tensor.empty() : tensor<64x8xf32>
    %transposed = linalg.transpose ins(%collapsed : tensor<8x64xf32>) outs(%5 : tensor<64x8xf32>) permutation = [1, 0] 
    %6 = tensor.empty() : tensor<2x8xf32>
    %7 = linalg.fill ins(%cst : f32) outs(%6 : tensor<2x8xf32>) -> tensor<2x8xf32>
    %8 = linalg.matmul ins(%arg0, %transposed : tensor<2x64xf32>, tensor<64x8xf32>) outs(%7 : tensor<2x8xf32>) -> tensor<2x8xf32>
    return %8 : tensor<2x8xf32>
  }
}

{-#
  dialect_resources: {
    builtin: {
      torch_tensor_8_2_torch.float32_1: "0x04000000463E0B3DD1A7F33C409D1C3D909AF03CDC5C1B3DCD760B3D0B901A3D9EAD153D579C2D3D0B18133DC7CB033D5E23023D8655133DB5B50A3D4826063DCB10333D",
      torch_tensor_8_2_torch.float32: "0x0400000000001041000000410000E040000010410000E040000010410000E0400000C0400000E0400000A0400000E0400000E0400000C0400000C040000000410000E040",
      torch_tensor_8_64_torch.uint8: "0x0100000007050F0B0C05080905070A070A00070A0E080808040C0C0C0904090E06060D040E09040A070C0A03050A06080A010B040F0709060C0D020B00000507070C0405060B05060B07080A0809090B0708090603050F05090D0A020807000A0504090808030B0D0A0B0C0B080A0A0C0A010F0F0208060A080D0C000A07010B060C0D060B04010A0804070907040409040F0803060E0303050D090500050A0807090A0508050D0F060A05090909060C08060A0C0C0007050C050A0A050B09040809090707080B090D0B000305090706020209050906080B0B070F09000804040D0902060905020903050A020901080A01050705060F0406030007070907050D050C0805030C060B0100080908040B090B08090C060A07040706050709060704060F0809020B08080800040704040C0904040B08040605060A030F05060504020504020A0E030507020705040606060B0A0F04000A080707090503060A040C0D0705060808080A0408070B05070904060C0A07040D0707040A0607080007070E0F03060809040D08010307060802070A0602050F0B00000909050A08040A06030903090A080C0A0F030505060802070700030B0201060603020906040A0B0F070607020908050F0708070A08080905070A0A0A07060D0A0100080D060D030D080C04080D0606030708080506000A0C0A080504090407080F06020A0803040907070E070C"
    }
  }
#-}
