// pack / unpack (every width that straddles words, interleaves), permute and
// relayout on the CPU against the reference.

// RUN: tessel-run %s --seed=5 --check | FileCheck %s
// CHECK-NOT: FAIL

// CHECK: check pack_i4 result 0 {{.*}} ok
func.func @pack_i4(%w: tensor<3x16xi4>) -> tensor<3x2xi32> {
  %e = tensor.empty() : tensor<3x2xi32>
  %p = tessel.pack ins(%w : tensor<3x16xi4>) outs(%e : tensor<3x2xi32>) interleave = [0, 2, 4, 6, 1, 3, 5, 7] -> tensor<3x2xi32>
  return %p : tensor<3x2xi32>
}

// 3-bit values straddle 32-bit words.
// CHECK: check pack_i3 result 0 {{.*}} ok
func.func @pack_i3(%w: tensor<2x32xi3>) -> tensor<2x3xi32> {
  %e = tensor.empty() : tensor<2x3xi32>
  %p = tessel.pack ins(%w : tensor<2x32xi3>) outs(%e : tensor<2x3xi32>) -> tensor<2x3xi32>
  return %p : tensor<2x3xi32>
}

// CHECK: check unpack_i5 result 0 {{.*}} ok
func.func @unpack_i5(%p: tensor<2x5xi8>) -> tensor<2x8xi5> {
  %e = tensor.empty() : tensor<2x8xi5>
  %w = tessel.unpack ins(%p : tensor<2x5xi8>) outs(%e : tensor<2x8xi5>) -> tensor<2x8xi5>
  return %w : tensor<2x8xi5>
}

// CHECK: check unpack_interleaved_i2 result 0 {{.*}} ok
func.func @unpack_interleaved_i2(%p: tensor<4x1xi64>) -> tensor<4x32xi2> {
  %e = tensor.empty() : tensor<4x32xi2>
  %w = tessel.unpack ins(%p : tensor<4x1xi64>) outs(%e : tensor<4x32xi2>) interleave = [3, 2, 1, 0] -> tensor<4x32xi2>
  return %w : tensor<4x32xi2>
}

// CHECK: check round_trip_i7 result 0 {{.*}} ok
func.func @round_trip_i7(%w: tensor<3x16xi7>) -> tensor<3x16xi7> {
  %e = tensor.empty() : tensor<3x7xi16>
  %p = tessel.pack ins(%w : tensor<3x16xi7>) outs(%e : tensor<3x7xi16>) -> tensor<3x7xi16>
  %f = tensor.empty() : tensor<3x16xi7>
  %u = tessel.unpack ins(%p : tensor<3x7xi16>) outs(%f : tensor<3x16xi7>) -> tensor<3x16xi7>
  return %u : tensor<3x16xi7>
}

// Indices arguments get random in-range values from tessel-run.
// CHECK: check permute result 0 {{.*}} ok
// CHECK: check permute result 1 {{.*}} ok
func.func @permute(%x: tensor<2x9x5xf32>, %idx: tensor<9xi32>, %sel: tensor<3xi64>) -> (tensor<2x9x5xf32>, tensor<2x3x5xf32>) {
  %e = tensor.empty() : tensor<2x9x5xf32>
  %a = tessel.permute dimension(1) ins(%x, %idx : tensor<2x9x5xf32>, tensor<9xi32>) outs(%e : tensor<2x9x5xf32>) -> tensor<2x9x5xf32>
  %f = tensor.empty() : tensor<2x3x5xf32>
  %b = tessel.permute dimension(1) ins(%x, %sel : tensor<2x9x5xf32>, tensor<3xi64>) outs(%f : tensor<2x3x5xf32>) -> tensor<2x3x5xf32>
  return %a, %b : tensor<2x9x5xf32>, tensor<2x3x5xf32>
}

// Rows of 64 f16 (the GPU kernel's 16-byte vectors) gathered along the
// sequence, as DraftAttention's token reordering does, and a permuted last
// dimension (rows of one element).
// CHECK: check permute_rows result 0 {{.*}} ok
// CHECK: check permute_rows result 1 {{.*}} ok
func.func @permute_rows(%x: tensor<1x3x70x64xf16>, %idx: tensor<70xi32>, %y: tensor<3x7xf32>, %j: tensor<7xi64>)
    -> (tensor<1x3x70x64xf16>, tensor<3x7xf32>) {
  %e = tensor.empty() : tensor<1x3x70x64xf16>
  %a = tessel.permute dimension(2) ins(%x, %idx : tensor<1x3x70x64xf16>, tensor<70xi32>) outs(%e : tensor<1x3x70x64xf16>) -> tensor<1x3x70x64xf16>
  %f = tensor.empty() : tensor<3x7xf32>
  %b = tessel.permute dimension(1) ins(%y, %j : tensor<3x7xf32>, tensor<7xi64>) outs(%f : tensor<3x7xf32>) -> tensor<3x7xf32>
  return %a, %b : tensor<1x3x70x64xf16>, tensor<3x7xf32>
}

// CHECK: check relayout result 0 {{.*}} ok
func.func @relayout(%x: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %e = tensor.empty() : tensor<4x8xf32, #tessel.layout<(4, 8):(1, 4)>>
  %a = tessel.relayout ins(%x : tensor<4x8xf32>) outs(%e : tensor<4x8xf32, #tessel.layout<(4, 8):(1, 4)>>) -> tensor<4x8xf32, #tessel.layout<(4, 8):(1, 4)>>
  %f = tensor.empty() : tensor<4x8xf32>
  %b = tessel.relayout ins(%a : tensor<4x8xf32, #tessel.layout<(4, 8):(1, 4)>>) outs(%f : tensor<4x8xf32>) -> tensor<4x8xf32>
  return %b : tensor<4x8xf32>
}
