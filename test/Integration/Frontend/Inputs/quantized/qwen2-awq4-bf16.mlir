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
#map13 = affine_map<(d0, d1, d2) -> (0, 0, d2)>
#map14 = affine_map<(d0, d1) -> (d0, 0)>
#map15 = affine_map<(d0, d1) -> (d1)>
#map16 = affine_map<(d0, d1, d2) -> (d0, d2)>
#map17 = affine_map<(d0, d1, d2, d3) -> (d0, 0, d2, d3)>
#map18 = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d3, d4)>
#map19 = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>
#map20 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>
module {
  func.func @forward(%arg0: tensor<1x8xi64>) -> tensor<1x8x64xbf16> {
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
    %cst_3 = arith.constant dense<0.000000e+00> : tensor<bf16>
    %cst_4 = arith.constant dense<0xFF80> : tensor<bf16>
    %cst_5 = arith.constant dense<true> : tensor<i1>
    %cst_6 = arith.constant dense_resource<torch_tensor_64_32_torch.bfloat16_1> : tensor<64x32xbf16>
    %cst_7 = arith.constant dense_resource<torch_tensor_32_torch.bfloat16_6> : tensor<32xbf16>
    %cst_8 = arith.constant dense_resource<torch_tensor_4_32_torch.bfloat16_1> : tensor<4x32xbf16>
    %cst_9 = arith.constant dense_resource<torch_tensor_2_64_torch.bfloat16_3> : tensor<2x64xbf16>
    %cst_10 = arith.constant dense_resource<torch_tensor_2_64_torch.bfloat16_2> : tensor<2x64xbf16>
    %cst_11 = arith.constant dense_resource<torch_tensor_32_torch.bfloat16_5> : tensor<32xbf16>
    %cst_12 = arith.constant dense_resource<torch_tensor_2_32_torch.bfloat16_3> : tensor<2x32xbf16>
    %cst_13 = arith.constant dense_resource<torch_tensor_16_torch.bfloat16_3> : tensor<16xbf16>
    %cst_14 = arith.constant dense_resource<torch_tensor_2_16_torch.bfloat16_3> : tensor<2x16xbf16>
    %cst_15 = arith.constant dense_resource<torch_tensor_16_torch.bfloat16_2> : tensor<16xbf16>
    %cst_16 = arith.constant dense_resource<torch_tensor_2_16_torch.bfloat16_2> : tensor<2x16xbf16>
    %cst_17 = arith.constant dense_resource<torch_tensor_32_torch.bfloat16_4> : tensor<32xbf16>
    %cst_18 = arith.constant dense_resource<torch_tensor_2_32_torch.bfloat16_2> : tensor<2x32xbf16>
    %cst_19 = arith.constant dense_resource<torch_tensor_32_torch.bfloat16_3> : tensor<32xbf16>
    %cst_20 = arith.constant dense_resource<torch_tensor_4_32_torch.bfloat16> : tensor<4x32xbf16>
    %cst_21 = arith.constant dense_resource<torch_tensor_2_64_torch.bfloat16_1> : tensor<2x64xbf16>
    %cst_22 = arith.constant dense_resource<torch_tensor_2_64_torch.bfloat16> : tensor<2x64xbf16>
    %cst_23 = arith.constant dense_resource<torch_tensor_32_torch.bfloat16_2> : tensor<32xbf16>
    %cst_24 = arith.constant dense_resource<torch_tensor_2_32_torch.bfloat16_1> : tensor<2x32xbf16>
    %cst_25 = arith.constant 0.59460355750136051 : f64
    %cst_26 = arith.constant 0xFFF0000000000000 : f64
    %cst_27 = arith.constant dense_resource<torch_tensor_16_torch.bfloat16_1> : tensor<16xbf16>
    %cst_28 = arith.constant dense_resource<torch_tensor_2_16_torch.bfloat16_1> : tensor<2x16xbf16>
    %cst_29 = arith.constant dense_resource<torch_tensor_16_torch.bfloat16> : tensor<16xbf16>
    %cst_30 = arith.constant dense_resource<torch_tensor_2_16_torch.bfloat16> : tensor<2x16xbf16>
    %cst_31 = arith.constant dense_resource<torch_tensor_32_torch.bfloat16_1> : tensor<32xbf16>
    %cst_32 = arith.constant dense_resource<torch_tensor_2_32_torch.bfloat16> : tensor<2x32xbf16>
    %cst_33 = arith.constant dense_resource<torch_tensor_32_torch.bfloat16> : tensor<32xbf16>
    %cst_34 = arith.constant 9.9999999999999995E-7 : f64
    %cst_35 = arith.constant dense_resource<torch_tensor_4_torch.bfloat16> : tensor<4xbf16>
    %cst_36 = arith.constant dense_resource<torch_tensor_64_32_torch.bfloat16> : tensor<64x32xbf16>
    %cst_37 = arith.constant 3.200000e+01 : f32
    %c15_i8 = arith.constant 15 : i8
    %c32_i64 = arith.constant 32 : i64
    %c16_i64 = arith.constant 16 : i64
    %c64_i64 = arith.constant 64 : i64
    %c0_i64 = arith.constant 0 : i64
    %cst_38 = arith.constant dense_resource<torch_tensor_4_4_torch.int32_1> : tensor<4x4xi32>
    %cst_39 = arith.constant dense_resource<torch_tensor_8_torch.int32_13> : tensor<8xi32>
    %cst_40 = arith.constant dense_resource<torch_tensor_64_4_torch.int32_1> : tensor<64x4xi32>
    %cst_41 = arith.constant dense_resource<torch_tensor_2_8_torch.int32_3> : tensor<2x8xi32>
    %cst_42 = arith.constant dense_resource<torch_tensor_8_torch.int32_12> : tensor<8xi32>
    %cst_43 = arith.constant dense_resource<torch_tensor_32_8_torch.int32_3> : tensor<32x8xi32>
    %cst_44 = arith.constant dense_resource<torch_tensor_2_8_torch.int32_2> : tensor<2x8xi32>
    %cst_45 = arith.constant dense_resource<torch_tensor_8_torch.int32_11> : tensor<8xi32>
    %cst_46 = arith.constant dense_resource<torch_tensor_32_8_torch.int32_2> : tensor<32x8xi32>
    %cst_47 = arith.constant dense_resource<torch_tensor_2_4_torch.int32_3> : tensor<2x4xi32>
    %cst_48 = arith.constant dense_resource<torch_tensor_8_torch.int32_10> : tensor<8xi32>
    %cst_49 = arith.constant dense_resource<torch_tensor_32_4_torch.int32_3> : tensor<32x4xi32>
    %cst_50 = arith.constant dense_resource<torch_tensor_2_2_torch.int32_3> : tensor<2x2xi32>
    %cst_51 = arith.constant dense_resource<torch_tensor_8_torch.int32_9> : tensor<8xi32>
    %cst_52 = arith.constant dense_resource<torch_tensor_32_2_torch.int32_3> : tensor<32x2xi32>
    %cst_53 = arith.constant dense_resource<torch_tensor_2_2_torch.int32_2> : tensor<2x2xi32>
    %cst_54 = arith.constant dense_resource<torch_tensor_8_torch.int32_8> : tensor<8xi32>
    %cst_55 = arith.constant dense_resource<torch_tensor_32_2_torch.int32_2> : tensor<32x2xi32>
    %cst_56 = arith.constant dense_resource<torch_tensor_2_4_torch.int32_2> : tensor<2x4xi32>
    %cst_57 = arith.constant dense_resource<torch_tensor_8_torch.int32_7> : tensor<8xi32>
    %cst_58 = arith.constant dense_resource<torch_tensor_32_4_torch.int32_2> : tensor<32x4xi32>
    %cst_59 = arith.constant dense_resource<torch_tensor_4_4_torch.int32> : tensor<4x4xi32>
    %cst_60 = arith.constant dense_resource<torch_tensor_8_torch.int32_6> : tensor<8xi32>
    %cst_61 = arith.constant dense_resource<torch_tensor_64_4_torch.int32> : tensor<64x4xi32>
    %cst_62 = arith.constant dense_resource<torch_tensor_2_8_torch.int32_1> : tensor<2x8xi32>
    %cst_63 = arith.constant dense_resource<torch_tensor_8_torch.int32_5> : tensor<8xi32>
    %cst_64 = arith.constant dense_resource<torch_tensor_32_8_torch.int32_1> : tensor<32x8xi32>
    %cst_65 = arith.constant dense_resource<torch_tensor_2_8_torch.int32> : tensor<2x8xi32>
    %cst_66 = arith.constant dense_resource<torch_tensor_8_torch.int32_4> : tensor<8xi32>
    %cst_67 = arith.constant dense_resource<torch_tensor_32_8_torch.int32> : tensor<32x8xi32>
    %cst_68 = arith.constant dense_resource<torch_tensor_2_4_torch.int32_1> : tensor<2x4xi32>
    %cst_69 = arith.constant dense_resource<torch_tensor_8_torch.int32_3> : tensor<8xi32>
    %cst_70 = arith.constant dense_resource<torch_tensor_32_4_torch.int32_1> : tensor<32x4xi32>
    %cst_71 = arith.constant dense_resource<torch_tensor_2_2_torch.int32_1> : tensor<2x2xi32>
    %cst_72 = arith.constant dense_resource<torch_tensor_8_torch.int32_2> : tensor<8xi32>
    %cst_73 = arith.constant dense_resource<torch_tensor_32_2_torch.int32_1> : tensor<32x2xi32>
    %cst_74 = arith.constant dense_resource<torch_tensor_2_2_torch.int32> : tensor<2x2xi32>
    %cst_75 = arith.constant dense_resource<torch_tensor_8_torch.int32_1> : tensor<8xi32>
    %cst_76 = arith.constant dense_resource<torch_tensor_32_2_torch.int32> : tensor<32x2xi32>
    %cst_77 = arith.constant dense_resource<torch_tensor_2_4_torch.int32> : tensor<2x4xi32>
    %cst_78 = arith.constant dense_resource<torch_tensor_8_torch.int32> : tensor<8xi32>
    %cst_79 = arith.constant dense_resource<torch_tensor_32_4_torch.int32> : tensor<32x4xi32>
    %cst_80 = arith.constant dense_resource<torch_tensor_8_torch.int64> : tensor<8xi64>
    %cst_81 = arith.constant dense_resource<torch_tensor_8_torch.int64_1> : tensor<8xi64>
    %cst_82 = arith.constant dense_resource<torch_tensor_8_torch.int64_2> : tensor<8xi64>
    %cst_83 = arith.constant dense_resource<torch_tensor_8_torch.int64_3> : tensor<8xi64>
    %cst_84 = arith.constant dense_resource<torch_tensor_8_torch.int64_4> : tensor<8xi64>
    %cst_85 = arith.constant dense_resource<torch_tensor_8_torch.int64_5> : tensor<8xi64>
    %cst_86 = arith.constant dense_resource<torch_tensor_8_torch.int64_6> : tensor<8xi64>
    %cst_87 = arith.constant dense_resource<torch_tensor_8_torch.int64_7> : tensor<8xi64>
    %cst_88 = arith.constant dense_resource<torch_tensor_8_torch.int64_8> : tensor<8xi64>
    %cst_89 = arith.constant dense_resource<torch_tensor_8_torch.int64_9> : tensor<8xi64>
    %cst_90 = arith.constant dense_resource<torch_tensor_8_torch.int64_10> : tensor<8xi64>
    %cst_91 = arith.constant dense_resource<torch_tensor_8_torch.int64_11> : tensor<8xi64>
    %cst_92 = arith.constant dense_resource<torch_tensor_8_torch.int64_12> : tensor<8xi64>
    %cst_93 = arith.constant dense_resource<torch_tensor_8_torch.int64_13> : tensor<8xi64>
    %cst_94 = arith.constant dense_resource<torch_tensor_8_torch.int64_14> : tensor<8xi64>
    %cst_95 = arith.constant dense_resource<torch_tensor_8_torch.int64_15> : tensor<8xi64>
    %cst_96 = arith.constant dense_resource<torch_tensor_8_torch.int64_16> : tensor<8xi64>
    %cst_97 = arith.constant dense_resource<torch_tensor_8_torch.int64_17> : tensor<8xi64>
    %cst_98 = arith.constant dense_resource<torch_tensor_8_torch.int64_18> : tensor<8xi64>
    %cst_99 = arith.constant dense_resource<torch_tensor_8_torch.int64_19> : tensor<8xi64>
    %cst_100 = arith.constant dense_resource<torch_tensor_8_torch.int64_20> : tensor<8xi64>
    %cst_101 = arith.constant dense_resource<torch_tensor_8_torch.int64_21> : tensor<8xi64>
    %cst_102 = arith.constant dense_resource<torch_tensor_8_torch.int64_22> : tensor<8xi64>
    %cst_103 = arith.constant dense_resource<torch_tensor_8_torch.int64_23> : tensor<8xi64>
    %cst_104 = arith.constant dense_resource<torch_tensor_8_torch.int64_24> : tensor<8xi64>
    %cst_105 = arith.constant dense_resource<torch_tensor_8_torch.int64_25> : tensor<8xi64>
    %cst_106 = arith.constant dense_resource<torch_tensor_8_torch.int64_26> : tensor<8xi64>
    %cst_107 = arith.constant dense_resource<torch_tensor_8_torch.int64_27> : tensor<8xi64>
    %0 = tensor.empty() : tensor<1x8x32xbf16>
    %1 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg0 : tensor<1x8xi64>) outs(%0 : tensor<1x8x32xbf16>) {
    ^bb0(%in: i64, %out: bf16):
      %467 = arith.index_cast %in : i64 to index
      %468 = linalg.index 2 : index
      %469 = arith.cmpi slt, %467, %c64 : index
      cf.assert %469, "index must be smaller than dim size"
      %470 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %470, "index must be larger or equal to 0"
      %extracted = tensor.extract %cst_36[%467, %468] : tensor<64x32xbf16>
      linalg.yield %extracted : bf16
    } -> tensor<1x8x32xbf16>
    %2 = tensor.empty() : tensor<8xi64>
    %3 = linalg.generic {indexing_maps = [#map2], iterator_types = ["parallel"]} outs(%2 : tensor<8xi64>) {
    ^bb0(%out: i64):
      %467 = linalg.index 0 : index
      %468 = arith.index_cast %467 : index to i64
      linalg.yield %468 : i64
    } -> tensor<8xi64>
    %expanded = tensor.expand_shape %3 [[0, 1]] output_shape [1, 8] : tensor<8xi64> into tensor<1x8xi64>
    %extracted_slice = tensor.extract_slice %expanded[0, 0] [1, 1] [1, 1] : tensor<1x8xi64> to tensor<1x1xi64>
    %4 = tensor.empty() : tensor<1x1xi64>
    %5 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%extracted_slice : tensor<1x1xi64>) outs(%4 : tensor<1x1xi64>) {
    ^bb0(%in: i64, %out: i64):
      %467 = arith.subi %in, %c1_i64 : i64
      linalg.yield %467 : i64
    } -> tensor<1x1xi64>
    %concat = tensor.concat dim(1) %5, %expanded : (tensor<1x1xi64>, tensor<1x8xi64>) -> tensor<1x9xi64>
    %extracted_slice_108 = tensor.extract_slice %concat[0, 0] [1, 8] [1, 1] : tensor<1x9xi64> to tensor<1x8xi64>
    %extracted_slice_109 = tensor.extract_slice %concat[0, 1] [1, 8] [1, 1] : tensor<1x9xi64> to tensor<1x8xi64>
    %6 = tensor.empty() : tensor<1x8xi64>
    %7 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%extracted_slice_109, %extracted_slice_108 : tensor<1x8xi64>, tensor<1x8xi64>) outs(%6 : tensor<1x8xi64>) {
    ^bb0(%in: i64, %in_320: i64, %out: i64):
      %467 = arith.subi %in, %in_320 : i64
      linalg.yield %467 : i64
    } -> tensor<1x8xi64>
    %8 = tensor.empty() : tensor<1x8xi1>
    %9 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%7 : tensor<1x8xi64>) outs(%8 : tensor<1x8xi1>) {
    ^bb0(%in: i64, %out: i1):
      %467 = arith.cmpi ne, %in, %c1_i64 : i64
      linalg.yield %467 : i1
    } -> tensor<1x8xi1>
    %10 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%9 : tensor<1x8xi1>) outs(%6 : tensor<1x8xi64>) {
    ^bb0(%in: i1, %out: i64):
      %467 = arith.extui %in : i1 to i64
      linalg.yield %467 : i64
    } -> tensor<1x8xi64>
    %11 = linalg.fill ins(%c0_i64 : i64) outs(%6 : tensor<1x8xi64>) -> tensor<1x8xi64>
    %12 = tensor.empty() : tensor<1xi64>
    %13 = linalg.fill ins(%c0_i64 : i64) outs(%12 : tensor<1xi64>) -> tensor<1xi64>
    %14:2 = tm_tensor.scan dimension(1) inclusive(true) ins(%10 : tensor<1x8xi64>) outs(%11, %13 : tensor<1x8xi64>, tensor<1xi64>) {
    ^bb0(%arg1: i64, %arg2: i64):
      %467 = arith.addi %arg1, %arg2 : i64
      tm_tensor.yield %467 : i64
    } -> tensor<1x8xi64>, tensor<1xi64>
    %15 = linalg.generic {indexing_maps = [#map2], iterator_types = ["parallel"]} outs(%12 : tensor<1xi64>) {
    ^bb0(%out: i64):
      linalg.yield %c0_i64 : i64
    } -> tensor<1xi64>
    %expanded_110 = tensor.expand_shape %15 [[0, 1, 2, 3]] output_shape [1, 1, 1, 1] : tensor<1xi64> into tensor<1x1x1x1xi64>
    %expanded_111 = tensor.expand_shape %3 [[0, 1, 2, 3]] output_shape [1, 1, 8, 1] : tensor<8xi64> into tensor<1x1x8x1xi64>
    %expanded_112 = tensor.expand_shape %3 [[0, 1, 2, 3]] output_shape [1, 1, 1, 8] : tensor<8xi64> into tensor<1x1x1x8xi64>
    %16 = tensor.empty() : tensor<1x1x8x1xi64>
    %17 = linalg.generic {indexing_maps = [#map4, #map5, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_110, %expanded_111 : tensor<1x1x1x1xi64>, tensor<1x1x8x1xi64>) outs(%16 : tensor<1x1x8x1xi64>) {
    ^bb0(%in: i64, %in_320: i64, %out: i64):
      %467 = arith.cmpi slt, %in, %c0_i64 : i64
      %468 = arith.addi %in, %c1_i64 : i64
      %469 = arith.select %467, %468, %in : i64
      %470 = arith.index_cast %469 : i64 to index
      %471 = arith.cmpi slt, %in_320, %c0_i64 : i64
      %472 = arith.addi %in_320, %c8_i64 : i64
      %473 = arith.select %471, %472, %in_320 : i64
      %474 = arith.index_cast %473 : i64 to index
      %extracted = tensor.extract %expanded[%470, %474] : tensor<1x8xi64>
      linalg.yield %extracted : i64
    } -> tensor<1x1x8x1xi64>
    %18 = tensor.empty() : tensor<1x1x1x8xi64>
    %19 = linalg.generic {indexing_maps = [#map4, #map7, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_110, %expanded_112 : tensor<1x1x1x1xi64>, tensor<1x1x1x8xi64>) outs(%18 : tensor<1x1x1x8xi64>) {
    ^bb0(%in: i64, %in_320: i64, %out: i64):
      %467 = arith.cmpi slt, %in, %c0_i64 : i64
      %468 = arith.addi %in, %c1_i64 : i64
      %469 = arith.select %467, %468, %in : i64
      %470 = arith.index_cast %469 : i64 to index
      %471 = arith.cmpi slt, %in_320, %c0_i64 : i64
      %472 = arith.addi %in_320, %c8_i64 : i64
      %473 = arith.select %471, %472, %in_320 : i64
      %474 = arith.index_cast %473 : i64 to index
      %extracted = tensor.extract %expanded[%470, %474] : tensor<1x8xi64>
      linalg.yield %extracted : i64
    } -> tensor<1x1x1x8xi64>
    %20 = tensor.empty() : tensor<1x1x8x8xi1>
    %21 = linalg.generic {indexing_maps = [#map8, #map9, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%19, %17 : tensor<1x1x1x8xi64>, tensor<1x1x8x1xi64>) outs(%20 : tensor<1x1x8x8xi1>) {
    ^bb0(%in: i64, %in_320: i64, %out: i1):
      %467 = arith.cmpi sle, %in, %in_320 : i64
      linalg.yield %467 : i1
    } -> tensor<1x1x8x8xi1>
    %22 = linalg.generic {indexing_maps = [#map10, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%cst_5, %21 : tensor<i1>, tensor<1x1x8x8xi1>) outs(%20 : tensor<1x1x8x8xi1>) {
    ^bb0(%in: i1, %in_320: i1, %out: i1):
      %467 = arith.andi %in, %in_320 : i1
      linalg.yield %467 : i1
    } -> tensor<1x1x8x8xi1>
    %23 = linalg.generic {indexing_maps = [#map4, #map5, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_110, %expanded_111 : tensor<1x1x1x1xi64>, tensor<1x1x8x1xi64>) outs(%16 : tensor<1x1x8x1xi64>) {
    ^bb0(%in: i64, %in_320: i64, %out: i64):
      %467 = arith.cmpi slt, %in, %c0_i64 : i64
      %468 = arith.addi %in, %c1_i64 : i64
      %469 = arith.select %467, %468, %in : i64
      %470 = arith.index_cast %469 : i64 to index
      %471 = arith.cmpi slt, %in_320, %c0_i64 : i64
      %472 = arith.addi %in_320, %c8_i64 : i64
      %473 = arith.select %471, %472, %in_320 : i64
      %474 = arith.index_cast %473 : i64 to index
      %extracted = tensor.extract %14#0[%470, %474] : tensor<1x8xi64>
      linalg.yield %extracted : i64
    } -> tensor<1x1x8x1xi64>
    %24 = linalg.generic {indexing_maps = [#map4, #map7, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_110, %expanded_112 : tensor<1x1x1x1xi64>, tensor<1x1x1x8xi64>) outs(%18 : tensor<1x1x1x8xi64>) {
    ^bb0(%in: i64, %in_320: i64, %out: i64):
      %467 = arith.cmpi slt, %in, %c0_i64 : i64
      %468 = arith.addi %in, %c1_i64 : i64
      %469 = arith.select %467, %468, %in : i64
      %470 = arith.index_cast %469 : i64 to index
      %471 = arith.cmpi slt, %in_320, %c0_i64 : i64
      %472 = arith.addi %in_320, %c8_i64 : i64
      %473 = arith.select %471, %472, %in_320 : i64
      %474 = arith.index_cast %473 : i64 to index
      %extracted = tensor.extract %14#0[%470, %474] : tensor<1x8xi64>
      linalg.yield %extracted : i64
    } -> tensor<1x1x1x8xi64>
    %25 = linalg.generic {indexing_maps = [#map9, #map8, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%23, %24 : tensor<1x1x8x1xi64>, tensor<1x1x1x8xi64>) outs(%20 : tensor<1x1x8x8xi1>) {
    ^bb0(%in: i64, %in_320: i64, %out: i1):
      %467 = arith.cmpi eq, %in, %in_320 : i64
      linalg.yield %467 : i1
    } -> tensor<1x1x8x8xi1>
    %26 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%22, %25 : tensor<1x1x8x8xi1>, tensor<1x1x8x8xi1>) outs(%20 : tensor<1x1x8x8xi1>) {
    ^bb0(%in: i1, %in_320: i1, %out: i1):
      %467 = arith.andi %in, %in_320 : i1
      linalg.yield %467 : i1
    } -> tensor<1x1x8x8xi1>
    %expanded_113 = tensor.expand_shape %3 [[0, 1, 2]] output_shape [1, 8, 1] : tensor<8xi64> into tensor<1x8x1xi64>
    %27 = tensor.empty() : tensor<1x8x1xf32>
    %28 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_113 : tensor<1x8x1xi64>) outs(%27 : tensor<1x8x1xf32>) {
    ^bb0(%in: i64, %out: f32):
      %467 = arith.sitofp %in : i64 to f32
      linalg.yield %467 : f32
    } -> tensor<1x8x1xf32>
    %29 = tensor.empty() : tensor<4xf32>
    %30 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel"]} ins(%cst_35 : tensor<4xbf16>) outs(%29 : tensor<4xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %467 = arith.extf %in : bf16 to f32
      linalg.yield %467 : f32
    } -> tensor<4xf32>
    %31 = tensor.empty() : tensor<1x8x4xf32>
    %32 = linalg.generic {indexing_maps = [#map11, #map12, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%28, %30 : tensor<1x8x1xf32>, tensor<4xf32>) outs(%31 : tensor<1x8x4xf32>) {
    ^bb0(%in: f32, %in_320: f32, %out: f32):
      %467 = arith.mulf %in, %in_320 : f32
      linalg.yield %467 : f32
    } -> tensor<1x8x4xf32>
    %concat_114 = tensor.concat dim(2) %32, %32 : (tensor<1x8x4xf32>, tensor<1x8x4xf32>) -> tensor<1x8x8xf32>
    %33 = tensor.empty() : tensor<1x8x8xf32>
    %34 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%concat_114 : tensor<1x8x8xf32>) outs(%33 : tensor<1x8x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %467 = math.cos %in : f32
      linalg.yield %467 : f32
    } -> tensor<1x8x8xf32>
    %35 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%concat_114 : tensor<1x8x8xf32>) outs(%33 : tensor<1x8x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %467 = math.sin %in : f32
      linalg.yield %467 : f32
    } -> tensor<1x8x8xf32>
    %36 = tensor.empty() : tensor<1x8x8xbf16>
    %37 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%34 : tensor<1x8x8xf32>) outs(%36 : tensor<1x8x8xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %467 = arith.truncf %in : f32 to bf16
      linalg.yield %467 : bf16
    } -> tensor<1x8x8xbf16>
    %38 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%35 : tensor<1x8x8xf32>) outs(%36 : tensor<1x8x8xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %467 = arith.truncf %in : f32 to bf16
      linalg.yield %467 : bf16
    } -> tensor<1x8x8xbf16>
    %39 = tensor.empty() : tensor<1x8x32xf32>
    %40 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1 : tensor<1x8x32xbf16>) outs(%39 : tensor<1x8x32xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %467 = arith.extf %in : bf16 to f32
      linalg.yield %467 : f32
    } -> tensor<1x8x32xf32>
    %41 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%40 : tensor<1x8x32xf32>) outs(%39 : tensor<1x8x32xf32>) {
    ^bb0(%in: f32, %out: f32):
      %467 = math.fpowi %in, %c2_i64 : f32, i64
      linalg.yield %467 : f32
    } -> tensor<1x8x32xf32>
    %42 = linalg.fill ins(%cst : f32) outs(%27 : tensor<1x8x1xf32>) -> tensor<1x8x1xf32>
    %43 = linalg.generic {indexing_maps = [#map1, #map11], iterator_types = ["parallel", "parallel", "reduction"]} ins(%41 : tensor<1x8x32xf32>) outs(%42 : tensor<1x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %467 = arith.addf %in, %out : f32
      linalg.yield %467 : f32
    } -> tensor<1x8x1xf32>
    %44 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%43 : tensor<1x8x1xf32>) outs(%27 : tensor<1x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %467 = arith.divf %in, %cst_37 : f32
      linalg.yield %467 : f32
    } -> tensor<1x8x1xf32>
    %45 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%44 : tensor<1x8x1xf32>) outs(%27 : tensor<1x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %467 = arith.truncf %cst_34 : f64 to f32
      %468 = arith.addf %in, %467 : f32
      linalg.yield %468 : f32
    } -> tensor<1x8x1xf32>
    %46 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%45 : tensor<1x8x1xf32>) outs(%27 : tensor<1x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %467 = math.rsqrt %in : f32
      linalg.yield %467 : f32
    } -> tensor<1x8x1xf32>
    %47 = linalg.generic {indexing_maps = [#map1, #map11, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%40, %46 : tensor<1x8x32xf32>, tensor<1x8x1xf32>) outs(%39 : tensor<1x8x32xf32>) {
    ^bb0(%in: f32, %in_320: f32, %out: f32):
      %467 = arith.mulf %in, %in_320 : f32
      linalg.yield %467 : f32
    } -> tensor<1x8x32xf32>
    %48 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%47 : tensor<1x8x32xf32>) outs(%0 : tensor<1x8x32xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %467 = arith.truncf %in : f32 to bf16
      linalg.yield %467 : bf16
    } -> tensor<1x8x32xbf16>
    %49 = linalg.generic {indexing_maps = [#map12, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%cst_33, %48 : tensor<32xbf16>, tensor<1x8x32xbf16>) outs(%0 : tensor<1x8x32xbf16>) {
    ^bb0(%in: bf16, %in_320: bf16, %out: bf16):
      %467 = arith.mulf %in, %in_320 : bf16
      linalg.yield %467 : bf16
    } -> tensor<1x8x32xbf16>
    %expanded_115 = tensor.expand_shape %cst_79 [[0], [1, 2]] output_shape [32, 4, 1] : tensor<32x4xi32> into tensor<32x4x1xi32>
    %expanded_116 = tensor.expand_shape %cst_78 [[0, 1, 2]] output_shape [1, 1, 8] : tensor<8xi32> into tensor<1x1x8xi32>
    %50 = tensor.empty() : tensor<32x4x8xi32>
    %51 = linalg.generic {indexing_maps = [#map11, #map13, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_115, %expanded_116 : tensor<32x4x1xi32>, tensor<1x1x8xi32>) outs(%50 : tensor<32x4x8xi32>) {
    ^bb0(%in: i32, %in_320: i32, %out: i32):
      %467 = arith.shrsi %in, %in_320 : i32
      linalg.yield %467 : i32
    } -> tensor<32x4x8xi32>
    %52 = tensor.empty() : tensor<32x4x8xi8>
    %53 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%51 : tensor<32x4x8xi32>) outs(%52 : tensor<32x4x8xi8>) {
    ^bb0(%in: i32, %out: i8):
      %467 = arith.trunci %in : i32 to i8
      linalg.yield %467 : i8
    } -> tensor<32x4x8xi8>
    %collapsed = tensor.collapse_shape %53 [[0], [1, 2]] : tensor<32x4x8xi8> into tensor<32x32xi8>
    %54 = tensor.empty() : tensor<32xi64>
    %55 = linalg.generic {indexing_maps = [#map2], iterator_types = ["parallel"]} outs(%54 : tensor<32xi64>) {
    ^bb0(%out: i64):
      %467 = linalg.index 0 : index
      %468 = arith.index_cast %467 : index to i64
      linalg.yield %468 : i64
    } -> tensor<32xi64>
    %expanded_117 = tensor.expand_shape %55 [[0, 1]] output_shape [4, 8] : tensor<32xi64> into tensor<4x8xi64>
    %56 = tensor.empty() : tensor<4xi64>
    %57 = linalg.generic {indexing_maps = [#map2], iterator_types = ["parallel"]} outs(%56 : tensor<4xi64>) {
    ^bb0(%out: i64):
      %467 = linalg.index 0 : index
      %468 = arith.index_cast %467 : index to i64
      linalg.yield %468 : i64
    } -> tensor<4xi64>
    %expanded_118 = tensor.expand_shape %57 [[0, 1]] output_shape [4, 1] : tensor<4xi64> into tensor<4x1xi64>
    %58 = tensor.empty() : tensor<4x8xi64>
    %59 = linalg.generic {indexing_maps = [#map14, #map15, #map3], iterator_types = ["parallel", "parallel"]} ins(%expanded_118, %cst_80 : tensor<4x1xi64>, tensor<8xi64>) outs(%58 : tensor<4x8xi64>) {
    ^bb0(%in: i64, %in_320: i64, %out: i64):
      %467 = arith.cmpi slt, %in, %c0_i64 : i64
      %468 = arith.addi %in, %c4_i64 : i64
      %469 = arith.select %467, %468, %in : i64
      %470 = arith.index_cast %469 : i64 to index
      %471 = arith.cmpi slt, %in_320, %c0_i64 : i64
      %472 = arith.addi %in_320, %c8_i64 : i64
      %473 = arith.select %471, %472, %in_320 : i64
      %474 = arith.index_cast %473 : i64 to index
      %extracted = tensor.extract %expanded_117[%470, %474] : tensor<4x8xi64>
      linalg.yield %extracted : i64
    } -> tensor<4x8xi64>
    %collapsed_119 = tensor.collapse_shape %59 [[0, 1]] : tensor<4x8xi64> into tensor<32xi64>
    %expanded_120 = tensor.expand_shape %55 [[0, 1]] output_shape [32, 1] : tensor<32xi64> into tensor<32x1xi64>
    %60 = tensor.empty() : tensor<32x32xi8>
    %61 = linalg.generic {indexing_maps = [#map14, #map15, #map3], iterator_types = ["parallel", "parallel"]} ins(%expanded_120, %collapsed_119 : tensor<32x1xi64>, tensor<32xi64>) outs(%60 : tensor<32x32xi8>) {
    ^bb0(%in: i64, %in_320: i64, %out: i8):
      %467 = arith.cmpi slt, %in, %c0_i64 : i64
      %468 = arith.addi %in, %c32_i64 : i64
      %469 = arith.select %467, %468, %in : i64
      %470 = arith.index_cast %469 : i64 to index
      %471 = arith.cmpi slt, %in_320, %c0_i64 : i64
      %472 = arith.addi %in_320, %c32_i64 : i64
      %473 = arith.select %471, %472, %in_320 : i64
      %474 = arith.index_cast %473 : i64 to index
      %extracted = tensor.extract %collapsed[%470, %474] : tensor<32x32xi8>
      linalg.yield %extracted : i8
    } -> tensor<32x32xi8>
    %62 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%61 : tensor<32x32xi8>) outs(%60 : tensor<32x32xi8>) {
    ^bb0(%in: i8, %out: i8):
      %467 = arith.andi %in, %c15_i8 : i8
      linalg.yield %467 : i8
    } -> tensor<32x32xi8>
    %expanded_121 = tensor.expand_shape %cst_77 [[0], [1, 2]] output_shape [2, 4, 1] : tensor<2x4xi32> into tensor<2x4x1xi32>
    %63 = tensor.empty() : tensor<2x4x8xi32>
    %64 = linalg.generic {indexing_maps = [#map11, #map13, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_121, %expanded_116 : tensor<2x4x1xi32>, tensor<1x1x8xi32>) outs(%63 : tensor<2x4x8xi32>) {
    ^bb0(%in: i32, %in_320: i32, %out: i32):
      %467 = arith.shrsi %in, %in_320 : i32
      linalg.yield %467 : i32
    } -> tensor<2x4x8xi32>
    %65 = tensor.empty() : tensor<2x4x8xi8>
    %66 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%64 : tensor<2x4x8xi32>) outs(%65 : tensor<2x4x8xi8>) {
    ^bb0(%in: i32, %out: i8):
      %467 = arith.trunci %in : i32 to i8
      linalg.yield %467 : i8
    } -> tensor<2x4x8xi8>
    %collapsed_122 = tensor.collapse_shape %66 [[0], [1, 2]] : tensor<2x4x8xi8> into tensor<2x32xi8>
    %67 = linalg.generic {indexing_maps = [#map14, #map15, #map3], iterator_types = ["parallel", "parallel"]} ins(%expanded_118, %cst_81 : tensor<4x1xi64>, tensor<8xi64>) outs(%58 : tensor<4x8xi64>) {
    ^bb0(%in: i64, %in_320: i64, %out: i64):
      %467 = arith.cmpi slt, %in, %c0_i64 : i64
      %468 = arith.addi %in, %c4_i64 : i64
      %469 = arith.select %467, %468, %in : i64
      %470 = arith.index_cast %469 : i64 to index
      %471 = arith.cmpi slt, %in_320, %c0_i64 : i64
      %472 = arith.addi %in_320, %c8_i64 : i64
      %473 = arith.select %471, %472, %in_320 : i64
      %474 = arith.index_cast %473 : i64 to index
      %extracted = tensor.extract %expanded_117[%470, %474] : tensor<4x8xi64>
      linalg.yield %extracted : i64
    } -> tensor<4x8xi64>
    %collapsed_123 = tensor.collapse_shape %67 [[0, 1]] : tensor<4x8xi64> into tensor<32xi64>
    %68 = tensor.empty() : tensor<2xi64>
    %69 = linalg.generic {indexing_maps = [#map2], iterator_types = ["parallel"]} outs(%68 : tensor<2xi64>) {
    ^bb0(%out: i64):
      %467 = linalg.index 0 : index
      %468 = arith.index_cast %467 : index to i64
      linalg.yield %468 : i64
    } -> tensor<2xi64>
    %expanded_124 = tensor.expand_shape %69 [[0, 1]] output_shape [2, 1] : tensor<2xi64> into tensor<2x1xi64>
    %70 = tensor.empty() : tensor<2x32xi8>
    %71 = linalg.generic {indexing_maps = [#map14, #map15, #map3], iterator_types = ["parallel", "parallel"]} ins(%expanded_124, %collapsed_123 : tensor<2x1xi64>, tensor<32xi64>) outs(%70 : tensor<2x32xi8>) {
    ^bb0(%in: i64, %in_320: i64, %out: i8):
      %467 = arith.cmpi slt, %in, %c0_i64 : i64
      %468 = arith.addi %in, %c2_i64 : i64
      %469 = arith.select %467, %468, %in : i64
      %470 = arith.index_cast %469 : i64 to index
      %471 = arith.cmpi slt, %in_320, %c0_i64 : i64
      %472 = arith.addi %in_320, %c32_i64 : i64
      %473 = arith.select %471, %472, %in_320 : i64
      %474 = arith.index_cast %473 : i64 to index
      %extracted = tensor.extract %collapsed_122[%470, %474] : tensor<2x32xi8>
      linalg.yield %extracted : i8
    } -> tensor<2x32xi8>
    %72 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%71 : tensor<2x32xi8>) outs(%70 : tensor<2x32xi8>) {
    ^bb0(%in: i8, %out: i8):
      %467 = arith.andi %in, %c15_i8 : i8
      linalg.yield %467 : i8
    } -> tensor<2x32xi8>
    %73 = tensor.empty() : tensor<2x16x32xi8>
    %74 = linalg.generic {indexing_maps = [#map16, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%72 : tensor<2x32xi8>) outs(%73 : tensor<2x16x32xi8>) {
    ^bb0(%in: i8, %out: i8):
      linalg.yield %in : i8
    } -> tensor<2x16x32xi8>
    %collapsed_125 = tensor.collapse_shape %74 [[0, 1], [2]] : tensor<2x16x32xi8> into tensor<32x32xi8>
    %75 = tensor.empty() : tensor<2x16x32xbf16>
    %76 = linalg.generic {indexing_maps = [#map16, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%cst_32 : tensor<2x32xbf16>) outs(%75 : tensor<2x16x32xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      linalg.yield %in : bf16
    } -> tensor<2x16x32xbf16>
    %collapsed_126 = tensor.collapse_shape %76 [[0, 1], [2]] : tensor<2x16x32xbf16> into tensor<32x32xbf16>
    %77 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%62, %collapsed_125 : tensor<32x32xi8>, tensor<32x32xi8>) outs(%60 : tensor<32x32xi8>) {
    ^bb0(%in: i8, %in_320: i8, %out: i8):
      %467 = arith.subi %in, %in_320 : i8
      linalg.yield %467 : i8
    } -> tensor<32x32xi8>
    %78 = tensor.empty() : tensor<32x32xbf16>
    %79 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%77, %collapsed_126 : tensor<32x32xi8>, tensor<32x32xbf16>) outs(%78 : tensor<32x32xbf16>) {
    ^bb0(%in: i8, %in_320: bf16, %out: bf16):
      %467 = arith.sitofp %in : i8 to bf16
      %468 = arith.mulf %467, %in_320 : bf16
      linalg.yield %468 : bf16
    } -> tensor<32x32xbf16>
    %collapsed_127 = tensor.collapse_shape %49 [[0, 1], [2]] : tensor<1x8x32xbf16> into tensor<8x32xbf16>
    %80 = tensor.empty() : tensor<8x32xf32>
    %81 = linalg.fill ins(%cst : f32) outs(%80 : tensor<8x32xf32>) -> tensor<8x32xf32>
    %82 = linalg.matmul ins(%collapsed_127, %79 : tensor<8x32xbf16>, tensor<32x32xbf16>) outs(%81 : tensor<8x32xf32>) -> tensor<8x32xf32>
    %83 = tensor.empty() : tensor<8x32xbf16>
    %84 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%82 : tensor<8x32xf32>) outs(%83 : tensor<8x32xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %467 = arith.truncf %in : f32 to bf16
      linalg.yield %467 : bf16
    } -> tensor<8x32xbf16>
    %expanded_128 = tensor.expand_shape %84 [[0, 1], [2]] output_shape [1, 8, 32] : tensor<8x32xbf16> into tensor<1x8x32xbf16>
    %85 = linalg.generic {indexing_maps = [#map1, #map12, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_128, %cst_31 : tensor<1x8x32xbf16>, tensor<32xbf16>) outs(%0 : tensor<1x8x32xbf16>) {
    ^bb0(%in: bf16, %in_320: bf16, %out: bf16):
      %467 = arith.addf %in, %in_320 : bf16
      linalg.yield %467 : bf16
    } -> tensor<1x8x32xbf16>
    %expanded_129 = tensor.expand_shape %85 [[0], [1], [2, 3]] output_shape [1, 8, 4, 8] : tensor<1x8x32xbf16> into tensor<1x8x4x8xbf16>
    %86 = tensor.empty() : tensor<1x4x8x8xbf16>
    %transposed = linalg.transpose ins(%expanded_129 : tensor<1x8x4x8xbf16>) outs(%86 : tensor<1x4x8x8xbf16>) permutation = [0, 2, 1, 3] 
    %expanded_130 = tensor.expand_shape %cst_76 [[0], [1, 2]] output_shape [32, 2, 1] : tensor<32x2xi32> into tensor<32x2x1xi32>
    %expanded_131 = tensor.expand_shape %cst_75 [[0, 1, 2]] output_shape [1, 1, 8] : tensor<8xi32> into tensor<1x1x8xi32>
    %87 = tensor.empty() : tensor<32x2x8xi32>
    %88 = linalg.generic {indexing_maps = [#map11, #map13, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_130, %expanded_131 : tensor<32x2x1xi32>, tensor<1x1x8xi32>) outs(%87 : tensor<32x2x8xi32>) {
    ^bb0(%in: i32, %in_320: i32, %out: i32):
      %467 = arith.shrsi %in, %in_320 : i32
      linalg.yield %467 : i32
    } -> tensor<32x2x8xi32>
    %89 = tensor.empty() : tensor<32x2x8xi8>
    %90 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%88 : tensor<32x2x8xi32>) outs(%89 : tensor<32x2x8xi8>) {
    ^bb0(%in: i32, %out: i8):
      %467 = arith.trunci %in : i32 to i8
      linalg.yield %467 : i8
    } -> tensor<32x2x8xi8>
    %collapsed_132 = tensor.collapse_shape %90 [[0], [1, 2]] : tensor<32x2x8xi8> into tensor<32x16xi8>
    %91 = tensor.empty() : tensor<16xi64>
    %92 = linalg.generic {indexing_maps = [#map2], iterator_types = ["parallel"]} outs(%91 : tensor<16xi64>) {
    ^bb0(%out: i64):
      %467 = linalg.index 0 : index
      %468 = arith.index_cast %467 : index to i64
      linalg.yield %468 : i64
    } -> tensor<16xi64>
    %expanded_133 = tensor.expand_shape %92 [[0, 1]] output_shape [2, 8] : tensor<16xi64> into tensor<2x8xi64>
    %93 = tensor.empty() : tensor<2x8xi64>
    %94 = linalg.generic {indexing_maps = [#map14, #map15, #map3], iterator_types = ["parallel", "parallel"]} ins(%expanded_124, %cst_82 : tensor<2x1xi64>, tensor<8xi64>) outs(%93 : tensor<2x8xi64>) {
    ^bb0(%in: i64, %in_320: i64, %out: i64):
      %467 = arith.cmpi slt, %in, %c0_i64 : i64
      %468 = arith.addi %in, %c2_i64 : i64
      %469 = arith.select %467, %468, %in : i64
      %470 = arith.index_cast %469 : i64 to index
      %471 = arith.cmpi slt, %in_320, %c0_i64 : i64
      %472 = arith.addi %in_320, %c8_i64 : i64
      %473 = arith.select %471, %472, %in_320 : i64
      %474 = arith.index_cast %473 : i64 to index
      %extracted = tensor.extract %expanded_133[%470, %474] : tensor<2x8xi64>
      linalg.yield %extracted : i64
    } -> tensor<2x8xi64>
    %collapsed_134 = tensor.collapse_shape %94 [[0, 1]] : tensor<2x8xi64> into tensor<16xi64>
    %95 = tensor.empty() : tensor<32x16xi8>
    %96 = linalg.generic {indexing_maps = [#map14, #map15, #map3], iterator_types = ["parallel", "parallel"]} ins(%expanded_120, %collapsed_134 : tensor<32x1xi64>, tensor<16xi64>) outs(%95 : tensor<32x16xi8>) {
    ^bb0(%in: i64, %in_320: i64, %out: i8):
      %467 = arith.cmpi slt, %in, %c0_i64 : i64
      %468 = arith.addi %in, %c32_i64 : i64
      %469 = arith.select %467, %468, %in : i64
      %470 = arith.index_cast %469 : i64 to index
      %471 = arith.cmpi slt, %in_320, %c0_i64 : i64
      %472 = arith.addi %in_320, %c16_i64 : i64
      %473 = arith.select %471, %472, %in_320 : i64
      %474 = arith.index_cast %473 : i64 to index
      %extracted = tensor.extract %collapsed_132[%470, %474] : tensor<32x16xi8>
      linalg.yield %extracted : i8
    } -> tensor<32x16xi8>
    %97 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%96 : tensor<32x16xi8>) outs(%95 : tensor<32x16xi8>) {
    ^bb0(%in: i8, %out: i8):
      %467 = arith.andi %in, %c15_i8 : i8
      linalg.yield %467 : i8
    } -> tensor<32x16xi8>
    %expanded_135 = tensor.expand_shape %cst_74 [[0], [1, 2]] output_shape [2, 2, 1] : tensor<2x2xi32> into tensor<2x2x1xi32>
    %98 = tensor.empty() : tensor<2x2x8xi32>
    %99 = linalg.generic {indexing_maps = [#map11, #map13, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_135, %expanded_131 : tensor<2x2x1xi32>, tensor<1x1x8xi32>) outs(%98 : tensor<2x2x8xi32>) {
    ^bb0(%in: i32, %in_320: i32, %out: i32):
      %467 = arith.shrsi %in, %in_320 : i32
      linalg.yield %467 : i32
    } -> tensor<2x2x8xi32>
    %100 = tensor.empty() : tensor<2x2x8xi8>
    %101 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%99 : tensor<2x2x8xi32>) outs(%100 : tensor<2x2x8xi8>) {
    ^bb0(%in: i32, %out: i8):
      %467 = arith.trunci %in : i32 to i8
      linalg.yield %467 : i8
    } -> tensor<2x2x8xi8>
    %collapsed_136 = tensor.collapse_shape %101 [[0], [1, 2]] : tensor<2x2x8xi8> into tensor<2x16xi8>
    %102 = linalg.generic {indexing_maps = [#map14, #map15, #map3], iterator_types = ["parallel", "parallel"]} ins(%expanded_124, %cst_83 : tensor<2x1xi64>, tensor<8xi64>) outs(%93 : tensor<2x8xi64>) {
    ^bb0(%in: i64, %in_320: i64, %out: i64):
      %467 = arith.cmpi slt, %in, %c0_i64 : i64
      %468 = arith.addi %in, %c2_i64 : i64
      %469 = arith.select %467, %468, %in : i64
      %470 = arith.index_cast %469 : i64 to index
      %471 = arith.cmpi slt, %in_320, %c0_i64 : i64
      %472 = arith.addi %in_320, %c8_i64 : i64
      %473 = arith.select %471, %472, %in_320 : i64
      %474 = arith.index_cast %473 : i64 to index
      %extracted = tensor.extract %expanded_133[%470, %474] : tensor<2x8xi64>
      linalg.yield %extracted : i64
    } -> tensor<2x8xi64>
    %collapsed_137 = tensor.collapse_shape %102 [[0, 1]] : tensor<2x8xi64> into tensor<16xi64>
    %103 = tensor.empty() : tensor<2x16xi8>
    %104 = linalg.generic {indexing_maps = [#map14, #map15, #map3], iterator_types = ["parallel", "parallel"]} ins(%expanded_124, %collapsed_137 : tensor<2x1xi64>, tensor<16xi64>) outs(%103 : tensor<2x16xi8>) {
    ^bb0(%in: i64, %in_320: i64, %out: i8):
      %467 = arith.cmpi slt, %in, %c0_i64 : i64
      %468 = arith.addi %in, %c2_i64 : i64
      %469 = arith.select %467, %468, %in : i64
      %470 = arith.index_cast %469 : i64 to index
      %471 = arith.cmpi slt, %in_320, %c0_i64 : i64
      %472 = arith.addi %in_320, %c16_i64 : i64
      %473 = arith.select %471, %472, %in_320 : i64
      %474 = arith.index_cast %473 : i64 to index
      %extracted = tensor.extract %collapsed_136[%470, %474] : tensor<2x16xi8>
      linalg.yield %extracted : i8
    } -> tensor<2x16xi8>
    %105 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%104 : tensor<2x16xi8>) outs(%103 : tensor<2x16xi8>) {
    ^bb0(%in: i8, %out: i8):
      %467 = arith.andi %in, %c15_i8 : i8
      linalg.yield %467 : i8
    } -> tensor<2x16xi8>
    %106 = tensor.empty() : tensor<2x16x16xi8>
    %107 = linalg.generic {indexing_maps = [#map16, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%105 : tensor<2x16xi8>) outs(%106 : tensor<2x16x16xi8>) {
    ^bb0(%in: i8, %out: i8):
      linalg.yield %in : i8
    } -> tensor<2x16x16xi8>
    %collapsed_138 = tensor.collapse_shape %107 [[0, 1], [2]] : tensor<2x16x16xi8> into tensor<32x16xi8>
    %108 = tensor.empty() : tensor<2x16x16xbf16>
    %109 = linalg.generic {indexing_maps = [#map16, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%cst_30 : tensor<2x16xbf16>) outs(%108 : tensor<2x16x16xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      linalg.yield %in : bf16
    } -> tensor<2x16x16xbf16>
    %collapsed_139 = tensor.collapse_shape %109 [[0, 1], [2]] : tensor<2x16x16xbf16> into tensor<32x16xbf16>
    %110 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%97, %collapsed_138 : tensor<32x16xi8>, tensor<32x16xi8>) outs(%95 : tensor<32x16xi8>) {
    ^bb0(%in: i8, %in_320: i8, %out: i8):
      %467 = arith.subi %in, %in_320 : i8
      linalg.yield %467 : i8
    } -> tensor<32x16xi8>
    %111 = tensor.empty() : tensor<32x16xbf16>
    %112 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%110, %collapsed_139 : tensor<32x16xi8>, tensor<32x16xbf16>) outs(%111 : tensor<32x16xbf16>) {
    ^bb0(%in: i8, %in_320: bf16, %out: bf16):
      %467 = arith.sitofp %in : i8 to bf16
      %468 = arith.mulf %467, %in_320 : bf16
      linalg.yield %468 : bf16
    } -> tensor<32x16xbf16>
    %113 = tensor.empty() : tensor<8x16xf32>
    %114 = linalg.fill ins(%cst : f32) outs(%113 : tensor<8x16xf32>) -> tensor<8x16xf32>
    %115 = linalg.matmul ins(%collapsed_127, %112 : tensor<8x32xbf16>, tensor<32x16xbf16>) outs(%114 : tensor<8x16xf32>) -> tensor<8x16xf32>
    %116 = tensor.empty() : tensor<8x16xbf16>
    %117 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%115 : tensor<8x16xf32>) outs(%116 : tensor<8x16xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %467 = arith.truncf %in : f32 to bf16
      linalg.yield %467 : bf16
    } -> tensor<8x16xbf16>
    %expanded_140 = tensor.expand_shape %117 [[0, 1], [2]] output_shape [1, 8, 16] : tensor<8x16xbf16> into tensor<1x8x16xbf16>
    %118 = tensor.empty() : tensor<1x8x16xbf16>
    %119 = linalg.generic {indexing_maps = [#map1, #map12, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_140, %cst_29 : tensor<1x8x16xbf16>, tensor<16xbf16>) outs(%118 : tensor<1x8x16xbf16>) {
    ^bb0(%in: bf16, %in_320: bf16, %out: bf16):
      %467 = arith.addf %in, %in_320 : bf16
      linalg.yield %467 : bf16
    } -> tensor<1x8x16xbf16>
    %expanded_141 = tensor.expand_shape %119 [[0], [1], [2, 3]] output_shape [1, 8, 2, 8] : tensor<1x8x16xbf16> into tensor<1x8x2x8xbf16>
    %120 = tensor.empty() : tensor<1x2x8x8xbf16>
    %transposed_142 = linalg.transpose ins(%expanded_141 : tensor<1x8x2x8xbf16>) outs(%120 : tensor<1x2x8x8xbf16>) permutation = [0, 2, 1, 3] 
    %expanded_143 = tensor.expand_shape %cst_73 [[0], [1, 2]] output_shape [32, 2, 1] : tensor<32x2xi32> into tensor<32x2x1xi32>
    %expanded_144 = tensor.expand_shape %cst_72 [[0, 1, 2]] output_shape [1, 1, 8] : tensor<8xi32> into tensor<1x1x8xi32>
    %121 = linalg.generic {indexing_maps = [#map11, #map13, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_143, %expanded_144 : tensor<32x2x1xi32>, tensor<1x1x8xi32>) outs(%87 : tensor<32x2x8xi32>) {
    ^bb0(%in: i32, %in_320: i32, %out: i32):
      %467 = arith.shrsi %in, %in_320 : i32
      linalg.yield %467 : i32
    } -> tensor<32x2x8xi32>
    %122 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%121 : tensor<32x2x8xi32>) outs(%89 : tensor<32x2x8xi8>) {
    ^bb0(%in: i32, %out: i8):
      %467 = arith.trunci %in : i32 to i8
      linalg.yield %467 : i8
    } -> tensor<32x2x8xi8>
    %collapsed_145 = tensor.collapse_shape %122 [[0], [1, 2]] : tensor<32x2x8xi8> into tensor<32x16xi8>
    %123 = linalg.generic {indexing_maps = [#map14, #map15, #map3], iterator_types = ["parallel", "parallel"]} ins(%expanded_124, %cst_84 : tensor<2x1xi64>, tensor<8xi64>) outs(%93 : tensor<2x8xi64>) {
    ^bb0(%in: i64, %in_320: i64, %out: i64):
      %467 = arith.cmpi slt, %in, %c0_i64 : i64
      %468 = arith.addi %in, %c2_i64 : i64
      %469 = arith.select %467, %468, %in : i64
      %470 = arith.index_cast %469 : i64 to index
      %471 = arith.cmpi slt, %in_320, %c0_i64 : i64
      %472 = arith.addi %in_320, %c8_i64 : i64
      %473 = arith.select %471, %472, %in_320 : i64
      %474 = arith.index_cast %473 : i64 to index
      %extracted = tensor.extract %expanded_133[%470, %474] : tensor<2x8xi64>
      linalg.yield %extracted : i64
    } -> tensor<2x8xi64>
    %collapsed_146 = tensor.collapse_shape %123 [[0, 1]] : tensor<2x8xi64> into tensor<16xi64>
    %124 = linalg.generic {indexing_maps = [#map14, #map15, #map3], iterator_types = ["parallel", "parallel"]} ins(%expanded_120, %collapsed_146 : tensor<32x1xi64>, tensor<16xi64>) outs(%95 : tensor<32x16xi8>) {
    ^bb0(%in: i64, %in_320: i64, %out: i8):
      %467 = arith.cmpi slt, %in, %c0_i64 : i64
      %468 = arith.addi %in, %c32_i64 : i64
      %469 = arith.select %467, %468, %in : i64
      %470 = arith.index_cast %469 : i64 to index
      %471 = arith.cmpi slt, %in_320, %c0_i64 : i64
      %472 = arith.addi %in_320, %c16_i64 : i64
      %473 = arith.select %471, %472, %in_320 : i64
      %474 = arith.index_cast %473 : i64 to index
      %extracted = tensor.extract %collapsed_145[%470, %474] : tensor<32x16xi8>
      linalg.yield %extracted : i8
    } -> tensor<32x16xi8>
    %125 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%124 : tensor<32x16xi8>) outs(%95 : tensor<32x16xi8>) {
    ^bb0(%in: i8, %out: i8):
      %467 = arith.andi %in, %c15_i8 : i8
      linalg.yield %467 : i8
    } -> tensor<32x16xi8>
    %expanded_147 = tensor.expand_shape %cst_71 [[0], [1, 2]] output_shape [2, 2, 1] : tensor<2x2xi32> into tensor<2x2x1xi32>
    %126 = linalg.generic {indexing_maps = [#map11, #map13, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_147, %expanded_144 : tensor<2x2x1xi32>, tensor<1x1x8xi32>) outs(%98 : tensor<2x2x8xi32>) {
    ^bb0(%in: i32, %in_320: i32, %out: i32):
      %467 = arith.shrsi %in, %in_320 : i32
      linalg.yield %467 : i32
    } -> tensor<2x2x8xi32>
    %127 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%126 : tensor<2x2x8xi32>) outs(%100 : tensor<2x2x8xi8>) {
    ^bb0(%in: i32, %out: i8):
      %467 = arith.trunci %in : i32 to i8
      linalg.yield %467 : i8
    } -> tensor<2x2x8xi8>
    %collapsed_148 = tensor.collapse_shape %127 [[0], [1, 2]] : tensor<2x2x8xi8> into tensor<2x16xi8>
    %128 = linalg.generic {indexing_maps = [#map14, #map15, #map3], iterator_types = ["parallel", "parallel"]} ins(%expanded_124, %cst_85 : tensor<2x1xi64>, tensor<8xi64>) outs(%93 : tensor<2x8xi64>) {
    ^bb0(%in: i64, %in_320: i64, %out: i64):
      %467 = arith.cmpi slt, %in, %c0_i64 : i64
      %468 = arith.addi %in, %c2_i64 : i64
      %469 = arith.select %467, %468, %in : i64
      %470 = arith.index_cast %469 : i64 to index
      %471 = arith.cmpi slt, %in_320, %c0_i64 : i64
      %472 = arith.addi %in_320, %c8_i64 : i64
      %473 = arith.select %471, %472, %in_320 : i64
      %474 = arith.index_cast %473 : i64 to index
      %extracted = tensor.extract %expanded_133[%470, %474] : tensor<2x8xi64>
      linalg.yield %extracted : i64
    } -> tensor<2x8xi64>
    %collapsed_149 = tensor.collapse_shape %128 [[0, 1]] : tensor<2x8xi64> into tensor<16xi64>
    %129 = linalg.generic {indexing_maps = [#map14, #map15, #map3], iterator_types = ["parallel", "parallel"]} ins(%expanded_124, %collapsed_149 : tensor<2x1xi64>, tensor<16xi64>) outs(%103 : tensor<2x16xi8>) {
    ^bb0(%in: i64, %in_320: i64, %out: i8):
      %467 = arith.cmpi slt, %in, %c0_i64 : i64
      %468 = arith.addi %in, %c2_i64 : i64
      %469 = arith.select %467, %468, %in : i64
      %470 = arith.index_cast %469 : i64 to index
      %471 = arith.cmpi slt, %in_320, %c0_i64 : i64
      %472 = arith.addi %in_320, %c16_i64 : i64
      %473 = arith.select %471, %472, %in_320 : i64
      %474 = arith.index_cast %473 : i64 to index
      %extracted = tensor.extract %collapsed_148[%470, %474] : tensor<2x16xi8>
      linalg.yield %extracted : i8
    } -> tensor<2x16xi8>
    %130 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%129 : tensor<2x16xi8>) outs(%103 : tensor<2x16xi8>) {
    ^bb0(%in: i8, %out: i8):
      %467 = arith.andi %in, %c15_i8 : i8
      linalg.yield %467 : i8
    } -> tensor<2x16xi8>
    %131 = linalg.generic {indexing_maps = [#map16, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%130 : tensor<2x16xi8>) outs(%106 : tensor<2x16x16xi8>) {
    ^bb0(%in: i8, %out: i8):
      linalg.yield %in : i8
    } -> tensor<2x16x16xi8>
    %collapsed_150 = tensor.collapse_shape %131 [[0, 1], [2]] : tensor<2x16x16xi8> into tensor<32x16xi8>
    %132 = linalg.generic {indexing_maps = [#map16, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%cst_28 : tensor<2x16xbf16>) outs(%108 : tensor<2x16x16xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      linalg.yield %in : bf16
    } -> tensor<2x16x16xbf16>
    %collapsed_151 = tensor.collapse_shape %132 [[0, 1], [2]] : tensor<2x16x16xbf16> into tensor<32x16xbf16>
    %133 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%125, %collapsed_150 : tensor<32x16xi8>, tensor<32x16xi8>) outs(%95 : tensor<32x16xi8>) {
    ^bb0(%in: i8, %in_320: i8, %out: i8):
      %467 = arith.subi %in, %in_320 : i8
      linalg.yield %467 : i8
    } -> tensor<32x16xi8>
    %134 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%133, %collapsed_151 : tensor<32x16xi8>, tensor<32x16xbf16>) outs(%111 : tensor<32x16xbf16>) {
    ^bb0(%in: i8, %in_320: bf16, %out: bf16):
      %467 = arith.sitofp %in : i8 to bf16
      %468 = arith.mulf %467, %in_320 : bf16
      linalg.yield %468 : bf16
    } -> tensor<32x16xbf16>
    %135 = linalg.matmul ins(%collapsed_127, %134 : tensor<8x32xbf16>, tensor<32x16xbf16>) outs(%114 : tensor<8x16xf32>) -> tensor<8x16xf32>
    %136 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%135 : tensor<8x16xf32>) outs(%116 : tensor<8x16xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %467 = arith.truncf %in : f32 to bf16
      linalg.yield %467 : bf16
    } -> tensor<8x16xbf16>
    %expanded_152 = tensor.expand_shape %136 [[0, 1], [2]] output_shape [1, 8, 16] : tensor<8x16xbf16> into tensor<1x8x16xbf16>
    %137 = linalg.generic {indexing_maps = [#map1, #map12, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_152, %cst_27 : tensor<1x8x16xbf16>, tensor<16xbf16>) outs(%118 : tensor<1x8x16xbf16>) {
    ^bb0(%in: bf16, %in_320: bf16, %out: bf16):
      %467 = arith.addf %in, %in_320 : bf16
      linalg.yield %467 : bf16
    } -> tensor<1x8x16xbf16>
    %expanded_153 = tensor.expand_shape %137 [[0], [1], [2, 3]] output_shape [1, 8, 2, 8] : tensor<1x8x16xbf16> into tensor<1x8x2x8xbf16>
    %transposed_154 = linalg.transpose ins(%expanded_153 : tensor<1x8x2x8xbf16>) outs(%120 : tensor<1x2x8x8xbf16>) permutation = [0, 2, 1, 3] 
    %expanded_155 = tensor.expand_shape %37 [[0], [1, 2], [3]] output_shape [1, 1, 8, 8] : tensor<1x8x8xbf16> into tensor<1x1x8x8xbf16>
    %expanded_156 = tensor.expand_shape %38 [[0], [1, 2], [3]] output_shape [1, 1, 8, 8] : tensor<1x8x8xbf16> into tensor<1x1x8x8xbf16>
    %138 = linalg.generic {indexing_maps = [#map6, #map17, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed, %expanded_155 : tensor<1x4x8x8xbf16>, tensor<1x1x8x8xbf16>) outs(%86 : tensor<1x4x8x8xbf16>) {
    ^bb0(%in: bf16, %in_320: bf16, %out: bf16):
      %467 = arith.mulf %in, %in_320 : bf16
      linalg.yield %467 : bf16
    } -> tensor<1x4x8x8xbf16>
    %extracted_slice_157 = tensor.extract_slice %transposed[0, 0, 0, 0] [1, 4, 8, 4] [1, 1, 1, 1] : tensor<1x4x8x8xbf16> to tensor<1x4x8x4xbf16>
    %extracted_slice_158 = tensor.extract_slice %transposed[0, 0, 0, 4] [1, 4, 8, 4] [1, 1, 1, 1] : tensor<1x4x8x8xbf16> to tensor<1x4x8x4xbf16>
    %139 = tensor.empty() : tensor<1x4x8x4xbf16>
    %140 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_158 : tensor<1x4x8x4xbf16>) outs(%139 : tensor<1x4x8x4xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %467 = arith.negf %in : bf16
      linalg.yield %467 : bf16
    } -> tensor<1x4x8x4xbf16>
    %concat_159 = tensor.concat dim(3) %140, %extracted_slice_157 : (tensor<1x4x8x4xbf16>, tensor<1x4x8x4xbf16>) -> tensor<1x4x8x8xbf16>
    %141 = linalg.generic {indexing_maps = [#map6, #map17, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%concat_159, %expanded_156 : tensor<1x4x8x8xbf16>, tensor<1x1x8x8xbf16>) outs(%86 : tensor<1x4x8x8xbf16>) {
    ^bb0(%in: bf16, %in_320: bf16, %out: bf16):
      %467 = arith.mulf %in, %in_320 : bf16
      linalg.yield %467 : bf16
    } -> tensor<1x4x8x8xbf16>
    %142 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%138, %141 : tensor<1x4x8x8xbf16>, tensor<1x4x8x8xbf16>) outs(%86 : tensor<1x4x8x8xbf16>) {
    ^bb0(%in: bf16, %in_320: bf16, %out: bf16):
      %467 = arith.addf %in, %in_320 : bf16
      linalg.yield %467 : bf16
    } -> tensor<1x4x8x8xbf16>
    %143 = linalg.generic {indexing_maps = [#map6, #map17, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_142, %expanded_155 : tensor<1x2x8x8xbf16>, tensor<1x1x8x8xbf16>) outs(%120 : tensor<1x2x8x8xbf16>) {
    ^bb0(%in: bf16, %in_320: bf16, %out: bf16):
      %467 = arith.mulf %in, %in_320 : bf16
      linalg.yield %467 : bf16
    } -> tensor<1x2x8x8xbf16>
    %extracted_slice_160 = tensor.extract_slice %transposed_142[0, 0, 0, 0] [1, 2, 8, 4] [1, 1, 1, 1] : tensor<1x2x8x8xbf16> to tensor<1x2x8x4xbf16>
    %extracted_slice_161 = tensor.extract_slice %transposed_142[0, 0, 0, 4] [1, 2, 8, 4] [1, 1, 1, 1] : tensor<1x2x8x8xbf16> to tensor<1x2x8x4xbf16>
    %144 = tensor.empty() : tensor<1x2x8x4xbf16>
    %145 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_161 : tensor<1x2x8x4xbf16>) outs(%144 : tensor<1x2x8x4xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %467 = arith.negf %in : bf16
      linalg.yield %467 : bf16
    } -> tensor<1x2x8x4xbf16>
    %concat_162 = tensor.concat dim(3) %145, %extracted_slice_160 : (tensor<1x2x8x4xbf16>, tensor<1x2x8x4xbf16>) -> tensor<1x2x8x8xbf16>
    %146 = linalg.generic {indexing_maps = [#map6, #map17, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%concat_162, %expanded_156 : tensor<1x2x8x8xbf16>, tensor<1x1x8x8xbf16>) outs(%120 : tensor<1x2x8x8xbf16>) {
    ^bb0(%in: bf16, %in_320: bf16, %out: bf16):
      %467 = arith.mulf %in, %in_320 : bf16
      linalg.yield %467 : bf16
    } -> tensor<1x2x8x8xbf16>
    %147 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%143, %146 : tensor<1x2x8x8xbf16>, tensor<1x2x8x8xbf16>) outs(%120 : tensor<1x2x8x8xbf16>) {
    ^bb0(%in: bf16, %in_320: bf16, %out: bf16):
      %467 = arith.addf %in, %in_320 : bf16
      linalg.yield %467 : bf16
    } -> tensor<1x2x8x8xbf16>
    %148 = tensor.empty() : tensor<1x2x2x8x8xbf16>
    %149 = linalg.generic {indexing_maps = [#map18, #map19], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%147 : tensor<1x2x8x8xbf16>) outs(%148 : tensor<1x2x2x8x8xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      linalg.yield %in : bf16
    } -> tensor<1x2x2x8x8xbf16>
    %collapsed_163 = tensor.collapse_shape %149 [[0], [1, 2], [3], [4]] : tensor<1x2x2x8x8xbf16> into tensor<1x4x8x8xbf16>
    %150 = linalg.generic {indexing_maps = [#map18, #map19], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%transposed_154 : tensor<1x2x8x8xbf16>) outs(%148 : tensor<1x2x2x8x8xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      linalg.yield %in : bf16
    } -> tensor<1x2x2x8x8xbf16>
    %collapsed_164 = tensor.collapse_shape %150 [[0], [1, 2], [3], [4]] : tensor<1x2x2x8x8xbf16> into tensor<1x4x8x8xbf16>
    %151 = tensor.empty() : tensor<1x1x8x8xbf16>
    %152 = linalg.generic {indexing_maps = [#map6, #map10, #map10, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%26, %cst_3, %cst_4 : tensor<1x1x8x8xi1>, tensor<bf16>, tensor<bf16>) outs(%151 : tensor<1x1x8x8xbf16>) {
    ^bb0(%in: i1, %in_320: bf16, %in_321: bf16, %out: bf16):
      %467 = arith.select %in, %in_320, %in_321 : bf16
      linalg.yield %467 : bf16
    } -> tensor<1x1x8x8xbf16>
    %153 = tensor.empty() : tensor<1x4x8x8xf32>
    %154 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%142 : tensor<1x4x8x8xbf16>) outs(%153 : tensor<1x4x8x8xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %467 = arith.extf %in : bf16 to f32
      linalg.yield %467 : f32
    } -> tensor<1x4x8x8xf32>
    %155 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%collapsed_163 : tensor<1x4x8x8xbf16>) outs(%153 : tensor<1x4x8x8xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %467 = arith.extf %in : bf16 to f32
      linalg.yield %467 : f32
    } -> tensor<1x4x8x8xf32>
    %156 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%collapsed_164 : tensor<1x4x8x8xbf16>) outs(%153 : tensor<1x4x8x8xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %467 = arith.extf %in : bf16 to f32
      linalg.yield %467 : f32
    } -> tensor<1x4x8x8xf32>
    %157 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%154 : tensor<1x4x8x8xf32>) outs(%153 : tensor<1x4x8x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %467 = arith.truncf %cst_25 : f64 to f32
      %468 = arith.mulf %in, %467 : f32
      linalg.yield %468 : f32
    } -> tensor<1x4x8x8xf32>
    %transposed_165 = linalg.transpose ins(%155 : tensor<1x4x8x8xf32>) outs(%153 : tensor<1x4x8x8xf32>) permutation = [0, 1, 3, 2] 
    %158 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_165 : tensor<1x4x8x8xf32>) outs(%153 : tensor<1x4x8x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %467 = arith.truncf %cst_25 : f64 to f32
      %468 = arith.mulf %in, %467 : f32
      linalg.yield %468 : f32
    } -> tensor<1x4x8x8xf32>
    %collapsed_166 = tensor.collapse_shape %157 [[0, 1], [2], [3]] : tensor<1x4x8x8xf32> into tensor<4x8x8xf32>
    %collapsed_167 = tensor.collapse_shape %158 [[0, 1], [2], [3]] : tensor<1x4x8x8xf32> into tensor<4x8x8xf32>
    %159 = tensor.empty() : tensor<4x8x8xf32>
    %160 = linalg.fill ins(%cst : f32) outs(%159 : tensor<4x8x8xf32>) -> tensor<4x8x8xf32>
    %161 = linalg.batch_matmul ins(%collapsed_166, %collapsed_167 : tensor<4x8x8xf32>, tensor<4x8x8xf32>) outs(%160 : tensor<4x8x8xf32>) -> tensor<4x8x8xf32>
    %expanded_168 = tensor.expand_shape %161 [[0, 1], [2], [3]] output_shape [1, 4, 8, 8] : tensor<4x8x8xf32> into tensor<1x4x8x8xf32>
    %162 = linalg.generic {indexing_maps = [#map6, #map17, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_168, %152 : tensor<1x4x8x8xf32>, tensor<1x1x8x8xbf16>) outs(%153 : tensor<1x4x8x8xf32>) {
    ^bb0(%in: f32, %in_320: bf16, %out: f32):
      %467 = arith.extf %in_320 : bf16 to f32
      %468 = arith.addf %in, %467 : f32
      linalg.yield %468 : f32
    } -> tensor<1x4x8x8xf32>
    %163 = tensor.empty() : tensor<1x4x8xi64>
    %164 = linalg.fill ins(%c0_i64 : i64) outs(%163 : tensor<1x4x8xi64>) -> tensor<1x4x8xi64>
    %165 = tensor.empty() : tensor<1x4x8xf32>
    %166 = linalg.fill ins(%cst_0 : f32) outs(%165 : tensor<1x4x8xf32>) -> tensor<1x4x8xf32>
    %167:2 = linalg.generic {indexing_maps = [#map6, #map20, #map20], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%162 : tensor<1x4x8x8xf32>) outs(%166, %164 : tensor<1x4x8xf32>, tensor<1x4x8xi64>) {
    ^bb0(%in: f32, %out: f32, %out_320: i64):
      %467 = linalg.index 3 : index
      %468 = arith.index_cast %467 : index to i64
      %469 = arith.maximumf %in, %out : f32
      %470 = arith.cmpf ogt, %in, %out : f32
      %471 = arith.select %470, %468, %out_320 : i64
      linalg.yield %469, %471 : f32, i64
    } -> (tensor<1x4x8xf32>, tensor<1x4x8xi64>)
    %expanded_169 = tensor.expand_shape %167#0 [[0], [1], [2, 3]] output_shape [1, 4, 8, 1] : tensor<1x4x8xf32> into tensor<1x4x8x1xf32>
    %168 = linalg.generic {indexing_maps = [#map6, #map9, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%162, %expanded_169 : tensor<1x4x8x8xf32>, tensor<1x4x8x1xf32>) outs(%153 : tensor<1x4x8x8xf32>) {
    ^bb0(%in: f32, %in_320: f32, %out: f32):
      %467 = arith.subf %in, %in_320 : f32
      linalg.yield %467 : f32
    } -> tensor<1x4x8x8xf32>
    %169 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%168 : tensor<1x4x8x8xf32>) outs(%153 : tensor<1x4x8x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %467 = math.exp %in : f32
      linalg.yield %467 : f32
    } -> tensor<1x4x8x8xf32>
    %170 = tensor.empty() : tensor<1x4x8x1xf32>
    %171 = linalg.fill ins(%cst : f32) outs(%170 : tensor<1x4x8x1xf32>) -> tensor<1x4x8x1xf32>
    %172 = linalg.generic {indexing_maps = [#map6, #map9], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%169 : tensor<1x4x8x8xf32>) outs(%171 : tensor<1x4x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %467 = arith.addf %in, %out : f32
      linalg.yield %467 : f32
    } -> tensor<1x4x8x1xf32>
    %173 = linalg.generic {indexing_maps = [#map6, #map9, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%169, %172 : tensor<1x4x8x8xf32>, tensor<1x4x8x1xf32>) outs(%153 : tensor<1x4x8x8xf32>) {
    ^bb0(%in: f32, %in_320: f32, %out: f32):
      %467 = arith.divf %in, %in_320 : f32
      linalg.yield %467 : f32
    } -> tensor<1x4x8x8xf32>
    %174 = tensor.empty() : tensor<1x4x8x8xi1>
    %175 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%162 : tensor<1x4x8x8xf32>) outs(%174 : tensor<1x4x8x8xi1>) {
    ^bb0(%in: f32, %out: i1):
      %467 = arith.extf %in : f32 to f64
      %468 = arith.cmpf oeq, %467, %cst_26 : f64
      linalg.yield %468 : i1
    } -> tensor<1x4x8x8xi1>
    %176 = tensor.empty() : tensor<1x4x8x1xi1>
    %177 = linalg.fill ins(%true : i1) outs(%176 : tensor<1x4x8x1xi1>) -> tensor<1x4x8x1xi1>
    %178 = linalg.generic {indexing_maps = [#map6, #map9], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%175 : tensor<1x4x8x8xi1>) outs(%177 : tensor<1x4x8x1xi1>) {
    ^bb0(%in: i1, %out: i1):
      %467 = arith.andi %in, %out : i1
      linalg.yield %467 : i1
    } -> tensor<1x4x8x1xi1>
    %179 = linalg.generic {indexing_maps = [#map9, #map6, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%178, %cst_2, %173 : tensor<1x4x8x1xi1>, tensor<1x4x8x8xf32>, tensor<1x4x8x8xf32>) outs(%153 : tensor<1x4x8x8xf32>) {
    ^bb0(%in: i1, %in_320: f32, %in_321: f32, %out: f32):
      %467 = arith.select %in, %in_320, %in_321 : f32
      linalg.yield %467 : f32
    } -> tensor<1x4x8x8xf32>
    %collapsed_170 = tensor.collapse_shape %179 [[0, 1], [2], [3]] : tensor<1x4x8x8xf32> into tensor<4x8x8xf32>
    %collapsed_171 = tensor.collapse_shape %156 [[0, 1], [2], [3]] : tensor<1x4x8x8xf32> into tensor<4x8x8xf32>
    %180 = linalg.batch_matmul ins(%collapsed_170, %collapsed_171 : tensor<4x8x8xf32>, tensor<4x8x8xf32>) outs(%160 : tensor<4x8x8xf32>) -> tensor<4x8x8xf32>
    %expanded_172 = tensor.expand_shape %180 [[0, 1], [2], [3]] output_shape [1, 4, 8, 8] : tensor<4x8x8xf32> into tensor<1x4x8x8xf32>
    %181 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_172 : tensor<1x4x8x8xf32>) outs(%86 : tensor<1x4x8x8xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %467 = arith.truncf %in : f32 to bf16
      linalg.yield %467 : bf16
    } -> tensor<1x4x8x8xbf16>
    %182 = tensor.empty() : tensor<1x8x4x8xbf16>
    %transposed_173 = linalg.transpose ins(%181 : tensor<1x4x8x8xbf16>) outs(%182 : tensor<1x8x4x8xbf16>) permutation = [0, 2, 1, 3] 
    %expanded_174 = tensor.expand_shape %cst_70 [[0], [1, 2]] output_shape [32, 4, 1] : tensor<32x4xi32> into tensor<32x4x1xi32>
    %expanded_175 = tensor.expand_shape %cst_69 [[0, 1, 2]] output_shape [1, 1, 8] : tensor<8xi32> into tensor<1x1x8xi32>
    %183 = linalg.generic {indexing_maps = [#map11, #map13, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_174, %expanded_175 : tensor<32x4x1xi32>, tensor<1x1x8xi32>) outs(%50 : tensor<32x4x8xi32>) {
    ^bb0(%in: i32, %in_320: i32, %out: i32):
      %467 = arith.shrsi %in, %in_320 : i32
      linalg.yield %467 : i32
    } -> tensor<32x4x8xi32>
    %184 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%183 : tensor<32x4x8xi32>) outs(%52 : tensor<32x4x8xi8>) {
    ^bb0(%in: i32, %out: i8):
      %467 = arith.trunci %in : i32 to i8
      linalg.yield %467 : i8
    } -> tensor<32x4x8xi8>
    %collapsed_176 = tensor.collapse_shape %184 [[0], [1, 2]] : tensor<32x4x8xi8> into tensor<32x32xi8>
    %185 = linalg.generic {indexing_maps = [#map14, #map15, #map3], iterator_types = ["parallel", "parallel"]} ins(%expanded_118, %cst_86 : tensor<4x1xi64>, tensor<8xi64>) outs(%58 : tensor<4x8xi64>) {
    ^bb0(%in: i64, %in_320: i64, %out: i64):
      %467 = arith.cmpi slt, %in, %c0_i64 : i64
      %468 = arith.addi %in, %c4_i64 : i64
      %469 = arith.select %467, %468, %in : i64
      %470 = arith.index_cast %469 : i64 to index
      %471 = arith.cmpi slt, %in_320, %c0_i64 : i64
      %472 = arith.addi %in_320, %c8_i64 : i64
      %473 = arith.select %471, %472, %in_320 : i64
      %474 = arith.index_cast %473 : i64 to index
      %extracted = tensor.extract %expanded_117[%470, %474] : tensor<4x8xi64>
      linalg.yield %extracted : i64
    } -> tensor<4x8xi64>
    %collapsed_177 = tensor.collapse_shape %185 [[0, 1]] : tensor<4x8xi64> into tensor<32xi64>
    %186 = linalg.generic {indexing_maps = [#map14, #map15, #map3], iterator_types = ["parallel", "parallel"]} ins(%expanded_120, %collapsed_177 : tensor<32x1xi64>, tensor<32xi64>) outs(%60 : tensor<32x32xi8>) {
    ^bb0(%in: i64, %in_320: i64, %out: i8):
      %467 = arith.cmpi slt, %in, %c0_i64 : i64
      %468 = arith.addi %in, %c32_i64 : i64
      %469 = arith.select %467, %468, %in : i64
      %470 = arith.index_cast %469 : i64 to index
      %471 = arith.cmpi slt, %in_320, %c0_i64 : i64
      %472 = arith.addi %in_320, %c32_i64 : i64
      %473 = arith.select %471, %472, %in_320 : i64
      %474 = arith.index_cast %473 : i64 to index
      %extracted = tensor.extract %collapsed_176[%470, %474] : tensor<32x32xi8>
      linalg.yield %extracted : i8
    } -> tensor<32x32xi8>
    %187 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%186 : tensor<32x32xi8>) outs(%60 : tensor<32x32xi8>) {
    ^bb0(%in: i8, %out: i8):
      %467 = arith.andi %in, %c15_i8 : i8
      linalg.yield %467 : i8
    } -> tensor<32x32xi8>
    %expanded_178 = tensor.expand_shape %cst_68 [[0], [1, 2]] output_shape [2, 4, 1] : tensor<2x4xi32> into tensor<2x4x1xi32>
    %188 = linalg.generic {indexing_maps = [#map11, #map13, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_178, %expanded_175 : tensor<2x4x1xi32>, tensor<1x1x8xi32>) outs(%63 : tensor<2x4x8xi32>) {
    ^bb0(%in: i32, %in_320: i32, %out: i32):
      %467 = arith.shrsi %in, %in_320 : i32
      linalg.yield %467 : i32
    } -> tensor<2x4x8xi32>
    %189 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%188 : tensor<2x4x8xi32>) outs(%65 : tensor<2x4x8xi8>) {
    ^bb0(%in: i32, %out: i8):
      %467 = arith.trunci %in : i32 to i8
      linalg.yield %467 : i8
    } -> tensor<2x4x8xi8>
    %collapsed_179 = tensor.collapse_shape %189 [[0], [1, 2]] : tensor<2x4x8xi8> into tensor<2x32xi8>
    %190 = linalg.generic {indexing_maps = [#map14, #map15, #map3], iterator_types = ["parallel", "parallel"]} ins(%expanded_118, %cst_87 : tensor<4x1xi64>, tensor<8xi64>) outs(%58 : tensor<4x8xi64>) {
    ^bb0(%in: i64, %in_320: i64, %out: i64):
      %467 = arith.cmpi slt, %in, %c0_i64 : i64
      %468 = arith.addi %in, %c4_i64 : i64
      %469 = arith.select %467, %468, %in : i64
      %470 = arith.index_cast %469 : i64 to index
      %471 = arith.cmpi slt, %in_320, %c0_i64 : i64
      %472 = arith.addi %in_320, %c8_i64 : i64
      %473 = arith.select %471, %472, %in_320 : i64
      %474 = arith.index_cast %473 : i64 to index
      %extracted = tensor.extract %expanded_117[%470, %474] : tensor<4x8xi64>
      linalg.yield %extracted : i64
    } -> tensor<4x8xi64>
    %collapsed_180 = tensor.collapse_shape %190 [[0, 1]] : tensor<4x8xi64> into tensor<32xi64>
    %191 = linalg.generic {indexing_maps = [#map14, #map15, #map3], iterator_types = ["parallel", "parallel"]} ins(%expanded_124, %collapsed_180 : tensor<2x1xi64>, tensor<32xi64>) outs(%70 : tensor<2x32xi8>) {
    ^bb0(%in: i64, %in_320: i64, %out: i8):
      %467 = arith.cmpi slt, %in, %c0_i64 : i64
      %468 = arith.addi %in, %c2_i64 : i64
      %469 = arith.select %467, %468, %in : i64
      %470 = arith.index_cast %469 : i64 to index
      %471 = arith.cmpi slt, %in_320, %c0_i64 : i64
      %472 = arith.addi %in_320, %c32_i64 : i64
      %473 = arith.select %471, %472, %in_320 : i64
      %474 = arith.index_cast %473 : i64 to index
      %extracted = tensor.extract %collapsed_179[%470, %474] : tensor<2x32xi8>
      linalg.yield %extracted : i8
    } -> tensor<2x32xi8>
    %192 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%191 : tensor<2x32xi8>) outs(%70 : tensor<2x32xi8>) {
    ^bb0(%in: i8, %out: i8):
      %467 = arith.andi %in, %c15_i8 : i8
      linalg.yield %467 : i8
    } -> tensor<2x32xi8>
    %193 = linalg.generic {indexing_maps = [#map16, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%192 : tensor<2x32xi8>) outs(%73 : tensor<2x16x32xi8>) {
    ^bb0(%in: i8, %out: i8):
      linalg.yield %in : i8
    } -> tensor<2x16x32xi8>
    %collapsed_181 = tensor.collapse_shape %193 [[0, 1], [2]] : tensor<2x16x32xi8> into tensor<32x32xi8>
    %194 = linalg.generic {indexing_maps = [#map16, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%cst_24 : tensor<2x32xbf16>) outs(%75 : tensor<2x16x32xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      linalg.yield %in : bf16
    } -> tensor<2x16x32xbf16>
    %collapsed_182 = tensor.collapse_shape %194 [[0, 1], [2]] : tensor<2x16x32xbf16> into tensor<32x32xbf16>
    %195 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%187, %collapsed_181 : tensor<32x32xi8>, tensor<32x32xi8>) outs(%60 : tensor<32x32xi8>) {
    ^bb0(%in: i8, %in_320: i8, %out: i8):
      %467 = arith.subi %in, %in_320 : i8
      linalg.yield %467 : i8
    } -> tensor<32x32xi8>
    %196 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%195, %collapsed_182 : tensor<32x32xi8>, tensor<32x32xbf16>) outs(%78 : tensor<32x32xbf16>) {
    ^bb0(%in: i8, %in_320: bf16, %out: bf16):
      %467 = arith.sitofp %in : i8 to bf16
      %468 = arith.mulf %467, %in_320 : bf16
      linalg.yield %468 : bf16
    } -> tensor<32x32xbf16>
    %collapsed_183 = tensor.collapse_shape %transposed_173 [[0, 1], [2, 3]] : tensor<1x8x4x8xbf16> into tensor<8x32xbf16>
    %197 = linalg.matmul ins(%collapsed_183, %196 : tensor<8x32xbf16>, tensor<32x32xbf16>) outs(%81 : tensor<8x32xf32>) -> tensor<8x32xf32>
    %198 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%197 : tensor<8x32xf32>) outs(%83 : tensor<8x32xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %467 = arith.truncf %in : f32 to bf16
      linalg.yield %467 : bf16
    } -> tensor<8x32xbf16>
    %expanded_184 = tensor.expand_shape %198 [[0, 1], [2]] output_shape [1, 8, 32] : tensor<8x32xbf16> into tensor<1x8x32xbf16>
    %199 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1, %expanded_184 : tensor<1x8x32xbf16>, tensor<1x8x32xbf16>) outs(%0 : tensor<1x8x32xbf16>) {
    ^bb0(%in: bf16, %in_320: bf16, %out: bf16):
      %467 = arith.addf %in, %in_320 : bf16
      linalg.yield %467 : bf16
    } -> tensor<1x8x32xbf16>
    %200 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%199 : tensor<1x8x32xbf16>) outs(%39 : tensor<1x8x32xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %467 = arith.extf %in : bf16 to f32
      linalg.yield %467 : f32
    } -> tensor<1x8x32xf32>
    %201 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%200 : tensor<1x8x32xf32>) outs(%39 : tensor<1x8x32xf32>) {
    ^bb0(%in: f32, %out: f32):
      %467 = math.fpowi %in, %c2_i64 : f32, i64
      linalg.yield %467 : f32
    } -> tensor<1x8x32xf32>
    %202 = linalg.generic {indexing_maps = [#map1, #map11], iterator_types = ["parallel", "parallel", "reduction"]} ins(%201 : tensor<1x8x32xf32>) outs(%42 : tensor<1x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %467 = arith.addf %in, %out : f32
      linalg.yield %467 : f32
    } -> tensor<1x8x1xf32>
    %203 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%202 : tensor<1x8x1xf32>) outs(%27 : tensor<1x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %467 = arith.divf %in, %cst_37 : f32
      linalg.yield %467 : f32
    } -> tensor<1x8x1xf32>
    %204 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%203 : tensor<1x8x1xf32>) outs(%27 : tensor<1x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %467 = arith.truncf %cst_34 : f64 to f32
      %468 = arith.addf %in, %467 : f32
      linalg.yield %468 : f32
    } -> tensor<1x8x1xf32>
    %205 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%204 : tensor<1x8x1xf32>) outs(%27 : tensor<1x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %467 = math.rsqrt %in : f32
      linalg.yield %467 : f32
    } -> tensor<1x8x1xf32>
    %206 = linalg.generic {indexing_maps = [#map1, #map11, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%200, %205 : tensor<1x8x32xf32>, tensor<1x8x1xf32>) outs(%39 : tensor<1x8x32xf32>) {
    ^bb0(%in: f32, %in_320: f32, %out: f32):
      %467 = arith.mulf %in, %in_320 : f32
      linalg.yield %467 : f32
    } -> tensor<1x8x32xf32>
    %207 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%206 : tensor<1x8x32xf32>) outs(%0 : tensor<1x8x32xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %467 = arith.truncf %in : f32 to bf16
      linalg.yield %467 : bf16
    } -> tensor<1x8x32xbf16>
    %208 = linalg.generic {indexing_maps = [#map12, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%cst_23, %207 : tensor<32xbf16>, tensor<1x8x32xbf16>) outs(%0 : tensor<1x8x32xbf16>) {
    ^bb0(%in: bf16, %in_320: bf16, %out: bf16):
      %467 = arith.mulf %in, %in_320 : bf16
      linalg.yield %467 : bf16
    } -> tensor<1x8x32xbf16>
    %expanded_185 = tensor.expand_shape %cst_67 [[0], [1, 2]] output_shape [32, 8, 1] : tensor<32x8xi32> into tensor<32x8x1xi32>
    %expanded_186 = tensor.expand_shape %cst_66 [[0, 1, 2]] output_shape [1, 1, 8] : tensor<8xi32> into tensor<1x1x8xi32>
    %209 = tensor.empty() : tensor<32x8x8xi32>
    %210 = linalg.generic {indexing_maps = [#map11, #map13, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_185, %expanded_186 : tensor<32x8x1xi32>, tensor<1x1x8xi32>) outs(%209 : tensor<32x8x8xi32>) {
    ^bb0(%in: i32, %in_320: i32, %out: i32):
      %467 = arith.shrsi %in, %in_320 : i32
      linalg.yield %467 : i32
    } -> tensor<32x8x8xi32>
    %211 = tensor.empty() : tensor<32x8x8xi8>
    %212 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%210 : tensor<32x8x8xi32>) outs(%211 : tensor<32x8x8xi8>) {
    ^bb0(%in: i32, %out: i8):
      %467 = arith.trunci %in : i32 to i8
      linalg.yield %467 : i8
    } -> tensor<32x8x8xi8>
    %collapsed_187 = tensor.collapse_shape %212 [[0], [1, 2]] : tensor<32x8x8xi8> into tensor<32x64xi8>
    %213 = tensor.empty() : tensor<64xi64>
    %214 = linalg.generic {indexing_maps = [#map2], iterator_types = ["parallel"]} outs(%213 : tensor<64xi64>) {
    ^bb0(%out: i64):
      %467 = linalg.index 0 : index
      %468 = arith.index_cast %467 : index to i64
      linalg.yield %468 : i64
    } -> tensor<64xi64>
    %expanded_188 = tensor.expand_shape %214 [[0, 1]] output_shape [8, 8] : tensor<64xi64> into tensor<8x8xi64>
    %expanded_189 = tensor.expand_shape %3 [[0, 1]] output_shape [8, 1] : tensor<8xi64> into tensor<8x1xi64>
    %215 = tensor.empty() : tensor<8x8xi64>
    %216 = linalg.generic {indexing_maps = [#map14, #map15, #map3], iterator_types = ["parallel", "parallel"]} ins(%expanded_189, %cst_88 : tensor<8x1xi64>, tensor<8xi64>) outs(%215 : tensor<8x8xi64>) {
    ^bb0(%in: i64, %in_320: i64, %out: i64):
      %467 = arith.cmpi slt, %in, %c0_i64 : i64
      %468 = arith.addi %in, %c8_i64 : i64
      %469 = arith.select %467, %468, %in : i64
      %470 = arith.index_cast %469 : i64 to index
      %471 = arith.cmpi slt, %in_320, %c0_i64 : i64
      %472 = arith.addi %in_320, %c8_i64 : i64
      %473 = arith.select %471, %472, %in_320 : i64
      %474 = arith.index_cast %473 : i64 to index
      %extracted = tensor.extract %expanded_188[%470, %474] : tensor<8x8xi64>
      linalg.yield %extracted : i64
    } -> tensor<8x8xi64>
    %collapsed_190 = tensor.collapse_shape %216 [[0, 1]] : tensor<8x8xi64> into tensor<64xi64>
    %217 = tensor.empty() : tensor<32x64xi8>
    %218 = linalg.generic {indexing_maps = [#map14, #map15, #map3], iterator_types = ["parallel", "parallel"]} ins(%expanded_120, %collapsed_190 : tensor<32x1xi64>, tensor<64xi64>) outs(%217 : tensor<32x64xi8>) {
    ^bb0(%in: i64, %in_320: i64, %out: i8):
      %467 = arith.cmpi slt, %in, %c0_i64 : i64
      %468 = arith.addi %in, %c32_i64 : i64
      %469 = arith.select %467, %468, %in : i64
      %470 = arith.index_cast %469 : i64 to index
      %471 = arith.cmpi slt, %in_320, %c0_i64 : i64
      %472 = arith.addi %in_320, %c64_i64 : i64
      %473 = arith.select %471, %472, %in_320 : i64
      %474 = arith.index_cast %473 : i64 to index
      %extracted = tensor.extract %collapsed_187[%470, %474] : tensor<32x64xi8>
      linalg.yield %extracted : i8
    } -> tensor<32x64xi8>
    %219 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%218 : tensor<32x64xi8>) outs(%217 : tensor<32x64xi8>) {
    ^bb0(%in: i8, %out: i8):
      %467 = arith.andi %in, %c15_i8 : i8
      linalg.yield %467 : i8
    } -> tensor<32x64xi8>
    %expanded_191 = tensor.expand_shape %cst_65 [[0], [1, 2]] output_shape [2, 8, 1] : tensor<2x8xi32> into tensor<2x8x1xi32>
    %220 = tensor.empty() : tensor<2x8x8xi32>
    %221 = linalg.generic {indexing_maps = [#map11, #map13, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_191, %expanded_186 : tensor<2x8x1xi32>, tensor<1x1x8xi32>) outs(%220 : tensor<2x8x8xi32>) {
    ^bb0(%in: i32, %in_320: i32, %out: i32):
      %467 = arith.shrsi %in, %in_320 : i32
      linalg.yield %467 : i32
    } -> tensor<2x8x8xi32>
    %222 = tensor.empty() : tensor<2x8x8xi8>
    %223 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%221 : tensor<2x8x8xi32>) outs(%222 : tensor<2x8x8xi8>) {
    ^bb0(%in: i32, %out: i8):
      %467 = arith.trunci %in : i32 to i8
      linalg.yield %467 : i8
    } -> tensor<2x8x8xi8>
    %collapsed_192 = tensor.collapse_shape %223 [[0], [1, 2]] : tensor<2x8x8xi8> into tensor<2x64xi8>
    %224 = linalg.generic {indexing_maps = [#map14, #map15, #map3], iterator_types = ["parallel", "parallel"]} ins(%expanded_189, %cst_89 : tensor<8x1xi64>, tensor<8xi64>) outs(%215 : tensor<8x8xi64>) {
    ^bb0(%in: i64, %in_320: i64, %out: i64):
      %467 = arith.cmpi slt, %in, %c0_i64 : i64
      %468 = arith.addi %in, %c8_i64 : i64
      %469 = arith.select %467, %468, %in : i64
      %470 = arith.index_cast %469 : i64 to index
      %471 = arith.cmpi slt, %in_320, %c0_i64 : i64
      %472 = arith.addi %in_320, %c8_i64 : i64
      %473 = arith.select %471, %472, %in_320 : i64
      %474 = arith.index_cast %473 : i64 to index
      %extracted = tensor.extract %expanded_188[%470, %474] : tensor<8x8xi64>
      linalg.yield %extracted : i64
    } -> tensor<8x8xi64>
    %collapsed_193 = tensor.collapse_shape %224 [[0, 1]] : tensor<8x8xi64> into tensor<64xi64>
    %225 = tensor.empty() : tensor<2x64xi8>
    %226 = linalg.generic {indexing_maps = [#map14, #map15, #map3], iterator_types = ["parallel", "parallel"]} ins(%expanded_124, %collapsed_193 : tensor<2x1xi64>, tensor<64xi64>) outs(%225 : tensor<2x64xi8>) {
    ^bb0(%in: i64, %in_320: i64, %out: i8):
      %467 = arith.cmpi slt, %in, %c0_i64 : i64
      %468 = arith.addi %in, %c2_i64 : i64
      %469 = arith.select %467, %468, %in : i64
      %470 = arith.index_cast %469 : i64 to index
      %471 = arith.cmpi slt, %in_320, %c0_i64 : i64
      %472 = arith.addi %in_320, %c64_i64 : i64
      %473 = arith.select %471, %472, %in_320 : i64
      %474 = arith.index_cast %473 : i64 to index
      %extracted = tensor.extract %collapsed_192[%470, %474] : tensor<2x64xi8>
      linalg.yield %extracted : i8
    } -> tensor<2x64xi8>
    %227 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%226 : tensor<2x64xi8>) outs(%225 : tensor<2x64xi8>) {
    ^bb0(%in: i8, %out: i8):
      %467 = arith.andi %in, %c15_i8 : i8
      linalg.yield %467 : i8
    } -> tensor<2x64xi8>
    %228 = tensor.empty() : tensor<2x16x64xi8>
    %229 = linalg.generic {indexing_maps = [#map16, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%227 : tensor<2x64xi8>) outs(%228 : tensor<2x16x64xi8>) {
    ^bb0(%in: i8, %out: i8):
      linalg.yield %in : i8
    } -> tensor<2x16x64xi8>
    %collapsed_194 = tensor.collapse_shape %229 [[0, 1], [2]] : tensor<2x16x64xi8> into tensor<32x64xi8>
    %230 = tensor.empty() : tensor<2x16x64xbf16>
    %231 = linalg.generic {indexing_maps = [#map16, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%cst_22 : tensor<2x64xbf16>) outs(%230 : tensor<2x16x64xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      linalg.yield %in : bf16
    } -> tensor<2x16x64xbf16>
    %collapsed_195 = tensor.collapse_shape %231 [[0, 1], [2]] : tensor<2x16x64xbf16> into tensor<32x64xbf16>
    %232 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%219, %collapsed_194 : tensor<32x64xi8>, tensor<32x64xi8>) outs(%217 : tensor<32x64xi8>) {
    ^bb0(%in: i8, %in_320: i8, %out: i8):
      %467 = arith.subi %in, %in_320 : i8
      linalg.yield %467 : i8
    } -> tensor<32x64xi8>
    %233 = tensor.empty() : tensor<32x64xbf16>
    %234 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%232, %collapsed_195 : tensor<32x64xi8>, tensor<32x64xbf16>) outs(%233 : tensor<32x64xbf16>) {
    ^bb0(%in: i8, %in_320: bf16, %out: bf16):
      %467 = arith.sitofp %in : i8 to bf16
      %468 = arith.mulf %467, %in_320 : bf16
      linalg.yield %468 : bf16
    } -> tensor<32x64xbf16>
    %collapsed_196 = tensor.collapse_shape %208 [[0, 1], [2]] : tensor<1x8x32xbf16> into tensor<8x32xbf16>
    %235 = tensor.empty() : tensor<8x64xf32>
    %236 = linalg.fill ins(%cst : f32) outs(%235 : tensor<8x64xf32>) -> tensor<8x64xf32>
    %237 = linalg.matmul ins(%collapsed_196, %234 : tensor<8x32xbf16>, tensor<32x64xbf16>) outs(%236 : tensor<8x64xf32>) -> tensor<8x64xf32>
    %238 = tensor.empty() : tensor<8x64xbf16>
    %239 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%237 : tensor<8x64xf32>) outs(%238 : tensor<8x64xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %467 = arith.truncf %in : f32 to bf16
      linalg.yield %467 : bf16
    } -> tensor<8x64xbf16>
    %expanded_197 = tensor.expand_shape %239 [[0, 1], [2]] output_shape [1, 8, 64] : tensor<8x64xbf16> into tensor<1x8x64xbf16>
    %240 = tensor.empty() : tensor<1x8x64xf32>
    %241 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_197 : tensor<1x8x64xbf16>) outs(%240 : tensor<1x8x64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %467 = arith.extf %in : bf16 to f32
      linalg.yield %467 : f32
    } -> tensor<1x8x64xf32>
    %242 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%241 : tensor<1x8x64xf32>) outs(%240 : tensor<1x8x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %467 = arith.negf %in : f32
      %468 = math.exp %467 : f32
      %469 = arith.addf %468, %cst_1 : f32
      %470 = arith.divf %cst_1, %469 : f32
      linalg.yield %470 : f32
    } -> tensor<1x8x64xf32>
    %243 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%241, %242 : tensor<1x8x64xf32>, tensor<1x8x64xf32>) outs(%240 : tensor<1x8x64xf32>) {
    ^bb0(%in: f32, %in_320: f32, %out: f32):
      %467 = arith.mulf %in, %in_320 : f32
      linalg.yield %467 : f32
    } -> tensor<1x8x64xf32>
    %244 = tensor.empty() : tensor<1x8x64xbf16>
    %245 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%243 : tensor<1x8x64xf32>) outs(%244 : tensor<1x8x64xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %467 = arith.truncf %in : f32 to bf16
      linalg.yield %467 : bf16
    } -> tensor<1x8x64xbf16>
    %expanded_198 = tensor.expand_shape %cst_64 [[0], [1, 2]] output_shape [32, 8, 1] : tensor<32x8xi32> into tensor<32x8x1xi32>
    %expanded_199 = tensor.expand_shape %cst_63 [[0, 1, 2]] output_shape [1, 1, 8] : tensor<8xi32> into tensor<1x1x8xi32>
    %246 = linalg.generic {indexing_maps = [#map11, #map13, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_198, %expanded_199 : tensor<32x8x1xi32>, tensor<1x1x8xi32>) outs(%209 : tensor<32x8x8xi32>) {
    ^bb0(%in: i32, %in_320: i32, %out: i32):
      %467 = arith.shrsi %in, %in_320 : i32
      linalg.yield %467 : i32
    } -> tensor<32x8x8xi32>
    %247 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%246 : tensor<32x8x8xi32>) outs(%211 : tensor<32x8x8xi8>) {
    ^bb0(%in: i32, %out: i8):
      %467 = arith.trunci %in : i32 to i8
      linalg.yield %467 : i8
    } -> tensor<32x8x8xi8>
    %collapsed_200 = tensor.collapse_shape %247 [[0], [1, 2]] : tensor<32x8x8xi8> into tensor<32x64xi8>
    %248 = linalg.generic {indexing_maps = [#map14, #map15, #map3], iterator_types = ["parallel", "parallel"]} ins(%expanded_189, %cst_90 : tensor<8x1xi64>, tensor<8xi64>) outs(%215 : tensor<8x8xi64>) {
    ^bb0(%in: i64, %in_320: i64, %out: i64):
      %467 = arith.cmpi slt, %in, %c0_i64 : i64
      %468 = arith.addi %in, %c8_i64 : i64
      %469 = arith.select %467, %468, %in : i64
      %470 = arith.index_cast %469 : i64 to index
      %471 = arith.cmpi slt, %in_320, %c0_i64 : i64
      %472 = arith.addi %in_320, %c8_i64 : i64
      %473 = arith.select %471, %472, %in_320 : i64
      %474 = arith.index_cast %473 : i64 to index
      %extracted = tensor.extract %expanded_188[%470, %474] : tensor<8x8xi64>
      linalg.yield %extracted : i64
    } -> tensor<8x8xi64>
    %collapsed_201 = tensor.collapse_shape %248 [[0, 1]] : tensor<8x8xi64> into tensor<64xi64>
    %249 = linalg.generic {indexing_maps = [#map14, #map15, #map3], iterator_types = ["parallel", "parallel"]} ins(%expanded_120, %collapsed_201 : tensor<32x1xi64>, tensor<64xi64>) outs(%217 : tensor<32x64xi8>) {
    ^bb0(%in: i64, %in_320: i64, %out: i8):
      %467 = arith.cmpi slt, %in, %c0_i64 : i64
      %468 = arith.addi %in, %c32_i64 : i64
      %469 = arith.select %467, %468, %in : i64
      %470 = arith.index_cast %469 : i64 to index
      %471 = arith.cmpi slt, %in_320, %c0_i64 : i64
      %472 = arith.addi %in_320, %c64_i64 : i64
      %473 = arith.select %471, %472, %in_320 : i64
      %474 = arith.index_cast %473 : i64 to index
      %extracted = tensor.extract %collapsed_200[%470, %474] : tensor<32x64xi8>
      linalg.yield %extracted : i8
    } -> tensor<32x64xi8>
    %250 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%249 : tensor<32x64xi8>) outs(%217 : tensor<32x64xi8>) {
    ^bb0(%in: i8, %out: i8):
      %467 = arith.andi %in, %c15_i8 : i8
      linalg.yield %467 : i8
    } -> tensor<32x64xi8>
    %expanded_202 = tensor.expand_shape %cst_62 [[0], [1, 2]] output_shape [2, 8, 1] : tensor<2x8xi32> into tensor<2x8x1xi32>
    %251 = linalg.generic {indexing_maps = [#map11, #map13, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_202, %expanded_199 : tensor<2x8x1xi32>, tensor<1x1x8xi32>) outs(%220 : tensor<2x8x8xi32>) {
    ^bb0(%in: i32, %in_320: i32, %out: i32):
      %467 = arith.shrsi %in, %in_320 : i32
      linalg.yield %467 : i32
    } -> tensor<2x8x8xi32>
    %252 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%251 : tensor<2x8x8xi32>) outs(%222 : tensor<2x8x8xi8>) {
    ^bb0(%in: i32, %out: i8):
      %467 = arith.trunci %in : i32 to i8
      linalg.yield %467 : i8
    } -> tensor<2x8x8xi8>
    %collapsed_203 = tensor.collapse_shape %252 [[0], [1, 2]] : tensor<2x8x8xi8> into tensor<2x64xi8>
    %253 = linalg.generic {indexing_maps = [#map14, #map15, #map3], iterator_types = ["parallel", "parallel"]} ins(%expanded_189, %cst_91 : tensor<8x1xi64>, tensor<8xi64>) outs(%215 : tensor<8x8xi64>) {
    ^bb0(%in: i64, %in_320: i64, %out: i64):
      %467 = arith.cmpi slt, %in, %c0_i64 : i64
      %468 = arith.addi %in, %c8_i64 : i64
      %469 = arith.select %467, %468, %in : i64
      %470 = arith.index_cast %469 : i64 to index
      %471 = arith.cmpi slt, %in_320, %c0_i64 : i64
      %472 = arith.addi %in_320, %c8_i64 : i64
      %473 = arith.select %471, %472, %in_320 : i64
      %474 = arith.index_cast %473 : i64 to index
      %extracted = tensor.extract %expanded_188[%470, %474] : tensor<8x8xi64>
      linalg.yield %extracted : i64
    } -> tensor<8x8xi64>
    %collapsed_204 = tensor.collapse_shape %253 [[0, 1]] : tensor<8x8xi64> into tensor<64xi64>
    %254 = linalg.generic {indexing_maps = [#map14, #map15, #map3], iterator_types = ["parallel", "parallel"]} ins(%expanded_124, %collapsed_204 : tensor<2x1xi64>, tensor<64xi64>) outs(%225 : tensor<2x64xi8>) {
    ^bb0(%in: i64, %in_320: i64, %out: i8):
      %467 = arith.cmpi slt, %in, %c0_i64 : i64
      %468 = arith.addi %in, %c2_i64 : i64
      %469 = arith.select %467, %468, %in : i64
      %470 = arith.index_cast %469 : i64 to index
      %471 = arith.cmpi slt, %in_320, %c0_i64 : i64
      %472 = arith.addi %in_320, %c64_i64 : i64
      %473 = arith.select %471, %472, %in_320 : i64
      %474 = arith.index_cast %473 : i64 to index
      %extracted = tensor.extract %collapsed_203[%470, %474] : tensor<2x64xi8>
      linalg.yield %extracted : i8
    } -> tensor<2x64xi8>
    %255 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%254 : tensor<2x64xi8>) outs(%225 : tensor<2x64xi8>) {
    ^bb0(%in: i8, %out: i8):
      %467 = arith.andi %in, %c15_i8 : i8
      linalg.yield %467 : i8
    } -> tensor<2x64xi8>
    %256 = linalg.generic {indexing_maps = [#map16, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%255 : tensor<2x64xi8>) outs(%228 : tensor<2x16x64xi8>) {
    ^bb0(%in: i8, %out: i8):
      linalg.yield %in : i8
    } -> tensor<2x16x64xi8>
    %collapsed_205 = tensor.collapse_shape %256 [[0, 1], [2]] : tensor<2x16x64xi8> into tensor<32x64xi8>
    %257 = linalg.generic {indexing_maps = [#map16, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%cst_21 : tensor<2x64xbf16>) outs(%230 : tensor<2x16x64xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      linalg.yield %in : bf16
    } -> tensor<2x16x64xbf16>
    %collapsed_206 = tensor.collapse_shape %257 [[0, 1], [2]] : tensor<2x16x64xbf16> into tensor<32x64xbf16>
    %258 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%250, %collapsed_205 : tensor<32x64xi8>, tensor<32x64xi8>) outs(%217 : tensor<32x64xi8>) {
    ^bb0(%in: i8, %in_320: i8, %out: i8):
      %467 = arith.subi %in, %in_320 : i8
      linalg.yield %467 : i8
    } -> tensor<32x64xi8>
    %259 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%258, %collapsed_206 : tensor<32x64xi8>, tensor<32x64xbf16>) outs(%233 : tensor<32x64xbf16>) {
    ^bb0(%in: i8, %in_320: bf16, %out: bf16):
      %467 = arith.sitofp %in : i8 to bf16
      %468 = arith.mulf %467, %in_320 : bf16
      linalg.yield %468 : bf16
    } -> tensor<32x64xbf16>
    %260 = linalg.matmul ins(%collapsed_196, %259 : tensor<8x32xbf16>, tensor<32x64xbf16>) outs(%236 : tensor<8x64xf32>) -> tensor<8x64xf32>
    %261 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%260 : tensor<8x64xf32>) outs(%238 : tensor<8x64xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %467 = arith.truncf %in : f32 to bf16
      linalg.yield %467 : bf16
    } -> tensor<8x64xbf16>
    %expanded_207 = tensor.expand_shape %261 [[0, 1], [2]] output_shape [1, 8, 64] : tensor<8x64xbf16> into tensor<1x8x64xbf16>
    %262 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%245, %expanded_207 : tensor<1x8x64xbf16>, tensor<1x8x64xbf16>) outs(%244 : tensor<1x8x64xbf16>) {
    ^bb0(%in: bf16, %in_320: bf16, %out: bf16):
      %467 = arith.mulf %in, %in_320 : bf16
      linalg.yield %467 : bf16
    } -> tensor<1x8x64xbf16>
    %expanded_208 = tensor.expand_shape %cst_61 [[0], [1, 2]] output_shape [64, 4, 1] : tensor<64x4xi32> into tensor<64x4x1xi32>
    %expanded_209 = tensor.expand_shape %cst_60 [[0, 1, 2]] output_shape [1, 1, 8] : tensor<8xi32> into tensor<1x1x8xi32>
    %263 = tensor.empty() : tensor<64x4x8xi32>
    %264 = linalg.generic {indexing_maps = [#map11, #map13, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_208, %expanded_209 : tensor<64x4x1xi32>, tensor<1x1x8xi32>) outs(%263 : tensor<64x4x8xi32>) {
    ^bb0(%in: i32, %in_320: i32, %out: i32):
      %467 = arith.shrsi %in, %in_320 : i32
      linalg.yield %467 : i32
    } -> tensor<64x4x8xi32>
    %265 = tensor.empty() : tensor<64x4x8xi8>
    %266 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%264 : tensor<64x4x8xi32>) outs(%265 : tensor<64x4x8xi8>) {
    ^bb0(%in: i32, %out: i8):
      %467 = arith.trunci %in : i32 to i8
      linalg.yield %467 : i8
    } -> tensor<64x4x8xi8>
    %collapsed_210 = tensor.collapse_shape %266 [[0], [1, 2]] : tensor<64x4x8xi8> into tensor<64x32xi8>
    %267 = linalg.generic {indexing_maps = [#map14, #map15, #map3], iterator_types = ["parallel", "parallel"]} ins(%expanded_118, %cst_92 : tensor<4x1xi64>, tensor<8xi64>) outs(%58 : tensor<4x8xi64>) {
    ^bb0(%in: i64, %in_320: i64, %out: i64):
      %467 = arith.cmpi slt, %in, %c0_i64 : i64
      %468 = arith.addi %in, %c4_i64 : i64
      %469 = arith.select %467, %468, %in : i64
      %470 = arith.index_cast %469 : i64 to index
      %471 = arith.cmpi slt, %in_320, %c0_i64 : i64
      %472 = arith.addi %in_320, %c8_i64 : i64
      %473 = arith.select %471, %472, %in_320 : i64
      %474 = arith.index_cast %473 : i64 to index
      %extracted = tensor.extract %expanded_117[%470, %474] : tensor<4x8xi64>
      linalg.yield %extracted : i64
    } -> tensor<4x8xi64>
    %collapsed_211 = tensor.collapse_shape %267 [[0, 1]] : tensor<4x8xi64> into tensor<32xi64>
    %expanded_212 = tensor.expand_shape %214 [[0, 1]] output_shape [64, 1] : tensor<64xi64> into tensor<64x1xi64>
    %268 = tensor.empty() : tensor<64x32xi8>
    %269 = linalg.generic {indexing_maps = [#map14, #map15, #map3], iterator_types = ["parallel", "parallel"]} ins(%expanded_212, %collapsed_211 : tensor<64x1xi64>, tensor<32xi64>) outs(%268 : tensor<64x32xi8>) {
    ^bb0(%in: i64, %in_320: i64, %out: i8):
      %467 = arith.cmpi slt, %in, %c0_i64 : i64
      %468 = arith.addi %in, %c64_i64 : i64
      %469 = arith.select %467, %468, %in : i64
      %470 = arith.index_cast %469 : i64 to index
      %471 = arith.cmpi slt, %in_320, %c0_i64 : i64
      %472 = arith.addi %in_320, %c32_i64 : i64
      %473 = arith.select %471, %472, %in_320 : i64
      %474 = arith.index_cast %473 : i64 to index
      %extracted = tensor.extract %collapsed_210[%470, %474] : tensor<64x32xi8>
      linalg.yield %extracted : i8
    } -> tensor<64x32xi8>
    %270 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%269 : tensor<64x32xi8>) outs(%268 : tensor<64x32xi8>) {
    ^bb0(%in: i8, %out: i8):
      %467 = arith.andi %in, %c15_i8 : i8
      linalg.yield %467 : i8
    } -> tensor<64x32xi8>
    %expanded_213 = tensor.expand_shape %cst_59 [[0], [1, 2]] output_shape [4, 4, 1] : tensor<4x4xi32> into tensor<4x4x1xi32>
    %271 = tensor.empty() : tensor<4x4x8xi32>
    %272 = linalg.generic {indexing_maps = [#map11, #map13, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_213, %expanded_209 : tensor<4x4x1xi32>, tensor<1x1x8xi32>) outs(%271 : tensor<4x4x8xi32>) {
    ^bb0(%in: i32, %in_320: i32, %out: i32):
      %467 = arith.shrsi %in, %in_320 : i32
      linalg.yield %467 : i32
    } -> tensor<4x4x8xi32>
    %273 = tensor.empty() : tensor<4x4x8xi8>
    %274 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%272 : tensor<4x4x8xi32>) outs(%273 : tensor<4x4x8xi8>) {
    ^bb0(%in: i32, %out: i8):
      %467 = arith.trunci %in : i32 to i8
      linalg.yield %467 : i8
    } -> tensor<4x4x8xi8>
    %collapsed_214 = tensor.collapse_shape %274 [[0], [1, 2]] : tensor<4x4x8xi8> into tensor<4x32xi8>
    %275 = linalg.generic {indexing_maps = [#map14, #map15, #map3], iterator_types = ["parallel", "parallel"]} ins(%expanded_118, %cst_93 : tensor<4x1xi64>, tensor<8xi64>) outs(%58 : tensor<4x8xi64>) {
    ^bb0(%in: i64, %in_320: i64, %out: i64):
      %467 = arith.cmpi slt, %in, %c0_i64 : i64
      %468 = arith.addi %in, %c4_i64 : i64
      %469 = arith.select %467, %468, %in : i64
      %470 = arith.index_cast %469 : i64 to index
      %471 = arith.cmpi slt, %in_320, %c0_i64 : i64
      %472 = arith.addi %in_320, %c8_i64 : i64
      %473 = arith.select %471, %472, %in_320 : i64
      %474 = arith.index_cast %473 : i64 to index
      %extracted = tensor.extract %expanded_117[%470, %474] : tensor<4x8xi64>
      linalg.yield %extracted : i64
    } -> tensor<4x8xi64>
    %collapsed_215 = tensor.collapse_shape %275 [[0, 1]] : tensor<4x8xi64> into tensor<32xi64>
    %276 = tensor.empty() : tensor<4x32xi8>
    %277 = linalg.generic {indexing_maps = [#map14, #map15, #map3], iterator_types = ["parallel", "parallel"]} ins(%expanded_118, %collapsed_215 : tensor<4x1xi64>, tensor<32xi64>) outs(%276 : tensor<4x32xi8>) {
    ^bb0(%in: i64, %in_320: i64, %out: i8):
      %467 = arith.cmpi slt, %in, %c0_i64 : i64
      %468 = arith.addi %in, %c4_i64 : i64
      %469 = arith.select %467, %468, %in : i64
      %470 = arith.index_cast %469 : i64 to index
      %471 = arith.cmpi slt, %in_320, %c0_i64 : i64
      %472 = arith.addi %in_320, %c32_i64 : i64
      %473 = arith.select %471, %472, %in_320 : i64
      %474 = arith.index_cast %473 : i64 to index
      %extracted = tensor.extract %collapsed_214[%470, %474] : tensor<4x32xi8>
      linalg.yield %extracted : i8
    } -> tensor<4x32xi8>
    %278 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%277 : tensor<4x32xi8>) outs(%276 : tensor<4x32xi8>) {
    ^bb0(%in: i8, %out: i8):
      %467 = arith.andi %in, %c15_i8 : i8
      linalg.yield %467 : i8
    } -> tensor<4x32xi8>
    %279 = tensor.empty() : tensor<4x16x32xi8>
    %280 = linalg.generic {indexing_maps = [#map16, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%278 : tensor<4x32xi8>) outs(%279 : tensor<4x16x32xi8>) {
    ^bb0(%in: i8, %out: i8):
      linalg.yield %in : i8
    } -> tensor<4x16x32xi8>
    %collapsed_216 = tensor.collapse_shape %280 [[0, 1], [2]] : tensor<4x16x32xi8> into tensor<64x32xi8>
    %281 = tensor.empty() : tensor<4x16x32xbf16>
    %282 = linalg.generic {indexing_maps = [#map16, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%cst_20 : tensor<4x32xbf16>) outs(%281 : tensor<4x16x32xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      linalg.yield %in : bf16
    } -> tensor<4x16x32xbf16>
    %collapsed_217 = tensor.collapse_shape %282 [[0, 1], [2]] : tensor<4x16x32xbf16> into tensor<64x32xbf16>
    %283 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%270, %collapsed_216 : tensor<64x32xi8>, tensor<64x32xi8>) outs(%268 : tensor<64x32xi8>) {
    ^bb0(%in: i8, %in_320: i8, %out: i8):
      %467 = arith.subi %in, %in_320 : i8
      linalg.yield %467 : i8
    } -> tensor<64x32xi8>
    %284 = tensor.empty() : tensor<64x32xbf16>
    %285 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%283, %collapsed_217 : tensor<64x32xi8>, tensor<64x32xbf16>) outs(%284 : tensor<64x32xbf16>) {
    ^bb0(%in: i8, %in_320: bf16, %out: bf16):
      %467 = arith.sitofp %in : i8 to bf16
      %468 = arith.mulf %467, %in_320 : bf16
      linalg.yield %468 : bf16
    } -> tensor<64x32xbf16>
    %collapsed_218 = tensor.collapse_shape %262 [[0, 1], [2]] : tensor<1x8x64xbf16> into tensor<8x64xbf16>
    %286 = linalg.matmul ins(%collapsed_218, %285 : tensor<8x64xbf16>, tensor<64x32xbf16>) outs(%81 : tensor<8x32xf32>) -> tensor<8x32xf32>
    %287 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%286 : tensor<8x32xf32>) outs(%83 : tensor<8x32xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %467 = arith.truncf %in : f32 to bf16
      linalg.yield %467 : bf16
    } -> tensor<8x32xbf16>
    %expanded_219 = tensor.expand_shape %287 [[0, 1], [2]] output_shape [1, 8, 32] : tensor<8x32xbf16> into tensor<1x8x32xbf16>
    %288 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%199, %expanded_219 : tensor<1x8x32xbf16>, tensor<1x8x32xbf16>) outs(%0 : tensor<1x8x32xbf16>) {
    ^bb0(%in: bf16, %in_320: bf16, %out: bf16):
      %467 = arith.addf %in, %in_320 : bf16
      linalg.yield %467 : bf16
    } -> tensor<1x8x32xbf16>
    %289 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%288 : tensor<1x8x32xbf16>) outs(%39 : tensor<1x8x32xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %467 = arith.extf %in : bf16 to f32
      linalg.yield %467 : f32
    } -> tensor<1x8x32xf32>
    %290 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%289 : tensor<1x8x32xf32>) outs(%39 : tensor<1x8x32xf32>) {
    ^bb0(%in: f32, %out: f32):
      %467 = math.fpowi %in, %c2_i64 : f32, i64
      linalg.yield %467 : f32
    } -> tensor<1x8x32xf32>
    %291 = linalg.generic {indexing_maps = [#map1, #map11], iterator_types = ["parallel", "parallel", "reduction"]} ins(%290 : tensor<1x8x32xf32>) outs(%42 : tensor<1x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %467 = arith.addf %in, %out : f32
      linalg.yield %467 : f32
    } -> tensor<1x8x1xf32>
    %292 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%291 : tensor<1x8x1xf32>) outs(%27 : tensor<1x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %467 = arith.divf %in, %cst_37 : f32
      linalg.yield %467 : f32
    } -> tensor<1x8x1xf32>
    %293 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%292 : tensor<1x8x1xf32>) outs(%27 : tensor<1x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %467 = arith.truncf %cst_34 : f64 to f32
      %468 = arith.addf %in, %467 : f32
      linalg.yield %468 : f32
    } -> tensor<1x8x1xf32>
    %294 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%293 : tensor<1x8x1xf32>) outs(%27 : tensor<1x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %467 = math.rsqrt %in : f32
      linalg.yield %467 : f32
    } -> tensor<1x8x1xf32>
    %295 = linalg.generic {indexing_maps = [#map1, #map11, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%289, %294 : tensor<1x8x32xf32>, tensor<1x8x1xf32>) outs(%39 : tensor<1x8x32xf32>) {
    ^bb0(%in: f32, %in_320: f32, %out: f32):
      %467 = arith.mulf %in, %in_320 : f32
      linalg.yield %467 : f32
    } -> tensor<1x8x32xf32>
    %296 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%295 : tensor<1x8x32xf32>) outs(%0 : tensor<1x8x32xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %467 = arith.truncf %in : f32 to bf16
      linalg.yield %467 : bf16
    } -> tensor<1x8x32xbf16>
    %297 = linalg.generic {indexing_maps = [#map12, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%cst_19, %296 : tensor<32xbf16>, tensor<1x8x32xbf16>) outs(%0 : tensor<1x8x32xbf16>) {
    ^bb0(%in: bf16, %in_320: bf16, %out: bf16):
      %467 = arith.mulf %in, %in_320 : bf16
      linalg.yield %467 : bf16
    } -> tensor<1x8x32xbf16>
    %expanded_220 = tensor.expand_shape %cst_58 [[0], [1, 2]] output_shape [32, 4, 1] : tensor<32x4xi32> into tensor<32x4x1xi32>
    %expanded_221 = tensor.expand_shape %cst_57 [[0, 1, 2]] output_shape [1, 1, 8] : tensor<8xi32> into tensor<1x1x8xi32>
    %298 = linalg.generic {indexing_maps = [#map11, #map13, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_220, %expanded_221 : tensor<32x4x1xi32>, tensor<1x1x8xi32>) outs(%50 : tensor<32x4x8xi32>) {
    ^bb0(%in: i32, %in_320: i32, %out: i32):
      %467 = arith.shrsi %in, %in_320 : i32
      linalg.yield %467 : i32
    } -> tensor<32x4x8xi32>
    %299 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%298 : tensor<32x4x8xi32>) outs(%52 : tensor<32x4x8xi8>) {
    ^bb0(%in: i32, %out: i8):
      %467 = arith.trunci %in : i32 to i8
      linalg.yield %467 : i8
    } -> tensor<32x4x8xi8>
    %collapsed_222 = tensor.collapse_shape %299 [[0], [1, 2]] : tensor<32x4x8xi8> into tensor<32x32xi8>
    %300 = linalg.generic {indexing_maps = [#map14, #map15, #map3], iterator_types = ["parallel", "parallel"]} ins(%expanded_118, %cst_94 : tensor<4x1xi64>, tensor<8xi64>) outs(%58 : tensor<4x8xi64>) {
    ^bb0(%in: i64, %in_320: i64, %out: i64):
      %467 = arith.cmpi slt, %in, %c0_i64 : i64
      %468 = arith.addi %in, %c4_i64 : i64
      %469 = arith.select %467, %468, %in : i64
      %470 = arith.index_cast %469 : i64 to index
      %471 = arith.cmpi slt, %in_320, %c0_i64 : i64
      %472 = arith.addi %in_320, %c8_i64 : i64
      %473 = arith.select %471, %472, %in_320 : i64
      %474 = arith.index_cast %473 : i64 to index
      %extracted = tensor.extract %expanded_117[%470, %474] : tensor<4x8xi64>
      linalg.yield %extracted : i64
    } -> tensor<4x8xi64>
    %collapsed_223 = tensor.collapse_shape %300 [[0, 1]] : tensor<4x8xi64> into tensor<32xi64>
    %301 = linalg.generic {indexing_maps = [#map14, #map15, #map3], iterator_types = ["parallel", "parallel"]} ins(%expanded_120, %collapsed_223 : tensor<32x1xi64>, tensor<32xi64>) outs(%60 : tensor<32x32xi8>) {
    ^bb0(%in: i64, %in_320: i64, %out: i8):
      %467 = arith.cmpi slt, %in, %c0_i64 : i64
      %468 = arith.addi %in, %c32_i64 : i64
      %469 = arith.select %467, %468, %in : i64
      %470 = arith.index_cast %469 : i64 to index
      %471 = arith.cmpi slt, %in_320, %c0_i64 : i64
      %472 = arith.addi %in_320, %c32_i64 : i64
      %473 = arith.select %471, %472, %in_320 : i64
      %474 = arith.index_cast %473 : i64 to index
      %extracted = tensor.extract %collapsed_222[%470, %474] : tensor<32x32xi8>
      linalg.yield %extracted : i8
    } -> tensor<32x32xi8>
    %302 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%301 : tensor<32x32xi8>) outs(%60 : tensor<32x32xi8>) {
    ^bb0(%in: i8, %out: i8):
      %467 = arith.andi %in, %c15_i8 : i8
      linalg.yield %467 : i8
    } -> tensor<32x32xi8>
    %expanded_224 = tensor.expand_shape %cst_56 [[0], [1, 2]] output_shape [2, 4, 1] : tensor<2x4xi32> into tensor<2x4x1xi32>
    %303 = linalg.generic {indexing_maps = [#map11, #map13, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_224, %expanded_221 : tensor<2x4x1xi32>, tensor<1x1x8xi32>) outs(%63 : tensor<2x4x8xi32>) {
    ^bb0(%in: i32, %in_320: i32, %out: i32):
      %467 = arith.shrsi %in, %in_320 : i32
      linalg.yield %467 : i32
    } -> tensor<2x4x8xi32>
    %304 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%303 : tensor<2x4x8xi32>) outs(%65 : tensor<2x4x8xi8>) {
    ^bb0(%in: i32, %out: i8):
      %467 = arith.trunci %in : i32 to i8
      linalg.yield %467 : i8
    } -> tensor<2x4x8xi8>
    %collapsed_225 = tensor.collapse_shape %304 [[0], [1, 2]] : tensor<2x4x8xi8> into tensor<2x32xi8>
    %305 = linalg.generic {indexing_maps = [#map14, #map15, #map3], iterator_types = ["parallel", "parallel"]} ins(%expanded_118, %cst_95 : tensor<4x1xi64>, tensor<8xi64>) outs(%58 : tensor<4x8xi64>) {
    ^bb0(%in: i64, %in_320: i64, %out: i64):
      %467 = arith.cmpi slt, %in, %c0_i64 : i64
      %468 = arith.addi %in, %c4_i64 : i64
      %469 = arith.select %467, %468, %in : i64
      %470 = arith.index_cast %469 : i64 to index
      %471 = arith.cmpi slt, %in_320, %c0_i64 : i64
      %472 = arith.addi %in_320, %c8_i64 : i64
      %473 = arith.select %471, %472, %in_320 : i64
      %474 = arith.index_cast %473 : i64 to index
      %extracted = tensor.extract %expanded_117[%470, %474] : tensor<4x8xi64>
      linalg.yield %extracted : i64
    } -> tensor<4x8xi64>
    %collapsed_226 = tensor.collapse_shape %305 [[0, 1]] : tensor<4x8xi64> into tensor<32xi64>
    %306 = linalg.generic {indexing_maps = [#map14, #map15, #map3], iterator_types = ["parallel", "parallel"]} ins(%expanded_124, %collapsed_226 : tensor<2x1xi64>, tensor<32xi64>) outs(%70 : tensor<2x32xi8>) {
    ^bb0(%in: i64, %in_320: i64, %out: i8):
      %467 = arith.cmpi slt, %in, %c0_i64 : i64
      %468 = arith.addi %in, %c2_i64 : i64
      %469 = arith.select %467, %468, %in : i64
      %470 = arith.index_cast %469 : i64 to index
      %471 = arith.cmpi slt, %in_320, %c0_i64 : i64
      %472 = arith.addi %in_320, %c32_i64 : i64
      %473 = arith.select %471, %472, %in_320 : i64
      %474 = arith.index_cast %473 : i64 to index
      %extracted = tensor.extract %collapsed_225[%470, %474] : tensor<2x32xi8>
      linalg.yield %extracted : i8
    } -> tensor<2x32xi8>
    %307 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%306 : tensor<2x32xi8>) outs(%70 : tensor<2x32xi8>) {
    ^bb0(%in: i8, %out: i8):
      %467 = arith.andi %in, %c15_i8 : i8
      linalg.yield %467 : i8
    } -> tensor<2x32xi8>
    %308 = linalg.generic {indexing_maps = [#map16, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%307 : tensor<2x32xi8>) outs(%73 : tensor<2x16x32xi8>) {
    ^bb0(%in: i8, %out: i8):
      linalg.yield %in : i8
    } -> tensor<2x16x32xi8>
    %collapsed_227 = tensor.collapse_shape %308 [[0, 1], [2]] : tensor<2x16x32xi8> into tensor<32x32xi8>
    %309 = linalg.generic {indexing_maps = [#map16, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%cst_18 : tensor<2x32xbf16>) outs(%75 : tensor<2x16x32xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      linalg.yield %in : bf16
    } -> tensor<2x16x32xbf16>
    %collapsed_228 = tensor.collapse_shape %309 [[0, 1], [2]] : tensor<2x16x32xbf16> into tensor<32x32xbf16>
    %310 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%302, %collapsed_227 : tensor<32x32xi8>, tensor<32x32xi8>) outs(%60 : tensor<32x32xi8>) {
    ^bb0(%in: i8, %in_320: i8, %out: i8):
      %467 = arith.subi %in, %in_320 : i8
      linalg.yield %467 : i8
    } -> tensor<32x32xi8>
    %311 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%310, %collapsed_228 : tensor<32x32xi8>, tensor<32x32xbf16>) outs(%78 : tensor<32x32xbf16>) {
    ^bb0(%in: i8, %in_320: bf16, %out: bf16):
      %467 = arith.sitofp %in : i8 to bf16
      %468 = arith.mulf %467, %in_320 : bf16
      linalg.yield %468 : bf16
    } -> tensor<32x32xbf16>
    %collapsed_229 = tensor.collapse_shape %297 [[0, 1], [2]] : tensor<1x8x32xbf16> into tensor<8x32xbf16>
    %312 = linalg.matmul ins(%collapsed_229, %311 : tensor<8x32xbf16>, tensor<32x32xbf16>) outs(%81 : tensor<8x32xf32>) -> tensor<8x32xf32>
    %313 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%312 : tensor<8x32xf32>) outs(%83 : tensor<8x32xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %467 = arith.truncf %in : f32 to bf16
      linalg.yield %467 : bf16
    } -> tensor<8x32xbf16>
    %expanded_230 = tensor.expand_shape %313 [[0, 1], [2]] output_shape [1, 8, 32] : tensor<8x32xbf16> into tensor<1x8x32xbf16>
    %314 = linalg.generic {indexing_maps = [#map1, #map12, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_230, %cst_17 : tensor<1x8x32xbf16>, tensor<32xbf16>) outs(%0 : tensor<1x8x32xbf16>) {
    ^bb0(%in: bf16, %in_320: bf16, %out: bf16):
      %467 = arith.addf %in, %in_320 : bf16
      linalg.yield %467 : bf16
    } -> tensor<1x8x32xbf16>
    %expanded_231 = tensor.expand_shape %314 [[0], [1], [2, 3]] output_shape [1, 8, 4, 8] : tensor<1x8x32xbf16> into tensor<1x8x4x8xbf16>
    %transposed_232 = linalg.transpose ins(%expanded_231 : tensor<1x8x4x8xbf16>) outs(%86 : tensor<1x4x8x8xbf16>) permutation = [0, 2, 1, 3] 
    %expanded_233 = tensor.expand_shape %cst_55 [[0], [1, 2]] output_shape [32, 2, 1] : tensor<32x2xi32> into tensor<32x2x1xi32>
    %expanded_234 = tensor.expand_shape %cst_54 [[0, 1, 2]] output_shape [1, 1, 8] : tensor<8xi32> into tensor<1x1x8xi32>
    %315 = linalg.generic {indexing_maps = [#map11, #map13, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_233, %expanded_234 : tensor<32x2x1xi32>, tensor<1x1x8xi32>) outs(%87 : tensor<32x2x8xi32>) {
    ^bb0(%in: i32, %in_320: i32, %out: i32):
      %467 = arith.shrsi %in, %in_320 : i32
      linalg.yield %467 : i32
    } -> tensor<32x2x8xi32>
    %316 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%315 : tensor<32x2x8xi32>) outs(%89 : tensor<32x2x8xi8>) {
    ^bb0(%in: i32, %out: i8):
      %467 = arith.trunci %in : i32 to i8
      linalg.yield %467 : i8
    } -> tensor<32x2x8xi8>
    %collapsed_235 = tensor.collapse_shape %316 [[0], [1, 2]] : tensor<32x2x8xi8> into tensor<32x16xi8>
    %317 = linalg.generic {indexing_maps = [#map14, #map15, #map3], iterator_types = ["parallel", "parallel"]} ins(%expanded_124, %cst_96 : tensor<2x1xi64>, tensor<8xi64>) outs(%93 : tensor<2x8xi64>) {
    ^bb0(%in: i64, %in_320: i64, %out: i64):
      %467 = arith.cmpi slt, %in, %c0_i64 : i64
      %468 = arith.addi %in, %c2_i64 : i64
      %469 = arith.select %467, %468, %in : i64
      %470 = arith.index_cast %469 : i64 to index
      %471 = arith.cmpi slt, %in_320, %c0_i64 : i64
      %472 = arith.addi %in_320, %c8_i64 : i64
      %473 = arith.select %471, %472, %in_320 : i64
      %474 = arith.index_cast %473 : i64 to index
      %extracted = tensor.extract %expanded_133[%470, %474] : tensor<2x8xi64>
      linalg.yield %extracted : i64
    } -> tensor<2x8xi64>
    %collapsed_236 = tensor.collapse_shape %317 [[0, 1]] : tensor<2x8xi64> into tensor<16xi64>
    %318 = linalg.generic {indexing_maps = [#map14, #map15, #map3], iterator_types = ["parallel", "parallel"]} ins(%expanded_120, %collapsed_236 : tensor<32x1xi64>, tensor<16xi64>) outs(%95 : tensor<32x16xi8>) {
    ^bb0(%in: i64, %in_320: i64, %out: i8):
      %467 = arith.cmpi slt, %in, %c0_i64 : i64
      %468 = arith.addi %in, %c32_i64 : i64
      %469 = arith.select %467, %468, %in : i64
      %470 = arith.index_cast %469 : i64 to index
      %471 = arith.cmpi slt, %in_320, %c0_i64 : i64
      %472 = arith.addi %in_320, %c16_i64 : i64
      %473 = arith.select %471, %472, %in_320 : i64
      %474 = arith.index_cast %473 : i64 to index
      %extracted = tensor.extract %collapsed_235[%470, %474] : tensor<32x16xi8>
      linalg.yield %extracted : i8
    } -> tensor<32x16xi8>
    %319 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%318 : tensor<32x16xi8>) outs(%95 : tensor<32x16xi8>) {
    ^bb0(%in: i8, %out: i8):
      %467 = arith.andi %in, %c15_i8 : i8
      linalg.yield %467 : i8
    } -> tensor<32x16xi8>
    %expanded_237 = tensor.expand_shape %cst_53 [[0], [1, 2]] output_shape [2, 2, 1] : tensor<2x2xi32> into tensor<2x2x1xi32>
    %320 = linalg.generic {indexing_maps = [#map11, #map13, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_237, %expanded_234 : tensor<2x2x1xi32>, tensor<1x1x8xi32>) outs(%98 : tensor<2x2x8xi32>) {
    ^bb0(%in: i32, %in_320: i32, %out: i32):
      %467 = arith.shrsi %in, %in_320 : i32
      linalg.yield %467 : i32
    } -> tensor<2x2x8xi32>
    %321 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%320 : tensor<2x2x8xi32>) outs(%100 : tensor<2x2x8xi8>) {
    ^bb0(%in: i32, %out: i8):
      %467 = arith.trunci %in : i32 to i8
      linalg.yield %467 : i8
    } -> tensor<2x2x8xi8>
    %collapsed_238 = tensor.collapse_shape %321 [[0], [1, 2]] : tensor<2x2x8xi8> into tensor<2x16xi8>
    %322 = linalg.generic {indexing_maps = [#map14, #map15, #map3], iterator_types = ["parallel", "parallel"]} ins(%expanded_124, %cst_97 : tensor<2x1xi64>, tensor<8xi64>) outs(%93 : tensor<2x8xi64>) {
    ^bb0(%in: i64, %in_320: i64, %out: i64):
      %467 = arith.cmpi slt, %in, %c0_i64 : i64
      %468 = arith.addi %in, %c2_i64 : i64
      %469 = arith.select %467, %468, %in : i64
      %470 = arith.index_cast %469 : i64 to index
      %471 = arith.cmpi slt, %in_320, %c0_i64 : i64
      %472 = arith.addi %in_320, %c8_i64 : i64
      %473 = arith.select %471, %472, %in_320 : i64
      %474 = arith.index_cast %473 : i64 to index
      %extracted = tensor.extract %expanded_133[%470, %474] : tensor<2x8xi64>
      linalg.yield %extracted : i64
    } -> tensor<2x8xi64>
    %collapsed_239 = tensor.collapse_shape %322 [[0, 1]] : tensor<2x8xi64> into tensor<16xi64>
    %323 = linalg.generic {indexing_maps = [#map14, #map15, #map3], iterator_types = ["parallel", "parallel"]} ins(%expanded_124, %collapsed_239 : tensor<2x1xi64>, tensor<16xi64>) outs(%103 : tensor<2x16xi8>) {
    ^bb0(%in: i64, %in_320: i64, %out: i8):
      %467 = arith.cmpi slt, %in, %c0_i64 : i64
      %468 = arith.addi %in, %c2_i64 : i64
      %469 = arith.select %467, %468, %in : i64
      %470 = arith.index_cast %469 : i64 to index
      %471 = arith.cmpi slt, %in_320, %c0_i64 : i64
      %472 = arith.addi %in_320, %c16_i64 : i64
      %473 = arith.select %471, %472, %in_320 : i64
      %474 = arith.index_cast %473 : i64 to index
      %extracted = tensor.extract %collapsed_238[%470, %474] : tensor<2x16xi8>
      linalg.yield %extracted : i8
    } -> tensor<2x16xi8>
    %324 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%323 : tensor<2x16xi8>) outs(%103 : tensor<2x16xi8>) {
    ^bb0(%in: i8, %out: i8):
      %467 = arith.andi %in, %c15_i8 : i8
      linalg.yield %467 : i8
    } -> tensor<2x16xi8>
    %325 = linalg.generic {indexing_maps = [#map16, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%324 : tensor<2x16xi8>) outs(%106 : tensor<2x16x16xi8>) {
    ^bb0(%in: i8, %out: i8):
      linalg.yield %in : i8
    } -> tensor<2x16x16xi8>
    %collapsed_240 = tensor.collapse_shape %325 [[0, 1], [2]] : tensor<2x16x16xi8> into tensor<32x16xi8>
    %326 = linalg.generic {indexing_maps = [#map16, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%cst_16 : tensor<2x16xbf16>) outs(%108 : tensor<2x16x16xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      linalg.yield %in : bf16
    } -> tensor<2x16x16xbf16>
    %collapsed_241 = tensor.collapse_shape %326 [[0, 1], [2]] : tensor<2x16x16xbf16> into tensor<32x16xbf16>
    %327 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%319, %collapsed_240 : tensor<32x16xi8>, tensor<32x16xi8>) outs(%95 : tensor<32x16xi8>) {
    ^bb0(%in: i8, %in_320: i8, %out: i8):
      %467 = arith.subi %in, %in_320 : i8
      linalg.yield %467 : i8
    } -> tensor<32x16xi8>
    %328 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%327, %collapsed_241 : tensor<32x16xi8>, tensor<32x16xbf16>) outs(%111 : tensor<32x16xbf16>) {
    ^bb0(%in: i8, %in_320: bf16, %out: bf16):
      %467 = arith.sitofp %in : i8 to bf16
      %468 = arith.mulf %467, %in_320 : bf16
      linalg.yield %468 : bf16
    } -> tensor<32x16xbf16>
    %329 = linalg.matmul ins(%collapsed_229, %328 : tensor<8x32xbf16>, tensor<32x16xbf16>) outs(%114 : tensor<8x16xf32>) -> tensor<8x16xf32>
    %330 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%329 : tensor<8x16xf32>) outs(%116 : tensor<8x16xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %467 = arith.truncf %in : f32 to bf16
      linalg.yield %467 : bf16
    } -> tensor<8x16xbf16>
    %expanded_242 = tensor.expand_shape %330 [[0, 1], [2]] output_shape [1, 8, 16] : tensor<8x16xbf16> into tensor<1x8x16xbf16>
    %331 = linalg.generic {indexing_maps = [#map1, #map12, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_242, %cst_15 : tensor<1x8x16xbf16>, tensor<16xbf16>) outs(%118 : tensor<1x8x16xbf16>) {
    ^bb0(%in: bf16, %in_320: bf16, %out: bf16):
      %467 = arith.addf %in, %in_320 : bf16
      linalg.yield %467 : bf16
    } -> tensor<1x8x16xbf16>
    %expanded_243 = tensor.expand_shape %331 [[0], [1], [2, 3]] output_shape [1, 8, 2, 8] : tensor<1x8x16xbf16> into tensor<1x8x2x8xbf16>
    %transposed_244 = linalg.transpose ins(%expanded_243 : tensor<1x8x2x8xbf16>) outs(%120 : tensor<1x2x8x8xbf16>) permutation = [0, 2, 1, 3] 
    %expanded_245 = tensor.expand_shape %cst_52 [[0], [1, 2]] output_shape [32, 2, 1] : tensor<32x2xi32> into tensor<32x2x1xi32>
    %expanded_246 = tensor.expand_shape %cst_51 [[0, 1, 2]] output_shape [1, 1, 8] : tensor<8xi32> into tensor<1x1x8xi32>
    %332 = linalg.generic {indexing_maps = [#map11, #map13, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_245, %expanded_246 : tensor<32x2x1xi32>, tensor<1x1x8xi32>) outs(%87 : tensor<32x2x8xi32>) {
    ^bb0(%in: i32, %in_320: i32, %out: i32):
      %467 = arith.shrsi %in, %in_320 : i32
      linalg.yield %467 : i32
    } -> tensor<32x2x8xi32>
    %333 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%332 : tensor<32x2x8xi32>) outs(%89 : tensor<32x2x8xi8>) {
    ^bb0(%in: i32, %out: i8):
      %467 = arith.trunci %in : i32 to i8
      linalg.yield %467 : i8
    } -> tensor<32x2x8xi8>
    %collapsed_247 = tensor.collapse_shape %333 [[0], [1, 2]] : tensor<32x2x8xi8> into tensor<32x16xi8>
    %334 = linalg.generic {indexing_maps = [#map14, #map15, #map3], iterator_types = ["parallel", "parallel"]} ins(%expanded_124, %cst_98 : tensor<2x1xi64>, tensor<8xi64>) outs(%93 : tensor<2x8xi64>) {
    ^bb0(%in: i64, %in_320: i64, %out: i64):
      %467 = arith.cmpi slt, %in, %c0_i64 : i64
      %468 = arith.addi %in, %c2_i64 : i64
      %469 = arith.select %467, %468, %in : i64
      %470 = arith.index_cast %469 : i64 to index
      %471 = arith.cmpi slt, %in_320, %c0_i64 : i64
      %472 = arith.addi %in_320, %c8_i64 : i64
      %473 = arith.select %471, %472, %in_320 : i64
      %474 = arith.index_cast %473 : i64 to index
      %extracted = tensor.extract %expanded_133[%470, %474] : tensor<2x8xi64>
      linalg.yield %extracted : i64
    } -> tensor<2x8xi64>
    %collapsed_248 = tensor.collapse_shape %334 [[0, 1]] : tensor<2x8xi64> into tensor<16xi64>
    %335 = linalg.generic {indexing_maps = [#map14, #map15, #map3], iterator_types = ["parallel", "parallel"]} ins(%expanded_120, %collapsed_248 : tensor<32x1xi64>, tensor<16xi64>) outs(%95 : tensor<32x16xi8>) {
    ^bb0(%in: i64, %in_320: i64, %out: i8):
      %467 = arith.cmpi slt, %in, %c0_i64 : i64
      %468 = arith.addi %in, %c32_i64 : i64
      %469 = arith.select %467, %468, %in : i64
      %470 = arith.index_cast %469 : i64 to index
      %471 = arith.cmpi slt, %in_320, %c0_i64 : i64
      %472 = arith.addi %in_320, %c16_i64 : i64
      %473 = arith.select %471, %472, %in_320 : i64
      %474 = arith.index_cast %473 : i64 to index
      %extracted = tensor.extract %collapsed_247[%470, %474] : tensor<32x16xi8>
      linalg.yield %extracted : i8
    } -> tensor<32x16xi8>
    %336 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%335 : tensor<32x16xi8>) outs(%95 : tensor<32x16xi8>) {
    ^bb0(%in: i8, %out: i8):
      %467 = arith.andi %in, %c15_i8 : i8
      linalg.yield %467 : i8
    } -> tensor<32x16xi8>
    %expanded_249 = tensor.expand_shape %cst_50 [[0], [1, 2]] output_shape [2, 2, 1] : tensor<2x2xi32> into tensor<2x2x1xi32>
    %337 = linalg.generic {indexing_maps = [#map11, #map13, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_249, %expanded_246 : tensor<2x2x1xi32>, tensor<1x1x8xi32>) outs(%98 : tensor<2x2x8xi32>) {
    ^bb0(%in: i32, %in_320: i32, %out: i32):
      %467 = arith.shrsi %in, %in_320 : i32
      linalg.yield %467 : i32
    } -> tensor<2x2x8xi32>
    %338 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%337 : tensor<2x2x8xi32>) outs(%100 : tensor<2x2x8xi8>) {
    ^bb0(%in: i32, %out: i8):
      %467 = arith.trunci %in : i32 to i8
      linalg.yield %467 : i8
    } -> tensor<2x2x8xi8>
    %collapsed_250 = tensor.collapse_shape %338 [[0], [1, 2]] : tensor<2x2x8xi8> into tensor<2x16xi8>
    %339 = linalg.generic {indexing_maps = [#map14, #map15, #map3], iterator_types = ["parallel", "parallel"]} ins(%expanded_124, %cst_99 : tensor<2x1xi64>, tensor<8xi64>) outs(%93 : tensor<2x8xi64>) {
    ^bb0(%in: i64, %in_320: i64, %out: i64):
      %467 = arith.cmpi slt, %in, %c0_i64 : i64
      %468 = arith.addi %in, %c2_i64 : i64
      %469 = arith.select %467, %468, %in : i64
      %470 = arith.index_cast %469 : i64 to index
      %471 = arith.cmpi slt, %in_320, %c0_i64 : i64
      %472 = arith.addi %in_320, %c8_i64 : i64
      %473 = arith.select %471, %472, %in_320 : i64
      %474 = arith.index_cast %473 : i64 to index
      %extracted = tensor.extract %expanded_133[%470, %474] : tensor<2x8xi64>
      linalg.yield %extracted : i64
    } -> tensor<2x8xi64>
    %collapsed_251 = tensor.collapse_shape %339 [[0, 1]] : tensor<2x8xi64> into tensor<16xi64>
    %340 = linalg.generic {indexing_maps = [#map14, #map15, #map3], iterator_types = ["parallel", "parallel"]} ins(%expanded_124, %collapsed_251 : tensor<2x1xi64>, tensor<16xi64>) outs(%103 : tensor<2x16xi8>) {
    ^bb0(%in: i64, %in_320: i64, %out: i8):
      %467 = arith.cmpi slt, %in, %c0_i64 : i64
      %468 = arith.addi %in, %c2_i64 : i64
      %469 = arith.select %467, %468, %in : i64
      %470 = arith.index_cast %469 : i64 to index
      %471 = arith.cmpi slt, %in_320, %c0_i64 : i64
      %472 = arith.addi %in_320, %c16_i64 : i64
      %473 = arith.select %471, %472, %in_320 : i64
      %474 = arith.index_cast %473 : i64 to index
      %extracted = tensor.extract %collapsed_250[%470, %474] : tensor<2x16xi8>
      linalg.yield %extracted : i8
    } -> tensor<2x16xi8>
    %341 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%340 : tensor<2x16xi8>) outs(%103 : tensor<2x16xi8>) {
    ^bb0(%in: i8, %out: i8):
      %467 = arith.andi %in, %c15_i8 : i8
      linalg.yield %467 : i8
    } -> tensor<2x16xi8>
    %342 = linalg.generic {indexing_maps = [#map16, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%341 : tensor<2x16xi8>) outs(%106 : tensor<2x16x16xi8>) {
    ^bb0(%in: i8, %out: i8):
      linalg.yield %in : i8
    } -> tensor<2x16x16xi8>
    %collapsed_252 = tensor.collapse_shape %342 [[0, 1], [2]] : tensor<2x16x16xi8> into tensor<32x16xi8>
    %343 = linalg.generic {indexing_maps = [#map16, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%cst_14 : tensor<2x16xbf16>) outs(%108 : tensor<2x16x16xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      linalg.yield %in : bf16
    } -> tensor<2x16x16xbf16>
    %collapsed_253 = tensor.collapse_shape %343 [[0, 1], [2]] : tensor<2x16x16xbf16> into tensor<32x16xbf16>
    %344 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%336, %collapsed_252 : tensor<32x16xi8>, tensor<32x16xi8>) outs(%95 : tensor<32x16xi8>) {
    ^bb0(%in: i8, %in_320: i8, %out: i8):
      %467 = arith.subi %in, %in_320 : i8
      linalg.yield %467 : i8
    } -> tensor<32x16xi8>
    %345 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%344, %collapsed_253 : tensor<32x16xi8>, tensor<32x16xbf16>) outs(%111 : tensor<32x16xbf16>) {
    ^bb0(%in: i8, %in_320: bf16, %out: bf16):
      %467 = arith.sitofp %in : i8 to bf16
      %468 = arith.mulf %467, %in_320 : bf16
      linalg.yield %468 : bf16
    } -> tensor<32x16xbf16>
    %346 = linalg.matmul ins(%collapsed_229, %345 : tensor<8x32xbf16>, tensor<32x16xbf16>) outs(%114 : tensor<8x16xf32>) -> tensor<8x16xf32>
    %347 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%346 : tensor<8x16xf32>) outs(%116 : tensor<8x16xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %467 = arith.truncf %in : f32 to bf16
      linalg.yield %467 : bf16
    } -> tensor<8x16xbf16>
    %expanded_254 = tensor.expand_shape %347 [[0, 1], [2]] output_shape [1, 8, 16] : tensor<8x16xbf16> into tensor<1x8x16xbf16>
    %348 = linalg.generic {indexing_maps = [#map1, #map12, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_254, %cst_13 : tensor<1x8x16xbf16>, tensor<16xbf16>) outs(%118 : tensor<1x8x16xbf16>) {
    ^bb0(%in: bf16, %in_320: bf16, %out: bf16):
      %467 = arith.addf %in, %in_320 : bf16
      linalg.yield %467 : bf16
    } -> tensor<1x8x16xbf16>
    %expanded_255 = tensor.expand_shape %348 [[0], [1], [2, 3]] output_shape [1, 8, 2, 8] : tensor<1x8x16xbf16> into tensor<1x8x2x8xbf16>
    %transposed_256 = linalg.transpose ins(%expanded_255 : tensor<1x8x2x8xbf16>) outs(%120 : tensor<1x2x8x8xbf16>) permutation = [0, 2, 1, 3] 
    %349 = linalg.generic {indexing_maps = [#map6, #map17, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_232, %expanded_155 : tensor<1x4x8x8xbf16>, tensor<1x1x8x8xbf16>) outs(%86 : tensor<1x4x8x8xbf16>) {
    ^bb0(%in: bf16, %in_320: bf16, %out: bf16):
      %467 = arith.mulf %in, %in_320 : bf16
      linalg.yield %467 : bf16
    } -> tensor<1x4x8x8xbf16>
    %extracted_slice_257 = tensor.extract_slice %transposed_232[0, 0, 0, 0] [1, 4, 8, 4] [1, 1, 1, 1] : tensor<1x4x8x8xbf16> to tensor<1x4x8x4xbf16>
    %extracted_slice_258 = tensor.extract_slice %transposed_232[0, 0, 0, 4] [1, 4, 8, 4] [1, 1, 1, 1] : tensor<1x4x8x8xbf16> to tensor<1x4x8x4xbf16>
    %350 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_258 : tensor<1x4x8x4xbf16>) outs(%139 : tensor<1x4x8x4xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %467 = arith.negf %in : bf16
      linalg.yield %467 : bf16
    } -> tensor<1x4x8x4xbf16>
    %concat_259 = tensor.concat dim(3) %350, %extracted_slice_257 : (tensor<1x4x8x4xbf16>, tensor<1x4x8x4xbf16>) -> tensor<1x4x8x8xbf16>
    %351 = linalg.generic {indexing_maps = [#map6, #map17, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%concat_259, %expanded_156 : tensor<1x4x8x8xbf16>, tensor<1x1x8x8xbf16>) outs(%86 : tensor<1x4x8x8xbf16>) {
    ^bb0(%in: bf16, %in_320: bf16, %out: bf16):
      %467 = arith.mulf %in, %in_320 : bf16
      linalg.yield %467 : bf16
    } -> tensor<1x4x8x8xbf16>
    %352 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%349, %351 : tensor<1x4x8x8xbf16>, tensor<1x4x8x8xbf16>) outs(%86 : tensor<1x4x8x8xbf16>) {
    ^bb0(%in: bf16, %in_320: bf16, %out: bf16):
      %467 = arith.addf %in, %in_320 : bf16
      linalg.yield %467 : bf16
    } -> tensor<1x4x8x8xbf16>
    %353 = linalg.generic {indexing_maps = [#map6, #map17, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_244, %expanded_155 : tensor<1x2x8x8xbf16>, tensor<1x1x8x8xbf16>) outs(%120 : tensor<1x2x8x8xbf16>) {
    ^bb0(%in: bf16, %in_320: bf16, %out: bf16):
      %467 = arith.mulf %in, %in_320 : bf16
      linalg.yield %467 : bf16
    } -> tensor<1x2x8x8xbf16>
    %extracted_slice_260 = tensor.extract_slice %transposed_244[0, 0, 0, 0] [1, 2, 8, 4] [1, 1, 1, 1] : tensor<1x2x8x8xbf16> to tensor<1x2x8x4xbf16>
    %extracted_slice_261 = tensor.extract_slice %transposed_244[0, 0, 0, 4] [1, 2, 8, 4] [1, 1, 1, 1] : tensor<1x2x8x8xbf16> to tensor<1x2x8x4xbf16>
    %354 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%extracted_slice_261 : tensor<1x2x8x4xbf16>) outs(%144 : tensor<1x2x8x4xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %467 = arith.negf %in : bf16
      linalg.yield %467 : bf16
    } -> tensor<1x2x8x4xbf16>
    %concat_262 = tensor.concat dim(3) %354, %extracted_slice_260 : (tensor<1x2x8x4xbf16>, tensor<1x2x8x4xbf16>) -> tensor<1x2x8x8xbf16>
    %355 = linalg.generic {indexing_maps = [#map6, #map17, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%concat_262, %expanded_156 : tensor<1x2x8x8xbf16>, tensor<1x1x8x8xbf16>) outs(%120 : tensor<1x2x8x8xbf16>) {
    ^bb0(%in: bf16, %in_320: bf16, %out: bf16):
      %467 = arith.mulf %in, %in_320 : bf16
      linalg.yield %467 : bf16
    } -> tensor<1x2x8x8xbf16>
    %356 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%353, %355 : tensor<1x2x8x8xbf16>, tensor<1x2x8x8xbf16>) outs(%120 : tensor<1x2x8x8xbf16>) {
    ^bb0(%in: bf16, %in_320: bf16, %out: bf16):
      %467 = arith.addf %in, %in_320 : bf16
      linalg.yield %467 : bf16
    } -> tensor<1x2x8x8xbf16>
    %357 = linalg.generic {indexing_maps = [#map18, #map19], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%356 : tensor<1x2x8x8xbf16>) outs(%148 : tensor<1x2x2x8x8xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      linalg.yield %in : bf16
    } -> tensor<1x2x2x8x8xbf16>
    %collapsed_263 = tensor.collapse_shape %357 [[0], [1, 2], [3], [4]] : tensor<1x2x2x8x8xbf16> into tensor<1x4x8x8xbf16>
    %358 = linalg.generic {indexing_maps = [#map18, #map19], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%transposed_256 : tensor<1x2x8x8xbf16>) outs(%148 : tensor<1x2x2x8x8xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      linalg.yield %in : bf16
    } -> tensor<1x2x2x8x8xbf16>
    %collapsed_264 = tensor.collapse_shape %358 [[0], [1, 2], [3], [4]] : tensor<1x2x2x8x8xbf16> into tensor<1x4x8x8xbf16>
    %359 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%352 : tensor<1x4x8x8xbf16>) outs(%153 : tensor<1x4x8x8xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %467 = arith.extf %in : bf16 to f32
      linalg.yield %467 : f32
    } -> tensor<1x4x8x8xf32>
    %360 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%collapsed_263 : tensor<1x4x8x8xbf16>) outs(%153 : tensor<1x4x8x8xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %467 = arith.extf %in : bf16 to f32
      linalg.yield %467 : f32
    } -> tensor<1x4x8x8xf32>
    %361 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%collapsed_264 : tensor<1x4x8x8xbf16>) outs(%153 : tensor<1x4x8x8xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %467 = arith.extf %in : bf16 to f32
      linalg.yield %467 : f32
    } -> tensor<1x4x8x8xf32>
    %362 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%359 : tensor<1x4x8x8xf32>) outs(%153 : tensor<1x4x8x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %467 = arith.truncf %cst_25 : f64 to f32
      %468 = arith.mulf %in, %467 : f32
      linalg.yield %468 : f32
    } -> tensor<1x4x8x8xf32>
    %transposed_265 = linalg.transpose ins(%360 : tensor<1x4x8x8xf32>) outs(%153 : tensor<1x4x8x8xf32>) permutation = [0, 1, 3, 2] 
    %363 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_265 : tensor<1x4x8x8xf32>) outs(%153 : tensor<1x4x8x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %467 = arith.truncf %cst_25 : f64 to f32
      %468 = arith.mulf %in, %467 : f32
      linalg.yield %468 : f32
    } -> tensor<1x4x8x8xf32>
    %collapsed_266 = tensor.collapse_shape %362 [[0, 1], [2], [3]] : tensor<1x4x8x8xf32> into tensor<4x8x8xf32>
    %collapsed_267 = tensor.collapse_shape %363 [[0, 1], [2], [3]] : tensor<1x4x8x8xf32> into tensor<4x8x8xf32>
    %364 = linalg.batch_matmul ins(%collapsed_266, %collapsed_267 : tensor<4x8x8xf32>, tensor<4x8x8xf32>) outs(%160 : tensor<4x8x8xf32>) -> tensor<4x8x8xf32>
    %expanded_268 = tensor.expand_shape %364 [[0, 1], [2], [3]] output_shape [1, 4, 8, 8] : tensor<4x8x8xf32> into tensor<1x4x8x8xf32>
    %365 = linalg.generic {indexing_maps = [#map6, #map17, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_268, %152 : tensor<1x4x8x8xf32>, tensor<1x1x8x8xbf16>) outs(%153 : tensor<1x4x8x8xf32>) {
    ^bb0(%in: f32, %in_320: bf16, %out: f32):
      %467 = arith.extf %in_320 : bf16 to f32
      %468 = arith.addf %in, %467 : f32
      linalg.yield %468 : f32
    } -> tensor<1x4x8x8xf32>
    %366:2 = linalg.generic {indexing_maps = [#map6, #map20, #map20], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%365 : tensor<1x4x8x8xf32>) outs(%166, %164 : tensor<1x4x8xf32>, tensor<1x4x8xi64>) {
    ^bb0(%in: f32, %out: f32, %out_320: i64):
      %467 = linalg.index 3 : index
      %468 = arith.index_cast %467 : index to i64
      %469 = arith.maximumf %in, %out : f32
      %470 = arith.cmpf ogt, %in, %out : f32
      %471 = arith.select %470, %468, %out_320 : i64
      linalg.yield %469, %471 : f32, i64
    } -> (tensor<1x4x8xf32>, tensor<1x4x8xi64>)
    %expanded_269 = tensor.expand_shape %366#0 [[0], [1], [2, 3]] output_shape [1, 4, 8, 1] : tensor<1x4x8xf32> into tensor<1x4x8x1xf32>
    %367 = linalg.generic {indexing_maps = [#map6, #map9, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%365, %expanded_269 : tensor<1x4x8x8xf32>, tensor<1x4x8x1xf32>) outs(%153 : tensor<1x4x8x8xf32>) {
    ^bb0(%in: f32, %in_320: f32, %out: f32):
      %467 = arith.subf %in, %in_320 : f32
      linalg.yield %467 : f32
    } -> tensor<1x4x8x8xf32>
    %368 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%367 : tensor<1x4x8x8xf32>) outs(%153 : tensor<1x4x8x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %467 = math.exp %in : f32
      linalg.yield %467 : f32
    } -> tensor<1x4x8x8xf32>
    %369 = linalg.generic {indexing_maps = [#map6, #map9], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%368 : tensor<1x4x8x8xf32>) outs(%171 : tensor<1x4x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %467 = arith.addf %in, %out : f32
      linalg.yield %467 : f32
    } -> tensor<1x4x8x1xf32>
    %370 = linalg.generic {indexing_maps = [#map6, #map9, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%368, %369 : tensor<1x4x8x8xf32>, tensor<1x4x8x1xf32>) outs(%153 : tensor<1x4x8x8xf32>) {
    ^bb0(%in: f32, %in_320: f32, %out: f32):
      %467 = arith.divf %in, %in_320 : f32
      linalg.yield %467 : f32
    } -> tensor<1x4x8x8xf32>
    %371 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%365 : tensor<1x4x8x8xf32>) outs(%174 : tensor<1x4x8x8xi1>) {
    ^bb0(%in: f32, %out: i1):
      %467 = arith.extf %in : f32 to f64
      %468 = arith.cmpf oeq, %467, %cst_26 : f64
      linalg.yield %468 : i1
    } -> tensor<1x4x8x8xi1>
    %372 = linalg.generic {indexing_maps = [#map6, #map9], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%371 : tensor<1x4x8x8xi1>) outs(%177 : tensor<1x4x8x1xi1>) {
    ^bb0(%in: i1, %out: i1):
      %467 = arith.andi %in, %out : i1
      linalg.yield %467 : i1
    } -> tensor<1x4x8x1xi1>
    %373 = linalg.generic {indexing_maps = [#map9, #map6, #map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%372, %cst_2, %370 : tensor<1x4x8x1xi1>, tensor<1x4x8x8xf32>, tensor<1x4x8x8xf32>) outs(%153 : tensor<1x4x8x8xf32>) {
    ^bb0(%in: i1, %in_320: f32, %in_321: f32, %out: f32):
      %467 = arith.select %in, %in_320, %in_321 : f32
      linalg.yield %467 : f32
    } -> tensor<1x4x8x8xf32>
    %collapsed_270 = tensor.collapse_shape %373 [[0, 1], [2], [3]] : tensor<1x4x8x8xf32> into tensor<4x8x8xf32>
    %collapsed_271 = tensor.collapse_shape %361 [[0, 1], [2], [3]] : tensor<1x4x8x8xf32> into tensor<4x8x8xf32>
    %374 = linalg.batch_matmul ins(%collapsed_270, %collapsed_271 : tensor<4x8x8xf32>, tensor<4x8x8xf32>) outs(%160 : tensor<4x8x8xf32>) -> tensor<4x8x8xf32>
    %expanded_272 = tensor.expand_shape %374 [[0, 1], [2], [3]] output_shape [1, 4, 8, 8] : tensor<4x8x8xf32> into tensor<1x4x8x8xf32>
    %375 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_272 : tensor<1x4x8x8xf32>) outs(%86 : tensor<1x4x8x8xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %467 = arith.truncf %in : f32 to bf16
      linalg.yield %467 : bf16
    } -> tensor<1x4x8x8xbf16>
    %transposed_273 = linalg.transpose ins(%375 : tensor<1x4x8x8xbf16>) outs(%182 : tensor<1x8x4x8xbf16>) permutation = [0, 2, 1, 3] 
    %expanded_274 = tensor.expand_shape %cst_49 [[0], [1, 2]] output_shape [32, 4, 1] : tensor<32x4xi32> into tensor<32x4x1xi32>
    %expanded_275 = tensor.expand_shape %cst_48 [[0, 1, 2]] output_shape [1, 1, 8] : tensor<8xi32> into tensor<1x1x8xi32>
    %376 = linalg.generic {indexing_maps = [#map11, #map13, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_274, %expanded_275 : tensor<32x4x1xi32>, tensor<1x1x8xi32>) outs(%50 : tensor<32x4x8xi32>) {
    ^bb0(%in: i32, %in_320: i32, %out: i32):
      %467 = arith.shrsi %in, %in_320 : i32
      linalg.yield %467 : i32
    } -> tensor<32x4x8xi32>
    %377 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%376 : tensor<32x4x8xi32>) outs(%52 : tensor<32x4x8xi8>) {
    ^bb0(%in: i32, %out: i8):
      %467 = arith.trunci %in : i32 to i8
      linalg.yield %467 : i8
    } -> tensor<32x4x8xi8>
    %collapsed_276 = tensor.collapse_shape %377 [[0], [1, 2]] : tensor<32x4x8xi8> into tensor<32x32xi8>
    %378 = linalg.generic {indexing_maps = [#map14, #map15, #map3], iterator_types = ["parallel", "parallel"]} ins(%expanded_118, %cst_100 : tensor<4x1xi64>, tensor<8xi64>) outs(%58 : tensor<4x8xi64>) {
    ^bb0(%in: i64, %in_320: i64, %out: i64):
      %467 = arith.cmpi slt, %in, %c0_i64 : i64
      %468 = arith.addi %in, %c4_i64 : i64
      %469 = arith.select %467, %468, %in : i64
      %470 = arith.index_cast %469 : i64 to index
      %471 = arith.cmpi slt, %in_320, %c0_i64 : i64
      %472 = arith.addi %in_320, %c8_i64 : i64
      %473 = arith.select %471, %472, %in_320 : i64
      %474 = arith.index_cast %473 : i64 to index
      %extracted = tensor.extract %expanded_117[%470, %474] : tensor<4x8xi64>
      linalg.yield %extracted : i64
    } -> tensor<4x8xi64>
    %collapsed_277 = tensor.collapse_shape %378 [[0, 1]] : tensor<4x8xi64> into tensor<32xi64>
    %379 = linalg.generic {indexing_maps = [#map14, #map15, #map3], iterator_types = ["parallel", "parallel"]} ins(%expanded_120, %collapsed_277 : tensor<32x1xi64>, tensor<32xi64>) outs(%60 : tensor<32x32xi8>) {
    ^bb0(%in: i64, %in_320: i64, %out: i8):
      %467 = arith.cmpi slt, %in, %c0_i64 : i64
      %468 = arith.addi %in, %c32_i64 : i64
      %469 = arith.select %467, %468, %in : i64
      %470 = arith.index_cast %469 : i64 to index
      %471 = arith.cmpi slt, %in_320, %c0_i64 : i64
      %472 = arith.addi %in_320, %c32_i64 : i64
      %473 = arith.select %471, %472, %in_320 : i64
      %474 = arith.index_cast %473 : i64 to index
      %extracted = tensor.extract %collapsed_276[%470, %474] : tensor<32x32xi8>
      linalg.yield %extracted : i8
    } -> tensor<32x32xi8>
    %380 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%379 : tensor<32x32xi8>) outs(%60 : tensor<32x32xi8>) {
    ^bb0(%in: i8, %out: i8):
      %467 = arith.andi %in, %c15_i8 : i8
      linalg.yield %467 : i8
    } -> tensor<32x32xi8>
    %expanded_278 = tensor.expand_shape %cst_47 [[0], [1, 2]] output_shape [2, 4, 1] : tensor<2x4xi32> into tensor<2x4x1xi32>
    %381 = linalg.generic {indexing_maps = [#map11, #map13, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_278, %expanded_275 : tensor<2x4x1xi32>, tensor<1x1x8xi32>) outs(%63 : tensor<2x4x8xi32>) {
    ^bb0(%in: i32, %in_320: i32, %out: i32):
      %467 = arith.shrsi %in, %in_320 : i32
      linalg.yield %467 : i32
    } -> tensor<2x4x8xi32>
    %382 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%381 : tensor<2x4x8xi32>) outs(%65 : tensor<2x4x8xi8>) {
    ^bb0(%in: i32, %out: i8):
      %467 = arith.trunci %in : i32 to i8
      linalg.yield %467 : i8
    } -> tensor<2x4x8xi8>
    %collapsed_279 = tensor.collapse_shape %382 [[0], [1, 2]] : tensor<2x4x8xi8> into tensor<2x32xi8>
    %383 = linalg.generic {indexing_maps = [#map14, #map15, #map3], iterator_types = ["parallel", "parallel"]} ins(%expanded_118, %cst_101 : tensor<4x1xi64>, tensor<8xi64>) outs(%58 : tensor<4x8xi64>) {
    ^bb0(%in: i64, %in_320: i64, %out: i64):
      %467 = arith.cmpi slt, %in, %c0_i64 : i64
      %468 = arith.addi %in, %c4_i64 : i64
      %469 = arith.select %467, %468, %in : i64
      %470 = arith.index_cast %469 : i64 to index
      %471 = arith.cmpi slt, %in_320, %c0_i64 : i64
      %472 = arith.addi %in_320, %c8_i64 : i64
      %473 = arith.select %471, %472, %in_320 : i64
      %474 = arith.index_cast %473 : i64 to index
      %extracted = tensor.extract %expanded_117[%470, %474] : tensor<4x8xi64>
      linalg.yield %extracted : i64
    } -> tensor<4x8xi64>
    %collapsed_280 = tensor.collapse_shape %383 [[0, 1]] : tensor<4x8xi64> into tensor<32xi64>
    %384 = linalg.generic {indexing_maps = [#map14, #map15, #map3], iterator_types = ["parallel", "parallel"]} ins(%expanded_124, %collapsed_280 : tensor<2x1xi64>, tensor<32xi64>) outs(%70 : tensor<2x32xi8>) {
    ^bb0(%in: i64, %in_320: i64, %out: i8):
      %467 = arith.cmpi slt, %in, %c0_i64 : i64
      %468 = arith.addi %in, %c2_i64 : i64
      %469 = arith.select %467, %468, %in : i64
      %470 = arith.index_cast %469 : i64 to index
      %471 = arith.cmpi slt, %in_320, %c0_i64 : i64
      %472 = arith.addi %in_320, %c32_i64 : i64
      %473 = arith.select %471, %472, %in_320 : i64
      %474 = arith.index_cast %473 : i64 to index
      %extracted = tensor.extract %collapsed_279[%470, %474] : tensor<2x32xi8>
      linalg.yield %extracted : i8
    } -> tensor<2x32xi8>
    %385 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%384 : tensor<2x32xi8>) outs(%70 : tensor<2x32xi8>) {
    ^bb0(%in: i8, %out: i8):
      %467 = arith.andi %in, %c15_i8 : i8
      linalg.yield %467 : i8
    } -> tensor<2x32xi8>
    %386 = linalg.generic {indexing_maps = [#map16, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%385 : tensor<2x32xi8>) outs(%73 : tensor<2x16x32xi8>) {
    ^bb0(%in: i8, %out: i8):
      linalg.yield %in : i8
    } -> tensor<2x16x32xi8>
    %collapsed_281 = tensor.collapse_shape %386 [[0, 1], [2]] : tensor<2x16x32xi8> into tensor<32x32xi8>
    %387 = linalg.generic {indexing_maps = [#map16, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%cst_12 : tensor<2x32xbf16>) outs(%75 : tensor<2x16x32xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      linalg.yield %in : bf16
    } -> tensor<2x16x32xbf16>
    %collapsed_282 = tensor.collapse_shape %387 [[0, 1], [2]] : tensor<2x16x32xbf16> into tensor<32x32xbf16>
    %388 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%380, %collapsed_281 : tensor<32x32xi8>, tensor<32x32xi8>) outs(%60 : tensor<32x32xi8>) {
    ^bb0(%in: i8, %in_320: i8, %out: i8):
      %467 = arith.subi %in, %in_320 : i8
      linalg.yield %467 : i8
    } -> tensor<32x32xi8>
    %389 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%388, %collapsed_282 : tensor<32x32xi8>, tensor<32x32xbf16>) outs(%78 : tensor<32x32xbf16>) {
    ^bb0(%in: i8, %in_320: bf16, %out: bf16):
      %467 = arith.sitofp %in : i8 to bf16
      %468 = arith.mulf %467, %in_320 : bf16
      linalg.yield %468 : bf16
    } -> tensor<32x32xbf16>
    %collapsed_283 = tensor.collapse_shape %transposed_273 [[0, 1], [2, 3]] : tensor<1x8x4x8xbf16> into tensor<8x32xbf16>
    %390 = linalg.matmul ins(%collapsed_283, %389 : tensor<8x32xbf16>, tensor<32x32xbf16>) outs(%81 : tensor<8x32xf32>) -> tensor<8x32xf32>
    %391 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%390 : tensor<8x32xf32>) outs(%83 : tensor<8x32xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %467 = arith.truncf %in : f32 to bf16
      linalg.yield %467 : bf16
    } -> tensor<8x32xbf16>
    %expanded_284 = tensor.expand_shape %391 [[0, 1], [2]] output_shape [1, 8, 32] : tensor<8x32xbf16> into tensor<1x8x32xbf16>
    %392 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%288, %expanded_284 : tensor<1x8x32xbf16>, tensor<1x8x32xbf16>) outs(%0 : tensor<1x8x32xbf16>) {
    ^bb0(%in: bf16, %in_320: bf16, %out: bf16):
      %467 = arith.addf %in, %in_320 : bf16
      linalg.yield %467 : bf16
    } -> tensor<1x8x32xbf16>
    %393 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%392 : tensor<1x8x32xbf16>) outs(%39 : tensor<1x8x32xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %467 = arith.extf %in : bf16 to f32
      linalg.yield %467 : f32
    } -> tensor<1x8x32xf32>
    %394 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%393 : tensor<1x8x32xf32>) outs(%39 : tensor<1x8x32xf32>) {
    ^bb0(%in: f32, %out: f32):
      %467 = math.fpowi %in, %c2_i64 : f32, i64
      linalg.yield %467 : f32
    } -> tensor<1x8x32xf32>
    %395 = linalg.generic {indexing_maps = [#map1, #map11], iterator_types = ["parallel", "parallel", "reduction"]} ins(%394 : tensor<1x8x32xf32>) outs(%42 : tensor<1x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %467 = arith.addf %in, %out : f32
      linalg.yield %467 : f32
    } -> tensor<1x8x1xf32>
    %396 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%395 : tensor<1x8x1xf32>) outs(%27 : tensor<1x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %467 = arith.divf %in, %cst_37 : f32
      linalg.yield %467 : f32
    } -> tensor<1x8x1xf32>
    %397 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%396 : tensor<1x8x1xf32>) outs(%27 : tensor<1x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %467 = arith.truncf %cst_34 : f64 to f32
      %468 = arith.addf %in, %467 : f32
      linalg.yield %468 : f32
    } -> tensor<1x8x1xf32>
    %398 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%397 : tensor<1x8x1xf32>) outs(%27 : tensor<1x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %467 = math.rsqrt %in : f32
      linalg.yield %467 : f32
    } -> tensor<1x8x1xf32>
    %399 = linalg.generic {indexing_maps = [#map1, #map11, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%393, %398 : tensor<1x8x32xf32>, tensor<1x8x1xf32>) outs(%39 : tensor<1x8x32xf32>) {
    ^bb0(%in: f32, %in_320: f32, %out: f32):
      %467 = arith.mulf %in, %in_320 : f32
      linalg.yield %467 : f32
    } -> tensor<1x8x32xf32>
    %400 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%399 : tensor<1x8x32xf32>) outs(%0 : tensor<1x8x32xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %467 = arith.truncf %in : f32 to bf16
      linalg.yield %467 : bf16
    } -> tensor<1x8x32xbf16>
    %401 = linalg.generic {indexing_maps = [#map12, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%cst_11, %400 : tensor<32xbf16>, tensor<1x8x32xbf16>) outs(%0 : tensor<1x8x32xbf16>) {
    ^bb0(%in: bf16, %in_320: bf16, %out: bf16):
      %467 = arith.mulf %in, %in_320 : bf16
      linalg.yield %467 : bf16
    } -> tensor<1x8x32xbf16>
    %expanded_285 = tensor.expand_shape %cst_46 [[0], [1, 2]] output_shape [32, 8, 1] : tensor<32x8xi32> into tensor<32x8x1xi32>
    %expanded_286 = tensor.expand_shape %cst_45 [[0, 1, 2]] output_shape [1, 1, 8] : tensor<8xi32> into tensor<1x1x8xi32>
    %402 = linalg.generic {indexing_maps = [#map11, #map13, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_285, %expanded_286 : tensor<32x8x1xi32>, tensor<1x1x8xi32>) outs(%209 : tensor<32x8x8xi32>) {
    ^bb0(%in: i32, %in_320: i32, %out: i32):
      %467 = arith.shrsi %in, %in_320 : i32
      linalg.yield %467 : i32
    } -> tensor<32x8x8xi32>
    %403 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%402 : tensor<32x8x8xi32>) outs(%211 : tensor<32x8x8xi8>) {
    ^bb0(%in: i32, %out: i8):
      %467 = arith.trunci %in : i32 to i8
      linalg.yield %467 : i8
    } -> tensor<32x8x8xi8>
    %collapsed_287 = tensor.collapse_shape %403 [[0], [1, 2]] : tensor<32x8x8xi8> into tensor<32x64xi8>
    %404 = linalg.generic {indexing_maps = [#map14, #map15, #map3], iterator_types = ["parallel", "parallel"]} ins(%expanded_189, %cst_102 : tensor<8x1xi64>, tensor<8xi64>) outs(%215 : tensor<8x8xi64>) {
    ^bb0(%in: i64, %in_320: i64, %out: i64):
      %467 = arith.cmpi slt, %in, %c0_i64 : i64
      %468 = arith.addi %in, %c8_i64 : i64
      %469 = arith.select %467, %468, %in : i64
      %470 = arith.index_cast %469 : i64 to index
      %471 = arith.cmpi slt, %in_320, %c0_i64 : i64
      %472 = arith.addi %in_320, %c8_i64 : i64
      %473 = arith.select %471, %472, %in_320 : i64
      %474 = arith.index_cast %473 : i64 to index
      %extracted = tensor.extract %expanded_188[%470, %474] : tensor<8x8xi64>
      linalg.yield %extracted : i64
    } -> tensor<8x8xi64>
    %collapsed_288 = tensor.collapse_shape %404 [[0, 1]] : tensor<8x8xi64> into tensor<64xi64>
    %405 = linalg.generic {indexing_maps = [#map14, #map15, #map3], iterator_types = ["parallel", "parallel"]} ins(%expanded_120, %collapsed_288 : tensor<32x1xi64>, tensor<64xi64>) outs(%217 : tensor<32x64xi8>) {
    ^bb0(%in: i64, %in_320: i64, %out: i8):
      %467 = arith.cmpi slt, %in, %c0_i64 : i64
      %468 = arith.addi %in, %c32_i64 : i64
      %469 = arith.select %467, %468, %in : i64
      %470 = arith.index_cast %469 : i64 to index
      %471 = arith.cmpi slt, %in_320, %c0_i64 : i64
      %472 = arith.addi %in_320, %c64_i64 : i64
      %473 = arith.select %471, %472, %in_320 : i64
      %474 = arith.index_cast %473 : i64 to index
      %extracted = tensor.extract %collapsed_287[%470, %474] : tensor<32x64xi8>
      linalg.yield %extracted : i8
    } -> tensor<32x64xi8>
    %406 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%405 : tensor<32x64xi8>) outs(%217 : tensor<32x64xi8>) {
    ^bb0(%in: i8, %out: i8):
      %467 = arith.andi %in, %c15_i8 : i8
      linalg.yield %467 : i8
    } -> tensor<32x64xi8>
    %expanded_289 = tensor.expand_shape %cst_44 [[0], [1, 2]] output_shape [2, 8, 1] : tensor<2x8xi32> into tensor<2x8x1xi32>
    %407 = linalg.generic {indexing_maps = [#map11, #map13, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_289, %expanded_286 : tensor<2x8x1xi32>, tensor<1x1x8xi32>) outs(%220 : tensor<2x8x8xi32>) {
    ^bb0(%in: i32, %in_320: i32, %out: i32):
      %467 = arith.shrsi %in, %in_320 : i32
      linalg.yield %467 : i32
    } -> tensor<2x8x8xi32>
    %408 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%407 : tensor<2x8x8xi32>) outs(%222 : tensor<2x8x8xi8>) {
    ^bb0(%in: i32, %out: i8):
      %467 = arith.trunci %in : i32 to i8
      linalg.yield %467 : i8
    } -> tensor<2x8x8xi8>
    %collapsed_290 = tensor.collapse_shape %408 [[0], [1, 2]] : tensor<2x8x8xi8> into tensor<2x64xi8>
    %409 = linalg.generic {indexing_maps = [#map14, #map15, #map3], iterator_types = ["parallel", "parallel"]} ins(%expanded_189, %cst_103 : tensor<8x1xi64>, tensor<8xi64>) outs(%215 : tensor<8x8xi64>) {
    ^bb0(%in: i64, %in_320: i64, %out: i64):
      %467 = arith.cmpi slt, %in, %c0_i64 : i64
      %468 = arith.addi %in, %c8_i64 : i64
      %469 = arith.select %467, %468, %in : i64
      %470 = arith.index_cast %469 : i64 to index
      %471 = arith.cmpi slt, %in_320, %c0_i64 : i64
      %472 = arith.addi %in_320, %c8_i64 : i64
      %473 = arith.select %471, %472, %in_320 : i64
      %474 = arith.index_cast %473 : i64 to index
      %extracted = tensor.extract %expanded_188[%470, %474] : tensor<8x8xi64>
      linalg.yield %extracted : i64
    } -> tensor<8x8xi64>
    %collapsed_291 = tensor.collapse_shape %409 [[0, 1]] : tensor<8x8xi64> into tensor<64xi64>
    %410 = linalg.generic {indexing_maps = [#map14, #map15, #map3], iterator_types = ["parallel", "parallel"]} ins(%expanded_124, %collapsed_291 : tensor<2x1xi64>, tensor<64xi64>) outs(%225 : tensor<2x64xi8>) {
    ^bb0(%in: i64, %in_320: i64, %out: i8):
      %467 = arith.cmpi slt, %in, %c0_i64 : i64
      %468 = arith.addi %in, %c2_i64 : i64
      %469 = arith.select %467, %468, %in : i64
      %470 = arith.index_cast %469 : i64 to index
      %471 = arith.cmpi slt, %in_320, %c0_i64 : i64
      %472 = arith.addi %in_320, %c64_i64 : i64
      %473 = arith.select %471, %472, %in_320 : i64
      %474 = arith.index_cast %473 : i64 to index
      %extracted = tensor.extract %collapsed_290[%470, %474] : tensor<2x64xi8>
      linalg.yield %extracted : i8
    } -> tensor<2x64xi8>
    %411 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%410 : tensor<2x64xi8>) outs(%225 : tensor<2x64xi8>) {
    ^bb0(%in: i8, %out: i8):
      %467 = arith.andi %in, %c15_i8 : i8
      linalg.yield %467 : i8
    } -> tensor<2x64xi8>
    %412 = linalg.generic {indexing_maps = [#map16, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%411 : tensor<2x64xi8>) outs(%228 : tensor<2x16x64xi8>) {
    ^bb0(%in: i8, %out: i8):
      linalg.yield %in : i8
    } -> tensor<2x16x64xi8>
    %collapsed_292 = tensor.collapse_shape %412 [[0, 1], [2]] : tensor<2x16x64xi8> into tensor<32x64xi8>
    %413 = linalg.generic {indexing_maps = [#map16, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%cst_10 : tensor<2x64xbf16>) outs(%230 : tensor<2x16x64xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      linalg.yield %in : bf16
    } -> tensor<2x16x64xbf16>
    %collapsed_293 = tensor.collapse_shape %413 [[0, 1], [2]] : tensor<2x16x64xbf16> into tensor<32x64xbf16>
    %414 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%406, %collapsed_292 : tensor<32x64xi8>, tensor<32x64xi8>) outs(%217 : tensor<32x64xi8>) {
    ^bb0(%in: i8, %in_320: i8, %out: i8):
      %467 = arith.subi %in, %in_320 : i8
      linalg.yield %467 : i8
    } -> tensor<32x64xi8>
    %415 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%414, %collapsed_293 : tensor<32x64xi8>, tensor<32x64xbf16>) outs(%233 : tensor<32x64xbf16>) {
    ^bb0(%in: i8, %in_320: bf16, %out: bf16):
      %467 = arith.sitofp %in : i8 to bf16
      %468 = arith.mulf %467, %in_320 : bf16
      linalg.yield %468 : bf16
    } -> tensor<32x64xbf16>
    %collapsed_294 = tensor.collapse_shape %401 [[0, 1], [2]] : tensor<1x8x32xbf16> into tensor<8x32xbf16>
    %416 = linalg.matmul ins(%collapsed_294, %415 : tensor<8x32xbf16>, tensor<32x64xbf16>) outs(%236 : tensor<8x64xf32>) -> tensor<8x64xf32>
    %417 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%416 : tensor<8x64xf32>) outs(%238 : tensor<8x64xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %467 = arith.truncf %in : f32 to bf16
      linalg.yield %467 : bf16
    } -> tensor<8x64xbf16>
    %expanded_295 = tensor.expand_shape %417 [[0, 1], [2]] output_shape [1, 8, 64] : tensor<8x64xbf16> into tensor<1x8x64xbf16>
    %418 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_295 : tensor<1x8x64xbf16>) outs(%240 : tensor<1x8x64xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %467 = arith.extf %in : bf16 to f32
      linalg.yield %467 : f32
    } -> tensor<1x8x64xf32>
    %419 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%418 : tensor<1x8x64xf32>) outs(%240 : tensor<1x8x64xf32>) {
    ^bb0(%in: f32, %out: f32):
      %467 = arith.negf %in : f32
      %468 = math.exp %467 : f32
      %469 = arith.addf %468, %cst_1 : f32
      %470 = arith.divf %cst_1, %469 : f32
      linalg.yield %470 : f32
    } -> tensor<1x8x64xf32>
    %420 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%418, %419 : tensor<1x8x64xf32>, tensor<1x8x64xf32>) outs(%240 : tensor<1x8x64xf32>) {
    ^bb0(%in: f32, %in_320: f32, %out: f32):
      %467 = arith.mulf %in, %in_320 : f32
      linalg.yield %467 : f32
    } -> tensor<1x8x64xf32>
    %421 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%420 : tensor<1x8x64xf32>) outs(%244 : tensor<1x8x64xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %467 = arith.truncf %in : f32 to bf16
      linalg.yield %467 : bf16
    } -> tensor<1x8x64xbf16>
    %expanded_296 = tensor.expand_shape %cst_43 [[0], [1, 2]] output_shape [32, 8, 1] : tensor<32x8xi32> into tensor<32x8x1xi32>
    %expanded_297 = tensor.expand_shape %cst_42 [[0, 1, 2]] output_shape [1, 1, 8] : tensor<8xi32> into tensor<1x1x8xi32>
    %422 = linalg.generic {indexing_maps = [#map11, #map13, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_296, %expanded_297 : tensor<32x8x1xi32>, tensor<1x1x8xi32>) outs(%209 : tensor<32x8x8xi32>) {
    ^bb0(%in: i32, %in_320: i32, %out: i32):
      %467 = arith.shrsi %in, %in_320 : i32
      linalg.yield %467 : i32
    } -> tensor<32x8x8xi32>
    %423 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%422 : tensor<32x8x8xi32>) outs(%211 : tensor<32x8x8xi8>) {
    ^bb0(%in: i32, %out: i8):
      %467 = arith.trunci %in : i32 to i8
      linalg.yield %467 : i8
    } -> tensor<32x8x8xi8>
    %collapsed_298 = tensor.collapse_shape %423 [[0], [1, 2]] : tensor<32x8x8xi8> into tensor<32x64xi8>
    %424 = linalg.generic {indexing_maps = [#map14, #map15, #map3], iterator_types = ["parallel", "parallel"]} ins(%expanded_189, %cst_104 : tensor<8x1xi64>, tensor<8xi64>) outs(%215 : tensor<8x8xi64>) {
    ^bb0(%in: i64, %in_320: i64, %out: i64):
      %467 = arith.cmpi slt, %in, %c0_i64 : i64
      %468 = arith.addi %in, %c8_i64 : i64
      %469 = arith.select %467, %468, %in : i64
      %470 = arith.index_cast %469 : i64 to index
      %471 = arith.cmpi slt, %in_320, %c0_i64 : i64
      %472 = arith.addi %in_320, %c8_i64 : i64
      %473 = arith.select %471, %472, %in_320 : i64
      %474 = arith.index_cast %473 : i64 to index
      %extracted = tensor.extract %expanded_188[%470, %474] : tensor<8x8xi64>
      linalg.yield %extracted : i64
    } -> tensor<8x8xi64>
    %collapsed_299 = tensor.collapse_shape %424 [[0, 1]] : tensor<8x8xi64> into tensor<64xi64>
    %425 = linalg.generic {indexing_maps = [#map14, #map15, #map3], iterator_types = ["parallel", "parallel"]} ins(%expanded_120, %collapsed_299 : tensor<32x1xi64>, tensor<64xi64>) outs(%217 : tensor<32x64xi8>) {
    ^bb0(%in: i64, %in_320: i64, %out: i8):
      %467 = arith.cmpi slt, %in, %c0_i64 : i64
      %468 = arith.addi %in, %c32_i64 : i64
      %469 = arith.select %467, %468, %in : i64
      %470 = arith.index_cast %469 : i64 to index
      %471 = arith.cmpi slt, %in_320, %c0_i64 : i64
      %472 = arith.addi %in_320, %c64_i64 : i64
      %473 = arith.select %471, %472, %in_320 : i64
      %474 = arith.index_cast %473 : i64 to index
      %extracted = tensor.extract %collapsed_298[%470, %474] : tensor<32x64xi8>
      linalg.yield %extracted : i8
    } -> tensor<32x64xi8>
    %426 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%425 : tensor<32x64xi8>) outs(%217 : tensor<32x64xi8>) {
    ^bb0(%in: i8, %out: i8):
      %467 = arith.andi %in, %c15_i8 : i8
      linalg.yield %467 : i8
    } -> tensor<32x64xi8>
    %expanded_300 = tensor.expand_shape %cst_41 [[0], [1, 2]] output_shape [2, 8, 1] : tensor<2x8xi32> into tensor<2x8x1xi32>
    %427 = linalg.generic {indexing_maps = [#map11, #map13, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_300, %expanded_297 : tensor<2x8x1xi32>, tensor<1x1x8xi32>) outs(%220 : tensor<2x8x8xi32>) {
    ^bb0(%in: i32, %in_320: i32, %out: i32):
      %467 = arith.shrsi %in, %in_320 : i32
      linalg.yield %467 : i32
    } -> tensor<2x8x8xi32>
    %428 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%427 : tensor<2x8x8xi32>) outs(%222 : tensor<2x8x8xi8>) {
    ^bb0(%in: i32, %out: i8):
      %467 = arith.trunci %in : i32 to i8
      linalg.yield %467 : i8
    } -> tensor<2x8x8xi8>
    %collapsed_301 = tensor.collapse_shape %428 [[0], [1, 2]] : tensor<2x8x8xi8> into tensor<2x64xi8>
    %429 = linalg.generic {indexing_maps = [#map14, #map15, #map3], iterator_types = ["parallel", "parallel"]} ins(%expanded_189, %cst_105 : tensor<8x1xi64>, tensor<8xi64>) outs(%215 : tensor<8x8xi64>) {
    ^bb0(%in: i64, %in_320: i64, %out: i64):
      %467 = arith.cmpi slt, %in, %c0_i64 : i64
      %468 = arith.addi %in, %c8_i64 : i64
      %469 = arith.select %467, %468, %in : i64
      %470 = arith.index_cast %469 : i64 to index
      %471 = arith.cmpi slt, %in_320, %c0_i64 : i64
      %472 = arith.addi %in_320, %c8_i64 : i64
      %473 = arith.select %471, %472, %in_320 : i64
      %474 = arith.index_cast %473 : i64 to index
      %extracted = tensor.extract %expanded_188[%470, %474] : tensor<8x8xi64>
      linalg.yield %extracted : i64
    } -> tensor<8x8xi64>
    %collapsed_302 = tensor.collapse_shape %429 [[0, 1]] : tensor<8x8xi64> into tensor<64xi64>
    %430 = linalg.generic {indexing_maps = [#map14, #map15, #map3], iterator_types = ["parallel", "parallel"]} ins(%expanded_124, %collapsed_302 : tensor<2x1xi64>, tensor<64xi64>) outs(%225 : tensor<2x64xi8>) {
    ^bb0(%in: i64, %in_320: i64, %out: i8):
      %467 = arith.cmpi slt, %in, %c0_i64 : i64
      %468 = arith.addi %in, %c2_i64 : i64
      %469 = arith.select %467, %468, %in : i64
      %470 = arith.index_cast %469 : i64 to index
      %471 = arith.cmpi slt, %in_320, %c0_i64 : i64
      %472 = arith.addi %in_320, %c64_i64 : i64
      %473 = arith.select %471, %472, %in_320 : i64
      %474 = arith.index_cast %473 : i64 to index
      %extracted = tensor.extract %collapsed_301[%470, %474] : tensor<2x64xi8>
      linalg.yield %extracted : i8
    } -> tensor<2x64xi8>
    %431 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%430 : tensor<2x64xi8>) outs(%225 : tensor<2x64xi8>) {
    ^bb0(%in: i8, %out: i8):
      %467 = arith.andi %in, %c15_i8 : i8
      linalg.yield %467 : i8
    } -> tensor<2x64xi8>
    %432 = linalg.generic {indexing_maps = [#map16, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%431 : tensor<2x64xi8>) outs(%228 : tensor<2x16x64xi8>) {
    ^bb0(%in: i8, %out: i8):
      linalg.yield %in : i8
    } -> tensor<2x16x64xi8>
    %collapsed_303 = tensor.collapse_shape %432 [[0, 1], [2]] : tensor<2x16x64xi8> into tensor<32x64xi8>
    %433 = linalg.generic {indexing_maps = [#map16, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%cst_9 : tensor<2x64xbf16>) outs(%230 : tensor<2x16x64xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      linalg.yield %in : bf16
    } -> tensor<2x16x64xbf16>
    %collapsed_304 = tensor.collapse_shape %433 [[0, 1], [2]] : tensor<2x16x64xbf16> into tensor<32x64xbf16>
    %434 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%426, %collapsed_303 : tensor<32x64xi8>, tensor<32x64xi8>) outs(%217 : tensor<32x64xi8>) {
    ^bb0(%in: i8, %in_320: i8, %out: i8):
      %467 = arith.subi %in, %in_320 : i8
      linalg.yield %467 : i8
    } -> tensor<32x64xi8>
    %435 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%434, %collapsed_304 : tensor<32x64xi8>, tensor<32x64xbf16>) outs(%233 : tensor<32x64xbf16>) {
    ^bb0(%in: i8, %in_320: bf16, %out: bf16):
      %467 = arith.sitofp %in : i8 to bf16
      %468 = arith.mulf %467, %in_320 : bf16
      linalg.yield %468 : bf16
    } -> tensor<32x64xbf16>
    %436 = linalg.matmul ins(%collapsed_294, %435 : tensor<8x32xbf16>, tensor<32x64xbf16>) outs(%236 : tensor<8x64xf32>) -> tensor<8x64xf32>
    %437 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%436 : tensor<8x64xf32>) outs(%238 : tensor<8x64xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %467 = arith.truncf %in : f32 to bf16
      linalg.yield %467 : bf16
    } -> tensor<8x64xbf16>
    %expanded_305 = tensor.expand_shape %437 [[0, 1], [2]] output_shape [1, 8, 64] : tensor<8x64xbf16> into tensor<1x8x64xbf16>
    %438 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%421, %expanded_305 : tensor<1x8x64xbf16>, tensor<1x8x64xbf16>) outs(%244 : tensor<1x8x64xbf16>) {
    ^bb0(%in: bf16, %in_320: bf16, %out: bf16):
      %467 = arith.mulf %in, %in_320 : bf16
      linalg.yield %467 : bf16
    } -> tensor<1x8x64xbf16>
    %expanded_306 = tensor.expand_shape %cst_40 [[0], [1, 2]] output_shape [64, 4, 1] : tensor<64x4xi32> into tensor<64x4x1xi32>
    %expanded_307 = tensor.expand_shape %cst_39 [[0, 1, 2]] output_shape [1, 1, 8] : tensor<8xi32> into tensor<1x1x8xi32>
    %439 = linalg.generic {indexing_maps = [#map11, #map13, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_306, %expanded_307 : tensor<64x4x1xi32>, tensor<1x1x8xi32>) outs(%263 : tensor<64x4x8xi32>) {
    ^bb0(%in: i32, %in_320: i32, %out: i32):
      %467 = arith.shrsi %in, %in_320 : i32
      linalg.yield %467 : i32
    } -> tensor<64x4x8xi32>
    %440 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%439 : tensor<64x4x8xi32>) outs(%265 : tensor<64x4x8xi8>) {
    ^bb0(%in: i32, %out: i8):
      %467 = arith.trunci %in : i32 to i8
      linalg.yield %467 : i8
    } -> tensor<64x4x8xi8>
    %collapsed_308 = tensor.collapse_shape %440 [[0], [1, 2]] : tensor<64x4x8xi8> into tensor<64x32xi8>
    %441 = linalg.generic {indexing_maps = [#map14, #map15, #map3], iterator_types = ["parallel", "parallel"]} ins(%expanded_118, %cst_106 : tensor<4x1xi64>, tensor<8xi64>) outs(%58 : tensor<4x8xi64>) {
    ^bb0(%in: i64, %in_320: i64, %out: i64):
      %467 = arith.cmpi slt, %in, %c0_i64 : i64
      %468 = arith.addi %in, %c4_i64 : i64
      %469 = arith.select %467, %468, %in : i64
      %470 = arith.index_cast %469 : i64 to index
      %471 = arith.cmpi slt, %in_320, %c0_i64 : i64
      %472 = arith.addi %in_320, %c8_i64 : i64
      %473 = arith.select %471, %472, %in_320 : i64
      %474 = arith.index_cast %473 : i64 to index
      %extracted = tensor.extract %expanded_117[%470, %474] : tensor<4x8xi64>
      linalg.yield %extracted : i64
    } -> tensor<4x8xi64>
    %collapsed_309 = tensor.collapse_shape %441 [[0, 1]] : tensor<4x8xi64> into tensor<32xi64>
    %442 = linalg.generic {indexing_maps = [#map14, #map15, #map3], iterator_types = ["parallel", "parallel"]} ins(%expanded_212, %collapsed_309 : tensor<64x1xi64>, tensor<32xi64>) outs(%268 : tensor<64x32xi8>) {
    ^bb0(%in: i64, %in_320: i64, %out: i8):
      %467 = arith.cmpi slt, %in, %c0_i64 : i64
      %468 = arith.addi %in, %c64_i64 : i64
      %469 = arith.select %467, %468, %in : i64
      %470 = arith.index_cast %469 : i64 to index
      %471 = arith.cmpi slt, %in_320, %c0_i64 : i64
      %472 = arith.addi %in_320, %c32_i64 : i64
      %473 = arith.select %471, %472, %in_320 : i64
      %474 = arith.index_cast %473 : i64 to index
      %extracted = tensor.extract %collapsed_308[%470, %474] : tensor<64x32xi8>
      linalg.yield %extracted : i8
    } -> tensor<64x32xi8>
    %443 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%442 : tensor<64x32xi8>) outs(%268 : tensor<64x32xi8>) {
    ^bb0(%in: i8, %out: i8):
      %467 = arith.andi %in, %c15_i8 : i8
      linalg.yield %467 : i8
    } -> tensor<64x32xi8>
    %expanded_310 = tensor.expand_shape %cst_38 [[0], [1, 2]] output_shape [4, 4, 1] : tensor<4x4xi32> into tensor<4x4x1xi32>
    %444 = linalg.generic {indexing_maps = [#map11, #map13, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_310, %expanded_307 : tensor<4x4x1xi32>, tensor<1x1x8xi32>) outs(%271 : tensor<4x4x8xi32>) {
    ^bb0(%in: i32, %in_320: i32, %out: i32):
      %467 = arith.shrsi %in, %in_320 : i32
      linalg.yield %467 : i32
    } -> tensor<4x4x8xi32>
    %445 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%444 : tensor<4x4x8xi32>) outs(%273 : tensor<4x4x8xi8>) {
    ^bb0(%in: i32, %out: i8):
      %467 = arith.trunci %in : i32 to i8
      linalg.yield %467 : i8
    } -> tensor<4x4x8xi8>
    %collapsed_311 = tensor.collapse_shape %445 [[0], [1, 2]] : tensor<4x4x8xi8> into tensor<4x32xi8>
    %446 = linalg.generic {indexing_maps = [#map14, #map15, #map3], iterator_types = ["parallel", "parallel"]} ins(%expanded_118, %cst_107 : tensor<4x1xi64>, tensor<8xi64>) outs(%58 : tensor<4x8xi64>) {
    ^bb0(%in: i64, %in_320: i64, %out: i64):
      %467 = arith.cmpi slt, %in, %c0_i64 : i64
      %468 = arith.addi %in, %c4_i64 : i64
      %469 = arith.select %467, %468, %in : i64
      %470 = arith.index_cast %469 : i64 to index
      %471 = arith.cmpi slt, %in_320, %c0_i64 : i64
      %472 = arith.addi %in_320, %c8_i64 : i64
      %473 = arith.select %471, %472, %in_320 : i64
      %474 = arith.index_cast %473 : i64 to index
      %extracted = tensor.extract %expanded_117[%470, %474] : tensor<4x8xi64>
      linalg.yield %extracted : i64
    } -> tensor<4x8xi64>
    %collapsed_312 = tensor.collapse_shape %446 [[0, 1]] : tensor<4x8xi64> into tensor<32xi64>
    %447 = linalg.generic {indexing_maps = [#map14, #map15, #map3], iterator_types = ["parallel", "parallel"]} ins(%expanded_118, %collapsed_312 : tensor<4x1xi64>, tensor<32xi64>) outs(%276 : tensor<4x32xi8>) {
    ^bb0(%in: i64, %in_320: i64, %out: i8):
      %467 = arith.cmpi slt, %in, %c0_i64 : i64
      %468 = arith.addi %in, %c4_i64 : i64
      %469 = arith.select %467, %468, %in : i64
      %470 = arith.index_cast %469 : i64 to index
      %471 = arith.cmpi slt, %in_320, %c0_i64 : i64
      %472 = arith.addi %in_320, %c32_i64 : i64
      %473 = arith.select %471, %472, %in_320 : i64
      %474 = arith.index_cast %473 : i64 to index
      %extracted = tensor.extract %collapsed_311[%470, %474] : tensor<4x32xi8>
      linalg.yield %extracted : i8
    } -> tensor<4x32xi8>
    %448 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%447 : tensor<4x32xi8>) outs(%276 : tensor<4x32xi8>) {
    ^bb0(%in: i8, %out: i8):
      %467 = arith.andi %in, %c15_i8 : i8
      linalg.yield %467 : i8
    } -> tensor<4x32xi8>
    %449 = linalg.generic {indexing_maps = [#map16, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%448 : tensor<4x32xi8>) outs(%279 : tensor<4x16x32xi8>) {
    ^bb0(%in: i8, %out: i8):
      linalg.yield %in : i8
    } -> tensor<4x16x32xi8>
    %collapsed_313 = tensor.collapse_shape %449 [[0, 1], [2]] : tensor<4x16x32xi8> into tensor<64x32xi8>
    %450 = linalg.generic {indexing_maps = [#map16, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%cst_8 : tensor<4x32xbf16>) outs(%281 : tensor<4x16x32xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      linalg.yield %in : bf16
    } -> tensor<4x16x32xbf16>
    %collapsed_314 = tensor.collapse_shape %450 [[0, 1], [2]] : tensor<4x16x32xbf16> into tensor<64x32xbf16>
    %451 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%443, %collapsed_313 : tensor<64x32xi8>, tensor<64x32xi8>) outs(%268 : tensor<64x32xi8>) {
    ^bb0(%in: i8, %in_320: i8, %out: i8):
      %467 = arith.subi %in, %in_320 : i8
      linalg.yield %467 : i8
    } -> tensor<64x32xi8>
    %452 = linalg.generic {indexing_maps = [#map3, #map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%451, %collapsed_314 : tensor<64x32xi8>, tensor<64x32xbf16>) outs(%284 : tensor<64x32xbf16>) {
    ^bb0(%in: i8, %in_320: bf16, %out: bf16):
      %467 = arith.sitofp %in : i8 to bf16
      %468 = arith.mulf %467, %in_320 : bf16
      linalg.yield %468 : bf16
    } -> tensor<64x32xbf16>
    %collapsed_315 = tensor.collapse_shape %438 [[0, 1], [2]] : tensor<1x8x64xbf16> into tensor<8x64xbf16>
    %453 = linalg.matmul ins(%collapsed_315, %452 : tensor<8x64xbf16>, tensor<64x32xbf16>) outs(%81 : tensor<8x32xf32>) -> tensor<8x32xf32>
    %454 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%453 : tensor<8x32xf32>) outs(%83 : tensor<8x32xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %467 = arith.truncf %in : f32 to bf16
      linalg.yield %467 : bf16
    } -> tensor<8x32xbf16>
    %expanded_316 = tensor.expand_shape %454 [[0, 1], [2]] output_shape [1, 8, 32] : tensor<8x32xbf16> into tensor<1x8x32xbf16>
    %455 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%392, %expanded_316 : tensor<1x8x32xbf16>, tensor<1x8x32xbf16>) outs(%0 : tensor<1x8x32xbf16>) {
    ^bb0(%in: bf16, %in_320: bf16, %out: bf16):
      %467 = arith.addf %in, %in_320 : bf16
      linalg.yield %467 : bf16
    } -> tensor<1x8x32xbf16>
    %456 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%455 : tensor<1x8x32xbf16>) outs(%39 : tensor<1x8x32xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %467 = arith.extf %in : bf16 to f32
      linalg.yield %467 : f32
    } -> tensor<1x8x32xf32>
    %457 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%456 : tensor<1x8x32xf32>) outs(%39 : tensor<1x8x32xf32>) {
    ^bb0(%in: f32, %out: f32):
      %467 = math.fpowi %in, %c2_i64 : f32, i64
      linalg.yield %467 : f32
    } -> tensor<1x8x32xf32>
    %458 = linalg.generic {indexing_maps = [#map1, #map11], iterator_types = ["parallel", "parallel", "reduction"]} ins(%457 : tensor<1x8x32xf32>) outs(%42 : tensor<1x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %467 = arith.addf %in, %out : f32
      linalg.yield %467 : f32
    } -> tensor<1x8x1xf32>
    %459 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%458 : tensor<1x8x1xf32>) outs(%27 : tensor<1x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %467 = arith.divf %in, %cst_37 : f32
      linalg.yield %467 : f32
    } -> tensor<1x8x1xf32>
    %460 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%459 : tensor<1x8x1xf32>) outs(%27 : tensor<1x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %467 = arith.truncf %cst_34 : f64 to f32
      %468 = arith.addf %in, %467 : f32
      linalg.yield %468 : f32
    } -> tensor<1x8x1xf32>
    %461 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%460 : tensor<1x8x1xf32>) outs(%27 : tensor<1x8x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %467 = math.rsqrt %in : f32
      linalg.yield %467 : f32
    } -> tensor<1x8x1xf32>
    %462 = linalg.generic {indexing_maps = [#map1, #map11, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%456, %461 : tensor<1x8x32xf32>, tensor<1x8x1xf32>) outs(%39 : tensor<1x8x32xf32>) {
    ^bb0(%in: f32, %in_320: f32, %out: f32):
      %467 = arith.mulf %in, %in_320 : f32
      linalg.yield %467 : f32
    } -> tensor<1x8x32xf32>
    %463 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%462 : tensor<1x8x32xf32>) outs(%0 : tensor<1x8x32xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %467 = arith.truncf %in : f32 to bf16
      linalg.yield %467 : bf16
    } -> tensor<1x8x32xbf16>
    %464 = linalg.generic {indexing_maps = [#map12, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%cst_7, %463 : tensor<32xbf16>, tensor<1x8x32xbf16>) outs(%0 : tensor<1x8x32xbf16>) {
    ^bb0(%in: bf16, %in_320: bf16, %out: bf16):
      %467 = arith.mulf %in, %in_320 : bf16
      linalg.yield %467 : bf16
    } -> tensor<1x8x32xbf16>
    %transposed_317 = linalg.transpose ins(%cst_6 : tensor<64x32xbf16>) outs(%233 : tensor<32x64xbf16>) permutation = [1, 0] 
    %collapsed_318 = tensor.collapse_shape %464 [[0, 1], [2]] : tensor<1x8x32xbf16> into tensor<8x32xbf16>
    %465 = linalg.matmul ins(%collapsed_318, %transposed_317 : tensor<8x32xbf16>, tensor<32x64xbf16>) outs(%236 : tensor<8x64xf32>) -> tensor<8x64xf32>
    %466 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel"]} ins(%465 : tensor<8x64xf32>) outs(%238 : tensor<8x64xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %467 = arith.truncf %in : f32 to bf16
      linalg.yield %467 : bf16
    } -> tensor<8x64xbf16>
    %expanded_319 = tensor.expand_shape %466 [[0, 1], [2]] output_shape [1, 8, 64] : tensor<8x64xbf16> into tensor<1x8x64xbf16>
    return %expanded_319 : tensor<1x8x64xbf16>
  }
}

{-#
  dialect_resources: {
    builtin: {
      torch_tensor_64_32_torch.bfloat16_1: "0x020000003EBC683C123C933948BDC2BBB0BBBC3C773CC0BC8EBC85BCAD3C89BB34BC343C13BCB83AB63BD3BCBDBC07BC89BACDBB873C003C513C863C1C3A8ABC69BBFCBBC5BB12BDACBC2FBD4A3D843C5B3C82BCEA3CFDBCCD3B503C9FBB11BDAFBCE0BA283CA03B2939BDBCC539423BEBBC12BCC53C923CF5BB96BB973AAFBC083CD2BC9BBC2FBA0BBD9ABC4D3CDDBA213C1E3B543C213C4DBD44BCA13B1ABD1DBD02BD22BCD73BD7BA7E3C093AEFBBBB3A9DBBF03BFABC91BC9ABCB23C71BC83BC0A3DB93A21BCBC3CAC3CF53C83BB32BC2E3C73BC06BDA43C32BBAABCB8BC11BD9FBC27BC183D5FBBA33B83BA163C75BBF93A83BCC0BCF53B12BAABBCDD3BF43CCC3CF43C09BC953A7BBC083B853B8DBCCABC0C3C11BD4EBC6ABA86B98ABB81BB89BB393C56BA5BBC073C903B623CB5BC3DBCA9BC7BBB863B453B103B6D3C2C3C65BCBC3CE4BCB8BBEABC5CBB773C4B3C8D3C03BDA2BCDA3CB83CC33BB73C733C593CF4BC95BC993C2CBC8BBB14BCAA3C4BBC02BDF43C563537BCB9BB38BCB03C333C86BB92BC883BF03C4C3D163DE23C2ABD4D3D8DBCAEBC4D3B0C3CE13C163CE9BC08BCC2BA263CC0BB60BC103D7CBC74BCBA3CA33C5FBC8C3B58BB45BD233CA3BC023CF73BFEBB423CF1386A3C8B3C38BC29BC163DAE3C06BDD43BB3BCB9BC993BB03CFC3B9F3AAB3C2E3DF83B1E3D813C8E3C25BC69BCB7BB0EBB2C3DDDBCBEBB913C41BC5A3B6F3A073C583C983C68BC20BCFCBB533C82BC0F3DA5BCC33B6FBCADBCE4BCA6BCCF3C8ABBB3BC2BBCDF3BD73CE1BC01BCA03CBC3C25BD7BBC0DBB903C253C67BC5D3A433C89BCB6BB383B153CD83C443BCDBAA7BC223C2EBD14BC9CBC62BCD83C3C3C2BBD2E3B0F3C8DBC12BBDCBB073C7C3B8C3CF93C9F3C06BCF53C2A3BBBBC493C16BDB03C80BCD1BBCCBC3F3C43BBFE3CCABBAC3C693C403C863CBFBAF93A893C1D3B763AF23C16BD0B3DBE3CEABCEABAED3A293C983B6EBDCF3B47BCCDBC70BCCF3BC8BB023D5ABC95BC613CF03C65BC43BCD839143D8F3C313CCEBC43BCD43B1CBC1C3DBBBC8C3C823CD2BCB73B9A3C8BBC263D87BC0A3D94BC263CBF3B373DC0BC6E3C6C3B6D3B49BCB2BB3C3C06BC763BA9BC30BA283C483C8FBB273C873C2BBC1BBB86BC8C3C1BBD2C3D403BEC3B27BB133B82BC163C123CDC3C823CBD3CB4BC293C5DBCCF3BDCBB9BBB98BC00BDDB3A013C2C3D183CBBBCFA3C983C8A3C5ABC12BD8F3CBEBC7C3CAC3CB53CC8BC123C65BC633CAB3B9CBA09BC0FBD2D3D333CE5BB01BD85BCAF3C1A3C96B9CBBA96BBF03CBCBC73BCF83C733AB6BB98BB46BC5E3C0CBDA5BC32BC193DA13CCA3C7F3B56BDDABCB13C35BCD73CB93CE7BB8B3B563DB03CFA3CED3B1BBB103D7FBC293CCD3BC93C4CBBC1BB863B973B2D3B94BBAABBE03A52BD3C3D3FBC843C373C88BC03BD4BBCA7BBB6BCE8BC3FBC1DBB0ABCA63C82BC1B3D1CBD0D3B72BCB5BC673C943B41BC733A29BDC83B0D3D8D3C81BCE03BBF3C0CBDCCBCE13C303D17BB47BB65BCB53BA23CD2BC1ABDFB3B85BCD33C32BCB53CA6BCE83B7EBC923C33BCB03C5A3C303C7C3C9B3C1ABD9EBC42BA07BC9ABC163CFC3CD1BC853A62BCA8BCCE3B323C0BBB5E3CA23C05BC9A3B603B0CBD6FBCF5B8653BA53C763BF13BB03B1B3DB73CB4BC21B9C03C29BDAEBCF53B37BBF23BB3BCF0BB3D3CA9BCE03CB9BC91BCF33C57BC333CB43BBDBC75BBA7BC063D6ABC133D14BC2FBDB43C16BCA9BC8CBC563B47BCBC3B34BB193AA638D33C8FBC34BB1DBC063B0E3C61BC54BB553C963C17BCE13B503C873C783B9CBBD83C973B56B9ADBCA4BC903C5EBC093B3DBD27BBA0BCC23C1F3CC9BCE53CA53B89BC953CD2BC693B52BC04BA8DBB8BBA81BA8A3C283D333CCB3B1BBC28BC59BC4ABB95BC83BC7D3CE6BC8D3C94BB623C893CB93BE53CD1BBE83C97BCF0BCB93C343C34BC0F3D973BD3BBB13B4F3C953C8F3CBCBB203CF43C8C3CA93B67BCE63CEFBCBF3CC0BC16BD603CD2BC4C3CC8BB39BCD3BB7EBCB5BB553C8ABC8DBCF0BC85BB643BBE3C033CA9BCFA3A473BB0BCB2BC9DBCE2BBADBC8C3B403B73BC463DB23CA7B991BC99BB5C3BE0BC6FBCB2BC703CABBB65BC85BC853C9E3C173C02BCFF3CF4BAEABC56BC763CDABCD1BC813C90BCEFBCD13C9CBCEFBC8EBC0DBD6EBC953BA9BC8DBC51BDE9BBFF3AE43B8A3B823CC0BC94BC1CBD8E3C14BD313CCABC86BCD9BBE8BB43BC2BBC90BB013DBDBC493CD03C0BBD56BC833CC03B81BB0EBC743B9C3CF8BBCEBB693C26BCABBB55BC30BA92BCE9BB943C0BBBEB3CEA3C88BC0EBCCFBCA1BC98B8AD3CC0BB59BC6339FC3B30BCCCBCBEBC8A3BCFBCAC3C0ABC1CBD32BB2BBC72BB5CB9473DA3BC2A3CCCBA293D273D02BD87BCB7BCFBBC023C623AFC3BF63C0B3AD43B8D3A353C08BB08BBC93BB63B23BCD3BC143C92BC59BCE1BCCFBABB3CB0BB69BC93BBB0BCBC3C573CD6BC063D313DDE3CBC3CBB3CB83BC1BCDD3C053D9D3BDC3BA4BAC6B79A3B9FBC3D3C963CC7BCD33C44BCA3BCFE3C4E3C8C3C9FBC8FBBA73AABBC07BC063C43BC7C3B4FBD46BCFC3BE73C9EBB67BB8ABBF2BC963C783C7F3C0FBADCBC56BACB3C60BC8FBCC13CCEBCDD3CC73B91BC3D3C3EBB903C173CC1BC86BCEC3B35BCF53A123C07BD4B3CA4BC053D8FBB723BFDBB9D3CC93CDABC5B3C1FBD1FBD61BC2BBB32BB8C3C8CBC66BCD6BBBA3C27BC16BCC53C263B0A3C863C7B3B6A3C173CCA3C1E3BC43B553CFEBBCEBC46BC533D2ABC293C143D9B3CFDBC033C033B25BD813C61BC90BC493CDE3B9EBBF7BC103C8C3CD03BFC3B583C093CCEBB833B993B703CE43B14BDF43CF03C04BD9ABB7CBCC43B70BB883C5A3C27BDC03BFABB1ABDEF3B47BC573C883C82BCCA3C8CBC12BDA53C543BA6BC3BBA263CEFB987BCA9BC663C8DBC433D153CB7BC0BBC383DB2BCD0BC73BC133D513C50BC32BD68BC8D3CE43BA6BA5D3C933C35BC3DBBC1BCB33CFB3C8DBCFA3B9EBC3AB73D3A1FB874BC943C4ABB87BC033C8D3C783C51BD2BBCB8BC693CB2BC6F3BAF3BBBBC1F3C823ACABC86BBE7BAF13A0CBC4639703BBC3C5C3C173DCC3C2CBDB5BC3BBC5E3CDF3A91BBFCBCFFBC153C50BC6B3C96BBC03BC33CC83C2FBB473D6B3C27BDEF3B7DBC9ABC1E3D513CE1BC66BB883C90BBA9BC823C70BC63BBAE3CC1BC9A3CF8BC4B3CB23CF7BC5ABBB63BCFBBEDBA4F3D3EBCD23A8DBC18BD7A3BB93B9A3C853BDABB1E3DDFBB053D673C67BBC7BC0E3DA4BBEB3C2FBD3DBDD93B503C1E3C99BCE83C853CC33C0F3C813C0F3D11BCB43C373BBABC1BBB1FBC8ABC3CBB843C1EBC383B9BBCC9BB643DC53B653C89BC113D733C993C6C3CFABC5DBB433CBCBB87BB1A3DC63CCFBB5CBB0C3D973CBDBBEE3BB9BAB73BDE3C22BC643D403AA53B0ABB9FBB6DBC7C3AB2BB84BCF23C173DA9BC05BCDD39C8BC583A38BC6DBCADBBA8BBBDBBB43C6A3C283D56BC14BD6A3C973B99B93E3AFE3B12BC97BC61BB873C79BCC53C063DCA3A11BC9DBB8E3BC93B573B883C74BCB73BCBBAAD3C25BC203B053C6CBCF3BBD43C713C253B79BC063DDFBA3F3A75BC803C40BB4ABA373B15BD09BB1D3B0A3D233D9FBCBFBBC93B9C3C3FBC2C3D4B3CEBBC6CBCD93B1C3B193CBCBCD13BC43C9CBABCBC64BB543DDB3C08BD0EBD913C9C3CFBBBAF3C253C4EBCC93CE038A1BC8B3C8EBC8C3CAD3C343C103DB73C483D83BCB3BB05BCFF3A1F3CA0BC683BD43B05BD98BCC83CA9BCD0BCD73AD73A98BCACBC6A3CA03A28BCC53CE63C3D3DA43BAEBA633BB7BC653CDEBA5BBC0E3D95BB543A01BC1F3C02BA043B313B75BCFEBB283C523C1E3C4FBB2BBCC53C3F3C0DBD34BDC839E23C21BCD83CE6BCC83CA939B13CC1BC9A3AD33CF9BB2CBCCEBC5D3B1D3CAA3B2FBCECBB53BD923C053D9B3C073C6EBCBCBC8B3CC3BCD53AAB3B5B3D16BC0FBDC23CE83BF5BCB2BC7B3C95BA59BB403D313B0D3DD5BCA3BC783C98BCC4BC8ABB08BCCFBC22BCC23CCABCB23CBABCC63CDEBC473D89BDC13C5BBC773C58BD0EBCF63C8A3CE2BC6BBBEFBBABBBC5BCABBC94BBACBBDD3CD23CC9BCA43C02BD2A3D96BC24BBA43B9B3C71BCE4BC91BC53BC49BC9BBCA63C473DCC3C9ABC5EBCD83B93BCD1BA083C77BC8139E3BB89BA15BD403DC1BBE8BB193CBBBCACBB023BC53C9A3CF5BC803DCB3C233C883BD53C763CBF3C393CABBC94BC09BD7C3BB4BCD33B50BBBB3A34BCCFBCDABCBD3C833C33BB383C34BD26BCA2BAE5BBA43B83BC07BC27BC17BC683C7A3C8C3C433C293C7C3C3C3CEE3AC7BBCEBC023B39BAFDBCAC3CCF3CA53AF93BABBCB0BC79BC853B223DD83BC6BC0D3D5EBC273BCE3A55BC613D0D3C22BDBB3B763D00BDE13B94BC563ABABC31BCD3BCA0BAB4BCB33B1EBDFEBC9BBC9BBA4EBC0B3D053C533A033D8F3CADBAB1BC2ABC313CCABA08BDC4BB04BCC23C98BC0F3D12BD453B72BC30BD863BCE3C0BBBBB3BD53931BC57BCD2BCF53C133D3ABDDBBC263CBE3CEFBC2D3C673C933968BB0A3B9BBB2A3D8F3C5CBB50BBEF3BA33C943B9ABC273B413CF8BB653B4CBC103D4BBD4EBC203CAABCF3BC30BCACBBB3BC413DC7BCAC3B2CBC813C43BB87BC86BC89BC8ABCF93CF3BCE6B9A73CE8BBF63C18BD24BCF73BF4392FBC4C3D95BC683BF0BC20BD60BB69BCAC3C343CC6BB753CD3BCAC3C92BC903C153C1ABC79BAB7BC693AFF3CE6BC1ABC1E3CC33BA73C503CDF3B4D3B28BD463C66BC963B8B3CED3C1BBB91BC303D08BCB1BCD23B5BBC7A3A953C833AB03AECBCF4BA293C273CDABC16BD223D4C3943BCB6BB0ABC623C55BC2E3DA9BC73BC813CA53A33BC113DD8BBBD3B263B253C953CA2BB073DD53C96BCDF3C763C05BD6D3BA1BB573C35BCE13A553B753C813CA2BAAEBC72BCCB3CE9BCAD3CD23CD4BC8BBC433C53BCE23C433DBCBC8D3C0BBD78BC2DBC0B3D33BCF73B13BA953C9B3C8ABC953C2DBCF43BA83B9FBB7E3CEA3B813B54BCE63CA0BC733CAC3CCD3C193DE4BC00B970BC77BC123C7E3943BC1B3B0EBC6C3C0A3C98BC1ABD5F3CB53C52BC19BCB93C19BC853CB03C63BCBB3C803A1C3C49BC6FBCBDBC53BC1A3C1D3D223DF63BB5BC9E3BA7BC963C65BCA9383F3C3ABD513DD53BDC3BC73CA23CCEBB4CBCB23CAB3C0F3C00BDC7BC3EB91ABC913C69BC50BCB6BC893C82BB93BCBABBCA3CD73CCD3BC4BC613B1E38E1BC7BBA9B3CCEBC3E3D853C76BA8A3A4DBC053C0C3CE13C1E3C313DB73C8D3C0A3CFCBAE53CBB3B94BB9C3C72BBEEBA65BC133D683C35BCD93B8F3C063C0D3C9E3C453C2BBBA2BC7BBB01BB203C393AAD3C65BB8FBC8CBCAD3C24BC2A3C45BC0B3DFCBCFD3B4A3B5D3B8C3B7BBCA5BCF43B97BC58BC9CBBD43C32BC633CB0BABE3C513C2EBC64BC383C96BB1D3BA43A7EBC1CBCEEBBF6BCBE3A4DBC97BCBD3BAABB1D3B3E3D4FBDA2BC9F3B0DBCA4BCEF3B90BCDC3BD33C54BCB0BC87BC463C773AF33B983AC9BC99BCE53BBABBCE3CE3BC68BCE3BB083D903D76BDC9BBD9BABFBCC53AC8BC12BD14BD86BB7BBC25BC3C3B9F3C2EBC81BA73BCFFBC5DBDF2BA1CBC4B3CD4BCE9BC91BC3ABC7DBB2CBC93BCE73C203B833C323C8EBC713C063CB8BC593BC7BBBBBC60BC32BCBF3A55BC193C233B01BD993B24BB8A3C263C753C88BC87BA8B3C56BCC63C9C3CE2BC45BC25BCCBBC4D3CADBCE0BCA5BC5CBBDC3BC03CD73A3FBD3BBC1B3C413C5C3C1DBD58BBCDBB11BCE0BA9A3C84BCB13CFA3C3EBC0EBD1B3CB9BCFA3CAD3CEC3A8EBCD73CD5BBE53B77BC113DA7BAAFBC403C",
      torch_tensor_32_torch.bfloat16_6: "0x02000000803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F",
      torch_tensor_4_32_torch.bfloat16_1: "0x02000000483B7F3B9F3B963B9B3BC23BBF3B8F3BA83B733B8D3BDD3B823B9F3BA83BC73B7E3BC93B753BB53B5C3B943B8B3BB93B913BA63B613B9F3B913B733B813B513BB43BBB3B523B313BB53BA23B903B563BA03B713BC93BDA3BC03B8D3B9D3BCE3B7E3B6F3B253BD23B8C3B723BB03BCA3B623B863B633BCF3BAC3B703BBB3BB33B8E3BB13B883BA73B5D3BB53BD63BAB3B883BD73B923B833B893BC83B033C953B963BA13B3A3B8E3BCA3BE13BA33BC13B9F3B553B8B3B933B9E3B7C3B823BB73BB23BA33BD53B933B933BA13B8D3BB93B9E3BA53B633BC93B703BBD3B613B863BD13BB13BA13B8F3B813B9F3B5A3B513BB23BBE3B8C3B5E3BB73BA23B9C3B5B3B",
      torch_tensor_2_64_torch.bfloat16_3: "0x02000000CD3B883B6B3BD53BCD3B8A3BCB3B7A3BB93B3F3BA93BA73B993BCA3B853B9B3B9E3B613B3C3BDE3BBF3BA83BA23B9B3B8E3B683B9F3BE03B6A3B993B9F3BCF3B963B823B9A3B9C3B833B903BC03B4A3B933B6C3BC93BA93BD33B9E3BDD3B8F3BAC3B7A3B813B8E3B8A3BBF3B933B9A3B913BA93BA43BCC3B683B4F3B893B893B893B9C3B743BA23B593B6C3B5F3BBF3B4C3BA33BDE3B8A3BB03B833B953BA13B9C3B933B3A3BBD3B8A3B9A3B843BB33B733BA73B673B903BA63BB33BBF3B9F3B633BCF3B913B7D3B6D3B6B3B4E3B5C3BAD3BA43B2E3B543BAA3B873B953BBD3BDD3B4C3BCC3B9B3BB33BAF3B7B3B9D3B6E3B873B793BAD3B5A3BB83B8D3BDB3B",
      torch_tensor_2_64_torch.bfloat16_2: "0x02000000DE3BB53BAE3B983B933B6C3BAF3B783B7D3B763BA93B613B1C3BB13BCA3BC63B4B3B8D3BD23BA83BCC3B8A3BBF3B563BA03BAE3B9A3B783B1B3B9C3B9F3BB33B853BAD3BD13BA63B993BB53B913B7B3BF03BD13B623BA83BA33B823BAF3B9D3BBF3BC43B883B893BD63BA73B783BAF3B923B9A3B9C3B8F3BC73B343BCA3B883B723B8E3BD43BAF3B423B763BAE3BA73B743B623B833B723BC53B8F3B383B9A3B963B8B3BA33BAF3B863BC73B483BD83BA33B4F3B9B3B913B993BB33BA13B933BC13B8F3BB83B743B4D3BBF3B8F3B6F3B6C3B983B9F3BA63BA63BC93B873BA93B863BF43B523B7B3B023BDD3B663B573B973B883BB33BAB3B033C823BBF3BAA3B",
      torch_tensor_32_torch.bfloat16_5: "0x02000000803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F",
      torch_tensor_2_32_torch.bfloat16_3: "0x02000000C73BC63BB73B4E3BAC3B953BD23B7D3B863B9E3B893B7B3B833B613BBA3BA23B823BAC3BE23B903B373BB13B9E3BB43B683B723B973B973B853B873BCB3B803B9C3B913BA53B913BA83BA93BA83BAC3B9D3B713B973BB13BC33BA53B413BA33B643B843B653B213BB93B6E3B953BA33B673B5F3BB43BA53B9B3B9D3BB23B8F3B",
      torch_tensor_16_torch.bfloat16_3: "0x020000000000000000000000000000000000000000000000000000000000000000000000",
      torch_tensor_2_16_torch.bfloat16_3: "0x02000000AB3B823B833B533B443B9E3B633B973B653B6B3BD13B733BB03BA93B923BE33BAE3B9B3B873BB63B773BFB3BB63B813B873B373BAD3B8F3B713BB53B923BA73B",
      torch_tensor_16_torch.bfloat16_2: "0x020000000000000000000000000000000000000000000000000000000000000000000000",
      torch_tensor_2_16_torch.bfloat16_2: "0x02000000D13B693BCC3BA73B873B8E3BA33B923B7D3B823B9B3B903B793BA03BD93B5A3B6B3BB03BA23B813B623B873B693B823B8A3B8C3B6A3B6E3B973BA13BC63B893B",
      torch_tensor_32_torch.bfloat16_4: "0x0200000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
      torch_tensor_2_32_torch.bfloat16_2: "0x02000000963B823BD33B8B3BE23B9F3B823B963B9A3B973BCC3BAC3B863BBF3BAD3BA43B4A3BDF3BA53BDD3BD03B993B613B933BAB3BC73B763BC03BE43B943BBA3BA93B133BA73BA33B973B7A3BBA3BB93B9B3B7B3B6E3B9E3B433BA23B973BB33BAC3BBB3BD83BAF3BA03B8A3B3E3BBE3B953B913BAB3BBF3BAB3B913B8B3B913BD73B",
      torch_tensor_32_torch.bfloat16_3: "0x02000000803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F",
      torch_tensor_4_32_torch.bfloat16: "0x02000000593B823B823BA43BAA3B6C3B623BAE3B4D3BAE3BAD3BB23B8F3B9B3B833B563B933BC33B953B8E3B8F3B863BF03B873B843BC03BA33B803BA23BB13BB53B673B763BBA3BB53B773BAC3BB63BA43B9D3B8D3BBD3B813B933B903BAF3B913B9A3BA43B963B3D3BBF3B893B9D3B943B903B8F3B773BC23B873BA23BD63BBA3B463B843B973B883BAD3BA73B833B423BC63BD73B8E3B7E3BD13B933B883B853B843B993BA83B7B3BC93BBE3BE23BB93B793B813BDF3B923BAE3B863B8F3B5B3B7F3BDA3B9A3BA63B833B393B933B913BC73B253B8F3BA93B853B993B723B673BA03B893BB23B673BA53B833B653B913BAD3B433B033C9E3B973BD43BA33B873B7C3B",
      torch_tensor_2_64_torch.bfloat16_1: "0x02000000A13BCC3BB53B823B953BCA3B953BD63B913BB93BA63B663BB53BC93B813B8E3B903BA93BA73B8B3B9C3B973BD13B913B773B473B673B963BBB3B6C3B993B803B6C3B893B7F3B9F3B7D3BA63B903B883BA83B923BAB3BBA3B9C3B463BEF3BBD3B613BE33B7A3BEC3B663B8A3B843B1B3B773BA33B6F3BCB3BC73B8F3BB13BA63B9F3B963B923BC93BB63B723B8D3BB03B923B913B9A3B6D3BAB3B5B3B9D3BAF3BA23BAB3BCF3B903B553B9F3B933BBA3B843BC23B673B853B8A3B943BA33B863B9F3BA43BAB3B743B8A3BAB3B9C3B753B833B7D3B5D3B953B7C3B9C3BB43BED3B5D3BDE3B873B6A3B653B623B983B963BA23B5A3B803B823B9F3BCB3BB23B8D3B",
      torch_tensor_2_64_torch.bfloat16: "0x02000000BC3BB13BB63BBB3B933B953B9D3B633BA13BBA3BF33AA23B813B833BA63B563B883B7D3BD73BCC3BA73BC33BB93B3D3B653B893B963BBC3B8F3B9D3B693B613B4E3B553B6D3B7A3BA13BC13BA23B8B3B863B8D3BAB3B8F3B9B3BA33B8A3B9D3BA83BD13BBF3B743B853B873BD33BAB3B7A3BAA3B823B9F3BA73B613BA63B983B9F3B783B893B993BB53BBB3B953BCE3B913BB23B613B963B863BA93B803B653B833BB83BDB3B813B9F3BAE3BB63BAB3B923B993BA63BDD3B2E3B9A3B7D3BB63B5D3BBF3BB63BCB3B8F3BA93BA03BAC3B843B953BB13B413B5E3B9C3BAB3B8F3BAB3B933B903BB23B733BB13BAF3B953B9C3B5E3BB73BAE3B8E3B8E3B9E3BA93B",
      torch_tensor_32_torch.bfloat16_2: "0x02000000803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F",
      torch_tensor_2_32_torch.bfloat16_1: "0x02000000B43B763B573B8E3BBF3BD23BB73B9D3B6D3B933BAB3B8B3B943BB53BAC3BB83B9D3B9B3B873BA33BB33B553BA73B9D3B913B463BC23BE83B613B833B893B943B813B8C3BC43B843B5C3BC53B583B833B6F3BA73B473BA13B973B513BA23B833BB23B3B3BA23B473BBA3B6B3BA83BA93BC23BB13B3A3BB13BBB3BAD3B873B893B",
      torch_tensor_16_torch.bfloat16_1: "0x020000000000000000000000000000000000000000000000000000000000000000000000",
      torch_tensor_2_16_torch.bfloat16_1: "0x02000000923B8D3B8E3B9A3B9D3BB73BA43B723BBB3BA93B9B3BA53B853B283BB53B953B7A3B8E3BA63B9B3BC93BAF3BAC3BA33BA23B7C3B833B733BB43B8F3B973B693B",
      torch_tensor_16_torch.bfloat16: "0x020000000000000000000000000000000000000000000000000000000000000000000000",
      torch_tensor_2_16_torch.bfloat16: "0x02000000A63BC43B793BA13BFF3B9E3B513BA63B9D3B553BD73B843BA73BAF3B973B663BB63B983BA83B623B8B3B773BB13BC33BE53B733B853B9E3BB53B953B963BD13B",
      torch_tensor_32_torch.bfloat16_1: "0x0200000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
      torch_tensor_2_32_torch.bfloat16: "0x02000000AD3B6E3BA83BAB3B863B923BB53BDF3B883B953BAD3BA43B8D3B813BC13BCA3BAA3B863B813BC63B883B823B8D3BA93B7C3B773B8D3B9D3B963BA03BB83B6A3B823BC73B9E3B9F3BA53BBB3B4E3B873B8A3B9C3B8E3B973B9E3BA43BA43B943B893BA93BB23BC43B4B3B8E3B953B773BC93B2A3B963B733B7D3BA63BEB3BAA3B",
      torch_tensor_32_torch.bfloat16: "0x02000000803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F",
      torch_tensor_4_torch.bfloat16: "0x02000000803FCD3D243C833A",
      torch_tensor_64_32_torch.bfloat16: "0x0200000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000143D3B3B513D573DF4394A3D9C3B00BCC53C943C8DBC92BC3ABCA4BC223D0CBC03BC74BC6BBB6D3B173CCEBB6D3AAD3B4D3CFEBBECBC463C023DBA3C13BC8DBC193B413C07BD9FBABE3C553B063C373BF6BAF4BC54BA03BD363DA1BC193DA83C8A3C203D39BCD23BCABC343C583BB0BC8F3B2ABC0BBB22BDBFBC3D3D963C3D3C343CE3BB8C3CAA3C20BC8B3CC33C653C583CD1BC5A3CB8BCA2BC1B3C48BC2BBDCFBCB7BC153CDA3C043DF1BC17BD7A3B1F3D3D3C3138E7BB27BB15BCFABB8F3C3A3C45BC07BDC33C4C3B2B3C5B3A5ABB483B123DD9BB80BAED3C973C0A3D54B9733C9A3A5C3CA7BC153C393CDA3A8E3B97BC41BC72BCB6BB623859BC1BBBC03A19BC42BC5E3C43BC8EBCA83C4D3B1CBB6E3C66BC6BBCF53C833B2B3A12BD03BD25BB4E3C2DBC62BA1C3D21BC313C94BB32BD58BD053D7F3D26BC8ABA833C76BB3D391ABB35377C3A5E3CA93B133C743C8C3B88BB61BCF8BBD33B06BD0E3D1DBC0DBC7E3BA4BC1BBC27BC0C3CBBBB2E3BA3BCFBBC2C3CFA3C483C5BBC253D593C173B823CBDBBDC3ABBBC8EBC42BCDEBC1CBC7ABBBCBAD73CD03C1A3CD73C7EBB5F3C0FBB78BBBD3CA1BB093CE7BC963AC2BB06BD0BBC193DA6BC853BBEBA4CBB4D3CCB3B1A3CE43A93BC503BB8BC043DB33CED3B99BCD1BB503CECBB9F3C1EBDE43B84BC003D86BC97BC8D3C0BBC943C293C60BCA73B2CBC5CBD13BD063C073DF03B09BDBBBBAF3CDDBC213B243D6C3C78BCB33CAC3C19BDC939713A09BCBFBA16BBF1BC97BCB23B0FBB6BBBA3BBDDBC813B663B23BC6ABC613C063B143CEFBC1A3C7ABDBDBC103BA73B0FBD043CBEBCB6BC19BC983A27BC0ABD86BABDBC18BB4CBC3EBCEA3C06BDF93B063C183B68BC2FBC1A3DC83C663AACBCD53C1EBCC93C383CF83C5B3CA2BCF13CE23B1FBC97BC5FBC1A3D28BB25BDC83CCDBC5FBC243CECBB51BD0DBC0ABCB73C9E3CC9BB103D043C05BDEC3B283CFC3B2ABC3DBC2FBCD43BD93C1BBB06BCB43C983BF8BC58BB063C96BB71BCEA3BA2BB033D8D3B35BCB13B24BDF9BC243B863CA9BCC53C8DBC773B3DBCFEBC893C8FBC193C83BCBB3B19BB55BCB73C0CBC25BD1A3D113C02BD893C9BBC083DD7BCAA3CE7BBC2B99ABC2C3B4ABC123C27BCA93C0B3B84BB2D3C1A3C88BCB9BC83BC893C11B81BBDE4BB24BC4D3C2C3C2B3D03BC2E3D83BA0DBC033AB63BBABB243CF13B71BCC23CE23C26BC093D73BCAFBB1CBD813AA0BCF9BC673CAABC1CBCA2BC0E3CF3BB013C593C433C9DBCAD3CC8BC253D7CBCAEBCCDBC143CA03C0DBD0BBD0EBDBEBCA2BCC63B48BCA53C8FBC0DBCD5BBE23CD83B9C3C9D3AA73C28BC383C843CF33C7FBC53BB20BD393D16BC2F3C9F3CF6BC47BC4FBA133D12BCA0BC58BC2EBCD4BA1BBC133B6D3C9CBC08BC80BC1A3C923C193C713B35BCAA3A163C1BBC86BCC5BB6CBB9F3CF1BC16BC6DBC533C77BC623C43BB52BC323B8ABC7E3C91BCF83B8CBBA7BC42BC14BCA13CED3A0EBB123DB53CC93A963CAC3CFE3BBC3C6E3C0CBC06BC77BCB6BB81BA643BDFBBF0BBCDBBF93C94BA55BCADBA373C043D16BDB83C4C3C3B3C02BDC9BC953C173B20BD3C3D463C053CBD3CA83CA0BCCF3A6F3C0EBD25BB66BC5DBA523C973C4BBC85BC283B8339C23B1EBDB0B8A9BC9EBC1F3B1C3C563C983C9C3C073A8A3A1E3C91BB993C5FBCDABC903B40BA0CBC67BC09BBE83C253CEFBC663C97BC633CD53B803DBA3B9CBC2E3DC23B1E3D63BC1FBA97BC043A47BD7CBCC53C35BC5CBC113C42BBDABA8A3C783C8F3C1BBCAD3A493B13BC1BBC31BC033C00BDF63CC93BBB3C84BC073DA33C8C3C853C773A9EBC8DBC95BB5E3CDEBC173C3FBC54BDA33B023D713A81BC35BCA3BC1D3CCB390EBB3EBD82BB06BC7D3CBA3C1D3D2E3DA3BBA6BC913BDC3CD5BC123DD33B6B3C9BBCA7BABABCB2BC873C6B3B2D3CC3BB263CD8BC07BB823C4DBCCF3B223BADBB52BC193D2CBC263BBF3B9B3B373C02BD593CB3BC84BC78BB463DEFBA4CBC69BC93BCBCBA75BC363CCC3B5DBB82BBD4BB08BDCDBCC7BCFA3C0F3BD43C22BD82BCFCBBAEBC103C423C8F3C4CBC5D3CA93B5ABC443B083C13BC0D3D8C3CAABC77BD27BC3E3D003D213D233D0C3CE43B123CB3BC413C3FBC97BC66BC333C3B3A97BCD33CE2391A3C26BC09BD233C573CB1BCA53C0D3CCFBCECBCD1BBF937C8BC01BC44BC6B3C5ABB2F3B86BB013921BC823C04BB333B443A053C973B15BDABBCD3BC1EBBCC3C0A3BFC3BA2BCC33C223D0DBD23BC633CD7BCF33C0BBBBC3C953C853B0DBC0E3C10BC843CA9BA9F3C5D3BF93C6B3A1BBD723C9EBBB33C243CBE3CD7BBEB3B23BC9C3C4FBD13BBEF3C1E3C35BC6CBCB23CE33BDEBCA1BCB9BC053ADCBC8CBC7EBCA4BC8CBCBC3BCE3B8F3C02BD413A5BBD863C1DBC183C533C22BAE33C43BC84BBA6BA2EBCB43C6B3C363C91BBF23B86BC293CD1BCD23B893C093D45BCE0BC1FBC833BE0BC1B3B61393CBB5E3C00BB44BD9D3B49BBC43CBBBC5B3BABBC4D3C1C3D82BC0EBCB3BC1D3D7ABC14BD0F3CB33BBA3C2ABC03BC963ACABC87BB693C83B82BBCE83CB4BA013C0FBD273C1EBD3D3D55BCB1BB883B95BCE93C073D07BCA23CBABC16BC9E39A43C793C34BC58BCBC3C803CFBBB4539BBBBFABC633B8FBAF6BC3E3BAEBC57BD643B5DBC203D15BCDFBC9A3B973CBBBCBE3CD6BB84BAFEBB123D2EBCE8BC17BD943C88BB473CF23A503CA0BB14BB553B81BD773C243C633C4B3D5ABC34BC93BCD8BB213C34BCB83C2F3BD5BC32BB76BC9ABB003D99BBC73CA53BDC3B40BC7F3C903C813CBB3C753A8BBC423CB73A2C3C3ABB283B8C3C1E3D87BCAE3C34BC11BCF7BBB8BCAD3B9EBCA6BCA6BCB03CFC3BBF3CA93B3C3CCEBC85BC9F3B213B453C1D3C88BADBBB0F3D3FBBBCBB403C21BB8D3BF53B073CBD3CE4BCCB3CD83C32BC87BC08BD093DF33C2DBC36BC223CC33CB4BC553CCE3C123CC1BBF7BC4DBCB8BBF5BC88BB2B3C1B3CB8B801BCDB3CFDBC9CBC663C92BC0DBD35BC22BC6D3C93BC93BCCBBC99BC0BBCF63C70BC633C4E3D22BC453DA43C5F3CCDBB09BCD1BBF0BBBFBBC93C123CA33CE53ABF3CACBC943C33BC1CBD943B013C843C29BC2F3D3EBBD83ACF3BA43C48BCE83BB2BCBDBCF2BC4C3CB2BC5EBC74BC1F3C063B8C3CBCBBA23C8A3CF43CD83CAD3CA03CA53CC63C013DEC3C76BB9BBA993DF13CCFBB493CEABCF13B853C09BC97BBF13AF6392B3B86BBBA3C723CEE3C0B3C0ABDF83C193CD5BB323C16BDFCBAD23C83BC963B2C3BD83C273DBB3AB9BCD43ACCBC88BCD83C8DBC8ABBB9B999BC7D3C943A79BAD63BCFBBD5BAC13B0A3D13BDE7BBB03C3F3CCABA733C173CDC3C3DBCEBBCED3C9A3BA73CD73C74BC5FBAFEBB15BB47BB393CA739F7BC51BCD7BB963C4FBCB8BC943C84B93E3C6A3BC33C0ABD243C663C65BBECBC0EBD37BC213C90BB28BC22BD943AAFBBDCBBBD3CD33978BCC9BC253D0A3C35BCB13C733C7A3D70BC4C3B00BC103C50BC9F3B0CBDC73B87BB88BCCCBB663C9ABCDF3B473CFA3C74BC9D3C07BD0F3DFABC5B3C12BC99BC893C07BCA6BC84393EBC0D3B43BCB1BCE5BBC63C3ABDB03A443B373DE3BC27BDF83BC7BCE6BC083C903C0C3C97BBA63CB03CC3BAAD3A66BCAC3BBB3C303C86BCA2BC9BBC613B5B3C14BDFDBB093D16BCD93992BC97BCADBB5A3DD7BC553C523B753BB6BC093CB3BCD73CF13805BD36BD25BBBA3BA23CB1BBD23BE53BCFB9503CC83B843C5C3B2D3BBF3BADBB42BC8FBA283C6D3AAFBCFBBBA8BC50BCBF3B62BC883B013C663DEA3CCDBCBD3CB6BCACBC863A213CD03C993B203CEA3C05BD4CBC8C3B893C573CDF3C33BC18BB723C9ABBCA3B8A3BC2BC0D3D573CBF3B613C2F3CDBBC1C3B3FBCCABC913BA33B1A3D54BC903C19BD513C7BBB69BC38BDD3BC08BC9BB976BC7C3CDD3C4EBC12BC0D3D00BDAC3B53BBCE385D3C823C27BCC1BC36BCEBBC083D563CB9BA8E3C08BC11BD0DBDDF3CCCBC8D3A2A3DAC3C9F3C993CBFBB54BB29BDC03C003CDF3C513CC53C363B0E3DAD3CCF3B8F3B003DA3BCD3BC98BC55BB723CCABB8D3C21BB203A083C22BCB2BC81BB563C783C26BD0BBD35BD5BBCAEBB5D3C93BBF53CBF3BB43C51BB263C83BBA83CD6BCED3C15BD2D3CB7BCA73BC23C5A3C4CBC61BCFA3C92BCDD3B1EBB8D3B793B0E3A3BBC9D3C4A3C893CFB3B17BC28BD1A3D013CAD3CB13C5C3CD4BC4D3CC43B2C3D09BD42BC9FBB6EBC433CDD3C63BCBF3CC33CB5BCE23B7B3C90BCBFBB6C3CB03A16BDE3BB20BCE73BE5BC813B4ABCC13CE8BC9CBCD23BCDBC6CBC123B953CB8BC4F3CD9BB593BACBC213CC53C0ABB13BDA2BB11BDD0BCED39033CE0BC34BC75BC74BBD9BC11BCB6BC83BBC43ACE3CC83A34BDE33B2F3CAF3CABBB9D3B7DBBF23C2E3C3E3D45BC2FBC253CF13B54BC38BDDDBB9EBB9E3C9D3C0CBD9DBC293BD0BC9EBC4B3B5E3A97BC133C82BBC5BCAABCEB3CE5BB0BBCECBC66BD853C473D2D3D043C263C4DBBCC3BEB3AB93C92BC06BDAF3B05BC78BC333CF4BB7B3C66BB62BA23BB6A3CBF3C723C703CD33C61BB313B0DBD9F3CDDBC23BC893CC43CAA3C953BF3BC923C313C5BBCE23BBF3CA63CB63C063D8ABC8DBCCBBB13BBB4BCB83CC3BB243CC63C5DBDCB3A9FBB22BDA03B823B363BACBB02BD803C403C9B3C033C053D213D9BBBFF3A9EBC31BCF03C743C11BDD63C46BB98BC403C51BC6BBC8ABC2D3C293CBC3CDCBC123DD33CBC3C0EBDD43BA3BB0C3BA0BB92BA043D623C873CB0BC2BBDE1BC92BC10BA983BBF3CC43C3D3C173D96BC053DE4BCAE3B923C033C33BCCDBC823C0FBC28BC4C3DA13C603BE8BCC2BBFABB903A5EBC953C993B543C923C873C783C2FBDB53C6D3C5B3CA93BD2B9CABC06BDDEB9ECBCFE3BB83CAEBC6DBC8D3C1DBB0BBD01BDCF3C253CCDBC563CECBB29BCED3CF73C8E3C43BC2ABC8CBC043C38BC793CD4BCB7BB6FBCD539BBBC8D3C973CA73B753CF73BAE3C79BCC13C683CABBB4FBB973CF53B81BBD73C163D81BCAFBCF8BC5CBC953C9FBC7FBACBBB513CF03B79BCDABC23BD19BD6B3C6EBDB23C09BD13BCEC3A4FBC0CBCB5BBD4BBFFBC443ADEBCA2BB903C563C07BCF4BC4E3C383C3FBB913CFD3B383CC43A60BCB0BB64BCFF3B7CBBB6BB3BBB27BCDE394C3C743B333C90BCEBBB7ABA9ABC58BB413CF8BCEEBB90BCD23CEFBB763C50BC82BC3F3B003D2F3C193C0A3A70BC033D16BDB13986BCF43C8EBC44BC88BCABBC20BC373B2C3C323CE5BC10BCAC3C233C96BC2F3D20BD523C82BC21B979BB43BC003BBDBCCBBCD53B8BBB753C753DB2BC89BB8BBC7BBC1EBDD53C7A3C5B3AD03CC4BBE4BC433CFCBC18BC1E3D7A3C883BFCBB58BC7D3B59BDD23C99BC643AF83CDBBBA63BF2BB973C1D3D4DBCDDBC983AE43CFCBB293C7CBC853C973CF3BCB33B21BD89BCE1BCBA3C773BCBBBB83C623C093C9239C73C873CE2B958BCAB3B9E3AE13B30BCBE3C96BC473CA43C41BC3C3D2D3C063D80BC05BD29BCD9BA9CBC4C3D403CBCBC2D3B2ABB1CBCBB3B2D3CB8BA3EBDD63C7DBC65BCF23B8FBA963C21BC4B3BB8BB2F3CDCBBE6BC703C8CBBE1BBAABC7DBC563CA7BC05BCB7BC063BC5BCB9BCCABBCA3C1F3C67BC17BB22BCABBB54BC08BC46BB023C22BD11BCDDBC923CE43C9F3BA03A0BBCC53CC83A653C98BCC03B783B4EBC3FBCF4BB4E3B0A3D053DB43C943CCB3C",
      torch_tensor_4_4_torch.int32_1: "0x040000009A9788555B7B8AB8B78BA7987A77777B97869888989B6B65B66A97867B877A74977678A8756757636A7A9697669A6588B769696597499A985A79676965877856",
      torch_tensor_8_torch.int32_13: "0x040000000000000004000000080000000C0000001000000014000000180000001C000000",
      torch_tensor_64_4_torch.int32_1: "0x04000000087D6256D9BCF5B5EFDC04EA3D347356E0D6055F69407EBDB8069969D692824EAABA6A05283A70F7CAF9B30AFE6981E9BDC96F6CFD518768B8ADB0AF2660735EBBC7A76698FF59EF90339B681FB0D5628AB0F6445B5EACF090FEC976CACF5F9BA9A69E504A6B64BA00A0F69030487A1C836395168BD5A8CBF58A87DC9B0107E21D0F1B9937BD8987C58DC372BE8410666CD4F454960E59CBAE6FA3E3B7AB6A0B7F9B65C5204A8BB3E49EAAF7A0A856404B9450F5779D1296B979AFA6CA7573ACE79599962F2807D8E6ACBC868F5A04F3F4A433264D2FEFC6B13E277409F98476F9E6F00649516C024537AAAB3C90FB3F9EFB8A070F775699F48A7456761364A6B342FAC2CA6EC0659654DCD11ECB002205E0DE40C2589E2A6A55A9BFA5698784DB27B01A946B2B35DF005BF2F7159FF27981EA323A9B7FF2F9FAD387442F7F5A617901FF7BBC4C104E6BAC548E585C96CA9215B87FFB799AD36DED082D593D0230424F8293A8588F23ABB5C10F309E4153BD6374B98AFD98270F95A22E4697458F84486D003A67A933B5A087BD047D74AAF8EC4E78056AD51D38BFF6CFC77780A81114EB89800785780AB56AAA45F9914A2B8C7C45BB3677A254FB70607FC75766746CAA5AA79F7740FC2161403E5786F20FC609A4EE2606B8B8A7A9DB5B948434595468F8DF823603CA0A7668FB96AF188478D69C9E0694869E4875A2C645A780B6D5BE82631F7535DB26845B29D030C3B080DA72A1FC588A0EB6F312094CA98463226A728F4806DF7B65865E9D49B8AC971DFC7984473F077014D9FBB8ABB5A95F04B7FF44D94428B17B98175AC35A5078D8A1A45ECB737C997879E7BC54EFDEFA75F508070B52ADC80F7F03FB5B58AF93D7004A48FA42CA3AB4FBC0DFBAF28887FC7D25645D853C4EE19558EF71B98577C6B7245D9CE8803F94E07B199FBE8886BFA7B24048C2802E60B4953A786756017F6FD557B7F75B3B9B865D89F17A0438704A9975A081AB5CD374B849354DF8B3562E302B59649C7AFA7C7F6089ABECA1AE9584F57781FD73F50B2422757888A4A2AB54B4E600B7FD5799704A0F0792BA63B4B906CA04A66E66E3F47768FAC6B6FA627B8FFF690B8049AA139F0B32A6706326572F73E1AE5FC7896F46AEA8DAB625101AF7AD39605B9009D595D7AE95162F4588566B3799F7351F28DC6912A86679687BAB9C5AF77A37FE0CB50894C40FAC649458B8CF83BED7B542F3D977A96842703125053D0908E40A99868680B2492922DB80F0A98D8377E9B50818859FBD3801F81998596F6DF43586049F8AC956078A96BF87189DCEB61B892B5B3F95A7B7AF704945B08C3D80C84753B036C0BB57A6BF78BE984E2A546010A86F35F6972A57594B5E951C3A643685E086C2E1FB10F3B4B598FA28EC5F7995546A49046BA9280AA2C4AC2A6D06275696F706",
      torch_tensor_2_8_torch.int32_3: "0x0400000076787978786876656789866A7745766869987697987AA8889A9888778897684B8A4858678956A677D6B79A798597577978B865877778996A57987768976B9597",
      torch_tensor_8_torch.int32_12: "0x040000000000000004000000080000000C0000001000000014000000180000001C000000",
      torch_tensor_32_8_torch.int32_3: "0x04000000D73C728A77DBB473A8750838AF43F6ADF0BA2066FFA6BEB747E350A2BC59941E66684D72650F8BF72876B8962748063A6F80F6ADA57C30D043607E979FEF623AF7F966878685A97707227CCD4559430E59BF6FD4CB0ACBEF1C87FEAA23C6616D007DAF834E5BB20488EA805CCB17891518A716A99C590CF80B055A3FC8BE7A78A3577C8747288979C993357EB78C5CBF4864AD093C8D9782FAD08661A0F5C637E874FB08F91F3B68A4D97FC9A44E4BB73E866596077D577679F93956F901B7B2719F48F35EF342C623A7F6BAF0105753067264E4AD1BF3CBAEB20BF7978B8B97CE307765416173B73C78BC0A4EF9B0A1ACE4EB67608ABB5ACECA3F28C3B8F057C198672580C2F87F200A653E4CE8809489B91498989F9F988C85C8567A4508FFF75930AF49AB43E37FA684AF9AA22938AAE629BD966E72785E8CE4987867993E55850530A81B8036B6C9321064718B550CD95D807665D6788FA9CE824B58AC2D258D8E060F10AB10FC763825C5818B5A6FD608F8DBAE9C0CA0DB0DF5DF97381B5F06696B39468EB4465B327782478F7A7209B0C8B6F84D656FBA40006D395F0D68BD7297A96903249EFF493AA132AAF01AF8B8D2A498DA5BFB6DC5B8997087B0503F670397AFB3C53949A4FC83076518C5EB3BCFF748A3C68DCFEC378E428BBB43F0496948671F5B64807FEC091F721BA9D434826460B85EAB610AC40E8D562EAD6C681402EA477FC9FB9D5792F0948AA8A6B086036509AF52CFC3FB9B586B5C572F141C8028C80B03F6689F7996F8DF8C6757B29389CA6659647809372DD6C6BD153F707564364151BFA7C9F2AB34A974CB12415A467860942C9A1CB02B648B5B060E09AF8BE353E570D0986BF83388427075A1B0A9224099B7653DD82DC0C386D807447E2FEF7B34D5F7071583167703965B8D3DF9E948430D8DA7A0F8A5B898F0594DB991211550C33DFCF4AD50409908B397E593E25A68009975E6505DF6DA7E3085B6940479FAB195A054555899D5FF96D0C7BBDC4E688A0B430FDC9398AF34DE8A6CD4596E5403F524E1C93FB841B659ECB6815E691457FAA9D22E7150392A996F3B96C01CC8B4E9C8E1852A345D98F7083BBBF004B0072F5551050A06A898B4488A09EA34F8938A5B9F6660DC610CAFBF18C5D70777D6602FF193614F22AD1A25A216BD88D164069F9B8A83D828AF836F2F028D665475C1AC89736EC4B0048369FA18ABFB792BE67283B283F54DA7C34EF29CA81F9F7966C9C53D4FC80A4A427C8AF57116DF488ECE91CA2878AFA265669ACCC5FD055A654AA7DBA69205A5FAFB8A74F210D71D8FE5BD0F0A67B0C403141A5FD4D882D6988EADCFFCE689DC590A444023439AA3795A005876C9AC491AF7856DEA29555AB6077B4D34B7FB54628D3447F972F1D3B8163C894B04F9ECBC1842E0DFAFF9FBDC20AA5B988A",
      torch_tensor_2_8_torch.int32_2: "0x04000000A68599A8A864688767977898678898887487965936A3A67778A78A86976AA88986977877B4A786B587A7679888566B985979746878889587B678B83866B49877",
      torch_tensor_8_torch.int32_11: "0x040000000000000004000000080000000C0000001000000014000000180000001C000000",
      torch_tensor_32_8_torch.int32_2: "0x04000000A9F387D2C6C30181D00B85D2073F499C5D9FFAC6207B02F73A04C7D37AFB966895EB7A896E7D5A895048F64362396D0B6FA4A22E75A0CA57CBC5EB97A90D9F900066C749B43078F8007738CE0D34076B45395428FF73C03FA4E5B054C59D587B9A6AABCCFC39274EF78053CA50E665CB803AF90A06B6C79AA96CF415A639D26734319B46AA3FDF486D97AA0F4430EA65069373150784A44B03F98AF6F949F817BA9F16A9EB4ACB447A68DC68766D85096176521FB7C29F87D5686BE04528C8FD99C406C0E9040C4A2C8F18F3677EF4953204A785AA9868496A4F866ABBA80DEBD9509B178B6750526F83E52DF604CB50B8CA685212C1829C89A36BAC9979C84FA7CC088F35935B0F7ACA545EAACA9FBAF7EE57F87006F64D7CD60FA8714A8153F70670B68F1C19537EF1C00078F0949842BD94379540962387019BD7D78BAAF26636AC97ED4473653A5AADAA03C588F1246E8F46B2F1C699B909A9B580376C4FA468B70E85F03440236907F56E6BBD864197905C47506A076776F3AA0760A055E847DF7603A4B20BAEC3D58FF44DC04C64CB99C77AAF53508FE78C085F7DA92EE8A35CFFA96AFD6C38B95FE97F658FC0748EE940ABD5E778FBE077C2447DA30DEF64F8FA8328EB047BC4C3D17ACDA6CBB3FB009A3755D762E9A8CAEF4107A9AFAB87DA72A0A6645B5367CE6A572DD92F6600754826E3D9CAC005BF84465F94DCDBE96C56E2EC9A888BA4FB6ABBBAC73756E097A7AB76E27C7814DE5E23996F59ADFBC6460F1B540197B68B77D6421E7C3C042087866780F4FF81B8FA63B25D993C5959B483A892C480080FAEA2398BAC6C37269BD60C77BB07F8DC094FC0CBA35B265480D7FE9FE09865CB7C47F36F3D7C3825F03662B5D5B9837A0037F9E865782DA6FC96B8714382BC87984605438B4A877526A4FA9F86F95FB06BA6A100666A08888F42E091D635A6528CA5950A8B6C9EF175817BE944973C0939F37FA8FA8D6B8391D48732E8F6F92AF04B76A9F004B901083B55F84599C688990094BC67B95FD496FA061AC6BF26B70F9A7B8893F29FF740CFAB5342FECDBFAD89C4E973D55AFDF26986FCDBB9E746799F087DDA735EC18D3DFE970762D3E73E79036BDFDAA956DFA8983994A55685B2B512FA7A3029704B55ED7254DAA0997F5697A1568DADB647B422F0B5B7899BAB802665337B16E3B90B92C29A5AC2E45635C67888A96D6FF4600C9482C3B089EC8D36B00AB59D56A9144FF466B784D93777A3A77000D5B384F1DF697F058F2465F43FBF3F73EE637A406BC1EF20088B8E69959C0BFC1F0F4F633806F45B626D8964287DC18FA640841898019050F9D73F85E7C67A9CA04307F6C528E4889FA8C9043237B557FA68061B808CACC39AE65439673815BFE75082E1E54386E0E2A0B7334089D654C47FDFF46C95950D39F62A8A33FC0D",
      torch_tensor_2_4_torch.int32_3: "0x04000000A889B9B67A87857788754979A8B8873778999877944A69986687A7789887B598",
      torch_tensor_8_torch.int32_10: "0x040000000000000004000000080000000C0000001000000014000000180000001C000000",
      torch_tensor_32_4_torch.int32_3: "0x04000000BAAFB4206073C86EB3F5456DF78E515DC0F4F9FAFD7FFB99A264DA47039A04D8FCBBBAA4BD17F197C8503BA78E924C1AA80949EF7AFD8B4E0855FC66BE6870070B34D8B1BC848CC029B10B2F38EC1749698078C86F47444D20AB3571ADA8BC6EA7DED8FDCA0569C66F906939BCC552DACB8999AE5B8649D65F523B8C76EA4AEBCC58F0D76D5D647FFE888065C2B0893D98AB0BFAA4B004EBCD0453F8BF06B93BA486EF062C82CF649CE6956B6BCB95FA9F2E9460AE8F7901D94F1D00C4FA16AFC44BBA8E9CEAF0FB7CB65C5E7E66691AA6DC853A7E5F377FBC5A4F9A86CBE5A0BD246B880C7777474D4C448971DFE328937C9A93F66D45849F732F7AD0AFFF3A137A5FDD71886206F070779AD6A7C380D90753F82879CABA0363AA84A84392759BFBFA9AF66607BAB166FF086703CE0F0B918B95D21CB8F5C8788D67A8739BCD9F9DA2653685486FC682457B84E5607C4A7F6C2BE61C4FC7A9E7E678E0D0B4B7983D58EAC5005EC6669B0C87CB68DF12997C800901AC447641EFE499CCC7A55950BA247CE1BCF0A94229E6010D5CAD846239738F657922F6330C28A7FEB775EA15E0764A60F90E9D58D639CACF55EA7AF6A85D905739309A88ADFE4ED49CB6F879580C17AFAB4AB6AEE4F230B8666B8F58AB7830E7AFEEF0AFCAF3FF8DF40008526A3B6BF28F6BC4FDFDF05C9D77FABA5A48EDD997CACBB86668FAC7567F92A7",
      torch_tensor_2_2_torch.int32_3: "0x0400000058779898677A737989767A7779977947",
      torch_tensor_8_torch.int32_9: "0x040000000000000004000000080000000C0000001000000014000000180000001C000000",
      torch_tensor_32_2_torch.int32_3: "0x040000000A71A04B4F4D28AAF86B9FF97BFCB6805AD6FB59B66A308A7F6058AFA286560DA068F4B461509F0785F612CB5DCA76416A6C628E807402782D8C630A970F9A666B418D8F4AEEA47618CA0F9A024AF35F0409A6D0889D9F898A70D2A3FDCD6CD51EFAFBE756920177BBD4A7B67A49B1EB5D487688774ED9FD9F3F599C8698C595C83A4F9BF7C33BBCCF146D03BA5A3A08008609790C08066447F5F3B587B0BC699B6A7AF733241066F98F5F5F3521F51B9A284D287CD6645B34BA446096BC2259A31C6AC2D28AA8335C7BA587778571F99824C9336F247796FB251C9A60F7354C434150987227BF6592E589A7B8EF8D105D04584956D97BAF8C7085482A82CA6A",
      torch_tensor_2_2_torch.int32_2: "0x0400000097A8795749A5B89A8669976A565988A6",
      torch_tensor_8_torch.int32_8: "0x040000000000000004000000080000000C0000001000000014000000180000001C000000",
      torch_tensor_32_2_torch.int32_2: "0x04000000A2F6573962A3A6A86A76DE284493C619269C4FAF7B3F88FA97F58B02667899A9B7517DC404F4FF606F3825312EFC93D88708A2761780638A009FF7707CC58B9DB6645E937880D036F8998C3A15A41D6EA850A51D21B5D76E65754C86F0710BFCC448C2FF59E0D1DFD774808C3F7ACA8B986209654E0CC693A4C477089A80CE0EFFC8587840867EC930F0C87725B32A478963D70FF642309F5605C2407B57F6650B2E42F50DFF5695C77D3A8FA60F3995A996C276B27CFFA4B429FB9ED14D0BD27857CC6B4491D0E4D4BEF03F85065866F537574B7C3D34F99BB61F257F28C58006C9FD6DAA807482519306484981A30341CFC9B9DA7AC998023A1B663448CCBF",
      torch_tensor_2_4_torch.int32_2: "0x040000007687879779A977C767885A888977B98658986878797A677977887388B8B95786",
      torch_tensor_8_torch.int32_7: "0x040000000000000004000000080000000C0000001000000014000000180000001C000000",
      torch_tensor_32_4_torch.int32_2: "0x04000000C17868CEAEDE588D25866CF5DD247837B8AFB67B6DB8C388076F69F9F8699FE240980BA1588645E54FB96ACA18A2075AE877E4C641A902B660D45E519C57EA6F547428F23FF4BB77FB20FB768BF0A4B5738B173D70E046DB2AA654357F7FE3475A6A9048BD5D52A655C88670C756ABB674A76C577D4696BF74D95FB4BB32AB9978C9380ECB667AF5AC876B0FA09AC05CD5207686FE0E8FEC6E090CA62A08E8E56F774FC00BD9600FCB36EC8248BADEA0BB09EBF5456A77C725ED506DA950D5B004F7ABDF497BE7901FF55A98AA43FC6594D8F748688F9AA52EAB46F92A69F905FC66BC6618BEF695B74969990A6A97F5838ABBB87C6BBDB64279177ED51366F7343CA6BB8FB3033A879CF28FA4E8374D12F90718F9A8267CF9FED075C3DA819F3DEE49CF8B4D47DB56EF95630DA7FAFC3F50C99D949B808884C626EDEDFD4A455F8A7084994B206E386C32DAF8DF3F83818B0FD05888935C58F06F6FE6F5209CC9EF993C6E37F1780A4667A9627954AC00A61C07077CAF0E1726D0089F29537054C978167B8B5884815045C1AE9074674764789C1268D7401009087E730A239A28B421AB868E7CAB474C809857CC50B65C09F676CF002CAE77BAB1F2C038967780883AD962DC9EAF8F98A2D0E39325677564677B8E8863FF878A6187C78A05E7F2BDEBAF89FB8D9B5CF4C513A3766D00196F42FCD09F9A29B62CA95976C89982",
      torch_tensor_4_4_torch.int32: "0x04000000997988777686B956A887686986786A778779787A5576A8A759B8477878A645A8899878789997774787778AA788B56589779B8998857778669676579A7A978788",
      torch_tensor_8_torch.int32_6: "0x040000000000000004000000080000000C0000001000000014000000180000001C000000",
      torch_tensor_64_4_torch.int32: "0x04000000EDF64EB4286FE4088FF4D6D27F69063107BA660ABFB29667AA79469499EB564941B61746FC8BF79ADD82567471F4A9882DE3C533ADB4C748EE87085C50068904D80B0FF894C76C7F87EA66F2A45826B9AAD821874C04D8F508A04F70889A70F8A815405F8FC6A034B3E337027A5D892EF94C8F871086E774ED88599F36A45AA6BDB099704E60D194ABAF6B2B6A30AAE5BFF87CB80FF48B5399BD37EEC481C729B9B9FACD4664C2A2F08D105AF5C18A85190D8D1CEEB6AC674A08974C79E5AF542919C6A290D6178360B4FBA97C8F99B275FFDFE4477E071F4B4966B8384AFDEFB249B157C6A4D83379A6660B0B5D3BA8E035C34C86668F20B5A544477B2B7850974086FB5770DBB258F50F41288777FB9CB54DCD29458FB6369C44BE085786FAAF471DAFF5A839E69B044DEB7C7346C06DC84C8DA7A7D6784FD47C6A9EF7BA7A7B9500376B93999A69A40617BFCF85F556AA1FECC0B40A7F86D968D6979BF7ABF26F7340AF82E550857F0075607420D80A3766BBD74CC0A8006A79A58E762FBB80A7639D4B75B8FF25A0F7642DB481B7465B5569F36FDCCC16CE4167744AC4B9A60805AA270F949AAB4A5AF7F83367F6A92949690C78D88A91BAC5C031752C748B979A6D57EDCB0778F32C0F66601252E0D6B27321ABF6162FEA04C48B0724CEBA9DF10A33FB8C73018775C5787DA609C1F866A31732A806F7AAABC1457807BFD3F9677D74A26FF6C3A7F6FB6F3B575EB4579CC0A18356548A49BE88A76633FA7988F4B79030684B10B9DCF9C3FFF056770010D8ADFF4749D679C59602D381B79CCE99FC3A5B84B3AF5D49E47FF2683C0A1736B6FFB8050FFB06AA937320A74454BE8C14C83BA83837A8D84757A4B109F184A95DCA5561356AF80FA0836603E9A04FB6A80A096530E847977F432A4F83D5B27C0CFA6B6B0D73B0900774B84BCB98448786EC9757368876A7453A0568DE81275F72F8A9223C0FAF8F2888F356AB3246C34879D8F311995A4D99BFDA62C8AF730F8F47362792B8DA6F2A709872C0E8699A81EC9469349B5748F9F87288F7BAAF857B8845C02A46A7F67996A019DF003F1B715958D6D2C075C8AA8D76C91858F27EAB61F0F7607657808B49A95F1FBAD4C7F5C9AF72C57542399F132960316600738A79055F8392954150F0445A508F77C37A0FC4A912EBD6460B2BF039CCF869ADBCD936D7C4C792FAF262A5D6CD264CC7FBB67850A27AA455DB3C47F6A26AB97BA0F1DA7B76EF6B24DF22BA79F548BCC88A51C08BF0086471774F7CD658BACBFFBA9E137D7FCC8F74BD97CBB7488CB8D8BFF399833786F4556C99CF0667989F93504045A3F83AA97B97B4E839B71BDBDEA9B6F69E43429707A95AF5B5ED48C1A00680CA9758F50818335A67730584B10CA863650002F1A0DFAF3D074709CD9747BFB3CAAA023E877A970CE5E797",
      torch_tensor_2_8_torch.int32_1: "0x04000000B6857A68798978989887B78788787B8969887B87788B59988958B689767966675779855757897AA9788695848779A4A758997789984869A67888989A856B9899",
      torch_tensor_8_torch.int32_5: "0x040000000000000004000000080000000C0000001000000014000000180000001C000000",
      torch_tensor_32_8_torch.int32_1: "0x040000006B874F7A3E3A25E730D8A37A77495C788E94DDF9523844A12E6C8AD54865F8B5C710DD70738C0260970F499B19289984C9157B0BFBBAA8966BC10573BC7B9C0FA922E7C6A869B9484463A4B4E771CCC733831F6225B05070F79EB0CAFFCF515EAFF86A8B9B6B5618D5A97050C8BA8B7501874E4333737D939466C7718778ACF897F38C07106F59164893A9F9E87861795E4BCB5A58AD150B8A28C46B47BF19E2CA2430178198AC49097656A4894489399F9745360BAA34C96C6AB5F69855C995F9D74988CBC9840A8490A4709E8FACCFFFF5098669814EA690589840C26D745609484455FF938C73AD590DE061F91D0E4E069359656D8F3A0BA0AFD9A99A7990C006936878F0DCB39C856F68D3AE0D94788F6A15A3FB33CFB905354C649218526D4B6BFB49FE9F48F3C15905A24BFAC0945BFCEF6A7147F56F19B625A7690983F029F7184BAA66C3DFC59897403389A006D8EEC94F0F1C699B4F8537508F00215C3F4478095C19B9C665DE6C271BC09870A07FA35996676589EFE69087C5BFBA9286D9B1494CC0FF3B55598A0FA73FB9B87C8B1750BC77775477B20F97079524A38805592B09F29D8691F47B29493AD95AAE7998895B0AA776FB66AB0B8D714BD7549BAB58B82BDA9974597FF60087F7776B90B07CCDF6870369C014759A7865F6639C4F4FA833CD98F8754AB5316AE67D0D2985514795EBCF48F71DFCF09182159995051E6643F473D835A777DDAF6CBAA4EB0985472AFF80329AD877CE692DF9C910ABA68B6FA9D70C08653B70C5E716AFF388ED4C02887281467C92784DAB870A488B0F79A48A99673FB5FADC85C955007AAC604484AD99770CFBD50B07897864053912C8AB7F876255400A2AF94359F814777B387B760D368F09AB5BFADBDC97C56954FA37628A054663D4959310BA8BA6BD7A22219706C5A6E9A566D0306FFAA845431D7DBA8B57B8D8A5A7D4E477D544235F0468A668FDF5DF485A9408767F00978995D95C8871D085596486E04B8F03E741F8768A988F29B51F4A195835BCB34924465594C68667D75025329FC4B769C8AB2385AC1AD542A3A3279BFC46186240F50FF006FAAE658C307D720A1DE957F8DD39FD0070E0B5B7D4FAD99F3A38455729B80AF4B992D4D3C69CD0F80A5FE6A09650E79B5D53CCF88A0F3F879027F25F739C3CC7B7918053B3FCE8CD70ED420D09280290319CCB55FA1CE2CC16475462268AAB4055F18C760A2DA4C92A8D36D7FD4D0274B10A185403208C7788298F7786973BB12094F42527360487FFB1439784D8B0B8C8664790F4BE7ABE534052F19AE05CB89F30B591D80F50F676CB308A841E2E80FF36F047A079993B7C87833915DB4E9D7D9591FF8F168062766EDF3FB93E95CF4359A7B9A33F637A07E8B36F207B089A05EF82049A771CD99BC592CA6B7F6FA5277335B4D97E066A",
      torch_tensor_2_8_torch.int32: "0x0400000098A86A7837A557B9988977A79858787879589857888669B6A795A96885874AA57599A7798B8A697769978A7AA8768969797878897C889A9997768698A5767AB8",
      torch_tensor_8_torch.int32_4: "0x040000000000000004000000080000000C0000001000000014000000180000001C000000",
      torch_tensor_32_8_torch.int32: "0x040000006AE216CDD704303A58FC93B63CFDB85F3AA3980857FC4EF9F895774341A70B69DAFA695BAA184C757FAB6959B47F47C7B4C7B8C7BF385DB67ED94F007753498F05C7C3AA4B614F06BDE85BF3F2A89604AE6B5C3AFFBF4A45C467ABEBD05A5DB06F904FDFF3B76CA6F9644CBBCFAE98F6939488FF5AB56DD2C970E48273877D6D6B059ADF82836EAB009D0836BD2E68A0872F582BCBEC0AD5AA034682858D5ED4BEB3FF5C8B8381A8DB569063D555F01710F9048A6857BFC5779DB58F45965FB5C9C830E14F6DA3F074866705ADAABF37BB05290A740AFA45477387A4D5303BF9E7C65D180C50494A86968693007C4B5A2126740755A0BF09C3CFE64452D78B507EF35D0038E803A875CADF688177473927919F2523BA776FD7A19457F2FE5920A06C6643A2F0A92FA7991C75DA037787630698066C799DB2C4FBE452258F67E396D6A9B11BFF0481A6C0AA2087196A678F8EDC29A9C476C08CB2BAF61909F6B5B666AC5B82845A8FC74F792868CCD044FCF66D19608100D748BA388B0A978903D6D87E9752B5ED25A8B67434BCD875DECEBCB112022C26E5C0A466685B44187484D25848E0FCF3B86C7977DFCA40C6C70650B856BAB37749DFB500B24BF8669669790C76479B93BB84049DD479440D95535BF0669F2CCBDDF4FED67B287A3BCCF9EFAAFD92A843EC9999F683BB495DC44B5173B0527329090B82FE869FA54092B35A1F69E75B90E76A8FBCF7C70FC0799DBF2EF9C777F9BB4DF1D307562F27850D2069576C03592F256C5DCCAA662E806ACA4D55FA9D68C069786774B0926AFA921B968BAC4A39581C8C9F43F2B5CD1E808641380E99F5DE244B8F5767FA4C7B25097D564FAA58838B424A96D9F0CB37F60AA5B9367B1AD2940A95E79AF517518047082EAA7C5F0A980D4A89608167B3F492087630B1B8F94950F7BB0F5B9355A844B62F69F8D76A4CCACF227CB9A48774888FAF608120AEF17B3038D424C8C7D67E5145DF1D76D3F8A9886C557A094276991987599C8CCE0B39049DC38977BD235FB16BF76FD89B40395FA0827EF96A2B688A66A11FB7CB831FA4CDA5D698D7F2BCDCA5AD8ABA73AFF3F83F950E3C02B6BE163CBC778D88634795BBA7772AB886F94B404D7C0914D270553C0698CAA8ED83610B7A08A6772F7AB5AA880032F47287908B8B701B532F97A6A9BA8E58FF654785503D20DFC7F02689FF8238FDD716268FF6305918375462A0551BEA9A8D0417F87D4FFD1DCFC297814CF74974BF40EDBA5DE984E4DA2C850619E963637FFF586BB9CEBEA6C5E1CD884984257ACCAB4DDF658C65CBF8A8B1ADCCAF594F1F5C67977CA79C61A8B623C240842A4FD05F83D566CF1AF9944BD3380ED2559C89B9F0CE988A9FA5089E5A29EA68BA303788B7F60F0F58C6A00EB4764C99561F6B9064407E0B1D0A49A66E575ABD7C050A",
      torch_tensor_2_4_torch.int32_1: "0x04000000B888887568779A7988A679A686755C9766666748688B779759B7949A7A8A8575",
      torch_tensor_8_torch.int32_3: "0x040000000000000004000000080000000C0000001000000014000000180000001C000000",
      torch_tensor_32_4_torch.int32_1: "0x040000002AA50A22316F45FC49D55097A69B17A4936613848D08C66B09B2A5B96F6AFF2EAB2873662DE769AE4405821BF6D95E577FD968044E4B2F50C9F32AB2B0647699B8CA36789F6BF90AB01FA6A661952CB308524E377C183C48E8B97650F1D9086BC8FF6DAA6C6B7F69363249A1650330B9E05085033B4C95581CB75765ACFFB40B373BDCF6A8898C8D8A65AF38089999E479536DA78A8C3FAD73FC4701564360CF08789F508090D0ADD38753F1874B3BD3F806FA75093E0BAA578A05873A5056D69DB9A4833286B77C27B8FDBF760382895ECE6DAF8BA96ED8944B4EE671AA9EA66374B8AA5A84A994FFC7B879B8053CC0B5A79098F1FCAABF97C08481B46430FB87506A7B824F9BFB97495E064A7E0FD17487F1532D6E35B8398CB4C677AA9444285B6634340696F4F77F2711FF8FFB6A82B41796C247F0DF27A5E44529758A903897266F86F568B95892BB604B376424014B6F2C409C79B745C69099061BB7BFA7B6A4171BAB677BB095FF60CE78D62788F7030C08691AC21BA956E4DFA46205930D8C52FFCE44C70FF7177ECCD042F63098300B0037579829C298FAC80BA432AF656CF489970B0A770980AE7BF9BA6457E4A8092897C49A1AF870894AE6B3A0590FBBA0517351F0FB98ED668B1BB864A0B048447C87D78C7BC00153CF74C01A1A07830892D06F8D9546BB194098D136F7E0C93569D764881CCD07ACD8DFA7A4",
      torch_tensor_2_2_torch.int32_1: "0x040000009887896A6879687C748497766B89A647",
      torch_tensor_8_torch.int32_2: "0x040000000000000004000000080000000C0000001000000014000000180000001C000000",
      torch_tensor_32_2_torch.int32_1: "0x0400000027D83DF335AB606EB998894740BDACABE476C616C518F76ADB3AFF0EE724999C9F9DAB6E36777CBD61770F19AF5647D8A58CBA8F5A9A76FD54FF9D21BB7E2E2FCC689C0507899293F6967A6CBCF77E8D7E9D5477B95FA48A6705D9F0F20A8E6C465A4B3C6B99080050801E9F48944F89C474B5A842A01FB60DD2103874588546FD71D96C04D29472150A8C891DE6025F9998DD3457EA78018E437BCF3D7AB7BA7A279486A9A9193867FF75575E0F8220005705038F897F66B5655884A854E4A262B3FDC33A34527695883D070D87B0FC4034754465CFA313298070600016E47D8F1490F7FF4F1CA87153A79997F87316812475C46E9056CA88843F576C9AF22B",
      torch_tensor_2_2_torch.int32: "0x0400000075686AA77855588598867598775788A7",
      torch_tensor_8_torch.int32_1: "0x040000000000000004000000080000000C0000001000000014000000180000001C000000",
      torch_tensor_32_2_torch.int32: "0x0400000085F639B898161E3897193D92AE966A76019027B4FA0497B4B9382E8878F6D5372FED39F546ACD9D3304577B067272CA69A5A6EE203665EA7E8A7AE017025B289A0448ED63F377F8553076E5E997302D343FF5AB4667980050976FFAF7C46F760F3770A849ABFA08FF83B60B185A8CDD8972828B58390B6F888599CF856646EE5D8A4D86C80040A77EA8F3B49662DFE7FF6781F5BE830BE85790CFB8B55A4793537A40584950674DC9CFA82A73B7A18AB4B67B6B66A8F3A6489E4EDFB938CA995F73BA6609D7ACB06E393A98D06364994EF4940B6394A85C49A30E80CF4F39F8E8BA1D8FF492BCCD09681087ABF43F0F6C039E27476239FF705AA449786A47E85",
      torch_tensor_2_4_torch.int32: "0x040000009AA976576A699A77876748983AB7784789695784666787997898769998868788",
      torch_tensor_8_torch.int32: "0x040000000000000004000000080000000C0000001000000014000000180000001C000000",
      torch_tensor_32_4_torch.int32: "0x04000000C0A1576066A6BDC818E2FA9077061B078FFC7228B80DD097605365C9BF9C97734BA36E3949F5FB75B4BA4D1768546969084FF2AF66450F8B70889AC66A9644CFD707705559999660B83F2EA2989A0802999B67406E60CCB46E773D8659A68B5CBDD7815B8A38A6B569480C4F757FFC477BCA445773837CB4A62B30F41688EFFAB6B2A2A59F0CCA63AF944A6C79DDB7C789EC3B05071EBBAE078B8F881FA77DC81CD9FC2B9BA339B9877577037293D7A0F9A40F8C794FA5FFF853497900607A4518C59BAD48D78BB0856D37EBF97400798C637729AB63C8B8FB006A9E3F6A5775A8E57675F0AC67944B8202A557F60B70F490B0F76D7696084BFB15E95B5986043F5DF905AF3F0F4C0929B8CE8790BB8396B8ADB093FBE36A4AFE669B9D04F58570385F874716466F9FEC91ED4984D77C68CC786F7387C85A5471C2BDDD5110ED7E475B10A5E09C8957DDF082EA60D1FDB9160456B385B544576751BA5F4FAC61535A6340C29ABCB950E6B4F69178D849F84A2A50F33ADAF8A92F967CED808E8E0C71A56A3061B7EE8650995B0969FB4971F5A383A7234D0D55AFBA69A0A409FB5FC447B4737660CF3E8292E0778771EFBB1D330907B5F6F5F38C08C8FD82B4863950D7E64C674A908BC075244B665FA8950A46F40E97DBCAC9AA8FC9659AEC808A3AA3995ED23AE48405B708CDF757353E4FB020760C76864871020F996C7F08",
      torch_tensor_8_torch.int64: "0x0800000000000000000000000400000000000000010000000000000005000000000000000200000000000000060000000000000003000000000000000700000000000000",
      torch_tensor_8_torch.int64_1: "0x0800000000000000000000000400000000000000010000000000000005000000000000000200000000000000060000000000000003000000000000000700000000000000",
      torch_tensor_8_torch.int64_2: "0x0800000000000000000000000400000000000000010000000000000005000000000000000200000000000000060000000000000003000000000000000700000000000000",
      torch_tensor_8_torch.int64_3: "0x0800000000000000000000000400000000000000010000000000000005000000000000000200000000000000060000000000000003000000000000000700000000000000",
      torch_tensor_8_torch.int64_4: "0x0800000000000000000000000400000000000000010000000000000005000000000000000200000000000000060000000000000003000000000000000700000000000000",
      torch_tensor_8_torch.int64_5: "0x0800000000000000000000000400000000000000010000000000000005000000000000000200000000000000060000000000000003000000000000000700000000000000",
      torch_tensor_8_torch.int64_6: "0x0800000000000000000000000400000000000000010000000000000005000000000000000200000000000000060000000000000003000000000000000700000000000000",
      torch_tensor_8_torch.int64_7: "0x0800000000000000000000000400000000000000010000000000000005000000000000000200000000000000060000000000000003000000000000000700000000000000",
      torch_tensor_8_torch.int64_8: "0x0800000000000000000000000400000000000000010000000000000005000000000000000200000000000000060000000000000003000000000000000700000000000000",
      torch_tensor_8_torch.int64_9: "0x0800000000000000000000000400000000000000010000000000000005000000000000000200000000000000060000000000000003000000000000000700000000000000",
      torch_tensor_8_torch.int64_10: "0x0800000000000000000000000400000000000000010000000000000005000000000000000200000000000000060000000000000003000000000000000700000000000000",
      torch_tensor_8_torch.int64_11: "0x0800000000000000000000000400000000000000010000000000000005000000000000000200000000000000060000000000000003000000000000000700000000000000",
      torch_tensor_8_torch.int64_12: "0x0800000000000000000000000400000000000000010000000000000005000000000000000200000000000000060000000000000003000000000000000700000000000000",
      torch_tensor_8_torch.int64_13: "0x0800000000000000000000000400000000000000010000000000000005000000000000000200000000000000060000000000000003000000000000000700000000000000",
      torch_tensor_8_torch.int64_14: "0x0800000000000000000000000400000000000000010000000000000005000000000000000200000000000000060000000000000003000000000000000700000000000000",
      torch_tensor_8_torch.int64_15: "0x0800000000000000000000000400000000000000010000000000000005000000000000000200000000000000060000000000000003000000000000000700000000000000",
      torch_tensor_8_torch.int64_16: "0x0800000000000000000000000400000000000000010000000000000005000000000000000200000000000000060000000000000003000000000000000700000000000000",
      torch_tensor_8_torch.int64_17: "0x0800000000000000000000000400000000000000010000000000000005000000000000000200000000000000060000000000000003000000000000000700000000000000",
      torch_tensor_8_torch.int64_18: "0x0800000000000000000000000400000000000000010000000000000005000000000000000200000000000000060000000000000003000000000000000700000000000000",
      torch_tensor_8_torch.int64_19: "0x0800000000000000000000000400000000000000010000000000000005000000000000000200000000000000060000000000000003000000000000000700000000000000",
      torch_tensor_8_torch.int64_20: "0x0800000000000000000000000400000000000000010000000000000005000000000000000200000000000000060000000000000003000000000000000700000000000000",
      torch_tensor_8_torch.int64_21: "0x0800000000000000000000000400000000000000010000000000000005000000000000000200000000000000060000000000000003000000000000000700000000000000",
      torch_tensor_8_torch.int64_22: "0x0800000000000000000000000400000000000000010000000000000005000000000000000200000000000000060000000000000003000000000000000700000000000000",
      torch_tensor_8_torch.int64_23: "0x0800000000000000000000000400000000000000010000000000000005000000000000000200000000000000060000000000000003000000000000000700000000000000",
      torch_tensor_8_torch.int64_24: "0x0800000000000000000000000400000000000000010000000000000005000000000000000200000000000000060000000000000003000000000000000700000000000000",
      torch_tensor_8_torch.int64_25: "0x0800000000000000000000000400000000000000010000000000000005000000000000000200000000000000060000000000000003000000000000000700000000000000",
      torch_tensor_8_torch.int64_26: "0x0800000000000000000000000400000000000000010000000000000005000000000000000200000000000000060000000000000003000000000000000700000000000000",
      torch_tensor_8_torch.int64_27: "0x0800000000000000000000000400000000000000010000000000000005000000000000000200000000000000060000000000000003000000000000000700000000000000"
    }
  }
#-}
