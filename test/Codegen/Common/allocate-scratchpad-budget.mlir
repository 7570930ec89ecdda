// RUN: tessel-opt %s --tessel-allocate-scratchpad="budget=300 shared-budget=1024" --split-input-file --verify-diagnostics

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

// -----

// A kernel's shared memory over its budget: the same kind of error, on the
// launch.
func.func @shared_budget(%x: memref<256xf32>) {
  %c1 = arith.constant 1 : index
  // expected-error @below {{shared memory budget exceeded: the 2 buffers of this kernel need 1536 bytes at peak (no packing needs less than 1536), the budget is 1024 bytes}}
  gpu.launch blocks(%bx, %by, %bz) in (%gx = %c1, %gy = %c1, %gz = %c1)
             threads(%tx, %ty, %tz) in (%sx = %c1, %sy = %c1, %sz = %c1) {
    %a = memref.alloc() : memref<256xf32, #gpu.address_space<workgroup>>
    %b = memref.alloc() : memref<128xf32, #gpu.address_space<workgroup>>
    %v = memref.load %x[%tx] : memref<256xf32>
    memref.store %v, %a[%tx] : memref<256xf32, #gpu.address_space<workgroup>>
    memref.store %v, %b[%tx] : memref<128xf32, #gpu.address_space<workgroup>>
    gpu.terminator
  }
  return
}
