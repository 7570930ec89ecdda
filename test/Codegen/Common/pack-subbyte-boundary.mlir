// RUN: tessel-opt %s --tessel-pack-subbyte-boundary --split-input-file --verify-diagnostics | FileCheck %s
// RUN: tessel-opt %s --tessel-pack-subbyte-boundary --tessel-export-entries --split-input-file --verify-diagnostics | FileCheck %s --check-prefix=SIG

// Rows that fill 32-bit words become words; the body sees the logical
// tensor through tessel.unpack. i8, i1 and rank-0 tensors are left alone.
// CHECK-LABEL: func.func @words
// CHECK-SAME: (%[[W:.*]]: tensor<24x32xi32> {tessel.unpacked_type = tensor<24x256xi4>}, %[[B:.*]]: tensor<24x256xi8>, %[[M:.*]]: tensor<4xi1>, %[[S:.*]]: tensor<i4>)
// CHECK: %[[U:.*]] = tessel.unpack ins(%[[W]] : tensor<24x32xi32>) outs(%{{.*}} : tensor<24x256xi4>)
// CHECK: %[[P:.*]] = tessel.pack ins(%[[U]] : tensor<24x256xi4>) outs(%{{.*}} : tensor<24x32xi32>)
// CHECK: return %[[P]], %[[B]], %[[M]], %[[S]]
// SIG: _tessel_signature_words{{.*}}"words(i4[24x256],i8[24x256],i1[4],i4[])->(i4[24x256],i8[24x256],i1[4],i4[])\00"
func.func @words(%w: tensor<24x256xi4>, %b: tensor<24x256xi8>, %m: tensor<4xi1>, %s: tensor<i4>) -> (tensor<24x256xi4>, tensor<24x256xi8>, tensor<4xi1>, tensor<i4>) {
  return %w, %b, %m, %s : tensor<24x256xi4>, tensor<24x256xi8>, tensor<4xi1>, tensor<i4>
}

// -----

// Rows that do not fill 32-bit words are bytes, the last one zero-padded:
// 5 x 3 bits take 2 bytes. Results are packed before the return.
// CHECK-LABEL: func.func @bytes
// CHECK-SAME: (%[[A:.*]]: tensor<?x2xi8> {tessel.unpacked_type = tensor<?x5xi3>})
// CHECK-SAME: -> (tensor<?x2xi8> {tessel.unpacked_type = tensor<?x5xi3>})
// CHECK: %[[D:.*]] = tensor.dim %[[A]], %c0
// CHECK: %[[E:.*]] = tensor.empty(%[[D]]) : tensor<?x5xi3>
// CHECK: %[[U:.*]] = tessel.unpack ins(%[[A]] : tensor<?x2xi8>) outs(%[[E]] : tensor<?x5xi3>)
// CHECK: %[[P:.*]] = tessel.pack ins(%[[U]] : tensor<?x5xi3>) outs(%{{.*}} : tensor<?x2xi8>)
// CHECK: return %[[P]]
// SIG: "bytes(i3[?0x5])->(i3[?0x5])\00"
func.func @bytes(%a: tensor<?x5xi3>) -> tensor<?x5xi3> {
  return %a : tensor<?x5xi3>
}

// -----

// Calls inside the module keep the logical types; private functions are
// not part of the boundary.
// CHECK-LABEL: func.func private @helper(%{{.*}}: tensor<8x3xi4>) -> tensor<8x3xi4>
// CHECK-LABEL: func.func @callee
// CHECK-SAME: (%{{.*}}: tensor<8x2xi8> {tessel.unpacked_type = tensor<8x3xi4>}) -> (tensor<8x2xi8> {tessel.unpacked_type = tensor<8x3xi4>})
// CHECK-LABEL: func.func @caller
// CHECK: %[[P:.*]] = tessel.pack ins(%{{.*}} : tensor<8x3xi4>) outs(%{{.*}} : tensor<8x2xi8>)
// CHECK: %[[R:.*]] = call @callee(%[[P]]) : (tensor<8x2xi8>) -> tensor<8x2xi8>
// CHECK: %[[U:.*]] = tessel.unpack ins(%[[R]] : tensor<8x2xi8>) outs(%{{.*}} : tensor<8x3xi4>)
// CHECK: call @helper(%[[U]])
func.func private @helper(%a: tensor<8x3xi4>) -> tensor<8x3xi4> {
  return %a : tensor<8x3xi4>
}
func.func @callee(%a: tensor<8x3xi4>) -> tensor<8x3xi4> {
  return %a : tensor<8x3xi4>
}
func.func @caller(%a: tensor<8x3xi4>) -> tensor<8x3xi4> {
  %r = call @callee(%a) : (tensor<8x3xi4>) -> tensor<8x3xi4>
  %h = call @helper(%r) : (tensor<8x3xi4>) -> tensor<8x3xi4>
  return %h : tensor<8x3xi4>
}

// -----

// The packed rows do not say how many values they hold.
// expected-error @+1 {{argument #0 has type 'tensor<4x?xi4>': a sub-byte integer tensor crosses the runtime boundary packed, so its last dimension must be static}}
func.func @dynamic_row(%a: tensor<4x?xi4>) -> tensor<4xf32> {
  %e = tensor.empty() : tensor<4xf32>
  return %e : tensor<4xf32>
}
