// RUN: tessel-opt %s -split-input-file -transform-interpreter -verify-diagnostics

// Tiles that would change what an op computes are refused.

// Three query heads would straddle two key/value groups of four.
func.func @f(%q: tensor<1x8x16x16xf32>, %k: tensor<1x2x16x16xf32>, %v: tensor<1x2x16x16xf32>, %o: tensor<1x8x16x16xf32>) -> tensor<1x8x16x16xf32> {
  // expected-error @+2 {{faild to tile operation}}
  // expected-error @+1 {{failed to generate tiling loops}}
  %r = tessel.attention ins(%q, %k, %v : tensor<1x8x16x16xf32>, tensor<1x2x16x16xf32>, tensor<1x2x16x16xf32>) outs(%o : tensor<1x8x16x16xf32>) -> tensor<1x8x16x16xf32>
  return %r : tensor<1x8x16x16xf32>
}
module attributes {transform.with_named_sequence} {
  transform.named_sequence @__transform_main(%root: !transform.any_op {transform.readonly}) {
    %op = transform.structured.match ops{["tessel.attention"]} in %root : (!transform.any_op) -> !transform.any_op
    %tiled, %loop = transform.structured.tile_using_for %op tile_sizes [0, 3] : (!transform.any_op) -> (!transform.any_op, !transform.any_op)
    transform.yield
  }
}

// -----

// A query tile of 16 rows does not hold whole blocks of 32.
func.func @f(%q: tensor<1x1x64x16xf32>, %k: tensor<1x1x64x16xf32>, %v: tensor<1x1x64x16xf32>, %o: tensor<1x1x64x16xf32>, %bm: tensor<1x1x2x2xi1>) -> tensor<1x1x64x16xf32> {
  // expected-error @+2 {{faild to tile operation}}
  // expected-error @+1 {{failed to generate tiling loops}}
  %r = tessel.attention ins(%q, %k, %v : tensor<1x1x64x16xf32>, tensor<1x1x64x16xf32>, tensor<1x1x64x16xf32>) block_mask(%bm : tensor<1x1x2x2xi1>) block_sizes = [32, 32] outs(%o : tensor<1x1x64x16xf32>) -> tensor<1x1x64x16xf32>
  return %r : tensor<1x1x64x16xf32>
}
module attributes {transform.with_named_sequence} {
  transform.named_sequence @__transform_main(%root: !transform.any_op {transform.readonly}) {
    %op = transform.structured.match ops{["tessel.attention"]} in %root : (!transform.any_op) -> !transform.any_op
    %tiled, %loop = transform.structured.tile_using_for %op tile_sizes [0, 0, 16] : (!transform.any_op) -> (!transform.any_op, !transform.any_op)
    transform.yield
  }
}

// -----

// Softmax cannot be split along the dimension it normalises.
func.func @f(%x: tensor<4x64xf32>, %o: tensor<4x64xf32>) -> tensor<4x64xf32> {
  // expected-error @+2 {{faild to tile operation}}
  // expected-error @+1 {{failed to generate tiling loops}}
  %r = tessel.softmax three_pass dimension(1) ins(%x : tensor<4x64xf32>) outs(%o : tensor<4x64xf32>) -> tensor<4x64xf32>
  return %r : tensor<4x64xf32>
}
module attributes {transform.with_named_sequence} {
  transform.named_sequence @__transform_main(%root: !transform.any_op {transform.readonly}) {
    %op = transform.structured.match ops{["tessel.softmax"]} in %root : (!transform.any_op) -> !transform.any_op
    %tiled, %loop = transform.structured.tile_using_for %op tile_sizes [0, 16] : (!transform.any_op) -> (!transform.any_op, !transform.any_op)
    transform.yield
  }
}

// -----

// A tile of 48 values would split a group of 32.
func.func @f(%q: tensor<4x96xi4>, %s: tensor<4x3xf32>, %o: tensor<4x96xf32>) -> tensor<4x96xf32> {
  // expected-error @+2 {{faild to tile operation}}
  // expected-error @+1 {{failed to generate tiling loops}}
  %r = tessel.dequantize signed group_size(32) ins(%q, %s : tensor<4x96xi4>, tensor<4x3xf32>) outs(%o : tensor<4x96xf32>) -> tensor<4x96xf32>
  return %r : tensor<4x96xf32>
}
module attributes {transform.with_named_sequence} {
  transform.named_sequence @__transform_main(%root: !transform.any_op {transform.readonly}) {
    %op = transform.structured.match ops{["tessel.dequantize"]} in %root : (!transform.any_op) -> !transform.any_op
    %tiled, %loop = transform.structured.tile_using_for %op tile_sizes [0, 48] : (!transform.any_op) -> (!transform.any_op, !transform.any_op)
    transform.yield
  }
}

// -----

// A causal draft's alignment depends on the whole query length.
func.func @f(%q: tensor<1x1x64x16xf32>, %k: tensor<1x1x64x16xf32>, %o: tensor<1x1x2x2xi1>) -> tensor<1x1x2x2xi1> {
  // expected-error @+2 {{faild to tile operation}}
  // expected-error @+1 {{failed to generate tiling loops}}
  %r = tessel.draft_mask causal block_sizes = [32, 32] keep_ratio(0.5) ins(%q, %k : tensor<1x1x64x16xf32>, tensor<1x1x64x16xf32>) outs(%o : tensor<1x1x2x2xi1>) -> tensor<1x1x2x2xi1>
  return %r : tensor<1x1x2x2xi1>
}
module attributes {transform.with_named_sequence} {
  transform.named_sequence @__transform_main(%root: !transform.any_op {transform.readonly}) {
    %op = transform.structured.match ops{["tessel.draft_mask"]} in %root : (!transform.any_op) -> !transform.any_op
    %tiled, %loop = transform.structured.tile_using_for %op tile_sizes [0, 0, 1] : (!transform.any_op) -> (!transform.any_op, !transform.any_op)
    transform.yield
  }
}

// -----

// A mask whose head count is dynamic may broadcast at run time: not tiled.
func.func @f(%q: tensor<1x4x16x16xf32>, %k: tensor<1x4x16x16xf32>, %v: tensor<1x4x16x16xf32>, %o: tensor<1x4x16x16xf32>, %m: tensor<1x?x16x16xi1>) -> tensor<1x4x16x16xf32> {
  // expected-error @+2 {{faild to tile operation}}
  // expected-error @+1 {{failed to generate tiling loops}}
  %r = tessel.attention ins(%q, %k, %v : tensor<1x4x16x16xf32>, tensor<1x4x16x16xf32>, tensor<1x4x16x16xf32>) mask(%m : tensor<1x?x16x16xi1>) outs(%o : tensor<1x4x16x16xf32>) -> tensor<1x4x16x16xf32>
  return %r : tensor<1x4x16x16xf32>
}
module attributes {transform.with_named_sequence} {
  transform.named_sequence @__transform_main(%root: !transform.any_op {transform.readonly}) {
    %op = transform.structured.match ops{["tessel.attention"]} in %root : (!transform.any_op) -> !transform.any_op
    %tiled, %loop = transform.structured.tile_using_for %op tile_sizes [0, 1] : (!transform.any_op) -> (!transform.any_op, !transform.any_op)
    transform.yield
  }
}

// -----

// Laid-out (packed) weights describe the whole matrix: not sliced along N.
func.func @f(%x: tensor<2x64xf16>, %w: tensor<16x64xi4, #tessel.layout<(16, 64):(64, 1), pack = <4 in 32>>>, %s: tensor<16x1xf16>, %o: tensor<2x16xf16>) -> tensor<2x16xf16> {
  // expected-error @+2 {{faild to tile operation}}
  // expected-error @+1 {{failed to generate tiling loops}}
  %r = tessel.qmatmul signed group_size(64) ins(%x, %w, %s : tensor<2x64xf16>, tensor<16x64xi4, #tessel.layout<(16, 64):(64, 1), pack = <4 in 32>>>, tensor<16x1xf16>) outs(%o : tensor<2x16xf16>) -> tensor<2x16xf16>
  return %r : tensor<2x16xf16>
}
module attributes {transform.with_named_sequence} {
  transform.named_sequence @__transform_main(%root: !transform.any_op {transform.readonly}) {
    %op = transform.structured.match ops{["tessel.qmatmul"]} in %root : (!transform.any_op) -> !transform.any_op
    %tiled, %loop = transform.structured.tile_using_for %op tile_sizes [0, 8] : (!transform.any_op) -> (!transform.any_op, !transform.any_op)
    transform.yield
  }
}
