// 4-bit weight-only GEMV, M=1, N=K=4096, groups of 128 (peer: PyTorch's CPU
// int4 weight-only kernel).
func.func @qmatmul_int4_m1_4096(%x: tensor<1x4096xf32>, %w: tensor<4096x4096xi4>, %s: tensor<4096x32xf32>) -> tensor<1x4096xf32> {
  %e = tensor.empty() : tensor<1x4096xf32>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<1x4096xf32>, tensor<4096x4096xi4>, tensor<4096x32xf32>) outs(%e : tensor<1x4096xf32>) -> tensor<1x4096xf32>
  return %y : tensor<1x4096xf32>
}
