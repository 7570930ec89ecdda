// tessel-raise on TOSA attention after upstream tosa-to-linalg
// (Inputs/raise-tosa/): [N, S, D] tensors throughout, reductions as
// linalg.reduce starting at the lowest float, normalisation as a multiply by
// the reciprocal, scales as broadcast splat tensors. The attention is raised
// with B = 1, H = N around reshapes; a softmax over queries is left alone.
// test/Integration/Frontend/raise-equivalence.py runs each with and without
// raising and compares the results.
//
// RUN: tessel-opt %S/Inputs/raise-tosa/tosa_scaled.mlir --pass-pipeline='builtin.module(func.func(tosa-to-linalg-named,tosa-to-linalg,tosa-to-arith,tosa-to-tensor),canonicalize,tessel-raise)' | FileCheck %s --check-prefix=SCALED
// RUN: tessel-opt %S/Inputs/raise-tosa/tosa_causal.mlir --pass-pipeline='builtin.module(func.func(tosa-to-linalg-named,tosa-to-linalg,tosa-to-arith,tosa-to-tensor),canonicalize,tessel-raise)' | FileCheck %s --check-prefix=CAUSAL
// RUN: tessel-opt %S/Inputs/raise-tosa/tosa_masked.mlir --pass-pipeline='builtin.module(func.func(tosa-to-linalg-named,tosa-to-linalg,tosa-to-arith,tosa-to-tensor),canonicalize,tessel-raise)' | FileCheck %s --check-prefix=MASKED
// RUN: tessel-opt %S/Inputs/raise-tosa/tosa_softmax_over_queries.mlir --pass-pipeline='builtin.module(func.func(tosa-to-linalg-named,tosa-to-linalg,tosa-to-arith,tosa-to-tensor),canonicalize,tessel-raise)' | FileCheck %s --check-prefix=UNTOUCHED

// SCALED-LABEL: func.func @tosa_scaled
// SCALED-SAME: (%[[Q:.*]]: tensor<2x4x8xf32>, %[[K:.*]]: tensor<2x4x8xf32>, %[[V:.*]]: tensor<2x4x8xf32>)
// SCALED-DAG: %[[Q4:.*]] = tensor.expand_shape %[[Q]] {{\[}}[0, 1], [2], [3]] output_shape [1, 2, 4, 8]
// SCALED-DAG: %[[K4:.*]] = tensor.expand_shape %[[K]] {{\[}}[0, 1], [2], [3]] output_shape [1, 2, 4, 8]
// SCALED-DAG: %[[V4:.*]] = tensor.expand_shape %[[V]] {{\[}}[0, 1], [2], [3]] output_shape [1, 2, 4, 8]
// SCALED: %[[O:.*]] = tessel.attention scale(0.353553{{[0-9]*}}) ins(%[[Q4]], %[[K4]], %[[V4]] : tensor<1x2x4x8xf32>, tensor<1x2x4x8xf32>, tensor<1x2x4x8xf32>) outs
// SCALED: %[[R:.*]] = tensor.collapse_shape %[[O]] {{\[}}[0, 1], [2], [3]] : tensor<1x2x4x8xf32> into tensor<2x4x8xf32>
// SCALED-NOT: linalg.
// SCALED: return %[[R]]

// CAUSAL-LABEL: func.func @tosa_causal
// CAUSAL: tessel.attention causal scale(0.353553{{[0-9]*}}) ins
// CAUSAL-NOT: mask(
// CAUSAL-NOT: offset(

// MASKED-LABEL: func.func @tosa_masked
// MASKED: tessel.attention scale({{.*}}) ins({{.*}}) mask(%{{.*}} : tensor<1x1x4x4xf32>) outs

// UNTOUCHED-NOT: tessel.
// UNTOUCHED: linalg.batch_matmul
// UNTOUCHED-NOT: tessel.
