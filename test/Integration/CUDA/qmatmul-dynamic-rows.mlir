// ../CPU/qmatmul-dynamic-rows.mlir through tessel-cuda-pipeline for sm_90:
// each qmatmul becomes the mixed-input GEMM with its row blocks and bounds
// computed from the run-time size (and split-K's second kernel too). One
// library per size is bundled; where a GPU is present each result matches
// the float64 reference.

// RUN: tessel-opt %S/../CPU/qmatmul-dynamic-rows.mlir --tessel-cuda-pipeline --mlir-print-ir-after=convert-tessel-to-gpu -o /dev/null 2>&1 | FileCheck %s --check-prefix=KERNEL
// RUN: rm -rf %t1 %t300 && tessel-run %S/../CPU/qmatmul-dynamic-rows.mlir --target=cuda --bundle=%t1 --seed=4 --dynamic-sizes=1 --check
// RUN: tessel-run %S/../CPU/qmatmul-dynamic-rows.mlir --target=cuda --bundle=%t300 --seed=6 --dynamic-sizes=300 --check
// RUN: %if cuda %{ tessel-exec --bundle=%t1 | FileCheck %s --check-prefix=GPU %}
// RUN: %if cuda %{ tessel-exec --bundle=%t300 | FileCheck %s --check-prefix=GPU %}

// KERNEL-LABEL: func.func @rows
// KERNEL: %[[M:.*]] = memref.dim
// KERNEL: %[[B:.*]] = arith.ceildivui %[[M]], %c128
// KERNEL: gpu.launch blocks({{.*}}) in ({{.*}} = %c2, {{.*}} = %[[B]], {{.*}} = %c1)
// KERNEL-NOT: tessel.qmatmul
// KERNEL-LABEL: func.func @batch_bias
// KERNEL: gpu.launch
// KERNEL-NOT: tessel.qmatmul
// KERNEL-LABEL: func.func @split_residual
// KERNEL-COUNT-2: gpu.launch
// KERNEL-NOT: tessel.qmatmul

// GPU: device:
// GPU-NOT: FAIL
// GPU: check rows result 0 {{.*}}: ok
// GPU: check batch_bias result 0 {{.*}}: ok
// GPU: check split_residual result 0 {{.*}}: ok
