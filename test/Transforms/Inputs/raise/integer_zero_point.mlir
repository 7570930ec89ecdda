// Exported by tools/scripts/export-torch-models.py; regenerate rather than edit.
#map = affine_map<(d0, d1) -> (d0, d1)>
#map1 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#map2 = affine_map<(d0, d1, d2) -> (d0, d1, 0)>
module {
  func.func @integer_zero_point(%arg0: tensor<2x64xf32>) -> tensor<2x8xf32> {
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant dense_resource<torch_tensor_8_4_torch.float32> : tensor<8x4xf32>
    %cst_1 = arith.constant dense_resource<torch_tensor_8_4_torch.int32> : tensor<8x4xi32>
    %cst_2 = arith.constant dense_resource<torch_tensor_8_64_torch.uint8> : tensor<8x64xi8>
    %0 = tensor.empty() : tensor<8x64xi32>
    %1 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%cst_2 : tensor<8x64xi8>) outs(%0 : tensor<8x64xi32>) {
    ^bb0(%in: i8, %out: i32):
      %11 = arith.extui %in : i8 to i32
      linalg.yield %11 : i32
    } -> tensor<8x64xi32>
    %expanded = tensor.expand_shape %1 [[0], [1, 2]] output_shape [8, 4, 16] : tensor<8x64xi32> into tensor<8x4x16xi32>
    %expanded_3 = tensor.expand_shape %cst_1 [[0], [1, 2]] output_shape [8, 4, 1] : tensor<8x4xi32> into tensor<8x4x1xi32>
    %2 = tensor.empty() : tensor<8x4x16xi32>
    %3 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded, %expanded_3 : tensor<8x4x16xi32>, tensor<8x4x1xi32>) outs(%2 : tensor<8x4x16xi32>) {
    ^bb0(%in: i32, %in_5: i32, %out: i32):
      %11 = arith.subi %in, %in_5 : i32
      linalg.yield %11 : i32
    } -> tensor<8x4x16xi32>
    %4 = tensor.empty() : tensor<8x4x16xf32>
    %5 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%3 : tensor<8x4x16xi32>) outs(%4 : tensor<8x4x16xf32>) {
    ^bb0(%in: i32, %out: f32):
      %11 = arith.sitofp %in : i32 to f32
      linalg.yield %11 : f32
    } -> tensor<8x4x16xf32>
    %expanded_4 = tensor.expand_shape %cst_0 [[0], [1, 2]] output_shape [8, 4, 1] : tensor<8x4xf32> into tensor<8x4x1xf32>
    %6 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%5, %expanded_4 : tensor<8x4x16xf32>, tensor<8x4x1xf32>) outs(%4 : tensor<8x4x16xf32>) {
    ^bb0(%in: f32, %in_5: f32, %out: f32):
      %11 = arith.mulf %in, %in_5 : f32
      linalg.yield %11 : f32
    } -> tensor<8x4x16xf32>
    %collapsed = tensor.collapse_shape %6 [[0], [1, 2]] : tensor<8x4x16xf32> into tensor<8x64xf32>
    %7 = tensor.empty() : tensor<64x8xf32>
    %transposed = linalg.transpose ins(%collapsed : tensor<8x64xf32>) outs(%7 : tensor<64x8xf32>) permutation = [1, 0] 
    %8 = tensor.empty() : tensor<2x8xf32>
    %9 = linalg.fill ins(%cst : f32) outs(%8 : tensor<2x8xf32>) -> tensor<2x8xf32>
    %10 = linalg.matmul ins(%arg0, %transposed : tensor<2x64xf32>, tensor<64x8xf32>) outs(%9 : tensor<2x8xf32>) -> tensor<2x8xf32>
    return %10 : tensor<2x8xf32>
  }
}

{-#
  dialect_resources: {
    builtin: {
      torch_tensor_8_4_torch.float32: "0x040000006C82953EA9E07C3F9C98F23E99C44D3F2545773FB286323F74522C3F7C3B493F66434B3F6010D53E367EB63EB246BB3ED04B753E43CA6C3FBC88033E66B18F3E6052043E00A2E73C19283F3F6C746C3F61864C3F6829973E18E5E03D26D6CC3EFBC7293F2028183D79D2173F60D6893D721F693FF07DB93D42B5A13EB80B723F",
      torch_tensor_8_4_torch.int32: "0x040000000700000007000000060000000100000007000000050000000B00000003000000040000000800000009000000010000000D000000010000000B00000005000000010000000B000000040000000F00000000000000070000000A0000000A0000000E00000005000000050000000600000000000000040000000500000009000000",
      torch_tensor_8_64_torch.uint8: "0x010000000D080B0B0407030A020D040A0D0B080B010F020007060401090A070E090D050F090500020903090203020F000A09040003030509000A09060A0900010104010F0F06000F0E06070B0A080E03020E0301070E040E040E02040404050400010B0F08030008000D07040F0B030409060D03010E0602080B040D0C08020B0A0C0E0F040C0A030B0E0E030F0B00050704010F08050605030E040C0A0504010A0C090C090601080F0108090A010C080E0B0404070F0303020508020904070A030A0D0A0A0F020D0D02030F0D0E0106040B0D0C0E000E020C0C0C0C0C05090B09080F080B0F06010B0508020B0C0F0000020F020F080904090F0C0F0D0C000E0008000A04050F080C060C0C090C050B0C0108010D00020005080D000E0B00040A0507060B01020E040700010C01020B04020A020105030C030F0F040D0D0607000D080604090903070F0A000709040D020E0F0A0D0F0608010C05040D0D090D0605020C0C0E01030C06040B03060F010C05000C0902090505090B050701080202060D0B08040D0F010A040004050A0A0C0E09030F0A030E030009080805000C0A04030C0C0201030F0E080B0E0A02020305070908080A080C080E030B01090F0B04090B0D0C050709040D020B0107000F070D0D0A0F000F0C020D0A0B06020B05060805000805010500010A09010E0D080A080E0D04020105080A020C050A070E000505"
    }
  }
#-}
