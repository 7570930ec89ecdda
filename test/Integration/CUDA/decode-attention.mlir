// The functions of ../CPU/decode-attention.mlir through tessel-cuda-pipeline:
// tessel-cuda-configure gives every one the split-KV decode kernel
// (tessel.kv_splits), which convert-tessel-to-gpu builds as two launches
// (the splits, then their combination). On every machine the bundle must
// build; where a GPU is present (lit feature cuda) every result must also
// match the float64 reference, with outputs poisoned before the call.

// RUN: tessel-opt %S/../CPU/decode-attention.mlir --tessel-cuda-configure=target=h200 | FileCheck %s --check-prefix=CONFIG
// RUN: tessel-opt %S/../CPU/decode-attention.mlir --tessel-cuda-configure=target=h200 --convert-tessel-to-gpu | FileCheck %s --check-prefix=KERNEL
// RUN: tessel-opt %S/../CPU/decode-attention.mlir --tessel-cuda-configure="target=h200 kv-splits=3" | FileCheck %s --check-prefix=GIVEN
// RUN: tessel-opt %S/../CPU/decode-attention.mlir --tessel-cuda-configure="target=h200 decode-kernel=0" | FileCheck %s --check-prefix=OFF
// RUN: rm -rf %t && tessel-run %S/../CPU/decode-attention.mlir --target=cuda --cost-target=h200 --bundle=%t --seed=5 --check
// RUN: rm -rf %t.3 && tessel-run %S/../CPU/decode-attention.mlir --target=cuda --kv-splits=3 --bundle=%t.3 --seed=6 --check
// RUN: %if cuda %{ tessel-exec --bundle=%t | FileCheck %s --check-prefix=GPU %}
// RUN: %if cuda %{ tessel-exec --bundle=%t.3 | FileCheck %s --check-prefix=GPU %}

// CONFIG-COUNT-10: tessel.attention {{.*}}tessel.kv_splits = {{[0-9]+}} : i64
// GIVEN-COUNT-10: tessel.attention {{.*}}tessel.kv_splits = 3 : i64
// OFF-NOT: tessel.kv_splits

// KERNEL-NOT: tessel.attention
// KERNEL-NOT: linalg.
// KERNEL-COUNT-20: gpu.launch
// KERNEL-NOT: tessel.attention

// GPU: device:
// GPU-COUNT-10: : ok
// GPU-NOT: FAIL
