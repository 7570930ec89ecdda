// RUN: python3 %S/mutation-fuzz.py %S/../Dialect/Tessel/ops.mlir 300 tessel-opt | FileCheck %s
// RUN: python3 %S/mutation-fuzz.py %S/../Dialect/Tessel/invalid.mlir 200 tessel-opt | FileCheck %s

// Corrupted IR is accepted or rejected with a diagnostic, never a crash.
// CHECK: {{[0-9]+}} passed, 0 failed
