// The tm_tensor ops as torch-mlir writes them (cumsum, index_put, sort,
// topk) read, verify and print back unchanged.

// RUN: tessel-opt %s | FileCheck %s
// RUN: tessel-opt %s | tessel-opt | FileCheck %s
// RUN: tessel-opt %s --mlir-print-op-generic | tessel-opt | FileCheck %s

// CHECK-LABEL: func.func @cumsum
// CHECK: %{{.*}}:2 = tm_tensor.scan dimension(1) inclusive(true) ins(%{{.*}} : tensor<1x16xi64>) outs(%{{.*}}, %{{.*}} : tensor<1x16xi64>, tensor<1xi64>) {
// CHECK: ^bb0(%{{.*}}: i64, %{{.*}}: i64):
// CHECK: tm_tensor.yield %{{.*}} : i64
// CHECK: } -> tensor<1x16xi64>, tensor<1xi64>
func.func @cumsum(%x: tensor<1x16xi64>, %o: tensor<1x16xi64>, %a: tensor<1xi64>) -> (tensor<1x16xi64>, tensor<1xi64>) {
  %r:2 = tm_tensor.scan dimension(1) inclusive(true) ins(%x : tensor<1x16xi64>) outs(%o, %a : tensor<1x16xi64>, tensor<1xi64>) {
  ^bb0(%arg1: i64, %arg2: i64):
    %s = arith.addi %arg1, %arg2 : i64
    tm_tensor.yield %s : i64
  } -> tensor<1x16xi64>, tensor<1xi64>
  return %r#0, %r#1 : tensor<1x16xi64>, tensor<1xi64>
}

// CHECK-LABEL: func.func @index_put
// CHECK: tm_tensor.scatter {dimension_map = array<i64: 0>} unique_indices(false) ins(%{{.*}}, %{{.*}} : tensor<2x1x4xf32>, tensor<2x1xi64>) outs(%{{.*}} : tensor<8x4xf32>) {
// CHECK: } -> tensor<8x4xf32>
func.func @index_put(%o: tensor<8x4xf32>, %u: tensor<2x1x4xf32>, %i: tensor<2x1xi64>) -> tensor<8x4xf32> {
  %r = tm_tensor.scatter {dimension_map = array<i64: 0>} unique_indices(false) ins(%u, %i : tensor<2x1x4xf32>, tensor<2x1xi64>) outs(%o : tensor<8x4xf32>) {
  ^bb0(%arg3: f32, %arg4: f32):
    %s = arith.addf %arg4, %arg3 : f32
    tm_tensor.yield %s : f32
  } -> tensor<8x4xf32>
  return %r : tensor<8x4xf32>
}

// CHECK-LABEL: func.func @sort
// CHECK: %{{.*}}:2 = tm_tensor.sort dimension(1) outs(%{{.*}}, %{{.*}} : tensor<3x5xf32>, tensor<3x5xi64>) {
// CHECK: tm_tensor.yield %{{.*}} : i1
func.func @sort(%x: tensor<3x5xf32>, %i: tensor<3x5xi64>) -> (tensor<3x5xf32>, tensor<3x5xi64>) {
  %r:2 = tm_tensor.sort dimension(1) outs(%x, %i : tensor<3x5xf32>, tensor<3x5xi64>) {
  ^bb0(%a: f32, %b: f32, %c: i64, %d: i64):
    %le = arith.cmpf ole, %a, %b : f32
    tm_tensor.yield %le : i1
  } -> tensor<3x5xf32>, tensor<3x5xi64>
  return %r#0, %r#1 : tensor<3x5xf32>, tensor<3x5xi64>
}

// CHECK-LABEL: func.func @topk
// CHECK: %{{.*}}:2 = tm_tensor.topk dimension(1) ins(%{{.*}} : tensor<3x20xf32>) outs(%{{.*}}, %{{.*}} : tensor<3x4xf32>, tensor<3x4xi64>) {
func.func @topk(%x: tensor<3x20xf32>, %v: tensor<3x4xf32>, %i: tensor<3x4xi64>) -> (tensor<3x4xf32>, tensor<3x4xi64>) {
  %r:2 = tm_tensor.topk dimension(1) ins(%x : tensor<3x20xf32>) outs(%v, %i : tensor<3x4xf32>, tensor<3x4xi64>) {
  ^bb0(%a: f32, %b: f32):
    %gt = arith.cmpf ogt, %a, %b : f32
    tm_tensor.yield %gt : i1
  } -> tensor<3x4xf32>, tensor<3x4xi64>
  return %r#0, %r#1 : tensor<3x4xf32>, tensor<3x4xi64>
}
