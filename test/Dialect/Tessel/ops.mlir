// RUN: tessel-opt %s | tessel-opt | FileCheck %s
// RUN: tessel-opt %s --mlir-print-op-generic | tessel-opt | FileCheck %s

// Every tessel op in every form prints in a way that parses back to the same
// IR (the RUN lines print twice and also go through the generic form).

// CHECK-LABEL: func.func @attention_plain
// CHECK: tessel.attention ins(%{{.*}}, %{{.*}}, %{{.*}} : tensor<2x8x128x64xf16>, tensor<2x8x128x64xf16>, tensor<2x8x128x32xf16>) outs(%{{.*}} : tensor<2x8x128x32xf16>) -> tensor<2x8x128x32xf16>
func.func @attention_plain(%q: tensor<2x8x128x64xf16>, %k: tensor<2x8x128x64xf16>,
                           %v: tensor<2x8x128x32xf16>, %o: tensor<2x8x128x32xf16>) -> tensor<2x8x128x32xf16> {
  %r = tessel.attention ins(%q, %k, %v : tensor<2x8x128x64xf16>, tensor<2x8x128x64xf16>, tensor<2x8x128x32xf16>)
         outs(%o : tensor<2x8x128x32xf16>) -> tensor<2x8x128x32xf16>
  return %r : tensor<2x8x128x32xf16>
}

// CHECK-LABEL: func.func @attention_gqa_causal_scale
// CHECK: tessel.attention causal scale(1.250000e-01) ins({{.*}} : tensor<1x32x16x64xbf16>, tensor<1x8x48x64xbf16>, tensor<1x8x48x64xbf16>) offset(%{{.*}}) outs
func.func @attention_gqa_causal_scale(%q: tensor<1x32x16x64xbf16>, %k: tensor<1x8x48x64xbf16>,
                                      %v: tensor<1x8x48x64xbf16>, %o: tensor<1x32x16x64xbf16>,
                                      %off: index) -> tensor<1x32x16x64xbf16> {
  %r = tessel.attention causal scale(0.125)
         ins(%q, %k, %v : tensor<1x32x16x64xbf16>, tensor<1x8x48x64xbf16>, tensor<1x8x48x64xbf16>)
         offset(%off) outs(%o : tensor<1x32x16x64xbf16>) -> tensor<1x32x16x64xbf16>
  return %r : tensor<1x32x16x64xbf16>
}

// CHECK-LABEL: func.func @attention_softcap
// CHECK: tessel.attention causal scale(1.250000e-01) softcap(5.000000e+01) ins(
// CHECK: tessel.attention softcap(3.000000e+01) ins(
func.func @attention_softcap(%q: tensor<1x4x16x64xbf16>, %k: tensor<1x2x48x64xbf16>,
                             %v: tensor<1x2x48x64xbf16>, %o: tensor<1x4x16x64xbf16>) -> (tensor<1x4x16x64xbf16>, tensor<1x4x16x64xbf16>) {
  %a = tessel.attention causal scale(0.125) softcap(50.0)
         ins(%q, %k, %v : tensor<1x4x16x64xbf16>, tensor<1x2x48x64xbf16>, tensor<1x2x48x64xbf16>)
         outs(%o : tensor<1x4x16x64xbf16>) -> tensor<1x4x16x64xbf16>
  %b = tessel.attention softcap(30.0)
         ins(%q, %k, %v : tensor<1x4x16x64xbf16>, tensor<1x2x48x64xbf16>, tensor<1x2x48x64xbf16>)
         outs(%o : tensor<1x4x16x64xbf16>) -> tensor<1x4x16x64xbf16>
  return %a, %b : tensor<1x4x16x64xbf16>, tensor<1x4x16x64xbf16>
}

// CHECK-LABEL: func.func @attention_window
// CHECK: tessel.attention causal window(4096) softcap(5.000000e+01) ins(
// CHECK: tessel.attention causal window(1) ins({{.*}}) offset(%{{.*}}) outs(
func.func @attention_window(%q: tensor<1x4x16x64xbf16>, %k: tensor<1x2x48x64xbf16>,
                            %v: tensor<1x2x48x64xbf16>, %o: tensor<1x4x16x64xbf16>, %off: index) -> (tensor<1x4x16x64xbf16>, tensor<1x4x16x64xbf16>) {
  %a = tessel.attention causal window(4096) softcap(50.0)
         ins(%q, %k, %v : tensor<1x4x16x64xbf16>, tensor<1x2x48x64xbf16>, tensor<1x2x48x64xbf16>)
         outs(%o : tensor<1x4x16x64xbf16>) -> tensor<1x4x16x64xbf16>
  %b = tessel.attention causal window(1)
         ins(%q, %k, %v : tensor<1x4x16x64xbf16>, tensor<1x2x48x64xbf16>, tensor<1x2x48x64xbf16>)
         offset(%off) outs(%o : tensor<1x4x16x64xbf16>) -> tensor<1x4x16x64xbf16>
  return %a, %b : tensor<1x4x16x64xbf16>, tensor<1x4x16x64xbf16>
}

// CHECK-LABEL: func.func @attention_masks
// CHECK: tessel.attention ins({{.*}}) mask(%{{.*}} : tensor<1x1x100x70xf32>) outs
// CHECK: tessel.attention ins({{.*}}) mask(%{{.*}} : tensor<2x4x100x70xi1>) outs
// CHECK: tessel.attention ins({{.*}}) block_mask(%{{.*}} : tensor<2x1x4x3xi1>) block_sizes = [32, 32] outs
func.func @attention_masks(%q: tensor<2x4x100x16xf32>, %k: tensor<2x2x70x16xf32>,
                           %v: tensor<2x2x70x16xf32>, %o: tensor<2x4x100x16xf32>,
                           %add: tensor<1x1x100x70xf32>, %bool: tensor<2x4x100x70xi1>,
                           %blocks: tensor<2x1x4x3xi1>) -> (tensor<2x4x100x16xf32>, tensor<2x4x100x16xf32>, tensor<2x4x100x16xf32>) {
  %a = tessel.attention ins(%q, %k, %v : tensor<2x4x100x16xf32>, tensor<2x2x70x16xf32>, tensor<2x2x70x16xf32>)
         mask(%add : tensor<1x1x100x70xf32>) outs(%o : tensor<2x4x100x16xf32>) -> tensor<2x4x100x16xf32>
  %b = tessel.attention ins(%q, %k, %v : tensor<2x4x100x16xf32>, tensor<2x2x70x16xf32>, tensor<2x2x70x16xf32>)
         mask(%bool : tensor<2x4x100x70xi1>) outs(%o : tensor<2x4x100x16xf32>) -> tensor<2x4x100x16xf32>
  %c = tessel.attention ins(%q, %k, %v : tensor<2x4x100x16xf32>, tensor<2x2x70x16xf32>, tensor<2x2x70x16xf32>)
         block_mask(%blocks : tensor<2x1x4x3xi1>) block_sizes = [32, 32]
         outs(%o : tensor<2x4x100x16xf32>) -> tensor<2x4x100x16xf32>
  return %a, %b, %c : tensor<2x4x100x16xf32>, tensor<2x4x100x16xf32>, tensor<2x4x100x16xf32>
}

// CHECK-LABEL: func.func @attention_dynamic
// CHECK: tessel.attention ins({{.*}} : tensor<?x8x?x64xf16>, tensor<?x8x?x64xf16>, tensor<?x8x?x64xf16>) outs(%{{.*}} : tensor<?x8x?x64xf16>)
func.func @attention_dynamic(%q: tensor<?x8x?x64xf16>, %k: tensor<?x8x?x64xf16>,
                             %v: tensor<?x8x?x64xf16>, %o: tensor<?x8x?x64xf16>) -> tensor<?x8x?x64xf16> {
  %r = tessel.attention ins(%q, %k, %v : tensor<?x8x?x64xf16>, tensor<?x8x?x64xf16>, tensor<?x8x?x64xf16>)
         outs(%o : tensor<?x8x?x64xf16>) -> tensor<?x8x?x64xf16>
  return %r : tensor<?x8x?x64xf16>
}

// CHECK-LABEL: func.func @softmax
// CHECK: tessel.softmax three_pass dimension(1) ins(%{{.*}} : tensor<4x1000xf32>) outs(%{{.*}} : tensor<4x1000xf32>) -> tensor<4x1000xf32>
// CHECK: tessel.softmax two_pass dimension(0)
// CHECK: tessel.softmax online dimension(2) ins(%{{.*}} : tensor<2x3x5xf16>)
func.func @softmax(%x: tensor<4x1000xf32>, %i: tensor<4x1000xf32>,
                   %y: tensor<2x3x5xf16>, %j: tensor<2x3x5xf16>) -> (tensor<4x1000xf32>, tensor<4x1000xf32>, tensor<2x3x5xf16>) {
  %a = tessel.softmax three_pass dimension(1) ins(%x : tensor<4x1000xf32>) outs(%i : tensor<4x1000xf32>) -> tensor<4x1000xf32>
  %b = tessel.softmax two_pass dimension(0) ins(%x : tensor<4x1000xf32>) outs(%i : tensor<4x1000xf32>) -> tensor<4x1000xf32>
  %c = tessel.softmax online dimension(2) ins(%y : tensor<2x3x5xf16>) outs(%j : tensor<2x3x5xf16>) -> tensor<2x3x5xf16>
  return %a, %b, %c : tensor<4x1000xf32>, tensor<4x1000xf32>, tensor<2x3x5xf16>
}

// CHECK-LABEL: func.func @qmatmul
// CHECK: tessel.qmatmul signed group_size(128) ins({{.*}} : tensor<1x4096xf16>, tensor<11008x4096xi4>, tensor<11008x32xf16>) outs
// CHECK: tessel.qmatmul unsigned group_size(64) ins({{.*}}) zero_points(%{{.*}} : tensor<128x4xi3>) bias(%{{.*}} : tensor<128xf32>) activation(silu) outs
// CHECK: tessel.qmatmul signed group_size(16) ins({{.*}} : tensor<3x5x16xbf16>, tensor<8x16xi1>, tensor<8x1xbf16>) activation(gelu) outs
func.func @qmatmul(%x: tensor<1x4096xf16>, %w: tensor<11008x4096xi4>, %s: tensor<11008x32xf16>, %o: tensor<1x11008xf16>,
                   %x2: tensor<16x256xf32>, %w2: tensor<128x256xi3>, %s2: tensor<128x4xf32>, %z2: tensor<128x4xi3>,
                   %b2: tensor<128xf32>, %o2: tensor<16x128xf32>,
                   %x3: tensor<3x5x16xbf16>, %w3: tensor<8x16xi1>, %s3: tensor<8x1xbf16>, %o3: tensor<3x5x8xbf16>)
    -> (tensor<1x11008xf16>, tensor<16x128xf32>, tensor<3x5x8xbf16>) {
  %a = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<1x4096xf16>, tensor<11008x4096xi4>, tensor<11008x32xf16>)
         outs(%o : tensor<1x11008xf16>) -> tensor<1x11008xf16>
  %b = tessel.qmatmul unsigned group_size(64) ins(%x2, %w2, %s2 : tensor<16x256xf32>, tensor<128x256xi3>, tensor<128x4xf32>)
         zero_points(%z2 : tensor<128x4xi3>) bias(%b2 : tensor<128xf32>) activation(silu)
         outs(%o2 : tensor<16x128xf32>) -> tensor<16x128xf32>
  %c = tessel.qmatmul signed group_size(16) ins(%x3, %w3, %s3 : tensor<3x5x16xbf16>, tensor<8x16xi1>, tensor<8x1xbf16>)
         activation(gelu) outs(%o3 : tensor<3x5x8xbf16>) -> tensor<3x5x8xbf16>
  return %a, %b, %c : tensor<1x11008xf16>, tensor<16x128xf32>, tensor<3x5x8xbf16>
}

// CHECK-LABEL: func.func @qmatmul_packed_weights
// CHECK: tensor<64x128xi4, #tessel.layout<(64, 128):(128, 1), pack = <4 in 32>>>
func.func @qmatmul_packed_weights(%x: tensor<2x128xf16>, %w: tensor<64x128xi4, #tessel.layout<(64, 128):(128, 1), pack = <4 in 32>>>,
                                  %s: tensor<64x1xf16>, %o: tensor<2x64xf16>) -> tensor<2x64xf16> {
  %r = tessel.qmatmul signed group_size(128)
         ins(%x, %w, %s : tensor<2x128xf16>, tensor<64x128xi4, #tessel.layout<(64, 128):(128, 1), pack = <4 in 32>>>, tensor<64x1xf16>)
         outs(%o : tensor<2x64xf16>) -> tensor<2x64xf16>
  return %r : tensor<2x64xf16>
}

// CHECK-LABEL: func.func @quantize_dequantize
// CHECK: tessel.quantize signed group_size(32) ins(%{{.*}} : tensor<64x128xf32>) outs(%{{.*}}, %{{.*}} : tensor<64x128xi4>, tensor<64x4xf32>) -> tensor<64x128xi4>, tensor<64x4xf32>
// CHECK: tessel.quantize unsigned group_size(128) ins({{.*}}) outs({{.*}} : tensor<64x128xi8>, tensor<64x1xf32>, tensor<64x1xi8>)
// CHECK: tessel.dequantize signed group_size(32) ins(%{{.*}}, %{{.*}} : tensor<64x128xi4>, tensor<64x4xf32>) outs
// CHECK: tessel.dequantize unsigned group_size(128) ins({{.*}}) zero_points(%{{.*}} : tensor<64x1xi8>) outs
func.func @quantize_dequantize(%x: tensor<64x128xf32>, %q: tensor<64x128xi4>, %s: tensor<64x4xf32>,
                               %q8: tensor<64x128xi8>, %s8: tensor<64x1xf32>, %z8: tensor<64x1xi8>)
    -> (tensor<64x128xf32>, tensor<64x128xf32>) {
  %qq, %ss = tessel.quantize signed group_size(32) ins(%x : tensor<64x128xf32>)
               outs(%q, %s : tensor<64x128xi4>, tensor<64x4xf32>) -> tensor<64x128xi4>, tensor<64x4xf32>
  %qa, %sa, %za = tessel.quantize unsigned group_size(128) ins(%x : tensor<64x128xf32>)
               outs(%q8, %s8, %z8 : tensor<64x128xi8>, tensor<64x1xf32>, tensor<64x1xi8>)
               -> tensor<64x128xi8>, tensor<64x1xf32>, tensor<64x1xi8>
  %d = tessel.dequantize signed group_size(32) ins(%qq, %ss : tensor<64x128xi4>, tensor<64x4xf32>)
         outs(%x : tensor<64x128xf32>) -> tensor<64x128xf32>
  %e = tessel.dequantize unsigned group_size(128) ins(%qa, %sa : tensor<64x128xi8>, tensor<64x1xf32>)
         zero_points(%za : tensor<64x1xi8>) outs(%x : tensor<64x128xf32>) -> tensor<64x128xf32>
  return %d, %e : tensor<64x128xf32>, tensor<64x128xf32>
}

// CHECK-LABEL: func.func @layouts
// CHECK: tessel.relayout ins(%{{.*}} : tensor<64x64xf16, #tessel.layout<(64, 64):(64, 1)>>) outs(%{{.*}} : tensor<64x64xf16, #tessel.layout<((8, 8), 64):((64, 512), 1), swizzle = <3, 3, 3>>>)
func.func @layouts(%x: tensor<64x64xf16, #tessel.layout<(64, 64):(64, 1)>>,
                   %i: tensor<64x64xf16, #tessel.layout<((8, 8), 64):((64, 512), 1), swizzle = <3, 3, 3>>>)
    -> tensor<64x64xf16, #tessel.layout<((8, 8), 64):((64, 512), 1), swizzle = <3, 3, 3>>> {
  %r = tessel.relayout ins(%x : tensor<64x64xf16, #tessel.layout<(64, 64):(64, 1)>>)
         outs(%i : tensor<64x64xf16, #tessel.layout<((8, 8), 64):((64, 512), 1), swizzle = <3, 3, 3>>>)
         -> tensor<64x64xf16, #tessel.layout<((8, 8), 64):((64, 512), 1), swizzle = <3, 3, 3>>>
  return %r : tensor<64x64xf16, #tessel.layout<((8, 8), 64):((64, 512), 1), swizzle = <3, 3, 3>>>
}

// CHECK-LABEL: func.func @layout_forms
// CHECK-SAME: tensor<8xf32, #tessel.layout<(8):(1)>>
// CHECK-SAME: tensor<8xf32, #tessel.layout<((2, 4)):((4, 1))>>
func.func @layout_forms(%a: tensor<8xf32, #tessel.layout<8:1>>, %b: tensor<8xf32, #tessel.layout<((2, 4)):((4, 1))>>) {
  return
}

// CHECK-LABEL: func.func @pack_unpack
// CHECK: tessel.pack ins(%{{.*}} : tensor<128x256xi4>) outs(%{{.*}} : tensor<128x32xi32>) interleave = [0, 2, 4, 6, 1, 3, 5, 7] -> tensor<128x32xi32>
// CHECK: tessel.pack ins(%{{.*}} : tensor<128x256xi3>) outs(%{{.*}} : tensor<128x24xi32>) -> tensor<128x24xi32>
// CHECK: tessel.unpack ins(%{{.*}} : tensor<128x24xi32>) outs(%{{.*}} : tensor<128x256xi3>) -> tensor<128x256xi3>
func.func @pack_unpack(%w: tensor<128x256xi4>, %p: tensor<128x32xi32>, %w3: tensor<128x256xi3>, %p3: tensor<128x24xi32>)
    -> (tensor<128x32xi32>, tensor<128x256xi3>) {
  %a = tessel.pack ins(%w : tensor<128x256xi4>) outs(%p : tensor<128x32xi32>)
         interleave = [0, 2, 4, 6, 1, 3, 5, 7] -> tensor<128x32xi32>
  %b = tessel.pack ins(%w3 : tensor<128x256xi3>) outs(%p3 : tensor<128x24xi32>) -> tensor<128x24xi32>
  %c = tessel.unpack ins(%b : tensor<128x24xi32>) outs(%w3 : tensor<128x256xi3>) -> tensor<128x256xi3>
  return %a, %c : tensor<128x32xi32>, tensor<128x256xi3>
}

// CHECK-LABEL: func.func @permute
// CHECK: tessel.permute dimension(2) ins(%{{.*}}, %{{.*}} : tensor<1x8x1024x64xf16>, tensor<1024xi32>) outs(%{{.*}} : tensor<1x8x1024x64xf16>)
// CHECK: tessel.permute dimension(1) ins(%{{.*}}, %{{.*}} : tensor<4x16xf32>, tensor<8xindex>) outs(%{{.*}} : tensor<4x8xf32>)
func.func @permute(%x: tensor<1x8x1024x64xf16>, %idx: tensor<1024xi32>, %o: tensor<1x8x1024x64xf16>,
                   %y: tensor<4x16xf32>, %sel: tensor<8xindex>, %p: tensor<4x8xf32>)
    -> (tensor<1x8x1024x64xf16>, tensor<4x8xf32>) {
  %a = tessel.permute dimension(2) ins(%x, %idx : tensor<1x8x1024x64xf16>, tensor<1024xi32>)
         outs(%o : tensor<1x8x1024x64xf16>) -> tensor<1x8x1024x64xf16>
  %b = tessel.permute dimension(1) ins(%y, %sel : tensor<4x16xf32>, tensor<8xindex>)
         outs(%p : tensor<4x8xf32>) -> tensor<4x8xf32>
  return %a, %b : tensor<1x8x1024x64xf16>, tensor<4x8xf32>
}

// CHECK-LABEL: func.func @draft_mask
// CHECK: tessel.draft_mask block_sizes = [128, 128] keep_ratio(1.000000e-01) ins(%{{.*}}, %{{.*}} : tensor<1x16x4096x64xbf16>, tensor<1x16x4096x64xbf16>) outs(%{{.*}} : tensor<1x16x32x32xi1>)
// CHECK: tessel.draft_mask causal scale(5.000000e-01) block_sizes = [64, 32] keep_ratio(2.500000e-01) ins({{.*}} : tensor<2x4x100x16xf32>, tensor<2x2x70x16xf32>) outs(%{{.*}} : tensor<2x4x2x3xi1>)
func.func @draft_mask(%q: tensor<1x16x4096x64xbf16>, %k: tensor<1x16x4096x64xbf16>, %o: tensor<1x16x32x32xi1>,
                      %q2: tensor<2x4x100x16xf32>, %k2: tensor<2x2x70x16xf32>, %o2: tensor<2x4x2x3xi1>)
    -> (tensor<1x16x32x32xi1>, tensor<2x4x2x3xi1>) {
  %a = tessel.draft_mask block_sizes = [128, 128] keep_ratio(0.1)
         ins(%q, %k : tensor<1x16x4096x64xbf16>, tensor<1x16x4096x64xbf16>)
         outs(%o : tensor<1x16x32x32xi1>) -> tensor<1x16x32x32xi1>
  %b = tessel.draft_mask causal scale(0.5) block_sizes = [64, 32] keep_ratio(0.25)
         ins(%q2, %k2 : tensor<2x4x100x16xf32>, tensor<2x2x70x16xf32>)
         outs(%o2 : tensor<2x4x2x3xi1>) -> tensor<2x4x2x3xi1>
  return %a, %b : tensor<1x16x32x32xi1>, tensor<2x4x2x3xi1>
}

// CHECK-LABEL: func.func @paged_attention_decode
// CHECK: tessel.paged_attention ins(%{{.*}}, %{{.*}}, %{{.*}} : tensor<4x32x1x128xbf16>, tensor<64x16x8x128xbf16>, tensor<64x16x8x128xbf16>) pages(%{{.*}}, %{{.*}} : tensor<4x16xi32>, tensor<4xi32>) outs(%{{.*}} : tensor<4x32x1x128xbf16>) -> tensor<4x32x1x128xbf16>
func.func @paged_attention_decode(%q: tensor<4x32x1x128xbf16>, %kp: tensor<64x16x8x128xbf16>, %vp: tensor<64x16x8x128xbf16>,
                                  %t: tensor<4x16xi32>, %l: tensor<4xi32>, %o: tensor<4x32x1x128xbf16>) -> tensor<4x32x1x128xbf16> {
  %r = tessel.paged_attention ins(%q, %kp, %vp : tensor<4x32x1x128xbf16>, tensor<64x16x8x128xbf16>, tensor<64x16x8x128xbf16>)
         pages(%t, %l : tensor<4x16xi32>, tensor<4xi32>)
         outs(%o : tensor<4x32x1x128xbf16>) -> tensor<4x32x1x128xbf16>
  return %r : tensor<4x32x1x128xbf16>
}

// CHECK-LABEL: func.func @paged_attention_causal_scaled
// CHECK: tessel.paged_attention causal scale(1.250000e-01) ins({{.*}}) pages({{.*}}) outs({{.*}}) -> tensor<2x4x3x32xf32>
func.func @paged_attention_causal_scaled(%q: tensor<2x4x3x64xf32>, %kp: tensor<10x128x2x64xf32>, %vp: tensor<10x128x2x32xf32>,
                                         %t: tensor<2x5xi32>, %l: tensor<2xi32>, %o: tensor<2x4x3x32xf32>) -> tensor<2x4x3x32xf32> {
  %r = tessel.paged_attention causal scale(0.125) ins(%q, %kp, %vp : tensor<2x4x3x64xf32>, tensor<10x128x2x64xf32>, tensor<10x128x2x32xf32>)
         pages(%t, %l : tensor<2x5xi32>, tensor<2xi32>)
         outs(%o : tensor<2x4x3x32xf32>) -> tensor<2x4x3x32xf32>
  return %r : tensor<2x4x3x32xf32>
}
