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
      torch_tensor_8_4_torch.float32: "0x0400000054679A3EEE343D3F6AE6073F0087C63D044B763F80008D3B5347403FB496B43E22B4A83E34EE103E401BF73D18144A3FEDB43E3F5117763FE028B83E0795583F727DFB3E8C255D3F00D2B93B407EEF3D12E9393FCE78413FF07AB23E62B1B43E28EEED3DF481F83E0676793FD7D3533FC8DA2D3F689AB43D9423183FE71C493F",
      torch_tensor_8_4_torch.int32: "0x04000000050000000B00000005000000030000000A00000003000000070000000C00000007000000080000000200000009000000090000000B0000000D000000090000000F0000000900000008000000080000000B000000080000000D00000006000000090000000E000000090000000300000004000000050000000000000004000000",
      torch_tensor_8_64_torch.uint8: "0x0100000004050F080C060C0C090C050B0C0108010D00020005080D000E0B00040A0507060B01020E040700010C01020B04020A020105030C030F0F040D0D0607000D080604090903070F0A000709040D020E0F0A0D0F0608010C05040D0D090D0605020C0C0E01030C06040B03060F010C05000C0902090505090B050701080202060D0B08040D0F010A040004050A0A0C0E09030F0A030E030009080805000C0A04030C0C0201030F0E080B0E0A02020305070908080A080C080E030B01090F0B04090B0D0C050709040D020B0107000F070D0D0A0F000F0C020D0A0B06020B05060805000805010500010A09010E0D080A080E0D04020105080A020C050A070E0005050707060107050B03040809010D010B05010B040F00070A0A0E0505060004050906090E090502040C06000B0904030F030800090C010403030B02090C020E01080C080B060D0F0009080C0B090E08060F06030A090F0D03080D0F04020D0E0707020008070B0A0D0B02070E01050A0B07080101090A0F020A0A0908060E0E0B090C010C0D0405010F0E060801040702060B0D06090F0A0704030A0407000D0406020A0409090B0C06090F000E060700050B0902050D030A0408020E000C08070D04050E070A0B02040209020F060C070006050C04050C01070D05080A0E0405020E0C0E0A07060804060A0209020C000F0D0E010C03090D030B0E060A030F0200"
    }
  }
#-}
