// Decode-shaped attention (few query tokens against a longer key/value
// cache, grouped heads), checked against the float64 reference on the CPU.
// ../CUDA/decode-attention.mlir runs the same functions through
// tessel-cuda-pipeline, where they take the split-KV decode kernel: key
// counts that are no multiple of its 16-key steps, several chunks of query
// rows, head dimensions 64, 128 and 256, explicit and default causal
// offsets, and rows that see no key at all.

// RUN: tessel-run %s --seed=5 --check | FileCheck %s
// CHECK-COUNT-10: ok
// CHECK-NOT: FAIL

// One token, 4 query heads per key/value head, 300 keys.
func.func @decode_gqa4_bf16(%q: tensor<2x8x1x128xbf16>, %k: tensor<2x2x300x128xbf16>, %v: tensor<2x2x300x128xbf16>) -> tensor<2x8x1x128xbf16> {
  %e = tensor.empty() : tensor<2x8x1x128xbf16>
  %o = tessel.attention ins(%q, %k, %v : tensor<2x8x1x128xbf16>, tensor<2x2x300x128xbf16>, tensor<2x2x300x128xbf16>) outs(%e : tensor<2x8x1x128xbf16>) -> tensor<2x8x1x128xbf16>
  return %o : tensor<2x8x1x128xbf16>
}

// Causal with the query at position 37 of the cache: keys 0..37 count.
func.func @decode_causal_offset_f16(%q: tensor<1x4x1x64xf16>, %k: tensor<1x4x100x64xf16>, %v: tensor<1x4x100x64xf16>) -> tensor<1x4x1x64xf16> {
  %e = tensor.empty() : tensor<1x4x1x64xf16>
  %off = arith.constant 37 : index
  %o = tessel.attention causal ins(%q, %k, %v : tensor<1x4x1x64xf16>, tensor<1x4x100x64xf16>, tensor<1x4x100x64xf16>) offset(%off) outs(%e : tensor<1x4x1x64xf16>) -> tensor<1x4x1x64xf16>
  return %o : tensor<1x4x1x64xf16>
}

// Speculative decoding: 4 tokens, bottom-right causal, 16 rows per key/value
// head (two chunks of 8).
func.func @spec_decode_sq4_bf16(%q: tensor<1x8x4x128xbf16>, %k: tensor<1x2x257x128xbf16>, %v: tensor<1x2x257x128xbf16>) -> tensor<1x8x4x128xbf16> {
  %e = tensor.empty() : tensor<1x8x4x128xbf16>
  %o = tessel.attention causal ins(%q, %k, %v : tensor<1x8x4x128xbf16>, tensor<1x2x257x128xbf16>, tensor<1x2x257x128xbf16>) outs(%e : tensor<1x8x4x128xbf16>) -> tensor<1x8x4x128xbf16>
  return %o : tensor<1x8x4x128xbf16>
}

// Multi-query, head dimension 256, two tokens, an explicit scale.
func.func @decode_mqa_d256_bf16(%q: tensor<1x4x2x256xbf16>, %k: tensor<1x1x64x256xbf16>, %v: tensor<1x1x64x256xbf16>) -> tensor<1x4x2x256xbf16> {
  %e = tensor.empty() : tensor<1x4x2x256xbf16>
  %o = tessel.attention scale(0.05) ins(%q, %k, %v : tensor<1x4x2x256xbf16>, tensor<1x1x64x256xbf16>, tensor<1x1x64x256xbf16>) outs(%e : tensor<1x4x2x256xbf16>) -> tensor<1x4x2x256xbf16>
  return %o : tensor<1x4x2x256xbf16>
}

// An offset before the cache: no query sees a key, the result is zeros.
func.func @decode_no_keys_f16(%q: tensor<1x2x1x64xf16>, %k: tensor<1x2x40x64xf16>, %v: tensor<1x2x40x64xf16>) -> tensor<1x2x1x64xf16> {
  %e = tensor.empty() : tensor<1x2x1x64xf16>
  %off = arith.constant -3 : index
  %o = tessel.attention causal ins(%q, %k, %v : tensor<1x2x1x64xf16>, tensor<1x2x40x64xf16>, tensor<1x2x40x64xf16>) offset(%off) outs(%e : tensor<1x2x1x64xf16>) -> tensor<1x2x1x64xf16>
  return %o : tensor<1x2x1x64xf16>
}

// A long cache split many ways: 4 tokens of 8 query heads on one key/value
// head (32 rows), 5000 keys.
func.func @decode_long_bf16(%q: tensor<1x8x4x128xbf16>, %k: tensor<1x1x5000x128xbf16>, %v: tensor<1x1x5000x128xbf16>) -> tensor<1x8x4x128xbf16> {
  %e = tensor.empty() : tensor<1x8x4x128xbf16>
  %o = tessel.attention causal ins(%q, %k, %v : tensor<1x8x4x128xbf16>, tensor<1x1x5000x128xbf16>, tensor<1x1x5000x128xbf16>) outs(%e : tensor<1x8x4x128xbf16>) -> tensor<1x8x4x128xbf16>
  return %o : tensor<1x8x4x128xbf16>
}

// 8 query heads per key/value head, a cache of whole 64-key blocks
// (no index comparisons in the tensor-core form), f16.
func.func @decode_gqa8_whole_blocks_f16(%q: tensor<2x16x1x64xf16>, %k: tensor<2x2x1024x64xf16>, %v: tensor<2x2x1024x64xf16>) -> tensor<2x16x1x64xf16> {
  %e = tensor.empty() : tensor<2x16x1x64xf16>
  %o = tessel.attention ins(%q, %k, %v : tensor<2x16x1x64xf16>, tensor<2x2x1024x64xf16>, tensor<2x2x1024x64xf16>) outs(%e : tensor<2x16x1x64xf16>) -> tensor<2x16x1x64xf16>
  return %o : tensor<2x16x1x64xf16>
}

// A decode step at a run-time position of a static cache (tessel-raise
// writes Hugging Face's decode masks so): the kernels read the keys up to
// the position only. The position is drawn from the whole cache.
func.func @decode_at_position_bf16(%q: tensor<1x8x1x128xbf16>, %k: tensor<1x2x2048x128xbf16>, %v: tensor<1x2x2048x128xbf16>, %pos: tensor<1xi64> {tessel.random_range = array<i64: 0, 2048>}) -> tensor<1x8x1x128xbf16> {
  %e = tensor.empty() : tensor<1x8x1x128xbf16>
  %c0 = arith.constant 0 : index
  %p = tensor.extract %pos[%c0] : tensor<1xi64>
  %off = arith.index_cast %p : i64 to index
  %o = tessel.attention causal ins(%q, %k, %v : tensor<1x8x1x128xbf16>, tensor<1x2x2048x128xbf16>, tensor<1x2x2048x128xbf16>) offset(%off) outs(%e : tensor<1x8x1x128xbf16>) -> tensor<1x8x1x128xbf16>
  return %o : tensor<1x8x1x128xbf16>
}

// Gemma-2's local layer in a decode step: a 128-key window ending at a
// run-time position, soft-capped scores, one query head per key/value head
// (the CUDA-core form).
func.func @decode_window_softcap_f16(%q: tensor<1x2x1x64xf16>, %k: tensor<1x2x1000x64xf16>, %v: tensor<1x2x1000x64xf16>, %pos: tensor<1xi64> {tessel.random_range = array<i64: 0, 1000>}) -> tensor<1x2x1x64xf16> {
  %e = tensor.empty() : tensor<1x2x1x64xf16>
  %c0 = arith.constant 0 : index
  %p = tensor.extract %pos[%c0] : tensor<1xi64>
  %off = arith.index_cast %p : i64 to index
  %o = tessel.attention causal window(128) softcap(3.000000e+01) ins(%q, %k, %v : tensor<1x2x1x64xf16>, tensor<1x2x1000x64xf16>, tensor<1x2x1000x64xf16>) offset(%off) outs(%e : tensor<1x2x1x64xf16>) -> tensor<1x2x1x64xf16>
  return %o : tensor<1x2x1x64xf16>
}

// Mistral's window with two query tokens of 4 heads per key/value head
// (8 rows: the tensor-core form), soft-capped, at a run-time position.
func.func @spec_decode_window_bf16(%q: tensor<1x8x2x128xbf16>, %k: tensor<1x2x1500x128xbf16>, %v: tensor<1x2x1500x128xbf16>, %pos: tensor<1xi64> {tessel.random_range = array<i64: 0, 1498>}) -> tensor<1x8x2x128xbf16> {
  %e = tensor.empty() : tensor<1x8x2x128xbf16>
  %c0 = arith.constant 0 : index
  %p = tensor.extract %pos[%c0] : tensor<1xi64>
  %off = arith.index_cast %p : i64 to index
  %o = tessel.attention causal window(300) softcap(5.000000e+01) ins(%q, %k, %v : tensor<1x8x2x128xbf16>, tensor<1x2x1500x128xbf16>, tensor<1x2x1500x128xbf16>) offset(%off) outs(%e : tensor<1x8x2x128xbf16>) -> tensor<1x8x2x128xbf16>
  return %o : tensor<1x8x2x128xbf16>
}
