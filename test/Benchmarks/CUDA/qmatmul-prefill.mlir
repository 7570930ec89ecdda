// GPU benchmarks of the qmatmul kernels from decoding to prefill: int4
// weights as tessel.pack's i32 words, groups of 128, bf16 activations, the
// shapes and row counts of ../shared/bench/peers.py's qmatmul part (cuBLAS
// bf16 is the peer). `w4_` functions take the kernel that
// tessel-cuda-configure chooses; `mma_w4_` ones keep the kernels of
// QMatmulPlanner.h (tessel.qmatmul_kernel = "mma_sync") and `wg_w4_` ones
// take the sm_90 mixed-input GEMM (tessel.qmatmul_kernel = "warpgroup"),
// for comparison where the choice is close. `nat_w4_` functions take the
// weights the natural way, a tensor<NxKxi4> argument, which crosses the
// runtime boundary packed (tessel-pack-subbyte-boundary): they must run as
// fast as `w4_`. Inputs are made on the device (--bundle-random-inputs).

func.func @w4_m1_4096x4096(%x: tensor<1x4096xbf16>, %p: tensor<4096x512xi32>, %s: tensor<4096x32xbf16>) -> tensor<1x4096xbf16> {
  %we = tensor.empty() : tensor<4096x4096xi4>
  %w = tessel.unpack ins(%p : tensor<4096x512xi32>) outs(%we : tensor<4096x4096xi4>) -> tensor<4096x4096xi4>
  %e = tensor.empty() : tensor<1x4096xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<1x4096xbf16>, tensor<4096x4096xi4>, tensor<4096x32xbf16>)
         outs(%e : tensor<1x4096xbf16>) -> tensor<1x4096xbf16>
  return %y : tensor<1x4096xbf16>
}

func.func @mma_w4_m1_4096x4096(%x: tensor<1x4096xbf16>, %p: tensor<4096x512xi32>, %s: tensor<4096x32xbf16>) -> tensor<1x4096xbf16> {
  %we = tensor.empty() : tensor<4096x4096xi4>
  %w = tessel.unpack ins(%p : tensor<4096x512xi32>) outs(%we : tensor<4096x4096xi4>) -> tensor<4096x4096xi4>
  %e = tensor.empty() : tensor<1x4096xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<1x4096xbf16>, tensor<4096x4096xi4>, tensor<4096x32xbf16>)
         outs(%e : tensor<1x4096xbf16>) {tessel.qmatmul_kernel = "mma_sync"} -> tensor<1x4096xbf16>
  return %y : tensor<1x4096xbf16>
}

func.func @wg_w4_m1_4096x4096(%x: tensor<1x4096xbf16>, %p: tensor<4096x512xi32>, %s: tensor<4096x32xbf16>) -> tensor<1x4096xbf16> {
  %we = tensor.empty() : tensor<4096x4096xi4>
  %w = tessel.unpack ins(%p : tensor<4096x512xi32>) outs(%we : tensor<4096x4096xi4>) -> tensor<4096x4096xi4>
  %e = tensor.empty() : tensor<1x4096xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<1x4096xbf16>, tensor<4096x4096xi4>, tensor<4096x32xbf16>)
         outs(%e : tensor<1x4096xbf16>) {tessel.qmatmul_kernel = "warpgroup"} -> tensor<1x4096xbf16>
  return %y : tensor<1x4096xbf16>
}

func.func @w4_m16_4096x4096(%x: tensor<16x4096xbf16>, %p: tensor<4096x512xi32>, %s: tensor<4096x32xbf16>) -> tensor<16x4096xbf16> {
  %we = tensor.empty() : tensor<4096x4096xi4>
  %w = tessel.unpack ins(%p : tensor<4096x512xi32>) outs(%we : tensor<4096x4096xi4>) -> tensor<4096x4096xi4>
  %e = tensor.empty() : tensor<16x4096xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<16x4096xbf16>, tensor<4096x4096xi4>, tensor<4096x32xbf16>)
         outs(%e : tensor<16x4096xbf16>) -> tensor<16x4096xbf16>
  return %y : tensor<16x4096xbf16>
}

func.func @mma_w4_m16_4096x4096(%x: tensor<16x4096xbf16>, %p: tensor<4096x512xi32>, %s: tensor<4096x32xbf16>) -> tensor<16x4096xbf16> {
  %we = tensor.empty() : tensor<4096x4096xi4>
  %w = tessel.unpack ins(%p : tensor<4096x512xi32>) outs(%we : tensor<4096x4096xi4>) -> tensor<4096x4096xi4>
  %e = tensor.empty() : tensor<16x4096xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<16x4096xbf16>, tensor<4096x4096xi4>, tensor<4096x32xbf16>)
         outs(%e : tensor<16x4096xbf16>) {tessel.qmatmul_kernel = "mma_sync"} -> tensor<16x4096xbf16>
  return %y : tensor<16x4096xbf16>
}

func.func @wg_w4_m16_4096x4096(%x: tensor<16x4096xbf16>, %p: tensor<4096x512xi32>, %s: tensor<4096x32xbf16>) -> tensor<16x4096xbf16> {
  %we = tensor.empty() : tensor<4096x4096xi4>
  %w = tessel.unpack ins(%p : tensor<4096x512xi32>) outs(%we : tensor<4096x4096xi4>) -> tensor<4096x4096xi4>
  %e = tensor.empty() : tensor<16x4096xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<16x4096xbf16>, tensor<4096x4096xi4>, tensor<4096x32xbf16>)
         outs(%e : tensor<16x4096xbf16>) {tessel.qmatmul_kernel = "warpgroup"} -> tensor<16x4096xbf16>
  return %y : tensor<16x4096xbf16>
}

func.func @w4_m64_4096x4096(%x: tensor<64x4096xbf16>, %p: tensor<4096x512xi32>, %s: tensor<4096x32xbf16>) -> tensor<64x4096xbf16> {
  %we = tensor.empty() : tensor<4096x4096xi4>
  %w = tessel.unpack ins(%p : tensor<4096x512xi32>) outs(%we : tensor<4096x4096xi4>) -> tensor<4096x4096xi4>
  %e = tensor.empty() : tensor<64x4096xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<64x4096xbf16>, tensor<4096x4096xi4>, tensor<4096x32xbf16>)
         outs(%e : tensor<64x4096xbf16>) -> tensor<64x4096xbf16>
  return %y : tensor<64x4096xbf16>
}

func.func @mma_w4_m64_4096x4096(%x: tensor<64x4096xbf16>, %p: tensor<4096x512xi32>, %s: tensor<4096x32xbf16>) -> tensor<64x4096xbf16> {
  %we = tensor.empty() : tensor<4096x4096xi4>
  %w = tessel.unpack ins(%p : tensor<4096x512xi32>) outs(%we : tensor<4096x4096xi4>) -> tensor<4096x4096xi4>
  %e = tensor.empty() : tensor<64x4096xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<64x4096xbf16>, tensor<4096x4096xi4>, tensor<4096x32xbf16>)
         outs(%e : tensor<64x4096xbf16>) {tessel.qmatmul_kernel = "mma_sync"} -> tensor<64x4096xbf16>
  return %y : tensor<64x4096xbf16>
}

func.func @w4_m256_4096x4096(%x: tensor<256x4096xbf16>, %p: tensor<4096x512xi32>, %s: tensor<4096x32xbf16>) -> tensor<256x4096xbf16> {
  %we = tensor.empty() : tensor<4096x4096xi4>
  %w = tessel.unpack ins(%p : tensor<4096x512xi32>) outs(%we : tensor<4096x4096xi4>) -> tensor<4096x4096xi4>
  %e = tensor.empty() : tensor<256x4096xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<256x4096xbf16>, tensor<4096x4096xi4>, tensor<4096x32xbf16>)
         outs(%e : tensor<256x4096xbf16>) -> tensor<256x4096xbf16>
  return %y : tensor<256x4096xbf16>
}

func.func @mma_w4_m256_4096x4096(%x: tensor<256x4096xbf16>, %p: tensor<4096x512xi32>, %s: tensor<4096x32xbf16>) -> tensor<256x4096xbf16> {
  %we = tensor.empty() : tensor<4096x4096xi4>
  %w = tessel.unpack ins(%p : tensor<4096x512xi32>) outs(%we : tensor<4096x4096xi4>) -> tensor<4096x4096xi4>
  %e = tensor.empty() : tensor<256x4096xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<256x4096xbf16>, tensor<4096x4096xi4>, tensor<4096x32xbf16>)
         outs(%e : tensor<256x4096xbf16>) {tessel.qmatmul_kernel = "mma_sync"} -> tensor<256x4096xbf16>
  return %y : tensor<256x4096xbf16>
}

func.func @w4_m4096_4096x4096(%x: tensor<4096x4096xbf16>, %p: tensor<4096x512xi32>, %s: tensor<4096x32xbf16>) -> tensor<4096x4096xbf16> {
  %we = tensor.empty() : tensor<4096x4096xi4>
  %w = tessel.unpack ins(%p : tensor<4096x512xi32>) outs(%we : tensor<4096x4096xi4>) -> tensor<4096x4096xi4>
  %e = tensor.empty() : tensor<4096x4096xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<4096x4096xbf16>, tensor<4096x4096xi4>, tensor<4096x32xbf16>)
         outs(%e : tensor<4096x4096xbf16>) -> tensor<4096x4096xbf16>
  return %y : tensor<4096x4096xbf16>
}

func.func @w4_m1_11008x4096(%x: tensor<1x4096xbf16>, %p: tensor<11008x512xi32>, %s: tensor<11008x32xbf16>) -> tensor<1x11008xbf16> {
  %we = tensor.empty() : tensor<11008x4096xi4>
  %w = tessel.unpack ins(%p : tensor<11008x512xi32>) outs(%we : tensor<11008x4096xi4>) -> tensor<11008x4096xi4>
  %e = tensor.empty() : tensor<1x11008xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<1x4096xbf16>, tensor<11008x4096xi4>, tensor<11008x32xbf16>)
         outs(%e : tensor<1x11008xbf16>) -> tensor<1x11008xbf16>
  return %y : tensor<1x11008xbf16>
}

func.func @mma_w4_m1_11008x4096(%x: tensor<1x4096xbf16>, %p: tensor<11008x512xi32>, %s: tensor<11008x32xbf16>) -> tensor<1x11008xbf16> {
  %we = tensor.empty() : tensor<11008x4096xi4>
  %w = tessel.unpack ins(%p : tensor<11008x512xi32>) outs(%we : tensor<11008x4096xi4>) -> tensor<11008x4096xi4>
  %e = tensor.empty() : tensor<1x11008xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<1x4096xbf16>, tensor<11008x4096xi4>, tensor<11008x32xbf16>)
         outs(%e : tensor<1x11008xbf16>) {tessel.qmatmul_kernel = "mma_sync"} -> tensor<1x11008xbf16>
  return %y : tensor<1x11008xbf16>
}

func.func @wg_w4_m1_11008x4096(%x: tensor<1x4096xbf16>, %p: tensor<11008x512xi32>, %s: tensor<11008x32xbf16>) -> tensor<1x11008xbf16> {
  %we = tensor.empty() : tensor<11008x4096xi4>
  %w = tessel.unpack ins(%p : tensor<11008x512xi32>) outs(%we : tensor<11008x4096xi4>) -> tensor<11008x4096xi4>
  %e = tensor.empty() : tensor<1x11008xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<1x4096xbf16>, tensor<11008x4096xi4>, tensor<11008x32xbf16>)
         outs(%e : tensor<1x11008xbf16>) {tessel.qmatmul_kernel = "warpgroup"} -> tensor<1x11008xbf16>
  return %y : tensor<1x11008xbf16>
}

func.func @w4_m16_11008x4096(%x: tensor<16x4096xbf16>, %p: tensor<11008x512xi32>, %s: tensor<11008x32xbf16>) -> tensor<16x11008xbf16> {
  %we = tensor.empty() : tensor<11008x4096xi4>
  %w = tessel.unpack ins(%p : tensor<11008x512xi32>) outs(%we : tensor<11008x4096xi4>) -> tensor<11008x4096xi4>
  %e = tensor.empty() : tensor<16x11008xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<16x4096xbf16>, tensor<11008x4096xi4>, tensor<11008x32xbf16>)
         outs(%e : tensor<16x11008xbf16>) -> tensor<16x11008xbf16>
  return %y : tensor<16x11008xbf16>
}

func.func @mma_w4_m16_11008x4096(%x: tensor<16x4096xbf16>, %p: tensor<11008x512xi32>, %s: tensor<11008x32xbf16>) -> tensor<16x11008xbf16> {
  %we = tensor.empty() : tensor<11008x4096xi4>
  %w = tessel.unpack ins(%p : tensor<11008x512xi32>) outs(%we : tensor<11008x4096xi4>) -> tensor<11008x4096xi4>
  %e = tensor.empty() : tensor<16x11008xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<16x4096xbf16>, tensor<11008x4096xi4>, tensor<11008x32xbf16>)
         outs(%e : tensor<16x11008xbf16>) {tessel.qmatmul_kernel = "mma_sync"} -> tensor<16x11008xbf16>
  return %y : tensor<16x11008xbf16>
}

func.func @wg_w4_m16_11008x4096(%x: tensor<16x4096xbf16>, %p: tensor<11008x512xi32>, %s: tensor<11008x32xbf16>) -> tensor<16x11008xbf16> {
  %we = tensor.empty() : tensor<11008x4096xi4>
  %w = tessel.unpack ins(%p : tensor<11008x512xi32>) outs(%we : tensor<11008x4096xi4>) -> tensor<11008x4096xi4>
  %e = tensor.empty() : tensor<16x11008xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<16x4096xbf16>, tensor<11008x4096xi4>, tensor<11008x32xbf16>)
         outs(%e : tensor<16x11008xbf16>) {tessel.qmatmul_kernel = "warpgroup"} -> tensor<16x11008xbf16>
  return %y : tensor<16x11008xbf16>
}

func.func @w4_m64_11008x4096(%x: tensor<64x4096xbf16>, %p: tensor<11008x512xi32>, %s: tensor<11008x32xbf16>) -> tensor<64x11008xbf16> {
  %we = tensor.empty() : tensor<11008x4096xi4>
  %w = tessel.unpack ins(%p : tensor<11008x512xi32>) outs(%we : tensor<11008x4096xi4>) -> tensor<11008x4096xi4>
  %e = tensor.empty() : tensor<64x11008xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<64x4096xbf16>, tensor<11008x4096xi4>, tensor<11008x32xbf16>)
         outs(%e : tensor<64x11008xbf16>) -> tensor<64x11008xbf16>
  return %y : tensor<64x11008xbf16>
}

func.func @mma_w4_m64_11008x4096(%x: tensor<64x4096xbf16>, %p: tensor<11008x512xi32>, %s: tensor<11008x32xbf16>) -> tensor<64x11008xbf16> {
  %we = tensor.empty() : tensor<11008x4096xi4>
  %w = tessel.unpack ins(%p : tensor<11008x512xi32>) outs(%we : tensor<11008x4096xi4>) -> tensor<11008x4096xi4>
  %e = tensor.empty() : tensor<64x11008xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<64x4096xbf16>, tensor<11008x4096xi4>, tensor<11008x32xbf16>)
         outs(%e : tensor<64x11008xbf16>) {tessel.qmatmul_kernel = "mma_sync"} -> tensor<64x11008xbf16>
  return %y : tensor<64x11008xbf16>
}

func.func @w4_m256_11008x4096(%x: tensor<256x4096xbf16>, %p: tensor<11008x512xi32>, %s: tensor<11008x32xbf16>) -> tensor<256x11008xbf16> {
  %we = tensor.empty() : tensor<11008x4096xi4>
  %w = tessel.unpack ins(%p : tensor<11008x512xi32>) outs(%we : tensor<11008x4096xi4>) -> tensor<11008x4096xi4>
  %e = tensor.empty() : tensor<256x11008xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<256x4096xbf16>, tensor<11008x4096xi4>, tensor<11008x32xbf16>)
         outs(%e : tensor<256x11008xbf16>) -> tensor<256x11008xbf16>
  return %y : tensor<256x11008xbf16>
}

func.func @mma_w4_m256_11008x4096(%x: tensor<256x4096xbf16>, %p: tensor<11008x512xi32>, %s: tensor<11008x32xbf16>) -> tensor<256x11008xbf16> {
  %we = tensor.empty() : tensor<11008x4096xi4>
  %w = tessel.unpack ins(%p : tensor<11008x512xi32>) outs(%we : tensor<11008x4096xi4>) -> tensor<11008x4096xi4>
  %e = tensor.empty() : tensor<256x11008xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<256x4096xbf16>, tensor<11008x4096xi4>, tensor<11008x32xbf16>)
         outs(%e : tensor<256x11008xbf16>) {tessel.qmatmul_kernel = "mma_sync"} -> tensor<256x11008xbf16>
  return %y : tensor<256x11008xbf16>
}

func.func @w4_m4096_11008x4096(%x: tensor<4096x4096xbf16>, %p: tensor<11008x512xi32>, %s: tensor<11008x32xbf16>) -> tensor<4096x11008xbf16> {
  %we = tensor.empty() : tensor<11008x4096xi4>
  %w = tessel.unpack ins(%p : tensor<11008x512xi32>) outs(%we : tensor<11008x4096xi4>) -> tensor<11008x4096xi4>
  %e = tensor.empty() : tensor<4096x11008xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<4096x4096xbf16>, tensor<11008x4096xi4>, tensor<11008x32xbf16>)
         outs(%e : tensor<4096x11008xbf16>) -> tensor<4096x11008xbf16>
  return %y : tensor<4096x11008xbf16>
}

func.func @w4_m1_4096x11008(%x: tensor<1x11008xbf16>, %p: tensor<4096x1376xi32>, %s: tensor<4096x86xbf16>) -> tensor<1x4096xbf16> {
  %we = tensor.empty() : tensor<4096x11008xi4>
  %w = tessel.unpack ins(%p : tensor<4096x1376xi32>) outs(%we : tensor<4096x11008xi4>) -> tensor<4096x11008xi4>
  %e = tensor.empty() : tensor<1x4096xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<1x11008xbf16>, tensor<4096x11008xi4>, tensor<4096x86xbf16>)
         outs(%e : tensor<1x4096xbf16>) -> tensor<1x4096xbf16>
  return %y : tensor<1x4096xbf16>
}

func.func @mma_w4_m1_4096x11008(%x: tensor<1x11008xbf16>, %p: tensor<4096x1376xi32>, %s: tensor<4096x86xbf16>) -> tensor<1x4096xbf16> {
  %we = tensor.empty() : tensor<4096x11008xi4>
  %w = tessel.unpack ins(%p : tensor<4096x1376xi32>) outs(%we : tensor<4096x11008xi4>) -> tensor<4096x11008xi4>
  %e = tensor.empty() : tensor<1x4096xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<1x11008xbf16>, tensor<4096x11008xi4>, tensor<4096x86xbf16>)
         outs(%e : tensor<1x4096xbf16>) {tessel.qmatmul_kernel = "mma_sync"} -> tensor<1x4096xbf16>
  return %y : tensor<1x4096xbf16>
}

func.func @wg_w4_m1_4096x11008(%x: tensor<1x11008xbf16>, %p: tensor<4096x1376xi32>, %s: tensor<4096x86xbf16>) -> tensor<1x4096xbf16> {
  %we = tensor.empty() : tensor<4096x11008xi4>
  %w = tessel.unpack ins(%p : tensor<4096x1376xi32>) outs(%we : tensor<4096x11008xi4>) -> tensor<4096x11008xi4>
  %e = tensor.empty() : tensor<1x4096xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<1x11008xbf16>, tensor<4096x11008xi4>, tensor<4096x86xbf16>)
         outs(%e : tensor<1x4096xbf16>) {tessel.qmatmul_kernel = "warpgroup"} -> tensor<1x4096xbf16>
  return %y : tensor<1x4096xbf16>
}

func.func @w4_m16_4096x11008(%x: tensor<16x11008xbf16>, %p: tensor<4096x1376xi32>, %s: tensor<4096x86xbf16>) -> tensor<16x4096xbf16> {
  %we = tensor.empty() : tensor<4096x11008xi4>
  %w = tessel.unpack ins(%p : tensor<4096x1376xi32>) outs(%we : tensor<4096x11008xi4>) -> tensor<4096x11008xi4>
  %e = tensor.empty() : tensor<16x4096xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<16x11008xbf16>, tensor<4096x11008xi4>, tensor<4096x86xbf16>)
         outs(%e : tensor<16x4096xbf16>) -> tensor<16x4096xbf16>
  return %y : tensor<16x4096xbf16>
}

func.func @mma_w4_m16_4096x11008(%x: tensor<16x11008xbf16>, %p: tensor<4096x1376xi32>, %s: tensor<4096x86xbf16>) -> tensor<16x4096xbf16> {
  %we = tensor.empty() : tensor<4096x11008xi4>
  %w = tessel.unpack ins(%p : tensor<4096x1376xi32>) outs(%we : tensor<4096x11008xi4>) -> tensor<4096x11008xi4>
  %e = tensor.empty() : tensor<16x4096xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<16x11008xbf16>, tensor<4096x11008xi4>, tensor<4096x86xbf16>)
         outs(%e : tensor<16x4096xbf16>) {tessel.qmatmul_kernel = "mma_sync"} -> tensor<16x4096xbf16>
  return %y : tensor<16x4096xbf16>
}

func.func @wg_w4_m16_4096x11008(%x: tensor<16x11008xbf16>, %p: tensor<4096x1376xi32>, %s: tensor<4096x86xbf16>) -> tensor<16x4096xbf16> {
  %we = tensor.empty() : tensor<4096x11008xi4>
  %w = tessel.unpack ins(%p : tensor<4096x1376xi32>) outs(%we : tensor<4096x11008xi4>) -> tensor<4096x11008xi4>
  %e = tensor.empty() : tensor<16x4096xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<16x11008xbf16>, tensor<4096x11008xi4>, tensor<4096x86xbf16>)
         outs(%e : tensor<16x4096xbf16>) {tessel.qmatmul_kernel = "warpgroup"} -> tensor<16x4096xbf16>
  return %y : tensor<16x4096xbf16>
}

func.func @w4_m64_4096x11008(%x: tensor<64x11008xbf16>, %p: tensor<4096x1376xi32>, %s: tensor<4096x86xbf16>) -> tensor<64x4096xbf16> {
  %we = tensor.empty() : tensor<4096x11008xi4>
  %w = tessel.unpack ins(%p : tensor<4096x1376xi32>) outs(%we : tensor<4096x11008xi4>) -> tensor<4096x11008xi4>
  %e = tensor.empty() : tensor<64x4096xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<64x11008xbf16>, tensor<4096x11008xi4>, tensor<4096x86xbf16>)
         outs(%e : tensor<64x4096xbf16>) -> tensor<64x4096xbf16>
  return %y : tensor<64x4096xbf16>
}

func.func @mma_w4_m64_4096x11008(%x: tensor<64x11008xbf16>, %p: tensor<4096x1376xi32>, %s: tensor<4096x86xbf16>) -> tensor<64x4096xbf16> {
  %we = tensor.empty() : tensor<4096x11008xi4>
  %w = tessel.unpack ins(%p : tensor<4096x1376xi32>) outs(%we : tensor<4096x11008xi4>) -> tensor<4096x11008xi4>
  %e = tensor.empty() : tensor<64x4096xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<64x11008xbf16>, tensor<4096x11008xi4>, tensor<4096x86xbf16>)
         outs(%e : tensor<64x4096xbf16>) {tessel.qmatmul_kernel = "mma_sync"} -> tensor<64x4096xbf16>
  return %y : tensor<64x4096xbf16>
}

func.func @w4_m256_4096x11008(%x: tensor<256x11008xbf16>, %p: tensor<4096x1376xi32>, %s: tensor<4096x86xbf16>) -> tensor<256x4096xbf16> {
  %we = tensor.empty() : tensor<4096x11008xi4>
  %w = tessel.unpack ins(%p : tensor<4096x1376xi32>) outs(%we : tensor<4096x11008xi4>) -> tensor<4096x11008xi4>
  %e = tensor.empty() : tensor<256x4096xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<256x11008xbf16>, tensor<4096x11008xi4>, tensor<4096x86xbf16>)
         outs(%e : tensor<256x4096xbf16>) -> tensor<256x4096xbf16>
  return %y : tensor<256x4096xbf16>
}

func.func @mma_w4_m256_4096x11008(%x: tensor<256x11008xbf16>, %p: tensor<4096x1376xi32>, %s: tensor<4096x86xbf16>) -> tensor<256x4096xbf16> {
  %we = tensor.empty() : tensor<4096x11008xi4>
  %w = tessel.unpack ins(%p : tensor<4096x1376xi32>) outs(%we : tensor<4096x11008xi4>) -> tensor<4096x11008xi4>
  %e = tensor.empty() : tensor<256x4096xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<256x11008xbf16>, tensor<4096x11008xi4>, tensor<4096x86xbf16>)
         outs(%e : tensor<256x4096xbf16>) {tessel.qmatmul_kernel = "mma_sync"} -> tensor<256x4096xbf16>
  return %y : tensor<256x4096xbf16>
}

func.func @w4_m4096_4096x11008(%x: tensor<4096x11008xbf16>, %p: tensor<4096x1376xi32>, %s: tensor<4096x86xbf16>) -> tensor<4096x4096xbf16> {
  %we = tensor.empty() : tensor<4096x11008xi4>
  %w = tessel.unpack ins(%p : tensor<4096x1376xi32>) outs(%we : tensor<4096x11008xi4>) -> tensor<4096x11008xi4>
  %e = tensor.empty() : tensor<4096x4096xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<4096x11008xbf16>, tensor<4096x11008xi4>, tensor<4096x86xbf16>)
         outs(%e : tensor<4096x4096xbf16>) -> tensor<4096x4096xbf16>
  return %y : tensor<4096x4096xbf16>
}

func.func @w4_m1_5120x13824(%x: tensor<1x13824xbf16>, %p: tensor<5120x1728xi32>, %s: tensor<5120x108xbf16>) -> tensor<1x5120xbf16> {
  %we = tensor.empty() : tensor<5120x13824xi4>
  %w = tessel.unpack ins(%p : tensor<5120x1728xi32>) outs(%we : tensor<5120x13824xi4>) -> tensor<5120x13824xi4>
  %e = tensor.empty() : tensor<1x5120xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<1x13824xbf16>, tensor<5120x13824xi4>, tensor<5120x108xbf16>)
         outs(%e : tensor<1x5120xbf16>) -> tensor<1x5120xbf16>
  return %y : tensor<1x5120xbf16>
}

func.func @mma_w4_m1_5120x13824(%x: tensor<1x13824xbf16>, %p: tensor<5120x1728xi32>, %s: tensor<5120x108xbf16>) -> tensor<1x5120xbf16> {
  %we = tensor.empty() : tensor<5120x13824xi4>
  %w = tessel.unpack ins(%p : tensor<5120x1728xi32>) outs(%we : tensor<5120x13824xi4>) -> tensor<5120x13824xi4>
  %e = tensor.empty() : tensor<1x5120xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<1x13824xbf16>, tensor<5120x13824xi4>, tensor<5120x108xbf16>)
         outs(%e : tensor<1x5120xbf16>) {tessel.qmatmul_kernel = "mma_sync"} -> tensor<1x5120xbf16>
  return %y : tensor<1x5120xbf16>
}

func.func @wg_w4_m1_5120x13824(%x: tensor<1x13824xbf16>, %p: tensor<5120x1728xi32>, %s: tensor<5120x108xbf16>) -> tensor<1x5120xbf16> {
  %we = tensor.empty() : tensor<5120x13824xi4>
  %w = tessel.unpack ins(%p : tensor<5120x1728xi32>) outs(%we : tensor<5120x13824xi4>) -> tensor<5120x13824xi4>
  %e = tensor.empty() : tensor<1x5120xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<1x13824xbf16>, tensor<5120x13824xi4>, tensor<5120x108xbf16>)
         outs(%e : tensor<1x5120xbf16>) {tessel.qmatmul_kernel = "warpgroup"} -> tensor<1x5120xbf16>
  return %y : tensor<1x5120xbf16>
}

func.func @w4_m16_5120x13824(%x: tensor<16x13824xbf16>, %p: tensor<5120x1728xi32>, %s: tensor<5120x108xbf16>) -> tensor<16x5120xbf16> {
  %we = tensor.empty() : tensor<5120x13824xi4>
  %w = tessel.unpack ins(%p : tensor<5120x1728xi32>) outs(%we : tensor<5120x13824xi4>) -> tensor<5120x13824xi4>
  %e = tensor.empty() : tensor<16x5120xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<16x13824xbf16>, tensor<5120x13824xi4>, tensor<5120x108xbf16>)
         outs(%e : tensor<16x5120xbf16>) -> tensor<16x5120xbf16>
  return %y : tensor<16x5120xbf16>
}

func.func @mma_w4_m16_5120x13824(%x: tensor<16x13824xbf16>, %p: tensor<5120x1728xi32>, %s: tensor<5120x108xbf16>) -> tensor<16x5120xbf16> {
  %we = tensor.empty() : tensor<5120x13824xi4>
  %w = tessel.unpack ins(%p : tensor<5120x1728xi32>) outs(%we : tensor<5120x13824xi4>) -> tensor<5120x13824xi4>
  %e = tensor.empty() : tensor<16x5120xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<16x13824xbf16>, tensor<5120x13824xi4>, tensor<5120x108xbf16>)
         outs(%e : tensor<16x5120xbf16>) {tessel.qmatmul_kernel = "mma_sync"} -> tensor<16x5120xbf16>
  return %y : tensor<16x5120xbf16>
}

func.func @wg_w4_m16_5120x13824(%x: tensor<16x13824xbf16>, %p: tensor<5120x1728xi32>, %s: tensor<5120x108xbf16>) -> tensor<16x5120xbf16> {
  %we = tensor.empty() : tensor<5120x13824xi4>
  %w = tessel.unpack ins(%p : tensor<5120x1728xi32>) outs(%we : tensor<5120x13824xi4>) -> tensor<5120x13824xi4>
  %e = tensor.empty() : tensor<16x5120xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<16x13824xbf16>, tensor<5120x13824xi4>, tensor<5120x108xbf16>)
         outs(%e : tensor<16x5120xbf16>) {tessel.qmatmul_kernel = "warpgroup"} -> tensor<16x5120xbf16>
  return %y : tensor<16x5120xbf16>
}

func.func @w4_m64_5120x13824(%x: tensor<64x13824xbf16>, %p: tensor<5120x1728xi32>, %s: tensor<5120x108xbf16>) -> tensor<64x5120xbf16> {
  %we = tensor.empty() : tensor<5120x13824xi4>
  %w = tessel.unpack ins(%p : tensor<5120x1728xi32>) outs(%we : tensor<5120x13824xi4>) -> tensor<5120x13824xi4>
  %e = tensor.empty() : tensor<64x5120xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<64x13824xbf16>, tensor<5120x13824xi4>, tensor<5120x108xbf16>)
         outs(%e : tensor<64x5120xbf16>) -> tensor<64x5120xbf16>
  return %y : tensor<64x5120xbf16>
}

func.func @mma_w4_m64_5120x13824(%x: tensor<64x13824xbf16>, %p: tensor<5120x1728xi32>, %s: tensor<5120x108xbf16>) -> tensor<64x5120xbf16> {
  %we = tensor.empty() : tensor<5120x13824xi4>
  %w = tessel.unpack ins(%p : tensor<5120x1728xi32>) outs(%we : tensor<5120x13824xi4>) -> tensor<5120x13824xi4>
  %e = tensor.empty() : tensor<64x5120xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<64x13824xbf16>, tensor<5120x13824xi4>, tensor<5120x108xbf16>)
         outs(%e : tensor<64x5120xbf16>) {tessel.qmatmul_kernel = "mma_sync"} -> tensor<64x5120xbf16>
  return %y : tensor<64x5120xbf16>
}

func.func @w4_m256_5120x13824(%x: tensor<256x13824xbf16>, %p: tensor<5120x1728xi32>, %s: tensor<5120x108xbf16>) -> tensor<256x5120xbf16> {
  %we = tensor.empty() : tensor<5120x13824xi4>
  %w = tessel.unpack ins(%p : tensor<5120x1728xi32>) outs(%we : tensor<5120x13824xi4>) -> tensor<5120x13824xi4>
  %e = tensor.empty() : tensor<256x5120xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<256x13824xbf16>, tensor<5120x13824xi4>, tensor<5120x108xbf16>)
         outs(%e : tensor<256x5120xbf16>) -> tensor<256x5120xbf16>
  return %y : tensor<256x5120xbf16>
}

func.func @mma_w4_m256_5120x13824(%x: tensor<256x13824xbf16>, %p: tensor<5120x1728xi32>, %s: tensor<5120x108xbf16>) -> tensor<256x5120xbf16> {
  %we = tensor.empty() : tensor<5120x13824xi4>
  %w = tessel.unpack ins(%p : tensor<5120x1728xi32>) outs(%we : tensor<5120x13824xi4>) -> tensor<5120x13824xi4>
  %e = tensor.empty() : tensor<256x5120xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<256x13824xbf16>, tensor<5120x13824xi4>, tensor<5120x108xbf16>)
         outs(%e : tensor<256x5120xbf16>) {tessel.qmatmul_kernel = "mma_sync"} -> tensor<256x5120xbf16>
  return %y : tensor<256x5120xbf16>
}

func.func @w4_m4096_5120x13824(%x: tensor<4096x13824xbf16>, %p: tensor<5120x1728xi32>, %s: tensor<5120x108xbf16>) -> tensor<4096x5120xbf16> {
  %we = tensor.empty() : tensor<5120x13824xi4>
  %w = tessel.unpack ins(%p : tensor<5120x1728xi32>) outs(%we : tensor<5120x13824xi4>) -> tensor<5120x13824xi4>
  %e = tensor.empty() : tensor<4096x5120xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<4096x13824xbf16>, tensor<5120x13824xi4>, tensor<5120x108xbf16>)
         outs(%e : tensor<4096x5120xbf16>) -> tensor<4096x5120xbf16>
  return %y : tensor<4096x5120xbf16>
}

func.func @nat_w4_m1_4096x4096(%x: tensor<1x4096xbf16>, %w: tensor<4096x4096xi4>, %s: tensor<4096x32xbf16>) -> tensor<1x4096xbf16> {
  %e = tensor.empty() : tensor<1x4096xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<1x4096xbf16>, tensor<4096x4096xi4>, tensor<4096x32xbf16>)
         outs(%e : tensor<1x4096xbf16>) -> tensor<1x4096xbf16>
  return %y : tensor<1x4096xbf16>
}

func.func @nat_w4_m256_4096x4096(%x: tensor<256x4096xbf16>, %w: tensor<4096x4096xi4>, %s: tensor<4096x32xbf16>) -> tensor<256x4096xbf16> {
  %e = tensor.empty() : tensor<256x4096xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<256x4096xbf16>, tensor<4096x4096xi4>, tensor<4096x32xbf16>)
         outs(%e : tensor<256x4096xbf16>) -> tensor<256x4096xbf16>
  return %y : tensor<256x4096xbf16>
}

func.func @nat_w4_m1_11008x4096(%x: tensor<1x4096xbf16>, %w: tensor<11008x4096xi4>, %s: tensor<11008x32xbf16>) -> tensor<1x11008xbf16> {
  %e = tensor.empty() : tensor<1x11008xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<1x4096xbf16>, tensor<11008x4096xi4>, tensor<11008x32xbf16>)
         outs(%e : tensor<1x11008xbf16>) -> tensor<1x11008xbf16>
  return %y : tensor<1x11008xbf16>
}

func.func @nat_w4_m256_11008x4096(%x: tensor<256x4096xbf16>, %w: tensor<11008x4096xi4>, %s: tensor<11008x32xbf16>) -> tensor<256x11008xbf16> {
  %e = tensor.empty() : tensor<256x11008xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<256x4096xbf16>, tensor<11008x4096xi4>, tensor<11008x32xbf16>)
         outs(%e : tensor<256x11008xbf16>) -> tensor<256x11008xbf16>
  return %y : tensor<256x11008xbf16>
}

func.func @nat_w4_m1_4096x11008(%x: tensor<1x11008xbf16>, %w: tensor<4096x11008xi4>, %s: tensor<4096x86xbf16>) -> tensor<1x4096xbf16> {
  %e = tensor.empty() : tensor<1x4096xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<1x11008xbf16>, tensor<4096x11008xi4>, tensor<4096x86xbf16>)
         outs(%e : tensor<1x4096xbf16>) -> tensor<1x4096xbf16>
  return %y : tensor<1x4096xbf16>
}

func.func @nat_w4_m256_4096x11008(%x: tensor<256x11008xbf16>, %w: tensor<4096x11008xi4>, %s: tensor<4096x86xbf16>) -> tensor<256x4096xbf16> {
  %e = tensor.empty() : tensor<256x4096xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<256x11008xbf16>, tensor<4096x11008xi4>, tensor<4096x86xbf16>)
         outs(%e : tensor<256x4096xbf16>) -> tensor<256x4096xbf16>
  return %y : tensor<256x4096xbf16>
}

func.func @nat_w4_m1_5120x13824(%x: tensor<1x13824xbf16>, %w: tensor<5120x13824xi4>, %s: tensor<5120x108xbf16>) -> tensor<1x5120xbf16> {
  %e = tensor.empty() : tensor<1x5120xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<1x13824xbf16>, tensor<5120x13824xi4>, tensor<5120x108xbf16>)
         outs(%e : tensor<1x5120xbf16>) -> tensor<1x5120xbf16>
  return %y : tensor<1x5120xbf16>
}

func.func @nat_w4_m256_5120x13824(%x: tensor<256x13824xbf16>, %w: tensor<5120x13824xi4>, %s: tensor<5120x108xbf16>) -> tensor<256x5120xbf16> {
  %e = tensor.empty() : tensor<256x5120xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<256x13824xbf16>, tensor<5120x13824xi4>, tensor<5120x108xbf16>)
         outs(%e : tensor<256x5120xbf16>) -> tensor<256x5120xbf16>
  return %y : tensor<256x5120xbf16>
}
