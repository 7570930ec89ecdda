// GPU benchmarks of a decode step against a static KV cache (Hugging Face's
// StaticCache; what tessel-raise makes of its decode step): one query token
// of 32 heads, 8 key/value heads, bf16, D = 128, a cache of 32768 positions
// with the step at a run-time position (drawn from a one-value range: the
// bundle's inputs are made on the device). The decode kernel reads only the
// keys up to the position (a sliding window: only the window's), so each
// step should cost what a 4096-key cache costs (@cache_4096), not what the
// whole cache does (@cache_32768). Run by tools/scripts/bench-cuda.sh.

// The position 4095 of 32768: 4096 keys.
func.func @static_32768_at_4095(%q: tensor<1x32x1x128xbf16>, %k: tensor<1x8x32768x128xbf16>, %v: tensor<1x8x32768x128xbf16>, %pos: tensor<1xi64> {tessel.random_range = array<i64: 4095, 4096>}) -> tensor<1x32x1x128xbf16> {
  %e = tensor.empty() : tensor<1x32x1x128xbf16>
  %c0 = arith.constant 0 : index
  %p = tensor.extract %pos[%c0] : tensor<1xi64>
  %off = arith.index_cast %p : i64 to index
  %o = tessel.attention causal ins(%q, %k, %v : tensor<1x32x1x128xbf16>, tensor<1x8x32768x128xbf16>, tensor<1x8x32768x128xbf16>) offset(%off) outs(%e : tensor<1x32x1x128xbf16>) -> tensor<1x32x1x128xbf16>
  return %o : tensor<1x32x1x128xbf16>
}

// Mistral's 4096-key window at position 30000 of 32768: 4096 keys.
func.func @static_window_32768_at_30000(%q: tensor<1x32x1x128xbf16>, %k: tensor<1x8x32768x128xbf16>, %v: tensor<1x8x32768x128xbf16>, %pos: tensor<1xi64> {tessel.random_range = array<i64: 30000, 30001>}) -> tensor<1x32x1x128xbf16> {
  %e = tensor.empty() : tensor<1x32x1x128xbf16>
  %c0 = arith.constant 0 : index
  %p = tensor.extract %pos[%c0] : tensor<1xi64>
  %off = arith.index_cast %p : i64 to index
  %o = tessel.attention causal window(4096) ins(%q, %k, %v : tensor<1x32x1x128xbf16>, tensor<1x8x32768x128xbf16>, tensor<1x8x32768x128xbf16>) offset(%off) outs(%e : tensor<1x32x1x128xbf16>) -> tensor<1x32x1x128xbf16>
  return %o : tensor<1x32x1x128xbf16>
}

// The same keys in a cache of their own.
func.func @cache_4096(%q: tensor<1x32x1x128xbf16>, %k: tensor<1x8x4096x128xbf16>, %v: tensor<1x8x4096x128xbf16>) -> tensor<1x32x1x128xbf16> {
  %e = tensor.empty() : tensor<1x32x1x128xbf16>
  %o = tessel.attention ins(%q, %k, %v : tensor<1x32x1x128xbf16>, tensor<1x8x4096x128xbf16>, tensor<1x8x4096x128xbf16>) outs(%e : tensor<1x32x1x128xbf16>) -> tensor<1x32x1x128xbf16>
  return %o : tensor<1x32x1x128xbf16>
}

// Every key of the cache (what a step read before the position bounded it).
func.func @cache_32768(%q: tensor<1x32x1x128xbf16>, %k: tensor<1x8x32768x128xbf16>, %v: tensor<1x8x32768x128xbf16>) -> tensor<1x32x1x128xbf16> {
  %e = tensor.empty() : tensor<1x32x1x128xbf16>
  %o = tessel.attention ins(%q, %k, %v : tensor<1x32x1x128xbf16>, tensor<1x8x32768x128xbf16>, tensor<1x8x32768x128xbf16>) outs(%e : tensor<1x32x1x128xbf16>) -> tensor<1x32x1x128xbf16>
  return %o : tensor<1x32x1x128xbf16>
}
