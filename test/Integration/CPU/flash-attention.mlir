// Attention in f16 and bf16 with the edge shapes of the fused GPU kernel
// (convert-tessel-to-gpu: blocks of 64 query rows and 64 keys, head
// dimensions multiples of 32 up to 128), against the float64 reference:
// query and key counts that are not multiples of 64, grouped heads, Dv != D,
// causal masking with positive, zero, negative (fully masked rows) and
// explicit offsets, one decoding row, and block masks with blocks of one
// and two kernel blocks, alone and under causal masking. On the CPU these
// take the generic path; ../CUDA/flash-attention.mlir runs them through
// the kernel.

// RUN: tessel-run %s --seed=3 --check | FileCheck %s
// CHECK-NOT: FAIL

// CHECK-COUNT-2: check partial result {{[01]}} {{.*}} ok
func.func @partial(%q: tensor<2x4x100x64xbf16>, %k: tensor<2x2x130x64xbf16>, %v: tensor<2x2x130x32xbf16>)
    -> (tensor<2x4x100x32xbf16>, tensor<2x4x100x32xbf16>) {
  %e = tensor.empty() : tensor<2x4x100x32xbf16>
  %full = tessel.attention ins(%q, %k, %v : tensor<2x4x100x64xbf16>, tensor<2x2x130x64xbf16>, tensor<2x2x130x32xbf16>) outs(%e : tensor<2x4x100x32xbf16>) -> tensor<2x4x100x32xbf16>
  %causal = tessel.attention causal ins(%q, %k, %v : tensor<2x4x100x64xbf16>, tensor<2x2x130x64xbf16>, tensor<2x2x130x32xbf16>) outs(%e : tensor<2x4x100x32xbf16>) -> tensor<2x4x100x32xbf16>
  return %full, %causal : tensor<2x4x100x32xbf16>, tensor<2x4x100x32xbf16>
}

// More queries than keys: under causal masking (offset -60) the first 60
// rows see no key and are zero.
// CHECK: check more_queries result 0 {{.*}} ok
func.func @more_queries(%q: tensor<1x2x130x128xf16>, %k: tensor<1x2x70x128xf16>, %v: tensor<1x2x70x128xf16>) -> tensor<1x2x130x128xf16> {
  %e = tensor.empty() : tensor<1x2x130x128xf16>
  %o = tessel.attention causal ins(%q, %k, %v : tensor<1x2x130x128xf16>, tensor<1x2x70x128xf16>, tensor<1x2x70x128xf16>) outs(%e : tensor<1x2x130x128xf16>) -> tensor<1x2x130x128xf16>
  return %o : tensor<1x2x130x128xf16>
}

// Whole blocks only (no partial key block): full, causal, and an explicit
// offset and scale.
// CHECK-COUNT-3: check whole_blocks result {{[0-2]}} {{.*}} ok
func.func @whole_blocks(%q: tensor<1x2x128x128xbf16>, %k: tensor<1x2x192x128xbf16>, %v: tensor<1x2x192x64xbf16>)
    -> (tensor<1x2x128x64xbf16>, tensor<1x2x128x64xbf16>, tensor<1x2x128x64xbf16>) {
  %e = tensor.empty() : tensor<1x2x128x64xbf16>
  %full = tessel.attention ins(%q, %k, %v : tensor<1x2x128x128xbf16>, tensor<1x2x192x128xbf16>, tensor<1x2x192x64xbf16>) outs(%e : tensor<1x2x128x64xbf16>) -> tensor<1x2x128x64xbf16>
  %causal = tessel.attention causal ins(%q, %k, %v : tensor<1x2x128x128xbf16>, tensor<1x2x192x128xbf16>, tensor<1x2x192x64xbf16>) outs(%e : tensor<1x2x128x64xbf16>) -> tensor<1x2x128x64xbf16>
  %c5 = arith.constant 5 : index
  %early = tessel.attention causal scale(2.500000e-01) ins(%q, %k, %v : tensor<1x2x128x128xbf16>, tensor<1x2x192x128xbf16>, tensor<1x2x192x64xbf16>) offset(%c5) outs(%e : tensor<1x2x128x64xbf16>) -> tensor<1x2x128x64xbf16>
  return %full, %causal, %early : tensor<1x2x128x64xbf16>, tensor<1x2x128x64xbf16>, tensor<1x2x128x64xbf16>
}

// One decoding row against a cache of 200 keys, and two rows causal.
// CHECK-COUNT-2: check decode result {{[01]}} {{.*}} ok
func.func @decode(%q: tensor<1x8x1x128xbf16>, %k: tensor<1x2x200x128xbf16>, %v: tensor<1x2x200x128xbf16>,
                  %q2: tensor<1x8x2x128xbf16>) -> (tensor<1x8x1x128xbf16>, tensor<1x8x2x128xbf16>) {
  %e = tensor.empty() : tensor<1x8x1x128xbf16>
  %o = tessel.attention ins(%q, %k, %v : tensor<1x8x1x128xbf16>, tensor<1x2x200x128xbf16>, tensor<1x2x200x128xbf16>) outs(%e : tensor<1x8x1x128xbf16>) -> tensor<1x8x1x128xbf16>
  %e2 = tensor.empty() : tensor<1x8x2x128xbf16>
  %o2 = tessel.attention causal ins(%q2, %k, %v : tensor<1x8x2x128xbf16>, tensor<1x2x200x128xbf16>, tensor<1x2x200x128xbf16>) outs(%e2 : tensor<1x8x2x128xbf16>) -> tensor<1x8x2x128xbf16>
  return %o, %o2 : tensor<1x8x1x128xbf16>, tensor<1x8x2x128xbf16>
}

// Block-sparse: random block masks (blocks of 64 x 64, broadcast over the
// batch; and 128 x 128, broadcast over heads), with a partial last key
// block, and under causal masking.
// CHECK-COUNT-3: check block_sparse result {{[0-2]}} {{.*}} ok
func.func @block_sparse(%q: tensor<2x2x192x64xf16>, %k: tensor<2x2x250x64xf16>, %v: tensor<2x2x250x64xf16>,
                        %m64: tensor<1x2x3x4xi1>, %m128: tensor<2x1x2x2xi1>)
    -> (tensor<2x2x192x64xf16>, tensor<2x2x192x64xf16>, tensor<2x2x192x64xf16>) {
  %e = tensor.empty() : tensor<2x2x192x64xf16>
  %a = tessel.attention ins(%q, %k, %v : tensor<2x2x192x64xf16>, tensor<2x2x250x64xf16>, tensor<2x2x250x64xf16>)
         block_mask(%m64 : tensor<1x2x3x4xi1>) block_sizes = [64, 64]
         outs(%e : tensor<2x2x192x64xf16>) -> tensor<2x2x192x64xf16>
  %b = tessel.attention ins(%q, %k, %v : tensor<2x2x192x64xf16>, tensor<2x2x250x64xf16>, tensor<2x2x250x64xf16>)
         block_mask(%m128 : tensor<2x1x2x2xi1>) block_sizes = [128, 128]
         outs(%e : tensor<2x2x192x64xf16>) -> tensor<2x2x192x64xf16>
  %c = tessel.attention causal ins(%q, %k, %v : tensor<2x2x192x64xf16>, tensor<2x2x250x64xf16>, tensor<2x2x250x64xf16>)
         block_mask(%m64 : tensor<1x2x3x4xi1>) block_sizes = [64, 64]
         outs(%e : tensor<2x2x192x64xf16>) -> tensor<2x2x192x64xf16>
  return %a, %b, %c : tensor<2x2x192x64xf16>, tensor<2x2x192x64xf16>, tensor<2x2x192x64xf16>
}

// Head dimensions of 96: rows of 12 chunks, swizzled within groups of 4.
// CHECK: check dim96 result 0 {{.*}} ok
func.func @dim96(%q: tensor<1x3x70x96xf16>, %k: tensor<1x3x90x96xf16>, %v: tensor<1x3x90x96xf16>) -> tensor<1x3x70x96xf16> {
  %e = tensor.empty() : tensor<1x3x70x96xf16>
  %o = tessel.attention ins(%q, %k, %v : tensor<1x3x70x96xf16>, tensor<1x3x90x96xf16>, tensor<1x3x90x96xf16>) outs(%e : tensor<1x3x70x96xf16>) -> tensor<1x3x70x96xf16>
  return %o : tensor<1x3x70x96xf16>
}

// A residual add after the kernel, computed in its stores (consumer
// fusion); 100 query rows, so the last block has rows past the end.
// CHECK: check residual result 0 {{.*}} ok
func.func @residual(%q: tensor<1x4x100x64xbf16>, %k: tensor<1x2x100x64xbf16>, %v: tensor<1x2x100x64xbf16>, %r: tensor<1x4x100x64xbf16>) -> tensor<1x4x100x64xbf16> {
  %e = tensor.empty() : tensor<1x4x100x64xbf16>
  %o = tessel.attention causal ins(%q, %k, %v : tensor<1x4x100x64xbf16>, tensor<1x2x100x64xbf16>, tensor<1x2x100x64xbf16>) outs(%e : tensor<1x4x100x64xbf16>) -> tensor<1x4x100x64xbf16>
  %e2 = tensor.empty() : tensor<1x4x100x64xbf16>
  %sum = linalg.add ins(%o, %r : tensor<1x4x100x64xbf16>, tensor<1x4x100x64xbf16>) outs(%e2 : tensor<1x4x100x64xbf16>) -> tensor<1x4x100x64xbf16>
  return %sum : tensor<1x4x100x64xbf16>
}
