// The functions of ../CPU/zero-extents.mlir through tessel-cuda-pipeline:
// zero-extent dimensions give empty or zero results and launch nothing that
// reads out of bounds. The bundle must build everywhere; where a GPU is
// present every result must match the float64 reference.

// RUN: rm -rf %t && tessel-run %S/../CPU/zero-extents.mlir --target=cuda --bundle=%t --seed=2 --check
// RUN: FileCheck %s --check-prefix=BUNDLE < %t/bundle.txt
// RUN: %if cuda %{ tessel-exec --bundle=%t | FileCheck %s --check-prefix=GPU %}

// BUNDLE: function matmul_k0
// BUNDLE: function attention_sq0_residual
// BUNDLE: function attention_batch0
// BUNDLE: function softmax_no_rows
// BUNDLE: function qmatmul_no_rows
// GPU-NOT: FAIL
// GPU-COUNT-5: check {{.*}}: ok
