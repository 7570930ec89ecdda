// The functions of ../CPU/packed-qmatmul.mlir through tessel-cuda-pipeline:
// every qmatmul becomes convert-tessel-to-gpu's kernel (none is left to the
// generic path). On every machine the bundle must build; where a GPU is
// present (lit feature cuda) every result must also match the float64
// reference, with outputs poisoned before the call.

// RUN: tessel-opt %S/../CPU/packed-qmatmul.mlir --convert-tessel-to-gpu | FileCheck %s --check-prefix=KERNEL
// RUN: rm -rf %t && tessel-run %S/../CPU/packed-qmatmul.mlir --target=cuda --bundle=%t --seed=1 --check
// RUN: FileCheck %s --check-prefix=BUNDLE < %t/bundle.txt
// RUN: %if cuda %{ tessel-exec --bundle=%t | FileCheck %s --check-prefix=GPU %}

// KERNEL-NOT: tessel.qmatmul
// KERNEL-NOT: tessel.unpack
// KERNEL-COUNT-12: gpu.launch
// KERNEL-NOT: tessel.qmatmul

// BUNDLE: target cuda
// BUNDLE: expect

// GPU: device:
// GPU-COUNT-12: : ok
// GPU-NOT: FAIL
