// Decode attention whose batch and cache length are given at call time (one
// compiled function for a growing contiguous cache), checked against the
// float64 reference at several sizes. ../CUDA/dynamic-decode.mlir runs the
// same functions through tessel-cuda-pipeline, where they take the split-KV
// decode kernel: the splits are ranked for a nominal cache and each split's
// keys are sized from the cache at run time (tensor-core and CUDA-core
// forms, causal offsets, caches that are no multiple of a step, and an empty
// cache, whose rows give zeros).

// RUN: tessel-run %s --seed=1 --check --dynamic-sizes=2,300 | FileCheck %s
// RUN: tessel-run %s --seed=2 --check --dynamic-sizes=1,4097 | FileCheck %s
// RUN: tessel-run %s --seed=3 --check --dynamic-sizes=3,1 | FileCheck %s
// RUN: tessel-run %s --seed=4 --check --dynamic-sizes=2,0 | FileCheck %s
// CHECK-COUNT-3: ok
// CHECK-NOT: FAIL

// Grouped-query heads (4 rows per key/value head: the tensor-core form).
func.func @gqa_bf16(%q: tensor<?x8x1x128xbf16>, %k: tensor<?x2x?x128xbf16>, %v: tensor<?x2x?x128xbf16>) -> tensor<?x8x1x128xbf16> {
  %c0 = arith.constant 0 : index
  %b = tensor.dim %q, %c0 : tensor<?x8x1x128xbf16>
  %e = tensor.empty(%b) : tensor<?x8x1x128xbf16>
  %o = tessel.attention ins(%q, %k, %v : tensor<?x8x1x128xbf16>, tensor<?x2x?x128xbf16>, tensor<?x2x?x128xbf16>) outs(%e : tensor<?x8x1x128xbf16>) -> tensor<?x8x1x128xbf16>
  return %o : tensor<?x8x1x128xbf16>
}

// Multi-head (one row per key/value head: the CUDA-core form), two tokens,
// bottom-right causal (the default offset, Skv - Sq, at run time).
func.func @mha_causal_f16(%q: tensor<?x4x2x64xf16>, %k: tensor<?x4x?x64xf16>, %v: tensor<?x4x?x64xf16>) -> tensor<?x4x2x64xf16> {
  %c0 = arith.constant 0 : index
  %b = tensor.dim %q, %c0 : tensor<?x4x2x64xf16>
  %e = tensor.empty(%b) : tensor<?x4x2x64xf16>
  %o = tessel.attention causal ins(%q, %k, %v : tensor<?x4x2x64xf16>, tensor<?x4x?x64xf16>, tensor<?x4x?x64xf16>) outs(%e : tensor<?x4x2x64xf16>) -> tensor<?x4x2x64xf16>
  return %o : tensor<?x4x2x64xf16>
}

// Speculative decoding of 4 tokens of 4 heads per key/value head (16 rows,
// the tensor-core form), causal, D 64.
func.func @spec_causal_bf16(%q: tensor<?x4x4x64xbf16>, %k: tensor<?x1x?x64xbf16>, %v: tensor<?x1x?x64xbf16>) -> tensor<?x4x4x64xbf16> {
  %c0 = arith.constant 0 : index
  %b = tensor.dim %q, %c0 : tensor<?x4x4x64xbf16>
  %e = tensor.empty(%b) : tensor<?x4x4x64xbf16>
  %o = tessel.attention causal ins(%q, %k, %v : tensor<?x4x4x64xbf16>, tensor<?x1x?x64xbf16>, tensor<?x1x?x64xbf16>) outs(%e : tensor<?x4x4x64xbf16>) -> tensor<?x4x4x64xbf16>
  return %o : tensor<?x4x4x64xbf16>
}
