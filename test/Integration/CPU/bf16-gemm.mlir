// bf16 GEMMs against the float64 reference. On a machine with AVX512-BF16
// (`host` then names it) they run on vdpbf16ps (tessel-vectorize-contractions'
// dot-product kernel); with --vector-isa=avx512 the same functions take the
// f32 FMA path (bf16 arithmetic emulated in f32), which must agree. Edge
// cases: rows that are not a multiple of the register block (13), no more
// rows than one (1, 5: B read in place), K not a
// multiple of the K block (300: blocks of 150), an odd K (no pairs: the FMA
// path), columns that are not a multiple of the panel (48: 32 + 16 peeled
// off), few columns (blocks of rows in parallel) and a bf16 result
// (accumulated in f32, rounded once). The kernel's code:
// test/Codegen/CPU/vectorize-contractions-bf16.mlir.

// RUN: tessel-run %s --seed=11 --check | FileCheck %s
// RUN: tessel-run %s --seed=12 --check --vector-isa=avx512 | FileCheck %s
// RUN: %if avx512bf16 %{ tessel-run %s --seed=13 --check --vector-isa=avx512bf16 | FileCheck %s %}
// CHECK-NOT: FAIL

// CHECK: check f32_result result 0 {{.*}} ok
func.func @f32_result(%a: tensor<40x300xbf16>, %b: tensor<300x256xbf16>) -> tensor<40x256xf32> {
  %z = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<40x256xf32>
  %f = linalg.fill ins(%z : f32) outs(%e : tensor<40x256xf32>) -> tensor<40x256xf32>
  %r = linalg.matmul ins(%a, %b : tensor<40x300xbf16>, tensor<300x256xbf16>) outs(%f : tensor<40x256xf32>) -> tensor<40x256xf32>
  return %r : tensor<40x256xf32>
}

// CHECK: check bf16_result result 0 {{.*}} ok
func.func @bf16_result(%a: tensor<13x96xbf16>, %b: tensor<96x128xbf16>, %c: tensor<13x128xbf16>) -> tensor<13x128xbf16> {
  %r = linalg.matmul ins(%a, %b : tensor<13x96xbf16>, tensor<96x128xbf16>) outs(%c : tensor<13x128xbf16>) -> tensor<13x128xbf16>
  return %r : tensor<13x128xbf16>
}

// CHECK: check one_row result 0 {{.*}} ok
func.func @one_row(%a: tensor<1x64xbf16>, %b: tensor<64x512xbf16>) -> tensor<1x512xf32> {
  %z = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<1x512xf32>
  %f = linalg.fill ins(%z : f32) outs(%e : tensor<1x512xf32>) -> tensor<1x512xf32>
  %r = linalg.matmul ins(%a, %b : tensor<1x64xbf16>, tensor<64x512xbf16>) outs(%f : tensor<1x512xf32>) -> tensor<1x512xf32>
  return %r : tensor<1x512xf32>
}

// 32 columns on the kernel, 16 on the FMA path.
// CHECK: check peeled_columns result 0 {{.*}} ok
func.func @peeled_columns(%a: tensor<9x96xbf16>, %b: tensor<96x48xbf16>) -> tensor<9x48xf32> {
  %z = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<9x48xf32>
  %f = linalg.fill ins(%z : f32) outs(%e : tensor<9x48xf32>) -> tensor<9x48xf32>
  %r = linalg.matmul ins(%a, %b : tensor<9x96xbf16>, tensor<96x48xbf16>) outs(%f : tensor<9x48xf32>) -> tensor<9x48xf32>
  return %r : tensor<9x48xf32>
}

// An odd K has no pairs of steps: not the kernel.
// CHECK: check odd_depth result 0 {{.*}} ok
func.func @odd_depth(%a: tensor<16x65xbf16>, %b: tensor<65x64xbf16>) -> tensor<16x64xf32> {
  %z = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<16x64xf32>
  %f = linalg.fill ins(%z : f32) outs(%e : tensor<16x64xf32>) -> tensor<16x64xf32>
  %r = linalg.matmul ins(%a, %b : tensor<16x65xbf16>, tensor<65x64xbf16>) outs(%f : tensor<16x64xf32>) -> tensor<16x64xf32>
  return %r : tensor<16x64xf32>
}

// Few column blocks: blocks of rows run in parallel as well.
// CHECK: check row_blocks result 0 {{.*}} ok
func.func @row_blocks(%a: tensor<192x128xbf16>, %b: tensor<128x32xbf16>) -> tensor<192x32xf32> {
  %z = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<192x32xf32>
  %f = linalg.fill ins(%z : f32) outs(%e : tensor<192x32xf32>) -> tensor<192x32xf32>
  %r = linalg.matmul ins(%a, %b : tensor<192x128xbf16>, tensor<128x32xbf16>) outs(%f : tensor<192x32xf32>) -> tensor<192x32xf32>
  return %r : tensor<192x32xf32>
}

// B held as [n, k] (x W^T, weights an argument): chunks of pairs of K
// steps transposed as 32-bit words into the panels. K = 300 takes blocks
// of 150 (75 pairs: chunks of 15); 40 rows = 5 blocks of 8.
// CHECK: check transposed_rhs result 0 {{.*}} ok
func.func @transposed_rhs(%a: tensor<40x300xbf16>, %w: tensor<96x300xbf16>) -> tensor<40x96xf32> {
  %z = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<40x96xf32>
  %f = linalg.fill ins(%z : f32) outs(%e : tensor<40x96xf32>) -> tensor<40x96xf32>
  %r = linalg.matmul indexing_maps = [affine_map<(m, n, k) -> (m, k)>, affine_map<(m, n, k) -> (n, k)>, affine_map<(m, n, k) -> (m, n)>]
      ins(%a, %w : tensor<40x300xbf16>, tensor<96x300xbf16>) outs(%f : tensor<40x96xf32>) -> tensor<40x96xf32>
  return %r : tensor<40x96xf32>
}

// CHECK: check transposed_rhs_bf16 result 0 {{.*}} ok
func.func @transposed_rhs_bf16(%a: tensor<19x512xbf16>, %w: tensor<64x512xbf16>) -> tensor<19x64xbf16> {
  %z = arith.constant 0.0 : bf16
  %e = tensor.empty() : tensor<19x64xbf16>
  %f = linalg.fill ins(%z : bf16) outs(%e : tensor<19x64xbf16>) -> tensor<19x64xbf16>
  %r = linalg.matmul indexing_maps = [affine_map<(m, n, k) -> (m, k)>, affine_map<(m, n, k) -> (n, k)>, affine_map<(m, n, k) -> (m, n)>]
      ins(%a, %w : tensor<19x512xbf16>, tensor<64x512xbf16>) outs(%f : tensor<19x64xbf16>) -> tensor<19x64xbf16>
  return %r : tensor<19x64xbf16>
}

// No more rows than a register block: B read in place (two rows
// interleaved in registers a step), 5 rows x 2 accumulator vectors.
// CHECK: check few_rows result 0 {{.*}} ok
func.func @few_rows(%a: tensor<5x130xbf16>, %b: tensor<130x96xbf16>) -> tensor<5x96xbf16> {
  %z = arith.constant 0.0 : bf16
  %e = tensor.empty() : tensor<5x96xbf16>
  %f = linalg.fill ins(%z : bf16) outs(%e : tensor<5x96xbf16>) -> tensor<5x96xbf16>
  %r = linalg.matmul ins(%a, %b : tensor<5x130xbf16>, tensor<130x96xbf16>) outs(%f : tensor<5x96xbf16>) -> tensor<5x96xbf16>
  return %r : tensor<5x96xbf16>
}

// Few rows and B held as [n, k] with K a multiple of 32 (a decode step's
// x W^T): dot products of rows, B read in place (1 row: 16 outputs a
// block; 3 rows: 4 outputs a block).
// CHECK: check transposed_one_row result 0 {{.*}} ok
func.func @transposed_one_row(%a: tensor<1x512xbf16>, %w: tensor<96x512xbf16>) -> tensor<1x96xbf16> {
  %z = arith.constant 0.0 : bf16
  %e = tensor.empty() : tensor<1x96xbf16>
  %f = linalg.fill ins(%z : bf16) outs(%e : tensor<1x96xbf16>) -> tensor<1x96xbf16>
  %r = linalg.matmul indexing_maps = [affine_map<(m, n, k) -> (m, k)>, affine_map<(m, n, k) -> (n, k)>, affine_map<(m, n, k) -> (m, n)>]
      ins(%a, %w : tensor<1x512xbf16>, tensor<96x512xbf16>) outs(%f : tensor<1x96xbf16>) -> tensor<1x96xbf16>
  return %r : tensor<1x96xbf16>
}

// CHECK: check transposed_three_rows result 0 {{.*}} ok
func.func @transposed_three_rows(%a: tensor<3x96xbf16>, %w: tensor<64x96xbf16>, %c: tensor<3x64xf32>) -> tensor<3x64xf32> {
  %r = linalg.matmul indexing_maps = [affine_map<(m, n, k) -> (m, k)>, affine_map<(m, n, k) -> (n, k)>, affine_map<(m, n, k) -> (m, n)>]
      ins(%a, %w : tensor<3x96xbf16>, tensor<64x96xbf16>) outs(%c : tensor<3x64xf32>) -> tensor<3x64xf32>
  return %r : tensor<3x64xf32>
}
