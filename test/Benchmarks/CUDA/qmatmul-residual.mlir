// GPU benchmark of consumer fusion: a 4-bit qmatmul (packed words, group
// 128, bf16) followed by a residual add, as in a transformer block's output
// projection. tools/scripts/bench-cuda.sh runs it as compiled by default
// (the add computed in the kernel's stores) and with --fuse-consumers=0
// (bundle qmatmul-residual-unfused: the add is a second kernel that reads
// the qmatmul's result back), in the same device call.

func.func @packed_w4_m1_4096x4096_residual(%x: tensor<1x4096xbf16>, %p: tensor<4096x512xi32>, %s: tensor<4096x32xbf16>, %r: tensor<1x4096xbf16>) -> tensor<1x4096xbf16> {
  %we = tensor.empty() : tensor<4096x4096xi4>
  %w = tessel.unpack ins(%p : tensor<4096x512xi32>) outs(%we : tensor<4096x4096xi4>) -> tensor<4096x4096xi4>
  %e = tensor.empty() : tensor<1x4096xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<1x4096xbf16>, tensor<4096x4096xi4>, tensor<4096x32xbf16>) outs(%e : tensor<1x4096xbf16>) -> tensor<1x4096xbf16>
  %e2 = tensor.empty() : tensor<1x4096xbf16>
  %sum = linalg.add ins(%y, %r : tensor<1x4096xbf16>, tensor<1x4096xbf16>) outs(%e2 : tensor<1x4096xbf16>) -> tensor<1x4096xbf16>
  return %sum : tensor<1x4096xbf16>
}

func.func @packed_w4_m16_4096x4096_residual(%x: tensor<16x4096xbf16>, %p: tensor<4096x512xi32>, %s: tensor<4096x32xbf16>, %r: tensor<16x4096xbf16>) -> tensor<16x4096xbf16> {
  %we = tensor.empty() : tensor<4096x4096xi4>
  %w = tessel.unpack ins(%p : tensor<4096x512xi32>) outs(%we : tensor<4096x4096xi4>) -> tensor<4096x4096xi4>
  %e = tensor.empty() : tensor<16x4096xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<16x4096xbf16>, tensor<4096x4096xi4>, tensor<4096x32xbf16>) outs(%e : tensor<16x4096xbf16>) -> tensor<16x4096xbf16>
  %e2 = tensor.empty() : tensor<16x4096xbf16>
  %sum = linalg.add ins(%y, %r : tensor<16x4096xbf16>, tensor<16x4096xbf16>) outs(%e2 : tensor<16x4096xbf16>) -> tensor<16x4096xbf16>
  return %sum : tensor<16x4096xbf16>
}
