// Plain GEMMs that take panels of B (tessel-vectorize-contractions'
// packed path) against the float64 reference, with the register blocks of
// each vector ISA (whatever the machine running the test; a block sized for
// a wider ISA is still correct code): rows that are not a multiple of the
// register block's (the rest in one smaller block over the same panels),
// K that is not a multiple of the K block (a divisor is taken), columns
// that are not a multiple of the panel's (peeled off), few columns (blocks
// of rows in parallel instead), and a prime K.

// RUN: tessel-run %s --seed=5 --check --vector-isa=avx2 | FileCheck %s
// RUN: tessel-run %s --seed=6 --check --vector-isa=avx512 | FileCheck %s
// RUN: tessel-run %s --seed=7 --check --vector-isa=sse | FileCheck %s
// RUN: not tessel-run %s --vector-isa=neon 2>&1 | FileCheck %s --check-prefix=BAD
// CHECK-NOT: FAIL
// BAD: unknown vector-isa 'neon'

// CHECK: check rows_rest result 0 {{.*}} ok
func.func @rows_rest(%a: tensor<7x300xf32>, %b: tensor<300x48xf32>) -> tensor<7x48xf32> {
  %z = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<7x48xf32>
  %f = linalg.fill ins(%z : f32) outs(%e : tensor<7x48xf32>) -> tensor<7x48xf32>
  %r = linalg.matmul ins(%a, %b : tensor<7x300xf32>, tensor<300x48xf32>) outs(%f : tensor<7x48xf32>) -> tensor<7x48xf32>
  return %r : tensor<7x48xf32>
}

// CHECK: check panels result 0 {{.*}} ok
func.func @panels(%a: tensor<64x512xf32>, %b: tensor<512x96xf32>) -> tensor<64x96xf32> {
  %z = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<64x96xf32>
  %f = linalg.fill ins(%z : f32) outs(%e : tensor<64x96xf32>) -> tensor<64x96xf32>
  %r = linalg.matmul ins(%a, %b : tensor<64x512xf32>, tensor<512x96xf32>) outs(%f : tensor<64x96xf32>) -> tensor<64x96xf32>
  return %r : tensor<64x96xf32>
}

// CHECK: check odd result 0 {{.*}} ok
func.func @odd(%a: tensor<130x520xf32>, %b: tensor<520x1001xf32>) -> tensor<130x1001xf32> {
  %z = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<130x1001xf32>
  %f = linalg.fill ins(%z : f32) outs(%e : tensor<130x1001xf32>) -> tensor<130x1001xf32>
  %r = linalg.matmul ins(%a, %b : tensor<130x520xf32>, tensor<520x1001xf32>) outs(%f : tensor<130x1001xf32>) -> tensor<130x1001xf32>
  return %r : tensor<130x1001xf32>
}

// CHECK: check tall result 0 {{.*}} ok
func.func @tall(%a: tensor<390x64xf32>, %b: tensor<64x16xf32>) -> tensor<390x16xf32> {
  %z = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<390x16xf32>
  %f = linalg.fill ins(%z : f32) outs(%e : tensor<390x16xf32>) -> tensor<390x16xf32>
  %r = linalg.matmul ins(%a, %b : tensor<390x64xf32>, tensor<64x16xf32>) outs(%f : tensor<390x16xf32>) -> tensor<390x16xf32>
  return %r : tensor<390x16xf32>
}

// CHECK: check k_prime result 0 {{.*}} ok
func.func @k_prime(%a: tensor<12x97xf32>, %b: tensor<97x64xf32>) -> tensor<12x64xf32> {
  %z = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<12x64xf32>
  %f = linalg.fill ins(%z : f32) outs(%e : tensor<12x64xf32>) -> tensor<12x64xf32>
  %r = linalg.matmul ins(%a, %b : tensor<12x97xf32>, tensor<97x64xf32>) outs(%f : tensor<12x64xf32>) -> tensor<12x64xf32>
  return %r : tensor<12x64xf32>
}

// Accumulating into a result that is an argument (not zeros).
// CHECK: check accumulate result 0 {{.*}} ok
func.func @accumulate(%a: tensor<20x256xf32>, %b: tensor<256x64xf32>, %c: tensor<20x64xf32>) -> tensor<20x64xf32> {
  %r = linalg.matmul ins(%a, %b : tensor<20x256xf32>, tensor<256x64xf32>) outs(%c : tensor<20x64xf32>) -> tensor<20x64xf32>
  return %r : tensor<20x64xf32>
}

// B held as [N, K] (x W^T with W an argument): its K blocks are transposed
// into the same panels.
// CHECK: check transposed result 0 {{.*}} ok
func.func @transposed(%a: tensor<70x264xf32>, %bt: tensor<96x264xf32>) -> tensor<70x96xf32> {
  %z = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<70x96xf32>
  %f = linalg.fill ins(%z : f32) outs(%e : tensor<70x96xf32>) -> tensor<70x96xf32>
  %r = linalg.matmul indexing_maps = [affine_map<(m, n, k) -> (m, k)>, affine_map<(m, n, k) -> (n, k)>, affine_map<(m, n, k) -> (m, n)>]
         ins(%a, %bt : tensor<70x264xf32>, tensor<96x264xf32>) outs(%f : tensor<70x96xf32>) -> tensor<70x96xf32>
  return %r : tensor<70x96xf32>
}

// The same with N not a multiple of the panel's columns: dot products.
// CHECK: check transposed_odd result 0 {{.*}} ok
func.func @transposed_odd(%a: tensor<13x64xf32>, %bt: tensor<40x64xf32>) -> tensor<13x40xf32> {
  %z = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<13x40xf32>
  %f = linalg.fill ins(%z : f32) outs(%e : tensor<13x40xf32>) -> tensor<13x40xf32>
  %r = linalg.matmul indexing_maps = [affine_map<(m, n, k) -> (m, k)>, affine_map<(m, n, k) -> (n, k)>, affine_map<(m, n, k) -> (m, n)>]
         ins(%a, %bt : tensor<13x64xf32>, tensor<40x64xf32>) outs(%f : tensor<13x40xf32>) -> tensor<13x40xf32>
  return %r : tensor<13x40xf32>
}

// No more rows than a register block (a decode step's projection): K
// outermost in steps of a divisor of 8 (5 here), whole rows of B per step.
// CHECK: check rows_of_b result 0 {{.*}} ok
func.func @rows_of_b(%a: tensor<5x100xf32>, %b: tensor<100x64xf32>) -> tensor<5x64xf32> {
  %z = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<5x64xf32>
  %f = linalg.fill ins(%z : f32) outs(%e : tensor<5x64xf32>) -> tensor<5x64xf32>
  %r = linalg.matmul ins(%a, %b : tensor<5x100xf32>, tensor<100x64xf32>) outs(%f : tensor<5x64xf32>) -> tensor<5x64xf32>
  return %r : tensor<5x64xf32>
}
