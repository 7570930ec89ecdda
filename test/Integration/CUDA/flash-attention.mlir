// The functions of ../CPU/flash-attention.mlir through tessel-cuda-pipeline:
// every attention becomes convert-tessel-to-gpu's fused kernel (none is
// left to the generic path). On every machine the bundle must build; where
// a GPU is present (lit feature cuda) every result must also match the
// float64 reference, with outputs poisoned before the call.

// RUN: tessel-opt %S/../CPU/flash-attention.mlir --convert-tessel-to-gpu | FileCheck %s --check-prefix=KERNEL
// RUN: rm -rf %t && tessel-run %S/../CPU/flash-attention.mlir --target=cuda --bundle=%t --seed=3 --check
// RUN: FileCheck %s --check-prefix=BUNDLE < %t/bundle.txt
// RUN: %if cuda %{ tessel-exec --bundle=%t | FileCheck %s --check-prefix=GPU %}

// KERNEL-NOT: tessel.attention
// KERNEL-NOT: linalg.
// KERNEL-COUNT-13: gpu.launch
// KERNEL-NOT: linalg.
// KERNEL-NOT: tessel.attention

// BUNDLE: target cuda
// BUNDLE: expect

// GPU: device:
// GPU-COUNT-13: : ok
// GPU-NOT: FAIL
