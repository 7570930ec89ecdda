// ../CPU/packed-boundary.mlir through tessel-cuda-pipeline: packed sub-byte
// arguments and results are copied to and from the GPU as their packed
// rows; the i4 weights argument reaches the qmatmul kernel as words, and
// where a GPU is present every result matches the reference.

// RUN: rm -rf %t && tessel-run %S/../CPU/packed-boundary.mlir --target=cuda --bundle=%t --seed=3 --check
// RUN: tessel-opt %S/../CPU/packed-boundary.mlir --tessel-cuda-pipeline --mlir-print-ir-after=convert-tessel-to-gpu -o /dev/null 2>&1 | FileCheck %s --check-prefix=KERNEL
// RUN: %if cuda %{ tessel-exec --bundle=%t | FileCheck %s --check-prefix=GPU %}

// KERNEL-LABEL: func.func @qmatmul_i4
// KERNEL-SAME: %{{.*}}: tensor<16x8xi32>,
// KERNEL-NOT: tessel.qmatmul
// KERNEL: gpu.launch
// KERNEL-LABEL: func.func @unpack_i3

// GPU: device:
// GPU-NOT: FAIL
// GPU: check qmatmul_i4 result 0 {{.*}}: ok
// GPU: check unpack_i3 result 0 {{.*}}: ok
// GPU: check repack_i3 result 0 {{.*}}: ok
// GPU: check unpack_odd_i4 result 0 {{.*}}: ok
// GPU: check scalar_and_i7 result 0 {{.*}}: ok
// GPU: check scalar_and_i7 result 1 {{.*}}: ok
