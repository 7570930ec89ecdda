// RUN: tessel-opt %s --tessel-widen-subbyte-integers --split-input-file --verify-diagnostics | FileCheck %s

#id = affine_map<(d0) -> (d0)>

// i4 tensors become i8 containers: scalars are truncated where read and
// zero-extended where written; i1 and wider integers are unchanged.
// CHECK-LABEL: func.func @widen(%{{.*}}: tensor<8xi8>, %{{.*}}: tensor<8xi1>) -> tensor<8xi8>
// CHECK:         tensor.empty() : tensor<8xi8>
// CHECK:         linalg.generic
// CHECK:         ^bb0(%[[IN:.*]]: i8, %{{.*}}: i1, %{{.*}}: i8):
// CHECK:           %[[T:.*]] = arith.trunci %[[IN]] : i8 to i4
// CHECK:           %[[ADD:.*]] = arith.addi %[[T]], %[[T]] : i4
// CHECK:           %[[E:.*]] = arith.extui %{{.*}} : i4 to i8
// CHECK:           linalg.yield %[[E]] : i8
// CHECK:         } -> tensor<8xi8>
func.func @widen(%x: tensor<8xi4>, %m: tensor<8xi1>) -> tensor<8xi4> {
  %e = tensor.empty() : tensor<8xi4>
  %r = linalg.generic {indexing_maps = [#id, #id, #id], iterator_types = ["parallel"]}
      ins(%x, %m : tensor<8xi4>, tensor<8xi1>) outs(%e : tensor<8xi4>) {
  ^bb0(%in: i4, %keep: i1, %out: i4):
    %d = arith.addi %in, %in : i4
    %s = arith.select %keep, %d, %out : i4
    linalg.yield %s : i4
  } -> tensor<8xi4>
  return %r : tensor<8xi4>
}

// -----

// Constants and gathers.
// CHECK-LABEL: func.func @constants_and_extract
// CHECK:         arith.constant dense<[1, 15]> : tensor<2xi8>
// CHECK:         %[[X:.*]] = tensor.extract %{{.*}} : tensor<2xi8>
// CHECK:         arith.trunci %[[X]] : i8 to i4
func.func @constants_and_extract(%i: index) -> i4 {
  %c = arith.constant dense<[1, -1]> : tensor<2xi4>
  %x = tensor.extract %c[%i] : tensor<2xi4>
  return %x : i4
}

// -----

func.func @unknown_op(%x: tensor<8xi4>) -> tensor<8xi4> {
  // expected-error @below {{cannot widen the sub-byte integer tensors of this op}}
  %r = tessel.relayout ins(%x : tensor<8xi4>) outs(%x : tensor<8xi4>) -> tensor<8xi4>
  return %r : tensor<8xi4>
}
