// The functions of ../CPU/packed-qmatmul.mlir through tessel-cuda-pipeline:
// every qmatmul becomes convert-tessel-to-gpu's kernel (none is left to the
// generic path). On every machine the bundle must build; where a GPU is
// present (lit feature cuda) every result must also match the float64
// reference, with outputs poisoned before the call.

// RUN: tessel-opt %S/../CPU/packed-qmatmul.mlir --convert-tessel-to-gpu | FileCheck %s --check-prefix=KERNEL
// RUN: tessel-opt %S/../CPU/packed-qmatmul.mlir --convert-tessel-to-gpu | FileCheck %s --check-prefix=MMA
// RUN: rm -rf %t %t-cores && tessel-run %S/../CPU/packed-qmatmul.mlir --target=cuda --tensor-cores=0 --bundle=%t-cores --seed=2 --check
// RUN: %if cuda %{ tessel-exec --bundle=%t-cores | FileCheck %s --check-prefix=GPU %}
// RUN: tessel-run %S/../CPU/packed-qmatmul.mlir --target=cuda --bundle=%t --seed=1 --check
// RUN: FileCheck %s --check-prefix=BUNDLE < %t/bundle.txt
// RUN: %if cuda %{ tessel-exec --bundle=%t | FileCheck %s --check-prefix=GPU %}

// KERNEL-NOT: tessel.qmatmul
// KERNEL-NOT: tessel.unpack
// KERNEL-COUNT-20: gpu.launch
// KERNEL-NOT: tessel.qmatmul

// Tensor cores for the f16 and bf16 cases with K a multiple of 128: the
// paired form from one row (no zero points, groups of 128 or more), the
// f32-dequantizing form from 8 rows; CUDA cores otherwise.
// MMA-LABEL: func.func @w4_decode
// MMA: arith.subf {{.*}} : vector<2xbf16>
// MMA: nvvm.mma.sync
// MMA-LABEL: func.func @w4_partial_step
// MMA-NOT: nvvm.mma.sync
// MMA-LABEL: func.func @w3_straddle
// MMA-LABEL: func.func @w4_prime_rows
// MMA: nvvm.mma.sync
// MMA-LABEL: func.func @mma_w3_rows9_gelu
// MMA: nvvm.mma.sync
// MMA-LABEL: func.func @mma_w4_long_k
// MMA: scf.for
// MMA: nvvm.mma.sync

// BUNDLE: target cuda
// BUNDLE: expect

// GPU: device:
// GPU-COUNT-20: : ok
// GPU-NOT: FAIL
