// The functions of ../CPU/dynamic-shapes.mlir (sizes given at call time)
// through tessel-cuda-pipeline: bundles of one library at two sets of sizes
// build, and where a GPU is present every result matches the reference.

// RUN: rm -rf %t.a %t.b
// RUN: tessel-run %S/../CPU/dynamic-shapes.mlir --target=cuda --bundle=%t.a --seed=1 --check --dynamic-sizes=2,300
// RUN: tessel-run %S/../CPU/dynamic-shapes.mlir --target=cuda --bundle=%t.b --seed=2 --check --dynamic-sizes=1,17
// RUN: FileCheck %s --check-prefix=BUNDLE < %t.a/bundle.txt
// RUN: %if cuda %{ tessel-exec --bundle=%t.a | FileCheck %s --check-prefix=GPU %}
// RUN: %if cuda %{ tessel-exec --bundle=%t.b | FileCheck %s --check-prefix=GPU %}

// BUNDLE: target cuda
// BUNDLE: expect

// GPU: device:
// GPU-COUNT-6: : ok
// GPU-NOT: FAIL
