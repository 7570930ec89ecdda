// Attention at the edge shapes of the sm_90 kernel (convert-tessel-to-gpu's
// warpgroup kernel: blocks of 64 or 128 query rows, steps of 128 keys, head
// dimensions 64 to 256, AttentionWarpgroupPlanner.h), against the float64
// reference: query and key counts of 17, 65, 129 and 4097 (none a multiple
// of a tile), grouped and multi-query heads, Dv != D, f16 and bf16, causal
// masking with the default, an explicit and a negative offset, head
// dimensions of 256 (steps of 64 keys) (rows that see
// no key are zero), an explicit scale, two query blocks of whole tiles,
// consumers computed in the kernel's stores, block masks, and consumers
// that take turns (ping-pong).
// On the CPU these take the generic path; ../CUDA/attention-tiles.mlir runs
// them through the kernel.

// RUN: tessel-run %s --seed=5 --check | FileCheck %s
// CHECK-NOT: FAIL

// CHECK-COUNT-2: check gqa_short result {{[01]}} {{.*}} ok
func.func @gqa_short(%q: tensor<2x4x17x128xbf16>, %k: tensor<2x2x129x128xbf16>, %v: tensor<2x2x129x128xbf16>)
    -> (tensor<2x4x17x128xbf16>, tensor<2x4x17x128xbf16>) {
  %e = tensor.empty() : tensor<2x4x17x128xbf16>
  %full = tessel.attention ins(%q, %k, %v : tensor<2x4x17x128xbf16>, tensor<2x2x129x128xbf16>, tensor<2x2x129x128xbf16>) outs(%e : tensor<2x4x17x128xbf16>) -> tensor<2x4x17x128xbf16>
  %causal = tessel.attention causal ins(%q, %k, %v : tensor<2x4x17x128xbf16>, tensor<2x2x129x128xbf16>, tensor<2x2x129x128xbf16>) outs(%e : tensor<2x4x17x128xbf16>) -> tensor<2x4x17x128xbf16>
  return %full, %causal : tensor<2x4x17x128xbf16>, tensor<2x4x17x128xbf16>
}

// Multi-query heads against 4097 keys.
// CHECK-COUNT-2: check mqa_long result {{[01]}} {{.*}} ok
func.func @mqa_long(%q: tensor<1x4x129x128xbf16>, %k: tensor<1x1x4097x128xbf16>, %v: tensor<1x1x4097x128xbf16>)
    -> (tensor<1x4x129x128xbf16>, tensor<1x4x129x128xbf16>) {
  %e = tensor.empty() : tensor<1x4x129x128xbf16>
  %full = tessel.attention ins(%q, %k, %v : tensor<1x4x129x128xbf16>, tensor<1x1x4097x128xbf16>, tensor<1x1x4097x128xbf16>) outs(%e : tensor<1x4x129x128xbf16>) -> tensor<1x4x129x128xbf16>
  %causal = tessel.attention causal ins(%q, %k, %v : tensor<1x4x129x128xbf16>, tensor<1x1x4097x128xbf16>, tensor<1x1x4097x128xbf16>) outs(%e : tensor<1x4x129x128xbf16>) -> tensor<1x4x129x128xbf16>
  return %full, %causal : tensor<1x4x129x128xbf16>, tensor<1x4x129x128xbf16>
}

// Dv (64) below D (128), f16: full, and causal with an explicit offset
// and scale.
// CHECK-COUNT-2: check narrow_values result {{[01]}} {{.*}} ok
func.func @narrow_values(%q: tensor<1x2x65x128xf16>, %k: tensor<1x2x17x128xf16>, %v: tensor<1x2x17x64xf16>)
    -> (tensor<1x2x65x64xf16>, tensor<1x2x65x64xf16>) {
  %e = tensor.empty() : tensor<1x2x65x64xf16>
  %full = tessel.attention ins(%q, %k, %v : tensor<1x2x65x128xf16>, tensor<1x2x17x128xf16>, tensor<1x2x17x64xf16>) outs(%e : tensor<1x2x65x64xf16>) -> tensor<1x2x65x64xf16>
  %c3 = arith.constant 3 : index
  %early = tessel.attention causal scale(1.250000e-01) ins(%q, %k, %v : tensor<1x2x65x128xf16>, tensor<1x2x17x128xf16>, tensor<1x2x17x64xf16>) offset(%c3) outs(%e : tensor<1x2x65x64xf16>) -> tensor<1x2x65x64xf16>
  return %full, %early : tensor<1x2x65x64xf16>, tensor<1x2x65x64xf16>
}

// More queries than keys, causal: the default offset is 129 - 4097, so
// the first 3968 rows see no key and are zero. Head dimension 64.
// CHECK: check more_queries result 0 {{.*}} ok
func.func @more_queries(%q: tensor<1x2x4097x64xbf16>, %k: tensor<1x2x129x64xbf16>, %v: tensor<1x2x129x64xbf16>) -> tensor<1x2x4097x64xbf16> {
  %e = tensor.empty() : tensor<1x2x4097x64xbf16>
  %o = tessel.attention causal ins(%q, %k, %v : tensor<1x2x4097x64xbf16>, tensor<1x2x129x64xbf16>, tensor<1x2x129x64xbf16>) outs(%e : tensor<1x2x4097x64xbf16>) -> tensor<1x2x4097x64xbf16>
  return %o : tensor<1x2x4097x64xbf16>
}

// Whole tiles: two blocks of 128 query rows, two steps of 128 keys, f16,
// full and causal; and Dv (128) above D (64).
// CHECK-COUNT-3: check whole_tiles result {{[0-2]}} {{.*}} ok
func.func @whole_tiles(%q: tensor<1x2x256x64xf16>, %k: tensor<1x2x256x64xf16>, %v: tensor<1x2x256x64xf16>,
                       %w: tensor<1x2x256x128xf16>)
    -> (tensor<1x2x256x64xf16>, tensor<1x2x256x64xf16>, tensor<1x2x256x128xf16>) {
  %e = tensor.empty() : tensor<1x2x256x64xf16>
  %full = tessel.attention ins(%q, %k, %v : tensor<1x2x256x64xf16>, tensor<1x2x256x64xf16>, tensor<1x2x256x64xf16>) outs(%e : tensor<1x2x256x64xf16>) -> tensor<1x2x256x64xf16>
  %causal = tessel.attention causal ins(%q, %k, %v : tensor<1x2x256x64xf16>, tensor<1x2x256x64xf16>, tensor<1x2x256x64xf16>) outs(%e : tensor<1x2x256x64xf16>) -> tensor<1x2x256x64xf16>
  %e2 = tensor.empty() : tensor<1x2x256x128xf16>
  %wide = tessel.attention causal ins(%q, %k, %w : tensor<1x2x256x64xf16>, tensor<1x2x256x64xf16>, tensor<1x2x256x128xf16>) outs(%e2 : tensor<1x2x256x128xf16>) -> tensor<1x2x256x128xf16>
  return %full, %causal, %wide : tensor<1x2x256x64xf16>, tensor<1x2x256x64xf16>, tensor<1x2x256x128xf16>
}

// Head dimension 256: steps of 64 keys, 4 panels per row; full and causal.
// CHECK-COUNT-2: check wide result {{[01]}} {{.*}} ok
func.func @wide(%q: tensor<1x2x129x256xbf16>, %k: tensor<1x2x200x256xbf16>, %v: tensor<1x2x200x256xbf16>)
    -> (tensor<1x2x129x256xbf16>, tensor<1x2x129x256xbf16>) {
  %e = tensor.empty() : tensor<1x2x129x256xbf16>
  %full = tessel.attention ins(%q, %k, %v : tensor<1x2x129x256xbf16>, tensor<1x2x200x256xbf16>, tensor<1x2x200x256xbf16>) outs(%e : tensor<1x2x129x256xbf16>) -> tensor<1x2x129x256xbf16>
  %causal = tessel.attention causal ins(%q, %k, %v : tensor<1x2x129x256xbf16>, tensor<1x2x200x256xbf16>, tensor<1x2x200x256xbf16>) outs(%e : tensor<1x2x129x256xbf16>) -> tensor<1x2x129x256xbf16>
  return %full, %causal : tensor<1x2x129x256xbf16>, tensor<1x2x129x256xbf16>
}

// Consumers computed in the kernel's stores: a residual add, then a
// scaling by another tensor.
// CHECK: check residual result 0 {{.*}} ok
func.func @residual(%q: tensor<1x4x130x128xbf16>, %k: tensor<1x2x150x128xbf16>, %v: tensor<1x2x150x128xbf16>,
                    %r: tensor<1x4x130x128xbf16>, %g: tensor<1x4x130x128xbf16>) -> tensor<1x4x130x128xbf16> {
  %e = tensor.empty() : tensor<1x4x130x128xbf16>
  %o = tessel.attention causal ins(%q, %k, %v : tensor<1x4x130x128xbf16>, tensor<1x2x150x128xbf16>, tensor<1x2x150x128xbf16>) outs(%e : tensor<1x4x130x128xbf16>) -> tensor<1x4x130x128xbf16>
  %sum = linalg.add ins(%o, %r : tensor<1x4x130x128xbf16>, tensor<1x4x130x128xbf16>) outs(%e : tensor<1x4x130x128xbf16>) -> tensor<1x4x130x128xbf16>
  %scaled = linalg.mul ins(%sum, %g : tensor<1x4x130x128xbf16>, tensor<1x4x130x128xbf16>) outs(%e : tensor<1x4x130x128xbf16>) -> tensor<1x4x130x128xbf16>
  return %scaled : tensor<1x4x130x128xbf16>
}

// Block masks (the kernel lists the kept steps of its mask row): multi-query
// heads at D = 64 against 8400 keys (132 steps of 64: two rounds of the
// list's ballots, a partial last step), full and causal, a random mask of
// blocks of 64 x 64; and D = 128 with blocks of 128 x 128 and a constant
// mask, broadcast over batch and heads, whose second row keeps nothing
// (those rows are zero).
// CHECK-COUNT-3: check block_sparse result {{[0-2]}} {{.*}} ok
func.func @block_sparse(%q: tensor<1x2x130x64xbf16>, %k: tensor<1x1x8400x64xbf16>, %v: tensor<1x1x8400x64xbf16>,
                        %m: tensor<1x2x3x132xi1>, %q2: tensor<2x2x200x128xf16>, %k2: tensor<2x2x256x128xf16>,
                        %v2: tensor<2x2x256x128xf16>)
    -> (tensor<1x2x130x64xbf16>, tensor<1x2x130x64xbf16>, tensor<2x2x200x128xf16>) {
  %e = tensor.empty() : tensor<1x2x130x64xbf16>
  %full = tessel.attention ins(%q, %k, %v : tensor<1x2x130x64xbf16>, tensor<1x1x8400x64xbf16>, tensor<1x1x8400x64xbf16>)
            block_mask(%m : tensor<1x2x3x132xi1>) block_sizes = [64, 64]
            outs(%e : tensor<1x2x130x64xbf16>) -> tensor<1x2x130x64xbf16>
  %causal = tessel.attention causal ins(%q, %k, %v : tensor<1x2x130x64xbf16>, tensor<1x1x8400x64xbf16>, tensor<1x1x8400x64xbf16>)
              block_mask(%m : tensor<1x2x3x132xi1>) block_sizes = [64, 64]
              outs(%e : tensor<1x2x130x64xbf16>) -> tensor<1x2x130x64xbf16>
  %rows = arith.constant dense<[[[[true, false], [false, false]]]]> : tensor<1x1x2x2xi1>
  %e2 = tensor.empty() : tensor<2x2x200x128xf16>
  %empty = tessel.attention ins(%q2, %k2, %v2 : tensor<2x2x200x128xf16>, tensor<2x2x256x128xf16>, tensor<2x2x256x128xf16>)
             block_mask(%rows : tensor<1x1x2x2xi1>) block_sizes = [128, 128]
             outs(%e2 : tensor<2x2x200x128xf16>) -> tensor<2x2x200x128xf16>
  return %full, %causal, %empty : tensor<1x2x130x64xbf16>, tensor<1x2x130x64xbf16>, tensor<2x2x200x128xf16>
}

// Consumers taking turns to issue their products (ping-pong, with the
// softmax overlapped): two consumers at D = 128, causal, and three at
// D = 64 against a partial last step.
// CHECK-COUNT-2: check pingpong result {{[01]}} {{.*}} ok
func.func @pingpong(%q: tensor<1x2x300x128xbf16>, %k: tensor<1x2x333x128xbf16>, %v: tensor<1x2x333x128xbf16>,
                    %q2: tensor<1x2x400x64xf16>, %k2: tensor<1x2x333x64xf16>, %v2: tensor<1x2x333x64xf16>)
    -> (tensor<1x2x300x128xbf16>, tensor<1x2x400x64xf16>) {
  %e = tensor.empty() : tensor<1x2x300x128xbf16>
  %a = tessel.attention causal ins(%q, %k, %v : tensor<1x2x300x128xbf16>, tensor<1x2x333x128xbf16>, tensor<1x2x333x128xbf16>)
         outs(%e : tensor<1x2x300x128xbf16>) {tessel.consumer_pingpong = true} -> tensor<1x2x300x128xbf16>
  %e2 = tensor.empty() : tensor<1x2x400x64xf16>
  %b = tessel.attention ins(%q2, %k2, %v2 : tensor<1x2x400x64xf16>, tensor<1x2x333x64xf16>, tensor<1x2x333x64xf16>)
         outs(%e2 : tensor<1x2x400x64xf16>) {tessel.consumer_pingpong = true, tessel.overlap_softmax = true} -> tensor<1x2x400x64xf16>
  return %a, %b : tensor<1x2x300x128xbf16>, tensor<1x2x400x64xf16>
}
