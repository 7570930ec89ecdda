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
// KERNEL-NOT: linalg.
// KERNEL-COUNT-30: gpu.launch
// KERNEL-NOT: tessel.qmatmul
// KERNEL-NOT: linalg.

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
// With 24 columns (not a multiple of 16) the weights stay in B: 8 columns
// a block.
// MMA-LABEL: func.func @paired_w2_signed
// MMA: gpu.launch blocks({{.*}}) in ({{.*}} = %c3, {{.*}} = %c1,
// MMA: nvvm.mma.sync
// With the weights in A (M <= 8, N a multiple of 16) a block covers 16
// columns: 3 blocks for 48 columns. 3-bit fields sit at mantissa offsets,
// whose 2^-o the shared input pairs carry (a multiplication when they are
// written); the words of odd widths come in 8-byte loads.
// MMA-LABEL: func.func @weights_in_a_w3
// MMA: gpu.launch blocks({{.*}}) in ({{.*}} = %c3, {{.*}} = %c1,
// MMA: arith.mulf {{.*}} : vector<2xbf16>
// MMA: gpu.barrier
// MMA: vector.load {{.*}} {alignment = 8 : i64} : memref<48x60xi32>, vector<4xi32>
// MMA: nvvm.mma.sync
// In f16 the weights take the 2^-o (an fma): scaled inputs could lose
// precision below f16's normal range.
// MMA-LABEL: func.func @weights_in_a_w7_loop
// MMA: scf.for
// MMA: scf.for
// MMA: llvm.intr.fma({{.*}}) : (vector<2xf16>, vector<2xf16>, vector<2xf16>)
// MMA: nvvm.mma.sync

// Odd widths in bf16 with K a multiple of 512: lane-contiguous steps, 128
// weights of a column in three 16-byte loads at 3 bits, scaled before the
// mma.
// Signed weights: the block also keeps the sums of the input's chunks of
// 32 in shared memory; each pair is one fma of the offset-binary integers
// with the scale (and -128 times it), and the offsets' share is taken off
// the sums at the end, added up over the quad.
// MMA-LABEL: func.func @lane_contiguous_w3
// MMA: memref.store {{.*}} : memref<1x32xf32, #gpu.address_space<workgroup>>
// MMA-COUNT-3: vector.load {{.*}} {alignment = 16 : i64} : memref<32x96xi32>, vector<4xi32>
// MMA: arith.mulf {{.*}} : vector<2xbf16>
// MMA-NOT: arith.subf {{.*}} : vector<2xbf16>
// MMA: llvm.intr.fma({{.*}}) : (vector<2xbf16>, vector<2xbf16>, vector<2xbf16>) -> vector<2xbf16>
// MMA: nvvm.mma.sync
// MMA: vector.load {{.*}} : memref<1x32xf32, #gpu.address_space<workgroup>>, vector<4xf32>
// MMA: gpu.shuffle xor
// MMA: gpu.shuffle xor
// MMA: math.fma
// MMA-LABEL: func.func @lane_contiguous_w5
// MMA-NOT: gpu.shuffle
// MMA: llvm.intr.fma({{.*}}) : (vector<2xbf16>, vector<2xbf16>, vector<2xbf16>) -> vector<2xbf16>
// MMA-NOT: gpu.shuffle
// MMA: nvvm.mma.sync

// The residual add and the scaling are computed in the kernel's stores
// (consumer fusion), in bf16 after the result is rounded.
// MMA-LABEL: func.func @fused_residual_scale
// MMA: nvvm.mma.sync
// MMA: arith.truncf {{.*}} : f32 to bf16
// MMA: arith.addf {{.*}} : bf16
// MMA: arith.mulf {{.*}} : bf16
// MMA: memref.store

// BUNDLE: target cuda
// BUNDLE: expect

// GPU: device:
// GPU-COUNT-30: : ok
// GPU-NOT: FAIL
