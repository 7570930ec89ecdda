// GPU benchmarks of attention forward, bf16, at the other two shapes of
// PEERS.md (FlashAttention-2 through SDPA is the peer): a smaller head
// dimension, a long sequence, a head dimension of 256, and grouped-query heads (32 query heads on
// 8 key/value heads). Only the fused kernel runs them (the
// generic path would materialize the S x S scores: 34 GB at S = 16384).
// Run by tools/scripts/bench-cuda.sh.

func.func @attention_full_b8h16s2048d64(%q: tensor<8x16x2048x64xbf16>, %k: tensor<8x16x2048x64xbf16>, %v: tensor<8x16x2048x64xbf16>) -> tensor<8x16x2048x64xbf16> {
  %e = tensor.empty() : tensor<8x16x2048x64xbf16>
  %o = tessel.attention ins(%q, %k, %v : tensor<8x16x2048x64xbf16>, tensor<8x16x2048x64xbf16>, tensor<8x16x2048x64xbf16>) outs(%e : tensor<8x16x2048x64xbf16>) -> tensor<8x16x2048x64xbf16>
  return %o : tensor<8x16x2048x64xbf16>
}

func.func @attention_causal_b8h16s2048d64(%q: tensor<8x16x2048x64xbf16>, %k: tensor<8x16x2048x64xbf16>, %v: tensor<8x16x2048x64xbf16>) -> tensor<8x16x2048x64xbf16> {
  %e = tensor.empty() : tensor<8x16x2048x64xbf16>
  %o = tessel.attention causal ins(%q, %k, %v : tensor<8x16x2048x64xbf16>, tensor<8x16x2048x64xbf16>, tensor<8x16x2048x64xbf16>) outs(%e : tensor<8x16x2048x64xbf16>) -> tensor<8x16x2048x64xbf16>
  return %o : tensor<8x16x2048x64xbf16>
}

func.func @attention_full_b1h32s16384d128(%q: tensor<1x32x16384x128xbf16>, %k: tensor<1x32x16384x128xbf16>, %v: tensor<1x32x16384x128xbf16>) -> tensor<1x32x16384x128xbf16> {
  %e = tensor.empty() : tensor<1x32x16384x128xbf16>
  %o = tessel.attention ins(%q, %k, %v : tensor<1x32x16384x128xbf16>, tensor<1x32x16384x128xbf16>, tensor<1x32x16384x128xbf16>) outs(%e : tensor<1x32x16384x128xbf16>) -> tensor<1x32x16384x128xbf16>
  return %o : tensor<1x32x16384x128xbf16>
}

func.func @attention_causal_b1h32s16384d128(%q: tensor<1x32x16384x128xbf16>, %k: tensor<1x32x16384x128xbf16>, %v: tensor<1x32x16384x128xbf16>) -> tensor<1x32x16384x128xbf16> {
  %e = tensor.empty() : tensor<1x32x16384x128xbf16>
  %o = tessel.attention causal ins(%q, %k, %v : tensor<1x32x16384x128xbf16>, tensor<1x32x16384x128xbf16>, tensor<1x32x16384x128xbf16>) outs(%e : tensor<1x32x16384x128xbf16>) -> tensor<1x32x16384x128xbf16>
  return %o : tensor<1x32x16384x128xbf16>
}

func.func @attention_full_b4h32kv8s4096d128(%q: tensor<4x32x4096x128xbf16>, %k: tensor<4x8x4096x128xbf16>, %v: tensor<4x8x4096x128xbf16>) -> tensor<4x32x4096x128xbf16> {
  %e = tensor.empty() : tensor<4x32x4096x128xbf16>
  %o = tessel.attention ins(%q, %k, %v : tensor<4x32x4096x128xbf16>, tensor<4x8x4096x128xbf16>, tensor<4x8x4096x128xbf16>) outs(%e : tensor<4x32x4096x128xbf16>) -> tensor<4x32x4096x128xbf16>
  return %o : tensor<4x32x4096x128xbf16>
}

func.func @attention_causal_b4h32kv8s4096d128(%q: tensor<4x32x4096x128xbf16>, %k: tensor<4x8x4096x128xbf16>, %v: tensor<4x8x4096x128xbf16>) -> tensor<4x32x4096x128xbf16> {
  %e = tensor.empty() : tensor<4x32x4096x128xbf16>
  %o = tessel.attention causal ins(%q, %k, %v : tensor<4x32x4096x128xbf16>, tensor<4x8x4096x128xbf16>, tensor<4x8x4096x128xbf16>) outs(%e : tensor<4x32x4096x128xbf16>) -> tensor<4x32x4096x128xbf16>
  return %o : tensor<4x32x4096x128xbf16>
}

func.func @attention_full_b2h16s4096d256(%q: tensor<2x16x4096x256xbf16>, %k: tensor<2x16x4096x256xbf16>, %v: tensor<2x16x4096x256xbf16>) -> tensor<2x16x4096x256xbf16> {
  %e = tensor.empty() : tensor<2x16x4096x256xbf16>
  %o = tessel.attention ins(%q, %k, %v : tensor<2x16x4096x256xbf16>, tensor<2x16x4096x256xbf16>, tensor<2x16x4096x256xbf16>) outs(%e : tensor<2x16x4096x256xbf16>) -> tensor<2x16x4096x256xbf16>
  return %o : tensor<2x16x4096x256xbf16>
}

func.func @attention_causal_b2h16s4096d256(%q: tensor<2x16x4096x256xbf16>, %k: tensor<2x16x4096x256xbf16>, %v: tensor<2x16x4096x256xbf16>) -> tensor<2x16x4096x256xbf16> {
  %e = tensor.empty() : tensor<2x16x4096x256xbf16>
  %o = tessel.attention causal ins(%q, %k, %v : tensor<2x16x4096x256xbf16>, tensor<2x16x4096x256xbf16>, tensor<2x16x4096x256xbf16>) outs(%e : tensor<2x16x4096x256xbf16>) -> tensor<2x16x4096x256xbf16>
  return %o : tensor<2x16x4096x256xbf16>
}
