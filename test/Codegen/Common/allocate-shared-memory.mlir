// RUN: tessel-opt %s --tessel-allocate-scratchpad --split-input-file --verify-diagnostics | FileCheck %s

// Workgroup buffers of a kernel become views into its dynamic shared
// memory. %a is last used before the barrier and %c first used after it:
// they share bytes. %b is used on both sides of the barrier: it cannot.
// CHECK-LABEL: func.func @barrier_separates
// CHECK:         gpu.launch {{.*}} dynamic_shared_memory_size %c1536_i32
// CHECK:           %[[RAW:.*]] = gpu.dynamic_shared_memory : memref<?xi8, #gpu.address_space<workgroup>>
// CHECK-DAG:       memref.view %[[RAW]][%c0{{.*}}][] : {{.*}} to memref<256xf32, #gpu.address_space<workgroup>>
// CHECK-DAG:       memref.view %[[RAW]][%c1024{{.*}}][] : {{.*}} to memref<128xf32, #gpu.address_space<workgroup>>
// CHECK-DAG:       memref.view %[[RAW]][%c0{{.*}}][] : {{.*}} to memref<64xi32, #gpu.address_space<workgroup>>
// CHECK-NOT:       memref.alloc
func.func @barrier_separates(%x: memref<256xf32>) {
  %c1 = arith.constant 1 : index
  %c0 = arith.constant 0 : index
  // expected-remark @below {{shared memory: 3 buffers, peak 1536 bytes (naive 1792, lower bound 1536, optimal)}}
  gpu.launch blocks(%bx, %by, %bz) in (%gx = %c1, %gy = %c1, %gz = %c1)
             threads(%tx, %ty, %tz) in (%sx = %c1, %sy = %c1, %sz = %c1) {
    %a = memref.alloc() : memref<256xf32, #gpu.address_space<workgroup>>
    %b = memref.alloc() : memref<128xf32, #gpu.address_space<workgroup>>
    %c = memref.alloc() : memref<64xi32, #gpu.address_space<workgroup>>
    %v = memref.load %x[%tx] : memref<256xf32>
    memref.store %v, %a[%tx] : memref<256xf32, #gpu.address_space<workgroup>>
    memref.store %v, %b[%tx] : memref<128xf32, #gpu.address_space<workgroup>>
    gpu.barrier
    %w = memref.load %b[%tx] : memref<128xf32, #gpu.address_space<workgroup>>
    %i = arith.fptosi %w : f32 to i32
    memref.store %i, %c[%tx] : memref<64xi32, #gpu.address_space<workgroup>>
    gpu.terminator
  }
  return
}

// -----

// Without a barrier between them two buffers never share bytes, however
// far apart their uses are; only barriers at the top level of the kernel
// count. Bytes the launch already declared (300) come first, rounded up to
// the strictest alignment (an allocation's 128 bytes, above the pass's 64).
// CHECK-LABEL: func.func @no_barrier
// CHECK:         gpu.launch {{.*}} dynamic_shared_memory_size %c896_i32
// CHECK:           %[[RAW:.*]] = gpu.dynamic_shared_memory
// CHECK-DAG:       memref.view %[[RAW]][%c384{{.*}}][] : {{.*}} to memref<64xf32, #gpu.address_space<workgroup>>
// CHECK-DAG:       memref.view %[[RAW]][%c640{{.*}}][] : {{.*}} to memref<64xf32, #gpu.address_space<workgroup>>
func.func @no_barrier(%x: memref<64xf32>, %n: index) {
  %c1 = arith.constant 1 : index
  %c0 = arith.constant 0 : index
  %shared = arith.constant 300 : i32
  // expected-remark @below {{shared memory: 2 buffers, peak 512 bytes (naive 512, lower bound 512, optimal)}}
  gpu.launch blocks(%bx, %by, %bz) in (%gx = %c1, %gy = %c1, %gz = %c1)
             threads(%tx, %ty, %tz) in (%sx = %c1, %sy = %c1, %sz = %c1)
             dynamic_shared_memory_size %shared {
    %a = memref.alloc() {alignment = 128 : i64} : memref<64xf32, #gpu.address_space<workgroup>>
    %b = memref.alloc() : memref<64xf32, #gpu.address_space<workgroup>>
    scf.for %k = %c0 to %n step %c1 {
      %v = memref.load %x[%k] : memref<64xf32>
      memref.store %v, %a[%tx] : memref<64xf32, #gpu.address_space<workgroup>>
      gpu.barrier
    }
    %w = memref.load %x[%tx] : memref<64xf32>
    memref.store %w, %b[%tx] : memref<64xf32, #gpu.address_space<workgroup>>
    gpu.terminator
  }
  return
}

// -----

// A buffer that leaves its uses (yielded by an scf.if) is live throughout
// the kernel, so it shares bytes with nothing even across a barrier.
// CHECK-LABEL: func.func @yielded
// CHECK:         dynamic_shared_memory_size %c512_i32
func.func @yielded(%x: memref<64xf32>, %p: i1) {
  %c1 = arith.constant 1 : index
  // expected-remark @below {{shared memory: 2 buffers, peak 512 bytes (naive 512, lower bound 512, optimal)}}
  gpu.launch blocks(%bx, %by, %bz) in (%gx = %c1, %gy = %c1, %gz = %c1)
             threads(%tx, %ty, %tz) in (%sx = %c1, %sy = %c1, %sz = %c1) {
    %a = memref.alloc() : memref<64xf32, #gpu.address_space<workgroup>>
    %b = memref.alloc() : memref<64xf32, #gpu.address_space<workgroup>>
    %v = memref.load %x[%tx] : memref<64xf32>
    %r = scf.if %p -> memref<64xf32, #gpu.address_space<workgroup>> {
      scf.yield %a : memref<64xf32, #gpu.address_space<workgroup>>
    } else {
      scf.yield %a : memref<64xf32, #gpu.address_space<workgroup>>
    }
    memref.store %v, %r[%tx] : memref<64xf32, #gpu.address_space<workgroup>>
    gpu.barrier
    memref.store %v, %b[%tx] : memref<64xf32, #gpu.address_space<workgroup>>
    gpu.terminator
  }
  return
}

// -----

// Host buffers and private buffers inside a kernel are not shared memory;
// a kernel without workgroup buffers is left alone.
// CHECK-LABEL: func.func @untouched
// CHECK:         gpu.launch
// CHECK-NOT:     dynamic_shared_memory
// CHECK:         memref.alloca() : memref<4xf32>
func.func @untouched(%x: memref<64xf32>) {
  %c1 = arith.constant 1 : index
  gpu.launch blocks(%bx, %by, %bz) in (%gx = %c1, %gy = %c1, %gz = %c1)
             threads(%tx, %ty, %tz) in (%sx = %c1, %sy = %c1, %sz = %c1) {
    %a = memref.alloca() : memref<4xf32>
    %v = memref.load %x[%tx] : memref<64xf32>
    memref.store %v, %a[%tx] : memref<4xf32>
    gpu.terminator
  }
  return
}

// -----

// A workgroup buffer of dynamic size cannot be placed.
func.func @dynamic(%n: index) {
  %c1 = arith.constant 1 : index
  gpu.launch blocks(%bx, %by, %bz) in (%gx = %c1, %gy = %c1, %gz = %c1)
             threads(%tx, %ty, %tz) in (%sx = %c1, %sy = %c1, %sz = %c1) {
    // expected-error @below {{shared-memory buffer 'memref<?xf32, #gpu.address_space<workgroup>>' cannot be placed: it needs a static shape, an identity layout and whole-byte elements}}
    %a = memref.alloc(%n) : memref<?xf32, #gpu.address_space<workgroup>>
    gpu.terminator
  }
  return
}
