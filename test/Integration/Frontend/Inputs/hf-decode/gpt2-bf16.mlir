#map = affine_map<(d0, d1, d2) -> (d0, d1)>
#map1 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#map2 = affine_map<(d0) -> (d0)>
#map3 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#map4 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, 0)>
#map5 = affine_map<(d0, d1, d2) -> (d0, d1, 0)>
#map6 = affine_map<(d0, d1, d2) -> (d2)>
#map7 = affine_map<(d0, d1) -> (d0, d1)>
#map8 = affine_map<(d0, d1) -> (d1)>
#map9 = affine_map<(d0, d1, d2, d3) -> (d0, d2)>
#map10 = affine_map<(d0, d1, d2, d3) -> (d1, d2)>
#map11 = affine_map<(d0, d1, d2, d3) -> (d2)>
#map12 = affine_map<(d0, d1, d2, d3) -> (d3)>
#map13 = affine_map<(d0, d1, d2, d3) -> ()>
#map14 = affine_map<(d0, d1, d2, d3) -> (d0, 0, d2, d3)>
#map15 = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2)>
module {
  func.func @forward(%arg0: tensor<1x1xi64>, %arg1: tensor<1xi64>, %arg2: tensor<1x4x16x8xbf16>, %arg3: tensor<1x4x16x8xbf16>, %arg4: tensor<1x4x16x8xbf16>, %arg5: tensor<1x4x16x8xbf16>) -> (tensor<1x1x64xbf16>, tensor<1x4x16x8xbf16>, tensor<1x4x16x8xbf16>, tensor<1x4x16x8xbf16>, tensor<1x4x16x8xbf16>) {
    %c3_i64 = arith.constant 3 : i64
    %c0_i64 = arith.constant 0 : i64
    %c64 = arith.constant 64 : index
    %cst = arith.constant 0.000000e+00 : f64
    %cst_0 = arith.constant 0.000000e+00 : f32
    %cst_1 = arith.constant 0xFF800000 : f32
    %true = arith.constant true
    %cst_2 = arith.constant dense<0.000000e+00> : tensor<1x4x1x16xf32>
    %cst_3 = arith.constant dense<0.000000e+00> : tensor<bf16>
    %cst_4 = arith.constant dense<0xFF80> : tensor<bf16>
    %cst_5 = arith.constant dense_resource<torch_tensor_32_torch.bfloat16_13> : tensor<32xbf16>
    %cst_6 = arith.constant dense_resource<torch_tensor_32_torch.bfloat16_12> : tensor<32xbf16>
    %cst_7 = arith.constant dense_resource<torch_tensor_128_32_torch.bfloat16_1> : tensor<128x32xbf16>
    %cst_8 = arith.constant dense_resource<torch_tensor_32_torch.bfloat16_11> : tensor<32xbf16>
    %cst_9 = arith.constant dense_resource<torch_tensor_32_128_torch.bfloat16_1> : tensor<32x128xbf16>
    %cst_10 = arith.constant dense_resource<torch_tensor_128_torch.bfloat16_1> : tensor<128xbf16>
    %cst_11 = arith.constant dense_resource<torch_tensor_32_torch.bfloat16_10> : tensor<32xbf16>
    %cst_12 = arith.constant dense_resource<torch_tensor_32_torch.bfloat16_9> : tensor<32xbf16>
    %cst_13 = arith.constant dense_resource<torch_tensor_32_32_torch.bfloat16_1> : tensor<32x32xbf16>
    %cst_14 = arith.constant dense_resource<torch_tensor_32_torch.bfloat16_8> : tensor<32xbf16>
    %cst_15 = arith.constant dense_resource<torch_tensor_32_96_torch.bfloat16_1> : tensor<32x96xbf16>
    %cst_16 = arith.constant dense_resource<torch_tensor_96_torch.bfloat16_1> : tensor<96xbf16>
    %cst_17 = arith.constant dense_resource<torch_tensor_32_torch.bfloat16_7> : tensor<32xbf16>
    %cst_18 = arith.constant dense_resource<torch_tensor_32_torch.bfloat16_6> : tensor<32xbf16>
    %cst_19 = arith.constant dense_resource<torch_tensor_128_32_torch.bfloat16> : tensor<128x32xbf16>
    %cst_20 = arith.constant dense_resource<torch_tensor_32_torch.bfloat16_5> : tensor<32xbf16>
    %cst_21 = arith.constant 0.79788456080286541 : f64
    %cst_22 = arith.constant 4.471500e-02 : f64
    %cst_23 = arith.constant dense_resource<torch_tensor_32_128_torch.bfloat16> : tensor<32x128xbf16>
    %cst_24 = arith.constant dense_resource<torch_tensor_128_torch.bfloat16> : tensor<128xbf16>
    %cst_25 = arith.constant dense_resource<torch_tensor_32_torch.bfloat16_4> : tensor<32xbf16>
    %cst_26 = arith.constant dense_resource<torch_tensor_32_torch.bfloat16_3> : tensor<32xbf16>
    %cst_27 = arith.constant dense_resource<torch_tensor_32_32_torch.bfloat16> : tensor<32x32xbf16>
    %cst_28 = arith.constant dense_resource<torch_tensor_32_torch.bfloat16_2> : tensor<32xbf16>
    %cst_29 = arith.constant 0.59460355750136051 : f64
    %cst_30 = arith.constant 0xFFF0000000000000 : f64
    %cst_31 = arith.constant dense_resource<torch_tensor_32_96_torch.bfloat16> : tensor<32x96xbf16>
    %cst_32 = arith.constant dense_resource<torch_tensor_96_torch.bfloat16> : tensor<96xbf16>
    %cst_33 = arith.constant dense_resource<torch_tensor_32_torch.bfloat16_1> : tensor<32xbf16>
    %cst_34 = arith.constant dense_resource<torch_tensor_32_torch.bfloat16> : tensor<32xbf16>
    %cst_35 = arith.constant 1.000000e-05 : f64
    %cst_36 = arith.constant dense_resource<torch_tensor_64_32_torch.bfloat16_1> : tensor<64x32xbf16>
    %cst_37 = arith.constant dense_resource<torch_tensor_64_32_torch.bfloat16> : tensor<64x32xbf16>
    %cst_38 = arith.constant 3.200000e+01 : f64
    %cst_39 = arith.constant 3.200000e+01 : f32
    %cst_40 = arith.constant 5.000000e-01 : bf16
    %cst_41 = arith.constant 1.000000e+00 : bf16
    %0 = tensor.empty() : tensor<1x1x32xbf16>
    %1 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%arg0 : tensor<1x1xi64>) outs(%0 : tensor<1x1x32xbf16>) {
    ^bb0(%in: i64, %out: bf16):
      %274 = arith.index_cast %in : i64 to index
      %275 = linalg.index 2 : index
      %276 = arith.cmpi slt, %274, %c64 : index
      cf.assert %276, "index must be smaller than dim size"
      %277 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %277, "index must be larger or equal to 0"
      %extracted = tensor.extract %cst_37[%274, %275] : tensor<64x32xbf16>
      linalg.yield %extracted : bf16
    } -> tensor<1x1x32xbf16>
    %2 = tensor.empty() : tensor<1xi64>
    %3 = linalg.generic {indexing_maps = [#map2], iterator_types = ["parallel"]} outs(%2 : tensor<1xi64>) {
    ^bb0(%out: i64):
      linalg.yield %c0_i64 : i64
    } -> tensor<1xi64>
    %4 = linalg.generic {indexing_maps = [#map2, #map2, #map2], iterator_types = ["parallel"]} ins(%3, %arg1 : tensor<1xi64>, tensor<1xi64>) outs(%2 : tensor<1xi64>) {
    ^bb0(%in: i64, %in_114: i64, %out: i64):
      %274 = arith.addi %in, %in_114 : i64
      linalg.yield %274 : i64
    } -> tensor<1xi64>
    %expanded = tensor.expand_shape %4 [[0, 1]] output_shape [1, 1] : tensor<1xi64> into tensor<1x1xi64>
    %5 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded : tensor<1x1xi64>) outs(%0 : tensor<1x1x32xbf16>) {
    ^bb0(%in: i64, %out: bf16):
      %274 = arith.index_cast %in : i64 to index
      %275 = linalg.index 2 : index
      %276 = arith.cmpi slt, %274, %c64 : index
      cf.assert %276, "index must be smaller than dim size"
      %277 = arith.cmpi sge, %in, %c0_i64 : i64
      cf.assert %277, "index must be larger or equal to 0"
      %extracted = tensor.extract %cst_36[%274, %275] : tensor<64x32xbf16>
      linalg.yield %extracted : bf16
    } -> tensor<1x1x32xbf16>
    %6 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1, %5 : tensor<1x1x32xbf16>, tensor<1x1x32xbf16>) outs(%0 : tensor<1x1x32xbf16>) {
    ^bb0(%in: bf16, %in_114: bf16, %out: bf16):
      %274 = arith.addf %in, %in_114 : bf16
      linalg.yield %274 : bf16
    } -> tensor<1x1x32xbf16>
    %7 = tensor.empty() : tensor<16xi64>
    %8 = linalg.generic {indexing_maps = [#map2], iterator_types = ["parallel"]} outs(%7 : tensor<16xi64>) {
    ^bb0(%out: i64):
      %274 = linalg.index 0 : index
      %275 = arith.index_cast %274 : index to i64
      linalg.yield %275 : i64
    } -> tensor<16xi64>
    %expanded_42 = tensor.expand_shape %4 [[0, 1, 2, 3]] output_shape [1, 1, 1, 1] : tensor<1xi64> into tensor<1x1x1x1xi64>
    %expanded_43 = tensor.expand_shape %8 [[0, 1, 2, 3]] output_shape [1, 1, 1, 16] : tensor<16xi64> into tensor<1x1x1x16xi64>
    %9 = tensor.empty() : tensor<1x1x1x16xi1>
    %10 = linalg.generic {indexing_maps = [#map3, #map4, #map3], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_43, %expanded_42 : tensor<1x1x1x16xi64>, tensor<1x1x1x1xi64>) outs(%9 : tensor<1x1x1x16xi1>) {
    ^bb0(%in: i64, %in_114: i64, %out: i1):
      %274 = arith.cmpi sle, %in, %in_114 : i64
      linalg.yield %274 : i1
    } -> tensor<1x1x1x16xi1>
    %11 = tensor.empty() : tensor<1x1x32xf32>
    %12 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%6 : tensor<1x1x32xbf16>) outs(%11 : tensor<1x1x32xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %274 = arith.extf %in : bf16 to f32
      linalg.yield %274 : f32
    } -> tensor<1x1x32xf32>
    %13 = tensor.empty() : tensor<1x1x32xf64>
    %14 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%12 : tensor<1x1x32xf32>) outs(%13 : tensor<1x1x32xf64>) {
    ^bb0(%in: f32, %out: f64):
      %274 = arith.extf %in : f32 to f64
      linalg.yield %274 : f64
    } -> tensor<1x1x32xf64>
    %15 = tensor.empty() : tensor<1x1x1xf64>
    %16 = linalg.fill ins(%cst : f64) outs(%15 : tensor<1x1x1xf64>) -> tensor<1x1x1xf64>
    %17 = linalg.generic {indexing_maps = [#map1, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%14 : tensor<1x1x32xf64>) outs(%16 : tensor<1x1x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %274 = arith.addf %in, %out : f64
      linalg.yield %274 : f64
    } -> tensor<1x1x1xf64>
    %18 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%17 : tensor<1x1x1xf64>) outs(%15 : tensor<1x1x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %274 = arith.divf %in, %cst_38 : f64
      linalg.yield %274 : f64
    } -> tensor<1x1x1xf64>
    %19 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%14, %18 : tensor<1x1x32xf64>, tensor<1x1x1xf64>) outs(%13 : tensor<1x1x32xf64>) {
    ^bb0(%in: f64, %in_114: f64, %out: f64):
      %274 = arith.subf %in, %in_114 : f64
      linalg.yield %274 : f64
    } -> tensor<1x1x32xf64>
    %20 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%19, %19 : tensor<1x1x32xf64>, tensor<1x1x32xf64>) outs(%13 : tensor<1x1x32xf64>) {
    ^bb0(%in: f64, %in_114: f64, %out: f64):
      %274 = arith.mulf %in, %in_114 : f64
      linalg.yield %274 : f64
    } -> tensor<1x1x32xf64>
    %21 = linalg.generic {indexing_maps = [#map1, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%20 : tensor<1x1x32xf64>) outs(%16 : tensor<1x1x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %274 = arith.addf %in, %out : f64
      linalg.yield %274 : f64
    } -> tensor<1x1x1xf64>
    %22 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%21 : tensor<1x1x1xf64>) outs(%15 : tensor<1x1x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %274 = arith.divf %in, %cst_38 : f64
      linalg.yield %274 : f64
    } -> tensor<1x1x1xf64>
    %23 = tensor.empty() : tensor<1x1x1xf32>
    %24 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%22 : tensor<1x1x1xf64>) outs(%23 : tensor<1x1x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %274 = arith.truncf %in : f64 to f32
      linalg.yield %274 : f32
    } -> tensor<1x1x1xf32>
    %25 = linalg.fill ins(%cst_0 : f32) outs(%23 : tensor<1x1x1xf32>) -> tensor<1x1x1xf32>
    %26 = linalg.generic {indexing_maps = [#map1, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%12 : tensor<1x1x32xf32>) outs(%25 : tensor<1x1x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %274 = arith.addf %in, %out : f32
      linalg.yield %274 : f32
    } -> tensor<1x1x1xf32>
    %27 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%26 : tensor<1x1x1xf32>) outs(%23 : tensor<1x1x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %274 = arith.divf %in, %cst_39 : f32
      linalg.yield %274 : f32
    } -> tensor<1x1x1xf32>
    %28 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%24 : tensor<1x1x1xf32>) outs(%23 : tensor<1x1x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %274 = arith.truncf %cst_35 : f64 to f32
      %275 = arith.addf %in, %274 : f32
      linalg.yield %275 : f32
    } -> tensor<1x1x1xf32>
    %29 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%28 : tensor<1x1x1xf32>) outs(%23 : tensor<1x1x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %274 = math.rsqrt %in : f32
      linalg.yield %274 : f32
    } -> tensor<1x1x1xf32>
    %30 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%12, %27 : tensor<1x1x32xf32>, tensor<1x1x1xf32>) outs(%11 : tensor<1x1x32xf32>) {
    ^bb0(%in: f32, %in_114: f32, %out: f32):
      %274 = arith.subf %in, %in_114 : f32
      linalg.yield %274 : f32
    } -> tensor<1x1x32xf32>
    %31 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%30, %29 : tensor<1x1x32xf32>, tensor<1x1x1xf32>) outs(%11 : tensor<1x1x32xf32>) {
    ^bb0(%in: f32, %in_114: f32, %out: f32):
      %274 = arith.mulf %in, %in_114 : f32
      linalg.yield %274 : f32
    } -> tensor<1x1x32xf32>
    %32 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%31, %cst_34 : tensor<1x1x32xf32>, tensor<32xbf16>) outs(%11 : tensor<1x1x32xf32>) {
    ^bb0(%in: f32, %in_114: bf16, %out: f32):
      %274 = arith.extf %in_114 : bf16 to f32
      %275 = arith.mulf %in, %274 : f32
      linalg.yield %275 : f32
    } -> tensor<1x1x32xf32>
    %33 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%32, %cst_33 : tensor<1x1x32xf32>, tensor<32xbf16>) outs(%11 : tensor<1x1x32xf32>) {
    ^bb0(%in: f32, %in_114: bf16, %out: f32):
      %274 = arith.extf %in_114 : bf16 to f32
      %275 = arith.addf %in, %274 : f32
      linalg.yield %275 : f32
    } -> tensor<1x1x32xf32>
    %34 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%33 : tensor<1x1x32xf32>) outs(%0 : tensor<1x1x32xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %274 = arith.truncf %in : f32 to bf16
      linalg.yield %274 : bf16
    } -> tensor<1x1x32xbf16>
    %collapsed = tensor.collapse_shape %34 [[0], [1, 2]] : tensor<1x1x32xbf16> into tensor<1x32xbf16>
    %35 = tensor.empty() : tensor<96xf32>
    %36 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel"]} ins(%cst_32 : tensor<96xbf16>) outs(%35 : tensor<96xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %274 = arith.extf %in : bf16 to f32
      linalg.yield %274 : f32
    } -> tensor<96xf32>
    %37 = tensor.empty() : tensor<1x32xf32>
    %38 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel"]} ins(%collapsed : tensor<1x32xbf16>) outs(%37 : tensor<1x32xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %274 = arith.extf %in : bf16 to f32
      linalg.yield %274 : f32
    } -> tensor<1x32xf32>
    %39 = tensor.empty() : tensor<32x96xf32>
    %40 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel"]} ins(%cst_31 : tensor<32x96xbf16>) outs(%39 : tensor<32x96xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %274 = arith.extf %in : bf16 to f32
      linalg.yield %274 : f32
    } -> tensor<32x96xf32>
    %41 = tensor.empty() : tensor<1x96xf32>
    %42 = linalg.fill ins(%cst_0 : f32) outs(%41 : tensor<1x96xf32>) -> tensor<1x96xf32>
    %43 = linalg.matmul ins(%38, %40 : tensor<1x32xf32>, tensor<32x96xf32>) outs(%42 : tensor<1x96xf32>) -> tensor<1x96xf32>
    %44 = linalg.generic {indexing_maps = [#map8, #map7], iterator_types = ["parallel", "parallel"]} ins(%36 : tensor<96xf32>) outs(%41 : tensor<1x96xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<1x96xf32>
    %45 = linalg.generic {indexing_maps = [#map7, #map7, #map7], iterator_types = ["parallel", "parallel"]} ins(%43, %44 : tensor<1x96xf32>, tensor<1x96xf32>) outs(%41 : tensor<1x96xf32>) {
    ^bb0(%in: f32, %in_114: f32, %out: f32):
      %274 = arith.addf %in, %in_114 : f32
      linalg.yield %274 : f32
    } -> tensor<1x96xf32>
    %46 = tensor.empty() : tensor<1x96xbf16>
    %47 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel"]} ins(%45 : tensor<1x96xf32>) outs(%46 : tensor<1x96xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %274 = arith.truncf %in : f32 to bf16
      linalg.yield %274 : bf16
    } -> tensor<1x96xbf16>
    %expanded_44 = tensor.expand_shape %47 [[0], [1, 2]] output_shape [1, 1, 96] : tensor<1x96xbf16> into tensor<1x1x96xbf16>
    %extracted_slice = tensor.extract_slice %expanded_44[0, 0, 0] [1, 1, 32] [1, 1, 1] : tensor<1x1x96xbf16> to tensor<1x1x32xbf16>
    %extracted_slice_45 = tensor.extract_slice %expanded_44[0, 0, 32] [1, 1, 32] [1, 1, 1] : tensor<1x1x96xbf16> to tensor<1x1x32xbf16>
    %extracted_slice_46 = tensor.extract_slice %expanded_44[0, 0, 64] [1, 1, 32] [1, 1, 1] : tensor<1x1x96xbf16> to tensor<1x1x32xbf16>
    %expanded_47 = tensor.expand_shape %extracted_slice_45 [[0], [1], [2, 3]] output_shape [1, 1, 4, 8] : tensor<1x1x32xbf16> into tensor<1x1x4x8xbf16>
    %48 = tensor.empty() : tensor<1x4x1x8xbf16>
    %transposed = linalg.transpose ins(%expanded_47 : tensor<1x1x4x8xbf16>) outs(%48 : tensor<1x4x1x8xbf16>) permutation = [0, 2, 1, 3] 
    %expanded_48 = tensor.expand_shape %extracted_slice_46 [[0], [1], [2, 3]] output_shape [1, 1, 4, 8] : tensor<1x1x32xbf16> into tensor<1x1x4x8xbf16>
    %transposed_49 = linalg.transpose ins(%expanded_48 : tensor<1x1x4x8xbf16>) outs(%48 : tensor<1x4x1x8xbf16>) permutation = [0, 2, 1, 3] 
    %expanded_50 = tensor.expand_shape %extracted_slice [[0], [1], [2, 3]] output_shape [1, 1, 4, 8] : tensor<1x1x32xbf16> into tensor<1x1x4x8xbf16>
    %transposed_51 = linalg.transpose ins(%expanded_50 : tensor<1x1x4x8xbf16>) outs(%48 : tensor<1x4x1x8xbf16>) permutation = [0, 2, 1, 3] 
    %49 = tensor.empty() : tensor<8xi64>
    %50 = linalg.generic {indexing_maps = [#map2], iterator_types = ["parallel"]} outs(%49 : tensor<8xi64>) {
    ^bb0(%out: i64):
      %274 = linalg.index 0 : index
      %275 = arith.index_cast %274 : index to i64
      linalg.yield %275 : i64
    } -> tensor<8xi64>
    %51 = tensor.empty() : tensor<4xi64>
    %52 = linalg.generic {indexing_maps = [#map2], iterator_types = ["parallel"]} outs(%51 : tensor<4xi64>) {
    ^bb0(%out: i64):
      %274 = linalg.index 0 : index
      %275 = arith.index_cast %274 : index to i64
      linalg.yield %275 : i64
    } -> tensor<4xi64>
    %53 = tensor.empty() : tensor<1x4x1x8xi64>
    %expanded_52 = tensor.expand_shape %3 [[0, 1]] output_shape [1, 1] : tensor<1xi64> into tensor<1x1xi64>
    %54 = linalg.generic {indexing_maps = [#map9, #map3], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_52 : tensor<1x1xi64>) outs(%53 : tensor<1x4x1x8xi64>) {
    ^bb0(%in: i64, %out: i64):
      linalg.yield %in : i64
    } -> tensor<1x4x1x8xi64>
    %collapsed_53 = tensor.collapse_shape %54 [[0, 1, 2, 3]] : tensor<1x4x1x8xi64> into tensor<32xi64>
    %expanded_54 = tensor.expand_shape %52 [[0, 1]] output_shape [4, 1] : tensor<4xi64> into tensor<4x1xi64>
    %55 = linalg.generic {indexing_maps = [#map10, #map3], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_54 : tensor<4x1xi64>) outs(%53 : tensor<1x4x1x8xi64>) {
    ^bb0(%in: i64, %out: i64):
      linalg.yield %in : i64
    } -> tensor<1x4x1x8xi64>
    %collapsed_55 = tensor.collapse_shape %55 [[0, 1, 2, 3]] : tensor<1x4x1x8xi64> into tensor<32xi64>
    %56 = linalg.generic {indexing_maps = [#map11, #map3], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%4 : tensor<1xi64>) outs(%53 : tensor<1x4x1x8xi64>) {
    ^bb0(%in: i64, %out: i64):
      linalg.yield %in : i64
    } -> tensor<1x4x1x8xi64>
    %collapsed_56 = tensor.collapse_shape %56 [[0, 1, 2, 3]] : tensor<1x4x1x8xi64> into tensor<32xi64>
    %57 = linalg.generic {indexing_maps = [#map12, #map3], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%50 : tensor<8xi64>) outs(%53 : tensor<1x4x1x8xi64>) {
    ^bb0(%in: i64, %out: i64):
      linalg.yield %in : i64
    } -> tensor<1x4x1x8xi64>
    %collapsed_57 = tensor.collapse_shape %57 [[0, 1, 2, 3]] : tensor<1x4x1x8xi64> into tensor<32xi64>
    %expanded_58 = tensor.expand_shape %collapsed_53 [[0, 1]] output_shape [32, 1] : tensor<32xi64> into tensor<32x1xi64>
    %expanded_59 = tensor.expand_shape %collapsed_55 [[0, 1]] output_shape [32, 1] : tensor<32xi64> into tensor<32x1xi64>
    %expanded_60 = tensor.expand_shape %collapsed_56 [[0, 1]] output_shape [32, 1] : tensor<32xi64> into tensor<32x1xi64>
    %expanded_61 = tensor.expand_shape %collapsed_57 [[0, 1]] output_shape [32, 1] : tensor<32xi64> into tensor<32x1xi64>
    %concat = tensor.concat dim(1) %expanded_58, %expanded_59, %expanded_60, %expanded_61 : (tensor<32x1xi64>, tensor<32x1xi64>, tensor<32x1xi64>, tensor<32x1xi64>) -> tensor<32x4xi64>
    %collapsed_62 = tensor.collapse_shape %transposed [[0, 1, 2, 3]] : tensor<1x4x1x8xbf16> into tensor<32xbf16>
    %expanded_63 = tensor.expand_shape %collapsed_62 [[0, 1, 2, 3, 4]] output_shape [32, 1, 1, 1, 1] : tensor<32xbf16> into tensor<32x1x1x1x1xbf16>
    %58 = tm_tensor.scatter {dimension_map = array<i64: 0, 1, 2, 3>} unique_indices(true) ins(%expanded_63, %concat : tensor<32x1x1x1x1xbf16>, tensor<32x4xi64>) outs(%arg2 : tensor<1x4x16x8xbf16>) {
    ^bb0(%arg6: bf16, %arg7: bf16):
      tm_tensor.yield %arg6 : bf16
    } -> tensor<1x4x16x8xbf16>
    %collapsed_64 = tensor.collapse_shape %transposed_49 [[0, 1, 2, 3]] : tensor<1x4x1x8xbf16> into tensor<32xbf16>
    %expanded_65 = tensor.expand_shape %collapsed_64 [[0, 1, 2, 3, 4]] output_shape [32, 1, 1, 1, 1] : tensor<32xbf16> into tensor<32x1x1x1x1xbf16>
    %59 = tm_tensor.scatter {dimension_map = array<i64: 0, 1, 2, 3>} unique_indices(true) ins(%expanded_65, %concat : tensor<32x1x1x1x1xbf16>, tensor<32x4xi64>) outs(%arg3 : tensor<1x4x16x8xbf16>) {
    ^bb0(%arg6: bf16, %arg7: bf16):
      tm_tensor.yield %arg6 : bf16
    } -> tensor<1x4x16x8xbf16>
    %60 = tensor.empty() : tensor<1x1x1x16xbf16>
    %61 = linalg.generic {indexing_maps = [#map3, #map13, #map13, #map3], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%10, %cst_3, %cst_4 : tensor<1x1x1x16xi1>, tensor<bf16>, tensor<bf16>) outs(%60 : tensor<1x1x1x16xbf16>) {
    ^bb0(%in: i1, %in_114: bf16, %in_115: bf16, %out: bf16):
      %274 = arith.select %in, %in_114, %in_115 : bf16
      linalg.yield %274 : bf16
    } -> tensor<1x1x1x16xbf16>
    %62 = tensor.empty() : tensor<1x4x1x8xf32>
    %63 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_51 : tensor<1x4x1x8xbf16>) outs(%62 : tensor<1x4x1x8xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %274 = arith.extf %in : bf16 to f32
      linalg.yield %274 : f32
    } -> tensor<1x4x1x8xf32>
    %64 = tensor.empty() : tensor<1x4x16x8xf32>
    %65 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%58 : tensor<1x4x16x8xbf16>) outs(%64 : tensor<1x4x16x8xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %274 = arith.extf %in : bf16 to f32
      linalg.yield %274 : f32
    } -> tensor<1x4x16x8xf32>
    %66 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%59 : tensor<1x4x16x8xbf16>) outs(%64 : tensor<1x4x16x8xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %274 = arith.extf %in : bf16 to f32
      linalg.yield %274 : f32
    } -> tensor<1x4x16x8xf32>
    %67 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%63 : tensor<1x4x1x8xf32>) outs(%62 : tensor<1x4x1x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %274 = arith.truncf %cst_29 : f64 to f32
      %275 = arith.mulf %in, %274 : f32
      linalg.yield %275 : f32
    } -> tensor<1x4x1x8xf32>
    %68 = tensor.empty() : tensor<1x4x8x16xf32>
    %transposed_66 = linalg.transpose ins(%65 : tensor<1x4x16x8xf32>) outs(%68 : tensor<1x4x8x16xf32>) permutation = [0, 1, 3, 2] 
    %69 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_66 : tensor<1x4x8x16xf32>) outs(%68 : tensor<1x4x8x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %274 = arith.truncf %cst_29 : f64 to f32
      %275 = arith.mulf %in, %274 : f32
      linalg.yield %275 : f32
    } -> tensor<1x4x8x16xf32>
    %collapsed_67 = tensor.collapse_shape %67 [[0, 1], [2], [3]] : tensor<1x4x1x8xf32> into tensor<4x1x8xf32>
    %collapsed_68 = tensor.collapse_shape %69 [[0, 1], [2], [3]] : tensor<1x4x8x16xf32> into tensor<4x8x16xf32>
    %70 = tensor.empty() : tensor<4x1x16xf32>
    %71 = linalg.fill ins(%cst_0 : f32) outs(%70 : tensor<4x1x16xf32>) -> tensor<4x1x16xf32>
    %72 = linalg.batch_matmul ins(%collapsed_67, %collapsed_68 : tensor<4x1x8xf32>, tensor<4x8x16xf32>) outs(%71 : tensor<4x1x16xf32>) -> tensor<4x1x16xf32>
    %expanded_69 = tensor.expand_shape %72 [[0, 1], [2], [3]] output_shape [1, 4, 1, 16] : tensor<4x1x16xf32> into tensor<1x4x1x16xf32>
    %73 = tensor.empty() : tensor<1x4x1x16xf32>
    %74 = linalg.generic {indexing_maps = [#map3, #map14, #map3], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_69, %61 : tensor<1x4x1x16xf32>, tensor<1x1x1x16xbf16>) outs(%73 : tensor<1x4x1x16xf32>) {
    ^bb0(%in: f32, %in_114: bf16, %out: f32):
      %274 = arith.extf %in_114 : bf16 to f32
      %275 = arith.addf %in, %274 : f32
      linalg.yield %275 : f32
    } -> tensor<1x4x1x16xf32>
    %75 = tensor.empty() : tensor<1x4x1xi64>
    %76 = linalg.fill ins(%c0_i64 : i64) outs(%75 : tensor<1x4x1xi64>) -> tensor<1x4x1xi64>
    %77 = tensor.empty() : tensor<1x4x1xf32>
    %78 = linalg.fill ins(%cst_1 : f32) outs(%77 : tensor<1x4x1xf32>) -> tensor<1x4x1xf32>
    %79:2 = linalg.generic {indexing_maps = [#map3, #map15, #map15], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%74 : tensor<1x4x1x16xf32>) outs(%78, %76 : tensor<1x4x1xf32>, tensor<1x4x1xi64>) {
    ^bb0(%in: f32, %out: f32, %out_114: i64):
      %274 = linalg.index 3 : index
      %275 = arith.index_cast %274 : index to i64
      %276 = arith.maximumf %in, %out : f32
      %277 = arith.cmpf ogt, %in, %out : f32
      %278 = arith.select %277, %275, %out_114 : i64
      linalg.yield %276, %278 : f32, i64
    } -> (tensor<1x4x1xf32>, tensor<1x4x1xi64>)
    %expanded_70 = tensor.expand_shape %79#0 [[0], [1], [2, 3]] output_shape [1, 4, 1, 1] : tensor<1x4x1xf32> into tensor<1x4x1x1xf32>
    %80 = linalg.generic {indexing_maps = [#map3, #map4, #map3], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%74, %expanded_70 : tensor<1x4x1x16xf32>, tensor<1x4x1x1xf32>) outs(%73 : tensor<1x4x1x16xf32>) {
    ^bb0(%in: f32, %in_114: f32, %out: f32):
      %274 = arith.subf %in, %in_114 : f32
      linalg.yield %274 : f32
    } -> tensor<1x4x1x16xf32>
    %81 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%80 : tensor<1x4x1x16xf32>) outs(%73 : tensor<1x4x1x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %274 = math.exp %in : f32
      linalg.yield %274 : f32
    } -> tensor<1x4x1x16xf32>
    %82 = tensor.empty() : tensor<1x4x1x1xf32>
    %83 = linalg.fill ins(%cst_0 : f32) outs(%82 : tensor<1x4x1x1xf32>) -> tensor<1x4x1x1xf32>
    %84 = linalg.generic {indexing_maps = [#map3, #map4], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%81 : tensor<1x4x1x16xf32>) outs(%83 : tensor<1x4x1x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %274 = arith.addf %in, %out : f32
      linalg.yield %274 : f32
    } -> tensor<1x4x1x1xf32>
    %85 = linalg.generic {indexing_maps = [#map3, #map4, #map3], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%81, %84 : tensor<1x4x1x16xf32>, tensor<1x4x1x1xf32>) outs(%73 : tensor<1x4x1x16xf32>) {
    ^bb0(%in: f32, %in_114: f32, %out: f32):
      %274 = arith.divf %in, %in_114 : f32
      linalg.yield %274 : f32
    } -> tensor<1x4x1x16xf32>
    %86 = tensor.empty() : tensor<1x4x1x16xi1>
    %87 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%74 : tensor<1x4x1x16xf32>) outs(%86 : tensor<1x4x1x16xi1>) {
    ^bb0(%in: f32, %out: i1):
      %274 = arith.extf %in : f32 to f64
      %275 = arith.cmpf oeq, %274, %cst_30 : f64
      linalg.yield %275 : i1
    } -> tensor<1x4x1x16xi1>
    %88 = tensor.empty() : tensor<1x4x1x1xi1>
    %89 = linalg.fill ins(%true : i1) outs(%88 : tensor<1x4x1x1xi1>) -> tensor<1x4x1x1xi1>
    %90 = linalg.generic {indexing_maps = [#map3, #map4], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%87 : tensor<1x4x1x16xi1>) outs(%89 : tensor<1x4x1x1xi1>) {
    ^bb0(%in: i1, %out: i1):
      %274 = arith.andi %in, %out : i1
      linalg.yield %274 : i1
    } -> tensor<1x4x1x1xi1>
    %91 = linalg.generic {indexing_maps = [#map4, #map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%90, %cst_2, %85 : tensor<1x4x1x1xi1>, tensor<1x4x1x16xf32>, tensor<1x4x1x16xf32>) outs(%73 : tensor<1x4x1x16xf32>) {
    ^bb0(%in: i1, %in_114: f32, %in_115: f32, %out: f32):
      %274 = arith.select %in, %in_114, %in_115 : f32
      linalg.yield %274 : f32
    } -> tensor<1x4x1x16xf32>
    %collapsed_71 = tensor.collapse_shape %91 [[0, 1], [2], [3]] : tensor<1x4x1x16xf32> into tensor<4x1x16xf32>
    %collapsed_72 = tensor.collapse_shape %66 [[0, 1], [2], [3]] : tensor<1x4x16x8xf32> into tensor<4x16x8xf32>
    %92 = tensor.empty() : tensor<4x1x8xf32>
    %93 = linalg.fill ins(%cst_0 : f32) outs(%92 : tensor<4x1x8xf32>) -> tensor<4x1x8xf32>
    %94 = linalg.batch_matmul ins(%collapsed_71, %collapsed_72 : tensor<4x1x16xf32>, tensor<4x16x8xf32>) outs(%93 : tensor<4x1x8xf32>) -> tensor<4x1x8xf32>
    %expanded_73 = tensor.expand_shape %94 [[0, 1], [2], [3]] output_shape [1, 4, 1, 8] : tensor<4x1x8xf32> into tensor<1x4x1x8xf32>
    %95 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_73 : tensor<1x4x1x8xf32>) outs(%48 : tensor<1x4x1x8xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %274 = arith.truncf %in : f32 to bf16
      linalg.yield %274 : bf16
    } -> tensor<1x4x1x8xbf16>
    %96 = tensor.empty() : tensor<1x1x4x8xbf16>
    %transposed_74 = linalg.transpose ins(%95 : tensor<1x4x1x8xbf16>) outs(%96 : tensor<1x1x4x8xbf16>) permutation = [0, 2, 1, 3] 
    %collapsed_75 = tensor.collapse_shape %transposed_74 [[0], [1, 2, 3]] : tensor<1x1x4x8xbf16> into tensor<1x32xbf16>
    %97 = tensor.empty() : tensor<32xf32>
    %98 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel"]} ins(%cst_28 : tensor<32xbf16>) outs(%97 : tensor<32xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %274 = arith.extf %in : bf16 to f32
      linalg.yield %274 : f32
    } -> tensor<32xf32>
    %99 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel"]} ins(%collapsed_75 : tensor<1x32xbf16>) outs(%37 : tensor<1x32xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %274 = arith.extf %in : bf16 to f32
      linalg.yield %274 : f32
    } -> tensor<1x32xf32>
    %100 = tensor.empty() : tensor<32x32xf32>
    %101 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel"]} ins(%cst_27 : tensor<32x32xbf16>) outs(%100 : tensor<32x32xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %274 = arith.extf %in : bf16 to f32
      linalg.yield %274 : f32
    } -> tensor<32x32xf32>
    %102 = linalg.fill ins(%cst_0 : f32) outs(%37 : tensor<1x32xf32>) -> tensor<1x32xf32>
    %103 = linalg.matmul ins(%99, %101 : tensor<1x32xf32>, tensor<32x32xf32>) outs(%102 : tensor<1x32xf32>) -> tensor<1x32xf32>
    %104 = linalg.generic {indexing_maps = [#map8, #map7], iterator_types = ["parallel", "parallel"]} ins(%98 : tensor<32xf32>) outs(%37 : tensor<1x32xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<1x32xf32>
    %105 = linalg.generic {indexing_maps = [#map7, #map7, #map7], iterator_types = ["parallel", "parallel"]} ins(%103, %104 : tensor<1x32xf32>, tensor<1x32xf32>) outs(%37 : tensor<1x32xf32>) {
    ^bb0(%in: f32, %in_114: f32, %out: f32):
      %274 = arith.addf %in, %in_114 : f32
      linalg.yield %274 : f32
    } -> tensor<1x32xf32>
    %106 = tensor.empty() : tensor<1x32xbf16>
    %107 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel"]} ins(%105 : tensor<1x32xf32>) outs(%106 : tensor<1x32xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %274 = arith.truncf %in : f32 to bf16
      linalg.yield %274 : bf16
    } -> tensor<1x32xbf16>
    %expanded_76 = tensor.expand_shape %107 [[0], [1, 2]] output_shape [1, 1, 32] : tensor<1x32xbf16> into tensor<1x1x32xbf16>
    %108 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_76, %6 : tensor<1x1x32xbf16>, tensor<1x1x32xbf16>) outs(%0 : tensor<1x1x32xbf16>) {
    ^bb0(%in: bf16, %in_114: bf16, %out: bf16):
      %274 = arith.addf %in, %in_114 : bf16
      linalg.yield %274 : bf16
    } -> tensor<1x1x32xbf16>
    %109 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%108 : tensor<1x1x32xbf16>) outs(%11 : tensor<1x1x32xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %274 = arith.extf %in : bf16 to f32
      linalg.yield %274 : f32
    } -> tensor<1x1x32xf32>
    %110 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%109 : tensor<1x1x32xf32>) outs(%13 : tensor<1x1x32xf64>) {
    ^bb0(%in: f32, %out: f64):
      %274 = arith.extf %in : f32 to f64
      linalg.yield %274 : f64
    } -> tensor<1x1x32xf64>
    %111 = linalg.generic {indexing_maps = [#map1, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%110 : tensor<1x1x32xf64>) outs(%16 : tensor<1x1x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %274 = arith.addf %in, %out : f64
      linalg.yield %274 : f64
    } -> tensor<1x1x1xf64>
    %112 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%111 : tensor<1x1x1xf64>) outs(%15 : tensor<1x1x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %274 = arith.divf %in, %cst_38 : f64
      linalg.yield %274 : f64
    } -> tensor<1x1x1xf64>
    %113 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%110, %112 : tensor<1x1x32xf64>, tensor<1x1x1xf64>) outs(%13 : tensor<1x1x32xf64>) {
    ^bb0(%in: f64, %in_114: f64, %out: f64):
      %274 = arith.subf %in, %in_114 : f64
      linalg.yield %274 : f64
    } -> tensor<1x1x32xf64>
    %114 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%113, %113 : tensor<1x1x32xf64>, tensor<1x1x32xf64>) outs(%13 : tensor<1x1x32xf64>) {
    ^bb0(%in: f64, %in_114: f64, %out: f64):
      %274 = arith.mulf %in, %in_114 : f64
      linalg.yield %274 : f64
    } -> tensor<1x1x32xf64>
    %115 = linalg.generic {indexing_maps = [#map1, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%114 : tensor<1x1x32xf64>) outs(%16 : tensor<1x1x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %274 = arith.addf %in, %out : f64
      linalg.yield %274 : f64
    } -> tensor<1x1x1xf64>
    %116 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%115 : tensor<1x1x1xf64>) outs(%15 : tensor<1x1x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %274 = arith.divf %in, %cst_38 : f64
      linalg.yield %274 : f64
    } -> tensor<1x1x1xf64>
    %117 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%116 : tensor<1x1x1xf64>) outs(%23 : tensor<1x1x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %274 = arith.truncf %in : f64 to f32
      linalg.yield %274 : f32
    } -> tensor<1x1x1xf32>
    %118 = linalg.generic {indexing_maps = [#map1, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%109 : tensor<1x1x32xf32>) outs(%25 : tensor<1x1x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %274 = arith.addf %in, %out : f32
      linalg.yield %274 : f32
    } -> tensor<1x1x1xf32>
    %119 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%118 : tensor<1x1x1xf32>) outs(%23 : tensor<1x1x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %274 = arith.divf %in, %cst_39 : f32
      linalg.yield %274 : f32
    } -> tensor<1x1x1xf32>
    %120 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%117 : tensor<1x1x1xf32>) outs(%23 : tensor<1x1x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %274 = arith.truncf %cst_35 : f64 to f32
      %275 = arith.addf %in, %274 : f32
      linalg.yield %275 : f32
    } -> tensor<1x1x1xf32>
    %121 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%120 : tensor<1x1x1xf32>) outs(%23 : tensor<1x1x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %274 = math.rsqrt %in : f32
      linalg.yield %274 : f32
    } -> tensor<1x1x1xf32>
    %122 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%109, %119 : tensor<1x1x32xf32>, tensor<1x1x1xf32>) outs(%11 : tensor<1x1x32xf32>) {
    ^bb0(%in: f32, %in_114: f32, %out: f32):
      %274 = arith.subf %in, %in_114 : f32
      linalg.yield %274 : f32
    } -> tensor<1x1x32xf32>
    %123 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%122, %121 : tensor<1x1x32xf32>, tensor<1x1x1xf32>) outs(%11 : tensor<1x1x32xf32>) {
    ^bb0(%in: f32, %in_114: f32, %out: f32):
      %274 = arith.mulf %in, %in_114 : f32
      linalg.yield %274 : f32
    } -> tensor<1x1x32xf32>
    %124 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%123, %cst_26 : tensor<1x1x32xf32>, tensor<32xbf16>) outs(%11 : tensor<1x1x32xf32>) {
    ^bb0(%in: f32, %in_114: bf16, %out: f32):
      %274 = arith.extf %in_114 : bf16 to f32
      %275 = arith.mulf %in, %274 : f32
      linalg.yield %275 : f32
    } -> tensor<1x1x32xf32>
    %125 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%124, %cst_25 : tensor<1x1x32xf32>, tensor<32xbf16>) outs(%11 : tensor<1x1x32xf32>) {
    ^bb0(%in: f32, %in_114: bf16, %out: f32):
      %274 = arith.extf %in_114 : bf16 to f32
      %275 = arith.addf %in, %274 : f32
      linalg.yield %275 : f32
    } -> tensor<1x1x32xf32>
    %126 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%125 : tensor<1x1x32xf32>) outs(%0 : tensor<1x1x32xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %274 = arith.truncf %in : f32 to bf16
      linalg.yield %274 : bf16
    } -> tensor<1x1x32xbf16>
    %collapsed_77 = tensor.collapse_shape %126 [[0], [1, 2]] : tensor<1x1x32xbf16> into tensor<1x32xbf16>
    %127 = tensor.empty() : tensor<128xf32>
    %128 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel"]} ins(%cst_24 : tensor<128xbf16>) outs(%127 : tensor<128xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %274 = arith.extf %in : bf16 to f32
      linalg.yield %274 : f32
    } -> tensor<128xf32>
    %129 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel"]} ins(%collapsed_77 : tensor<1x32xbf16>) outs(%37 : tensor<1x32xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %274 = arith.extf %in : bf16 to f32
      linalg.yield %274 : f32
    } -> tensor<1x32xf32>
    %130 = tensor.empty() : tensor<32x128xf32>
    %131 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel"]} ins(%cst_23 : tensor<32x128xbf16>) outs(%130 : tensor<32x128xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %274 = arith.extf %in : bf16 to f32
      linalg.yield %274 : f32
    } -> tensor<32x128xf32>
    %132 = tensor.empty() : tensor<1x128xf32>
    %133 = linalg.fill ins(%cst_0 : f32) outs(%132 : tensor<1x128xf32>) -> tensor<1x128xf32>
    %134 = linalg.matmul ins(%129, %131 : tensor<1x32xf32>, tensor<32x128xf32>) outs(%133 : tensor<1x128xf32>) -> tensor<1x128xf32>
    %135 = linalg.generic {indexing_maps = [#map8, #map7], iterator_types = ["parallel", "parallel"]} ins(%128 : tensor<128xf32>) outs(%132 : tensor<1x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<1x128xf32>
    %136 = linalg.generic {indexing_maps = [#map7, #map7, #map7], iterator_types = ["parallel", "parallel"]} ins(%134, %135 : tensor<1x128xf32>, tensor<1x128xf32>) outs(%132 : tensor<1x128xf32>) {
    ^bb0(%in: f32, %in_114: f32, %out: f32):
      %274 = arith.addf %in, %in_114 : f32
      linalg.yield %274 : f32
    } -> tensor<1x128xf32>
    %137 = tensor.empty() : tensor<1x128xbf16>
    %138 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel"]} ins(%136 : tensor<1x128xf32>) outs(%137 : tensor<1x128xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %274 = arith.truncf %in : f32 to bf16
      linalg.yield %274 : bf16
    } -> tensor<1x128xbf16>
    %expanded_78 = tensor.expand_shape %138 [[0], [1, 2]] output_shape [1, 1, 128] : tensor<1x128xbf16> into tensor<1x1x128xbf16>
    %139 = tensor.empty() : tensor<1x1x128xbf16>
    %140 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_78 : tensor<1x1x128xbf16>) outs(%139 : tensor<1x1x128xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %274 = arith.mulf %in, %cst_40 : bf16
      linalg.yield %274 : bf16
    } -> tensor<1x1x128xbf16>
    %141 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_78 : tensor<1x1x128xbf16>) outs(%139 : tensor<1x1x128xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %274 = math.fpowi %in, %c3_i64 : bf16, i64
      linalg.yield %274 : bf16
    } -> tensor<1x1x128xbf16>
    %142 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%141 : tensor<1x1x128xbf16>) outs(%139 : tensor<1x1x128xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %274 = arith.truncf %cst_22 : f64 to bf16
      %275 = arith.mulf %in, %274 : bf16
      linalg.yield %275 : bf16
    } -> tensor<1x1x128xbf16>
    %143 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_78, %142 : tensor<1x1x128xbf16>, tensor<1x1x128xbf16>) outs(%139 : tensor<1x1x128xbf16>) {
    ^bb0(%in: bf16, %in_114: bf16, %out: bf16):
      %274 = arith.addf %in, %in_114 : bf16
      linalg.yield %274 : bf16
    } -> tensor<1x1x128xbf16>
    %144 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%143 : tensor<1x1x128xbf16>) outs(%139 : tensor<1x1x128xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %274 = arith.truncf %cst_21 : f64 to bf16
      %275 = arith.mulf %in, %274 : bf16
      linalg.yield %275 : bf16
    } -> tensor<1x1x128xbf16>
    %145 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%144 : tensor<1x1x128xbf16>) outs(%139 : tensor<1x1x128xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %274 = math.tanh %in : bf16
      linalg.yield %274 : bf16
    } -> tensor<1x1x128xbf16>
    %146 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%145 : tensor<1x1x128xbf16>) outs(%139 : tensor<1x1x128xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %274 = arith.addf %in, %cst_41 : bf16
      linalg.yield %274 : bf16
    } -> tensor<1x1x128xbf16>
    %147 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%140, %146 : tensor<1x1x128xbf16>, tensor<1x1x128xbf16>) outs(%139 : tensor<1x1x128xbf16>) {
    ^bb0(%in: bf16, %in_114: bf16, %out: bf16):
      %274 = arith.mulf %in, %in_114 : bf16
      linalg.yield %274 : bf16
    } -> tensor<1x1x128xbf16>
    %collapsed_79 = tensor.collapse_shape %147 [[0], [1, 2]] : tensor<1x1x128xbf16> into tensor<1x128xbf16>
    %148 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel"]} ins(%cst_20 : tensor<32xbf16>) outs(%97 : tensor<32xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %274 = arith.extf %in : bf16 to f32
      linalg.yield %274 : f32
    } -> tensor<32xf32>
    %149 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel"]} ins(%collapsed_79 : tensor<1x128xbf16>) outs(%132 : tensor<1x128xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %274 = arith.extf %in : bf16 to f32
      linalg.yield %274 : f32
    } -> tensor<1x128xf32>
    %150 = tensor.empty() : tensor<128x32xf32>
    %151 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel"]} ins(%cst_19 : tensor<128x32xbf16>) outs(%150 : tensor<128x32xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %274 = arith.extf %in : bf16 to f32
      linalg.yield %274 : f32
    } -> tensor<128x32xf32>
    %152 = linalg.matmul ins(%149, %151 : tensor<1x128xf32>, tensor<128x32xf32>) outs(%102 : tensor<1x32xf32>) -> tensor<1x32xf32>
    %153 = linalg.generic {indexing_maps = [#map8, #map7], iterator_types = ["parallel", "parallel"]} ins(%148 : tensor<32xf32>) outs(%37 : tensor<1x32xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<1x32xf32>
    %154 = linalg.generic {indexing_maps = [#map7, #map7, #map7], iterator_types = ["parallel", "parallel"]} ins(%152, %153 : tensor<1x32xf32>, tensor<1x32xf32>) outs(%37 : tensor<1x32xf32>) {
    ^bb0(%in: f32, %in_114: f32, %out: f32):
      %274 = arith.addf %in, %in_114 : f32
      linalg.yield %274 : f32
    } -> tensor<1x32xf32>
    %155 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel"]} ins(%154 : tensor<1x32xf32>) outs(%106 : tensor<1x32xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %274 = arith.truncf %in : f32 to bf16
      linalg.yield %274 : bf16
    } -> tensor<1x32xbf16>
    %expanded_80 = tensor.expand_shape %155 [[0], [1, 2]] output_shape [1, 1, 32] : tensor<1x32xbf16> into tensor<1x1x32xbf16>
    %156 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%108, %expanded_80 : tensor<1x1x32xbf16>, tensor<1x1x32xbf16>) outs(%0 : tensor<1x1x32xbf16>) {
    ^bb0(%in: bf16, %in_114: bf16, %out: bf16):
      %274 = arith.addf %in, %in_114 : bf16
      linalg.yield %274 : bf16
    } -> tensor<1x1x32xbf16>
    %157 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%156 : tensor<1x1x32xbf16>) outs(%11 : tensor<1x1x32xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %274 = arith.extf %in : bf16 to f32
      linalg.yield %274 : f32
    } -> tensor<1x1x32xf32>
    %158 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%157 : tensor<1x1x32xf32>) outs(%13 : tensor<1x1x32xf64>) {
    ^bb0(%in: f32, %out: f64):
      %274 = arith.extf %in : f32 to f64
      linalg.yield %274 : f64
    } -> tensor<1x1x32xf64>
    %159 = linalg.generic {indexing_maps = [#map1, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%158 : tensor<1x1x32xf64>) outs(%16 : tensor<1x1x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %274 = arith.addf %in, %out : f64
      linalg.yield %274 : f64
    } -> tensor<1x1x1xf64>
    %160 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%159 : tensor<1x1x1xf64>) outs(%15 : tensor<1x1x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %274 = arith.divf %in, %cst_38 : f64
      linalg.yield %274 : f64
    } -> tensor<1x1x1xf64>
    %161 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%158, %160 : tensor<1x1x32xf64>, tensor<1x1x1xf64>) outs(%13 : tensor<1x1x32xf64>) {
    ^bb0(%in: f64, %in_114: f64, %out: f64):
      %274 = arith.subf %in, %in_114 : f64
      linalg.yield %274 : f64
    } -> tensor<1x1x32xf64>
    %162 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%161, %161 : tensor<1x1x32xf64>, tensor<1x1x32xf64>) outs(%13 : tensor<1x1x32xf64>) {
    ^bb0(%in: f64, %in_114: f64, %out: f64):
      %274 = arith.mulf %in, %in_114 : f64
      linalg.yield %274 : f64
    } -> tensor<1x1x32xf64>
    %163 = linalg.generic {indexing_maps = [#map1, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%162 : tensor<1x1x32xf64>) outs(%16 : tensor<1x1x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %274 = arith.addf %in, %out : f64
      linalg.yield %274 : f64
    } -> tensor<1x1x1xf64>
    %164 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%163 : tensor<1x1x1xf64>) outs(%15 : tensor<1x1x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %274 = arith.divf %in, %cst_38 : f64
      linalg.yield %274 : f64
    } -> tensor<1x1x1xf64>
    %165 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%164 : tensor<1x1x1xf64>) outs(%23 : tensor<1x1x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %274 = arith.truncf %in : f64 to f32
      linalg.yield %274 : f32
    } -> tensor<1x1x1xf32>
    %166 = linalg.generic {indexing_maps = [#map1, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%157 : tensor<1x1x32xf32>) outs(%25 : tensor<1x1x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %274 = arith.addf %in, %out : f32
      linalg.yield %274 : f32
    } -> tensor<1x1x1xf32>
    %167 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%166 : tensor<1x1x1xf32>) outs(%23 : tensor<1x1x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %274 = arith.divf %in, %cst_39 : f32
      linalg.yield %274 : f32
    } -> tensor<1x1x1xf32>
    %168 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%165 : tensor<1x1x1xf32>) outs(%23 : tensor<1x1x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %274 = arith.truncf %cst_35 : f64 to f32
      %275 = arith.addf %in, %274 : f32
      linalg.yield %275 : f32
    } -> tensor<1x1x1xf32>
    %169 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%168 : tensor<1x1x1xf32>) outs(%23 : tensor<1x1x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %274 = math.rsqrt %in : f32
      linalg.yield %274 : f32
    } -> tensor<1x1x1xf32>
    %170 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%157, %167 : tensor<1x1x32xf32>, tensor<1x1x1xf32>) outs(%11 : tensor<1x1x32xf32>) {
    ^bb0(%in: f32, %in_114: f32, %out: f32):
      %274 = arith.subf %in, %in_114 : f32
      linalg.yield %274 : f32
    } -> tensor<1x1x32xf32>
    %171 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%170, %169 : tensor<1x1x32xf32>, tensor<1x1x1xf32>) outs(%11 : tensor<1x1x32xf32>) {
    ^bb0(%in: f32, %in_114: f32, %out: f32):
      %274 = arith.mulf %in, %in_114 : f32
      linalg.yield %274 : f32
    } -> tensor<1x1x32xf32>
    %172 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%171, %cst_18 : tensor<1x1x32xf32>, tensor<32xbf16>) outs(%11 : tensor<1x1x32xf32>) {
    ^bb0(%in: f32, %in_114: bf16, %out: f32):
      %274 = arith.extf %in_114 : bf16 to f32
      %275 = arith.mulf %in, %274 : f32
      linalg.yield %275 : f32
    } -> tensor<1x1x32xf32>
    %173 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%172, %cst_17 : tensor<1x1x32xf32>, tensor<32xbf16>) outs(%11 : tensor<1x1x32xf32>) {
    ^bb0(%in: f32, %in_114: bf16, %out: f32):
      %274 = arith.extf %in_114 : bf16 to f32
      %275 = arith.addf %in, %274 : f32
      linalg.yield %275 : f32
    } -> tensor<1x1x32xf32>
    %174 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%173 : tensor<1x1x32xf32>) outs(%0 : tensor<1x1x32xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %274 = arith.truncf %in : f32 to bf16
      linalg.yield %274 : bf16
    } -> tensor<1x1x32xbf16>
    %collapsed_81 = tensor.collapse_shape %174 [[0], [1, 2]] : tensor<1x1x32xbf16> into tensor<1x32xbf16>
    %175 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel"]} ins(%cst_16 : tensor<96xbf16>) outs(%35 : tensor<96xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %274 = arith.extf %in : bf16 to f32
      linalg.yield %274 : f32
    } -> tensor<96xf32>
    %176 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel"]} ins(%collapsed_81 : tensor<1x32xbf16>) outs(%37 : tensor<1x32xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %274 = arith.extf %in : bf16 to f32
      linalg.yield %274 : f32
    } -> tensor<1x32xf32>
    %177 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel"]} ins(%cst_15 : tensor<32x96xbf16>) outs(%39 : tensor<32x96xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %274 = arith.extf %in : bf16 to f32
      linalg.yield %274 : f32
    } -> tensor<32x96xf32>
    %178 = linalg.matmul ins(%176, %177 : tensor<1x32xf32>, tensor<32x96xf32>) outs(%42 : tensor<1x96xf32>) -> tensor<1x96xf32>
    %179 = linalg.generic {indexing_maps = [#map8, #map7], iterator_types = ["parallel", "parallel"]} ins(%175 : tensor<96xf32>) outs(%41 : tensor<1x96xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<1x96xf32>
    %180 = linalg.generic {indexing_maps = [#map7, #map7, #map7], iterator_types = ["parallel", "parallel"]} ins(%178, %179 : tensor<1x96xf32>, tensor<1x96xf32>) outs(%41 : tensor<1x96xf32>) {
    ^bb0(%in: f32, %in_114: f32, %out: f32):
      %274 = arith.addf %in, %in_114 : f32
      linalg.yield %274 : f32
    } -> tensor<1x96xf32>
    %181 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel"]} ins(%180 : tensor<1x96xf32>) outs(%46 : tensor<1x96xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %274 = arith.truncf %in : f32 to bf16
      linalg.yield %274 : bf16
    } -> tensor<1x96xbf16>
    %expanded_82 = tensor.expand_shape %181 [[0], [1, 2]] output_shape [1, 1, 96] : tensor<1x96xbf16> into tensor<1x1x96xbf16>
    %extracted_slice_83 = tensor.extract_slice %expanded_82[0, 0, 0] [1, 1, 32] [1, 1, 1] : tensor<1x1x96xbf16> to tensor<1x1x32xbf16>
    %extracted_slice_84 = tensor.extract_slice %expanded_82[0, 0, 32] [1, 1, 32] [1, 1, 1] : tensor<1x1x96xbf16> to tensor<1x1x32xbf16>
    %extracted_slice_85 = tensor.extract_slice %expanded_82[0, 0, 64] [1, 1, 32] [1, 1, 1] : tensor<1x1x96xbf16> to tensor<1x1x32xbf16>
    %expanded_86 = tensor.expand_shape %extracted_slice_84 [[0], [1], [2, 3]] output_shape [1, 1, 4, 8] : tensor<1x1x32xbf16> into tensor<1x1x4x8xbf16>
    %transposed_87 = linalg.transpose ins(%expanded_86 : tensor<1x1x4x8xbf16>) outs(%48 : tensor<1x4x1x8xbf16>) permutation = [0, 2, 1, 3] 
    %expanded_88 = tensor.expand_shape %extracted_slice_85 [[0], [1], [2, 3]] output_shape [1, 1, 4, 8] : tensor<1x1x32xbf16> into tensor<1x1x4x8xbf16>
    %transposed_89 = linalg.transpose ins(%expanded_88 : tensor<1x1x4x8xbf16>) outs(%48 : tensor<1x4x1x8xbf16>) permutation = [0, 2, 1, 3] 
    %expanded_90 = tensor.expand_shape %extracted_slice_83 [[0], [1], [2, 3]] output_shape [1, 1, 4, 8] : tensor<1x1x32xbf16> into tensor<1x1x4x8xbf16>
    %transposed_91 = linalg.transpose ins(%expanded_90 : tensor<1x1x4x8xbf16>) outs(%48 : tensor<1x4x1x8xbf16>) permutation = [0, 2, 1, 3] 
    %collapsed_92 = tensor.collapse_shape %transposed_87 [[0, 1, 2, 3]] : tensor<1x4x1x8xbf16> into tensor<32xbf16>
    %expanded_93 = tensor.expand_shape %collapsed_92 [[0, 1, 2, 3, 4]] output_shape [32, 1, 1, 1, 1] : tensor<32xbf16> into tensor<32x1x1x1x1xbf16>
    %182 = tm_tensor.scatter {dimension_map = array<i64: 0, 1, 2, 3>} unique_indices(true) ins(%expanded_93, %concat : tensor<32x1x1x1x1xbf16>, tensor<32x4xi64>) outs(%arg4 : tensor<1x4x16x8xbf16>) {
    ^bb0(%arg6: bf16, %arg7: bf16):
      tm_tensor.yield %arg6 : bf16
    } -> tensor<1x4x16x8xbf16>
    %collapsed_94 = tensor.collapse_shape %transposed_89 [[0, 1, 2, 3]] : tensor<1x4x1x8xbf16> into tensor<32xbf16>
    %expanded_95 = tensor.expand_shape %collapsed_94 [[0, 1, 2, 3, 4]] output_shape [32, 1, 1, 1, 1] : tensor<32xbf16> into tensor<32x1x1x1x1xbf16>
    %183 = tm_tensor.scatter {dimension_map = array<i64: 0, 1, 2, 3>} unique_indices(true) ins(%expanded_95, %concat : tensor<32x1x1x1x1xbf16>, tensor<32x4xi64>) outs(%arg5 : tensor<1x4x16x8xbf16>) {
    ^bb0(%arg6: bf16, %arg7: bf16):
      tm_tensor.yield %arg6 : bf16
    } -> tensor<1x4x16x8xbf16>
    %184 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_91 : tensor<1x4x1x8xbf16>) outs(%62 : tensor<1x4x1x8xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %274 = arith.extf %in : bf16 to f32
      linalg.yield %274 : f32
    } -> tensor<1x4x1x8xf32>
    %185 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%182 : tensor<1x4x16x8xbf16>) outs(%64 : tensor<1x4x16x8xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %274 = arith.extf %in : bf16 to f32
      linalg.yield %274 : f32
    } -> tensor<1x4x16x8xf32>
    %186 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%183 : tensor<1x4x16x8xbf16>) outs(%64 : tensor<1x4x16x8xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %274 = arith.extf %in : bf16 to f32
      linalg.yield %274 : f32
    } -> tensor<1x4x16x8xf32>
    %187 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%184 : tensor<1x4x1x8xf32>) outs(%62 : tensor<1x4x1x8xf32>) {
    ^bb0(%in: f32, %out: f32):
      %274 = arith.truncf %cst_29 : f64 to f32
      %275 = arith.mulf %in, %274 : f32
      linalg.yield %275 : f32
    } -> tensor<1x4x1x8xf32>
    %transposed_96 = linalg.transpose ins(%185 : tensor<1x4x16x8xf32>) outs(%68 : tensor<1x4x8x16xf32>) permutation = [0, 1, 3, 2] 
    %188 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%transposed_96 : tensor<1x4x8x16xf32>) outs(%68 : tensor<1x4x8x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %274 = arith.truncf %cst_29 : f64 to f32
      %275 = arith.mulf %in, %274 : f32
      linalg.yield %275 : f32
    } -> tensor<1x4x8x16xf32>
    %collapsed_97 = tensor.collapse_shape %187 [[0, 1], [2], [3]] : tensor<1x4x1x8xf32> into tensor<4x1x8xf32>
    %collapsed_98 = tensor.collapse_shape %188 [[0, 1], [2], [3]] : tensor<1x4x8x16xf32> into tensor<4x8x16xf32>
    %189 = linalg.batch_matmul ins(%collapsed_97, %collapsed_98 : tensor<4x1x8xf32>, tensor<4x8x16xf32>) outs(%71 : tensor<4x1x16xf32>) -> tensor<4x1x16xf32>
    %expanded_99 = tensor.expand_shape %189 [[0, 1], [2], [3]] output_shape [1, 4, 1, 16] : tensor<4x1x16xf32> into tensor<1x4x1x16xf32>
    %190 = linalg.generic {indexing_maps = [#map3, #map14, #map3], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_99, %61 : tensor<1x4x1x16xf32>, tensor<1x1x1x16xbf16>) outs(%73 : tensor<1x4x1x16xf32>) {
    ^bb0(%in: f32, %in_114: bf16, %out: f32):
      %274 = arith.extf %in_114 : bf16 to f32
      %275 = arith.addf %in, %274 : f32
      linalg.yield %275 : f32
    } -> tensor<1x4x1x16xf32>
    %191:2 = linalg.generic {indexing_maps = [#map3, #map15, #map15], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%190 : tensor<1x4x1x16xf32>) outs(%78, %76 : tensor<1x4x1xf32>, tensor<1x4x1xi64>) {
    ^bb0(%in: f32, %out: f32, %out_114: i64):
      %274 = linalg.index 3 : index
      %275 = arith.index_cast %274 : index to i64
      %276 = arith.maximumf %in, %out : f32
      %277 = arith.cmpf ogt, %in, %out : f32
      %278 = arith.select %277, %275, %out_114 : i64
      linalg.yield %276, %278 : f32, i64
    } -> (tensor<1x4x1xf32>, tensor<1x4x1xi64>)
    %expanded_100 = tensor.expand_shape %191#0 [[0], [1], [2, 3]] output_shape [1, 4, 1, 1] : tensor<1x4x1xf32> into tensor<1x4x1x1xf32>
    %192 = linalg.generic {indexing_maps = [#map3, #map4, #map3], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%190, %expanded_100 : tensor<1x4x1x16xf32>, tensor<1x4x1x1xf32>) outs(%73 : tensor<1x4x1x16xf32>) {
    ^bb0(%in: f32, %in_114: f32, %out: f32):
      %274 = arith.subf %in, %in_114 : f32
      linalg.yield %274 : f32
    } -> tensor<1x4x1x16xf32>
    %193 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%192 : tensor<1x4x1x16xf32>) outs(%73 : tensor<1x4x1x16xf32>) {
    ^bb0(%in: f32, %out: f32):
      %274 = math.exp %in : f32
      linalg.yield %274 : f32
    } -> tensor<1x4x1x16xf32>
    %194 = linalg.generic {indexing_maps = [#map3, #map4], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%193 : tensor<1x4x1x16xf32>) outs(%83 : tensor<1x4x1x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %274 = arith.addf %in, %out : f32
      linalg.yield %274 : f32
    } -> tensor<1x4x1x1xf32>
    %195 = linalg.generic {indexing_maps = [#map3, #map4, #map3], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%193, %194 : tensor<1x4x1x16xf32>, tensor<1x4x1x1xf32>) outs(%73 : tensor<1x4x1x16xf32>) {
    ^bb0(%in: f32, %in_114: f32, %out: f32):
      %274 = arith.divf %in, %in_114 : f32
      linalg.yield %274 : f32
    } -> tensor<1x4x1x16xf32>
    %196 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%190 : tensor<1x4x1x16xf32>) outs(%86 : tensor<1x4x1x16xi1>) {
    ^bb0(%in: f32, %out: i1):
      %274 = arith.extf %in : f32 to f64
      %275 = arith.cmpf oeq, %274, %cst_30 : f64
      linalg.yield %275 : i1
    } -> tensor<1x4x1x16xi1>
    %197 = linalg.generic {indexing_maps = [#map3, #map4], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%196 : tensor<1x4x1x16xi1>) outs(%89 : tensor<1x4x1x1xi1>) {
    ^bb0(%in: i1, %out: i1):
      %274 = arith.andi %in, %out : i1
      linalg.yield %274 : i1
    } -> tensor<1x4x1x1xi1>
    %198 = linalg.generic {indexing_maps = [#map4, #map3, #map3, #map3], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%197, %cst_2, %195 : tensor<1x4x1x1xi1>, tensor<1x4x1x16xf32>, tensor<1x4x1x16xf32>) outs(%73 : tensor<1x4x1x16xf32>) {
    ^bb0(%in: i1, %in_114: f32, %in_115: f32, %out: f32):
      %274 = arith.select %in, %in_114, %in_115 : f32
      linalg.yield %274 : f32
    } -> tensor<1x4x1x16xf32>
    %collapsed_101 = tensor.collapse_shape %198 [[0, 1], [2], [3]] : tensor<1x4x1x16xf32> into tensor<4x1x16xf32>
    %collapsed_102 = tensor.collapse_shape %186 [[0, 1], [2], [3]] : tensor<1x4x16x8xf32> into tensor<4x16x8xf32>
    %199 = linalg.batch_matmul ins(%collapsed_101, %collapsed_102 : tensor<4x1x16xf32>, tensor<4x16x8xf32>) outs(%93 : tensor<4x1x8xf32>) -> tensor<4x1x8xf32>
    %expanded_103 = tensor.expand_shape %199 [[0, 1], [2], [3]] output_shape [1, 4, 1, 8] : tensor<4x1x8xf32> into tensor<1x4x1x8xf32>
    %200 = linalg.generic {indexing_maps = [#map3, #map3], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%expanded_103 : tensor<1x4x1x8xf32>) outs(%48 : tensor<1x4x1x8xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %274 = arith.truncf %in : f32 to bf16
      linalg.yield %274 : bf16
    } -> tensor<1x4x1x8xbf16>
    %transposed_104 = linalg.transpose ins(%200 : tensor<1x4x1x8xbf16>) outs(%96 : tensor<1x1x4x8xbf16>) permutation = [0, 2, 1, 3] 
    %collapsed_105 = tensor.collapse_shape %transposed_104 [[0], [1, 2, 3]] : tensor<1x1x4x8xbf16> into tensor<1x32xbf16>
    %201 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel"]} ins(%cst_14 : tensor<32xbf16>) outs(%97 : tensor<32xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %274 = arith.extf %in : bf16 to f32
      linalg.yield %274 : f32
    } -> tensor<32xf32>
    %202 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel"]} ins(%collapsed_105 : tensor<1x32xbf16>) outs(%37 : tensor<1x32xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %274 = arith.extf %in : bf16 to f32
      linalg.yield %274 : f32
    } -> tensor<1x32xf32>
    %203 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel"]} ins(%cst_13 : tensor<32x32xbf16>) outs(%100 : tensor<32x32xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %274 = arith.extf %in : bf16 to f32
      linalg.yield %274 : f32
    } -> tensor<32x32xf32>
    %204 = linalg.matmul ins(%202, %203 : tensor<1x32xf32>, tensor<32x32xf32>) outs(%102 : tensor<1x32xf32>) -> tensor<1x32xf32>
    %205 = linalg.generic {indexing_maps = [#map8, #map7], iterator_types = ["parallel", "parallel"]} ins(%201 : tensor<32xf32>) outs(%37 : tensor<1x32xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<1x32xf32>
    %206 = linalg.generic {indexing_maps = [#map7, #map7, #map7], iterator_types = ["parallel", "parallel"]} ins(%204, %205 : tensor<1x32xf32>, tensor<1x32xf32>) outs(%37 : tensor<1x32xf32>) {
    ^bb0(%in: f32, %in_114: f32, %out: f32):
      %274 = arith.addf %in, %in_114 : f32
      linalg.yield %274 : f32
    } -> tensor<1x32xf32>
    %207 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel"]} ins(%206 : tensor<1x32xf32>) outs(%106 : tensor<1x32xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %274 = arith.truncf %in : f32 to bf16
      linalg.yield %274 : bf16
    } -> tensor<1x32xbf16>
    %expanded_106 = tensor.expand_shape %207 [[0], [1, 2]] output_shape [1, 1, 32] : tensor<1x32xbf16> into tensor<1x1x32xbf16>
    %208 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_106, %156 : tensor<1x1x32xbf16>, tensor<1x1x32xbf16>) outs(%0 : tensor<1x1x32xbf16>) {
    ^bb0(%in: bf16, %in_114: bf16, %out: bf16):
      %274 = arith.addf %in, %in_114 : bf16
      linalg.yield %274 : bf16
    } -> tensor<1x1x32xbf16>
    %209 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%208 : tensor<1x1x32xbf16>) outs(%11 : tensor<1x1x32xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %274 = arith.extf %in : bf16 to f32
      linalg.yield %274 : f32
    } -> tensor<1x1x32xf32>
    %210 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%209 : tensor<1x1x32xf32>) outs(%13 : tensor<1x1x32xf64>) {
    ^bb0(%in: f32, %out: f64):
      %274 = arith.extf %in : f32 to f64
      linalg.yield %274 : f64
    } -> tensor<1x1x32xf64>
    %211 = linalg.generic {indexing_maps = [#map1, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%210 : tensor<1x1x32xf64>) outs(%16 : tensor<1x1x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %274 = arith.addf %in, %out : f64
      linalg.yield %274 : f64
    } -> tensor<1x1x1xf64>
    %212 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%211 : tensor<1x1x1xf64>) outs(%15 : tensor<1x1x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %274 = arith.divf %in, %cst_38 : f64
      linalg.yield %274 : f64
    } -> tensor<1x1x1xf64>
    %213 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%210, %212 : tensor<1x1x32xf64>, tensor<1x1x1xf64>) outs(%13 : tensor<1x1x32xf64>) {
    ^bb0(%in: f64, %in_114: f64, %out: f64):
      %274 = arith.subf %in, %in_114 : f64
      linalg.yield %274 : f64
    } -> tensor<1x1x32xf64>
    %214 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%213, %213 : tensor<1x1x32xf64>, tensor<1x1x32xf64>) outs(%13 : tensor<1x1x32xf64>) {
    ^bb0(%in: f64, %in_114: f64, %out: f64):
      %274 = arith.mulf %in, %in_114 : f64
      linalg.yield %274 : f64
    } -> tensor<1x1x32xf64>
    %215 = linalg.generic {indexing_maps = [#map1, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%214 : tensor<1x1x32xf64>) outs(%16 : tensor<1x1x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %274 = arith.addf %in, %out : f64
      linalg.yield %274 : f64
    } -> tensor<1x1x1xf64>
    %216 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%215 : tensor<1x1x1xf64>) outs(%15 : tensor<1x1x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %274 = arith.divf %in, %cst_38 : f64
      linalg.yield %274 : f64
    } -> tensor<1x1x1xf64>
    %217 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%216 : tensor<1x1x1xf64>) outs(%23 : tensor<1x1x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %274 = arith.truncf %in : f64 to f32
      linalg.yield %274 : f32
    } -> tensor<1x1x1xf32>
    %218 = linalg.generic {indexing_maps = [#map1, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%209 : tensor<1x1x32xf32>) outs(%25 : tensor<1x1x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %274 = arith.addf %in, %out : f32
      linalg.yield %274 : f32
    } -> tensor<1x1x1xf32>
    %219 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%218 : tensor<1x1x1xf32>) outs(%23 : tensor<1x1x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %274 = arith.divf %in, %cst_39 : f32
      linalg.yield %274 : f32
    } -> tensor<1x1x1xf32>
    %220 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%217 : tensor<1x1x1xf32>) outs(%23 : tensor<1x1x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %274 = arith.truncf %cst_35 : f64 to f32
      %275 = arith.addf %in, %274 : f32
      linalg.yield %275 : f32
    } -> tensor<1x1x1xf32>
    %221 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%220 : tensor<1x1x1xf32>) outs(%23 : tensor<1x1x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %274 = math.rsqrt %in : f32
      linalg.yield %274 : f32
    } -> tensor<1x1x1xf32>
    %222 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%209, %219 : tensor<1x1x32xf32>, tensor<1x1x1xf32>) outs(%11 : tensor<1x1x32xf32>) {
    ^bb0(%in: f32, %in_114: f32, %out: f32):
      %274 = arith.subf %in, %in_114 : f32
      linalg.yield %274 : f32
    } -> tensor<1x1x32xf32>
    %223 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%222, %221 : tensor<1x1x32xf32>, tensor<1x1x1xf32>) outs(%11 : tensor<1x1x32xf32>) {
    ^bb0(%in: f32, %in_114: f32, %out: f32):
      %274 = arith.mulf %in, %in_114 : f32
      linalg.yield %274 : f32
    } -> tensor<1x1x32xf32>
    %224 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%223, %cst_12 : tensor<1x1x32xf32>, tensor<32xbf16>) outs(%11 : tensor<1x1x32xf32>) {
    ^bb0(%in: f32, %in_114: bf16, %out: f32):
      %274 = arith.extf %in_114 : bf16 to f32
      %275 = arith.mulf %in, %274 : f32
      linalg.yield %275 : f32
    } -> tensor<1x1x32xf32>
    %225 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%224, %cst_11 : tensor<1x1x32xf32>, tensor<32xbf16>) outs(%11 : tensor<1x1x32xf32>) {
    ^bb0(%in: f32, %in_114: bf16, %out: f32):
      %274 = arith.extf %in_114 : bf16 to f32
      %275 = arith.addf %in, %274 : f32
      linalg.yield %275 : f32
    } -> tensor<1x1x32xf32>
    %226 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%225 : tensor<1x1x32xf32>) outs(%0 : tensor<1x1x32xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %274 = arith.truncf %in : f32 to bf16
      linalg.yield %274 : bf16
    } -> tensor<1x1x32xbf16>
    %collapsed_107 = tensor.collapse_shape %226 [[0], [1, 2]] : tensor<1x1x32xbf16> into tensor<1x32xbf16>
    %227 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel"]} ins(%cst_10 : tensor<128xbf16>) outs(%127 : tensor<128xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %274 = arith.extf %in : bf16 to f32
      linalg.yield %274 : f32
    } -> tensor<128xf32>
    %228 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel"]} ins(%collapsed_107 : tensor<1x32xbf16>) outs(%37 : tensor<1x32xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %274 = arith.extf %in : bf16 to f32
      linalg.yield %274 : f32
    } -> tensor<1x32xf32>
    %229 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel"]} ins(%cst_9 : tensor<32x128xbf16>) outs(%130 : tensor<32x128xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %274 = arith.extf %in : bf16 to f32
      linalg.yield %274 : f32
    } -> tensor<32x128xf32>
    %230 = linalg.matmul ins(%228, %229 : tensor<1x32xf32>, tensor<32x128xf32>) outs(%133 : tensor<1x128xf32>) -> tensor<1x128xf32>
    %231 = linalg.generic {indexing_maps = [#map8, #map7], iterator_types = ["parallel", "parallel"]} ins(%227 : tensor<128xf32>) outs(%132 : tensor<1x128xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<1x128xf32>
    %232 = linalg.generic {indexing_maps = [#map7, #map7, #map7], iterator_types = ["parallel", "parallel"]} ins(%230, %231 : tensor<1x128xf32>, tensor<1x128xf32>) outs(%132 : tensor<1x128xf32>) {
    ^bb0(%in: f32, %in_114: f32, %out: f32):
      %274 = arith.addf %in, %in_114 : f32
      linalg.yield %274 : f32
    } -> tensor<1x128xf32>
    %233 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel"]} ins(%232 : tensor<1x128xf32>) outs(%137 : tensor<1x128xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %274 = arith.truncf %in : f32 to bf16
      linalg.yield %274 : bf16
    } -> tensor<1x128xbf16>
    %expanded_108 = tensor.expand_shape %233 [[0], [1, 2]] output_shape [1, 1, 128] : tensor<1x128xbf16> into tensor<1x1x128xbf16>
    %234 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_108 : tensor<1x1x128xbf16>) outs(%139 : tensor<1x1x128xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %274 = arith.mulf %in, %cst_40 : bf16
      linalg.yield %274 : bf16
    } -> tensor<1x1x128xbf16>
    %235 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_108 : tensor<1x1x128xbf16>) outs(%139 : tensor<1x1x128xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %274 = math.fpowi %in, %c3_i64 : bf16, i64
      linalg.yield %274 : bf16
    } -> tensor<1x1x128xbf16>
    %236 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%235 : tensor<1x1x128xbf16>) outs(%139 : tensor<1x1x128xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %274 = arith.truncf %cst_22 : f64 to bf16
      %275 = arith.mulf %in, %274 : bf16
      linalg.yield %275 : bf16
    } -> tensor<1x1x128xbf16>
    %237 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_108, %236 : tensor<1x1x128xbf16>, tensor<1x1x128xbf16>) outs(%139 : tensor<1x1x128xbf16>) {
    ^bb0(%in: bf16, %in_114: bf16, %out: bf16):
      %274 = arith.addf %in, %in_114 : bf16
      linalg.yield %274 : bf16
    } -> tensor<1x1x128xbf16>
    %238 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%237 : tensor<1x1x128xbf16>) outs(%139 : tensor<1x1x128xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %274 = arith.truncf %cst_21 : f64 to bf16
      %275 = arith.mulf %in, %274 : bf16
      linalg.yield %275 : bf16
    } -> tensor<1x1x128xbf16>
    %239 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%238 : tensor<1x1x128xbf16>) outs(%139 : tensor<1x1x128xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %274 = math.tanh %in : bf16
      linalg.yield %274 : bf16
    } -> tensor<1x1x128xbf16>
    %240 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%239 : tensor<1x1x128xbf16>) outs(%139 : tensor<1x1x128xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      %274 = arith.addf %in, %cst_41 : bf16
      linalg.yield %274 : bf16
    } -> tensor<1x1x128xbf16>
    %241 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%234, %240 : tensor<1x1x128xbf16>, tensor<1x1x128xbf16>) outs(%139 : tensor<1x1x128xbf16>) {
    ^bb0(%in: bf16, %in_114: bf16, %out: bf16):
      %274 = arith.mulf %in, %in_114 : bf16
      linalg.yield %274 : bf16
    } -> tensor<1x1x128xbf16>
    %collapsed_109 = tensor.collapse_shape %241 [[0], [1, 2]] : tensor<1x1x128xbf16> into tensor<1x128xbf16>
    %242 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel"]} ins(%cst_8 : tensor<32xbf16>) outs(%97 : tensor<32xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %274 = arith.extf %in : bf16 to f32
      linalg.yield %274 : f32
    } -> tensor<32xf32>
    %243 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel"]} ins(%collapsed_109 : tensor<1x128xbf16>) outs(%132 : tensor<1x128xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %274 = arith.extf %in : bf16 to f32
      linalg.yield %274 : f32
    } -> tensor<1x128xf32>
    %244 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel"]} ins(%cst_7 : tensor<128x32xbf16>) outs(%150 : tensor<128x32xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %274 = arith.extf %in : bf16 to f32
      linalg.yield %274 : f32
    } -> tensor<128x32xf32>
    %245 = linalg.matmul ins(%243, %244 : tensor<1x128xf32>, tensor<128x32xf32>) outs(%102 : tensor<1x32xf32>) -> tensor<1x32xf32>
    %246 = linalg.generic {indexing_maps = [#map8, #map7], iterator_types = ["parallel", "parallel"]} ins(%242 : tensor<32xf32>) outs(%37 : tensor<1x32xf32>) {
    ^bb0(%in: f32, %out: f32):
      linalg.yield %in : f32
    } -> tensor<1x32xf32>
    %247 = linalg.generic {indexing_maps = [#map7, #map7, #map7], iterator_types = ["parallel", "parallel"]} ins(%245, %246 : tensor<1x32xf32>, tensor<1x32xf32>) outs(%37 : tensor<1x32xf32>) {
    ^bb0(%in: f32, %in_114: f32, %out: f32):
      %274 = arith.addf %in, %in_114 : f32
      linalg.yield %274 : f32
    } -> tensor<1x32xf32>
    %248 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel"]} ins(%247 : tensor<1x32xf32>) outs(%106 : tensor<1x32xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %274 = arith.truncf %in : f32 to bf16
      linalg.yield %274 : bf16
    } -> tensor<1x32xbf16>
    %expanded_110 = tensor.expand_shape %248 [[0], [1, 2]] output_shape [1, 1, 32] : tensor<1x32xbf16> into tensor<1x1x32xbf16>
    %249 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%208, %expanded_110 : tensor<1x1x32xbf16>, tensor<1x1x32xbf16>) outs(%0 : tensor<1x1x32xbf16>) {
    ^bb0(%in: bf16, %in_114: bf16, %out: bf16):
      %274 = arith.addf %in, %in_114 : bf16
      linalg.yield %274 : bf16
    } -> tensor<1x1x32xbf16>
    %250 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%249 : tensor<1x1x32xbf16>) outs(%11 : tensor<1x1x32xf32>) {
    ^bb0(%in: bf16, %out: f32):
      %274 = arith.extf %in : bf16 to f32
      linalg.yield %274 : f32
    } -> tensor<1x1x32xf32>
    %251 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%250 : tensor<1x1x32xf32>) outs(%13 : tensor<1x1x32xf64>) {
    ^bb0(%in: f32, %out: f64):
      %274 = arith.extf %in : f32 to f64
      linalg.yield %274 : f64
    } -> tensor<1x1x32xf64>
    %252 = linalg.generic {indexing_maps = [#map1, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%251 : tensor<1x1x32xf64>) outs(%16 : tensor<1x1x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %274 = arith.addf %in, %out : f64
      linalg.yield %274 : f64
    } -> tensor<1x1x1xf64>
    %253 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%252 : tensor<1x1x1xf64>) outs(%15 : tensor<1x1x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %274 = arith.divf %in, %cst_38 : f64
      linalg.yield %274 : f64
    } -> tensor<1x1x1xf64>
    %254 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%251, %253 : tensor<1x1x32xf64>, tensor<1x1x1xf64>) outs(%13 : tensor<1x1x32xf64>) {
    ^bb0(%in: f64, %in_114: f64, %out: f64):
      %274 = arith.subf %in, %in_114 : f64
      linalg.yield %274 : f64
    } -> tensor<1x1x32xf64>
    %255 = linalg.generic {indexing_maps = [#map1, #map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%254, %254 : tensor<1x1x32xf64>, tensor<1x1x32xf64>) outs(%13 : tensor<1x1x32xf64>) {
    ^bb0(%in: f64, %in_114: f64, %out: f64):
      %274 = arith.mulf %in, %in_114 : f64
      linalg.yield %274 : f64
    } -> tensor<1x1x32xf64>
    %256 = linalg.generic {indexing_maps = [#map1, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%255 : tensor<1x1x32xf64>) outs(%16 : tensor<1x1x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %274 = arith.addf %in, %out : f64
      linalg.yield %274 : f64
    } -> tensor<1x1x1xf64>
    %257 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%256 : tensor<1x1x1xf64>) outs(%15 : tensor<1x1x1xf64>) {
    ^bb0(%in: f64, %out: f64):
      %274 = arith.divf %in, %cst_38 : f64
      linalg.yield %274 : f64
    } -> tensor<1x1x1xf64>
    %258 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%257 : tensor<1x1x1xf64>) outs(%23 : tensor<1x1x1xf32>) {
    ^bb0(%in: f64, %out: f32):
      %274 = arith.truncf %in : f64 to f32
      linalg.yield %274 : f32
    } -> tensor<1x1x1xf32>
    %259 = linalg.generic {indexing_maps = [#map1, #map5], iterator_types = ["parallel", "parallel", "reduction"]} ins(%250 : tensor<1x1x32xf32>) outs(%25 : tensor<1x1x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %274 = arith.addf %in, %out : f32
      linalg.yield %274 : f32
    } -> tensor<1x1x1xf32>
    %260 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%259 : tensor<1x1x1xf32>) outs(%23 : tensor<1x1x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %274 = arith.divf %in, %cst_39 : f32
      linalg.yield %274 : f32
    } -> tensor<1x1x1xf32>
    %261 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%258 : tensor<1x1x1xf32>) outs(%23 : tensor<1x1x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %274 = arith.truncf %cst_35 : f64 to f32
      %275 = arith.addf %in, %274 : f32
      linalg.yield %275 : f32
    } -> tensor<1x1x1xf32>
    %262 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%261 : tensor<1x1x1xf32>) outs(%23 : tensor<1x1x1xf32>) {
    ^bb0(%in: f32, %out: f32):
      %274 = math.rsqrt %in : f32
      linalg.yield %274 : f32
    } -> tensor<1x1x1xf32>
    %263 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%250, %260 : tensor<1x1x32xf32>, tensor<1x1x1xf32>) outs(%11 : tensor<1x1x32xf32>) {
    ^bb0(%in: f32, %in_114: f32, %out: f32):
      %274 = arith.subf %in, %in_114 : f32
      linalg.yield %274 : f32
    } -> tensor<1x1x32xf32>
    %264 = linalg.generic {indexing_maps = [#map1, #map5, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%263, %262 : tensor<1x1x32xf32>, tensor<1x1x1xf32>) outs(%11 : tensor<1x1x32xf32>) {
    ^bb0(%in: f32, %in_114: f32, %out: f32):
      %274 = arith.mulf %in, %in_114 : f32
      linalg.yield %274 : f32
    } -> tensor<1x1x32xf32>
    %265 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%264, %cst_6 : tensor<1x1x32xf32>, tensor<32xbf16>) outs(%11 : tensor<1x1x32xf32>) {
    ^bb0(%in: f32, %in_114: bf16, %out: f32):
      %274 = arith.extf %in_114 : bf16 to f32
      %275 = arith.mulf %in, %274 : f32
      linalg.yield %275 : f32
    } -> tensor<1x1x32xf32>
    %266 = linalg.generic {indexing_maps = [#map1, #map6, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%265, %cst_5 : tensor<1x1x32xf32>, tensor<32xbf16>) outs(%11 : tensor<1x1x32xf32>) {
    ^bb0(%in: f32, %in_114: bf16, %out: f32):
      %274 = arith.extf %in_114 : bf16 to f32
      %275 = arith.addf %in, %274 : f32
      linalg.yield %275 : f32
    } -> tensor<1x1x32xf32>
    %267 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%266 : tensor<1x1x32xf32>) outs(%0 : tensor<1x1x32xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %274 = arith.truncf %in : f32 to bf16
      linalg.yield %274 : bf16
    } -> tensor<1x1x32xbf16>
    %268 = tensor.empty() : tensor<32x64xbf16>
    %transposed_111 = linalg.transpose ins(%cst_37 : tensor<64x32xbf16>) outs(%268 : tensor<32x64xbf16>) permutation = [1, 0] 
    %collapsed_112 = tensor.collapse_shape %267 [[0], [1, 2]] : tensor<1x1x32xbf16> into tensor<1x32xbf16>
    %269 = tensor.empty() : tensor<1x64xf32>
    %270 = linalg.fill ins(%cst_0 : f32) outs(%269 : tensor<1x64xf32>) -> tensor<1x64xf32>
    %271 = linalg.matmul ins(%collapsed_112, %transposed_111 : tensor<1x32xbf16>, tensor<32x64xbf16>) outs(%270 : tensor<1x64xf32>) -> tensor<1x64xf32>
    %272 = tensor.empty() : tensor<1x64xbf16>
    %273 = linalg.generic {indexing_maps = [#map7, #map7], iterator_types = ["parallel", "parallel"]} ins(%271 : tensor<1x64xf32>) outs(%272 : tensor<1x64xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %274 = arith.truncf %in : f32 to bf16
      linalg.yield %274 : bf16
    } -> tensor<1x64xbf16>
    %expanded_113 = tensor.expand_shape %273 [[0], [1, 2]] output_shape [1, 1, 64] : tensor<1x64xbf16> into tensor<1x1x64xbf16>
    return %expanded_113, %58, %59, %182, %183 : tensor<1x1x64xbf16>, tensor<1x4x16x8xbf16>, tensor<1x4x16x8xbf16>, tensor<1x4x16x8xbf16>, tensor<1x4x16x8xbf16>
  }
}

{-#
  dialect_resources: {
    builtin: {
      torch_tensor_32_torch.bfloat16_13: "0x0200000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
      torch_tensor_32_torch.bfloat16_12: "0x02000000803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F",
      torch_tensor_128_32_torch.bfloat16_1: "0x02000000433B183C2A3B183CD8BBC3BB71BA633B4D3AD3BA6E3CB13B3DBC3B3B733AB63BA03C24BC803B98BB80BCA23C5B3C82BC8CBC253BA63BA43B1E3A953B1FBC9B3BF03930BCD3BB8ABAAE3950BC0D3C38BC8E3B1BBCDA3B70BB533CD83AFE3B62BB3F3B1C3C373AAFBA28BC43BCB33C023B7E3CB93B863C6F3B003C123C60BB5E3B913CBB3B0FBC213C833C6FBC20BB8B3BA33BAE3C383CAD3B6ABC6DBB96B910BB0EBCFDBB083CA9BC87BB3B3C86BB8A3B8F3CADBB8939863C96BC223B0EBC3F3CCA3A89BB293CC8BACCBB83BC7ABBF9B96BBCE03BA83C383C94BBAA3C95BB06BC253C913A083CADBB92BCA1BB2D3C4FBCD0BB26BC9FBB91BA033C8D3B93BC323B303C6E3B963CA13C56BCD6BB24BC933C943C77BA0DBA64BB7CBC95BCEABB403C4ABB2B3C45BCE4BAA53B80BB403B333B4BBC113C433CFCBBADBB923CA4BC9EBA253B8CBA22BC0CBCCE3B023C333CC23B89BC163AB6BC93BC1D3C91BA60BBDCBA683B533AB33BA1BC95BCBDBCADBB8D3C923AA5B9A2BB72BC34BC0EBCF8BB2E3C563C6FBBEC3A5FBC9BBBFCBACABAD1BC08BC64BB7F3B163C2CBC9F3BC83A043A073B043BC43B703BEDBBA6BBFFBBACBB31BC20BC3F3C9BBB13BBF33B1DBC873C59BCD9BAE53BAFBB8D3B14BAAABC443CE8BBC53837BC5B3C393C523CAABC4FBA2CBC103C923C8BBC7CBC98BB7C3C063A15BAACBC2FBB123C51BBCFBB0DBCA8BB10BB313C54BBA7BB203CBE3B13BBBE3B40BC4F3B1EBA183CAA3B8FBA65BBB9BC953BC639573CF9BB96BCAABC873B973C3B3B443BC83B61BB5FBC803C46BAC83AD6BAFBBCC73A4C3A763CCE3B373CBCBA92BB1E3C1FBC81BB9EBB8CBBECBB573C7FBC98BB913CCD3B9A3BDB3B61BCCDBB7ABB183CF63B5C3C08BAB73C4D3BFABB45BC8EBCB1BBF6BB4FBC9B3806BB16BC633BF639653CFFB90EB964BC243C393CD73B1AB9B83BBF3B8BBC2E3A43BB153C7C3A7E3CD9BA56BC9CBAEE3B8A3BEFBB0DBC5DBC1C3C9C3AA0BC9CBC64BC42BC193C5E3C87BB81B9163C9ABB863C383BDFB985BB983C31BCB23C39BBD23B3F3C15BBEF3AAA3C36B98B3CC93BABBA29BBABBB4EBC1C3B453BC4BA023C4EBCE5B9C737683C26BB883A64BB403B48BAE83BC1BC5BBB3D3CB6BBCBBBF8BA33B9163C953B1F3C3DBB04BA433B36BCC8BB3D3B9E3BC5BBD2B9003C9E3A1ABBD53B6EBB64BB153C74BC4DB81D3C713CF93B8CBA00BC3F3B9BBA373CCDBC3CBCD73B4DBBC5BBDF3B3ABC9C3B51BBA9BB36BC12BC5BBC033CC23A113B2EBC2B3CFBBB68BBB53B70BBDEBAA6BC133C19BC5EBC463CE0BA89BB7F3C843BFBBB8EBC7D3CD23B873A25BC13BB52BB0DBC35BC81BC163B353A2ABC8FBCD53B03BC813C163CC33BBE3A073CC33BC33B9BBCE1BA383A2E3BC0BCB8BCB43C07BCE0BBDBBA603C48BCDA3B81BAFE3CE43B313CA03B6E3CB13C903BF7BB3FBCAA3C8DBADBBBE63C423B82BC07BC4BBC403C83B9553C85BBE13BBC3B3B3C363C03BB79BAB63B04BBA83B14BC973B3C3CC03B9739153C643CDEBBA6BB5A3C68BC18BCACBC74BCB53BAEBB9BBBA83B5F3CA1BBACBAE03B053CC13A56BC51BCBC39D5BB3D3C8F3C923CF53B9F3AEE3BAB3C4E3B33BB73BBF03B35BB9A3C703C633C61BB293C0DBADEBBD03BF83955BC98BA3C3C8ABCF1BBA63B8A3B0A3C85BC5ABC2A3CAB3B2DBB27BC31BC173B173A163A283C803AFCBB43BC9F3BCFBBE2BBD93B87BBCEBBA73B37BB253C02BC00BB8BBC103C183C423CC43BB7BB4B3B893C50BC933B86BB793AB33B84BC24BCB0BB90BC7ABB1DBB4C3CDE3CEA3BACBBE13B3A3C51BA90BB1EBCD23B2D3C0E3B983CB93B7C3BDF3B30BCB1BB78BB7DBC5DBC613CC3BB72BCB93A00BC2D3AC13AEFBB453CFFBB28BB9EBB383B16BC073C843C51BB133C16BA803B3B3C84B9BF3B883C0F3CA13C5DBB323CB1BA083C02BC20BCB13B12BCB7BCA2BB353B623B243C263C003C003CEE3B00BC013CC6B9163C63BB8B3B7F3CC63B573AFEBAD43B21BC53BCD6BBF23B023C4E3CB33B1DBBD5BBAE3B6B3B0C3C033AB23A38BBA8BB58BA2B3C42BB00BC2EBB873BD43C91BC0A39A1BB2BBC2FBCBD3A48BC843B2ABA4C3C29BBC33BB9BB95BBF63BCA3CF83B69BB83BC5C3CE3BA9539943B26BBB2BBE73B383CD63B7E3C2C3C773C42BCB439CF3B0C3BA63B853C98BC83BC8CBB203C2BBC483BF23B413C9D3B053CBFBB6DBC253CC4BCF7396D3C143CAB3C813B60BBA5BA84BB8E3CF1BACFBBDA3B3CBCF0BC7C3B25BC99BCC6BAE93B41BB163BB23B5BBC05BC8A3B333C083BBEBA353A863B543C313CB43B693A91385FBBC7BB8EBC0139973BC2BCF93B653C173B2BBCB2BAA0BB3C3C42BC303C423C57BB193B263BD03BB53C523BCF3A143C093B52BB6DBB0FBC313C293C82BC983BCA3B4D3BC1BB9EBA85BCC9BACF3B03BC023BBE3B7F3C443CEFBB9B3BCBBB2B3CE4BBCF3B813B2BBBABBC813CAD3CF93B20BA663C5ABC66BB923C19BC5CBB683CD13C90BB7F3B8A3B1FBCCF3ADC3BE23B4E3C093B563C27BCB239F639D7BB08BAAF3B71BBC4BA4CBC6ABB61BBC23AFBBB42BC92BA6D3CCABB153CFA3BABBC9CBACCBA0BBC2F3CA33BCA3BABBB2EBC333CC6BCE6BB2AB983BABCBBE73A7D3B35BC03BC323C21BB9ABCAA3B6ABB603C64BCE9BB0ABAA0BA7A3CB33CD13CE0BB603CF9388D3B6DBB133C17BB75BB0B3C57BBBCBA563C843ADE3955BB6ABCA43BBEBAEA3BC3BBE53B083CD13B963B793B25BC8F3B54BC5E3B443CD9BB4EBC093B013B413C22BB0ABC03BCC43B31BB94BCA13C2C3C5C39423A8ABB47BC9F3B993C743CCD3B79BC77BC45BCABBC6DBC373BDCB9F83B5E3A12BCBABB29BC8EBB803A463BB73CAABB1ABC63BB1A3C94BC03B99D3B693CBC3B7F3CDB3BFABB56BC9F39F63B12BC5B3CBDBAB03C533C0EBC8EBA223CC9BC913C5A3A9FBC10BCC53BB03B573C8E3C393B7B3C66BCE8BB6A3B13BC89BBE3392C3C213C0CBA8ABB70BC343BEBBBEFBA033CA4B9133CDD398F39643CB0BC41BC74BC9ABBD43B993BB5BA1CBC90BB423C0A3C89BC28BCB6BC2A3CE03B383C9C3CC4BB72BCB8BBDEBB2B3B603C88BB723BAEBB1C3C03BC933C9FBBD1BA0CBB35BC06BC263AB1BAE0BA46BBC33B9FBCD1BBE0BB35BC913C333A273C0A3CD33BA0BA373C1ABB243C8739443ABB3C73BA123CE9BB623B36BCE2BB393C623AD83A0B3BC13B563B21BC97BB06BC983C853BD0BA0B3A183AD4BA063BB33C0D3CDBBB84BB92BAA6BAB43B67BCD13BD6BBDA3A513C17BA153C99B8BEBCA23A64BC3DBC40BBE1BB33BC97BCD23BABBB64BC3C3BB8BB31BC153C1E3C61BBE9BB393CBA3CA63CD33B313AAFBC6DBCC6B9E73A3C3C67BA77BBF33BF03B4A3B8B3B4BBB063C3D3C8E3B513B31BCFCBBD6BBD3BB10BC02BC113C783C43BCE23BC63B0A3CD23C093B463B5A3B2F3C993B42BCB2BA3FBB7BBBF63A56BC583C48BC943A2E3CD83AC7BBD4BA17BA8F3BC83B75BB3C3C4FBC093C1CBCE4BB833C003C37BCA73B9F3BAEBB6D3B5CBCF63B6C3CF03A8B3C3F3B86BB193BBFBB10BC413CA3BA1F3C7F3C05BC5C3CCA3BC1BB0CBC093CF73AA1BC00BC093CA03B6A3B8D3AE9BB6E3B5DBC093C9B3BF73B03BC393C0D3C983CE13B0A3C7E3CDEBB52BBE3391CBBC93AF0BA503C2B3C193C083CB4BB07BCF6BB3A3BBFBBD43B72BA1FBCDF39523B523BFFBBF5B9C9BB6E3CC43C293C953CA53C72BCB33B523AD33BDE3A5FBC4A3B93BB463C193A3F3CE53C983B823BA43AFA3B40BA67BC20BC583B673CA7BA933A4E3B613C5E3AB5BB6ABA733B4FBA783A693BA43B84BB18BB0D3C893A803BA73A61BC893BCABA5FBC99BB913AFDBC6BBC123C533BA7BBA73B323A2ABC473CCB38A5BC793B493CA43BB23B10BCD23A5FBC7FBC74BC423C45BCCCB982BCB43BAABBAA3B023B5ABCA2BAC83B7639B239833B9AB8883CCC3B5D3AF6BBF23BB0BB79BB233C32BCC13C843B453C5A3C75BB203B1C3B48BB8CBC1C3CE23BD43B84BC9CBBC6BB54BCE93B03BC6FBC4C3B9B3C433CA83C813C2A3C06BA34BBC1BBE5BA25BC9C3B083CB13B313C61BB273C39BAE9BB91BB593B26BB8DBC98BB1BBB9F3B5B3CDEBBC43CA0BCA0BB0ABCB43A753B9F3BAD3B843B723C243C753C52BC043B303C873BAA39333B8C3C17BAE43B1D3C953B57BB223CE1BB0E3CFABBB1BB723B26BB79BB1C3C073C4D3BC0BBC83B903C37BC25BCB2BA73BC6C3707BA133B4FBC6DBC6ABC853B03BCA7BCCC3A24BC46BC05BC97BBC0BBBFBBC7BC163CE8BAED3B03BC383C833A173B52BC54BCA0BBF63B4BBCB3BB82BB3D3CC5BCF73B52BCB1BABE3CD43B003CF1B95F3C1DBC203AB4BC62BC443C0CBCFB3B86BC77BC933BFCBA023B2E3B42BC16BC32BC3A3B1DBC9CBC89BC07BC5BBC4CBC73BC2ABB143B92BC9ABC88BBBFBB11BC7CBC36BCFA3B4ABC2D3A1EBB603C813B8BBBAABAA23CF23BFA3BBF3AF63B3B3AA3BB4ABC97BB56BC1EBBDF3B7A3C0CBA21BC273C88BB033B4EBC6D3BBE3C6ABB7A3A803C37BC783CE03BDC3C25BC543BDD3BDEBAE9BC6CBCB9BBF03B2CBCEABB99BC243C513C0C3C6E3B603BDA3B54BCCC3ACBBB12BB093B76BC04BC2FBB613CAC3A39BCEE3B393C0DBB00B7773BE5BBA33C433A273C8C3C3ABC733B28BA81BC8E3CEFBBAD3B6F3A62BC2C3B003C6A3BF6BAF4BB97BCB9BC1BBC68BBDA3B1E3C28BC98BB59BC16BC85BC34BC923B413C603B83BB333C3DBC13BCF13A41BC273B463C3D3C0A3C71BC2DBC10BB6B3CDB3A69BB1DBC04BAF33A3BBC11BB863C9A3B3CBC4EBC0CBC9DBB56BB15BCCC3B46BC19BB82BC83BB663A82BBAABBDBBB5FBCE3BB283B74BC9FBC1ABBE43952BC453C2DBCCB3CB0BB62BC48BC5D3C3D3B2B3CBBB913BC4EBA993C1DBC353B47BC19BB48BCA03B5ABC2B3C043BA93BDE3BE73B303CA73BA03C4F3C44BCA13A543C953A58BC963B32BC9D3C0D3C93BC2CBB3FBB273CE23BC9BB85BCAF3BAC3A01BB673C37BC9F38E43B98BA563C05BCF83BFC3B61BC02BC743C6C3CABBB8BBCCABC813C4BBB833BDCB908BBCCBB85BA5CBCD73B84BCB43BB03B16BC953B4EBC79BBADB9E23B223BA73C75BB97B9463BA6B9D53B253A183B61BA79BC793BB83B29BCBCBBB0BB6FBB97BC293CE9BA573B93BBC6BC623C9BBC7EBC10BA59BB6FBBADB8823BCBBBC1BC8ABC63395E3CD83A033A10BC103CB7BC273CC5BB123C25BB27BC18BC5ABC8ABC0FBC86BB85BC093A8EBB893CAAB9A2BB38BCC93C78BB45BC1A3D453A87BC9ABAAD3B26BADBBB5BBB303CEBBCF0BCF03A9B3A863B4F3BA03A973B633BFF3B4F3B0A3C223C14BB27BCAC3B783C51BA8D3C28BC98BBC63B9A3C81BC933BCE3BF23A24BBB83B143CD6BB22BCE23A523B233C8CBC34BC6A3A48BCD7BB5BBC0ABC643B1E3CA5BB81BCB4BB653C893B70BCCC3951BA4D3C083BA23C8C3B2DBC89BC913BC7BB4D3CC0BC0F3B793B8C3BAFBCC63CEE38EE3BAE3B18BC91BC12BC013C473CDDBB91BB283C963CC03B423C28BBFE3A1EBC4BBCBEBC833C3CBCD0BB3FBBA73B0B3A90BB4BBC73BB56BC9ABCB5BBF73BA7BCBB3B47BC1EBCBCBB98BCCD3A02BC90BC97BB983B58BC4FBC66BBC1BB76BBEDBB0DBBB43BA2BB6CBC5F3C293CF93B89BB90BA763BB53BC23B243BBA3B863C8ABC443B8C3C663C14BC32BB193C4A3A29BC03BA8F3B563C4FBB8EBAD33B6C3C0BBB813B4DBCAD3B233A183B273CB73B04BCAF3ABE3BB93B97BB8B3C3F3CA53A38BC7B3C1ABB7BBB173C323CCABB54BB15BC0AB8D4BBD13B153CB63A2C3B6FBC4A39863BB03A623BBA3BB23BCD3B90BCC73A113BE13B8B3B5EBCC9BB343BD13AF03BED3B07BCD63BB83B493CC338E33B1ABCCCBB843B57BC75BBDEBB5BBC963CF93B6EBB0BBC14BC91BB313BECBBD23B0CBB173C7B3C6A3CB23C50BCE13BA4BC6BBA65BC5E3B993BF5BB823CB0B858BC4B3C20BC8A3BE23BE2BB37BC14BC553C51BC533B603A0EBC77BBF8398CBB65BAA13B1B3B7FBBD1BB6EBC10BCBABB45BBBB3C33BCC83B87BB663CF6BBA1B7A2BB65BC9EBBDA3B82BCA73A50BC4CBC83BC203C723BA73B13BC44BB673B4D3B6FBB1ABCDF3B56BB4BBC29BB15BC94BA4BBC153C233C34BC6F3B173B16BC84BCE3BAAB3CE7B8C4BB203B0CBCD0BB57BC0A3C743A2A3BF0BBB4BB84BB08BC6D3B73BC1EBC683A0E3C043C663B1E3B88BC6F3BF2BB603B273CCA3A003B893C8BBC163C313C58BC173BF73B9F3B1F3C5B3BA13C423C103C5ABC993C60BC95BB94BBBBBAC13CE6BA923BB93C873C90BC5E3CC43B04BBBC3BB53B4C3C7CBC5AB9E53B21BB48BCCA3B5B3CD23AAFBAFDB8903CD13B283C0A3C81BC21BBC63BA6BC313C583B833B083C7C3AAF3BF23A48BC2AB997BAB5BB99B9B33AF4BB38BC36BC0B3C1D3C71BB813C313CB23C723A643C65BC4CBC55BC56BC753C47BBEABB6CBC13BB3D3C9CBB4239A6BA6FBB04BBA43BD63A18BC6DBB8C3BE03BBBBBA73C7F3BDEBB353C5B3C9CBB033C0CBC503C61BA953B89BBAFBBAC3B65BC673B883B9EB90F3C503CDB3B793BA5BBB4BC0B3D863CB83B1B3B663B89BB96BB5B3C253B47BCE5BC2ABCFDBB01BC04BB7D3CA2BB0CBC623C10BC413C323C06BA07BACE3B173CD7BA243C813CD0BA57BB43BC2DBBB63A92BBB73C573C123BAEBC603B5EBCC2BC68BCB9BC633C903B513BD1BB9EBBE33B413CDCBC12BC0EBC49BB433C27BCA4BB453C21BB8F3C2CBC9ABB48BBA1395CBBE6BA613BDBBA763B16BC2B3CBD3C843BA73B213B39BB273B9CBA4DBC883AF6BC033CDE3B503CD2BB853C94BC74BC61BB00BB6E3C6BBC50BBCF3B753CAD3929BCADBBF0BB753B4CBC373BCA3A08BC3D3B723C74BB6EBC21BC203CD1BB1E3CC7BCFABA913CE2BB70BBD9BAAF3B8B3C843C163BAEBC6C3832BCC03B3B3CF03A0C3B1A3C5FBCBABBB9BBFB3B98BCF9BB813B6DBBC2BB69BCE93A7ABBD9BB533B983B5DBA4C3C043CCE3A22BC47BB013C113C273C9E3B513C82BC9FBB3F3A4A3CDF3B59BCFA3B8ABC4EBCA73B5DBCE4B9C83B2D3CB23C94BAD6BB8F3B2BBC45BCCD3A9CBCB13B1CBAA6BB17BAB2BB023CC3BC9F3C28BA7E3AB73B83BC013C03BC02BCF1BA103C533A5B3C26BC363C9FBAD43B8DBA91BB683B84BB6539BEBB4F3CB8BB29BCBABB49BC093C24BC5CBB0EBCF0BB683B813CADBA683C0F3C223C33BC733C153CC7BB75BC5C3A5638DBBB2BBC51BA9B3B23BB9ABA1CBC7BBB6DBB803C33BB6ABAA93C593AABBC913BFF3B713BF43ABC3C0E3C8B3C4E3B8F3CC53C6F3B8F3CBEBB423C093BD0BA563BC1BB393C213C843A8B39DEBB15BC853CFFBBCE3B57BA31BB52BAD6B9BC3BE8BBB33C923B2CBC2EB8993C2F3C233C3A3C043BA0BBD4B9A63B7C3B9CBC843ABFBBBFBB803C70BC07BC0E3CDCBAF4BB2CBA033D583C023B2C3C7FBC833A943B893CA9398CBCE0BBCABB64BBBC3A94BCB13CC33B3FBB0D3B88BCA5BC5B3C6DBC35BB153C1E3BD4BB3E3B62BC78BC803C88BACFBB63BB373B62BBD73ABBBB4EBA9ABCB4BA11BC6B3B473C413CEC3B893C7438913CCCB98B3B733C063B94BB42BCC5BBFBBB1C3CBA3B96BA863C55BC2A3B883BA4BB09BC593A183C243C443B293AD73B1B3C97BB2EBC51BCB3BBF0BB823B7ABC2A3A58BC563849BBDF3B773C44BA623CE43BCF3BBABB6C3AA8BB07BAC038BD3C13BCB2BBEFBB533CA5BC943C8BBB8C3AC8BA05BA2E3C163C49BC783C1C3B9539643B1D3AC33BA5BC38BC0DBC003BF7BC4C3CAE3C043C4BBB803B69BC24BC69BCFEBA843B04BC3B3B843ADF3B24BB933CECBAF53BEF3B8CBC6C3C293C74BB653B453CB3BA413CE5BB1EBC7ABC6DBB51BC09BCD43B5ABCA3BCC03B303B51BC7B3BC03B89BCA63C3EBC02BCB73CB03CDCBBC2BB493BBBBB9E3B593B2F3CCB3B6B3CA8BA60BC453C8E3C68BB52BB7BBC95B92BBB2DBC223C893BEF3BD73AE3BBDEBAA7BC4EBCFB3CF03B91BC843AEBB9A1BBB23A193BDCBBC8BC323C46BBD0BACD3B83BC263C4A3C123C643B76BCCBBB55BCB43BF1BB713B40BBBE3B86BA21BBBB3B093B7EBC3CB9473C1ABCB7BA10BAB43CAA3BE03B163B033BAEBB4FBB07BC893B83BBDCBB16BC413C233BFB3BF2BBF5BB0CBCF0BACC3A15BC42BC453C213C84BA7C3B3039E03B9EBAA83B99BB683985BB1F3ADE3B263C0C3C90BC2D3B343B98BB48BC023B8C3B96BB08BC06BC7C3C793BA23C863B613C18BAFEBB3C3A30BB7FBBDBBB9D3BD0BBAA3B9ABBA9BA9C3B20BCCA3B5DBC90BC223C28BC613A67BB62BC163C893B40BCF1BB12BC153CD13BCFBB7C3BE038A2BC923CAC3BCFBA49BCE6BB87BBFDBB9DBCBFBB4ABACC3B37BCC7BB4EBBC0BB16BCEDBA32BBA73C223C45BC85BC8BBB753B5738523B4E3B873C0DBBF53BA13A8DBC943B46BA59BCEA3AC73BE9BA393A8D3B8FBC03BC49BB843BC23C523C2FBBCA3BA4BCB53B52BBFFBBEF3BE23BEFBB463B2A3C393C1C3C873A9A3C2ABC86BCE6BA10BB50BC8E3CDCBBA93AA83C5EBBF03B18BCB3BC5BBBCD3C293CCFBB453B703B953B1939B63BCBBA47BC73BC193B9ABB863C063C903C453C7F3C083A323936BC883A24BC313C683C2DBB5CBB36BC96BCE53A583BD0BB893C87B90EBC6CBC20BC3D3B2A3AA3BB653BC23C70BC5C3B56BC063A86BB993CC6BA7F3BDBBCE1BA09BC93BBB13A163C1A3C083C1BBB6EBC463BF73B8A3A843CA1BBEFB99EBCDD3B953BFA3948BCC23A3CBC443CF7BB18BC44BC37BCC6BC253C81BC58BB103C9C3BE93A1FBC22BC863CD4BCCF3CABBBA3B92B3C9E3C823C1F3C33BC263B1DBC543B143A6F3C73BB4DBC89BC163C67BB4D3C81BC9DB894BC44BB6B3BC5B9383B653C89BC33BC1E3C803C63BB9B3CCDBB10BA6A3A7EBCB7BBE8BAC73B0CB908BC133C69BC813B0BBCF9BB44BC373A5C3B66BC173C88BCA1BCA93C83BCC7BC0CBCAEBA303C6DBB4D3C5A3C9B3C973BA03C9B3C48BC05BC27BC26BCC33B523B613B32BC013CBBBC1EBB7ABC813B313C57BBF138A53B773C5ABB8ABB833C2BBC153936BB29BCDDBABB3B57BB613A823AC3BCA33BC23B113C4D3BBBBBE4BB60BB47BC04BCD3B9BBBA163CA13A823CBBBAC33B343CA6BBA0BA093B9ABA773CE13A073C4EBC2CBC6EBCC53A1A3B23BB79BB95BA38BC3B3C6FBB54BC1C3B2FBB2F3C13BA76BCA33C4BBC21BA443C3A3C0F3CDA3B73BBCDBAC2BBF2BADD3BB33BA0BB973B4A3B903C7EBC123C4E3C923C6FBC77BB683C64BCBF3C8ABC14BCC7BA2A3A583B033B363BCF3A51BC003C87BCA6BAEABBAB3BABBCC03A683C68BB45BCE6BA9F3C05BAE7BBB4BB6ABC103B1C3CC6BA493C19BCB73B14BBB4BB91BCF83BFFBBAD38103C6EBC733C2C3C823B29BC44BCC53A013C24BC5DBB51BB87BB19BCBF3AEEBB3B3B04BCA6BC763CB8BAF3BB9C3A2EB95EBBCBBB3B3C92BBA53B46BB193C103C8ABC11BA8ABC673BE139E83BB33AA6BC0ABC87BB793C8EBA7E3BA5BB82BBCB3B1F3B95BB19BCEFBB0B3BC7BB36BBF0BB80BA96BB823C58BC0ABBD83BEF3B423BDBBB70BACABBAF368B3B51BC9DBB05BC543CFB3B7B3BB13BFFBBA0BB993BCFBA0FBC2D3C37BC38BC75BC1EBCA83B53BC083CFE3B463C193CD2BBC33B08BC9A3BED3BA13B983C323C08BC8ABC0B3BA63B14BAAE3B97BB52BC3FBC8ABCEC3B2F3809BA2F3C78BB76BCCEBB663C93BC8FBBE83AF0BB713A443A043C90BBF9BAF93A7F3ABDBB75BC37BC0FBC033C803BAEBC1B3C473A15B81EBCA33CDEBCA3BC7CBB843B793B08BCC23CA2BC533C883BB03AE33B9238C8BAB5BB083CBCBB8B3B823BF0BB843CA83B88BA8EBB87BC6B3C113AB53B54B8F83B893A023C77BA2ABC65BA23BC6C3C963B6CBB8E3C3ABBBEBBD9BB97BC07B9B23BD23AB9BB28BB153CA93A5D3C673B343C603BEB3B263B11BB37BBACBBCBBB773C503A8EBBA43B3DBCC0BB02BCBDBB18BCC93C793B763C97BC423C52BC2B3B383C9FB9EB3BA23B943CB7BB32BA04BC62BBC0BC81BA7BBC7E3A0F3C6ABC523C0DBCB63B043CC1BB873C713C72BA133C0B3C133BD3BA98B90A3B023CCBBC733BAB39D03B823BAAB9A4BA6C3B193CC43BC13C123C38BC6E3C52BBA2BB8D3C01BC2EBCE1BB93BCFC3BB73CA53B2F3CFCBB513A9B3C663C0F3B83BA71BC66BBDC3A87BB5CBCEEBBA1BB903C323C0B39A7BA34BCEA3C263CF2BB15389A3A26BB33BC32BCB8BB223C713A803BEEBB953B51BCC5B9043B28BCF6BB923ADDBB88BCEEBA9CBC1D3B733CDE3ABB3B883B523C87BC10BC1DBB03BA0ABC573CAB3B213C9B3C7F3C63BB5F3C03BC8D380C3C16BCD33B0CBC1CBC133C053A2B3BA1BCDF3C873ABEB835BCE5BBC1BB14BC56BC0F3CE23B823CBCBBD7BB0EBC85BA793BA63BCCBB073CA23A003B803C383A6EBB49BC0A3C0E3C173B9D3C403C833B0D3CB03C8CBB0A3BA83BDDBB8BBB81BB8EBCEBBAD93B1D3C283AF6BA84BCF03B80BB44BC0CBC15BC15BB833BFDBB84BB18BB84BC253C243CDA3C403C3F3B2BBC04BD8EBB5ABC1D3C0DBBB5BBAEBAC0BBB13BEC3AD23BE63B1FBC82BC3E3A8FBC933BB83BEBBB71BB0BBC883B61BA6BBAFE3AA03C593CC33B58BC89BBFF3BF4BB69BCF03B65BCC3BB01BC14BC033BDABB4E3C173C033BAFBB903CA5BBB8BAC9BBAEBCF6BB443931BC98BB91BA273CF73B13BC04BCE8B7D23A14BC733C17BCAD3CEE3B3FBC6C3C503B37BBB9BB183CC23BA1BA283BB4BCC0B9153CDBBBC03CDE3A233CCF3B8F3B8F3B55BC9EBB32BB863CEDBB33BC02BC8F3B093CF4BBA33CFB3A333C29BC923C6E3C913CB2BA2C3C02B916B98FBB77BBC73B62BBB33ACABB59BA7FBB35BCE2BA023C23BC013BC1B8E6BB5F3C8ABB94BBC5BBCABBEF3BF93B103B34BB9B3B563C92BC053B183AB4BB0139A33B2ABC2B3C123B213CA9BB593C5F3CF6BBD4BAFEBA34BBF6BB16BB9A3BD5BB0E38613BB73A513C2CBBCFBBE9BBE43B053C443BA73B8BBC4E3CCF3B18BC4B3CC5BA05BC82BC5FBCF63B4F3B583C2BBC7ABC383C0DBC013C93BB90BBBF3978BC293BFE3BA7BB80BC99BB14BB4DBC3FBB82BB8FBC49BC6FBCCC38703AA8BC5D3C713B98BC503C02BBF83BA0BBBABB363CB1BBC6BB483CB63C04BC7ABC2F3A323C9BBBDBBB9CBC03BB083CA8BB823B5F3B873AC4BA883CC1BB93BC483C4C3B0A3C77BAD33B073C1BBC40BCDEBB94BB1DBBF03B06BCE43B0E3D673CDAB982BB3BBC9B3C873A593C0ABB36BC273C313C32BC4CBC903B8DBBCABB7CBB503C8C3C02BC2B3CA63B1BBCD3BB9C3AD83BF1BA25BBAEBA653CA1BBCEBA463C3EBC613C7F3BDF3B6D3C5A3B6F39FA3B84BBA43BB93C083C4ABABB3CDEBB373BE7BBD33B373BA239EC3A8D3B903AA93B453C78BBFF3BAA3C1DBB3F3A8DBB8E3CC93B2FBC1F3C3D3BB2BB623C363BF5B947BBC639943CA9BC763CEBBB59BBBB3B9B3B6B3ABEBB6A3BA0BB0C3C3F3A2EBCDBBB34BC5E3B9E3B333C63BCAD3B9EBCD83B6CBCD5BB69BC793CC9BCD0BAC7BB113C713C8B3C043B7E3C29BC2C3CD43BE53CCDBA09BC8D3B9BBC7B3CC63B83BCF83B3D397EBB4D3B3D3C9FBB1BBC7EBBC33B73BB09BC47BBC639EEBAE93BDABAE7BCDB3B76BC31BC71BC21BC613CD73B",
      torch_tensor_32_torch.bfloat16_11: "0x0200000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
      torch_tensor_32_128_torch.bfloat16_1: "0x02000000E83CB43C9DBCAC3CDDBCA23CDA3A02BB5F3C13BC163DB1BC9FBCF03C573C3EBC053DAC3B043D4EBC84BB1B3AB1BB8E3A243BA13B45BC063C87BC483CA03CC2BB883BE53C483C703CB3BCB33CDB3CE8BBBBBCD7BB0D3C0CBDA73B29BC7E3BFA3A0E3C4B3CD43BB03C5E3CC1BC7EBC0EBD9CBC593C32BC95BCCFBB40BCEC3C523C1FBD08BD603CC4BA913CFDBAEB3CB2BB543CD2BC193D9DBBB83BE5BB1F3CDA3C8C3CD8BCFD3B33BB89BC82BC4DBA123CE73C5A3A113CB03BA2BC3F3C2BBD4DBC0EBC0CBC2E3DECBBD33CE63CE33C043DD7BBDCBB8ABB1ABB713CAFBC1B3C74BC583CA23C493C0F3C26BCB9BC2B3B38BCA0BB2BBAD0BB943CC43B343C9CBC1EBC9F3B533C433CBCBC8E3CB8BCF8BCCEBC7D3C0BBD9D3BA23B5ABB68BD2C3B24BBFEBCF53BD93C36BAFEBA823CEA3C603B5EBB213C053D423B0EBD32BD7E3C20BC793B993BA5BCE7BB923CE23AACBB36BC95BCD3BC2CBC5E3CE53B46BD523C213C61BCBABC433CDEBC84BC433DD03C12BCD5BC143C4CBA4A3CF53A8B3C2ABC34BB813C40BD0E3CD03C383D123D2A3D04BD0FBB06BD26BCD63A9D3CA3BC12BDF83BC2BB183CEB3B11BC13BDD7BC29BC30BC72BC853C013C3FBD3C3A403DF93C923C86BCDD3C263CB73CC3BC953CF4BBD9BC35BD38BCB9BB55BCF33BB0BC023DEABC8E3BDCBC2FBCFF3BCE3C87BB30BBEFBC613C21BDD4BCEDBCD23C07BC4F3C8CBCAC3BA13B86BD8D3C2B3DD8BB573C47BBB13C55BCA2BCA9BC9DBC6A3B303CC8BBC43CE9BBEF3CA3BB71BCAEBBED3C493C8A3BC0BAF8B9203DC2BC8F3CBB3CBCBC32BDE23C243C92BCC7BBB83A5E3B8CBB0F3DB03B08BD75BA3B3C70BC5A3C40BD15BC2BBDF9BB64BC74BBDFBC5A3DABBCBC3C85BC9B3B9D3BBCBC1D3D69BC68BCA63C94BC98BB8A3C84BB37B93B3DAD3C27BC16BD013CD53C29BCCEBC1CBCD03C543C403D26BB8A3CDD3CC7BBA1BCCBBC983C88BCA0BCEEBA873CD33BDF3B323B743CFC3B493CFEBB41BC55BC013D043D373C0E3CDA3C033C35BA3E3C00BDE8BC96BC6ABC143D66BC0DBC723A233B823B6EBC13BC8ABCABBC0BBC25BC473C89BCDEBC21BD8E3A833C48BCB0BAEFBC20BC68BAAC3C193B6ABC043A0EBC283CD43C3E3CA7BC65BAB3BB243CE9BC1FBB8DBC973CA0B9B8370B3CD53CBFBC7E3CF83BF4BBB3BC70BC5B3DC33CBDBB48BC24BC6CB93FBCB0BC8BBC5D3C01BDEABC19BC34B9273D1FBC47BC633D54B9FC3BFCBC22BB4FBAC43CF9BB70BC423C683CD23BB6BB3D3CFD3C693B94BCB7BB3A3CEA3C013C123C4FBAB7BB24BD48BB6ABB543D093C0D3C57BCF63C0CBBF4BC99BC3E3C4F3C5F3C72BCA7BDE5398E3C9A3CF4BBF63CACBCEF3B33BC3EBB84BB693BF4BC9F3CAFBC6A3A34BCA33C993BEC3CC93C373C963AB8BC4FBC32BD98BC843C0EBC003C483C73BCBCBCECBB613AC2BCC33AB1BCC13A80BB1A3D8BBC95BC223A87BC0F3C5CBCF03CA0BCC1BC9ABCAE391FBC1F3CDC3C1DBB123D5D3AAC3CF63CDABC313C10BC6DBC503B5D3C2CBCFBBBC0BCBB3CB13CA0BC0F3CC9BC09BD9D3B673B253B89BC85BC72BBD13CA03CE33B813CA43C89BCBB3B18BD04BD42BC22BC043DB63BE93C00BD9C3C6A3BE0BCA8BB683AD4BBABBCCDBCB73C133D153D76BB7ABCFBBB6E3C10BCB2BA6EBC6ABB09BDBABB9BBC48BC16BD33BCB43B303DF4BB483CB7BC1DBC1B3C32BA933C81BCABBC04BDFEBB2E3CA0BBD73C65BC0D3CABBC5D3D523DB2BC183DB3BC08BD0F3D48BC5B3B083CC33BA5BCACBA6ABBDBBCB93BE1BCC23A31BC3DBCA93C84BAD33CE5BCC93B593C813C3DBCDCBB8F3B5C3D9C3BED3B8BBC58BCB33C9ABC14BD9FBC9ABB0ABD16BC553C8EBCEB3C183C14BDD0BC3B3C2D3D7BBA8FBC743C3BBBDCBA0BBC55BC983B2ABC26BC003D763D763C08BD02BDF9BB573BA03CD2BCB93CC5BCE93C473BE83B8DBCCA3B14BDA63C0DBD503CB4397ABCB43C54BC03BC09BC7E3BC83BDA3C72BC55BCE9BC68BC973CAB3CEEBB343B70BC4F3CAB3CA3BB43BD43BB4B3CB33C2A3C88BC913CC93C15BCCB3B20BC49BCAEBC1D3D7F3C87BA763B293D2FBC343C87BC8C3B8ABC613CF53B1BBC093C34BC1BBC913BAABC39BC22BCF03C7F3CC73AB1BB643CA6BC263C24BD753C8EBCA53B26BD4E3B59BB3ABC27BCB3BC32BC8CBCF93C083D313C9DBCA5BB0EBD4D3BC83BAE3C40BCE0B9A2BCA3BA0BBC67BC91BCEEBB7EBC92BCCBBC473B17BC0F3C16BC8DBCAF3C1D3CF53CED3C25BC3ABCFC3CB6BC5D3CCE3C7CBCE1BCA23C253C223C9DBC4B3B95BCB5BCC13B56B9543DD1BBF3BA043D22BC1E3CCFBC21BC70BC13BDCFBCAA39F1BC54BCBFBB103CCCBB15BBA53B00BDCEB938BC383CDFBBEE3C353B8C3C18BB20BD373D963B97BC5E3D023D7B3C76BC9EBCB6BC57BC4ABC99BC353DE4BC8FBCC63B753C173BE2BB56BCD33B0E3D9BBCAF3BFDBCBC3C933C423C13BCDDBA6CBC08BD3EBD24BDE23CAA3C79BA41BBC0BCD6BB7E3C9D3B323C54BBA2BC4EBB8A3B9A3B113CD83B7A3C19BDA7BBDFBCD23C2B3C97BC5F3C913A2E3C98BC43BDDCBAC23BF6BC913B15BC4FBC2F3D813C52BC5E3C583C02BD68BCF93CAEBA09BDECBCD63C9BBAFCBA21BC4B398ABC0DBD3E3C03BC123C723C26BBD23C3ABDB33C9B3B3DBC98BC8C3B94BC12BC893C2ABCACBC9EBB0A3C74BA70BBF2BA13BC05BC223B31BB83BC8E3C503CA8BBC1BA4E3D843B2D3C923C45BC64BCD4BCC5BB67BC02BCA73CD6BCBBBCD13C69BCE83A113CE0BC203D2E3D96B8ACBC303C083DB43C36BC6CBB95BCC4BCA7BC05BD04BC8A3C4A3C3B3DFD3BA03CF13C9EBBF8BC6E3C263D53BB6B3C81BC2BBC93BCDABCB4BB8B3C94BC69BC363CE5BC873CDC3BA4BC7BBC84BC5FBCB1BC06BCE33C293DCEBB2F3B02BBBF3C9DBB303C173DCB3C0C3DC1BBDA3C3A3D8BBC7DBB403CDC3C94BC4A3A713CB53CD0BC84BA983C9B3CB5BB8D3B15BD013C7FBB2E3D68BB083B78BC91BCB53C5CBC8B3C01BD56BC203BBB3C8B3CE0BCF13ADE3B7D382A3CA63BA93C76BBB93CB23C1C3983BC81BB57BDD93CB43C133C45BB6BBC663C4F3A41BDBABC493C8D3B2B3C8EBC123C313C753C673C5FBD313B1B3D623BA2BA2D3CC03CC6BC79BC8DBC4CBBDF3B6CBC89BCFF3BC3BCB8B965BCDBBCDD3A1B3D923C013C923C3C3CBD3CFC3CFFBC98BCE339D03CEF3C0CBCE0BC303C44BC263CDBBB7DBAA23C733C313C313DB63C7FBC12BD15BC923C853CE5BB0C3DA139B13C2CBDE7BC403D13BD40BCB23C953CBE3C673C133CCF3BD5BB3EBC803AC3BB003C493C7C3C8C3BFEBAF63BB3BC9E3B72B8DBBCA1BB503CA0BC8C3C043CDF3AD83CD9BA74BC153D05BC9BBC48BC473B143CB6BC463B22BC9E3C0BBD68BC2EBD0CBC333D053BF9BBCABBD33C12BC723D63BCE0BC2F3CA63C73B99FBB98BA213D4CBC56BB7E3C123CC0BCC63CC6BC3BBBFABBD6BC71BC69BBF13BA5BCF43B753A323C0E3C21BB9B3C21BB45BCC83C4E3C85BA5EBCE8BCC53CD33CF63C0F3D24BC483B3FBCFD3A1839C13CB2BC1C3DBFBA1A3C1B3DC7BCCA3B9336953C10BBBBBCA7BCDE3C183D48BC1BBC96BC083B15BB2EBC1CBB55BCA4BC94BCB8BC823C093D06BD9FBC733CCE3CCCBC913C103C46BB013DC63B8EBC983BD4BCB53C79BB5F3C83BB2B3C44BC72BC4D3AF4BBBA3AEFBC3F3CC5BB3C3C13BB87BC0F3DA6BBFD3A86BB6C3C10BC05BC4ABCEEBC9DBC0D3D533CABBB6B3CFDBCEEBBAD3C513AB4BBF2BC193D983CC53C2B3DDE3C75BCC5BC00BD93BBCBBCCFBCF93C513BB13B8F39B83CA03CB1BC123D873B6BBCDE3C4B3CD6BBABBBD23B993A493DCD3C07BCB8BC893C13BCD4BB47BCA43C413C49BC57BC573D1FBC0A3D3E3B0DBDE83BF5BB383CB13C4B3C93BB203C29BCDCBB733C9ABC563C93BCCCBB52BC393D29BB1D3C103D38BC8A3BDD3CA8BBE13911BC99BC07BD9E3C16BBD7BC3B3D933CECB93DBB2CBD533C733C9F3C3E3B39BCE6BB233DD6BCB83B003DC33B5E3B843C8F3C4ABC093CA13C1B3CD3BB39BAB43C613BA8BC20BC9BBC6FBBF2B95CBB94BC5F3B1D3D563BBEBCD5BC513C933AD8BB023D443C79BCCDBB1ABCF1BCF43CDD3C98BC6C3B813C113D793C35BDA23C293C05BCD7BBBB3C833CAE3ADD3C10BD5C3C44BC6FBC67BCA9BBA7BCF43BB33CB73C54BAE63BABBC1CBB37BBF23BD4BB1A3C89BA80BCBCBB153C14BCF93CCD3CC4BC6F3CE73C5DBC9BBCE33B3B3CD03CEC3BB9BC7BBC033A6AB94A3AE73B17BDB6BA1F3D083DFFBB68BC0EBD563B01B9CF3C403D6D3C503BEF3CFFBCBFBC08BB84BC38BC7DBCF9BC383C8C3C18BC423C973CCB3C57BBD83C2C3C74BCCC3CDDBA9ABC153D703CC3B98F3B4C3CA93CC4BC0C3B26BC373C88BC903C6D3C3BBB093CABBCB1BBCC3C29BBFDBCCABC35BC043DD8BCC23BBC3C80BB2EBCFA3C553CC03C103DAA3B20BBC6BC39BC2CBA80BCC03B293C073BE5B905BD0CBCC73B353D843CF6B90FBBEBBC2C3CBEBC63BD313C4E3B82BC0B3D173C60BC4DBB11BD81BCC0BCEC3C67BCED3B413C123CA33CF3BABCBB183ADB3B84BB67BCAEBC09BD813CBCBC93BC2F3DF13C9CBC6C3CB2BC723CEE3852BB92BCE53CCDBC1F3C3BBBFFBABA3CCBBCE03B21BC4B3BF43C1DBC763C38BC813BD4BBD53B31BCDCBBA73B933AE93BA33CB13AB83C0BBB4B3C38BC2A3C883CDC3CB5BCA83B383BE23C023DB83B8CBB88BC8FBC38BC24BBCFBAE4BC663C873B213C003D0F3D6A3C713BF4BC273DC4BB843C8F3C283C353C193DCBBCF73A8FBC7F3C0E3C993C053D03BD80BC813BB03B70BB19BC943C853C953BB93A82BB4D3C4BBC5DBC0A3B673B64BC143CCFBC16BB27BD27BC333C5CBC593B2DBC75BA283CFFBC353DA4BC48BC77BBA53A4CBC893C583B8E3CAEBA4B3D00BCAB3C0A3D0BBD0EB98DBCF9BC13BB113BD2BC61BC90BB4CBD45BC533CC639AEBCEDBB433C89BC37BCE03C31BB503B8FBB843CEF3B443B1A3C5DBC3D3C213D323C0D3D0BBD6C3CD53CEFBBEDBCB53B85BC2CBC28BD433C353CD1BB1EBCD63CD6B92D3C1C3C863C62BC3ABC87BC06BDBE3BBBBA5B3BC23C8EBC2BBC46BC593CC13B13BC1D3D533C3ABCB0BB2B3B9A3C04BBDC3BD33BF6BC1FBB9DBC3739CF3B2ABDC63CB4BB233CD9BB8D3BD1BCAABB61BC7BBC3A3CAEBC7FBA41BC403B443CC53A18BC553BD1BCDC3C813BD43ABDBC3F3CE43B143D86BB163C883B713CFCBC573C1FBD853B8F3C1A3CFE3B0BBC34BD613C24BCBEB8AD3B753BFD3C223D60BC0B3BF4BC42BCD9BB5EBC13BC97BC493C03BDCEBCA3BC88BCAABCFABB953C81BC27BC9BBC8CBCF03BB93C26BC4C3BAEBC93BC7BBCC33C61BC94BC153C07BB0D3CFB3A1D3D553C13BDE13C05BBF4BCBA3CEEBC1E3C84BCEBBCCF3B2F3C98BB31BBF13CDCBBBC3CC13B163BF03C1EBC063DCE3C643C8FBB963BE0BCE2BCE9BCF53C05BC18BCB4BADE3986BCE53C223D2C3C503C33BDF03BB43B93BC013CAB3B11BDD4BCFBBCD4BBA03CE6BB03BCA93C54BC143DA63C15BC82B9CEBCB2BC083D363C74BCB0BB91BA363DB43CE33BA5BCBC3C1F3C88BCE93CEEBCC1BBB63C053DB8BBAC3CA4BC65BC83BC0DBC283D23BBF83B143D7D3B12BDAB3B4ABCC63C45BD18BC1DBBE4BCAD3C18BD14BC64BC52BCB83BE1BC653C153CC3BB8E3B833C9BBCA03C643CD53B6ABCF33C0C3CEBBB01BD24BBEC3B613DD43C543CA4BC11BDE7BCB73C8BBC58BD6D3CA83B533A54BDC2BB83BC32BC7D3BAA3CF9BCD9BBC1BCC43B2BBC60BC823CA83BADBC78BC20BC2DBCBA3C5B3C26BC54BC983CA4BC25BCBFBB09BC89BC82BCAFBCCABC5E3C16BD0F3B793A61BC32BC273C84BCFC3C56BC5CBCB2BB0C3D5DBC0C3B2D3CCABB9C3C503CBC3CA53C733A2DBC0BBBCF3B0DBD8A3A4B3B79BC363C84BC753C62BC813B2FBC863CD13B8C3CD2BB5B3B81BCC7BC56BCCEBB283CB5BC523AF0BC8BBC753C7ABBE83895BC903CACBCA83CA4BC2CBC0F3CA4BC7FB9EEBC93BCA1BB653C593C90BC41BC943C8DBC1ABCA0BB38B92C3C22BCA43C54BC783CA2BABB3C993A073C28BC35BCA4BCB1BB68BC0B3BB0BA13BCF73B0FBCC63CDDBC8DBC92397BBB9EBC1D3C61BB9D3C1ABD9FBCC53CE23BF1BA483CDABBCABBF2BA53BCFC3B923C35BCAFBC94BB323C143D17BCC5BC1D3CB33C7DBA9ABCDFBA87BB28BC5A3CFB3C6BBCA1BA7BBC4CBCFB3B683C17BCDC3B40BCAEBC06BDAAB8983CAEBCC0BC713CABBC503D1BBC54BDEB3A30BC9A3C6A3C013CD23CD63BBD3C35BBB5BC1DBC3B3BE93C323C8ABC383CA13B35BC80BC2BBDF5BCB4B916BD0E3D05BCABBC813CCD3C883917BD77BCDCBC82B909BCE4BBDC3CFF3C343D063BAABA653C713C6ABC8E3CE9BB673B403CF53CCBBC14BCBA3C8BBCE43B58BDA73C78BC323D943994BC0A3CF8BB06BDC8BCD0BB9A3B84BCCCB94C3BD83C423B0F3D823C1CBD043D493DF439243CB23C9EBC403DDB3CD93C543C0A3BAF3CE63C29BC6B3C40BC6DBB12BCA33C36BCCE3ADE3C1D3CA93C6FBCFCBBD8BCA53C99BCBD3B673BA33CAB3BD33CCDBCA9BB8CBC293AFF3CBF3AFBBC2FBC173B9EBCFA3BBD3C643B23BC89BCC0BC7A3CE0BBA0BC313C64BC303CD83C61BC483C1D3C3CBC393D2DBC90BB183C05BDA33BDABCDEBACCB8183DF7BCD03CEDBB163C3C3C3EBCDD3C883C153CABBA083A62BBB6BB1A3CB3BCDFBBB93C0D3C473B853C7EBCBEBC9B3CBA39D03AABBB253CCC3C483C97BCD43C323C453DB4BB41BC433C763BFBBC36BC84BC85BCB93C83BC53BC59BC733CB1BC31BC4D3C92BCF0BC0B3C7DBCE53C57BC333CE93C10BC583C683DD73A7B3AFE3C5FB95B3C8ABC4FBCF2BC723D253CD33ACD3CD03CF93CE7B9B13BFB3A2D3CB4BBCCBB093DEABCF3BC303C4E3CC6BC15BC8F3C713BFD3C073C003B043DA5BC0A3D8A3CBA3C4B3D233C8F3CBABAAABC09BC823C323D1DBC9C3BBB3C763C3C3B63BC4E3D6D3CB9BAD5BCD73B83BCBB3A6FBC6F3C063DD93C913BD43BF7BBEBBA1FBB06BC56BB863C1EBD82BACBBC9DBB833B9E3C253D093C233C9EBB9A3DCEBC4CBC1FBD8BBC863B7D3CBC3C8ABC403C4FBCA03CE3BB2C3C5A3B46BCA4BCEEBB103DF13C00BCBBBC2A3B93BB4E3CADBA63BC97BC0E3C5BBCF13B4FBCF63B3DBB193CF6BB4CBC2F3C093C8BBCC2BC023D13BDA2BCAEBC073D92BB42BBA2BCB93B1BBCBF3A50BB84BC63BC83BC9D3CB0BC093C9FBB143D253CB0BCD6BA4D3B0E3DC4BCF43B223C073CEE3C05BDFCBAF13A0A3AA8BC23BC89BCC03C313C7F3C083D773CE13B8DBCC13CBB39E7BCC63CC93C30BC083C3DBA183DA83C39BCCB3A563B6E3CCB3C4BBA173C68BB903AEDBC0D3CC8BBFB3BC0BB4FBBBEBC43BB6D3C223C0EBC4BBBFDBC6FBC9ABC833C6C3CD8BB22BDF3BB023C19B9F53C2FBCBE3C84BCCBBB163C053CC4BC123D58BB963BBABBEB3C15BD10BDF4BAB33CF83C4DBCF1BC023C93BCB53C12BB033B85BC08BC6FBCB83C09BD33BCB33BE53C073C0BBBADBCD43CCA3B803B243A663C3ABCA33C51BD1D3C53BBD4BBA83CDCBC923CFA3B4E3C90BB32BC8EBC213BB9BBE2BC18BD6CBB903C293C273C0CBDC0BBEB3CBABB783C9ABC533C16BB3DBCF53B1BBDBA3B413C0BBD41BC9D3C98BCF5BCC33A2B3CF43C183C7EBC683A783C813C2BBCB43BDFBB55BC363CE83A913C293DA5BCC33B393CE53B6EBCA93AC23C09BC7A3B213D773C5A3BA93CFDBAC53B6E3BB23CC53C8FBC033AED3A733C593C4ABC73BC07BB1DBC6BBD77BBC7BCADBC88B86C3DF43B18BD813C83BCADBC83BCB4BCE13BB8BC183CBDBB5E3C7FBCB4BC853CA23C12BD47BDA6BCE4B92EBBA3BB273C363C603C2DBB123C983C2FBB98BC8BBC95BCF93A9ABCDB3CBE3BC93CD53C413CAB3C343CED3CE5BCE0BC83BCC63C01BD5B3C223CE8BC95BB323D203D203BCD3C8CBCD5BB9C39AB3C8CBCB93BA3BCE23C2ABD383CAF3BA93B9B3CEEBA01B9CD3CDA3CE5BA33BC7FBCDEBAA23B5E3CAFBC183CFDBA0CBDE2BC5B3B8EBCD9BC62BCB23B10BCD3BC8BBC4F3C19BDA2BC27BDDF3B6DBDA33CCD3C26BB77BB663CB73BA13C9E3B52BC98BC513B3DBDBD3CCBBC94BC673C46BCEC3BDD3B12BD1739E73C4B3C8E3A303C3C3C91BCA93B9E3C12BD40BCFFBC78BCF9BCE73B1D3DEFBC45BD453CAFBA023C163CA33C60BBB43B263C2E3C413CB73C69BC84BCD5BC183D50BB28BD543CD6BC6B3C703C533C2DBB6CBC223C9EBC11BD65BCC73C5DBB123DF9BCC4BC07BDEC3BEA3C1CBCCDBCBEBB6D3AEEBBA9BBE7BB2E3D4C3CB93AFFB9693CEB3BDFBB36BC1C3C3F3C2FBC3F3C35BC69BDE5BC7D3B193D9FBCC6BAD8BB8DBA7C3C683D12BCEB3C543CE03CDD3C75BB563D4CBB52BCA93C463C7C3B56BDA8BC62BB10BDBB3CB7BC4DBCCF3C42BCE23BD1BB32BD143CDF3A9EBC3ABB2D3B283DB2BBFDBC8EBC443879BA8B3CD83BE33C1D3C463CA8BCC4BC9E3B21BDF43C87BC94BC5B3CA9BCC43CA53B21BBBFBB593C16BC1EBC3E3D2B3CE8BC3DBC7ABA30BD153DC9B916BBC039BEBC02BD1A3CBE3CB4BC33BCDABC133CDD3BFCBC2EBC3C3C2FBC6E3CBA3CC43BC73CB13C2CBD8BBB67BC14BD03BDD53C083BF43C963C59BCBBBB66BA6DBCAABB31B9DA3B0CBB983B29BCF43BB63C47BCD53C01BAF63BA63BF5BCCB3B1A3CD9BCD13C9C3ACA3C00BADF3C253D5B3B0D3DCF3C923C18BCC33C733ABE3CCCBC9ABBA0BC4DBCF3BB2E3D953CCC3C0B3C20BC85BAC1BCB53C20BD77BA893CFF3BDCBCF33C47BC753C7FBC10BDE83CEF3B413B463C4C3C8BBC0EBCB83CD4BC473C503CE1BC02BC1B3D57BCD43CF3BBCD3CC43B083B09BD9DBCBABC543C84BC0A3DF73CF7BCACBC8B3C053DA93AD23B31BD2BBD3D3B523CB83CB3BC17BB74BC1B3D8DBB42BC1BBC65BC693D08BD94BBAD3C48BB2FBC153CC83A74BAC63C6D3C903CA1BB2EBC4EBBE8BB0B3DBCBC0ABC78BCAA3CE8B97BBC0E3D5E3C5EBC4F3C9A3CE2BBD7BB1D3CD93B0F3D8FBC4A3CC33CED3B2C3CD43CBB3C083D7E3C73BCF93B543CD13CEC3BD03CB83B52BCC23AF4BC2F3C0F3D04BDADBB2BBC013D13BCF2BB113C2ABDE7BC40BC5BBC3B3CD3BA9ABCCDBBB9BC093CE9BCEF38743C21BD9A3C463C3D3D4BBD90BD833C1A3C46BCCDBBF33AE0BB213DA73B563CE43CBD3CDCB8DB3CC5BCB23CEE3BBFBBDFBA53BBA63C94BB323C9DBC40BC05BD073B8E3CE3BCCC3B9BBCF83C283B1FBC10BCB03BBC3B483C083C9FBCB73B533CF43CB4BC203CB0BC813B10BD8ABC203C1C3C793C233C17BC10BC07BCA33B683CE0BC2E3DB33A14BC22BDE93A49BCCA3C7C3CFF3CAEBC9C3C2B3DB3BC2D3C34BCC53BB33B323C3CBB8F3BAABC843B893B98BCA63C83BC41BC393C95BB79BCEB3C57BBFABA503CAABC743DC83CB3B9063C093D533C6EBC993CD1BC8BBBE2BC8F3CF83C61BC3FBDD3BCC33BC03B0D3D523CA93CC93CED3A933C773C493C8DBC0F3D62BA73BB03BDA7B985BC323DD7BB3F3CD43C44BC943CE7BC343CD33C16B9A43BCABC26BB103C323DA8BB67BCBEBC5EBC1C3C143DDCBB5EBD64BCD33C133D98BCA9BBF9BC943C3F3C04BDCE3C163D22BC573CF53CB6B9823C043CB43B8A3C4B3CAFBC823BA43C0A3C193CEA3BFCBB903C89BA033C2CBDAD3CD7BCB93B78BCE93C1BBD63BB45BC9FBC9F3C4A3B20B9153A7DBCCCBC123CBE3BBDBB203D96BCBABCF33CB43CA43C5ABB1FBC59BDB33C373C6BBB38BD7ABB8FBA49BD3A3D44BC7BBC403C5DBBA73A55BB193C1E3B08BC543C8B3C363D5BB905BCAABCA53C053DEBBBD43CC7BCC7BC29BC2A3CB3BAD9BCEA3CC2BCEEBC0DBD513C1BBCD1BB0A3C22BDA83CA03AD0BCACBBD03C8139543BC73BC9BBDD3BAEBC8A3B483CC5BCE43CC73C413CE8BB97BC51BC10BD863BF83C9ABCA3BB823CB8BC04BA4CBD083C53BB08BDC53B553CFFBC4DBBD13CDB3C833BAA3886BB183C30BBDE3CED3B53BCEEBC573C9A3CAFBC573C10BC1E3CA03CF53A6BBC90BCA53C96BC963C1ABD45BC95BB0F3C803CFC3B20BBD0BB36BC9FBC0DBC37BC0C3CD5BB3ABBD035523D033BA1BCC73C8ABDB5BCF2BBFABC083D59BC983C65B93C3C633C9BBB853B02BB70BC8F3C9EBCE9BC97BC4C3C32BB93BCD8BCA1BCFABCA7BB7039E9BC62BBE6BC8BBB2DBD3ABD733B013D78BB3ABC203D033CD9BBD3BBF6BCCE3CF2BC92BCA63BDDBCAC3CE53CB9BC15BDDABC86BC66BA24BC05BD8FBC6CBC273BB33A2D3CA73CD53B513B203D0FBC333C9D3CA8BCC3BC123AF73BA93C07BB76BCF3BB4F3B0CBB33BC0FBC803BAE3C743BDC3BA3BB843C3D3CE03BB73C9E3B85BC083C1E3DABBC0A3C043CB03B02BC663C54BCC4BCD8BB543C56BC8F3CE13C2B3BE93C553CF5BC883CA23971BC163C87BC353BDE3A953ACF3BBBBAA23B2E3C08BCECBC62BC2D3CB93C943C3C3D7C3CB6372C3C47BCEFBCE7BB7B3CC63C31BCFDBCB1BC13BC283C5F3A1F3C683C1DBC073DACBBEEBC6A3CDFBCC8BCBB3B1DBB4C3CF23A1FBD373CF6BB1F3D61BB3B3CA73C5BBCE1BCD2BBFA3A98BCABBC94BBC7BB12BCDA3C493CBEBB6F3D17BC173B0E3DD9BC673DACBC4F3C703CD43C333CE0BC93BCB4BAC83CE53C8A3C20B92CBCB73C953C393B09BCBB3C223DA2BCD6BCB1BB9C3CCABC513B713BFE3B843A83BC20BD15BD703D80BBE3BC8EBC063B01BC74BCC5BCB73B74BA71BBC63C463BB73B9BBBF73CD43C9FBC1ABDAFBB54BDCC3CE53C683CADBC6E3C9C3CA6BC883C963A93BC813C353D9F3BD43AA3BC29BCDFBB66BC7D3C893CD73CF9BCCA3CAB3CB73C86BB70BCDE3C87BB443BCDBC4A3CD93B87BC0EBD9D3C373D98BC17BC553C7A3CA5BC27BC5A3B003C31BC0FB994BCC8BC21BC91B867BC243BD9BC5B3BF1BC10BC873B7A3C163DEABBF5BBB0BB463B97BCDF3CFB3CCABCA13CF33B013CC9BBB53B23BC573CE03B00BD23BCC4BC093C533DC9BC9F3BA83C1E3B21BD42BC74BB1B3A943A2EBCB0BC7F3C203DDDBC0FBDF53C2A3BCFBB5ABB943CBD3C74BC053DC03C423C9EBC74BC153B103DC73C42BC073C63BC1ABCA73C93BC48BC01BC2F3C5B3C66BC963C0F3DE33C02BC66BBFABC32BCA13C3C3D013C0F3D303D32BB8ABCC53CC2BC71BBA63B843C053D803C0C3D233A443C283C13BD823B7CBA153C8CBCCDBCF8B95A3CA4BCD3BB0DBAC6BCDFBC493D5C3CAD3BBD3C9B3C06BC9D3C843CE2BC21BDB2BBC33CB1BC27BB1BBB773C88BC6B39683C7C3B453D1CBC5EBCDA3B803D13BC8FBB67BC213CC43AAA3BCEBB053C0EBB11BBAC3C61BD06BB843CD33C573CDDBA8DBC39BCB73C123C35BD303CA73BB7BB173CA5BCD0BC04BB5DBCE93C0E3D643CBABC883CF13A053DEB3B6EBBADBCB5BB8D3C1D3C733B89BC193D9E3CB3BC763C9FBC16BD22BD8FBC173D8BBB76BC89BCF33BF8BB94BC0EBD183C603C25BCAC3C433CBA3B84BA97BC1FBD7ABCE63CBABCE6BCB8BC5C3CEDBB4C3C84BC77BC063D6F3C153D51BCA23C93BC4CBC00BC96BCEE3B50BC2B3CA6BA88BC9EBA8EBBF93B943B32BCE5BB91BB563B09BC04BBB5BC393CCC3C8C3C613C5EBC653B193CAB3B613C9CBCBBBC18BC65BC0ABCE83C6BBCE0BB7DB9163CA1BC2DBC",
      torch_tensor_128_torch.bfloat16_1: "0x0200000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
      torch_tensor_32_torch.bfloat16_10: "0x0200000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
      torch_tensor_32_torch.bfloat16_9: "0x02000000803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F",
      torch_tensor_32_32_torch.bfloat16_1: "0x020000005F3B3CBCC23A55BB85BCABBC79BB6C3C7F3C2D3B5FBB73BB1BBA093BBBBB13BC8DBC703B9A3B92BC903B893A07BCE7BC813C39BCFA3B8D3B773AC6BC8F3BF53B19BA7CBBF53B23BBD13A2EBBEE3AA53C97BC90BCE7BB883CC73B353C85BC3239ABBCCA3B793B063CB93955BC9ABB1E3BC93B2CBA883C603B383B913A393C1C3C703B303BA03B6CBB973C37BB003CD43AB7BC113C433CA2BC043B993C9E3B713CA33BA1BBE9BB89398DBBC63A8E3CA43B56BC15BCDEBB923CA3BAC5BBC238093C48BC123B2FBC423CFF3B2B3A11BC3EBC4DBC253C043CD5BBA7B9D83CF13B993C06BC19BCD93B99BC733C033CE43B563CA33C96BBEABB9A3CC43C56BC46BCBA3B29BC7B3B2BBBA53BF4BB41BC9DBBB4BA11BC26BC1FBC90BB65BB9DBC97BB34BA743B023C663B38BCBE3B97BC1E3C51BCFABB3CBC713C1D3C5ABC7D3B69BB103C293B793AAB3BA7BAD6BB71BCBC3CF63956BB633C54BBEEB9E43B4A3C09BC66BC093C1C3C69BCB5BB54BC9C3B02B92ABC3E3B87BC25BC8DBC62BC633C643C1D3C963C64BC44BB353B9BBB9CBB17BB82BB5C3CF6BBA5BB163C043C8D38E23B9A3B903B8C3C803A04B8253B8CBBCE3BB1BC15BB6ABC3F3981BC4D3B7BBB863CD03B5ABB063B843CF7BB30BC493B9EBCF03AD83B28BC3ABC323DD2BB323B893C32BC30BCA13A7ABB643915BC04BC37BC5C3B0B3B6EBB8C3BAABCEDB8683B373CBF3BB63C873B1F3B743B43B97DBB17BCA03ACEBB6D3C59BC493C863B8E3C313C14BCACBCC43B9C3C99BB333AC1392D3AA139453C1CBC67BC11BCABBBF83BDE3B933A53BC4CBCBFBB453CE43A00BC21BC00BCDABC30BCDD3B63BC493C053C8B3B853CFEBB32BC223C1B3C1BBB6BBA133C19BBE739623BB8BA1BBA56BC393BF4BB923A0C3B0C3C6BB90B3C67BB86BB37BCB23B81BA1E3B873C963C33BB883BBEB91B3CECBBE13B313C903B193BC4BB3BBC893B53BC123CDA3C573B383C3EB9A63B79BC1BBC2C3B843AA13A17BB84BB913B0EBB3CBC35BC02BC8D3B653C2EB9323C5CBCD03B8ABC9FBA2E3C8B3C86BC33BAFABC91BBD63B8E3C9E3C00BC08BBE93A833C533C233C063B013AE0BA3C3BF43B34BCCF3BA8BB22BC513B653B22BC323C49BA6CBC65BCA73B77BC5FBB0139CE3BE4BB13BC353BB13B753C3D3B9CBC893BD139AD3C343C193B113C01BC17BCE33BA9BC04BC3B3B443CCF3A8A3B80BB95BB02B9CFBA293C0EBB17BC1CBC8ABC99BCAD3C4C3B17BA843AB83B43BCD63AFEBA063B87B91D3A45BC3FBC13BCB13C563A6EBB88BB9D3BF2BB0D3C97BB323C193B23BB5DBC103C17BC95BBC3BB0E3C4EBAA53B05BCDF3AD13BBA3B05BBAC3B97BC53BC213AC83A17BC4EBB84BAC73A163AEA3B4C3C553ADE3B07BC863BDDBB113B36BC043BABBBF13AD0BB86BA87BB4A3C503B5EBC303B43BBEABB79B9A33B3EBCE3B9A13CF439A6BB47BCF23C653BC1B9EDBBB83CAEBB243879BB993A28BC13BB9FBB63BB903A83BB033C79BB17BCF23B8F3C993CFB3B58BA13BCCF3B9BBC2FBB3B3B18BCF0B9FABB6ABBECBB243C1BBCA7396B3B34BA203A523C97BBD03A10BC453BF03BF7BB8A3BF43BA53C193B92BB1ABC38BC5FBC583B92BAA1BB053CF93C8B3BD0394DBC133CE8BBC93A0EBC213C86BBC238BABA24BB98BCEABBBCBC173A7BBBBFBA4D3BC53BE53BA93BA0BB5B3AB4B9753C4A3C383BD9BB8E3CD9BB6ABC763CB23C08BC2D3B5DBC3ABB06BB133B2A3B5EBC9D3C39BB523C4F3BC23CC8BA543A3E3C80BC2C3C783C76BC393A3DBC8E3B5DBC9339093B7A3B89BB9E3A1DBB6F3C223B39B6EFB819BC583B203C8E3B8BB8603B973C15BB0C3CFABBF4B986BB013C3D3C93BC7638043C1F3C13BC8CBA5E3C233CB5BB4E3BB9BCC23B8E3BE2B98BBB9DBBBB3B843CDEBA2DBC0EBCAEBB96BCAEBB83BCB63B6CBAB83B483C9F3B0D3C8C3C043CAF3C4FBCF9B805BCD13A05BA21BC8BBBB0BC203CFEBB7BBC31BC293C91BC5C3A73BB56BB243C3BBBBC3B80BC03BC243C2EBCDABB27BBD4BC34BA0FBC6EBB613BBF3B40BBA8BB52BBA6BAE2BA593C48BBD5BB9C3C11BC6C3C9CBB8F3B273BB9BA153C353C88BB71BCB4BBEB3BC53A06BC0A3C313B06BC023AC2BA373C30BAE3BAA43C863BA8BB7CBBEBBB20BCE03B88BB9BBB71BA433C28BCBEBCCDBA52BB4F3C0B3CF6BA483CA73CA3BB11BCD8BBE03B22BCF83B25BC8F3BFE3B05BC673CA1BC153C42BCB6BB8ABA993B69BCF53B2D3CDABAE83B233C543C11BB5E3CA0BB92BAB83B97BB223C363C933A0EBC13BC89BC9A3BC8BBDDBB0EBAAB3BD53B1EBCAEB95FBC3B3C83BA3EBC943CD9BBACBBC13B083C3B3CC0BB653B65BC35BC8B3CF73B4F3CA8BC233C8DBC18BBC8BB2E3CFB3B58BC9B3B95B9BBBC16BC58BC31BC22BB95BB623C723A883BBBBA203CCEBA7BB934BCF5B98E3C4C3CDEB9293C86BB7539033C4CBC003C87BB1CBB11BB07BCFBBB68BC423BDCBCF9BB463CE73B35BB89BB773BEE3B393C8B3CA3BC383B233BAEBBD4BA03BC423A203B5FBC4DBCA1BC37BBD83B3F3C203C17BC12BC03BC233CE8BCC83BF2BB81BC0A3C953C2F3C083BE6BA3CBC343CF13AAABC06BC423CFAB8FBBB333BD6BB9FBB473C0EBCA73A97BC4D3ACF3B623B6DBAA03C28BB7E3BAE3B973C4BBC2ABC9F3BFDBB0CBC2DBB563B31BCCDBB59BCDD3ADEB907BCF93B213B953C17BCA53CEC3B2DBBE83BA6BBE5BADA3ACC3BA9BADC3B423C25BA25BC24BC40BB00BAC03A273C29BCCCBA593B97BC763B25390C3D343B8C363BBAF7BBB53B8D3C53BC443B7FBBEABCFE3B6D3C2EBB743B2DBC8ABBA9BC09BC6B3C7BBB97BC5BBC2BBCA1BB73BCC03B503C4CBB37BB26BC17BAC4BB3FBB3BBC03BB10BC2E3CD7BA023C8E3AE33BB53BF83BDFBB",
      torch_tensor_32_torch.bfloat16_8: "0x0200000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
      torch_tensor_32_96_torch.bfloat16_1: "0x02000000BE3CA7BC12BC7C3CE13CEE3AA8BC66BB4BBDE33C3ABC00BDFEBBB6BCB53A0D3CEF3C3E3A553B80BC9ABB793C90BBDC3C233C583CD1BA1ABCE03B7A3B2C3C093CB03C18BDCC3C87BC413CD43B023C8EBCB43A713C9FBCC6BCBFBCDBBAC03BCCBC8C3C45BCE73B41BD53B9BDBB95BC02B8593A6A3CBBBA623CB8BC1F3CD4BC12BB23BC4D3B87BC033B983C2B3C96B9533C313CA2BCC9BAF0BCA03C613C8EBCC0BC13BD93BBB8BC273CA2BB1FBC05BD71BB473ABEBC063D8FBCD5BBB2BB8FBC413CD2BC4B3B55BC87BBEF3A133D3FBB043DFD3B64BC55BC273DB7BC763CA3BC213CD7BC6BBCB73C543B9D3AC7BB603CFABBE6BBDC3A153CC4B7C5BC8E3C8DBC5F3CA73C2EBC393C043D90BCF43C7E3C0CBD123D57BCE13B803C3C3DC43CE6BC163C0FBCD93BC2BCB93968BCC2BBB13CE03CDE3CBABB8B3B713C103CA9BB483CB1BB4F3B843C0CBC30BD26BD7FBB7FBC0C3DFE3C8F3B833C133C28BDEFBB383CB63C033D40BDE0BC2E3CDEBC82BCD63C72BCB03B92BC8A3C9FBCA63C9F3CC93C253B693C2E3BEA3AA3BCCB3C87BB99BC143CF7BB80BC113CA83B1C3DCDBB073CBEBB17BC1A3C1D3C783C113D013D0C3D023B663CFB3C77B93ABCF2BAE03C9DBCB23C8D3BEE3C67BC5F3D043DBC3B25BBF1BB44BC0ABC94BB053D7DBC153D0BBD85BB093DA2BCABBCA6BA0B3CD0BC89BC61BCA2BC413C9FBBDB3B48BB40BB6EBB3BBCDEBB423CD83CA23B433CA6BAB03C843C693CB8BCC63B4C3C38BC66BA673C5ABCD23B0A3C24BCDFBB29BCF1BB85BCA4BC83BC3DBC11BDD7BC25BDC13C4F3C30BA523C3ABDD63C3C3C0FBDAABC0DBD803CA3BA2F3D07BDDEBBCFBB5A3B9D3CAF3A9CBB95BC653CA23CF4B971BBE2BCB93CD4BCA2BCF3BBABBC23BD253B093D403CADBB24BB36BDD63A23BD92BB12BDAE3C99BB1B3BAB3C28BAA8BA13BA15BDA2BC423C8B3CB53C173CD73CC73C5EBC1EBC403CE43C8CBB53BC883C87BCF53B09BAC73C0D3D94BCAD3CAF3C863B81BCBC3AD3BCDE3C7FBC6ABC70BC683A8F3CC5BBF83BE63B723C943CFF3C42BC6D3C113CC93BB7BC10BC8ABC133BCF3CD73C913C8EBBD1BC02BC6BBCEEBBD53C533C9ABC643A7B3CBCBC9CBC983B9BBCADBC93BC923C863C23BC92BC603BA73BD7BBA8BCDABCF1BB80BC8DB6003DEB3CDD3AD03B4B3C7DBD9A3C6FBB2D3CC23C90BC1A3B95BB0F3DD93C0D3D9D3A56BCFB3C03BDDEBC933CBFBC0B3C5C3C9B3CB7BC813C9BBC94BC083CAABBA83C483C61BCD1BCA1BCE9BC10BD9BBC33BC57BC91BC00BB10BDC63CE93C9FBC2CBCFE3BC43CE8BCB2BCE83C94BB0D3D19BAB1BBBB3CC0BCC3BAC23BF03B8ABC67BC26BC3EBC173C93BB693C29BC8EBC4B3C8ABDD13C12BC1CBB5FBC00BC88BC053D1BBBA73BE4BC9F3C123DD33B1A3D013C8CBCC53CFBBC8DBC0CBC7C3CA63BC83CCFBCEB3B05BBB43C9E3CD13C583D4BBC67BD263C623B05BDC33C4C3BF7BC0A3C7EBCFDBBFB3B4B3CE6BB52BC8B3BE83C333D29BBB33CB43CC5BC4B3CFFBCBF3CADBC5E3CE9BBB43AC03C9ABC8A3CC2BB96BC8EBCD93B193D823CA3BC373D55BCD03C6EBB41BD663C6B3CBC3CC33C8CBCBABCBD3A3B3D863BDA3A56BBE439E2BC90BCFABB7EBCCDBBD5BC0E3D823CD9BCDFBB9A3B183AE93C78BCADBC173CCE3C5A3C59BB01BC96BCCE3B403C3F3C9FBC3CBCE83CF3BB923BA53CCE3B81BBECBAA6BC863C06BD8DBCEB3C303CEB3C2C3D4B3C07BCE5BB95BCD83BE5BA1ABB8ABC2BBCC7BBDD3CB1BC90BC9EBC963C5F3C5DBCB6BB853CD13C1A3D7DBBB03C863AB3BB803910BCF43B9A3CEABC72BC3D3DF9BC32BA9BBC87BCEDBC0ABD353C98BC9F3CB13B09BBC93C3FBC833C9D3C6BBC653CCBBA7D3C96BCF93C4BBB2ABC95BCAD3C6BBC98BA023D953B013D793CFF3C1E39B2BA9D3CF6BC5DBCF63CD3BB193A1B3D2B3C30BD573CFC3B36BBADBCAABCDA3958BCACBA8EBB713C543C123CD2BCDCB9E5BC913C88BCF9BB96BC82BCB0BCF53BD8BB3ABD7C3B7F3C60BDEC3B523C1A3DA6BBEEBB5C3C58BCA7BCD3BCDFBC15BD8D3CDD3CF73B1ABBBEBB2F3CA03B923A10BC243C973B903C31BC02BA5E3DDC3BFC3B2D3C9BBBA63CEABA59BC923B79BCD53C0B3D8F3C06BCE83C7FBB81BAC83C963AB7BB373D9D3B33BDA83C95BC3FBDE7BC193C2B3C8D3C14BC36BC3FBBF43C13BDAB3B063C893CE83A3B3CF23B20BB813BF83CB5BCCBBC493C80BD9F3C0EBD483BFBBC973C033D85BC02BC7FBC3F3C093CB7BBEFBA4F3CFB3C2EBD033CB3BB8DBB52BCAFBB17BCD23CC93BEC3B0BBC383C95BB0A3D28BD92BBDA3C543CA4BC98BCA6BA60BC7CBCA23C673CCE3C513CD2BB773C6FBCDABCB8BC74BB9ABC66BCD1BC60BC383D423B99BCE7B906BC1DBD6DBBD3BCD43C92BBA03C1B3DC0BB913C9EBB36BCE739713BB0BAC8BCE33B8E3CE93CF5B90F3B1D3C2DBC05BDE23B8A3CF3BC283CB9BC033BB33B233C2F3C60BDA23C9FBC363C523CB1BC3F3CC73BA9BBD3BB5BBCF8BA14BB933CBBBC8D3CAC3B843C813C46BC1A3D89BB32BCE23CB1BC3EBC093BADBC1EBDA63BB23B29BDE43BE3BB3CBB1A3B863BFD3BECBC98BCFFBC96BC50BC173C1D3D07BC3E3B24BD06BD113D0FBD653D8DBCA1BBA0BC75BCDB3C733BCABB483B7CBC26BDAE3C573BBD3C3E3C573CCC3C013C9F3C86BCB73C2E3CB13CA2BC28BD43BC9A3C913C3CBC14BC88BC80BDE9BBC2BB2A3C9F3BB6BC183C7B3C9FBACD3B0C3D97BBCFBCFBBA363C503B2BBC153C0EBC9DBBC8BC6ABC3CBDAFBC443CB4BCF2BC38BC01BCCD3C843C27BD043C00BCD3BC2EBD0BBC4A3B1C3CF63CE73C47BC893CA63B683BE53B273CA03CBF3B463B3BBC073B57BC19BAB53B203C88BC27BC4DBCB6BCD83CFD3C4E3A853A34BDD8BBE03CBEBCFDBCEBBC44BDA4BC95BB153DFD3C353C11BC2E3DE9BAA4BC053DCCBBBCBB03BCC4BA9C3CC9BB193B9B3C72BCDDBB07BDD0BC983C41BC06BC85BC623CB6BB563A8D3CC1BBFE3C2BBC06BDA2BCF2BC363D53BC3DBC60BCE6BBFD3BB13CEAB991BB15BC783CCCBA863CE63C67BCE23BB03B87BCE43CC93AF43C3FB9FABC2F3B143CA03CCFBB523C87BC15BD24BD073C1D3CA6BA973CE6BC4A3B8EBBD3BC1DBC40BCB9BC343CA7BB0FBCCFBC8D3BA03C75BC6F3C1BBBCE3CB4BB0E3C303DDA3B9DBDA23B16BD4A3C8ABC27BB1F3CE1BC203CE7BCFE3B053DD1BBB0BC0ABC433C18BBCDBC123C103CF93CD8BB41BC8CBC413CAA3C713BB3BB9CBB0D3CD73C633C7D3C343C6FBC4BBCCABB88BA233B70BB803C203D0FBCB13C3BBD833C693CD43C70BC323BE6BB473CAC3ACE3C0B3BC2BC2B3C8F3967BCD13B503C0F3D503B4ABBED3C2D3DD438413C213DC8BC3F3C633B92BC083B703C2EBDB9BB9BBAEE3B3CBC363C0ABB70BBAF3C6CBBEE3AE63CAA3CBCBCCCBB093D88BCA43CDBBBBEBBA9BCD3BB12BDE1BB063CB23B753C41BCBBBC063DF5BCF8BB67BC853C01BDF43BA43AFE3C91BC163C29BC293C8C3C2EBB27BD97BCFD3B933C43BC87BCCC3CB1BBF23B3ABB82BCBCBBFA3C83BC153D033D8EBBC2BC363BCCBC89BC8FBC4BBCFD3B743BCD3CA7BB74BB90BB903BB73B6FBCFEBC71BC883A3E3BD73B85BC92BA5FBBFC3CB1BCA9BC323C9D3C1BBC9C3C31BC5BBBF6BC8B3C81BCC13CF4B80ABD0EBB8A3C5E3CD3BB1C3C193C763C77BCEE3B5D3C2FBDEA3B063CA13C6739AA3CF93CE83A3F3CEB3B59BC3ABA97BBDFBC98BC1CBD91BB2BBC883A97BC0B3D483C1C3D1F3B8A3CEE3B21BCA13C1CBDDF3B513C023C123C783C08BD5DBC4F3C1C3D953C423C583D783C20BDC2BC583C5FBD47BD2C3CA1BCE6BBE4BB833C33BC313C80BB8D3C313C27BC7EBB4DBCC6BBBABCC1BB093BA43B423CCCB9693ADB3AAD3C743C373C6B3CA8BB0BBC0CBCB0BCAEBC803CBABC4CBCFA3C64BC22BD9DBCBDBCE6BB763C79BC9DBB7A3CB93896BC1A3D40BCDF3B2CBD19BD7C3C2D3BADBCAF3C673C90BCCF3A9D3BFB3CBC3C89BB00BC213B0BBD4DBC81BC103CDABC3E3DA2BA9F3B38BCF03C5B3C57BCCB3BA3BC9BBB513BBD3C123C4ABC983C6DBC76BC1ABC013C98BCB33CCFBBCB3C06BD9DBA7C3CB9BCF8BB053D6D3DD53A9A3BB5BCA03C6BBB83BB2DBC82BC0F3DEF3C49BD493C92BB4DBADD3BD2BCDEBC203DD5BCC8BBA1BC973B493C203CD33C993CAC3CB73A03BC103C36BDA7BC9BBC293BA83CC1BABCBC9FBB14BDA9BC91BC52BA89BBBCBCC03C92BCFA3C2D3D013C09BD14BD5A3C4F3C7D3C22BCF53BA1BC0C3CB9BC413B0CBC92BBB2BABA3C8B3CA13C083C213CF0BA32BC41BC9BBCFFBC7EBBC33C9C3CFE3B663C90BB283C5FBB353C0CBD26BC023C3D3C243C8A3A363CE0BC753A17BD7BBC7ABCDABC9D3C153C9EBC1E3A963B1B3C08BD5B3CFABC253DDEBC1BBD4DBC44BDE9BA50BC1ABDA6BBC0BCA63CE23C62BC3CBDBA3C5B3CED3CE53AB3BB853B4DBC253CEBBC8F3996B94D3CB1BC52BC923C43BCD8BC17BBBCBB11BD97BBAFB95B3CEF3CACBBCB3CB2BBC3BC9EBB293CDB3B573C02BD8B3CCA3A7DBC2CBC0C3CD5BB9AB9A5BB26BD993C863C993CE03C92BC0BBBB13CD83BF5BCBB3B483D8B3BA1BC8A3C9CBB6BBC873CA5BBCF3C30BCE33B82BB00BD1F3D823C98BC5F3C02BD7ABC91BC9E3C903C9EBCF3BBFD3AC03C8C396CBC803C6CBC583A9BBB0A3B5D3C693C8A3C71BCF83C1DBBF83BA6BC79BCBBBC883CA1BCBEBBE13C9F3C8339EA3C1ABCE83C4EBC2BBD993CB73BCE3C2BBBA13C32BC81BC21BC46BB36BC813C663CDB3C063C413CC7BC843C00BC9EBCA43C5ABC04BD8D3C52BB693C09BDE03B1ABB85BC0ABC53BCE9BB22BC97BC0C3C9BBAEB3B78BA0D3C2B3DA3BCF3BC823BA1BB8FBC23BC583C69BCB9BC3ABDE93CB43CBF3A63BC19BD02BDA83A7ABC823CE8BBDCBBEEBB933C843CDF3B33398B3AF63CFEBCAC3BDB3B1CBD0EBB4FBB26BDD6BCC6BCF53C843C8B3CAF3B86BB213CC3BC783A02BB5F3C0B3CDC3A0F3D63BC913CC03C7E3CEC3C143DAF3C1C3D883CB2BC453C3B3CFA3A923CFE3CE43C34BB3FBCD33970BC993C75BBAC3B52BC3B3C83BCE03CE23CD63C293B99BC163CAE3CC93CD6BC3CBA0FBD523CF3BBAC3B2E3CB73C23BC853C623C7E3C5B3C733C90BCB2BC7B3C16BD383CB73B2C3C18BA743AC4BB15BD9DBAFD3B92BB9FBB73BC53BB17BD3DBC763B7DBC82BCA1BB6ABC503C15BD00B9C53C5339CC3C473D3D3CFDBCB93BC13BA73CD03C013C973C1ABCBE3BE7BC15BC733ABE3BDABC51BB98BA263C803C51BCD0BC013DE13C9E3CD4BC383C08BCB03C3D3BE5BB1B3D7BBCE43B9DBB81BABB3C993CB03C2BBCB4BC91BA323DC63B9C3C2F3D77BB55BDF9BCF83CBB3B45BD27BC8EBC593B963C2D3CD5BC5BBC193CF7BA42BC11BDD63C0DBCBC3B673CD1BB883B293D353C003CA2BC62BC353CB93BF4BCACBB35BC4ABC053DD7BC8CBA093DC23C893B55BC313C01BDF1BC173D17BD3EBDD5BC80BB4A3B55BBDD3CD73C093D92BC03BDF1BCE5BC62BB8E3CF93B9ABCAD3A05BD32BC1ABC0BBB623C373C983C47BCA33A07BDBA3BB93C00BD44BB43BCEEBB15BD3EBBB73C513CAA3C8DBCC7BB48BBB9BC8CBC6A3C1A3DEEBB1EBC3D3B213DC2BC1BBDB53CB2BC123D963CCEBBEDBCF13B0A3DB43C6E3CB23B413C9FBC0DBAFC3CF63CE63CFC3C8D3BED3CDF39E4BB7ABABBBB883C843CF0BCCE3C073A633CEBBCD5BCB7BAD23A8C3C9D3B55BBBFBCF73B55BD553C0EBD73BCE2BCF63CF4BCE7BC9E3CE5BC823C633DCE3B3FBBDBBC163B953C633C3C3C5E3C5F3C20BDE0BC9D3B56BA85BCC0BCAA3C69BD0BBD52BC88BCA73C883AC2BBB73C923CBABC29BC30BD0BBB8A3B1A3C033C893A733C85BCF1BCDA3A033D173D223A073C05BC91BC323B10BB643C723A90BC793C4A3B173CB1BC083B073D853C773B57BAD0BCC4BCAF3B88BDE3BBFABCAEBC73BCBC3B12BC12BC6ABC0BBD15BC4D3C043C8E3C003D973C953B1CBBE73C493C963C213BD6BAB13BA4BC9CBB82BB943B96BCABBCEA3CEBBC1C3DB83C53BC8F3C3E3C07BCF23C11BDAD3C863C403C083C94BCA23C37BC3F3CB3BB903C87BCFFBBD73B2E3DA23C863BC93C8BBC42BC293B613C0F3CE2BC47BC04BBB13C8CBC9B3C04BD083CC93C0ABD16BCD83C2BBD4F3B4FBC3BBDFEBC503CBB3B37BA5A3DEABC66BAB9BB65BC98BB0B3CCFBB56BCD33A9BBCFD3C27BC0BBD6BBC2C3C873BFEBBC33C04B981BBF5BBD23B5A3C3E3D333CCEBC293CA03CBC3CD03C10BB94BBE83C913CC6BC0EBD983C2F3CC9BCE4BCAEBC01BDA83CB7B878BC0DBA953C103C0D3B833C0B3CAABCB9BCE53B953C36BD46BAEF3C87BCDF3C123BA03B1CBBE2BCC23C033C0FBDE6BBB93C73BDD2BCBD3C85BC9B3BE73CC5BCA53C9BBC53BC283DE5BA163B5EBC553CAC3CC93CD3BC53BC883C2ABD443BFABBA1BC33BC9CBCDC3C92B99BBC5B3B62BB73BCFBBA8A3CC7BA25BC4B3DC6BB363C39BC88BC9A3C2EBDEDBCF7BBC13C2DBD5ABC013CF2BCA23CA4BC793CE8BC90BC23BDD63CBF3C963B2CBD363D493BD6BB88BC21BC36BCB8BA223CC6BBA2BB87BC233C8A3C153D663AB13B09BD783D08BC57BC08BB3F3CA7BC59BC0EBB15BD633B043DE3BA61BCB0BB293CC4BCD43B623B0B3B1E3C0DBBAFBC14BC8FBC14BD49BCED3B42BDB13C893C8F3CC13CA53B623C123D573B853AC5BC0BBC5C3B9EBB3EBCECBC063DFBBC26BD38BC5B3CB5BC173D8BBCD1BC0D3C47BCA03CEDBBE53BF7BA7E3C43BDC63C8CBB223B2A3CC9BC3B3C433AB03CDCBBE63C973CACBC103DD5BC113B47BAF73C7EBBC33A2DBB3E3A96BC073C44BCAF3C63BBBABCA13C7F3AC0BCFF3A9F3AEE3C03BCC23CA2B94B3C083D65BC73BB023CB4BC3DBCC1BBA63C083DB83C94BBBCBB963CEBBC503D3EBD473C5ABB1CBC8DBC113D03BBC03C9B3C683C9EBABC3C88BB0F3BF8BCB8BC2E3CB93BACBC39BCC8BB843CC3BC9B3C0F3CAB3C2D3C093C943C3ABCB4BCB93B81BC1ABCCDBC61BC8A3B3DBC37BDF93CA2BC7B3C953C0C3C033D41BC8B3C96BC0A3BBCBBE73AA33BFBBB863D263C77BCAB3B043DE83CD6BC09BDF2BB153D76BC4C3C70BC903C9CBCD43C393C773CF63C79BCA6BC4FBC5FBC293D1BBCCE3CA7BC323C883CE23AC13C953C723CC6BCD33CA0BA843B78BA873C14BC74BBDFBCE33CDCBCADBB9DBB7DBC0D3CDFBBEA3BAC3B0C3D95BB04BD493D1E3BCABCD0BCFB3B7CBB38BA41BDFC3CAB3B863A143D81BB7D3C293B843CEEBCBE3CFE399F3C1EBC32BC22BD3B3C53BC3A3C75BC5EBCD0BA9ABB8CBC1E3DC13A223CEF3C08BCB53BA4BCADBC043D8FBC2E3D0C3DF7BBBF3CFA3C183C94BCB13C26BCE6BCC43BD83BE23CCABC60BCC23C35BC06BD173DEFBA4D3C623B1BBD5F3C21BCC3BB85BB55BCC5BCF3BC25BC08BD623CA73CDEBC153D3EBB1D3D3A3C043D0BBDB83C8B3B16BC12BD88BC9CBC6BBC4BBC96BB0DBD8BBC33BCFD3BE6BAB43C9F3BBBBCE23C4EBCCF3CC6BA61BBC7BB1E3B1E3C30BDA33CA7BB8DBCC73CBC3A903B8ABCD83C5DBB193C923C2BBC2D3C14BDB63C55BCA33C5C3CE1BB753CC23CE63BD83B4BBC573D633CE8BC94BB0BBBED3B4CBBC63BB4BB0C3C953B593DECBCB43CEEBB37BD24BCBCBAC53C1DBC7DBC143CB9BC10BC2ABB8ABC2B3D76BAF9BB063C383C24BCDD3B9ABC853B823CB8BB943C63BB983A83BCD0BCD23CD6BCE13BBFBC563CB5BBDA3C7D3CEFBACD3B84BC53BC143DA03C523C4ABCC5BBA33C533C193B86BC15BD023D2ABC09BBDC3B003D88BC17BD9E3B9ABC463D8ABB9E3C5F3C533DAB3BD73CC9BC273C143DF8BA5E3BFC3BF93BEB3C83BAD6BBEC3CF93A273CBEBC54BC823C213C49BCE8BC213C0A3C06BCE6BB003D463C7A3C4D3A0DBD893C3C3C133C70BB98BB143D123C323CA2BCE63C1CBD233D7ABC5CBD9BBCC23C29BAC13CFE3C0DBD6ABB21BCCABC123CA53CFB3B0E3CF2BB4A3CC9BCA83CC03CC73C82BC51BC93BCEABB24BD013C88BCAFBC25BCA53B96BC003A063D223CEC3B893BF4BB503C59BC503C0E3DAD3A4C3C0BBDE63CBA3C4EBB20BDBD3B2D3CD53A20BC943C46BCEA3C023C823C893C3E3D12BA58BCDB3CA43C29BDB33C30BCEBBBCF3B973CABBCC13CA3BC253D583CE6BCF0BCB2BC813BC33CE1BBD23C083D8CBCC0BB673CEABC4DBB413B093CD0BCFF3B68BBC53CC23C00BDE5BB213B883C093C0A3D853C773C88BA0BBC1DBC063D9D3C3DBCEFBC8C3C843C623AD2BB283C91BCC9BC02BBED3B1ABB263CBB3C8E3C373B153C5EBC46BC01BBCB3C42BC923CE3BC7DBB7BBC483B723C95BB81BB543C9DBCC5BCCF3C793B513D3C3D14BD6C3CA93C3C3C3A3C3DBB4F3BA93C0FBD75BCB6BC5DBA98BCD0BC90BC39BB983CFFBB81391C3DDCBCC23C8A3CA93C133DA93C343CCC3A8FBCB4BCBABC0FBC6D3C8E3C60BB503C9CBCF83BA4B955BCDF3C493CD13CD0BB283B0B3D43BADEBAC2BBE83C383DDCBC22BD1E3CC6BBAABBB63C163C4FBC5DBCB03C92BCD53BEDBCB3BC86BC1EBC203D74BC78BCA23CED37EABCDC3C61BB163B7FBC533D203C083DF73B7D3BAB3CCCBC6ABC37BD643C0C3CA23C90BB27BD973CFC3B133C203C2FBC093BDFBAFE3BC43C313C5BBCA63C833CE4BC06BB1B3DBE3C1EBCE53C33BC8ABC693CE5BCF9BC01BC99BBEC3A8C3BCBBBF1BBA8BC4A3B4A3CF1BCDB3BA83C38BCB3BB",
      torch_tensor_96_torch.bfloat16_1: "0x02000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
      torch_tensor_32_torch.bfloat16_7: "0x0200000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
      torch_tensor_32_torch.bfloat16_6: "0x02000000803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F",
      torch_tensor_128_32_torch.bfloat16: "0x020000009A3CBABBF8BB2A3CD1BB09BC3CBAD13BEEBB853C9E3B143B67BCACBB9ABCB7BB0A3C963C903B4A3CDBBB113C37BC69BCAB3BFDBA76BBB9BB8ABC403BC73C8EBCCD3C24BC07BA973C963A2FBAC43C193C93BBF13AB0BC5D3C473CF23ABABB653C83BB4E3C883B8B3BA1BB6DBB3DBC653B9CBCB5BA9EBB093C17BB893B603B433B00BCD23B35BB803CF5BBA93BADBA1EBC613CC63B1C3CB1BA013D9B3C91BB0ABC80BA8E3C1CBB8E39A3BB023B63BC59BCDA3B01BBFFBA23BC4C3CB43B32BC07BC093CC73B193C253CA4BB49BA61BB253C0ABC60BB0FBC1B3C3539B93BABBACABB0E3C433C453AA23BF739DF3BA53B1FBCD6BAA5BCBBBB0F3A6ABBB9BB2E3C87BCADBB3C3BED3BC93A0FBC4B3C363BE0BB0D3BBC39F93B2B3C853B9EBC1FBCB13BDC3B213C92BB6EBB513CAEBB933C743AC0BC84BC1C3C1A3C9DBB64BC873C95BB2DBB1F3B063B1DBC7DBB863C9E3A853B643A03BC33BC1CBCE63AEE3BCF3B2EBB89BC93BB163B9D3C68BC04BC233C47BA083C86BB573B0CBD1BBC693BAF3AB6BB1C3C453B44BC2E3CEA3B1E3CDA3B03BBB23B23BC8ABABC3C7E3B70BC96BB1B3C91BC5FB99D3C7BBB33BC383C703B2BBCD4B97CBC973BE93AE9B9693B53BC273B503CAEBBC43B12B983BB0DBCD83B69BBBDBB47BC1EBCF73B81BB8BBC2E3BF7BC8F3BED3B83BCC6BBF9BB483CE03B54B982BBFEBB2B3CC2BB0CBC9C388C3C26BC2FBC3E3CF63A9ABB1FBCE33B8C3C4E3C92BC9F3BCE3B043CBABCB93ABEBA483CA3BA73BC83BBF33B5CBC563B94BCEE3B50BC2EBC0B3A493B34BC48BC2BBB003C0ABB21BCE13C30BC01BCC9BB453CC8BC4CBC9C3B8BBB913C41BC8EBB5BBCD43B103CC33BA73ADA3B2EBC09BB643C383B7ABC4DBCB83C0FBCC03825BCAA3982BC6FBB89BCF23BF0BA043D8F3C3C3C3CBBB03AA6BC943BC83C58BC00BC1D3A6F3C0D3AE1BBD63A93BBCEBA123BFBBA21BC01BB1FBCC73B183C5FBB223C37B9CFBB53BC8A3BFDB96BBCB8BB46BBA5BCD03B2ABB32BC3EB8C33A01BC913B413BBCBBAFBC093CA0BBE5BBB9BC733B2DBB823C283B023B993C49BB703C41BB17BAAF3B33BB423C3FBC9DBB943C503B063B223C643BBC3A5CBC96BB443AF53BEFBB2EBB023C7ABC0CBCB2BCC93B933B7C3CDFBC923BD1BBFF3B133CA63C8CBB54BBE93B53BA19BC55BBD23B33BCC23B4EBC3A3C71BCF6BAAABBD73BCDBBA13A16BCAD3AB93B4FBC2E3CC53A493C9CBC92BB08BCCABB173C4E3C203B8DBB273A283C173A2DBC0CBB90BCE23A683C20BB00BB82BBD23B6CBC29BC6B3B5FBC0C3C1C3CB6BCC0BB15BCBBB9F13B10BC993CD7BADB3B703B333C57BB81BB313B67BCC7BB80BB253CC93C1D3C8F3BA43C1A3C23BB0CBC8B39C1BCDE3B753B4D3AA8396A3B59BA273CFD3BADBB763C34BCA43BBB3953BCB1BB1E3C86BB063C8ABB183CC9BB1ABB4E3C1BBC4DBCB9BB03BBF73CA2BAF43B85B9273B98BC173C0A3C2CBBDABA74BBD43B9EBB59BB4D3CDABB80BBEFB99FB932BC833BB1BB10BBFABAB5BB353C0CBCB6BA203C0A3C07BCF93B513C583A09B97FBAF43A1A3C41BC4EBBBEBC4FBCEABB10BA643C8E3BAA3CF9BBCDB9B53A723B08BB89BB263C583C0D3CB7BBE1BB203C3E3CF5BB263CC73C5E3A0C3CC93B023C1E3919BCE9BA83BB7DBBAB3B8D3C153A273C8D3C443C633C71BC9BBCB8BB8DBCA43B1C3B063CEEBC25BCCC3B1BBC363C39BCC939DD3A043C373CA1BC173C8E3BA2BB1E3C863B65BC123CD5BBDF3A613CA6BB883C69BCC3BBE13B65BB893B0D3C633BC13BED3A39BBA23A943AC63B16B907BC763B3A3B13BB4B3ACBBC40BC983B253CAABBC8BB8E3B88BB30BC7C3C90BBA03B42BC463C5ABC573A333CEEBB763B2D3B33BA363C9E39173C2538CEBA5FBC34BB8B3A173BD53A81BBFD3BDABB8BBCE039D1BA4EBC38BC2DBC0CBC6E3C6D3C5DBACF3CB43AC33B5ABC843A51BBF03B353C85BA2BBB8B3C66BC213C853B913CECBB763AD0BB453B38BBAFBC123C4BBB28BC7E3CBF3BD9BBB13C6CBB513C33BC103AF03B963B013BA83B96BC2FBCD43B7F3BC03B2E3B443C50BC3F3CB63B31BBD6B95E3CD83BF2BC0A3C763B9A3B98BB7EBBA0BC78BC4A3C7DBC3ABC893B083C78BC81BA243CC23C473C89BA7E3B04BC1CBC3CBBC93B933BEB39A73B25BC0CBC89BB53BA073C60BB8C3A0FBB12BB8F3B823B1F3C863BEE3B47BC1E3BF6BACEBBAC3BB8BBD7BADF3BE6BB893CDD3C69BCFD3B1C3C8A3CC5BA643C52BCA7BB313C203AE5BBB5BB02BC9B38013B9B3C4EBAB9BB3FBBDF3B873C83BB6DBCB8BB52BBE5BB73BA06BC3DBC88BA513B1FBCB03B99BC6DBA3ABC2A3BE33B933C2F3C493BD0BCBF3CA3BBC53BB9BBCBBB7ABC0C3CA3BAE73BBABAE0BB113B64BCCE3BFFBAE2BBE33B54BA973B8BBA70BB80BC37BC913CCFBB673BABB931BADF3AB83B69BC5CBC75BB23BCF53BC9BC6B3C52BA96B9C338783C90BC58BC5C3BF7BBC73BB53A153BD2BCE6BB45BCE03A623C293C5CBB03BC753C123C5D3CD43CE6BB313C8D3C33BB193B62BCA93C783CE73BFEBA1C3C93BB113A16BC193C1CBC943B913B5EBB8F3A91BCCEBB4FBB273C31BC31BC903B36BBB63B73BBC1BCA23C843C243CA53CEFB90FBBBCBBA5BC9C3A8E3C2C3CCFBB6E3AFEBB36BC68BBD13BE73BD9B90BBBCE3B23BCB6B9A63B053CB5BB243C263CA0BC6FBC87BAAF3B13BC4A3BABBA73BC7DBB663C8D3C64BB923BCC3B9B3C2A3B743B333C0A3BACBB7F3BBE3B19BCD43A063CEB3B9FBAEFBBB83B5EBBD33BD8BB1BBBAFBBFA3A7C3BC6BB023C433CCB3A17BC933C9CBBCC3B803C64BCF7BB73BB23BC203B9ABC37BCA73C9EBBB2BB65BB8E3CA5BBE83BFD3A3EBCA93A3BBC04BC3EBCAEBBABBC0A3CBBBB56BC613B59BC33BB00BC1A3CB73A4B3CE3BB4F3C063CA43B62BC16BCD73B023C903BF7BAD53BA9BB2CBC823C503C233CE9BB3BBC2C3C9B3C0BBC153C4ABCE5BB1D3B96BAD03B14BBC23B2F3C9EBB533C2DBC04BBF23A3B3B15BC4F3AB93AC13BE3BAEE3B33BCA4BA813C443BA23CBF3A36BA2E3B333CA3BB073C52BC9EB9723ACE3B7F3C933C23BB0EBC00BBB3B815BCA0BBA63C543CC7BB10BA73BB9BBC18BBD23BB53B5EBC963C0A3CC83987BBFDBBEABBA9BB8E3BA7BC22BA033CA4BBE03AFDBB5BBB50BB4E3B103C543CE43B903C0EBC3BBC573CF3BA0A3C91BB4FBC293C883BC83B123C85BB293C123C913A55BA6C3A2EBCAD3BF43B513C0B3C8FBBD1BC6BB9533CFCBB0E3CA3BC8A3A193BE3BB6A3CFCBB083BFE3BF03A33B990BB6EBC113CA9BB15BC0CBA07BC06BCE9BB0B3BF83B113CAE3B42BC5A3C0D3C1DBCFBBC5839E33A493C1EBC5D3CE43A863B8DBC6C3BC4BA863B92BBA7BBD93A043BA33BF8BB893B843B833C5DBB013CEF3BB9BBCF3BB73A003C0A3D81BA83BCCFBB7F3C86BB253BA53933BB23BBB4BB31BC5B3A37BB2DBC36BC14BBC7BB86BC33BC8F3B2DBC6BBB7BBC823C82BCFF3BF63A03BCC0BBB03AA63AF03B4DBC6CBC5DBB79BB80BB9DBB953B833CA1BC503C123CD5BB0D3C3BBBEC3BB03C38BC47BC2CBCB23B883C033C24BCA0BB3E39B43BBBBA853C7ABB093A94BC9DBA44BB10BC27BB49BCA73AB5BA953C2E3CCC3BBBBBAE3B9EBBA63B033C38BCD63B2DBB2FBB29BB42BBCBBBE73B5A3C65BB2BBB4D3C47BA623B673C973C83392B3CDD3BFE3832BC8A39483B05BB923C02BC25BC12BCB9BB313CEDBB003C62BC3BBBD23ADF3A043AB3BB3B3B41BBEABBC1BB4FBCDABBE63B25BBB3BB29BCD63BBDBB47BC9DB8213C423C0BBCB4B9E5BBE0BB34BCC5BC0EBB823BAA3C5B3C8C3B02BC4B3C63BC323B583B043CBC3A47BB6C3A56BC0CBC423A993CC23B1A3CC5BBF93B8BBA38BBB7BBDD3B183CA7BB8CBC03BC433C34BC0E3CBB3B41BC2A3BF6BB853CB13B17BB02BB573B95BBC53B3CBA17BB783B7CBB0BBC193B55BB153C263AD2BB99BAF93B81BCB43C443BEBBB2A3B9B3BA53A01BCEFBB2EBC323C9FBC81BCE6B7FABB323BCC39783C1C3C61BBE0BAD8BB2FBC9A3B213B603B86BCA63C86BBF5BB69BBB23BA4BCF53AA6BC993C5B3BA7BC68BB6EBA4BBC83BC853BB8BBBF3B2F3C423C973C12BCF2BA4ABC8D3BEFBB873B85BC5E3CCD3A0ABC043B35BCDEBB2ABC103CA0B845BB93BC03BC86BC1FBC753BDF3BA0BCB43B29BC723CB53BE53B0B3B2C3C7BBBD4BAA13CED3B1A3CF0B968BC183C453BB4BB873CEFBB0E3C2C3C103B8A3CABBB183C35BBCE3B56BB57BB073CD5BBD53CC53CF2BBF6BBB73A973C703C0E3CDB3B14BB34BC12396F3CA73B163CE03BDEBC99BC213CE0BB0A3C08BC073B0E3A8E3B51BA7D3C67BA31BCA83C9EBA46BBE2BBB9BB8CBB313CD93CCBBB273C273C49BC88BCB23AF6383E3B4ABC6D3B44BB843C73BC00BA9FBBB53B233C39BCDC3AAEBC403949BC963B31BC02BC07BA703B83BC1E3C113BF4397FBB883BA13A7B3BBABB843BDBBBA1BC0CBC1C3CE2BB90BC41BCA33C9C3B44BADD3BE13A5DBCD63B24BA6839383C063C76BC4CBB3FBC6A3C413B83BBC83CCF3B453C45BC37BC8F3CF9BBC23B04BCCC3B8F3AB03B593B383C5E3B0BBBDDBCFDBB54BBB33B25BB643B7B3C5EBBB13BFC3B423C093C91BC0ABC0B3C16BCEBBBE73B733C143B93BBEB3CBABBC13C493B7ABA15BB213B303C533A383C243C813C16BC93BB4A3C7F3A9ABB3A3C933A7ABCC93B3FBC213CBF3AF0BB7E3BB73A48BB3D3CD83BDCB9A83AFE3B20BBB7BC893A46BCA43C483C0B3BD1BB8C3BB4BB5E3CE73B7CBBA8BBD53C5A3B4FBB04BB323AB13B8A3C8CB90EBB53BC703C2CBA17BB94B97DBC343CFD3B30BB803C8D3C8FBBBE3A8B3C8EBC8ABBFB3BF1B9993B96BCAB3C183C123C023D5B3CDFBA063B55BC34BCABBBE9BA16BC713C173C173BF0BBBC3B32BB003C83BC173C3E3C243B9C3C99BCBFBCC2BA7E3C59B9B0B924BB8BBC16BADFBBA2BBD43A753B3A3CE4BBBE3A60BCB43C9ABC07BC86BC59BAACBBC7BB373C5DBBAE3BA23C65BCBBBBD83A09BCACBB223C2F395FB9AFBBA2BCE9BB69BC4ABB563C4FBCA1BB183B05BBAF3B083B863BAD3C863CB63C5BBCFCB999BB8CBB91BB86BC0D3CECBB0E3CD13B6EBB0EBC1E3C7D3B503CB9BBB93B91BC7CBC4C3C113CDB3B663CB1BA9BBC83BB21BCA1BB6BB9623C35BC1ABCC1BB043C0FBA22BCD83B36BC8D3B71BB7EBCB43A83BB45BC1E3C03BC9CBCDE3B85BA5B3A3B3C263B18BB25BCA1BCAF3B2C3CFCBB3DBB32BC65BC53BB9FBA17BB9F3BA73BB43CD6BA00BB15BC9FBC9DBA093C283B2EBC32BB053BA6BB263B8D3BAB3BA33B9B3C0A3C353CE43B70BAFFBA1BBCD93A09BC003CFFBB2A3A3C3C4D3B1BBC8A3B7E3CE53C16BC12BC9EBB2E3A6FBC2DBB173BC7BAF7BAB83BE6BB103D13BC82BB153C573C8E3C67BB903CAEBB7C3B783C153A6BBABE3B03BC62BBA8BBBBBB833B213C31BC96BC8DBC0E3B9DBB7FBC18BCEE3BEF3BFF3AB6BBBC3B79BBEE3AB43CA9BAA3BB79BCDABBEABA663C11BC08BA1A39A73AC3BC143C7F3C623C453C713B2FBCAABB71BC813CE4BB693A87BB3FBC44BC0CBB46BC9C39F1BCC4BBC83B66BC3EBCD2BAB13C79BA9E3BC13CB33A643C873BAA3CF13BA33B83BC953CFD3B34BB363A213C7CBBD8BB05BC8FBC3EBCB2BB613A483C3CBCD8BADE3BA5BBD3BB8F3B463CFBBAC7BB1FBCC1BA32B93E3B9CB9F3BB523CA13C433BCB3B08BCB3BA613BD63BDCBB1ABC043C38BC7E3932BBCE3CAEBC8CBB2DBC923BE2BA903C003BB23B46BC8DBC17BC0CBB0D3BA83CB83A49BCAC3B92BC98BB4D3C333C02BC74BB70BA66BB413C523C253C693BE93B4A3A8E3B333C46BC24BC7CBC653A3FBC3E3C643B74BCDD3A86BBB03C023CFB3B88BBADBB64BC08BB4ABC4B3C19BC473C823B03BBA73B26BC8DBB2C3CAB3C6CBBBB3C20BCD73B71BCA4BB8B3CB73B37BC0EBB0BBDCDBBC1B9E03C89BBE5BA2FBB06BCF1BB05BC1EBB4F3C95BAAD3C9BBC4D3A333A363B953A8E3B1DBC41BC0F3CE2BB813C6C3CC7BBC73BCE3B2A3B373CD83AC9BBB8BCA03B713A053C3ABB8EBB343BC63B9C3AD3BB38BC85BCC7BBA23B5FBC403BE33B873C26BB70BB923C9EBB5DBBA3BCA639F6BBB5BCA5BB2ABB4EBC693C46BBF5BB2DBCD63A933B343BCE3BCBBB11BACEBA78BC1BBA043C73BAA23BD43BCA3BA13B94BB9A3A113C1B3B01BC61BCF23B093C08BC01BBC2BB8FBB93BC3DBC6D3A86BC303C9BBC06BB803CEDBA423CAD3C9F3A443914BCD6BB363B883B653B13BB43BA33BC9DBC25BC19BCAC3BA3BB3C3A073C20BB0A3CF03B83BA873BEABB5ABB373A14BC253C49BC983C173C59BB83BC7ABC0DBC7D3C823C71BBE53A87BC14BB0B3BA4BA31BC633C03BBE43B4DBC183CCEBB753BD83AA0BA993C63BCDE3A68BC493CAB3B863C0D3C243BF2BB38BBC23ABCBBAE3A2DBC8A3CA63A8ABB803A3E3ACFBA7C3B08B999BCC33B66BA83BC08BBD53BC03B743AECBBB5BB10BC59BBFFBBFBBBB53C4B3C2FBC0ABCCFBA073C203C46BC3BBC6CBB2A3AF93A5EBB593A0DBC0CBC493C3E3C0DBCD5BB383BC43B4ABC513B4ABBE13966BBB3BC29390BBB3CBC993A8DBBCEBBF73A483B66B99BBB38BC013CEFBAA03C6F3C1F3C18BA3D3B643C073C773C42BB0B3C97BA863C6E3CC8BA883C90BB893B1F3C883C1DBCF138E73BE0BCD13B823B37BCC8BB0ABC013CFEB9E23C443A28BCEC3BEDBB8BBB213C183BBF3B5B3BF7BBD43BAC3BBD3A0A3CCCB80C3B663C753A23BC3D389C3BC63B853CCA3B4DB9FEB8D2BC233C143CD63B913CC1BBD1BAAE3B28BC15BC8FBBA2BAF73B8D3B78BB133ACABBC2BB08395BBCC1BA01BB033CBE3B833B4A3BC23C493C7F3C47BC0D3C9A3A9EBB37BA41BBB33A7F3BA63CA5BA853BB5BB913C053CE4BBA6BBC23BBE3C1A3C363CCE3B4B3CEE3A5DBB183BCF3B9BBCC5BBE0BB8D3A41BBFABA0EBBCDBB3C3B173C0D3C633AFF3B42BCDBBA663CDE3B433AE6BC3BBC64BCF33B2BBC0A3C833BE539313C233BEC3C813AAB3C02BC713BE5BB243C16BC46BB25BC0ABB0BBCC0BCCBBB9A3CDE3B603CA3BA21BC02BA68BC953BC8BB19BC88BA7A3847BBE2BA143B5EBCE63BABBB483CF1B9FFBA9DBC083C023CDA3A37BCB4BCB5BB383B843C533BD3BAC13AB23BBB3B38BA81BABEBBC1BB753ACC3B393CC7BB4BBB773AFF3B78B9EA39FCBBDF3B9EBBE1BB583B3F3C80BC503A443B0A3D9DBB56BBF83BE4BB49BC563C463908BCA1BB893BE73B483C5E3C693CA23B2F3CF8BB18BCD83ACBBB2A3B433CF3BB19BA9BBB3CBC62BC86BB59BC44BB9DBBB43BCEBBD7BB74BC21BC1E3C1B3C18BB8A3BE3BBECBBBE3B33BBCC3B483B50BB513C4A3CADBAECBA1DBCE53B55BC4BBC853CA23C053CDABCC9BAF7BA313C923A16BC65BC6EBB7D3AF43B1FBC61BB74BB3FBCF1BCC8BB753CDA3BD1BBF33A82BCBE3C90BA9E3B3B3C9EBCE6BBA0BC553CECBB463C863C5D3C46BA1ABCBB3B733B23BB473B30B927BC2A3C1CBC4C3A873C613B833C76BC443B843B7BBBA9BB293C96BB03BB25BC193C03BC06BC7D3B18BC45BB8E3A413CF9B7A4BBCBBA333CEDBB91BBBB3B1CBC7B3A003C2BBC983BD43BE4B9513B8E3C54BCB9BA6D3B863BC63B233CCA3BE7BBBCBAD63A573A2B3C0D3BB8BBAE3CEE3BFCBB153BA5BC22B9DE3BB53B203B9BBBD13B783C7C3B373A1BBB753C42BCABBC1CBC3C3A313C2ABC2CBCAB3BB03C483C5BBB4BBB23B9A93CDABBA6BB2E3C203BC5BAC53B31B98FBCFE3BC2BB72BC11BC2BBC5C3CA2BB993BC13AFABC783B8B3C173A82BCBA3B8FBC50BC83BCA4BB1F3CEB3A0ABCDABBA4BBF93A19BAA33CA8BB253C7E3C7F3AA4BCF93AF63BF83B473C6FBB453CE23A8F3BFABBE43A57BB2D3CC53A9BBC7F3CFBBB07BCC939CEBC783C953B4B3CEE386AB99E3CA63BF2BB203CDCB917BC753C973C37BC9BB9313C0E3C0C3C40BA98BB18BA7DBB3A3CDCBA3B3C86BC36BA173C413CB93BB33CA3BB2C3B583A853C55BBB8BAAC3AFCBBF5BA8BBB04BA6F3B313CF3BB073C5A3C3E3A3B3C95BCC23AEB3B94BC19BCF9BA413C823C2B3C98BC7A3C28BCBA3BCB3BD23A81BCE7BB60BC923C82BB1CBD9ABC8A3C3DBCA13B3EBCC9BBC03B11BC01BC333B62BCF23BCB3BEEBA3DBA983CEF3B95BC7CBB20BC14BC1A3BEC3A403CBF3BD93B963B5E39BD3AA03BBD3B02BC2ABB813C30BB39BC2BBC703C9ABB7ABC91BB4D3CA33B0BBCDEBA913A29BC483AA43A663C8E3BEEBB273B3F3998BC4B3B5D3CDD3BEB3B6EBC7EBC943B3FBB0B3BBE3C12BC1F3C733B80BB35BC863C0C3C193C3D3C9FBBACBBBDB9EE3B1D3B67BA753C083BADBAF6BA293B503BADBAB338BEBB83BB1D3CA93A86BB2A3C583A8EBC7ABCE7BBFD3B873ADABB60BC183C74BCE43B4ABCC03C5FBCBA3B88BB193C133CC13B90BA0EBB593C48BCE83AD33BB4BB8A3C043C7DBCC4BB4F3C953AF9BA68BCB5BC3FBC8A39C03B873C513A923A6B3BCF3C08BC133B47BCBCBB5ABC24BAEEBB31BC08BC0BBC1F3C363C393C2BBCB43B54BC833BA73A10BCD3BA873CFFBB773B7439BABA8D3C413CF0BB2D3C613A0F3C2EBC023CBE3CD738AABA863C8D3C18BCB13B5E3C51BCD1BB32B9443933BCB6396DBB873AA53BA5BB473B8ABC493CF33BC13BC13B9ABA3E3C4C3B9E3B44BC983BB83B8A3A5D3BB0BB94BB09BB27BB333C9C3C67BB3FBB333B48BB693B95BB94BC0F3C79BC59BBC93BBC3B783AD23C14BCA73A8EBC3FBC61BB1ABC29BC753BFAB80FBCA8BBDE3B54BC0DBC0EBC56BC4639C1BB06BCB3BB38BC9ABA2CBCCCBBA43B8ABC7C3C7CBCE6BB37BC463B8D3B21BB703AAE3C0D3C033CD0BB88BB893CC2BBC33BAA3C0ABC6B3A3D3B1CBB293C8F3BB9BB0B3B613B053B9A3C923CE3BB26BC9ABC50BCF63B8FBCCD3C7ABB0C3C10BBE53CD3BB7A3A57BB3F3B0D3B443AFABB5A3C163CE53BB03C86BBAB3BC83A7BBB433AB83BCE3B0E3A203CA1BB233CDF3A38BCCC3BF63B403C053B0FBB583CA639AEBBAE3BB13B88BBF93AEBBBAFBBF6BB5C3C463C243C5DBB743BD33B203C883BB63B3D3A67BBBD3C543C353A883A3C3B833C0CBA8F3BD83B6BBC8CBC3A3A403C13BB813B6E3C0DBB9FBCCBBC73BA46BCAA3AFB3B3C3C8ABA163C94BB153C473C8EBBCFBCF63A153BAC3BD03B70BC8EBB403BFF3B403C75BB4A3B77BB90BAF33C4ABB96BB02BC1FBB3EBC1B3BFD3CC5BA3ABC68BBF93B7ABC433B89BB42BC1CBC5ABBB13C16BC9E3BFABBC5BB4C3C893B7FBB5EBCCD3B91BC613CC5BB213C75BC033CB33BCF3B36BA67BB203A0B3CB6BB1BBBEB3AD1BC883B353BD33B413CB23BA63B903C8BBA4CBCBC3C4F3C08BCF6BA5CBB403C05BBD03A28BC6E3A4ABB18BC6C3C703CFA3B90BBFAB9A4B9793C80394FBC8D3C3FBC18BBAD3BADBAC3BBA6BC5EBCAFBBDD3B92BCE5BBFABBD93BB93B7F3B9ABC063C273C65BC88BB5C3ADABBF73A8ABB213C84BB2C3BEAB9F23A50BCA63BCB3B7B3C4FBADEBA803B27BC813CD1BA33BC74BB823CB13B013B30BCCEBB54B926BB7CBCF6BB6F3C98BB843B69BB2D3B5A3BB9BA40BA623A84BB60BC99BB1B3C2EBCAEBBA9BBB2BB99BCD2BCBAB988BC03BC95BBC63B0B3C9B3B9E3B2CBCA93BB4BC873B573CA4BBFEBA1E3C04BC0A3ACA3906BC80BC5E3B9E3BB93B233CFB3BA03B853B99BC25BB023C9ABAA43BFD3C1EBCE53BEBBA92BBFF3CBBBBD9BB843AFA3918BC553C5C3CB43C82BCEEBA02BA923C443C343B213C91BCEFBB8ABB74BC0BBC963B4ABBFA3BE9BB69BBE63BB63BCC3BB03A9ABC1D3C08BBCABB99BCD73BACBCB9BC63BC34BBC1BA3BBBA4BA2DBC3D3CC53B14BA353C90BA13BC303C3F3CED3AF43A9E3B843BB5BBE93A923BBF3B8A3AB33B503C9C3A08BB84BB5B3CDCBB463C803C36BC103A403C3C3CB1BB1D3C04BB11BA4E3C1EBC21BB6E3C803C373B6CBC233C5CBC0D3C07BC6A3A74BC163C863C913BE839E33BB73B413BE53B14BC9B39163C62BB70BC1F3C0FBB1C3C1A3BACBC323B013CB33A383CACBCEC3B643BE13A523C61BBC23B49BB74BA0CBB1ABC38BC43BB903B0DBACB3B2A3B503C1DBC433C4D3B88BB6BBCF6BB073CABBAD73B6FBB093B80BC8FBC983B0FBCA0BBC43ABD3B86BC993CC1BCCA3BAB3B57BC70BC15BCF9BB90BB31BBD5BB80BB0B3C3BBB70BC7CBC313CAABA6E3CD73BE33B0CBCBD3C9F3C093C42BC45BC913B1EBC69BB21BC2FBAA1BB32BC8FBA13BC863CC0BC9B3C853C5B3C543BE43B92BB563C793C8E3B95BC353C053C0D3CD4BB49BC5FBC9A3A2D3C4F3B913AE6BA3EBA75BA15BC633B7ABC8DBB343C44B6E03AF4396F3BA2B9143C293CB0BBC7BBFE3B35BB763CBFBCD63CB0BC80BC773B1D3B0E3C3B3BADBAE5BB09BC813BE53BD53B8D3BF7BB733B913C35BC4BBCBE3B0CBB013CBEBB8E3C713CC9BB8C3C833A09BB963C253CCE3B663BB8BCCF3C9BBC40BBFABBFE3B06BCD7BBF93B723B8E3CE23B84BC903B103BF0BB17BC923C6D3CA33A8FBB6ABB603C86BC6C3C23BCC23AA5BBC03BC33B5C3B343C23BCCEBA70BAA7396E3C13BC6ABCEFB99F3B43BB003C9DBA703C1D3C89BC623B9EBBEC3A9F3BE3BB49BC6B3B41BC77BB4B3B41BC6D3C9E3B06BCCB3BAD3C87B93B3C6C3BD93B473C523CAB3C06BC323B2DBC6BBC3FBB773AA0BCA03CE33AE23B5C3BD83B9D3B643C8C3BF33A183C8B3C80BBD5BB0F3C30BC89BC793C69BB6EBC843BD13A51BC843B8A3B1F3BA0BC8ABA36BBFD3B763C8AB929BBE53A243C29BBE6BBDC3B32BBBFBBBD3B42BC8A3CD1BA36BC0C3AD0B90E3C5A3CD5BBFAB91B3C343CF4BB473CC73BBCBB92B91BBB0DBB963B93BB9CBC293C653CB3BBD5BC9BBC8BBB513C1F3AC43B6A3C3DBCEEB7143CCDBB0F3B353BEBBABB3BCCBBF9BA853C3D3B9BBCFE3B193C1A3B433C04BCD63A0CBC773C9EBC60BA76BC9EB812BCE03C2B3C16BC513CC5BBE2BADA3C17BC913CBE3B10BC4EBBF8BA073B103B14BC833B97BC0ABC15BBB43BE4BBF63A263AF8BBD9BC953B393C1CBC473C093C82BCEBBA5C3CE33B603B2D3B7DBB413CDC3C84BB063CE1BB8F3A15BCA1BB113CDA3A8ABC6A3C9CBA8A3C0FBA0EBC85BC2D3C98BB143B593CAE3CB4393E3C043C9CBCFF3C12BC6CBB54BB59BBA63B2D3CA83C5DBB06BCC93B123A213A1ABCE5BBE53BD93BA93B463B55BCA53AF1BBA7BB5D3C8ABA933A603CEEBC4FBC213ADDBB163CBDBB173AF3BB273ABCBB8CBBFABA36BCB1BB7BBCB13BB4BCD53A093B9E3B1A3BA4BB96BCC4BB1E3C8D3B23BC8C3A12BC1ABB3A3CDDBB02BC64BC493A38BC66BCADBC933B1BBC043C30BC3BBCB737D53B323C0CBBC7BB8D3B433B88BB783CE9BB973A2FBC3FBCB53CF13A17BCBBBB48BC033C5F3B8A3A00BBA63C86BB21BCB33C4A3CBABA663C8F3BA23C6CBCC63B023C9DBB3CBC383C8C3B783B813B273B1CBC45BC2B3CD9BA743BF7BB113C31BC42BC45BB51BCF3BA8B3B953BCE3B96BA3DBC313CD43B14BB4BBC44393EBC28BB28BC44BB73BB793B58BC2C3C23BCB53BEDBA5E3C89BB2CBC34BB653B8E3CD3BB4D3CBEBB573BA5BB223CA03CE13B7FBA2C3C913BCBBBD3BAF8BBEABB433B1D3C4ABC31BB2ABC49BC8B3CA9BB1A3C",
      torch_tensor_32_torch.bfloat16_5: "0x0200000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
      torch_tensor_32_128_torch.bfloat16: "0x0200000001BC323C623CF53BCE3C0A3D94BC663C303C33BC55BC60BC013C24BCBE3B113D10BD92BBA33CB63BADBC003D4EBC393C16BC8DBB8F3CBCBC903C283DC03B043CCD3CFA3BDE3C52BCFC3CBFBBB2BC02BDACBC60BA44BCE93B2F3C21BDBA3A5D3CD23B0B3DE0BAC5BB25BC45BD2C3BAFBBF6BC653C03BCACBCD7BB1ABC233ACDBC953AB639D53B82BC933CD8BA61BC553D443DF63C5A3CAE3C13BBAFBBAABC8BBC053DF8BA883B1A3D51BB0E3CAABC843CA2BBA3BCEDBB663C8F3C4DBDA8BC99BBE83CA4BC23BD08BDFA3CEA3C7EBBC63C883CACBC87BB85BBE03B613DF9BCF6BC863BF63C473C793B81BA81BC3F3CAA3C95BCDB3CEB3C1E3DB43A8FBBC63C0CBD22BDF03C773A4ABB8CBBC03C7CBC563C9CBA863B6F3CCF3C04BD9E3B9CBC0BBB08BA773C7ABCA4BC92BCA83B19BCD0BC813CB9BC2BBA863CBA3CF0BC493C293BBDBC6C3A153DCCBADB3CC0BB15BC9E3C17BC623CD43CDA3BB8BCD13BA33C0BBC03BD793C82BC9FB71D3D5BBCD73BDD3C813C813D5CBC55BC4B3A76BCF63C303D253D833A1FBBC1BC3DBC81BCF8BC8E3CF83B8A3CD6BC59BA973BD2BCF23C973C623C753BE0B84CBC05BD2F3CDA3C62BC28BCCFBBB7BC5BBC443C7E3C563C0B3DC3BC253D61BBE8BC783CE7BB32BB0E3DD7BCCEBC1CBCFFBC9B3C9A3C9ABCAFBC963C58BB97BCBD3B50BB903C583C74BB103D663C083CCB3CA5BABABC90BCA83C113C04BDE43C51BB7BBCD2BBC8BC92BC823BCDBBAC3BC7BB173B0D3A423C8EBCB9BB8EBB193CE6BCBABBFBB9D73C0BBCEA3A803CC63CA9BBBCBC71BC913B693CA4BBCD3C79BC113CD93B6BBB5FBC99BACE3BD43CF7BCCA3B283BB9BC133DC2BCA3BBA1BCAEBCB9BCAC3CF8B9CBBCA13C5C3BEE3CDF3CD33C57BB3EBCA8BA253B323CD4BB3B3C973B9ABC73BB47BCE73C693CE33CC13CB63C5ABD0E3DE93CAE3CDDBA70BC953B5DBCB6BB0ABD5A3CC53AD2BB0BBD45BB83BB85BB7D3BBFBC203C20BC5B3B493C753BECBCB93A853C2CBC84B9F63B93BB8F3C2A3C323C083C4CBB653A1F3C60BC033CC0BA433B783CAB3CE8BC3A3CB8BB75BCFDBBBABCB43CC0BC093D6CBC3C3C9A3C893C56BBBB3C0ABDA4BAF9BB28BC453C0DBC9FBC8ABB8DBC9EBCBABC843C0FBD043D17BC5FBABEBB993CBB3B363DE4BC713C8D3C13BCD8BCBD3CE7BC1E3C533C2EBB5FBB88BC1F3CD33CA7BCC7BB663C8A3CE43B87BCB43A063BF03BC5BB16BD96B70DBD723CDA3C33BD05BCAD3C59BBB3BCDFBCDF3B013D173DF43B8A3C843922BD5ABD093C90BC9939ADBA19BCE03C1C3CDA3B1E3D99BCA1BCC43BB2BB383C2ABC993C483C423C31BC78BC49BCA53CC83B7ABC203B02BC973B19BD393C5DBDC3BBBEBCBF3CD03BBCBB8DBC8C3CA7BBF6BC7E3C26BBE93BF0BC323CF0BBC5BC8B3C7D3C673C4ABC9E3C413C99BB743B113C433C8A3C3D3CE6BC283C0A3BB0BB9E3CA83C1C3C03BB093DBC3C09BDC63C4EBC83BC40BC81BD91BCB43B11BCFC3BF53BD9BC833C0EBD923C61BCECBCA03C953C1A3DD23C24BDB9BB1EBD0A3DD33AF8BCF2BB633C373CC7B91D3B67BA913C5FBC573C0BBCF23CA93C8ABC23BD28BD15BC9DBA8C3C67BBBDBC6ABC78BC9C3C493C1BBC56BBA83CAA3C443B37BD5EBCB63BB73919BD1F3C2B3CACBB9EBB913C673D653CADBC88BBA1BB4F3B5BBC7F3C123D243C943C5E3B883CBF3C05BD1C3CB83CE6BBDEBB003D473CA23CCF3CEB3CCCBA71BB8C3C35BC883BD0BB86BB16BD1FBC3CBC9A3C34BCBA3C9ABA82BA48BC52BCF4BB5DBC5E3A08BD0DBD143AF6BC553D1C3DAABCB53C81BC1CBD023C583B883974BB9C3CB03C2E3C9F3CC63C5ABDD13CCE3B6C3CAA3BFDBC293C9EBC3F3CF4BCD93BDA3BADBC36BD0E3B97BC693D2DBC0BBD6EBC853CF2BCBF3CCA3CDF3BC1BB8F3B243CE33CE5BA7FBCAF3C8D3CECBC21BC5B3CBD3B60BC723B023CDCBBA03CFB3B643C2B3CC23CBCBC9BBC13BBB3BB163BCCBA7C3CA9BCAEBC00BD0FBDC73CD9BBB53B253CA1BB90BC95BB103B23BCC73CA0BB7A3B763A4B3AC43CB43C14BCA33BAC3BDBBC183D553CD6BABC3C03BD8E3CCA3A7C3D4BBC97BBE93C5CBCCABAA1BC05BDBABC9E3CDE3C843C0BBD7ABC9B3CD93C15BDC53C2D3A3A3C98BB8B3B173C04BD1F3DB5BC97BBCC3CE3BB4EBB0C3C8C3CF53CA1BC0BBD3DBB6FBC05BD1F3BBFBCD33B42BC813C333B363C193CA13CEE3CEFBC1F3DC3BCA73CA6BBD43C30BD4B3C89BB6BBB48BC87BCBE3B083C44BC2F3C9B3CEEBC3BB9A73C473D11BDD8BBF03AB33BEFBBB63BE2BC64BC1FBD5B3B053A83BC783C503BBA3CD53CA9BB93BCD8BC7D3B71BC1D3DA93C9A3B173C063DB3BB2CBDAF3C3FBCB5BB1EBD9A3CEB3C353C4B3CD2BB24BBCF3B973CE73B50BC4C3C43BC223C48BCCFBCD93B11BD08BD37BB87BC09BD8D3CC1BBEBBB65BC8A3C8CBCB43C433C233C733CA5BC8EBB0BBC133DBFBC07BC383CA73B1A3D07BDAA3C92BCBA3C333DE7BCD1BC83BCA33C753B11BC933CA1BB91BCA13CE13C1DBC303CE1BCAEBC9A3CF43CB7BCAD3915BD2E3B8DBBBCBC303C24B9653CEC3CAA3C923BD13CE73C5A3C91BAD1BC813BC3BC11BBED3C86BCB7BCA6BCFC3BEDBB9ABAA83C843C4B3C97BC06BD17BD263C09BC6BBB8F3C29BDF13A2C3BAD3CB6BA133D94BB673C52BCDA3CCA3B8FBBA6BC58BA093DF4BB8EBCA53C7FBC1A3D2B3DAB3BF13CB1BB3D3C823C543BF2BCAD3C0D3C0B3D853B943CF1BBD0BB95BCDA3C24BCF03B413928BDC43AAFBCDB3B693C643BA73C0ABD6B3C70BCBE3C8FBB4A3C343B913BE1BB973BA93CD8BA4E396C3B1F3DEA3C543C5D3D22BD853CC03CACBC03BC5A3C543CC4BB85BCBE3C78BC6D3CB23B98BC86BA47BC4CBD82BC7BBCE8BCD83BF03CF5BCF9BABC3BEA3C90BBBD3CBABBA7BC513C443B0FBCF4392B3BA33AD13BC9BC88BCA63C1BBCD03B4139003C0FBC11BD6D3B163CA3BCDABCD0BCF93B8DBA6C3CC43B603A183CEFBA9B3B2DBC58BCE5BC5BBC5BBC5B3C253CF13B1BBA013C0BBDC0BA1D3CDD3CB3BBB43CCBBCE33BFEBBF53B20BD4FBB393D9CBCAD3BF0BCE7BB38BB943C8FBCAF3C323C1C3CDC3C12BD1EBBDA3BB2BC68BC8FBCB039D2BC20BCA3BCC7BB9ABB89BC7EBC7ABC1D3D0FBBF53C82BCD7BC423C783B4BBCEB3CDC3CE8BB65BB67BC7ABBDF3B433C6FBBEC3CAD3CC33B3A3DC6BBF1BB64BC8CBCFC3CFC3C1CBCC6BC9C3CF0BBA53C2E3C1B3D1238E0BC80BD02BDA63CA43CAABAF73C3A3CD3BBDEBBFDBC1E3AFB3B413B85B8D7BAAFBC023CCA3B753CEE3A12BC92BC24BB4A3CB5BC42BCAE3C073C04BD683C21BDAFBC303D853CA73B853C42BBF0BC6FBCEE3BF6BC9FBC50BCA53C0F3CEFBC013D0F3D263BF2BBA63B90BB40BCC13BA43C8F3BCEBCC9BBDABB833C43BCC53B9ABC193CD2BC333D0D3C5EBC1ABDF9BB03BD89BCBBBC58BC1B3CD63CBBBBC2BBC43C31BC353C75BC2CBC02BD163B92BC04BDFC3B653C143D3CBD2E3C24BD73BC233DD6BC2FBBAC3CB6BCC23CBA3C3EBCB4BCA0BA97BC27BDF6BCCF3CAABCDF3A77BC4EBB9C3C2DBC193D123D33BD05BC0F3D01BDEBBC723B01BDB0BCFA3C103B7F3C07BDB63AF1BB4BBC10BC12BCA43B34BDECBA3CBDCB3C8B3B2F3C283C9EBBD83B9FBB22BD70BC43BCB6BCD03CDB3CDB3CF939B73BE0BC523CDFBB2BBC0E3CA1BC6ABC4FBB023B033B8EBC28BCAA3CA0BCC6BC14BB673C68BBB63BA73B8BBC7C3C983BCABB61BB2DBB92BC1EBDC13CB03CBABB7ABCF83B07BC743C65BCB1BBCC3B94BB713725BCAB3B2DBCCE3BED3C883C8CBD0BBC17BD32BCFABB2E3C013D3A3BD33B00BD033D0DBC73BC863BBDBCF73C063B843C363C983B493CC7BCB8BC71BC01BC72BC6F3CB3BC17BBE5BB123C2EBCAABB043D723BC6BCF2BC13BD043DB63A073D273DC83C9B3C1EBBC7BA2FBC643C7D3C61B9243DED3A99BC9EBCD23BA43C04BCA5BC6EBCDEBCB83C96BB84BCC6BC9C3CFA3C2EBB623C1C3CB13A03BD4EBBA4BC203D66BC9B3C7ABC1DBC82BC99BBA73CA5BC10BD863BEEBC6A3CAABCCABC1E3D49BC443CD7BCE53C56BC443D813C4ABC83BA9BBC3BBC1E3B023DC23B6F3C14BC873B7C3B05BA96BCA73B14BC88BC04BCCF3B59BC1EBD51BC5ABC3DBCEA3CD2BBA538913C39BC19BCF33B0DBCE53B173C9F3B6D3DC63A1F3DF03BD0BBFCBCE73BC83C48BB593A24BBC43BCE3B9C3B4F3CE6BC21BD033CE1BC0F3D203BF7BCACBCCC3CF43C823C9B3C0F3C3B3BD33A34BC103D1B3C313CA53C00BC15BD83BC34BDD63CEEBB73BB203D603C133D83BC6A3C8FBB7FBCC83BDABC0D3A873C5ABBCDBC71BCABBCC13C413D823B033C08BC7F3C47BCC33C5A3CA23C853C653CE03B89BC62BDA93CE2BA5A39E1B7073C033D053D92BCD63CE4BC013B83BB7F3B86BC3C3C06BBEE3CFEBCE2BCB7BB17BD75BCD9BACE3CEA3C1FBC603C71BC11BB5E3D763CBD3BAF3ACA3B34BDD9BCD33C883CA63CB63CA03CB73BBF3CA1BCCFBAD5BCCD3A24BCA13C5EBB963CAB3C3C3C1E3DB1B9E8392EBAADBC7F3B283B7ABB8CB99CBC843C703AF83C2F3D843C3BBCB0BCBABC663C41BCB6BC86BCC33C063C173A63BBB7BB6DBCA13C19BBAD3BCEBCDABB873CCC3B5A3CB2BCC53CEC3B8CB8D03C58BD85BCA53B853AAEBCFCBC2ABD2DBB553AD03CE4B9C8BCF5BC55BC093A523AFE3BAABC0FBD663CC23CC43CB4BB4B3DCABC4CBC1ABC6BBC323C89BC9B3A64BB063AB1BCD4BC5EBDABBCBA3C033C34BCBA3C023CEEBCA8BC103C4F3C103DC1BCA03B1CBD05BA813B86BC133C9ABC0C3B8E3C44BC3CBC6ABC8C3C233DC7BB693CB73CC7BAACBB35BC3839823CB7BC2FBBAABB423CA13C17BA893C493BAD3C7ABCDBBC8E3CA23BA1BB12BD163D043C88BC643CA0BC623C19BD50BC45BBDB3BBEBC08BC77BB13BB6E3BF6BC3BBC953C163C88BC25BD2C3CB939593C293BC5BB4ABC053C70BC3FBB5CBCA5BC743C99BC0DBDA3BC4F3D133D843B82BA2C3CE43CE93C8D3C233DF83CEA3B243B45BD4E3CF2B914BC013BCC3C08BD543CE23B093C1FBCD6BC50BD36BC5DBCD2BCA93C933C08BCF4BC143D6C3B43BC313D923C67BA97BB473C10BC8F3C4CBC183C33BC2EBB11BBAFBC843C9F3CDBB81EBD66BC1DBC39BB4C3C59BD4FBC5EBBF5BCB6BC123C203D44BBAC3B103B5C3A01BB103D6A3C02BD4CBCB9BCB1BC973CCE3C053CA0BC963B18BCE13BFBBB73BCE7BC8FBBD3BB203AB0BC643CB23CA6BADABBCC3B5DBC043CF7BC4F3D12BC80BB5D3A9ABC633C80BC473C10BBBABC4DBB41BD4FBD243D4BBC9ABC213DA33CC6BCAC3B84BC703B20BC763D7E3A3B3B22BDB8BCBC3CCEBC483C23BD85BC2C3D2FBBA8BB083DE23C95BC293D843A6A3C93BBB93CA93C77BAF53B0E3D8F3C103D5CBC6E3B9BBC1DBB613C66BD133D9DBA04BCEEBC743CCEBC46BBAC3C7A3B2CBDACBB1FBD7C3C603CD83AC2BCC93B3F3C66BBC73B2ABC913C20BD8DBC843C83BC2A3ADE3AE83B0C3B9ABCE0BBEDBB18BD7EBDC7B9B9BC9A3CD43C873C90BCC9BC093D6DBC5EBCDF3C353A653B3DBCD13CF0BCEDBAFBBB7C3C23BC5BBC35BCA73CBC3C06BC20BCCC3BA3BB55BC03BDF039AA3C31B9A2BBE83B60BCD5BC85BCD83CABBB51BA043D27BD3F3C723C57BB6B3CCEBC1EBC33B927BCF5BCD93B0DB9AD3C67BA50BCA1BCC13C383D743C9D3CDD3A05BB023C1A3CA53B3E3B8FBB783CE93C923C913D013CA0398CBBFABB3E3C023DE1BBB23C27BC153C3ABCA9BCCEBC503B2BBDED3BF8BB4D3C1B3D023DC13BC93B363B48BD76BAA3BC433CB73CAA3C57BCB7BC45BC303D04BCCDBBEC3C9A3C0BBD8CBC213CD6BCC5BC14BC8BBA52BCA7BC69BC133A253CE23CB33B64BBE4BC35BDDDBB2D3CA03BBE3CA73C3939FBBA053DA13C6C3C81BC37BC50BD8FBC86B826BC48BCA8BB083CE6BC8E3D343D46BC513CDEBB213D5F3BA53C693BEEBB7B3C35BCCA3C41BA133CB039C83CAA3CE3BA48B8CA3CF3BC843CAF3C323B753BA4BC823B323B4ABC273C913B88BD57BC3B3AD7BC8ABC683D03BDAF3C1B3C8A3CDF3C2B3D313CB53BC83B1ABD87BCAA3C493B42BBDEBC7FBC06BC803BDBBBFABB2F3C193DD63C293D103CCC3A2B3CDCBC1EBD64BC9D3CD0BCCDBC8EBC323CD2BC423B73BC00BDE13BA2B9853ABC3C373BF83CB73B223CA63BCFBCE5BCCFBCDDBB0ABCDC3C55BC163C09BBC8BCDCBB20BC243A703C0B3D273CF53C37BC41BC933B23BCD23CDB3B7CBCC7BC1C3C20BCD73ACCBCF9BAA93C43BC1EBC333C423C073BF13B3CBD44BDDB3B193BFA3B543C71BCC8BC013CEA3C86BD10BC8FBC37BD10BC983CF63CB03C693CB73C2A3C42BC8D3A93BC553CC0BC33BDCD3C3D3C07BC3D3AD3BCC3BCA83C463DE93C29BBA73CA5BC8D3CCB3B673C62BC9A3CAC3CC6BBFCBBD6BCEA3CD1BB6E3CBBBCED394F3C963BF23AEDBAE1BB1EBCD43C103C353D29BCD9BC41BCF0BCD93C49BCB23C7ABBCD3BA4BB073C6D3A12BD33BC513A1CBB78BC09BB94BCAFBB1BBD8EBC81BC303D49BB473C883A693BE03A15BCFCBB22BD683CFA3A58BB553C403A563CF53AD3BC883CA4BB5BBCC93B353C8DBCA23BB9BCB8BCA7BCC6BC27BC62BB92BC78BADBBCDEBB06BC9B3BA93C89BC23BC0E3B443C853C1BBCBA3B8E3B01BB4E3C0C3CD43C623CCF3CD4BCC83C9A3BA73C443D833CBCBC813C913BA23C643C86BBAABC7CBC85BC63BD05BC893BD33BC6BB133CE23C5BBC183CF3B9B5B90E3BF93B2EBDBBBA88BCE63CA63BD7BCDB3CF73B0F3D6D3C2DBBEA3B5D3C823C143D3DBD883B76BD0EBD00BD073C46BC0ABDE4BB04BC1FBD2D3CB53CD63A3EBC063B843CD73CC73C89BC01BB2BBCE33C4A3C49BC6FBCF63C083D833B283DBC3C243C7ABBDD3A8DBBC9BC883B82BCD0BBB03BD2BC3D3C1DBD68BBD13B453C3F3CE4BB383B373C74BC89BBC4BC9FBC28BD043B613B453CA03BBE3CADBCFBBB0D39D8BC0E3C0CBCCFBA813C9F3BC63CFE3B77BD64BD17BC47BC2FBAD83C033DCF3C913B4F3CA7BA25BDA13CAC3C13BDBF3CED3BFEBBA63BB03C74BBC1BC723CAD3C8C3C8A3B283B323C8E3C213CB13B083CF23CDEB92EBC1CBD9A3CDABCA9BC7DBBF6BB2FBCA1BC523CEFBB8BBC013D67BCA53BCDBBE33B93BC78BC853B80BA683CC4BCA1BC273C4C3A43BBACBCDEBCE1BB533CE83B7B3C583DD33C2CBC4EBDA1BC01BCBDBC023DD63C4C3CE8BCB43B5B3A5B3AE03CB83C99BC643B163B9EBC2C3C81BB3ABD48BCEFBA44BCB23C0FBDE83C013CA5BCEC3C173C31BA02BB04BCB43BCFBB1A3CA8BCB8BC9E3AEDBB83BBFEBC3F3DF4BA1C3BA33CF2BCD23C82BC0BBD88BB3F3DDF3C063D8C3CFC3C13BD1EBBD73AAF3C443CC73CA2BC7EBCA2BCC9BC98BC12BC803A0FBB1E3D3EBB113B07BCCDBBCE3CFD394D3CCABC5D3BA2BB783C43BC8EBC60BCB13C4ABBD33C9CBC5BBD733B83BC5FBCDA3AA53C53BCEF3CFF3C553BD9BB5FBC493BA6BC083DA63C383DF9BA87BC42BDE23C3C3CAE3A333D70BC9CBB61BC483CF5BB0DBCA3BB183D0ABCC73C623A35BC4CBC183D21B8F73C563CDABB24BC3ABC52BD023BC53C683CD73B9EBC82BCE93C853C96BCCE3C11BC7DBCA83C853A0BBC663B60BC363C9FBC9D3C8ABCA53CFE3A36BDC13B9C3C4BBC2DBD79BAB43CB0BBDD3B81BC3A3CA7BC54BCCFBC253CD53B533C2A3C093C713C1FBB16BD18BDBB3A10BC02BDDA3CACBC1E3DC33C5E3BA93B68BCEBBC223CC13CDBBB123DFC3B343D1EBCE8BC89BB36BC563D6CBA663C193D7ABCAB3C2A3BB13BB23C5A3CEFBC98BABB3A513BA9BCC8BC00BD94BC48BC303D5F3CFEBA08BD7C3CD2BBB3BC59BC7CBCA73C8BBC22BD55BCB13CA53CCB3B2A3C8B3C2DBC523C43BC22BB5ABC5CBCC7BC92BC9FBC7DBCC63C3A3C953CDEBB37BB9A3C723C61BC063D2E3C61BCB3384B3CABBA083D26BB9B3C0B3DFCBB073C443AC53B18BC0A3B283D953C3CBD213D4ABC633C09BC4CBCA63CED3C91BCA9BC873C5FBC043C773C633C143C903C083BB8BC59BC883AA2BC1B3CD93C2ABC833B96BCD1BC88BC663C883C233C0FBB16BCAD3C71BB263CC4BBB3BC37BB1A3DBEBC0F3DD4BCBF3C76BB2C3B513C8CBBB63CBC3B91BC2F3B263DBCBC85BAFB3C83BCC2BC2ABC303CB63CEB3B1B3C23BCADBCEC3B333CCFBB103BBF3B963BD43AE33C15BC713A04BDF5BC3DBB27BC31BA11BDD83B193D39BB37BD903B3D3C2BBB7EBCB7BC483C773C103B073B4E3DEE3C49BC7D3C233C93BC033D33BC31BC9A3CD83C9ABBBCBBB73CC63B3B3C283B253D3ABC1A3CD93BDEBC48BBC5BC103CA23C53BBD0BCA43C253BA8BCDB3BCCBB633C27BB813B06BBD13C6CBCABBC143CF2BCEDBC0E3D403BE2BC5ABC953C223B2FBC753CDC3B02BDA2BCAF3C383C2BBC313D973B3C3C10BDF3BB82BCA83A25BC333D183DC03CAF3C99BB91BB70BB7C3C1DBC02B8053CC83BBA3CB83CC0BBEDBA36BB27BB4BBD24BD4B39BDBA373DC7BB4DBCE23C41BCA3BCE1BB863B96BCC73CA9BCD43B21BDA0BC39BB94BC383C12BC543C06BDFDB8123B02BD94BC2ABA25BD923BFEBC9DBC7B3C92BC14BC8DBAC0BBC23CFC3BEDBB33BC703BEE3A60BC2CBC4B3C023CD2BA293D343CF5BCA63B54BA36BC033CE33C793ABBBCA43BCC3C68BBCA3B8E3C2F3C103ABABB903C96BC3F3C233DA1BC47BC733B03BDE5BBAC3C2C3DD23AEBBBACBC663C27B96EBC203C5ABBA2BB7E3CB03C4ABCDABC423B473C2D3C8F3AC5BB053DC33BB2BCC43C4BBC1EBD06BD8DBC72BCFEBCA7BC41BDB23CAEBCE4BBEDBC81BC1D3DB23CEFBC12BD2ABA113C69BCCB3BC43C7B3C943CFABCCFBC31BB93BC38BCECBCB2BCA0BB1F3BABBCBD3BB53C633C003DC0B824BD16BDDBBC81BC0D3CFC3C6CBCD13BC6BB27BCC03CEBBB0DBBBC3B9CBCAD3C48BBB9BC0BBC333CCE3CE8B869BC133CECBC8B3B383D2ABC2B3C17BD74BC93BC4E3A853B533C24BC3F3BCB3B973C8E3CD6BC4E3C773C893C67BC073D6FBC203D683C753C36BC74BBA8BC243C09BC38BD023DAEBB7B3C773C5DBC5A3CB23B213C093C253CB4BBDBBBDEBBBF3C72BB96BCB5BC7C3C87BCB53CBEBB0F3C94BC09BC8FBC123C463A3A3C803CFABBCCBB95BC773C1C3C46BCF9BB2EBC8CBA793BAABC9E3C593C6CBA653AF9BB68BA123CB8BC7DBC8BBB0DB9533D7ABBA0BBBBBCA73B11BC313D403CCD3AB03C8E3CD23BDDBC7EBC89BCF9BC01BDEF3B39BC943C163A013C4BBBB1BB2D3DB73B0DBD0B3B2A3C153D87BC13BCC43C013DE93B83BCC03B9F3C0A3D3A3BB73AD73AE9BC903CDC3C093D62BB9B3CB03CA03CBA3C45BB01BDF3BC0B3D513C0B3CDF3CD8BC183D7B3C58BC7F3C7CBC00BC153C293CEEBB0D3C883C24BC363CE83CC9BC96BC31BC633C99BC1FBC153C4FBC8CBC08BCBBBC2D3D16BD6B3B7DBB56BC9ABCBABAB2BA103C36BD1EBCEDBC6CBB9DBBDBBBC2BB9FBCAC3CC23B0ABC02BB463C823C393D7DBCCABC0ABB9D3C833C0EBC6F3C4FBCF63CAF3C69BCA3BB033C81BCF33C61BC3BBD623C03BDE33C7138E03C893BABBCC8BBE5BCEF3B0BBD1DBC13BDB03B1FBD1BBB8CBCEEBBC3BB0BBD22BAFB3A9B3C1CBA033D69BCF13C873C04BD92BD46BCA43A203B8CBCE639FBBCF8BB4DBC803C7F3C0C3C94BC11BA62BAA3BACA3B583B8C3CE8BCADBB81BC5FBC83BBB93C98BA4D3C233B36BBF13BA4BCD43C00BC293C19BC053A82BC80BC6FBCE5BB8B3C38BDBBBC893AA53CBE3C933C90BB16BCDC3C98BC78BC3CBB2ABA093D783C223CAB3CB0BCFCBC9B3CCEBCBABCA2398C3CB63C223CF5BC243D993A9A3A913C1C3C203C92BC7E3AD53C693BC1BC57BC123D2D3C0BBD81BDB63C4CBCB93BD0BB2DBBE0BB63BB8BBCA73938BDA33CEDBB8A3999BB433B25BB673C22BC4ABC223B06BC30BDB4BA78BCC5BB66BD143D163CC13CA93BC8BC243B6DBC35BBAD3C223C8ABCF53C253D65BC38BC643BA73CE33C0FBB84BCC03BC8BC603C8ABCE33A9B3C55BC293D2DBCFBBC05BC1D3D97BB8D3C403D403CB1BB90BC1B3D84BC193B0F3D68BC443CEFB9B33C84BC00BDEF3C0CBC72BCC93C0CBD7ABB833CA93C503C433A413C363BEC3CD43CD43B6E3C2839183C1EBC25BD933BD03B343C12BD71BB063D13BC5ABCBE3C813C223AB2BB90BC55BB353C9FBC573DF9BC6EBC3B3BE83BC13B20BD91BC363C32BBF63B57BC783CD43B4BBC413C7ABC6D3CF9BB853C443B84BC8FBC633BFFBB863C1E3DB83B7DBC863C9F3B063BA23C123C32BC03BC31BC09BC153CA0BCC63A23BB383C68BAAE3C963C59BCA4BB3E3C2DBCABBCC33BACBC5BBC05BC75BC123D9ABCC8BCA4BC75BA403C7CBC38BBCBBBD4BBFDBAA7BCBA3ACA3CCD3CE4BB133DB7BB313D1D3CBBBCC13B1FBCBABCB4BB2A3BBEBC2A3D36BB2EBB8ABB2A3C10BD11BC4CBC47BCE4BC7FBCC2BBE93C9CBC3E3C0CBDAB3C7D3CF53A123D42BC3B3C36BC1DBC343CD6BA2CBC713CD53C683C2C3D9CBB97BCA03C123DE73CCBBCA9BC973C94BC363D34BC2F3D883C543D083DAC3CC2BBC13C6D3DF63A32BD723BDD3BB93C8EBC81BCAA37E13CB93C50BCE83C023C78BBB93C72BCD53CD33C573CFFBB533C6C3C083C9E3C21BC42BC013C8ABC84BB42BD0F3D603C40BC8BBCBC3BD13C11BB0EBD3D3C7A3C463CC1BC34BC1DBDE9BBC0BCBFBCF03BDEBC02BC4BBC00BC3E3D2EBCA2BC0A3D463CD2BBE5BCD9BC583C54BD173CAF3BD63C6DBC8C3ADE3CFBBA943B9EBC4E3C0EB710BDC5B9E6B9B63A89BB0D3C3CBB72BC08BD6D3C6FBCA23C153CCBBCDD3B32BC1EBC113C103C3EBDA8BCA0BC58BCC93CA43C713C093C1E3DF9BC313C05BD283D36BC503CF8BC053C3F3D09BB94BC763C8A3C4A3C06BCBD3C81BC0FBC293DB73BDB3B613B8EBB813C143DC43C633CCD3BEE3B953C31BC45BC18BDA4BCC8BC803C243DA2BC96BCA4BBABBC94B96ABC1FBCA2BCDCBC4E3C943BF1BC68BCE13C16BC2ABB933CB93C57BC2B3DF53CDABC0E3C7BBC963C803C32BB073AAA3B54BCBBBA4B3B2CBCAFBCB5BC71BCC6BC2CBDA53C29BCE93B0E3BCC3B82BCF23B1BBCC63C56BC10BD05BBD63BAD3C1F3D4B3C47BCD43C6CBB90BC32BD013DFA3C1FBDB7BC35BCA0B924BC44BBF6BCC1BA923C01BCE6BB053BD73CFCBCA3BCC6BB9FBB14BDFB3BC7BB8C3C223D93BCA2BC133B63BCC8BA49BC9B3AC1BCA53CC83CD3BB43BA7BBC783CE13C91BDA3BB8A3C96BA85BC70BBFB3BBF3C513CA0BA273A39BBDA3C703B083C8C3CEFBBE8BCB73B1B3CD4BCB3BC3C3DB83C80BD98BA2CBD053CF9BB71BBC63C0ABC113BB2BBFE3BB8BCD63C3B3D8E3BD6BC20BCB4BC56BB19BB193B6CBCABBC9BBA26BD0E3CAA3C56BA19BA2EBB76BCE03C6CBC8EBC863C373AACBCCABC8B3C973C2E3C983CD5BBB03C35BDF63C0CBDE3BBCEB97CBB773C8B3C85BCEFBB1C3C5C3D273CF2BCFBBAD43C9F3A86BC1E3C243D27BCA5BC1E3C5F3C6F3B1E3DDFBB303C49BC9C3CEDBBA5BCA83A99BC73BCAC3CDB3AE0BC813DE73BDBBC8C3A3ABB73BCA9BB643B26BC48BCBF3AA2BB6FBC07BD3FBC19BCAF3CDDBA673C5E3CACBBB5BA4A3C49BB1A3D2DBAA2BC03BC2E3C193B5D3C0A3DA63BAE3C8E3C143C9C3C82BC",
      torch_tensor_128_torch.bfloat16: "0x0200000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
      torch_tensor_32_torch.bfloat16_4: "0x0200000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
      torch_tensor_32_torch.bfloat16_3: "0x02000000803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F",
      torch_tensor_32_32_torch.bfloat16: "0x02000000513B1C3C153C54BB02BBB0BBE0BB87BB873AE33A2CBCF1BC293C233C18BC853C9D3CF7BB68BC9A3C2CBC3B3DF0BAEEBA9DBB2E3CD33BB4BB503B453C243C69BBB0BA41BC1A3B0ABB1EBBA13B323B103C06BC16BCFB3BA5BBED3BA23BFA3B7C3B893B943BE4BB45BBDFBAB03B743A10BC7F3C06BB103B68BCED3BAE3B86BB523CE73C93BC283C26BCCBBB4CBC5E3C953BE6BBAE3B1EBCAB38863B933B91BC0DBB9BBBD9395D3B4D3C41BB4BBCD1BB5B3B00BD96BB303BD0BA98BB143C65BCB4BC8CBBFD3A93BAA3BB66BC633C543CFABBBBBB753C0FBCDDBB5BBC85BCA33B383C9DBBC93BF23B69BB38BBA73C72BB8FBA803C7FBB4D3B2B3A8ABCA7BA82BC97BC193B9D3A983B96BC2FBCC33B78BCC03C8CBC913B88BB08BBE73CDC3B99BC23BCEB3BBABBE93B113B02BCA9BB37BA243CE4BAA0BB8EBCAEBCAC383ABC0BBBA73A72BC003CD5BB463CBE3B613B01BB9DBB82BB9CBCEFBB273C1C3A64BC4EBB5DBA50BA27BC8C3C653C2CBB113B99BC733C0F3B19BCB23B3BBC59BC8B3B3E3B5DBC2A3CD8BA663C4FBC973B4E3C4D3A143C1D3C6A3C62BB1EBC41BB1BBB8CBB97BB8A3B9BBBB63BBFBBBF36093B153C903B1FBC553B43BCA63B72BC70BC113A573CB2BA10BC4EBB113CAB3ADD3C18BC3CB784BB52BCB3BC683B6EBBB03A85BB39BCA43A21BCBABB59BC44BC36BA89BBAA3C203C713C10BCE93BA4BAC43C9EB9453B573C6B3A073B813C1ABB53BCB23CCABCA0BA923B0DBC863CB7BB8B3CA83CCEBCC53B3D3C9FBB82BB1DBA5ABC173CF0BB693B90B90D3CD1BB653BA5BBC53BE1BB833B4DBCBCBA21BCE5BA76BA2EBCEDBBBCBB723C89BC9EBBD73B36BB3CBC033BA3BB0C3C5ABC823BAFBB3C3C41BBCD3B613CF63A5DBB903B1C3CD33BAC3B373C64BC6BBBD13CD8399FBBCA3ABE3B44BCC63BC2BB7A3B883BACBC463C54BCC43C7E3B4ABB9EBBC5BB713C9D3CBB3BDABA79BB0A3C223CD0BB473A253C7A3C1C3BD33AF9390E3BD93A1F3B4FBC6C3C1FBB28BCCF3BDCBB68BC19BB643B69BCCEBA7CBC57BC533B88BCA5BBA2BBB93BCF3B8CB9BEBB4DBC4DBA8C3BDE3C84BCDE3BFCBAEDBBB6BB883C29BB853B8B3C99BCC2BC873B953A993C5B3B513BC2BA69BA3DBC6ABCD8BB143C093C3A3A8EBBA73B1A3B6F3A3ABC563AFF3AEF3AFEBB09BC31BBE23B7B3BB1BB8D3B033CD5BB79BB483B85BB1ABCE83B383C82BB6FBB4C3C643B7B3B9A3ACDBBB73C47BCA1BBD43B74BC363C8F3C3D3C41BC19BCE5BB063C9F39BCBA103BFABBF0BBA73CB6BB01BC243BE8BBED3B96BC36BC113C813BF3BBDCBC4EBA42BB093C89BB203C403CACBB7BBCD7BAB23BC43C51389F3A78BC89BC2C3C033BD83B2E3CFA3A19BC0DBC073AAC3C07BC6E3BEC3B613B8EBC1F3C81BC40BC9E3B68BC053CF63B90BCA6BC34BC9E3B143C053B7A3ADABB2D3C81BC383CCF3B843CECBBC33B2D3A873C31BC8ABC52BC023CCC3B97BC90BB073B813CAABA423C9A3B86BB593CCA3C46BCD8BBA0BBA1380B3C433AB53B6BBBAFBB7FBC153BC4BBB63BF93B7DBB433C043CF03AEA3BFD3CA9BB2B3B7BBC30BB21BB833A8B3C843C0E3C45BC10BC083C58BB553B723C2B3CC6BB253B033C2BBB65BC11BC2DBC5C3C56BC4E3BE8BAEEBB28BC8E3CBAB94B3C003C1FBC36BCA3BBD2B80E3C423AA73CF4BB363BFD3BECBB1C3C243C923C093C49BC25BC1DBCB23C6C3B30BBE2BA063BB53C053B5DBC0B3B023A5C3C363C673B983CC8BB3EBC393C1FBC573CD2BA86BA8EBC06BCC5BB3DB977BCE5B930BB5FBC1BBC4A3BA03C82BC62BCD8BB41B9F33AB53A913AF93A7E3B07BC0CBC463C86BCA33C1FBB3C3CB8BA8F3C933BE7BBD33BFDBB35BC1ABB78BB76BC123C7BBB973B9F3B45BCEB3BAA3C5C3B263C47BC7F3B893B2D3C23BCB4BA6F3C83381D3CE5BA88BBEBBB843BD0BBBB3B72BB813CEE3B89BBCBBBB2BCE3BBCE3B27BC48BCA3BA213925BC0DBC123C443C0EBB9DBBC53BBEBB0ABC513B0E3CAA3BB0BB8ABBBABB673AE53B573C16BB723B89BB063AFCBA93BC3DBC743A66BC38BC403B40BC48BA5A3B21BA05BCA9B99FB9A7BB3B3BE6BC1F3C3CBBB0B98BBC4DBBBA3C313CE5BB7A3A8DBC88BC88BC4FBCE83BA3BB873A06BC503B303C883C8BBCBB398C3C803CE6BAD6BC643C1FBB34BB99BBC73B46BC0CBCACBC8B3B8DBC05BAACBB83BB693B13BC2DBAF7BBA93B8F3CC3B9D7BC0C3C06BB913C65BC98BB09BC55BC07BCD3BB13BCDEBB143C273B533C0BBC00BC9FBB23BCE53BB53B193CE9BAF739E4B9133C4F3CD3BC64BCEDBB533A8B3BBA3BB5BB563C473A57BB9FBBEF3BADBC52BC51BBB03B673C8DBC3A3C15BCA93AE9BB34BB27BB62BC643C0C3B573C913B5DBBA7BCAC3B1C3C31BBD6BB883C34BC6FBA073C013CE938EFBB6B3BFE3ABF39B4BC7CB9A4BB24BC99BC75BC9DBCB1BA793BDABBE73B5A3C05BBB93A7A3C423C75BC06BC273C38BC17BC273BF7BBA93C9A3CDCBBCA3B643CA83B99BCB63CF13B58BC503CBEBBBF3B69B95C3CA03C92BB8FBC863CEAB989BB033C4D3AD4BB85BC713C213CF23BE0BB9ABB2CBC47BC02BC863BAABB033CBDBB3E3CDD3728BB10BBFFBBE3BB963C3B3C40BBD7BB6A3C1CBC513C063AD238BABB973B343C193C1C3B39BC24BC983B133C063C7A3CCD3B15BBEEBB08BCCF3AFBBB3ABC1FBB91BC523BA73CFF3B92BC27BC1FBC0B3BE93BC8BA193CF13B4EBCD4BB403C0F3C013C963CF5BBE7BB933B5DBB3E3C503BE93B453B95BC083B7EBA573C65BB49BC443CCABB213C233C1E3B693A2CB7193BA63B5ABC0BBCD33CD1BC2CBC323BB4BB11BCEDBB4D3C943B93BC8A3BA73B183B333C6EBB103A113CB13C94BB97BB09BC083A5B3A86BBFBBB2D3BF93BE13BCEBB3BBCA63BEABA",
      torch_tensor_32_torch.bfloat16_2: "0x0200000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
      torch_tensor_32_96_torch.bfloat16: "0x02000000A0BC463C0DBD0FBA52BD5A3D05BC02BDB73C0D3CA43C41BDF8BC4D3CB23CEABC12BB9B3BE1BB953CE43C81BC8B3A64BA1DBD7D3B6A3C95BBCCBC1F3B78BC28BB2C3B9DBC983C253D81BBBA3B133B703CEB3C5CBBD2BCE1BC9BBB24BBD6BB8A3BFA3C1D3DD33C87BB67BCC73CE13CCABCAF3B843CA9BA9D3B923B4F3BCEBC82BCE6BC8ABB8D3C21BC353D24BB20BCC6BC5A3C28BDC23C2FBC86BC6FBB3CBB01BD533CE43B62BB9F3C1B3C913C8FBC28BD10BC40BDCF3B0CBD18BC65BC99BC643BD1BCF13C5ABC21BC703CABBC913CF53B7ABC033DFF3B5E3C32BC27BD0D3D163DDDBC913B3F3DEDBCD53AD73B7C3CF4BB51BC1F3CB03CDEBB6CBC1A3D54BDBC3A05BD893CCABB48BBC43A4B3DD6BA3DBDE5BBB63B6F3B25BC9FBC2A3B1A3C94BCFD3CBBBC393CD1BA853CAF3B443CF6BB023CCEBBF5BAA03CF2B992BC92BC61BCCBBB8F3CB53CDD3B7D3C73BCC8BC0ABC9D3C4B3C4DBC193CCDBC00BD2639DABBDF3B573B123BDFBCE9BC923CE5BCAD3CF03C17BD9BBA333D033DB0BB193C9B3CEC3BAABC33BDE1BA2C3CB1BC02BC60BD1D3C1E3DA73BAFBC923CC23C32BAB73B093DDDBC933A63BC25BD9B3C153C563C8EBBCD3C053DF23B22BD5ABCA7BC27BD35BC003D62BCCD3B21BBD1BC5E3C253DFFBBC83B533C87BCDF3CB83B14BD76BA80BC513C903C5E3CB0BCB5BC2B3CD03C3F3CB73C8DBC07BDB83C0ABD303C01BD20BC01BC8D3C43BCEABC4C3A843AF53C97BC3D3B02BD29BCFB3A79BCC5BC8EBC2FBB02BDB1BC6EBC973C4F3C13BCE539B2BB933C01BC36BC6839AABCA43CFC3AEF3B963B163DA1BC35BCDCBC3ABBE7BC96BC6B3CCA3C58BB143DBF3CE4BB823BEABB62BCB73C22BDAEBCAB3C7ABC8F3C2F3BB53C3C3BA9BC533C15BCA9BB75BCD03C66BC50BBC23CD5BC13BD49BD90BBA4BCA2BBBEBC8CBCEEBC5BBCABBC3A3CA43C043D1BBAACBC72BCAD3B333C61BC22BB843C42BC9E3CA33C343CA93C28BCE4BB4EBCA63CB2BCF03C1CBCDE3B253C903C1ABC8DBC533C323D603C893BBEBCB13BC13BC2BC19BC133D223C313B4B3C9ABA5EBCE0BB84BC1638DABB963C863AE1BCA9BCCC3B41BCABBC933CE3BB563C84BB64BC06BD0DBD813AC13C9A3C173BDCBC87BBCCBABC3CF33C88BA84BCA9BCF7BBCBBBBF3C153D973C323C913C0CBCDCBBE9BBFBBAAC3BD73CA7BCAABC5C3C08BD9A3C6BBB313CD5BC0B3CFFBBD33CC73C1D3C0BBD20BC20BCC73BF73C4A3C07BD91BA78BC71BC7CBC9EBC403B7D3C373C80BA4E3C373C9CBC1EBC7FBC4E3C703C4CBCFDBB543DD83BCBBB0ABBB83C41BB28BC0D3DDA3B9DBC8E3CB13CE43C10BB1E3CF43BBF3B9A3C28BBE53CB7BBA2BB483B70BCF8BB913C1DBCAABC68BC233C2FBD1B3C46BDEF3B2E3BB13B1E3BB2BBABBC91BCD93C3EBC8FBCD53CE5BC863C45BC89BC713C67BBD23B7D3C6E3CDFBBC4BB143D213C86BBD03C94BCD73A94BCA3BB79396BBC94BC973CDC3CABBC77BCE7BCF8BC3BBCE73CED3C583C8A3C10BD57BC873C3DBB25BD11BD9F3B93BB2BBC56BB063783BB3FBD02BCF6BA8A3C9BBC9A3C973C3F3CDB3C303B05BD953C713C363B313D3CBBB4BB89BB36BCA4BC13BC04BB743CF8BCA9BC70BC253C2B3D79BAD6BB32BDA3BC0B3DFC3C6BBC473C7ABC9BB9043C8BBCC63CB7BC86BD70BC9A3C0F3D47BBAA396D3D07BD593CB4BBD73CEABC6BBC85BCA63CAA3C3B3C72BB9C3BCFBCAF3C353B34BC4C3C3EBBF5B9A4BC23BC22BCAF3C423C88BB97BAE9BC223CD8BC51BB91BC44BB5FBBBF3A543C973C7BBCAC3C18BCECBB2ABDBEBB273B3E3C01BB133C113D27BD8DBC0D3CC33C6A3C023B9EBC443CF13C923CCA3C1A3D5EBBFB3C48BD18BC2B3C193A353BD4BC0ABD683CD2BB293CFEBC11BDA03C6E3C00BDDD3C313CCA3A90BCCABCCFBCACBCA63CE83C15BCBFBC453C44BBD8BB413BB23C643CA1BBFEBC4CBAD13C673CF3BC01BBBCBCBDBB2C3C3BBDB2BB08BCCDBCA6BC233D02BACA3BB33C333C283B4BBC6F3B8FBCA2BC603C93BCC63CD9BA913C8E3C843C02BD8EBC323BF53C2A3BA9BC0C3C33BCA23BF73C81BC873B3ABC9D3A8B3BEE39993C48BCA83CD9BC2BBC25BC4BBBE3BCE63A3F3C9E3C063BCFBB6DBC9FBCF5BB1EBD373D18BB57BC80BC6BBCBABB733CD83C04BD17BCFB3B35BCCC3B98BC433C7FBBA9BC8B3B1FBB5F3C843C93BC213CF53BAFBC113C23BC1F3BC13C793C16BCEE3A78BB883C073D0F3C653CB83C923C03BC55BB90BC91BBC3BBC2BC593C423B563B043DA1BC593CFB3C273C0C3D343C1CBDB3BCD9BB2DBC0B3AA73C023DEBBC423C5EBC5339853DFA3B4DBD17BD3B3BE5BCA13CA03BB037533CA33B813A23BBAA3C95BB0FBBE23C6BBB613B34BC8F3CBFBC6A3AEA3CA13C3CBC5CBCA2BC00BDDB3B343D6BBB7B3BD3BCC23C01BD0A3BD5BCD1BC96BC153D22BD863ABBBCE63CA5BCA13B363C3F3C8CBB29BD4BBB0A3B8D3C213BC03C1D3C7BBBBE39D63BEEBCF53A793CF43C1DBCA6BC25BB943C283B6ABC1F3CEE3B573C42BC29BCE13C493C9ABB86BCAEBCBA3CCDBCDD39453C94BC8F3BA83C2CBB453CE23AAABB0DBCB63B543C1DBCC0BC8ABC673C3ABCE7BC01BCD73C11BDF1BC63BB3BBCA93B9F3C403C16BC4B3C373D423CECBAD33C173BA53A2F3D013D01BC0CBCAE3C133CA93B1C3B03BCE73BC6BC45BC6EBCAABCC3BAB7BC8ABB49BC913C473CB83B043B72BC103C013DBF3CB13ADCBB423CB03C21BC17BD383C713D81BB573B1C3C293C2F3DBA3C15BD333BB9BCA2BC983A463CFF3C0E3B39BBDEBB92B9A63C1BBCCBBCA4BC713C55BCE6BBB93BD63AD6BCD83B323CF23CD23B94BBC8BC6A3CB53C9D3C8BBC9CBC00BD973CE1BC0D3D2BBBA3BC633C083BE3BA83BC983C7B3BD8BAA43C5E3C2B3C01BAAABC5ABD033AF6BCE03CAC3C50BA7F3C6D3C2DBD55BBA53C3DBC63BC1E3C383BD4BC31BCAFBC99BB963C4D3CCFBB44BC8AB78ABAF03C0E3C9EBCF93B3FBDC63B963C48BC30BD2DBB82BC69BCFD3C213BB1BC31BCFF3BBA3CA3BCEA3CC93B92BC3A3C6EBBBA3CB33C1C3CA3BC3E3CB7BBE43C4DBC1DBD363D8B3C6EBC0A3D6DBBA93B20BCC33C85BA08BDFC3C3DBC2A3CB73CE13B60BC4EBC133C473C9ABC2ABD283CEFBCF9BC993C243C92BBCCBB08BDD13CF8BCA73C863C65BB9E3C0A3C083C44BD43BDBFBCC53AD8BB273B30BCC63B2C3D393B4A3D653D463C1A3DA6BC073C1C3C3E3C57BCA33B423BACBB673DE63CF93A213C8EBCEC3C2E3C173C40BDBE3C0ABB863CFA3BDDBB8B3CCE3C08B9B3BC363DB0BC3DBCE53CE1BCCBBCCF3B4C3C493C023D003CBC3AA13B23BDE2BC5FBC04BC333B73BADBBC143CEFBC15BBE13BCB3AE3BB90BBBDBB8CB954BD283C1F3D07BDF33BD3BC603CB63BED3CC0BCF73B5C3CDCBC963C113B1ABD91BCC6BC0BBCBC3C893C60BA783CB53CC73B193CF43C76BA5DBDAEBC4CBA233C413CF4BB1ABBAEBB183CDBB8043CF1BB05BDEE3C213C0BBD3E3C7ABC123C2A3C32BCBFBB06BD2B3D583A3ABC4BBC44BC2539493C57B9B7BCA73B5BBCB73BEDBB423C0FBD0E3CFCBB833A29BC70BCA8BB8FBC96BCEB3C3DBB843B39BC81BC6DBBF7BCFFBB1DBC9BBC1BBD31BCCEBCAF3C073DD0BC303CAEB9C3BC3CBDD63CD5BAFBBB1A3C82BCCB3C1F3C943CC4BC5E3CFA3B07BC1F3C32BDB13CFB3C9D3C6F3C543BADBA3EBDD7BBB6BB113CAB3B29BBD3BC883CE7BB273DCCBC2B3C063D123DA73B9A3C0C3BE0BC1D3DA43C133C72BCF93C483B763C0FBC1ABCAA3C593C243CCF3C263D583C17BD18BB0FBDB63C2F3C3A3C2E3D943C5CBD0EBD43BBEF3C4B3A94BC3B3C343B11BDE2BC083D17BDF0BB41BC35BD063DCFBA95BA3CBC02BD3DBC2D3CE7BCDC3CCD3B94BC563B8CBCCFBC07BD863C05BB2D3CEEB7973B823C8CBB183C803C2ABD9BBC38BCEDBC2FBCE6BB073D2C3D073C203C7DBBC5BC1D3D16BDBA3AF13B68BC3F3CEFBCB6BC89BBF93C22BD5C3C633C043BE33BB13C913AA63B4D3CD9BCE23B713C103C763C203C72BC7DBC9B3C0D3C17BCF23B153C2C3B4CBC5CBC533BACBC4C3C513D833C20BC833C873CE03C90BCDD3C073D65BB973C9D3CD6BBAEBB3D3DAE3CD6BC073CF33BFFBAD0BC8C3B05BCB0BB31BBA73C963C9EBC04BDD0BC8D3C0EBD653B8E3CBA3BC43BB7BB013D8E3C48BA843C50BB9D3C11BC1FBB6B3CA1BC6E3C013CE239E9BC0D3D2EBC03BDD93C9B3CD9BCB93C613C28BDBE3C6FBC43BC98BCC13BAD3CE73CEEBA843CDB3CDD3CADBA873A7DBCD9BB80BC12BCF3BC703C3ABBE33CA7BC8EBB88BC2EBB0A3D07BDD13C51BC22BC5FBB40BC453DB7BCF6BC98BC50BC323D28BAF63C6DBCFB3C023AC23C25BC013BEBBB38BBD23CE7BCA2BCF83C283C033D4F3ABA3C36BC6FBBC9BC613CE4BC523C69BD1E3C623C04BC50BBA3BBAC3B053DF23C96BAC23CF53BBA3AC93CB9BCB03C3ABB3FBBED3C563C27BCB4BC7D3CE33CAA3A1CBC35BC003C2B3C57BC113DF0BB4EBC40BCA83B4EBCC03C273C43BC24BDB8BC133B8ABB03BC1BBD1C3D34BBBCBC40BD613A90BC863C14BB02BB0F3D99BCB4BB1FBC433C0E3CE73BF9BB473CFFBB4FBC863CB03CFD3B013D11BB8C3C873C553CC03CD1BB0B3C173C53BCC43C57BCD53CFA3CAABA0E3DBCBB10BD203D87BA54BCEC3B3ABD143C253CEC3C8CBC8C3C7C3C39BCBC3BE93C8DB9FE390C3CEF3C623C443CB0BCCDBC4936A83A493B01BDD83CE03CCE3C963C753C3A3B803C663CB23CE43CB2BC28BC95BCE43B30BA353CA4B986BC5CBC15BCFF3BC63BD83CF93CD43CCABA9FBC6A3B563C673C2E3CBABC66BA3B3C41BDF7BC98BCAF3C7C3C013DD4BCFD3C06BA3C3C033DCB3CEBBB0DBBB53C3CBC40BBAA3BEF3BE73CA1BC80BCEABC283CB33C863CD33C6BBD22BD2ABD8DBCC1BC3D3DC73CFC3B013D0EBCB83CF8BCE93B033DA8BC8C3CB13CB73C603CEF3907BCBFBB31BC91BB013C683C5D3CF83CAF3AD2381F3D2DBB4B3D87BCADBB2A3C48BB813C343BB03C41BC973BFAB9013B30BCCEBB65BA553C88BB63BC243CC4BC223C0E3C9FBC88BC363C3A3C3E3C533C3C3C8A3A4BBB63BC22BA33BC823C6ABC00BC0E3C12BB333BE23C0A3B5E3CAB3CD8BB28BDA2BC06BCC23BFBBCDA3AA53C323D0B3CD93CC3BB0D3D7ABC853C023D023CA13C0DBC55BC62BCF63C30BDD03A703CB4BCB7BB173C50BDD43C723BE03A563BB33B5DBCE9BAB2BB363C66B92ABB0B3BD8BC6EBBD63BBE3CF0BCCF3C6D3CFABA213D58BB3DBC27BCB23C613C0A3C2ABCB23B08BD0D3D62BC983C12BC84BC3F3AD8BB2EBC38BC60BBF83AD43C863BD43CD4BC0EBDC13C393CED3C9F3C093D1BBCBABB89BC813C04BCDBBC273BA1BC913B8EBB353D03BC1DBD45BC0E3CAB3B2E3BF53B883B13BDDBBB1B39CC3A813B093C07BD663CBF3C74BC9EBC1E3D2ABCD03C31BB83BCBC3CB83C10399D3C4E3C0ABCAFBCCA3C213C75BCA43CE1BBBFBCE9BCDABBC439ADBBA73A68BCF2BC203C623C913CA73CC03C6EBC5E3A9B3C833C06BCB8BC52BC973CE2BC7DBAA53C99BC213CBD3BC33BF6BB86BB153CCBBB7BBCE43CE4BB0EBCEF3C9B3C91BC50BB093DC63AE83CBD3A923C1B3BAD3C91BC833C3CBCAC3C46BD0EBC413B0DBD10BAD43B81BCFB3B9B3B9EBC1D3C81BC1EBC41BC3F3CA63C783B7DBCE73B88BBDC3C613C9D3C4DBD043D713CB13C0B3C67BB333BAEBC59BC12BD85BCCDBB02BD703C64BC88BC09BA6C3CBE3BF9BC13BCF13CDF3C0A3D4E3B3BBCBD3B4DBCC8BC533A313CEEBB59BBA2BC8B3CCEBAD1BC59BDB93C27BCBB3C253CBBBC2C3A833CFBB92EBC1F3C01BD14BC5A3C243C02BC4E3CF13CE03C81BA8ABC8BBC94BC1FBC10BD303B04BBCC3C05BBEFBBBF3C57BB85BC173B123DCE3CC43B443CCDBA213CE03C6A3C883CCF3C7F3C453CFD3C393CFCBCC63B393C16BD54BC113DC13C8F3C82BBDBBCDB3B99BC443C3C3C01BA0F3DA4B9193CACBB80BC65BC47BC00BD853C8CBB993BA13C91BA8EBD843BC03CF2BCCE3B273CCCBB373CBABC38BDF5BB0C3DEE3C4EBCAC3C71BC913C82BCF83B47BC163D62BB96BBC23B1E3D11BC5FBCBE3B3E3C1E3D2B3D3B3A093A383DD83CC3BBEA3C39BBBC3ABEBBE7BB19BD433C0ABC283C07BD83BCA5BBA93C22BCCB3C71BB27BDD73BAC3BA53CE8BB26BDF73C66BCD13CAE3CAB3CF03B7C3B10BA29BC6D3C853C7A3D173DA63CCA3CBA3CA03CE33B673CD43C313CF3BA5E3CC63C2E3CBBBCBD3CBB3C053D3FBC5A3B48BC493C233C95BC99BC303CC8BB44BD733C52BC103D833C4FBB823B8C3CD6BBB73B97BCEEBBA6BAB3BC82BCA63C17BC2DBCEB3CA1BCED3CB6BC14BDF5BA31BB5ABD70BB0EBDE63B00BC623C1CBBD83CA8BC9539C13C9F3CC13CA8BAF63C353C02BD8DBC0BBC78BC933AB53C093D053D80BA523C4FBD3F3D043CB23CBFBB09BC613C433BB0BA1CBD23BDB6BA29BDF9BB7C3B093C953CA9BCE93C9C3CA0BBE53C39BC05BC8B3CED3BB83B0E3D2E3D34BCC23C9BBBB83C1BBD7ABC42BCFCBBD93C9B3BC43C92BC3B3D51BBB3BCFB3CD33BD83B3C3CF73BE1BBD8BB263CEB3B323CCF3B6DBB993CEB3A503CB93C213CDC3B893C973CA0BBC73CA4BCC0BAA4BC8D3BFC3A763CDABB903BE1BCA4BBD93CF2BB01BBBD3CE0BBD13CDE3BBCBC5ABB32BB38BCC9BC923CF53CACBC73BBA8BC023DBA3A1EBC21BCF43CDF3A9ABC1A3DF53C1EBC55BCE4BCAA3BAD3C68BCB83C2FBDE9BC52BC9EBC5A3C3BBCC23ADF3C0B3DA6BC17BD0EBD3BBD6DBCA3BCA7BC4D3B803B95BCB63C2ABDDA3BCE3C253CD2BBC4BCFB3BB2BCA63A0E3C05BDD5BB763B33BB18BD1CBCA13C9A3C47BC3FBC79BCB03C783B263DD03B323C513C2B3DED3C8FBC203D9B3B8BBC0FBDB23B1EBCC93C74BC893CF23B483C8F3B233C22BCD93C913C39BCA5BC2D3B8FBC01BD08BC293D3DBB423CF53B07BCF13AB03C913C873CC7B96EBC37BC9CBB153C28BCDCBC0B3C9D3AB5BBD33C253C5F3CFBBC503C833B98BC66BCBABCA03C313C81BC563CDDBB67BC053D8BBC8FBC69BC733CB13C393C9DBCAEBB293C313A0B3C12BC2A3C97BC323BC83CD139A73CA13C01BC10BD1ABCB83C47BC58BD26BB51BC9B3A2E3C2DBD56BCC73B06BCDABC0A3C903CA4BC99BB93BAA1BC863CAABC6B3C5D3CA6BC02BB083B4BBCBA3CB53CB0BC24BB8ABB8FBCEF3A1CBC823CF63CEA3CCD3A5F3B38BC2A3B893B46BB513B97BCCCBCE23C9BBCC53C763BE0BBE4BCA7BC6FBCE6BAB43C28BC523CD03C643CC839E63B10BB933C21BA18BCF6B95E3C123C833B053DC13CFC3B243DA83B32BD273BEABB92BBEA3BF9BCF83C403D7D3B4EBC5CBC06BD163C043C243D393B95BC733CE1BC343DA4BC18BC17BDBE3CDA3C6DBCAB3C4A3C86BCB5BBB6BC1EBC8F3B663CC63BDD3C58BBCF3A65BC313D86BB72BB9F3B193DC63B87BCAEBC9ABC27BC17BD473B823C03BD31BC643DDA3CA33AD0BCC83C303CCDBCB33A5E3C833B463CE2BBEABCA1BB6ABBAEBCE5BCF53B9FBCC43B3B3CFD3A23BB213DBCBCD1BCC9BCB1BC7CBC4BBD9BBC46BCBABC3FBD24BC52BD95BC82BC56BDBE3B613C0EBDF53B6E3CAF3B1B3C11BCF73A54BC8FBC943C6F3C5BBCAEBCB0BCBDBC993A993C093C6A3CBF3C173CB03C1C3C3ABCB13C7B3B373C58BCA73CDE3A08BDD13BB3BC21BCCBBB0F3D083CEBBBC4BA96BC16BC923C5B3B0ABD5DBC21BC79BABFBC173C773C6FBA4BBC93BC0DBDA13C84BB5FBCF53CB8BCDF3C763C973C083D8D3C7DB99EBC363C87B962BB1BBC933CD23B6EBCD43CBF3BFBBC2F3D88BB15BD753D0E3A093CE4BCB9BAFD3B183CA4BCD1BCDD3C85BC5A3BC5BBF738D33B2A3AB83B32B8C5BC053D5C3C8A3CF53B8D3C923C2CBD77BC0E3BE53CE73B1F3DAABC1BBC8B3C073DF3BC143D00BCE03C873C1CBD003D40BCDB3CC83C4E3D223CF5BC033D253CDDBB9ABCC93C20BC453C753C563CABBC93B9A93CA13CC43C183C6FB939BDA33AD13B453DC5BC9C3C0EBD803C3A3CD7BC1F3C93BCB4BA5EBC0ABBA33B03BCB53C14BB153C62BBC53A14BB243CEFBC043DA6BCFD3CB4BCD6BCA2BCD83C093CFF3CD9BAB5BCAD3CDF3C03BD2A3C52BCE13C923BF3BC1F3C673CA9BB1E3DB23CA33AC33C4CBD293DC83B1EBD993CD33C9DBCBF3BB23B83BB5ABDE6BC63BCC8BB0C3B8BBCD6BBC7BB9D3C0D3DABBC84BC723C443C803C85BCAF3A023B00BD38BC8B3BBA396E3CC0BC313C87BCEEBB483BA9BB4BBC4DBB5D3C683C73BC363C213CEEBC21BCA23CC2BC3FBCF0BC1D3B993C1FBB913C453C31BCA5BC3FBC0B3C81BC50BA0ABC2B3D6ABD59BC6B3CAE3BFC3C8CBC0BBCBA3C693C9239C0BCF03C10BD89BC79BBD0BAA9BB4F3CBD3BA2BC133D55BC1C3D7D3CC8BA6B3C09BCFDBCD8BB43BC86BC593C183C103D79BC22BDCC3CA0BC8FBCA4BCD8BC593BE83C82BB94BC033C5DBCA9BC893C213DA6BCB93AC53C26BD123D55BCA03B5ABC173C4F3A433CD2BC85BBC2BB20BCFF3B24BB98BC0BBD5D3CF03B3CBCA0BBE4BC9B3AD8BC8CBB0EBC943B043B2E3D9C3C393BD9BCAD382D3D813BD13B97BB853CCA3C3C3C8ABCA8BC3B3CA8BCC33BB13B5D3C823909BB0D3D3BBC15BDC0BCA5BC2DBC0EBD55BCA83CB4BBB53C253CE5392DBA14BBEE3B473CA4BB573B713CDB3CADBC1A3CADBA15BCCEBCA33CE73B1E3B293D2E39AD3CAC3C203B4DBCDA3B",
      torch_tensor_96_torch.bfloat16: "0x02000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
      torch_tensor_32_torch.bfloat16_1: "0x0200000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
      torch_tensor_32_torch.bfloat16: "0x02000000803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F803F",
      torch_tensor_64_32_torch.bfloat16_1: "0x02000000FFBB253CB4BA393C883CF6BC913CFFBA06BCF43CF5BB263CA13C11BB0D3CDDBB853947BC453C4F3C303C8C3C653B3BBCF4396EBBFDBCF8BA073D4F3C123DA3BC803BBEBBB9BCCD3C81BCCC3BD0BC6DBC12BD39BCCBB8973B753CC5BCEFBAA7BCB4BBE93C123CC9BC863C64BCB53AB53C913CA7BC033C1ABCE73C863C64BB843C86BC273B5E3C85BBCC3B063DAABBC33B3D3C90BA843C6A3B0C3C59BCA2BB19BCD63B763B953C57BCBEBB6DBCD0BC5139C03C193C95BB11BC41BD37BD81BC38BD313DBD3B7B39CEBAE93C6ABC5DBB81BB97BB8EBC77BB66BB5DBCB43C0EBB01BC0E3D9B39F63CFE3BBBBCFE3C9A3C343B2C3DAF3B62BC353D41BCD3BBEEBCE0BC023DFF3BB23CD33CBABBEB3ACABCB13C5B3CC23B0EBD1D3C12BD6B3CCE3B7BBC70BB59BC073CE73C1EBB8ABCA2BC3DBD9BBC6FBC0D3C28BDD5BBED3C2BBD49BCA1BC6E3C02BD78BB163DA13C013B7F3C663BA8BC533B1D3D193CA83BAB3C99BBDABC7C3A0FBB81BCAE3C583B933C143D013CD73CF03A863C8CBCA2BB9EBC0B3D27BC1EBC19BCFDBA40BC2B3DB4BB7F3BA93C5FBB42BDE4BBA83C5CBC5CBCD8BC1B3D7DBCF23CB43CB0BBA13BFDBC1E3CC1BADABC6A3C24BCAC3C3FBC09BC983C9DBCBB3C003CE3BCE1BB8E3A16BCC53C87BC4DBD66BCDD3C543CC53C17BCA2BC7C3B23BD513C0DBDD5BB843C06BC88BC05BD8CBC0BBCC73C39BA053C2B3D913C24BC03BB6A3C8A3C28BC40BDB53B8F3CBFB91CBBB03CCFBC8BBCEBBC6DBC7C3B85BAADBB2B3C80BB803B163CFF3B76BCF3BB40BC763C423CE43B0FBC65BCE83C8A3C2BBAD0BC9D3C0B3CCE3C91BC1BBCC23C06BB203804BD863B443CB83B7DBC433C08BCC4BBC2BA943C223CFBBB953C00BD153C14BBA1BC93BCB13CA23CAABCEC3C06BC7ABBDABCDB3A17BC56BCC1BB043B55BCA3BC673C1D3DDDB9713ADEBBCCBC1B3A373A8C3CB9BC6A3CD0BCA53C7E3DBBBAB73B393D10BCB3BC9E3C1A3D353DA93C073DD03CD3BC7A3C043D43BDA23B963B6D3CD23AC3BC76BCC7BC2F3D0B3D773CFBBBC3BB40BB4A3DA4BA86BCFA3B113CC538313CD8BC9DBC223D403C43BC193CC0BC13BA403CEBBC99BC273B163DDF3CDF3CB33B55BCEA3BAFBB1DBC3ABC8B3C8ABC84BC73BC8C3BE23CEB3B0FBDCA3C003C133CA1BC0D3C1ABBEC3BC0B9183C2E3C293C0A3D83BBE43B8F3B363920BD04BC443D8B3C743C70BA253BA3BB063B84BC4BBBA93A77BCDFBBAB3C21BC0D3DFCBB633C103B223CD3BCB83BFBBC9ABCB1BC313CE1BC12BDFABCD33C263C983C923B303CA2B7AFBB093C1BBC04BDE73C843C1C3CC9BB27BC79BC7BBC8EBCABBBC1BB15BD123DA5BC81BC02BDDE3CEB3B8A3C09BC90BCE6BC4B3B38BD703D85BA38BCD93B693CAE3C623C6C3CB438AB3B873C0CBD1C3BE6BC8F3B963C39BC453C023C38BC7ABBD0BC883C3DBC4D3D82BB053A2DBB2E3D613C343D49BB353CB23C613B75BDB23C00BD673C3C3CA63C13BC43BDF53BA4BB1E3C9BBCB6BC9DBB883B00BDD7BA893C803C5EBC69BB703C95BCBB3CD9BA0BBC29BD8F3C323D9FBCA83C913A873C49BC003D5FBC8C3CBCB913BC44BCEB3BD93C003C423C28BB7BBB6D3B113D3F3CFE3BFFBC6F3C6A3BDF3C423C0A3BB0BB1C3D733BC1BC663C92BC073D1ABBEABB713C9C3CC4BC18BC53BC9E3CF13CBDBBD3BCD23CA73A773C2FBB7FBB163DB53CF1BCC03CAF3CA83CA23CEDBB973CB9BB5D3C96BBC9BCABBA2EBC18BDC0BC02BD92BBF5BC8E3C2ABC9D3BFABBEAB9C1BC43BD023DA03CBC3C22BC0E3C8FBC293BC03B01BD4A3B11BB123D2C3C97BCCABC0EBCD73B7E3C96BA773CE1BBB3BB3C3CCB3CF73B9B3CA93CCCBA0D3B9D3CCB3CFD3C15BB0EBDD83CAA3C8DBCE3BA01BD31BC6E3CF43A36BCDE3C6CBBAFBCC4BCE83C93BC4BBB97BC98BC77BC053CF9B9D43CFBBC2BBA11BC253C5ABBB0BCF9BCD33AC4BCD83BC8BC693C27BC92BB90BC87BA34BA053CE63BCBBCA8BCC3BBE9BBC4BC79BD9FBBC3BAC9BA80BC363BDE3CEBBB953C063C34BCEB3B5B3B8B3B8D3CCAB8183C93BC1E3D62BC0DBBD73BC93C33BC4ABB0E3BC63B893C66BC09BDF6BCA03C593CF9BC77BC8D3D1B3DC03CD03BC3BC94BC903CD53C993C863D61BDAD3C513C87BB2ABC853C3CBC42BA10BC653C9DBC11BD38BB0EBBD8BBEA3BEABB83BC0A3C18BB3FBBD3BCFCBBAF3C113DD6BB64BBBBBC21BDC7BBDFBC23BD18BB233CAD3C423CF0BBDD3B00BD483A483DC0BC9BBBC53BCF3A8DBCFDBB143C9B3C0DBDB5BB8DBB7DBCB93AA3BC43BBC6BC8AB93A3CDABB043D923B3C3B5BBCE7BC1D3DBCBC58BBA0BCB4BC7CBC283C253CAA3C38BC31BCA4BC0CBDC6BC9EBB8A3CCD3B90BC6C3BE63B78BB6E3CB83CE53B6B3C283C0D3D31BC123B3F3C923C51BAE43C7B3C413D26BC0ABC833C053DD03B0DBC68BCF7BBC03C73BC8DBB81BC413D1C3C9A39BB3CD53C06BD31BC2ABC79B9C6BB133BC83B083CDABC923C55BCEFBB4EBCADBCAD3CF73C81BBB63C663C20BDC4BC793C1ABBA0BCF03CDE3B8C3CA2BC28BCABBA2D3CCF3C9BBC2ABD16BD08BD77BC063D183CBF3C613C613B973B84BC4F3B363DCA3C43BCCABA08BC953C82BC52BBF2BC843B0C3D013CCA3C373B1F3DE1BB37BCB7BC15BB903B983C683CF43A0CBCA93C3F3C44BCB5BCF0BB2F3C1F3C9BBC3ABD69BC46BBA63C023DCE3C533D013C40BCE73A3F3B58BC0ABD213C813B86BC4D3C813B133DB7BB1BBC373C30BC98BCEFBC2C3DE73B20BD933C3D3C5FBD663C95BC873C563BB73CE2BB053C77BCE0BC23BD273D1C3C333DAA3C1A3B72BC28BC6F3CBEBCC33A893AD2BC203CB53C2D3C74BB29BD21BCC83C90BA143D10BD1EBD933CD63CECBC6DBC9D3A13BA9DBB84BBD43C81BCCE3BEFBBA6BB1F3D3A3D19BD48BC313C36BC953CBCBC8B3BEE3C1C3D7B3B82BC47BCD8BC15BCD7BCA2BCF83C583CC8BB84BC69BC803B17BD2DBD8CBCADBC61BD85BC84BCD7BC92BC533CB13B743CF1BC2BBB85BCF5BCC23A10BD673CEA3B02BC52BC73BB06BC963BE6BC98BCDA3CC13BA4BC173C07BC3D3C403C983CBD3C61BC10BDAB3C70BC14BCF63AD6BC6E3CDB3C9CBC343CC73C8DBC123BF0BB733CC83C463C0CBC803C613CA73B0EBC773C9E3A233C763B353B543B833C01BC7EBCF73BF1BC0F3B29BCD03C2FBC473CAABC8FBC06BDB43CE13A813C963C1F3C6A3C853CD33CA93CEBBCD6BCA9BC40BC863C783CDD3BCF3C3FBC85BCD8BB4F3CB93C05BDF3BC913BC6BC393CD8BCEF3B2FBC3FBC953C2FBC113C66BB2E3DAF3C22BC03BCEE3C83BC18BC4DBC283C843C823C80BC023B8ABC08BC45BB1C3A1C3C90BCBABB57BCB33A143B88BB873C5BBC513B78BADEBCA63C3A3B12BB043D703C873CDE3AB13C833C3FBCA5BBD73BEA3B21BD193D9B3B9F3CF2BAC03A14BD3CBC0A3C92BB563C03BD0C3DE73CABBC343D36BCF43A2DBC3EBB96BA123D03BCE53C2CBD433C5F3D133C07BC9FBC3ABC20BCBA3A703C0A3DBFBCD63AA7BB6CBC9ABA753C213C523DA7BCFDBB503C03BDD63CD0BCEBBC4D3BE6BBABBC24BB77BCDB3C223C023D4F3C513C933CD5BC0CBCF13C183BD6BC833CAFBCD23B443B9FBC313D64BC6F3A203D0FBC7C3B5C3DF53B24BBC4BCCB3C9C3C5B3B753C4BBD87BA413CAABAF03B07BC943C693C043BC43CF0BC053C333CE43CCDBBAA3B73BC74BCBB3BFCB983BCA13CCF3C103D903CF8BCC3BBD9BCE63CE43B40390F3DBEBB12BD14BC183D963B98BBAD3B973C50BA2C3DE43CB5BC30BDA93CA2BB2EBCB53C863C58BC6C3B7F3C233DAF3C04BBD83BBD3BBEBB97BB04BA20BCD03B713CBBBCB8BB05BDDD3CB13CEABB7D3905BD153DE33CACBCDABBBEBBD73C083C773C97BC633C46BDC1BB8FBC203C8FBC4A3CEEBB993B6F3CD33CDDBCB8BC86BC2BBDAFBB413CDC3C943CAFBC56BCF03B8A3CEFBCD33C0D3CC93BD93CA5BC00BDF3BC3C3C793CBBB9E43CABB95B3C233DC13C893C6EBB1ABDF33C28BDA83C993C2A3CBA3C3E3CA4BC12BA92BBD4BB743CB33CC23AFD3BA7BC76BA25BB913C05BC063CDDBC42BCBE3CCFBCA23CB73A0CBDDB3BA2BC2EBCB4BC9B3CA9BBB3BC88BB473C133D09BD90BA16BB6D3CC7BBD43C68BC26BB83BADDBCCCBC6BBCA6BCE23C323BC43A8A3C943CDE3C6CBCBA3C183C8C3C0FBC7FBC86BCD2BC873AC93CB6BA073D4F3D30BD9CBCA4BC09BC13BD233B613B213D203BEE3B263C25BC42BB07BDA63ADBBC873BCF3C2BBBBF3BDF3BFE3C14BCD83C8CBC0DBDAB3C6EBC1BBC503CCA3AF63BD0BB08BB0D3D1C3C363DAB3C8ABC33BCF2BB983B4ABC033CE43C553C1EBBA63C1C3B3FBC0A3C09B9DC3B193CA83C50BB2CBCF5BAA6BC17BD8B3C35BC59BCA83C05BBAD3BF03BC83CA53CEF3B0ABD21BC8C3CAF3BD93B33BC51BC453C953B2FBC953C42BD2F3C10BC383BDC3C123D8A3B56BC94BBFEB9D73CDBBB3E3D4EBCF63C473DDCBA20BD32BC60BC0CBCA73B803C143CD3BBB23C613CC8BBBE3CB9BC24BD293CAE3CF03CE43CFC3B0F3B8D3CC73B3FBCC23AC93C9B3CE7BCFABC9ABC60BD913CBBBC79BC36BCE33BC0BCBB3C853C88BC1C3C84BCD13B9DBC20BB053CD1BBF53B22BD103DA53B2E3D353C9CBC90BC0F3CD9BBD5BCD83B3DBC25BB823C253C73BD823A5EBC03BC8CBC82BBB6BCE0BAEE3C863B83BB48BCBD3A1DBDD43B5FBC953C633C813C263D1E3CDCBCA6BBEEB9C23CB8BC503C123CE0BB14BC6D3CB93C343CAFBBBF3CB33CC0BA88BC103B223C78BB98BCB93B853B6B3C4A3A08BD1ABD31BAADB9443D14BBE83C7BBB4E3C6CBB513BC43CB03B27BDE4BC103DCF3B733C503C89BD9439CABC19BCBDBCFDBBBABC3C3C9B3C1FBC9C3DCC3CA5BC6C3C103D97BC74BCA6BB5FBC613C153DA7BCEABC00BCC63A403DB8BC91BB4C3B953C0FB9E43CA4BCD8BC9FBCBB3C0BBCAA3B353D0DBCB23BC2BC4ABC14BDFBBC3B3B06BD88BC2339653BEA3B0EBCA43CB13B253CB43B8A3A8C3D0BBB993CCCB60D3C06BD6F3D40BB2C3A8DBB923BD8BC1A3DEB3CF53BCABC90BCB6BBD9BBF53C5FBC12BDC63B983C7D3CECBBD83C823C5EBC2A3DA13BE9BC5CBD3DBC22B9C93BD7BB693B50BCF43CADBC913C0A3CDE3B983CC83CE93C1DBC7A3C0BBDDEBB2ABC0EBDB43B953CFB3BA63A043C83BC923C73BCCD3B293C00BD14BC46BC1FBD86BC003D3CBCF5BCBE3CF8BA833B693BE33CA93C0ABC5BBC6D3C9E3BA33C3A3B85BAABBC853C733A90BCBCBCD3BA80BC813BACBAACBB3F3C993CA4BCB93B4A3C833CC1BAD8BC82BCB13CCE3CBF3B4FBC80BBDA3B243D0A3DAF3C6EBC2C3DB3BC16BD74BC34BDBDBC7E3CDC3B93BA313D0BBD013DF93C843C63BC5DBBACBC4ABB733C12BD113C01BB2FBC423BF13CDB3B3BBBF1BACCBBE3BBD93CC63C28BC053C16BD853C6ABB4D3B013DBE3CC23AF8BC60BCB03C99BB35BB653C3F3CF23C26BC413C48BDAC3B5FBB70BACF3BEC3B813BABBC8CBCB9BCB23CAD3CAC3A18BCE7BCED3CEB3CC2BCADBB19BDC5BC88BBA4BC1DBC07BC123D55BC0B3CF5BC13BD1E3C633C63BD86BBEC3CB1BC993C423832BC92BC23BBFCBC8C3C813C2F3D0DBD91BCB6BC5BBCBBBC11BDFBBB08BC4DBC053D013C8F3CDE3CDCBCA03BE5BAA0BB863C323CC93BC0BC86BC053CD23BBBBCF0BC9C3CC3BB0C3C80BDA03CCE3C883CDEBC22BC0EBCC8BC0EBD653B8D3CCB3B8EBBC6BCD4BC3ABC82BDA73C0ABC9C3CAABBD4BBBA3BA53C4B3C5D3CB53CC73C48BCE1BC23BC8B3C533DFDBB38BC5EBC8DB9BF39173C6ABCEEBAB33C92BCDABCC13BB83C",
      torch_tensor_64_32_torch.bfloat16: "0x02000000FC3BD1BA2EBD2E3C19BBBABC263D853B173D783CE6BC893CBEBBE43B39BD27BD943C22BD413C6F3B75BC0BBCB7BC84BC813C4A3C3B3C823C40BCC13C2FBC1ABC56BB8FBCEEBB71BC9DBA9FBAA53C9E3C9ABC06BD0BBD09BBCDBAEB3ADABB17BCAA3CA63A063C9DBCFCBC5DBC00BD153D643C9E3BCE3C2D3CC43936BBAABCE93B80BCB3BCCBBAA33CF13A71BC703B193D7C3C78BC9ABCE2BC833C80BC06BD98BC033D1D3B003DDABC233C823C42BBCFBCEEBA193C223DDFBCA6BC0FBDE3BC103BBDBBDBBA843C77BB66BBA9BC6E3C03BD573B853CD73B323B293C973CDA3CC73C84BC813CFE3BC9BC11BD723C8C3C8ABB20BDA13C1D3C0D3C09BCB53C88BC563CA13C29BAB4BCEDBC893CBF3CAF3C913C96BB9FBC43BCFCBC1BBB1B3BC7BB753C0D3C3BBC60BC293B053C81BB883CA5BCCA3C403C26BD3A3C043D2EBC17BC593CE53B93BA893C363C87BAD4BCE4BB0ABDCBBBAC3B503C823C0539EBBB3DBD24BC943C94BC6D3C71BC90BB54BCA8BC363C1ABBF4BBD1BCF1BB92BC14BD1F3DCABCF53BB63C31BCB6BCB3BB333C143DE4BB1C3B323CB1BC5D3B973C9FBB743B043BF63CAFBC9BBA143A083D3C3CD4BB183DBCBCE5BC213C93BC4E3D453C283C9F3CDC3CF6BAFBBC76BCCB3C82BC0DBD263CBEBB1E3D063D17BBD23BD93A053CC0BCD03CF63C973AC5BC1B3C1ABCD3BC12BBD3BBCA3C4BBC57BC24BC5BBCAF3CC43B85BC55BC9BBCA4BB433C77BB21BCE0BBD43C3E3C473903BD613CBC3C243C8F3CAFBCCA3C1BBDCEBB0D3C85BCC83CE6BB9CBACE3C7E3C953C07BD1F3C9B3C87BCFA3BB53CBBBCAFBC853C77BBE4BB483C0ABC1F3D3D3CA3BC8CB9A73B18BD31BCC3BA85BB733C25BCB63CEFBC24BC63BBA0BB44BDAE3C3EBC15BC553BFA3CB13B983B04BD49BAC63991BC963BFC3C10BDF13966BCA63C0A3CA4BB2D3CD8BB0DBD9C3BE73B2FBDEC3C44BB933C9DBB143CBC3CAFBCBA3C20BB013C4F3C84BC6A3CF83C03BDFCBB8BBC47BCA8BC8D3A35BCEDBCBF3C8A3C293CE4BC6B3B2B3C88B9E7BCEB39D23BB3BB2A3CBDBCBD3C803CDF3CCF3BEDBC983C3A3BFCB994BC843CF6BC693C6DBCBEBC3CBA703CDF3B78BCE6BC113C183D3B3B23BD873BA43C14BD30BCAB3C05BD5C3CD13BE03CF4BC313C993CF0BB2A3B9C3C72BC8EBC433B273CC4BC7ABB2ABDA33CA2BCA5BCA63CD13CDEBC35BC713C2ABC04BC8B3B4DBC82BC453BDCBC9BBCD13BFCBC81BB3ABC8BBC7D3C00BCE0BCD6BC16BDA63C69BCAE3C02BC233DC9BCB6BC36BC1DBDEFBBF7BB903CCBBB8CBC4EBC3FBC823B0A3B24BC1EBB843C19BC03BCFDBB42BC82BCF03A523C7A3AF4BCAA3C14BBA1BB0A3C0FBC41BBDA3C113B5A3CABBC39BC9DBB9F3C29BC8FBBC7BC013C233CF2BC643DCA3C85BCD1BC073C833B86BC13394D3B023C263D153DD3BCE4BCB93C9ABC4F3CC2BA44BCB0BB59BD1CBD363CC8BB44BD3D3CCE3A41BD973CB6BCA93B0BBA2A3CA4BC48BB8C3C85BCB63AC8BC74BC9E39A8BC783B04BD9D399D3CCF3AB63CB23CD13CB6BCAEBBBEBC76BCF93B753BD7BBA63BB63C0ABC333B01BC52BB20BB30BB203C293D1E3C103DB0BAE93B063BA13CEE3CD8BCC63CEBBC1EBC283CF8BC283DB5BB23BDAB3CA03C83BB853C413C21BB6DBC553DF1BB6BBD033CA73CC6BCF33CDCBC1F3B52BAFBBAA1BB36BCB1BC793D4DBC95BB6C3B4DBCD239403D98BCC5BB853C753BE3BA18BC40BA52BD813C843B09BD793C113D8BBC7ABC52BC513B8DBBE33C1F3D36BC99BA9ABC1FBC3CBB84BC3C3B8FBD9FBB9ABBCFBCD33B8DBC323CB23A983C0B3C01BC86BC683B183CF7BCBC3B323AAF3CB13B073A91BC2CBCB5BCA93CE6BC99BCA53B823CB8BBCFBA0B3AAD3BD9BC893CC2BCB6BC893AB93C8BBCA0BBE33C87BB23BD163C49BCE8BB473C773D83BBFCBA94BBA53AD5BC27BB32BD063C723C7ABCC63C4F3D3BBCA9BC143C1FBDA0BCC33C9E3C4EBB07BC51BD01BC98BCC7BCDFBBDA3C963B53BAFFBB5B3BF5BC2F3C03BC833B18BA24BC81BBFBBC673C8C3BC03A103CE3BCDFBCC6BB043CC0BCB2BA28BC95BC783C9B3C0B3D5DBC9DBCAABC9DBD1BBBCB3BB43B113B76BC9DBB60BDC2BAC9BCA63C873805BD993B003D8E3A90BCFCBC18BBEA3AB23CD9BC91BCE83B1D3C2E3CF1BC8FBCBA3C0A3BA5BC543CCEBCA13C01BCD1B9D93B1FBAE3BC3CBC8B3BCD3CBC3CA6BB263C6E3BB0BAB4BCCBBC88BB08BC10BC913CD73C10BCD7BC98BC603CD23B08BCE8BB203B8CBC84BCD2BC963B12BDF13B3FBC1FBD4B3A3D3C81BC0DBC15BDC93CE63B9EBC753C02BCF73B793B52BB41BB953C8EBCBBBC18BCF9BB88BCA2BC09BD42BC4ABBB7BC453BE43C903CA53B27BC8F3BD33A993CA7BC93BCC3BB1C3D043C243D333B99BBB9BC05BBBBBBBEBCA13CF93C4AB9B23CEE3C75BCC43B21BD36BCBABC6EBC97BB403C0CBB143CFDBA8DBB8D3C1FBC2F3C15BC56BC33BC3A3B95BC6E3B8DBC8CBC9D3C2DBCE43C27BDAB3C9E3C2B3CDD3BF43BD73C92BC8EBC863AB1BCFD3B123CCC3BC83C123D3D3B193B003C6FBC3A3CF9BB513BABBCB23B743BA43C7CBBB93C123C8CBC4F3A003DE43A863C403D0BBC9ABBD63CBF3C0BBC55BBDEBC29BC963C2F3CEA3CD5BCF43C793C7B3C43BC8E3C1C3C533CE9BC3E3DC9BBD7BC183CCEBC953B7C3C26BBE73BCFBC4FBCEC3A2E3C9C3BC93CA7BC633C013C7C3B8ABCF4BB1DBC6B3CEF3C703B34BCF83B883C433C92BB363CBEBB8A3BF43BCCBC7F3AF43C73BB963B9B3CFC3BC13B8CBCD7BC113CA73C5439DA3CF5BCEC3CE03BFE3B973C583D8D3C0CBCD73CE6BC143DD93B523BFEBC25BD11BDF63C9D3CB73BD73B863C32BCABBC0CBDB83C733CEB3A08BD9839703CC8BC9A3CB1BB0EBCD03A5CBC17BDB3BC493C1F3DC3BB1A3DCFBCDE3C583B25BD223B0B3DB8BC52BCD43C9F3B57BD553C55BC65BAECBABBBCECBB4CBB8DBC98BB9A3CB33B54BD643C24BCAE3C503CFFBB123DEB3C223BAFBC00BC91BBF4BCAEBC8ABCCBBC333C3DBC803C22BCBFBCB93C4F3CEBB9493C66BD82BB91BB803C173D78BCB13C77BC053D273CCB3BF93BE8BBA8BAED3C92BA9E3C0CBC34BB423C073C3FBB9F3BEA3C1FBD993B1C3C2D3DF53C883B0ABD65BBE93A54BB51BCADBC443D02BDD3BC9FBCF23CD83B81BC913BBE3CF1BC90BB3F3D2B3D523CD0BB5E3CD9BB1E3CAFBCD23CB9BC1DBC88BA153CF6BC993B2ABB763CD0BC17BD8DBCE13C9EB841BB593CEDBB2C3CE1BC21BC6EBC4C3CB8BBDBBC613C10BB583B2EBB7B3A5B3CA03CB239BEBADEB95ABCC8BCF7BCA839963CEC3CB73C5D3CB6BBA5BC413CE2BCA4BBADBBEB3B593CCEBC433CB4BCD3BC97BC94BAEFBB483CBF3B9FBCFDBC1BBD73BC35BB09BDF7BCBA3C6DBB773B44BD073C9B3CECBB543D883B01BC9F3CC33B993CF93C853BDD3CF53BBABC2F3DBD3CF7BB16BB32BCE33CDDBC00BDE93CC03B7A3CCB3BA53CC9BBE43CDABC93BC24BCFB3CDD3CB53C38BD253DF6BC3FBCFCBC86BC7ABCC13B4C3C12BD1FBD4EBC8DBB9C3C88BC0EBDAD3B04BC883C393B0CBCA83CC3BBFB3CB1BC0E3D123C46BC103CCD3C06BCEABCF5BCAD3C0FBCFD3BA9BBEB3C72BBDBBCB93C2CBD5F3C3EBCB33C13BD93BCE6BC903C983BC03BC33C133C0C3C073C09BDDBBC0FBCE83B953CD23BAD3B593C20BC9CBB9BBC1E3D35BDCEB9C3BC333C193CAD3A0D3D973CB43CAA3C553C09BB9DBB3C3B01BD33BCFC3CD23BA33CC93BDE399BBC1A3CC33C6C3C0FBD02BC9B3CAEBBDE3B293DCEBCF7BB8EBCA63CD83B463C02BD8DBCAD3BC63CA6BC17BC16BD9C3C25BDF2BCB4BC9739E13B2ABB0F3D4D399E3CE03C633CB13C4C3B34BCBCBC1FBCD8BCBABC8A398FBB5FBB05BCCABC48BC193C5B3CF73CB5BB94BB053C233DF7BC573CBABC353B8F3C9B3C9B3AD43B07BCCF3C22BD2C3CE63BDFBC88BB8D3CC2BB823CE83B8B3C2FBB853CDE3CA03C9A3BAE3C183C06BD83BC8ABC853B6FBCEEBC1B3CA2BBBCBC913C41BDA9BBE33AA13C133BFC3C1EBBB8BC47BDAABC3ABCB2BBBFBC493BF73C04BC3CBC2D3CE9BB0F3B0BBC58BCAF3C33BBA93BA3BB01BB21BD063DB2BB083DABBC0A3DECBCA3BCDDBB24BCD6BC563B193D323CDABCABBCF8BC30BCBFBBD83AACBB4C3B283AF0BB443CAC3AEEBCE2BC3BBC4DBC2B3C99BB57BCA53B1DBAF43CBEBAC6BC9F3BA33C8A3CA0BC1FBCE13A8A3C973B7B3CD53C923C75BC433C6BBDB13B893C42BB173BB3BB9D3C1ABD31BB14BDAB3C06BDB6BBF1BA833CDEBB83BCA33C8E3A763C15BCBCBC34B9E13CF2BC5C3CFCBC723C40BCE63BE83B8D3C3F3C0EBD193C373C043D0BBD353B34BC36BA063DE23C643C653CBC3CBABCA63CB2BC29BC633CEE3C5D3CBABCB4BCE93C0EBC48BC8BBCAC3C53BCD33C2D3C563CCFBB9FBC683C39BC0FBDB9BC203CE23C013C243D8D3C2FBC2DBBDFBC273CBDBCED3B11BB83BCC93B7BBCB1BC6BBCDDBBF6BB233BC8BCE23C853C1FBD10BC5EBCABBC0A3C043C573CE13BCDBA993C743C1A3C1FBAA23C21BD86BCA5BC253D013C17BC493BAB3A9E3CD33C02BD623C123D10BC8BBC143DB33C553C953B90BC103D67BCAE3C403CBCBB513CE1BB9BBBB8BA12BD4F3C823AF43CBB3C1A3D4E3DC13C1CBD26BC823C26BDA13B88BA99BCCE3BAB3B04BB24BC103C0D3DE6BB22BC293C113DC53B93BB4E3C573CCEBCD33B65BDC23B343CD63BE23C8E3CAA3CA8BBA43CDD3C90BCD73CDF3CAC3AC83C9EBC8E3B4FBA98BA0B3C9B3CC6BAE63BD43CA9BC333D153CC53CF3BB0F3CEA3CFB3B86BCF0BB083CFCBC4EBD6CBDDD3C073C283DC8BB833B593BC63B8B3C03BC10BB53BCBB3CFBBB393C15BC1D3C2E3CCC3C2C3C563B1CBC27BCB33C8ABB47BC5D3B53BCBFBBAEBBEABC73BC29BC06BC683C9FBB3FBD27BC28BD1E3C13BD5F3C3CBC0FBCBEBB073D9D3C253DA43B1FBCB83B433CA3BC3EBDFEBAAD3CB6BC063B753C1DBCCD3CF2BA143D58BB653B9EBA75BC09BC153BD7BC07BC973C5A3ABCBC86BC63B9F53BEBBC01BC45BBCBBCFE3CA93BA1BB09BD353C5E3CAC3CA6BCBEBCCC3CAABB0EBDE73BC4BCB83C2F3D923C3B3C72BCE63BFEBC5EBC16BD86BC143D2E3C5CBCDD3CBB3B8C3A5ABC1E3DAB3C083BD43CA03CFA3C6DBB1B3D2ABCA9BC783A51BC1CBC78BCE1BBB33B9A3A3E3BBCBCB93C4F3C413C0ABDC83CA83CBF3C1DBC99BC8F3C90BB92BC20BC9F3C29BB2CBDDD3C913C0A3D55BCCD3B103DA3BC7B3CB8B91EBC8F3C833C16BCA23C003CCBBC4D3CDBBB5F3C263C6DBCFB3B74BB5CBD7CBD593C83BC7C3C18BC06BD5E3C81BB3CBDA03C0C3C4F3B513C2CBB453C1F3CAF3C01BC1C39F2BB60BCB6BB97BC613B31BD8F3CDABBC8BB5ABB31BC0DBD573D03BDDCBB063DBA3C013D27BAF4BB673CCF3CD8BBE03AA43B14B9B03B603C053C0F3CF1BC663C183D90BCBD3CD8BB923B05BC88BA003BE8BCEBBB09BCAA3A9CBA073D00BC4E3ADFBC11BB0D3CB13B58BC26BC9CBCE13C9EBB1B3D1F3DEE3BF73CBC3CBB3C83BCABBC83BCF3BC1A3D9C3C893B8B3C13BC2F3C933C093B0D3C533BB6BB79BCEDBB503B01BD1E3D13BC56BCBCBB353B6F3C01BD8DBC3E3C27BC66BB723C3CBC543C1C3C953BA33C173C363D3FBB2FBC37BC17BC83BC9EBCCA3B6DBC323D64BCD8BCEFBCE5BB54BB8B3B8B3C323D15BD603B343DDD3C923C8A3CC8BAFDBB9CBCACBB18BB60BC813CF23B7FBC0C3D423B24BCE7BCC43C98BBB83CCABCA9BC3DBC2E3C85BCBEBC7ABB4BBC86BC0BBC7FBCDBBAABBC043D4A3BDA3B2EBCD33B58BC78BC"
    }
  }
#-}
