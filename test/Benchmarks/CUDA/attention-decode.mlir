// GPU benchmarks of decode attention: one query token of 32 heads against a
// key/value cache of 8 heads (grouped-query attention, as Llama 3 8B), bf16,
// D = 128, at the shapes of ../shared/bench/peers.py decode (cuDNN and
// FlashAttention-2 through SDPA are the peers). The split-KV decode kernel
// runs them (tessel-cuda-configure chooses the splits). Run by
// tools/scripts/bench-cuda.sh.

func.func @decode_b1_s2048(%q: tensor<1x32x1x128xbf16>, %k: tensor<1x8x2048x128xbf16>, %v: tensor<1x8x2048x128xbf16>) -> tensor<1x32x1x128xbf16> {
  %e = tensor.empty() : tensor<1x32x1x128xbf16>
  %o = tessel.attention ins(%q, %k, %v : tensor<1x32x1x128xbf16>, tensor<1x8x2048x128xbf16>, tensor<1x8x2048x128xbf16>) outs(%e : tensor<1x32x1x128xbf16>) -> tensor<1x32x1x128xbf16>
  return %o : tensor<1x32x1x128xbf16>
}

func.func @decode_b1_s16384(%q: tensor<1x32x1x128xbf16>, %k: tensor<1x8x16384x128xbf16>, %v: tensor<1x8x16384x128xbf16>) -> tensor<1x32x1x128xbf16> {
  %e = tensor.empty() : tensor<1x32x1x128xbf16>
  %o = tessel.attention ins(%q, %k, %v : tensor<1x32x1x128xbf16>, tensor<1x8x16384x128xbf16>, tensor<1x8x16384x128xbf16>) outs(%e : tensor<1x32x1x128xbf16>) -> tensor<1x32x1x128xbf16>
  return %o : tensor<1x32x1x128xbf16>
}

func.func @decode_b1_s65536(%q: tensor<1x32x1x128xbf16>, %k: tensor<1x8x65536x128xbf16>, %v: tensor<1x8x65536x128xbf16>) -> tensor<1x32x1x128xbf16> {
  %e = tensor.empty() : tensor<1x32x1x128xbf16>
  %o = tessel.attention ins(%q, %k, %v : tensor<1x32x1x128xbf16>, tensor<1x8x65536x128xbf16>, tensor<1x8x65536x128xbf16>) outs(%e : tensor<1x32x1x128xbf16>) -> tensor<1x32x1x128xbf16>
  return %o : tensor<1x32x1x128xbf16>
}

func.func @decode_b4_s2048(%q: tensor<4x32x1x128xbf16>, %k: tensor<4x8x2048x128xbf16>, %v: tensor<4x8x2048x128xbf16>) -> tensor<4x32x1x128xbf16> {
  %e = tensor.empty() : tensor<4x32x1x128xbf16>
  %o = tessel.attention ins(%q, %k, %v : tensor<4x32x1x128xbf16>, tensor<4x8x2048x128xbf16>, tensor<4x8x2048x128xbf16>) outs(%e : tensor<4x32x1x128xbf16>) -> tensor<4x32x1x128xbf16>
  return %o : tensor<4x32x1x128xbf16>
}

func.func @decode_b4_s16384(%q: tensor<4x32x1x128xbf16>, %k: tensor<4x8x16384x128xbf16>, %v: tensor<4x8x16384x128xbf16>) -> tensor<4x32x1x128xbf16> {
  %e = tensor.empty() : tensor<4x32x1x128xbf16>
  %o = tessel.attention ins(%q, %k, %v : tensor<4x32x1x128xbf16>, tensor<4x8x16384x128xbf16>, tensor<4x8x16384x128xbf16>) outs(%e : tensor<4x32x1x128xbf16>) -> tensor<4x32x1x128xbf16>
  return %o : tensor<4x32x1x128xbf16>
}

func.func @decode_b4_s65536(%q: tensor<4x32x1x128xbf16>, %k: tensor<4x8x65536x128xbf16>, %v: tensor<4x8x65536x128xbf16>) -> tensor<4x32x1x128xbf16> {
  %e = tensor.empty() : tensor<4x32x1x128xbf16>
  %o = tessel.attention ins(%q, %k, %v : tensor<4x32x1x128xbf16>, tensor<4x8x65536x128xbf16>, tensor<4x8x65536x128xbf16>) outs(%e : tensor<4x32x1x128xbf16>) -> tensor<4x32x1x128xbf16>
  return %o : tensor<4x32x1x128xbf16>
}

func.func @decode_b16_s2048(%q: tensor<16x32x1x128xbf16>, %k: tensor<16x8x2048x128xbf16>, %v: tensor<16x8x2048x128xbf16>) -> tensor<16x32x1x128xbf16> {
  %e = tensor.empty() : tensor<16x32x1x128xbf16>
  %o = tessel.attention ins(%q, %k, %v : tensor<16x32x1x128xbf16>, tensor<16x8x2048x128xbf16>, tensor<16x8x2048x128xbf16>) outs(%e : tensor<16x32x1x128xbf16>) -> tensor<16x32x1x128xbf16>
  return %o : tensor<16x32x1x128xbf16>
}

func.func @decode_b16_s16384(%q: tensor<16x32x1x128xbf16>, %k: tensor<16x8x16384x128xbf16>, %v: tensor<16x8x16384x128xbf16>) -> tensor<16x32x1x128xbf16> {
  %e = tensor.empty() : tensor<16x32x1x128xbf16>
  %o = tessel.attention ins(%q, %k, %v : tensor<16x32x1x128xbf16>, tensor<16x8x16384x128xbf16>, tensor<16x8x16384x128xbf16>) outs(%e : tensor<16x32x1x128xbf16>) -> tensor<16x32x1x128xbf16>
  return %o : tensor<16x32x1x128xbf16>
}

func.func @decode_b16_s65536(%q: tensor<16x32x1x128xbf16>, %k: tensor<16x8x65536x128xbf16>, %v: tensor<16x8x65536x128xbf16>) -> tensor<16x32x1x128xbf16> {
  %e = tensor.empty() : tensor<16x32x1x128xbf16>
  %o = tessel.attention ins(%q, %k, %v : tensor<16x32x1x128xbf16>, tensor<16x8x65536x128xbf16>, tensor<16x8x65536x128xbf16>) outs(%e : tensor<16x32x1x128xbf16>) -> tensor<16x32x1x128xbf16>
  return %o : tensor<16x32x1x128xbf16>
}

func.func @decode_b64_s2048(%q: tensor<64x32x1x128xbf16>, %k: tensor<64x8x2048x128xbf16>, %v: tensor<64x8x2048x128xbf16>) -> tensor<64x32x1x128xbf16> {
  %e = tensor.empty() : tensor<64x32x1x128xbf16>
  %o = tessel.attention ins(%q, %k, %v : tensor<64x32x1x128xbf16>, tensor<64x8x2048x128xbf16>, tensor<64x8x2048x128xbf16>) outs(%e : tensor<64x32x1x128xbf16>) -> tensor<64x32x1x128xbf16>
  return %o : tensor<64x32x1x128xbf16>
}

func.func @decode_b64_s16384(%q: tensor<64x32x1x128xbf16>, %k: tensor<64x8x16384x128xbf16>, %v: tensor<64x8x16384x128xbf16>) -> tensor<64x32x1x128xbf16> {
  %e = tensor.empty() : tensor<64x32x1x128xbf16>
  %o = tessel.attention ins(%q, %k, %v : tensor<64x32x1x128xbf16>, tensor<64x8x16384x128xbf16>, tensor<64x8x16384x128xbf16>) outs(%e : tensor<64x32x1x128xbf16>) -> tensor<64x32x1x128xbf16>
  return %o : tensor<64x32x1x128xbf16>
}

func.func @decode_b64_s65536(%q: tensor<64x32x1x128xbf16>, %k: tensor<64x8x65536x128xbf16>, %v: tensor<64x8x65536x128xbf16>) -> tensor<64x32x1x128xbf16> {
  %e = tensor.empty() : tensor<64x32x1x128xbf16>
  %o = tessel.attention ins(%q, %k, %v : tensor<64x32x1x128xbf16>, tensor<64x8x65536x128xbf16>, tensor<64x8x65536x128xbf16>) outs(%e : tensor<64x32x1x128xbf16>) -> tensor<64x32x1x128xbf16>
  return %o : tensor<64x32x1x128xbf16>
}

// Speculative decoding: 4 and 8 causal query tokens on the cache of
// decode_b16_s16384 (the issue asks for at most 1.3x its time).
func.func @spec_b16_s16384_sq4(%q: tensor<16x32x4x128xbf16>, %k: tensor<16x8x16384x128xbf16>, %v: tensor<16x8x16384x128xbf16>) -> tensor<16x32x4x128xbf16> {
  %e = tensor.empty() : tensor<16x32x4x128xbf16>
  %o = tessel.attention causal ins(%q, %k, %v : tensor<16x32x4x128xbf16>, tensor<16x8x16384x128xbf16>, tensor<16x8x16384x128xbf16>) outs(%e : tensor<16x32x4x128xbf16>) -> tensor<16x32x4x128xbf16>
  return %o : tensor<16x32x4x128xbf16>
}

func.func @spec_b16_s16384_sq8(%q: tensor<16x32x8x128xbf16>, %k: tensor<16x8x16384x128xbf16>, %v: tensor<16x8x16384x128xbf16>) -> tensor<16x32x8x128xbf16> {
  %e = tensor.empty() : tensor<16x32x8x128xbf16>
  %o = tessel.attention causal ins(%q, %k, %v : tensor<16x32x8x128xbf16>, tensor<16x8x16384x128xbf16>, tensor<16x8x16384x128xbf16>) outs(%e : tensor<16x32x8x128xbf16>) -> tensor<16x32x8x128xbf16>
  return %o : tensor<16x32x8x128xbf16>
}
