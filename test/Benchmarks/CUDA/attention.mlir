// GPU benchmarks of attention forward, bf16, the shape of issue 4 and
// PEERS.md (FlashAttention-2 through SDPA is the peer). Run by
// tools/scripts/bench-cuda.sh.

func.func @attention_full_b4h32s4096d128(%q: tensor<4x32x4096x128xbf16>, %k: tensor<4x32x4096x128xbf16>, %v: tensor<4x32x4096x128xbf16>) -> tensor<4x32x4096x128xbf16> {
  %e = tensor.empty() : tensor<4x32x4096x128xbf16>
  %o = tessel.attention ins(%q, %k, %v : tensor<4x32x4096x128xbf16>, tensor<4x32x4096x128xbf16>, tensor<4x32x4096x128xbf16>) outs(%e : tensor<4x32x4096x128xbf16>) -> tensor<4x32x4096x128xbf16>
  return %o : tensor<4x32x4096x128xbf16>
}

func.func @attention_causal_b4h32s4096d128(%q: tensor<4x32x4096x128xbf16>, %k: tensor<4x32x4096x128xbf16>, %v: tensor<4x32x4096x128xbf16>) -> tensor<4x32x4096x128xbf16> {
  %e = tensor.empty() : tensor<4x32x4096x128xbf16>
  %o = tessel.attention causal ins(%q, %k, %v : tensor<4x32x4096x128xbf16>, tensor<4x32x4096x128xbf16>, tensor<4x32x4096x128xbf16>) outs(%e : tensor<4x32x4096x128xbf16>) -> tensor<4x32x4096x128xbf16>
  return %o : tensor<4x32x4096x128xbf16>
}
