// tessel.paged_attention on the CPU (tessel-expand-paged-attention, then the
// attention lowering), checked against the float64 reference
// (reference::pagedAttention, which reads the pages itself). Functions that
// take the block table and the lengths as arguments get random ones from
// tessel-run: table entries in [0, P + 2), so some are out of range, and
// lengths in [0, M * PS + 3), so some are empty and some past the capacity.
// The functions with constant tables cover each case of the contract on
// purpose: a -1 entry and one past the pool (their tokens are masked), a
// length of 0 (zeros), a negative length (zeros), a length past the
// table's capacity (clamped), lengths that end inside a page, causal
// queries at the end of their sequence, grouped and multi-query heads.

// RUN: tessel-run %s --seed=11 --check | FileCheck %s
// RUN: tessel-run %s --seed=12 --check | FileCheck %s
// CHECK-COUNT-12: ok
// CHECK-NOT: FAIL

// Decode (one token), 4 query heads per key/value head, random table and
// lengths.
func.func @paged_decode_bf16(%q: tensor<3x8x1x64xbf16>, %kp: tensor<9x16x2x64xbf16>, %vp: tensor<9x16x2x64xbf16>,
                             %table: tensor<3x4xi32>, %lens: tensor<3xi32>) -> tensor<3x8x1x64xbf16> {
  %e = tensor.empty() : tensor<3x8x1x64xbf16>
  %o = tessel.paged_attention ins(%q, %kp, %vp : tensor<3x8x1x64xbf16>, tensor<9x16x2x64xbf16>, tensor<9x16x2x64xbf16>)
         pages(%table, %lens : tensor<3x4xi32>, tensor<3xi32>) outs(%e : tensor<3x8x1x64xbf16>) -> tensor<3x8x1x64xbf16>
  return %o : tensor<3x8x1x64xbf16>
}

// Speculative decoding: 3 causal tokens, f32, value width 32 != 48, an
// explicit scale, random table and lengths.
func.func @paged_causal_f32(%q: tensor<2x4x3x48xf32>, %kp: tensor<6x8x2x48xf32>, %vp: tensor<6x8x2x32xf32>,
                            %table: tensor<2x5xi32>, %lens: tensor<2xi32>) -> tensor<2x4x3x32xf32> {
  %e = tensor.empty() : tensor<2x4x3x32xf32>
  %o = tessel.paged_attention causal scale(0.2) ins(%q, %kp, %vp : tensor<2x4x3x48xf32>, tensor<6x8x2x48xf32>, tensor<6x8x2x32xf32>)
         pages(%table, %lens : tensor<2x5xi32>, tensor<2xi32>) outs(%e : tensor<2x4x3x32xf32>) -> tensor<2x4x3x32xf32>
  return %o : tensor<2x4x3x32xf32>
}

// Four sequences sharing a pool of 8 pages of 4 tokens: sequence 0 has 10
// tokens (ends inside its third page), sequence 1 has a -1 and a 12 (past
// the pool) in its table, sequence 2 is empty, sequence 3 claims 99 tokens
// (clamped to the table's 16).
func.func @paged_contract_f16(%q: tensor<4x2x1x64xf16>, %kp: tensor<8x4x2x64xf16>, %vp: tensor<8x4x2x64xf16>) -> tensor<4x2x1x64xf16> {
  %table = arith.constant dense<[[3, 0, 5, 1], [2, -1, 12, 7], [4, 4, 4, 4], [6, 1, 0, 2]]> : tensor<4x4xi32>
  %lens = arith.constant dense<[10, 15, 0, 99]> : tensor<4xi32>
  %e = tensor.empty() : tensor<4x2x1x64xf16>
  %o = tessel.paged_attention ins(%q, %kp, %vp : tensor<4x2x1x64xf16>, tensor<8x4x2x64xf16>, tensor<8x4x2x64xf16>)
         pages(%table, %lens : tensor<4x4xi32>, tensor<4xi32>) outs(%e : tensor<4x2x1x64xf16>) -> tensor<4x2x1x64xf16>
  return %o : tensor<4x2x1x64xf16>
}

// A negative length gives zeros; the other sequence shares its pages.
func.func @paged_negative_length_bf16(%q: tensor<2x4x1x64xbf16>, %kp: tensor<3x16x1x64xbf16>, %vp: tensor<3x16x1x64xbf16>) -> tensor<2x4x1x64xbf16> {
  %table = arith.constant dense<[[0, 1, 2], [2, 1, 0]]> : tensor<2x3xi32>
  %lens = arith.constant dense<[-5, 37]> : tensor<2xi32>
  %e = tensor.empty() : tensor<2x4x1x64xbf16>
  %o = tessel.paged_attention ins(%q, %kp, %vp : tensor<2x4x1x64xbf16>, tensor<3x16x1x64xbf16>, tensor<3x16x1x64xbf16>)
         pages(%table, %lens : tensor<2x3xi32>, tensor<2xi32>) outs(%e : tensor<2x4x1x64xbf16>) -> tensor<2x4x1x64xbf16>
  return %o : tensor<2x4x1x64xbf16>
}

// Causal chunk of 5 tokens against lengths 3 and 21: in the first sequence
// the first two queries are before the cache and see nothing.
func.func @paged_causal_short_f32(%q: tensor<2x2x5x16xf32>, %kp: tensor<5x8x2x16xf32>, %vp: tensor<5x8x2x16xf32>) -> tensor<2x2x5x16xf32> {
  %table = arith.constant dense<[[4, 3, 2], [0, 1, 2]]> : tensor<2x3xi32>
  %lens = arith.constant dense<[3, 21]> : tensor<2xi32>
  %e = tensor.empty() : tensor<2x2x5x16xf32>
  %o = tessel.paged_attention causal ins(%q, %kp, %vp : tensor<2x2x5x16xf32>, tensor<5x8x2x16xf32>, tensor<5x8x2x16xf32>)
         pages(%table, %lens : tensor<2x3xi32>, tensor<2xi32>) outs(%e : tensor<2x2x5x16xf32>) -> tensor<2x2x5x16xf32>
  return %o : tensor<2x2x5x16xf32>
}

// Multi-query (one key/value head for 8 query heads), pages of one token.
func.func @paged_mqa_page1_bf16(%q: tensor<1x8x2x64xbf16>, %kp: tensor<20x1x1x64xbf16>, %vp: tensor<20x1x1x64xbf16>,
                                %table: tensor<1x17xi32>, %lens: tensor<1xi32>) -> tensor<1x8x2x64xbf16> {
  %e = tensor.empty() : tensor<1x8x2x64xbf16>
  %o = tessel.paged_attention causal ins(%q, %kp, %vp : tensor<1x8x2x64xbf16>, tensor<20x1x1x64xbf16>, tensor<20x1x1x64xbf16>)
         pages(%table, %lens : tensor<1x17xi32>, tensor<1xi32>) outs(%e : tensor<1x8x2x64xbf16>) -> tensor<1x8x2x64xbf16>
  return %o : tensor<1x8x2x64xbf16>
}

// A full table of valid pages and full lengths: the same numbers as
// attention over the gathered cache.
func.func @paged_full_f16(%q: tensor<2x4x1x128xf16>, %kp: tensor<4x32x2x128xf16>, %vp: tensor<4x32x2x128xf16>) -> tensor<2x4x1x128xf16> {
  %table = arith.constant dense<[[1, 3], [0, 2]]> : tensor<2x2xi32>
  %lens = arith.constant dense<[64, 64]> : tensor<2xi32>
  %e = tensor.empty() : tensor<2x4x1x128xf16>
  %o = tessel.paged_attention ins(%q, %kp, %vp : tensor<2x4x1x128xf16>, tensor<4x32x2x128xf16>, tensor<4x32x2x128xf16>)
         pages(%table, %lens : tensor<2x2xi32>, tensor<2xi32>) outs(%e : tensor<2x4x1x128xf16>) -> tensor<2x4x1x128xf16>
  return %o : tensor<2x4x1x128xf16>
}

// Speculative decoding with head dimension 256: 4 causal tokens of 4 query
// heads per key/value head (16 rows), pages of 128 tokens.
func.func @paged_spec_d256_bf16(%q: tensor<2x8x4x256xbf16>, %kp: tensor<7x128x2x256xbf16>, %vp: tensor<7x128x2x256xbf16>,
                                %table: tensor<2x3xi32>, %lens: tensor<2xi32>) -> tensor<2x8x4x256xbf16> {
  %e = tensor.empty() : tensor<2x8x4x256xbf16>
  %o = tessel.paged_attention causal ins(%q, %kp, %vp : tensor<2x8x4x256xbf16>, tensor<7x128x2x256xbf16>, tensor<7x128x2x256xbf16>)
         pages(%table, %lens : tensor<2x3xi32>, tensor<2xi32>) outs(%e : tensor<2x8x4x256xbf16>) -> tensor<2x8x4x256xbf16>
  return %o : tensor<2x8x4x256xbf16>
}

// A longer cache (64 pages of 16 per sequence, 1024 tokens) that the GPU
// kernel splits; lengths fixed so that one ends inside a page and one
// inside a split.
func.func @paged_long_f16(%q: tensor<3x8x1x128xf16>, %kp: tensor<200x16x2x128xf16>, %vp: tensor<200x16x2x128xf16>,
                          %table: tensor<3x64xi32>) -> tensor<3x8x1x128xf16> {
  %lens = arith.constant dense<[1000, 1, 517]> : tensor<3xi32>
  %e = tensor.empty() : tensor<3x8x1x128xf16>
  %o = tessel.paged_attention ins(%q, %kp, %vp : tensor<3x8x1x128xf16>, tensor<200x16x2x128xf16>, tensor<200x16x2x128xf16>)
         pages(%table, %lens : tensor<3x64xi32>, tensor<3xi32>) outs(%e : tensor<3x8x1x128xf16>) -> tensor<3x8x1x128xf16>
  return %o : tensor<3x8x1x128xf16>
}

// Pages of 24 tokens (not aligned with the GPU kernel's 64-key blocks: each
// key reads its own table entry), 8 query heads per key/value head.
func.func @paged_page24_f16(%q: tensor<2x16x1x128xf16>, %kp: tensor<30x24x2x128xf16>, %vp: tensor<30x24x2x128xf16>,
                            %table: tensor<2x12xi32>, %lens: tensor<2xi32>) -> tensor<2x16x1x128xf16> {
  %e = tensor.empty() : tensor<2x16x1x128xf16>
  %o = tessel.paged_attention ins(%q, %kp, %vp : tensor<2x16x1x128xf16>, tensor<30x24x2x128xf16>, tensor<30x24x2x128xf16>)
         pages(%table, %lens : tensor<2x12xi32>, tensor<2xi32>) outs(%e : tensor<2x16x1x128xf16>) -> tensor<2x16x1x128xf16>
  return %o : tensor<2x16x1x128xf16>
}

// Pages of 256 tokens (four 64-key blocks per page), causal speculative
// decoding of 2 tokens.
func.func @paged_page256_bf16(%q: tensor<1x8x2x64xbf16>, %kp: tensor<5x256x2x64xbf16>, %vp: tensor<5x256x2x64xbf16>,
                              %table: tensor<1x3xi32>, %lens: tensor<1xi32>) -> tensor<1x8x2x64xbf16> {
  %e = tensor.empty() : tensor<1x8x2x64xbf16>
  %o = tessel.paged_attention causal ins(%q, %kp, %vp : tensor<1x8x2x64xbf16>, tensor<5x256x2x64xbf16>, tensor<5x256x2x64xbf16>)
         pages(%table, %lens : tensor<1x3xi32>, tensor<1xi32>) outs(%e : tensor<1x8x2x64xbf16>) -> tensor<1x8x2x64xbf16>
  return %o : tensor<1x8x2x64xbf16>
}

// A table without slots: zeros (the GPU kernel does not take it either).
func.func @paged_no_slots_bf16(%q: tensor<1x8x1x64xbf16>, %kp: tensor<4x16x2x64xbf16>, %vp: tensor<4x16x2x64xbf16>,
                               %table: tensor<1x0xi32>, %lens: tensor<1xi32>) -> tensor<1x8x1x64xbf16> {
  %e = tensor.empty() : tensor<1x8x1x64xbf16>
  %o = tessel.paged_attention ins(%q, %kp, %vp : tensor<1x8x1x64xbf16>, tensor<4x16x2x64xbf16>, tensor<4x16x2x64xbf16>)
         pages(%table, %lens : tensor<1x0xi32>, tensor<1xi32>) outs(%e : tensor<1x8x1x64xbf16>) -> tensor<1x8x1x64xbf16>
  return %o : tensor<1x8x1x64xbf16>
}
