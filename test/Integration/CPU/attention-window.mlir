// Sliding-window attention (Mistral, Qwen2 and Gemma-2's local layers):
// with `causal window(W)` query i sees the W keys up to i + offset. On the
// CPU against the float64 reference on seeded random inputs, at windows
// shorter than a key block and longer than the keys, with an explicit
// offset, more queries than keys (rows without keys are zero), grouped
// heads and every element type. ../CUDA/attention-window.mlir runs the same
// functions through the GPU kernels.

// RUN: tessel-run %s --seed=7 --check | FileCheck %s
// CHECK-NOT: FAIL

// f32 (the generic path on the GPU too), a window of one key: each row
// returns its own value row.
// CHECK: check window_one_f32 result 0 {{.*}} ok
func.func @window_one_f32(%q: tensor<1x2x17x16xf32>, %k: tensor<1x2x17x16xf32>, %v: tensor<1x2x17x8xf32>) -> tensor<1x2x17x8xf32> {
  %e = tensor.empty() : tensor<1x2x17x8xf32>
  %o = tessel.attention causal window(1) ins(%q, %k, %v : tensor<1x2x17x16xf32>, tensor<1x2x17x16xf32>, tensor<1x2x17x8xf32>) outs(%e : tensor<1x2x17x8xf32>) -> tensor<1x2x17x8xf32>
  return %o : tensor<1x2x17x8xf32>
}

// bf16, grouped heads, keys and queries off the tiles, a window shorter
// than the kernel's key block (64) and one spanning several.
// CHECK: check window_gqa result 0 {{.*}} ok
// CHECK: check window_gqa result 1 {{.*}} ok
func.func @window_gqa(%q: tensor<2x4x200x64xbf16>, %k: tensor<2x2x260x64xbf16>, %v: tensor<2x2x260x64xbf16>) -> (tensor<2x4x200x64xbf16>, tensor<2x4x200x64xbf16>) {
  %e = tensor.empty() : tensor<2x4x200x64xbf16>
  %short = tessel.attention causal window(37) ins(%q, %k, %v : tensor<2x4x200x64xbf16>, tensor<2x2x260x64xbf16>, tensor<2x2x260x64xbf16>) outs(%e : tensor<2x4x200x64xbf16>) -> tensor<2x4x200x64xbf16>
  %long = tessel.attention causal window(150) ins(%q, %k, %v : tensor<2x4x200x64xbf16>, tensor<2x2x260x64xbf16>, tensor<2x2x260x64xbf16>) outs(%e : tensor<2x4x200x64xbf16>) -> tensor<2x4x200x64xbf16>
  return %short, %long : tensor<2x4x200x64xbf16>, tensor<2x4x200x64xbf16>
}

// f16, head dimension 128, a window longer than the keys (the causal
// result), and an explicit offset of 5 with a window of 64.
// CHECK: check window_offsets result 0 {{.*}} ok
// CHECK: check window_offsets result 1 {{.*}} ok
func.func @window_offsets(%q: tensor<1x2x129x128xf16>, %k: tensor<1x2x129x128xf16>, %v: tensor<1x2x129x128xf16>) -> (tensor<1x2x129x128xf16>, tensor<1x2x129x128xf16>) {
  %e = tensor.empty() : tensor<1x2x129x128xf16>
  %c5 = arith.constant 5 : index
  %wide = tessel.attention causal window(1000) ins(%q, %k, %v : tensor<1x2x129x128xf16>, tensor<1x2x129x128xf16>, tensor<1x2x129x128xf16>) outs(%e : tensor<1x2x129x128xf16>) -> tensor<1x2x129x128xf16>
  %shifted = tessel.attention causal window(64) ins(%q, %k, %v : tensor<1x2x129x128xf16>, tensor<1x2x129x128xf16>, tensor<1x2x129x128xf16>) offset(%c5) outs(%e : tensor<1x2x129x128xf16>) -> tensor<1x2x129x128xf16>
  return %wide, %shifted : tensor<1x2x129x128xf16>, tensor<1x2x129x128xf16>
}

// Few queries late in a long sequence: row 0's window starts at key 349,
// so the blockwise loops (64-key blocks on the CPU and the GPU) start at
// block 5 and skip the blocks before it.
// CHECK: check window_late_keys result 0 {{.*}} ok
func.func @window_late_keys(%q: tensor<1x2x64x64xbf16>, %k: tensor<1x2x512x64xbf16>, %v: tensor<1x2x512x64xbf16>) -> tensor<1x2x64x64xbf16> {
  %e = tensor.empty() : tensor<1x2x64x64xbf16>
  %o = tessel.attention causal window(100) ins(%q, %k, %v : tensor<1x2x64x64xbf16>, tensor<1x2x512x64xbf16>, tensor<1x2x512x64xbf16>) outs(%e : tensor<1x2x64x64xbf16>) -> tensor<1x2x64x64xbf16>
  return %o : tensor<1x2x64x64xbf16>
}

// More queries than keys: the first 200 - 65 rows see no key and are zero;
// the window is 16 keys.
// CHECK: check window_more_queries result 0 {{.*}} ok
func.func @window_more_queries(%q: tensor<1x1x200x64xbf16>, %k: tensor<1x1x65x64xbf16>, %v: tensor<1x1x65x64xbf16>) -> tensor<1x1x200x64xbf16> {
  %e = tensor.empty() : tensor<1x1x200x64xbf16>
  %o = tessel.attention causal window(16) ins(%q, %k, %v : tensor<1x1x200x64xbf16>, tensor<1x1x65x64xbf16>, tensor<1x1x65x64xbf16>) outs(%e : tensor<1x1x200x64xbf16>) -> tensor<1x1x200x64xbf16>
  return %o : tensor<1x1x200x64xbf16>
}

// Decoding shapes (4 query tokens over a long cache): the decode kernel
// leaves windows to the prefill kernel.
// CHECK: check window_decode result 0 {{.*}} ok
func.func @window_decode(%q: tensor<1x8x4x64xbf16>, %k: tensor<1x2x1000x64xbf16>, %v: tensor<1x2x1000x64xbf16>) -> tensor<1x8x4x64xbf16> {
  %e = tensor.empty() : tensor<1x8x4x64xbf16>
  %o = tessel.attention causal window(100) ins(%q, %k, %v : tensor<1x8x4x64xbf16>, tensor<1x2x1000x64xbf16>, tensor<1x2x1000x64xbf16>) outs(%e : tensor<1x8x4x64xbf16>) -> tensor<1x8x4x64xbf16>
  return %o : tensor<1x8x4x64xbf16>
}
