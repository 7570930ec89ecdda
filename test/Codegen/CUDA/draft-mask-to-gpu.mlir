// tessel.draft_mask as GPU kernels (convert-tessel-to-gpu,
// DraftMaskToGPU.cpp): the block means of Q and of K into f32 buffers,
// then the scores of up to 16 rows of the mask per block and a selection
// per row.

// RUN: tessel-opt %s --split-input-file --convert-tessel-to-gpu | FileCheck %s

// 16 x 33 blocks of 64 x 64: the Q means in a grid of (16 blocks, 4 heads,
// 1), each block's 4 row groups of 64 columns meeting in shared memory; the
// K means in (33, 2, 1); the ranks in (16, 4, 1) blocks of one mask row
// (64 rows in all: fewer would leave SMs idle), with the pooled query, its
// scores and 32 pooled keys (65 columns against bank conflicts) in shared
// memory.
// CHECK-LABEL: func.func @draft
// CHECK-NOT: tessel.draft_mask
// CHECK: memref.alloc() : memref<1x4x16x64xf32>
// CHECK: memref.alloc() : memref<1x2x33x64xf32>
// CHECK: memref.alloc() : memref<1x4x16x33xi1>
// CHECK: gpu.launch blocks({{.*}}) in ({{.*}} = %c16, {{.*}} = %c4, {{.*}} = %c1) threads({{.*}}) in ({{.*}} = %c256,
// CHECK: memref.alloc() {alignment = 16 : i64} : memref<4x64xf32, #gpu.address_space<workgroup>>
// CHECK: scf.for
// CHECK-COUNT-4: memref.load {{.*}} : memref<1x4x1000x64xf16>
// CHECK: gpu.barrier
// CHECK: arith.divf
// CHECK: gpu.launch blocks({{.*}}) in ({{.*}} = %c33, {{.*}} = %c2, {{.*}} = %c1)
// CHECK: gpu.launch blocks({{.*}}) in ({{.*}} = %c16, {{.*}} = %c4, {{.*}} = %c1)
// CHECK-DAG: memref.alloc() {alignment = 16 : i64} : memref<1x64xf32, #gpu.address_space<workgroup>>
// CHECK-DAG: memref.alloc() {alignment = 16 : i64} : memref<1x33xf32, #gpu.address_space<workgroup>>
// CHECK-DAG: memref.alloc() {alignment = 16 : i64} : memref<32x65xf32, #gpu.address_space<workgroup>>
// CHECK: math.fma
// A warp per mask row: the valid blocks counted with ballots, 32 rounds of
// radix selection on the scores' bits, then the kept blocks.
// CHECK: nvvm.vote.sync ballot
// CHECK: scf.for {{.*}} = %c0 to %c32 step %c1 iter_args
// CHECK: arith.bitcast {{.*}} : f32 to i32
// CHECK: arith.xori
// CHECK: nvvm.vote.sync ballot
// CHECK: nvvm.read.ptx.sreg.lanemask.lt
// CHECK: memref.store {{.*}} : memref<1x4x16x33xi1>
// CHECK-NOT: math.ceil
// CHECK: bufferization.to_tensor
func.func @draft(%q: tensor<1x4x1000x64xf16>, %k: tensor<1x2x2100x64xf16>) -> tensor<1x4x16x33xi1> {
  %e = tensor.empty() : tensor<1x4x16x33xi1>
  %m = tessel.draft_mask causal block_sizes = [64, 64] keep_ratio(0.1)
         ins(%q, %k : tensor<1x4x1000x64xf16>, tensor<1x2x2100x64xf16>) outs(%e : tensor<1x4x16x33xi1>) -> tensor<1x4x16x33xi1>
  return %m : tensor<1x4x16x33xi1>
}

// -----

// 8192 rows of the mask: 16 a block of the ranking kernel, a grid of
// (4, 32, 4).
// CHECK-LABEL: func.func @many_rows
// CHECK: gpu.launch blocks({{.*}}) in ({{.*}} = %c4, {{.*}} = %c32, {{.*}} = %c4)
// CHECK-DAG: memref.alloc() {alignment = 16 : i64} : memref<16x128xf32, #gpu.address_space<workgroup>>
// CHECK-DAG: memref.alloc() {alignment = 16 : i64} : memref<16x64xf32, #gpu.address_space<workgroup>>
// CHECK-DAG: memref.alloc() {alignment = 16 : i64} : memref<32x129xf32, #gpu.address_space<workgroup>>
func.func @many_rows(%q: tensor<4x32x4096x128xbf16>, %k: tensor<4x8x4096x128xbf16>) -> tensor<4x32x64x64xi1> {
  %e = tensor.empty() : tensor<4x32x64x64xi1>
  %m = tessel.draft_mask block_sizes = [64, 64] keep_ratio(0.1)
         ins(%q, %k : tensor<4x32x4096x128xbf16>, tensor<4x8x4096x128xbf16>) outs(%e : tensor<4x32x64x64xi1>) -> tensor<4x32x64x64xi1>
  return %m : tensor<4x32x64x64xi1>
}

// -----

// Not taken: run-time sequence lengths (the generic path's).
// CHECK-LABEL: func.func @dynamic
// CHECK: tessel.draft_mask
// CHECK-NOT: gpu.launch
func.func @dynamic(%q: tensor<1x4x?x64xf16>, %k: tensor<1x2x?x64xf16>, %e: tensor<1x4x?x?xi1>) -> tensor<1x4x?x?xi1> {
  %m = tessel.draft_mask block_sizes = [64, 64] keep_ratio(0.1)
         ins(%q, %k : tensor<1x4x?x64xf16>, tensor<1x2x?x64xf16>) outs(%e : tensor<1x4x?x?xi1>) -> tensor<1x4x?x?xi1>
  return %m : tensor<1x4x?x?xi1>
}

// -----

// tessel.permute (the token reordering's gathers) as one kernel: 8 f16 (16
// bytes) per thread of rows of 64, the input and output viewed as
// [outer, rows, inner], the index clamped to the last row.
// CHECK-LABEL: func.func @permute
// CHECK-NOT: tessel.permute
// CHECK: memref.collapse_shape %{{.*}} {{\[}}[0, 1], [2], [3]] : memref<1x4x100x64xf16> into memref<4x100x64xf16>
// CHECK: gpu.launch blocks({{.*}}) in ({{.*}} = %c13, {{.*}} = %c1, {{.*}} = %c1) threads({{.*}}) in ({{.*}} = %c256,
// CHECK: memref.load {{.*}} : memref<100xi32>
// CHECK: arith.minui {{.*}}, %c99
// CHECK: vector.load {{.*}} : memref<4x100x64xf16>, vector<8xf16>
// CHECK: vector.store {{.*}} : memref<4x100x64xf16>, vector<8xf16>
// A permuted last dimension (rows of one element) and a first one.
// CHECK: memref.expand_shape {{.*}} : memref<4x6xf32> into memref<4x6x1xf32>
// CHECK: vector.load {{.*}} vector<1xf32>
// CHECK: memref.expand_shape {{.*}} : memref<6x4xf32> into memref<1x6x4xf32>
// CHECK: vector.load {{.*}} vector<4xf32>
func.func @permute(%x: tensor<1x4x100x64xf16>, %i: tensor<100xi32>, %y: tensor<4x6xf32>, %j: tensor<6xindex>, %z: tensor<6x4xf32>)
    -> (tensor<1x4x100x64xf16>, tensor<4x6xf32>, tensor<6x4xf32>) {
  %e = tensor.empty() : tensor<1x4x100x64xf16>
  %p = tessel.permute dimension(2) ins(%x, %i : tensor<1x4x100x64xf16>, tensor<100xi32>) outs(%e : tensor<1x4x100x64xf16>) -> tensor<1x4x100x64xf16>
  %e2 = tensor.empty() : tensor<4x6xf32>
  %q = tessel.permute dimension(1) ins(%y, %j : tensor<4x6xf32>, tensor<6xindex>) outs(%e2 : tensor<4x6xf32>) -> tensor<4x6xf32>
  %e3 = tensor.empty() : tensor<6x4xf32>
  %r = tessel.permute dimension(0) ins(%z, %j : tensor<6x4xf32>, tensor<6xindex>) outs(%e3 : tensor<6x4xf32>) -> tensor<6x4xf32>
  return %p, %q, %r : tensor<1x4x100x64xf16>, tensor<4x6xf32>, tensor<6x4xf32>
}
