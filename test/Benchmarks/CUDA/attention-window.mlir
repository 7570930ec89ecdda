// GPU benchmarks of sliding-window prefill attention (Mistral 7B's shape:
// 32 query heads over 8 key/value heads, D = 128, bf16, 4096 tokens),
// windows of 4096 (every key: the causal result), 1024 and 256, next to the
// same op without a window. Windowed ops take the mma.sync kernel; the
// causal one takes the Hopper kernel on sm_90 (and mma.sync with
// hopper-kernels=0). Run by tools/scripts/bench-cuda.sh.

func.func @causal_s4096(%q: tensor<1x32x4096x128xbf16>, %k: tensor<1x8x4096x128xbf16>, %v: tensor<1x8x4096x128xbf16>) -> tensor<1x32x4096x128xbf16> {
  %e = tensor.empty() : tensor<1x32x4096x128xbf16>
  %o = tessel.attention causal ins(%q, %k, %v : tensor<1x32x4096x128xbf16>, tensor<1x8x4096x128xbf16>, tensor<1x8x4096x128xbf16>) outs(%e : tensor<1x32x4096x128xbf16>) -> tensor<1x32x4096x128xbf16>
  return %o : tensor<1x32x4096x128xbf16>
}

func.func @window4096_s4096(%q: tensor<1x32x4096x128xbf16>, %k: tensor<1x8x4096x128xbf16>, %v: tensor<1x8x4096x128xbf16>) -> tensor<1x32x4096x128xbf16> {
  %e = tensor.empty() : tensor<1x32x4096x128xbf16>
  %o = tessel.attention causal window(4096) ins(%q, %k, %v : tensor<1x32x4096x128xbf16>, tensor<1x8x4096x128xbf16>, tensor<1x8x4096x128xbf16>) outs(%e : tensor<1x32x4096x128xbf16>) -> tensor<1x32x4096x128xbf16>
  return %o : tensor<1x32x4096x128xbf16>
}

func.func @window1024_s4096(%q: tensor<1x32x4096x128xbf16>, %k: tensor<1x8x4096x128xbf16>, %v: tensor<1x8x4096x128xbf16>) -> tensor<1x32x4096x128xbf16> {
  %e = tensor.empty() : tensor<1x32x4096x128xbf16>
  %o = tessel.attention causal window(1024) ins(%q, %k, %v : tensor<1x32x4096x128xbf16>, tensor<1x8x4096x128xbf16>, tensor<1x8x4096x128xbf16>) outs(%e : tensor<1x32x4096x128xbf16>) -> tensor<1x32x4096x128xbf16>
  return %o : tensor<1x32x4096x128xbf16>
}

func.func @window256_s4096(%q: tensor<1x32x4096x128xbf16>, %k: tensor<1x8x4096x128xbf16>, %v: tensor<1x8x4096x128xbf16>) -> tensor<1x32x4096x128xbf16> {
  %e = tensor.empty() : tensor<1x32x4096x128xbf16>
  %o = tessel.attention causal window(256) ins(%q, %k, %v : tensor<1x32x4096x128xbf16>, tensor<1x8x4096x128xbf16>, tensor<1x8x4096x128xbf16>) outs(%e : tensor<1x32x4096x128xbf16>) -> tensor<1x32x4096x128xbf16>
  return %o : tensor<1x32x4096x128xbf16>
}
