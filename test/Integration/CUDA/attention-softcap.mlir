// The functions of ../CPU/attention-softcap.mlir through the CUDA pipeline.
// The tensor-core kernels apply the cap to every score before the online
// softmax (the mma.sync kernel, and the Hopper kernel on sm_90); the f32 op
// and the ones with element masks take the generic path, and the decode
// kernel leaves capped ops to the prefill kernels. On every machine the
// bundle must build; where a GPU is present (lit feature cuda) every result
// must also match the float64 reference, with outputs poisoned first.

// RUN: tessel-opt %S/../CPU/attention-softcap.mlir --convert-tessel-to-gpu | FileCheck %s --check-prefix=MMA
// RUN: tessel-opt %S/../CPU/attention-softcap.mlir --tessel-cuda-configure="warpgroup-mma=1" --convert-tessel-to-gpu | FileCheck %s --check-prefix=WGMMA
// RUN: rm -rf %t && tessel-run %S/../CPU/attention-softcap.mlir --target=cuda --bundle=%t --seed=5 --check
// RUN: FileCheck %s --check-prefix=BUNDLE < %t/bundle.txt
// RUN: %if cuda %{ tessel-exec --bundle=%t | FileCheck %s --check-prefix=GPU %}

// MMA-LABEL: func.func @capped_f32
// MMA: tessel.attention
// MMA-LABEL: func.func @capped_gqa
// MMA-NOT: tessel.attention
// MMA: math.tanh
// MMA: nvvm.mma.sync
// MMA-LABEL: func.func @capped_full
// MMA-NOT: tessel.attention
// MMA: math.tanh
// MMA: nvvm.mma.sync
// MMA-LABEL: func.func @capped_masks
// MMA-COUNT-2: tessel.attention
// MMA-LABEL: func.func @capped_decode
// MMA-NOT: tessel.attention
// MMA: math.tanh

// WGMMA-LABEL: func.func @capped_gqa
// WGMMA-NOT: tessel.attention
// WGMMA: nvvm.fence.mbarrier.init
// WGMMA: math.tanh
// WGMMA-LABEL: func.func @capped_full
// WGMMA-NOT: tessel.attention
// WGMMA: nvvm.fence.mbarrier.init
// WGMMA: math.tanh

// BUNDLE: target cuda
// BUNDLE: expect

// GPU: device:
// GPU-COUNT-6: : ok
// GPU-NOT: FAIL
