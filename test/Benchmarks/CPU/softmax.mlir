// The three softmax algorithms on 64 x 262144 f32 (64 MiB, far larger than
// the cache), against each other and PyTorch's softmax.
func.func @softmax_three_pass(%x: tensor<64x262144xf32>) -> tensor<64x262144xf32> {
  %e = tensor.empty() : tensor<64x262144xf32>
  %y = tessel.softmax three_pass dimension(1) ins(%x : tensor<64x262144xf32>) outs(%e : tensor<64x262144xf32>) -> tensor<64x262144xf32>
  return %y : tensor<64x262144xf32>
}
func.func @softmax_two_pass(%x: tensor<64x262144xf32>) -> tensor<64x262144xf32> {
  %e = tensor.empty() : tensor<64x262144xf32>
  %y = tessel.softmax two_pass dimension(1) ins(%x : tensor<64x262144xf32>) outs(%e : tensor<64x262144xf32>) -> tensor<64x262144xf32>
  return %y : tensor<64x262144xf32>
}
func.func @softmax_online(%x: tensor<64x262144xf32>) -> tensor<64x262144xf32> {
  %e = tensor.empty() : tensor<64x262144xf32>
  %y = tessel.softmax online dimension(1) ins(%x : tensor<64x262144xf32>) outs(%e : tensor<64x262144xf32>) -> tensor<64x262144xf32>
  return %y : tensor<64x262144xf32>
}
