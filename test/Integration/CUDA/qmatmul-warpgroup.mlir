// The functions of ../CPU/qmatmul-warpgroup.mlir through tessel-cuda-pipeline
// for sm_90: every qmatmul becomes the mixed-input GEMM (wgmma with the
// weights in registers, TMA, a producer warpgroup). On every machine the
// bundle must build; where a GPU is present (lit feature cuda) every result
// must also match the float64 reference, with outputs poisoned before the
// call.

// RUN: tessel-opt %S/../CPU/qmatmul-warpgroup.mlir --tessel-pack-subbyte-boundary --tessel-cuda-configure="warpgroup-mma=1" --convert-tessel-to-gpu | FileCheck %s --check-prefix=KERNEL
// RUN: rm -rf %t && tessel-run %S/../CPU/qmatmul-warpgroup.mlir --target=cuda --bundle=%t --seed=7 --check
// RUN: FileCheck %s --check-prefix=BUNDLE < %t/bundle.txt
// RUN: %if cuda %{ tessel-exec --bundle=%t | FileCheck %s --check-prefix=GPU %}

// KERNEL-NOT: tessel.qmatmul
// KERNEL-NOT: tessel.unpack
// KERNEL-COUNT-10: nvvm.fence.mbarrier.init
// KERNEL-NOT: tessel.qmatmul

// BUNDLE: target cuda
// BUNDLE: expect

// GPU: device:
// GPU-COUNT-10: : ok
// GPU-NOT: FAIL
