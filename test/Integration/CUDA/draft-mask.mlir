// The functions of ../CPU/draft-mask.mlir (edge shapes included) compiled by
// tessel-cuda-pipeline. On every machine the bundle must build: kernels to
// PTX, host code to a library, inputs and float64 references written. Where
// a GPU is present (lit feature cuda) every result must also match the
// reference, with outputs poisoned before the call.

// RUN: rm -rf %t && tessel-run %S/../CPU/draft-mask.mlir --target=cuda --bundle=%t --seed=1 --check
// RUN: FileCheck %s --check-prefix=BUNDLE < %t/bundle.txt
// RUN: %if cuda %{ tessel-exec --bundle=%t | FileCheck %s --check-prefix=GPU %}

// BUNDLE: target cuda
// BUNDLE: expect

// GPU: device:
// GPU-COUNT-6: : ok
// GPU-NOT: FAIL
