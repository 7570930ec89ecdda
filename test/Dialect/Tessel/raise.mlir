// tessel-raise on IR exported by torch-mlir (Inputs/raise/, made by
// tools/scripts/export-torch-models.py): what it raises, and the near misses
// it must leave alone. test/Integration/Frontend/raise-equivalence.py runs
// every case with and without raising and compares the results.
//
// RUN: tessel-opt %S/Inputs/raise/explicit_attention.mlir --tessel-raise | FileCheck %s --check-prefix=EXPLICIT
// RUN: tessel-opt %S/Inputs/raise/sdpa_causal.mlir --tessel-raise | FileCheck %s --check-prefix=CAUSAL
// RUN: tessel-opt %S/Inputs/raise/sdpa_causal_top_left.mlir --tessel-raise | FileCheck %s --check-prefix=TOPLEFT
// RUN: tessel-opt %S/Inputs/raise/sdpa_sliding_window.mlir --tessel-raise | FileCheck %s --check-prefix=WINDOW
// RUN: tessel-opt %S/Inputs/raise/sdpa_band_past_keys.mlir --tessel-raise | FileCheck %s --check-prefix=PASTKEYS
// RUN: tessel-opt %S/Inputs/raise/sdpa_bf16.mlir --tessel-raise | FileCheck %s --check-prefix=BF16
// RUN: tessel-opt %S/Inputs/raise/sdpa_mask_argument.mlir --tessel-raise | FileCheck %s --check-prefix=MASK
// RUN: tessel-opt %S/Inputs/raise/quantized_linear.mlir --tessel-raise | FileCheck %s --check-prefix=QLINEAR
// RUN: tessel-opt %S/Inputs/raise/symmetric_linear.mlir --tessel-raise | FileCheck %s --check-prefix=SYMMETRIC
// RUN: tessel-opt %S/Inputs/raise/packed_linear.mlir --tessel-raise | FileCheck %s --check-prefix=PACKED
// RUN: tessel-opt %S/Inputs/raise/scaled_after_mask.mlir --tessel-raise | FileCheck %s --check-prefix=UNTOUCHED
// RUN: tessel-opt %S/Inputs/raise/softmax_other_dim.mlir --tessel-raise | FileCheck %s --check-prefix=UNTOUCHED
// RUN: tessel-opt %S/Inputs/raise/pretransposed_keys.mlir --tessel-raise | FileCheck %s --check-prefix=UNTOUCHED
// RUN: tessel-opt %S/Inputs/raise/wide_weights.mlir --tessel-raise | FileCheck %s --check-prefix=UNTOUCHED
// RUN: tessel-opt %S/Inputs/raise/argument_weights.mlir --tessel-raise | FileCheck %s --check-prefix=RUNTIME
// RUN: tessel-opt %S/Inputs/raise/integer_zero_point.mlir --tessel-raise | FileCheck %s --check-prefix=INTZP
// RUN: tessel-opt %S/Inputs/raise/wide_argument_weights.mlir --tessel-raise | FileCheck %s --check-prefix=UNTOUCHED
// RUN: tessel-opt %S/Inputs/raise/explicit_attention.mlir --tessel-raise=attention=0 | FileCheck %s --check-prefix=UNTOUCHED
// RUN: tessel-opt %S/Inputs/raise/quantized_linear.mlir --tessel-raise=quantized-matmul=0 | FileCheck %s --check-prefix=UNTOUCHED
// RUN: tessel-opt %s --tessel-raise | FileCheck %s --check-prefix=ACCUMULATE

// softmax(Q K^T * 8^-0.5) V: the scale on the scores becomes the op's; the
// whole linalg spelling is gone.
// EXPLICIT-LABEL: func.func @explicit_attention
// EXPLICIT-SAME: (%[[Q:.*]]: tensor<1x4x16x8xf32>, %[[K:.*]]: tensor<1x4x16x8xf32>, %[[V:.*]]: tensor<1x4x16x8xf32>)
// EXPLICIT: %[[O:.*]] = tessel.attention scale(0.35355339059327{{[0-9]*}}) ins(%[[Q]], %[[K]], %[[V]] : tensor<1x4x16x8xf32>, tensor<1x4x16x8xf32>, tensor<1x4x16x8xf32>) outs
// EXPLICIT-NOT: linalg.
// EXPLICIT: return %[[O]]

// SDPA(is_causal=True): 8^-0.25 on Q and on K multiply to the scale, the mask
// built from iotas evaluates to causal (square: no offset), and the guard
// for fully masked rows is what tessel.attention does anyway.
// CAUSAL-LABEL: func.func @sdpa_causal
// CAUSAL: tessel.attention causal scale(0.35355339059327{{[0-9]*}}) ins(%arg0, %arg1, %arg2 :
// CAUSAL-NOT: offset
// CAUSAL-NOT: linalg.
// CAUSAL: return

// A causal band of 4 keys built from index comparisons (Mistral's sliding
// window) evaluates to `causal window(4)`.
// WINDOW-LABEL: func.func @sdpa_sliding_window
// WINDOW: tessel.attention causal window(4) scale(0.35355339059327{{[0-9]*}}) ins(%arg0, %arg1, %arg2 :
// WINDOW-NOT: offset
// WINDOW-NOT: linalg.
// WINDOW: return

// A band that leaves rows 5 and later without a key stays an additive mask.
// PASTKEYS-LABEL: func.func @sdpa_band_past_keys
// PASTKEYS-NOT: window
// PASTKEYS: tessel.attention scale({{.*}}) mask(

// 8 queries, 16 keys: PyTorch's causal mask is top-left aligned, Tessel's
// default bottom-right, so the offset is explicit.
// TOPLEFT-LABEL: func.func @sdpa_causal_top_left
// TOPLEFT: %[[ZERO:.*]] = arith.constant 0 : index
// TOPLEFT: tessel.attention causal scale({{.*}}) ins(%arg0, %arg1, %arg2 : tensor<1x4x8x8xf32>, tensor<1x4x16x8xf32>, tensor<1x4x16x8xf32>) offset(%[[ZERO]]) outs

// bf16 SDPA: torch-mlir computes it in f32 between extf and truncf; it is
// raised in f32 and then narrowed to one bf16 op on the arguments
// (raise-narrow.mlir checks the narrowing alone).
// BF16-LABEL: func.func @sdpa_bf16
// BF16: %[[O:.*]] = tessel.attention causal scale({{.*}}) ins(%arg0, %arg1, %arg2 : tensor<1x4x16x8xbf16>, tensor<1x4x16x8xbf16>, tensor<1x4x16x8xbf16>) outs
// BF16-NOT: arith.truncf
// BF16: return %[[O]]

// A mask passed in stays an additive mask.
// MASK-LABEL: func.func @sdpa_mask_argument
// MASK: tessel.attention scale({{.*}}) ins(%arg0, %arg1, %arg2 : {{.*}}) mask(%arg3 : tensor<1x1x16x16xf32>) outs
// MASK-NOT: linalg.

// uint8 weights holding 0..15 with float zero points: unsigned i4.
// QLINEAR-LABEL: func.func @quantized_linear
// QLINEAR-DAG: %[[W:.*]] = arith.constant dense<{{.*}}> : tensor<8x64xi4>
// QLINEAR-DAG: %[[Z:.*]] = arith.constant dense<{{.*}}> : tensor<8x2xi4>
// QLINEAR: tessel.qmatmul unsigned group_size(32) ins(%arg0, %[[W]], %{{.*}} : tensor<2x64xf32>, tensor<8x64xi4>, tensor<8x2xf32>) zero_points(%[[Z]] : tensor<8x2xi4>) outs
// QLINEAR-NOT: linalg.matmul

// int16 weights holding -8..7, no zero point: signed i4.
// SYMMETRIC-LABEL: func.func @symmetric_linear
// SYMMETRIC: tessel.qmatmul signed group_size(16) ins(%arg0, %{{.*}}, %{{.*}} : tensor<2x64xf32>, tensor<8x64xi4>, tensor<8x4xf32>) outs
// SYMMETRIC-NOT: zero_points

// Two 4-bit weights per byte, unpacked with and/shift/concat: the unpacked
// values are computed at compile time.
// PACKED-LABEL: func.func @packed_linear
// PACKED: tessel.qmatmul unsigned group_size(32) ins(%arg0, %{{.*}}, %{{.*}} : tensor<2x64xf32>, tensor<8x64xi4>, tensor<8x2xf32>) zero_points
// PACKED-NOT: linalg.matmul

// Weights passed at run time as uint8: their type decides (unsigned i8).
// RUNTIME-LABEL: func.func @argument_weights
// RUNTIME: tessel.qmatmul unsigned group_size(16) ins(%arg0, %arg1, %arg2 : tensor<2x64xf32>, tensor<8x64xi8>, tensor<8x4xf32>) outs

// The zero point subtracted in integers before the cast: w - z takes
// -15..15, exactly a signed i5 without zero points.
// INTZP-LABEL: func.func @integer_zero_point
// INTZP: tessel.qmatmul signed group_size(16) ins(%arg0, %{{.*}}, %{{.*}} : tensor<2x64xf32>, tensor<8x64xi5>, tensor<8x4xf32>) outs
// INTZP-NOT: linalg.matmul

// Near misses: a scale applied after a (run-time) mask is added, which
// tessel.attention cannot express, a softmax over queries, keys given pre-transposed (no
// transpose to see), constant weights needing 10 bits, weights passed at
// run time as int16, and either pattern switched off.
// UNTOUCHED-NOT: tessel.
// UNTOUCHED: linalg.{{batch_matmul|matmul}}
// UNTOUCHED-NOT: tessel.

// A matmul that accumulates into a live tensor is not a fresh qmatmul.
// ACCUMULATE-LABEL: func.func @accumulating
// ACCUMULATE-NOT: tessel.qmatmul
// ACCUMULATE: linalg.matmul
#id2 = affine_map<(d0, d1) -> (d0, d1)>
#id3 = affine_map<(d0, d1, d2) -> (d0, d1, d2)>
#group = affine_map<(d0, d1, d2) -> (d0, d1, 0)>
func.func @accumulating(%x: tensor<2x64xf32>, %acc: tensor<2x8xf32>) -> tensor<2x8xf32> {
  %w = arith.constant dense<3> : tensor<8x64xi8>
  %s2 = arith.constant dense<0.5> : tensor<8x2xf32>
  %s = tensor.expand_shape %s2 [[0], [1, 2]] output_shape [8, 2, 1] : tensor<8x2xf32> into tensor<8x2x1xf32>
  %e = tensor.empty() : tensor<8x64xf32>
  %f = linalg.generic {indexing_maps = [#id2, #id2], iterator_types = ["parallel", "parallel"]} ins(%w : tensor<8x64xi8>) outs(%e : tensor<8x64xf32>) {
  ^bb0(%in: i8, %out: f32):
    %c = arith.uitofp %in : i8 to f32
    linalg.yield %c : f32
  } -> tensor<8x64xf32>
  %g = tensor.expand_shape %f [[0], [1, 2]] output_shape [8, 2, 32] : tensor<8x64xf32> into tensor<8x2x32xf32>
  %e3 = tensor.empty() : tensor<8x2x32xf32>
  %d = linalg.generic {indexing_maps = [#id3, #group, #id3], iterator_types = ["parallel", "parallel", "parallel"]} ins(%g, %s : tensor<8x2x32xf32>, tensor<8x2x1xf32>) outs(%e3 : tensor<8x2x32xf32>) {
  ^bb0(%in: f32, %sc: f32, %out: f32):
    %m = arith.mulf %in, %sc : f32
    linalg.yield %m : f32
  } -> tensor<8x2x32xf32>
  %dc = tensor.collapse_shape %d [[0], [1, 2]] : tensor<8x2x32xf32> into tensor<8x64xf32>
  %et = tensor.empty() : tensor<64x8xf32>
  %t = linalg.transpose ins(%dc : tensor<8x64xf32>) outs(%et : tensor<64x8xf32>) permutation = [1, 0]
  %y = linalg.matmul ins(%x, %t : tensor<2x64xf32>, tensor<64x8xf32>) outs(%acc : tensor<2x8xf32>) -> tensor<2x8xf32>
  return %y : tensor<2x8xf32>
}
