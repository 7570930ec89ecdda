// RUN: tessel-opt %s -split-input-file -transform-interpreter -canonicalize | FileCheck %s

// Upstream SCF tiling drives tessel ops through their TilingInterface.

// Two query heads of a group of four read one key/value head; the causal
// offset of a tile of query rows is its first row (Skv - Sq = 0).
// CHECK-LABEL: func.func @attention_gqa_causal
// CHECK: scf.for %[[H:.*]] = %{{.*}} to %{{.*}} step %c2
// CHECK: scf.for %[[M:.*]] = %{{.*}} to %{{.*}} step %c32
// CHECK: %[[KV:.*]] = affine.apply #{{.*}}()[%[[H]]]
// CHECK: tensor.extract_slice %arg0[0, %[[H]], %[[M]], 0] [2, 2, 32, 64]
// CHECK: tensor.extract_slice %arg1[0, %[[KV]], 0, 0] [2, 1, 128, 64]
// CHECK: tensor.extract_slice %arg2[0, %[[KV]], 0, 0] [2, 1, 128, 32]
// CHECK: tessel.attention causal ins({{.*}} : tensor<2x2x32x64xf16>, tensor<2x1x128x64xf16>, tensor<2x1x128x32xf16>) offset(%[[M]]) outs({{.*}} : tensor<2x2x32x32xf16>)
func.func @attention_gqa_causal(%q: tensor<2x8x128x64xf16>, %k: tensor<2x2x128x64xf16>, %v: tensor<2x2x128x32xf16>, %o: tensor<2x8x128x32xf16>) -> tensor<2x8x128x32xf16> {
  %r = tessel.attention causal ins(%q, %k, %v : tensor<2x8x128x64xf16>, tensor<2x2x128x64xf16>, tensor<2x2x128x32xf16>)
         outs(%o : tensor<2x8x128x32xf16>) -> tensor<2x8x128x32xf16>
  return %r : tensor<2x8x128x32xf16>
}
module attributes {transform.with_named_sequence} {
  transform.named_sequence @__transform_main(%root: !transform.any_op {transform.readonly}) {
    %op = transform.structured.match ops{["tessel.attention"]} in %root : (!transform.any_op) -> !transform.any_op
    %tiled, %loops:2 = transform.structured.tile_using_for %op tile_sizes [0, 2, 32, 0] : (!transform.any_op) -> (!transform.any_op, !transform.any_op, !transform.any_op)
    transform.yield
  }
}

// -----

// Eight query heads are two whole groups; the block mask (broadcast over
// the batch) is sliced by query blocks of 32 rows.
// CHECK-LABEL: func.func @attention_whole_groups_block_mask
// CHECK: tensor.extract_slice %arg1[%{{.*}}, %{{.*}}, 0, 0] [1, 2, 200, 64]
// CHECK: tensor.extract_slice %arg4[0, %{{.*}}, %{{.*}}, 0] [1, 8, 2, 7]
// CHECK: tessel.attention ins({{.*}}) block_mask(%{{.*}} : tensor<1x8x2x7xi1>) block_sizes = [32, 32] outs({{.*}} : tensor<1x8x64x64xf32>)
func.func @attention_whole_groups_block_mask(%q: tensor<2x16x256x64xf32>, %k: tensor<2x4x200x64xf32>, %v: tensor<2x4x200x64xf32>, %o: tensor<2x16x256x64xf32>, %bm: tensor<1x16x8x7xi1>) -> tensor<2x16x256x64xf32> {
  %r = tessel.attention ins(%q, %k, %v : tensor<2x16x256x64xf32>, tensor<2x4x200x64xf32>, tensor<2x4x200x64xf32>)
         block_mask(%bm : tensor<1x16x8x7xi1>) block_sizes = [32, 32]
         outs(%o : tensor<2x16x256x64xf32>) -> tensor<2x16x256x64xf32>
  return %r : tensor<2x16x256x64xf32>
}
module attributes {transform.with_named_sequence} {
  transform.named_sequence @__transform_main(%root: !transform.any_op {transform.readonly}) {
    %op = transform.structured.match ops{["tessel.attention"]} in %root : (!transform.any_op) -> !transform.any_op
    %tiled, %loops:3 = transform.structured.tile_using_for %op tile_sizes [1, 8, 64, 0] : (!transform.any_op) -> (!transform.any_op, !transform.any_op, !transform.any_op, !transform.any_op)
    transform.yield
  }
}

// -----

// CHECK-LABEL: func.func @qmatmul
// CHECK: tensor.extract_slice %arg0[%{{.*}}, 0] [16, 256]
// CHECK: tensor.extract_slice %arg1[%[[N:.*]], 0] [32, 256]
// CHECK: tensor.extract_slice %arg2[%[[N]], 0] [32, 4]
// CHECK: tensor.extract_slice %arg3[%[[N]], 0] [32, 4]
// CHECK: tensor.extract_slice %arg4[%[[N]]] [32]
// CHECK: tessel.qmatmul unsigned group_size(64) {{.*}} activation(relu) outs({{.*}} : tensor<16x32xf16>)
func.func @qmatmul(%x: tensor<64x256xf16>, %w: tensor<128x256xi3>, %s: tensor<128x4xf16>, %z: tensor<128x4xi3>, %b: tensor<128xf16>, %o: tensor<64x128xf16>) -> tensor<64x128xf16> {
  %r = tessel.qmatmul unsigned group_size(64) ins(%x, %w, %s : tensor<64x256xf16>, tensor<128x256xi3>, tensor<128x4xf16>)
         zero_points(%z : tensor<128x4xi3>) bias(%b : tensor<128xf16>) activation(relu)
         outs(%o : tensor<64x128xf16>) -> tensor<64x128xf16>
  return %r : tensor<64x128xf16>
}
module attributes {transform.with_named_sequence} {
  transform.named_sequence @__transform_main(%root: !transform.any_op {transform.readonly}) {
    %op = transform.structured.match ops{["tessel.qmatmul"]} in %root : (!transform.any_op) -> !transform.any_op
    %tiled, %loops:2 = transform.structured.tile_using_for %op tile_sizes [16, 32] : (!transform.any_op) -> (!transform.any_op, !transform.any_op, !transform.any_op)
    transform.yield
  }
}

// -----

// The reduced dimension stays whole.
// CHECK-LABEL: func.func @softmax
// CHECK: tensor.extract_slice %arg0[%{{.*}}, 0] [8, 1000]
// CHECK: tessel.softmax online dimension(1) ins(%{{.*}} : tensor<8x1000xf32>)
func.func @softmax(%x: tensor<64x1000xf32>, %o: tensor<64x1000xf32>) -> tensor<64x1000xf32> {
  %r = tessel.softmax online dimension(1) ins(%x : tensor<64x1000xf32>) outs(%o : tensor<64x1000xf32>) -> tensor<64x1000xf32>
  return %r : tensor<64x1000xf32>
}
module attributes {transform.with_named_sequence} {
  transform.named_sequence @__transform_main(%root: !transform.any_op {transform.readonly}) {
    %op = transform.structured.match ops{["tessel.softmax"]} in %root : (!transform.any_op) -> !transform.any_op
    %tiled, %loop = transform.structured.tile_using_for %op tile_sizes [8, 0] : (!transform.any_op) -> (!transform.any_op, !transform.any_op)
    transform.yield
  }
}

// -----

// A tile of 64 values holds two groups of 32: two scales.
// CHECK-LABEL: func.func @dequantize
// CHECK: tensor.extract_slice %arg1[%{{.*}}, %{{.*}}] [4, 2]
// CHECK: tessel.dequantize signed group_size(32) ins(%{{.*}}, %{{.*}} : tensor<4x64xi4>, tensor<4x2xf32>)
func.func @dequantize(%q: tensor<16x256xi4>, %s: tensor<16x8xf32>, %o: tensor<16x256xf32>) -> tensor<16x256xf32> {
  %r = tessel.dequantize signed group_size(32) ins(%q, %s : tensor<16x256xi4>, tensor<16x8xf32>) outs(%o : tensor<16x256xf32>) -> tensor<16x256xf32>
  return %r : tensor<16x256xf32>
}
module attributes {transform.with_named_sequence} {
  transform.named_sequence @__transform_main(%root: !transform.any_op {transform.readonly}) {
    %op = transform.structured.match ops{["tessel.dequantize"]} in %root : (!transform.any_op) -> !transform.any_op
    %tiled, %loops:2 = transform.structured.tile_using_for %op tile_sizes [4, 64] : (!transform.any_op) -> (!transform.any_op, !transform.any_op, !transform.any_op)
    transform.yield
  }
}

// -----

// The input is read whole along the gathered dimension.
// CHECK-LABEL: func.func @permute
// CHECK: tensor.extract_slice %arg1[%{{.*}}] [16]
// CHECK: tessel.permute dimension(1) ins(%arg0, %{{.*}} : tensor<4x64xf32>, tensor<16xi32>) outs(%{{.*}} : tensor<4x16xf32>)
func.func @permute(%x: tensor<4x64xf32>, %i: tensor<64xi32>, %o: tensor<4x64xf32>) -> tensor<4x64xf32> {
  %r = tessel.permute dimension(1) ins(%x, %i : tensor<4x64xf32>, tensor<64xi32>) outs(%o : tensor<4x64xf32>) -> tensor<4x64xf32>
  return %r : tensor<4x64xf32>
}
module attributes {transform.with_named_sequence} {
  transform.named_sequence @__transform_main(%root: !transform.any_op {transform.readonly}) {
    %op = transform.structured.match ops{["tessel.permute"]} in %root : (!transform.any_op) -> !transform.any_op
    %tiled, %loop = transform.structured.tile_using_for %op tile_sizes [0, 16] : (!transform.any_op) -> (!transform.any_op, !transform.any_op)
    transform.yield
  }
}

// -----

// CHECK-LABEL: func.func @pack
// CHECK: tessel.pack ins(%{{.*}} : tensor<8x256xi4>) outs(%{{.*}} : tensor<8x32xi32>)
func.func @pack(%w: tensor<64x256xi4>, %p: tensor<64x32xi32>) -> tensor<64x32xi32> {
  %r = tessel.pack ins(%w : tensor<64x256xi4>) outs(%p : tensor<64x32xi32>) -> tensor<64x32xi32>
  return %r : tensor<64x32xi32>
}
module attributes {transform.with_named_sequence} {
  transform.named_sequence @__transform_main(%root: !transform.any_op {transform.readonly}) {
    %op = transform.structured.match ops{["tessel.pack"]} in %root : (!transform.any_op) -> !transform.any_op
    %tiled, %loop = transform.structured.tile_using_for %op tile_sizes [8] : (!transform.any_op) -> (!transform.any_op, !transform.any_op)
    transform.yield
  }
}

// -----

// Two query blocks of 32 rows; the last tile holds a partial block.
// CHECK-LABEL: func.func @draft_mask
// CHECK: affine.min
// CHECK: tessel.draft_mask block_sizes = [32, 32] {{.*}} ins(%{{.*}}, %arg1 : tensor<1x4x?x16xf32>, tensor<1x4x100x16xf32>) outs(%{{.*}} : tensor<1x4x2x4xi1>)
func.func @draft_mask(%q: tensor<1x4x100x16xf32>, %k: tensor<1x4x100x16xf32>, %o: tensor<1x4x4x4xi1>) -> tensor<1x4x4x4xi1> {
  %r = tessel.draft_mask block_sizes = [32, 32] keep_ratio(0.5) ins(%q, %k : tensor<1x4x100x16xf32>, tensor<1x4x100x16xf32>) outs(%o : tensor<1x4x4x4xi1>) -> tensor<1x4x4x4xi1>
  return %r : tensor<1x4x4x4xi1>
}
module attributes {transform.with_named_sequence} {
  transform.named_sequence @__transform_main(%root: !transform.any_op {transform.readonly}) {
    %op = transform.structured.match ops{["tessel.draft_mask"]} in %root : (!transform.any_op) -> !transform.any_op
    %tiled, %loop = transform.structured.tile_using_for %op tile_sizes [0, 0, 2] : (!transform.any_op) -> (!transform.any_op, !transform.any_op)
    transform.yield
  }
}
