// Decode attention: one token, Hq 32, Hkv 8, D 128, a cache of 4096 keys,
// f32 (issue 22's CPU floor; peer: PyTorch's CPU scaled_dot_product_attention
// with enable_gqa).
func.func @decode_b1_s4096(%q: tensor<1x32x1x128xf32>, %k: tensor<1x8x4096x128xf32>, %v: tensor<1x8x4096x128xf32>) -> tensor<1x32x1x128xf32> {
  %e = tensor.empty() : tensor<1x32x1x128xf32>
  %o = tessel.attention ins(%q, %k, %v : tensor<1x32x1x128xf32>, tensor<1x8x4096x128xf32>, tensor<1x8x4096x128xf32>) outs(%e : tensor<1x32x1x128xf32>) -> tensor<1x32x1x128xf32>
  return %o : tensor<1x32x1x128xf32>
}
