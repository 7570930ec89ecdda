// RUN: tessel-opt %s --split-input-file --verify-diagnostics --pass-pipeline="builtin.module(func.func(tessel-gpu-host-memory))" | FileCheck %s

// Host allocations, deallocations and copies become their GPU forms; an
// allocation inside a kernel is left alone.
// CHECK-LABEL: func.func @buffers
// CHECK:         %[[T:.*]] = gpu.alloc () : memref<16xf32>
// CHECK:         gpu.memcpy %[[T]], %arg0
// CHECK:         gpu.launch
// CHECK:           memref.alloca() : memref<4xf32>
// CHECK:         gpu.memcpy %arg1, %[[T]]
// CHECK:         gpu.dealloc %[[T]]
// CHECK-NOT:     memref.alloc(
// CHECK-NOT:     memref.dealloc
func.func @buffers(%a: memref<16xf32>, %b: memref<16xf32>) {
  %t = memref.alloc() : memref<16xf32>
  memref.copy %a, %t : memref<16xf32> to memref<16xf32>
  %c1 = arith.constant 1 : index
  gpu.launch blocks(%bx, %by, %bz) in (%x = %c1, %y = %c1, %z = %c1)
             threads(%tx, %ty, %tz) in (%u = %c1, %v = %c1, %w = %c1) {
    %s = memref.alloca() : memref<4xf32>
    gpu.terminator
  }
  memref.copy %t, %b : memref<16xf32> to memref<16xf32>
  memref.dealloc %t : memref<16xf32>
  return
}

// -----

// A constant is copied to a device buffer where it is used and freed before
// the function returns.
memref.global "private" constant @weights : memref<4xf32> = dense<[1.0, 2.0, 3.0, 4.0]>
// CHECK-LABEL: func.func @constant
// CHECK:         %[[G:.*]] = memref.get_global @weights
// CHECK:         %[[D:.*]] = gpu.alloc () : memref<4xf32>
// CHECK:         gpu.memcpy %[[D]], %[[G]]
// CHECK:         gpu.memcpy %arg0, %[[D]]
// CHECK:         gpu.dealloc %[[D]]
// CHECK-NEXT:    return
func.func @constant(%out: memref<4xf32>) {
  %w = memref.get_global @weights : memref<4xf32>
  memref.copy %w, %out : memref<4xf32> to memref<4xf32>
  return
}

// -----

// Host code must not dereference a buffer: it lives in GPU memory.
func.func @host_load(%a: memref<4xf32>) -> f32 {
  %c0 = arith.constant 0 : index
  // expected-error @below {{accesses a buffer in host code}}
  %x = memref.load %a[%c0] : memref<4xf32>
  return %x : f32
}
