// The functions of ../CPU/attention-tiles.mlir through tessel-cuda-pipeline
// for sm_90: every attention becomes the Hopper kernel (wgmma, TMA, a
// producer warpgroup). On every machine the bundle must build; where a GPU
// is present (lit feature cuda) every result must also match the float64
// reference, with outputs poisoned before the call.

// RUN: tessel-opt %S/../CPU/attention-tiles.mlir --tessel-cuda-configure="warpgroup-mma=1" --convert-tessel-to-gpu | FileCheck %s --check-prefix=KERNEL
// RUN: rm -rf %t && tessel-run %S/../CPU/attention-tiles.mlir --target=cuda --bundle=%t --seed=3 --check
// RUN: FileCheck %s --check-prefix=BUNDLE < %t/bundle.txt
// RUN: %if cuda %{ tessel-exec --bundle=%t | FileCheck %s --check-prefix=GPU %}

// KERNEL-NOT: tessel.attention
// KERNEL-NOT: linalg.
// KERNEL-COUNT-18: nvvm.fence.mbarrier.init
// KERNEL-NOT: tessel.attention

// BUNDLE: target cuda
// BUNDLE: expect

// GPU: device:
// GPU-COUNT-18: : ok
// GPU-NOT: FAIL
