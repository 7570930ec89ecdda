// RUN: tessel-opt %s --tessel-read-only-arguments | FileCheck %s
// RUN: tessel-opt %s --tessel-read-only-arguments --one-shot-bufferize="bufferize-function-boundaries" | FileCheck %s --check-prefix=BUF

// Tensor arguments of public functions become read-only for One-Shot
// Bufferize; other arguments, private functions and an explicit choice are
// left alone.
// CHECK-LABEL: func.func @fill_argument(
// CHECK-SAME: %{{.*}}: tensor<4xf32> {bufferization.writable = false}, %{{.*}}: f32)
// BUF-LABEL: func.func @fill_argument(
// BUF: %[[COPY:.*]] = memref.alloc
// BUF: linalg.fill ins(%{{.*}} : f32) outs(%[[COPY]] : memref<4xf32>)
func.func @fill_argument(%t: tensor<4xf32>, %x: f32) -> tensor<4xf32> {
  %r = linalg.fill ins(%x : f32) outs(%t : tensor<4xf32>) -> tensor<4xf32>
  return %r : tensor<4xf32>
}

// CHECK-LABEL: func.func @in_place(
// CHECK-SAME: %{{.*}}: tensor<4xf32> {bufferization.writable = true}
// BUF-LABEL: func.func @in_place(
// BUF-NOT: memref.alloc
func.func @in_place(%t: tensor<4xf32> {bufferization.writable = true}, %x: f32) -> tensor<4xf32> {
  %r = linalg.fill ins(%x : f32) outs(%t : tensor<4xf32>) -> tensor<4xf32>
  return %r : tensor<4xf32>
}

// CHECK-LABEL: func.func private @helper(
// CHECK-SAME: %{{.*}}: tensor<4xf32>) -> tensor<4xf32>
func.func private @helper(%t: tensor<4xf32>) -> tensor<4xf32> {
  return %t : tensor<4xf32>
}
