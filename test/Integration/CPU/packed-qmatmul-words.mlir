// Sub-byte qmatmul weights given as arguments cross the runtime boundary
// packed (tessel-pack-subbyte-boundary), and the CPU qmatmul reads the
// packed words itself: each lane takes a word of the group and shifts its
// values out in registers (QuantizationToLinalg.cpp), with a sum per value
// of a word and lane. Checked against the float64 reference on random
// inputs: signed int4 with groups of 128 (16 lanes), unsigned int2 with
// groups of 64 (4 words a group: too few lanes, the unpacked form), signed
// int4 with groups of 256 and bf16 (32 words a group: two chunks of 16
// lanes), unsigned
// int4 with groups of 256 and several rows, a bias and an activation; and
// forms that keep the unpacked weights (zero points, groups of 32 int4).

// RUN: tessel-run %s --seed=11 --check | FileCheck %s
// RUN: tessel-opt %s --tessel-pack-subbyte-boundary --tessel-cpu-configure=cost-model=fixed --tessel-tile --convert-tessel-to-linalg | FileCheck %s --check-prefix=WORDS
// CHECK-COUNT-6: result 0 {{.*}} ok

// Tiles of 64 output columns (the last one of 32) read the same rows of
// the words.
// WORDS-LABEL: func.func @signed_i4_g128
// WORDS:         scf.forall
// WORDS:           tensor.extract_slice %{{.*}} : tensor<96x64xi32> to tensor<?x64xi32>
// WORDS:           linalg.transpose
// WORDS:           linalg.generic {{.*}}iterator_types = ["parallel", "parallel", "reduction", "reduction", "parallel", "parallel"]
// WORDS:             linalg.index 4
// WORDS:             arith.shli
// WORDS:             arith.shrsi
// WORDS-LABEL: func.func @unsigned_i2_g64
// WORDS:         tessel.unpack
// WORDS-LABEL: func.func @signed_i4_g256_bf16
// WORDS:         tensor.expand_shape {{.*}} : tensor<{{.*}}x64xi32> into tensor<{{.*}}x2x2x16xi32>
// WORDS:         arith.shrsi
// WORDS-LABEL: func.func @unsigned_i4_g256_epilogue
// WORDS:         linalg.generic
// WORDS:           arith.shrui
// WORDS:           arith.andi
// WORDS-LABEL: func.func @zero_points_i4
// WORDS:         tessel.unpack
// WORDS-LABEL: func.func @small_groups_i4
// WORDS:         tessel.unpack

func.func @signed_i4_g128(%x: tensor<1x512xf32>, %w: tensor<96x512xi4>, %s: tensor<96x4xf32>) -> tensor<1x96xf32> {
  %e = tensor.empty() : tensor<1x96xf32>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<1x512xf32>, tensor<96x512xi4>, tensor<96x4xf32>) outs(%e : tensor<1x96xf32>) -> tensor<1x96xf32>
  return %y : tensor<1x96xf32>
}

func.func @unsigned_i2_g64(%x: tensor<2x256xf32>, %w: tensor<64x256xi2>, %s: tensor<64x4xf32>) -> tensor<2x64xf32> {
  %e = tensor.empty() : tensor<2x64xf32>
  %y = tessel.qmatmul unsigned group_size(64) ins(%x, %w, %s : tensor<2x256xf32>, tensor<64x256xi2>, tensor<64x4xf32>) outs(%e : tensor<2x64xf32>) -> tensor<2x64xf32>
  return %y : tensor<2x64xf32>
}

func.func @signed_i4_g256_bf16(%x: tensor<1x512xbf16>, %w: tensor<80x512xi4>, %s: tensor<80x2xbf16>) -> tensor<1x80xbf16> {
  %e = tensor.empty() : tensor<1x80xbf16>
  %y = tessel.qmatmul signed group_size(256) ins(%x, %w, %s : tensor<1x512xbf16>, tensor<80x512xi4>, tensor<80x2xbf16>) outs(%e : tensor<1x80xbf16>) -> tensor<1x80xbf16>
  return %y : tensor<1x80xbf16>
}

func.func @unsigned_i4_g256_epilogue(%x: tensor<5x512xf32>, %w: tensor<128x512xi4>, %s: tensor<128x2xf32>, %b: tensor<128xf32>) -> tensor<5x128xf32> {
  %e = tensor.empty() : tensor<5x128xf32>
  %y = tessel.qmatmul unsigned group_size(256) ins(%x, %w, %s : tensor<5x512xf32>, tensor<128x512xi4>, tensor<128x2xf32>) bias(%b : tensor<128xf32>) activation(silu) outs(%e : tensor<5x128xf32>) -> tensor<5x128xf32>
  return %y : tensor<5x128xf32>
}

func.func @zero_points_i4(%x: tensor<1x256xf32>, %w: tensor<64x256xi4>, %s: tensor<64x2xf32>, %z: tensor<64x2xi4>) -> tensor<1x64xf32> {
  %e = tensor.empty() : tensor<1x64xf32>
  %y = tessel.qmatmul unsigned group_size(128) ins(%x, %w, %s : tensor<1x256xf32>, tensor<64x256xi4>, tensor<64x2xf32>) zero_points(%z : tensor<64x2xi4>) outs(%e : tensor<1x64xf32>) -> tensor<1x64xf32>
  return %y : tensor<1x64xf32>
}

func.func @small_groups_i4(%x: tensor<1x256xf32>, %w: tensor<64x256xi4>, %s: tensor<64x8xf32>) -> tensor<1x64xf32> {
  %e = tensor.empty() : tensor<1x64xf32>
  %y = tessel.qmatmul signed group_size(32) ins(%x, %w, %s : tensor<1x256xf32>, tensor<64x256xi4>, tensor<64x8xf32>) outs(%e : tensor<1x64xf32>) -> tensor<1x64xf32>
  return %y : tensor<1x64xf32>
}
