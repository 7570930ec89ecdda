// Sub-byte integer tensors cross the runtime boundary packed (rows of
// little-endian bit streams, zero-padded to a byte; docs/UserGuide.md).
// tessel-run fills packed random inputs, the code reads and writes the
// packed rows, and --check compares with the float64 reference run on the
// logical values: rows that fill 32-bit words, rows padded to a byte, values
// that straddle bytes, rank 0, and results of sub-byte type.

// RUN: tessel-run %s --seed=3 --check | FileCheck %s
// RUN: tessel-opt %s --tessel-cpu-pipeline | FileCheck %s --check-prefix=SIG
// CHECK-NOT: FAIL

// The weights as the natural i4 argument: words at the boundary.
// SIG-DAG: "qmatmul_i4(f32[3x64],i4[16x64],f32[16x2],i4[16x2])->(f32[3x16])\00"
// CHECK: check qmatmul_i4 result 0 {{.*}} ok
func.func @qmatmul_i4(%x: tensor<3x64xf32>, %w: tensor<16x64xi4>, %s: tensor<16x2xf32>, %z: tensor<16x2xi4>) -> tensor<3x16xf32> {
  %e = tensor.empty() : tensor<3x16xf32>
  %y = tessel.qmatmul unsigned group_size(32) ins(%x, %w, %s : tensor<3x64xf32>, tensor<16x64xi4>, tensor<16x2xf32>) zero_points(%z : tensor<16x2xi4>) outs(%e : tensor<3x16xf32>) -> tensor<3x16xf32>
  return %y : tensor<3x16xf32>
}

// 3-bit values, 5 to a row: 15 bits in 2 bytes, values straddling bytes.
// The result is packed too (the words from unpack are its packed form, so
// pack(unpack(p)) is not folded: the pack clears the padding bits).
// SIG-DAG: "unpack_i3(i8[4x2])->(i3[4x5])\00"
// CHECK: check unpack_i3 result 0 {{.*}} ok
func.func @unpack_i3(%p: tensor<4x2xi8>) -> tensor<4x5xi3> {
  %e = tensor.empty() : tensor<4x5xi3>
  %u = tessel.unpack ins(%p : tensor<4x2xi8>) outs(%e : tensor<4x5xi3>) -> tensor<4x5xi3>
  return %u : tensor<4x5xi3>
}

// Packing into a padded word, and an odd number of int4 per row out of
// bytes.
// CHECK: check repack_i3 result 0 {{.*}} ok
func.func @repack_i3(%a: tensor<4x5xi3>) -> tensor<4x1xi32> {
  %e = tensor.empty() : tensor<4x1xi32>
  %p = tessel.pack ins(%a : tensor<4x5xi3>) outs(%e : tensor<4x1xi32>) -> tensor<4x1xi32>
  return %p : tensor<4x1xi32>
}
// CHECK: check unpack_odd_i4 result 0 {{.*}} ok
func.func @unpack_odd_i4(%p: tensor<2x2xi8>) -> tensor<2x3xi4> {
  %e = tensor.empty() : tensor<2x3xi4>
  %u = tessel.unpack ins(%p : tensor<2x2xi8>) outs(%e : tensor<2x3xi4>) -> tensor<2x3xi4>
  return %u : tensor<2x3xi4>
}

// Rank 0 takes one byte; 7 bits a value, 7 to a row (49 bits, 7 bytes).
// CHECK: check scalar_and_i7 result 0 {{.*}} ok
// CHECK: check scalar_and_i7 result 1 {{.*}} ok
func.func @scalar_and_i7(%s: tensor<i4>, %a: tensor<3x7xi7>) -> (tensor<i4>, tensor<3x7xi7>) {
  return %s, %a : tensor<i4>, tensor<3x7xi7>
}
