#map = affine_map<(d0, d1, d2) -> (d0, d1)>
#map1 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#map2 = affine_map<(d0) -> (d0)>
#map3 = affine_map<(d0, d1) -> (d0, d1)>
#map4 = affine_map<(d0, d1, d2, d3) -> (0, 0, 0, 0)>
#map5 = affine_map<(d0, d1, d2, d3) -> (0, 0, d2, 0)>
#map6 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#map7 = affine_map<(d0, d1, d2, d3) -> (0, 0, 0, d3)>
#map8 = affine_map<(d0, d1, d2, d3) -> (d0, d1, 0, d3)>
#map9 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, 0)>
#map10 = affine_map<(d0, d1, d2, d3) -> ()>
#map11 = affine_map<(d0, d1, d2) -> (d0, d1, 0)>
#map12 = affine_map<(d0, d1, d2) -> (d2)>
#map13 = affine_map<(d0, d1, d2) -> (0, d2)>
#map14 = affine_map<(d0, d1, d2) -> (d0, d2)>
#map15 = affine_map<(d0, d1, d2) -> (d1, 0)>
#map16 = affine_map<(d0, d1) -> (d0)>
#map17 = affine_map<(d0, d1, d2, d3) -> (d0, 0, d2, d3)>
#map18 = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d3, d4)>
#map19 = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>
#map20 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>
module {
  func.func @forward(%arg0: tensor<1x8xi64>) -> tensor<1x8x64xf16> {
    %c4_i64 = arith.constant 4 : i64
    %c2_i64 = arith.constant 2 : i64
    %c1_i64 = arith.constant 1 : i64
    %c8_i64 = arith.constant 8 : i64
    %c64 = arith.constant 64 : index
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant 0xFF800000 : f32
    %true = arith.constant true
    %cst_1 = arith.constant 1.000000e+00 : f32
    %cst_2 = arith.constant dense<0.000000e+00> : tensor<1x4x8x8xf32>
    %cst_3 = arith.constant dense<0.000000e+00> : tensor<f16>
    %cst_4 = arith.constant dense<0xFC00> : tensor<f16>
    %cst_5 = arith.constant dense<true> : tensor<i1>
    %cst_6 = arith.constant dense_resource<torch_tensor_64_32_torch.float16_1> : tensor<64x32xf16>
    %cst_7 = arith.constant dense_resource<torch_tensor_32_torch.float16_4> : tensor<32xf16>
    %cst_8 = arith.constant dense_resource<torch_tensor_4_32_torch.float16_1> : tensor<4x32xf16>
    %cst_9 = arith.constant dense_resource<torch_tensor_2_64_torch.float16_3> : tensor<2x64xf16>
    %cst_10 = arith.constant dense_resource<torch_tensor_2_64_torch.float16_2> : tensor<2x64xf16>
    %cst_11 = arith.constant dense_resource<torch_tensor_32_torch.float16_3> : tensor<32xf16>
    %cst_12 = arith.constant dense_resource<torch_tensor_2_32_torch.float16_3> : tensor<2x32xf16>
    %cst_13 = arith.constant dense_resource<torch_tensor_2_16_torch.float16_3> : tensor<2x16xf16>
    %cst_14 = arith.constant dense_resource<torch_tensor_2_16_torch.float16_2> : tensor<2x16xf16>
    %cst_15 = arith.constant dense_resource<torch_tensor_2_32_torch.float16_2> : tensor<2x32xf16>
    %cst_16 = arith.constant dense_resource<torch_tensor_32_torch.float16_2> : tensor<32xf16>
    %cst_17 = arith.constant dense_resource<torch_tensor_4_32_torch.float16> : tensor<4x32xf16>
    %cst_18 = arith.constant dense_resource<torch_tensor_2_64_torch.float16_1> : tensor<2x64xf16>
    %cst_19 = arith.constant dense_resource<torch_tensor_2_64_torch.float16> : tensor<2x64xf16>
    %cst_20 = arith.constant dense_resource<torch_tensor_32_torch.float16_1> : tensor<32xf16>
    %cst_21 = arith.constant dense_resource<torch_tensor_2_32_torch.float16_1> : tensor<2x32xf16>
    %cst_22 = arith.constant 0.59460355750136051 : f64
    %cst_23 = arith.constant 0xFFF0000000000000 : f64
    %cst_24 = arith.constant dense_resource<torch_tensor_2_16_torch.float16_1> : tensor<2x16xf16>
    %cst_25 = arith.constant dense_resource<torch_tensor_2_16_torch.float16> : tensor<2x16xf16>
    %cst_26 = arith.constant dense_resource<torch_tensor_2_32_torch.float16> : tensor<2x32xf16>
    %cst_27 = arith.constant dense_resource<torch_tensor_32_torch.float16> : tensor<32xf16>
    %cst_28 = arith.constant 9.9999999999999995E-7 : f64
    %cst_29 = arith.constant dense_resource<torch_tensor_4_torch.float16> : tensor<4xf16>
    %cst_30 = arith.constant dense_resource<torch_tensor_64_32_torch.float16> : tensor<64x32xf16>
    %cst_31 = arith.constant 3.200000e+01 : f32
    %c15_i8 = arith.constant 15 : i8
    %c1_i8 = arith.constant 1 : i8
    %c0_i64 = arith.constant 0 : i64
    %cst_32 = arith.constant dense_resource<torch_tensor_64_torch.int32_1> : tensor<64xi32>
    %cst_33 = arith.constant dense_resource<torch_tensor_8_32_torch.int32_1> : tensor<8x32xi32>
    %cst_34 = arith.constant dense_resource<torch_tensor_8_torch.int32_13> : tensor<8xi32>
    %cst_35 = arith.constant dense_resource<torch_tensor_4_4_torch.int32_1> : tensor<4x4xi32>
    %cst_36 = arith.constant dense_resource<torch_tensor_32_torch.int32_11> : tensor<32xi32>
    %cst_37 = arith.constant dense_resource<torch_tensor_4_64_torch.int32_3> : tensor<4x64xi32>
    %cst_38 = arith.constant dense_resource<torch_tensor_8_torch.int32_12> : tensor<8xi32>
    %cst_39 = arith.constant dense_resource<torch_tensor_2_8_torch.int32_3> : tensor<2x8xi32>
    %cst_40 = arith.constant dense_resource<torch_tensor_32_torch.int32_10> : tensor<32xi32>
    %cst_41 = arith.constant dense_resource<torch_tensor_4_64_torch.int32_2> : tensor<4x64xi32>
    %cst_42 = arith.constant dense_resource<torch_tensor_8_torch.int32_11> : tensor<8xi32>
    %cst_43 = arith.constant dense_resource<torch_tensor_2_8_torch.int32_2> : tensor<2x8xi32>
    %cst_44 = arith.constant dense_resource<torch_tensor_32_torch.int32_9> : tensor<32xi32>
    %cst_45 = arith.constant dense_resource<torch_tensor_4_32_torch.int32_3> : tensor<4x32xi32>
    %cst_46 = arith.constant dense_resource<torch_tensor_8_torch.int32_10> : tensor<8xi32>
    %cst_47 = arith.constant dense_resource<torch_tensor_2_4_torch.int32_3> : tensor<2x4xi32>
    %cst_48 = arith.constant dense_resource<torch_tensor_32_torch.int32_8> : tensor<32xi32>
    %cst_49 = arith.constant dense_resource<torch_tensor_4_16_torch.int32_3> : tensor<4x16xi32>
    %cst_50 = arith.constant dense_resource<torch_tensor_8_torch.int32_9> : tensor<8xi32>
    %cst_51 = arith.constant dense_resource<torch_tensor_2_2_torch.int32_3> : tensor<2x2xi32>
    %cst_52 = arith.constant dense_resource<torch_tensor_32_torch.int32_7> : tensor<32xi32>
    %cst_53 = arith.constant dense_resource<torch_tensor_4_16_torch.int32_2> : tensor<4x16xi32>
    %cst_54 = arith.constant dense_resource<torch_tensor_8_torch.int32_8> : tensor<8xi32>
    %cst_55 = arith.constant dense_resource<torch_tensor_2_2_torch.int32_2> : tensor<2x2xi32>
    %cst_56 = arith.constant dense_resource<torch_tensor_32_torch.int32_6> : tensor<32xi32>
    %cst_57 = arith.constant dense_resource<torch_tensor_4_32_torch.int32_2> : tensor<4x32xi32>
    %cst_58 = arith.constant dense_resource<torch_tensor_8_torch.int32_7> : tensor<8xi32>
    %cst_59 = arith.constant dense_resource<torch_tensor_2_4_torch.int32_2> : tensor<2x4xi32>
    %cst_60 = arith.constant dense_resource<torch_tensor_64_torch.int32> : tensor<64xi32>
    %cst_61 = arith.constant dense_resource<torch_tensor_8_32_torch.int32> : tensor<8x32xi32>
    %cst_62 = arith.constant dense_resource<torch_tensor_8_torch.int32_6> : tensor<8xi32>
    %cst_63 = arith.constant dense_resource<torch_tensor_4_4_torch.int32> : tensor<4x4xi32>
    %cst_64 = arith.constant dense_resource<torch_tensor_32_torch.int32_5> : tensor<32xi32>
    %cst_65 = arith.constant dense_resource<torch_tensor_4_64_torch.int32_1> : tensor<4x64xi32>
    %cst_66 = arith.constant dense_resource<torch_tensor_8_torch.int32_5> : tensor<8xi32>
    %cst_67 = arith.constant dense_resource<torch_tensor_2_8_torch.int32_1> : tensor<2x8xi32>
    %cst_68 = arith.constant dense_resource<torch_tensor_32_torch.int32_4> : tensor<32xi32>
    %cst_69 = arith.constant dense_resource<torch_tensor_4_64_torch.int32> : tensor<4x64xi32>
    %cst_70 = arith.constant dense_resource<torch_tensor_8_torch.int32_4> : tensor<8xi32>
    %cst_71 = arith.constant dense_resource<torch_tensor_2_8_torch.int32> : tensor<2x8xi32>
    %cst_72 = arith.constant dense_resource<torch_tensor_32_torch.int32_3> : tensor<32xi32>
    %cst_73 = arith.constant dense_resource<torch_tensor_4_32_torch.int32_1> : tensor<4x32xi32>
    %cst_74 = arith.constant dense_resource<torch_tensor_8_torch.int32_3> : tensor<8xi32>
    %cst_75 = arith.constant dense_resource<torch_tensor_2_4_torch.int32_1> : tensor<2x4xi32>
    %cst_76 = arith.constant dense_resource<torch_tensor_32_torch.int32_2> : tensor<32xi32>
    %cst_77 = arith.constant dense_resource<torch_tensor_4_16_torch.int32_1> : tensor<4x16xi32>
    %cst_78 = arith.constant dense_resource<torch_tensor_8_torch.int32_2> : tensor<8xi32>
    %cst_79 = arith.constant dense_resource<torch_tensor_2_2_torch.int32_1> : tensor<2x2xi32>
    %cst_80 = arith.constant dense_resource<torch_tensor_32_torch.int32_1> : tensor<32xi32>
    %cst_81 = arith.constant dense_resource<torch_tensor_4_16_torch.int32> : tensor<4x16xi32>
    %cst_82 = arith.constant dense_resource<torch_tensor_8_torch.int32_1> : tensor<8xi32>
    %cst_83 = arith.constant dense_resource<torch_tensor_2_2_torch.int32> : tensor<2x2xi32>
    %cst_84 = arith.constant dense_resource<torch_tensor_32_torch.int32> : tensor<32xi32>
    %cst_85 = arith.constant dense_resource<torch_tensor_4_32_torch.int32> : tensor<4x32xi32>
    %cst_86 = arith.constant dense_resource<torch_tensor_8_torch.int32> : tensor<8xi32>
    %cst_87 = arith.constant dense_resource<torch_tensor_2_4_torch.int32> : tensor<2x4xi32>
    %0 = tensor.empty() : tensor<1x8x32xf16>
    %1 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg0 : tensor<1x8xi64>) outs(%0 : tensor<1x8x32xf16>) {
    ^bb0(%in: i64, %out: f16):
      %437 = arith.index_cast %in : i64 to index
      %438 = linalg.index 2 : index
      %439 = arith.cmpi slt, %437, %c64 : index
      cf.assert %439, "index must be smaller than dim size"
      %440 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %440, "index must be larger or equal to 0"
      %extracted = tensor.extract %cst_30[%437, %438] : tensor<64x32xf16>
      linalg.yield %extracted : f16
    } -> tensor<1x8x32xf16>
    %2 = tensor.empty() : tensor<8xi64>
    %3 = linalg.generic {indexing_maps = [#map2], iterator_types = ["parallel"]} outs(%2 : tensor<8xi64>) {
    ^bb0(%out: i64):
      %437 = linalg.index 0 : index
      %438 = arith.index_cast %437 : index to i64
      linalg.yield %438 : i64
    } -> tensor<8xi64>
    %expanded = tensor.expand_shape %3 [[0, 1]] output_shape [1, 8] : tensor<8xi64> into tensor<1x8xi64>
    %extracted_slice = tensor.extract_slice %expanded[0, 0] [1, 1] [1, 1] : tensor<1x8xi64> to tensor<1x1xi64>
    %4 = tensor.empty() : tensor<1x1xi64>
    %5 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%extracted_slice : tensor<1x1xi64>) outs(%4 : tensor<1x1xi64>) {
    ^bb0(%in: i64, %out: i64):
      %437 = arith.subi %in, %c1_i64 : i64
      linalg.yield %437 : i64
    } -> tensor<1x1xi64>
    %concat = tensor.concat dim(1) %5, %expanded : (tensor<1x1xi64>, tensor<1x8xi64>) -> tensor<1x9xi64>
    %extracted_slice_88 = tensor.extract_slice %concat[0, 0] [1, 8] [1, 1] : tensor<1x9xi64> to tensor<1x8xi64>
    %extracted_slice_89 = tensor.extract_slice %concat[0, 1] [1, 8] [1, 1] : tensor<1x9xi64> to tensor<1x8xi64>
    %6 = tensor.empty() : tensor<1x8xi64>
    %7 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%extracted_slice_89, %extracted_slice_88 : tensor<1x8xi64>, tensor<1x8xi64>) outs(%6 : tensor<1x8xi64>) {
    ^bb0(%in: i64, %in_216: i64, %out: i64):
      %437 = arith.subi %in, %in_216 : i64
      linalg.yield %437 : i64
    } -> tensor<1x8xi64>
    %8 = tensor.empty() : tensor<1x8xi1>
    %9 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%7 : tensor<1x8xi64>) outs(%8 : tensor<1x8xi1>) {
    ^bb0(%in: i64, %out: i1):
      %437 = arith.cmpi ne, %in, %c1_i64 : i64
      linalg.yield %437 : i1
    } -> tensor<1x8xi1>
    %10 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%9 : tensor<1x8xi1>) outs(%6 : tensor<1x8xi64>) {
    ^bb0(%in: i1, %out: i64):
      %437 = arith.extui %in : i1 to i64
      linalg.yield %437 : i64
    } -> tensor<1x8xi64>
    %11 = linalg.fill ins(%c0_i64 : i64) outs(%6 : tensor<1x8xi64>) -> tensor<1x8xi64>
    %12 = tensor.empty() : tensor<1xi64>
    %13 = linalg.fill ins(%c0_i64 : i64) outs(%12 : tensor<1xi64>) -> tensor<1xi64>
    %14:2 = tm_tensor.scan dimension(1) inclusive(true) ins(%10 : tensor<1x8xi64>) outs(%11, %13 : tensor<1x8xi64>, tensor<1xi64>) {
    ^bb0(%arg1: i64, %arg2: i64):
      %437 = arith.addi %arg1, %arg2 : i64
      tm_tensor.yield %437 : i64
    } -> tensor<1x8xi64>, tensor<1xi64>
    %15 = linalg.generic {indexing_maps = [#map2], iterator_types = ["parallel"]} outs(%12 : tensor<1xi64>) {
    ^bb0(%out: i64):
      linalg.yield %c0_i64 : i64
    } -> tensor<1xi64>
    %expanded_90 = tensor.expand_shape %15 [[0, 1, 2, 3]] output_shape [1, 1, 1, 1] : tensor<1xi64> into tensor<1x1x1x1xi64>
    %expanded_91 = tensor.expand_shape %3 [[0, 1, 2, 3]] output_shape [1, 1, 8, 1] : tensor<8xi64> into tensor<1x1x8x1xi64>
    %expanded_92 = tensor.expand_shape %3 [[0, 1, 2, 3]] output_shape [1, 1, 1, 8] : tensor<8xi64> into tensor<1x1x1x8xi64>
    %16 = tensor.empty() : tensor<1x1x8x1xi64>
    %17 = linalg.generic {indexing_maps = [#map4, #map5, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_90, %expanded_91 : tensor<1x1x1x1xi64>, tensor<1x1x8x1xi64>) outs(%16 : tensor<1x1x8x1xi64>) {
    ^bb0(%in: i64, %in_216: i64, %out: i64):
      %437 = arith.cmpi slt, %in, %c0_i64 : i64
      %438 = arith.addi %in, %c1_i64 : i64
      %439 = arith.select %437, %438, %in : i64
      %440 = arith.index_cast %439 : i64 to index
      %441 = arith.cmpi slt, %in_216, %c0_i64 : i64
      %442 = arith.addi %in_216, %c8_i64 : i64
      %443 = arith.select %441, %442, %in_216 : i64
      %444 = arith.index_cast %443 : i64 to index
      %extracted = tensor.extract %expanded[%440, %444] : tensor<1x8xi64>
      linalg.yield %extracted : i64
    } -> tensor<1x1x8x1xi64>
    %18 = tensor.empty() : tensor<1x1x1x8xi64>
    %19 = linalg.generic {indexing_maps = [#map4, #map7, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_90, %expanded_92 : tensor<1x1x1x1xi64>, tensor<1x1x1x8xi64>) outs(%18 : tensor<1x1x1x8xi64>) {
    ^bb0(%in: i64, %in_216: i64, %out: i64):
      %437 = arith.cmpi slt, %in, %c0_i64 : i64
      %438 = arith.addi %in, %c1_i64 : i64
      %439 = arith.select %437, %438, %in : i64
      %440 = arith.index_cast %439 : i64 to index
      %441 = arith.cmpi slt, %in_216, %c0_i64 : i64
      %442 = arith.addi %in_216, %c8_i64 : i64
      %443 = arith.select %441, %442, %in_216 : i64
      %444 = arith.index_cast %443 : i64 to index
      %extracted = tensor.extract %expanded[%440, %444] : tensor<1x8xi64>
      linalg.yield %extracted : i64
    } -> tensor<1x1x1x8xi64>
    %20 = tensor.empty() : tensor<1x1x8x8xi1>
    %21 = linalg.generic {indexing_maps = [#map8, #map9, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%19, %17 : tensor<1x1x1x8xi64>, tensor<1x1x8x1xi64>) outs(%20 : tensor<1x1x8x8xi1>) {
    ^bb0(%in: i64, %in_216: i64, %out: i1):
      %437 = arith.cmpi sle, %in, %in_216 : i64
      linalg.yield %437 : i1
    } -> tensor<1x1x8x8xi1>
    %22 = linalg.generic {indexing_maps = [#map10, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_5, %21 : tensor<i1>, tensor<1x1x8x8xi1>) outs(%20 : tensor<1x1x8x8xi1>) {
    ^bb0(%in: i1, %in_216: i1, %out: i1):
      %437 = arith.andi %in, %in_216 : i1
      linalg.yield %437 : i1
    } -> tensor<1x1x8x8xi1>
    %23 = linalg.generic {indexing_maps = [#map4, #map5, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_90, %expanded_91 : tensor<1x1x1x1xi64>, tensor<1x1x8x1xi64>) outs(%16 : tensor<1x1x8x1xi64>) {
    ^bb0(%in: i64, %in_216: i64, %out: i64):
      %437 = arith.cmpi slt, %in, %c0_i64 : i64
      %438 = arith.addi %in, %c1_i64 : i64
      %439 = arith.select %437, %438, %in : i64
      %440 = arith.index_cast %439 : i64 to index
      %441 = arith.cmpi slt, %in_216, %c0_i64 : i64
      %442 = arith.addi %in_216, %c8_i64 : i64
      %443 = arith.select %441, %442, %in_216 : i64
      %444 = arith.index_cast %443 : i64 to index
      %extracted = tensor.extract %14#0[%440, %444] : tensor<1x8xi64>
      linalg.yield %extracted : i64
    } -> tensor<1x1x8x1xi64>
    %24 = linalg.generic {indexing_maps = [#map4, #map7, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_90, %expanded_92 : tensor<1x1x1x1xi64>, tensor<1x1x1x8xi64>) outs(%18 : tensor<1x1x1x8xi64>) {
    ^bb0(%in: i64, %in_216: i64, %out: i64):
      %437 = arith.cmpi slt, %in, %c0_i64 : i64
      %438 = arith.addi %in, %c1_i64 : i64
      %439 = arith.select %437, %438, %in : i64
      %440 = arith.index_cast %439 : i64 to index
      %441 = arith.cmpi slt, %in_216, %c0_i64 : i64
      %442 = arith.addi %in_216, %c8_i64 : i64
      %443 = arith.select %441, %442, %in_216 : i64
      %444 = arith.index_cast %443 : i64 to index
      %extracted = tensor.extract %14#0[%440, %444] : tensor<1x8xi64>
      linalg.yield %extracted : i64
    } -> tensor<1x1x1x8xi64>
    %25 = linalg.generic {indexing_maps = [#map9, #map8, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%23, %24 : tensor<1x1x8x1xi64>, tensor<1x1x1x8xi64>) outs(%20 : tensor<1x1x8x8xi1>) {
    ^bb0(%in: i64, %in_216: i64, %out: i1):
      %437 = arith.cmpi eq, %in, %in_216 : i64
      linalg.yield %437 : i1
    } -> tensor<1x1x8x8xi1>
    %26 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%22, %25 : tensor<1x1x8x8xi1>, tensor<1x1x8x8xi1>) outs(%20 : tensor<1x1x8x8xi1>) {
    ^bb0(%in: i1, %in_216: i1, %out: i1):
      %437 = arith.andi %in, %in_216 : i1
      linalg.yield %437 : i1
    } -> tensor<1x1x8x8xi1>
    %expanded_93 = tensor.expand_shape %3 [[0, 1, 2]] output_shape [1, 8, 1] : tensor<8xi64> into tensor<1x8x1xi64>
    %27 = tensor.empty() : tensor<1x8x1xf32>
    %28 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_93 : tensor<1x8x1xi64>) outs(%27 : tensor<1x8x1xf32>) {
    ^bb0(%in: i64, %out: f32):
      %437 = arith.sitofp %in : i64 to f32
      linalg.yield %437 : f32
    } -> tensor<1x8x1xf32>
    %29 = tensor.empty() : tensor<4xf32>
    %30 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel"]} ins(%cst_29 : tensor<4xf16>) outs(%29 : tensor<4xf32>) {
    ^bb0(%in: f16, %out: f32):
      %437 = arith.extf %in : f16 to f32
      linalg.yield %437 : f32
    } -> tensor<4xf32>
    %31 = tensor.empty() : tensor<1x8x4xf32>
    %32 = linalg.generic {indexing_maps = [#map11, #map12, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%28, %30 : tensor<1x8x1xf32>, tensor<4xf32>) outs(%31 : tensor<1x8x4xf32>) {
    ^bb0(%in: f32, %in_216: f32, %out: f32):
      %437 = arith.mulf %in, %in_216 : f32
      linalg.yield %437 : f32
    } -> tensor<1x8x4xf32>
    %concat_94 = tensor.concat dim(2) %32, %32 : (tensor<1x8x4xf32>, tensor<1x8x4xf32>) -> tensor<1x8x8xf32>
    %33 = tensor.empty() : tensor<1x8x8xf32>
    %34 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%concat_94 : tensor<1x8x8xf32>) outs(%33 : tensor<1x8x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %437 = math.cos %in : f32
      linalg.yield %437 : f32
    } -> tensor<1x8x8xf32>
    %35 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%concat_94 : tensor<1x8x8xf32>) outs(%33 : tensor<1x8x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %437 = math.sin %in : f32
      linalg.yield %437 : f32
    } -> tensor<1x8x8xf32>
    %36 = tensor.empty() : tensor<1x8x8xf16>
    %37 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%34 : tensor<1x8x8xf32>) outs(%36 : tensor<1x8x8xf16>) {
    ^bb0(%in: f32, %out: f16):
      %437 = arith.truncf %in : f32 to f16
      linalg.yield %437 : f16
    } -> tensor<1x8x8xf16>
    %38 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%35 : tensor<1x8x8xf32>) outs(%36 : tensor<1x8x8xf16>) {
    ^bb0(%in: f32, %out: f16):
      %437 = arith.truncf %in : f32 to f16
      linalg.yield %437 : f16
    } -> tensor<1x8x8xf16>
    %39 = tensor.empty() : tensor<1x8x32xf32>
    %40 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1 : tensor<1x8x32xf16>) outs(%39 : tensor<1x8x32xf32>) {
    ^bb0(%in: f16, %out: f32):
      %437 = arith.extf %in : f16 to f32
      linalg.yield %437 : f32
    } -> tensor<1x8x32xf32>
    %41 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%40 : tensor<1x8x32xf32>) outs(%39 : tensor<1x8x32xf32>) {
    ^bb0(%in: f32, %out: f32):
      %437 = math.fpowi %in, %c2_i64 : f32, i64
      linalg.yield %437 : f32
    } -> tensor<1x8x32xf32>
    %42 = linalg.fill ins(%cst : f32) outs(%27 : tensor<1x8x1xf32>) -> tensor<1x8x1xf32>
    %43 = linalg.generic {indexing_maps = [#map1, #map11], iterator_types = ["parallel", "parallel", "reduction"]} ins(%41 : tensor<1x8x32xf32>) outs(%42 : tensor<1x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %437 = arith.addf %in, %out : f32
      linalg.yield %437 : f32
    } -> tensor<1x8x1xf32>
    %44 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%43 : tensor<1x8x1xf32>) outs(%27 : tensor<1x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %437 = arith.divf %in, %cst_31 : f32
      linalg.yield %437 : f32
    } -> tensor<1x8x1xf32>
    %45 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%44 : tensor<1x8x1xf32>) outs(%27 : tensor<1x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %437 = arith.truncf %cst_28 : f64 to f32
      %438 = arith.addf %in, %437 : f32
      linalg.yield %438 : f32
    } -> tensor<1x8x1xf32>
    %46 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%45 : tensor<1x8x1xf32>) outs(%27 : tensor<1x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %437 = math.rsqrt %in : f32
      linalg.yield %437 : f32
    } -> tensor<1x8x1xf32>
    %47 = linalg.generic {indexing_maps = [#map1, #map11, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%40, %46 : tensor<1x8x32xf32>, tensor<1x8x1xf32>) outs(%39 : tensor<1x8x32xf32>) {
    ^bb0(%in: f32, %in_216: f32, %out: f32):
      %437 = arith.mulf %in, %in_216 : f32
      linalg.yield %437 : f32
    } -> tensor<1x8x32xf32>
    %48 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%47 : tensor<1x8x32xf32>) outs(%0 : tensor<1x8x32xf16>) {
    ^bb0(%in: f32, %out: f16):
      %437 = arith.truncf %in : f32 to f16
      linalg.yield %437 : f16
    } -> tensor<1x8x32xf16>
    %49 = linalg.generic {indexing_maps = [#map12, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%cst_27, %48 : tensor<32xf16>, tensor<1x8x32xf16>) outs(%0 : tensor<1x8x32xf16>) {
    ^bb0(%in: f16, %in_216: f16, %out: f16):
      %437 = arith.mulf %in, %in_216 : f16
      linalg.yield %437 : f16
    } -> tensor<1x8x32xf16>
    %50 = tensor.empty() : tensor<2x4x8xi32>
    %51 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%cst_87 : tensor<2x4xi32>) outs(%50 : tensor<2x4x8xi32>) {
    ^bb0(%in: i32, %out: i32):
      linalg.yield %in : i32
    } -> tensor<2x4x8xi32>
    %expanded_95 = tensor.expand_shape %cst_86 [[0, 1]] output_shape [1, 8] : tensor<8xi32> into tensor<1x8xi32>
    %52 = linalg.generic {indexing_maps = [#map1, #map13, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%51, %expanded_95 : tensor<2x4x8xi32>, tensor<1x8xi32>) outs(%50 : tensor<2x4x8xi32>) {
    ^bb0(%in: i32, %in_216: i32, %out: i32):
      %437 = arith.shrsi %in, %in_216 : i32
      linalg.yield %437 : i32
    } -> tensor<2x4x8xi32>
    %53 = tensor.empty() : tensor<2x4x8xi8>
    %54 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%52 : tensor<2x4x8xi32>) outs(%53 : tensor<2x4x8xi8>) {
    ^bb0(%in: i32, %out: i8):
      %437 = arith.trunci %in : i32 to i8
      linalg.yield %437 : i8
    } -> tensor<2x4x8xi8>
    %55 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%54 : tensor<2x4x8xi8>) outs(%53 : tensor<2x4x8xi8>) {
    ^bb0(%in: i8, %out: i8):
      %437 = arith.andi %in, %c15_i8 : i8
      linalg.yield %437 : i8
    } -> tensor<2x4x8xi8>
    %56 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%55 : tensor<2x4x8xi8>) outs(%53 : tensor<2x4x8xi8>) {
    ^bb0(%in: i8, %out: i8):
      %437 = arith.addi %in, %c1_i8 : i8
      linalg.yield %437 : i8
    } -> tensor<2x4x8xi8>
    %collapsed = tensor.collapse_shape %56 [[0], [1, 2]] : tensor<2x4x8xi8> into tensor<2x32xi8>
    %57 = tensor.empty() : tensor<4x8x32xi32>
    %58 = linalg.generic {indexing_maps = [#map14, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%cst_85 : tensor<4x32xi32>) outs(%57 : tensor<4x8x32xi32>) {
    ^bb0(%in: i32, %out: i32):
      linalg.yield %in : i32
    } -> tensor<4x8x32xi32>
    %expanded_96 = tensor.expand_shape %cst_86 [[0, 1]] output_shape [8, 1] : tensor<8xi32> into tensor<8x1xi32>
    %59 = linalg.generic {indexing_maps = [#map1, #map15, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%58, %expanded_96 : tensor<4x8x32xi32>, tensor<8x1xi32>) outs(%57 : tensor<4x8x32xi32>) {
    ^bb0(%in: i32, %in_216: i32, %out: i32):
      %437 = arith.shrsi %in, %in_216 : i32
      linalg.yield %437 : i32
    } -> tensor<4x8x32xi32>
    %60 = tensor.empty() : tensor<4x8x32xi8>
    %61 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%59 : tensor<4x8x32xi32>) outs(%60 : tensor<4x8x32xi8>) {
    ^bb0(%in: i32, %out: i8):
      %437 = arith.trunci %in : i32 to i8
      linalg.yield %437 : i8
    } -> tensor<4x8x32xi8>
    %62 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%61 : tensor<4x8x32xi8>) outs(%60 : tensor<4x8x32xi8>) {
    ^bb0(%in: i8, %out: i8):
      %437 = arith.andi %in, %c15_i8 : i8
      linalg.yield %437 : i8
    } -> tensor<4x8x32xi8>
    %collapsed_97 = tensor.collapse_shape %62 [[0, 1], [2]] : tensor<4x8x32xi8> into tensor<32x32xi8>
    %63 = tensor.empty() : tensor<32xi64>
    %64 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel"]} ins(%cst_84 : tensor<32xi32>) outs(%63 : tensor<32xi64>) {
    ^bb0(%in: i32, %out: i64):
      %437 = arith.extsi %in : i32 to i64
      linalg.yield %437 : i64
    } -> tensor<32xi64>
    %65 = tensor.empty() : tensor<32x32xf16>
    %66 = linalg.generic {indexing_maps = [#map16, #map3], iterator_types = ["parallel", "parallel"]} ins(%64 : tensor<32xi64>) outs(%65 : tensor<32x32xf16>) {
    ^bb0(%in: i64, %out: f16):
      %437 = arith.cmpi slt, %in, %c0_i64 : i64
      %438 = arith.addi %in, %c2_i64 : i64
      %439 = arith.select %437, %438, %in : i64
      %440 = arith.index_cast %439 : i64 to index
      %441 = linalg.index 1 : index
      %extracted = tensor.extract %cst_26[%440, %441] : tensor<2x32xf16>
      linalg.yield %extracted : f16
    } -> tensor<32x32xf16>
    %67 = tensor.empty() : tensor<32x32xi8>
    %68 = linalg.generic {indexing_maps = [#map16, #map3], iterator_types = ["parallel", "parallel"]} ins(%64 : tensor<32xi64>) outs(%67 : tensor<32x32xi8>) {
    ^bb0(%in: i64, %out: i8):
      %437 = arith.cmpi slt, %in, %c0_i64 : i64
      %438 = arith.addi %in, %c2_i64 : i64
      %439 = arith.select %437, %438, %in : i64
      %440 = arith.index_cast %439 : i64 to index
      %441 = linalg.index 1 : index
      %extracted = tensor.extract %collapsed[%440, %441] : tensor<2x32xi8>
      linalg.yield %extracted : i8
    } -> tensor<32x32xi8>
    %69 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%collapsed_97, %68 : tensor<32x32xi8>, tensor<32x32xi8>) outs(%67 : tensor<32x32xi8>) {
    ^bb0(%in: i8, %in_216: i8, %out: i8):
      %437 = arith.subi %in, %in_216 : i8
      linalg.yield %437 : i8
    } -> tensor<32x32xi8>
    %70 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%66, %69 : tensor<32x32xf16>, tensor<32x32xi8>) outs(%65 : tensor<32x32xf16>) {
    ^bb0(%in: f16, %in_216: i8, %out: f16):
      %437 = arith.sitofp %in_216 : i8 to f16
      %438 = arith.mulf %in, %437 : f16
      linalg.yield %438 : f16
    } -> tensor<32x32xf16>
    %collapsed_98 = tensor.collapse_shape %49 [[0, 1], [2]] : tensor<1x8x32xf16> into tensor<8x32xf16>
    %71 = tensor.empty() : tensor<8x32xf32>
    %72 = linalg.fill ins(%cst : f32) outs(%71 : tensor<8x32xf32>) -> tensor<8x32xf32>
    %73 = linalg.matmul ins(%collapsed_98, %70 : tensor<8x32xf16>, tensor<32x32xf16>) outs(%72 : tensor<8x32xf32>) -> tensor<8x32xf32>
    %74 = tensor.empty() : tensor<8x32xf16>
    %75 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%73 : tensor<8x32xf32>) outs(%74 : tensor<8x32xf16>) {
    ^bb0(%in: f32, %out: f16):
      %437 = arith.truncf %in : f32 to f16
      linalg.yield %437 : f16
    } -> tensor<8x32xf16>
    %expanded_99 = tensor.expand_shape %75 [[0, 1], [2, 3]] output_shape [1, 8, 4, 8] : tensor<8x32xf16> into tensor<1x8x4x8xf16>
    %76 = tensor.empty() : tensor<1x4x8x8xf16>
    %transposed = linalg.transpose ins(%expanded_99 : tensor<1x8x4x8xf16>) outs(%76 : tensor<1x4x8x8xf16>) permutation = [0, 2, 1, 3] 
    %77 = tensor.empty() : tensor<2x2x8xi32>
    %78 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%cst_83 : tensor<2x2xi32>) outs(%77 : tensor<2x2x8xi32>) {
    ^bb0(%in: i32, %out: i32):
      linalg.yield %in : i32
    } -> tensor<2x2x8xi32>
    %expanded_100 = tensor.expand_shape %cst_82 [[0, 1]] output_shape [1, 8] : tensor<8xi32> into tensor<1x8xi32>
    %79 = linalg.generic {indexing_maps = [#map1, #map13, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%78, %expanded_100 : tensor<2x2x8xi32>, tensor<1x8xi32>) outs(%77 : tensor<2x2x8xi32>) {
    ^bb0(%in: i32, %in_216: i32, %out: i32):
      %437 = arith.shrsi %in, %in_216 : i32
      linalg.yield %437 : i32
    } -> tensor<2x2x8xi32>
    %80 = tensor.empty() : tensor<2x2x8xi8>
    %81 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%79 : tensor<2x2x8xi32>) outs(%80 : tensor<2x2x8xi8>) {
    ^bb0(%in: i32, %out: i8):
      %437 = arith.trunci %in : i32 to i8
      linalg.yield %437 : i8
    } -> tensor<2x2x8xi8>
    %82 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%81 : tensor<2x2x8xi8>) outs(%80 : tensor<2x2x8xi8>) {
    ^bb0(%in: i8, %out: i8):
      %437 = arith.andi %in, %c15_i8 : i8
      linalg.yield %437 : i8
    } -> tensor<2x2x8xi8>
    %83 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%82 : tensor<2x2x8xi8>) outs(%80 : tensor<2x2x8xi8>) {
    ^bb0(%in: i8, %out: i8):
      %437 = arith.addi %in, %c1_i8 : i8
      linalg.yield %437 : i8
    } -> tensor<2x2x8xi8>
    %collapsed_101 = tensor.collapse_shape %83 [[0], [1, 2]] : tensor<2x2x8xi8> into tensor<2x16xi8>
    %84 = tensor.empty() : tensor<4x8x16xi32>
    %85 = linalg.generic {indexing_maps = [#map14, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%cst_81 : tensor<4x16xi32>) outs(%84 : tensor<4x8x16xi32>) {
    ^bb0(%in: i32, %out: i32):
      linalg.yield %in : i32
    } -> tensor<4x8x16xi32>
    %expanded_102 = tensor.expand_shape %cst_82 [[0, 1]] output_shape [8, 1] : tensor<8xi32> into tensor<8x1xi32>
    %86 = linalg.generic {indexing_maps = [#map1, #map15, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%85, %expanded_102 : tensor<4x8x16xi32>, tensor<8x1xi32>) outs(%84 : tensor<4x8x16xi32>) {
    ^bb0(%in: i32, %in_216: i32, %out: i32):
      %437 = arith.shrsi %in, %in_216 : i32
      linalg.yield %437 : i32
    } -> tensor<4x8x16xi32>
    %87 = tensor.empty() : tensor<4x8x16xi8>
    %88 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%86 : tensor<4x8x16xi32>) outs(%87 : tensor<4x8x16xi8>) {
    ^bb0(%in: i32, %out: i8):
      %437 = arith.trunci %in : i32 to i8
      linalg.yield %437 : i8
    } -> tensor<4x8x16xi8>
    %89 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%88 : tensor<4x8x16xi8>) outs(%87 : tensor<4x8x16xi8>) {
    ^bb0(%in: i8, %out: i8):
      %437 = arith.andi %in, %c15_i8 : i8
      linalg.yield %437 : i8
    } -> tensor<4x8x16xi8>
    %collapsed_103 = tensor.collapse_shape %89 [[0, 1], [2]] : tensor<4x8x16xi8> into tensor<32x16xi8>
    %90 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel"]} ins(%cst_80 : tensor<32xi32>) outs(%63 : tensor<32xi64>) {
    ^bb0(%in: i32, %out: i64):
      %437 = arith.extsi %in : i32 to i64
      linalg.yield %437 : i64
    } -> tensor<32xi64>
    %91 = tensor.empty() : tensor<32x16xf16>
    %92 = linalg.generic {indexing_maps = [#map16, #map3], iterator_types = ["parallel", "parallel"]} ins(%90 : tensor<32xi64>) outs(%91 : tensor<32x16xf16>) {
    ^bb0(%in: i64, %out: f16):
      %437 = arith.cmpi slt, %in, %c0_i64 : i64
      %438 = arith.addi %in, %c2_i64 : i64
      %439 = arith.select %437, %438, %in : i64
      %440 = arith.index_cast %439 : i64 to index
      %441 = linalg.index 1 : index
      %extracted = tensor.extract %cst_25[%440, %441] : tensor<2x16xf16>
      linalg.yield %extracted : f16
    } -> tensor<32x16xf16>
    %93 = tensor.empty() : tensor<32x16xi8>
    %94 = linalg.generic {indexing_maps = [#map16, #map3], iterator_types = ["parallel", "parallel"]} ins(%90 : tensor<32xi64>) outs(%93 : tensor<32x16xi8>) {
    ^bb0(%in: i64, %out: i8):
      %437 = arith.cmpi slt, %in, %c0_i64 : i64
      %438 = arith.addi %in, %c2_i64 : i64
      %439 = arith.select %437, %438, %in : i64
      %440 = arith.index_cast %439 : i64 to index
      %441 = linalg.index 1 : index
      %extracted = tensor.extract %collapsed_101[%440, %441] : tensor<2x16xi8>
      linalg.yield %extracted : i8
    } -> tensor<32x16xi8>
    %95 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%collapsed_103, %94 : tensor<32x16xi8>, tensor<32x16xi8>) outs(%93 : tensor<32x16xi8>) {
    ^bb0(%in: i8, %in_216: i8, %out: i8):
      %437 = arith.subi %in, %in_216 : i8
      linalg.yield %437 : i8
    } -> tensor<32x16xi8>
    %96 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%92, %95 : tensor<32x16xf16>, tensor<32x16xi8>) outs(%91 : tensor<32x16xf16>) {
    ^bb0(%in: f16, %in_216: i8, %out: f16):
      %437 = arith.sitofp %in_216 : i8 to f16
      %438 = arith.mulf %in, %437 : f16
      linalg.yield %438 : f16
    } -> tensor<32x16xf16>
    %97 = tensor.empty() : tensor<8x16xf32>
    %98 = linalg.fill ins(%cst : f32) outs(%97 : tensor<8x16xf32>) -> tensor<8x16xf32>
    %99 = linalg.matmul ins(%collapsed_98, %96 : tensor<8x32xf16>, tensor<32x16xf16>) outs(%98 : tensor<8x16xf32>) -> tensor<8x16xf32>
    %100 = tensor.empty() : tensor<8x16xf16>
    %101 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%99 : tensor<8x16xf32>) outs(%100 : tensor<8x16xf16>) {
    ^bb0(%in: f32, %out: f16):
      %437 = arith.truncf %in : f32 to f16
      linalg.yield %437 : f16
    } -> tensor<8x16xf16>
    %expanded_104 = tensor.expand_shape %101 [[0, 1], [2, 3]] output_shape [1, 8, 2, 8] : tensor<8x16xf16> into tensor<1x8x2x8xf16>
    %102 = tensor.empty() : tensor<1x2x8x8xf16>
    %transposed_105 = linalg.transpose ins(%expanded_104 : tensor<1x8x2x8xf16>) outs(%102 : tensor<1x2x8x8xf16>) permutation = [0, 2, 1, 3] 
    %103 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%cst_79 : tensor<2x2xi32>) outs(%77 : tensor<2x2x8xi32>) {
    ^bb0(%in: i32, %out: i32):
      linalg.yield %in : i32
    } -> tensor<2x2x8xi32>
    %expanded_106 = tensor.expand_shape %cst_78 [[0, 1]] output_shape [1, 8] : tensor<8xi32> into tensor<1x8xi32>
    %104 = linalg.generic {indexing_maps = [#map1, #map13, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%103, %expanded_106 : tensor<2x2x8xi32>, tensor<1x8xi32>) outs(%77 : tensor<2x2x8xi32>) {
    ^bb0(%in: i32, %in_216: i32, %out: i32):
      %437 = arith.shrsi %in, %in_216 : i32
      linalg.yield %437 : i32
    } -> tensor<2x2x8xi32>
    %105 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%104 : tensor<2x2x8xi32>) outs(%80 : tensor<2x2x8xi8>) {
    ^bb0(%in: i32, %out: i8):
      %437 = arith.trunci %in : i32 to i8
      linalg.yield %437 : i8
    } -> tensor<2x2x8xi8>
    %106 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%105 : tensor<2x2x8xi8>) outs(%80 : tensor<2x2x8xi8>) {
    ^bb0(%in: i8, %out: i8):
      %437 = arith.andi %in, %c15_i8 : i8
      linalg.yield %437 : i8
    } -> tensor<2x2x8xi8>
    %107 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%106 : tensor<2x2x8xi8>) outs(%80 : tensor<2x2x8xi8>) {
    ^bb0(%in: i8, %out: i8):
      %437 = arith.addi %in, %c1_i8 : i8
      linalg.yield %437 : i8
    } -> tensor<2x2x8xi8>
    %collapsed_107 = tensor.collapse_shape %107 [[0], [1, 2]] : tensor<2x2x8xi8> into tensor<2x16xi8>
    %108 = linalg.generic {indexing_maps = [#map14, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%cst_77 : tensor<4x16xi32>) outs(%84 : tensor<4x8x16xi32>) {
    ^bb0(%in: i32, %out: i32):
      linalg.yield %in : i32
    } -> tensor<4x8x16xi32>
    %expanded_108 = tensor.expand_shape %cst_78 [[0, 1]] output_shape [8, 1] : tensor<8xi32> into tensor<8x1xi32>
    %109 = linalg.generic {indexing_maps = [#map1, #map15, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%108, %expanded_108 : tensor<4x8x16xi32>, tensor<8x1xi32>) outs(%84 : tensor<4x8x16xi32>) {
    ^bb0(%in: i32, %in_216: i32, %out: i32):
      %437 = arith.shrsi %in, %in_216 : i32
      linalg.yield %437 : i32
    } -> tensor<4x8x16xi32>
    %110 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%109 : tensor<4x8x16xi32>) outs(%87 : tensor<4x8x16xi8>) {
    ^bb0(%in: i32, %out: i8):
      %437 = arith.trunci %in : i32 to i8
      linalg.yield %437 : i8
    } -> tensor<4x8x16xi8>
    %111 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%110 : tensor<4x8x16xi8>) outs(%87 : tensor<4x8x16xi8>) {
    ^bb0(%in: i8, %out: i8):
      %437 = arith.andi %in, %c15_i8 : i8
      linalg.yield %437 : i8
    } -> tensor<4x8x16xi8>
    %collapsed_109 = tensor.collapse_shape %111 [[0, 1], [2]] : tensor<4x8x16xi8> into tensor<32x16xi8>
    %112 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel"]} ins(%cst_76 : tensor<32xi32>) outs(%63 : tensor<32xi64>) {
    ^bb0(%in: i32, %out: i64):
      %437 = arith.extsi %in : i32 to i64
      linalg.yield %437 : i64
    } -> tensor<32xi64>
    %113 = linalg.generic {indexing_maps = [#map16, #map3], iterator_types = ["parallel", "parallel"]} ins(%112 : tensor<32xi64>) outs(%91 : tensor<32x16xf16>) {
    ^bb0(%in: i64, %out: f16):
      %437 = arith.cmpi slt, %in, %c0_i64 : i64
      %438 = arith.addi %in, %c2_i64 : i64
      %439 = arith.select %437, %438, %in : i64
      %440 = arith.index_cast %439 : i64 to index
      %441 = linalg.index 1 : index
      %extracted = tensor.extract %cst_24[%440, %441] : tensor<2x16xf16>
      linalg.yield %extracted : f16
    } -> tensor<32x16xf16>
    %114 = linalg.generic {indexing_maps = [#map16, #map3], iterator_types = ["parallel", "parallel"]} ins(%112 : tensor<32xi64>) outs(%93 : tensor<32x16xi8>) {
    ^bb0(%in: i64, %out: i8):
      %437 = arith.cmpi slt, %in, %c0_i64 : i64
      %438 = arith.addi %in, %c2_i64 : i64
      %439 = arith.select %437, %438, %in : i64
      %440 = arith.index_cast %439 : i64 to index
      %441 = linalg.index 1 : index
      %extracted = tensor.extract %collapsed_107[%440, %441] : tensor<2x16xi8>
      linalg.yield %extracted : i8
    } -> tensor<32x16xi8>
    %115 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%collapsed_109, %114 : tensor<32x16xi8>, tensor<32x16xi8>) outs(%93 : tensor<32x16xi8>) {
    ^bb0(%in: i8, %in_216: i8, %out: i8):
      %437 = arith.subi %in, %in_216 : i8
      linalg.yield %437 : i8
    } -> tensor<32x16xi8>
    %116 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%113, %115 : tensor<32x16xf16>, tensor<32x16xi8>) outs(%91 : tensor<32x16xf16>) {
    ^bb0(%in: f16, %in_216: i8, %out: f16):
      %437 = arith.sitofp %in_216 : i8 to f16
      %438 = arith.mulf %in, %437 : f16
      linalg.yield %438 : f16
    } -> tensor<32x16xf16>
    %117 = linalg.matmul ins(%collapsed_98, %116 : tensor<8x32xf16>, tensor<32x16xf16>) outs(%98 : tensor<8x16xf32>) -> tensor<8x16xf32>
    %118 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%117 : tensor<8x16xf32>) outs(%100 : tensor<8x16xf16>) {
    ^bb0(%in: f32, %out: f16):
      %437 = arith.truncf %in : f32 to f16
      linalg.yield %437 : f16
    } -> tensor<8x16xf16>
    %expanded_110 = tensor.expand_shape %118 [[0, 1], [2, 3]] output_shape [1, 8, 2, 8] : tensor<8x16xf16> into tensor<1x8x2x8xf16>
    %transposed_111 = linalg.transpose ins(%expanded_110 : tensor<1x8x2x8xf16>) outs(%102 : tensor<1x2x8x8xf16>) permutation = [0, 2, 1, 3] 
    %expanded_112 = tensor.expand_shape %37 [[0], [1, 2], [3]] output_shape [1, 1, 8, 8] : tensor<1x8x8xf16> into tensor<1x1x8x8xf16>
    %expanded_113 = tensor.expand_shape %38 [[0], [1, 2], [3]] output_shape [1, 1, 8, 8] : tensor<1x8x8xf16> into tensor<1x1x8x8xf16>
    %119 = linalg.generic {indexing_maps = [#map6, #map17, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed, %expanded_112 : tensor<1x4x8x8xf16>, tensor<1x1x8x8xf16>) outs(%76 : tensor<1x4x8x8xf16>) {
    ^bb0(%in: f16, %in_216: f16, %out: f16):
      %437 = arith.mulf %in, %in_216 : f16
      linalg.yield %437 : f16
    } -> tensor<1x4x8x8xf16>
    %extracted_slice_114 = tensor.extract_slice %transposed[0, 0, 0, 0] [1, 4, 8, 4] [1, 1, 1, 1] : tensor<1x4x8x8xf16> to tensor<1x4x8x4xf16>
    %extracted_slice_115 = tensor.extract_slice %transposed[0, 0, 0, 4] [1, 4, 8, 4] [1, 1, 1, 1] : tensor<1x4x8x8xf16> to tensor<1x4x8x4xf16>
    %120 = tensor.empty() : tensor<1x4x8x4xf16>
    %121 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_115 : tensor<1x4x8x4xf16>) outs(%120 : tensor<1x4x8x4xf16>) {
    ^bb0(%in: f16, %out: f16):
      %437 = arith.negf %in : f16
      linalg.yield %437 : f16
    } -> tensor<1x4x8x4xf16>
    %concat_116 = tensor.concat dim(3) %121, %extracted_slice_114 : (tensor<1x4x8x4xf16>, tensor<1x4x8x4xf16>) -> tensor<1x4x8x8xf16>
    %122 = linalg.generic {indexing_maps = [#map6, #map17, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%concat_116, %expanded_113 : tensor<1x4x8x8xf16>, tensor<1x1x8x8xf16>) outs(%76 : tensor<1x4x8x8xf16>) {
    ^bb0(%in: f16, %in_216: f16, %out: f16):
      %437 = arith.mulf %in, %in_216 : f16
      linalg.yield %437 : f16
    } -> tensor<1x4x8x8xf16>
    %123 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%119, %122 : tensor<1x4x8x8xf16>, tensor<1x4x8x8xf16>) outs(%76 : tensor<1x4x8x8xf16>) {
    ^bb0(%in: f16, %in_216: f16, %out: f16):
      %437 = arith.addf %in, %in_216 : f16
      linalg.yield %437 : f16
    } -> tensor<1x4x8x8xf16>
    %124 = linalg.generic {indexing_maps = [#map6, #map17, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_105, %expanded_112 : tensor<1x2x8x8xf16>, tensor<1x1x8x8xf16>) outs(%102 : tensor<1x2x8x8xf16>) {
    ^bb0(%in: f16, %in_216: f16, %out: f16):
      %437 = arith.mulf %in, %in_216 : f16
      linalg.yield %437 : f16
    } -> tensor<1x2x8x8xf16>
    %extracted_slice_117 = tensor.extract_slice %transposed_105[0, 0, 0, 0] [1, 2, 8, 4] [1, 1, 1, 1] : tensor<1x2x8x8xf16> to tensor<1x2x8x4xf16>
    %extracted_slice_118 = tensor.extract_slice %transposed_105[0, 0, 0, 4] [1, 2, 8, 4] [1, 1, 1, 1] : tensor<1x2x8x8xf16> to tensor<1x2x8x4xf16>
    %125 = tensor.empty() : tensor<1x2x8x4xf16>
    %126 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_118 : tensor<1x2x8x4xf16>) outs(%125 : tensor<1x2x8x4xf16>) {
    ^bb0(%in: f16, %out: f16):
      %437 = arith.negf %in : f16
      linalg.yield %437 : f16
    } -> tensor<1x2x8x4xf16>
    %concat_119 = tensor.concat dim(3) %126, %extracted_slice_117 : (tensor<1x2x8x4xf16>, tensor<1x2x8x4xf16>) -> tensor<1x2x8x8xf16>
    %127 = linalg.generic {indexing_maps = [#map6, #map17, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%concat_119, %expanded_113 : tensor<1x2x8x8xf16>, tensor<1x1x8x8xf16>) outs(%102 : tensor<1x2x8x8xf16>) {
    ^bb0(%in: f16, %in_216: f16, %out: f16):
      %437 = arith.mulf %in, %in_216 : f16
      linalg.yield %437 : f16
    } -> tensor<1x2x8x8xf16>
    %128 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%124, %127 : tensor<1x2x8x8xf16>, tensor<1x2x8x8xf16>) outs(%102 : tensor<1x2x8x8xf16>) {
    ^bb0(%in: f16, %in_216: f16, %out: f16):
      %437 = arith.addf %in, %in_216 : f16
      linalg.yield %437 : f16
    } -> tensor<1x2x8x8xf16>
    %129 = tensor.empty() : tensor<1x2x2x8x8xf16>
    %130 = linalg.generic {indexing_maps = [#map18, #map19], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%128 : tensor<1x2x8x8xf16>) outs(%129 : tensor<1x2x2x8x8xf16>) {
    ^bb0(%in: f16, %out: f16):
      linalg.yield %in : f16
    } -> tensor<1x2x2x8x8xf16>
    %collapsed_120 = tensor.collapse_shape %130 [[0], [1, 2], [3], [4]] : tensor<1x2x2x8x8xf16> into tensor<1x4x8x8xf16>
    %131 = linalg.generic {indexing_maps = [#map18, #map19], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%transposed_111 : tensor<1x2x8x8xf16>) outs(%129 : tensor<1x2x2x8x8xf16>) {
    ^bb0(%in: f16, %out: f16):
      linalg.yield %in : f16
    } -> tensor<1x2x2x8x8xf16>
    %collapsed_121 = tensor.collapse_shape %131 [[0], [1, 2], [3], [4]] : tensor<1x2x2x8x8xf16> into tensor<1x4x8x8xf16>
    %132 = tensor.empty() : tensor<1x1x8x8xf16>
    %133 = linalg.generic {indexing_maps = [#map6, #map10, #map10, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%26, %cst_3, %cst_4 : tensor<1x1x8x8xi1>, tensor<f16>, tensor<f16>) outs(%132 : tensor<1x1x8x8xf16>) {
    ^bb0(%in: i1, %in_216: f16, %in_217: f16, %out: f16):
      %437 = arith.select %in, %in_216, %in_217 : f16
      linalg.yield %437 : f16
    } -> tensor<1x1x8x8xf16>
    %134 = tensor.empty() : tensor<1x4x8x8xf32>
    %135 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%123 : tensor<1x4x8x8xf16>) outs(%134 : tensor<1x4x8x8xf32>) {
    ^bb0(%in: f16, %out: f32):
      %437 = arith.extf %in : f16 to f32
      linalg.yield %437 : f32
    } -> tensor<1x4x8x8xf32>
    %136 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%collapsed_120 : tensor<1x4x8x8xf16>) outs(%134 : tensor<1x4x8x8xf32>) {
    ^bb0(%in: f16, %out: f32):
      %437 = arith.extf %in : f16 to f32
      linalg.yield %437 : f32
    } -> tensor<1x4x8x8xf32>
    %137 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%collapsed_121 : tensor<1x4x8x8xf16>) outs(%134 : tensor<1x4x8x8xf32>) {
    ^bb0(%in: f16, %out: f32):
      %437 = arith.extf %in : f16 to f32
      linalg.yield %437 : f32
    } -> tensor<1x4x8x8xf32>
    %138 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%135 : tensor<1x4x8x8xf32>) outs(%134 : tensor<1x4x8x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %437 = arith.truncf %cst_22 : f64 to f32
      %438 = arith.mulf %in, %437 : f32
      linalg.yield %438 : f32
    } -> tensor<1x4x8x8xf32>
    %transposed_122 = linalg.transpose ins(%136 : tensor<1x4x8x8xf32>) outs(%134 : tensor<1x4x8x8xf32>) permutation = [0, 1, 3, 2] 
    %139 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_122 : tensor<1x4x8x8xf32>) outs(%134 : tensor<1x4x8x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %437 = arith.truncf %cst_22 : f64 to f32
      %438 = arith.mulf %in, %437 : f32
      linalg.yield %438 : f32
    } -> tensor<1x4x8x8xf32>
    %collapsed_123 = tensor.collapse_shape %138 [[0, 1], [2], [3]] : tensor<1x4x8x8xf32> into tensor<4x8x8xf32>
    %collapsed_124 = tensor.collapse_shape %139 [[0, 1], [2], [3]] : tensor<1x4x8x8xf32> into tensor<4x8x8xf32>
    %140 = tensor.empty() : tensor<4x8x8xf32>
    %141 = linalg.fill ins(%cst : f32) outs(%140 : tensor<4x8x8xf32>) -> tensor<4x8x8xf32>
    %142 = linalg.batch_matmul ins(%collapsed_123, %collapsed_124 : tensor<4x8x8xf32>, tensor<4x8x8xf32>) outs(%141 : tensor<4x8x8xf32>) -> tensor<4x8x8xf32>
    %expanded_125 = tensor.expand_shape %142 [[0, 1], [2], [3]] output_shape [1, 4, 8, 8] : tensor<4x8x8xf32> into tensor<1x4x8x8xf32>
    %143 = linalg.generic {indexing_maps = [#map6, #map17, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_125, %133 : tensor<1x4x8x8xf32>, tensor<1x1x8x8xf16>) outs(%134 : tensor<1x4x8x8xf32>) {
    ^bb0(%in: f32, %in_216: f16, %out: f32):
      %437 = arith.extf %in_216 : f16 to f32
      %438 = arith.addf %in, %437 : f32
      linalg.yield %438 : f32
    } -> tensor<1x4x8x8xf32>
    %144 = tensor.empty() : tensor<1x4x8xi64>
    %145 = linalg.fill ins(%c0_i64 : i64) outs(%144 : tensor<1x4x8xi64>) -> tensor<1x4x8xi64>
    %146 = tensor.empty() : tensor<1x4x8xf32>
    %147 = linalg.fill ins(%cst_0 : f32) outs(%146 : tensor<1x4x8xf32>) -> tensor<1x4x8xf32>
    %148:2 = linalg.generic {indexing_maps = [#map6, #map20, #map20], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%143 : tensor<1x4x8x8xf32>) outs(%147, %145 : tensor<1x4x8xf32>, tensor<1x4x8xi64>) {
    ^bb0(%in: f32, %out: f32, %out_216: i64):
      %437 = linalg.index 3 : index
      %438 = arith.index_cast %437 : index to i64
      %439 = arith.maximumf %in, %out : f32
      %440 = arith.cmpf ogt, %in, %out : f32
      %441 = arith.select %440, %438, %out_216 : i64
      linalg.yield %439, %441 : f32, i64
    } -> (tensor<1x4x8xf32>, tensor<1x4x8xi64>)
    %expanded_126 = tensor.expand_shape %148#0 [[0], [1], [2, 3]] output_shape [1, 4, 8, 1] : tensor<1x4x8xf32> into tensor<1x4x8x1xf32>
    %149 = linalg.generic {indexing_maps = [#map6, #map9, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%143, %expanded_126 : tensor<1x4x8x8xf32>, tensor<1x4x8x1xf32>) outs(%134 : tensor<1x4x8x8xf32>) {
    ^bb0(%in: f32, %in_216: f32, %out: f32):
      %437 = arith.subf %in, %in_216 : f32
      linalg.yield %437 : f32
    } -> tensor<1x4x8x8xf32>
    %150 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%149 : tensor<1x4x8x8xf32>) outs(%134 : tensor<1x4x8x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %437 = math.exp %in : f32
      linalg.yield %437 : f32
    } -> tensor<1x4x8x8xf32>
    %151 = tensor.empty() : tensor<1x4x8x1xf32>
    %152 = linalg.fill ins(%cst : f32) outs(%151 : tensor<1x4x8x1xf32>) -> tensor<1x4x8x1xf32>
    %153 = linalg.generic {indexing_maps = [#map6, #map9], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%150 : tensor<1x4x8x8xf32>) outs(%152 : tensor<1x4x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %437 = arith.addf %in, %out : f32
      linalg.yield %437 : f32
    } -> tensor<1x4x8x1xf32>
    %154 = linalg.generic {indexing_maps = [#map6, #map9, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%150, %153 : tensor<1x4x8x8xf32>, tensor<1x4x8x1xf32>) outs(%134 : tensor<1x4x8x8xf32>) {
    ^bb0(%in: f32, %in_216: f32, %out: f32):
      %437 = arith.divf %in, %in_216 : f32
      linalg.yield %437 : f32
    } -> tensor<1x4x8x8xf32>
    %155 = tensor.empty() : tensor<1x4x8x8xi1>
    %156 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%143 : tensor<1x4x8x8xf32>) outs(%155 : tensor<1x4x8x8xi1>) {
    ^bb0(%in: f32, %out: i1):
      %437 = arith.extf %in : f32 to f64
      %438 = arith.cmpf oeq, %437, %cst_23 : f64
      linalg.yield %438 : i1
    } -> tensor<1x4x8x8xi1>
    %157 = tensor.empty() : tensor<1x4x8x1xi1>
    %158 = linalg.fill ins(%true : i1) outs(%157 : tensor<1x4x8x1xi1>) -> tensor<1x4x8x1xi1>
    %159 = linalg.generic {indexing_maps = [#map6, #map9], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%156 : tensor<1x4x8x8xi1>) outs(%158 : tensor<1x4x8x1xi1>) {
    ^bb0(%in: i1, %out: i1):
      %437 = arith.andi %in, %out : i1
      linalg.yield %437 : i1
    } -> tensor<1x4x8x1xi1>
    %160 = linalg.generic {indexing_maps = [#map9, #map6, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%159, %cst_2, %154 : tensor<1x4x8x1xi1>, tensor<1x4x8x8xf32>, tensor<1x4x8x8xf32>) outs(%134 : tensor<1x4x8x8xf32>) {
    ^bb0(%in: i1, %in_216: f32, %in_217: f32, %out: f32):
      %437 = arith.select %in, %in_216, %in_217 : f32
      linalg.yield %437 : f32
    } -> tensor<1x4x8x8xf32>
    %collapsed_127 = tensor.collapse_shape %160 [[0, 1], [2], [3]] : tensor<1x4x8x8xf32> into tensor<4x8x8xf32>
    %collapsed_128 = tensor.collapse_shape %137 [[0, 1], [2], [3]] : tensor<1x4x8x8xf32> into tensor<4x8x8xf32>
    %161 = linalg.batch_matmul ins(%collapsed_127, %collapsed_128 : tensor<4x8x8xf32>, tensor<4x8x8xf32>) outs(%141 : tensor<4x8x8xf32>) -> tensor<4x8x8xf32>
    %expanded_129 = tensor.expand_shape %161 [[0, 1], [2], [3]] output_shape [1, 4, 8, 8] : tensor<4x8x8xf32> into tensor<1x4x8x8xf32>
    %162 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_129 : tensor<1x4x8x8xf32>) outs(%76 : tensor<1x4x8x8xf16>) {
    ^bb0(%in: f32, %out: f16):
      %437 = arith.truncf %in : f32 to f16
      linalg.yield %437 : f16
    } -> tensor<1x4x8x8xf16>
    %163 = tensor.empty() : tensor<1x8x4x8xf16>
    %transposed_130 = linalg.transpose ins(%162 : tensor<1x4x8x8xf16>) outs(%163 : tensor<1x8x4x8xf16>) permutation = [0, 2, 1, 3] 
    %164 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%cst_75 : tensor<2x4xi32>) outs(%50 : tensor<2x4x8xi32>) {
    ^bb0(%in: i32, %out: i32):
      linalg.yield %in : i32
    } -> tensor<2x4x8xi32>
    %expanded_131 = tensor.expand_shape %cst_74 [[0, 1]] output_shape [1, 8] : tensor<8xi32> into tensor<1x8xi32>
    %165 = linalg.generic {indexing_maps = [#map1, #map13, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%164, %expanded_131 : tensor<2x4x8xi32>, tensor<1x8xi32>) outs(%50 : tensor<2x4x8xi32>) {
    ^bb0(%in: i32, %in_216: i32, %out: i32):
      %437 = arith.shrsi %in, %in_216 : i32
      linalg.yield %437 : i32
    } -> tensor<2x4x8xi32>
    %166 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%165 : tensor<2x4x8xi32>) outs(%53 : tensor<2x4x8xi8>) {
    ^bb0(%in: i32, %out: i8):
      %437 = arith.trunci %in : i32 to i8
      linalg.yield %437 : i8
    } -> tensor<2x4x8xi8>
    %167 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%166 : tensor<2x4x8xi8>) outs(%53 : tensor<2x4x8xi8>) {
    ^bb0(%in: i8, %out: i8):
      %437 = arith.andi %in, %c15_i8 : i8
      linalg.yield %437 : i8
    } -> tensor<2x4x8xi8>
    %168 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%167 : tensor<2x4x8xi8>) outs(%53 : tensor<2x4x8xi8>) {
    ^bb0(%in: i8, %out: i8):
      %437 = arith.addi %in, %c1_i8 : i8
      linalg.yield %437 : i8
    } -> tensor<2x4x8xi8>
    %collapsed_132 = tensor.collapse_shape %168 [[0], [1, 2]] : tensor<2x4x8xi8> into tensor<2x32xi8>
    %169 = linalg.generic {indexing_maps = [#map14, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%cst_73 : tensor<4x32xi32>) outs(%57 : tensor<4x8x32xi32>) {
    ^bb0(%in: i32, %out: i32):
      linalg.yield %in : i32
    } -> tensor<4x8x32xi32>
    %expanded_133 = tensor.expand_shape %cst_74 [[0, 1]] output_shape [8, 1] : tensor<8xi32> into tensor<8x1xi32>
    %170 = linalg.generic {indexing_maps = [#map1, #map15, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%169, %expanded_133 : tensor<4x8x32xi32>, tensor<8x1xi32>) outs(%57 : tensor<4x8x32xi32>) {
    ^bb0(%in: i32, %in_216: i32, %out: i32):
      %437 = arith.shrsi %in, %in_216 : i32
      linalg.yield %437 : i32
    } -> tensor<4x8x32xi32>
    %171 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%170 : tensor<4x8x32xi32>) outs(%60 : tensor<4x8x32xi8>) {
    ^bb0(%in: i32, %out: i8):
      %437 = arith.trunci %in : i32 to i8
      linalg.yield %437 : i8
    } -> tensor<4x8x32xi8>
    %172 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%171 : tensor<4x8x32xi8>) outs(%60 : tensor<4x8x32xi8>) {
    ^bb0(%in: i8, %out: i8):
      %437 = arith.andi %in, %c15_i8 : i8
      linalg.yield %437 : i8
    } -> tensor<4x8x32xi8>
    %collapsed_134 = tensor.collapse_shape %172 [[0, 1], [2]] : tensor<4x8x32xi8> into tensor<32x32xi8>
    %173 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel"]} ins(%cst_72 : tensor<32xi32>) outs(%63 : tensor<32xi64>) {
    ^bb0(%in: i32, %out: i64):
      %437 = arith.extsi %in : i32 to i64
      linalg.yield %437 : i64
    } -> tensor<32xi64>
    %174 = linalg.generic {indexing_maps = [#map16, #map3], iterator_types = ["parallel", "parallel"]} ins(%173 : tensor<32xi64>) outs(%65 : tensor<32x32xf16>) {
    ^bb0(%in: i64, %out: f16):
      %437 = arith.cmpi slt, %in, %c0_i64 : i64
      %438 = arith.addi %in, %c2_i64 : i64
      %439 = arith.select %437, %438, %in : i64
      %440 = arith.index_cast %439 : i64 to index
      %441 = linalg.index 1 : index
      %extracted = tensor.extract %cst_21[%440, %441] : tensor<2x32xf16>
      linalg.yield %extracted : f16
    } -> tensor<32x32xf16>
    %175 = linalg.generic {indexing_maps = [#map16, #map3], iterator_types = ["parallel", "parallel"]} ins(%173 : tensor<32xi64>) outs(%67 : tensor<32x32xi8>) {
    ^bb0(%in: i64, %out: i8):
      %437 = arith.cmpi slt, %in, %c0_i64 : i64
      %438 = arith.addi %in, %c2_i64 : i64
      %439 = arith.select %437, %438, %in : i64
      %440 = arith.index_cast %439 : i64 to index
      %441 = linalg.index 1 : index
      %extracted = tensor.extract %collapsed_132[%440, %441] : tensor<2x32xi8>
      linalg.yield %extracted : i8
    } -> tensor<32x32xi8>
    %176 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%collapsed_134, %175 : tensor<32x32xi8>, tensor<32x32xi8>) outs(%67 : tensor<32x32xi8>) {
    ^bb0(%in: i8, %in_216: i8, %out: i8):
      %437 = arith.subi %in, %in_216 : i8
      linalg.yield %437 : i8
    } -> tensor<32x32xi8>
    %177 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%174, %176 : tensor<32x32xf16>, tensor<32x32xi8>) outs(%65 : tensor<32x32xf16>) {
    ^bb0(%in: f16, %in_216: i8, %out: f16):
      %437 = arith.sitofp %in_216 : i8 to f16
      %438 = arith.mulf %in, %437 : f16
      linalg.yield %438 : f16
    } -> tensor<32x32xf16>
    %collapsed_135 = tensor.collapse_shape %transposed_130 [[0, 1], [2, 3]] : tensor<1x8x4x8xf16> into tensor<8x32xf16>
    %178 = linalg.matmul ins(%collapsed_135, %177 : tensor<8x32xf16>, tensor<32x32xf16>) outs(%72 : tensor<8x32xf32>) -> tensor<8x32xf32>
    %179 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%178 : tensor<8x32xf32>) outs(%74 : tensor<8x32xf16>) {
    ^bb0(%in: f32, %out: f16):
      %437 = arith.truncf %in : f32 to f16
      linalg.yield %437 : f16
    } -> tensor<8x32xf16>
    %expanded_136 = tensor.expand_shape %179 [[0, 1], [2]] output_shape [1, 8, 32] : tensor<8x32xf16> into tensor<1x8x32xf16>
    %180 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1, %expanded_136 : tensor<1x8x32xf16>, tensor<1x8x32xf16>) outs(%0 : tensor<1x8x32xf16>) {
    ^bb0(%in: f16, %in_216: f16, %out: f16):
      %437 = arith.addf %in, %in_216 : f16
      linalg.yield %437 : f16
    } -> tensor<1x8x32xf16>
    %181 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%180 : tensor<1x8x32xf16>) outs(%39 : tensor<1x8x32xf32>) {
    ^bb0(%in: f16, %out: f32):
      %437 = arith.extf %in : f16 to f32
      linalg.yield %437 : f32
    } -> tensor<1x8x32xf32>
    %182 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%181 : tensor<1x8x32xf32>) outs(%39 : tensor<1x8x32xf32>) {
    ^bb0(%in: f32, %out: f32):
      %437 = math.fpowi %in, %c2_i64 : f32, i64
      linalg.yield %437 : f32
    } -> tensor<1x8x32xf32>
    %183 = linalg.generic {indexing_maps = [#map1, #map11], iterator_types = ["parallel", "parallel", "reduction"]} ins(%182 : tensor<1x8x32xf32>) outs(%42 : tensor<1x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %437 = arith.addf %in, %out : f32
      linalg.yield %437 : f32
    } -> tensor<1x8x1xf32>
    %184 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%183 : tensor<1x8x1xf32>) outs(%27 : tensor<1x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %437 = arith.divf %in, %cst_31 : f32
      linalg.yield %437 : f32
    } -> tensor<1x8x1xf32>
    %185 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%184 : tensor<1x8x1xf32>) outs(%27 : tensor<1x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %437 = arith.truncf %cst_28 : f64 to f32
      %438 = arith.addf %in, %437 : f32
      linalg.yield %438 : f32
    } -> tensor<1x8x1xf32>
    %186 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%185 : tensor<1x8x1xf32>) outs(%27 : tensor<1x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %437 = math.rsqrt %in : f32
      linalg.yield %437 : f32
    } -> tensor<1x8x1xf32>
    %187 = linalg.generic {indexing_maps = [#map1, #map11, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%181, %186 : tensor<1x8x32xf32>, tensor<1x8x1xf32>) outs(%39 : tensor<1x8x32xf32>) {
    ^bb0(%in: f32, %in_216: f32, %out: f32):
      %437 = arith.mulf %in, %in_216 : f32
      linalg.yield %437 : f32
    } -> tensor<1x8x32xf32>
    %188 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%187 : tensor<1x8x32xf32>) outs(%0 : tensor<1x8x32xf16>) {
    ^bb0(%in: f32, %out: f16):
      %437 = arith.truncf %in : f32 to f16
      linalg.yield %437 : f16
    } -> tensor<1x8x32xf16>
    %189 = linalg.generic {indexing_maps = [#map12, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%cst_20, %188 : tensor<32xf16>, tensor<1x8x32xf16>) outs(%0 : tensor<1x8x32xf16>) {
    ^bb0(%in: f16, %in_216: f16, %out: f16):
      %437 = arith.mulf %in, %in_216 : f16
      linalg.yield %437 : f16
    } -> tensor<1x8x32xf16>
    %190 = tensor.empty() : tensor<2x8x8xi32>
    %191 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%cst_71 : tensor<2x8xi32>) outs(%190 : tensor<2x8x8xi32>) {
    ^bb0(%in: i32, %out: i32):
      linalg.yield %in : i32
    } -> tensor<2x8x8xi32>
    %expanded_137 = tensor.expand_shape %cst_70 [[0, 1]] output_shape [1, 8] : tensor<8xi32> into tensor<1x8xi32>
    %192 = linalg.generic {indexing_maps = [#map1, #map13, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%191, %expanded_137 : tensor<2x8x8xi32>, tensor<1x8xi32>) outs(%190 : tensor<2x8x8xi32>) {
    ^bb0(%in: i32, %in_216: i32, %out: i32):
      %437 = arith.shrsi %in, %in_216 : i32
      linalg.yield %437 : i32
    } -> tensor<2x8x8xi32>
    %193 = tensor.empty() : tensor<2x8x8xi8>
    %194 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%192 : tensor<2x8x8xi32>) outs(%193 : tensor<2x8x8xi8>) {
    ^bb0(%in: i32, %out: i8):
      %437 = arith.trunci %in : i32 to i8
      linalg.yield %437 : i8
    } -> tensor<2x8x8xi8>
    %195 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%194 : tensor<2x8x8xi8>) outs(%193 : tensor<2x8x8xi8>) {
    ^bb0(%in: i8, %out: i8):
      %437 = arith.andi %in, %c15_i8 : i8
      linalg.yield %437 : i8
    } -> tensor<2x8x8xi8>
    %196 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%195 : tensor<2x8x8xi8>) outs(%193 : tensor<2x8x8xi8>) {
    ^bb0(%in: i8, %out: i8):
      %437 = arith.addi %in, %c1_i8 : i8
      linalg.yield %437 : i8
    } -> tensor<2x8x8xi8>
    %collapsed_138 = tensor.collapse_shape %196 [[0], [1, 2]] : tensor<2x8x8xi8> into tensor<2x64xi8>
    %197 = tensor.empty() : tensor<4x8x64xi32>
    %198 = linalg.generic {indexing_maps = [#map14, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%cst_69 : tensor<4x64xi32>) outs(%197 : tensor<4x8x64xi32>) {
    ^bb0(%in: i32, %out: i32):
      linalg.yield %in : i32
    } -> tensor<4x8x64xi32>
    %expanded_139 = tensor.expand_shape %cst_70 [[0, 1]] output_shape [8, 1] : tensor<8xi32> into tensor<8x1xi32>
    %199 = linalg.generic {indexing_maps = [#map1, #map15, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%198, %expanded_139 : tensor<4x8x64xi32>, tensor<8x1xi32>) outs(%197 : tensor<4x8x64xi32>) {
    ^bb0(%in: i32, %in_216: i32, %out: i32):
      %437 = arith.shrsi %in, %in_216 : i32
      linalg.yield %437 : i32
    } -> tensor<4x8x64xi32>
    %200 = tensor.empty() : tensor<4x8x64xi8>
    %201 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%199 : tensor<4x8x64xi32>) outs(%200 : tensor<4x8x64xi8>) {
    ^bb0(%in: i32, %out: i8):
      %437 = arith.trunci %in : i32 to i8
      linalg.yield %437 : i8
    } -> tensor<4x8x64xi8>
    %202 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%201 : tensor<4x8x64xi8>) outs(%200 : tensor<4x8x64xi8>) {
    ^bb0(%in: i8, %out: i8):
      %437 = arith.andi %in, %c15_i8 : i8
      linalg.yield %437 : i8
    } -> tensor<4x8x64xi8>
    %collapsed_140 = tensor.collapse_shape %202 [[0, 1], [2]] : tensor<4x8x64xi8> into tensor<32x64xi8>
    %203 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel"]} ins(%cst_68 : tensor<32xi32>) outs(%63 : tensor<32xi64>) {
    ^bb0(%in: i32, %out: i64):
      %437 = arith.extsi %in : i32 to i64
      linalg.yield %437 : i64
    } -> tensor<32xi64>
    %204 = tensor.empty() : tensor<32x64xf16>
    %205 = linalg.generic {indexing_maps = [#map16, #map3], iterator_types = ["parallel", "parallel"]} ins(%203 : tensor<32xi64>) outs(%204 : tensor<32x64xf16>) {
    ^bb0(%in: i64, %out: f16):
      %437 = arith.cmpi slt, %in, %c0_i64 : i64
      %438 = arith.addi %in, %c2_i64 : i64
      %439 = arith.select %437, %438, %in : i64
      %440 = arith.index_cast %439 : i64 to index
      %441 = linalg.index 1 : index
      %extracted = tensor.extract %cst_19[%440, %441] : tensor<2x64xf16>
      linalg.yield %extracted : f16
    } -> tensor<32x64xf16>
    %206 = tensor.empty() : tensor<32x64xi8>
    %207 = linalg.generic {indexing_maps = [#map16, #map3], iterator_types = ["parallel", "parallel"]} ins(%203 : tensor<32xi64>) outs(%206 : tensor<32x64xi8>) {
    ^bb0(%in: i64, %out: i8):
      %437 = arith.cmpi slt, %in, %c0_i64 : i64
      %438 = arith.addi %in, %c2_i64 : i64
      %439 = arith.select %437, %438, %in : i64
      %440 = arith.index_cast %439 : i64 to index
      %441 = linalg.index 1 : index
      %extracted = tensor.extract %collapsed_138[%440, %441] : tensor<2x64xi8>
      linalg.yield %extracted : i8
    } -> tensor<32x64xi8>
    %208 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%collapsed_140, %207 : tensor<32x64xi8>, tensor<32x64xi8>) outs(%206 : tensor<32x64xi8>) {
    ^bb0(%in: i8, %in_216: i8, %out: i8):
      %437 = arith.subi %in, %in_216 : i8
      linalg.yield %437 : i8
    } -> tensor<32x64xi8>
    %209 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%205, %208 : tensor<32x64xf16>, tensor<32x64xi8>) outs(%204 : tensor<32x64xf16>) {
    ^bb0(%in: f16, %in_216: i8, %out: f16):
      %437 = arith.sitofp %in_216 : i8 to f16
      %438 = arith.mulf %in, %437 : f16
      linalg.yield %438 : f16
    } -> tensor<32x64xf16>
    %collapsed_141 = tensor.collapse_shape %189 [[0, 1], [2]] : tensor<1x8x32xf16> into tensor<8x32xf16>
    %210 = tensor.empty() : tensor<8x64xf32>
    %211 = linalg.fill ins(%cst : f32) outs(%210 : tensor<8x64xf32>) -> tensor<8x64xf32>
    %212 = linalg.matmul ins(%collapsed_141, %209 : tensor<8x32xf16>, tensor<32x64xf16>) outs(%211 : tensor<8x64xf32>) -> tensor<8x64xf32>
    %213 = tensor.empty() : tensor<8x64xf16>
    %214 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%212 : tensor<8x64xf32>) outs(%213 : tensor<8x64xf16>) {
    ^bb0(%in: f32, %out: f16):
      %437 = arith.truncf %in : f32 to f16
      linalg.yield %437 : f16
    } -> tensor<8x64xf16>
    %expanded_142 = tensor.expand_shape %214 [[0, 1], [2]] output_shape [1, 8, 64] : tensor<8x64xf16> into tensor<1x8x64xf16>
    %215 = tensor.empty() : tensor<1x8x64xf32>
    %216 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_142 : tensor<1x8x64xf16>) outs(%215 : tensor<1x8x64xf32>) {
    ^bb0(%in: f16, %out: f32):
      %437 = arith.extf %in : f16 to f32
      linalg.yield %437 : f32
    } -> tensor<1x8x64xf32>
    %217 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%216 : tensor<1x8x64xf32>) outs(%215 : tensor<1x8x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %437 = arith.negf %in : f32
      %438 = math.exp %437 : f32
      %439 = arith.addf %438, %cst_1 : f32
      %440 = arith.divf %cst_1, %439 : f32
      linalg.yield %440 : f32
    } -> tensor<1x8x64xf32>
    %218 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%216, %217 : tensor<1x8x64xf32>, tensor<1x8x64xf32>) outs(%215 : tensor<1x8x64xf32>) {
    ^bb0(%in: f32, %in_216: f32, %out: f32):
      %437 = arith.mulf %in, %in_216 : f32
      linalg.yield %437 : f32
    } -> tensor<1x8x64xf32>
    %219 = tensor.empty() : tensor<1x8x64xf16>
    %220 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%218 : tensor<1x8x64xf32>) outs(%219 : tensor<1x8x64xf16>) {
    ^bb0(%in: f32, %out: f16):
      %437 = arith.truncf %in : f32 to f16
      linalg.yield %437 : f16
    } -> tensor<1x8x64xf16>
    %221 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%cst_67 : tensor<2x8xi32>) outs(%190 : tensor<2x8x8xi32>) {
    ^bb0(%in: i32, %out: i32):
      linalg.yield %in : i32
    } -> tensor<2x8x8xi32>
    %expanded_143 = tensor.expand_shape %cst_66 [[0, 1]] output_shape [1, 8] : tensor<8xi32> into tensor<1x8xi32>
    %222 = linalg.generic {indexing_maps = [#map1, #map13, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%221, %expanded_143 : tensor<2x8x8xi32>, tensor<1x8xi32>) outs(%190 : tensor<2x8x8xi32>) {
    ^bb0(%in: i32, %in_216: i32, %out: i32):
      %437 = arith.shrsi %in, %in_216 : i32
      linalg.yield %437 : i32
    } -> tensor<2x8x8xi32>
    %223 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%222 : tensor<2x8x8xi32>) outs(%193 : tensor<2x8x8xi8>) {
    ^bb0(%in: i32, %out: i8):
      %437 = arith.trunci %in : i32 to i8
      linalg.yield %437 : i8
    } -> tensor<2x8x8xi8>
    %224 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%223 : tensor<2x8x8xi8>) outs(%193 : tensor<2x8x8xi8>) {
    ^bb0(%in: i8, %out: i8):
      %437 = arith.andi %in, %c15_i8 : i8
      linalg.yield %437 : i8
    } -> tensor<2x8x8xi8>
    %225 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%224 : tensor<2x8x8xi8>) outs(%193 : tensor<2x8x8xi8>) {
    ^bb0(%in: i8, %out: i8):
      %437 = arith.addi %in, %c1_i8 : i8
      linalg.yield %437 : i8
    } -> tensor<2x8x8xi8>
    %collapsed_144 = tensor.collapse_shape %225 [[0], [1, 2]] : tensor<2x8x8xi8> into tensor<2x64xi8>
    %226 = linalg.generic {indexing_maps = [#map14, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%cst_65 : tensor<4x64xi32>) outs(%197 : tensor<4x8x64xi32>) {
    ^bb0(%in: i32, %out: i32):
      linalg.yield %in : i32
    } -> tensor<4x8x64xi32>
    %expanded_145 = tensor.expand_shape %cst_66 [[0, 1]] output_shape [8, 1] : tensor<8xi32> into tensor<8x1xi32>
    %227 = linalg.generic {indexing_maps = [#map1, #map15, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%226, %expanded_145 : tensor<4x8x64xi32>, tensor<8x1xi32>) outs(%197 : tensor<4x8x64xi32>) {
    ^bb0(%in: i32, %in_216: i32, %out: i32):
      %437 = arith.shrsi %in, %in_216 : i32
      linalg.yield %437 : i32
    } -> tensor<4x8x64xi32>
    %228 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%227 : tensor<4x8x64xi32>) outs(%200 : tensor<4x8x64xi8>) {
    ^bb0(%in: i32, %out: i8):
      %437 = arith.trunci %in : i32 to i8
      linalg.yield %437 : i8
    } -> tensor<4x8x64xi8>
    %229 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%228 : tensor<4x8x64xi8>) outs(%200 : tensor<4x8x64xi8>) {
    ^bb0(%in: i8, %out: i8):
      %437 = arith.andi %in, %c15_i8 : i8
      linalg.yield %437 : i8
    } -> tensor<4x8x64xi8>
    %collapsed_146 = tensor.collapse_shape %229 [[0, 1], [2]] : tensor<4x8x64xi8> into tensor<32x64xi8>
    %230 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel"]} ins(%cst_64 : tensor<32xi32>) outs(%63 : tensor<32xi64>) {
    ^bb0(%in: i32, %out: i64):
      %437 = arith.extsi %in : i32 to i64
      linalg.yield %437 : i64
    } -> tensor<32xi64>
    %231 = linalg.generic {indexing_maps = [#map16, #map3], iterator_types = ["parallel", "parallel"]} ins(%230 : tensor<32xi64>) outs(%204 : tensor<32x64xf16>) {
    ^bb0(%in: i64, %out: f16):
      %437 = arith.cmpi slt, %in, %c0_i64 : i64
      %438 = arith.addi %in, %c2_i64 : i64
      %439 = arith.select %437, %438, %in : i64
      %440 = arith.index_cast %439 : i64 to index
      %441 = linalg.index 1 : index
      %extracted = tensor.extract %cst_18[%440, %441] : tensor<2x64xf16>
      linalg.yield %extracted : f16
    } -> tensor<32x64xf16>
    %232 = linalg.generic {indexing_maps = [#map16, #map3], iterator_types = ["parallel", "parallel"]} ins(%230 : tensor<32xi64>) outs(%206 : tensor<32x64xi8>) {
    ^bb0(%in: i64, %out: i8):
      %437 = arith.cmpi slt, %in, %c0_i64 : i64
      %438 = arith.addi %in, %c2_i64 : i64
      %439 = arith.select %437, %438, %in : i64
      %440 = arith.index_cast %439 : i64 to index
      %441 = linalg.index 1 : index
      %extracted = tensor.extract %collapsed_144[%440, %441] : tensor<2x64xi8>
      linalg.yield %extracted : i8
    } -> tensor<32x64xi8>
    %233 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%collapsed_146, %232 : tensor<32x64xi8>, tensor<32x64xi8>) outs(%206 : tensor<32x64xi8>) {
    ^bb0(%in: i8, %in_216: i8, %out: i8):
      %437 = arith.subi %in, %in_216 : i8
      linalg.yield %437 : i8
    } -> tensor<32x64xi8>
    %234 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%231, %233 : tensor<32x64xf16>, tensor<32x64xi8>) outs(%204 : tensor<32x64xf16>) {
    ^bb0(%in: f16, %in_216: i8, %out: f16):
      %437 = arith.sitofp %in_216 : i8 to f16
      %438 = arith.mulf %in, %437 : f16
      linalg.yield %438 : f16
    } -> tensor<32x64xf16>
    %235 = linalg.matmul ins(%collapsed_141, %234 : tensor<8x32xf16>, tensor<32x64xf16>) outs(%211 : tensor<8x64xf32>) -> tensor<8x64xf32>
    %236 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%235 : tensor<8x64xf32>) outs(%213 : tensor<8x64xf16>) {
    ^bb0(%in: f32, %out: f16):
      %437 = arith.truncf %in : f32 to f16
      linalg.yield %437 : f16
    } -> tensor<8x64xf16>
    %expanded_147 = tensor.expand_shape %236 [[0, 1], [2]] output_shape [1, 8, 64] : tensor<8x64xf16> into tensor<1x8x64xf16>
    %237 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%220, %expanded_147 : tensor<1x8x64xf16>, tensor<1x8x64xf16>) outs(%219 : tensor<1x8x64xf16>) {
    ^bb0(%in: f16, %in_216: f16, %out: f16):
      %437 = arith.mulf %in, %in_216 : f16
      linalg.yield %437 : f16
    } -> tensor<1x8x64xf16>
    %238 = tensor.empty() : tensor<4x4x8xi32>
    %239 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%cst_63 : tensor<4x4xi32>) outs(%238 : tensor<4x4x8xi32>) {
    ^bb0(%in: i32, %out: i32):
      linalg.yield %in : i32
    } -> tensor<4x4x8xi32>
    %expanded_148 = tensor.expand_shape %cst_62 [[0, 1]] output_shape [1, 8] : tensor<8xi32> into tensor<1x8xi32>
    %240 = linalg.generic {indexing_maps = [#map1, #map13, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%239, %expanded_148 : tensor<4x4x8xi32>, tensor<1x8xi32>) outs(%238 : tensor<4x4x8xi32>) {
    ^bb0(%in: i32, %in_216: i32, %out: i32):
      %437 = arith.shrsi %in, %in_216 : i32
      linalg.yield %437 : i32
    } -> tensor<4x4x8xi32>
    %241 = tensor.empty() : tensor<4x4x8xi8>
    %242 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%240 : tensor<4x4x8xi32>) outs(%241 : tensor<4x4x8xi8>) {
    ^bb0(%in: i32, %out: i8):
      %437 = arith.trunci %in : i32 to i8
      linalg.yield %437 : i8
    } -> tensor<4x4x8xi8>
    %243 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%242 : tensor<4x4x8xi8>) outs(%241 : tensor<4x4x8xi8>) {
    ^bb0(%in: i8, %out: i8):
      %437 = arith.andi %in, %c15_i8 : i8
      linalg.yield %437 : i8
    } -> tensor<4x4x8xi8>
    %244 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%243 : tensor<4x4x8xi8>) outs(%241 : tensor<4x4x8xi8>) {
    ^bb0(%in: i8, %out: i8):
      %437 = arith.addi %in, %c1_i8 : i8
      linalg.yield %437 : i8
    } -> tensor<4x4x8xi8>
    %collapsed_149 = tensor.collapse_shape %244 [[0], [1, 2]] : tensor<4x4x8xi8> into tensor<4x32xi8>
    %245 = tensor.empty() : tensor<8x8x32xi32>
    %246 = linalg.generic {indexing_maps = [#map14, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%cst_61 : tensor<8x32xi32>) outs(%245 : tensor<8x8x32xi32>) {
    ^bb0(%in: i32, %out: i32):
      linalg.yield %in : i32
    } -> tensor<8x8x32xi32>
    %expanded_150 = tensor.expand_shape %cst_62 [[0, 1]] output_shape [8, 1] : tensor<8xi32> into tensor<8x1xi32>
    %247 = linalg.generic {indexing_maps = [#map1, #map15, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%246, %expanded_150 : tensor<8x8x32xi32>, tensor<8x1xi32>) outs(%245 : tensor<8x8x32xi32>) {
    ^bb0(%in: i32, %in_216: i32, %out: i32):
      %437 = arith.shrsi %in, %in_216 : i32
      linalg.yield %437 : i32
    } -> tensor<8x8x32xi32>
    %248 = tensor.empty() : tensor<8x8x32xi8>
    %249 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%247 : tensor<8x8x32xi32>) outs(%248 : tensor<8x8x32xi8>) {
    ^bb0(%in: i32, %out: i8):
      %437 = arith.trunci %in : i32 to i8
      linalg.yield %437 : i8
    } -> tensor<8x8x32xi8>
    %250 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%249 : tensor<8x8x32xi8>) outs(%248 : tensor<8x8x32xi8>) {
    ^bb0(%in: i8, %out: i8):
      %437 = arith.andi %in, %c15_i8 : i8
      linalg.yield %437 : i8
    } -> tensor<8x8x32xi8>
    %collapsed_151 = tensor.collapse_shape %250 [[0, 1], [2]] : tensor<8x8x32xi8> into tensor<64x32xi8>
    %251 = tensor.empty() : tensor<64xi64>
    %252 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel"]} ins(%cst_60 : tensor<64xi32>) outs(%251 : tensor<64xi64>) {
    ^bb0(%in: i32, %out: i64):
      %437 = arith.extsi %in : i32 to i64
      linalg.yield %437 : i64
    } -> tensor<64xi64>
    %253 = tensor.empty() : tensor<64x32xf16>
    %254 = linalg.generic {indexing_maps = [#map16, #map3], iterator_types = ["parallel", "parallel"]} ins(%252 : tensor<64xi64>) outs(%253 : tensor<64x32xf16>) {
    ^bb0(%in: i64, %out: f16):
      %437 = arith.cmpi slt, %in, %c0_i64 : i64
      %438 = arith.addi %in, %c4_i64 : i64
      %439 = arith.select %437, %438, %in : i64
      %440 = arith.index_cast %439 : i64 to index
      %441 = linalg.index 1 : index
      %extracted = tensor.extract %cst_17[%440, %441] : tensor<4x32xf16>
      linalg.yield %extracted : f16
    } -> tensor<64x32xf16>
    %255 = tensor.empty() : tensor<64x32xi8>
    %256 = linalg.generic {indexing_maps = [#map16, #map3], iterator_types = ["parallel", "parallel"]} ins(%252 : tensor<64xi64>) outs(%255 : tensor<64x32xi8>) {
    ^bb0(%in: i64, %out: i8):
      %437 = arith.cmpi slt, %in, %c0_i64 : i64
      %438 = arith.addi %in, %c4_i64 : i64
      %439 = arith.select %437, %438, %in : i64
      %440 = arith.index_cast %439 : i64 to index
      %441 = linalg.index 1 : index
      %extracted = tensor.extract %collapsed_149[%440, %441] : tensor<4x32xi8>
      linalg.yield %extracted : i8
    } -> tensor<64x32xi8>
    %257 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%collapsed_151, %256 : tensor<64x32xi8>, tensor<64x32xi8>) outs(%255 : tensor<64x32xi8>) {
    ^bb0(%in: i8, %in_216: i8, %out: i8):
      %437 = arith.subi %in, %in_216 : i8
      linalg.yield %437 : i8
    } -> tensor<64x32xi8>
    %258 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%254, %257 : tensor<64x32xf16>, tensor<64x32xi8>) outs(%253 : tensor<64x32xf16>) {
    ^bb0(%in: f16, %in_216: i8, %out: f16):
      %437 = arith.sitofp %in_216 : i8 to f16
      %438 = arith.mulf %in, %437 : f16
      linalg.yield %438 : f16
    } -> tensor<64x32xf16>
    %collapsed_152 = tensor.collapse_shape %237 [[0, 1], [2]] : tensor<1x8x64xf16> into tensor<8x64xf16>
    %259 = linalg.matmul ins(%collapsed_152, %258 : tensor<8x64xf16>, tensor<64x32xf16>) outs(%72 : tensor<8x32xf32>) -> tensor<8x32xf32>
    %260 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%259 : tensor<8x32xf32>) outs(%74 : tensor<8x32xf16>) {
    ^bb0(%in: f32, %out: f16):
      %437 = arith.truncf %in : f32 to f16
      linalg.yield %437 : f16
    } -> tensor<8x32xf16>
    %expanded_153 = tensor.expand_shape %260 [[0, 1], [2]] output_shape [1, 8, 32] : tensor<8x32xf16> into tensor<1x8x32xf16>
    %261 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%180, %expanded_153 : tensor<1x8x32xf16>, tensor<1x8x32xf16>) outs(%0 : tensor<1x8x32xf16>) {
    ^bb0(%in: f16, %in_216: f16, %out: f16):
      %437 = arith.addf %in, %in_216 : f16
      linalg.yield %437 : f16
    } -> tensor<1x8x32xf16>
    %262 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%261 : tensor<1x8x32xf16>) outs(%39 : tensor<1x8x32xf32>) {
    ^bb0(%in: f16, %out: f32):
      %437 = arith.extf %in : f16 to f32
      linalg.yield %437 : f32
    } -> tensor<1x8x32xf32>
    %263 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%262 : tensor<1x8x32xf32>) outs(%39 : tensor<1x8x32xf32>) {
    ^bb0(%in: f32, %out: f32):
      %437 = math.fpowi %in, %c2_i64 : f32, i64
      linalg.yield %437 : f32
    } -> tensor<1x8x32xf32>
    %264 = linalg.generic {indexing_maps = [#map1, #map11], iterator_types = ["parallel", "parallel", "reduction"]} ins(%263 : tensor<1x8x32xf32>) outs(%42 : tensor<1x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %437 = arith.addf %in, %out : f32
      linalg.yield %437 : f32
    } -> tensor<1x8x1xf32>
    %265 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%264 : tensor<1x8x1xf32>) outs(%27 : tensor<1x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %437 = arith.divf %in, %cst_31 : f32
      linalg.yield %437 : f32
    } -> tensor<1x8x1xf32>
    %266 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%265 : tensor<1x8x1xf32>) outs(%27 : tensor<1x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %437 = arith.truncf %cst_28 : f64 to f32
      %438 = arith.addf %in, %437 : f32
      linalg.yield %438 : f32
    } -> tensor<1x8x1xf32>
    %267 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%266 : tensor<1x8x1xf32>) outs(%27 : tensor<1x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %437 = math.rsqrt %in : f32
      linalg.yield %437 : f32
    } -> tensor<1x8x1xf32>
    %268 = linalg.generic {indexing_maps = [#map1, #map11, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%262, %267 : tensor<1x8x32xf32>, tensor<1x8x1xf32>) outs(%39 : tensor<1x8x32xf32>) {
    ^bb0(%in: f32, %in_216: f32, %out: f32):
      %437 = arith.mulf %in, %in_216 : f32
      linalg.yield %437 : f32
    } -> tensor<1x8x32xf32>
    %269 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%268 : tensor<1x8x32xf32>) outs(%0 : tensor<1x8x32xf16>) {
    ^bb0(%in: f32, %out: f16):
      %437 = arith.truncf %in : f32 to f16
      linalg.yield %437 : f16
    } -> tensor<1x8x32xf16>
    %270 = linalg.generic {indexing_maps = [#map12, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%cst_16, %269 : tensor<32xf16>, tensor<1x8x32xf16>) outs(%0 : tensor<1x8x32xf16>) {
    ^bb0(%in: f16, %in_216: f16, %out: f16):
      %437 = arith.mulf %in, %in_216 : f16
      linalg.yield %437 : f16
    } -> tensor<1x8x32xf16>
    %271 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%cst_59 : tensor<2x4xi32>) outs(%50 : tensor<2x4x8xi32>) {
    ^bb0(%in: i32, %out: i32):
      linalg.yield %in : i32
    } -> tensor<2x4x8xi32>
    %expanded_154 = tensor.expand_shape %cst_58 [[0, 1]] output_shape [1, 8] : tensor<8xi32> into tensor<1x8xi32>
    %272 = linalg.generic {indexing_maps = [#map1, #map13, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%271, %expanded_154 : tensor<2x4x8xi32>, tensor<1x8xi32>) outs(%50 : tensor<2x4x8xi32>) {
    ^bb0(%in: i32, %in_216: i32, %out: i32):
      %437 = arith.shrsi %in, %in_216 : i32
      linalg.yield %437 : i32
    } -> tensor<2x4x8xi32>
    %273 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%272 : tensor<2x4x8xi32>) outs(%53 : tensor<2x4x8xi8>) {
    ^bb0(%in: i32, %out: i8):
      %437 = arith.trunci %in : i32 to i8
      linalg.yield %437 : i8
    } -> tensor<2x4x8xi8>
    %274 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%273 : tensor<2x4x8xi8>) outs(%53 : tensor<2x4x8xi8>) {
    ^bb0(%in: i8, %out: i8):
      %437 = arith.andi %in, %c15_i8 : i8
      linalg.yield %437 : i8
    } -> tensor<2x4x8xi8>
    %275 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%274 : tensor<2x4x8xi8>) outs(%53 : tensor<2x4x8xi8>) {
    ^bb0(%in: i8, %out: i8):
      %437 = arith.addi %in, %c1_i8 : i8
      linalg.yield %437 : i8
    } -> tensor<2x4x8xi8>
    %collapsed_155 = tensor.collapse_shape %275 [[0], [1, 2]] : tensor<2x4x8xi8> into tensor<2x32xi8>
    %276 = linalg.generic {indexing_maps = [#map14, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%cst_57 : tensor<4x32xi32>) outs(%57 : tensor<4x8x32xi32>) {
    ^bb0(%in: i32, %out: i32):
      linalg.yield %in : i32
    } -> tensor<4x8x32xi32>
    %expanded_156 = tensor.expand_shape %cst_58 [[0, 1]] output_shape [8, 1] : tensor<8xi32> into tensor<8x1xi32>
    %277 = linalg.generic {indexing_maps = [#map1, #map15, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%276, %expanded_156 : tensor<4x8x32xi32>, tensor<8x1xi32>) outs(%57 : tensor<4x8x32xi32>) {
    ^bb0(%in: i32, %in_216: i32, %out: i32):
      %437 = arith.shrsi %in, %in_216 : i32
      linalg.yield %437 : i32
    } -> tensor<4x8x32xi32>
    %278 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%277 : tensor<4x8x32xi32>) outs(%60 : tensor<4x8x32xi8>) {
    ^bb0(%in: i32, %out: i8):
      %437 = arith.trunci %in : i32 to i8
      linalg.yield %437 : i8
    } -> tensor<4x8x32xi8>
    %279 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%278 : tensor<4x8x32xi8>) outs(%60 : tensor<4x8x32xi8>) {
    ^bb0(%in: i8, %out: i8):
      %437 = arith.andi %in, %c15_i8 : i8
      linalg.yield %437 : i8
    } -> tensor<4x8x32xi8>
    %collapsed_157 = tensor.collapse_shape %279 [[0, 1], [2]] : tensor<4x8x32xi8> into tensor<32x32xi8>
    %280 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel"]} ins(%cst_56 : tensor<32xi32>) outs(%63 : tensor<32xi64>) {
    ^bb0(%in: i32, %out: i64):
      %437 = arith.extsi %in : i32 to i64
      linalg.yield %437 : i64
    } -> tensor<32xi64>
    %281 = linalg.generic {indexing_maps = [#map16, #map3], iterator_types = ["parallel", "parallel"]} ins(%280 : tensor<32xi64>) outs(%65 : tensor<32x32xf16>) {
    ^bb0(%in: i64, %out: f16):
      %437 = arith.cmpi slt, %in, %c0_i64 : i64
      %438 = arith.addi %in, %c2_i64 : i64
      %439 = arith.select %437, %438, %in : i64
      %440 = arith.index_cast %439 : i64 to index
      %441 = linalg.index 1 : index
      %extracted = tensor.extract %cst_15[%440, %441] : tensor<2x32xf16>
      linalg.yield %extracted : f16
    } -> tensor<32x32xf16>
    %282 = linalg.generic {indexing_maps = [#map16, #map3], iterator_types = ["parallel", "parallel"]} ins(%280 : tensor<32xi64>) outs(%67 : tensor<32x32xi8>) {
    ^bb0(%in: i64, %out: i8):
      %437 = arith.cmpi slt, %in, %c0_i64 : i64
      %438 = arith.addi %in, %c2_i64 : i64
      %439 = arith.select %437, %438, %in : i64
      %440 = arith.index_cast %439 : i64 to index
      %441 = linalg.index 1 : index
      %extracted = tensor.extract %collapsed_155[%440, %441] : tensor<2x32xi8>
      linalg.yield %extracted : i8
    } -> tensor<32x32xi8>
    %283 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%collapsed_157, %282 : tensor<32x32xi8>, tensor<32x32xi8>) outs(%67 : tensor<32x32xi8>) {
    ^bb0(%in: i8, %in_216: i8, %out: i8):
      %437 = arith.subi %in, %in_216 : i8
      linalg.yield %437 : i8
    } -> tensor<32x32xi8>
    %284 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%281, %283 : tensor<32x32xf16>, tensor<32x32xi8>) outs(%65 : tensor<32x32xf16>) {
    ^bb0(%in: f16, %in_216: i8, %out: f16):
      %437 = arith.sitofp %in_216 : i8 to f16
      %438 = arith.mulf %in, %437 : f16
      linalg.yield %438 : f16
    } -> tensor<32x32xf16>
    %collapsed_158 = tensor.collapse_shape %270 [[0, 1], [2]] : tensor<1x8x32xf16> into tensor<8x32xf16>
    %285 = linalg.matmul ins(%collapsed_158, %284 : tensor<8x32xf16>, tensor<32x32xf16>) outs(%72 : tensor<8x32xf32>) -> tensor<8x32xf32>
    %286 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%285 : tensor<8x32xf32>) outs(%74 : tensor<8x32xf16>) {
    ^bb0(%in: f32, %out: f16):
      %437 = arith.truncf %in : f32 to f16
      linalg.yield %437 : f16
    } -> tensor<8x32xf16>
    %expanded_159 = tensor.expand_shape %286 [[0, 1], [2, 3]] output_shape [1, 8, 4, 8] : tensor<8x32xf16> into tensor<1x8x4x8xf16>
    %transposed_160 = linalg.transpose ins(%expanded_159 : tensor<1x8x4x8xf16>) outs(%76 : tensor<1x4x8x8xf16>) permutation = [0, 2, 1, 3] 
    %287 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%cst_55 : tensor<2x2xi32>) outs(%77 : tensor<2x2x8xi32>) {
    ^bb0(%in: i32, %out: i32):
      linalg.yield %in : i32
    } -> tensor<2x2x8xi32>
    %expanded_161 = tensor.expand_shape %cst_54 [[0, 1]] output_shape [1, 8] : tensor<8xi32> into tensor<1x8xi32>
    %288 = linalg.generic {indexing_maps = [#map1, #map13, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%287, %expanded_161 : tensor<2x2x8xi32>, tensor<1x8xi32>) outs(%77 : tensor<2x2x8xi32>) {
    ^bb0(%in: i32, %in_216: i32, %out: i32):
      %437 = arith.shrsi %in, %in_216 : i32
      linalg.yield %437 : i32
    } -> tensor<2x2x8xi32>
    %289 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%288 : tensor<2x2x8xi32>) outs(%80 : tensor<2x2x8xi8>) {
    ^bb0(%in: i32, %out: i8):
      %437 = arith.trunci %in : i32 to i8
      linalg.yield %437 : i8
    } -> tensor<2x2x8xi8>
    %290 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%289 : tensor<2x2x8xi8>) outs(%80 : tensor<2x2x8xi8>) {
    ^bb0(%in: i8, %out: i8):
      %437 = arith.andi %in, %c15_i8 : i8
      linalg.yield %437 : i8
    } -> tensor<2x2x8xi8>
    %291 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%290 : tensor<2x2x8xi8>) outs(%80 : tensor<2x2x8xi8>) {
    ^bb0(%in: i8, %out: i8):
      %437 = arith.addi %in, %c1_i8 : i8
      linalg.yield %437 : i8
    } -> tensor<2x2x8xi8>
    %collapsed_162 = tensor.collapse_shape %291 [[0], [1, 2]] : tensor<2x2x8xi8> into tensor<2x16xi8>
    %292 = linalg.generic {indexing_maps = [#map14, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%cst_53 : tensor<4x16xi32>) outs(%84 : tensor<4x8x16xi32>) {
    ^bb0(%in: i32, %out: i32):
      linalg.yield %in : i32
    } -> tensor<4x8x16xi32>
    %expanded_163 = tensor.expand_shape %cst_54 [[0, 1]] output_shape [8, 1] : tensor<8xi32> into tensor<8x1xi32>
    %293 = linalg.generic {indexing_maps = [#map1, #map15, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%292, %expanded_163 : tensor<4x8x16xi32>, tensor<8x1xi32>) outs(%84 : tensor<4x8x16xi32>) {
    ^bb0(%in: i32, %in_216: i32, %out: i32):
      %437 = arith.shrsi %in, %in_216 : i32
      linalg.yield %437 : i32
    } -> tensor<4x8x16xi32>
    %294 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%293 : tensor<4x8x16xi32>) outs(%87 : tensor<4x8x16xi8>) {
    ^bb0(%in: i32, %out: i8):
      %437 = arith.trunci %in : i32 to i8
      linalg.yield %437 : i8
    } -> tensor<4x8x16xi8>
    %295 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%294 : tensor<4x8x16xi8>) outs(%87 : tensor<4x8x16xi8>) {
    ^bb0(%in: i8, %out: i8):
      %437 = arith.andi %in, %c15_i8 : i8
      linalg.yield %437 : i8
    } -> tensor<4x8x16xi8>
    %collapsed_164 = tensor.collapse_shape %295 [[0, 1], [2]] : tensor<4x8x16xi8> into tensor<32x16xi8>
    %296 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel"]} ins(%cst_52 : tensor<32xi32>) outs(%63 : tensor<32xi64>) {
    ^bb0(%in: i32, %out: i64):
      %437 = arith.extsi %in : i32 to i64
      linalg.yield %437 : i64
    } -> tensor<32xi64>
    %297 = linalg.generic {indexing_maps = [#map16, #map3], iterator_types = ["parallel", "parallel"]} ins(%296 : tensor<32xi64>) outs(%91 : tensor<32x16xf16>) {
    ^bb0(%in: i64, %out: f16):
      %437 = arith.cmpi slt, %in, %c0_i64 : i64
      %438 = arith.addi %in, %c2_i64 : i64
      %439 = arith.select %437, %438, %in : i64
      %440 = arith.index_cast %439 : i64 to index
      %441 = linalg.index 1 : index
      %extracted = tensor.extract %cst_14[%440, %441] : tensor<2x16xf16>
      linalg.yield %extracted : f16
    } -> tensor<32x16xf16>
    %298 = linalg.generic {indexing_maps = [#map16, #map3], iterator_types = ["parallel", "parallel"]} ins(%296 : tensor<32xi64>) outs(%93 : tensor<32x16xi8>) {
    ^bb0(%in: i64, %out: i8):
      %437 = arith.cmpi slt, %in, %c0_i64 : i64
      %438 = arith.addi %in, %c2_i64 : i64
      %439 = arith.select %437, %438, %in : i64
      %440 = arith.index_cast %439 : i64 to index
      %441 = linalg.index 1 : index
      %extracted = tensor.extract %collapsed_162[%440, %441] : tensor<2x16xi8>
      linalg.yield %extracted : i8
    } -> tensor<32x16xi8>
    %299 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%collapsed_164, %298 : tensor<32x16xi8>, tensor<32x16xi8>) outs(%93 : tensor<32x16xi8>) {
    ^bb0(%in: i8, %in_216: i8, %out: i8):
      %437 = arith.subi %in, %in_216 : i8
      linalg.yield %437 : i8
    } -> tensor<32x16xi8>
    %300 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%297, %299 : tensor<32x16xf16>, tensor<32x16xi8>) outs(%91 : tensor<32x16xf16>) {
    ^bb0(%in: f16, %in_216: i8, %out: f16):
      %437 = arith.sitofp %in_216 : i8 to f16
      %438 = arith.mulf %in, %437 : f16
      linalg.yield %438 : f16
    } -> tensor<32x16xf16>
    %301 = linalg.matmul ins(%collapsed_158, %300 : tensor<8x32xf16>, tensor<32x16xf16>) outs(%98 : tensor<8x16xf32>) -> tensor<8x16xf32>
    %302 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%301 : tensor<8x16xf32>) outs(%100 : tensor<8x16xf16>) {
    ^bb0(%in: f32, %out: f16):
      %437 = arith.truncf %in : f32 to f16
      linalg.yield %437 : f16
    } -> tensor<8x16xf16>
    %expanded_165 = tensor.expand_shape %302 [[0, 1], [2, 3]] output_shape [1, 8, 2, 8] : tensor<8x16xf16> into tensor<1x8x2x8xf16>
    %transposed_166 = linalg.transpose ins(%expanded_165 : tensor<1x8x2x8xf16>) outs(%102 : tensor<1x2x8x8xf16>) permutation = [0, 2, 1, 3] 
    %303 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%cst_51 : tensor<2x2xi32>) outs(%77 : tensor<2x2x8xi32>) {
    ^bb0(%in: i32, %out: i32):
      linalg.yield %in : i32
    } -> tensor<2x2x8xi32>
    %expanded_167 = tensor.expand_shape %cst_50 [[0, 1]] output_shape [1, 8] : tensor<8xi32> into tensor<1x8xi32>
    %304 = linalg.generic {indexing_maps = [#map1, #map13, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%303, %expanded_167 : tensor<2x2x8xi32>, tensor<1x8xi32>) outs(%77 : tensor<2x2x8xi32>) {
    ^bb0(%in: i32, %in_216: i32, %out: i32):
      %437 = arith.shrsi %in, %in_216 : i32
      linalg.yield %437 : i32
    } -> tensor<2x2x8xi32>
    %305 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%304 : tensor<2x2x8xi32>) outs(%80 : tensor<2x2x8xi8>) {
    ^bb0(%in: i32, %out: i8):
      %437 = arith.trunci %in : i32 to i8
      linalg.yield %437 : i8
    } -> tensor<2x2x8xi8>
    %306 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%305 : tensor<2x2x8xi8>) outs(%80 : tensor<2x2x8xi8>) {
    ^bb0(%in: i8, %out: i8):
      %437 = arith.andi %in, %c15_i8 : i8
      linalg.yield %437 : i8
    } -> tensor<2x2x8xi8>
    %307 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%306 : tensor<2x2x8xi8>) outs(%80 : tensor<2x2x8xi8>) {
    ^bb0(%in: i8, %out: i8):
      %437 = arith.addi %in, %c1_i8 : i8
      linalg.yield %437 : i8
    } -> tensor<2x2x8xi8>
    %collapsed_168 = tensor.collapse_shape %307 [[0], [1, 2]] : tensor<2x2x8xi8> into tensor<2x16xi8>
    %308 = linalg.generic {indexing_maps = [#map14, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%cst_49 : tensor<4x16xi32>) outs(%84 : tensor<4x8x16xi32>) {
    ^bb0(%in: i32, %out: i32):
      linalg.yield %in : i32
    } -> tensor<4x8x16xi32>
    %expanded_169 = tensor.expand_shape %cst_50 [[0, 1]] output_shape [8, 1] : tensor<8xi32> into tensor<8x1xi32>
    %309 = linalg.generic {indexing_maps = [#map1, #map15, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%308, %expanded_169 : tensor<4x8x16xi32>, tensor<8x1xi32>) outs(%84 : tensor<4x8x16xi32>) {
    ^bb0(%in: i32, %in_216: i32, %out: i32):
      %437 = arith.shrsi %in, %in_216 : i32
      linalg.yield %437 : i32
    } -> tensor<4x8x16xi32>
    %310 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%309 : tensor<4x8x16xi32>) outs(%87 : tensor<4x8x16xi8>) {
    ^bb0(%in: i32, %out: i8):
      %437 = arith.trunci %in : i32 to i8
      linalg.yield %437 : i8
    } -> tensor<4x8x16xi8>
    %311 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%310 : tensor<4x8x16xi8>) outs(%87 : tensor<4x8x16xi8>) {
    ^bb0(%in: i8, %out: i8):
      %437 = arith.andi %in, %c15_i8 : i8
      linalg.yield %437 : i8
    } -> tensor<4x8x16xi8>
    %collapsed_170 = tensor.collapse_shape %311 [[0, 1], [2]] : tensor<4x8x16xi8> into tensor<32x16xi8>
    %312 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel"]} ins(%cst_48 : tensor<32xi32>) outs(%63 : tensor<32xi64>) {
    ^bb0(%in: i32, %out: i64):
      %437 = arith.extsi %in : i32 to i64
      linalg.yield %437 : i64
    } -> tensor<32xi64>
    %313 = linalg.generic {indexing_maps = [#map16, #map3], iterator_types = ["parallel", "parallel"]} ins(%312 : tensor<32xi64>) outs(%91 : tensor<32x16xf16>) {
    ^bb0(%in: i64, %out: f16):
      %437 = arith.cmpi slt, %in, %c0_i64 : i64
      %438 = arith.addi %in, %c2_i64 : i64
      %439 = arith.select %437, %438, %in : i64
      %440 = arith.index_cast %439 : i64 to index
      %441 = linalg.index 1 : index
      %extracted = tensor.extract %cst_13[%440, %441] : tensor<2x16xf16>
      linalg.yield %extracted : f16
    } -> tensor<32x16xf16>
    %314 = linalg.generic {indexing_maps = [#map16, #map3], iterator_types = ["parallel", "parallel"]} ins(%312 : tensor<32xi64>) outs(%93 : tensor<32x16xi8>) {
    ^bb0(%in: i64, %out: i8):
      %437 = arith.cmpi slt, %in, %c0_i64 : i64
      %438 = arith.addi %in, %c2_i64 : i64
      %439 = arith.select %437, %438, %in : i64
      %440 = arith.index_cast %439 : i64 to index
      %441 = linalg.index 1 : index
      %extracted = tensor.extract %collapsed_168[%440, %441] : tensor<2x16xi8>
      linalg.yield %extracted : i8
    } -> tensor<32x16xi8>
    %315 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%collapsed_170, %314 : tensor<32x16xi8>, tensor<32x16xi8>) outs(%93 : tensor<32x16xi8>) {
    ^bb0(%in: i8, %in_216: i8, %out: i8):
      %437 = arith.subi %in, %in_216 : i8
      linalg.yield %437 : i8
    } -> tensor<32x16xi8>
    %316 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%313, %315 : tensor<32x16xf16>, tensor<32x16xi8>) outs(%91 : tensor<32x16xf16>) {
    ^bb0(%in: f16, %in_216: i8, %out: f16):
      %437 = arith.sitofp %in_216 : i8 to f16
      %438 = arith.mulf %in, %437 : f16
      linalg.yield %438 : f16
    } -> tensor<32x16xf16>
    %317 = linalg.matmul ins(%collapsed_158, %316 : tensor<8x32xf16>, tensor<32x16xf16>) outs(%98 : tensor<8x16xf32>) -> tensor<8x16xf32>
    %318 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%317 : tensor<8x16xf32>) outs(%100 : tensor<8x16xf16>) {
    ^bb0(%in: f32, %out: f16):
      %437 = arith.truncf %in : f32 to f16
      linalg.yield %437 : f16
    } -> tensor<8x16xf16>
    %expanded_171 = tensor.expand_shape %318 [[0, 1], [2, 3]] output_shape [1, 8, 2, 8] : tensor<8x16xf16> into tensor<1x8x2x8xf16>
    %transposed_172 = linalg.transpose ins(%expanded_171 : tensor<1x8x2x8xf16>) outs(%102 : tensor<1x2x8x8xf16>) permutation = [0, 2, 1, 3] 
    %319 = linalg.generic {indexing_maps = [#map6, #map17, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_160, %expanded_112 : tensor<1x4x8x8xf16>, tensor<1x1x8x8xf16>) outs(%76 : tensor<1x4x8x8xf16>) {
    ^bb0(%in: f16, %in_216: f16, %out: f16):
      %437 = arith.mulf %in, %in_216 : f16
      linalg.yield %437 : f16
    } -> tensor<1x4x8x8xf16>
    %extracted_slice_173 = tensor.extract_slice %transposed_160[0, 0, 0, 0] [1, 4, 8, 4] [1, 1, 1, 1] : tensor<1x4x8x8xf16> to tensor<1x4x8x4xf16>
    %extracted_slice_174 = tensor.extract_slice %transposed_160[0, 0, 0, 4] [1, 4, 8, 4] [1, 1, 1, 1] : tensor<1x4x8x8xf16> to tensor<1x4x8x4xf16>
    %320 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_174 : tensor<1x4x8x4xf16>) outs(%120 : tensor<1x4x8x4xf16>) {
    ^bb0(%in: f16, %out: f16):
      %437 = arith.negf %in : f16
      linalg.yield %437 : f16
    } -> tensor<1x4x8x4xf16>
    %concat_175 = tensor.concat dim(3) %320, %extracted_slice_173 : (tensor<1x4x8x4xf16>, tensor<1x4x8x4xf16>) -> tensor<1x4x8x8xf16>
    %321 = linalg.generic {indexing_maps = [#map6, #map17, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%concat_175, %expanded_113 : tensor<1x4x8x8xf16>, tensor<1x1x8x8xf16>) outs(%76 : tensor<1x4x8x8xf16>) {
    ^bb0(%in: f16, %in_216: f16, %out: f16):
      %437 = arith.mulf %in, %in_216 : f16
      linalg.yield %437 : f16
    } -> tensor<1x4x8x8xf16>
    %322 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%319, %321 : tensor<1x4x8x8xf16>, tensor<1x4x8x8xf16>) outs(%76 : tensor<1x4x8x8xf16>) {
    ^bb0(%in: f16, %in_216: f16, %out: f16):
      %437 = arith.addf %in, %in_216 : f16
      linalg.yield %437 : f16
    } -> tensor<1x4x8x8xf16>
    %323 = linalg.generic {indexing_maps = [#map6, #map17, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_166, %expanded_112 : tensor<1x2x8x8xf16>, tensor<1x1x8x8xf16>) outs(%102 : tensor<1x2x8x8xf16>) {
    ^bb0(%in: f16, %in_216: f16, %out: f16):
      %437 = arith.mulf %in, %in_216 : f16
      linalg.yield %437 : f16
    } -> tensor<1x2x8x8xf16>
    %extracted_slice_176 = tensor.extract_slice %transposed_166[0, 0, 0, 0] [1, 2, 8, 4] [1, 1, 1, 1] : tensor<1x2x8x8xf16> to tensor<1x2x8x4xf16>
    %extracted_slice_177 = tensor.extract_slice %transposed_166[0, 0, 0, 4] [1, 2, 8, 4] [1, 1, 1, 1] : tensor<1x2x8x8xf16> to tensor<1x2x8x4xf16>
    %324 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_177 : tensor<1x2x8x4xf16>) outs(%125 : tensor<1x2x8x4xf16>) {
    ^bb0(%in: f16, %out: f16):
      %437 = arith.negf %in : f16
      linalg.yield %437 : f16
    } -> tensor<1x2x8x4xf16>
    %concat_178 = tensor.concat dim(3) %324, %extracted_slice_176 : (tensor<1x2x8x4xf16>, tensor<1x2x8x4xf16>) -> tensor<1x2x8x8xf16>
    %325 = linalg.generic {indexing_maps = [#map6, #map17, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%concat_178, %expanded_113 : tensor<1x2x8x8xf16>, tensor<1x1x8x8xf16>) outs(%102 : tensor<1x2x8x8xf16>) {
    ^bb0(%in: f16, %in_216: f16, %out: f16):
      %437 = arith.mulf %in, %in_216 : f16
      linalg.yield %437 : f16
    } -> tensor<1x2x8x8xf16>
    %326 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%323, %325 : tensor<1x2x8x8xf16>, tensor<1x2x8x8xf16>) outs(%102 : tensor<1x2x8x8xf16>) {
    ^bb0(%in: f16, %in_216: f16, %out: f16):
      %437 = arith.addf %in, %in_216 : f16
      linalg.yield %437 : f16
    } -> tensor<1x2x8x8xf16>
    %327 = linalg.generic {indexing_maps = [#map18, #map19], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%326 : tensor<1x2x8x8xf16>) outs(%129 : tensor<1x2x2x8x8xf16>) {
    ^bb0(%in: f16, %out: f16):
      linalg.yield %in : f16
    } -> tensor<1x2x2x8x8xf16>
    %collapsed_179 = tensor.collapse_shape %327 [[0], [1, 2], [3], [4]] : tensor<1x2x2x8x8xf16> into tensor<1x4x8x8xf16>
    %328 = linalg.generic {indexing_maps = [#map18, #map19], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%transposed_172 : tensor<1x2x8x8xf16>) outs(%129 : tensor<1x2x2x8x8xf16>) {
    ^bb0(%in: f16, %out: f16):
      linalg.yield %in : f16
    } -> tensor<1x2x2x8x8xf16>
    %collapsed_180 = tensor.collapse_shape %328 [[0], [1, 2], [3], [4]] : tensor<1x2x2x8x8xf16> into tensor<1x4x8x8xf16>
    %329 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%322 : tensor<1x4x8x8xf16>) outs(%134 : tensor<1x4x8x8xf32>) {
    ^bb0(%in: f16, %out: f32):
      %437 = arith.extf %in : f16 to f32
      linalg.yield %437 : f32
    } -> tensor<1x4x8x8xf32>
    %330 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%collapsed_179 : tensor<1x4x8x8xf16>) outs(%134 : tensor<1x4x8x8xf32>) {
    ^bb0(%in: f16, %out: f32):
      %437 = arith.extf %in : f16 to f32
      linalg.yield %437 : f32
    } -> tensor<1x4x8x8xf32>
    %331 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%collapsed_180 : tensor<1x4x8x8xf16>) outs(%134 : tensor<1x4x8x8xf32>) {
    ^bb0(%in: f16, %out: f32):
      %437 = arith.extf %in : f16 to f32
      linalg.yield %437 : f32
    } -> tensor<1x4x8x8xf32>
    %332 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%329 : tensor<1x4x8x8xf32>) outs(%134 : tensor<1x4x8x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %437 = arith.truncf %cst_22 : f64 to f32
      %438 = arith.mulf %in, %437 : f32
      linalg.yield %438 : f32
    } -> tensor<1x4x8x8xf32>
    %transposed_181 = linalg.transpose ins(%330 : tensor<1x4x8x8xf32>) outs(%134 : tensor<1x4x8x8xf32>) permutation = [0, 1, 3, 2] 
    %333 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_181 : tensor<1x4x8x8xf32>) outs(%134 : tensor<1x4x8x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %437 = arith.truncf %cst_22 : f64 to f32
      %438 = arith.mulf %in, %437 : f32
      linalg.yield %438 : f32
    } -> tensor<1x4x8x8xf32>
    %collapsed_182 = tensor.collapse_shape %332 [[0, 1], [2], [3]] : tensor<1x4x8x8xf32> into tensor<4x8x8xf32>
    %collapsed_183 = tensor.collapse_shape %333 [[0, 1], [2], [3]] : tensor<1x4x8x8xf32> into tensor<4x8x8xf32>
    %334 = linalg.batch_matmul ins(%collapsed_182, %collapsed_183 : tensor<4x8x8xf32>, tensor<4x8x8xf32>) outs(%141 : tensor<4x8x8xf32>) -> tensor<4x8x8xf32>
    %expanded_184 = tensor.expand_shape %334 [[0, 1], [2], [3]] output_shape [1, 4, 8, 8] : tensor<4x8x8xf32> into tensor<1x4x8x8xf32>
    %335 = linalg.generic {indexing_maps = [#map6, #map17, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_184, %133 : tensor<1x4x8x8xf32>, tensor<1x1x8x8xf16>) outs(%134 : tensor<1x4x8x8xf32>) {
    ^bb0(%in: f32, %in_216: f16, %out: f32):
      %437 = arith.extf %in_216 : f16 to f32
      %438 = arith.addf %in, %437 : f32
      linalg.yield %438 : f32
    } -> tensor<1x4x8x8xf32>
    %336:2 = linalg.generic {indexing_maps = [#map6, #map20, #map20], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%335 : tensor<1x4x8x8xf32>) outs(%147, %145 : tensor<1x4x8xf32>, tensor<1x4x8xi64>) {
    ^bb0(%in: f32, %out: f32, %out_216: i64):
      %437 = linalg.index 3 : index
      %438 = arith.index_cast %437 : index to i64
      %439 = arith.maximumf %in, %out : f32
      %440 = arith.cmpf ogt, %in, %out : f32
      %441 = arith.select %440, %438, %out_216 : i64
      linalg.yield %439, %441 : f32, i64
    } -> (tensor<1x4x8xf32>, tensor<1x4x8xi64>)
    %expanded_185 = tensor.expand_shape %336#0 [[0], [1], [2, 3]] output_shape [1, 4, 8, 1] : tensor<1x4x8xf32> into tensor<1x4x8x1xf32>
    %337 = linalg.generic {indexing_maps = [#map6, #map9, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%335, %expanded_185 : tensor<1x4x8x8xf32>, tensor<1x4x8x1xf32>) outs(%134 : tensor<1x4x8x8xf32>) {
    ^bb0(%in: f32, %in_216: f32, %out: f32):
      %437 = arith.subf %in, %in_216 : f32
      linalg.yield %437 : f32
    } -> tensor<1x4x8x8xf32>
    %338 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%337 : tensor<1x4x8x8xf32>) outs(%134 : tensor<1x4x8x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %437 = math.exp %in : f32
      linalg.yield %437 : f32
    } -> tensor<1x4x8x8xf32>
    %339 = linalg.generic {indexing_maps = [#map6, #map9], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%338 : tensor<1x4x8x8xf32>) outs(%152 : tensor<1x4x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %437 = arith.addf %in, %out : f32
      linalg.yield %437 : f32
    } -> tensor<1x4x8x1xf32>
    %340 = linalg.generic {indexing_maps = [#map6, #map9, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%338, %339 : tensor<1x4x8x8xf32>, tensor<1x4x8x1xf32>) outs(%134 : tensor<1x4x8x8xf32>) {
    ^bb0(%in: f32, %in_216: f32, %out: f32):
      %437 = arith.divf %in, %in_216 : f32
      linalg.yield %437 : f32
    } -> tensor<1x4x8x8xf32>
    %341 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%335 : tensor<1x4x8x8xf32>) outs(%155 : tensor<1x4x8x8xi1>) {
    ^bb0(%in: f32, %out: i1):
      %437 = arith.extf %in : f32 to f64
      %438 = arith.cmpf oeq, %437, %cst_23 : f64
      linalg.yield %438 : i1
    } -> tensor<1x4x8x8xi1>
    %342 = linalg.generic {indexing_maps = [#map6, #map9], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%341 : tensor<1x4x8x8xi1>) outs(%158 : tensor<1x4x8x1xi1>) {
    ^bb0(%in: i1, %out: i1):
      %437 = arith.andi %in, %out : i1
      linalg.yield %437 : i1
    } -> tensor<1x4x8x1xi1>
    %343 = linalg.generic {indexing_maps = [#map9, #map6, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%342, %cst_2, %340 : tensor<1x4x8x1xi1>, tensor<1x4x8x8xf32>, tensor<1x4x8x8xf32>) outs(%134 : tensor<1x4x8x8xf32>) {
    ^bb0(%in: i1, %in_216: f32, %in_217: f32, %out: f32):
      %437 = arith.select %in, %in_216, %in_217 : f32
      linalg.yield %437 : f32
    } -> tensor<1x4x8x8xf32>
    %collapsed_186 = tensor.collapse_shape %343 [[0, 1], [2], [3]] : tensor<1x4x8x8xf32> into tensor<4x8x8xf32>
    %collapsed_187 = tensor.collapse_shape %331 [[0, 1], [2], [3]] : tensor<1x4x8x8xf32> into tensor<4x8x8xf32>
    %344 = linalg.batch_matmul ins(%collapsed_186, %collapsed_187 : tensor<4x8x8xf32>, tensor<4x8x8xf32>) outs(%141 : tensor<4x8x8xf32>) -> tensor<4x8x8xf32>
    %expanded_188 = tensor.expand_shape %344 [[0, 1], [2], [3]] output_shape [1, 4, 8, 8] : tensor<4x8x8xf32> into tensor<1x4x8x8xf32>
    %345 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_188 : tensor<1x4x8x8xf32>) outs(%76 : tensor<1x4x8x8xf16>) {
    ^bb0(%in: f32, %out: f16):
      %437 = arith.truncf %in : f32 to f16
      linalg.yield %437 : f16
    } -> tensor<1x4x8x8xf16>
    %transposed_189 = linalg.transpose ins(%345 : tensor<1x4x8x8xf16>) outs(%163 : tensor<1x8x4x8xf16>) permutation = [0, 2, 1, 3] 
    %346 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%cst_47 : tensor<2x4xi32>) outs(%50 : tensor<2x4x8xi32>) {
    ^bb0(%in: i32, %out: i32):
      linalg.yield %in : i32
    } -> tensor<2x4x8xi32>
    %expanded_190 = tensor.expand_shape %cst_46 [[0, 1]] output_shape [1, 8] : tensor<8xi32> into tensor<1x8xi32>
    %347 = linalg.generic {indexing_maps = [#map1, #map13, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%346, %expanded_190 : tensor<2x4x8xi32>, tensor<1x8xi32>) outs(%50 : tensor<2x4x8xi32>) {
    ^bb0(%in: i32, %in_216: i32, %out: i32):
      %437 = arith.shrsi %in, %in_216 : i32
      linalg.yield %437 : i32
    } -> tensor<2x4x8xi32>
    %348 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%347 : tensor<2x4x8xi32>) outs(%53 : tensor<2x4x8xi8>) {
    ^bb0(%in: i32, %out: i8):
      %437 = arith.trunci %in : i32 to i8
      linalg.yield %437 : i8
    } -> tensor<2x4x8xi8>
    %349 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%348 : tensor<2x4x8xi8>) outs(%53 : tensor<2x4x8xi8>) {
    ^bb0(%in: i8, %out: i8):
      %437 = arith.andi %in, %c15_i8 : i8
      linalg.yield %437 : i8
    } -> tensor<2x4x8xi8>
    %350 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%349 : tensor<2x4x8xi8>) outs(%53 : tensor<2x4x8xi8>) {
    ^bb0(%in: i8, %out: i8):
      %437 = arith.addi %in, %c1_i8 : i8
      linalg.yield %437 : i8
    } -> tensor<2x4x8xi8>
    %collapsed_191 = tensor.collapse_shape %350 [[0], [1, 2]] : tensor<2x4x8xi8> into tensor<2x32xi8>
    %351 = linalg.generic {indexing_maps = [#map14, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%cst_45 : tensor<4x32xi32>) outs(%57 : tensor<4x8x32xi32>) {
    ^bb0(%in: i32, %out: i32):
      linalg.yield %in : i32
    } -> tensor<4x8x32xi32>
    %expanded_192 = tensor.expand_shape %cst_46 [[0, 1]] output_shape [8, 1] : tensor<8xi32> into tensor<8x1xi32>
    %352 = linalg.generic {indexing_maps = [#map1, #map15, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%351, %expanded_192 : tensor<4x8x32xi32>, tensor<8x1xi32>) outs(%57 : tensor<4x8x32xi32>) {
    ^bb0(%in: i32, %in_216: i32, %out: i32):
      %437 = arith.shrsi %in, %in_216 : i32
      linalg.yield %437 : i32
    } -> tensor<4x8x32xi32>
    %353 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%352 : tensor<4x8x32xi32>) outs(%60 : tensor<4x8x32xi8>) {
    ^bb0(%in: i32, %out: i8):
      %437 = arith.trunci %in : i32 to i8
      linalg.yield %437 : i8
    } -> tensor<4x8x32xi8>
    %354 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%353 : tensor<4x8x32xi8>) outs(%60 : tensor<4x8x32xi8>) {
    ^bb0(%in: i8, %out: i8):
      %437 = arith.andi %in, %c15_i8 : i8
      linalg.yield %437 : i8
    } -> tensor<4x8x32xi8>
    %collapsed_193 = tensor.collapse_shape %354 [[0, 1], [2]] : tensor<4x8x32xi8> into tensor<32x32xi8>
    %355 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel"]} ins(%cst_44 : tensor<32xi32>) outs(%63 : tensor<32xi64>) {
    ^bb0(%in: i32, %out: i64):
      %437 = arith.extsi %in : i32 to i64
      linalg.yield %437 : i64
    } -> tensor<32xi64>
    %356 = linalg.generic {indexing_maps = [#map16, #map3], iterator_types = ["parallel", "parallel"]} ins(%355 : tensor<32xi64>) outs(%65 : tensor<32x32xf16>) {
    ^bb0(%in: i64, %out: f16):
      %437 = arith.cmpi slt, %in, %c0_i64 : i64
      %438 = arith.addi %in, %c2_i64 : i64
      %439 = arith.select %437, %438, %in : i64
      %440 = arith.index_cast %439 : i64 to index
      %441 = linalg.index 1 : index
      %extracted = tensor.extract %cst_12[%440, %441] : tensor<2x32xf16>
      linalg.yield %extracted : f16
    } -> tensor<32x32xf16>
    %357 = linalg.generic {indexing_maps = [#map16, #map3], iterator_types = ["parallel", "parallel"]} ins(%355 : tensor<32xi64>) outs(%67 : tensor<32x32xi8>) {
    ^bb0(%in: i64, %out: i8):
      %437 = arith.cmpi slt, %in, %c0_i64 : i64
      %438 = arith.addi %in, %c2_i64 : i64
      %439 = arith.select %437, %438, %in : i64
      %440 = arith.index_cast %439 : i64 to index
      %441 = linalg.index 1 : index
      %extracted = tensor.extract %collapsed_191[%440, %441] : tensor<2x32xi8>
      linalg.yield %extracted : i8
    } -> tensor<32x32xi8>
    %358 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%collapsed_193, %357 : tensor<32x32xi8>, tensor<32x32xi8>) outs(%67 : tensor<32x32xi8>) {
    ^bb0(%in: i8, %in_216: i8, %out: i8):
      %437 = arith.subi %in, %in_216 : i8
      linalg.yield %437 : i8
    } -> tensor<32x32xi8>
    %359 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%356, %358 : tensor<32x32xf16>, tensor<32x32xi8>) outs(%65 : tensor<32x32xf16>) {
    ^bb0(%in: f16, %in_216: i8, %out: f16):
      %437 = arith.sitofp %in_216 : i8 to f16
      %438 = arith.mulf %in, %437 : f16
      linalg.yield %438 : f16
    } -> tensor<32x32xf16>
    %collapsed_194 = tensor.collapse_shape %transposed_189 [[0, 1], [2, 3]] : tensor<1x8x4x8xf16> into tensor<8x32xf16>
    %360 = linalg.matmul ins(%collapsed_194, %359 : tensor<8x32xf16>, tensor<32x32xf16>) outs(%72 : tensor<8x32xf32>) -> tensor<8x32xf32>
    %361 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%360 : tensor<8x32xf32>) outs(%74 : tensor<8x32xf16>) {
    ^bb0(%in: f32, %out: f16):
      %437 = arith.truncf %in : f32 to f16
      linalg.yield %437 : f16
    } -> tensor<8x32xf16>
    %expanded_195 = tensor.expand_shape %361 [[0, 1], [2]] output_shape [1, 8, 32] : tensor<8x32xf16> into tensor<1x8x32xf16>
    %362 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%261, %expanded_195 : tensor<1x8x32xf16>, tensor<1x8x32xf16>) outs(%0 : tensor<1x8x32xf16>) {
    ^bb0(%in: f16, %in_216: f16, %out: f16):
      %437 = arith.addf %in, %in_216 : f16
      linalg.yield %437 : f16
    } -> tensor<1x8x32xf16>
    %363 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%362 : tensor<1x8x32xf16>) outs(%39 : tensor<1x8x32xf32>) {
    ^bb0(%in: f16, %out: f32):
      %437 = arith.extf %in : f16 to f32
      linalg.yield %437 : f32
    } -> tensor<1x8x32xf32>
    %364 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%363 : tensor<1x8x32xf32>) outs(%39 : tensor<1x8x32xf32>) {
    ^bb0(%in: f32, %out: f32):
      %437 = math.fpowi %in, %c2_i64 : f32, i64
      linalg.yield %437 : f32
    } -> tensor<1x8x32xf32>
    %365 = linalg.generic {indexing_maps = [#map1, #map11], iterator_types = ["parallel", "parallel", "reduction"]} ins(%364 : tensor<1x8x32xf32>) outs(%42 : tensor<1x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %437 = arith.addf %in, %out : f32
      linalg.yield %437 : f32
    } -> tensor<1x8x1xf32>
    %366 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%365 : tensor<1x8x1xf32>) outs(%27 : tensor<1x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %437 = arith.divf %in, %cst_31 : f32
      linalg.yield %437 : f32
    } -> tensor<1x8x1xf32>
    %367 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%366 : tensor<1x8x1xf32>) outs(%27 : tensor<1x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %437 = arith.truncf %cst_28 : f64 to f32
      %438 = arith.addf %in, %437 : f32
      linalg.yield %438 : f32
    } -> tensor<1x8x1xf32>
    %368 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%367 : tensor<1x8x1xf32>) outs(%27 : tensor<1x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %437 = math.rsqrt %in : f32
      linalg.yield %437 : f32
    } -> tensor<1x8x1xf32>
    %369 = linalg.generic {indexing_maps = [#map1, #map11, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%363, %368 : tensor<1x8x32xf32>, tensor<1x8x1xf32>) outs(%39 : tensor<1x8x32xf32>) {
    ^bb0(%in: f32, %in_216: f32, %out: f32):
      %437 = arith.mulf %in, %in_216 : f32
      linalg.yield %437 : f32
    } -> tensor<1x8x32xf32>
    %370 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%369 : tensor<1x8x32xf32>) outs(%0 : tensor<1x8x32xf16>) {
    ^bb0(%in: f32, %out: f16):
      %437 = arith.truncf %in : f32 to f16
      linalg.yield %437 : f16
    } -> tensor<1x8x32xf16>
    %371 = linalg.generic {indexing_maps = [#map12, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%cst_11, %370 : tensor<32xf16>, tensor<1x8x32xf16>) outs(%0 : tensor<1x8x32xf16>) {
    ^bb0(%in: f16, %in_216: f16, %out: f16):
      %437 = arith.mulf %in, %in_216 : f16
      linalg.yield %437 : f16
    } -> tensor<1x8x32xf16>
    %372 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%cst_43 : tensor<2x8xi32>) outs(%190 : tensor<2x8x8xi32>) {
    ^bb0(%in: i32, %out: i32):
      linalg.yield %in : i32
    } -> tensor<2x8x8xi32>
    %expanded_196 = tensor.expand_shape %cst_42 [[0, 1]] output_shape [1, 8] : tensor<8xi32> into tensor<1x8xi32>
    %373 = linalg.generic {indexing_maps = [#map1, #map13, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%372, %expanded_196 : tensor<2x8x8xi32>, tensor<1x8xi32>) outs(%190 : tensor<2x8x8xi32>) {
    ^bb0(%in: i32, %in_216: i32, %out: i32):
      %437 = arith.shrsi %in, %in_216 : i32
      linalg.yield %437 : i32
    } -> tensor<2x8x8xi32>
    %374 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%373 : tensor<2x8x8xi32>) outs(%193 : tensor<2x8x8xi8>) {
    ^bb0(%in: i32, %out: i8):
      %437 = arith.trunci %in : i32 to i8
      linalg.yield %437 : i8
    } -> tensor<2x8x8xi8>
    %375 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%374 : tensor<2x8x8xi8>) outs(%193 : tensor<2x8x8xi8>) {
    ^bb0(%in: i8, %out: i8):
      %437 = arith.andi %in, %c15_i8 : i8
      linalg.yield %437 : i8
    } -> tensor<2x8x8xi8>
    %376 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%375 : tensor<2x8x8xi8>) outs(%193 : tensor<2x8x8xi8>) {
    ^bb0(%in: i8, %out: i8):
      %437 = arith.addi %in, %c1_i8 : i8
      linalg.yield %437 : i8
    } -> tensor<2x8x8xi8>
    %collapsed_197 = tensor.collapse_shape %376 [[0], [1, 2]] : tensor<2x8x8xi8> into tensor<2x64xi8>
    %377 = linalg.generic {indexing_maps = [#map14, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%cst_41 : tensor<4x64xi32>) outs(%197 : tensor<4x8x64xi32>) {
    ^bb0(%in: i32, %out: i32):
      linalg.yield %in : i32
    } -> tensor<4x8x64xi32>
    %expanded_198 = tensor.expand_shape %cst_42 [[0, 1]] output_shape [8, 1] : tensor<8xi32> into tensor<8x1xi32>
    %378 = linalg.generic {indexing_maps = [#map1, #map15, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%377, %expanded_198 : tensor<4x8x64xi32>, tensor<8x1xi32>) outs(%197 : tensor<4x8x64xi32>) {
    ^bb0(%in: i32, %in_216: i32, %out: i32):
      %437 = arith.shrsi %in, %in_216 : i32
      linalg.yield %437 : i32
    } -> tensor<4x8x64xi32>
    %379 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%378 : tensor<4x8x64xi32>) outs(%200 : tensor<4x8x64xi8>) {
    ^bb0(%in: i32, %out: i8):
      %437 = arith.trunci %in : i32 to i8
      linalg.yield %437 : i8
    } -> tensor<4x8x64xi8>
    %380 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%379 : tensor<4x8x64xi8>) outs(%200 : tensor<4x8x64xi8>) {
    ^bb0(%in: i8, %out: i8):
      %437 = arith.andi %in, %c15_i8 : i8
      linalg.yield %437 : i8
    } -> tensor<4x8x64xi8>
    %collapsed_199 = tensor.collapse_shape %380 [[0, 1], [2]] : tensor<4x8x64xi8> into tensor<32x64xi8>
    %381 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel"]} ins(%cst_40 : tensor<32xi32>) outs(%63 : tensor<32xi64>) {
    ^bb0(%in: i32, %out: i64):
      %437 = arith.extsi %in : i32 to i64
      linalg.yield %437 : i64
    } -> tensor<32xi64>
    %382 = linalg.generic {indexing_maps = [#map16, #map3], iterator_types = ["parallel", "parallel"]} ins(%381 : tensor<32xi64>) outs(%204 : tensor<32x64xf16>) {
    ^bb0(%in: i64, %out: f16):
      %437 = arith.cmpi slt, %in, %c0_i64 : i64
      %438 = arith.addi %in, %c2_i64 : i64
      %439 = arith.select %437, %438, %in : i64
      %440 = arith.index_cast %439 : i64 to index
      %441 = linalg.index 1 : index
      %extracted = tensor.extract %cst_10[%440, %441] : tensor<2x64xf16>
      linalg.yield %extracted : f16
    } -> tensor<32x64xf16>
    %383 = linalg.generic {indexing_maps = [#map16, #map3], iterator_types = ["parallel", "parallel"]} ins(%381 : tensor<32xi64>) outs(%206 : tensor<32x64xi8>) {
    ^bb0(%in: i64, %out: i8):
      %437 = arith.cmpi slt, %in, %c0_i64 : i64
      %438 = arith.addi %in, %c2_i64 : i64
      %439 = arith.select %437, %438, %in : i64
      %440 = arith.index_cast %439 : i64 to index
      %441 = linalg.index 1 : index
      %extracted = tensor.extract %collapsed_197[%440, %441] : tensor<2x64xi8>
      linalg.yield %extracted : i8
    } -> tensor<32x64xi8>
    %384 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%collapsed_199, %383 : tensor<32x64xi8>, tensor<32x64xi8>) outs(%206 : tensor<32x64xi8>) {
    ^bb0(%in: i8, %in_216: i8, %out: i8):
      %437 = arith.subi %in, %in_216 : i8
      linalg.yield %437 : i8
    } -> tensor<32x64xi8>
    %385 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%382, %384 : tensor<32x64xf16>, tensor<32x64xi8>) outs(%204 : tensor<32x64xf16>) {
    ^bb0(%in: f16, %in_216: i8, %out: f16):
      %437 = arith.sitofp %in_216 : i8 to f16
      %438 = arith.mulf %in, %437 : f16
      linalg.yield %438 : f16
    } -> tensor<32x64xf16>
    %collapsed_200 = tensor.collapse_shape %371 [[0, 1], [2]] : tensor<1x8x32xf16> into tensor<8x32xf16>
    %386 = linalg.matmul ins(%collapsed_200, %385 : tensor<8x32xf16>, tensor<32x64xf16>) outs(%211 : tensor<8x64xf32>) -> tensor<8x64xf32>
    %387 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%386 : tensor<8x64xf32>) outs(%213 : tensor<8x64xf16>) {
    ^bb0(%in: f32, %out: f16):
      %437 = arith.truncf %in : f32 to f16
      linalg.yield %437 : f16
    } -> tensor<8x64xf16>
    %expanded_201 = tensor.expand_shape %387 [[0, 1], [2]] output_shape [1, 8, 64] : tensor<8x64xf16> into tensor<1x8x64xf16>
    %388 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_201 : tensor<1x8x64xf16>) outs(%215 : tensor<1x8x64xf32>) {
    ^bb0(%in: f16, %out: f32):
      %437 = arith.extf %in : f16 to f32
      linalg.yield %437 : f32
    } -> tensor<1x8x64xf32>
    %389 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%388 : tensor<1x8x64xf32>) outs(%215 : tensor<1x8x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %437 = arith.negf %in : f32
      %438 = math.exp %437 : f32
      %439 = arith.addf %438, %cst_1 : f32
      %440 = arith.divf %cst_1, %439 : f32
      linalg.yield %440 : f32
    } -> tensor<1x8x64xf32>
    %390 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%388, %389 : tensor<1x8x64xf32>, tensor<1x8x64xf32>) outs(%215 : tensor<1x8x64xf32>) {
    ^bb0(%in: f32, %in_216: f32, %out: f32):
      %437 = arith.mulf %in, %in_216 : f32
      linalg.yield %437 : f32
    } -> tensor<1x8x64xf32>
    %391 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%390 : tensor<1x8x64xf32>) outs(%219 : tensor<1x8x64xf16>) {
    ^bb0(%in: f32, %out: f16):
      %437 = arith.truncf %in : f32 to f16
      linalg.yield %437 : f16
    } -> tensor<1x8x64xf16>
    %392 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%cst_39 : tensor<2x8xi32>) outs(%190 : tensor<2x8x8xi32>) {
    ^bb0(%in: i32, %out: i32):
      linalg.yield %in : i32
    } -> tensor<2x8x8xi32>
    %expanded_202 = tensor.expand_shape %cst_38 [[0, 1]] output_shape [1, 8] : tensor<8xi32> into tensor<1x8xi32>
    %393 = linalg.generic {indexing_maps = [#map1, #map13, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%392, %expanded_202 : tensor<2x8x8xi32>, tensor<1x8xi32>) outs(%190 : tensor<2x8x8xi32>) {
    ^bb0(%in: i32, %in_216: i32, %out: i32):
      %437 = arith.shrsi %in, %in_216 : i32
      linalg.yield %437 : i32
    } -> tensor<2x8x8xi32>
    %394 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%393 : tensor<2x8x8xi32>) outs(%193 : tensor<2x8x8xi8>) {
    ^bb0(%in: i32, %out: i8):
      %437 = arith.trunci %in : i32 to i8
      linalg.yield %437 : i8
    } -> tensor<2x8x8xi8>
    %395 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%394 : tensor<2x8x8xi8>) outs(%193 : tensor<2x8x8xi8>) {
    ^bb0(%in: i8, %out: i8):
      %437 = arith.andi %in, %c15_i8 : i8
      linalg.yield %437 : i8
    } -> tensor<2x8x8xi8>
    %396 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%395 : tensor<2x8x8xi8>) outs(%193 : tensor<2x8x8xi8>) {
    ^bb0(%in: i8, %out: i8):
      %437 = arith.addi %in, %c1_i8 : i8
      linalg.yield %437 : i8
    } -> tensor<2x8x8xi8>
    %collapsed_203 = tensor.collapse_shape %396 [[0], [1, 2]] : tensor<2x8x8xi8> into tensor<2x64xi8>
    %397 = linalg.generic {indexing_maps = [#map14, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%cst_37 : tensor<4x64xi32>) outs(%197 : tensor<4x8x64xi32>) {
    ^bb0(%in: i32, %out: i32):
      linalg.yield %in : i32
    } -> tensor<4x8x64xi32>
    %expanded_204 = tensor.expand_shape %cst_38 [[0, 1]] output_shape [8, 1] : tensor<8xi32> into tensor<8x1xi32>
    %398 = linalg.generic {indexing_maps = [#map1, #map15, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%397, %expanded_204 : tensor<4x8x64xi32>, tensor<8x1xi32>) outs(%197 : tensor<4x8x64xi32>) {
    ^bb0(%in: i32, %in_216: i32, %out: i32):
      %437 = arith.shrsi %in, %in_216 : i32
      linalg.yield %437 : i32
    } -> tensor<4x8x64xi32>
    %399 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%398 : tensor<4x8x64xi32>) outs(%200 : tensor<4x8x64xi8>) {
    ^bb0(%in: i32, %out: i8):
      %437 = arith.trunci %in : i32 to i8
      linalg.yield %437 : i8
    } -> tensor<4x8x64xi8>
    %400 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%399 : tensor<4x8x64xi8>) outs(%200 : tensor<4x8x64xi8>) {
    ^bb0(%in: i8, %out: i8):
      %437 = arith.andi %in, %c15_i8 : i8
      linalg.yield %437 : i8
    } -> tensor<4x8x64xi8>
    %collapsed_205 = tensor.collapse_shape %400 [[0, 1], [2]] : tensor<4x8x64xi8> into tensor<32x64xi8>
    %401 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel"]} ins(%cst_36 : tensor<32xi32>) outs(%63 : tensor<32xi64>) {
    ^bb0(%in: i32, %out: i64):
      %437 = arith.extsi %in : i32 to i64
      linalg.yield %437 : i64
    } -> tensor<32xi64>
    %402 = linalg.generic {indexing_maps = [#map16, #map3], iterator_types = ["parallel", "parallel"]} ins(%401 : tensor<32xi64>) outs(%204 : tensor<32x64xf16>) {
    ^bb0(%in: i64, %out: f16):
      %437 = arith.cmpi slt, %in, %c0_i64 : i64
      %438 = arith.addi %in, %c2_i64 : i64
      %439 = arith.select %437, %438, %in : i64
      %440 = arith.index_cast %439 : i64 to index
      %441 = linalg.index 1 : index
      %extracted = tensor.extract %cst_9[%440, %441] : tensor<2x64xf16>
      linalg.yield %extracted : f16
    } -> tensor<32x64xf16>
    %403 = linalg.generic {indexing_maps = [#map16, #map3], iterator_types = ["parallel", "parallel"]} ins(%401 : tensor<32xi64>) outs(%206 : tensor<32x64xi8>) {
    ^bb0(%in: i64, %out: i8):
      %437 = arith.cmpi slt, %in, %c0_i64 : i64
      %438 = arith.addi %in, %c2_i64 : i64
      %439 = arith.select %437, %438, %in : i64
      %440 = arith.index_cast %439 : i64 to index
      %441 = linalg.index 1 : index
      %extracted = tensor.extract %collapsed_203[%440, %441] : tensor<2x64xi8>
      linalg.yield %extracted : i8
    } -> tensor<32x64xi8>
    %404 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%collapsed_205, %403 : tensor<32x64xi8>, tensor<32x64xi8>) outs(%206 : tensor<32x64xi8>) {
    ^bb0(%in: i8, %in_216: i8, %out: i8):
      %437 = arith.subi %in, %in_216 : i8
      linalg.yield %437 : i8
    } -> tensor<32x64xi8>
    %405 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%402, %404 : tensor<32x64xf16>, tensor<32x64xi8>) outs(%204 : tensor<32x64xf16>) {
    ^bb0(%in: f16, %in_216: i8, %out: f16):
      %437 = arith.sitofp %in_216 : i8 to f16
      %438 = arith.mulf %in, %437 : f16
      linalg.yield %438 : f16
    } -> tensor<32x64xf16>
    %406 = linalg.matmul ins(%collapsed_200, %405 : tensor<8x32xf16>, tensor<32x64xf16>) outs(%211 : tensor<8x64xf32>) -> tensor<8x64xf32>
    %407 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%406 : tensor<8x64xf32>) outs(%213 : tensor<8x64xf16>) {
    ^bb0(%in: f32, %out: f16):
      %437 = arith.truncf %in : f32 to f16
      linalg.yield %437 : f16
    } -> tensor<8x64xf16>
    %expanded_206 = tensor.expand_shape %407 [[0, 1], [2]] output_shape [1, 8, 64] : tensor<8x64xf16> into tensor<1x8x64xf16>
    %408 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%391, %expanded_206 : tensor<1x8x64xf16>, tensor<1x8x64xf16>) outs(%219 : tensor<1x8x64xf16>) {
    ^bb0(%in: f16, %in_216: f16, %out: f16):
      %437 = arith.mulf %in, %in_216 : f16
      linalg.yield %437 : f16
    } -> tensor<1x8x64xf16>
    %409 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%cst_35 : tensor<4x4xi32>) outs(%238 : tensor<4x4x8xi32>) {
    ^bb0(%in: i32, %out: i32):
      linalg.yield %in : i32
    } -> tensor<4x4x8xi32>
    %expanded_207 = tensor.expand_shape %cst_34 [[0, 1]] output_shape [1, 8] : tensor<8xi32> into tensor<1x8xi32>
    %410 = linalg.generic {indexing_maps = [#map1, #map13, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%409, %expanded_207 : tensor<4x4x8xi32>, tensor<1x8xi32>) outs(%238 : tensor<4x4x8xi32>) {
    ^bb0(%in: i32, %in_216: i32, %out: i32):
      %437 = arith.shrsi %in, %in_216 : i32
      linalg.yield %437 : i32
    } -> tensor<4x4x8xi32>
    %411 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%410 : tensor<4x4x8xi32>) outs(%241 : tensor<4x4x8xi8>) {
    ^bb0(%in: i32, %out: i8):
      %437 = arith.trunci %in : i32 to i8
      linalg.yield %437 : i8
    } -> tensor<4x4x8xi8>
    %412 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%411 : tensor<4x4x8xi8>) outs(%241 : tensor<4x4x8xi8>) {
    ^bb0(%in: i8, %out: i8):
      %437 = arith.andi %in, %c15_i8 : i8
      linalg.yield %437 : i8
    } -> tensor<4x4x8xi8>
    %413 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%412 : tensor<4x4x8xi8>) outs(%241 : tensor<4x4x8xi8>) {
    ^bb0(%in: i8, %out: i8):
      %437 = arith.addi %in, %c1_i8 : i8
      linalg.yield %437 : i8
    } -> tensor<4x4x8xi8>
    %collapsed_208 = tensor.collapse_shape %413 [[0], [1, 2]] : tensor<4x4x8xi8> into tensor<4x32xi8>
    %414 = linalg.generic {indexing_maps = [#map14, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%cst_33 : tensor<8x32xi32>) outs(%245 : tensor<8x8x32xi32>) {
    ^bb0(%in: i32, %out: i32):
      linalg.yield %in : i32
    } -> tensor<8x8x32xi32>
    %expanded_209 = tensor.expand_shape %cst_34 [[0, 1]] output_shape [8, 1] : tensor<8xi32> into tensor<8x1xi32>
    %415 = linalg.generic {indexing_maps = [#map1, #map15, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%414, %expanded_209 : tensor<8x8x32xi32>, tensor<8x1xi32>) outs(%245 : tensor<8x8x32xi32>) {
    ^bb0(%in: i32, %in_216: i32, %out: i32):
      %437 = arith.shrsi %in, %in_216 : i32
      linalg.yield %437 : i32
    } -> tensor<8x8x32xi32>
    %416 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%415 : tensor<8x8x32xi32>) outs(%248 : tensor<8x8x32xi8>) {
    ^bb0(%in: i32, %out: i8):
      %437 = arith.trunci %in : i32 to i8
      linalg.yield %437 : i8
    } -> tensor<8x8x32xi8>
    %417 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%416 : tensor<8x8x32xi8>) outs(%248 : tensor<8x8x32xi8>) {
    ^bb0(%in: i8, %out: i8):
      %437 = arith.andi %in, %c15_i8 : i8
      linalg.yield %437 : i8
    } -> tensor<8x8x32xi8>
    %collapsed_210 = tensor.collapse_shape %417 [[0, 1], [2]] : tensor<8x8x32xi8> into tensor<64x32xi8>
    %418 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel"]} ins(%cst_32 : tensor<64xi32>) outs(%251 : tensor<64xi64>) {
    ^bb0(%in: i32, %out: i64):
      %437 = arith.extsi %in : i32 to i64
      linalg.yield %437 : i64
    } -> tensor<64xi64>
    %419 = linalg.generic {indexing_maps = [#map16, #map3], iterator_types = ["parallel", "parallel"]} ins(%418 : tensor<64xi64>) outs(%253 : tensor<64x32xf16>) {
    ^bb0(%in: i64, %out: f16):
      %437 = arith.cmpi slt, %in, %c0_i64 : i64
      %438 = arith.addi %in, %c4_i64 : i64
      %439 = arith.select %437, %438, %in : i64
      %440 = arith.index_cast %439 : i64 to index
      %441 = linalg.index 1 : index
      %extracted = tensor.extract %cst_8[%440, %441] : tensor<4x32xf16>
      linalg.yield %extracted : f16
    } -> tensor<64x32xf16>
    %420 = linalg.generic {indexing_maps = [#map16, #map3], iterator_types = ["parallel", "parallel"]} ins(%418 : tensor<64xi64>) outs(%255 : tensor<64x32xi8>) {
    ^bb0(%in: i64, %out: i8):
      %437 = arith.cmpi slt, %in, %c0_i64 : i64
      %438 = arith.addi %in, %c4_i64 : i64
      %439 = arith.select %437, %438, %in : i64
      %440 = arith.index_cast %439 : i64 to index
      %441 = linalg.index 1 : index
      %extracted = tensor.extract %collapsed_208[%440, %441] : tensor<4x32xi8>
      linalg.yield %extracted : i8
    } -> tensor<64x32xi8>
    %421 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%collapsed_210, %420 : tensor<64x32xi8>, tensor<64x32xi8>) outs(%255 : tensor<64x32xi8>) {
    ^bb0(%in: i8, %in_216: i8, %out: i8):
      %437 = arith.subi %in, %in_216 : i8
      linalg.yield %437 : i8
    } -> tensor<64x32xi8>
    %422 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%419, %421 : tensor<64x32xf16>, tensor<64x32xi8>) outs(%253 : tensor<64x32xf16>) {
    ^bb0(%in: f16, %in_216: i8, %out: f16):
      %437 = arith.sitofp %in_216 : i8 to f16
      %438 = arith.mulf %in, %437 : f16
      linalg.yield %438 : f16
    } -> tensor<64x32xf16>
    %collapsed_211 = tensor.collapse_shape %408 [[0, 1], [2]] : tensor<1x8x64xf16> into tensor<8x64xf16>
    %423 = linalg.matmul ins(%collapsed_211, %422 : tensor<8x64xf16>, tensor<64x32xf16>) outs(%72 : tensor<8x32xf32>) -> tensor<8x32xf32>
    %424 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%423 : tensor<8x32xf32>) outs(%74 : tensor<8x32xf16>) {
    ^bb0(%in: f32, %out: f16):
      %437 = arith.truncf %in : f32 to f16
      linalg.yield %437 : f16
    } -> tensor<8x32xf16>
    %expanded_212 = tensor.expand_shape %424 [[0, 1], [2]] output_shape [1, 8, 32] : tensor<8x32xf16> into tensor<1x8x32xf16>
    %425 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%362, %expanded_212 : tensor<1x8x32xf16>, tensor<1x8x32xf16>) outs(%0 : tensor<1x8x32xf16>) {
    ^bb0(%in: f16, %in_216: f16, %out: f16):
      %437 = arith.addf %in, %in_216 : f16
      linalg.yield %437 : f16
    } -> tensor<1x8x32xf16>
    %426 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%425 : tensor<1x8x32xf16>) outs(%39 : tensor<1x8x32xf32>) {
    ^bb0(%in: f16, %out: f32):
      %437 = arith.extf %in : f16 to f32
      linalg.yield %437 : f32
    } -> tensor<1x8x32xf32>
    %427 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%426 : tensor<1x8x32xf32>) outs(%39 : tensor<1x8x32xf32>) {
    ^bb0(%in: f32, %out: f32):
      %437 = math.fpowi %in, %c2_i64 : f32, i64
      linalg.yield %437 : f32
    } -> tensor<1x8x32xf32>
    %428 = linalg.generic {indexing_maps = [#map1, #map11], iterator_types = ["parallel", "parallel", "reduction"]} ins(%427 : tensor<1x8x32xf32>) outs(%42 : tensor<1x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %437 = arith.addf %in, %out : f32
      linalg.yield %437 : f32
    } -> tensor<1x8x1xf32>
    %429 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%428 : tensor<1x8x1xf32>) outs(%27 : tensor<1x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %437 = arith.divf %in, %cst_31 : f32
      linalg.yield %437 : f32
    } -> tensor<1x8x1xf32>
    %430 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%429 : tensor<1x8x1xf32>) outs(%27 : tensor<1x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %437 = arith.truncf %cst_28 : f64 to f32
      %438 = arith.addf %in, %437 : f32
      linalg.yield %438 : f32
    } -> tensor<1x8x1xf32>
    %431 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%430 : tensor<1x8x1xf32>) outs(%27 : tensor<1x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %437 = math.rsqrt %in : f32
      linalg.yield %437 : f32
    } -> tensor<1x8x1xf32>
    %432 = linalg.generic {indexing_maps = [#map1, #map11, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%426, %431 : tensor<1x8x32xf32>, tensor<1x8x1xf32>) outs(%39 : tensor<1x8x32xf32>) {
    ^bb0(%in: f32, %in_216: f32, %out: f32):
      %437 = arith.mulf %in, %in_216 : f32
      linalg.yield %437 : f32
    } -> tensor<1x8x32xf32>
    %433 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%432 : tensor<1x8x32xf32>) outs(%0 : tensor<1x8x32xf16>) {
    ^bb0(%in: f32, %out: f16):
      %437 = arith.truncf %in : f32 to f16
      linalg.yield %437 : f16
    } -> tensor<1x8x32xf16>
    %434 = linalg.generic {indexing_maps = [#map12, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%cst_7, %433 : tensor<32xf16>, tensor<1x8x32xf16>) outs(%0 : tensor<1x8x32xf16>) {
    ^bb0(%in: f16, %in_216: f16, %out: f16):
      %437 = arith.mulf %in, %in_216 : f16
      linalg.yield %437 : f16
    } -> tensor<1x8x32xf16>
    %transposed_213 = linalg.transpose ins(%cst_6 : tensor<64x32xf16>) outs(%204 : tensor<32x64xf16>) permutation = [1, 0] 
    %collapsed_214 = tensor.collapse_shape %434 [[0, 1], [2]] : tensor<1x8x32xf16> into tensor<8x32xf16>
    %435 = linalg.matmul ins(%collapsed_214, %transposed_213 : tensor<8x32xf16>, tensor<32x64xf16>) outs(%211 : tensor<8x64xf32>) -> tensor<8x64xf32>
    %436 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%435 : tensor<8x64xf32>) outs(%213 : tensor<8x64xf16>) {
    ^bb0(%in: f32, %out: f16):
      %437 = arith.truncf %in : f32 to f16
      linalg.yield %437 : f16
    } -> tensor<8x64xf16>
    %expanded_215 = tensor.expand_shape %436 [[0, 1], [2]] output_shape [1, 8, 64] : tensor<8x64xf16> into tensor<1x8x64xf16>
    return %expanded_215 : tensor<1x8x64xf16>
  }
}

{-#
  dialect_resources: {
    builtin: {
      torch_tensor_64_32_torch.float16_1: "0x02000000C7872220DE94C2A05E9EC120B223B028F31E251F68248B1741242895CDA20C2813A4512537281AA595A81A197826192105A18926DFA101262526EDA1DA9C2528D90EBA2834950826A7A0AAA57D116B28389AA31CE4A00BA4BDA6B626669AE2910522B4A4F59FE3A3949C1B1A1B949312B084012717A43EA126A15DA0B51606A7029E2F27C393381B48243128BE233824BDA97AA61627D5A23BA4B0A3B0A0561D28262E1CFA18BFA948A4F321AD246C26EE2186A21C9199218E9623173A1B321EFB99BA1E68227D9E2C1EB5A217266FAA372B1BA6FB2096A7BB8260260924AE26C5A830A05CA8B3214F9DDA254D28FD184D290BA4018F3325F41B812416AA1C29F1A1402394209C0C43AA0E9E819DDE25B92302A671A429A46B254A9CA1A19C2195A0BE15B11D9BA6EBA535A04B946B9E3724022085223024E11051A4489BDD9F289E90A860A579A9502A1E24DB220DA44F27E5A7661E8222F59C8CA87BA503973C21031D4609E9A5240E131A59A791A02A269124A89FB29CB91475A5412093A6D7A4779158A8D1A46822EB960A21EF189D220A2168AA21A2081DCFA8E6A812A80DA1BA1EBC96F4234710769FD615E69C821FCCA785A4CDA48F258AA31AA45328C8150CA1DE256225AA27179C91A1702196A32EA8202593994CA5BFA586A8FBA43BA1BF28F69A191D1694B020A59BC81716A403A6A81F929055A5E61E9E275D269E274BA0AA14DAA34418261C6BA454A6642087A86FA24C93308C539C079C489CC821B092DBA238207E1C1323ABA5EAA147A5D89B2D1C281A80186A235D2127A3DC2522A7C09D4CA7E29AB8235622692415A80DA5D026C125161EBB259623CA22A3A7ABA4C92462A1569C9EA04C255AA20CA8A2270D00B9A1C99DC0A183259621309C8CA4411C8227612AAF280D274EA9682A66A46EA5641A60200727B02044A73EA012962E21FE9DFFA27E28DFA39FA3D3251825F5A2611CBF9A2AAA192115A51420BB1FF39F1222840751235924BCA14BA1AF286E252DA8A01E99A5C5A5C91C8225E41FF91459257129BE1FED28062472242BA14BA3B89D70986029EAA6EC9D892407A2CC1A74133C20BD22C42441A3FFA0E29F95220EA47A2826A51B1E77A367A521A72DA57526529C96A558A1FB1EB5260AA706A00325DC2525A9D9A367988324282137A3E61216224BA4AF9DBE19A720C126231A679635A50E2173A99EA0DDA40FA3BF26E1215AA97219782065A49098E09E3920E11B5E24C527FC2434A0A7275119DAA54B22B0A8812503A4899E5FA6FB21169AF227509E6325492300222F24FB95C9174924E518B2138C27B1A85628F3254EA74C9767174B21C01C72AB7A1E35A266A67CA37A1E429E1328D2A2A7A40B23812726A316A2C20EA0287A248C216EA61AA29F1EE4A0E328D8A562240C2491A6B61DCD2459A42E293AA45328A2A42C21F91DB82901A67023601B651B4BA2919DE3212EA0B41B45A58391422143227C9C392138245AA1D69831A46124D9A85F29FD19621F369995180EA4B2209420DD260D24E825A0A54C21E8A27B1EE29ED99CC1A4FFA7DB160C205E29BF20DBA5D227BF244C24CFA28EA87C24EEA5DD236325A92541A693202AA31423591DDD9447A076A869299421289F07A82BA47825CE20AF8C5896AE9C8327E3A595A3C1279B13B39DBE9C31A2F12260A825A58FA1C82805255426F51BB4AAD4A68B25A7A1BB26C925379F591CAF2A8125CC276A1FD9987D28F7A34C216B1E4B26649A049E301CB91C6619A39C4F9DFD168FAAE329F5A11E24B4213DA41AA856A23B9DB2A53DA7F9A1E8984DA02F2510A4DB28DEA8671893A3A4A536239C1C05A2971346A9441E6B28692408A4FF1EFB2561A85FA60A278129B998379A24A3AA1D112593A6D4A8DB1F26A49A268EA1A62532A5431FEEA3932497A18125D2227E21DF23D824D2A8F1A411923AA0CEA4B020E22786A62A140CA342A5711E8C215A98EE22122525A0D01CFC1A61A87BA3A687261B2525B11B8B1F801DDA28BA25A3A5078902264CA96EA5AB1FB499931F96A5809FE52148A50027C4A587A49B27B8A297219F1DE7A5A89B3AA52E2852A39728A1A076A99D25AEA04BA561A4B11A3BA2E31DA299CC102D05952674A4A299E7A02E18702005A39C9AA822AE24B7A0071F7D223824BF1BE09CC126BB1CB18A6AA521A57D24F1A24718E9A93C99FCA41426FA2047A62727241D45A4A42492A6461B8DA21F90699C5794059451243E299521571EDBA040A1CAA24E9AA7A41BA4EB232DA76524A49C12234824C81D2527859E3D27B7A47DA7CB25A321A2A17C28BC1C9A9E8A1D7822A8247C24DE9D0021A3276024441D3BA32E2778A7F925FEA5B3A8012393A660223E9EC7A1969EF2A3A59DA9224DA469A47DA7299C1C1BF425182046A5D017371A7FA592A5E9A40E9F65A5641C021A95A32D2A8D25348D89A4C79CE21A01A776A393A58123599D27A32AA42C24F224BA200EA0F5279E974EA7B2A2AE23CFA688A6072480A478A78926E1A479A771A466A86EA3AC1C4AA568A48AAA469FFC17201F4F1C1224FEA5A1A4DDA86F249CA885214DA62EA4CB9E409F1BA255A17E9C0C28EBA54722802655A8B1A21524FF1D069C6DA09F1BE424BD9F729E4B2332A1599DA6A2849190A4499FA22456985B27502740A470A07CA608A5C4846A25009ECBA2140BE21F81A160A6EDA54D1C7AA65F2551A0E4A88E9959A1939BDD8A3A2A1BA5522161964B29362910A83CA4BBA5D7A70E201013E01FB4275A10A21E6B14A92141984098461EB21D1BA197A6A42090A4C5A204A77596D6257D9D4CA39A9C7DA5DF25B522B4A631288829F126DE25D925C31D06A6E6262828EB1CE21E22958C81CD1CF7A4E521AD2438A695261DA21AA5EF2770226024FBA4769C39155AA534A02D2016A2DE1B7AAA31A2E01F3927F39C379B519C90A7B324BF23F5237590DEA6B1925B26FCA277A40A266DA6EB26361E8AA4E521F3998124B62009A633A4621FA9A1A617932035A857221FA52928759C8E1BE59FE9244426D0A6DC22F9A8FAA80AA35B99929962245FA430A3AC9ECF2536A1ADA02626331952202C24D91B5323BA205126F3181F1EA722F39F6EA62FA2972A51A148219F28D624E7A715201B1828A909240CA37CA44722F31EF39CBBA77D205C24811EDF1FBF2245206E9E181CC51C8323231F9FA8A327822720A8D09CDFA3211E819B4224D12234A9021ECD9FD2A8751F3AA2B5223E2412A452265EA491A82825A31A2FA5D69132217A8F3BA445A533236BA4152AA620B8A557A0C4298FA57FA694A39A28872281A292A93EA364241D1F3195E7229B24A8A1E79908A69625D7276CA4CD1FF0A4BA80E4117C82A2A39E244F9A3BA414206524C3238AAA58A1C0A549238DA5741B791DDAA5F6200C1453A62C9C3497881761A0310A841BE325DF22B428612661A9A9A5DAA1F122F416879CE1A7FBA7A62082A25723AC9C011E182643267999372A572338A9761FE5A3D2A4EF28882208A7349B42247E9C4CA511247DA31A9B722505A6CC24C0A756228C25B6A7D39AAF1D759E65977A2AF2A1931665A4C0A8CD1BCB1DCC24261CD09EF328FA9E27283623389B3AA67328229D582776A9E5A9CC1E7E22F420C5A4432726241A2675200B24752888A0A225B819D2A5DA98F8A053A4E3992224F3A0BE19D5A44C9E202B251E27234AA485289B23C5245E23D1A7E59A1622E49D359CCD2834267B9EDC9A6028B724E49D6E1FCB95B41DF22610A1202B0012291D5298F59C67A3E1138C9D1FA49427B72849A52AA0E90E41A6C012BCA164A36B9D419DEB9DA22554234229B1A2A0A84D23B81CC58CEC11EF1F8EA0BBA4079B3724C8A324262D28531687A0E59C701C491EBA1A44249DA3BA1D5496642524A1011927205DA3949F9D2688232619CCA33328F696F911AAA30424009A5092B619A8A84A98EB184D281B29F9A4F99D451EDE24F7A16129592255A762A3C91EE118C720E2A5861E2426E194E4A5239B9C2AD4263FA870A88924DE24D69F7425282173A2492602070BA55A246EA461246825A2217E28BA253C2A19A4989D25A0F717FC2000A5431BA21E2BA8C1A440264BA580A6BB16B516C2A45FA55023031544A125263327EC291D1D6C95171BB6A52723F396DCA27028A99C9D1205A0FA20109021188819A7A3F39F41218C22EC20769A55A12826FA216BA8A0A9400E132709A1C32631A73F26480D882507A6D0149826C89F5EA16DA6EC1AE720531D79A15F9F99AA8D242828D7243B206DA3E0A5582416A6AB16581DD52AB2A07AA80E263D1FA6A791A5D823A894C59A042A85196C28A4A61CA5C123BFA420A6529C3FA076A610A113264EA69225D4A53026F2A6372A4AAC0B26D5A2BB23BFAA71A0AF274F2411A75A9B759F559D27A659A59E9C609DE7268C2649A61C2513A85029B3A42399211DD62487A321A78AA496A248A2D8A43125372A5F26CDA4F1A2C41E9AA487963D20BAA3070C179F4794AAA8FC290C9E419FC420D6A55F9D0E182B26D224A6A7FD2B5A2617213E1CA926B423F725CA2159A59EA44BA8DD1BA2A5961E829ADB15A4A179A6D4A6E92515249A99C3219DA92DA10E95269F241D19A437A03AA1B9A03E23CD23612416224821E123DD216D17369E73A60C18C991ECA762257B262A15C41F55A580A5CBA3261C1129C11E2FA66828EDA239197016A7A2052B662014A9D91DAF2B02A8091F9FA4AC12CDA589A196A601959CA5991DEDA8F3A7D8A4DA946EA258282820981215287C24689586A552A18A21519643A8249E21A01126BEA47B2892A82B1A8FA37DA9331C73265598D81DAB0E89A1B6A290A6A7279B28D0A9DBA62C21F12576A767213823960C439B5218D59C4E297624DE9A819A761F15259D1CCFA436190922BF9F241B62A2812857AA6DA2FC2051A596A782A1609D99A50C2A3AA65E1D64A10924149A38A42FA447A44DA4C82798A7308F3625409FB127C0A81FA1B61FA20F75A15F2AA5A43D1B7EA7FEA8009B46A36325A121329EAB2395A65E2591A48124A820CEA0C593B6A54B13FC272DA7D3A0EE20181E34258022FA1E691A40A92E2230A3AD1C58246527DA9886A47E2942A08BA5931EDCA2CF13A72415147D155DA79D974A213B21D1A6B2A810295E0A19A2AF9D52A00E23A8A270294BA594A308242A1595A18928BF9EE91D32192621A5240C9D3628A926B1A4F926AE232AA8661B089DB722A8A10A17AB1AA5230624139572A594A357264CA769258D269DA656A4192298A20F271A2ADCA56A245AA8C0A36CA1592897A1BB1F9B90A624D82452A4A72466A19C1F3D1DFC9CED234F1F0A1C9EA22D27FCA499235D256526C5281DA7018881A3B5A39220F20B14A2D5186EA05F234F20C1A4D2A8F622AB2590A2CAA0CA25C5A0292482251AA3DA25FE13DD204AA277A3EBA59BA2D120EB280E29B11FABA5EE1C3BA5B1242AA34705FC21CEA9872AAA1EE31E38261125739E64A293255B257620FDA739A6EF89CCA0872449A382A2B3A54424109C9AA4CD9D5426B526641E22A60A1B790208A7D493D7246FA6F1292524AE93541467A2252064200727EC208629B62568245420E4972C27DC1DA29CE4248D9B6D9727A39A284123ABA1C51E78242D206B20F0242422559912A5DC9B04980221C9116825289B76A461A4662524A1502127A25428E4A7E61F4F1AEA1A611CD9A329A5A31FB8A4C3A2DD9C9C2690A115238095F22585226EA120A3BF21B39CE4181D15EDA3E1A0739FB2A7EF1568A2B8A4EA1D",
      torch_tensor_32_torch.float16_4: "0x02000000003C003C003C003C003C003C003C003C003C003C003C003C003C003C003C003C003C003C003C003C003C003C003C003C003C003C003C003C003C003C003C003C",
      torch_tensor_4_32_torch.float16_1: "0x02000000AF1BC11CE21B621D991CCE1C0F1D451C2A1D6F1DDC1BC61C661CAD1E851E8E1E8D1D351C861EBA1DD319D51DEB1DE11C2B1C421DCF1C571C371CA71C641C1B1C961A691C201D6B1C541A641C101C3B1E961D571D001D031E4A1E141E6F1C7D1DB11D181F2D1D9A1D991B8E1ECC1C071FAD1C2E1ED91C5E1D7B1B311C351DDB1C451CDA1E921BDC1C681EA51BCD1C9F1E1E1BDF1BB41C671C061DE61D6E1CEE1D041EB21D371DE61BE81C221B871D001B941D5F1C811DF41B831A371C551E791BC21D7D1C7D1C921DAE1C511CD91C941C2E1D731CC71C871C751C911EB71BFB1C421DD91C391CCC1C1219F21D9C1BAA1B4D1D521C521DA31DB01ACF1D381D2D1C",
      torch_tensor_2_64_torch.float16_3: "0x020000001F21611BD91C4C1DC41E011CF21B6D1D661E741B261ECC1B1A1DB51CC51DE21BE21D661CC01C5F1DDF1C111B3C1CAA1EF61D461CD11C931D3B1C801CFD1C6E1EF51B971DB71C141E331C751C881CE21CB31BF11A001E9619521D7E1C801D221CF31DA41C661E091E811FB61B601E851CB31C461C631CD01C521BAA1D1F1D9E1D8D1CA71A0E204C1CD41BE11CD51B431EF41B271C621DF61D7E1D191B441DA11D451C221E761C571B371B9B1C90192C1E461DCB1CE51C9E1C961B391D341B131D361D271CAE1ECD1C921B791E871C561CA11B801C421CF31AAC1CCE1C531DFF1CEF1C1A1DA71CF31CAF1C651BE91CD91CDC1CBE1D171CDE1C761C841CC81B0C1E",
      torch_tensor_2_64_torch.float16_2: "0x02000000691C831C0E1D2F1D211DF41A951CF51C7B1C791BAC1D321DF71C311B461C7E1B0A1D551CBF1D8F1CAA1C9D1BA71C411D1A1C391EB51CBD1EB61CC01C291C881CE319331D631AC61CEB1E221BA81E321DC91CB11DF61CC91AAC1D011E271CB71D561D281CDD1BE61CAD1D871E8A1CD21C531B7F1D8B1CC51AB61CCD1C571E271C951CE21C3C1FDA1DFE1CA71DD21EB61D2C1BD41BC51C111D5D1A4E1C471D8F1B441DE01C571C111ECD1B1B1CF61E771D5E1E0E1C911BB51A1A1D741DB71C321CC81C431DFF1DB71CCD1C7B1CB71D8A1A181CBF1D5A1CD61B381FBA1DFA1CB41C421E491EB91DBE1C7A1CD61EA71A461C5D1E871E6B1C9E1C941C431C7819591D",
      torch_tensor_32_torch.float16_3: "0x02000000003C003C003C003C003C003C003C003C003C003C003C003C003C003C003C003C003C003C003C003C003C003C003C003C003C003C003C003C003C003C003C003C",
      torch_tensor_2_32_torch.float16_3: "0x020000007E1DF71D011C1C1FE91C3A1C891E091C6A1D4D1D7E1D7F1C2F1E9E1C3A1B191CFC1B6E1A2E1D741D0F1C2A1C191EB61C291D841D0F1DA31D411B921B8E1C781CE31CBA1C221D361D5D1D301E4E1C031C111D011DEB1DB61D6918591DF31C891D191E291D941DAE1B8F1B691D391D491C101D201B1D1C171DC51A1D1B401DA01D",
      torch_tensor_2_16_torch.float16_3: "0x02000000871C211E3520CC1AE71D151AE31C711CDA19091FA61C031C361CB21C671D7D1C7B1C421C0E1C491CD51C0D1DAD18F11C501ABE1D261D0D1CC41B561B8B1E961B",
      torch_tensor_2_16_torch.float16_2: "0x020000003F1C3F1BD11CB81E431CB31CF41D371D371C311DC21C121C401C621C4D1B721A221FA21CD21D5B1D9A1D1E1D771C701CBC184C1CA41C761CD81C0F1CD71C821C",
      torch_tensor_2_32_torch.float16_2: "0x02000000DA1EA91B8E19E11BB41C611C991C231D481D4A1DCA1DDB1C951CBA1C611E401C121DDB1C681DD11EC21B0D1FAD1DE81EB31D061C3A1DA71C851C131C9A1DDC1F8B1D391CAD1BFE1B471B3B1D951EA31CAE1CA71D0E1CC11C6A1C191BB41C2F1C301CE61DFB1C8419D31DF91F941B031D271DC81CF61D991C5A1DB31E381CD61A",
      torch_tensor_32_torch.float16_2: "0x02000000003C003C003C003C003C003C003C003C003C003C003C003C003C003C003C003C003C003C003C003C003C003C003C003C003C003C003C003C003C003C003C003C",
      torch_tensor_4_32_torch.float16: "0x02000000FC1D391D2E1EBC1C7D1C6A1DF31C9A1C7B1A291DE01DF41B851CCF1B961CE419F51B3C1C6B1DBF1C821C541E3C1DD41C331C791BAE19D41D451BE31DD11C971CE61D8A1DCC1AF61CA91DC21B5E1DF41D3D1C4A1E501CF01D961C3E1F771BE319CB1A151E1F1DD11D8D1A5B1C521A221C201D671C2A1C0C1D211D571ABF1CA71D7A1E5C1D5A1D001C0A1C571C9C1C4219891C8C1C9A1BD41CCA1D771CC81C3F1BDB1B2B1EAB1B341DFD1A211D1C1CC31CA91E691D831C851D4F1D721B441D7F1D521D6C1D0E1BD11DCE1BCE1C871D571A521C821D351C831CDF1C591ECE1CF61CE01C8D199E1CD21C581B0E1E271DEC1DFF1E231D991B551E791D6A1CDD1D9D1C",
      torch_tensor_2_64_torch.float16_1: "0x02000000E718FE1B5E1CB41B291A5B1F561E141D3C1EE11D4C1A271E0D1DE91C831D0C1B571D181DE61C6B1D111DFA1CD01E091D471BB61DB81D101D1E1C0E1C401B601CB31C961CEE1C7B1C4A1CCC1D001D1C1B261C9D1CE21C871B131C931CF81AD01D211DDC1C071DA71EB31A9D1F661C5D1CE71A291C531CAF1C481CF61C7B1BCE1C341D0F1B151D871D701DE61C181D431E1B1C1B1DDA1CAF1EDE1CCD1C891B561AA61DCC1B501C791C7D1C431D641DB41BE51C861B651D0E1D671B811E5A1A2D1D781D071C8D1CE4183A1CF2195E1CFB1C711AEB1D4D1C3E1C951CA01ABE1C621C001DC91C0A20251E0A1B9A1A6119BA1E051BCE1BC01C061A9E1CF21BB91B5A1E",
      torch_tensor_2_64_torch.float16: "0x02000000A11C5D1B5B1CA51CF71C7C1DAF1D921EA11D7A1DAC1C921B331C2E1DA718F31C1C1D091DDD1B571C9C1BAD1B621D511D2F1CF21BE21D021C911C3A1C2D1DAF1D7E1AD01CA519361DEC1A151D8F1CBD1C671BBA1CA21DFA1C321DAD1CE11D131CD71C9F1CDF1B9B1D631D791C7A1DDC1C3F1C861D851C241DE21C4A1D0F1D131DD61D911D811B4B1CE21D551B251CA11C9F1CD71CE81C701EBB1CD61D081B0C1D9A1B511C321DFC1A1A1CE11D1B20B31DC51DC31EC71DC41CA71AC71C561CEB1E361CE41C3B1C601C6B1AFC1D921C491E091D5F1C6F1DC91C521D9F1CAA1CAF1B7F1B1C1D071D301B081D401CC21CB71C151C1B1B011FEE1D5B1B8419201C4D1E",
      torch_tensor_32_torch.float16_1: "0x02000000003C003C003C003C003C003C003C003C003C003C003C003C003C003C003C003C003C003C003C003C003C003C003C003C003C003C003C003C003C003C003C003C",
      torch_tensor_2_32_torch.float16_1: "0x02000000641D521C721CA21CA51DDF1A5B1BBE1CFD1D0D1DF71C661D931A8D1C5519221CBF1D3E1D0D1DAE1DC71D191D7E1C811C801CA81CA61D7B1C891E2C1C041E991EFC1CAD1BA71D4B1BA91B801C211E1F1BC91CCF1FC11CB319BA1B7F1C591D611DAE1C9F1B5F1DD11CB71C491B121DEB1A9D1D4F1AFD1C5D1D3D1B191EBD1C831D",
      torch_tensor_2_16_torch.float16_1: "0x02000000AB1D231C911C841ED81CAB1B301DDB1C191CC71E881C8D1C961E361DD71C761C391DBB1DD91C321BAC1B051D701C5E1C0A1E5A1D5E1D191DB01CFA1B0C1CEF1B",
      torch_tensor_2_16_torch.float16: "0x02000000891C4F1C961F521D631EAF1A301D091DFA1F4A1C811DBE181C1B111B9A1D3D1DF81B6B1DA41C4E1C7E1C681F7D1AE51A811CC41C541C1C1E2B1F961B431DF11C",
      torch_tensor_2_32_torch.float16: "0x02000000BD1C9C1D631B211BFA1C451D771D551C2A1DA91C8D1D7C1C151B931A6A1C331D3B1CCC1C6C1DBC1CF31B651BCB1C3A1F411C101C7B1C341C451EFD18C61CB81CAE1D711A6C1C331C361C151D331D001E951B601EA21AF61E4E1DA11D671D311C441D1C1C8F1D4F1E391D611D7C1C7C1B421A511C391D451D921CB91B0C1D9D1C",
      torch_tensor_32_torch.float16: "0x02000000003C003C003C003C003C003C003C003C003C003C003C003C003C003C003C003C003C003C003C003C003C003C003C003C003C003C003C003C003C003C003C003C",
      torch_tensor_4_torch.float16: "0x02000000003C662E1F211914",
      torch_tensor_64_32_torch.float16: "0x0200000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000C1A180A10F2363258920B2A6E71E5D27061DEAA40E21C9203C266D9C1C94FC98AF1D3A25DD20BC236DA18FA2191A65AA4E24EA0EF89C139E9DA6F71D4522C3A5861ED5A38FA787A32599B9250FA174A7EAA52A91F028AD9DDC1B8CA35AA575A71D8DD8A806237E279825C8977D2418240621F3A912209EA60F9EE72ABEA081A405A5E198529C5594EBA6B022251F7326A2A9DF8142A0E81517A0A2219026EEA625A21A28C3210DA70421E625AD9D181D1A9DF6273C281619DFA60B292222B122AE28A49F67244C283DA0AE1BA61CC59A7EA53E1BF5A36AA6E8A940254D210225ED1E53954822AFA03B252E9EA5A3AA1BB219671E2227929E5F1DF9A6FDA79929A228D519862AB72A9F0F512ADF1C02A02A26A02466A490A4D2A120A513295DA016A0A1A3589B6A1BB720719E6A13681D6922EC9F60A72F220E28D42594A068A4C518072239A8F894EE25A91A3420B519B297A3A79E9218A8AD290AA5C7283D2550240129C5A18D1E4FA69C21C11A81A5791C4EA1559812A9F9A5E529AF24E8219D21159F5D245225FFA05A2416262623BC2285A6D222BDA50CA5D7203EA25AA978A6BAA5AA20D0261E2888A7B7A8CD1BF628E521C402389F3599AAA0D49F7824D1212BA237A81C265D1A5421D612D19A431A9428C99E03946427B8244D28A18A9B23CF14E42236A5A720C421CD16701CB6A407A292A3AF9D8803C9A2D698FF15C6A013A2ED2219A271A43C25681AE198712334A356A3AC27191C57118DA81AA82999722265A11093DE2809A18721A39C92A9C0AA2728F42B31A14E941A24AE9BEC09CD98B500DD13F322471D9420A423601C419C08A3C49F961E30A87128E4A064A0F31B23A5D7A034A15E20D99D6C191CA5D7A75C21CD273E22D9A22A29C922B9181324E79DDE16DCA574A40FA2F2A6E2A0CE9BE295BA268026CF20BB26EF9BFB227898C29BE425099D482035A7B2140F9E2FA856A0C72831A5271CF095619A6522541ED1201E179AA47C1ABCA5232898256A1FCCA48A9E7D225C9FF424EDA81F1F1CA4032832A4B6A46A2458A0A4244821FFA23B1D5EA1E0AA9BA831203C287D1F4BA8D59D7825E6A6061923295F23BEA39C256225CBA84A0E881346A0F795AD9885A7B9A4911D7C985A9B1B9DE8A6091C331B1BA14FA30A233118A22074A7D220CEABE5A58018371D75A82020F2A5B0A5CCA0BD143BA151A83294EBA5C1985DA2F1A14D272CA8C91F3120C31842A37AA1D0283F262F135CA5A926F3A04926BF21BF27DB2213A585270E1FFCA0B9A4F6A2CE283F9927A93D2665A6F8A21D215E9F86AA6AA04DA0BB25F424459E82281F202AA8621F4321E31F52A1E7A177A19D1EC626D9982CA0A325BE1CBEA7BC9A3120AE9C89A3501F109D16286A1CA7A1861D24A9C9A7221930244AA5282665A4B81BE5A1F1A7462476A4C62015A4DA1DC798A6A2B8255EA02AA9D128892013A84724D5A43F28B6A64C253B9F138ECDA4621953A28E2034A146255718249C6821D1203CA4C9A51AA449244582D8A81C9F1DA16A22622155291CA06C29199468A01B10AE1DCE9D1D21851F85A30E260F2734A1472899A37C9DE1A8081401A5C7A738234EA5DFA012A57220979F0C20C9221822E7A46A2541A62729DDA36FA566A69E20FC2469A854A86EA8F2A50FA5341E41A2252576A46AA0A89E0F27BC1EE024E414382543A1BE2124249527F6A3989AFEA8CA29AEA07821F524AEA735A279929B288CA001A5C3A270A19F96D8A095186823DCA444A000A4D0208E24CB20891BA6A15415AC20DAA030A4269E619BF82485A7B3A066A39922B7A30C23179A8DA2911953A4EE238BA4BF1F5F9C39A50FA2A1A00A25691770988F28A7254416B0245D25EE1FE0256E2364A02DA0B6A3AE9D0A941F1BF89E849F6C9EC627A394A9A26595B9212028B3A8C0255E22DA2112A84AA6A524B818FFA8E32933222420EC25422500A5761678236CA82B992CA3E8928F22B92456A226A43E191A0C141EF2A87D854BA5F3A4FA18E420AD22C024E32437105414ED20899CC424F8A2CFA6821C029263A03BA3459842272B217AA72C23B7A41C23AA1EFC2BCF1DE3A47329121EED2818A3F990BAA41F103BAAE1A32626A9A1DCA28B200F9AD1964C24C2237924D5A06B15481A9AA0D8A084A1152002A8B127491EDC251EA437281A255D242424BA13EEA468A4AB9CF022F2A6BB20F6A1A0AA171D112888130CA4A9A118A5E720540E7098EDA90F9C2CA0EB23D325E4287329149D2FA5861CDD26AAA694289C1E5A23D8A43A95CDA58FA53924591B6521179E3121C4A63A980F2467A2761E0E19659D91A2C5285FA13219FB1DDB1CBB2112A8CA229BA51FA4BD9B2F2A78975FA248A397A4E395A9A3AE21631EE79A139C9F9E41A868A639A6D0277A18A32612A90FA4E39F6EA58020142276245FA2E722451DD0A21C1A432095A06428612452A5BAAB38A1EE29FC2706291A295F201E1F922096A50822F8A1BCA432A39821D611BAA497260D0FD1202DA148A81A21B42288A529256C2078A661A7899EF30143A604A01EA25723CE9A7A19349C050805A111242298941920122A20BA1CA8A85AA598A6F2985F264D18E31F10A51A260F2965A81AA11923BAA695275798DF25AB242B1C6CA0712080A021244595F524E71AC5275613DAA89123F39C95252121EF25BB9E5B1F16A1E1247BAA9C987C27ED20A6A161A39325171FF2A607A5CAA52810DFA65CA4F0A324A563A4E11D6E1E742412A80512D7AA2F24E6A0C02098220C9118271AA2209C2D956DA1A1255B23AC21899C931F33A44B2185A6941E4424482824A201A7F5A0171C00A7D9180B0BE499F322039824AAE91C459A2126DBA5D51A59A56722DE2811A473A09AA5E828D4A39FA87A209B1DD02550A117A0B0144FA6359C4A23168456A14327A195082079A83721EDA8E529A5A2849D3D1CA7A44C273B2837A00C25D2A5B2A0F10C2225C823A1A1C3A2DE250124D59F280AD69DCDA7171B7794B0A7ED196DA5B7AA1D1BE9A20229ABA0FBA6D01CB724D9A5ED25AE9E1E94EE9F90286FA143A7B5A8A3243E9C34228F177E22FC9CA098AB1A09ACB72322211C235A2ACDA29EA19AA4C19E07219DA1BE257919AAA69199ADA3CC9C0128C69C3A26261DDC1E00A2FA237D240C24D625A91355A41022B5155D21CE9944195E24F12837A471259FA185A0BB9FC0A56B1DF4A434A533A58325E11FFB254A1DDD2172A62AA4F71C08192B22E6203E94D59E7A28FC99E09D002207996A1CA81F3920EA2523A75926BD268CA135A43EA84728962765A1B3A1122115269FA5A7226D269320089EBBA768A2BD9DAAA7409C5521D820BE8506A0D826EAA7E4A42D2392A464A8AAA114A1652395A494A455A6C5A457A0AC2780A317236F2A0EA12A2A2325F5226B9E48A0889E839FF79D482690201B252417F9255DA5A1249AA1DFA89E1C05201F2445A17829F499C016771E1D2540A2421F8FA5E4A594A7632290A5ECA2A1A3F6202C186124E09D13254D24A027C3266A25FF242B2533260C285C27B19BD694C42C88277A9E472250A7851F29244AA0B59C8817B30F57192D9CD02590236F27542053A8BE27C420AB9E9421AEA8E197902619A4B31C5D19C3263629DB15C8A59E1662A63FA4C0266AA4519CC88DC8A4EA239E14C893B21E7A9EA696081E542899A8359F7F25F5214D969723B420DD26E8A159A76927D11C3A25B9269FA3F492F09FA898399ACA21350DB6A786A2B89EAE2479A2BFA59D24238CED214C1B19264CA81E212E232B9B63A772A8B9A109217F9C43A111A9A1147C9DE19EEB25950EC3A34BA62A295020A6A185259823CC2B7FA35E1A01A07E207DA2F51C63A83A1E3A9C40A4629E2F23CEA4F91E3722D4279FA3E5243AA87828CDA7DB2292A0C6A4492437A030A5200CECA16B181CA288A52A9F3026CEA97F15201AB6291AA73AA9C11F37A632A73E207D245E20B99C2C25832515966C152FA3611DDC257F2132A40EA5D5A4091BDA229EA8EA9F4628B2A0CA0E92A4BBA46B9DD32AB7A6AA228E1AAA1BB3A5472095A5B426860724A8B4A92999CD1D1125859D8D1E261F7B8E8222421E2124E01A6719F81D669D0FA274943D21691376A5DC9F3EA57CA2F71D10A3401C06202F2B54276AA6E425B2A561A52F1409217E26C51CFC204F2727A862A25E1C4724B522FC269AA1C0989023D19C541E521C0FA66728B722F61D09237B21DBA6DF18F4A14DA6861C191DD2289FA28324C9A88922DB9B4AA3C2A997A63EA0D78CAFA3E123E8266DA293A06A2801A85F1D959A7306EA22122437A106A6AEA156A74028B322CC956C243DA08AA868A8F82663A66A1450295E25F724C924F79D9D9A46A903260020F92686222526AE1971286725781E791C02281AA599A6C3A4A59A92234F9E68240A99FD10422013A191A5059CAD22C02332A959A8A5A9DAA2729DE522979CA827F91DA025889A32211B9C4325AEA66B27A6A86C21BAA5341D1426D12260A205A3D3278EA4E41EEF986A1CC91B7010D4A1E72451224724D91FBBA03FA9CF280B2069258825E1229CA669221D1E602946A80DA2FB9C70A31422E52618A3FC251A26A5A5101FD52381A4FB9D62238115B0A81B9F04A1371F29A70A1C50A209263CA7E1A48E1E67A661A38F18A924BDA57822C89EC91A61A50B212A26509894A8109D85A882A66C0F1620FEA6A0A1A6A3A09BC6A68AA0B1A5179C1F166D263D16A1A91C1F7B217725569DE91CE79B92276F21F22926A27BA12A21891FA2A2BFA9E69EF39CF224EC2462A8E7A449197FA6EDA45A1AF212BCA49620139C28A650A55927279F54A05FA72FAB26243A2A682922203221679A5D1E5A17C82593A430A8741D2AA0C2A39621A09FDB23339B109314994E23F4258F2383239B26069B871967A8F824EAA619A1452420265125A81C9AA791248521D8A2131FFA253325B425302852A46BA4559E9898A3A5C325169E1E212C26E9AA5616F99C10A9FE1C0D1CB1195C9D13A801240122D524152029280629D59CF717F2A487A17F27A22386A8AD262F9AC3A4032286A257A34CA469214821E325DEA692289526E22570A8A21E199D5F18FF9C919422281323342482A556A90CA790A47E90BE1CF5251E26E921BA28B0A425281CA7731D8D241A209AA169A6112475A042A1612A0C25FD1A3DA7119ED39F7F14EDA2AA24CA1CA22290243724BE2379A9AA256623D4224B1D948E50A630A8F38E62A7EC1FC1256DA568A36B24E7985AA807A87A262C2169A6B0225F9F47A16A27B7276D2416A24FA15EA42020BEA1C6239DA6B89D78A3AA0ED5A56B24BC24351DA723B61F6C25C5A30B2643235B9D759ABB24A91F059CBB26B1280BA47CA5C3A7E3A2A524FBA4F5935C9E8822801FCAA3D2A617A9CBA8592373AB93254AA896A0631778A260A0A59D9F9EF6A72212EDA6149D8224B3223BA09FA77122C221F9998724E81FBE21211601A37F9D21A3F61FE39BAC9DD69939A1EC0E6122A01B962181A4599FD493CDA4C09A0722BFA76F9F7FA49326799FB3237DA20DA4FA1901287821C520501082A31928B2A88A0D30A4A12773A41EA241A45AA5FFA0BA195C218D212BA77EA064251921AEA4752901A9922210A40A89CA9B18A2FD17E7A558A6AA1E5C9CA923A92B8FA54A9C57A4D6A3F1A8A426D323D5127D26209E22A71822",
      torch_tensor_64_torch.int32_1: "0x0400000000000000020000000100000003000000030000000300000001000000030000000300000003000000030000000000000002000000030000000100000002000000030000000200000003000000020000000100000001000000020000000100000001000000020000000000000001000000030000000000000001000000000000000100000001000000000000000000000002000000000000000100000001000000000000000100000002000000030000000300000002000000000000000200000000000000010000000200000000000000020000000200000000000000030000000200000003000000000000000100000000000000030000000000000002000000",
      torch_tensor_8_32_torch.int32_1: "0x04000000FABA368FC1A90EA53876560644DB776FF0B78B880453EA977B980734FAF75882D5F7EE86B696794A42E5C8C7F280DA929FF759887F94B6B20B08EE49C1880FBB66555FD8590EB97AAF8B0154B303BE955AAC65F0509AA76D7BC7E4A08CF847C10D8EC26A1F501099195D8C900143F57CE22FC193A4876D265628F237B0D4A22675873AD65354658167A819E65A2657926056FFBFF0352BBD4F2B46C45B867788F07BD6FB8CEF5F566700EBB6AA0CF988939246495909F063DCB9F860B72367830B44248772677730E5B4197844FD8F3B8A6EA8848AA81929ED9EEB951086234946672863B1BB130A6C70792AA116432DBC9A09837346908FC5789A50A6605039A5A708E967745F2D80DA9020FB90603F7AAC9318DBD81046132809F300287D41E77564718B73CF9B0E88FB91E2FB5679C90577B7CFA562F76EAA9B76B858D5CF5584EB8906F2D5C7C7BF7FA7AD4CBA66277BC6508DF3EA9B65A0B9DBF273865155F0982AAC5F16BB1A06ABB730BBBA7AB15F2820A08A12ACACF6875288F9487525D1C78DB036BF44FF9B24C3B8E46C84B50AF750E3518554B2C0F439BBADA867E5010A7279AA199960560EA8B4332E205046906F95113D171790D4DF7DA45A3A04B1682DDEBC07E8E76BB1A7F2A5647906A26244BAFDB040932A9DD8684DC2973E70FFCFF987C1888B1671073B650516DB67A47697DF760883F7EF8A46925C8FAE5915775386B87B20F72DDC05D28386B5B96C8B7D01D0E605536F399DEC0504AAA5728FDBB26D0F66913FDBCF67CE9B9A77AF74C267BFC2358FE7A9ECF74888F9560560AA52A499948DC79B77458F5FC90D73FEA44895B3D90B808534D9D8BF0F87BA4DF8F885F75FCF8636E6A954CD15E4E1D03E823FB5557DB8A77025CA16EC7A08A85F58E48C5B4CD2CF7CFF500F595BF1AFCF6F77E9663868626FF5C9855828D6CAB33B01B675C41F54BFCEF0A652BC476877D89CF8F8A3E878F6C69632726639FFFCFA580C0B90A86C51F0E6A5D3867E8F9E84FB2EFFCFAEE30850F1AF442164D7EA282250E9F4D905F35997F6846CAE9195FAB6255E780880B6C7BE659F1D6A0AA098FB2553E9D875A3407D2B87DAA98BF62AC55A2620656B483796089BC860B2AB05B8A6C896B761A694EE5489057707BA879609E89FB879A05096FAB097B9638038211CB60F6753950885664F8AF90C7ACF33EF0EBEB9AE84A6DE8687646B1BBF67C10D767FC8C4D54F68571FC813A2038B3888F9676C7429FB5326F7D360C710B9F587F43C3062777696707B3BFB0E45B035F1B83357A614FF8A87F386DB6F06F97B5FDA14EF918023FA54AB8728299F0659D7A39DC948980444B65B9774C736B1696FEDCDAE985705637EB8FD1521F8BE8909F6CECBDC276C402A575C345D2BC72A2B95CC8167E70A5F499F479068949393F4492F0B84F66F5388",
      torch_tensor_8_torch.int32_13: "0x040000000000000004000000080000000C0000001000000014000000180000001C000000",
      torch_tensor_4_4_torch.int32_1: "0x04000000477959845654663981599599975634485A8555649457488898688A6787885655876A9A57A5B587694778645945548777767468567AAB84795686786A35677697",
      torch_tensor_32_torch.int32_11: "0x040000000100000000000000010000000100000001000000000000000000000000000000010000000000000001000000000000000000000000000000010000000000000001000000000000000100000001000000000000000000000001000000010000000100000001000000000000000000000000000000010000000100000000000000",
      torch_tensor_4_64_torch.int32_3: "0x04000000875A55551446B4DA1F5B46BF8667C14C6B0C84D1E2D5CA897D1FEAD827A6F7518BC5430F0A376731605F83397777076F58F7A80F876B8B326A7BE745ABB94895CAA4C702A348B9A80C57236DF90979BC7AAA3BB28C6FE9C66DB3CF76B09873BF63A0918739DE7F8878F3EA7AA35CD71B8E9355F08795CB392CF4AD4F0F6153C6958AFCA1AD4E8F3548694BF13E10BFA5F0ABEAB4515B49937F1533B0F1066BE60A7F7443E69469738B9B83E7A6ADA05F3FCB5C0A2ECB78A4BF8B007C0C0D3ABFD167FBBD078F62AB6F706B809ADC574927BC6AAAE0AF96FB23004C76744D47312346A0A4A1FA80BA5F09FFBB9929552FFC83801614A0660A9DF1FBC95B98AFF766018892305ABCAAB696BB84D54412BA71588F3006F53AA7FD3676660660641693D0D60FF5405B825786B0F0A2049661A0F999883B843AA74B0DA34C5FD80B1B910A746F5F0666F59C12646AEA353B6FE0B8D53C498792F895FEB8968733436B6968FB08EF1085BDA07DF584B24148EFCA6123A1A3CBBF5694C6A80A27A7B984392438F892A42BB7BF9A34052C57F7129BEF907684796038B87018BD2105BB3379799A4BF890080FEBDEF0DFC9F8DD8B588624373EB8AC85A8F6BC7F5A8FD2BAFEF0890598C8B5F65C998F555806444BAC0F8A8D48DE50AC26569366EB0AC50DC5B8DB3DB571B16678CC5A5D94F7B0C27AFB8DFE787D6D5B77D49609811C744A4FE0F455B831B70697B94896966CF6764EBE44FA58EFB9E06A5B98AD173550E6C7214809C6A1D4B76633DC470107448825C78BB77B5A0FD670D9A68FC3A20D308DD52F54BA215BA63FA7A3EB075317783D83047E4D07A25508A1420B59DA3DF98B3F6753E9ABB662BC699A09938CF009C2B27814943407F8796FC2E4F9338535508BE195F96707684DE963A5B99B36CACB67944880522E968936903C6B83B66A860B976F16227DB16859388BD9B5A8FD240C4C78A91808FCB4A7D8AAC569DD8EC3956C0A4C00867B79D78CBE6C47547483D6835B946AADBC57CC64188C69A9F04F6B0F6AB9BA69715CC400691F318BA47B92604F8E37D74649DBC9D095A52668B457B75B4F098CF2708AA7046F78700079014669494DA339A3B200F8CA82F567466B19679F95BCDB845A978B4670F9B09A83A956F0AD409594F9A714A99AB6F1B786457038B806220A228F5530E80174CC91BF1FA910FB39B85999A58EC087A755C7DA65DA0F7D5C790412A83C79FC14F17ED5E00A43A9C69E77B84062AA0677650AFB88A058584757720835E4CB760D5FC83E9EF72235FA5442AAF9AFC927B3C88F43D9E8FF4687068898B2C147260F9C1FC916707D33FA56E85B98DFA8DBCE4BE6FE4C53C56BD7FE818AB90016FFA3A0F436972F7397C8AF95B0F7626E97FB46A54BD9D3BFCC05E267E5D625DB85203359D7AC4DFEF897F5A7A9975002D653",
      torch_tensor_8_torch.int32_12: "0x040000000000000004000000080000000C0000001000000014000000180000001C000000",
      torch_tensor_2_8_torch.int32_3: "0x040000007568954767664786656555787867777685534766688875897A55767498676647457779677354886946759888A758644766774A65678787A77669796656597778",
      torch_tensor_32_torch.int32_10: "0x040000000000000000000000010000000100000000000000000000000100000001000000010000000100000001000000000000000100000000000000000000000000000001000000000000000000000001000000010000000000000000000000000000000100000000000000010000000000000001000000010000000000000001000000",
      torch_tensor_4_64_torch.int32_2: "0x04000000AD728C958D8BD9BB66688CDBF85598EE27E080CC84B72AB67870A0A767890870B3D7F10571B87460DF67936E69927309B4B19897A067BF0A6CFBFA8E6159DD72D984CE76B1E85A096C4532A0BC4F665422939BFD3239A8695FF18662F842DAD09D07973F54AF8DD260428C447BCC852F271E6378D85749B49250A7F641505BAD8D54B049ACAA950421C362060AA40727FD5969B64F72356554625090AFF057284FBA63A4E797F514993279C03F022258606F9A2A9090F329B75FF56CA0BB89744F757849779C7AA874B7B6C95FB584B6CA80537984408796D4EDD1B9ECFB796887B4FF2F737606DCA05C4C945B16CFB78965589BF618888D869E3C8C77C4AEA150AAB5EFBDEB0AA80AEBA68B77CFD6769A186BAF083CCF86C885CC8D60A84ACE8F8838735EC6D5080E63A5868606B55BF34C70028A43E24B837E90A73748FC7F9676C6AB2F04FBE61DF65F905076A080FB5B8F49055EE6D077032A57B5095CCC1AAA93730F6B9FA3FB80FA8F05CAC87B9BF4F57A4FC8F0847A90AF8B88875B97279549BB79601BFBDA6A530F799FE22E6A688898150FE7702F30645A7095E670FF7FEC0B67C5068ABE968C0E3F746C6B5092FA8A78976386CA8DEA788F6BD3CC37448F794B7983A2401FDAD2450B77C65B77BF09AE084BC7CA7FFCDF90FA88CC05B8068F9AA72A4E0B50BC08FB6C904D71603F51B10C3949E5063133978689784734058940DF6C914C90FFD6669096408CC869585C697821AD5157D8E6669AF978565BA85613EC50EF140245458B8FA9F3A548A66AF433C40CB748EC49988702ECEB078A5918A4AC1CC57A0405ADE2DF7EB053F6BDDF19697676169D9FC168C365686B697CDEC8F0C635C77F734A890F5B70369A95A76356FA2CC2A41F88068B1A3B55F8C6CDCA307CF6F2DC710A859FA5CAB923475C55D6457774F26805F6F43066A6B7870C66092F45A99BA9DA8150685644CA15778F47AA3FAAE38EB7D95E630BA7A42C5D360469807FA5F8FA3923F89998EA7FCB80F8B6A07EB79A5B0897854CE8FB9E077BC794AF58CCFA703BA9338F3790CF8B809C7035FF9236EB90FA8DD536F9A47A8F79D8B8F898B6C50688685DD3F84DF7E520FDB8F0BA6F7B0B55799BD560F237F426955A0EE9DFF348809C364238BC62795A965A6DDD2F8F0641A5F07F368C665F7848044BC6AA98B56F5B39E708388DF51888A940A694A962AB67094C3F2ACD937989D435ABB5EB64DC4FC0443369059B75C7864D10F9B89DA318868F00A9A10F55235555657A1091AB015BF02641B303FE57B787569C8E35687BA55B38CDA94AF746A2BFDF47C976C16957624A2954447A531014F079FD0C98CAE05880375A0F5FFF4BB998404AAFAAB29901D687858D64958441088BBBA5CB74A4666DFE56FEA1BE8DF469793A9D856A766BB92B786CC87A82C9C59697C9F0",
      torch_tensor_8_torch.int32_11: "0x040000000000000004000000080000000C0000001000000014000000180000001C000000",
      torch_tensor_2_8_torch.int32_2: "0x04000000676862775467756988B45665768B66587688878586674787666767875B2775767669876765686579557888557685777565563754764765866489857975887687",
      torch_tensor_32_torch.int32_9: "0x040000000000000001000000000000000000000000000000000000000100000000000000010000000000000001000000000000000100000001000000010000000000000000000000010000000100000001000000010000000100000001000000010000000100000000000000000000000000000000000000010000000000000000000000",
      torch_tensor_4_32_torch.int32_3: "0x04000000BD6AA0F308A80549F497E6086A084064086B89A8918A7688A98D50A8BA4A7B894F9B049EA2F692EEFC0D94ADA0A8987AC079B887BCE47FCAF35A4A2CBB7E3735F3D784699FF7E06786F02670787B7DFC038809FEA2AA1AA99E0E3363F4F330385885B6636D671FC85F55AB58466A728347EED86D110CC7A01D96804B4463A037ADDC808DC73BC84F5EEA59A555D5E59F6EF5750EA00F5A9B7B778A7A1B8A5894B7E6DBC4B827BF49C538E392C94025653C99DA5B75DF818797948AF204692B350EF7FCDABE06EB48A6796F58F5235FA2DE9BBBFD00C5FCF4EFF8A4B05A1B672688D7967A820B9FA8074F4B72F6059578F34C7F02976338F19BA687B8AA0BF8FFB74A57D8BCC6F9CF4BA022AC0C661655A1BBAFA95FBAC539F30A4BAA367F59747A0BFDCD8D5AB59A088E6863FF98360EF42AA9077254A52912CDD30BC6B0444594C6C5C0A35A7F66B98A8BC770D8A0294392A737B7EF987D2FA99A4663598380207460FA4A678B973653C6C788607798969705DC35AD405FBDB7F9ED888BA69C9CA8FA6C96C625AF67F0C07CF37B189B0143978026E69CDC75F35866805850F49A80B89AFC0A079B5ABF9757A7B531F78094DFA5200C99991D02C74D1F20E4F75C66F87F39AE03809D7DCACAE799DBBC63AAFF8F88E962A085B99CAF08609667D8F795AE80DAF49C009CBD5EA04BF3C5EE4FF86D7D8C0D4BF0DB9A39297B015C",
      torch_tensor_8_torch.int32_10: "0x040000000000000004000000080000000C0000001000000014000000180000001C000000",
      torch_tensor_2_4_torch.int32_3: "0x040000006967759768797664668667398766676798378877686755577948865575654899",
      torch_tensor_32_torch.int32_8: "0x040000000100000000000000000000000100000000000000010000000100000001000000010000000100000000000000010000000000000000000000000000000000000000000000000000000000000001000000000000000000000001000000010000000100000001000000000000000000000001000000010000000000000001000000",
      torch_tensor_4_16_torch.int32_3: "0x0400000067BFF695724830957723FCA31BBFD6A989FA31C9F39A4054F0C7EC4A973D1E44721274DC6BF6B3BE865EB975E4B2DA09CF48E4818B939FD594AD5798A25478908567B32DA08B8CB373395B6085F68D097AA5BDFCFD435A741BF3C3B705899D68B21606B4BF5045969464DF66B9BB9D763BDAC88967FE337A04F98699FA68A1BC1460EDDC8A4F7702CA784F6A1C6888DAD7508A28BD34F63CAB10D80A75F068330874F9DB2B78F60A25FAA8B109E75F95A75C535C66832002BF60338633C0F126616B1088533A10FA0E66CC696E6F08B7A0A700AB49A480434DD8B2A5952F8476EF207201A2929AA86033D260BF93DC74610F709606249B766B6696258B378CC7",
      torch_tensor_8_torch.int32_9: "0x040000000000000004000000080000000C0000001000000014000000180000001C000000",
      torch_tensor_2_2_torch.int32_3: "0x0400000076875786526848664896865887955765",
      torch_tensor_32_torch.int32_7: "0x040000000100000001000000000000000100000001000000010000000000000000000000010000000100000000000000010000000100000001000000000000000000000001000000010000000000000000000000000000000000000000000000010000000100000000000000000000000100000000000000010000000000000000000000",
      torch_tensor_4_16_torch.int32_2: "0x040000009470F00627FC75B8625E7F58E3664B9B905AF60B957D396318611808F59427FABA9CE2F8781F03275EDA02A0230B3C983159B3B666983FB346692091CA929F308A0D931D5C005585095F6439E5B906ED754C627D8A850178F81ABAA9964A9E70F6A07F42925DCF97744652D739828F074600C79DD0B7A1E617F335B41D0ACD8987C64F78ED6EE31F89E9EC06934F987A2CBECF5E7728C2A20E79C29BB4AA33E90D43BCE6340CC4A5FC6BC85D66408F8761E88F34AE6096BF237FA0AB6AF1135F926B7274C7777830051B58B6967BF68097AB3B870CF85FCAD58F3225BB040B19CC96588DC7194B57E7C8AF9F3514366B75FE9C6C804434C984573A3D3FE2C6CC",
      torch_tensor_8_torch.int32_8: "0x040000000000000004000000080000000C0000001000000014000000180000001C000000",
      torch_tensor_2_2_torch.int32_2: "0x0400000067797A68775A7764567655755D4776A3",
      torch_tensor_32_torch.int32_6: "0x040000000100000001000000000000000000000000000000010000000100000001000000010000000000000000000000000000000100000001000000010000000000000001000000000000000000000000000000010000000100000000000000000000000000000001000000010000000000000001000000000000000100000000000000",
      torch_tensor_4_32_torch.int32_2: "0x04000000F72FA6B653AC2D58640BFFB3F5B543E0A080444C784B88C3BCF0737594B00147F4AB8547BE61D289A78A88A67CA83C54EF070FEF19256B616C45838DA2040D728EA8066D8D42C5F67AA8AF00118AA574763F9C5657DA0BA113763FA898567F7BF45B5087950B565078B993BAFF5C37B78DB7FBB7D7A530A9FCC67BBC50B0E76694EC594692D07B864E7BFC7BC8BDCCDF59BF543F69AF8BBCD7B3907F61B3D89906CA53E16E509F875C38DF9660D94D96DC4B9AB9FB70B6D5FF406470A4866CDFE6BAFBBEB55F5035026D4367BE905382FA8CBB57C60C25747E3C425F095E6718B6F8B3B95FE098F928B49C66A068F9799087AA3A703F8B4679C82AE1BAAAFF4446D57A66A741AFB4FC7C8CBE1153CCFA34A83B266699F0C81632970D1AC40729A64F559F7BCF046BF05E76AE1D9CFA038F3A9A6C631730D3D9876A27509661BF81BD6BC788479BA4DBC773A690AD3739C748889D74DCF47EFA8563109F166394EB8F0A896CC5C989F9BEF60378E66D0A36DD79F208CC3F24D7F0CE96A57F458819500465C7EC5FF09B7CD4B045B60E906487526387416A0B6555790F77F2634F0BB073F7C54BA9BF3C0C676AB17C7FFC4AD7C40A78BC4F9E27B987C9975586A66B0D8CFA0099BC585C38BDCF3ABFFE5C00978F8CAC8384F708758AB703884A7C84BBB7D4B348839504A4790F7CF98D514E087465556357AD29C0CC7749B753BA",
      torch_tensor_8_torch.int32_7: "0x040000000000000004000000080000000C0000001000000014000000180000001C000000",
      torch_tensor_2_4_torch.int32_2: "0x040000008779655469686776498998467976777A87777656728769376875466876777877",
      torch_tensor_64_torch.int32: "0x0400000002000000010000000200000003000000030000000000000001000000000000000300000001000000010000000300000001000000030000000200000001000000010000000100000002000000020000000300000003000000010000000100000003000000030000000300000000000000020000000100000003000000010000000200000000000000000000000000000002000000030000000000000000000000030000000300000001000000000000000100000000000000030000000200000000000000030000000200000002000000020000000200000000000000000000000200000002000000000000000100000000000000010000000200000000000000",
      torch_tensor_8_32_torch.int32: "0x04000000B67F5FAE766D4A8677F09A887E672DE32B209ED944D01070A3447BC5C0638C8F8FDCF3603840AF97CAADD47B51758C60D3BF490A7CBDC6D72F6C5877F98C6F3994960A7B855AF887BEFB88C465B5F97756DD05F84B04747393800A60307220F05F977F3FAE69AFD2CF03D5BD353900B697379837605C806ACA55670D942BA98E904FD70A68B870F9FFB97900C9CAD851AB0973B75A9FFBCC80D9F956B2FD77D6CB38F027C82DFB62BBB56058A0C276E604F44A9C6C99006B5175E7757476F842F5947C488A7B1967ACB2C2677FA08C34581D017534614F45FF9F9235D7794869AB074A89F366BA547BA89FEB4488765CC55F2770F77ACB9400419FBE9425F20B7B9974688D615635F99B9FD3F7EFF0739938480F377443565064A57FDBCFE5B0A1F6BB03DF57F5C797A80B7FFB58CA0558BEC7FC7AB0399B608954F2B375FAE02699B937996B148468D758055FBDCAA3468CB918608560B0C222958FF09A34444A80A822B48FC2B7A9DB6FF088DB54F303A88A97ECF7F85599A6BF859AD0A2B8C7097BBC0F218D83A399182E53952B6139ACE5CE7854AB5FB788658D9F7B4C495B20CBFA7A7A93B13BF71A73E9A46A8FF6255755CBCABA89F69FDD3CCFDAA6B26781AF0F9F540000650BF3705B4E6BB956EC3BF44FF513F7D18A918842243F02A8449A5766FEC3CB2D07D56842F56884603F9756C8556339A63493AD8433E3F8F89E66480BF58F955078D735C704799CBA7816F6981F4CA878088E4F1D878BC46D083B8BE4FDCF6010F0FAB98F9A742A8687C3AA5648397E33F08B5B25ACD24877E282418F771D66B072DFB8B308B6B4BEF5FB97BECD700D86887E77CD8E030B094A36F87D7E6C92AD232D4A9D656E86D70F57A6469F971C5E3C3754AE761D9954B5C75685B343967028C06AC6F8F55AEB89A59F9D580DBB4F7537FAFA38EAA0942172A60B8A96496699846BD738951BC0CD366B99061FF9B9986854B0FB049450962B170467C6754AFA9B4E07C6BA397F46E74A558960E008F39C785FB5ECA7C686C4A70502167A32BB0F57AFCC82F752A38A9C216889069A286C5580BB06F4ADB980C870A702B3D0496FB7CA16D0A6704AF762828DBD6A4A026578F180C80BF10D67C2A62C629F3CBBBF8B87E268C0537AC0FBFF68EB97085F64A811354162D7082AE86F9DD48C93146BFB370AA6246E97CEF97E43F458855226A56A0B18EB84858B375A59F0FE6F02272DFEE09CE93BF374451A45D16C925B6083E933FD637F6DBFAA6769283596ADBCF1F7370D5BA1AA51E6FD7B8B4178B63861994F89F5CB5B9F9B735B09A5E5292B96BA447FB0854F8AB589AA9BD1304AB6A5F0F8F3221B3ABFC59FF47403C7C885E041C496AFC00AD76F779824ADF4A49670A55C298B868D0659B7840B8A5A599BE9A8A908B9A5CD6704BD007AC2EFAF821AAA684F7B",
      torch_tensor_8_torch.int32_6: "0x040000000000000004000000080000000C0000001000000014000000180000001C000000",
      torch_tensor_4_4_torch.int32: "0x04000000587767777889866667577A9583AA698368885798847477C6757855756568776768748446386776567564486586966798577A88987784965656A8374768363556",
      torch_tensor_32_torch.int32_5: "0x040000000100000001000000000000000100000001000000000000000100000000000000010000000100000001000000000000000000000000000000000000000000000001000000010000000000000000000000000000000100000001000000000000000000000001000000010000000100000000000000000000000000000001000000",
      torch_tensor_4_64_torch.int32_1: "0x04000000377D4D60F9D494594A8278B3987DDD6F8CFBC8BADF960C477058A40BC67F7976089674A80BD4674907E01E3C778D00584EB600CB034CF9F282B970EF136A9679CAB98F390AC6790F8367969C6E166180705598C4930249C482C3038729584909F89373B0FD044B000FB56A4A986A9FD8A896890F4559609517EE8F6AA69EA73B789157BF585579BE12A746F7655D462DAF32DEBF9BDB3927C923764F7D404CC032548B74C9437BB70989A42F0F462558A026E76971E052FEF4140494C59531859820ACD051317875A26979279A9AD06ABE46BAA05F9262FA60BD590A09D79D7A0B5EA707361A6C90E99A76A85A5BD5B3A66F8692EAF08B94C59F95AC9FA5F187FF69902D3075A86F8F70F295F40CB8BED2F22058A04558B9173B87CB7A7D4FCBC8FBA867DA7980FA3031AA76F6715C3A987B97C6FBB5304E48031334AE07FB21E0CA9C88B484DFC9FF5A25AB4BBCAFCE3C7F6A899FC82737E89B727744B8D464155505946AA9A99CE94D94F6275A674634607D4656047B85BF2520BFF2F9558AAEE2C9101470775639124A30E8AADBFF590786B6B7BD7860A8624956F68E9B2BBF17FCDBF74A986058BDB828E1BC908B91BFB01F507DA7565A72C88C5460079F0A7EBC7D4B4755856E70090BFC96B9FAF98B53E1557573816D7B65A0C4D808F984FEB7896D08BFD444F7F85723A2A5556370B7B5A9F00407B78609F701D08BA84E4E6F69811D468BA3FF34C9F846C4FB9575EE36599BC984F2AB7F881905AFE0663976AFC79A8989B981FDF7A24956598F3F645BC1B5A756E332663C759A824FB689CA66C8A6D23E86C70F499F78A6936379BA68A75FA772F88998C90364C46EB8597784BE27F58A2D5670787C3BE5D9E8AA740B6FFA5657480FCD55A8E7A8260ABD57639E3960F17D1DA925E03BD18E7C84992E3F5B57A22E55ACD5DC295C82F0702B7F786B3D76A9F0C8B7817A2BCEC5D2DCD009A57254959839C302666267D9B8767A8F6D67CA7745432F7F8B9AB641DA96A91BEA0529AB19712C9C71F8480167C55FC88AF8358305FBB82D0FDEAA17D6964FB8644077979C399134C06A7127A9D4CD09E30D781654108BFBBDFE019460077E97867F77493A9B2B485F6ABA57330857925F37F8324362EB6676F874B686A6357189CB5E5F5B98430EB432028FAC07BB844A50D8B07AE97DF01CBB799A47F05D65E25440DF6C9307F698BF994F4336D77DC8378FA8FA37E8F786800F80D587CF155828C3D40DD2A8A68B40079DA9F758AACF67B2870F0361F0BBE7C5DDD04FD56860250F00397FC7C744568FF9DCB12E076C969F3E7DCBB6AFC189C35FB8669B6C00E1F66FA0AA4DFC0029673CEAFBFFB040085F74751F9480588C9DE032F883D45C060657F2FB24DA8ED498209B6629875661485D091373FB00499BB53A0594D6B267528D0F9FD92A597504",
      torch_tensor_8_torch.int32_5: "0x040000000000000004000000080000000C0000001000000014000000180000001C000000",
      torch_tensor_2_8_torch.int32_1: "0x0400000085B58598675996555897478657667687698676847878894A5AA467768785456646A7867585566877B8876797868848788665896676777655598658B896576457",
      torch_tensor_32_torch.int32_4: "0x040000000100000000000000000000000100000001000000000000000000000000000000010000000100000001000000010000000000000001000000010000000000000001000000000000000000000000000000000000000100000001000000010000000100000000000000000000000100000000000000000000000000000001000000",
      torch_tensor_4_64_torch.int32: "0x04000000BE9AAAF5F377B2C96A7DDAF12875690B8AF1DB4692F3F7D0D220B2EC737CFD64B2085589CDEBCF93EE9BA0BB6AAB6A2EAA5BB4CFB1DF0F81CDE7AB375365964CB476735F4A656B8000B8B8786170874CF9ACB152A7EC0A7844C8B0434A538085BB375C54C7C32736BF6F69A9556D61925CF46D1C799609BFB5EFDE1B4B99F74BFDF51FB88F6580B86FB9346987F11A435A3F173C888B585986A70A18B6552473834DAF65B5FFE8BFCAA7F341F1F7C455E8BF9C75DFDAFBFAB65E6D575474C0CF8F5F7F0A992885D75EAF8DD3AFC4BC14E8947A37FB6909136FAC79C427C785A6A608E4F4210AD055E97590D6059F894B702154359AFDFFBBA47F789F639777A59D7ED66AB34259C04A65C060ADBB88FA0E6643692BA54EAA74955DF297EF88B1C36629F930B188D66F6DDDD753695AF75B5F200AA4B54D24C8B7E8B8A050FF59094FD9CBE8F2839BFE8FFFD9075582B88687D785DFCCA57E85A757672F7C86FA89E084837992F5269C4C7CA033007487A087ABA9882B75DEF97AFCC986D7C75237D9056479477F5528C25E259567C98A37CF6FC38CBA835485FA393766487A7A626E0F0B106514322AF86B66242366E7C53AB44FE827869C726BD05AB808822FBC044C3E2F7098CD7B8CB4A3B3DB0D0D478CF0B467DF02DABC06CC0FC83A14BBC2B3653F06A4087AE9BBBA8E669FC69840A8BAD82671080B2F0148C2879F83657E0DB448510EF557976703A76DA8B402D652B069BFE96A104A5A9A0C4056A0A3099B17FE686BFFB3260154795659206486A7857E60566D754E0A69FD5853C5C637993BA9F938DAE458F9FC955FA873AE3A9AC508DC8FF8F817806A6F3A37B368EF2EAFAAB630280A6748B029FFB40B94A792D003D0AC4699AEDF76950CBCA4F05E04A1DB087E639110F895668A20BB86BD7045B6EE40F8A94CF68F2951D57070CEC7828972BAA801A90678586DC49737854A00177994077CFF5184C64C0B1896968711EB081FAA8BC79C8F09CDDDBFEE9E44093B7B5F77CC73A4E6704F873FB071AAB0E946777BEF9F05974640B2289705A73F41A48B5654C0A7C08A5203A876806508F43606F6490DFE60E85FA838A66592B0AFDCF5FC59AF09B7773D7698E99B57DD53044B4DF6FC484EC83AF975069C0674EA697881560A366F0C0A02CDBEA540543944928B04CA8CBD854848FEBB0F4D6AE91803C266FA60B1233D97807305481663CC48C8AF7E59B8AD313DF12064CAF9A29CA6F1FB0A0BAEADB39335187DBB838481CFFFA950D40240A0BF0697E646DF0A06857B0FEE032FCA70FAB83F3D788840E780EB9A7A04545D00568C4A79BA5B875EDE05A48E64BC096609470766C09ABB75C7856807F3DF1D99ECBD43F310616E5D8A28F945BFCE9ABA87B750A7763CE9ABDF09AA97A33F86693B114B876244F8581CEA1497F899A6226F3602",
      torch_tensor_8_torch.int32_4: "0x040000000000000004000000080000000C0000001000000014000000180000001C000000",
      torch_tensor_2_8_torch.int32: "0x040000006686946888785555688C76558788776984427984A8858857859A56697558945A4967678577697947847998767747877A77757858275598685697D68765687357",
      torch_tensor_32_torch.int32_3: "0x040000000000000000000000000000000000000001000000010000000000000000000000000000000100000001000000010000000000000001000000000000000100000001000000000000000100000001000000000000000100000000000000000000000100000001000000000000000100000001000000000000000000000001000000",
      torch_tensor_4_32_torch.int32_1: "0x04000000CA5866DA78766A98CA005789A696C92F3AFB66083A82C55E604806B91056107565980B0F5368895D59D05E4F83070719E0FECFBD10A4C90AC2407938B2153C86AFD99CDCCD0F579A075F16576F5A4056AAA680C750A3337904C5A8139407BF4347679FA4A95C5C85BDF1B0B3C9B0496AF95910D9B54A46306ABFF4A6F06414B1699D4972A1987053F8059A5B6935601B8766FD23CC9DB408418036633CF7497A2B68F9747962F49D6208DAB6BE73C8AAA891B11AF7B0E2A48F0882F7270A4A89DBF1A8D7CE8C5EF58939A9FAC8CCF7D92B73487F4F20DD084839626E6A086FCAC7A7BC0A59C6BF6AF6874BCC027ECC777AC8194B07357109300667AB9885D8526099F949F3C20826EB6C194787B026C8772819A90A77F734A88204BFF616632A947CB8880953AFC689D989DB8BE54845E224168B3F28D78547945A1339F97617CD439479B9D46B7C64308F6A9DBDA896966648B09F7A4DAF692F483F77F4B73AF83F52B65650A0307296B898D04196F7686F1AEC7FAB885B854C36BA508FB228625F8E90F8F25AEA731BF388F7754A3D037E497B0C8F9B93395FF5F029A76BD99D774E4882722048B5E7A5F3182F7F640E89C2929769536F2B4A956B54C0F5674B466040768CD07E2B8986BD8B806D878F97BBB5A9477E9D201AAF1DB4950F37167B07C8AF9C36D8BEE0B8B4F78B56A13B7AE940534F2883AA58A8A7A4B68BA8",
      torch_tensor_8_torch.int32_3: "0x040000000000000004000000080000000C0000001000000014000000180000001C000000",
      torch_tensor_2_4_torch.int32_1: "0x04000000686677676766477798678857789988378736655557689765577667A4A5895676",
      torch_tensor_32_torch.int32_2: "0x040000000000000001000000000000000100000000000000000000000100000001000000000000000100000001000000000000000100000000000000010000000100000000000000010000000000000000000000010000000100000000000000010000000000000001000000000000000000000001000000000000000000000001000000",
      torch_tensor_4_16_torch.int32_1: "0x0400000068668E566A75848790F02A26773CBD8A56730E018CD5FBB9B1DB575A74FD1B8A59678FB862E57B0F9F388AF85F3448490585F7DBB0677CC243FCA3B5F4DF154A3989AF403805BF587247AB69DA90D8EF1A6B02A08B83DA04FA57340C6AD4230A3A690702B406DB77970995D773F8B55AF73B8D41D2E0F51FC0FC4674A86F22C3C44094BFC754893320A3708837388E665EFB7A54DACF65952F8989D06D7D5730A36DF75CCDF7A975084AF26587E44880B3A5C76B1699183F11355AA7044270D14A3A392336F4603737F432A2708CFE5F56B34F85DF0582F5B6247AA81F77A71787187447A536BAA68C9351820E75BF5EB7035DAA05666B1803168F66A07410E0",
      torch_tensor_8_torch.int32_2: "0x040000000000000004000000080000000C0000001000000014000000180000001C000000",
      torch_tensor_2_2_torch.int32_1: "0x0400000066947686777877354474736883674885",
      torch_tensor_32_torch.int32_1: "0x040000000000000000000000000000000100000000000000010000000100000001000000010000000100000000000000000000000000000001000000000000000000000001000000010000000100000000000000000000000000000000000000010000000100000000000000010000000100000001000000010000000000000000000000",
      torch_tensor_4_16_torch.int32: "0x04000000C6545A8F49FBD3B87094B687A6C966F597A40F9CC4B064BCAA9405D8331293D796702D59079304235E5A5DA62677AE0DF87A65149C66C82D979F729084FA5DD86D03949698616B61BF47653BCC8C8A5A30A5A698CBF605A22947FFAB7AF57092506FC798F7F22373358D59765B46A0F77CD45A403E60C0D5C454B7264AFAEB8C4034F21953FC0FEA0E5C46D755E46F549683A68ACAFF26D7EC7E93343DB171F9F4B8A7489B9B52A57A06FAF6461571F86038E33EEA8E72998A4F27B4F06B06A25927A6C8D96F08A5A8CCE96FF06D5803348F3A40B9A5AA52EF5E530C8AE40D4B6B0911A9A2B69E5290027AA3360B7F406D49F9468BF50CDF0AF5C6553C98FC68",
      torch_tensor_8_torch.int32_1: "0x040000000000000004000000080000000C0000001000000014000000180000001C000000",
      torch_tensor_2_2_torch.int32: "0x040000008677565857376664754B756475867678",
      torch_tensor_32_torch.int32: "0x040000000000000001000000000000000000000000000000010000000000000001000000010000000100000001000000010000000100000000000000010000000100000001000000000000000100000001000000000000000000000000000000000000000000000000000000010000000000000000000000010000000100000000000000",
      torch_tensor_4_32_torch.int32: "0x0400000080AF98B48AA5A9F697BA087F78247393F08C87AE295D64358B049C7A62F35646D3E4C8B760E9055BFA4A409D29F447586337B7290AD8A0A0B6646478EB0FC96AB65509387AD743470A3F78929FA8B7BE0B06EB6D4BBEAF0D705989B5AFB66462128A6FD8B067826F7F9C9445C9E08BF4D68787457B07B6FDBDBC6F3DA14690FFF0A76F9B7C9377E4D8FB99DA0C38DEAB748BD62782B989058BF071FA290D58A6D25A460534989954D85C6A5D0A823AF75C7897A0984738550979B46FBDA2C896CBD3365AE3F9A084105B5F8CA6FBDB097F87F5BBB776C5412BF9C965E76C8520C2140FC1ADB5EDB79B8918FA8670AEEAD701B795D7A7406B28279F568C9F50A1FD58D795813D8E3C09AE26C4C8DA70168F80BFA6F86F5CB39478B7F6AF7605178FE867AA26F79222D5C37999B04552544F5957430F974EAD9965BAFCE0D4CAECEF8760DDAB8F4989E4927D28534537EAC83D98B198221096206C43935DFA5D79B80B6BC6AFEEA1B5E27D4B0CABADC98FD6E9FAD14B38B0D793705EE9CB2C8B7BB41D38174036BF60629661FA32FBFECE4EDE5BFA3545380071B6A449BB355ECA51D3B0FC6FE5592AFB7B099386079D259096EF8EF652BA4BA30714756BF7F684426789F3DF5F806115A8A50E0DE9987A785C8DA4EDC2F83747F4F73BA80B960DC1A191248A70A2E983679A5077DCB41209D74B9F8A34BFF8A0F214970CA8D465",
      torch_tensor_8_torch.int32: "0x040000000000000004000000080000000C0000001000000014000000180000001C000000",
      torch_tensor_2_4_torch.int32: "0x0400000056477A47687957858874895576965768699A4858494577856766566896877773"
    }
  }
#-}
