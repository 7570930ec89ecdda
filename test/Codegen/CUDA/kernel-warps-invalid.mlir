// RUN: tessel-opt %s --convert-tessel-to-gpu --split-input-file --verify-diagnostics
// RUN: not tessel-opt %s --tessel-cuda-configure=warps-per-block=33 2>&1 | FileCheck %s --check-prefix=OPTION
// RUN: not tessel-opt %s --tessel-cuda-configure=warps-per-block=-1 2>&1 | FileCheck %s --check-prefix=OPTION

// OPTION: tessel-cuda-configure: columns-per-warp must be at least 0 and warps-per-block between 0 and 32

// tessel.kernel_warps asks for a count the kernel cannot take.

func.func @too_many(%x: tensor<1x256xbf16>, %p: tensor<32x32xi32>, %s: tensor<32x2xbf16>) -> tensor<1x32xbf16> {
  %we = tensor.empty() : tensor<32x256xi4>
  %w = tessel.unpack ins(%p : tensor<32x32xi32>) outs(%we : tensor<32x256xi4>) -> tensor<32x256xi4>
  %e = tensor.empty() : tensor<1x32xbf16>
  // expected-error @+1 {{tessel.kernel_warps of the qmatmul kernel must be between 1 and 32, not 64}}
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<1x256xbf16>, tensor<32x256xi4>, tensor<32x2xbf16>) outs(%e : tensor<1x32xbf16>) {tessel.kernel_warps = 64 : i64} -> tensor<1x32xbf16>
  return %y : tensor<1x32xbf16>
}

// -----

func.func @not_an_integer(%x: tensor<1x256xbf16>, %p: tensor<32x32xi32>, %s: tensor<32x2xbf16>) -> tensor<1x32xbf16> {
  %we = tensor.empty() : tensor<32x256xi4>
  %w = tessel.unpack ins(%p : tensor<32x32xi32>) outs(%we : tensor<32x256xi4>) -> tensor<32x256xi4>
  %e = tensor.empty() : tensor<1x32xbf16>
  // expected-error @+1 {{tessel.kernel_warps must be a signless integer}}
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<1x256xbf16>, tensor<32x256xi4>, tensor<32x2xbf16>) outs(%e : tensor<1x32xbf16>) {tessel.kernel_warps = "many"} -> tensor<1x32xbf16>
  return %y : tensor<1x32xbf16>
}

// -----

func.func @attention_warps(%q: tensor<1x1x64x64xf16>) -> tensor<1x1x64x64xf16> {
  %e = tensor.empty() : tensor<1x1x64x64xf16>
  // expected-error @+1 {{tessel.kernel_warps of the attention kernel must be 4 or 8, not 2}}
  %o = tessel.attention ins(%q, %q, %q : tensor<1x1x64x64xf16>, tensor<1x1x64x64xf16>, tensor<1x1x64x64xf16>) outs(%e : tensor<1x1x64x64xf16>) {tessel.kernel_warps = 2 : i64} -> tensor<1x1x64x64xf16>
  return %o : tensor<1x1x64x64xf16>
}

// -----

func.func @unsigned(%x: tensor<1x256xbf16>, %p: tensor<32x32xi32>, %s: tensor<32x2xbf16>) -> tensor<1x32xbf16> {
  %we = tensor.empty() : tensor<32x256xi4>
  %w = tessel.unpack ins(%p : tensor<32x32xi32>) outs(%we : tensor<32x256xi4>) -> tensor<32x256xi4>
  %e = tensor.empty() : tensor<1x32xbf16>
  // expected-error @+1 {{tessel.kernel_warps must be a signless integer}}
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<1x256xbf16>, tensor<32x256xi4>, tensor<32x2xbf16>) outs(%e : tensor<1x32xbf16>) {tessel.kernel_warps = 8 : ui32} -> tensor<1x32xbf16>
  return %y : tensor<1x32xbf16>
}

// -----

func.func @decode_warps(%q: tensor<1x8x1x128xbf16>, %k: tensor<1x2x256x128xbf16>) -> tensor<1x8x1x128xbf16> {
  %e = tensor.empty() : tensor<1x8x1x128xbf16>
  // expected-error @+1 {{tessel.decode_warps of the decode kernel must be 1, 2 or 4 (i64)}}
  %o = tessel.attention ins(%q, %k, %k : tensor<1x8x1x128xbf16>, tensor<1x2x256x128xbf16>, tensor<1x2x256x128xbf16>) outs(%e : tensor<1x8x1x128xbf16>) {tessel.decode_warps = 3 : i64, tessel.kv_splits = 2 : i64} -> tensor<1x8x1x128xbf16>
  return %o : tensor<1x8x1x128xbf16>
}
