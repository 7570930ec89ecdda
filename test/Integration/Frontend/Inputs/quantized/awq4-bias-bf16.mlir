#map = affine_map<(d0, d1, d2) -> (d0, d1, 0)>
#map1 = affine_map<(d0, d1, d2) -> (0, 0, d2)>
#map2 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#map3 = affine_map<(d0) -> (d0)>
#map4 = affine_map<(d0, d1) -> (d0, 0)>
#map5 = affine_map<(d0, d1) -> (d1)>
#map6 = affine_map<(d0, d1) -> (d0, d1)>
#map7 = affine_map<(d0, d1, d2) -> (d0, d2)>
#map8 = affine_map<(d0, d1, d2) -> (d2)>
module {
  func.func @forward(%arg0: tensor<1x5x128xbf16>) -> tensor<1x5x48xbf16> {
    %c2_i64 = arith.constant 2 : i64
    %c8_i64 = arith.constant 8 : i64
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant dense_resource<torch_tensor_48_torch.bfloat16> : tensor<48xbf16>
    %cst_1 = arith.constant dense_resource<torch_tensor_2_48_torch.bfloat16> : tensor<2x48xbf16>
    %c15_i8 = arith.constant 15 : i8
    %c0_i64 = arith.constant 0 : i64
    %c128_i64 = arith.constant 128 : i64
    %c48_i64 = arith.constant 48 : i64
    %c6_i64 = arith.constant 6 : i64
    %cst_2 = arith.constant dense_resource<torch_tensor_2_6_torch.int32> : tensor<2x6xi32>
    %cst_3 = arith.constant dense_resource<torch_tensor_8_torch.int32> : tensor<8xi32>
    %cst_4 = arith.constant dense_resource<torch_tensor_128_6_torch.int32> : tensor<128x6xi32>
    %cst_5 = arith.constant dense_resource<torch_tensor_8_torch.int64> : tensor<8xi64>
    %cst_6 = arith.constant dense_resource<torch_tensor_8_torch.int64_1> : tensor<8xi64>
    %expanded = tensor.expand_shape %cst_4 [[0], [1, 2]] output_shape [128, 6, 1] : tensor<128x6xi32> into tensor<128x6x1xi32>
    %expanded_7 = tensor.expand_shape %cst_3 [[0, 1, 2]] output_shape [1, 1, 8] : tensor<8xi32> into tensor<1x1x8xi32>
    %0 = tensor.empty() : tensor<128x6x8xi32>
    %1 = linalg.generic {indexing_maps = [#map, #map1, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded, %expanded_7 : tensor<128x6x1xi32>, tensor<1x1x8xi32>) outs(%0 : tensor<128x6x8xi32>) {
    ^bb0(%in: i32, %in_20: i32, %out: i32):
      %39 = arith.shrsi %in, %in_20 : i32
      linalg.yield %39 : i32
    } -> tensor<128x6x8xi32>
    %2 = tensor.empty() : tensor<128x6x8xi8>
    %3 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1 : tensor<128x6x8xi32>) outs(%2 : tensor<128x6x8xi8>) {
    ^bb0(%in: i32, %out: i8):
      %39 = arith.trunci %in : i32 to i8
      linalg.yield %39 : i8
    } -> tensor<128x6x8xi8>
    %collapsed = tensor.collapse_shape %3 [[0], [1, 2]] : tensor<128x6x8xi8> into tensor<128x48xi8>
    %4 = tensor.empty() : tensor<48xi64>
    %5 = linalg.generic {indexing_maps = [#map3], iterator_types = ["parallel"]} outs(%4 : tensor<48xi64>) {
    ^bb0(%out: i64):
      %39 = linalg.index 0 : index
      %40 = arith.index_cast %39 : index to i64
      linalg.yield %40 : i64
    } -> tensor<48xi64>
    %expanded_8 = tensor.expand_shape %5 [[0, 1]] output_shape [6, 8] : tensor<48xi64> into tensor<6x8xi64>
    %6 = tensor.empty() : tensor<6xi64>
    %7 = linalg.generic {indexing_maps = [#map3], iterator_types = ["parallel"]} outs(%6 : tensor<6xi64>) {
    ^bb0(%out: i64):
      %39 = linalg.index 0 : index
      %40 = arith.index_cast %39 : index to i64
      linalg.yield %40 : i64
    } -> tensor<6xi64>
    %expanded_9 = tensor.expand_shape %7 [[0, 1]] output_shape [6, 1] : tensor<6xi64> into tensor<6x1xi64>
    %8 = tensor.empty() : tensor<6x8xi64>
    %9 = linalg.generic {indexing_maps = [#map4, #map5, #map6], iterator_types = ["parallel", "parallel"]} ins(%expanded_9, %cst_5 : tensor<6x1xi64>, tensor<8xi64>) outs(%8 : tensor<6x8xi64>) {
    ^bb0(%in: i64, %in_20: i64, %out: i64):
      %39 = arith.cmpi slt, %in, %c0_i64 : i64
      %40 = arith.addi %in, %c6_i64 : i64
      %41 = arith.select %39, %40, %in : i64
      %42 = arith.index_cast %41 : i64 to index
      %43 = arith.cmpi slt, %in_20, %c0_i64 : i64
      %44 = arith.addi %in_20, %c8_i64 : i64
      %45 = arith.select %43, %44, %in_20 : i64
      %46 = arith.index_cast %45 : i64 to index
      %extracted = tensor.extract %expanded_8[%42, %46] : tensor<6x8xi64>
      linalg.yield %extracted : i64
    } -> tensor<6x8xi64>
    %collapsed_10 = tensor.collapse_shape %9 [[0, 1]] : tensor<6x8xi64> into tensor<48xi64>
    %10 = tensor.empty() : tensor<128xi64>
    %11 = linalg.generic {indexing_maps = [#map3], iterator_types = ["parallel"]} outs(%10 : tensor<128xi64>) {
    ^bb0(%out: i64):
      %39 = linalg.index 0 : index
      %40 = arith.index_cast %39 : index to i64
      linalg.yield %40 : i64
    } -> tensor<128xi64>
    %expanded_11 = tensor.expand_shape %11 [[0, 1]] output_shape [128, 1] : tensor<128xi64> into tensor<128x1xi64>
    %12 = tensor.empty() : tensor<128x48xi8>
    %13 = linalg.generic {indexing_maps = [#map4, #map5, #map6], iterator_types = ["parallel", "parallel"]} ins(%expanded_11, %collapsed_10 : tensor<128x1xi64>, tensor<48xi64>) outs(%12 : tensor<128x48xi8>) {
    ^bb0(%in: i64, %in_20: i64, %out: i8):
      %39 = arith.cmpi slt, %in, %c0_i64 : i64
      %40 = arith.addi %in, %c128_i64 : i64
      %41 = arith.select %39, %40, %in : i64
      %42 = arith.index_cast %41 : i64 to index
      %43 = arith.cmpi slt, %in_20, %c0_i64 : i64
      %44 = arith.addi %in_20, %c48_i64 : i64
      %45 = arith.select %43, %44, %in_20 : i64
      %46 = arith.index_cast %45 : i64 to index
      %extracted = tensor.extract %collapsed[%42, %46] : tensor<128x48xi8>
      linalg.yield %extracted : i8
    } -> tensor<128x48xi8>
    %14 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel"]} ins(%13 : tensor<128x48xi8>) outs(%12 : tensor<128x48xi8>) {
    ^bb0(%in: i8, %out: i8):
      %39 = arith.andi %in, %c15_i8 : i8
      linalg.yield %39 : i8
    } -> tensor<128x48xi8>
    %expanded_12 = tensor.expand_shape %cst_2 [[0], [1, 2]] output_shape [2, 6, 1] : tensor<2x6xi32> into tensor<2x6x1xi32>
    %15 = tensor.empty() : tensor<2x6x8xi32>
    %16 = linalg.generic {indexing_maps = [#map, #map1, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_12, %expanded_7 : tensor<2x6x1xi32>, tensor<1x1x8xi32>) outs(%15 : tensor<2x6x8xi32>) {
    ^bb0(%in: i32, %in_20: i32, %out: i32):
      %39 = arith.shrsi %in, %in_20 : i32
      linalg.yield %39 : i32
    } -> tensor<2x6x8xi32>
    %17 = tensor.empty() : tensor<2x6x8xi8>
    %18 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%16 : tensor<2x6x8xi32>) outs(%17 : tensor<2x6x8xi8>) {
    ^bb0(%in: i32, %out: i8):
      %39 = arith.trunci %in : i32 to i8
      linalg.yield %39 : i8
    } -> tensor<2x6x8xi8>
    %collapsed_13 = tensor.collapse_shape %18 [[0], [1, 2]] : tensor<2x6x8xi8> into tensor<2x48xi8>
    %19 = linalg.generic {indexing_maps = [#map4, #map5, #map6], iterator_types = ["parallel", "parallel"]} ins(%expanded_9, %cst_6 : tensor<6x1xi64>, tensor<8xi64>) outs(%8 : tensor<6x8xi64>) {
    ^bb0(%in: i64, %in_20: i64, %out: i64):
      %39 = arith.cmpi slt, %in, %c0_i64 : i64
      %40 = arith.addi %in, %c6_i64 : i64
      %41 = arith.select %39, %40, %in : i64
      %42 = arith.index_cast %41 : i64 to index
      %43 = arith.cmpi slt, %in_20, %c0_i64 : i64
      %44 = arith.addi %in_20, %c8_i64 : i64
      %45 = arith.select %43, %44, %in_20 : i64
      %46 = arith.index_cast %45 : i64 to index
      %extracted = tensor.extract %expanded_8[%42, %46] : tensor<6x8xi64>
      linalg.yield %extracted : i64
    } -> tensor<6x8xi64>
    %collapsed_14 = tensor.collapse_shape %19 [[0, 1]] : tensor<6x8xi64> into tensor<48xi64>
    %20 = tensor.empty() : tensor<2xi64>
    %21 = linalg.generic {indexing_maps = [#map3], iterator_types = ["parallel"]} outs(%20 : tensor<2xi64>) {
    ^bb0(%out: i64):
      %39 = linalg.index 0 : index
      %40 = arith.index_cast %39 : index to i64
      linalg.yield %40 : i64
    } -> tensor<2xi64>
    %expanded_15 = tensor.expand_shape %21 [[0, 1]] output_shape [2, 1] : tensor<2xi64> into tensor<2x1xi64>
    %22 = tensor.empty() : tensor<2x48xi8>
    %23 = linalg.generic {indexing_maps = [#map4, #map5, #map6], iterator_types = ["parallel", "parallel"]} ins(%expanded_15, %collapsed_14 : tensor<2x1xi64>, tensor<48xi64>) outs(%22 : tensor<2x48xi8>) {
    ^bb0(%in: i64, %in_20: i64, %out: i8):
      %39 = arith.cmpi slt, %in, %c0_i64 : i64
      %40 = arith.addi %in, %c2_i64 : i64
      %41 = arith.select %39, %40, %in : i64
      %42 = arith.index_cast %41 : i64 to index
      %43 = arith.cmpi slt, %in_20, %c0_i64 : i64
      %44 = arith.addi %in_20, %c48_i64 : i64
      %45 = arith.select %43, %44, %in_20 : i64
      %46 = arith.index_cast %45 : i64 to index
      %extracted = tensor.extract %collapsed_13[%42, %46] : tensor<2x48xi8>
      linalg.yield %extracted : i8
    } -> tensor<2x48xi8>
    %24 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel"]} ins(%23 : tensor<2x48xi8>) outs(%22 : tensor<2x48xi8>) {
    ^bb0(%in: i8, %out: i8):
      %39 = arith.andi %in, %c15_i8 : i8
      linalg.yield %39 : i8
    } -> tensor<2x48xi8>
    %25 = tensor.empty() : tensor<2x64x48xi8>
    %26 = linalg.generic {indexing_maps = [#map7, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%24 : tensor<2x48xi8>) outs(%25 : tensor<2x64x48xi8>) {
    ^bb0(%in: i8, %out: i8):
      linalg.yield %in : i8
    } -> tensor<2x64x48xi8>
    %collapsed_16 = tensor.collapse_shape %26 [[0, 1], [2]] : tensor<2x64x48xi8> into tensor<128x48xi8>
    %27 = tensor.empty() : tensor<2x64x48xbf16>
    %28 = linalg.generic {indexing_maps = [#map7, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%cst_1 : tensor<2x48xbf16>) outs(%27 : tensor<2x64x48xbf16>) {
    ^bb0(%in: bf16, %out: bf16):
      linalg.yield %in : bf16
    } -> tensor<2x64x48xbf16>
    %collapsed_17 = tensor.collapse_shape %28 [[0, 1], [2]] : tensor<2x64x48xbf16> into tensor<128x48xbf16>
    %29 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel", "parallel"]} ins(%14, %collapsed_16 : tensor<128x48xi8>, tensor<128x48xi8>) outs(%12 : tensor<128x48xi8>) {
    ^bb0(%in: i8, %in_20: i8, %out: i8):
      %39 = arith.subi %in, %in_20 : i8
      linalg.yield %39 : i8
    } -> tensor<128x48xi8>
    %30 = tensor.empty() : tensor<128x48xbf16>
    %31 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel", "parallel"]} ins(%29, %collapsed_17 : tensor<128x48xi8>, tensor<128x48xbf16>) outs(%30 : tensor<128x48xbf16>) {
    ^bb0(%in: i8, %in_20: bf16, %out: bf16):
      %39 = arith.sitofp %in : i8 to bf16
      %40 = arith.mulf %39, %in_20 : bf16
      linalg.yield %40 : bf16
    } -> tensor<128x48xbf16>
    %collapsed_18 = tensor.collapse_shape %arg0 [[0, 1], [2]] : tensor<1x5x128xbf16> into tensor<5x128xbf16>
    %32 = tensor.empty() : tensor<5x48xf32>
    %33 = linalg.fill ins(%cst : f32) outs(%32 : tensor<5x48xf32>) -> tensor<5x48xf32>
    %34 = linalg.matmul ins(%collapsed_18, %31 : tensor<5x128xbf16>, tensor<128x48xbf16>) outs(%33 : tensor<5x48xf32>) -> tensor<5x48xf32>
    %35 = tensor.empty() : tensor<5x48xbf16>
    %36 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel"]} ins(%34 : tensor<5x48xf32>) outs(%35 : tensor<5x48xbf16>) {
    ^bb0(%in: f32, %out: bf16):
      %39 = arith.truncf %in : f32 to bf16
      linalg.yield %39 : bf16
    } -> tensor<5x48xbf16>
    %expanded_19 = tensor.expand_shape %36 [[0, 1], [2]] output_shape [1, 5, 48] : tensor<5x48xbf16> into tensor<1x5x48xbf16>
    %37 = tensor.empty() : tensor<1x5x48xbf16>
    %38 = linalg.generic {indexing_maps = [#map2, #map8, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_19, %cst_0 : tensor<1x5x48xbf16>, tensor<48xbf16>) outs(%37 : tensor<1x5x48xbf16>) {
    ^bb0(%in: bf16, %in_20: bf16, %out: bf16):
      %39 = arith.addf %in, %in_20 : bf16
      linalg.yield %39 : bf16
    } -> tensor<1x5x48xbf16>
    return %38 : tensor<1x5x48xbf16>
  }
}

{-#
  dialect_resources: {
    builtin: {
      torch_tensor_48_torch.bfloat16: "0x0200000071BD12BD863D6ABDC9BBA6BDA1BD203BA93DA93D90BC9D3D2D3DAA3D033DAC3DDE3C603DB43DB23D933D86BD87BD893D3D3D1E3DCB3C413DB1BDB13DACBD64BD9C3DDD3CAA3D4ABC89BDAFBD093D293DA1BD413DAD3DF3BCA73DA03CDB3C88BD",
      torch_tensor_2_48_torch.bfloat16: "0x020000003E3C403C3C3C3C3C3F3C3A3C403C383C383C3E3C393C3B3C3A3C3F3C3F3C3B3C3A3C3D3C3F3C343C363C3F3C3D3C3B3C3E3C3C3C3D3C3F3C3B3C3D3C393C3A3C3F3C3C3C3D3C393C373C393C393C3A3C353C363C3D3C3F3C403C3B3C3B3C3A3C3F3C403C3D3C3E3C333C393C393C3D3C353C403C2B3C343C3B3C3E3C3B3C343C3B3C383C363C373C3A3C393C3C3C383C383C403C3C3C413C3E3C3B3C3A3C393C3D3C3E3C3C3C3B3C3C3C3D3C3E3C303C323C3D3C3E3C3E3C403C3E3C403C3F3C",
      torch_tensor_2_6_torch.int32: "0x04000000788877877887777878777888887877878787788778788787777787888788888878878778778787878788787887887877",
      torch_tensor_8_torch.int32: "0x040000000000000004000000080000000C0000001000000014000000180000001C000000",
      torch_tensor_128_6_torch.int32: "0x0400000009536C332300C4A9A3E7B8F39F147AAC253A1637284A6C6160B4B5E956C6C774C9C40154F77BE232CB2CE3834673EA01CF2F92F8B220EB46ADE5911CB39DD3CBEDC18A4C35C1B788EB1C54195DDB6289BF169EA6436B49F883C3D7E733EBE1FE3D0693E4EA9D14A703D3699289C497846B569C56B46FF864BC589089CBFB050B079E9B4148BBCC239893EE9762C1FEE211AD2C5DDEF5A774EC05E1C5C190392EF4A30EED789FFE2023367EF8E292B88D6D5C526496D9DCEF37BAB1784248D19845DB5C546ABD1CCFB3D1AF3B72DCDA9886ACED94C772F777E84C81B90064A30F5B108E918F4D0526A677B4A527C2B966A3ED7CA795E7A23F73BF2BA5AB8A014BB512A33719D4DDD29DDD46032936DA6DA370AF33ACB9CB8C1944E1608BF14E9716F9C5313A882FBC9628B91B5BBC8EA115FBAD81F6812CC96CB705E988763EE4048390176E6CC7344E53369331AB40FC68FD84D23843B003A7EE21F66A2FC14DD1766664A665B99424D64641B7DE567C2896397191338C6A15900B9E8B146DA1012D81D3ED942D94A333064F1BD80A1E983437B28B82D8D80F8825BFF344BA8F96ACB4EBDF4427564A107B88C192C31C5A8C046701BE36F70EEC8EEAD7C48DF1738C455882177ADC37E37033CD3A57673DC4C1A8FC5B0DB1EAB85757C26E8DE6D737D75CBB936669862E89E14DFF073A3785EA931C5B0D64AF5DC9D0084E67713DB44B5AF37F345B31EB1C4C6D45F1D75A26BB4AC467233567D092A77F893BE6803A63CD3057A098D6C3415145C7DCDC2BAE986FBF9B5C2E3C89182285CD5AFBAF13ADEA9EFEE10B7A24E2E92D05C3401DD933E90394D264465622BAF6BB4DECFB2910F744BE5934874B27777AC93FCE388D97576ECAB8DB433C31A4EC989DC2C4ECCD0813A3EB17AC3B9CD2314A025A93C7EEAB4AE257B505D6D83B91C4833B15BCB34780955C1F1C6E38436F66033DBD186089888FE98AF114B015AEB02E1DE3BA5C877BDD6B73ABE78D0F48A4BA983C2C2E97475611EAB05E9CAAC111C7A34B321B30C9FCC40926299F499D14ADDB84AB3C6189DCBD1E5643296DFCD34EF0CCE3B74CDC393B25EEC5ECEBD225CFD988F69A8209BD258D672C1985A1F4E03CE7DE034FC9BA09A1E249B0699ED141405DB072C038B6B1958F6F7FAEDE5C2247F1C0ADB4425E342C7C9549F9B3B8060727F66986C29C0E329DFDF8CA9D5DFC9F9A4F3DE536B62D5920F0CCEC58880F7CCACDE7B26E03FE5E50F54DC2842296B6710E4CE534A402A32ED7A1CB77CA55265684A1B6A21BB05E530F5EA65B566DDBEE7D24CF380CDE3E2DC97495C8B3C852E67DB40CB856D69F18834BF4D23D73E7BDC360106A1C61C426F3AE6A9786A12C194A5DDE44B442396AE36A8551C8E378471BCF77CAE6E766FC13843B6CE2D933536FEA1466507C550E97BACE95A71031D228BCECE6E968B7A53F1207E2B8D8CACB2FF98E90448EB6201482FE63124D345DCC8A65C16814DEC1C1161CAF725569B445B806812B92606BF21487C8B997EB01D554C196935A7C74F7A482FF50DAB91929216EF480ABDF181D0D427A388C535FC07B5B03BC88B148FCDD8664A4099B695739109CC64820ED39D132129289E38513628097F34B3727715957C8EA57824CBEBBD63E528C4EBCE5F116A1A37A1D36A0E9926FAA5582321F4FB7C95ECCE49F1C64A6EFFA3BEF5D3797ACA94AF29538988FC09BB5253B1B726B303B7CDCDB4E44F4E2440F688314FDDBA12C1A8AD468BA55A4C42DE03A4AA2AEB49F0C867C80004CF0698111D6D21C314736903E100F96E2ACAFE21AEEA9C427695EE2E5E4E3CCABC32E1EE40DD02B451E6A4808C5A741E4C0E74F8215CD51C8728592F896C17CAB1D0EE3D005608E341C8ADF2268696378EE7F7007BE0D89E56312791EA58C467EE72333D3058F28578B78ACD33C2B5851F00981479053F50CABCFCB6CE8671569ABFD3A26B2C2EC68285C574967481817655C29CE240A7C8AAD758945BA2FAACE4FD84237E626BC36E2BF04454DD4A7369C771685063AB5283852612171496DA3FA5AB7CC97FAC689FB051F7B840430A7335866BE58BFF0785E429CA0EFE6D237B80B3DC6E27FB97C572812A21C5DCEC342515B9688CE453DCBBEFD6DAC1A420B759F4FD9F87A33D49335C246F731912E6F95D8E9235CB1946C4D8F75F2A5DE38F95BA10D04BE3376277F3663D235252F371D075E81FC5E797160998BE41E2851DA84F9F49F2FC6839AA64E4BE1B7F970A4EB785B126466E03DA66052DAA0D0ED772B9126394462957825A3EAACE3E6DCE486C5937931BA2396944BB11A8DF648C0A7B14546123255AC1EF9395017256B6AD97C17D84BDE454DF14A351D61DA7EC5D1B2CDB847F084DD2F4C8C6653260645499713311CCC20CD92426B214F83E566AC49C96D07A13362CDB5313966B179F0E317F0347E0785AD2065651462E909DFED65CCD42576D0696C5A7595D4B19A83EC106EC365E15C857AF7E2D55B68B8A0619FCCF4522DF1F202533D50E2F9E51B2D450D2309BC971B4262E693BDF4FDCF414E503D19EA62E1A6A50E967B91D22AA0F2519ADF5E8169FAAB91779938DE4755AC7F063BE983F02D639F891DB90CC770F244AA236C428AE42101872989BC50D4ABA32F7E9DBB5B7D393AF510954FB549FC3A65688AD84EA0941DA47720780C0CD43DE6518B6BB5A1D3EF0E408331A6533488AFC6C6E4CC119E74B0839A54B6E91E4975D8A2BB2D8FB9958B9FD984A25BF58365FB64B8C242771C656EBEDE1699FBC9C469923A58604C6058E7086658FBAA99C9EBE9A77AB5450CB8F1E73ED613C22499F18542BB842DC7923762FBEEC5A557B799881758BEA35484F7CE269F9CEC77B98CEEFF8922F2B7114F4AC038624BC229CE9A343CAB155FD2F35FA2E58E8124DA8AA7968D3BC160414035F8BA3999B450D32B26F3130DF63F3C700B3B83F6B5AE91EF2223C8BE1B46CD61DCEB83DB3FAA43548994AC57272437834C7ADA154F92A0D3AE54DCADDD55CDA9B9DF0E26A1967FCCBBE82EFA1D526A593AEDD34E66416F3F95C15658AC4485251DC7187697924177D1CB06D73C424BA93ADED4919B0B37DE611C50A6ACE39A80D870E77FBFC43125948539E135234874EB0BD1348770639B3BAACB42A80249A9AE1923D1C997BBCCE434485E076D43F48E552DEEF75D11BDC471F47210CABEDF693DE548594CE4C3A7269A545AD65F614659023EF5C136B8319B8B6FA22AE3D695D13439A1F573828B93A490FEC1D5F4CE5356AA294FDBCF0E0D8EC9F789C31270B035BACB1484FDC15111DDDD8D98B3555A60660FA9D4A3FEDA03FDB4584EA4C67E2C4B9BB51FD25A1DCB82E3EA5F27D908BD277672378315AC0B3BA2096DC077FCB75D961FB7FDD372E0A7D364EB288D76F1341F5800211BED96911974033E24A37A17B33A93CA460BA948976E75682818AD540A829CDD5BC47CB401C04532CB719284EFE86CB5E4649938C305969B41F45D47FDC31E1E5D7EE3763F763DBCC7FA37D161390BE9DA3C3529B7B7AB94B6B2A8937411789EF3DDFD81F49A1C77EB0B432570189474A906B5CFCC68A679F9F3AFB4A736622528315ECD8096464A93FFEEF2D71B2E6EDE7B13B83609A4F3AE2502939595E0F3F7C6DA2D8E4A0D132B621AE2CE42362B7A9786556AB98C31E367CE24180A9ACA437AF98D241EE85E4BCE55548B1FD4CB315B3DD3B406B2BF51F4AA4E2EBC7FDC7EF31439CB84B6D6223CDFA9872673EC5233F85689D77BB1C74B5A3EAB76A2F846EDFBB35C485208E7103551BA0FAF1DF16F8948D26084FEEDA0AD7326A8167A9E1562167FAEF4A696E9C6BC87EE2A30D143A392D329C8A92C8F5018A784EE509CA567208CF510155AE8FCFEC9044B00C46364962C3DB1B8D0A95281EC2C7E2DE963A4E4BF63ABB4C65F668CDB9DCC435AC170F9F2F5578D381D7DD7EC01B0C1F093A092AD4984DAE02D72993C3564BEAC63E7993BEE409BF91CDAE6B36E3E22397BD6A1334B5E2D07121EE684DDA66B968B34CFA55BE79EF13C6CF8878C2D5BBAAE79735DE42ECDA58214F18F7C5B76D76551CC39F82316571AC7E987FA019B114320D60D5B9EEE965545EAA6F9EB73381F230810E9AE77DC35540B6A9AD7D21A810439CE5714E53AC827ADBDA9B22F488D7E637F1DC4F3E4606CAFE1CD363FCB4C9510F98C463E77F584890763628568EA5217FDA6D1532222185CD91010C9441B1522A499CE99F7A7E7BE38C13E810328FEB3D6CB2CE815BC64FE1542DAF38382ECA84886835F37C3C38B4F9C7243B14335CFF11279C50E45A46EEF8B8A7DB70B73D15442",
      torch_tensor_8_torch.int64: "0x0800000000000000000000000400000000000000010000000000000005000000000000000200000000000000060000000000000003000000000000000700000000000000",
      torch_tensor_8_torch.int64_1: "0x0800000000000000000000000400000000000000010000000000000005000000000000000200000000000000060000000000000003000000000000000700000000000000"
    }
  }
#-}
