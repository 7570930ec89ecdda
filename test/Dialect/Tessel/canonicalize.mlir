// RUN: tessel-opt %s -canonicalize -split-input-file | FileCheck %s

// A relayout to the same type is the identity.
// CHECK-LABEL: func.func @relayout_identity
// CHECK-SAME: (%[[X:[^:]*]]: tensor<4x8xf32, #tessel.layout<(4, 8):(8, 1)>>
// CHECK-NOT: tessel.relayout
// CHECK: return %[[X]]
func.func @relayout_identity(%x: tensor<4x8xf32, #tessel.layout<(4, 8):(8, 1)>>,
                             %i: tensor<4x8xf32, #tessel.layout<(4, 8):(8, 1)>>)
    -> tensor<4x8xf32, #tessel.layout<(4, 8):(8, 1)>> {
  %r = tessel.relayout ins(%x : tensor<4x8xf32, #tessel.layout<(4, 8):(8, 1)>>)
         outs(%i : tensor<4x8xf32, #tessel.layout<(4, 8):(8, 1)>>) -> tensor<4x8xf32, #tessel.layout<(4, 8):(8, 1)>>
  return %r : tensor<4x8xf32, #tessel.layout<(4, 8):(8, 1)>>
}

// -----

// Relayout there and back cancels.
// CHECK-LABEL: func.func @relayout_inverse_pair
// CHECK-SAME: (%[[X:[^:]*]]: tensor<4x8xf32>
// CHECK-NOT: tessel.relayout
// CHECK: return %[[X]]
func.func @relayout_inverse_pair(%x: tensor<4x8xf32>, %t: tensor<4x8xf32, #tessel.layout<(4, 8):(1, 4)>>,
                                 %u: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %a = tessel.relayout ins(%x : tensor<4x8xf32>) outs(%t : tensor<4x8xf32, #tessel.layout<(4, 8):(1, 4)>>)
         -> tensor<4x8xf32, #tessel.layout<(4, 8):(1, 4)>>
  %b = tessel.relayout ins(%a : tensor<4x8xf32, #tessel.layout<(4, 8):(1, 4)>>) outs(%u : tensor<4x8xf32>) -> tensor<4x8xf32>
  return %b : tensor<4x8xf32>
}

// -----

// A real change of layout stays.
// CHECK-LABEL: func.func @relayout_kept
// CHECK: tessel.relayout
func.func @relayout_kept(%x: tensor<4x8xf32>, %t: tensor<4x8xf32, #tessel.layout<(4, 8):(1, 4)>>)
    -> tensor<4x8xf32, #tessel.layout<(4, 8):(1, 4)>> {
  %a = tessel.relayout ins(%x : tensor<4x8xf32>) outs(%t : tensor<4x8xf32, #tessel.layout<(4, 8):(1, 4)>>)
         -> tensor<4x8xf32, #tessel.layout<(4, 8):(1, 4)>>
  return %a : tensor<4x8xf32, #tessel.layout<(4, 8):(1, 4)>>
}

// -----

// unpack(pack(x)) with the same interleave is x.
// CHECK-LABEL: func.func @unpack_of_pack
// CHECK-SAME: (%[[W:[^:]*]]: tensor<16x64xi4>
// CHECK-NOT: tessel.unpack
// CHECK: return %[[W]]
func.func @unpack_of_pack(%w: tensor<16x64xi4>, %p: tensor<16x8xi32>, %u: tensor<16x64xi4>) -> tensor<16x64xi4> {
  %a = tessel.pack ins(%w : tensor<16x64xi4>) outs(%p : tensor<16x8xi32>) interleave = [0, 2, 4, 6, 1, 3, 5, 7] -> tensor<16x8xi32>
  %b = tessel.unpack ins(%a : tensor<16x8xi32>) outs(%u : tensor<16x64xi4>) interleave = [0, 2, 4, 6, 1, 3, 5, 7] -> tensor<16x64xi4>
  return %b : tensor<16x64xi4>
}

// -----

// Different interleaves do not cancel.
// CHECK-LABEL: func.func @unpack_of_pack_other_order
// CHECK: tessel.pack
// CHECK: tessel.unpack
func.func @unpack_of_pack_other_order(%w: tensor<16x64xi4>, %p: tensor<16x8xi32>, %u: tensor<16x64xi4>) -> tensor<16x64xi4> {
  %a = tessel.pack ins(%w : tensor<16x64xi4>) outs(%p : tensor<16x8xi32>) interleave = [0, 2, 4, 6, 1, 3, 5, 7] -> tensor<16x8xi32>
  %b = tessel.unpack ins(%a : tensor<16x8xi32>) outs(%u : tensor<16x64xi4>) -> tensor<16x64xi4>
  return %b : tensor<16x64xi4>
}

// -----

// pack(unpack(w)) is w where rows fill their words.
// CHECK-LABEL: func.func @pack_of_unpack
// CHECK-SAME: (%[[P:[^:]*]]: tensor<16x8xi32>
// CHECK-NOT: tessel.pack
// CHECK: return %[[P]]
func.func @pack_of_unpack(%p: tensor<16x8xi32>, %u: tensor<16x64xi4>, %q: tensor<16x8xi32>) -> tensor<16x8xi32> {
  %a = tessel.unpack ins(%p : tensor<16x8xi32>) outs(%u : tensor<16x64xi4>) -> tensor<16x64xi4>
  %b = tessel.pack ins(%a : tensor<16x64xi4>) outs(%q : tensor<16x8xi32>) -> tensor<16x8xi32>
  return %b : tensor<16x8xi32>
}

// -----

// With padding bits (3 x 4 bits in 2 bytes) the pack clears them: no fold.
// CHECK-LABEL: func.func @pack_of_unpack_padded
// CHECK: tessel.unpack
// CHECK: tessel.pack
func.func @pack_of_unpack_padded(%p: tensor<16x2xi8>, %u: tensor<16x3xi4>, %q: tensor<16x2xi8>) -> tensor<16x2xi8> {
  %a = tessel.unpack ins(%p : tensor<16x2xi8>) outs(%u : tensor<16x3xi4>) -> tensor<16x3xi4>
  %b = tessel.pack ins(%a : tensor<16x3xi4>) outs(%q : tensor<16x2xi8>) -> tensor<16x2xi8>
  return %b : tensor<16x2xi8>
}

// -----

// Unused pure ops are removed.
// CHECK-LABEL: func.func @dead_attention
// CHECK-NOT: tessel.attention
func.func @dead_attention(%q: tensor<1x1x4x8xf32>, %o: tensor<1x1x4x8xf32>) {
  %r = tessel.attention ins(%q, %q, %q : tensor<1x1x4x8xf32>, tensor<1x1x4x8xf32>, tensor<1x1x4x8xf32>)
         outs(%o : tensor<1x1x4x8xf32>) -> tensor<1x1x4x8xf32>
  return
}
