// RUN: tessel-opt %s --split-input-file --tessel-promote-loop-accumulators | FileCheck %s

// A reduction nest (what convert-linalg-to-parallel-loops makes of a dot
// product) carries its accumulator through both loops: one load before the
// nest, one store after it.
// CHECK-LABEL: func.func @dot
// CHECK:         %[[INIT:.*]] = memref.load %arg2[%arg3]
// CHECK:         %[[OUTER:.*]] = scf.for {{.*}} iter_args(%[[A:.*]] = %[[INIT]]) -> (f32)
// CHECK:           %[[INNER:.*]] = scf.for {{.*}} iter_args(%[[B:.*]] = %[[A]]) -> (f32)
// CHECK-NOT:         memref.load %arg2
// CHECK:             %[[SUM:.*]] = arith.addf %[[B]]
// CHECK-NEXT:        scf.yield %[[SUM]]
// CHECK:           scf.yield %[[INNER]]
// CHECK:         memref.store %[[OUTER]], %arg2[%arg3]
func.func @dot(%a: memref<8x4xf32>, %b: memref<8x4xf32>, %out: memref<16xf32>, %i: index) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c4 = arith.constant 4 : index
  %c8 = arith.constant 8 : index
  scf.for %k = %c0 to %c8 step %c1 {
    scf.for %l = %c0 to %c4 step %c1 {
      %x = memref.load %a[%k, %l] : memref<8x4xf32>
      %y = memref.load %b[%k, %l] : memref<8x4xf32>
      %acc = memref.load %out[%i] : memref<16xf32>
      %p = arith.mulf %x, %y : f32
      %s = arith.addf %acc, %p : f32
      memref.store %s, %out[%i] : memref<16xf32>
    }
  }
  return
}

// -----

// The element moves with the loop: not an accumulator.
// CHECK-LABEL: func.func @varying_index
// CHECK:         scf.for
// CHECK-NOT:       iter_args
// CHECK:           memref.load %arg0[%{{.*}}]
// CHECK:           memref.store
func.func @varying_index(%out: memref<16xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c16 = arith.constant 16 : index
  %one = arith.constant 1.0 : f32
  scf.for %k = %c0 to %c16 step %c1 {
    %acc = memref.load %out[%k] : memref<16xf32>
    %s = arith.addf %acc, %one : f32
    memref.store %s, %out[%k] : memref<16xf32>
  }
  return
}

// -----

// Another access to the same buffer in the loop (here a read of a second
// element) keeps the round trip: the carried value could go stale.
// CHECK-LABEL: func.func @other_access
// CHECK:         scf.for
// CHECK-NOT:       iter_args
// CHECK:           memref.load %arg0[%arg1]
// CHECK:           memref.load %arg0[%arg2]
// CHECK:           memref.store
func.func @other_access(%out: memref<16xf32>, %i: index, %j: index) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c16 = arith.constant 16 : index
  scf.for %k = %c0 to %c16 step %c1 {
    %acc = memref.load %out[%i] : memref<16xf32>
    %other = memref.load %out[%j] : memref<16xf32>
    %s = arith.addf %acc, %other : f32
    memref.store %s, %out[%i] : memref<16xf32>
  }
  return
}

// -----

// Register-blocked accumulators: two elements of one buffer at distinct
// constant indices are both carried (the other access is provably to
// another element).
// CHECK-LABEL: func.func @two_rows
// CHECK:         scf.for {{.*}} iter_args(%{{.*}} = %{{.*}}, %{{.*}} = %{{.*}}) -> (f32, f32)
// CHECK-NOT:       memref.store
// CHECK:         }
// CHECK-COUNT-2: memref.store
func.func @two_rows(%a: memref<8xf32>, %out: memref<2x16xf32>, %j: index) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c8 = arith.constant 8 : index
  scf.for %k = %c0 to %c8 step %c1 {
    %x = memref.load %a[%k] : memref<8xf32>
    %r0 = memref.load %out[%c0, %j] : memref<2x16xf32>
    %s0 = arith.addf %r0, %x : f32
    memref.store %s0, %out[%c0, %j] : memref<2x16xf32>
    %r1 = memref.load %out[%c1, %j] : memref<2x16xf32>
    %s1 = arith.mulf %r1, %x : f32
    memref.store %s1, %out[%c1, %j] : memref<2x16xf32>
  }
  return
}
