#map = affine_map<(d0, d1, d2) -> (d0, d1, 0)>
#map1 = affine_map<(d0, d1, d2) -> (0, 0, d2)>
#map2 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#map3 = affine_map<(d0) -> (d0)>
#map4 = affine_map<(d0, d1) -> (d0, 0)>
#map5 = affine_map<(d0, d1) -> (d1)>
#map6 = affine_map<(d0, d1) -> (d0, d1)>
#map7 = affine_map<(d0, d1, d2) -> (d0, d2)>
module {
  func.func @forward(%arg0: tensor<1x5x128xf16>) -> tensor<1x5x48xf16> {
    %c8_i64 = arith.constant 8 : i64
    %cst = arith.constant 0.000000e+00 : f32
    %cst_0 = arith.constant dense_resource<torch_tensor_4_48_torch.float16> : tensor<4x48xf16>
    %c15_i8 = arith.constant 15 : i8
    %c0_i64 = arith.constant 0 : i64
    %c128_i64 = arith.constant 128 : i64
    %c48_i64 = arith.constant 48 : i64
    %c4_i64 = arith.constant 4 : i64
    %c6_i64 = arith.constant 6 : i64
    %cst_1 = arith.constant dense_resource<torch_tensor_4_6_torch.int32> : tensor<4x6xi32>
    %cst_2 = arith.constant dense_resource<torch_tensor_8_torch.int32> : tensor<8xi32>
    %cst_3 = arith.constant dense_resource<torch_tensor_128_6_torch.int32> : tensor<128x6xi32>
    %cst_4 = arith.constant dense_resource<torch_tensor_8_torch.int64> : tensor<8xi64>
    %cst_5 = arith.constant dense_resource<torch_tensor_8_torch.int64_1> : tensor<8xi64>
    %expanded = tensor.expand_shape %cst_3 [[0], [1, 2]] output_shape [128, 6, 1] : tensor<128x6xi32> into tensor<128x6x1xi32>
    %expanded_6 = tensor.expand_shape %cst_2 [[0, 1, 2]] output_shape [1, 1, 8] : tensor<8xi32> into tensor<1x1x8xi32>
    %0 = tensor.empty() : tensor<128x6x8xi32>
    %1 = linalg.generic {indexing_maps = [#map, #map1, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded, %expanded_6 : tensor<128x6x1xi32>, tensor<1x1x8xi32>) outs(%0 : tensor<128x6x8xi32>) {
    ^bb0(%in: i32, %in_19: i32, %out: i32):
      %37 = arith.shrsi %in, %in_19 : i32
      linalg.yield %37 : i32
    } -> tensor<128x6x8xi32>
    %2 = tensor.empty() : tensor<128x6x8xi8>
    %3 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%1 : tensor<128x6x8xi32>) outs(%2 : tensor<128x6x8xi8>) {
    ^bb0(%in: i32, %out: i8):
      %37 = arith.trunci %in : i32 to i8
      linalg.yield %37 : i8
    } -> tensor<128x6x8xi8>
    %collapsed = tensor.collapse_shape %3 [[0], [1, 2]] : tensor<128x6x8xi8> into tensor<128x48xi8>
    %4 = tensor.empty() : tensor<48xi64>
    %5 = linalg.generic {indexing_maps = [#map3], iterator_types = ["parallel"]} outs(%4 : tensor<48xi64>) {
    ^bb0(%out: i64):
      %37 = linalg.index 0 : index
      %38 = arith.index_cast %37 : index to i64
      linalg.yield %38 : i64
    } -> tensor<48xi64>
    %expanded_7 = tensor.expand_shape %5 [[0, 1]] output_shape [6, 8] : tensor<48xi64> into tensor<6x8xi64>
    %6 = tensor.empty() : tensor<6xi64>
    %7 = linalg.generic {indexing_maps = [#map3], iterator_types = ["parallel"]} outs(%6 : tensor<6xi64>) {
    ^bb0(%out: i64):
      %37 = linalg.index 0 : index
      %38 = arith.index_cast %37 : index to i64
      linalg.yield %38 : i64
    } -> tensor<6xi64>
    %expanded_8 = tensor.expand_shape %7 [[0, 1]] output_shape [6, 1] : tensor<6xi64> into tensor<6x1xi64>
    %8 = tensor.empty() : tensor<6x8xi64>
    %9 = linalg.generic {indexing_maps = [#map4, #map5, #map6], iterator_types = ["parallel", "parallel"]} ins(%expanded_8, %cst_4 : tensor<6x1xi64>, tensor<8xi64>) outs(%8 : tensor<6x8xi64>) {
    ^bb0(%in: i64, %in_19: i64, %out: i64):
      %37 = arith.cmpi slt, %in, %c0_i64 : i64
      %38 = arith.addi %in, %c6_i64 : i64
      %39 = arith.select %37, %38, %in : i64
      %40 = arith.index_cast %39 : i64 to index
      %41 = arith.cmpi slt, %in_19, %c0_i64 : i64
      %42 = arith.addi %in_19, %c8_i64 : i64
      %43 = arith.select %41, %42, %in_19 : i64
      %44 = arith.index_cast %43 : i64 to index
      %extracted = tensor.extract %expanded_7[%40, %44] : tensor<6x8xi64>
      linalg.yield %extracted : i64
    } -> tensor<6x8xi64>
    %collapsed_9 = tensor.collapse_shape %9 [[0, 1]] : tensor<6x8xi64> into tensor<48xi64>
    %10 = tensor.empty() : tensor<128xi64>
    %11 = linalg.generic {indexing_maps = [#map3], iterator_types = ["parallel"]} outs(%10 : tensor<128xi64>) {
    ^bb0(%out: i64):
      %37 = linalg.index 0 : index
      %38 = arith.index_cast %37 : index to i64
      linalg.yield %38 : i64
    } -> tensor<128xi64>
    %expanded_10 = tensor.expand_shape %11 [[0, 1]] output_shape [128, 1] : tensor<128xi64> into tensor<128x1xi64>
    %12 = tensor.empty() : tensor<128x48xi8>
    %13 = linalg.generic {indexing_maps = [#map4, #map5, #map6], iterator_types = ["parallel", "parallel"]} ins(%expanded_10, %collapsed_9 : tensor<128x1xi64>, tensor<48xi64>) outs(%12 : tensor<128x48xi8>) {
    ^bb0(%in: i64, %in_19: i64, %out: i8):
      %37 = arith.cmpi slt, %in, %c0_i64 : i64
      %38 = arith.addi %in, %c128_i64 : i64
      %39 = arith.select %37, %38, %in : i64
      %40 = arith.index_cast %39 : i64 to index
      %41 = arith.cmpi slt, %in_19, %c0_i64 : i64
      %42 = arith.addi %in_19, %c48_i64 : i64
      %43 = arith.select %41, %42, %in_19 : i64
      %44 = arith.index_cast %43 : i64 to index
      %extracted = tensor.extract %collapsed[%40, %44] : tensor<128x48xi8>
      linalg.yield %extracted : i8
    } -> tensor<128x48xi8>
    %14 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel"]} ins(%13 : tensor<128x48xi8>) outs(%12 : tensor<128x48xi8>) {
    ^bb0(%in: i8, %out: i8):
      %37 = arith.andi %in, %c15_i8 : i8
      linalg.yield %37 : i8
    } -> tensor<128x48xi8>
    %expanded_11 = tensor.expand_shape %cst_1 [[0], [1, 2]] output_shape [4, 6, 1] : tensor<4x6xi32> into tensor<4x6x1xi32>
    %15 = tensor.empty() : tensor<4x6x8xi32>
    %16 = linalg.generic {indexing_maps = [#map, #map1, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%expanded_11, %expanded_6 : tensor<4x6x1xi32>, tensor<1x1x8xi32>) outs(%15 : tensor<4x6x8xi32>) {
    ^bb0(%in: i32, %in_19: i32, %out: i32):
      %37 = arith.shrsi %in, %in_19 : i32
      linalg.yield %37 : i32
    } -> tensor<4x6x8xi32>
    %17 = tensor.empty() : tensor<4x6x8xi8>
    %18 = linalg.generic {indexing_maps = [#map2, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%16 : tensor<4x6x8xi32>) outs(%17 : tensor<4x6x8xi8>) {
    ^bb0(%in: i32, %out: i8):
      %37 = arith.trunci %in : i32 to i8
      linalg.yield %37 : i8
    } -> tensor<4x6x8xi8>
    %collapsed_12 = tensor.collapse_shape %18 [[0], [1, 2]] : tensor<4x6x8xi8> into tensor<4x48xi8>
    %19 = linalg.generic {indexing_maps = [#map4, #map5, #map6], iterator_types = ["parallel", "parallel"]} ins(%expanded_8, %cst_5 : tensor<6x1xi64>, tensor<8xi64>) outs(%8 : tensor<6x8xi64>) {
    ^bb0(%in: i64, %in_19: i64, %out: i64):
      %37 = arith.cmpi slt, %in, %c0_i64 : i64
      %38 = arith.addi %in, %c6_i64 : i64
      %39 = arith.select %37, %38, %in : i64
      %40 = arith.index_cast %39 : i64 to index
      %41 = arith.cmpi slt, %in_19, %c0_i64 : i64
      %42 = arith.addi %in_19, %c8_i64 : i64
      %43 = arith.select %41, %42, %in_19 : i64
      %44 = arith.index_cast %43 : i64 to index
      %extracted = tensor.extract %expanded_7[%40, %44] : tensor<6x8xi64>
      linalg.yield %extracted : i64
    } -> tensor<6x8xi64>
    %collapsed_13 = tensor.collapse_shape %19 [[0, 1]] : tensor<6x8xi64> into tensor<48xi64>
    %20 = tensor.empty() : tensor<4xi64>
    %21 = linalg.generic {indexing_maps = [#map3], iterator_types = ["parallel"]} outs(%20 : tensor<4xi64>) {
    ^bb0(%out: i64):
      %37 = linalg.index 0 : index
      %38 = arith.index_cast %37 : index to i64
      linalg.yield %38 : i64
    } -> tensor<4xi64>
    %expanded_14 = tensor.expand_shape %21 [[0, 1]] output_shape [4, 1] : tensor<4xi64> into tensor<4x1xi64>
    %22 = tensor.empty() : tensor<4x48xi8>
    %23 = linalg.generic {indexing_maps = [#map4, #map5, #map6], iterator_types = ["parallel", "parallel"]} ins(%expanded_14, %collapsed_13 : tensor<4x1xi64>, tensor<48xi64>) outs(%22 : tensor<4x48xi8>) {
    ^bb0(%in: i64, %in_19: i64, %out: i8):
      %37 = arith.cmpi slt, %in, %c0_i64 : i64
      %38 = arith.addi %in, %c4_i64 : i64
      %39 = arith.select %37, %38, %in : i64
      %40 = arith.index_cast %39 : i64 to index
      %41 = arith.cmpi slt, %in_19, %c0_i64 : i64
      %42 = arith.addi %in_19, %c48_i64 : i64
      %43 = arith.select %41, %42, %in_19 : i64
      %44 = arith.index_cast %43 : i64 to index
      %extracted = tensor.extract %collapsed_12[%40, %44] : tensor<4x48xi8>
      linalg.yield %extracted : i8
    } -> tensor<4x48xi8>
    %24 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel"]} ins(%23 : tensor<4x48xi8>) outs(%22 : tensor<4x48xi8>) {
    ^bb0(%in: i8, %out: i8):
      %37 = arith.andi %in, %c15_i8 : i8
      linalg.yield %37 : i8
    } -> tensor<4x48xi8>
    %25 = tensor.empty() : tensor<4x32x48xi8>
    %26 = linalg.generic {indexing_maps = [#map7, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%24 : tensor<4x48xi8>) outs(%25 : tensor<4x32x48xi8>) {
    ^bb0(%in: i8, %out: i8):
      linalg.yield %in : i8
    } -> tensor<4x32x48xi8>
    %collapsed_15 = tensor.collapse_shape %26 [[0, 1], [2]] : tensor<4x32x48xi8> into tensor<128x48xi8>
    %27 = tensor.empty() : tensor<4x32x48xf16>
    %28 = linalg.generic {indexing_maps = [#map7, #map2], iterator_types = ["parallel", "parallel", "parallel"]} ins(%cst_0 : tensor<4x48xf16>) outs(%27 : tensor<4x32x48xf16>) {
    ^bb0(%in: f16, %out: f16):
      linalg.yield %in : f16
    } -> tensor<4x32x48xf16>
    %collapsed_16 = tensor.collapse_shape %28 [[0, 1], [2]] : tensor<4x32x48xf16> into tensor<128x48xf16>
    %29 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel", "parallel"]} ins(%14, %collapsed_15 : tensor<128x48xi8>, tensor<128x48xi8>) outs(%12 : tensor<128x48xi8>) {
    ^bb0(%in: i8, %in_19: i8, %out: i8):
      %37 = arith.subi %in, %in_19 : i8
      linalg.yield %37 : i8
    } -> tensor<128x48xi8>
    %30 = tensor.empty() : tensor<128x48xf16>
    %31 = linalg.generic {indexing_maps = [#map6, #map6, #map6], iterator_types = ["parallel", "parallel"]} ins(%29, %collapsed_16 : tensor<128x48xi8>, tensor<128x48xf16>) outs(%30 : tensor<128x48xf16>) {
    ^bb0(%in: i8, %in_19: f16, %out: f16):
      %37 = arith.sitofp %in : i8 to f16
      %38 = arith.mulf %37, %in_19 : f16
      linalg.yield %38 : f16
    } -> tensor<128x48xf16>
    %collapsed_17 = tensor.collapse_shape %arg0 [[0, 1], [2]] : tensor<1x5x128xf16> into tensor<5x128xf16>
    %32 = tensor.empty() : tensor<5x48xf32>
    %33 = linalg.fill ins(%cst : f32) outs(%32 : tensor<5x48xf32>) -> tensor<5x48xf32>
    %34 = linalg.matmul ins(%collapsed_17, %31 : tensor<5x128xf16>, tensor<128x48xf16>) outs(%33 : tensor<5x48xf32>) -> tensor<5x48xf32>
    %35 = tensor.empty() : tensor<5x48xf16>
    %36 = linalg.generic {indexing_maps = [#map6, #map6], iterator_types = ["parallel", "parallel"]} ins(%34 : tensor<5x48xf32>) outs(%35 : tensor<5x48xf16>) {
    ^bb0(%in: f32, %out: f16):
      %37 = arith.truncf %in : f32 to f16
      linalg.yield %37 : f16
    } -> tensor<5x48xf16>
    %expanded_18 = tensor.expand_shape %36 [[0, 1], [2]] output_shape [1, 5, 48] : tensor<5x48xf16> into tensor<1x5x48xf16>
    return %expanded_18 : tensor<1x5x48xf16>
  }
}

{-#
  dialect_resources: {
    builtin: {
      torch_tensor_4_48_torch.float16: "0x02000000B3214421CE217B21CE21F5216E21E021BE21BB21C921C521FE214621F821CD219221B221A1217321C5216821B8213A21F5219921EC21DA219621E021C3217921BE21AC215221F021CA21D621D221C7215F21B621E321E421A6218B21D621C121D9217A217521B821ED217D21B1210322BD21C721BF21FF21CB21E621F021C321EC21A821D621D321CC21EE21C721DE21D021AD21B6218321AC21BC21E6219621CC21EB21AD21B8218B2161217A21B621A121D521BE21DF21A22168210D21F821EE21A021F221F521D921BC21D021A2217B21FF210022EB217D216721CF212521A4219921E621BF219821CA21A22150218821F3218A21D2216221E2217B21C7215621CF21B621DE21D421CE21A221B421D5216A2195218F21C32197218821EB21C921E121CD218721ED21D821AD21DC21FC21B021AC21B221ED21E821E521C9219C216A21AB21F22182212C21D721DF21A5215E216821C321B9218A2180212221A221EE21A221C621FB21C021D5215F21DA21A521A22195217D212921D4218B21",
      torch_tensor_4_6_torch.int32: "0x04000000788788787777888777877778887777777888788777888778887878877778778778777878887777777877788777887877787787777887778878888777777878888877888878888788887888788888887887777877777788777788887878778778",
      torch_tensor_8_torch.int32: "0x040000000000000004000000080000000C0000001000000014000000180000001C000000",
      torch_tensor_128_6_torch.int32: "0x040000004A703476C680FCDB011C1D2F0172E60B5E4CB05E2E47A1A47DF8477C97ECB6CA6E6DC4343D8616783DDF4D362613F8120F7CC623634CF182EBAA08518719616F5A5588E551FD806545558AFFE23EE87FCEEDC26AA6BDBCE61B717AFCB6855B87686425DA794DB8A25A0B25DE1C10784340AC3759450B894B0AF787A6A5A5EBDC25D3BE4BBF649537DFA428D40A6B19C98E75B7FFC818D88CCC652B75C54AC34A9BE1B91DDF26C0973027B8E8E03099BB4C95CB08110D48B66DE034BAE8F03A4CB96EC9922B8237B51FA6C45CF2579D2736445526E9AADDBE52D34573FC1B32CD10777EC7951159FDC7AA5FC434A6645DFFDBCAAF2A67C8EF9B228066FD39794A71490EBB699FA0C19B9950E33BA02CBF915D012EE61B330CA5BC1A6A41D1A48E1309667C2E3B2F438A964DA938044F61FB43D95A7A21C959E2353F8FD05E3125EACB26F9724AC99AE5D7230F788FC03B902519EA6C7019E1D1F7AEC8983598082393F71B844CD5E50E04F86576E23ED3B520AC687BD50C10069C4DEFFA74A1AA5D20F7EB1E3AA68FE024B20DE45208EBEA9671FCAAFD58CB54AB1238DE67041129B954B373961EE36F3D4DDAD3FA1300C7DA4868B249F12A63E3D6D8F017F34C5E0B192E7ABDFDC353324E44C40B7D50F1646ABD9D88D1DD4C74E5F1F7BCD8008322BAAE963460575BC9FC0DB67671663CD398D5A6F8047718B34188B0756CA2504E60B6A785D10C68C7C167D089512AA268557C46F057490FBADB40FDC168B27AD6EBAD82D247C1996C3680B3CF1C9E4DC3FDC3545EA107226F62C7E2EE7C3F4D2F8EA13FCE1E3EADD2376E7ECB3F8956F4B7E7B7FAD6DB618CF50E7CBB570E3B7BDC8D92FFC4C7C9F1CF82B638FF6A865F7CA385D1E8D855E6EF5767B75CEB67EC5ED5AA1988FCA82EE56203B49125D1CB9EB2455A63946964CD9A72C1C6958A5B08E662526423C514A87DA1E49532FE5BA172C1CF9F9FD78EB0A600BA2ACE4070FA02841ED45978BDEBC02489AF7EC1BC1840D905BDF64AE64D16B6F6805DCDF924A964B15C23E53380E3B92E51F2912FD4C372F687A6912FC33463A49B4930CD8CBBD36D3029A93194CC833987CB0F940C372F69100C577DD0FDAA1575E7CE2DE9476BA9C1E71B2AB904D5E78F3355E15184B249392AD381CC8F358F18C5716B6A867699235B3FEC8A84CD8C8CE20E62425A50C343057A33393253AF8D95A706C7A489F68FE1A2D1DA07A910766C3F658C1E74F3893E1C814E78EE5E77B836DCF79FEA4B6434F9C65D8A408971DF406B3DA9CC8F0DB2ACEA2B39FD349573F8B3DFB91E0BCECF979BE97A0B7566940967707099C86341D90EA380B10BED1E6D62965570412D3D78EDD45812B908093B3613E05AC2DA260C3DCEF3DA9E928FD2E9BFEFED35F2E3A71B67B3BC3E14E2CAD339573F55457B1A4202078759D310B7DA029D0DEF730E73FE2F5F252B64A51B9BA5A571252F487D7727F691AAFED6BC031A2A8A33BEB3F4C308686CB4D116903BD94B48C77A9E6FBD41714842270C78CFB331F5556E7A218651DE18C01D0D57AE819D4323D1EEAFA4D65D42A2488CE22FC280F3E72D20CC5AEB19106780B83CC7194197B2108C7A421732EAC3BCE1E3C557B3616A30E6603467C2830142871CE348DB60E9D6707BCAEFD652331FD010BE537AA5BCDB690E93E0F00AE5FDF6F974F3D0F3449B698A40EDE13B99C6D057EA56F531ADCFC33F2F0C099E6DCA628C73C4F22FB072F09410AC44555FCC868CD16C3E96E3DA8A1F53EBCFA6A03ADE5441D32476F7523B9F52ED3B903E40B69BB8104D14FCDD90D3C40C841235D82A57D38ACB80EE5EF2DB964C16A1A7091A0AA84B59BA520E47889A24295EB247CD13A5637DB17EB957A02D45CAC314C88627ED3FDA51AEAEBEC8E1041B0BA3199F34AFB4DCFAB56B97B79C3A390849CC5658F17AABE610C7654E2C1C5B3E96FB86725E279C21560BB06F9A81D5AFBEEB8BA9BAD41264AE1CB393A96E39893DFDB09F28F468FC18AEC5B1F0AB3CAA6E5378667598413E00C386646883AB2C664FABAD00DF0C7183047BE35FE7C58E47A8352D0E4A02A401AA2C1B7AED255724DF987180C741A6F56A702470A867642389C8EF2D7ED04CDBFD6C84C62DF0A98B1BC493B5BA379803736CA32AF94FF3FBCBBA3818C6CDEC72FC14D374B7A18E0E513343C8F85B55F4895190A92D5906A474196F8CCFAD3D9262C51F30C19E5BD2E791DA350A2FD1323009B33F9EEB7180ED4AC0BE72E0EF815286DF3A9BD6389960ED0036425A570A5988E3F3EB3483861658058881E88F80027106161127F0AFB12E0E532E43DF882925642F9BC72320058B41C45066C1E6DCB13857D0C36FF8F2B2ED94ADFC820A3A0C8D1DF64AD1637A5DEC8BD4BCE83C7612F84347BB1D37C04624A9C195328E3B4295A9EE8565A9E5242B7BB8CE169BE9650B48580440350FF0F00F754BE7EED2C6B21B96A43A29D92A50AC27107CAEEF9B90D91DA8350CC49C33B2B386B850D40C83B45665C7EC1611BD0F5D2A6E6871BB05DE13E8CE4CCD0A4994D956D01C89D1EEE2B7A416101895B1991E57855979B9F3C96D29874E068C35BC5BB9AD6CE04E45CEF300A8A6B720021FC468BEB92299FA137447422123CFA63A812C16F490B1D46C7D34AA7C18CE7AD1D3867909F7924BC045F1319774949BFF2E9050DD8D059EA9F7F897E643F9795C587C0B8111AF0A4AECCA32E558A34C265BD3E04EFD21825C1D93606E4AC98DFADE12B054A52DC3D0DA67ECC2263F29F4E0D3AA74D661295E23617AF6B1D45C75FA7DDAEFE3BE657DD6B28BFADBD23D045CBFC7CE5686F21C2C211AC28252AB8E46231F3FE9F171338A20659D38D9846F52EE84DD20505D31C8B395F211975869149DCDCA6889B601ADDD2C180FD303C061EDB9F6B74594B5C044E502B1DBC2AD01D8FAC4ED65171D1088817E630D122B79085EC8BB212E022195D5376097D983118BB27C9B35E18036C4E2ED8F871B16C92FA94432565D3BFF850CB60FBCEAF89DF0580FD1C2989DCA428F5768BF7597C3CDB9FF441EA11F23C9DB5335C174BB0B21C3FFC2180F11DD3AA0F37DABE48CED29BB8D01FF0849FC57DA915B4B625677B4919E0AA7961B110B0A02356FF43949020685EAA24EA5BD29F157B3074E67F1DD4F26886988260D9A464B5F70D801F1699976BC925281B0BC580E33FF3D529FE8EE9F9E086E003A9B98AEB09F44E003110AC5F07775AC12EEA37BB7DF3F85C659F9C454CCABA4BADEB41D153FA63574CB7FA3411245AE568BA275DA8F94033BB19E771E821566FC1B9465410AF597C33BA77F7E230F0CC091E2F0D12DADF19F35F0F473B8FD0F8A755C33EF31AE1FC02E8A97611DFA1245A89DB06B8D735F930FCB225C6B35928ABEFBE61F9DA2582EDCDA0D8CB0C8D25308AE9622B29E3652A4100E2C641D46D04EB788E82588393BD5685CC217B36F1A074A711644451BB33FEAB1DCF9327BF523B17FEC0FAB950E9DDD19BEAE3C6005F1DF0CB088D2447AA3B67F3E976E4D54EDE2D2B69C38BAF5925138791BFECA4DB9D5E546708ABDB2CD0F9A70E838C29B9B28D82BAA1AEADF2F04B15CAEFD8F93536E0B792DC15266D7685026588872EF8B2C5A5782DB266DBDAAD324E5D01823A3A7E914BD14EB2DB8DD1904BC2CAEF7BA1E11C6682A78740559ACA13CB05B6945927A286CA023E4D45460A18BC17C431923B4F5D8EB0CAF3AAC5D1BBF057FBF839A2C912064E62D21C26C94F63393DEFE430402F8F1B1A1A0028164B972E14EDFDDD4E7271342A8F72C72F1D6390E6DD6D0BACFC3856CF19208648C8E77AE68B1F847605873045A7B7291B12C0531630377CDF32F39CAF9217EF199DD1ACFDC90A6C5AC2786E865ED2E78BE13F7305564FC54F19DE32757EA43804BE07FDAD2686F0E14F6A8D976D88C4B21EB3545A09F35B842369E2B12728E4F8EB1AF8BFDE9BE2E173E07631E27C3B36A3460BFC290670A70C0CF04320377552F723816D1E9A159581678B2D3ED7FF885FB6D2C0AAC499F5A1DA9FAC694808D039E944DC94E7EE62CE3C89164AD1FA0135FAE1BDB2C85E32B5C06928E5134AEEAF4AEB52CE793F571BA51A9394BDEE7FCB777F81BC147DD8A2E071AFFB33826AF3A66AE898B14E3ADC8A1C442B4CB42CA2A4EF6AF832A116FE2904C7E4C2FEF410904210F4E9D5EB3B96B301110F117DDAA4A9638A266AA562B5D8AB4891F2E0141E53734DCB002EB8BB3F03BFADED793F9A434843D9122E38DD9E78466412656E58BCB543A329EC068B55EF91233933F90DB9E500B749FDA5C87D90942063CC1FBF60797972BA20A5A",
      torch_tensor_8_torch.int64: "0x0800000000000000000000000400000000000000010000000000000005000000000000000200000000000000060000000000000003000000000000000700000000000000",
      torch_tensor_8_torch.int64_1: "0x0800000000000000000000000400000000000000010000000000000005000000000000000200000000000000060000000000000003000000000000000700000000000000"
    }
  }
#-}
