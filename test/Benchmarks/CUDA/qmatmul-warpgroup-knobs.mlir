// The knobs of the sm_90 mixed-input qmatmul GEMM side by side (int4 g128,
// bf16, i32 words): input rows per block (the N of wgmma), consumer
// warpgroups and splits of K, at batch and prefill row counts on two peer
// shapes. The fastest setting per shape is what tessel-cuda-configure
// should pick (docs/benchmarks.md). Functions are named
// r<rows>_c<consumers>_s<splits>_m<M>_<N>x<K>. Inputs are made on the device
// (--bundle-random-inputs).

func.func @r64_c1_s1_m64_4096x4096(%x: tensor<64x4096xbf16>, %p: tensor<4096x512xi32>, %s: tensor<4096x32xbf16>) -> tensor<64x4096xbf16> {
  %we = tensor.empty() : tensor<4096x4096xi4>
  %w = tessel.unpack ins(%p : tensor<4096x512xi32>) outs(%we : tensor<4096x4096xi4>) -> tensor<4096x4096xi4>
  %e = tensor.empty() : tensor<64x4096xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<64x4096xbf16>, tensor<4096x4096xi4>, tensor<4096x32xbf16>)
         outs(%e : tensor<64x4096xbf16>) {tessel.qmatmul_kernel = "warpgroup", tessel.block_rows = 64 : i64, tessel.consumer_warpgroups = 1 : i64, tessel.split_k = 1 : i64} -> tensor<64x4096xbf16>
  return %y : tensor<64x4096xbf16>
}

func.func @r64_c2_s1_m64_4096x4096(%x: tensor<64x4096xbf16>, %p: tensor<4096x512xi32>, %s: tensor<4096x32xbf16>) -> tensor<64x4096xbf16> {
  %we = tensor.empty() : tensor<4096x4096xi4>
  %w = tessel.unpack ins(%p : tensor<4096x512xi32>) outs(%we : tensor<4096x4096xi4>) -> tensor<4096x4096xi4>
  %e = tensor.empty() : tensor<64x4096xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<64x4096xbf16>, tensor<4096x4096xi4>, tensor<4096x32xbf16>)
         outs(%e : tensor<64x4096xbf16>) {tessel.qmatmul_kernel = "warpgroup", tessel.block_rows = 64 : i64, tessel.consumer_warpgroups = 2 : i64, tessel.split_k = 1 : i64} -> tensor<64x4096xbf16>
  return %y : tensor<64x4096xbf16>
}

func.func @r64_c1_s2_m64_4096x4096(%x: tensor<64x4096xbf16>, %p: tensor<4096x512xi32>, %s: tensor<4096x32xbf16>) -> tensor<64x4096xbf16> {
  %we = tensor.empty() : tensor<4096x4096xi4>
  %w = tessel.unpack ins(%p : tensor<4096x512xi32>) outs(%we : tensor<4096x4096xi4>) -> tensor<4096x4096xi4>
  %e = tensor.empty() : tensor<64x4096xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<64x4096xbf16>, tensor<4096x4096xi4>, tensor<4096x32xbf16>)
         outs(%e : tensor<64x4096xbf16>) {tessel.qmatmul_kernel = "warpgroup", tessel.block_rows = 64 : i64, tessel.consumer_warpgroups = 1 : i64, tessel.split_k = 2 : i64} -> tensor<64x4096xbf16>
  return %y : tensor<64x4096xbf16>
}

func.func @r64_c2_s2_m64_4096x4096(%x: tensor<64x4096xbf16>, %p: tensor<4096x512xi32>, %s: tensor<4096x32xbf16>) -> tensor<64x4096xbf16> {
  %we = tensor.empty() : tensor<4096x4096xi4>
  %w = tessel.unpack ins(%p : tensor<4096x512xi32>) outs(%we : tensor<4096x4096xi4>) -> tensor<4096x4096xi4>
  %e = tensor.empty() : tensor<64x4096xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<64x4096xbf16>, tensor<4096x4096xi4>, tensor<4096x32xbf16>)
         outs(%e : tensor<64x4096xbf16>) {tessel.qmatmul_kernel = "warpgroup", tessel.block_rows = 64 : i64, tessel.consumer_warpgroups = 2 : i64, tessel.split_k = 2 : i64} -> tensor<64x4096xbf16>
  return %y : tensor<64x4096xbf16>
}

func.func @r64_c2_s4_m64_4096x4096(%x: tensor<64x4096xbf16>, %p: tensor<4096x512xi32>, %s: tensor<4096x32xbf16>) -> tensor<64x4096xbf16> {
  %we = tensor.empty() : tensor<4096x4096xi4>
  %w = tessel.unpack ins(%p : tensor<4096x512xi32>) outs(%we : tensor<4096x4096xi4>) -> tensor<4096x4096xi4>
  %e = tensor.empty() : tensor<64x4096xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<64x4096xbf16>, tensor<4096x4096xi4>, tensor<4096x32xbf16>)
         outs(%e : tensor<64x4096xbf16>) {tessel.qmatmul_kernel = "warpgroup", tessel.block_rows = 64 : i64, tessel.consumer_warpgroups = 2 : i64, tessel.split_k = 4 : i64} -> tensor<64x4096xbf16>
  return %y : tensor<64x4096xbf16>
}

func.func @r64_c2_s8_m64_4096x4096(%x: tensor<64x4096xbf16>, %p: tensor<4096x512xi32>, %s: tensor<4096x32xbf16>) -> tensor<64x4096xbf16> {
  %we = tensor.empty() : tensor<4096x4096xi4>
  %w = tessel.unpack ins(%p : tensor<4096x512xi32>) outs(%we : tensor<4096x4096xi4>) -> tensor<4096x4096xi4>
  %e = tensor.empty() : tensor<64x4096xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<64x4096xbf16>, tensor<4096x4096xi4>, tensor<4096x32xbf16>)
         outs(%e : tensor<64x4096xbf16>) {tessel.qmatmul_kernel = "warpgroup", tessel.block_rows = 64 : i64, tessel.consumer_warpgroups = 2 : i64, tessel.split_k = 8 : i64} -> tensor<64x4096xbf16>
  return %y : tensor<64x4096xbf16>
}

func.func @r64_c1_s1_m256_4096x4096(%x: tensor<256x4096xbf16>, %p: tensor<4096x512xi32>, %s: tensor<4096x32xbf16>) -> tensor<256x4096xbf16> {
  %we = tensor.empty() : tensor<4096x4096xi4>
  %w = tessel.unpack ins(%p : tensor<4096x512xi32>) outs(%we : tensor<4096x4096xi4>) -> tensor<4096x4096xi4>
  %e = tensor.empty() : tensor<256x4096xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<256x4096xbf16>, tensor<4096x4096xi4>, tensor<4096x32xbf16>)
         outs(%e : tensor<256x4096xbf16>) {tessel.qmatmul_kernel = "warpgroup", tessel.block_rows = 64 : i64, tessel.consumer_warpgroups = 1 : i64, tessel.split_k = 1 : i64} -> tensor<256x4096xbf16>
  return %y : tensor<256x4096xbf16>
}

func.func @r64_c2_s1_m256_4096x4096(%x: tensor<256x4096xbf16>, %p: tensor<4096x512xi32>, %s: tensor<4096x32xbf16>) -> tensor<256x4096xbf16> {
  %we = tensor.empty() : tensor<4096x4096xi4>
  %w = tessel.unpack ins(%p : tensor<4096x512xi32>) outs(%we : tensor<4096x4096xi4>) -> tensor<4096x4096xi4>
  %e = tensor.empty() : tensor<256x4096xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<256x4096xbf16>, tensor<4096x4096xi4>, tensor<4096x32xbf16>)
         outs(%e : tensor<256x4096xbf16>) {tessel.qmatmul_kernel = "warpgroup", tessel.block_rows = 64 : i64, tessel.consumer_warpgroups = 2 : i64, tessel.split_k = 1 : i64} -> tensor<256x4096xbf16>
  return %y : tensor<256x4096xbf16>
}

func.func @r128_c1_s1_m256_4096x4096(%x: tensor<256x4096xbf16>, %p: tensor<4096x512xi32>, %s: tensor<4096x32xbf16>) -> tensor<256x4096xbf16> {
  %we = tensor.empty() : tensor<4096x4096xi4>
  %w = tessel.unpack ins(%p : tensor<4096x512xi32>) outs(%we : tensor<4096x4096xi4>) -> tensor<4096x4096xi4>
  %e = tensor.empty() : tensor<256x4096xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<256x4096xbf16>, tensor<4096x4096xi4>, tensor<4096x32xbf16>)
         outs(%e : tensor<256x4096xbf16>) {tessel.qmatmul_kernel = "warpgroup", tessel.block_rows = 128 : i64, tessel.consumer_warpgroups = 1 : i64, tessel.split_k = 1 : i64} -> tensor<256x4096xbf16>
  return %y : tensor<256x4096xbf16>
}

func.func @r128_c2_s1_m256_4096x4096(%x: tensor<256x4096xbf16>, %p: tensor<4096x512xi32>, %s: tensor<4096x32xbf16>) -> tensor<256x4096xbf16> {
  %we = tensor.empty() : tensor<4096x4096xi4>
  %w = tessel.unpack ins(%p : tensor<4096x512xi32>) outs(%we : tensor<4096x4096xi4>) -> tensor<4096x4096xi4>
  %e = tensor.empty() : tensor<256x4096xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<256x4096xbf16>, tensor<4096x4096xi4>, tensor<4096x32xbf16>)
         outs(%e : tensor<256x4096xbf16>) {tessel.qmatmul_kernel = "warpgroup", tessel.block_rows = 128 : i64, tessel.consumer_warpgroups = 2 : i64, tessel.split_k = 1 : i64} -> tensor<256x4096xbf16>
  return %y : tensor<256x4096xbf16>
}

func.func @r256_c1_s1_m256_4096x4096(%x: tensor<256x4096xbf16>, %p: tensor<4096x512xi32>, %s: tensor<4096x32xbf16>) -> tensor<256x4096xbf16> {
  %we = tensor.empty() : tensor<4096x4096xi4>
  %w = tessel.unpack ins(%p : tensor<4096x512xi32>) outs(%we : tensor<4096x4096xi4>) -> tensor<4096x4096xi4>
  %e = tensor.empty() : tensor<256x4096xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<256x4096xbf16>, tensor<4096x4096xi4>, tensor<4096x32xbf16>)
         outs(%e : tensor<256x4096xbf16>) {tessel.qmatmul_kernel = "warpgroup", tessel.block_rows = 256 : i64, tessel.consumer_warpgroups = 1 : i64, tessel.split_k = 1 : i64} -> tensor<256x4096xbf16>
  return %y : tensor<256x4096xbf16>
}

func.func @r256_c2_s1_m256_4096x4096(%x: tensor<256x4096xbf16>, %p: tensor<4096x512xi32>, %s: tensor<4096x32xbf16>) -> tensor<256x4096xbf16> {
  %we = tensor.empty() : tensor<4096x4096xi4>
  %w = tessel.unpack ins(%p : tensor<4096x512xi32>) outs(%we : tensor<4096x4096xi4>) -> tensor<4096x4096xi4>
  %e = tensor.empty() : tensor<256x4096xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<256x4096xbf16>, tensor<4096x4096xi4>, tensor<4096x32xbf16>)
         outs(%e : tensor<256x4096xbf16>) {tessel.qmatmul_kernel = "warpgroup", tessel.block_rows = 256 : i64, tessel.consumer_warpgroups = 2 : i64, tessel.split_k = 1 : i64} -> tensor<256x4096xbf16>
  return %y : tensor<256x4096xbf16>
}

func.func @r64_c2_s2_m256_4096x4096(%x: tensor<256x4096xbf16>, %p: tensor<4096x512xi32>, %s: tensor<4096x32xbf16>) -> tensor<256x4096xbf16> {
  %we = tensor.empty() : tensor<4096x4096xi4>
  %w = tessel.unpack ins(%p : tensor<4096x512xi32>) outs(%we : tensor<4096x4096xi4>) -> tensor<4096x4096xi4>
  %e = tensor.empty() : tensor<256x4096xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<256x4096xbf16>, tensor<4096x4096xi4>, tensor<4096x32xbf16>)
         outs(%e : tensor<256x4096xbf16>) {tessel.qmatmul_kernel = "warpgroup", tessel.block_rows = 64 : i64, tessel.consumer_warpgroups = 2 : i64, tessel.split_k = 2 : i64} -> tensor<256x4096xbf16>
  return %y : tensor<256x4096xbf16>
}

func.func @r128_c2_s2_m256_4096x4096(%x: tensor<256x4096xbf16>, %p: tensor<4096x512xi32>, %s: tensor<4096x32xbf16>) -> tensor<256x4096xbf16> {
  %we = tensor.empty() : tensor<4096x4096xi4>
  %w = tessel.unpack ins(%p : tensor<4096x512xi32>) outs(%we : tensor<4096x4096xi4>) -> tensor<4096x4096xi4>
  %e = tensor.empty() : tensor<256x4096xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<256x4096xbf16>, tensor<4096x4096xi4>, tensor<4096x32xbf16>)
         outs(%e : tensor<256x4096xbf16>) {tessel.qmatmul_kernel = "warpgroup", tessel.block_rows = 128 : i64, tessel.consumer_warpgroups = 2 : i64, tessel.split_k = 2 : i64} -> tensor<256x4096xbf16>
  return %y : tensor<256x4096xbf16>
}

func.func @r256_c2_s4_m256_4096x4096(%x: tensor<256x4096xbf16>, %p: tensor<4096x512xi32>, %s: tensor<4096x32xbf16>) -> tensor<256x4096xbf16> {
  %we = tensor.empty() : tensor<4096x4096xi4>
  %w = tessel.unpack ins(%p : tensor<4096x512xi32>) outs(%we : tensor<4096x4096xi4>) -> tensor<4096x4096xi4>
  %e = tensor.empty() : tensor<256x4096xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<256x4096xbf16>, tensor<4096x4096xi4>, tensor<4096x32xbf16>)
         outs(%e : tensor<256x4096xbf16>) {tessel.qmatmul_kernel = "warpgroup", tessel.block_rows = 256 : i64, tessel.consumer_warpgroups = 2 : i64, tessel.split_k = 4 : i64} -> tensor<256x4096xbf16>
  return %y : tensor<256x4096xbf16>
}

func.func @r64_c1_s1_m4096_4096x4096(%x: tensor<4096x4096xbf16>, %p: tensor<4096x512xi32>, %s: tensor<4096x32xbf16>) -> tensor<4096x4096xbf16> {
  %we = tensor.empty() : tensor<4096x4096xi4>
  %w = tessel.unpack ins(%p : tensor<4096x512xi32>) outs(%we : tensor<4096x4096xi4>) -> tensor<4096x4096xi4>
  %e = tensor.empty() : tensor<4096x4096xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<4096x4096xbf16>, tensor<4096x4096xi4>, tensor<4096x32xbf16>)
         outs(%e : tensor<4096x4096xbf16>) {tessel.qmatmul_kernel = "warpgroup", tessel.block_rows = 64 : i64, tessel.consumer_warpgroups = 1 : i64, tessel.split_k = 1 : i64} -> tensor<4096x4096xbf16>
  return %y : tensor<4096x4096xbf16>
}

func.func @r64_c2_s1_m4096_4096x4096(%x: tensor<4096x4096xbf16>, %p: tensor<4096x512xi32>, %s: tensor<4096x32xbf16>) -> tensor<4096x4096xbf16> {
  %we = tensor.empty() : tensor<4096x4096xi4>
  %w = tessel.unpack ins(%p : tensor<4096x512xi32>) outs(%we : tensor<4096x4096xi4>) -> tensor<4096x4096xi4>
  %e = tensor.empty() : tensor<4096x4096xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<4096x4096xbf16>, tensor<4096x4096xi4>, tensor<4096x32xbf16>)
         outs(%e : tensor<4096x4096xbf16>) {tessel.qmatmul_kernel = "warpgroup", tessel.block_rows = 64 : i64, tessel.consumer_warpgroups = 2 : i64, tessel.split_k = 1 : i64} -> tensor<4096x4096xbf16>
  return %y : tensor<4096x4096xbf16>
}

func.func @r128_c1_s1_m4096_4096x4096(%x: tensor<4096x4096xbf16>, %p: tensor<4096x512xi32>, %s: tensor<4096x32xbf16>) -> tensor<4096x4096xbf16> {
  %we = tensor.empty() : tensor<4096x4096xi4>
  %w = tessel.unpack ins(%p : tensor<4096x512xi32>) outs(%we : tensor<4096x4096xi4>) -> tensor<4096x4096xi4>
  %e = tensor.empty() : tensor<4096x4096xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<4096x4096xbf16>, tensor<4096x4096xi4>, tensor<4096x32xbf16>)
         outs(%e : tensor<4096x4096xbf16>) {tessel.qmatmul_kernel = "warpgroup", tessel.block_rows = 128 : i64, tessel.consumer_warpgroups = 1 : i64, tessel.split_k = 1 : i64} -> tensor<4096x4096xbf16>
  return %y : tensor<4096x4096xbf16>
}

func.func @r128_c2_s1_m4096_4096x4096(%x: tensor<4096x4096xbf16>, %p: tensor<4096x512xi32>, %s: tensor<4096x32xbf16>) -> tensor<4096x4096xbf16> {
  %we = tensor.empty() : tensor<4096x4096xi4>
  %w = tessel.unpack ins(%p : tensor<4096x512xi32>) outs(%we : tensor<4096x4096xi4>) -> tensor<4096x4096xi4>
  %e = tensor.empty() : tensor<4096x4096xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<4096x4096xbf16>, tensor<4096x4096xi4>, tensor<4096x32xbf16>)
         outs(%e : tensor<4096x4096xbf16>) {tessel.qmatmul_kernel = "warpgroup", tessel.block_rows = 128 : i64, tessel.consumer_warpgroups = 2 : i64, tessel.split_k = 1 : i64} -> tensor<4096x4096xbf16>
  return %y : tensor<4096x4096xbf16>
}

func.func @r256_c1_s1_m4096_4096x4096(%x: tensor<4096x4096xbf16>, %p: tensor<4096x512xi32>, %s: tensor<4096x32xbf16>) -> tensor<4096x4096xbf16> {
  %we = tensor.empty() : tensor<4096x4096xi4>
  %w = tessel.unpack ins(%p : tensor<4096x512xi32>) outs(%we : tensor<4096x4096xi4>) -> tensor<4096x4096xi4>
  %e = tensor.empty() : tensor<4096x4096xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<4096x4096xbf16>, tensor<4096x4096xi4>, tensor<4096x32xbf16>)
         outs(%e : tensor<4096x4096xbf16>) {tessel.qmatmul_kernel = "warpgroup", tessel.block_rows = 256 : i64, tessel.consumer_warpgroups = 1 : i64, tessel.split_k = 1 : i64} -> tensor<4096x4096xbf16>
  return %y : tensor<4096x4096xbf16>
}

func.func @r256_c2_s1_m4096_4096x4096(%x: tensor<4096x4096xbf16>, %p: tensor<4096x512xi32>, %s: tensor<4096x32xbf16>) -> tensor<4096x4096xbf16> {
  %we = tensor.empty() : tensor<4096x4096xi4>
  %w = tessel.unpack ins(%p : tensor<4096x512xi32>) outs(%we : tensor<4096x4096xi4>) -> tensor<4096x4096xi4>
  %e = tensor.empty() : tensor<4096x4096xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<4096x4096xbf16>, tensor<4096x4096xi4>, tensor<4096x32xbf16>)
         outs(%e : tensor<4096x4096xbf16>) {tessel.qmatmul_kernel = "warpgroup", tessel.block_rows = 256 : i64, tessel.consumer_warpgroups = 2 : i64, tessel.split_k = 1 : i64} -> tensor<4096x4096xbf16>
  return %y : tensor<4096x4096xbf16>
}

func.func @r64_c1_s1_m64_11008x4096(%x: tensor<64x4096xbf16>, %p: tensor<11008x512xi32>, %s: tensor<11008x32xbf16>) -> tensor<64x11008xbf16> {
  %we = tensor.empty() : tensor<11008x4096xi4>
  %w = tessel.unpack ins(%p : tensor<11008x512xi32>) outs(%we : tensor<11008x4096xi4>) -> tensor<11008x4096xi4>
  %e = tensor.empty() : tensor<64x11008xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<64x4096xbf16>, tensor<11008x4096xi4>, tensor<11008x32xbf16>)
         outs(%e : tensor<64x11008xbf16>) {tessel.qmatmul_kernel = "warpgroup", tessel.block_rows = 64 : i64, tessel.consumer_warpgroups = 1 : i64, tessel.split_k = 1 : i64} -> tensor<64x11008xbf16>
  return %y : tensor<64x11008xbf16>
}

func.func @r64_c2_s1_m64_11008x4096(%x: tensor<64x4096xbf16>, %p: tensor<11008x512xi32>, %s: tensor<11008x32xbf16>) -> tensor<64x11008xbf16> {
  %we = tensor.empty() : tensor<11008x4096xi4>
  %w = tessel.unpack ins(%p : tensor<11008x512xi32>) outs(%we : tensor<11008x4096xi4>) -> tensor<11008x4096xi4>
  %e = tensor.empty() : tensor<64x11008xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<64x4096xbf16>, tensor<11008x4096xi4>, tensor<11008x32xbf16>)
         outs(%e : tensor<64x11008xbf16>) {tessel.qmatmul_kernel = "warpgroup", tessel.block_rows = 64 : i64, tessel.consumer_warpgroups = 2 : i64, tessel.split_k = 1 : i64} -> tensor<64x11008xbf16>
  return %y : tensor<64x11008xbf16>
}

func.func @r64_c1_s2_m64_11008x4096(%x: tensor<64x4096xbf16>, %p: tensor<11008x512xi32>, %s: tensor<11008x32xbf16>) -> tensor<64x11008xbf16> {
  %we = tensor.empty() : tensor<11008x4096xi4>
  %w = tessel.unpack ins(%p : tensor<11008x512xi32>) outs(%we : tensor<11008x4096xi4>) -> tensor<11008x4096xi4>
  %e = tensor.empty() : tensor<64x11008xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<64x4096xbf16>, tensor<11008x4096xi4>, tensor<11008x32xbf16>)
         outs(%e : tensor<64x11008xbf16>) {tessel.qmatmul_kernel = "warpgroup", tessel.block_rows = 64 : i64, tessel.consumer_warpgroups = 1 : i64, tessel.split_k = 2 : i64} -> tensor<64x11008xbf16>
  return %y : tensor<64x11008xbf16>
}

func.func @r64_c2_s2_m64_11008x4096(%x: tensor<64x4096xbf16>, %p: tensor<11008x512xi32>, %s: tensor<11008x32xbf16>) -> tensor<64x11008xbf16> {
  %we = tensor.empty() : tensor<11008x4096xi4>
  %w = tessel.unpack ins(%p : tensor<11008x512xi32>) outs(%we : tensor<11008x4096xi4>) -> tensor<11008x4096xi4>
  %e = tensor.empty() : tensor<64x11008xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<64x4096xbf16>, tensor<11008x4096xi4>, tensor<11008x32xbf16>)
         outs(%e : tensor<64x11008xbf16>) {tessel.qmatmul_kernel = "warpgroup", tessel.block_rows = 64 : i64, tessel.consumer_warpgroups = 2 : i64, tessel.split_k = 2 : i64} -> tensor<64x11008xbf16>
  return %y : tensor<64x11008xbf16>
}

func.func @r64_c2_s4_m64_11008x4096(%x: tensor<64x4096xbf16>, %p: tensor<11008x512xi32>, %s: tensor<11008x32xbf16>) -> tensor<64x11008xbf16> {
  %we = tensor.empty() : tensor<11008x4096xi4>
  %w = tessel.unpack ins(%p : tensor<11008x512xi32>) outs(%we : tensor<11008x4096xi4>) -> tensor<11008x4096xi4>
  %e = tensor.empty() : tensor<64x11008xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<64x4096xbf16>, tensor<11008x4096xi4>, tensor<11008x32xbf16>)
         outs(%e : tensor<64x11008xbf16>) {tessel.qmatmul_kernel = "warpgroup", tessel.block_rows = 64 : i64, tessel.consumer_warpgroups = 2 : i64, tessel.split_k = 4 : i64} -> tensor<64x11008xbf16>
  return %y : tensor<64x11008xbf16>
}

func.func @r64_c2_s8_m64_11008x4096(%x: tensor<64x4096xbf16>, %p: tensor<11008x512xi32>, %s: tensor<11008x32xbf16>) -> tensor<64x11008xbf16> {
  %we = tensor.empty() : tensor<11008x4096xi4>
  %w = tessel.unpack ins(%p : tensor<11008x512xi32>) outs(%we : tensor<11008x4096xi4>) -> tensor<11008x4096xi4>
  %e = tensor.empty() : tensor<64x11008xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<64x4096xbf16>, tensor<11008x4096xi4>, tensor<11008x32xbf16>)
         outs(%e : tensor<64x11008xbf16>) {tessel.qmatmul_kernel = "warpgroup", tessel.block_rows = 64 : i64, tessel.consumer_warpgroups = 2 : i64, tessel.split_k = 8 : i64} -> tensor<64x11008xbf16>
  return %y : tensor<64x11008xbf16>
}

func.func @r64_c1_s1_m256_11008x4096(%x: tensor<256x4096xbf16>, %p: tensor<11008x512xi32>, %s: tensor<11008x32xbf16>) -> tensor<256x11008xbf16> {
  %we = tensor.empty() : tensor<11008x4096xi4>
  %w = tessel.unpack ins(%p : tensor<11008x512xi32>) outs(%we : tensor<11008x4096xi4>) -> tensor<11008x4096xi4>
  %e = tensor.empty() : tensor<256x11008xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<256x4096xbf16>, tensor<11008x4096xi4>, tensor<11008x32xbf16>)
         outs(%e : tensor<256x11008xbf16>) {tessel.qmatmul_kernel = "warpgroup", tessel.block_rows = 64 : i64, tessel.consumer_warpgroups = 1 : i64, tessel.split_k = 1 : i64} -> tensor<256x11008xbf16>
  return %y : tensor<256x11008xbf16>
}

func.func @r64_c2_s1_m256_11008x4096(%x: tensor<256x4096xbf16>, %p: tensor<11008x512xi32>, %s: tensor<11008x32xbf16>) -> tensor<256x11008xbf16> {
  %we = tensor.empty() : tensor<11008x4096xi4>
  %w = tessel.unpack ins(%p : tensor<11008x512xi32>) outs(%we : tensor<11008x4096xi4>) -> tensor<11008x4096xi4>
  %e = tensor.empty() : tensor<256x11008xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<256x4096xbf16>, tensor<11008x4096xi4>, tensor<11008x32xbf16>)
         outs(%e : tensor<256x11008xbf16>) {tessel.qmatmul_kernel = "warpgroup", tessel.block_rows = 64 : i64, tessel.consumer_warpgroups = 2 : i64, tessel.split_k = 1 : i64} -> tensor<256x11008xbf16>
  return %y : tensor<256x11008xbf16>
}

func.func @r128_c1_s1_m256_11008x4096(%x: tensor<256x4096xbf16>, %p: tensor<11008x512xi32>, %s: tensor<11008x32xbf16>) -> tensor<256x11008xbf16> {
  %we = tensor.empty() : tensor<11008x4096xi4>
  %w = tessel.unpack ins(%p : tensor<11008x512xi32>) outs(%we : tensor<11008x4096xi4>) -> tensor<11008x4096xi4>
  %e = tensor.empty() : tensor<256x11008xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<256x4096xbf16>, tensor<11008x4096xi4>, tensor<11008x32xbf16>)
         outs(%e : tensor<256x11008xbf16>) {tessel.qmatmul_kernel = "warpgroup", tessel.block_rows = 128 : i64, tessel.consumer_warpgroups = 1 : i64, tessel.split_k = 1 : i64} -> tensor<256x11008xbf16>
  return %y : tensor<256x11008xbf16>
}

func.func @r128_c2_s1_m256_11008x4096(%x: tensor<256x4096xbf16>, %p: tensor<11008x512xi32>, %s: tensor<11008x32xbf16>) -> tensor<256x11008xbf16> {
  %we = tensor.empty() : tensor<11008x4096xi4>
  %w = tessel.unpack ins(%p : tensor<11008x512xi32>) outs(%we : tensor<11008x4096xi4>) -> tensor<11008x4096xi4>
  %e = tensor.empty() : tensor<256x11008xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<256x4096xbf16>, tensor<11008x4096xi4>, tensor<11008x32xbf16>)
         outs(%e : tensor<256x11008xbf16>) {tessel.qmatmul_kernel = "warpgroup", tessel.block_rows = 128 : i64, tessel.consumer_warpgroups = 2 : i64, tessel.split_k = 1 : i64} -> tensor<256x11008xbf16>
  return %y : tensor<256x11008xbf16>
}

func.func @r256_c1_s1_m256_11008x4096(%x: tensor<256x4096xbf16>, %p: tensor<11008x512xi32>, %s: tensor<11008x32xbf16>) -> tensor<256x11008xbf16> {
  %we = tensor.empty() : tensor<11008x4096xi4>
  %w = tessel.unpack ins(%p : tensor<11008x512xi32>) outs(%we : tensor<11008x4096xi4>) -> tensor<11008x4096xi4>
  %e = tensor.empty() : tensor<256x11008xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<256x4096xbf16>, tensor<11008x4096xi4>, tensor<11008x32xbf16>)
         outs(%e : tensor<256x11008xbf16>) {tessel.qmatmul_kernel = "warpgroup", tessel.block_rows = 256 : i64, tessel.consumer_warpgroups = 1 : i64, tessel.split_k = 1 : i64} -> tensor<256x11008xbf16>
  return %y : tensor<256x11008xbf16>
}

func.func @r256_c2_s1_m256_11008x4096(%x: tensor<256x4096xbf16>, %p: tensor<11008x512xi32>, %s: tensor<11008x32xbf16>) -> tensor<256x11008xbf16> {
  %we = tensor.empty() : tensor<11008x4096xi4>
  %w = tessel.unpack ins(%p : tensor<11008x512xi32>) outs(%we : tensor<11008x4096xi4>) -> tensor<11008x4096xi4>
  %e = tensor.empty() : tensor<256x11008xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<256x4096xbf16>, tensor<11008x4096xi4>, tensor<11008x32xbf16>)
         outs(%e : tensor<256x11008xbf16>) {tessel.qmatmul_kernel = "warpgroup", tessel.block_rows = 256 : i64, tessel.consumer_warpgroups = 2 : i64, tessel.split_k = 1 : i64} -> tensor<256x11008xbf16>
  return %y : tensor<256x11008xbf16>
}

func.func @r64_c2_s2_m256_11008x4096(%x: tensor<256x4096xbf16>, %p: tensor<11008x512xi32>, %s: tensor<11008x32xbf16>) -> tensor<256x11008xbf16> {
  %we = tensor.empty() : tensor<11008x4096xi4>
  %w = tessel.unpack ins(%p : tensor<11008x512xi32>) outs(%we : tensor<11008x4096xi4>) -> tensor<11008x4096xi4>
  %e = tensor.empty() : tensor<256x11008xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<256x4096xbf16>, tensor<11008x4096xi4>, tensor<11008x32xbf16>)
         outs(%e : tensor<256x11008xbf16>) {tessel.qmatmul_kernel = "warpgroup", tessel.block_rows = 64 : i64, tessel.consumer_warpgroups = 2 : i64, tessel.split_k = 2 : i64} -> tensor<256x11008xbf16>
  return %y : tensor<256x11008xbf16>
}

func.func @r128_c2_s2_m256_11008x4096(%x: tensor<256x4096xbf16>, %p: tensor<11008x512xi32>, %s: tensor<11008x32xbf16>) -> tensor<256x11008xbf16> {
  %we = tensor.empty() : tensor<11008x4096xi4>
  %w = tessel.unpack ins(%p : tensor<11008x512xi32>) outs(%we : tensor<11008x4096xi4>) -> tensor<11008x4096xi4>
  %e = tensor.empty() : tensor<256x11008xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<256x4096xbf16>, tensor<11008x4096xi4>, tensor<11008x32xbf16>)
         outs(%e : tensor<256x11008xbf16>) {tessel.qmatmul_kernel = "warpgroup", tessel.block_rows = 128 : i64, tessel.consumer_warpgroups = 2 : i64, tessel.split_k = 2 : i64} -> tensor<256x11008xbf16>
  return %y : tensor<256x11008xbf16>
}

func.func @r256_c2_s4_m256_11008x4096(%x: tensor<256x4096xbf16>, %p: tensor<11008x512xi32>, %s: tensor<11008x32xbf16>) -> tensor<256x11008xbf16> {
  %we = tensor.empty() : tensor<11008x4096xi4>
  %w = tessel.unpack ins(%p : tensor<11008x512xi32>) outs(%we : tensor<11008x4096xi4>) -> tensor<11008x4096xi4>
  %e = tensor.empty() : tensor<256x11008xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<256x4096xbf16>, tensor<11008x4096xi4>, tensor<11008x32xbf16>)
         outs(%e : tensor<256x11008xbf16>) {tessel.qmatmul_kernel = "warpgroup", tessel.block_rows = 256 : i64, tessel.consumer_warpgroups = 2 : i64, tessel.split_k = 4 : i64} -> tensor<256x11008xbf16>
  return %y : tensor<256x11008xbf16>
}

func.func @r64_c1_s1_m4096_11008x4096(%x: tensor<4096x4096xbf16>, %p: tensor<11008x512xi32>, %s: tensor<11008x32xbf16>) -> tensor<4096x11008xbf16> {
  %we = tensor.empty() : tensor<11008x4096xi4>
  %w = tessel.unpack ins(%p : tensor<11008x512xi32>) outs(%we : tensor<11008x4096xi4>) -> tensor<11008x4096xi4>
  %e = tensor.empty() : tensor<4096x11008xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<4096x4096xbf16>, tensor<11008x4096xi4>, tensor<11008x32xbf16>)
         outs(%e : tensor<4096x11008xbf16>) {tessel.qmatmul_kernel = "warpgroup", tessel.block_rows = 64 : i64, tessel.consumer_warpgroups = 1 : i64, tessel.split_k = 1 : i64} -> tensor<4096x11008xbf16>
  return %y : tensor<4096x11008xbf16>
}

func.func @r64_c2_s1_m4096_11008x4096(%x: tensor<4096x4096xbf16>, %p: tensor<11008x512xi32>, %s: tensor<11008x32xbf16>) -> tensor<4096x11008xbf16> {
  %we = tensor.empty() : tensor<11008x4096xi4>
  %w = tessel.unpack ins(%p : tensor<11008x512xi32>) outs(%we : tensor<11008x4096xi4>) -> tensor<11008x4096xi4>
  %e = tensor.empty() : tensor<4096x11008xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<4096x4096xbf16>, tensor<11008x4096xi4>, tensor<11008x32xbf16>)
         outs(%e : tensor<4096x11008xbf16>) {tessel.qmatmul_kernel = "warpgroup", tessel.block_rows = 64 : i64, tessel.consumer_warpgroups = 2 : i64, tessel.split_k = 1 : i64} -> tensor<4096x11008xbf16>
  return %y : tensor<4096x11008xbf16>
}

func.func @r128_c1_s1_m4096_11008x4096(%x: tensor<4096x4096xbf16>, %p: tensor<11008x512xi32>, %s: tensor<11008x32xbf16>) -> tensor<4096x11008xbf16> {
  %we = tensor.empty() : tensor<11008x4096xi4>
  %w = tessel.unpack ins(%p : tensor<11008x512xi32>) outs(%we : tensor<11008x4096xi4>) -> tensor<11008x4096xi4>
  %e = tensor.empty() : tensor<4096x11008xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<4096x4096xbf16>, tensor<11008x4096xi4>, tensor<11008x32xbf16>)
         outs(%e : tensor<4096x11008xbf16>) {tessel.qmatmul_kernel = "warpgroup", tessel.block_rows = 128 : i64, tessel.consumer_warpgroups = 1 : i64, tessel.split_k = 1 : i64} -> tensor<4096x11008xbf16>
  return %y : tensor<4096x11008xbf16>
}

func.func @r128_c2_s1_m4096_11008x4096(%x: tensor<4096x4096xbf16>, %p: tensor<11008x512xi32>, %s: tensor<11008x32xbf16>) -> tensor<4096x11008xbf16> {
  %we = tensor.empty() : tensor<11008x4096xi4>
  %w = tessel.unpack ins(%p : tensor<11008x512xi32>) outs(%we : tensor<11008x4096xi4>) -> tensor<11008x4096xi4>
  %e = tensor.empty() : tensor<4096x11008xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<4096x4096xbf16>, tensor<11008x4096xi4>, tensor<11008x32xbf16>)
         outs(%e : tensor<4096x11008xbf16>) {tessel.qmatmul_kernel = "warpgroup", tessel.block_rows = 128 : i64, tessel.consumer_warpgroups = 2 : i64, tessel.split_k = 1 : i64} -> tensor<4096x11008xbf16>
  return %y : tensor<4096x11008xbf16>
}

func.func @r256_c1_s1_m4096_11008x4096(%x: tensor<4096x4096xbf16>, %p: tensor<11008x512xi32>, %s: tensor<11008x32xbf16>) -> tensor<4096x11008xbf16> {
  %we = tensor.empty() : tensor<11008x4096xi4>
  %w = tessel.unpack ins(%p : tensor<11008x512xi32>) outs(%we : tensor<11008x4096xi4>) -> tensor<11008x4096xi4>
  %e = tensor.empty() : tensor<4096x11008xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<4096x4096xbf16>, tensor<11008x4096xi4>, tensor<11008x32xbf16>)
         outs(%e : tensor<4096x11008xbf16>) {tessel.qmatmul_kernel = "warpgroup", tessel.block_rows = 256 : i64, tessel.consumer_warpgroups = 1 : i64, tessel.split_k = 1 : i64} -> tensor<4096x11008xbf16>
  return %y : tensor<4096x11008xbf16>
}

func.func @r256_c2_s1_m4096_11008x4096(%x: tensor<4096x4096xbf16>, %p: tensor<11008x512xi32>, %s: tensor<11008x32xbf16>) -> tensor<4096x11008xbf16> {
  %we = tensor.empty() : tensor<11008x4096xi4>
  %w = tessel.unpack ins(%p : tensor<11008x512xi32>) outs(%we : tensor<11008x4096xi4>) -> tensor<11008x4096xi4>
  %e = tensor.empty() : tensor<4096x11008xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<4096x4096xbf16>, tensor<11008x4096xi4>, tensor<11008x32xbf16>)
         outs(%e : tensor<4096x11008xbf16>) {tessel.qmatmul_kernel = "warpgroup", tessel.block_rows = 256 : i64, tessel.consumer_warpgroups = 2 : i64, tessel.split_k = 1 : i64} -> tensor<4096x11008xbf16>
  return %y : tensor<4096x11008xbf16>
}
