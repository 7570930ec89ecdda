// Every attention variant, run on the CPU on seeded random inputs and
// compared with the float64 reference (outputs are poisoned with NaN first).
// Sizes are deliberately not multiples of any tile: 33 and 17 queries, 40
// keys, one token, one head.

// RUN: tessel-run %s --entry=mha --seed=1 --check | FileCheck %s --check-prefix=MHA
// MHA: check mha result 0 {{.*}} ok
func.func @mha(%q: tensor<2x2x33x16xf32>, %k: tensor<2x2x33x16xf32>, %v: tensor<2x2x33x8xf32>) -> tensor<2x2x33x8xf32> {
  %e = tensor.empty() : tensor<2x2x33x8xf32>
  %o = tessel.attention ins(%q, %k, %v : tensor<2x2x33x16xf32>, tensor<2x2x33x16xf32>, tensor<2x2x33x8xf32>) outs(%e : tensor<2x2x33x8xf32>) -> tensor<2x2x33x8xf32>
  return %o : tensor<2x2x33x8xf32>
}

// RUN: tessel-run %s --entry=gqa_causal --seed=2 --check | FileCheck %s --check-prefix=GQA
// GQA: check gqa_causal result 0 {{.*}} ok
func.func @gqa_causal(%q: tensor<1x4x17x16xf32>, %k: tensor<1x2x40x16xf32>, %v: tensor<1x2x40x16xf32>) -> tensor<1x4x17x16xf32> {
  %e = tensor.empty() : tensor<1x4x17x16xf32>
  %o = tessel.attention causal ins(%q, %k, %v : tensor<1x4x17x16xf32>, tensor<1x2x40x16xf32>, tensor<1x2x40x16xf32>) outs(%e : tensor<1x4x17x16xf32>) -> tensor<1x4x17x16xf32>
  return %o : tensor<1x4x17x16xf32>
}

// An explicit causal offset and scale; one query token, one head (decode).
// RUN: tessel-run %s --entry=decode_offset --seed=3 --check | FileCheck %s --check-prefix=DEC
// DEC: check decode_offset result 0 {{.*}} ok
func.func @decode_offset(%q: tensor<1x1x1x32xf32>, %k: tensor<1x1x50x32xf32>, %v: tensor<1x1x50x32xf32>) -> tensor<1x1x1x32xf32> {
  %e = tensor.empty() : tensor<1x1x1x32xf32>
  %off = arith.constant 20 : index
  %o = tessel.attention causal scale(0.3) ins(%q, %k, %v : tensor<1x1x1x32xf32>, tensor<1x1x50x32xf32>, tensor<1x1x50x32xf32>) offset(%off) outs(%e : tensor<1x1x1x32xf32>) -> tensor<1x1x1x32xf32>
  return %o : tensor<1x1x1x32xf32>
}

// A broadcast additive mask and a full boolean mask (random, so some rows
// are fully masked and must give zeros).
// RUN: tessel-run %s --entry=masks --seed=4 --check | FileCheck %s --check-prefix=MASK
// MASK: check masks result 0 {{.*}} ok
// MASK: check masks result 1 {{.*}} ok
func.func @masks(%q: tensor<2x4x9x8xf32>, %k: tensor<2x2x7x8xf32>, %v: tensor<2x2x7x8xf32>,
                 %add: tensor<1x1x9x7xf32>, %bool: tensor<2x4x9x7xi1>) -> (tensor<2x4x9x8xf32>, tensor<2x4x9x8xf32>) {
  %e = tensor.empty() : tensor<2x4x9x8xf32>
  %a = tessel.attention ins(%q, %k, %v : tensor<2x4x9x8xf32>, tensor<2x2x7x8xf32>, tensor<2x2x7x8xf32>)
         mask(%add : tensor<1x1x9x7xf32>) outs(%e : tensor<2x4x9x8xf32>) -> tensor<2x4x9x8xf32>
  %b = tessel.attention ins(%q, %k, %v : tensor<2x4x9x8xf32>, tensor<2x2x7x8xf32>, tensor<2x2x7x8xf32>)
         mask(%bool : tensor<2x4x9x7xi1>) outs(%e : tensor<2x4x9x8xf32>) -> tensor<2x4x9x8xf32>
  return %a, %b : tensor<2x4x9x8xf32>, tensor<2x4x9x8xf32>
}

// Block-sparse, causal, with partial last blocks (20 = 2 * 8 + 4).
// RUN: tessel-run %s --entry=block_sparse --seed=5 --check | FileCheck %s --check-prefix=BS
// BS: check block_sparse result 0 {{.*}} ok
func.func @block_sparse(%q: tensor<1x2x20x16xf32>, %k: tensor<1x2x20x16xf32>, %v: tensor<1x2x20x16xf32>,
                        %blocks: tensor<1x2x3x3xi1>) -> tensor<1x2x20x16xf32> {
  %e = tensor.empty() : tensor<1x2x20x16xf32>
  %o = tessel.attention causal ins(%q, %k, %v : tensor<1x2x20x16xf32>, tensor<1x2x20x16xf32>, tensor<1x2x20x16xf32>)
         block_mask(%blocks : tensor<1x2x3x3xi1>) block_sizes = [8, 8]
         outs(%e : tensor<1x2x20x16xf32>) -> tensor<1x2x20x16xf32>
  return %o : tensor<1x2x20x16xf32>
}

// Half precision in and out, f32 accumulation.
// RUN: tessel-run %s --entry=half --seed=6 --check | FileCheck %s --check-prefix=HALF
// HALF: check half result 0 {{.*}} ok
func.func @half(%q: tensor<1x2x24x32xf16>, %k: tensor<1x2x24x32xf16>, %v: tensor<1x2x24x32xf16>) -> tensor<1x2x24x32xf16> {
  %e = tensor.empty() : tensor<1x2x24x32xf16>
  %o = tessel.attention causal ins(%q, %k, %v : tensor<1x2x24x32xf16>, tensor<1x2x24x32xf16>, tensor<1x2x24x32xf16>) outs(%e : tensor<1x2x24x32xf16>) -> tensor<1x2x24x32xf16>
  return %o : tensor<1x2x24x32xf16>
}

// Keys in several whole blocks of 64 take the blockwise (flash) form: an
// online softmax over key blocks, and under causal only the blocks some
// query row sees. Grouped heads, Sq < Skv, an explicit offset that skips
// blocks, and one that masks every row.
// RUN: tessel-run %s --entry=blockwise --seed=7 --check | FileCheck %s --check-prefix=FLASH
// FLASH: check blockwise result 0 {{.*}} ok
// FLASH: check blockwise result 1 {{.*}} ok
// FLASH: check blockwise result 2 {{.*}} ok
// FLASH: check blockwise result 3 {{.*}} ok
func.func @blockwise(%q: tensor<1x4x80x32xf32>, %k: tensor<1x2x192x32xf32>, %v: tensor<1x2x192x16xf32>)
    -> (tensor<1x4x80x16xf32>, tensor<1x4x80x16xf32>, tensor<1x4x80x16xf32>, tensor<1x4x80x16xf32>) {
  %e = tensor.empty() : tensor<1x4x80x16xf32>
  %full = tessel.attention ins(%q, %k, %v : tensor<1x4x80x32xf32>, tensor<1x2x192x32xf32>, tensor<1x2x192x16xf32>) outs(%e : tensor<1x4x80x16xf32>) -> tensor<1x4x80x16xf32>
  %causal = tessel.attention causal ins(%q, %k, %v : tensor<1x4x80x32xf32>, tensor<1x2x192x32xf32>, tensor<1x2x192x16xf32>) outs(%e : tensor<1x4x80x16xf32>) -> tensor<1x4x80x16xf32>
  %c3 = arith.constant 3 : index
  %early = tessel.attention causal ins(%q, %k, %v : tensor<1x4x80x32xf32>, tensor<1x2x192x32xf32>, tensor<1x2x192x16xf32>) offset(%c3) outs(%e : tensor<1x4x80x16xf32>) -> tensor<1x4x80x16xf32>
  %cm = arith.constant -100 : index
  %none = tessel.attention causal ins(%q, %k, %v : tensor<1x4x80x32xf32>, tensor<1x2x192x32xf32>, tensor<1x2x192x16xf32>) offset(%cm) outs(%e : tensor<1x4x80x16xf32>) -> tensor<1x4x80x16xf32>
  return %full, %causal, %early, %none : tensor<1x4x80x16xf32>, tensor<1x4x80x16xf32>, tensor<1x4x80x16xf32>, tensor<1x4x80x16xf32>
}

// Block-sparse attention in the blockwise form: key blocks that no row of a
// tile keeps are skipped (random masks, about half the blocks), with key
// blocks of the mask equal to (64) and twice (128) the loop's, grouped
// heads, and causal masking on top.
// RUN: tessel-run %s --entry=sparse_blockwise --seed=11 --check | FileCheck %s --check-prefix=SPARSE
// SPARSE-COUNT-3: check sparse_blockwise result {{[0-2]}} {{.*}} ok
func.func @sparse_blockwise(%q: tensor<1x4x128x32xf32>, %k: tensor<1x2x256x32xf32>, %v: tensor<1x2x256x16xf32>,
                            %m64: tensor<1x4x2x4xi1>, %m128: tensor<1x1x2x2xi1>)
    -> (tensor<1x4x128x16xf32>, tensor<1x4x128x16xf32>, tensor<1x4x128x16xf32>) {
  %e = tensor.empty() : tensor<1x4x128x16xf32>
  %a = tessel.attention ins(%q, %k, %v : tensor<1x4x128x32xf32>, tensor<1x2x256x32xf32>, tensor<1x2x256x16xf32>)
         block_mask(%m64 : tensor<1x4x2x4xi1>) block_sizes = [64, 64]
         outs(%e : tensor<1x4x128x16xf32>) -> tensor<1x4x128x16xf32>
  %b = tessel.attention ins(%q, %k, %v : tensor<1x4x128x32xf32>, tensor<1x2x256x32xf32>, tensor<1x2x256x16xf32>)
         block_mask(%m128 : tensor<1x1x2x2xi1>) block_sizes = [64, 128]
         outs(%e : tensor<1x4x128x16xf32>) -> tensor<1x4x128x16xf32>
  %c = tessel.attention causal ins(%q, %k, %v : tensor<1x4x128x32xf32>, tensor<1x2x256x32xf32>, tensor<1x2x256x16xf32>)
         block_mask(%m64 : tensor<1x4x2x4xi1>) block_sizes = [64, 64]
         outs(%e : tensor<1x4x128x16xf32>) -> tensor<1x4x128x16xf32>
  return %a, %b, %c : tensor<1x4x128x16xf32>, tensor<1x4x128x16xf32>, tensor<1x4x128x16xf32>
}
