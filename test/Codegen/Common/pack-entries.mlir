// RUN: tessel-opt %s --tessel-pack-entries --split-input-file --verify-diagnostics | FileCheck %s

// An exported function (a signature and a C interface) gets an entry that
// takes its descriptor pointers as an array; other functions do not.
// CHECK-LABEL: llvm.func @_mlir_ciface_f(
// CHECK:       llvm.func @_tessel_packed_f(%[[A:.*]]: !llvm.ptr) {
// CHECK:         %[[P0:.*]] = llvm.getelementptr %[[A]][0] : (!llvm.ptr) -> !llvm.ptr, !llvm.ptr
// CHECK:         %[[D0:.*]] = llvm.load %[[P0]] : !llvm.ptr -> !llvm.ptr
// CHECK:         %[[P1:.*]] = llvm.getelementptr %[[A]][1] : (!llvm.ptr) -> !llvm.ptr, !llvm.ptr
// CHECK:         %[[D1:.*]] = llvm.load %[[P1]] : !llvm.ptr -> !llvm.ptr
// CHECK:         llvm.call @_mlir_ciface_f(%[[D0]], %[[D1]])
// CHECK:         llvm.return
// CHECK-NOT:   _tessel_packed_g
llvm.mlir.global external constant @_tessel_signature_f("f(f32[2])->(f32[2])\00") {addr_space = 0 : i32}
llvm.func @_mlir_ciface_f(%a: !llvm.ptr, %b: !llvm.ptr) {
  llvm.return
}
llvm.func @_mlir_ciface_g(%a: !llvm.ptr) {
  llvm.return
}

// -----

// expected-error @below {{no C interface _mlir_ciface_h for the exported function}}
llvm.mlir.global external constant @_tessel_signature_h("h()->()\00") {addr_space = 0 : i32}
