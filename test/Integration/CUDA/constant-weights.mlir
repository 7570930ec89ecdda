// The functions of ../CPU/constant-weights.mlir through tessel-cuda-pipeline:
// tessel-cuda-configure marks each qmatmul whose constant weights the kernel
// reads packed, tessel-propagate-layouts packs them into i32 words, and every qmatmul becomes convert-tessel-to-gpu's kernel (none is
// left to the generic path). Where a GPU is present (lit feature cuda)
// every result must also match the float64 reference, with outputs
// poisoned before the call.

// RUN: tessel-opt %S/../CPU/constant-weights.mlir --tessel-cuda-configure=cost-model=fixed --tessel-propagate-layouts --convert-tessel-to-gpu | FileCheck %s --check-prefix=KERNEL
// RUN: tessel-opt %S/../CPU/constant-weights.mlir --convert-tessel-to-gpu | FileCheck %s --check-prefix=GENERIC
// RUN: rm -rf %t && tessel-run %S/../CPU/constant-weights.mlir --target=cuda --bundle=%t --seed=3 --check
// RUN: %if cuda %{ tessel-exec --bundle=%t | FileCheck %s --check-prefix=GPU %}

// KERNEL-NOT: tessel.qmatmul
// KERNEL-COUNT-4: gpu.launch
// KERNEL-NOT: tessel.qmatmul

// Without the layout choice the kernel does not take byte-per-weight
// constants.
// GENERIC-COUNT-4: tessel.qmatmul
// GENERIC-NOT: gpu.launch

// GPU-NOT: FAIL
// GPU-COUNT-4: : ok
// GPU-NOT: FAIL
