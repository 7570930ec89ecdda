#map = affine_map<(d0, d1, d2) -> (d0, d1)>
#map1 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#map2 = affine_map<(d0, d1, d2) -> (0, d2)>
#map3 = affine_map<(d0, d1, d2) -> (d0, d2)>
#map4 = affine_map<(d0, d1, d2) -> (d1, 0)>
#map5 = affine_map<(d0) -> (d0)>
#map6 = affine_map<(d0, d1) -> (d0)>
#map7 = affine_map<(d0, d1) -> (d0, d1)>
module {
  func.func @forward(%arg0: tensor<1x5x128xf32>) -> tensor<1x5x48xf32> {
    %c0_i64 = arith.constant 0 : i64
    %c2_i64 = arith.constant 2 : i64
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant dense_resource<torch_tensor_2_48_torch.float32> : tensor<2x48xf32>
    %c3_i8 = arith.constant 3 : i8
    %c1_i8 = arith.constant 1 : i8
    %cst_1 = arith.constant dense_resource<torch_tensor_128_torch.int32> : tensor<128xi32>
    %cst_2 = arith.constant dense_resource<torch_tensor_8_48_torch.int32> : tensor<8x48xi32>
    %cst_3 = arith.constant dense_resource<torch_tensor_16_torch.int32> : tensor<16xi32>
    %cst_4 = arith.constant dense_resource<torch_tensor_2_3_torch.int32> : tensor<2x3xi32>
    %0 = tensor.empty() : tensor<2x3x16xi32>
    %1 = linalg.generic {indexing_maps = [#map, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%cst_4 : tensor<2x3xi32>) outs(%0 : tensor<2x3x16xi32>) {
    ^bb0(%in: i32, %out: i32):
      linalg.yield %in : i32
    } -> tensor<2x3x16xi32>
    %expanded = tensor.expand_shape %cst_3 [[0, 1]] output_shape [1, 16] : tensor<16xi32> into tensor<1x16xi32>
    %2 = linalg.generic {indexing_maps = [#map1, #map2, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1, %expanded : tensor<2x3x16xi32>, tensor<1x16xi32>) outs(%0 : tensor<2x3x16xi32>) {
    ^bb0(%in: i32, %in_9: i32, %out: i32):
      %24 = arith.shrsi %in, %in_9 : i32
      linalg.yield %24 : i32
    } -> tensor<2x3x16xi32>
    %3 = tensor.empty() : tensor<2x3x16xi8>
    %4 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%2 : tensor<2x3x16xi32>) outs(%3 : tensor<2x3x16xi8>) {
    ^bb0(%in: i32, %out: i8):
      %24 = arith.trunci %in : i32 to i8
      linalg.yield %24 : i8
    } -> tensor<2x3x16xi8>
    %5 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%4 : tensor<2x3x16xi8>) outs(%3 : tensor<2x3x16xi8>) {
    ^bb0(%in: i8, %out: i8):
      %24 = arith.andi %in, %c3_i8 : i8
      linalg.yield %24 : i8
    } -> tensor<2x3x16xi8>
    %6 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%5 : tensor<2x3x16xi8>) outs(%3 : tensor<2x3x16xi8>) {
    ^bb0(%in: i8, %out: i8):
      %24 = arith.addi %in, %c1_i8 : i8
      linalg.yield %24 : i8
    } -> tensor<2x3x16xi8>
    %collapsed = tensor.collapse_shape %6 [[0], [1, 2]] : tensor<2x3x16xi8> into tensor<2x48xi8>
    %7 = tensor.empty() : tensor<8x16x48xi32>
    %8 = linalg.generic {indexing_maps = [#map3, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%cst_2 : tensor<8x48xi32>) outs(%7 : tensor<8x16x48xi32>) {
    ^bb0(%in: i32, %out: i32):
      linalg.yield %in : i32
    } -> tensor<8x16x48xi32>
    %expanded_5 = tensor.expand_shape %cst_3 [[0, 1]] output_shape [16, 1] : tensor<16xi32> into tensor<16x1xi32>
    %9 = linalg.generic {indexing_maps = [#map1, #map4, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%8, %expanded_5 : tensor<8x16x48xi32>, tensor<16x1xi32>) outs(%7 : tensor<8x16x48xi32>) {
    ^bb0(%in: i32, %in_9: i32, %out: i32):
      %24 = arith.shrsi %in, %in_9 : i32
      linalg.yield %24 : i32
    } -> tensor<8x16x48xi32>
    %10 = tensor.empty() : tensor<8x16x48xi8>
    %11 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%9 : tensor<8x16x48xi32>) outs(%10 : tensor<8x16x48xi8>) {
    ^bb0(%in: i32, %out: i8):
      %24 = arith.trunci %in : i32 to i8
      linalg.yield %24 : i8
    } -> tensor<8x16x48xi8>
    %12 = linalg.generic {indexing_maps = [#map1, #map1], iterator_types = ["parallel", "parallel", "parallel"]} ins(%11 : tensor<8x16x48xi8>) outs(%10 : tensor<8x16x48xi8>) {
    ^bb0(%in: i8, %out: i8):
      %24 = arith.andi %in, %c3_i8 : i8
      linalg.yield %24 : i8
    } -> tensor<8x16x48xi8>
    %collapsed_6 = tensor.collapse_shape %12 [[0, 1], [2]] : tensor<8x16x48xi8> into tensor<128x48xi8>
    %13 = tensor.empty() : tensor<128xi64>
    %14 = linalg.generic {indexing_maps = [#map5, #map5], iterator_types = ["parallel"]} ins(%cst_1 : tensor<128xi32>) outs(%13 : tensor<128xi64>) {
    ^bb0(%in: i32, %out: i64):
      %24 = arith.extsi %in : i32 to i64
      linalg.yield %24 : i64
    } -> tensor<128xi64>
    %15 = tensor.empty() : tensor<128x48xf32>
    %16 = linalg.generic {indexing_maps = [#map6, #map7], iterator_types = ["parallel", "parallel"]} ins(%14 : tensor<128xi64>) outs(%15 : tensor<128x48xf32>) {
    ^bb0(%in: i64, %out: f32):
      %24 = arith.cmpi slt, %in, %c0_i64 : i64
      %25 = arith.addi %in, %c2_i64 : i64
      %26 = arith.select %24, %25, %in : i64
      %27 = arith.index_cast %26 : i64 to index
      %28 = linalg.index 1 : index
      %extracted = tensor.extract %cst_0[%27, %28] : tensor<2x48xf32>
      linalg.yield %extracted : f32
    } -> tensor<128x48xf32>
    %17 = tensor.empty() : tensor<128x48xi8>
    %18 = linalg.generic {indexing_maps = [#map6, #map7], iterator_types = ["parallel", "parallel"]} ins(%14 : tensor<128xi64>) outs(%17 : tensor<128x48xi8>) {
    ^bb0(%in: i64, %out: i8):
      %24 = arith.cmpi slt, %in, %c0_i64 : i64
      %25 = arith.addi %in, %c2_i64 : i64
      %26 = arith.select %24, %25, %in : i64
      %27 = arith.index_cast %26 : i64 to index
      %28 = linalg.index 1 : index
      %extracted = tensor.extract %collapsed[%27, %28] : tensor<2x48xi8>
      linalg.yield %extracted : i8
    } -> tensor<128x48xi8>
    %19 = linalg.generic {indexing_maps = [#map7, #map7, #map7], iterator_types = ["parallel", "parallel"]} ins(%collapsed_6, %18 : tensor<128x48xi8>, tensor<128x48xi8>) outs(%17 : tensor<128x48xi8>) {
    ^bb0(%in: i8, %in_9: i8, %out: i8):
      %24 = arith.subi %in, %in_9 : i8
      linalg.yield %24 : i8
    } -> tensor<128x48xi8>
    %20 = linalg.generic {indexing_maps = [#map7, #map7, #map7], iterator_types = ["parallel", "parallel"]} ins(%16, %19 : tensor<128x48xf32>, tensor<128x48xi8>) outs(%15 : tensor<128x48xf32>) {
    ^bb0(%in: f32, %in_9: i8, %out: f32):
      %24 = arith.sitofp %in_9 : i8 to f32
      %25 = arith.mulf %in, %24 : f32
      linalg.yield %25 : f32
    } -> tensor<128x48xf32>
    %collapsed_7 = tensor.collapse_shape %arg0 [[0, 1], [2]] : tensor<1x5x128xf32> into tensor<5x128xf32>
    %21 = tensor.empty() : tensor<5x48xf32>
    %22 = linalg.fill ins(%cst : f32) outs(%21 : tensor<5x48xf32>) -> tensor<5x48xf32>
    %23 = linalg.matmul ins(%collapsed_7, %20 : tensor<5x128xf32>, tensor<128x48xf32>) outs(%22 : tensor<5x48xf32>) -> tensor<5x48xf32>
    %expanded_8 = tensor.expand_shape %23 [[0, 1], [2]] output_shape [1, 5, 48] : tensor<5x48xf32> into tensor<1x5x48xf32>
    return %expanded_8 : tensor<1x5x48xf32>
  }
}

{-#
  dialect_resources: {
    builtin: {
      torch_tensor_2_48_torch.float32: "0x0400000032D15D3DCBB4683DE92E6E3DAC136F3D4EA56B3DA3D76B3D6CB3623D075C6A3DEF7E673D75466A3DA3DA6E3DD544683DA247603D2659663DED086C3D83B66D3D48A36D3D4D7B6C3D61636C3D408C5F3D7E8E6C3DB85E5F3D7915703D681D5F3DE54F653D9C264B3D36AE6E3D0F396E3DCB46693D53486D3DC8F36B3D3031693D434A6D3D90006C3D163E6E3D50086A3D77AF6D3D45D9633D2C7A683D71626D3DC24F6B3DC838653DC1C95B3D75A56C3DACE05F3DA39B6F3D27936E3DB3C9693DDC276B3D1545643DB2336F3DCF9D6F3D4909693D9D7E663D77036B3DAEDD6C3D29AB6F3D77926E3D13BF643D0E906C3D0E77693D6D876A3D1D196C3DF1266C3DF23A653DEDA86D3D64E46A3D3F066D3D286C6F3DC82E703D2E3E6E3D356B6E3D8CBF693DCF796C3DCDB7643D38C0643DBB4F623D4FD06B3D3517663DB8706A3DA3956F3DDAE96B3DD760693D15256B3D71F46E3DE5006E3DB5DA6F3D90FC6D3D0DEC6A3D3BAB6A3D36A7703D2871683D7B146D3DDEC1673D14266E3D9F615F3D",
      torch_tensor_128_torch.int32: "0x040000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001000000010000000100000001000000010000000100000001000000010000000100000001000000010000000100000001000000010000000100000001000000010000000100000001000000010000000100000001000000010000000100000001000000010000000100000001000000010000000100000001000000010000000100000001000000010000000100000001000000010000000100000001000000010000000100000001000000010000000100000001000000010000000100000001000000010000000100000001000000010000000100000001000000010000000100000001000000010000000100000001000000010000000100000001000000",
      torch_tensor_8_48_torch.int32: "0x04000000928A65502280A289A92A102A2A5A898066C7BA7667AAE9E6A8088C205BFFBE95B966EA7577E9DFBA4A851622F7BD658519960708A75D79702529829269652DA99F92D9F599575FAB9FFEFAA7006483801904A01A508062D0AFAFEEAF18502441CB7A5B9BB82A8054BDEF79BE2080187059DF35FB19450485E67A17EA1408E522721A56129184010604A61A057599EFEE09580AA4A0B56109551118004A95146A4252AA4055AAA159C7BF5F7E765F96AD91664818676DDA76F6BE565A1969892E51AAA19756511D0115464589A895091466A5B7FEDAF8EE5E0590E189F9E7D99DDE9BA9DD6DF27AB7041C40ACDFE1FDE980928458AF2ABDDDA206686579959FDDE5E5557FF9EF5DDF664BA59FD520455294069869A14A2880DDA973EF1429882475D65255262AA416EA9EFF958808AA626B7E7FFDCA891941E55B495B6956980466998184518079AA192A45A1DBE5676628624183595940226A19881A942D455094994848D0A5851195F7AAFD2A5A59B58D2085529B655B766DD6FA4F18764A286A64628850955565186A250653AAA258D67FA69EBFAD6AAC85A46416975D7B356FED7A9AF77D5976844502A075F56BA69096B919576D9F7A9C021811E5E7AB9BE99D56D5E6AB75DA5F7BFDEB2241A690681A0B8014858245B577F56995A98742DD7A55F6468968E8DAE9AFFD842A895096FDAFAF0024962479B599D5A214A9122959609121604264A80A91A9FBADE7DD1A5802A8548A20664885988492145A1861AF546482165118E6AFED63D5DFA5A969A429E5F5BFEEB3A999B7FB0260AA62621A8194BA00116E9B6129296551A9299A78EE6697965FDA29692291FDBEA76D766CE677BF6F55D541A2610275B577BB709464D1C9AB6BDD10850666E96BEBF527A36F55BDF746D7E7D67E5F48598A5291211214A5506A9A6FF5AFBA2E014109D59667DEA2B2255959F9EEE1981642A96BFAAEB64928A11A79A99B5D621191536212629225A686A615881B2892E7976E9105098592AA8685104854B5A48189A141A815AA280485899979F6C5EAAA7ADF58551A41E66759D795FA6AD5A1864948A6AD9CF7E5DABD2FA7ED59D9796AFBAE771FA6AA90A9912A0502118982521204902946606191A6493ABBAFED560480A1AE79F69DA7BE7EFF490264A0AAFE75AD5BF55769EFBABDBAAD5FA96AF696E6A77DF6FD5B6500029B25255019EFD57FA759E7AFD7D914E404A9C4011B5CEE5E776D7DF7E545944448FDFA77FB298951467F77BDDB060A180096080252815275146ADDDDAAA116968AEB7BFBD515081096195018A07926460902065916F55EDD492400A265EDF575D8958059295AED9EAB156E7B59B9B6EF626E6B795AF6AFBDBABAB9DF5D692508551905AA95512065186001B8265868645CA9AA5D9A64086912B7F9ABFFEBE5A9A304290108D6A969E9FBD5B36EFBAA59A1D99668576BFD6ABDAAB56EE992151495458989892657A9EA59EB5A1E518696095A438294E7B9669E6DBFFF6A550686405ADD77F95C455600F6EED45F2A64E8541416292D20621282ED7EE6BE19A25084A7BB62B7A69442D64226028A615412A4421641105A9AEB4E24684462766B7FEF68658500562F49D597AE69AB91DDAB52D6E9BAADEBF5D1ABE9E55DE702054A95A8990A6645AA97056228949A11402A647E9799FD16408A96AD7657B5AB96569760918A65F8F97F696DEBFFE79BF9D6ADEE757A76EFA97E99DF86B69E85168A06259195445DBBDE9E5E5FFEEBA264141988165A92E5BEEBAE7EADFB2A39089016739FF59716465769AE6B78A424985A1B2908848180450A2056EFDBC95A5542E6EDDD67558645610011310568620155044419668D6DFFD77612A7054A9EB9936F66852380D6F6DA7EEAEEED9D5BCFE95F96B53FFBEAAE6BB7BFDD77670524E60A6812C9419421884066540540A990955AE6DF92BB52D62814F73655175B6777DA4A0A4E88A69F6EDFEBE5DB676FF7A7DE5B59BBA789A75EF6AFE69F5918868946012A4D2096DBABED5B9AABEA1A148109611718897A6B7AE579597E6D82A885919BEE77E74402989697FABFE988694645864852A8094120429FDB67BD025AA995DD5EAAD65A46152089098556551A541946494201597A955E2266A5A5A9E5FDEC14586A129FADDDB9",
      torch_tensor_16_torch.int32: "0x0400000000000000020000000400000006000000080000000A0000000C0000000E00000010000000120000001400000016000000180000001A0000001C0000001E000000",
      torch_tensor_2_3_torch.int32: "0x04000000004545441510111140005014550110455541411101114044"
    }
  }
#-}
