// RUN: tessel-opt %s --tessel-fold-constant-transposes --split-input-file | FileCheck %s

// A dense constant: the transposed values.
// CHECK-LABEL: func.func @dense
// CHECK-NEXT:    %[[C:.*]] = arith.constant dense<{{\[}}[1.000000e+00, 4.000000e+00], [2.000000e+00, 5.000000e+00], [3.000000e+00, 6.000000e+00]]> : tensor<3x2xf32>
// CHECK-NEXT:    return %[[C]]
func.func @dense() -> tensor<3x2xf32> {
  %w = arith.constant dense<[[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]> : tensor<2x3xf32>
  %e = tensor.empty() : tensor<3x2xf32>
  %t = linalg.transpose ins(%w : tensor<2x3xf32>) outs(%e : tensor<3x2xf32>) permutation = [1, 0]
  return %t : tensor<3x2xf32>
}

// -----

// A weight as torch-mlir writes it (dense_resource, bf16), rank 3.
// CHECK-LABEL: func.func @resource
// CHECK-NEXT:    %[[C:.*]] = arith.constant dense<{{\[}}{{\[}}[1.000000e+00], [3.000000e+00]], {{\[}}[2.000000e+00], [4.000000e+00]]]> : tensor<2x2x1xbf16>
// CHECK-NEXT:    return %[[C]]
func.func @resource() -> tensor<2x2x1xbf16> {
  %w = arith.constant dense_resource<weights> : tensor<1x2x2xbf16>
  %e = tensor.empty() : tensor<2x2x1xbf16>
  %t = linalg.transpose ins(%w : tensor<1x2x2xbf16>) outs(%e : tensor<2x2x1xbf16>) permutation = [2, 1, 0]
  return %t : tensor<2x2x1xbf16>
}
{-#
  dialect_resources: {
    builtin: {
      weights: "0x02000000803F004040408040"
    }
  }
#-}

// -----

// A splat stays a splat.
// CHECK-LABEL: func.func @splat
// CHECK-NEXT:    %[[C:.*]] = arith.constant dense<7> : tensor<4x2xi32>
// CHECK-NEXT:    return %[[C]]
func.func @splat() -> tensor<4x2xi32> {
  %w = arith.constant dense<7> : tensor<2x4xi32>
  %e = tensor.empty() : tensor<4x2xi32>
  %t = linalg.transpose ins(%w : tensor<2x4xi32>) outs(%e : tensor<4x2xi32>) permutation = [1, 0]
  return %t : tensor<4x2xi32>
}

// -----

// Not folded: an argument, and sub-byte elements.
// CHECK-LABEL: func.func @left_alone
// CHECK-COUNT-2: linalg.transpose
func.func @left_alone(%a: tensor<2x3xf32>) -> (tensor<3x2xf32>, tensor<4x2xi4>) {
  %e = tensor.empty() : tensor<3x2xf32>
  %t = linalg.transpose ins(%a : tensor<2x3xf32>) outs(%e : tensor<3x2xf32>) permutation = [1, 0]
  %q = arith.constant dense<[[1, 2, 3, 4], [5, 6, 7, -8]]> : tensor<2x4xi4>
  %f = tensor.empty() : tensor<4x2xi4>
  %u = linalg.transpose ins(%q : tensor<2x4xi4>) outs(%f : tensor<4x2xi4>) permutation = [1, 0]
  return %t, %u : tensor<3x2xf32>, tensor<4x2xi4>
}
