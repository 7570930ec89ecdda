// GPU benchmarks of weight-only quantized matmul (bf16 activations, group
// 128), the shapes of issue 4 and PEERS.md: tinygemm (int4) and cuBLAS
// (bf16 weights) are the peers. Run by tools/scripts/bench-cuda.sh.
//
// The `packed_` functions take the weights as tessel.pack's i32 words
// (K * B / 32 per row, as tinygemm and Marlin take theirs packed) and run
// convert-tessel-to-gpu's kernel; `i8_` takes one byte per weight, also
// through the kernel. The others take iB tensors, which the runtime stores
// one byte per weight, and run the generic path.

func.func @w4_m1_11008x4096(%x: tensor<1x4096xbf16>, %w: tensor<11008x4096xi4>, %s: tensor<11008x32xbf16>) -> tensor<1x11008xbf16> {
  %e = tensor.empty() : tensor<1x11008xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<1x4096xbf16>, tensor<11008x4096xi4>, tensor<11008x32xbf16>) outs(%e : tensor<1x11008xbf16>) -> tensor<1x11008xbf16>
  return %y : tensor<1x11008xbf16>
}

func.func @w3_m1_11008x4096(%x: tensor<1x4096xbf16>, %w: tensor<11008x4096xi3>, %s: tensor<11008x32xbf16>) -> tensor<1x11008xbf16> {
  %e = tensor.empty() : tensor<1x11008xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<1x4096xbf16>, tensor<11008x4096xi3>, tensor<11008x32xbf16>) outs(%e : tensor<1x11008xbf16>) -> tensor<1x11008xbf16>
  return %y : tensor<1x11008xbf16>
}

func.func @w2_m1_11008x4096(%x: tensor<1x4096xbf16>, %w: tensor<11008x4096xi2>, %s: tensor<11008x32xbf16>) -> tensor<1x11008xbf16> {
  %e = tensor.empty() : tensor<1x11008xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<1x4096xbf16>, tensor<11008x4096xi2>, tensor<11008x32xbf16>) outs(%e : tensor<1x11008xbf16>) -> tensor<1x11008xbf16>
  return %y : tensor<1x11008xbf16>
}

func.func @w4_m1_4096x4096(%x: tensor<1x4096xbf16>, %w: tensor<4096x4096xi4>, %s: tensor<4096x32xbf16>) -> tensor<1x4096xbf16> {
  %e = tensor.empty() : tensor<1x4096xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<1x4096xbf16>, tensor<4096x4096xi4>, tensor<4096x32xbf16>) outs(%e : tensor<1x4096xbf16>) -> tensor<1x4096xbf16>
  return %y : tensor<1x4096xbf16>
}

func.func @w4_m16_4096x4096(%x: tensor<16x4096xbf16>, %w: tensor<4096x4096xi4>, %s: tensor<4096x32xbf16>) -> tensor<16x4096xbf16> {
  %e = tensor.empty() : tensor<16x4096xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<16x4096xbf16>, tensor<4096x4096xi4>, tensor<4096x32xbf16>) outs(%e : tensor<16x4096xbf16>) -> tensor<16x4096xbf16>
  return %y : tensor<16x4096xbf16>
}

func.func @packed_w4_m1_11008x4096(%x: tensor<1x4096xbf16>, %p: tensor<11008x512xi32>, %s: tensor<11008x32xbf16>) -> tensor<1x11008xbf16> {
  %we = tensor.empty() : tensor<11008x4096xi4>
  %w = tessel.unpack ins(%p : tensor<11008x512xi32>) outs(%we : tensor<11008x4096xi4>) -> tensor<11008x4096xi4>
  %e = tensor.empty() : tensor<1x11008xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<1x4096xbf16>, tensor<11008x4096xi4>, tensor<11008x32xbf16>) outs(%e : tensor<1x11008xbf16>) -> tensor<1x11008xbf16>
  return %y : tensor<1x11008xbf16>
}

func.func @packed_w3_m1_11008x4096(%x: tensor<1x4096xbf16>, %p: tensor<11008x384xi32>, %s: tensor<11008x32xbf16>) -> tensor<1x11008xbf16> {
  %we = tensor.empty() : tensor<11008x4096xi3>
  %w = tessel.unpack ins(%p : tensor<11008x384xi32>) outs(%we : tensor<11008x4096xi3>) -> tensor<11008x4096xi3>
  %e = tensor.empty() : tensor<1x11008xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<1x4096xbf16>, tensor<11008x4096xi3>, tensor<11008x32xbf16>) outs(%e : tensor<1x11008xbf16>) -> tensor<1x11008xbf16>
  return %y : tensor<1x11008xbf16>
}

func.func @packed_w2_m1_11008x4096(%x: tensor<1x4096xbf16>, %p: tensor<11008x256xi32>, %s: tensor<11008x32xbf16>) -> tensor<1x11008xbf16> {
  %we = tensor.empty() : tensor<11008x4096xi2>
  %w = tessel.unpack ins(%p : tensor<11008x256xi32>) outs(%we : tensor<11008x4096xi2>) -> tensor<11008x4096xi2>
  %e = tensor.empty() : tensor<1x11008xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<1x4096xbf16>, tensor<11008x4096xi2>, tensor<11008x32xbf16>) outs(%e : tensor<1x11008xbf16>) -> tensor<1x11008xbf16>
  return %y : tensor<1x11008xbf16>
}

func.func @packed_w4_m1_4096x4096(%x: tensor<1x4096xbf16>, %p: tensor<4096x512xi32>, %s: tensor<4096x32xbf16>) -> tensor<1x4096xbf16> {
  %we = tensor.empty() : tensor<4096x4096xi4>
  %w = tessel.unpack ins(%p : tensor<4096x512xi32>) outs(%we : tensor<4096x4096xi4>) -> tensor<4096x4096xi4>
  %e = tensor.empty() : tensor<1x4096xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<1x4096xbf16>, tensor<4096x4096xi4>, tensor<4096x32xbf16>) outs(%e : tensor<1x4096xbf16>) -> tensor<1x4096xbf16>
  return %y : tensor<1x4096xbf16>
}

func.func @packed_w4_m16_4096x4096(%x: tensor<16x4096xbf16>, %p: tensor<4096x512xi32>, %s: tensor<4096x32xbf16>) -> tensor<16x4096xbf16> {
  %we = tensor.empty() : tensor<4096x4096xi4>
  %w = tessel.unpack ins(%p : tensor<4096x512xi32>) outs(%we : tensor<4096x4096xi4>) -> tensor<4096x4096xi4>
  %e = tensor.empty() : tensor<16x4096xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<16x4096xbf16>, tensor<4096x4096xi4>, tensor<4096x32xbf16>) outs(%e : tensor<16x4096xbf16>) -> tensor<16x4096xbf16>
  return %y : tensor<16x4096xbf16>
}

func.func @i8_m1_11008x4096(%x: tensor<1x4096xbf16>, %w: tensor<11008x4096xi8>, %s: tensor<11008x32xbf16>) -> tensor<1x11008xbf16> {
  %e = tensor.empty() : tensor<1x11008xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<1x4096xbf16>, tensor<11008x4096xi8>, tensor<11008x32xbf16>) outs(%e : tensor<1x11008xbf16>) -> tensor<1x11008xbf16>
  return %y : tensor<1x11008xbf16>
}
