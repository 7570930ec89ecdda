// RUN: tessel-opt %s --tessel-fuse-elementwise --split-input-file | FileCheck %s

// A chain of elementwise ops fuses into one generic.
// CHECK-LABEL: func.func @chain
// CHECK-COUNT-1: linalg.generic
// CHECK-NOT:     linalg.generic
// CHECK:         math.exp
// CHECK:         arith.mulf
#id = affine_map<(i, j) -> (i, j)>
func.func @chain(%x: tensor<4x64xf32>, %y: tensor<4x64xf32>) -> tensor<4x64xf32> {
  %e = tensor.empty() : tensor<4x64xf32>
  %a = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%x : tensor<4x64xf32>) outs(%e : tensor<4x64xf32>) {
  ^bb0(%v: f32, %o: f32):
    %r = math.exp %v : f32
    linalg.yield %r : f32
  } -> tensor<4x64xf32>
  %b = linalg.generic {indexing_maps = [#id, #id, #id], iterator_types = ["parallel", "parallel"]}
      ins(%a, %y : tensor<4x64xf32>, tensor<4x64xf32>) outs(%e : tensor<4x64xf32>) {
  ^bb0(%u: f32, %w: f32, %o: f32):
    %r = arith.mulf %u, %w : f32
    linalg.yield %r : f32
  } -> tensor<4x64xf32>
  return %b : tensor<4x64xf32>
}

// -----

// A reduction that reads the producer's result once per iteration (a norm's
// sum of squares over a row): fused.
// CHECK-LABEL: func.func @into_row_sum
// CHECK-COUNT-1: linalg.generic
// CHECK-NOT:     linalg.generic
#id2 = affine_map<(i, j) -> (i, j)>
#row = affine_map<(i, j) -> (i)>
func.func @into_row_sum(%x: tensor<4x64xf32>, %init: tensor<4xf32>) -> tensor<4xf32> {
  %e = tensor.empty() : tensor<4x64xf32>
  %sq = linalg.generic {indexing_maps = [#id2, #id2], iterator_types = ["parallel", "parallel"]}
      ins(%x : tensor<4x64xf32>) outs(%e : tensor<4x64xf32>) {
  ^bb0(%v: f32, %o: f32):
    %r = arith.mulf %v, %v : f32
    linalg.yield %r : f32
  } -> tensor<4x64xf32>
  %s = linalg.generic {indexing_maps = [#id2, #row], iterator_types = ["parallel", "reduction"]}
      ins(%sq : tensor<4x64xf32>) outs(%init : tensor<4xf32>) {
  ^bb0(%v: f32, %acc: f32):
    %r = arith.addf %acc, %v : f32
    linalg.yield %r : f32
  } -> tensor<4xf32>
  return %s : tensor<4xf32>
}

// -----

// An activation feeding a matmul-like generic's left operand, which does
// not name N: fused, its exponential would run once per output column. Not
// fused; the contraction stays a plain multiply-add.
// CHECK-LABEL: func.func @not_into_contraction
// CHECK:         linalg.generic
// CHECK:           math.exp
// CHECK:         linalg.generic
// CHECK-NOT:       math.exp
// CHECK:           arith.mulf
// CHECK-NEXT:      arith.addf
#x = affine_map<(m, n, k) -> (m, k)>
#w = affine_map<(m, n, k) -> (k, n)>
#o = affine_map<(m, n, k) -> (m, n)>
#id3 = affine_map<(i, j) -> (i, j)>
func.func @not_into_contraction(%x: tensor<1x256xf32>, %w: tensor<256x64xf32>, %c: tensor<1x64xf32>) -> tensor<1x64xf32> {
  %e = tensor.empty() : tensor<1x256xf32>
  %a = linalg.generic {indexing_maps = [#id3, #id3], iterator_types = ["parallel", "parallel"]}
      ins(%x : tensor<1x256xf32>) outs(%e : tensor<1x256xf32>) {
  ^bb0(%v: f32, %o: f32):
    %r = math.exp %v : f32
    linalg.yield %r : f32
  } -> tensor<1x256xf32>
  %m = linalg.generic {indexing_maps = [#x, #w, #o], iterator_types = ["parallel", "parallel", "reduction"]}
      ins(%a, %w : tensor<1x256xf32>, tensor<256x64xf32>) outs(%c : tensor<1x64xf32>) {
  ^bb0(%u: f32, %v: f32, %acc: f32):
    %p = arith.mulf %u, %v : f32
    %s = arith.addf %acc, %p : f32
    linalg.yield %s : f32
  } -> tensor<1x64xf32>
  return %m : tensor<1x64xf32>
}

// -----

// A widening cast of the weights is cheap to repeat: fused, so the
// contraction reads the narrow bf16 weights and widens them in registers.
// CHECK-LABEL: func.func @cast_into_contraction
// CHECK-COUNT-1: linalg.generic
// CHECK-NOT:     linalg.generic
// CHECK:           arith.extf
// CHECK:           arith.mulf
#x4 = affine_map<(m, n, k) -> (m, k)>
#w4 = affine_map<(m, n, k) -> (k, n)>
#o4 = affine_map<(m, n, k) -> (m, n)>
#id4 = affine_map<(i, j) -> (i, j)>
func.func @cast_into_contraction(%x: tensor<1x256xf32>, %w: tensor<256x64xbf16>, %c: tensor<1x64xf32>) -> tensor<1x64xf32> {
  %e = tensor.empty() : tensor<256x64xf32>
  %wf = linalg.generic {indexing_maps = [#id4, #id4], iterator_types = ["parallel", "parallel"]}
      ins(%w : tensor<256x64xbf16>) outs(%e : tensor<256x64xf32>) {
  ^bb0(%v: bf16, %o: f32):
    %r = arith.extf %v : bf16 to f32
    linalg.yield %r : f32
  } -> tensor<256x64xf32>
  %m = linalg.generic {indexing_maps = [#x4, #w4, #o4], iterator_types = ["parallel", "parallel", "reduction"]}
      ins(%x, %wf : tensor<1x256xf32>, tensor<256x64xf32>) outs(%c : tensor<1x64xf32>) {
  ^bb0(%u: f32, %v: f32, %acc: f32):
    %p = arith.mulf %u, %v : f32
    %s = arith.addf %acc, %p : f32
    linalg.yield %s : f32
  } -> tensor<1x64xf32>
  return %m : tensor<1x64xf32>
}

// -----

// A producer with two users is not fused (it would be computed twice).
// CHECK-LABEL: func.func @two_users
// CHECK-COUNT-3: linalg.generic
#id5 = affine_map<(i) -> (i)>
func.func @two_users(%x: tensor<64xf32>) -> (tensor<64xf32>, tensor<64xf32>) {
  %e = tensor.empty() : tensor<64xf32>
  %a = linalg.generic {indexing_maps = [#id5, #id5], iterator_types = ["parallel"]}
      ins(%x : tensor<64xf32>) outs(%e : tensor<64xf32>) {
  ^bb0(%v: f32, %o: f32):
    %r = math.exp %v : f32
    linalg.yield %r : f32
  } -> tensor<64xf32>
  %b = linalg.generic {indexing_maps = [#id5, #id5], iterator_types = ["parallel"]}
      ins(%a : tensor<64xf32>) outs(%e : tensor<64xf32>) {
  ^bb0(%v: f32, %o: f32):
    %r = arith.negf %v : f32
    linalg.yield %r : f32
  } -> tensor<64xf32>
  %c = linalg.generic {indexing_maps = [#id5, #id5], iterator_types = ["parallel"]}
      ins(%a : tensor<64xf32>) outs(%e : tensor<64xf32>) {
  ^bb0(%v: f32, %o: f32):
    %r = math.sqrt %v : f32
    linalg.yield %r : f32
  } -> tensor<64xf32>
  return %b, %c : tensor<64xf32>, tensor<64xf32>
}
