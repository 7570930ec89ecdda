// RUN: tessel-opt %s --pass-pipeline="builtin.module(func.func(tessel-gpu-distribute-loops{block-size=128},sccp))" | FileCheck %s

// Both dimensions collapse into one of 5 * 333 = 1665 iterations, tiled by
// the block size: 128 threads with a bounds guard inside blocks of 128.
// CHECK-LABEL: func.func @two_dims
// CHECK-DAG:     %[[C1665:.*]] = arith.constant 1665 : index
// CHECK-DAG:     %[[C128:.*]] = arith.constant 128 : index
// CHECK:         scf.parallel (%[[B:.*]]) = (%{{.*}}) to (%[[C1665]]) step (%[[C128]])
// CHECK:           scf.parallel (%[[T:.*]]) = (%{{.*}}) to (%[[C128]])
// CHECK:             arith.cmpi ult, %{{.*}}, %[[C1665]]
// CHECK:             scf.if
// CHECK:               memref.load
// CHECK-NOT:     scf.parallel
func.func @two_dims(%a: memref<5x333xf32>, %b: memref<5x333xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c5 = arith.constant 5 : index
  %c333 = arith.constant 333 : index
  scf.parallel (%i, %j) = (%c0, %c0) to (%c5, %c333) step (%c1, %c1) {
    %x = memref.load %a[%i, %j] : memref<5x333xf32>
    memref.store %x, %b[%i, %j] : memref<5x333xf32>
    scf.reduce
  }
  return
}

// A loop shorter than a block is one block of exactly its length.
// CHECK-LABEL: func.func @short
// CHECK-DAG:     %[[C5:.*]] = arith.constant 5 : index
// CHECK:         scf.parallel (%{{.*}}) = (%{{.*}}) to (%[[C5]]) step (%[[C5]])
// CHECK:           scf.parallel (%{{.*}}) = (%{{.*}}) to (%[[C5]])
func.func @short(%a: memref<5xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c5 = arith.constant 5 : index
  %f = arith.constant 1.0 : f32
  scf.parallel (%i) = (%c0) to (%c5) step (%c1) {
    memref.store %f, %a[%i] : memref<5xf32>
    scf.reduce
  }
  return
}

// A reduction to a scalar that no parallel loop encloses runs as one device
// thread: it is wrapped in a one-iteration loop, not left to the host.
// CHECK-LABEL: func.func @scalar_reduction
// CHECK:         scf.parallel (%{{.*}}) = (%{{.*}}) to (%{{.*}}) step
// CHECK-NEXT:      scf.for
// CHECK:             memref.load
// CHECK:         return
func.func @scalar_reduction(%a: memref<64xf32>, %sum: memref<f32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c64 = arith.constant 64 : index
  scf.for %i = %c0 to %c64 step %c1 {
    %x = memref.load %a[%i] : memref<64xf32>
    %s = memref.load %sum[] : memref<f32>
    %y = arith.addf %x, %s : f32
    memref.store %y, %sum[] : memref<f32>
  }
  return
}

// A host loop that launches kernels stays on the host; only the parallel
// loop inside it is distributed.
// CHECK-LABEL: func.func @host_loop
// CHECK:         scf.for
// CHECK-NEXT:      scf.parallel
// CHECK:             scf.parallel
// CHECK:         return
func.func @host_loop(%a: memref<4x256xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c4 = arith.constant 4 : index
  %c256 = arith.constant 256 : index
  %f = arith.constant 1.0 : f32
  scf.for %i = %c0 to %c4 step %c1 {
    scf.parallel (%j) = (%c0) to (%c256) step (%c1) {
      memref.store %f, %a[%i, %j] : memref<4x256xf32>
      scf.reduce
    }
  }
  return
}

// Code without memory accesses is left alone.
// CHECK-LABEL: func.func @nothing
// CHECK-NOT:     scf.parallel
func.func @nothing(%x: f32) -> f32 {
  %y = arith.addf %x, %x : f32
  return %y : f32
}

// With register-block, a short parallel loop inside a thread's reduction
// loop (a register-blocked dimension) is unrolled; the outer loop is still
// distributed.
// torch-mlir's index check in an embedding lookup (one token: the loop is
// exactly one block, no bounds guard): the assert goes under an scf.if of
// its failure, which convert-parallel-loops-to-gpu accepts in a kernel.
// CHECK-LABEL: func.func @guarded_assert
// CHECK:         scf.parallel
// CHECK:           %[[OK:.*]] = arith.cmpi slt
// CHECK:           %[[BAD:.*]] = arith.xori %[[OK]], %true
// CHECK:           scf.if %[[BAD]] {
// CHECK-NEXT:        cf.assert %[[OK]], "index must be smaller than dim size"
// CHECK-NEXT:      }
// CHECK:           memref.load %{{.*}} : memref<64x32xf32>
func.func @guarded_assert(%ids: memref<1xi64>, %table: memref<64x32xf32>, %out: memref<32xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c32 = arith.constant 32 : index
  %c64 = arith.constant 64 : index
  scf.parallel (%j) = (%c0) to (%c32) step (%c1) {
    %id = memref.load %ids[%c0] : memref<1xi64>
    %i = arith.index_cast %id : i64 to index
    %ok = arith.cmpi slt, %i, %c64 : index
    cf.assert %ok, "index must be smaller than dim size"
    %x = memref.load %table[%i, %j] : memref<64x32xf32>
    memref.store %x, %out[%j] : memref<32xf32>
    scf.reduce
  }
  return
}

// RUN: tessel-opt %s --pass-pipeline="builtin.module(func.func(tessel-gpu-distribute-loops{register-block=4}))" | FileCheck %s --check-prefix=UNROLL
// CHECK-LABEL: func.func @register_block
// UNROLL-LABEL: func.func @register_block
// UNROLL:         scf.parallel
// UNROLL:           scf.parallel
// UNROLL:             scf.for
// UNROLL-NOT:           scf.parallel
// UNROLL-COUNT-3:       memref.store
func.func @register_block(%a: memref<8x64xf32>, %out: memref<3x64xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c3 = arith.constant 3 : index
  %c8 = arith.constant 8 : index
  %c64 = arith.constant 64 : index
  scf.parallel (%n) = (%c0) to (%c64) step (%c1) {
    scf.for %k = %c0 to %c8 step %c1 {
      scf.parallel (%m) = (%c0) to (%c3) step (%c1) {
        %x = memref.load %a[%k, %n] : memref<8x64xf32>
        %acc = memref.load %out[%m, %n] : memref<3x64xf32>
        %s = arith.addf %acc, %x : f32
        memref.store %s, %out[%m, %n] : memref<3x64xf32>
        scf.reduce
      }
    }
    scf.reduce
  }
  return
}

// -----

// A loose load, the arithmetic on it and the store of the result run as one
// device thread (a one-element generic leaves such a chain): the loaded
// value never crosses from one kernel to another. The address arithmetic
// stays on the host.
// CHECK-LABEL: func.func @load_add_store
// CHECK:         arith.subi
// CHECK:         scf.parallel
// CHECK:           memref.load
// CHECK:           memref.load
// CHECK:           arith.addf
// CHECK:           memref.store
// CHECK-NOT:     scf.parallel
func.func @load_add_store(%a: memref<8xf32>, %k: index) {
  %c1 = arith.constant 1 : index
  %p = arith.subi %k, %c1 : index
  %x = memref.load %a[%p] : memref<8xf32>
  %y = memref.load %a[%k] : memref<8xf32>
  %s = arith.addf %x, %y : f32
  memref.store %s, %a[%k] : memref<8xf32>
  return
}

// -----

// A decode step's position, loaded on the host from an argument nothing
// writes and used (with the arithmetic on it) only inside kernels: each
// kernel loads it itself, and the host load is gone. A gpu.launch (a
// dedicated kernel) and a parallel loop both get their own copy.
// CHECK-LABEL: func.func @position_into_kernels
// CHECK-NOT:     memref.load
// CHECK:         gpu.launch
// CHECK:           %[[P:.*]] = memref.load %arg0
// CHECK:           %[[I:.*]] = arith.index_cast %[[P]]
// CHECK:           arith.addi %[[I]]
// CHECK:           memref.store
// CHECK:         scf.parallel
// CHECK:           memref.load %arg0
// CHECK:           arith.index_cast
func.func @position_into_kernels(%pos: memref<1xi64>, %out: memref<64xindex>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c3 = arith.constant 3 : index
  %c64 = arith.constant 64 : index
  %p = memref.load %pos[%c0] : memref<1xi64>
  %i = arith.index_cast %p : i64 to index
  %off = arith.addi %i, %c3 : index
  gpu.launch blocks(%bx, %by, %bz) in (%gx = %c1, %gy = %c1, %gz = %c1)
             threads(%tx, %ty, %tz) in (%sx = %c64, %sy = %c1, %sz = %c1) {
    %v = arith.addi %off, %tx : index
    memref.store %v, %out[%tx] : memref<64xindex>
    gpu.terminator
  }
  scf.parallel (%j) = (%c0) to (%c64) step (%c1) {
    %w = arith.muli %i, %j : index
    memref.store %w, %out[%j] : memref<64xindex>
    scf.reduce
  }
  return
}

// -----

// The same load from an argument that a kernel writes: the value of the
// time of the load reaches the kernel through a one-element buffer, stored
// by a kernel of its own.
// CHECK-LABEL: func.func @written_argument
// CHECK:         %[[SNAP:.*]] = memref.alloc() : memref<1xindex>
// CHECK:         scf.parallel
// CHECK:           %[[P:.*]] = memref.load %arg0
// CHECK:           memref.store %[[P]], %[[SNAP]]
// CHECK:         gpu.launch
// CHECK:           memref.load %[[SNAP]]
// CHECK:           memref.store %{{.*}}, %arg0
// CHECK:         memref.dealloc %[[SNAP]]
func.func @written_argument(%pos: memref<1xindex>, %out: memref<64xindex>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c64 = arith.constant 64 : index
  %p = memref.load %pos[%c0] : memref<1xindex>
  gpu.launch blocks(%bx, %by, %bz) in (%gx = %c1, %gy = %c1, %gz = %c1)
             threads(%tx, %ty, %tz) in (%sx = %c64, %sy = %c1, %sz = %c1) {
    memref.store %tx, %pos[%c0] : memref<1xindex>
    %v = arith.addi %p, %tx : index
    memref.store %v, %out[%tx] : memref<64xindex>
    gpu.terminator
  }
  return
}
