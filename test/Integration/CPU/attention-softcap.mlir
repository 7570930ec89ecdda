// Soft-capped attention (Gemma-2's logit soft-capping: every scaled score s
// becomes softcap * tanh(s / softcap) before the masks) on the CPU, against
// the float64 reference on seeded random inputs. The caps are small next to
// the scores (scale 1 over head dimensions of 16 to 128), so that tanh
// saturates and a missing or misplaced cap changes the result. The bf16
// shapes are those of the GPU kernels' edges (../CUDA/attention-softcap.mlir
// runs the same functions there).

// RUN: tessel-run %s --seed=5 --check | FileCheck %s
// CHECK-NOT: FAIL

// f32, causal with more keys than queries: the generic path everywhere.
// CHECK: check capped_f32 result 0 {{.*}} ok
func.func @capped_f32(%q: tensor<2x2x17x16xf32>, %k: tensor<2x2x40x16xf32>, %v: tensor<2x2x40x8xf32>) -> tensor<2x2x17x8xf32> {
  %e = tensor.empty() : tensor<2x2x17x8xf32>
  %o = tessel.attention causal scale(1.0) softcap(0.5) ins(%q, %k, %v : tensor<2x2x17x16xf32>, tensor<2x2x40x16xf32>, tensor<2x2x40x8xf32>) outs(%e : tensor<2x2x17x8xf32>) -> tensor<2x2x17x8xf32>
  return %o : tensor<2x2x17x8xf32>
}

// bf16, grouped heads, causal, query and key counts off the tiles.
// CHECK: check capped_gqa result 0 {{.*}} ok
func.func @capped_gqa(%q: tensor<2x4x100x64xbf16>, %k: tensor<2x2x130x64xbf16>, %v: tensor<2x2x130x64xbf16>) -> tensor<2x4x100x64xbf16> {
  %e = tensor.empty() : tensor<2x4x100x64xbf16>
  %o = tessel.attention causal scale(1.0) softcap(5.0) ins(%q, %k, %v : tensor<2x4x100x64xbf16>, tensor<2x2x130x64xbf16>, tensor<2x2x130x64xbf16>) outs(%e : tensor<2x4x100x64xbf16>) -> tensor<2x4x100x64xbf16>
  return %o : tensor<2x4x100x64xbf16>
}

// bf16, head dimension 128, the default scale, not causal.
// CHECK: check capped_full result 0 {{.*}} ok
func.func @capped_full(%q: tensor<1x2x65x128xbf16>, %k: tensor<1x2x129x128xbf16>, %v: tensor<1x2x129x128xbf16>) -> tensor<1x2x65x128xbf16> {
  %e = tensor.empty() : tensor<1x2x65x128xbf16>
  %o = tessel.attention softcap(0.75) ins(%q, %k, %v : tensor<1x2x65x128xbf16>, tensor<1x2x129x128xbf16>, tensor<1x2x129x128xbf16>) outs(%e : tensor<1x2x65x128xbf16>) -> tensor<1x2x65x128xbf16>
  return %o : tensor<1x2x65x128xbf16>
}

// The cap comes before an additive mask (random values of about the cap's
// size) and a boolean one (random: some rows are fully masked, zeros).
// CHECK: check capped_masks result 0 {{.*}} ok
// CHECK: check capped_masks result 1 {{.*}} ok
func.func @capped_masks(%q: tensor<1x2x33x64xbf16>, %k: tensor<1x2x70x64xbf16>, %v: tensor<1x2x70x64xbf16>,
                        %add: tensor<1x1x33x70xbf16>, %keep: tensor<1x2x33x70xi1>) -> (tensor<1x2x33x64xbf16>, tensor<1x2x33x64xbf16>) {
  %e = tensor.empty() : tensor<1x2x33x64xbf16>
  %a = tessel.attention scale(1.0) softcap(2.0) ins(%q, %k, %v : tensor<1x2x33x64xbf16>, tensor<1x2x70x64xbf16>, tensor<1x2x70x64xbf16>) mask(%add : tensor<1x1x33x70xbf16>) outs(%e : tensor<1x2x33x64xbf16>) -> tensor<1x2x33x64xbf16>
  %b = tessel.attention scale(1.0) softcap(2.0) ins(%q, %k, %v : tensor<1x2x33x64xbf16>, tensor<1x2x70x64xbf16>, tensor<1x2x70x64xbf16>) mask(%keep : tensor<1x2x33x70xi1>) outs(%e : tensor<1x2x33x64xbf16>) -> tensor<1x2x33x64xbf16>
  return %a, %b : tensor<1x2x33x64xbf16>, tensor<1x2x33x64xbf16>
}

// One query token against a long cache (a decode step).
// CHECK: check capped_decode result 0 {{.*}} ok
func.func @capped_decode(%q: tensor<1x8x1x128xbf16>, %k: tensor<1x2x300x128xbf16>, %v: tensor<1x2x300x128xbf16>) -> tensor<1x8x1x128xbf16> {
  %e = tensor.empty() : tensor<1x8x1x128xbf16>
  %o = tessel.attention causal scale(1.0) softcap(3.0) ins(%q, %k, %v : tensor<1x8x1x128xbf16>, tensor<1x2x300x128xbf16>, tensor<1x2x300x128xbf16>) outs(%e : tensor<1x8x1x128xbf16>) -> tensor<1x8x1x128xbf16>
  return %o : tensor<1x8x1x128xbf16>
}
