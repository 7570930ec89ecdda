// RUN: tessel-opt %s --tessel-export-entries --split-input-file --verify-diagnostics | FileCheck %s

// Public functions get a C interface and their signature as a string;
// private ones are left alone.
// CHECK-LABEL: func.func @f(
// CHECK-SAME:    attributes {llvm.emit_c_interface}
// CHECK:       func.func private @helper
// CHECK-NOT:     llvm.emit_c_interface
// CHECK:       llvm.mlir.global external constant @_tessel_signature_f("f(f32[2x3],i4[4x8],bf16[])->(f32[2x8],i1[3])\00")
// CHECK-NOT:   _tessel_signature_helper
func.func @f(%a: tensor<2x3xf32>, %b: tensor<4x8xi4>, %c: tensor<bf16>) -> (tensor<2x8xf32>, tensor<3xi1>) {
  %x = tensor.empty() : tensor<2x8xf32>
  %y = tensor.empty() : tensor<3xi1>
  return %x, %y : tensor<2x8xf32>, tensor<3xi1>
}
func.func private @helper(%a: tensor<?xf32>) -> tensor<?xf32> {
  return %a : tensor<?xf32>
}

// -----

// expected-error @below {{argument #0 has type 'tensor<?x3xf32>'; an exported function takes and returns statically shaped tensors}}
func.func @dynamic(%a: tensor<?x3xf32>) -> tensor<?x3xf32> {
  return %a : tensor<?x3xf32>
}

// -----

// expected-error @below {{result #0 has type 'f32'}}
func.func @scalar(%a: tensor<3xf32>) -> f32 {
  %c = arith.constant 0.0 : f32
  return %c : f32
}
