// GPU benchmarks of the qmatmul kernel's warps per block (bf16 input, packed
// signed weights, group 128): the decoding shapes of Llama 2 7B (4096,
// 11008) and Llama 3 8B (14336), up and down projections, 1 to 16 rows.
// tools/scripts/bench-cuda.sh compiles it with the cost model's choice of
// warps (the regular benchmark) and with each fixed count from 1 to 32, and
// python/tessel/bench/warps_report.py tabulates the times.

func.func @w4_m1_11008x4096(%x: tensor<1x4096xbf16>, %p: tensor<11008x512xi32>, %s: tensor<11008x32xbf16>) -> tensor<1x11008xbf16> {
  %we = tensor.empty() : tensor<11008x4096xi4>
  %w = tessel.unpack ins(%p : tensor<11008x512xi32>) outs(%we : tensor<11008x4096xi4>) -> tensor<11008x4096xi4>
  %e = tensor.empty() : tensor<1x11008xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<1x4096xbf16>, tensor<11008x4096xi4>, tensor<11008x32xbf16>) outs(%e : tensor<1x11008xbf16>) -> tensor<1x11008xbf16>
  return %y : tensor<1x11008xbf16>
}

func.func @w3_m1_11008x4096(%x: tensor<1x4096xbf16>, %p: tensor<11008x384xi32>, %s: tensor<11008x32xbf16>) -> tensor<1x11008xbf16> {
  %we = tensor.empty() : tensor<11008x4096xi3>
  %w = tessel.unpack ins(%p : tensor<11008x384xi32>) outs(%we : tensor<11008x4096xi3>) -> tensor<11008x4096xi3>
  %e = tensor.empty() : tensor<1x11008xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<1x4096xbf16>, tensor<11008x4096xi3>, tensor<11008x32xbf16>) outs(%e : tensor<1x11008xbf16>) -> tensor<1x11008xbf16>
  return %y : tensor<1x11008xbf16>
}

func.func @w2_m1_11008x4096(%x: tensor<1x4096xbf16>, %p: tensor<11008x256xi32>, %s: tensor<11008x32xbf16>) -> tensor<1x11008xbf16> {
  %we = tensor.empty() : tensor<11008x4096xi2>
  %w = tessel.unpack ins(%p : tensor<11008x256xi32>) outs(%we : tensor<11008x4096xi2>) -> tensor<11008x4096xi2>
  %e = tensor.empty() : tensor<1x11008xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<1x4096xbf16>, tensor<11008x4096xi2>, tensor<11008x32xbf16>) outs(%e : tensor<1x11008xbf16>) -> tensor<1x11008xbf16>
  return %y : tensor<1x11008xbf16>
}

func.func @w4_m1_4096x4096(%x: tensor<1x4096xbf16>, %p: tensor<4096x512xi32>, %s: tensor<4096x32xbf16>) -> tensor<1x4096xbf16> {
  %we = tensor.empty() : tensor<4096x4096xi4>
  %w = tessel.unpack ins(%p : tensor<4096x512xi32>) outs(%we : tensor<4096x4096xi4>) -> tensor<4096x4096xi4>
  %e = tensor.empty() : tensor<1x4096xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<1x4096xbf16>, tensor<4096x4096xi4>, tensor<4096x32xbf16>) outs(%e : tensor<1x4096xbf16>) -> tensor<1x4096xbf16>
  return %y : tensor<1x4096xbf16>
}

func.func @w4_m1_4096x11008(%x: tensor<1x11008xbf16>, %p: tensor<4096x1376xi32>, %s: tensor<4096x86xbf16>) -> tensor<1x4096xbf16> {
  %we = tensor.empty() : tensor<4096x11008xi4>
  %w = tessel.unpack ins(%p : tensor<4096x1376xi32>) outs(%we : tensor<4096x11008xi4>) -> tensor<4096x11008xi4>
  %e = tensor.empty() : tensor<1x4096xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<1x11008xbf16>, tensor<4096x11008xi4>, tensor<4096x86xbf16>) outs(%e : tensor<1x4096xbf16>) -> tensor<1x4096xbf16>
  return %y : tensor<1x4096xbf16>
}

func.func @w4_m1_14336x4096(%x: tensor<1x4096xbf16>, %p: tensor<14336x512xi32>, %s: tensor<14336x32xbf16>) -> tensor<1x14336xbf16> {
  %we = tensor.empty() : tensor<14336x4096xi4>
  %w = tessel.unpack ins(%p : tensor<14336x512xi32>) outs(%we : tensor<14336x4096xi4>) -> tensor<14336x4096xi4>
  %e = tensor.empty() : tensor<1x14336xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<1x4096xbf16>, tensor<14336x4096xi4>, tensor<14336x32xbf16>) outs(%e : tensor<1x14336xbf16>) -> tensor<1x14336xbf16>
  return %y : tensor<1x14336xbf16>
}

func.func @w4_m1_4096x14336(%x: tensor<1x14336xbf16>, %p: tensor<4096x1792xi32>, %s: tensor<4096x112xbf16>) -> tensor<1x4096xbf16> {
  %we = tensor.empty() : tensor<4096x14336xi4>
  %w = tessel.unpack ins(%p : tensor<4096x1792xi32>) outs(%we : tensor<4096x14336xi4>) -> tensor<4096x14336xi4>
  %e = tensor.empty() : tensor<1x4096xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<1x14336xbf16>, tensor<4096x14336xi4>, tensor<4096x112xbf16>) outs(%e : tensor<1x4096xbf16>) -> tensor<1x4096xbf16>
  return %y : tensor<1x4096xbf16>
}

func.func @w3_m1_4096x14336(%x: tensor<1x14336xbf16>, %p: tensor<4096x1344xi32>, %s: tensor<4096x112xbf16>) -> tensor<1x4096xbf16> {
  %we = tensor.empty() : tensor<4096x14336xi3>
  %w = tessel.unpack ins(%p : tensor<4096x1344xi32>) outs(%we : tensor<4096x14336xi3>) -> tensor<4096x14336xi3>
  %e = tensor.empty() : tensor<1x4096xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<1x14336xbf16>, tensor<4096x14336xi3>, tensor<4096x112xbf16>) outs(%e : tensor<1x4096xbf16>) -> tensor<1x4096xbf16>
  return %y : tensor<1x4096xbf16>
}

func.func @w4_m4_4096x4096(%x: tensor<4x4096xbf16>, %p: tensor<4096x512xi32>, %s: tensor<4096x32xbf16>) -> tensor<4x4096xbf16> {
  %we = tensor.empty() : tensor<4096x4096xi4>
  %w = tessel.unpack ins(%p : tensor<4096x512xi32>) outs(%we : tensor<4096x4096xi4>) -> tensor<4096x4096xi4>
  %e = tensor.empty() : tensor<4x4096xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<4x4096xbf16>, tensor<4096x4096xi4>, tensor<4096x32xbf16>) outs(%e : tensor<4x4096xbf16>) -> tensor<4x4096xbf16>
  return %y : tensor<4x4096xbf16>
}

func.func @w4_m16_4096x4096(%x: tensor<16x4096xbf16>, %p: tensor<4096x512xi32>, %s: tensor<4096x32xbf16>) -> tensor<16x4096xbf16> {
  %we = tensor.empty() : tensor<4096x4096xi4>
  %w = tessel.unpack ins(%p : tensor<4096x512xi32>) outs(%we : tensor<4096x4096xi4>) -> tensor<4096x4096xi4>
  %e = tensor.empty() : tensor<16x4096xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<16x4096xbf16>, tensor<4096x4096xi4>, tensor<4096x32xbf16>) outs(%e : tensor<16x4096xbf16>) -> tensor<16x4096xbf16>
  return %y : tensor<16x4096xbf16>
}
