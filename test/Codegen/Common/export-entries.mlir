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

// Dynamic sizes become symbols; sizes that must be equal share one.
// CHECK: @_tessel_signature_dynamic("dynamic(f32[?0x3],f32[?1])->(f32[?0x3],f32[?1],f32[?0x3])\00")
func.func @dynamic(%a: tensor<?x3xf32>, %b: tensor<?xf32>) -> (tensor<?x3xf32>, tensor<?xf32>, tensor<?x3xf32>) {
  %c0 = arith.constant 0 : index
  %n = tensor.dim %a, %c0 : tensor<?x3xf32>
  %e = tensor.empty(%n) : tensor<?x3xf32>
  return %a, %b, %e : tensor<?x3xf32>, tensor<?xf32>, tensor<?x3xf32>
}

// -----

// Attention requires the key and value lengths to be equal, and the query
// and key batches; the mask's key length too. The query length stays free.
// CHECK: @_tessel_signature_decode("decode(f32[?0x8x?1x64],f32[?0x2x?2x64],f32[?0x2x?2x64],i1[1x1x?1x?2])->(f32[?0x8x?1x64])\00")
func.func @decode(%q: tensor<?x8x?x64xf32>, %k: tensor<?x2x?x64xf32>, %v: tensor<?x2x?x64xf32>, %m: tensor<1x1x?x?xi1>) -> tensor<?x8x?x64xf32> {
  %c0 = arith.constant 0 : index
  %c2 = arith.constant 2 : index
  %b = tensor.dim %q, %c0 : tensor<?x8x?x64xf32>
  %s = tensor.dim %q, %c2 : tensor<?x8x?x64xf32>
  %e = tensor.empty(%b, %s) : tensor<?x8x?x64xf32>
  %o = tessel.attention ins(%q, %k, %v : tensor<?x8x?x64xf32>, tensor<?x2x?x64xf32>, tensor<?x2x?x64xf32>) mask(%m : tensor<1x1x?x?xi1>) outs(%e : tensor<?x8x?x64xf32>) -> tensor<?x8x?x64xf32>
  return %o : tensor<?x8x?x64xf32>
}

// -----

// A dynamic size that an op ties to a static one is static in the signature,
// and linalg's indexing maps relate the operands of a matmul.
// CHECK: @_tessel_signature_matmul("matmul(f32[?0x64],f32[64x?1])->(f32[?0x?1])\00")
func.func @matmul(%a: tensor<?x?xf32>, %b: tensor<64x?xf32>) -> tensor<?x?xf32> {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %zero = arith.constant 0.0 : f32
  %m = tensor.dim %a, %c0 : tensor<?x?xf32>
  %n = tensor.dim %b, %c1 : tensor<64x?xf32>
  %e = tensor.empty(%m, %n) : tensor<?x?xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<?x?xf32>) -> tensor<?x?xf32>
  %o = linalg.matmul ins(%a, %b : tensor<?x?xf32>, tensor<64x?xf32>) outs(%f : tensor<?x?xf32>) -> tensor<?x?xf32>
  return %o : tensor<?x?xf32>
}

// -----

// A result's size must be an argument's: the runtime allocates it first.
func.func @grown(%a: tensor<?xf32>) -> tensor<?xf32> {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %n = tensor.dim %a, %c0 : tensor<?xf32>
  %n1 = arith.addi %n, %c1 : index
  %e = tensor.empty(%n1) : tensor<?xf32>
  // expected-error @below {{result #0 has dynamic dimension 0 whose size is not a dimension of an argument}}
  return %e : tensor<?xf32>
}

// -----

// An op whose size requirements are unknown refuses dynamic shapes.
func.func @concat(%a: tensor<?xf32>, %b: tensor<4xf32>) -> tensor<?xf32> {
  // expected-error @below {{'tensor.concat' on dynamically shaped tensors: the sizes it requires to be equal are not known}}
  %c = tensor.concat dim(0) %a, %b : (tensor<?xf32>, tensor<4xf32>) -> tensor<?xf32>
  return %c : tensor<?xf32>
}

// -----

// Grouped heads: Hq must be a multiple of Hkv, no equality.
func.func @heads(%q: tensor<1x?x4x64xf32>, %k: tensor<1x2x16x64xf32>, %v: tensor<1x2x16x64xf32>, %e: tensor<1x?x4x64xf32>) -> tensor<1x?x4x64xf32> {
  // expected-error @below {{'tessel.attention' needs dimension 1 of operand #0 to be static}}
  %o = tessel.attention ins(%q, %k, %v : tensor<1x?x4x64xf32>, tensor<1x2x16x64xf32>, tensor<1x2x16x64xf32>) outs(%e : tensor<1x?x4x64xf32>) -> tensor<1x?x4x64xf32>
  return %o : tensor<1x?x4x64xf32>
}

// -----

// A reshape that splits a dynamic size cannot be checked.
func.func @split(%a: tensor<?xf32>, %n: index) -> tensor<?x4xf32> {
  // expected-error @below {{'tensor.expand_shape' splits or merges dynamic dimension 0}}
  %r = tensor.expand_shape %a [[0, 1]] output_shape [%n, 4] : tensor<?xf32> into tensor<?x4xf32>
  return %r : tensor<?x4xf32>
}

// -----

// expected-error @below {{result #0 has type 'f32'}}
func.func @scalar(%a: tensor<3xf32>) -> f32 {
  %c = arith.constant 0.0 : f32
  return %c : f32
}


// -----

// A dynamic size that ops tie to two different static sizes.
// expected-error @below {{sizes 4 and 5 are required to be equal}}
func.func @conflict(%a: tensor<?xf32>, %b: tensor<4xf32>, %c: tensor<5xf32>) -> tensor<?xf32> {
  %e = tensor.empty() : tensor<4xf32>
  %x = linalg.add ins(%a, %b : tensor<?xf32>, tensor<4xf32>) outs(%e : tensor<4xf32>) -> tensor<4xf32>
  %e2 = tensor.empty() : tensor<5xf32>
  %y = linalg.add ins(%a, %c : tensor<?xf32>, tensor<5xf32>) outs(%e2 : tensor<5xf32>) -> tensor<5xf32>
  return %a : tensor<?xf32>
}
