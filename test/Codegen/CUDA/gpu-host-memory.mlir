// RUN: tessel-opt %s --split-input-file --verify-diagnostics --tessel-gpu-host-memory | FileCheck %s

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

// A constant is read from the device copy that the runtime makes at the
// first call and keeps: the global flattened, passed to
// tesselDeviceConstant_<element> (C interface), the result reshaped back.
// Nothing is freed at the return.
memref.global "private" constant @weights : memref<2x4xf32> = dense<[[1.0, 2.0, 3.0, 4.0], [5.0, 6.0, 7.0, 8.0]]>
// CHECK:       func.func private @tesselDeviceConstant_f32(memref<?xf32>) -> memref<?xf32> attributes {llvm.emit_c_interface}
// CHECK-LABEL: func.func @constant
// CHECK:         %[[G:.*]] = memref.get_global @weights : memref<2x4xf32>
// CHECK:         %[[F:.*]] = memref.collapse_shape %[[G]] {{\[}}[0, 1]] : memref<2x4xf32> into memref<8xf32>
// CHECK:         %[[D:.*]] = memref.cast %[[F]] : memref<8xf32> to memref<?xf32>
// CHECK:         %[[C:.*]] = call @tesselDeviceConstant_f32(%[[D]])
// CHECK:         %[[S:.*]] = memref.cast %[[C]] : memref<?xf32> to memref<8xf32>
// CHECK:         %[[E:.*]] = memref.expand_shape %[[S]] {{\[}}[0, 1]] output_shape [2, 4]
// CHECK:         gpu.memcpy %arg0, %[[E]]
// CHECK-NEXT:    return
func.func @constant(%out: memref<2x4xf32>) {
  %w = memref.get_global @weights : memref<2x4xf32>
  memref.copy %w, %out : memref<2x4xf32> to memref<2x4xf32>
  return
}

// -----

// Element types the runtime has no function for are copied per call into a
// device buffer, freed before the function returns.
memref.global "private" constant @flags : memref<4xi1> = dense<[true, false, true, true]>
// CHECK-LABEL: func.func @per_call
// CHECK:         %[[G:.*]] = memref.get_global @flags
// CHECK:         %[[D:.*]] = gpu.alloc () : memref<4xi1>
// CHECK:         gpu.memcpy %[[D]], %[[G]]
// CHECK:         gpu.memcpy %arg0, %[[D]]
// CHECK:         gpu.dealloc %[[D]]
// CHECK-NEXT:    return
func.func @per_call(%out: memref<4xi1>) {
  %w = memref.get_global @flags : memref<4xi1>
  memref.copy %w, %out : memref<4xi1> to memref<4xi1>
  return
}

// -----

// Rank 1 needs no reshape; two globals of one element type share one
// declaration, each read from its own device copy.
memref.global "private" constant @bias : memref<4xf32> = dense<1.0>
memref.global "private" constant @gain : memref<4xf32> = dense<2.0>
// CHECK-COUNT-1: func.func private @tesselDeviceConstant_f32
// CHECK-LABEL: func.func @two_globals
// CHECK:         %[[B:.*]] = memref.get_global @bias
// CHECK-NOT:     memref.collapse_shape
// CHECK:         %[[BD:.*]] = memref.cast %[[B]] : memref<4xf32> to memref<?xf32>
// CHECK:         %[[BC:.*]] = call @tesselDeviceConstant_f32(%[[BD]])
// CHECK:         %[[BS:.*]] = memref.cast %[[BC]] : memref<?xf32> to memref<4xf32>
// CHECK:         %[[G:.*]] = memref.get_global @gain
// CHECK:         %[[GC:.*]] = call @tesselDeviceConstant_f32
// CHECK:         %[[GS:.*]] = memref.cast %[[GC]]
// CHECK:         gpu.launch
// CHECK:           memref.load %[[BS]]
// CHECK:           memref.load %[[GS]]
// CHECK-NOT:     gpu.dealloc
func.func @two_globals(%out: memref<4xf32>) {
  %b = memref.get_global @bias : memref<4xf32>
  %g = memref.get_global @gain : memref<4xf32>
  %c1 = arith.constant 1 : index
  gpu.launch blocks(%bx, %by, %bz) in (%x = %c1, %y = %c1, %z = %c1)
             threads(%tx, %ty, %tz) in (%u = %c1, %v = %c1, %w = %c1) {
    %c0 = arith.constant 0 : index
    %l = memref.load %b[%c0] : memref<4xf32>
    %m = memref.load %g[%c0] : memref<4xf32>
    %s = arith.addf %l, %m : f32
    memref.store %s, %out[%c0] : memref<4xf32>
    gpu.terminator
  }
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
