// RUN: tessel-opt %s --pass-pipeline="builtin.module(func.func(tessel-streaming-stores{min-bytes=4096}))" --split-input-file | FileCheck %s

// The last pass over a 16 KiB output (min-bytes lowered to 4 KiB): each
// row's loop reads and rewrites its own 256-element tile, so the write
// becomes a non-temporal store of 1 KiB (16 lines) in a copy of the loop
// taken where the output is 64-byte aligned; the loop as it was otherwise.
// CHECK-LABEL: func.func @last_pass
// CHECK:         scf.forall
// CHECK:           %[[PTR:.*]] = memref.extract_aligned_pointer_as_index %arg1
// CHECK:           %[[REM:.*]] = arith.remui %[[PTR]], %c64
// CHECK:           %[[ALIGNED:.*]] = arith.cmpi eq, %[[REM]], %c0
// CHECK:           scf.if %[[ALIGNED]] {
// CHECK:             scf.for
// CHECK:               %[[V:.*]] = vector.shape_cast %{{.*}} : vector<1x256xf32> to vector<256xf32>
// CHECK:               vector.store %[[V]], %{{.*}} {alignment = 64 : i64, nontemporal = true}
// CHECK:             }
// CHECK-NEXT:        llvm.fence seq_cst
// CHECK:           } else {
// CHECK:             scf.for
// CHECK:               vector.transfer_write
// CHECK:           }
func.func @last_pass(%in: memref<16x256xf32>, %out: memref<16x256xf32>) {
  %c0 = arith.constant 0 : index
  %c256 = arith.constant 256 : index
  %pad = arith.constant 0.0 : f32
  %two = arith.constant dense<2.0> : vector<1x256xf32>
  scf.forall (%r) in (16) {
    %row = memref.subview %out[%r, 0] [1, 256] [1, 1] : memref<16x256xf32> to memref<1x256xf32, strided<[256, 1], offset: ?>>
    scf.for %c = %c0 to %c256 step %c256 {
      %tile = memref.subview %row[0, %c] [1, 256] [1, 1] : memref<1x256xf32, strided<[256, 1], offset: ?>> to memref<1x256xf32, strided<[256, 1], offset: ?>>
      %v = vector.transfer_read %tile[%c0, %c0], %pad {in_bounds = [true, true]} : memref<1x256xf32, strided<[256, 1], offset: ?>>, vector<1x256xf32>
      %w = arith.mulf %v, %two : vector<1x256xf32>
      vector.transfer_write %w, %tile[%c0, %c0] {in_bounds = [true, true]} : vector<1x256xf32>, memref<1x256xf32, strided<[256, 1], offset: ?>>
    }
  }
  return
}

// -----

// Not taken: an output below min-bytes; a write the function reads again
// later (an earlier pass); a write whose offset is not a whole line (rows
// of 100 elements); a write inside a sequential loop over rows; a loop
// that reads the output elsewhere than the tile it writes.
// CHECK-LABEL: func.func @not_taken
// CHECK-NOT:     nontemporal
// CHECK:         return
func.func @not_taken(%small: memref<8x16xf32>, %out: memref<16x256xf32>,
                     %odd: memref<64x100xf32>, %seq: memref<16x256xf32>,
                     %other: memref<16x256xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c16 = arith.constant 16 : index
  %c100 = arith.constant 100 : index
  %c256 = arith.constant 256 : index
  %pad = arith.constant 0.0 : f32
  %v16 = arith.constant dense<1.0> : vector<1x16xf32>
  %v256 = arith.constant dense<1.0> : vector<1x256xf32>
  %v100 = arith.constant dense<1.0> : vector<1x100xf32>
  scf.forall (%r) in (8) {
    scf.for %c = %c0 to %c16 step %c16 {
      %t = memref.subview %small[%r, %c] [1, 16] [1, 1] : memref<8x16xf32> to memref<1x16xf32, strided<[16, 1], offset: ?>>
      vector.transfer_write %v16, %t[%c0, %c0] {in_bounds = [true, true]} : vector<1x16xf32>, memref<1x16xf32, strided<[16, 1], offset: ?>>
    }
  }
  scf.forall (%r) in (16) {
    scf.for %c = %c0 to %c256 step %c256 {
      %t = memref.subview %out[%r, %c] [1, 256] [1, 1] : memref<16x256xf32> to memref<1x256xf32, strided<[256, 1], offset: ?>>
      vector.transfer_write %v256, %t[%c0, %c0] {in_bounds = [true, true]} : vector<1x256xf32>, memref<1x256xf32, strided<[256, 1], offset: ?>>
    }
    %again = vector.transfer_read %out[%r, %c0], %pad {in_bounds = [true, true]} : memref<16x256xf32>, vector<1x256xf32>
  }
  scf.forall (%r) in (64) {
    scf.for %c = %c0 to %c100 step %c100 {
      %t = memref.subview %odd[%r, %c] [1, 100] [1, 1] : memref<64x100xf32> to memref<1x100xf32, strided<[100, 1], offset: ?>>
      vector.transfer_write %v100, %t[%c0, %c0] {in_bounds = [true, true]} : vector<1x100xf32>, memref<1x100xf32, strided<[100, 1], offset: ?>>
    }
  }
  scf.for %r = %c0 to %c16 step %c1 {
    scf.for %c = %c0 to %c256 step %c256 {
      %t = memref.subview %seq[%r, %c] [1, 256] [1, 1] : memref<16x256xf32> to memref<1x256xf32, strided<[256, 1], offset: ?>>
      vector.transfer_write %v256, %t[%c0, %c0] {in_bounds = [true, true]} : vector<1x256xf32>, memref<1x256xf32, strided<[256, 1], offset: ?>>
    }
  }
  scf.forall (%r) in (16) {
    scf.for %c = %c0 to %c256 step %c256 {
      %t = memref.subview %other[%r, %c] [1, 256] [1, 1] : memref<16x256xf32> to memref<1x256xf32, strided<[256, 1], offset: ?>>
      %first = vector.transfer_read %other[%c0, %c0], %pad {in_bounds = [true, true]} : memref<16x256xf32>, vector<1x256xf32>
      vector.transfer_write %first, %t[%c0, %c0] {in_bounds = [true, true]} : vector<1x256xf32>, memref<1x256xf32, strided<[256, 1], offset: ?>>
    }
  }
  return
}
