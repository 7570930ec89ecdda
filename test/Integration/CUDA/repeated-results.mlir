// The functions of ../CPU/repeated-results.mlir (one value returned twice)
// through tessel-cuda-pipeline: the bundle builds (the pipeline crashed
// before), and where a GPU is present every result matches the reference.

// RUN: rm -rf %t && tessel-run %S/../CPU/repeated-results.mlir --target=cuda --bundle=%t --check
// RUN: FileCheck %s --check-prefix=BUNDLE < %t/bundle.txt
// RUN: %if cuda %{ tessel-exec --bundle=%t | FileCheck %s --check-prefix=GPU %}

// BUNDLE: target cuda
// BUNDLE: expect

// GPU: device:
// GPU-COUNT-4: : ok
// GPU-NOT: FAIL
