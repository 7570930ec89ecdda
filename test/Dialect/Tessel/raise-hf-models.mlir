// tessel-raise on whole Hugging Face models as torch-mlir exports them
// (../../Integration/Frontend/Inputs/hf, made by
// tools/scripts/export-hf-models.py; hf-models.py runs them): the spellings
// that only real models have.
//
// RUN: tessel-opt %S/../../Integration/Frontend/Inputs/hf/llama-bf16.mlir --tessel-raise | FileCheck %s --check-prefix=BF16
// RUN: tessel-opt %S/../../Integration/Frontend/Inputs/hf/gpt2-f32.mlir --tessel-raise | grep -B2 "= tessel.attention" | FileCheck %s --check-prefix=GPT2
// RUN: tessel-opt %S/../../Integration/Frontend/Inputs/hf/gemma2-f32.mlir --tessel-raise | FileCheck %s --check-prefix=GEMMA
// RUN: tessel-opt %S/../../Integration/Frontend/Inputs/hf/gemma2-bf16.mlir --tessel-raise | FileCheck %s --check-prefix=EAGER

// A bf16 Llama: SDPA computed in f32 between extf and truncf, K and V
// repeated along heads (repeat_kv) in bf16, the causal mask built from a
// cumulative sum (tm_tensor.scan) and evaluated: one bf16 op per layer on
// the unrepeated 2 key/value heads.
// BF16-COUNT-2: tessel.attention causal scale(0.35355339059327373) ins({{.*}} : tensor<1x4x8x8xbf16>, tensor<1x2x8x8xbf16>, tensor<1x2x8x8xbf16>) outs
// BF16-NOT: tessel.attention

// GPT-2: K^T comes from one transpose of the fused projection's slice,
// [B, S, H, D] -> [B, H, D, S]; K is that slice transposed to [B, H, S, D]
// (the transpose the raise builds, right before the op and its init).
// GPT2: %[[K0:.*]] = linalg.transpose ins({{.*}} : tensor<1x8x4x8xf32>) outs({{.*}} : tensor<1x4x8x8xf32>) permutation = [0, 2, 1, 3]
// GPT2-NEXT: tensor.empty() : tensor<1x4x8x8xf32>
// GPT2-NEXT: tessel.attention causal scale({{.*}}) ins(%{{.*}}, %[[K0]], %{{.*}} : tensor<1x4x8x8xf32>, tensor<1x4x8x8xf32>, tensor<1x4x8x8xf32>) outs
// GPT2: %[[K1:.*]] = linalg.transpose ins({{.*}} : tensor<1x8x4x8xf32>) outs({{.*}} : tensor<1x4x8x8xf32>) permutation = [0, 2, 1, 3]
// GPT2-NEXT: tensor.empty() : tensor<1x4x8x8xf32>
// GPT2-NEXT: tessel.attention causal scale({{.*}}) ins(%{{.*}}, %[[K1]], %{{.*}} : tensor<1x4x8x8xf32>, tensor<1x4x8x8xf32>, tensor<1x4x8x8xf32>) outs

// Gemma-2 (eager attention, f32): scores scaled by 1/16, soft-capped at 50,
// masked with finfo(f32).min. Layer 0's sliding window (4 keys) becomes
// `causal window(4)`; layer 1's causal mask becomes the flag.
// GEMMA: tessel.attention causal window(4) scale(6.250000e-02) softcap(5.000000e+01) ins({{.*}} : tensor<1x4x8x8xf32>, tensor<1x2x8x8xf32>, tensor<1x2x8x8xf32>) outs
// GEMMA: tessel.attention causal scale(6.250000e-02) softcap(5.000000e+01) ins({{.*}} : tensor<1x4x8x8xf32>, tensor<1x2x8x8xf32>, tensor<1x2x8x8xf32>) outs
// GEMMA-NOT: tessel.attention

// Gemma-2's eager attention in bf16: Q K^T accumulated in f32 and
// truncated (a bf16 matmul), the scale, the cap and the finfo.min mask
// applied in bf16, the softmax of the extended scores in f32, the
// probabilities truncated for a bf16 P V. Raised to bf16 ops, which keep
// the scores in f32 where the eager code rounds them to bf16 after each
// op (docs/Semantics.md).
// EAGER: tessel.attention causal window(4) scale(6.250000e-02) softcap(5.000000e+01) ins({{.*}} : tensor<1x4x8x8xbf16>, tensor<1x2x8x8xbf16>, tensor<1x2x8x8xbf16>) outs
// EAGER: tessel.attention causal scale(6.250000e-02) softcap(5.000000e+01) ins({{.*}} : tensor<1x4x8x8xbf16>, tensor<1x2x8x8xbf16>, tensor<1x2x8x8xbf16>) outs
// EAGER-NOT: tessel.attention
