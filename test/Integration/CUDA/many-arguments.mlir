// ../CPU/many-arguments.mlir (40 tensors) through tessel-cuda-pipeline: the
// host code exports _tessel_packed_sum39 too, and where a GPU is present the
// result matches the reference.

// RUN: rm -rf %t && tessel-run %S/../CPU/many-arguments.mlir --target=cuda --bundle=%t --seed=3 --check
// RUN: tessel-opt %S/../CPU/many-arguments.mlir --tessel-cuda-pipeline | FileCheck %s --check-prefix=PACKED
// RUN: %if cuda %{ tessel-exec --bundle=%t | FileCheck %s --check-prefix=GPU %}

// PACKED: llvm.func @_tessel_packed_sum39(

// GPU: device:
// GPU: check sum39 result 0 {{.*}}: ok
