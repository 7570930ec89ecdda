// GPU benchmarks of decode attention over a paged KV cache
// (tessel.paged_attention): the shapes of attention-decode.mlir at 16384
// tokens (32 query heads, 8 key/value heads, D = 128, bf16), with the cache
// in pages of 16 and of 128 tokens. The block table names pages of the pool
// at random (tessel.random_range: every entry valid) and every sequence is
// full (lengths 16384), so a run reads exactly the bytes of the contiguous
// benchmark through the table. Run by tools/scripts/bench-cuda.sh next to
// the contiguous ones.

func.func @paged_b1_s16384_p16(%q: tensor<1x32x1x128xbf16>, %kp: tensor<1024x16x8x128xbf16>, %vp: tensor<1024x16x8x128xbf16>,
    %table: tensor<1x1024xi32> {tessel.random_range = array<i64: 0, 1024>},
    %lens: tensor<1xi32> {tessel.random_range = array<i64: 16384, 16385>}) -> tensor<1x32x1x128xbf16> {
  %e = tensor.empty() : tensor<1x32x1x128xbf16>
  %o = tessel.paged_attention ins(%q, %kp, %vp : tensor<1x32x1x128xbf16>, tensor<1024x16x8x128xbf16>, tensor<1024x16x8x128xbf16>)
         pages(%table, %lens : tensor<1x1024xi32>, tensor<1xi32>) outs(%e : tensor<1x32x1x128xbf16>) -> tensor<1x32x1x128xbf16>
  return %o : tensor<1x32x1x128xbf16>
}

func.func @paged_b1_s16384_p128(%q: tensor<1x32x1x128xbf16>, %kp: tensor<128x128x8x128xbf16>, %vp: tensor<128x128x8x128xbf16>,
    %table: tensor<1x128xi32> {tessel.random_range = array<i64: 0, 128>},
    %lens: tensor<1xi32> {tessel.random_range = array<i64: 16384, 16385>}) -> tensor<1x32x1x128xbf16> {
  %e = tensor.empty() : tensor<1x32x1x128xbf16>
  %o = tessel.paged_attention ins(%q, %kp, %vp : tensor<1x32x1x128xbf16>, tensor<128x128x8x128xbf16>, tensor<128x128x8x128xbf16>)
         pages(%table, %lens : tensor<1x128xi32>, tensor<1xi32>) outs(%e : tensor<1x32x1x128xbf16>) -> tensor<1x32x1x128xbf16>
  return %o : tensor<1x32x1x128xbf16>
}

func.func @paged_b16_s16384_p16(%q: tensor<16x32x1x128xbf16>, %kp: tensor<16384x16x8x128xbf16>, %vp: tensor<16384x16x8x128xbf16>,
    %table: tensor<16x1024xi32> {tessel.random_range = array<i64: 0, 16384>},
    %lens: tensor<16xi32> {tessel.random_range = array<i64: 16384, 16385>}) -> tensor<16x32x1x128xbf16> {
  %e = tensor.empty() : tensor<16x32x1x128xbf16>
  %o = tessel.paged_attention ins(%q, %kp, %vp : tensor<16x32x1x128xbf16>, tensor<16384x16x8x128xbf16>, tensor<16384x16x8x128xbf16>)
         pages(%table, %lens : tensor<16x1024xi32>, tensor<16xi32>) outs(%e : tensor<16x32x1x128xbf16>) -> tensor<16x32x1x128xbf16>
  return %o : tensor<16x32x1x128xbf16>
}

func.func @paged_b16_s16384_p128(%q: tensor<16x32x1x128xbf16>, %kp: tensor<2048x128x8x128xbf16>, %vp: tensor<2048x128x8x128xbf16>,
    %table: tensor<16x128xi32> {tessel.random_range = array<i64: 0, 2048>},
    %lens: tensor<16xi32> {tessel.random_range = array<i64: 16384, 16385>}) -> tensor<16x32x1x128xbf16> {
  %e = tensor.empty() : tensor<16x32x1x128xbf16>
  %o = tessel.paged_attention ins(%q, %kp, %vp : tensor<16x32x1x128xbf16>, tensor<2048x128x8x128xbf16>, tensor<2048x128x8x128xbf16>)
         pages(%table, %lens : tensor<16x128xi32>, tensor<16xi32>) outs(%e : tensor<16x32x1x128xbf16>) -> tensor<16x32x1x128xbf16>
  return %o : tensor<16x32x1x128xbf16>
}

func.func @paged_b64_s16384_p16(%q: tensor<64x32x1x128xbf16>, %kp: tensor<65536x16x8x128xbf16>, %vp: tensor<65536x16x8x128xbf16>,
    %table: tensor<64x1024xi32> {tessel.random_range = array<i64: 0, 65536>},
    %lens: tensor<64xi32> {tessel.random_range = array<i64: 16384, 16385>}) -> tensor<64x32x1x128xbf16> {
  %e = tensor.empty() : tensor<64x32x1x128xbf16>
  %o = tessel.paged_attention ins(%q, %kp, %vp : tensor<64x32x1x128xbf16>, tensor<65536x16x8x128xbf16>, tensor<65536x16x8x128xbf16>)
         pages(%table, %lens : tensor<64x1024xi32>, tensor<64xi32>) outs(%e : tensor<64x32x1x128xbf16>) -> tensor<64x32x1x128xbf16>
  return %o : tensor<64x32x1x128xbf16>
}

func.func @paged_b64_s16384_p128(%q: tensor<64x32x1x128xbf16>, %kp: tensor<8192x128x8x128xbf16>, %vp: tensor<8192x128x8x128xbf16>,
    %table: tensor<64x128xi32> {tessel.random_range = array<i64: 0, 8192>},
    %lens: tensor<64xi32> {tessel.random_range = array<i64: 16384, 16385>}) -> tensor<64x32x1x128xbf16> {
  %e = tensor.empty() : tensor<64x32x1x128xbf16>
  %o = tessel.paged_attention ins(%q, %kp, %vp : tensor<64x32x1x128xbf16>, tensor<8192x128x8x128xbf16>, tensor<8192x128x8x128xbf16>)
         pages(%table, %lens : tensor<64x128xi32>, tensor<64xi32>) outs(%e : tensor<64x32x1x128xbf16>) -> tensor<64x32x1x128xbf16>
  return %o : tensor<64x32x1x128xbf16>
}
