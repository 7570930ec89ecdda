// RUN: tessel-opt %s --split-input-file --tessel-distinct-result-buffers | FileCheck %s

// A buffer returned twice: the second place returns a copy in a new buffer.
// CHECK-LABEL: func.func @twice
// CHECK-SAME: (%[[A:[^:]*]]: memref<4x8xf32>)
// CHECK: %[[B:.*]] = memref.alloc() : memref<4x8xf32>
// CHECK: %[[COPY:.*]] = memref.alloc() : memref<4x8xf32>
// CHECK: linalg.copy ins(%[[A]] : memref<4x8xf32>) outs(%[[COPY]] : memref<4x8xf32>)
// CHECK: return %[[A]], %[[COPY]], %[[B]]
func.func @twice(%a: memref<4x8xf32>) -> (memref<4x8xf32>, memref<4x8xf32>, memref<4x8xf32>) {
  %b = memref.alloc() : memref<4x8xf32>
  return %a, %a, %b : memref<4x8xf32>, memref<4x8xf32>, memref<4x8xf32>
}

// -----

// Distinct buffers are left alone.
// CHECK-LABEL: func.func @distinct
// CHECK-NOT: linalg.copy
func.func @distinct(%a: memref<4x8xf32>) -> (memref<4x8xf32>, memref<4x8xf32>) {
  %b = memref.alloc() : memref<4x8xf32>
  return %a, %b : memref<4x8xf32>, memref<4x8xf32>
}
