// Attention B1 H8 S1024 D64, f32 (peer: PyTorch's CPU
// scaled_dot_product_attention).
func.func @attention_full(%q: tensor<1x8x1024x64xf32>, %k: tensor<1x8x1024x64xf32>, %v: tensor<1x8x1024x64xf32>) -> tensor<1x8x1024x64xf32> {
  %e = tensor.empty() : tensor<1x8x1024x64xf32>
  %o = tessel.attention ins(%q, %k, %v : tensor<1x8x1024x64xf32>, tensor<1x8x1024x64xf32>, tensor<1x8x1024x64xf32>) outs(%e : tensor<1x8x1024x64xf32>) -> tensor<1x8x1024x64xf32>
  return %o : tensor<1x8x1024x64xf32>
}
func.func @attention_causal(%q: tensor<1x8x1024x64xf32>, %k: tensor<1x8x1024x64xf32>, %v: tensor<1x8x1024x64xf32>) -> tensor<1x8x1024x64xf32> {
  %e = tensor.empty() : tensor<1x8x1024x64xf32>
  %o = tessel.attention causal ins(%q, %k, %v : tensor<1x8x1024x64xf32>, tensor<1x8x1024x64xf32>, tensor<1x8x1024x64xf32>) outs(%e : tensor<1x8x1024x64xf32>) -> tensor<1x8x1024x64xf32>
  return %o : tensor<1x8x1024x64xf32>
}
