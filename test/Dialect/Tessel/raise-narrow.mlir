// RUN: tessel-opt %s --tessel-raise --split-input-file | FileCheck %s

// tessel-raise narrows an f32 tessel.attention over extended bf16 (or f16)
// operands whose result is only truncated back: how a bf16 model's SDPA
// comes out of torch-mlir once its f32 core is raised.

#id = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>

// CHECK-LABEL: func.func @narrowed
// CHECK-SAME: (%[[Q:.*]]: tensor<1x4x16x8xbf16>, %[[K:.*]]: tensor<1x4x16x8xbf16>, %[[V:.*]]: tensor<1x4x16x8xbf16>)
// CHECK: %[[O:.*]] = tessel.attention causal scale(2.500000e-01) ins(%[[Q]], %[[K]], %[[V]] : tensor<1x4x16x8xbf16>, tensor<1x4x16x8xbf16>, tensor<1x4x16x8xbf16>) outs
// CHECK-NOT: arith.truncf
// CHECK: return %[[O]]
func.func @narrowed(%q: tensor<1x4x16x8xbf16>, %k: tensor<1x4x16x8xbf16>, %v: tensor<1x4x16x8xbf16>) -> tensor<1x4x16x8xbf16> {
  %e = tensor.empty() : tensor<1x4x16x8xf32>
  %qf = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%q : tensor<1x4x16x8xbf16>) outs(%e : tensor<1x4x16x8xf32>) {
  ^bb0(%in: bf16, %out: f32):
    %w = arith.extf %in : bf16 to f32
    linalg.yield %w : f32
  } -> tensor<1x4x16x8xf32>
  %kf = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%k : tensor<1x4x16x8xbf16>) outs(%e : tensor<1x4x16x8xf32>) {
  ^bb0(%in: bf16, %out: f32):
    %w = arith.extf %in : bf16 to f32
    linalg.yield %w : f32
  } -> tensor<1x4x16x8xf32>
  %vf = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%v : tensor<1x4x16x8xbf16>) outs(%e : tensor<1x4x16x8xf32>) {
  ^bb0(%in: bf16, %out: f32):
    %w = arith.extf %in : bf16 to f32
    linalg.yield %w : f32
  } -> tensor<1x4x16x8xf32>
  %o = tessel.attention causal scale(0.25) ins(%qf, %kf, %vf : tensor<1x4x16x8xf32>, tensor<1x4x16x8xf32>, tensor<1x4x16x8xf32>) outs(%e : tensor<1x4x16x8xf32>) -> tensor<1x4x16x8xf32>
  %eb = tensor.empty() : tensor<1x4x16x8xbf16>
  %ob = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%o : tensor<1x4x16x8xf32>) outs(%eb : tensor<1x4x16x8xbf16>) {
  ^bb0(%in: f32, %out: bf16):
    %n = arith.truncf %in : f32 to bf16
    linalg.yield %n : bf16
  } -> tensor<1x4x16x8xbf16>
  return %ob : tensor<1x4x16x8xbf16>
}

// -----

#id = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#rep = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d3, d4)>
#id5 = affine_map<(d0, d1, d2, d3, d4) -> (d0, d1, d2, d3, d4)>

// An extended additive mask becomes a bf16 mask; K and V repeated along
// heads (repeat_kv) before the extension are read unrepeated.
// CHECK-LABEL: func.func @masked_grouped
// CHECK-SAME: (%[[Q:.*]]: tensor<1x4x16x8xbf16>, %[[K:.*]]: tensor<1x2x16x8xbf16>, %[[V:.*]]: tensor<1x2x16x8xbf16>, %[[M:.*]]: tensor<1x1x16x16xbf16>)
// CHECK: tessel.attention scale(2.500000e-01) ins(%[[Q]], %[[K]], %[[V]] : tensor<1x4x16x8xbf16>, tensor<1x2x16x8xbf16>, tensor<1x2x16x8xbf16>) mask(%[[M]] : tensor<1x1x16x16xbf16>) outs
func.func @masked_grouped(%q: tensor<1x4x16x8xbf16>, %k: tensor<1x2x16x8xbf16>, %v: tensor<1x2x16x8xbf16>, %m: tensor<1x1x16x16xbf16>) -> tensor<1x4x16x8xbf16> {
  %e = tensor.empty() : tensor<1x4x16x8xf32>
  %e5 = tensor.empty() : tensor<1x2x2x16x8xbf16>
  %kr = linalg.generic {indexing_maps = [#rep, #id5], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%k : tensor<1x2x16x8xbf16>) outs(%e5 : tensor<1x2x2x16x8xbf16>) {
  ^bb0(%in: bf16, %out: bf16):
    linalg.yield %in : bf16
  } -> tensor<1x2x2x16x8xbf16>
  %vr = linalg.generic {indexing_maps = [#rep, #id5], iterator_types = ["parallel", "parallel", "parallel", "parallel", "parallel"]} ins(%v : tensor<1x2x16x8xbf16>) outs(%e5 : tensor<1x2x2x16x8xbf16>) {
  ^bb0(%in: bf16, %out: bf16):
    linalg.yield %in : bf16
  } -> tensor<1x2x2x16x8xbf16>
  %kc = tensor.collapse_shape %kr [[0], [1, 2], [3], [4]] : tensor<1x2x2x16x8xbf16> into tensor<1x4x16x8xbf16>
  %vc = tensor.collapse_shape %vr [[0], [1, 2], [3], [4]] : tensor<1x2x2x16x8xbf16> into tensor<1x4x16x8xbf16>
  %qf = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%q : tensor<1x4x16x8xbf16>) outs(%e : tensor<1x4x16x8xf32>) {
  ^bb0(%in: bf16, %out: f32):
    %w = arith.extf %in : bf16 to f32
    linalg.yield %w : f32
  } -> tensor<1x4x16x8xf32>
  %kf = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%kc : tensor<1x4x16x8xbf16>) outs(%e : tensor<1x4x16x8xf32>) {
  ^bb0(%in: bf16, %out: f32):
    %w = arith.extf %in : bf16 to f32
    linalg.yield %w : f32
  } -> tensor<1x4x16x8xf32>
  %vf = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%vc : tensor<1x4x16x8xbf16>) outs(%e : tensor<1x4x16x8xf32>) {
  ^bb0(%in: bf16, %out: f32):
    %w = arith.extf %in : bf16 to f32
    linalg.yield %w : f32
  } -> tensor<1x4x16x8xf32>
  %em = tensor.empty() : tensor<1x1x16x16xf32>
  %mf = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%m : tensor<1x1x16x16xbf16>) outs(%em : tensor<1x1x16x16xf32>) {
  ^bb0(%in: bf16, %out: f32):
    %w = arith.extf %in : bf16 to f32
    linalg.yield %w : f32
  } -> tensor<1x1x16x16xf32>
  %o = tessel.attention scale(0.25) ins(%qf, %kf, %vf : tensor<1x4x16x8xf32>, tensor<1x4x16x8xf32>, tensor<1x4x16x8xf32>) mask(%mf : tensor<1x1x16x16xf32>) outs(%e : tensor<1x4x16x8xf32>) -> tensor<1x4x16x8xf32>
  %eb = tensor.empty() : tensor<1x4x16x8xbf16>
  %ob = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%o : tensor<1x4x16x8xf32>) outs(%eb : tensor<1x4x16x8xbf16>) {
  ^bb0(%in: f32, %out: bf16):
    %n = arith.truncf %in : f32 to bf16
    linalg.yield %n : bf16
  } -> tensor<1x4x16x8xbf16>
  return %ob : tensor<1x4x16x8xbf16>
}

// -----

#id = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>

// Not narrowed: the f32 result is used as well (narrowing would change it),
// and a mask that is f32 to begin with is not exact in bf16.
// CHECK-LABEL: func.func @f32_result_used
// CHECK: tessel.attention {{.*}}tensor<1x4x16x8xf32>
// CHECK-LABEL: func.func @f32_mask
// CHECK: tessel.attention {{.*}}mask({{.*}} : tensor<1x1x16x16xf32>)
// CHECK-LABEL: func.func @truncated_to_f16
// CHECK: tessel.attention {{.*}}tensor<1x4x16x8xf32>
func.func @f32_result_used(%q: tensor<1x4x16x8xbf16>) -> (tensor<1x4x16x8xbf16>, tensor<1x4x16x8xf32>) {
  %e = tensor.empty() : tensor<1x4x16x8xf32>
  %qf = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%q : tensor<1x4x16x8xbf16>) outs(%e : tensor<1x4x16x8xf32>) {
  ^bb0(%in: bf16, %out: f32):
    %w = arith.extf %in : bf16 to f32
    linalg.yield %w : f32
  } -> tensor<1x4x16x8xf32>
  %o = tessel.attention ins(%qf, %qf, %qf : tensor<1x4x16x8xf32>, tensor<1x4x16x8xf32>, tensor<1x4x16x8xf32>) outs(%e : tensor<1x4x16x8xf32>) -> tensor<1x4x16x8xf32>
  %eb = tensor.empty() : tensor<1x4x16x8xbf16>
  %ob = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%o : tensor<1x4x16x8xf32>) outs(%eb : tensor<1x4x16x8xbf16>) {
  ^bb0(%in: f32, %out: bf16):
    %n = arith.truncf %in : f32 to bf16
    linalg.yield %n : bf16
  } -> tensor<1x4x16x8xbf16>
  return %ob, %o : tensor<1x4x16x8xbf16>, tensor<1x4x16x8xf32>
}

func.func @f32_mask(%q: tensor<1x4x16x8xbf16>, %m: tensor<1x1x16x16xf32>) -> tensor<1x4x16x8xbf16> {
  %e = tensor.empty() : tensor<1x4x16x8xf32>
  %qf = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%q : tensor<1x4x16x8xbf16>) outs(%e : tensor<1x4x16x8xf32>) {
  ^bb0(%in: bf16, %out: f32):
    %w = arith.extf %in : bf16 to f32
    linalg.yield %w : f32
  } -> tensor<1x4x16x8xf32>
  %o = tessel.attention ins(%qf, %qf, %qf : tensor<1x4x16x8xf32>, tensor<1x4x16x8xf32>, tensor<1x4x16x8xf32>) mask(%m : tensor<1x1x16x16xf32>) outs(%e : tensor<1x4x16x8xf32>) -> tensor<1x4x16x8xf32>
  %eb = tensor.empty() : tensor<1x4x16x8xbf16>
  %ob = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%o : tensor<1x4x16x8xf32>) outs(%eb : tensor<1x4x16x8xbf16>) {
  ^bb0(%in: f32, %out: bf16):
    %n = arith.truncf %in : f32 to bf16
    linalg.yield %n : bf16
  } -> tensor<1x4x16x8xbf16>
  return %ob : tensor<1x4x16x8xbf16>
}

func.func @truncated_to_f16(%q: tensor<1x4x16x8xbf16>) -> tensor<1x4x16x8xf16> {
  %e = tensor.empty() : tensor<1x4x16x8xf32>
  %qf = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%q : tensor<1x4x16x8xbf16>) outs(%e : tensor<1x4x16x8xf32>) {
  ^bb0(%in: bf16, %out: f32):
    %w = arith.extf %in : bf16 to f32
    linalg.yield %w : f32
  } -> tensor<1x4x16x8xf32>
  %o = tessel.attention ins(%qf, %qf, %qf : tensor<1x4x16x8xf32>, tensor<1x4x16x8xf32>, tensor<1x4x16x8xf32>) outs(%e : tensor<1x4x16x8xf32>) -> tensor<1x4x16x8xf32>
  %eh = tensor.empty() : tensor<1x4x16x8xf16>
  %oh = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%o : tensor<1x4x16x8xf32>) outs(%eh : tensor<1x4x16x8xf16>) {
  ^bb0(%in: f32, %out: f16):
    %n = arith.truncf %in : f32 to f16
    linalg.yield %n : f16
  } -> tensor<1x4x16x8xf16>
  return %oh : tensor<1x4x16x8xf16>
}
