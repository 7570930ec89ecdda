// RUN: tessel-opt %s --convert-tessel-to-linalg --split-input-file --verify-diagnostics | FileCheck %s

// Grouped-query attention: query heads split by group, K transposed, seven
// generics, the result collapsed back.
// CHECK-LABEL: func.func @attention
// CHECK:         tensor.expand_shape %{{.*}} {{\[}}[0], [1, 2], [3], [4]] output_shape [1, 2, 2, 8, 16]
// CHECK:         linalg.transpose ins(%{{.*}} : tensor<1x2x8x16xf32>) outs(%{{.*}} : tensor<1x2x16x8xf32>) permutation = [0, 1, 3, 2]
// CHECK-COUNT-7: linalg.generic
// CHECK:         tensor.collapse_shape %{{.*}} {{\[}}[0], [1, 2], [3], [4]] : tensor<1x2x2x8x16xf32> into tensor<1x4x8x16xf32>
// CHECK-NOT:     tessel.attention
func.func @attention(%q: tensor<1x4x8x16xf32>, %k: tensor<1x2x8x16xf32>, %v: tensor<1x2x8x16xf32>) -> tensor<1x4x8x16xf32> {
  %e = tensor.empty() : tensor<1x4x8x16xf32>
  %o = tessel.attention causal ins(%q, %k, %v : tensor<1x4x8x16xf32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>) outs(%e : tensor<1x4x8x16xf32>) -> tensor<1x4x8x16xf32>
  return %o : tensor<1x4x8x16xf32>
}

// -----

// Three-pass softmax: max, sum of exponentials, normalize; f16 is widened.
// CHECK-LABEL: func.func @softmax_three_pass
// CHECK:         linalg.generic {{.*}}iterator_types = ["parallel", "reduction"]
// CHECK:           arith.extf
// CHECK:           arith.maximumf
// CHECK:         linalg.generic {{.*}}iterator_types = ["parallel", "reduction"]
// CHECK:           math.exp
// CHECK:         linalg.generic {{.*}}iterator_types = ["parallel", "parallel"]
// CHECK:           arith.truncf
func.func @softmax_three_pass(%x: tensor<4x30xf16>) -> tensor<4x30xf16> {
  %e = tensor.empty() : tensor<4x30xf16>
  %o = tessel.softmax three_pass dimension(1) ins(%x : tensor<4x30xf16>) outs(%e : tensor<4x30xf16>) -> tensor<4x30xf16>
  return %o : tensor<4x30xf16>
}

// -----

// Online softmax over a row that is a multiple of 16: 16 lane states
// advanced one chunk per step of an scf.for (an elementwise generic), then
// the lanes merged, then the output pass.
// CHECK-LABEL: func.func @softmax_online_lanes
// CHECK:         tensor.expand_shape %{{.*}} output_shape [2, 4, 16]
// CHECK:         scf.for {{.*}} iter_args({{.*}}) -> (tensor<2x16xf32>, tensor<2x16xf32>)
// CHECK:           tensor.extract_slice {{.*}} : tensor<2x4x16xf32> to tensor<2x16xf32>
// CHECK:           linalg.generic {{.*}}iterator_types = ["parallel", "parallel"]{{.*}} outs(%{{.*}}, %{{.*}} : tensor<2x16xf32>, tensor<2x16xf32>)
// CHECK:         linalg.generic {{.*}}iterator_types = ["parallel", "reduction"]{{.*}} outs(%{{.*}}, %{{.*}} : tensor<2xf32>, tensor<2xf32>)
// CHECK:         linalg.generic {{.*}}iterator_types = ["parallel", "parallel"]
func.func @softmax_online_lanes(%x: tensor<2x64xf32>) -> tensor<2x64xf32> {
  %e = tensor.empty() : tensor<2x64xf32>
  %o = tessel.softmax online dimension(1) ins(%x : tensor<2x64xf32>) outs(%e : tensor<2x64xf32>) -> tensor<2x64xf32>
  return %o : tensor<2x64xf32>
}

// -----

// tessel.softmax_lanes (written by tessel-cpu-configure) sets the lanes
// where they divide the row: 32 lane states of the two-pass statistics.
// CHECK-LABEL: func.func @softmax_configured_lanes
// CHECK:         tensor.expand_shape %{{.*}} output_shape [2, 2, 32]
// CHECK:         scf.for {{.*}} iter_args({{.*}}) -> (tensor<2x32xf32>, tensor<2x32xf32>)
func.func @softmax_configured_lanes(%x: tensor<2x64xf32>) -> tensor<2x64xf32> {
  %e = tensor.empty() : tensor<2x64xf32>
  %o = tessel.softmax two_pass dimension(1) ins(%x : tensor<2x64xf32>) outs(%e : tensor<2x64xf32>) {tessel.softmax_lanes = 32 : i64} -> tensor<2x64xf32>
  return %o : tensor<2x64xf32>
}

// -----

// Lanes that do not divide the row (48 by 32) fall back to 16.
// CHECK-LABEL: func.func @softmax_lanes_fall_back
// CHECK:         tensor.expand_shape %{{.*}} output_shape [2, 3, 16]
func.func @softmax_lanes_fall_back(%x: tensor<2x48xf32>) -> tensor<2x48xf32> {
  %e = tensor.empty() : tensor<2x48xf32>
  %o = tessel.softmax online dimension(1) ins(%x : tensor<2x48xf32>) outs(%e : tensor<2x48xf32>) {tessel.softmax_lanes = 32 : i64} -> tensor<2x48xf32>
  return %o : tensor<2x48xf32>
}

// -----

// Three-pass softmax into f32: the output holds exp(x - M) after the
// second pass (one exponential per element), a reduction sums it, and the
// third pass scales it in place by the sum's reciprocal (it reads its
// output operand).
// CHECK-LABEL: func.func @softmax_three_pass_f32
// CHECK-SAME:    (%[[X:.*]]: tensor<4x32xf32>)
// CHECK:         %[[E:.*]] = tensor.empty() : tensor<4x32xf32>
// CHECK:         %[[M:.*]] = linalg.generic {{.*}}iterator_types = ["parallel", "reduction"]
// CHECK:           arith.maximumf
// CHECK:         %[[EXPS:.*]] = linalg.generic {{.*}}iterator_types = ["parallel", "parallel"]{{.*}} ins(%[[X]], %[[M]] : {{.*}}) outs(%[[E]] : tensor<4x32xf32>)
// CHECK:           math.exp
// CHECK:         %[[L:.*]] = linalg.generic {{.*}}iterator_types = ["parallel", "reduction"]{{.*}} ins(%[[EXPS]] : tensor<4x32xf32>)
// CHECK-NOT:       math.exp
// CHECK:           arith.addf
// CHECK:         linalg.generic {{.*}}iterator_types = ["parallel", "parallel"]{{.*}} ins(%[[L]] : tensor<4xf32>) outs(%[[EXPS]] : tensor<4x32xf32>)
// CHECK-NOT:       math.exp
// CHECK:           arith.divf
// CHECK:           arith.mulf
func.func @softmax_three_pass_f32(%x: tensor<4x32xf32>) -> tensor<4x32xf32> {
  %e = tensor.empty() : tensor<4x32xf32>
  %o = tessel.softmax three_pass dimension(1) ins(%x : tensor<4x32xf32>) outs(%e : tensor<4x32xf32>) -> tensor<4x32xf32>
  return %o : tensor<4x32xf32>
}

// -----

// qmatmul with groups of 32: K split into [groups, 2, 16 lanes], lane sums,
// then the epilogue; unsigned weights convert with uitofp.
// CHECK-LABEL: func.func @qmatmul
// CHECK:         tensor.expand_shape %{{.*}} : tensor<3x64xf32> into tensor<3x2x32xf32>
// CHECK:         tensor.expand_shape %{{.*}} : tensor<3x2x32xf32> into tensor<3x2x2x16xf32>
// CHECK:         linalg.generic {{.*}}iterator_types = ["parallel", "parallel", "reduction", "reduction", "parallel"]
// CHECK:           arith.uitofp %{{.*}} : i4 to f32
// CHECK:         linalg.generic {{.*}}iterator_types = ["parallel", "parallel", "reduction"]
// CHECK:         linalg.generic
// CHECK:           arith.maximumf
func.func @qmatmul(%x: tensor<3x64xf32>, %w: tensor<5x64xi4>, %s: tensor<5x2xf32>, %b: tensor<5xf32>) -> tensor<3x5xf32> {
  %e = tensor.empty() : tensor<3x5xf32>
  %y = tessel.qmatmul unsigned group_size(32) ins(%x, %w, %s : tensor<3x64xf32>, tensor<5x64xi4>, tensor<5x2xf32>)
         bias(%b : tensor<5xf32>) activation(relu) outs(%e : tensor<3x5xf32>) -> tensor<3x5xf32>
  return %y : tensor<3x5xf32>
}

// -----

// Groups of 8 are not split into lanes.
// CHECK-LABEL: func.func @qmatmul_small_groups
// CHECK:         linalg.generic {{.*}}iterator_types = ["parallel", "parallel", "reduction", "reduction"]
// CHECK:           arith.sitofp %{{.*}} : i3 to f32
func.func @qmatmul_small_groups(%x: tensor<2x16xf32>, %w: tensor<4x16xi3>, %s: tensor<4x2xf32>) -> tensor<2x4xf32> {
  %e = tensor.empty() : tensor<2x4xf32>
  %y = tessel.qmatmul signed group_size(8) ins(%x, %w, %s : tensor<2x16xf32>, tensor<4x16xi3>, tensor<4x2xf32>) outs(%e : tensor<2x4xf32>) -> tensor<2x4xf32>
  return %y : tensor<2x4xf32>
}

// -----

// pack ORs the overlapping elements into each word with an scf loop; unpack
// reads one word, or two with scf.if where a value straddles.
// CHECK-LABEL: func.func @pack
// CHECK:         linalg.generic
// CHECK:           scf.for
// CHECK:             tensor.extract
// CHECK:             arith.ori
func.func @pack(%w: tensor<2x32xi3>) -> tensor<2x3xi32> {
  %e = tensor.empty() : tensor<2x3xi32>
  %p = tessel.pack ins(%w : tensor<2x32xi3>) outs(%e : tensor<2x3xi32>) -> tensor<2x3xi32>
  return %p : tensor<2x3xi32>
}

// -----

// CHECK-LABEL: func.func @unpack
// CHECK:         linalg.generic
// CHECK:           scf.if
// CHECK:           arith.trunci %{{.*}} : i64 to i3
func.func @unpack(%p: tensor<2x3xi32>) -> tensor<2x32xi3> {
  %f = tensor.empty() : tensor<2x32xi3>
  %u = tessel.unpack ins(%p : tensor<2x3xi32>) outs(%f : tensor<2x32xi3>) -> tensor<2x32xi3>
  return %u : tensor<2x32xi3>
}

// -----

// relayout is dropped once its types agree; with a layout left it is an
// error (tessel-erase-layouts must run first).
// CHECK-LABEL: func.func @relayout_same
// CHECK-NOT:     tessel.relayout
// CHECK:         return %arg0
func.func @relayout_same(%x: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %e = tensor.empty() : tensor<4x8xf32>
  %a = tessel.relayout ins(%x : tensor<4x8xf32>) outs(%e : tensor<4x8xf32>) -> tensor<4x8xf32>
  return %a : tensor<4x8xf32>
}

// -----

func.func @relayout_unmaterialized(%x: tensor<4x8xf32>) -> tensor<4x8xf32, #tessel.layout<(4, 8):(1, 4)>> {
  %e = tensor.empty() : tensor<4x8xf32, #tessel.layout<(4, 8):(1, 4)>>
  // expected-error @below {{failed to legalize operation 'tessel.relayout'}}
  %a = tessel.relayout ins(%x : tensor<4x8xf32>) outs(%e : tensor<4x8xf32, #tessel.layout<(4, 8):(1, 4)>>) -> tensor<4x8xf32, #tessel.layout<(4, 8):(1, 4)>>
  return %a : tensor<4x8xf32, #tessel.layout<(4, 8):(1, 4)>>
}

// -----

func.func @attention_dynamic_heads(%q: tensor<1x?x8x16xf32>, %k: tensor<1x?x8x16xf32>, %v: tensor<1x?x8x16xf32>, %e: tensor<1x?x8x16xf32>) -> tensor<1x?x8x16xf32> {
  // expected-error @below {{failed to legalize operation 'tessel.attention'}}
  %o = tessel.attention ins(%q, %k, %v : tensor<1x?x8x16xf32>, tensor<1x?x8x16xf32>, tensor<1x?x8x16xf32>) outs(%e : tensor<1x?x8x16xf32>) -> tensor<1x?x8x16xf32>
  return %o : tensor<1x?x8x16xf32>
}

// -----

// Keys in several blocks of 64: the blockwise form, a loop over key blocks
// carrying the row max, row sum and output; under causal its trip count is
// computed from the offset.
// CHECK-LABEL: func.func @attention_blockwise
// CHECK:         linalg.transpose ins(%arg1 : tensor<1x1x128x16xf32>)
// CHECK:         arith.ceildivui
// CHECK:         arith.minui
// CHECK:         scf.for {{.*}} iter_args({{.*}}) -> (tensor<1x1x1x32xf32>, tensor<1x1x1x32xf32>, tensor<1x1x1x32x16xf32>)
// CHECK:           tensor.extract_slice {{.*}} : tensor<1x1x16x128xf32> to tensor<1x1x16x64xf32>
// CHECK:           math.exp
// CHECK:           scf.yield
// CHECK:         linalg.generic
// CHECK:           arith.divf
func.func @attention_blockwise(%q: tensor<1x1x32x16xf32>, %k: tensor<1x1x128x16xf32>) -> tensor<1x1x32x16xf32> {
  %e = tensor.empty() : tensor<1x1x32x16xf32>
  %o = tessel.attention causal ins(%q, %k, %k : tensor<1x1x32x16xf32>, tensor<1x1x128x16xf32>, tensor<1x1x128x16xf32>) outs(%e : tensor<1x1x32x16xf32>) -> tensor<1x1x32x16xf32>
  return %o : tensor<1x1x32x16xf32>
}

// -----

// A sliding window: the loop starts at the block of row 0's first key,
// floor((offset - window + 1) / 64) clamped to [0, end], and the scores
// compare keys with both ends of each row's window.
// CHECK-LABEL: func.func @attention_window_blockwise
// CHECK:         %[[FIRST:.*]] = arith.floordivsi
// CHECK:         %[[LOW:.*]] = arith.maxsi %[[FIRST]]
// CHECK:         %[[START:.*]] = arith.minsi %[[LOW]]
// CHECK:         scf.for %{{.*}} = %[[START]] to
// CHECK:           arith.cmpi sgt
// CHECK:           arith.cmpi sle
// CHECK:           scf.yield
func.func @attention_window_blockwise(%q: tensor<1x1x32x16xf32>, %k: tensor<1x1x256x16xf32>) -> tensor<1x1x32x16xf32> {
  %e = tensor.empty() : tensor<1x1x32x16xf32>
  %o = tessel.attention causal window(40) ins(%q, %k, %k : tensor<1x1x32x16xf32>, tensor<1x1x256x16xf32>, tensor<1x1x256x16xf32>) outs(%e : tensor<1x1x32x16xf32>) -> tensor<1x1x32x16xf32>
  return %o : tensor<1x1x32x16xf32>
}

// -----

// Decode (4 query rows per key/value head): each key block is transposed in
// the loop, where it is used, not all keys before it.
// CHECK-LABEL: func.func @decode_blockwise
// CHECK-NOT:     linalg.transpose
// CHECK:         scf.for
// CHECK:           %[[KB:.*]] = tensor.extract_slice %arg1{{.*}} : tensor<1x1x256x32xf32> to tensor<1x1x64x32xf32>
// CHECK:           linalg.transpose ins(%[[KB]] : tensor<1x1x64x32xf32>) outs({{.*}} : tensor<1x1x32x64xf32>)
// CHECK:           scf.yield
func.func @decode_blockwise(%q: tensor<1x4x1x32xf32>, %k: tensor<1x1x256x32xf32>, %v: tensor<1x1x256x32xf32>) -> tensor<1x4x1x32xf32> {
  %e = tensor.empty() : tensor<1x4x1x32xf32>
  %o = tessel.attention ins(%q, %k, %v : tensor<1x4x1x32xf32>, tensor<1x1x256x32xf32>, tensor<1x1x256x32xf32>) outs(%e : tensor<1x4x1x32xf32>) -> tensor<1x4x1x32xf32>
  return %o : tensor<1x4x1x32xf32>
}

// -----

// Block-sparse attention in the blockwise form: the key blocks that some row
// keeps (an OR over the mask's batch, head and query-block dimensions) are
// computed once; the loop over key blocks skips the others whole.
// CHECK-LABEL: func.func @sparse_key_blocks
// CHECK:         %[[ACTIVE:.*]] = linalg.generic {{.*}}iterator_types = ["reduction", "reduction", "reduction", "parallel"]{{.*}} ins(%arg3 : tensor<1x2x2x4xi1>)
// CHECK:           arith.ori
// CHECK:         scf.for %[[J:.*]] = {{.*}} iter_args(
// CHECK:           %[[KEPT:.*]] = tensor.extract %[[ACTIVE]][%{{.*}}] : tensor<4xi1>
// CHECK:           scf.if %[[KEPT]] -> (tensor<{{.*}}>, tensor<{{.*}}>, tensor<{{.*}}>)
// CHECK:           } else {
// CHECK-NEXT:        scf.yield %{{.*}}, %{{.*}}, %{{.*}} :
func.func @sparse_key_blocks(%q: tensor<1x2x128x16xf32>, %k: tensor<1x2x256x16xf32>, %v: tensor<1x2x256x16xf32>, %m: tensor<1x2x2x4xi1>) -> tensor<1x2x128x16xf32> {
  %e = tensor.empty() : tensor<1x2x128x16xf32>
  %o = tessel.attention ins(%q, %k, %v : tensor<1x2x128x16xf32>, tensor<1x2x256x16xf32>, tensor<1x2x256x16xf32>)
         block_mask(%m : tensor<1x2x2x4xi1>) block_sizes = [64, 64]
         outs(%e : tensor<1x2x128x16xf32>) -> tensor<1x2x128x16xf32>
  return %o : tensor<1x2x128x16xf32>
}
