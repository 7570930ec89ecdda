// tessel-raise on quantized linear layers written as checkpoint formats
// spell them (GPTQ, AWQ): W[k, n] = (q - z) * s elementwise from constants,
// read by the matmul directly or through a transpose. The integer weights,
// zero points and scales are read where the product and the difference
// are computed, and the groups found from the values. Real exports:
// test/Integration/Frontend/quantized-models.py.
//
// RUN: tessel-opt %s --tessel-raise --split-input-file | FileCheck %s

#id = affine_map<(d0, d1) -> (d0, d1)>

// [K, N] weights (GPTQ's orientation), groups of 4 channels. (MLIR prints
// the bits of an i4 as signed: the unsigned weight 15 shows as -1.)
// CHECK-LABEL: func.func @kn_groups
// CHECK-DAG: %[[W:.*]] = arith.constant dense<{{\[}}[1, 3, 5, 7, -7, -5, -3, -1], [2, 4, 6, -8, -6, -4, -2, 0]]> : tensor<2x8xi4>
// CHECK-DAG: %[[S:.*]] = arith.constant dense<{{\[}}[5.000000e-01, 1.250000e-01], [2.500000e-01, 2.000000e+00]]> : tensor<2x2xf32>
// CHECK-DAG: %[[Z:.*]] = arith.constant dense<{{\[}}[-8, 1], [7, 2]]> : tensor<2x2xi4>
// CHECK: tessel.qmatmul unsigned group_size(4) ins(%arg0, %[[W]], %[[S]] : tensor<3x8xf32>, tensor<2x8xi4>, tensor<2x2xf32>) zero_points(%[[Z]] : tensor<2x2xi4>)
// CHECK-NOT: linalg.matmul
func.func @kn_groups(%x: tensor<3x8xf32>) -> tensor<3x2xf32> {
  %q = arith.constant dense<[[1, 2], [3, 4], [5, 6], [7, 8], [9, 10], [11, 12], [13, 14], [15, 0]]> : tensor<8x2xi8>
  %z = arith.constant dense<[[8, 7], [8, 7], [8, 7], [8, 7], [1, 2], [1, 2], [1, 2], [1, 2]]> : tensor<8x2xi8>
  %s = arith.constant dense<[[0.5, 0.25], [0.5, 0.25], [0.5, 0.25], [0.5, 0.25], [0.125, 2.0], [0.125, 2.0], [0.125, 2.0], [0.125, 2.0]]> : tensor<8x2xf32>
  %ei = tensor.empty() : tensor<8x2xi8>
  %d = linalg.generic {indexing_maps = [#id, #id, #id], iterator_types = ["parallel", "parallel"]} ins(%q, %z : tensor<8x2xi8>, tensor<8x2xi8>) outs(%ei : tensor<8x2xi8>) {
  ^bb0(%a: i8, %b: i8, %o: i8):
    %r = arith.subi %a, %b : i8
    linalg.yield %r : i8
  } -> tensor<8x2xi8>
  %ef = tensor.empty() : tensor<8x2xf32>
  %w = linalg.generic {indexing_maps = [#id, #id, #id], iterator_types = ["parallel", "parallel"]} ins(%s, %d : tensor<8x2xf32>, tensor<8x2xi8>) outs(%ef : tensor<8x2xf32>) {
  ^bb0(%a: f32, %b: i8, %o: f32):
    %f = arith.sitofp %b : i8 to f32
    %r = arith.mulf %a, %f : f32
    linalg.yield %r : f32
  } -> tensor<8x2xf32>
  %c0 = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<3x2xf32>
  %fill = linalg.fill ins(%c0 : f32) outs(%e : tensor<3x2xf32>) -> tensor<3x2xf32>
  %y = linalg.matmul ins(%x, %w : tensor<3x8xf32>, tensor<8x2xf32>) outs(%fill : tensor<3x2xf32>) -> tensor<3x2xf32>
  return %y : tensor<3x2xf32>
}

// -----

#id = affine_map<(d0, d1) -> (d0, d1)>

// Act-order: channels {0, 2, 5, 7} share one scale, {1, 3, 4, 6} another.
// The activations' channels are gathered so that groups are runs; the
// weights follow. No zero points: signed weights, one generic, f16 read
// through a transpose of [N, K] weights, the f32 result truncated.
// CHECK-LABEL: func.func @scattered_groups
// CHECK-DAG: %[[P:.*]] = arith.constant dense<[0, 2, 5, 7, 1, 3, 4, 6]> : tensor<8xi64>
// CHECK-DAG: %[[W:.*]] = arith.constant dense<{{\[}}[-1, 3, -6, 7, 2, -4, 5, -7]]> : tensor<1x8xi4>
// CHECK-DAG: %[[S:.*]] = arith.constant dense<{{\[}}[5.000000e-01, 2.500000e-01]]> : tensor<1x2xf16>
// CHECK: %[[X:.*]] = tessel.permute dimension(1) ins(%arg0, %[[P]] : tensor<2x8xf16>, tensor<8xi64>)
// CHECK: %[[Y:.*]] = tessel.qmatmul signed group_size(4) ins(%[[X]], %[[W]], %[[S]] : tensor<2x8xf16>, tensor<1x8xi4>, tensor<1x2xf16>) outs
// CHECK-NOT: linalg.matmul
// CHECK: return %[[Y]] : tensor<2x1xf16>
func.func @scattered_groups(%x: tensor<2x8xf16>) -> tensor<2x1xf16> {
  %q = arith.constant dense<[[-1, 2, 3, -4, 5, -6, -7, 7]]> : tensor<1x8xi8>
  %s = arith.constant dense<[[0.5, 0.25, 0.5, 0.25, 0.25, 0.5, 0.25, 0.5]]> : tensor<1x8xf16>
  %ef = tensor.empty() : tensor<1x8xf16>
  %w = linalg.generic {indexing_maps = [#id, #id, #id], iterator_types = ["parallel", "parallel"]} ins(%q, %s : tensor<1x8xi8>, tensor<1x8xf16>) outs(%ef : tensor<1x8xf16>) {
  ^bb0(%a: i8, %b: f16, %o: f16):
    %f = arith.sitofp %a : i8 to f16
    %r = arith.mulf %f, %b : f16
    linalg.yield %r : f16
  } -> tensor<1x8xf16>
  %et = tensor.empty() : tensor<8x1xf16>
  %wt = linalg.transpose ins(%w : tensor<1x8xf16>) outs(%et : tensor<8x1xf16>) permutation = [1, 0]
  %c0 = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<2x1xf32>
  %fill = linalg.fill ins(%c0 : f32) outs(%e : tensor<2x1xf32>) -> tensor<2x1xf32>
  %y = linalg.matmul ins(%x, %wt : tensor<2x8xf16>, tensor<8x1xf16>) outs(%fill : tensor<2x1xf32>) -> tensor<2x1xf32>
  %eh = tensor.empty() : tensor<2x1xf16>
  %t = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]} ins(%y : tensor<2x1xf32>) outs(%eh : tensor<2x1xf16>) {
  ^bb0(%a: f32, %o: f16):
    %r = arith.truncf %a : f32 to f16
    linalg.yield %r : f16
  } -> tensor<2x1xf16>
  return %t : tensor<2x1xf16>
}

// -----

#id = affine_map<(d0, d1) -> (d0, d1)>

// Near misses, left alone: a scale per weight (no channels share one);
// weights that are not integers; a difference that wraps around in i8
// (120 - (-120) is not 240 there); groups of unequal sizes scattered along K;
// a zero point that is not an integer (HQQ's float zeros); and a matmul
// accumulating in f32 whose result is not only truncated.
// CHECK-LABEL: func.func @per_weight_scales
// CHECK-NOT: tessel.qmatmul
// CHECK: linalg.matmul
func.func @per_weight_scales(%x: tensor<2x4xf32>) -> tensor<2x1xf32> {
  %q = arith.constant dense<[[1, 2, 3, 4]]> : tensor<1x4xi8>
  %s = arith.constant dense<[[0.5, 0.25, 0.125, 1.0]]> : tensor<1x4xf32>
  %ef = tensor.empty() : tensor<1x4xf32>
  %w = linalg.generic {indexing_maps = [#id, #id, #id], iterator_types = ["parallel", "parallel"]} ins(%q, %s : tensor<1x4xi8>, tensor<1x4xf32>) outs(%ef : tensor<1x4xf32>) {
  ^bb0(%a: i8, %b: f32, %o: f32):
    %f = arith.sitofp %a : i8 to f32
    %r = arith.mulf %f, %b : f32
    linalg.yield %r : f32
  } -> tensor<1x4xf32>
  %et = tensor.empty() : tensor<4x1xf32>
  %wt = linalg.transpose ins(%w : tensor<1x4xf32>) outs(%et : tensor<4x1xf32>) permutation = [1, 0]
  %c0 = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<2x1xf32>
  %fill = linalg.fill ins(%c0 : f32) outs(%e : tensor<2x1xf32>) -> tensor<2x1xf32>
  %y = linalg.matmul ins(%x, %wt : tensor<2x4xf32>, tensor<4x1xf32>) outs(%fill : tensor<2x1xf32>) -> tensor<2x1xf32>
  return %y : tensor<2x1xf32>
}

// CHECK-LABEL: func.func @float_weights
// CHECK-NOT: tessel.qmatmul
// CHECK: linalg.matmul
func.func @float_weights(%x: tensor<2x4xf32>) -> tensor<2x1xf32> {
  %q = arith.constant dense<[[1.5, 2.0, 3.0, 4.0]]> : tensor<1x4xf32>
  %ef = tensor.empty() : tensor<1x4xf32>
  %w = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]} ins(%q : tensor<1x4xf32>) outs(%ef : tensor<1x4xf32>) {
  ^bb0(%a: f32, %o: f32):
    %c = arith.constant 0.5 : f32
    %z = arith.constant 1.0 : f32
    %d = arith.subf %a, %z : f32
    %r = arith.mulf %d, %c : f32
    linalg.yield %r : f32
  } -> tensor<1x4xf32>
  %et = tensor.empty() : tensor<4x1xf32>
  %wt = linalg.transpose ins(%w : tensor<1x4xf32>) outs(%et : tensor<4x1xf32>) permutation = [1, 0]
  %c0 = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<2x1xf32>
  %fill = linalg.fill ins(%c0 : f32) outs(%e : tensor<2x1xf32>) -> tensor<2x1xf32>
  %y = linalg.matmul ins(%x, %wt : tensor<2x4xf32>, tensor<4x1xf32>) outs(%fill : tensor<2x1xf32>) -> tensor<2x1xf32>
  return %y : tensor<2x1xf32>
}

// CHECK-LABEL: func.func @wrapping_difference
// CHECK-NOT: tessel.qmatmul
// CHECK: linalg.matmul
func.func @wrapping_difference(%x: tensor<2x4xf32>) -> tensor<2x1xf32> {
  %q = arith.constant dense<[[120, 1, 2, 3]]> : tensor<1x4xi8>
  %z = arith.constant dense<[[-120, -120, -120, -120]]> : tensor<1x4xi8>
  %ei = tensor.empty() : tensor<1x4xi8>
  %d = linalg.generic {indexing_maps = [#id, #id, #id], iterator_types = ["parallel", "parallel"]} ins(%q, %z : tensor<1x4xi8>, tensor<1x4xi8>) outs(%ei : tensor<1x4xi8>) {
  ^bb0(%a: i8, %b: i8, %o: i8):
    %r = arith.subi %a, %b : i8
    linalg.yield %r : i8
  } -> tensor<1x4xi8>
  %ef = tensor.empty() : tensor<1x4xf32>
  %w = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]} ins(%d : tensor<1x4xi8>) outs(%ef : tensor<1x4xf32>) {
  ^bb0(%a: i8, %o: f32):
    %s = arith.constant 0.5 : f32
    %f = arith.sitofp %a : i8 to f32
    %r = arith.mulf %f, %s : f32
    linalg.yield %r : f32
  } -> tensor<1x4xf32>
  %et = tensor.empty() : tensor<4x1xf32>
  %wt = linalg.transpose ins(%w : tensor<1x4xf32>) outs(%et : tensor<4x1xf32>) permutation = [1, 0]
  %c0 = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<2x1xf32>
  %fill = linalg.fill ins(%c0 : f32) outs(%e : tensor<2x1xf32>) -> tensor<2x1xf32>
  %y = linalg.matmul ins(%x, %wt : tensor<2x4xf32>, tensor<4x1xf32>) outs(%fill : tensor<2x1xf32>) -> tensor<2x1xf32>
  return %y : tensor<2x1xf32>
}

// Channels {0, 1, 2} share a scale and {3} has its own: the only common
// run is 1 channel, and the scattered sets differ in size.
// CHECK-LABEL: func.func @unequal_groups
// CHECK-NOT: tessel.qmatmul
// CHECK: linalg.matmul
func.func @unequal_groups(%x: tensor<2x4xf32>) -> tensor<2x1xf32> {
  %q = arith.constant dense<[[1, 2, 3, 4]]> : tensor<1x4xi8>
  %s = arith.constant dense<[[0.5, 0.5, 0.5, 1.0]]> : tensor<1x4xf32>
  %ef = tensor.empty() : tensor<1x4xf32>
  %w = linalg.generic {indexing_maps = [#id, #id, #id], iterator_types = ["parallel", "parallel"]} ins(%q, %s : tensor<1x4xi8>, tensor<1x4xf32>) outs(%ef : tensor<1x4xf32>) {
  ^bb0(%a: i8, %b: f32, %o: f32):
    %f = arith.sitofp %a : i8 to f32
    %r = arith.mulf %f, %b : f32
    linalg.yield %r : f32
  } -> tensor<1x4xf32>
  %et = tensor.empty() : tensor<4x1xf32>
  %wt = linalg.transpose ins(%w : tensor<1x4xf32>) outs(%et : tensor<4x1xf32>) permutation = [1, 0]
  %c0 = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<2x1xf32>
  %fill = linalg.fill ins(%c0 : f32) outs(%e : tensor<2x1xf32>) -> tensor<2x1xf32>
  %y = linalg.matmul ins(%x, %wt : tensor<2x4xf32>, tensor<4x1xf32>) outs(%fill : tensor<2x1xf32>) -> tensor<2x1xf32>
  return %y : tensor<2x1xf32>
}

// CHECK-LABEL: func.func @float_zero_points
// CHECK-NOT: tessel.qmatmul
// CHECK: linalg.matmul
func.func @float_zero_points(%x: tensor<2x4xf32>) -> tensor<2x1xf32> {
  %q = arith.constant dense<[[1, 2, 3, 4]]> : tensor<1x4xi8>
  %ef = tensor.empty() : tensor<1x4xf32>
  %w = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]} ins(%q : tensor<1x4xi8>) outs(%ef : tensor<1x4xf32>) {
  ^bb0(%a: i8, %o: f32):
    %s = arith.constant 0.5 : f32
    %z = arith.constant 7.25 : f32
    %f = arith.sitofp %a : i8 to f32
    %d = arith.subf %f, %z : f32
    %r = arith.mulf %d, %s : f32
    linalg.yield %r : f32
  } -> tensor<1x4xf32>
  %et = tensor.empty() : tensor<4x1xf32>
  %wt = linalg.transpose ins(%w : tensor<1x4xf32>) outs(%et : tensor<4x1xf32>) permutation = [1, 0]
  %c0 = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<2x1xf32>
  %fill = linalg.fill ins(%c0 : f32) outs(%e : tensor<2x1xf32>) -> tensor<2x1xf32>
  %y = linalg.matmul ins(%x, %wt : tensor<2x4xf32>, tensor<4x1xf32>) outs(%fill : tensor<2x1xf32>) -> tensor<2x1xf32>
  return %y : tensor<2x1xf32>
}

// CHECK-LABEL: func.func @f32_result_used
// CHECK-NOT: tessel.qmatmul
// CHECK: linalg.matmul
func.func @f32_result_used(%x: tensor<2x4xf16>) -> tensor<2x1xf32> {
  %q = arith.constant dense<[[1, 2, 3, 4]]> : tensor<1x4xi8>
  %ef = tensor.empty() : tensor<1x4xf16>
  %w = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]} ins(%q : tensor<1x4xi8>) outs(%ef : tensor<1x4xf16>) {
  ^bb0(%a: i8, %o: f16):
    %s = arith.constant 0.5 : f16
    %f = arith.sitofp %a : i8 to f16
    %r = arith.mulf %f, %s : f16
    linalg.yield %r : f16
  } -> tensor<1x4xf16>
  %et = tensor.empty() : tensor<4x1xf16>
  %wt = linalg.transpose ins(%w : tensor<1x4xf16>) outs(%et : tensor<4x1xf16>) permutation = [1, 0]
  %c0 = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<2x1xf32>
  %fill = linalg.fill ins(%c0 : f32) outs(%e : tensor<2x1xf32>) -> tensor<2x1xf32>
  %y = linalg.matmul ins(%x, %wt : tensor<2x4xf16>, tensor<4x1xf16>) outs(%fill : tensor<2x1xf32>) -> tensor<2x1xf32>
  return %y : tensor<2x1xf32>
}
