// RUN: tessel-opt %s --tessel-allocate-scratchpad=budget=300 --verify-diagnostics

// Over budget: a clear error with what was needed.
func.func @budget(%x: memref<64xf32>) {
  // expected-error @below {{scratchpad budget exceeded: the 2 temporaries of this block need 512 bytes at peak (no packing needs less than 512), the budget is 300 bytes}}
  %a = memref.alloc() : memref<64xf32>
  %b = memref.alloc() : memref<64xf32>
  linalg.copy ins(%x : memref<64xf32>) outs(%a : memref<64xf32>)
  linalg.copy ins(%a : memref<64xf32>) outs(%b : memref<64xf32>)
  linalg.copy ins(%b : memref<64xf32>) outs(%x : memref<64xf32>)
  return
}
