// RUN: tessel-opt %s --tessel-allocate-scratchpad --split-input-file --verify-diagnostics | FileCheck %s

// %a and %c are never live together and share bytes 512..767; %b (viewed
// by a subview that extends its life) takes 0..511: peak 768 of 1024.
// CHECK-LABEL: func.func @temps
// CHECK:         %[[ARENA:.*]] = memref.alloc() {alignment = 64 : i64} : memref<768xi8>
// CHECK:         memref.view %[[ARENA]][%c512{{.*}}][] : memref<768xi8> to memref<64xf32>
// CHECK:         memref.view %[[ARENA]][%c0{{.*}}][] : memref<768xi8> to memref<128xf32>
// CHECK:         memref.view %[[ARENA]][%c512{{.*}}][] : memref<768xi8> to memref<64xf32>
// CHECK-NOT:     memref.alloc()
func.func @temps(%x: memref<64xf32>, %y: memref<64xf32>) {
  // expected-remark @below {{scratchpad: 3 buffers, peak 768 bytes (naive 1024, lower bound 768, optimal)}}
  %a = memref.alloc() : memref<64xf32>
  %b = memref.alloc() : memref<128xf32>
  linalg.copy ins(%x : memref<64xf32>) outs(%a : memref<64xf32>)
  %sv = memref.subview %b[0] [64] [1] : memref<128xf32> to memref<64xf32, strided<[1]>>
  linalg.copy ins(%a : memref<64xf32>) outs(%sv : memref<64xf32, strided<[1]>>)
  %c = memref.alloc() : memref<64xf32>
  linalg.copy ins(%sv : memref<64xf32, strided<[1]>>) outs(%c : memref<64xf32>)
  linalg.copy ins(%c : memref<64xf32>) outs(%y : memref<64xf32>)
  return
}

// -----

// A returned buffer, a dynamically shaped one and a sub-byte one stay
// allocations; with one temporary left there is nothing to pack.
// CHECK-LABEL: func.func @kept
// CHECK-COUNT-4: memref.alloc
// CHECK-NOT:     memref.view
func.func @kept(%n: index) -> memref<16xf32> {
  %r = memref.alloc() : memref<16xf32>
  %d = memref.alloc(%n) : memref<?xf32>
  %i = memref.alloc() : memref<8xi4>
  %t = memref.alloc() : memref<16xf32>
  linalg.copy ins(%t : memref<16xf32>) outs(%r : memref<16xf32>)
  return %r : memref<16xf32>
}

// -----

// A buffer that becomes a tensor outlives the block (the tensor escapes):
// it stays an allocation, while the two temporaries share the arena.
// CHECK-LABEL: func.func @to_tensor
// CHECK:         memref.alloc() {alignment = 64 : i64} : memref<64xi8>
// CHECK:         memref.view
// CHECK:         %[[OUT:.*]] = memref.alloc() : memref<16xf32>
// CHECK:         bufferization.to_tensor %[[OUT]]
func.func @to_tensor(%x: memref<16xf32>) -> tensor<16xf32> {
  // expected-remark @below {{scratchpad: 2 buffers, peak 64 bytes (naive 128, lower bound 64, optimal)}}
  %a = memref.alloc() : memref<16xf32>
  %out = memref.alloc() : memref<16xf32>
  linalg.copy ins(%x : memref<16xf32>) outs(%a : memref<16xf32>)
  linalg.copy ins(%a : memref<16xf32>) outs(%out : memref<16xf32>)
  %b = memref.alloc() : memref<16xf32>
  linalg.copy ins(%out : memref<16xf32>) outs(%b : memref<16xf32>)
  linalg.copy ins(%b : memref<16xf32>) outs(%x : memref<16xf32>)
  %t = bufferization.to_tensor %out restrict writable : memref<16xf32> to tensor<16xf32>
  return %t : tensor<16xf32>
}

// -----

// The arena takes the strictest alignment of its buffers, and a
// deallocation through a view of a buffer goes with the buffer.
// CHECK-LABEL: func.func @aligned
// CHECK:         memref.alloc() {alignment = 256 : i64} : memref<128xi8>
// CHECK-NOT:     memref.dealloc
func.func @aligned(%x: memref<16xf32>) {
  // expected-remark @below {{scratchpad: 2 buffers, peak 128 bytes (naive 128, lower bound 128, optimal)}}
  %a = memref.alloc() {alignment = 256 : i64} : memref<16xf32>
  %b = memref.alloc() : memref<16xf32>
  linalg.copy ins(%x : memref<16xf32>) outs(%a : memref<16xf32>)
  linalg.copy ins(%a : memref<16xf32>) outs(%b : memref<16xf32>)
  linalg.copy ins(%b : memref<16xf32>) outs(%x : memref<16xf32>)
  %c = memref.cast %a : memref<16xf32> to memref<?xf32>
  memref.dealloc %c : memref<?xf32>
  return
}
