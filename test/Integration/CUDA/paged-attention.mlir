// The functions of ../CPU/paged-attention.mlir through tessel-cuda-pipeline.
// tessel-cuda-configure gives the split-KV decode kernel (tessel.kv_splits)
// to the nine paged ops it takes (f16 and bf16, head dimensions 64, 128
// and 256); the kernel reads the pages through the block table inside its
// K and V copies, and configure expands the two f32 ops into gathers and
// masked attention for the generic path. Random tables hold entries past the pool
// and random lengths run past the table's capacity, so the masking of the
// contract is exercised on the GPU too. On every machine the bundles must
// build; where a GPU is present (lit feature cuda) every result must match
// the float64 reference, with outputs poisoned before the call.

// RUN: tessel-opt %S/../CPU/paged-attention.mlir --tessel-cuda-configure=target=h200 | FileCheck %s --check-prefix=CONFIG
// RUN: tessel-opt %S/../CPU/paged-attention.mlir --tessel-cuda-configure=target=h200 --convert-tessel-to-gpu | FileCheck %s --check-prefix=KERNEL
// RUN: rm -rf %t && tessel-run %S/../CPU/paged-attention.mlir --target=cuda --cost-target=h200 --bundle=%t --seed=11 --check
// RUN: rm -rf %t.3 && tessel-run %S/../CPU/paged-attention.mlir --target=cuda --kv-splits=3 --decode-prefetch=1 --bundle=%t.3 --seed=12 --check
// RUN: %if cuda %{ tessel-exec --bundle=%t | FileCheck %s --check-prefix=GPU %}
// RUN: %if cuda %{ tessel-exec --bundle=%t.3 | FileCheck %s --check-prefix=GPU %}

// CONFIG: tessel.paged_attention {{.*}}xbf16>{{.*}}tessel.kv_splits = {{[0-9]+}} : i64
// CONFIG-NOT: tessel.paged_attention
// CONFIG: tessel.attention {{.*}}mask({{.*}}xi1>)
// CONFIG-COUNT-2: tessel.paged_attention {{.*}}tessel.kv_splits = {{[0-9]+}} : i64
// CONFIG-NOT: tessel.paged_attention
// CONFIG: tessel.attention {{.*}}mask({{.*}}xi1>)
// CONFIG-COUNT-6: tessel.paged_attention {{.*}}tessel.kv_splits = {{[0-9]+}} : i64

// KERNEL: func.func @paged_decode_bf16
// KERNEL-NOT: tessel.paged_attention
// The table's entry of each key, then its row of the pool copied.
// KERNEL: memref.load %{{.*}} : memref<3x4xi32>
// KERNEL: nvgpu.device_async_copy {{.*}} : memref<9x16x2x64xbf16> to
// KERNEL: func.func @paged_causal_f32
// KERNEL: tessel.attention {{.*}}mask(
// KERNEL-NOT: tessel.paged_attention

// GPU: device:
// GPU-COUNT-12: : ok
// GPU-NOT: FAIL
