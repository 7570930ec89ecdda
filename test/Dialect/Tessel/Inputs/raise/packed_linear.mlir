// Exported by tools/scripts/export-torch-models.py; regenerate rather than edit.
#map = affine_map<(d0, d1) -> (d0, d1)>
#map1 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#map2 = affine_map<(d0, d1, d2) -> (d0, d1, 0)>
module {
  func.func @packed_linear(%arg0: tensor<2x64xf32>) -> tensor<2x8xf32> {
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant dense_resource<torch_tensor_8_2_torch.float32_1> : tensor<8x2xf32>
    %cst_1 = arith.constant dense_resource<torch_tensor_8_2_torch.float32> : tensor<8x2xf32>
    %c15_i8 = arith.constant 15 : i8
    %c4_i8 = arith.constant 4 : i8
    %cst_2 = arith.constant dense_resource<torch_tensor_8_32_torch.uint8> : tensor<8x32xi8>
    %0 = tensor.empty() : tensor<8x32xi8>
    %1 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%cst_2 : tensor<8x32xi8>) outs(%0 : tensor<8x32xi8>) {
    ^bb0(%in: i8, %out: i8):
      %12 = arith.andi %in, %c15_i8 : i8
      linalg.yield %12 : i8
    } -> tensor<8x32xi8>
    %2 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%cst_2 : tensor<8x32xi8>) outs(%0 : tensor<8x32xi8>) {
    ^bb0(%in: i8, %out: i8):
      %12 = arith.shrui %in, %c4_i8 : i8
      linalg.yield %12 : i8
    } -> tensor<8x32xi8>
    %expanded = tensor.expand_shape %1 [[0], [1, 2]] output_shape [8, 32, 1] : tensor<8x32xi8> into tensor<8x32x1xi8>
    %expanded_3 = tensor.expand_shape %2 [[0], [1, 2]] output_shape [8, 32, 1] : tensor<8x32xi8> into tensor<8x32x1xi8>
    %concat = tensor.concat dim(2) %expanded, %expanded_3 : (tensor<8x32x1xi8>, tensor<8x32x1xi8>) -> tensor<8x32x2xi8>
    %collapsed = tensor.collapse_shape %concat [[0], [1, 2]] : tensor<8x32x2xi8> into tensor<8x64xi8>
    %3 = tensor.empty() : tensor<8x64xf32>
    %4 = linalg.generic {indexing_maps = [#map, #map], iterator_types = ["parallel", "parallel"]} ins(%collapsed : tensor<8x64xi8>) outs(%3 : tensor<8x64xf32>) {
    ^bb0(%in: i8, %out: f32):
      %12 = arith.uitofp %in : i8 to f32
      linalg.yield %12 : f32
    } -> tensor<8x64xf32>
    %expanded_4 = tensor.expand_shape %4 [[0], [1, 2]] output_shape [8, 2, 32] : tensor<8x64xf32> into tensor<8x2x32xf32>
    %expanded_5 = tensor.expand_shape %cst_1 [[0], [1, 2]] output_shape [8, 2, 1] : tensor<8x2xf32> into tensor<8x2x1xf32>
    %5 = tensor.empty() : tensor<8x2x32xf32>
    %6 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_4, %expanded_5 : tensor<8x2x32xf32>, tensor<8x2x1xf32>) outs(%5 : tensor<8x2x32xf32>) {
    ^bb0(%in: f32, %in_8: f32, %out: f32):
      %12 = arith.subf %in, %in_8 : f32
      linalg.yield %12 : f32
    } -> tensor<8x2x32xf32>
    %expanded_6 = tensor.expand_shape %cst_0 [[0], [1, 2]] output_shape [8, 2, 1] : tensor<8x2xf32> into tensor<8x2x1xf32>
    %7 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%6, %expanded_6 : tensor<8x2x32xf32>, tensor<8x2x1xf32>) outs(%5 : tensor<8x2x32xf32>) {
    ^bb0(%in: f32, %in_8: f32, %out: f32):
      %12 = arith.mulf %in, %in_8 : f32
      linalg.yield %12 : f32
    } -> tensor<8x2x32xf32>
    %collapsed_7 = tensor.collapse_shape %7 [[0], [1, 2]] : tensor<8x2x32xf32> into tensor<8x64xf32>
    %8 = tensor.empty() : tensor<64x8xf32>
    %transposed = linalg.transpose ins(%collapsed_7 : tensor<8x64xf32>) outs(%8 : tensor<64x8xf32>) permutation = [1, 0] 
    %9 = tensor.empty() : tensor<2x8xf32>
    %10 = linalg.fill ins(%cst : f32) outs(%9 : tensor<2x8xf32>) -> tensor<2x8xf32>
    %11 = linalg.matmul ins(%arg0, %transposed : tensor<2x64xf32>, tensor<64x8xf32>) outs(%10 : tensor<2x8xf32>) -> tensor<2x8xf32>
    return %11 : tensor<2x8xf32>
  }
}

{-#
  dialect_resources: {
    builtin: {
      torch_tensor_8_2_torch.float32_1: "0x040000002AE4073F750D613FDEA0443F784D303E30F15F3F5C1ACB3EE8575F3FC043683D90DDF93D8884103FA8DA143FC6590F3FD849FF3D54535E3E4021993C6E72BB3E",
      torch_tensor_8_2_torch.float32: "0x0400000000000041000000410000004100000041000000410000004100000041000000410000004100000041000000410000004100000041000000410000004100000041",
      torch_tensor_8_32_torch.uint8: "0x01000000CBA2F8DB3392D34023F05493225FAC14643F2A033EE426B74BA2EC40725A3FF0DCAF451E8E588792EFFCAE3D15E9B71EBB20017607579143C01C004E4DEE50A2256B01EEC7E782E3F3A3AB9823D41D2ECC9001383646C643891678B9658E164D890B1B02E86891AFD0879E10E360448BB563E216F6C3482D693174A7DC74546A1C71FFC8144422CEF10F3E150535B096BEE44557D018FA1DA2C349D83A42BE6A68CE9D2108990EB17542650F4A4A37917D6E5686341490EB4A8C38FE498FAFB6F0BFA062904EF4CBABE1C3B1159754D285099E4CDB89672215102F732AA6DCB713F891A1D57879577032FF9A5F26F72525240673A28E281D0B99F1C058691000"
    }
  }
#-}
