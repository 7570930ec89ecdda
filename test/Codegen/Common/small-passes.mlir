// RUN: tessel-opt %s --split-input-file --tessel-approximate-math | FileCheck %s --check-prefix=MATH
// RUN: tessel-opt %s --split-input-file --tessel-expand-strided-copies | FileCheck %s --check-prefix=COPY

// MATH-LABEL: func.func @exp
// MATH-NOT:     math.exp
// MATH:         arith.mulf
func.func @exp(%x: vector<16xf32>) -> vector<16xf32> {
  %e = math.exp %x : vector<16xf32>
  return %e : vector<16xf32>
}

// -----

// Strided copies become linalg.copy (loops later); contiguous ones stay.
// COPY-LABEL: func.func @copies
// COPY:         linalg.copy ins(%{{.*}} : memref<4x4xf32, strided<[8, 1]>>)
// COPY:         memref.copy %{{.*}}, %{{.*}} : memref<4x4xf32> to memref<4x4xf32>
func.func @copies(%a: memref<4x4xf32, strided<[8, 1]>>, %b: memref<4x4xf32>, %c: memref<4x4xf32>) {
  memref.copy %a, %b : memref<4x4xf32, strided<[8, 1]>> to memref<4x4xf32>
  memref.copy %b, %c : memref<4x4xf32> to memref<4x4xf32>
  return
}

// -----

// A strided view is expanded even where its one element is contiguous
// (gpu.memcpy lowers identity layouts only).
// COPY-LABEL: func.func @one_element_of_a_column
// COPY:         linalg.copy ins(%{{.*}} : memref<1xf32, strided<[65]>>)
func.func @one_element_of_a_column(%a: memref<1xf32, strided<[65]>>, %b: memref<1xf32>) {
  memref.copy %a, %b : memref<1xf32, strided<[65]>> to memref<1xf32>
  return
}
