// The functions of ../CPU/dynamic-decode.mlir (a batch and a cache length
// given at call time) through tessel-cuda-pipeline: tessel-cuda-configure
// gives each the split-KV decode kernel, whose splits are ranked for a
// nominal cache and sized from the cache at run time; the grids take the
// run-time batch. One library per set of sizes is bundled (each checks
// against the float64 reference); where a GPU is present every result must
// match, a 4097-key cache and an empty one among them.

// RUN: tessel-opt %S/../CPU/dynamic-decode.mlir --tessel-cuda-configure=target=h200 | FileCheck %s --check-prefix=CONFIG
// RUN: tessel-opt %S/../CPU/dynamic-decode.mlir --tessel-cuda-configure=target=h200 --convert-tessel-to-gpu | FileCheck %s --check-prefix=KERNEL
// RUN: rm -rf %t.a %t.b %t.c
// RUN: tessel-run %S/../CPU/dynamic-decode.mlir --target=cuda --bundle=%t.a --seed=1 --check --dynamic-sizes=2,300
// RUN: tessel-run %S/../CPU/dynamic-decode.mlir --target=cuda --bundle=%t.b --seed=2 --check --dynamic-sizes=1,4097
// RUN: tessel-run %S/../CPU/dynamic-decode.mlir --target=cuda --bundle=%t.c --seed=4 --check --dynamic-sizes=2,0
// RUN: %if cuda %{ tessel-exec --bundle=%t.a | FileCheck %s --check-prefix=GPU %}
// RUN: %if cuda %{ tessel-exec --bundle=%t.b | FileCheck %s --check-prefix=GPU %}
// RUN: %if cuda %{ tessel-exec --bundle=%t.c | FileCheck %s --check-prefix=GPU %}

// CONFIG-COUNT-3: tessel.attention {{.*}}tessel.kv_splits = {{[0-9]+}} : i64

// The partial results and the grid take the batch; the kernel gives each
// split ceil(ceil(Skv / 64) / splits) blocks of the cache's keys.
// KERNEL-LABEL: func.func @gqa_bf16
// KERNEL-DAG: %[[B:.*]] = memref.dim %{{.*}}, %c0 : memref<?x8x1x128xbf16>
// KERNEL-DAG: %[[S:.*]] = memref.dim %{{.*}}, %c2 : memref<?x2x?x128xbf16>
// KERNEL: memref.alloc(%[[B]]) : memref<?x8x1x{{[0-9]+}}x128xf32>
// KERNEL: gpu.launch blocks({{.*}}) in ({{.*}}, {{.*}}, {{.*}} = %[[B]])
// KERNEL: arith.ceildivui %[[S]], %c64
// KERNEL: nvvm.mma.sync
// KERNEL: gpu.launch
// KERNEL-NOT: tessel.attention
// KERNEL-LABEL: func.func @mha_causal_f16
// KERNEL: gpu.launch
// KERNEL: gpu.launch
// KERNEL-NOT: tessel.attention

// GPU: device:
// GPU-COUNT-3: : ok
// GPU-NOT: FAIL
