// RUN: python3 %S/mutation-fuzz.py --shapes %S/../Integration/CPU/attention.mlir 40 tessel-opt --tessel-cpu-pipeline | FileCheck %s
// RUN: python3 %S/mutation-fuzz.py --shapes %S/../Integration/CPU/attention.mlir 40 tessel-opt --tessel-cuda-pipeline | FileCheck %s
// RUN: python3 %S/mutation-fuzz.py --shapes %S/../Integration/CPU/qmatmul.mlir 40 tessel-opt --tessel-cpu-pipeline | FileCheck %s
// RUN: python3 %S/mutation-fuzz.py --shapes %S/../Integration/CPU/qmatmul-warpgroup.mlir 40 tessel-opt --tessel-cuda-pipeline | FileCheck %s
// RUN: python3 %S/mutation-fuzz.py --shapes %S/../Integration/CPU/data-movement.mlir 40 tessel-opt --tessel-cpu-pipeline | FileCheck %s

// Shape-consistent mutants through the pipelines: one extent of a function
// becomes 0, 1, 2^40 or dynamic everywhere it occurs, a narrow integer type
// becomes another, or two results of one type become the same value twice.
// More of these are valid IR than token mutants, so they reach the passes;
// each is compiled or rejected with a diagnostic, never a crash or a hang.
// (By hand on 2026-12-06: every test/Integration/CPU input, 60 mutants per
// input and pipeline; docs/Reliability.md.)
// CHECK: {{[0-9]+}} passed, 0 failed
