// qmatmul on packed weights: tessel.unpack of i32 words (the layout of
// tessel.pack without interleave) or plain i8, every width 1..8, against
// the float64 reference, with the edge shapes of the GPU kernel
// (convert-tessel-to-gpu): a partial last step of lanes (K / 32 not a
// multiple of 32), 3-bit weights straddling words, row counts that tile by
// 1, 3, 5 or 16, columns that do not fill a block, zero points, bias and
// every activation, a batch dimension; for the tensor-core form (f16 and
// bf16, 8 rows or more, K a multiple of 128) row tiles padded past M, a step count that the
// block's warps do not divide, and a step loop. On the CPU these take the
// generic path; ../CUDA/packed-qmatmul.mlir runs them through the kernel.

// RUN: tessel-run %s --seed=5 --check | FileCheck %s
// CHECK-NOT: FAIL

// CHECK: check w4_decode result 0 {{.*}} ok
func.func @w4_decode(%x: tensor<1x256xbf16>, %p: tensor<64x32xi32>, %s: tensor<64x2xbf16>) -> tensor<1x64xbf16> {
  %we = tensor.empty() : tensor<64x256xi4>
  %w = tessel.unpack ins(%p : tensor<64x32xi32>) outs(%we : tensor<64x256xi4>) -> tensor<64x256xi4>
  %e = tensor.empty() : tensor<1x64xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<1x256xbf16>, tensor<64x256xi4>, tensor<64x2xbf16>)
         outs(%e : tensor<1x64xbf16>) -> tensor<1x64xbf16>
  return %y : tensor<1x64xbf16>
}

// CHECK: check w4_partial_step result 0 {{.*}} ok
func.func @w4_partial_step(%x: tensor<1x96xbf16>, %p: tensor<100x12xi32>, %s: tensor<100x3xbf16>) -> tensor<1x100xbf16> {
  %we = tensor.empty() : tensor<100x96xi4>
  %w = tessel.unpack ins(%p : tensor<100x12xi32>) outs(%we : tensor<100x96xi4>) -> tensor<100x96xi4>
  %e = tensor.empty() : tensor<1x100xbf16>
  %y = tessel.qmatmul signed group_size(32) ins(%x, %w, %s : tensor<1x96xbf16>, tensor<100x96xi4>, tensor<100x3xbf16>)
         outs(%e : tensor<1x100xbf16>) -> tensor<1x100xbf16>
  return %y : tensor<1x100xbf16>
}

// CHECK: check w3_straddle result 0 {{.*}} ok
func.func @w3_straddle(%x: tensor<1x1056xbf16>, %p: tensor<24x99xi32>, %s: tensor<24x11xbf16>) -> tensor<1x24xbf16> {
  %we = tensor.empty() : tensor<24x1056xi3>
  %w = tessel.unpack ins(%p : tensor<24x99xi32>) outs(%we : tensor<24x1056xi3>) -> tensor<24x1056xi3>
  %e = tensor.empty() : tensor<1x24xbf16>
  %y = tessel.qmatmul signed group_size(96) ins(%x, %w, %s : tensor<1x1056xbf16>, tensor<24x1056xi3>, tensor<24x11xbf16>)
         outs(%e : tensor<1x24xbf16>) -> tensor<1x24xbf16>
  return %y : tensor<1x24xbf16>
}

// CHECK: check w2_unsigned_zp result 0 {{.*}} ok
func.func @w2_unsigned_zp(%x: tensor<4x512xf16>, %p: tensor<40x32xi32>, %s: tensor<40x8xf16>, %z: tensor<40x8xi2>) -> tensor<4x40xf16> {
  %we = tensor.empty() : tensor<40x512xi2>
  %w = tessel.unpack ins(%p : tensor<40x32xi32>) outs(%we : tensor<40x512xi2>) -> tensor<40x512xi2>
  %e = tensor.empty() : tensor<4x40xf16>
  %y = tessel.qmatmul unsigned group_size(64) ins(%x, %w, %s : tensor<4x512xf16>, tensor<40x512xi2>, tensor<40x8xf16>) zero_points(%z : tensor<40x8xi2>)
         outs(%e : tensor<4x40xf16>) -> tensor<4x40xf16>
  return %y : tensor<4x40xf16>
}

// CHECK: check w8_words_bias_gelu result 0 {{.*}} ok
func.func @w8_words_bias_gelu(%x: tensor<16x256xf32>, %p: tensor<64x64xi32>, %s: tensor<64x2xf32>, %b: tensor<64xf32>) -> tensor<16x64xf32> {
  %we = tensor.empty() : tensor<64x256xi8>
  %w = tessel.unpack ins(%p : tensor<64x64xi32>) outs(%we : tensor<64x256xi8>) -> tensor<64x256xi8>
  %e = tensor.empty() : tensor<16x64xf32>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<16x256xf32>, tensor<64x256xi8>, tensor<64x2xf32>) bias(%b : tensor<64xf32>) activation(gelu)
         outs(%e : tensor<16x64xf32>) -> tensor<16x64xf32>
  return %y : tensor<16x64xf32>
}

// CHECK: check i8_bytes_relu result 0 {{.*}} ok
func.func @i8_bytes_relu(%x: tensor<3x128xf32>, %w: tensor<30x128xi8>, %s: tensor<30x4xf32>, %b: tensor<30xf32>) -> tensor<3x30xf32> {
  %e = tensor.empty() : tensor<3x30xf32>
  %y = tessel.qmatmul signed group_size(32) ins(%x, %w, %s : tensor<3x128xf32>, tensor<30x128xi8>, tensor<30x4xf32>) bias(%b : tensor<30xf32>) activation(relu)
         outs(%e : tensor<3x30xf32>) -> tensor<3x30xf32>
  return %y : tensor<3x30xf32>
}

// CHECK: check w1_unsigned result 0 {{.*}} ok
func.func @w1_unsigned(%x: tensor<2x64xf32>, %p: tensor<16x2xi32>, %s: tensor<16x2xf32>) -> tensor<2x16xf32> {
  %we = tensor.empty() : tensor<16x64xi1>
  %w = tessel.unpack ins(%p : tensor<16x2xi32>) outs(%we : tensor<16x64xi1>) -> tensor<16x64xi1>
  %e = tensor.empty() : tensor<2x16xf32>
  %y = tessel.qmatmul unsigned group_size(32) ins(%x, %w, %s : tensor<2x64xf32>, tensor<16x64xi1>, tensor<16x2xf32>)
         outs(%e : tensor<2x16xf32>) -> tensor<2x16xf32>
  return %y : tensor<2x16xf32>
}

// CHECK: check w5_signed_zp result 0 {{.*}} ok
func.func @w5_signed_zp(%x: tensor<5x160xf32>, %p: tensor<7x25xi32>, %s: tensor<7x5xf32>, %z: tensor<7x5xi5>) -> tensor<5x7xf32> {
  %we = tensor.empty() : tensor<7x160xi5>
  %w = tessel.unpack ins(%p : tensor<7x25xi32>) outs(%we : tensor<7x160xi5>) -> tensor<7x160xi5>
  %e = tensor.empty() : tensor<5x7xf32>
  %y = tessel.qmatmul signed group_size(32) ins(%x, %w, %s : tensor<5x160xf32>, tensor<7x160xi5>, tensor<7x5xf32>) zero_points(%z : tensor<7x5xi5>)
         outs(%e : tensor<5x7xf32>) -> tensor<5x7xf32>
  return %y : tensor<5x7xf32>
}

// CHECK: check w6_silu result 0 {{.*}} ok
func.func @w6_silu(%x: tensor<8x192xbf16>, %p: tensor<12x36xi32>, %s: tensor<12x3xbf16>, %z: tensor<12x3xi6>, %b: tensor<12xbf16>) -> tensor<8x12xbf16> {
  %we = tensor.empty() : tensor<12x192xi6>
  %w = tessel.unpack ins(%p : tensor<12x36xi32>) outs(%we : tensor<12x192xi6>) -> tensor<12x192xi6>
  %e = tensor.empty() : tensor<8x12xbf16>
  %y = tessel.qmatmul unsigned group_size(64) ins(%x, %w, %s : tensor<8x192xbf16>, tensor<12x192xi6>, tensor<12x3xbf16>) zero_points(%z : tensor<12x3xi6>) bias(%b : tensor<12xbf16>) activation(silu)
         outs(%e : tensor<8x12xbf16>) -> tensor<8x12xbf16>
  return %y : tensor<8x12xbf16>
}

// CHECK: check w7_rows32 result 0 {{.*}} ok
func.func @w7_rows32(%x: tensor<32x64xf32>, %p: tensor<8x14xi32>, %s: tensor<8x2xf32>) -> tensor<32x8xf32> {
  %we = tensor.empty() : tensor<8x64xi7>
  %w = tessel.unpack ins(%p : tensor<8x14xi32>) outs(%we : tensor<8x64xi7>) -> tensor<8x64xi7>
  %e = tensor.empty() : tensor<32x8xf32>
  %y = tessel.qmatmul signed group_size(32) ins(%x, %w, %s : tensor<32x64xf32>, tensor<8x64xi7>, tensor<8x2xf32>)
         outs(%e : tensor<32x8xf32>) -> tensor<32x8xf32>
  return %y : tensor<32x8xf32>
}

// CHECK: check w4_batched result 0 {{.*}} ok
func.func @w4_batched(%x: tensor<2x3x128xf32>, %p: tensor<20x16xi32>, %s: tensor<20x2xf32>) -> tensor<2x3x20xf32> {
  %we = tensor.empty() : tensor<20x128xi4>
  %w = tessel.unpack ins(%p : tensor<20x16xi32>) outs(%we : tensor<20x128xi4>) -> tensor<20x128xi4>
  %e = tensor.empty() : tensor<2x3x20xf32>
  %y = tessel.qmatmul signed group_size(64) ins(%x, %w, %s : tensor<2x3x128xf32>, tensor<20x128xi4>, tensor<20x2xf32>)
         outs(%e : tensor<2x3x20xf32>) -> tensor<2x3x20xf32>
  return %y : tensor<2x3x20xf32>
}

// CHECK: check w4_prime_rows result 0 {{.*}} ok
func.func @w4_prime_rows(%x: tensor<17x256xbf16>, %p: tensor<32x32xi32>, %s: tensor<32x2xbf16>) -> tensor<17x32xbf16> {
  %we = tensor.empty() : tensor<32x256xi4>
  %w = tessel.unpack ins(%p : tensor<32x32xi32>) outs(%we : tensor<32x256xi4>) -> tensor<32x256xi4>
  %e = tensor.empty() : tensor<17x32xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<17x256xbf16>, tensor<32x256xi4>, tensor<32x2xbf16>)
         outs(%e : tensor<17x32xbf16>) -> tensor<17x32xbf16>
  return %y : tensor<17x32xbf16>
}

// CHECK: check mma_w3_rows9_gelu result 0 {{.*}} ok
func.func @mma_w3_rows9_gelu(%x: tensor<9x384xf16>, %p: tensor<16x36xi32>, %s: tensor<16x3xf16>, %b: tensor<16xf16>) -> tensor<9x16xf16> {
  %we = tensor.empty() : tensor<16x384xi3>
  %w = tessel.unpack ins(%p : tensor<16x36xi32>) outs(%we : tensor<16x384xi3>) -> tensor<16x384xi3>
  %e = tensor.empty() : tensor<9x16xf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<9x384xf16>, tensor<16x384xi3>, tensor<16x3xf16>) bias(%b : tensor<16xf16>) activation(gelu)
         outs(%e : tensor<9x16xf16>) -> tensor<9x16xf16>
  return %y : tensor<9x16xf16>
}

// CHECK: check mma_i8_bytes result 0 {{.*}} ok
func.func @mma_i8_bytes(%x: tensor<12x1152xbf16>, %w: tensor<24x1152xi8>, %s: tensor<24x18xbf16>) -> tensor<12x24xbf16> {
  %e = tensor.empty() : tensor<12x24xbf16>
  %y = tessel.qmatmul signed group_size(64) ins(%x, %w, %s : tensor<12x1152xbf16>, tensor<24x1152xi8>, tensor<24x18xbf16>)
         outs(%e : tensor<12x24xbf16>) -> tensor<12x24xbf16>
  return %y : tensor<12x24xbf16>
}

// CHECK: check mma_w4_long_k result 0 {{.*}} ok
func.func @mma_w4_long_k(%x: tensor<8x4608xbf16>, %p: tensor<8x576xi32>, %s: tensor<8x144xbf16>, %z: tensor<8x144xi4>) -> tensor<8x8xbf16> {
  %we = tensor.empty() : tensor<8x4608xi4>
  %w = tessel.unpack ins(%p : tensor<8x576xi32>) outs(%we : tensor<8x4608xi4>) -> tensor<8x4608xi4>
  %e = tensor.empty() : tensor<8x8xbf16>
  %y = tessel.qmatmul unsigned group_size(32) ins(%x, %w, %s : tensor<8x4608xbf16>, tensor<8x4608xi4>, tensor<8x144xbf16>) zero_points(%z : tensor<8x144xi4>)
         outs(%e : tensor<8x8xbf16>) -> tensor<8x8xbf16>
  return %y : tensor<8x8xbf16>
}

// The paired tensor-core form (no zero points, groups of 128 or more, at
// most 7 bits in bf16 or 10 in f16): two weights per register, the scale
// after the mma. Pairs 16 bits apart in one word for 1, 2, 4 and 8 bits;
// any two fields otherwise (5-bit fields straddling words).

// 2-bit signed, one row, groups of 256.
// CHECK: check paired_w2_signed result 0 {{.*}} ok
func.func @paired_w2_signed(%x: tensor<1x1024xbf16>, %p: tensor<24x64xi32>, %s: tensor<24x4xbf16>) -> tensor<1x24xbf16> {
  %we = tensor.empty() : tensor<24x1024xi2>
  %w = tessel.unpack ins(%p : tensor<24x64xi32>) outs(%we : tensor<24x1024xi2>) -> tensor<24x1024xi2>
  %e = tensor.empty() : tensor<1x24xbf16>
  %y = tessel.qmatmul signed group_size(256) ins(%x, %w, %s : tensor<1x1024xbf16>, tensor<24x1024xi2>, tensor<24x4xbf16>)
         outs(%e : tensor<1x24xbf16>) -> tensor<1x24xbf16>
  return %y : tensor<1x24xbf16>
}

// 1-bit unsigned, f16, three rows.
// CHECK: check paired_w1_unsigned result 0 {{.*}} ok
func.func @paired_w1_unsigned(%x: tensor<3x512xf16>, %p: tensor<16x16xi32>, %s: tensor<16x4xf16>) -> tensor<3x16xf16> {
  %we = tensor.empty() : tensor<16x512xi1>
  %w = tessel.unpack ins(%p : tensor<16x16xi32>) outs(%we : tensor<16x512xi1>) -> tensor<16x512xi1>
  %e = tensor.empty() : tensor<3x16xf16>
  %y = tessel.qmatmul unsigned group_size(128) ins(%x, %w, %s : tensor<3x512xf16>, tensor<16x512xi1>, tensor<16x4xf16>)
         outs(%e : tensor<3x16xf16>) -> tensor<3x16xf16>
  return %y : tensor<3x16xf16>
}

// 4-bit unsigned, 36 steps: 9 per warp, an scf.for.
// CHECK: check paired_w4_loop result 0 {{.*}} ok
func.func @paired_w4_loop(%x: tensor<2x4608xbf16>, %p: tensor<8x576xi32>, %s: tensor<8x36xbf16>) -> tensor<2x8xbf16> {
  %we = tensor.empty() : tensor<8x4608xi4>
  %w = tessel.unpack ins(%p : tensor<8x576xi32>) outs(%we : tensor<8x4608xi4>) -> tensor<8x4608xi4>
  %e = tensor.empty() : tensor<2x8xbf16>
  %y = tessel.qmatmul unsigned group_size(128) ins(%x, %w, %s : tensor<2x4608xbf16>, tensor<8x4608xi4>, tensor<8x36xbf16>)
         outs(%e : tensor<2x8xbf16>) -> tensor<2x8xbf16>
  return %y : tensor<2x8xbf16>
}

// 5-bit signed: fields across words.
// CHECK: check paired_w5_signed result 0 {{.*}} ok
func.func @paired_w5_signed(%x: tensor<4x256xbf16>, %p: tensor<16x40xi32>, %s: tensor<16x2xbf16>) -> tensor<4x16xbf16> {
  %we = tensor.empty() : tensor<16x256xi5>
  %w = tessel.unpack ins(%p : tensor<16x40xi32>) outs(%we : tensor<16x256xi5>) -> tensor<16x256xi5>
  %e = tensor.empty() : tensor<4x16xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<4x256xbf16>, tensor<16x256xi5>, tensor<16x2xbf16>)
         outs(%e : tensor<4x16xbf16>) -> tensor<4x16xbf16>
  return %y : tensor<4x16xbf16>
}

// 8-bit signed words in f16 (1024 + u is exact), 20 rows: two row tiles.
// CHECK: check paired_w8_f16 result 0 {{.*}} ok
func.func @paired_w8_f16(%x: tensor<20x256xf16>, %p: tensor<16x64xi32>, %s: tensor<16x1xf16>) -> tensor<20x16xf16> {
  %we = tensor.empty() : tensor<16x256xi8>
  %w = tessel.unpack ins(%p : tensor<16x64xi32>) outs(%we : tensor<16x256xi8>) -> tensor<16x256xi8>
  %e = tensor.empty() : tensor<20x16xf16>
  %y = tessel.qmatmul signed group_size(256) ins(%x, %w, %s : tensor<20x256xf16>, tensor<16x256xi8>, tensor<16x1xf16>)
         outs(%e : tensor<20x16xf16>) -> tensor<20x16xf16>
  return %y : tensor<20x16xf16>
}

// The paired form with the weights in the A operand (M <= 8, N a multiple
// of 16): each lane dequantizes two columns; fields pair at mantissa
// offsets (3-bit fields from one window, 6-bit ones from two).

// 3-bit signed, one row, groups of 128; 5 steps: warps with 2 (one past
// the end, staged and dropped) and with 1.
// CHECK: check weights_in_a_w3 result 0 {{.*}} ok
func.func @weights_in_a_w3(%x: tensor<1x640xbf16>, %p: tensor<48x60xi32>, %s: tensor<48x5xbf16>) -> tensor<1x48xbf16> {
  %we = tensor.empty() : tensor<48x640xi3>
  %w = tessel.unpack ins(%p : tensor<48x60xi32>) outs(%we : tensor<48x640xi3>) -> tensor<48x640xi3>
  %e = tensor.empty() : tensor<1x48xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<1x640xbf16>, tensor<48x640xi3>, tensor<48x5xbf16>)
         outs(%e : tensor<1x48xbf16>) -> tensor<1x48xbf16>
  return %y : tensor<1x48xbf16>
}

// 2-bit unsigned f16, eight rows (every B column), bias and SiLU.
// CHECK: check weights_in_a_w2_rows8 result 0 {{.*}} ok
func.func @weights_in_a_w2_rows8(%x: tensor<8x256xf16>, %p: tensor<32x16xi32>, %s: tensor<32x2xf16>, %b: tensor<32xf16>) -> tensor<8x32xf16> {
  %we = tensor.empty() : tensor<32x256xi2>
  %w = tessel.unpack ins(%p : tensor<32x16xi32>) outs(%we : tensor<32x256xi2>) -> tensor<32x256xi2>
  %e = tensor.empty() : tensor<8x32xf16>
  %y = tessel.qmatmul unsigned group_size(128) ins(%x, %w, %s : tensor<8x256xf16>, tensor<32x256xi2>, tensor<32x2xf16>) bias(%b : tensor<32xf16>) activation(silu)
         outs(%e : tensor<8x32xf16>) -> tensor<8x32xf16>
  return %y : tensor<8x32xf16>
}

// 6-bit signed, five rows, groups of 256.
// CHECK: check weights_in_a_w6_rows5 result 0 {{.*}} ok
func.func @weights_in_a_w6_rows5(%x: tensor<5x256xbf16>, %p: tensor<16x48xi32>, %s: tensor<16x1xbf16>) -> tensor<5x16xbf16> {
  %we = tensor.empty() : tensor<16x256xi6>
  %w = tessel.unpack ins(%p : tensor<16x48xi32>) outs(%we : tensor<16x256xi6>) -> tensor<16x256xi6>
  %e = tensor.empty() : tensor<5x16xbf16>
  %y = tessel.qmatmul signed group_size(256) ins(%x, %w, %s : tensor<5x256xbf16>, tensor<16x256xi6>, tensor<16x1xbf16>)
         outs(%e : tensor<5x16xbf16>) -> tensor<5x16xbf16>
  return %y : tensor<5x16xbf16>
}

// 7-bit signed f16, two rows, 36 steps: an scf.for.
// CHECK: check weights_in_a_w7_loop result 0 {{.*}} ok
func.func @weights_in_a_w7_loop(%x: tensor<2x4608xf16>, %p: tensor<16x1008xi32>, %s: tensor<16x36xf16>) -> tensor<2x16xf16> {
  %we = tensor.empty() : tensor<16x4608xi7>
  %w = tessel.unpack ins(%p : tensor<16x1008xi32>) outs(%we : tensor<16x4608xi7>) -> tensor<16x4608xi7>
  %e = tensor.empty() : tensor<2x16xf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<2x4608xf16>, tensor<16x4608xi7>, tensor<16x36xf16>)
         outs(%e : tensor<2x16xf16>) -> tensor<2x16xf16>
  return %y : tensor<2x16xf16>
}

// Lane-contiguous steps (odd widths, bf16, K a multiple of 512): a lane
// reads 128 weights of each column in 16-byte loads and scales them before
// the mma.

// 3-bit signed, one row, groups of 128, 2 steps for 4 warps.
// CHECK: check lane_contiguous_w3 result 0 {{.*}} ok
func.func @lane_contiguous_w3(%x: tensor<1x1024xbf16>, %p: tensor<32x96xi32>, %s: tensor<32x8xbf16>) -> tensor<1x32xbf16> {
  %we = tensor.empty() : tensor<32x1024xi3>
  %w = tessel.unpack ins(%p : tensor<32x96xi32>) outs(%we : tensor<32x1024xi3>) -> tensor<32x1024xi3>
  %e = tensor.empty() : tensor<1x32xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<1x1024xbf16>, tensor<32x1024xi3>, tensor<32x8xbf16>)
         outs(%e : tensor<1x32xbf16>) -> tensor<1x32xbf16>
  return %y : tensor<1x32xbf16>
}

// 5-bit unsigned, three rows, groups of 256.
// CHECK: check lane_contiguous_w5 result 0 {{.*}} ok
func.func @lane_contiguous_w5(%x: tensor<3x512xbf16>, %p: tensor<16x80xi32>, %s: tensor<16x2xbf16>) -> tensor<3x16xbf16> {
  %we = tensor.empty() : tensor<16x512xi5>
  %w = tessel.unpack ins(%p : tensor<16x80xi32>) outs(%we : tensor<16x512xi5>) -> tensor<16x512xi5>
  %e = tensor.empty() : tensor<3x16xbf16>
  %y = tessel.qmatmul unsigned group_size(256) ins(%x, %w, %s : tensor<3x512xbf16>, tensor<16x512xi5>, tensor<16x2xbf16>)
         outs(%e : tensor<3x16xbf16>) -> tensor<3x16xbf16>
  return %y : tensor<3x16xbf16>
}

// 5-bit signed, seven rows (the offset correction of every row but the
// eighth), groups of 256.
// CHECK: check lane_contiguous_w5_signed_rows7 result 0 {{.*}} ok
func.func @lane_contiguous_w5_signed_rows7(%x: tensor<7x512xbf16>, %p: tensor<32x80xi32>, %s: tensor<32x2xbf16>) -> tensor<7x32xbf16> {
  %we = tensor.empty() : tensor<32x512xi5>
  %w = tessel.unpack ins(%p : tensor<32x80xi32>) outs(%we : tensor<32x512xi5>) -> tensor<32x512xi5>
  %e = tensor.empty() : tensor<7x32xbf16>
  %y = tessel.qmatmul signed group_size(256) ins(%x, %w, %s : tensor<7x512xbf16>, tensor<32x512xi5>, tensor<32x2xbf16>)
         outs(%e : tensor<7x32xbf16>) -> tensor<7x32xbf16>
  return %y : tensor<7x32xbf16>
}

// Elementwise consumers, which convert-tessel-to-gpu computes in the
// kernel's stores (consumer fusion): a residual add and a scaling after
// decoding (bf16 arithmetic, rounded after each op); the same after a
// batched f16 qmatmul on tensor cores; a residual add after an f32 qmatmul
// on CUDA cores. (Broadcast operands are checked in
// test/Codegen/CUDA/tessel-to-gpu.mlir; --check has no linalg.generic.)

// CHECK: check fused_residual_scale result 0 {{.*}} ok
func.func @fused_residual_scale(%x: tensor<1x256xbf16>, %p: tensor<64x32xi32>, %s: tensor<64x2xbf16>, %r: tensor<1x64xbf16>, %c: tensor<1x64xbf16>) -> tensor<1x64xbf16> {
  %we = tensor.empty() : tensor<64x256xi4>
  %w = tessel.unpack ins(%p : tensor<64x32xi32>) outs(%we : tensor<64x256xi4>) -> tensor<64x256xi4>
  %e = tensor.empty() : tensor<1x64xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<1x256xbf16>, tensor<64x256xi4>, tensor<64x2xbf16>)
         outs(%e : tensor<1x64xbf16>) -> tensor<1x64xbf16>
  %e2 = tensor.empty() : tensor<1x64xbf16>
  %sum = linalg.add ins(%y, %r : tensor<1x64xbf16>, tensor<1x64xbf16>) outs(%e2 : tensor<1x64xbf16>) -> tensor<1x64xbf16>
  %e3 = tensor.empty() : tensor<1x64xbf16>
  %out = linalg.mul ins(%sum, %c : tensor<1x64xbf16>, tensor<1x64xbf16>) outs(%e3 : tensor<1x64xbf16>) -> tensor<1x64xbf16>
  return %out : tensor<1x64xbf16>
}

// CHECK: check fused_batched_f16 result 0 {{.*}} ok
func.func @fused_batched_f16(%x: tensor<2x8x256xf16>, %p: tensor<24x32xi32>, %s: tensor<24x2xf16>, %r: tensor<2x8x24xf16>, %c: tensor<2x8x24xf16>) -> tensor<2x8x24xf16> {
  %we = tensor.empty() : tensor<24x256xi4>
  %w = tessel.unpack ins(%p : tensor<24x32xi32>) outs(%we : tensor<24x256xi4>) -> tensor<24x256xi4>
  %e = tensor.empty() : tensor<2x8x24xf16>
  %y = tessel.qmatmul unsigned group_size(128) ins(%x, %w, %s : tensor<2x8x256xf16>, tensor<24x256xi4>, tensor<24x2xf16>)
         outs(%e : tensor<2x8x24xf16>) -> tensor<2x8x24xf16>
  %e2 = tensor.empty() : tensor<2x8x24xf16>
  %sum = linalg.add ins(%y, %r : tensor<2x8x24xf16>, tensor<2x8x24xf16>) outs(%e2 : tensor<2x8x24xf16>) -> tensor<2x8x24xf16>
  %e3 = tensor.empty() : tensor<2x8x24xf16>
  %out = linalg.mul ins(%sum, %c : tensor<2x8x24xf16>, tensor<2x8x24xf16>) outs(%e3 : tensor<2x8x24xf16>) -> tensor<2x8x24xf16>
  return %out : tensor<2x8x24xf16>
}

// CHECK: check fused_residual_f32 result 0 {{.*}} ok
func.func @fused_residual_f32(%x: tensor<3x128xf32>, %p: tensor<20x16xi32>, %s: tensor<20x2xf32>, %r: tensor<3x20xf32>) -> tensor<3x20xf32> {
  %we = tensor.empty() : tensor<20x128xi4>
  %w = tessel.unpack ins(%p : tensor<20x16xi32>) outs(%we : tensor<20x128xi4>) -> tensor<20x128xi4>
  %e = tensor.empty() : tensor<3x20xf32>
  %y = tessel.qmatmul signed group_size(64) ins(%x, %w, %s : tensor<3x128xf32>, tensor<20x128xi4>, tensor<20x2xf32>)
         outs(%e : tensor<3x20xf32>) -> tensor<3x20xf32>
  %e2 = tensor.empty() : tensor<3x20xf32>
  %sum = linalg.add ins(%y, %r : tensor<3x20xf32>, tensor<3x20xf32>) outs(%e2 : tensor<3x20xf32>) -> tensor<3x20xf32>
  return %sum : tensor<3x20xf32>
}
