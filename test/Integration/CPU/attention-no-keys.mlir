// Attention against no keys (Skv = 0): every row sees no key and is zero
// (docs/Semantics.md), full and causal, f32 and bf16; checked against the
// float64 reference. Before, tessel-tile failed on the empty key slices
// and the contraction vectorizer crashed on the empty loop.

// RUN: tessel-run %s --seed=2 --check | FileCheck %s
// CHECK-NOT: FAIL

// CHECK-COUNT-2: check no_keys result {{[01]}} {{.*}} max error 0, {{.*}} ok
func.func @no_keys(%q: tensor<1x2x8x16xf32>, %k: tensor<1x2x0x16xf32>, %v: tensor<1x2x0x16xf32>)
    -> (tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>) {
  %e = tensor.empty() : tensor<1x2x8x16xf32>
  %o = tessel.attention ins(%q, %k, %v : tensor<1x2x8x16xf32>, tensor<1x2x0x16xf32>, tensor<1x2x0x16xf32>) outs(%e : tensor<1x2x8x16xf32>) -> tensor<1x2x8x16xf32>
  %c = tessel.attention causal ins(%q, %k, %v : tensor<1x2x8x16xf32>, tensor<1x2x0x16xf32>, tensor<1x2x0x16xf32>) outs(%e : tensor<1x2x8x16xf32>) -> tensor<1x2x8x16xf32>
  return %o, %c : tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>
}

// CHECK: check no_keys_bf16 result 0 {{.*}} max error 0, {{.*}} ok
func.func @no_keys_bf16(%q: tensor<2x4x70x64xbf16>, %k: tensor<2x2x0x64xbf16>, %v: tensor<2x2x0x64xbf16>) -> tensor<2x4x70x64xbf16> {
  %e = tensor.empty() : tensor<2x4x70x64xbf16>
  %o = tessel.attention ins(%q, %k, %v : tensor<2x4x70x64xbf16>, tensor<2x2x0x64xbf16>, tensor<2x2x0x64xbf16>) outs(%e : tensor<2x4x70x64xbf16>) -> tensor<2x4x70x64xbf16>
  return %o : tensor<2x4x70x64xbf16>
}
