// The functions of ../CPU/attention-window.mlir through the CUDA pipeline.
// The mma.sync kernel masks keys outside the window and starts its key
// loop at the block of the first row's window; the Hopper and decode
// kernels leave windows to it, and f32 takes the generic path. On every
// machine the bundle must build; where a GPU is present (lit feature cuda)
// every result must also match the float64 reference.

// RUN: tessel-opt %S/../CPU/attention-window.mlir --tessel-cuda-configure="warpgroup-mma=1" --convert-tessel-to-gpu | FileCheck %s --check-prefix=MMA
// RUN: rm -rf %t && tessel-run %S/../CPU/attention-window.mlir --target=cuda --bundle=%t --seed=7 --check
// RUN: FileCheck %s --check-prefix=BUNDLE < %t/bundle.txt
// RUN: %if cuda %{ tessel-exec --bundle=%t | FileCheck %s --check-prefix=GPU %}

// MMA-LABEL: func.func @window_one_f32
// MMA: tessel.attention causal window(1)
// MMA-LABEL: func.func @window_gqa
// MMA-NOT: tessel.attention
// MMA-NOT: nvgpu.warpgroup.mma
// MMA: nvvm.mma.sync
// MMA-LABEL: func.func @window_offsets
// MMA-NOT: tessel.attention
// MMA: nvvm.mma.sync
// MMA-LABEL: func.func @window_late_keys
// MMA-NOT: tessel.attention
// MMA: nvvm.mma.sync
// MMA-LABEL: func.func @window_more_queries
// MMA-NOT: tessel.attention
// MMA: nvvm.mma.sync
// MMA-LABEL: func.func @window_decode
// MMA-NOT: tessel.attention
// MMA-NOT: tessel.kv_splits
// MMA: nvvm.mma.sync

// BUNDLE: target cuda
// BUNDLE-COUNT-8: expect

// GPU-NOT: FAIL
// GPU: check window_one_f32 result 0 {{.*}} ok
