// GPU benchmark of consumer fusion into the attention kernel: bf16
// attention B4 H32 S4096 D128, causal, followed by a residual
// add. tools/scripts/bench-cuda.sh runs it as compiled by default (the add
// computed in the kernel's stores) and with --fuse-consumers=0 (bundle
// attention-residual-unfused: a second kernel reads the 128 MB result back
// with the residual), in the same device call.

func.func @attention_causal_b4h32s4096d128_residual(%q: tensor<4x32x4096x128xbf16>, %k: tensor<4x32x4096x128xbf16>, %v: tensor<4x32x4096x128xbf16>, %r: tensor<4x32x4096x128xbf16>) -> tensor<4x32x4096x128xbf16> {
  %e = tensor.empty() : tensor<4x32x4096x128xbf16>
  %o = tessel.attention causal ins(%q, %k, %v : tensor<4x32x4096x128xbf16>, tensor<4x32x4096x128xbf16>, tensor<4x32x4096x128xbf16>) outs(%e : tensor<4x32x4096x128xbf16>) -> tensor<4x32x4096x128xbf16>
  %e2 = tensor.empty() : tensor<4x32x4096x128xbf16>
  %sum = linalg.add ins(%o, %r : tensor<4x32x4096x128xbf16>, tensor<4x32x4096x128xbf16>) outs(%e2 : tensor<4x32x4096x128xbf16>) -> tensor<4x32x4096x128xbf16>
  return %sum : tensor<4x32x4096x128xbf16>
}
