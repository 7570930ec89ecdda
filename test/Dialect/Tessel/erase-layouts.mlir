// RUN: tessel-opt %s --tessel-erase-layouts | FileCheck %s

// Layout encodings disappear from signatures, ops and block arguments;
// other encodings stay.
// CHECK-LABEL: func.func @erase(%{{.*}}: tensor<4x8xf32>) -> tensor<4x8xf32>
// CHECK:         tensor.empty() : tensor<4x8xf32>
// CHECK:         tessel.relayout ins(%{{.*}} : tensor<4x8xf32>) outs(%{{.*}} : tensor<4x8xf32>) -> tensor<4x8xf32>
// CHECK-NOT:     #tessel.layout
func.func @erase(%x: tensor<4x8xf32, #tessel.layout<(4, 8):(8, 1)>>) -> tensor<4x8xf32> {
  %e = tensor.empty() : tensor<4x8xf32>
  %a = tessel.relayout ins(%x : tensor<4x8xf32, #tessel.layout<(4, 8):(8, 1)>>) outs(%e : tensor<4x8xf32>) -> tensor<4x8xf32>
  return %a : tensor<4x8xf32>
}

// CHECK-LABEL: func.func @other_encoding(%{{.*}}: tensor<4xf32, "other">)
func.func @other_encoding(%x: tensor<4xf32, "other">) -> tensor<4xf32, "other"> {
  return %x : tensor<4xf32, "other">
}


// A constant in a layout keeps its values and loses the encoding with its
// type.
// CHECK-LABEL: func.func @encoded_constant
// CHECK:         arith.constant dense<[1.000000e+00, 2.000000e+00]> : tensor<2xf32>
// CHECK-NOT:     tessel.layout
func.func @encoded_constant() -> tensor<2xf32, #tessel.layout<(2):(1)>> {
  %c = arith.constant dense<[1.0, 2.0]> : tensor<2xf32, #tessel.layout<(2):(1)>>
  return %c : tensor<2xf32, #tessel.layout<(2):(1)>>
}
