// RUN: tessel-opt %s --tessel-cuda-configure=cost-model=fixed --tessel-propagate-layouts --split-input-file | FileCheck %s
// RUN: tessel-opt %s --tessel-cuda-configure="cost-model=fixed pack-weights=0" --tessel-propagate-layouts --split-input-file | FileCheck %s --check-prefix=KEEP
// RUN: tessel-opt %s --tessel-propagate-layouts --split-input-file | FileCheck %s --check-prefix=KEEP

// The layout of constant qmatmul weights, chosen by tessel-cuda-configure
// (tessel.pack_weights) and carried out by tessel-propagate-layouts:
// on a GPU the qmatmul kernel reads i32 words in tessel.pack's layout, so a
// constant iB weight is packed at compile time and unpacked in the program
// (which convert-tessel-to-gpu's kernel reads in place); on the CPU, whose
// lowering reads one byte per weight, it stays.


// Signed 4-bit: row 0 is 0..7, -8..-1 twice (fields in two's complement,
// element k at bits [4k, 4k + 4)); row 1 is all -1.
// CHECK-LABEL: func.func @signed_i4
// CHECK: %[[WORDS:.*]] = arith.constant dense<{{\[}}[1985229328, -19088744, 1985229328, -19088744], [-1, -1, -1, -1]]> : tensor<2x4xi32>
// CHECK: %[[INIT:.*]] = tensor.empty() : tensor<2x32xi4>
// CHECK: %[[W:.*]] = tessel.unpack ins(%[[WORDS]] : tensor<2x4xi32>) outs(%[[INIT]] : tensor<2x32xi4>) -> tensor<2x32xi4>
// CHECK: tessel.qmatmul signed group_size(32) ins(%{{.*}}, %[[W]], %{{.*}} : tensor<1x32xbf16>, tensor<2x32xi4>, tensor<2x1xbf16>)
// KEEP-LABEL: func.func @signed_i4
// KEEP-NOT: tessel.unpack
// KEEP: tessel.qmatmul signed group_size(32) ins(%{{.*}}, %cst, %{{.*}} : tensor<1x32xbf16>, tensor<2x32xi4>
func.func @signed_i4(%x: tensor<1x32xbf16>, %s: tensor<2x1xbf16>) -> tensor<1x2xbf16> {
  %w = arith.constant dense<[[0, 1, 2, 3, 4, 5, 6, 7, -8, -7, -6, -5, -4, -3, -2, -1, 0, 1, 2, 3, 4, 5, 6, 7, -8, -7, -6, -5, -4, -3, -2, -1], [-1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1]]> : tensor<2x32xi4>
  %e = tensor.empty() : tensor<1x2xbf16>
  %y = tessel.qmatmul signed group_size(32) ins(%x, %w, %s : tensor<1x32xbf16>, tensor<2x32xi4>, tensor<2x1xbf16>) outs(%e : tensor<1x2xbf16>) -> tensor<1x2xbf16>
  return %y : tensor<1x2xbf16>
}

// -----

// Unsigned 3-bit: fields 10 and 21 straddle words (bits 30-32, 63-65).
// Row 0 is k % 8, row 1 is 7 - k % 8 (its complement, bit for bit).
// CHECK-LABEL: func.func @unsigned_i3
// CHECK: arith.constant dense<{{\[}}[-1996831096, -964101434, -87652102], [1996831095, 964101433, 87652101]]> : tensor<2x3xi32>
// CHECK: tessel.unpack ins(%{{.*}} : tensor<2x3xi32>) outs(%{{.*}} : tensor<2x32xi3>)
func.func @unsigned_i3(%x: tensor<4x32xf32>, %s: tensor<2x1xf32>) -> tensor<4x2xf32> {
  %w = arith.constant dense<[[0, 1, 2, 3, 4, 5, 6, 7, 0, 1, 2, 3, 4, 5, 6, 7, 0, 1, 2, 3, 4, 5, 6, 7, 0, 1, 2, 3, 4, 5, 6, 7], [7, 6, 5, 4, 3, 2, 1, 0, 7, 6, 5, 4, 3, 2, 1, 0, 7, 6, 5, 4, 3, 2, 1, 0, 7, 6, 5, 4, 3, 2, 1, 0]]> : tensor<2x32xi3>
  %e = tensor.empty() : tensor<4x2xf32>
  %y = tessel.qmatmul unsigned group_size(32) ins(%x, %w, %s : tensor<4x32xf32>, tensor<2x32xi3>, tensor<2x1xf32>) outs(%e : tensor<4x2xf32>) -> tensor<4x2xf32>
  return %y : tensor<4x2xf32>
}

// -----

// Left alone: bytes (i8, which the kernel reads as they are), weights that
// are arguments, and K not a multiple of 32 (the generic path would unpack
// the words at run time).
// CHECK-LABEL: func.func @left_alone
// CHECK-NOT: tessel.unpack
// CHECK: return
func.func @left_alone(%x: tensor<1x32xf32>, %x16: tensor<1x16xf32>, %warg: tensor<2x32xi4>, %s: tensor<2x1xf32>) -> (tensor<1x2xf32>, tensor<1x2xf32>, tensor<1x2xf32>) {
  %e = tensor.empty() : tensor<1x2xf32>
  %w8 = arith.constant dense<3> : tensor<2x32xi8>
  %a = tessel.qmatmul signed group_size(32) ins(%x, %w8, %s : tensor<1x32xf32>, tensor<2x32xi8>, tensor<2x1xf32>) outs(%e : tensor<1x2xf32>) -> tensor<1x2xf32>
  %b = tessel.qmatmul signed group_size(32) ins(%x, %warg, %s : tensor<1x32xf32>, tensor<2x32xi4>, tensor<2x1xf32>) outs(%e : tensor<1x2xf32>) -> tensor<1x2xf32>
  %w16 = arith.constant dense<1> : tensor<2x16xi4>
  %c = tessel.qmatmul signed group_size(16) ins(%x16, %w16, %s : tensor<1x16xf32>, tensor<2x16xi4>, tensor<2x1xf32>) outs(%e : tensor<1x2xf32>) -> tensor<1x2xf32>
  return %a, %b, %c : tensor<1x2xf32>, tensor<1x2xf32>, tensor<1x2xf32>
}
