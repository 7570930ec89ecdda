// Ring depth of the sm_90 mixed-input qmatmul GEMM (int4 g128, bf16, i32
// words): pipeline stages against the other knobs at decode and batch row
// counts on two peer shapes. With few input rows a step moves few bytes, and
// the ring's depth, not the bandwidth, bounds a block (docs/benchmarks.md).
// Functions are named r<rows>_c<consumers>_s<splits>_p<stages>_m<M>_<N>x<K>.
// Inputs are made on the device (--bundle-random-inputs).

func.func @r8_c1_s1_p4_m1_4096x4096(%x: tensor<1x4096xbf16>, %p: tensor<4096x512xi32>, %s: tensor<4096x32xbf16>) -> tensor<1x4096xbf16> {
  %we = tensor.empty() : tensor<4096x4096xi4>
  %w = tessel.unpack ins(%p : tensor<4096x512xi32>) outs(%we : tensor<4096x4096xi4>) -> tensor<4096x4096xi4>
  %e = tensor.empty() : tensor<1x4096xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<1x4096xbf16>, tensor<4096x4096xi4>, tensor<4096x32xbf16>)
         outs(%e : tensor<1x4096xbf16>) {tessel.qmatmul_kernel = "warpgroup", tessel.block_rows = 8 : i64, tessel.consumer_warpgroups = 1 : i64, tessel.split_k = 1 : i64, tessel.pipeline_stages = 4 : i64} -> tensor<1x4096xbf16>
  return %y : tensor<1x4096xbf16>
}

func.func @r8_c1_s1_p8_m1_4096x4096(%x: tensor<1x4096xbf16>, %p: tensor<4096x512xi32>, %s: tensor<4096x32xbf16>) -> tensor<1x4096xbf16> {
  %we = tensor.empty() : tensor<4096x4096xi4>
  %w = tessel.unpack ins(%p : tensor<4096x512xi32>) outs(%we : tensor<4096x4096xi4>) -> tensor<4096x4096xi4>
  %e = tensor.empty() : tensor<1x4096xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<1x4096xbf16>, tensor<4096x4096xi4>, tensor<4096x32xbf16>)
         outs(%e : tensor<1x4096xbf16>) {tessel.qmatmul_kernel = "warpgroup", tessel.block_rows = 8 : i64, tessel.consumer_warpgroups = 1 : i64, tessel.split_k = 1 : i64, tessel.pipeline_stages = 8 : i64} -> tensor<1x4096xbf16>
  return %y : tensor<1x4096xbf16>
}

func.func @r8_c1_s1_p16_m1_4096x4096(%x: tensor<1x4096xbf16>, %p: tensor<4096x512xi32>, %s: tensor<4096x32xbf16>) -> tensor<1x4096xbf16> {
  %we = tensor.empty() : tensor<4096x4096xi4>
  %w = tessel.unpack ins(%p : tensor<4096x512xi32>) outs(%we : tensor<4096x4096xi4>) -> tensor<4096x4096xi4>
  %e = tensor.empty() : tensor<1x4096xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<1x4096xbf16>, tensor<4096x4096xi4>, tensor<4096x32xbf16>)
         outs(%e : tensor<1x4096xbf16>) {tessel.qmatmul_kernel = "warpgroup", tessel.block_rows = 8 : i64, tessel.consumer_warpgroups = 1 : i64, tessel.split_k = 1 : i64, tessel.pipeline_stages = 16 : i64} -> tensor<1x4096xbf16>
  return %y : tensor<1x4096xbf16>
}

func.func @r8_c1_s1_p32_m1_4096x4096(%x: tensor<1x4096xbf16>, %p: tensor<4096x512xi32>, %s: tensor<4096x32xbf16>) -> tensor<1x4096xbf16> {
  %we = tensor.empty() : tensor<4096x4096xi4>
  %w = tessel.unpack ins(%p : tensor<4096x512xi32>) outs(%we : tensor<4096x4096xi4>) -> tensor<4096x4096xi4>
  %e = tensor.empty() : tensor<1x4096xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<1x4096xbf16>, tensor<4096x4096xi4>, tensor<4096x32xbf16>)
         outs(%e : tensor<1x4096xbf16>) {tessel.qmatmul_kernel = "warpgroup", tessel.block_rows = 8 : i64, tessel.consumer_warpgroups = 1 : i64, tessel.split_k = 1 : i64, tessel.pipeline_stages = 32 : i64} -> tensor<1x4096xbf16>
  return %y : tensor<1x4096xbf16>
}

func.func @r8_c1_s2_p8_m1_4096x4096(%x: tensor<1x4096xbf16>, %p: tensor<4096x512xi32>, %s: tensor<4096x32xbf16>) -> tensor<1x4096xbf16> {
  %we = tensor.empty() : tensor<4096x4096xi4>
  %w = tessel.unpack ins(%p : tensor<4096x512xi32>) outs(%we : tensor<4096x4096xi4>) -> tensor<4096x4096xi4>
  %e = tensor.empty() : tensor<1x4096xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<1x4096xbf16>, tensor<4096x4096xi4>, tensor<4096x32xbf16>)
         outs(%e : tensor<1x4096xbf16>) {tessel.qmatmul_kernel = "warpgroup", tessel.block_rows = 8 : i64, tessel.consumer_warpgroups = 1 : i64, tessel.split_k = 2 : i64, tessel.pipeline_stages = 8 : i64} -> tensor<1x4096xbf16>
  return %y : tensor<1x4096xbf16>
}

func.func @r8_c1_s2_p16_m1_4096x4096(%x: tensor<1x4096xbf16>, %p: tensor<4096x512xi32>, %s: tensor<4096x32xbf16>) -> tensor<1x4096xbf16> {
  %we = tensor.empty() : tensor<4096x4096xi4>
  %w = tessel.unpack ins(%p : tensor<4096x512xi32>) outs(%we : tensor<4096x4096xi4>) -> tensor<4096x4096xi4>
  %e = tensor.empty() : tensor<1x4096xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<1x4096xbf16>, tensor<4096x4096xi4>, tensor<4096x32xbf16>)
         outs(%e : tensor<1x4096xbf16>) {tessel.qmatmul_kernel = "warpgroup", tessel.block_rows = 8 : i64, tessel.consumer_warpgroups = 1 : i64, tessel.split_k = 2 : i64, tessel.pipeline_stages = 16 : i64} -> tensor<1x4096xbf16>
  return %y : tensor<1x4096xbf16>
}

func.func @r16_c1_s1_p4_m16_4096x4096(%x: tensor<16x4096xbf16>, %p: tensor<4096x512xi32>, %s: tensor<4096x32xbf16>) -> tensor<16x4096xbf16> {
  %we = tensor.empty() : tensor<4096x4096xi4>
  %w = tessel.unpack ins(%p : tensor<4096x512xi32>) outs(%we : tensor<4096x4096xi4>) -> tensor<4096x4096xi4>
  %e = tensor.empty() : tensor<16x4096xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<16x4096xbf16>, tensor<4096x4096xi4>, tensor<4096x32xbf16>)
         outs(%e : tensor<16x4096xbf16>) {tessel.qmatmul_kernel = "warpgroup", tessel.block_rows = 16 : i64, tessel.consumer_warpgroups = 1 : i64, tessel.split_k = 1 : i64, tessel.pipeline_stages = 4 : i64} -> tensor<16x4096xbf16>
  return %y : tensor<16x4096xbf16>
}

func.func @r16_c1_s1_p8_m16_4096x4096(%x: tensor<16x4096xbf16>, %p: tensor<4096x512xi32>, %s: tensor<4096x32xbf16>) -> tensor<16x4096xbf16> {
  %we = tensor.empty() : tensor<4096x4096xi4>
  %w = tessel.unpack ins(%p : tensor<4096x512xi32>) outs(%we : tensor<4096x4096xi4>) -> tensor<4096x4096xi4>
  %e = tensor.empty() : tensor<16x4096xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<16x4096xbf16>, tensor<4096x4096xi4>, tensor<4096x32xbf16>)
         outs(%e : tensor<16x4096xbf16>) {tessel.qmatmul_kernel = "warpgroup", tessel.block_rows = 16 : i64, tessel.consumer_warpgroups = 1 : i64, tessel.split_k = 1 : i64, tessel.pipeline_stages = 8 : i64} -> tensor<16x4096xbf16>
  return %y : tensor<16x4096xbf16>
}

func.func @r16_c1_s1_p16_m16_4096x4096(%x: tensor<16x4096xbf16>, %p: tensor<4096x512xi32>, %s: tensor<4096x32xbf16>) -> tensor<16x4096xbf16> {
  %we = tensor.empty() : tensor<4096x4096xi4>
  %w = tessel.unpack ins(%p : tensor<4096x512xi32>) outs(%we : tensor<4096x4096xi4>) -> tensor<4096x4096xi4>
  %e = tensor.empty() : tensor<16x4096xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<16x4096xbf16>, tensor<4096x4096xi4>, tensor<4096x32xbf16>)
         outs(%e : tensor<16x4096xbf16>) {tessel.qmatmul_kernel = "warpgroup", tessel.block_rows = 16 : i64, tessel.consumer_warpgroups = 1 : i64, tessel.split_k = 1 : i64, tessel.pipeline_stages = 16 : i64} -> tensor<16x4096xbf16>
  return %y : tensor<16x4096xbf16>
}

func.func @r16_c1_s1_p32_m16_4096x4096(%x: tensor<16x4096xbf16>, %p: tensor<4096x512xi32>, %s: tensor<4096x32xbf16>) -> tensor<16x4096xbf16> {
  %we = tensor.empty() : tensor<4096x4096xi4>
  %w = tessel.unpack ins(%p : tensor<4096x512xi32>) outs(%we : tensor<4096x4096xi4>) -> tensor<4096x4096xi4>
  %e = tensor.empty() : tensor<16x4096xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<16x4096xbf16>, tensor<4096x4096xi4>, tensor<4096x32xbf16>)
         outs(%e : tensor<16x4096xbf16>) {tessel.qmatmul_kernel = "warpgroup", tessel.block_rows = 16 : i64, tessel.consumer_warpgroups = 1 : i64, tessel.split_k = 1 : i64, tessel.pipeline_stages = 32 : i64} -> tensor<16x4096xbf16>
  return %y : tensor<16x4096xbf16>
}

func.func @r16_c2_s1_p8_m16_4096x4096(%x: tensor<16x4096xbf16>, %p: tensor<4096x512xi32>, %s: tensor<4096x32xbf16>) -> tensor<16x4096xbf16> {
  %we = tensor.empty() : tensor<4096x4096xi4>
  %w = tessel.unpack ins(%p : tensor<4096x512xi32>) outs(%we : tensor<4096x4096xi4>) -> tensor<4096x4096xi4>
  %e = tensor.empty() : tensor<16x4096xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<16x4096xbf16>, tensor<4096x4096xi4>, tensor<4096x32xbf16>)
         outs(%e : tensor<16x4096xbf16>) {tessel.qmatmul_kernel = "warpgroup", tessel.block_rows = 16 : i64, tessel.consumer_warpgroups = 2 : i64, tessel.split_k = 1 : i64, tessel.pipeline_stages = 8 : i64} -> tensor<16x4096xbf16>
  return %y : tensor<16x4096xbf16>
}

func.func @r16_c2_s1_p16_m16_4096x4096(%x: tensor<16x4096xbf16>, %p: tensor<4096x512xi32>, %s: tensor<4096x32xbf16>) -> tensor<16x4096xbf16> {
  %we = tensor.empty() : tensor<4096x4096xi4>
  %w = tessel.unpack ins(%p : tensor<4096x512xi32>) outs(%we : tensor<4096x4096xi4>) -> tensor<4096x4096xi4>
  %e = tensor.empty() : tensor<16x4096xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<16x4096xbf16>, tensor<4096x4096xi4>, tensor<4096x32xbf16>)
         outs(%e : tensor<16x4096xbf16>) {tessel.qmatmul_kernel = "warpgroup", tessel.block_rows = 16 : i64, tessel.consumer_warpgroups = 2 : i64, tessel.split_k = 1 : i64, tessel.pipeline_stages = 16 : i64} -> tensor<16x4096xbf16>
  return %y : tensor<16x4096xbf16>
}

func.func @r16_c1_s2_p8_m16_4096x4096(%x: tensor<16x4096xbf16>, %p: tensor<4096x512xi32>, %s: tensor<4096x32xbf16>) -> tensor<16x4096xbf16> {
  %we = tensor.empty() : tensor<4096x4096xi4>
  %w = tessel.unpack ins(%p : tensor<4096x512xi32>) outs(%we : tensor<4096x4096xi4>) -> tensor<4096x4096xi4>
  %e = tensor.empty() : tensor<16x4096xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<16x4096xbf16>, tensor<4096x4096xi4>, tensor<4096x32xbf16>)
         outs(%e : tensor<16x4096xbf16>) {tessel.qmatmul_kernel = "warpgroup", tessel.block_rows = 16 : i64, tessel.consumer_warpgroups = 1 : i64, tessel.split_k = 2 : i64, tessel.pipeline_stages = 8 : i64} -> tensor<16x4096xbf16>
  return %y : tensor<16x4096xbf16>
}

func.func @r16_c1_s2_p16_m16_4096x4096(%x: tensor<16x4096xbf16>, %p: tensor<4096x512xi32>, %s: tensor<4096x32xbf16>) -> tensor<16x4096xbf16> {
  %we = tensor.empty() : tensor<4096x4096xi4>
  %w = tessel.unpack ins(%p : tensor<4096x512xi32>) outs(%we : tensor<4096x4096xi4>) -> tensor<4096x4096xi4>
  %e = tensor.empty() : tensor<16x4096xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<16x4096xbf16>, tensor<4096x4096xi4>, tensor<4096x32xbf16>)
         outs(%e : tensor<16x4096xbf16>) {tessel.qmatmul_kernel = "warpgroup", tessel.block_rows = 16 : i64, tessel.consumer_warpgroups = 1 : i64, tessel.split_k = 2 : i64, tessel.pipeline_stages = 16 : i64} -> tensor<16x4096xbf16>
  return %y : tensor<16x4096xbf16>
}

func.func @r64_c1_s1_p4_m64_4096x4096(%x: tensor<64x4096xbf16>, %p: tensor<4096x512xi32>, %s: tensor<4096x32xbf16>) -> tensor<64x4096xbf16> {
  %we = tensor.empty() : tensor<4096x4096xi4>
  %w = tessel.unpack ins(%p : tensor<4096x512xi32>) outs(%we : tensor<4096x4096xi4>) -> tensor<4096x4096xi4>
  %e = tensor.empty() : tensor<64x4096xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<64x4096xbf16>, tensor<4096x4096xi4>, tensor<4096x32xbf16>)
         outs(%e : tensor<64x4096xbf16>) {tessel.qmatmul_kernel = "warpgroup", tessel.block_rows = 64 : i64, tessel.consumer_warpgroups = 1 : i64, tessel.split_k = 1 : i64, tessel.pipeline_stages = 4 : i64} -> tensor<64x4096xbf16>
  return %y : tensor<64x4096xbf16>
}

func.func @r64_c1_s1_p8_m64_4096x4096(%x: tensor<64x4096xbf16>, %p: tensor<4096x512xi32>, %s: tensor<4096x32xbf16>) -> tensor<64x4096xbf16> {
  %we = tensor.empty() : tensor<4096x4096xi4>
  %w = tessel.unpack ins(%p : tensor<4096x512xi32>) outs(%we : tensor<4096x4096xi4>) -> tensor<4096x4096xi4>
  %e = tensor.empty() : tensor<64x4096xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<64x4096xbf16>, tensor<4096x4096xi4>, tensor<4096x32xbf16>)
         outs(%e : tensor<64x4096xbf16>) {tessel.qmatmul_kernel = "warpgroup", tessel.block_rows = 64 : i64, tessel.consumer_warpgroups = 1 : i64, tessel.split_k = 1 : i64, tessel.pipeline_stages = 8 : i64} -> tensor<64x4096xbf16>
  return %y : tensor<64x4096xbf16>
}

func.func @r64_c1_s1_p16_m64_4096x4096(%x: tensor<64x4096xbf16>, %p: tensor<4096x512xi32>, %s: tensor<4096x32xbf16>) -> tensor<64x4096xbf16> {
  %we = tensor.empty() : tensor<4096x4096xi4>
  %w = tessel.unpack ins(%p : tensor<4096x512xi32>) outs(%we : tensor<4096x4096xi4>) -> tensor<4096x4096xi4>
  %e = tensor.empty() : tensor<64x4096xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<64x4096xbf16>, tensor<4096x4096xi4>, tensor<4096x32xbf16>)
         outs(%e : tensor<64x4096xbf16>) {tessel.qmatmul_kernel = "warpgroup", tessel.block_rows = 64 : i64, tessel.consumer_warpgroups = 1 : i64, tessel.split_k = 1 : i64, tessel.pipeline_stages = 16 : i64} -> tensor<64x4096xbf16>
  return %y : tensor<64x4096xbf16>
}

func.func @r64_c1_s2_p4_m64_4096x4096(%x: tensor<64x4096xbf16>, %p: tensor<4096x512xi32>, %s: tensor<4096x32xbf16>) -> tensor<64x4096xbf16> {
  %we = tensor.empty() : tensor<4096x4096xi4>
  %w = tessel.unpack ins(%p : tensor<4096x512xi32>) outs(%we : tensor<4096x4096xi4>) -> tensor<4096x4096xi4>
  %e = tensor.empty() : tensor<64x4096xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<64x4096xbf16>, tensor<4096x4096xi4>, tensor<4096x32xbf16>)
         outs(%e : tensor<64x4096xbf16>) {tessel.qmatmul_kernel = "warpgroup", tessel.block_rows = 64 : i64, tessel.consumer_warpgroups = 1 : i64, tessel.split_k = 2 : i64, tessel.pipeline_stages = 4 : i64} -> tensor<64x4096xbf16>
  return %y : tensor<64x4096xbf16>
}

func.func @r64_c1_s2_p8_m64_4096x4096(%x: tensor<64x4096xbf16>, %p: tensor<4096x512xi32>, %s: tensor<4096x32xbf16>) -> tensor<64x4096xbf16> {
  %we = tensor.empty() : tensor<4096x4096xi4>
  %w = tessel.unpack ins(%p : tensor<4096x512xi32>) outs(%we : tensor<4096x4096xi4>) -> tensor<4096x4096xi4>
  %e = tensor.empty() : tensor<64x4096xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<64x4096xbf16>, tensor<4096x4096xi4>, tensor<4096x32xbf16>)
         outs(%e : tensor<64x4096xbf16>) {tessel.qmatmul_kernel = "warpgroup", tessel.block_rows = 64 : i64, tessel.consumer_warpgroups = 1 : i64, tessel.split_k = 2 : i64, tessel.pipeline_stages = 8 : i64} -> tensor<64x4096xbf16>
  return %y : tensor<64x4096xbf16>
}

func.func @r64_c1_s2_p16_m64_4096x4096(%x: tensor<64x4096xbf16>, %p: tensor<4096x512xi32>, %s: tensor<4096x32xbf16>) -> tensor<64x4096xbf16> {
  %we = tensor.empty() : tensor<4096x4096xi4>
  %w = tessel.unpack ins(%p : tensor<4096x512xi32>) outs(%we : tensor<4096x4096xi4>) -> tensor<4096x4096xi4>
  %e = tensor.empty() : tensor<64x4096xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<64x4096xbf16>, tensor<4096x4096xi4>, tensor<4096x32xbf16>)
         outs(%e : tensor<64x4096xbf16>) {tessel.qmatmul_kernel = "warpgroup", tessel.block_rows = 64 : i64, tessel.consumer_warpgroups = 1 : i64, tessel.split_k = 2 : i64, tessel.pipeline_stages = 16 : i64} -> tensor<64x4096xbf16>
  return %y : tensor<64x4096xbf16>
}

func.func @r64_c2_s2_p8_m64_4096x4096(%x: tensor<64x4096xbf16>, %p: tensor<4096x512xi32>, %s: tensor<4096x32xbf16>) -> tensor<64x4096xbf16> {
  %we = tensor.empty() : tensor<4096x4096xi4>
  %w = tessel.unpack ins(%p : tensor<4096x512xi32>) outs(%we : tensor<4096x4096xi4>) -> tensor<4096x4096xi4>
  %e = tensor.empty() : tensor<64x4096xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<64x4096xbf16>, tensor<4096x4096xi4>, tensor<4096x32xbf16>)
         outs(%e : tensor<64x4096xbf16>) {tessel.qmatmul_kernel = "warpgroup", tessel.block_rows = 64 : i64, tessel.consumer_warpgroups = 2 : i64, tessel.split_k = 2 : i64, tessel.pipeline_stages = 8 : i64} -> tensor<64x4096xbf16>
  return %y : tensor<64x4096xbf16>
}

func.func @r64_c2_s2_p16_m64_4096x4096(%x: tensor<64x4096xbf16>, %p: tensor<4096x512xi32>, %s: tensor<4096x32xbf16>) -> tensor<64x4096xbf16> {
  %we = tensor.empty() : tensor<4096x4096xi4>
  %w = tessel.unpack ins(%p : tensor<4096x512xi32>) outs(%we : tensor<4096x4096xi4>) -> tensor<4096x4096xi4>
  %e = tensor.empty() : tensor<64x4096xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<64x4096xbf16>, tensor<4096x4096xi4>, tensor<4096x32xbf16>)
         outs(%e : tensor<64x4096xbf16>) {tessel.qmatmul_kernel = "warpgroup", tessel.block_rows = 64 : i64, tessel.consumer_warpgroups = 2 : i64, tessel.split_k = 2 : i64, tessel.pipeline_stages = 16 : i64} -> tensor<64x4096xbf16>
  return %y : tensor<64x4096xbf16>
}

func.func @r128_c1_s1_p4_m256_4096x4096(%x: tensor<256x4096xbf16>, %p: tensor<4096x512xi32>, %s: tensor<4096x32xbf16>) -> tensor<256x4096xbf16> {
  %we = tensor.empty() : tensor<4096x4096xi4>
  %w = tessel.unpack ins(%p : tensor<4096x512xi32>) outs(%we : tensor<4096x4096xi4>) -> tensor<4096x4096xi4>
  %e = tensor.empty() : tensor<256x4096xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<256x4096xbf16>, tensor<4096x4096xi4>, tensor<4096x32xbf16>)
         outs(%e : tensor<256x4096xbf16>) {tessel.qmatmul_kernel = "warpgroup", tessel.block_rows = 128 : i64, tessel.consumer_warpgroups = 1 : i64, tessel.split_k = 1 : i64, tessel.pipeline_stages = 4 : i64} -> tensor<256x4096xbf16>
  return %y : tensor<256x4096xbf16>
}

func.func @r128_c1_s1_p8_m256_4096x4096(%x: tensor<256x4096xbf16>, %p: tensor<4096x512xi32>, %s: tensor<4096x32xbf16>) -> tensor<256x4096xbf16> {
  %we = tensor.empty() : tensor<4096x4096xi4>
  %w = tessel.unpack ins(%p : tensor<4096x512xi32>) outs(%we : tensor<4096x4096xi4>) -> tensor<4096x4096xi4>
  %e = tensor.empty() : tensor<256x4096xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<256x4096xbf16>, tensor<4096x4096xi4>, tensor<4096x32xbf16>)
         outs(%e : tensor<256x4096xbf16>) {tessel.qmatmul_kernel = "warpgroup", tessel.block_rows = 128 : i64, tessel.consumer_warpgroups = 1 : i64, tessel.split_k = 1 : i64, tessel.pipeline_stages = 8 : i64} -> tensor<256x4096xbf16>
  return %y : tensor<256x4096xbf16>
}

func.func @r128_c1_s1_p12_m256_4096x4096(%x: tensor<256x4096xbf16>, %p: tensor<4096x512xi32>, %s: tensor<4096x32xbf16>) -> tensor<256x4096xbf16> {
  %we = tensor.empty() : tensor<4096x4096xi4>
  %w = tessel.unpack ins(%p : tensor<4096x512xi32>) outs(%we : tensor<4096x4096xi4>) -> tensor<4096x4096xi4>
  %e = tensor.empty() : tensor<256x4096xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<256x4096xbf16>, tensor<4096x4096xi4>, tensor<4096x32xbf16>)
         outs(%e : tensor<256x4096xbf16>) {tessel.qmatmul_kernel = "warpgroup", tessel.block_rows = 128 : i64, tessel.consumer_warpgroups = 1 : i64, tessel.split_k = 1 : i64, tessel.pipeline_stages = 12 : i64} -> tensor<256x4096xbf16>
  return %y : tensor<256x4096xbf16>
}

func.func @r256_c2_s1_p3_m256_4096x4096(%x: tensor<256x4096xbf16>, %p: tensor<4096x512xi32>, %s: tensor<4096x32xbf16>) -> tensor<256x4096xbf16> {
  %we = tensor.empty() : tensor<4096x4096xi4>
  %w = tessel.unpack ins(%p : tensor<4096x512xi32>) outs(%we : tensor<4096x4096xi4>) -> tensor<4096x4096xi4>
  %e = tensor.empty() : tensor<256x4096xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<256x4096xbf16>, tensor<4096x4096xi4>, tensor<4096x32xbf16>)
         outs(%e : tensor<256x4096xbf16>) {tessel.qmatmul_kernel = "warpgroup", tessel.block_rows = 256 : i64, tessel.consumer_warpgroups = 2 : i64, tessel.split_k = 1 : i64, tessel.pipeline_stages = 3 : i64} -> tensor<256x4096xbf16>
  return %y : tensor<256x4096xbf16>
}

func.func @r256_c2_s1_p4_m256_4096x4096(%x: tensor<256x4096xbf16>, %p: tensor<4096x512xi32>, %s: tensor<4096x32xbf16>) -> tensor<256x4096xbf16> {
  %we = tensor.empty() : tensor<4096x4096xi4>
  %w = tessel.unpack ins(%p : tensor<4096x512xi32>) outs(%we : tensor<4096x4096xi4>) -> tensor<4096x4096xi4>
  %e = tensor.empty() : tensor<256x4096xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<256x4096xbf16>, tensor<4096x4096xi4>, tensor<4096x32xbf16>)
         outs(%e : tensor<256x4096xbf16>) {tessel.qmatmul_kernel = "warpgroup", tessel.block_rows = 256 : i64, tessel.consumer_warpgroups = 2 : i64, tessel.split_k = 1 : i64, tessel.pipeline_stages = 4 : i64} -> tensor<256x4096xbf16>
  return %y : tensor<256x4096xbf16>
}

func.func @r256_c2_s1_p6_m256_4096x4096(%x: tensor<256x4096xbf16>, %p: tensor<4096x512xi32>, %s: tensor<4096x32xbf16>) -> tensor<256x4096xbf16> {
  %we = tensor.empty() : tensor<4096x4096xi4>
  %w = tessel.unpack ins(%p : tensor<4096x512xi32>) outs(%we : tensor<4096x4096xi4>) -> tensor<4096x4096xi4>
  %e = tensor.empty() : tensor<256x4096xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<256x4096xbf16>, tensor<4096x4096xi4>, tensor<4096x32xbf16>)
         outs(%e : tensor<256x4096xbf16>) {tessel.qmatmul_kernel = "warpgroup", tessel.block_rows = 256 : i64, tessel.consumer_warpgroups = 2 : i64, tessel.split_k = 1 : i64, tessel.pipeline_stages = 6 : i64} -> tensor<256x4096xbf16>
  return %y : tensor<256x4096xbf16>
}

func.func @r8_c1_s1_p4_m1_11008x4096(%x: tensor<1x4096xbf16>, %p: tensor<11008x512xi32>, %s: tensor<11008x32xbf16>) -> tensor<1x11008xbf16> {
  %we = tensor.empty() : tensor<11008x4096xi4>
  %w = tessel.unpack ins(%p : tensor<11008x512xi32>) outs(%we : tensor<11008x4096xi4>) -> tensor<11008x4096xi4>
  %e = tensor.empty() : tensor<1x11008xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<1x4096xbf16>, tensor<11008x4096xi4>, tensor<11008x32xbf16>)
         outs(%e : tensor<1x11008xbf16>) {tessel.qmatmul_kernel = "warpgroup", tessel.block_rows = 8 : i64, tessel.consumer_warpgroups = 1 : i64, tessel.split_k = 1 : i64, tessel.pipeline_stages = 4 : i64} -> tensor<1x11008xbf16>
  return %y : tensor<1x11008xbf16>
}

func.func @r8_c1_s1_p8_m1_11008x4096(%x: tensor<1x4096xbf16>, %p: tensor<11008x512xi32>, %s: tensor<11008x32xbf16>) -> tensor<1x11008xbf16> {
  %we = tensor.empty() : tensor<11008x4096xi4>
  %w = tessel.unpack ins(%p : tensor<11008x512xi32>) outs(%we : tensor<11008x4096xi4>) -> tensor<11008x4096xi4>
  %e = tensor.empty() : tensor<1x11008xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<1x4096xbf16>, tensor<11008x4096xi4>, tensor<11008x32xbf16>)
         outs(%e : tensor<1x11008xbf16>) {tessel.qmatmul_kernel = "warpgroup", tessel.block_rows = 8 : i64, tessel.consumer_warpgroups = 1 : i64, tessel.split_k = 1 : i64, tessel.pipeline_stages = 8 : i64} -> tensor<1x11008xbf16>
  return %y : tensor<1x11008xbf16>
}

func.func @r8_c1_s1_p16_m1_11008x4096(%x: tensor<1x4096xbf16>, %p: tensor<11008x512xi32>, %s: tensor<11008x32xbf16>) -> tensor<1x11008xbf16> {
  %we = tensor.empty() : tensor<11008x4096xi4>
  %w = tessel.unpack ins(%p : tensor<11008x512xi32>) outs(%we : tensor<11008x4096xi4>) -> tensor<11008x4096xi4>
  %e = tensor.empty() : tensor<1x11008xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<1x4096xbf16>, tensor<11008x4096xi4>, tensor<11008x32xbf16>)
         outs(%e : tensor<1x11008xbf16>) {tessel.qmatmul_kernel = "warpgroup", tessel.block_rows = 8 : i64, tessel.consumer_warpgroups = 1 : i64, tessel.split_k = 1 : i64, tessel.pipeline_stages = 16 : i64} -> tensor<1x11008xbf16>
  return %y : tensor<1x11008xbf16>
}

func.func @r8_c1_s1_p32_m1_11008x4096(%x: tensor<1x4096xbf16>, %p: tensor<11008x512xi32>, %s: tensor<11008x32xbf16>) -> tensor<1x11008xbf16> {
  %we = tensor.empty() : tensor<11008x4096xi4>
  %w = tessel.unpack ins(%p : tensor<11008x512xi32>) outs(%we : tensor<11008x4096xi4>) -> tensor<11008x4096xi4>
  %e = tensor.empty() : tensor<1x11008xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<1x4096xbf16>, tensor<11008x4096xi4>, tensor<11008x32xbf16>)
         outs(%e : tensor<1x11008xbf16>) {tessel.qmatmul_kernel = "warpgroup", tessel.block_rows = 8 : i64, tessel.consumer_warpgroups = 1 : i64, tessel.split_k = 1 : i64, tessel.pipeline_stages = 32 : i64} -> tensor<1x11008xbf16>
  return %y : tensor<1x11008xbf16>
}

func.func @r8_c1_s2_p8_m1_11008x4096(%x: tensor<1x4096xbf16>, %p: tensor<11008x512xi32>, %s: tensor<11008x32xbf16>) -> tensor<1x11008xbf16> {
  %we = tensor.empty() : tensor<11008x4096xi4>
  %w = tessel.unpack ins(%p : tensor<11008x512xi32>) outs(%we : tensor<11008x4096xi4>) -> tensor<11008x4096xi4>
  %e = tensor.empty() : tensor<1x11008xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<1x4096xbf16>, tensor<11008x4096xi4>, tensor<11008x32xbf16>)
         outs(%e : tensor<1x11008xbf16>) {tessel.qmatmul_kernel = "warpgroup", tessel.block_rows = 8 : i64, tessel.consumer_warpgroups = 1 : i64, tessel.split_k = 2 : i64, tessel.pipeline_stages = 8 : i64} -> tensor<1x11008xbf16>
  return %y : tensor<1x11008xbf16>
}

func.func @r8_c1_s2_p16_m1_11008x4096(%x: tensor<1x4096xbf16>, %p: tensor<11008x512xi32>, %s: tensor<11008x32xbf16>) -> tensor<1x11008xbf16> {
  %we = tensor.empty() : tensor<11008x4096xi4>
  %w = tessel.unpack ins(%p : tensor<11008x512xi32>) outs(%we : tensor<11008x4096xi4>) -> tensor<11008x4096xi4>
  %e = tensor.empty() : tensor<1x11008xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<1x4096xbf16>, tensor<11008x4096xi4>, tensor<11008x32xbf16>)
         outs(%e : tensor<1x11008xbf16>) {tessel.qmatmul_kernel = "warpgroup", tessel.block_rows = 8 : i64, tessel.consumer_warpgroups = 1 : i64, tessel.split_k = 2 : i64, tessel.pipeline_stages = 16 : i64} -> tensor<1x11008xbf16>
  return %y : tensor<1x11008xbf16>
}

func.func @r16_c1_s1_p4_m16_11008x4096(%x: tensor<16x4096xbf16>, %p: tensor<11008x512xi32>, %s: tensor<11008x32xbf16>) -> tensor<16x11008xbf16> {
  %we = tensor.empty() : tensor<11008x4096xi4>
  %w = tessel.unpack ins(%p : tensor<11008x512xi32>) outs(%we : tensor<11008x4096xi4>) -> tensor<11008x4096xi4>
  %e = tensor.empty() : tensor<16x11008xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<16x4096xbf16>, tensor<11008x4096xi4>, tensor<11008x32xbf16>)
         outs(%e : tensor<16x11008xbf16>) {tessel.qmatmul_kernel = "warpgroup", tessel.block_rows = 16 : i64, tessel.consumer_warpgroups = 1 : i64, tessel.split_k = 1 : i64, tessel.pipeline_stages = 4 : i64} -> tensor<16x11008xbf16>
  return %y : tensor<16x11008xbf16>
}

func.func @r16_c1_s1_p8_m16_11008x4096(%x: tensor<16x4096xbf16>, %p: tensor<11008x512xi32>, %s: tensor<11008x32xbf16>) -> tensor<16x11008xbf16> {
  %we = tensor.empty() : tensor<11008x4096xi4>
  %w = tessel.unpack ins(%p : tensor<11008x512xi32>) outs(%we : tensor<11008x4096xi4>) -> tensor<11008x4096xi4>
  %e = tensor.empty() : tensor<16x11008xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<16x4096xbf16>, tensor<11008x4096xi4>, tensor<11008x32xbf16>)
         outs(%e : tensor<16x11008xbf16>) {tessel.qmatmul_kernel = "warpgroup", tessel.block_rows = 16 : i64, tessel.consumer_warpgroups = 1 : i64, tessel.split_k = 1 : i64, tessel.pipeline_stages = 8 : i64} -> tensor<16x11008xbf16>
  return %y : tensor<16x11008xbf16>
}

func.func @r16_c1_s1_p16_m16_11008x4096(%x: tensor<16x4096xbf16>, %p: tensor<11008x512xi32>, %s: tensor<11008x32xbf16>) -> tensor<16x11008xbf16> {
  %we = tensor.empty() : tensor<11008x4096xi4>
  %w = tessel.unpack ins(%p : tensor<11008x512xi32>) outs(%we : tensor<11008x4096xi4>) -> tensor<11008x4096xi4>
  %e = tensor.empty() : tensor<16x11008xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<16x4096xbf16>, tensor<11008x4096xi4>, tensor<11008x32xbf16>)
         outs(%e : tensor<16x11008xbf16>) {tessel.qmatmul_kernel = "warpgroup", tessel.block_rows = 16 : i64, tessel.consumer_warpgroups = 1 : i64, tessel.split_k = 1 : i64, tessel.pipeline_stages = 16 : i64} -> tensor<16x11008xbf16>
  return %y : tensor<16x11008xbf16>
}

func.func @r16_c1_s1_p32_m16_11008x4096(%x: tensor<16x4096xbf16>, %p: tensor<11008x512xi32>, %s: tensor<11008x32xbf16>) -> tensor<16x11008xbf16> {
  %we = tensor.empty() : tensor<11008x4096xi4>
  %w = tessel.unpack ins(%p : tensor<11008x512xi32>) outs(%we : tensor<11008x4096xi4>) -> tensor<11008x4096xi4>
  %e = tensor.empty() : tensor<16x11008xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<16x4096xbf16>, tensor<11008x4096xi4>, tensor<11008x32xbf16>)
         outs(%e : tensor<16x11008xbf16>) {tessel.qmatmul_kernel = "warpgroup", tessel.block_rows = 16 : i64, tessel.consumer_warpgroups = 1 : i64, tessel.split_k = 1 : i64, tessel.pipeline_stages = 32 : i64} -> tensor<16x11008xbf16>
  return %y : tensor<16x11008xbf16>
}

func.func @r16_c2_s1_p8_m16_11008x4096(%x: tensor<16x4096xbf16>, %p: tensor<11008x512xi32>, %s: tensor<11008x32xbf16>) -> tensor<16x11008xbf16> {
  %we = tensor.empty() : tensor<11008x4096xi4>
  %w = tessel.unpack ins(%p : tensor<11008x512xi32>) outs(%we : tensor<11008x4096xi4>) -> tensor<11008x4096xi4>
  %e = tensor.empty() : tensor<16x11008xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<16x4096xbf16>, tensor<11008x4096xi4>, tensor<11008x32xbf16>)
         outs(%e : tensor<16x11008xbf16>) {tessel.qmatmul_kernel = "warpgroup", tessel.block_rows = 16 : i64, tessel.consumer_warpgroups = 2 : i64, tessel.split_k = 1 : i64, tessel.pipeline_stages = 8 : i64} -> tensor<16x11008xbf16>
  return %y : tensor<16x11008xbf16>
}

func.func @r16_c2_s1_p16_m16_11008x4096(%x: tensor<16x4096xbf16>, %p: tensor<11008x512xi32>, %s: tensor<11008x32xbf16>) -> tensor<16x11008xbf16> {
  %we = tensor.empty() : tensor<11008x4096xi4>
  %w = tessel.unpack ins(%p : tensor<11008x512xi32>) outs(%we : tensor<11008x4096xi4>) -> tensor<11008x4096xi4>
  %e = tensor.empty() : tensor<16x11008xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<16x4096xbf16>, tensor<11008x4096xi4>, tensor<11008x32xbf16>)
         outs(%e : tensor<16x11008xbf16>) {tessel.qmatmul_kernel = "warpgroup", tessel.block_rows = 16 : i64, tessel.consumer_warpgroups = 2 : i64, tessel.split_k = 1 : i64, tessel.pipeline_stages = 16 : i64} -> tensor<16x11008xbf16>
  return %y : tensor<16x11008xbf16>
}

func.func @r16_c1_s2_p8_m16_11008x4096(%x: tensor<16x4096xbf16>, %p: tensor<11008x512xi32>, %s: tensor<11008x32xbf16>) -> tensor<16x11008xbf16> {
  %we = tensor.empty() : tensor<11008x4096xi4>
  %w = tessel.unpack ins(%p : tensor<11008x512xi32>) outs(%we : tensor<11008x4096xi4>) -> tensor<11008x4096xi4>
  %e = tensor.empty() : tensor<16x11008xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<16x4096xbf16>, tensor<11008x4096xi4>, tensor<11008x32xbf16>)
         outs(%e : tensor<16x11008xbf16>) {tessel.qmatmul_kernel = "warpgroup", tessel.block_rows = 16 : i64, tessel.consumer_warpgroups = 1 : i64, tessel.split_k = 2 : i64, tessel.pipeline_stages = 8 : i64} -> tensor<16x11008xbf16>
  return %y : tensor<16x11008xbf16>
}

func.func @r16_c1_s2_p16_m16_11008x4096(%x: tensor<16x4096xbf16>, %p: tensor<11008x512xi32>, %s: tensor<11008x32xbf16>) -> tensor<16x11008xbf16> {
  %we = tensor.empty() : tensor<11008x4096xi4>
  %w = tessel.unpack ins(%p : tensor<11008x512xi32>) outs(%we : tensor<11008x4096xi4>) -> tensor<11008x4096xi4>
  %e = tensor.empty() : tensor<16x11008xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<16x4096xbf16>, tensor<11008x4096xi4>, tensor<11008x32xbf16>)
         outs(%e : tensor<16x11008xbf16>) {tessel.qmatmul_kernel = "warpgroup", tessel.block_rows = 16 : i64, tessel.consumer_warpgroups = 1 : i64, tessel.split_k = 2 : i64, tessel.pipeline_stages = 16 : i64} -> tensor<16x11008xbf16>
  return %y : tensor<16x11008xbf16>
}

func.func @r64_c1_s1_p4_m64_11008x4096(%x: tensor<64x4096xbf16>, %p: tensor<11008x512xi32>, %s: tensor<11008x32xbf16>) -> tensor<64x11008xbf16> {
  %we = tensor.empty() : tensor<11008x4096xi4>
  %w = tessel.unpack ins(%p : tensor<11008x512xi32>) outs(%we : tensor<11008x4096xi4>) -> tensor<11008x4096xi4>
  %e = tensor.empty() : tensor<64x11008xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<64x4096xbf16>, tensor<11008x4096xi4>, tensor<11008x32xbf16>)
         outs(%e : tensor<64x11008xbf16>) {tessel.qmatmul_kernel = "warpgroup", tessel.block_rows = 64 : i64, tessel.consumer_warpgroups = 1 : i64, tessel.split_k = 1 : i64, tessel.pipeline_stages = 4 : i64} -> tensor<64x11008xbf16>
  return %y : tensor<64x11008xbf16>
}

func.func @r64_c1_s1_p8_m64_11008x4096(%x: tensor<64x4096xbf16>, %p: tensor<11008x512xi32>, %s: tensor<11008x32xbf16>) -> tensor<64x11008xbf16> {
  %we = tensor.empty() : tensor<11008x4096xi4>
  %w = tessel.unpack ins(%p : tensor<11008x512xi32>) outs(%we : tensor<11008x4096xi4>) -> tensor<11008x4096xi4>
  %e = tensor.empty() : tensor<64x11008xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<64x4096xbf16>, tensor<11008x4096xi4>, tensor<11008x32xbf16>)
         outs(%e : tensor<64x11008xbf16>) {tessel.qmatmul_kernel = "warpgroup", tessel.block_rows = 64 : i64, tessel.consumer_warpgroups = 1 : i64, tessel.split_k = 1 : i64, tessel.pipeline_stages = 8 : i64} -> tensor<64x11008xbf16>
  return %y : tensor<64x11008xbf16>
}

func.func @r64_c1_s1_p16_m64_11008x4096(%x: tensor<64x4096xbf16>, %p: tensor<11008x512xi32>, %s: tensor<11008x32xbf16>) -> tensor<64x11008xbf16> {
  %we = tensor.empty() : tensor<11008x4096xi4>
  %w = tessel.unpack ins(%p : tensor<11008x512xi32>) outs(%we : tensor<11008x4096xi4>) -> tensor<11008x4096xi4>
  %e = tensor.empty() : tensor<64x11008xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<64x4096xbf16>, tensor<11008x4096xi4>, tensor<11008x32xbf16>)
         outs(%e : tensor<64x11008xbf16>) {tessel.qmatmul_kernel = "warpgroup", tessel.block_rows = 64 : i64, tessel.consumer_warpgroups = 1 : i64, tessel.split_k = 1 : i64, tessel.pipeline_stages = 16 : i64} -> tensor<64x11008xbf16>
  return %y : tensor<64x11008xbf16>
}

func.func @r64_c1_s2_p4_m64_11008x4096(%x: tensor<64x4096xbf16>, %p: tensor<11008x512xi32>, %s: tensor<11008x32xbf16>) -> tensor<64x11008xbf16> {
  %we = tensor.empty() : tensor<11008x4096xi4>
  %w = tessel.unpack ins(%p : tensor<11008x512xi32>) outs(%we : tensor<11008x4096xi4>) -> tensor<11008x4096xi4>
  %e = tensor.empty() : tensor<64x11008xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<64x4096xbf16>, tensor<11008x4096xi4>, tensor<11008x32xbf16>)
         outs(%e : tensor<64x11008xbf16>) {tessel.qmatmul_kernel = "warpgroup", tessel.block_rows = 64 : i64, tessel.consumer_warpgroups = 1 : i64, tessel.split_k = 2 : i64, tessel.pipeline_stages = 4 : i64} -> tensor<64x11008xbf16>
  return %y : tensor<64x11008xbf16>
}

func.func @r64_c1_s2_p8_m64_11008x4096(%x: tensor<64x4096xbf16>, %p: tensor<11008x512xi32>, %s: tensor<11008x32xbf16>) -> tensor<64x11008xbf16> {
  %we = tensor.empty() : tensor<11008x4096xi4>
  %w = tessel.unpack ins(%p : tensor<11008x512xi32>) outs(%we : tensor<11008x4096xi4>) -> tensor<11008x4096xi4>
  %e = tensor.empty() : tensor<64x11008xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<64x4096xbf16>, tensor<11008x4096xi4>, tensor<11008x32xbf16>)
         outs(%e : tensor<64x11008xbf16>) {tessel.qmatmul_kernel = "warpgroup", tessel.block_rows = 64 : i64, tessel.consumer_warpgroups = 1 : i64, tessel.split_k = 2 : i64, tessel.pipeline_stages = 8 : i64} -> tensor<64x11008xbf16>
  return %y : tensor<64x11008xbf16>
}

func.func @r64_c1_s2_p16_m64_11008x4096(%x: tensor<64x4096xbf16>, %p: tensor<11008x512xi32>, %s: tensor<11008x32xbf16>) -> tensor<64x11008xbf16> {
  %we = tensor.empty() : tensor<11008x4096xi4>
  %w = tessel.unpack ins(%p : tensor<11008x512xi32>) outs(%we : tensor<11008x4096xi4>) -> tensor<11008x4096xi4>
  %e = tensor.empty() : tensor<64x11008xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<64x4096xbf16>, tensor<11008x4096xi4>, tensor<11008x32xbf16>)
         outs(%e : tensor<64x11008xbf16>) {tessel.qmatmul_kernel = "warpgroup", tessel.block_rows = 64 : i64, tessel.consumer_warpgroups = 1 : i64, tessel.split_k = 2 : i64, tessel.pipeline_stages = 16 : i64} -> tensor<64x11008xbf16>
  return %y : tensor<64x11008xbf16>
}

func.func @r64_c2_s2_p8_m64_11008x4096(%x: tensor<64x4096xbf16>, %p: tensor<11008x512xi32>, %s: tensor<11008x32xbf16>) -> tensor<64x11008xbf16> {
  %we = tensor.empty() : tensor<11008x4096xi4>
  %w = tessel.unpack ins(%p : tensor<11008x512xi32>) outs(%we : tensor<11008x4096xi4>) -> tensor<11008x4096xi4>
  %e = tensor.empty() : tensor<64x11008xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<64x4096xbf16>, tensor<11008x4096xi4>, tensor<11008x32xbf16>)
         outs(%e : tensor<64x11008xbf16>) {tessel.qmatmul_kernel = "warpgroup", tessel.block_rows = 64 : i64, tessel.consumer_warpgroups = 2 : i64, tessel.split_k = 2 : i64, tessel.pipeline_stages = 8 : i64} -> tensor<64x11008xbf16>
  return %y : tensor<64x11008xbf16>
}

func.func @r64_c2_s2_p16_m64_11008x4096(%x: tensor<64x4096xbf16>, %p: tensor<11008x512xi32>, %s: tensor<11008x32xbf16>) -> tensor<64x11008xbf16> {
  %we = tensor.empty() : tensor<11008x4096xi4>
  %w = tessel.unpack ins(%p : tensor<11008x512xi32>) outs(%we : tensor<11008x4096xi4>) -> tensor<11008x4096xi4>
  %e = tensor.empty() : tensor<64x11008xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<64x4096xbf16>, tensor<11008x4096xi4>, tensor<11008x32xbf16>)
         outs(%e : tensor<64x11008xbf16>) {tessel.qmatmul_kernel = "warpgroup", tessel.block_rows = 64 : i64, tessel.consumer_warpgroups = 2 : i64, tessel.split_k = 2 : i64, tessel.pipeline_stages = 16 : i64} -> tensor<64x11008xbf16>
  return %y : tensor<64x11008xbf16>
}

func.func @r128_c1_s1_p4_m256_11008x4096(%x: tensor<256x4096xbf16>, %p: tensor<11008x512xi32>, %s: tensor<11008x32xbf16>) -> tensor<256x11008xbf16> {
  %we = tensor.empty() : tensor<11008x4096xi4>
  %w = tessel.unpack ins(%p : tensor<11008x512xi32>) outs(%we : tensor<11008x4096xi4>) -> tensor<11008x4096xi4>
  %e = tensor.empty() : tensor<256x11008xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<256x4096xbf16>, tensor<11008x4096xi4>, tensor<11008x32xbf16>)
         outs(%e : tensor<256x11008xbf16>) {tessel.qmatmul_kernel = "warpgroup", tessel.block_rows = 128 : i64, tessel.consumer_warpgroups = 1 : i64, tessel.split_k = 1 : i64, tessel.pipeline_stages = 4 : i64} -> tensor<256x11008xbf16>
  return %y : tensor<256x11008xbf16>
}

func.func @r128_c1_s1_p8_m256_11008x4096(%x: tensor<256x4096xbf16>, %p: tensor<11008x512xi32>, %s: tensor<11008x32xbf16>) -> tensor<256x11008xbf16> {
  %we = tensor.empty() : tensor<11008x4096xi4>
  %w = tessel.unpack ins(%p : tensor<11008x512xi32>) outs(%we : tensor<11008x4096xi4>) -> tensor<11008x4096xi4>
  %e = tensor.empty() : tensor<256x11008xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<256x4096xbf16>, tensor<11008x4096xi4>, tensor<11008x32xbf16>)
         outs(%e : tensor<256x11008xbf16>) {tessel.qmatmul_kernel = "warpgroup", tessel.block_rows = 128 : i64, tessel.consumer_warpgroups = 1 : i64, tessel.split_k = 1 : i64, tessel.pipeline_stages = 8 : i64} -> tensor<256x11008xbf16>
  return %y : tensor<256x11008xbf16>
}

func.func @r128_c1_s1_p12_m256_11008x4096(%x: tensor<256x4096xbf16>, %p: tensor<11008x512xi32>, %s: tensor<11008x32xbf16>) -> tensor<256x11008xbf16> {
  %we = tensor.empty() : tensor<11008x4096xi4>
  %w = tessel.unpack ins(%p : tensor<11008x512xi32>) outs(%we : tensor<11008x4096xi4>) -> tensor<11008x4096xi4>
  %e = tensor.empty() : tensor<256x11008xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<256x4096xbf16>, tensor<11008x4096xi4>, tensor<11008x32xbf16>)
         outs(%e : tensor<256x11008xbf16>) {tessel.qmatmul_kernel = "warpgroup", tessel.block_rows = 128 : i64, tessel.consumer_warpgroups = 1 : i64, tessel.split_k = 1 : i64, tessel.pipeline_stages = 12 : i64} -> tensor<256x11008xbf16>
  return %y : tensor<256x11008xbf16>
}

func.func @r256_c2_s1_p3_m256_11008x4096(%x: tensor<256x4096xbf16>, %p: tensor<11008x512xi32>, %s: tensor<11008x32xbf16>) -> tensor<256x11008xbf16> {
  %we = tensor.empty() : tensor<11008x4096xi4>
  %w = tessel.unpack ins(%p : tensor<11008x512xi32>) outs(%we : tensor<11008x4096xi4>) -> tensor<11008x4096xi4>
  %e = tensor.empty() : tensor<256x11008xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<256x4096xbf16>, tensor<11008x4096xi4>, tensor<11008x32xbf16>)
         outs(%e : tensor<256x11008xbf16>) {tessel.qmatmul_kernel = "warpgroup", tessel.block_rows = 256 : i64, tessel.consumer_warpgroups = 2 : i64, tessel.split_k = 1 : i64, tessel.pipeline_stages = 3 : i64} -> tensor<256x11008xbf16>
  return %y : tensor<256x11008xbf16>
}

func.func @r256_c2_s1_p4_m256_11008x4096(%x: tensor<256x4096xbf16>, %p: tensor<11008x512xi32>, %s: tensor<11008x32xbf16>) -> tensor<256x11008xbf16> {
  %we = tensor.empty() : tensor<11008x4096xi4>
  %w = tessel.unpack ins(%p : tensor<11008x512xi32>) outs(%we : tensor<11008x4096xi4>) -> tensor<11008x4096xi4>
  %e = tensor.empty() : tensor<256x11008xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<256x4096xbf16>, tensor<11008x4096xi4>, tensor<11008x32xbf16>)
         outs(%e : tensor<256x11008xbf16>) {tessel.qmatmul_kernel = "warpgroup", tessel.block_rows = 256 : i64, tessel.consumer_warpgroups = 2 : i64, tessel.split_k = 1 : i64, tessel.pipeline_stages = 4 : i64} -> tensor<256x11008xbf16>
  return %y : tensor<256x11008xbf16>
}

func.func @r256_c2_s1_p6_m256_11008x4096(%x: tensor<256x4096xbf16>, %p: tensor<11008x512xi32>, %s: tensor<11008x32xbf16>) -> tensor<256x11008xbf16> {
  %we = tensor.empty() : tensor<11008x4096xi4>
  %w = tessel.unpack ins(%p : tensor<11008x512xi32>) outs(%we : tensor<11008x4096xi4>) -> tensor<11008x4096xi4>
  %e = tensor.empty() : tensor<256x11008xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<256x4096xbf16>, tensor<11008x4096xi4>, tensor<11008x32xbf16>)
         outs(%e : tensor<256x11008xbf16>) {tessel.qmatmul_kernel = "warpgroup", tessel.block_rows = 256 : i64, tessel.consumer_warpgroups = 2 : i64, tessel.split_k = 1 : i64, tessel.pipeline_stages = 6 : i64} -> tensor<256x11008xbf16>
  return %y : tensor<256x11008xbf16>
}
