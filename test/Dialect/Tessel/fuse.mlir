// RUN: tessel-opt %s --split-input-file --tessel-fuse | FileCheck %s

// Bias, then SiLU spelled as torch-mlir does (sigmoid in one generic, the
// product in another): both into the epilogue.
#id = affine_map<(d0, d1) -> (d0, d1)>
#row = affine_map<(d0, d1) -> (d1)>
// CHECK-LABEL: func.func @bias_then_silu
// CHECK-SAME: (%[[X:.*]]: tensor<4x64xf32>, %[[W:.*]]: tensor<16x64xi4>, %[[S:.*]]: tensor<16x2xf32>, %[[B:.*]]: tensor<16xf32>)
// CHECK: %[[Y:.*]] = tessel.qmatmul signed group_size(32) ins(%[[X]], %[[W]], %[[S]] : {{.*}}) bias(%[[B]] : tensor<16xf32>) activation(silu) outs
// CHECK-NOT: linalg.generic
// CHECK: return %[[Y]]
func.func @bias_then_silu(%x: tensor<4x64xf32>, %w: tensor<16x64xi4>, %s: tensor<16x2xf32>, %b: tensor<16xf32>) -> tensor<4x16xf32> {
  %one = arith.constant 1.0 : f32
  %e = tensor.empty() : tensor<4x16xf32>
  %y = tessel.qmatmul signed group_size(32) ins(%x, %w, %s : tensor<4x64xf32>, tensor<16x64xi4>, tensor<16x2xf32>) outs(%e : tensor<4x16xf32>) -> tensor<4x16xf32>
  %a = linalg.generic {indexing_maps = [#id, #row, #id], iterator_types = ["parallel", "parallel"]} ins(%y, %b : tensor<4x16xf32>, tensor<16xf32>) outs(%e : tensor<4x16xf32>) {
  ^bb0(%in: f32, %bi: f32, %out: f32):
    %r = arith.addf %in, %bi : f32
    linalg.yield %r : f32
  } -> tensor<4x16xf32>
  %sig = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]} ins(%a : tensor<4x16xf32>) outs(%e : tensor<4x16xf32>) {
  ^bb0(%in: f32, %out: f32):
    %n = arith.negf %in : f32
    %x1 = math.exp %n : f32
    %d = arith.addf %x1, %one : f32
    %r = arith.divf %one, %d : f32
    linalg.yield %r : f32
  } -> tensor<4x16xf32>
  %m = linalg.generic {indexing_maps = [#id, #id, #id], iterator_types = ["parallel", "parallel"]} ins(%a, %sig : tensor<4x16xf32>, tensor<4x16xf32>) outs(%e : tensor<4x16xf32>) {
  ^bb0(%in: f32, %in2: f32, %out: f32):
    %r = arith.mulf %in, %in2 : f32
    linalg.yield %r : f32
  } -> tensor<4x16xf32>
  return %m : tensor<4x16xf32>
}

// -----

// GELU with the tanh approximation (torch-mlir's spelling) and ReLU as
// compare-and-select.
#id = affine_map<(d0, d1) -> (d0, d1)>
// CHECK-LABEL: func.func @gelu_tanh
// CHECK: tessel.qmatmul unsigned group_size(32) ins({{.*}}) activation(gelu) outs
// CHECK-NOT: linalg.generic
func.func @gelu_tanh(%x: tensor<4x64xf32>, %w: tensor<16x64xi4>, %s: tensor<16x2xf32>) -> tensor<4x16xf32> {
  %c3 = arith.constant 3 : i64
  %k0 = arith.constant 4.471500e-02 : f32
  %k1 = arith.constant 7.977240e-01 : f32
  %half = arith.constant 5.000000e-01 : f32
  %one = arith.constant 1.0 : f32
  %e = tensor.empty() : tensor<4x16xf32>
  %y = tessel.qmatmul unsigned group_size(32) ins(%x, %w, %s : tensor<4x64xf32>, tensor<16x64xi4>, tensor<16x2xf32>) outs(%e : tensor<4x16xf32>) -> tensor<4x16xf32>
  %g = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]} ins(%y : tensor<4x16xf32>) outs(%e : tensor<4x16xf32>) {
  ^bb0(%in: f32, %out: f32):
    %p = math.fpowi %in, %c3 : f32, i64
    %t0 = arith.mulf %p, %k0 : f32
    %t1 = arith.addf %in, %t0 : f32
    %t2 = arith.mulf %t1, %k1 : f32
    %t3 = math.tanh %t2 : f32
    %t4 = arith.addf %t3, %one : f32
    %t5 = arith.mulf %t4, %half : f32
    %r = arith.mulf %in, %t5 : f32
    linalg.yield %r : f32
  } -> tensor<4x16xf32>
  return %g : tensor<4x16xf32>
}

// CHECK-LABEL: func.func @relu
// CHECK: tessel.qmatmul unsigned group_size(32) ins({{.*}}) activation(relu) outs
// CHECK-NOT: linalg.generic
func.func @relu(%x: tensor<4x64xf32>, %w: tensor<16x64xi4>, %s: tensor<16x2xf32>) -> tensor<4x16xf32> {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<4x16xf32>
  %y = tessel.qmatmul unsigned group_size(32) ins(%x, %w, %s : tensor<4x64xf32>, tensor<16x64xi4>, tensor<16x2xf32>) outs(%e : tensor<4x16xf32>) -> tensor<4x16xf32>
  %g = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]} ins(%y : tensor<4x16xf32>) outs(%e : tensor<4x16xf32>) {
  ^bb0(%in: f32, %out: f32):
    %c = arith.cmpf ugt, %in, %zero : f32
    %r = arith.select %c, %in, %zero : f32
    linalg.yield %r : f32
  } -> tensor<4x16xf32>
  return %g : tensor<4x16xf32>
}

// -----

// Near misses: GELU with erf is not the op's tanh GELU; an activation
// followed by a bias cannot become bias-then-activation; a result with
// another user keeps its generic.
#id = affine_map<(d0, d1) -> (d0, d1)>
#row = affine_map<(d0, d1) -> (d1)>
// CHECK-LABEL: func.func @gelu_erf
// CHECK: tessel.qmatmul unsigned group_size(32) ins
// CHECK-NOT: activation
// CHECK: linalg.generic
func.func @gelu_erf(%x: tensor<4x64xf32>, %w: tensor<16x64xi4>, %s: tensor<16x2xf32>) -> tensor<4x16xf32> {
  %half = arith.constant 5.000000e-01 : f32
  %rsqrt2 = arith.constant 0.707106769 : f32
  %one = arith.constant 1.0 : f32
  %e = tensor.empty() : tensor<4x16xf32>
  %y = tessel.qmatmul unsigned group_size(32) ins(%x, %w, %s : tensor<4x64xf32>, tensor<16x64xi4>, tensor<16x2xf32>) outs(%e : tensor<4x16xf32>) -> tensor<4x16xf32>
  %g = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]} ins(%y : tensor<4x16xf32>) outs(%e : tensor<4x16xf32>) {
  ^bb0(%in: f32, %out: f32):
    %t0 = arith.mulf %in, %rsqrt2 : f32
    %t1 = math.erf %t0 : f32
    %t2 = arith.addf %t1, %one : f32
    %t3 = arith.mulf %t2, %half : f32
    %r = arith.mulf %in, %t3 : f32
    linalg.yield %r : f32
  } -> tensor<4x16xf32>
  return %g : tensor<4x16xf32>
}

// CHECK-LABEL: func.func @relu_then_bias
// CHECK: tessel.qmatmul unsigned group_size(32) ins({{.*}}) activation(relu) outs
// CHECK-NOT: bias(
// CHECK: linalg.generic
func.func @relu_then_bias(%x: tensor<4x64xf32>, %w: tensor<16x64xi4>, %s: tensor<16x2xf32>, %b: tensor<16xf32>) -> tensor<4x16xf32> {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<4x16xf32>
  %y = tessel.qmatmul unsigned group_size(32) ins(%x, %w, %s : tensor<4x64xf32>, tensor<16x64xi4>, tensor<16x2xf32>) outs(%e : tensor<4x16xf32>) -> tensor<4x16xf32>
  %g = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]} ins(%y : tensor<4x16xf32>) outs(%e : tensor<4x16xf32>) {
  ^bb0(%in: f32, %out: f32):
    %r = arith.maximumf %in, %zero : f32
    linalg.yield %r : f32
  } -> tensor<4x16xf32>
  %a = linalg.generic {indexing_maps = [#id, #row, #id], iterator_types = ["parallel", "parallel"]} ins(%g, %b : tensor<4x16xf32>, tensor<16xf32>) outs(%e : tensor<4x16xf32>) {
  ^bb0(%in: f32, %bi: f32, %out: f32):
    %r = arith.addf %in, %bi : f32
    linalg.yield %r : f32
  } -> tensor<4x16xf32>
  return %a : tensor<4x16xf32>
}

// CHECK-LABEL: func.func @shared_result
// CHECK: tessel.qmatmul unsigned group_size(32) ins
// CHECK-NOT: activation
// CHECK: linalg.generic
func.func @shared_result(%x: tensor<4x64xf32>, %w: tensor<16x64xi4>, %s: tensor<16x2xf32>) -> (tensor<4x16xf32>, tensor<4x16xf32>) {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<4x16xf32>
  %y = tessel.qmatmul unsigned group_size(32) ins(%x, %w, %s : tensor<4x64xf32>, tensor<16x64xi4>, tensor<16x2xf32>) outs(%e : tensor<4x16xf32>) -> tensor<4x16xf32>
  %g = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]} ins(%y : tensor<4x16xf32>) outs(%e : tensor<4x16xf32>) {
  ^bb0(%in: f32, %out: f32):
    %r = arith.maximumf %in, %zero : f32
    linalg.yield %r : f32
  } -> tensor<4x16xf32>
  return %y, %g : tensor<4x16xf32>, tensor<4x16xf32>
}

// A clamp to [0, 10] agrees with ReLU near zero, not far out.
// CHECK-LABEL: func.func @clamp
// CHECK: tessel.qmatmul unsigned group_size(32) ins
// CHECK-NOT: activation
// CHECK: linalg.generic
func.func @clamp(%x: tensor<4x64xf32>, %w: tensor<16x64xi4>, %s: tensor<16x2xf32>) -> tensor<4x16xf32> {
  %zero = arith.constant 0.0 : f32
  %ten = arith.constant 10.0 : f32
  %e = tensor.empty() : tensor<4x16xf32>
  %y = tessel.qmatmul unsigned group_size(32) ins(%x, %w, %s : tensor<4x64xf32>, tensor<16x64xi4>, tensor<16x2xf32>) outs(%e : tensor<4x16xf32>) -> tensor<4x16xf32>
  %g = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]} ins(%y : tensor<4x16xf32>) outs(%e : tensor<4x16xf32>) {
  ^bb0(%in: f32, %out: f32):
    %a = arith.maximumf %in, %zero : f32
    %r = arith.minimumf %a, %ten : f32
    linalg.yield %r : f32
  } -> tensor<4x16xf32>
  return %g : tensor<4x16xf32>
}

// -----

// Producer fusion: the dequantized weights are never materialised.
// CHECK-LABEL: func.func @dequantize_matmul
// CHECK-SAME: (%[[X:.*]]: tensor<4x64xf32>, %[[W:.*]]: tensor<16x64xi3>, %[[S:.*]]: tensor<16x2xf32>, %[[Z:.*]]: tensor<16x2xi3>)
// CHECK: tessel.qmatmul unsigned group_size(32) ins(%[[X]], %[[W]], %[[S]] : {{.*}}) zero_points(%[[Z]] : tensor<16x2xi3>) outs
// CHECK-NOT: tessel.dequantize
// CHECK-NOT: linalg.matmul
func.func @dequantize_matmul(%x: tensor<4x64xf32>, %w: tensor<16x64xi3>, %s: tensor<16x2xf32>, %z: tensor<16x2xi3>) -> tensor<4x16xf32> {
  %zero = arith.constant 0.0 : f32
  %ew = tensor.empty() : tensor<16x64xf32>
  %d = tessel.dequantize unsigned group_size(32) ins(%w, %s : tensor<16x64xi3>, tensor<16x2xf32>) zero_points(%z : tensor<16x2xi3>) outs(%ew : tensor<16x64xf32>) -> tensor<16x64xf32>
  %et = tensor.empty() : tensor<64x16xf32>
  %t = linalg.transpose ins(%d : tensor<16x64xf32>) outs(%et : tensor<64x16xf32>) permutation = [1, 0]
  %e = tensor.empty() : tensor<4x16xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<4x16xf32>) -> tensor<4x16xf32>
  %y = linalg.matmul ins(%x, %t : tensor<4x64xf32>, tensor<64x16xf32>) outs(%f : tensor<4x16xf32>) -> tensor<4x16xf32>
  return %y : tensor<4x16xf32>
}

// -----

// With a dynamic number of rows, the fused op's init keeps the size.
// CHECK-LABEL: func.func @dequantize_matmul_dynamic
// CHECK: %[[M:.*]] = tensor.dim %{{.*}}, %c0 : tensor<?x16xf32>
// CHECK: %[[E:.*]] = tensor.empty(%[[M]]) : tensor<?x16xf32>
// CHECK: tessel.qmatmul unsigned group_size(32) ins({{.*}}) outs(%[[E]] : tensor<?x16xf32>)
// CHECK-NOT: linalg.matmul
func.func @dequantize_matmul_dynamic(%x: tensor<?x64xf32>, %w: tensor<16x64xi4>, %s: tensor<16x2xf32>) -> tensor<?x16xf32> {
  %zero = arith.constant 0.0 : f32
  %c0 = arith.constant 0 : index
  %m = tensor.dim %x, %c0 : tensor<?x64xf32>
  %ew = tensor.empty() : tensor<16x64xf32>
  %d = tessel.dequantize unsigned group_size(32) ins(%w, %s : tensor<16x64xi4>, tensor<16x2xf32>) outs(%ew : tensor<16x64xf32>) -> tensor<16x64xf32>
  %et = tensor.empty() : tensor<64x16xf32>
  %t = linalg.transpose ins(%d : tensor<16x64xf32>) outs(%et : tensor<64x16xf32>) permutation = [1, 0]
  %e = tensor.empty(%m) : tensor<?x16xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<?x16xf32>) -> tensor<?x16xf32>
  %y = linalg.matmul ins(%x, %t : tensor<?x64xf32>, tensor<64x16xf32>) outs(%f : tensor<?x16xf32>) -> tensor<?x16xf32>
  return %y : tensor<?x16xf32>
}
