// RUN: tessel-opt %s --convert-tessel-to-gpu --tessel-allocate-scratchpad=report=0 --split-input-file | FileCheck %s
// RUN: tessel-opt %s --convert-tessel-to-gpu --split-input-file | FileCheck %s --check-prefix=BUFFERS
// RUN: tessel-opt %s --tessel-cuda-configure="cost-model=fixed tensor-cores=0" --convert-tessel-to-gpu --split-input-file | FileCheck %s --check-prefix=CORES
// RUN: tessel-opt %s --convert-tessel-to-gpu="fuse-consumers=0" --split-input-file | FileCheck %s --check-prefix=NOFUSE

// Packed 4-bit weights, one row, no zero points, groups of 128: the paired
// tensor-core form with the weights in the A operand, a block of 16
// columns (4 blocks for 64). The block first writes the input row to
// shared memory as mma B words in pair order (chunks of 16 words padded to
// 20: 8 chunks, 176 words); each lane reads the 32 weights of each of its
// two columns with one 16-byte load; only lanes of rows that exist read
// the pairs (scf.if); one lop3 (mask and xor) puts two 4-bit fields in the
// mantissas of a bf16 pair, one exact subtraction leaves the integers, and
// the group's scale multiplies the mma sums. The unpack is gone. With
// tensor-cores=0: the CUDA-core kernel, reducing over the warp with
// shuffles. The kernel's shared buffers (the warps' partial sums and the
// input pairs) are workgroup allocations that tessel-allocate-scratchpad
// places in its dynamic shared memory, one after the other: the pairs are
// in use until the partial sums are written, no barrier between.
// BUFFERS-LABEL: func.func @decode
// BUFFERS: gpu.launch
// BUFFERS-NOT: dynamic_shared_memory
// BUFFERS: memref.alloc() {alignment = 16 : i64} : memref<4x32x4xf32, #gpu.address_space<workgroup>>
// BUFFERS: memref.alloc() {alignment = 128 : i64} : memref<1x176xi32, #gpu.address_space<workgroup>>
// CHECK-LABEL: func.func @decode
// CHECK-NOT: tessel.unpack
// CHECK: bufferization.to_buffer %{{.*}} read_only : tensor<64x32xi32> to memref<64x32xi32>
// CHECK: %[[OUT:.*]] = memref.alloc() : memref<1x64xbf16>
// CHECK: gpu.launch blocks({{.*}}) in ({{.*}} = %c4, {{.*}} = %c1, {{.*}} dynamic_shared_memory_size %c2752_i32
// CHECK: memref.view {{.*}}[%c0{{.*}}][] : {{.*}} to memref<4x32x4xf32, #gpu.address_space<workgroup>>
// CHECK: %[[PAIRS:.*]] = memref.view {{.*}}[%c2048][] : {{.*}} to memref<1x176xi32, #gpu.address_space<workgroup>>
// CHECK: scf.for
// CHECK: vector.load {{.*}} : memref<1x256xbf16>, vector<8xbf16>
// CHECK: vector.store {{.*}}, %[[PAIRS]]{{.*}} : memref<1x176xi32, #gpu.address_space<workgroup>>, vector<4xi32>
// CHECK: gpu.barrier
// CHECK: vector.load {{.*}} {alignment = 16 : i64} : memref<64x32xi32>, vector<4xi32>
// CHECK: vector.load {{.*}} {alignment = 16 : i64} : memref<64x32xi32>, vector<4xi32>
// CHECK: scf.if {{.*}} -> (vector<4xi32>, vector<4xi32>, vector<4xi32>, vector<4xi32>)
// CHECK: vector.load %[[PAIRS]]
// CHECK: llvm.inline_asm "lop3.b32 $0, $1, 983055, $2, 0x6a;", "=r,r,r" %{{.*}}, %c1124614920_i32
// CHECK: arith.subf %{{.*}}, %{{.*}} : vector<2xbf16>
// CHECK: nvvm.mma.sync
// CHECK: math.fma
// CHECK: gpu.barrier
// CHECK: bufferization.to_tensor %[[OUT]] restrict writable
// CHECK-NOT: tessel.qmatmul
// CORES-LABEL: func.func @decode
// CORES-NOT: nvvm.mma.sync
// CORES: vector.load {{.*}} {alignment = 16 : i64} : memref<64x32xi32>, vector<4xi32>
// CORES: gpu.shuffle xor
func.func @decode(%x: tensor<1x256xbf16>, %p: tensor<64x32xi32>, %s: tensor<64x2xbf16>) -> tensor<1x64xbf16> {
  %we = tensor.empty() : tensor<64x256xi4>
  %w = tessel.unpack ins(%p : tensor<64x32xi32>) outs(%we : tensor<64x256xi4>) -> tensor<64x256xi4>
  %e = tensor.empty() : tensor<1x64xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<1x256xbf16>, tensor<64x256xi4>, tensor<64x2xbf16>) outs(%e : tensor<1x64xbf16>) -> tensor<1x64xbf16>
  return %y : tensor<1x64xbf16>
}

// -----

// Zero points: tensor cores with each weight dequantized to f32 ((q - z) s)
// and packed in pairs with cvt.rn.bf16x2.f32, not the paired form.
// CHECK-LABEL: func.func @zero_points16
// CHECK: gpu.launch
// CHECK-NOT: vector<2xbf16>
// CHECK: nvvm.convert.f32x2.to.bf16x2
// CHECK: nvvm.mma.sync
func.func @zero_points16(%x: tensor<16x256xbf16>, %p: tensor<64x32xi32>, %s: tensor<64x2xbf16>, %z: tensor<64x2xi4>) -> tensor<16x64xbf16> {
  %we = tensor.empty() : tensor<64x256xi4>
  %w = tessel.unpack ins(%p : tensor<64x32xi32>) outs(%we : tensor<64x256xi4>) -> tensor<64x256xi4>
  %e = tensor.empty() : tensor<16x64xbf16>
  %y = tessel.qmatmul unsigned group_size(128) ins(%x, %w, %s : tensor<16x256xbf16>, tensor<64x256xi4>, tensor<64x2xbf16>) zero_points(%z : tensor<64x2xi4>) outs(%e : tensor<16x64xbf16>) -> tensor<16x64xbf16>
  return %y : tensor<16x64xbf16>
}

// -----

// 16 rows of bf16: tensor cores, the block's warps splitting K and meeting
// in dynamic shared memory; with tensor-cores=0, CUDA cores.
// CHECK-LABEL: func.func @batch16
// CHECK: gpu.launch
// CHECK: gpu.dynamic_shared_memory
// CHECK: nvvm.mma.sync
// CHECK: gpu.barrier
// CORES-LABEL: func.func @batch16
// CORES-NOT: nvvm.mma.sync
// CORES: gpu.shuffle xor
func.func @batch16(%x: tensor<16x256xbf16>, %p: tensor<64x32xi32>, %s: tensor<64x2xbf16>) -> tensor<16x64xbf16> {
  %we = tensor.empty() : tensor<64x256xi4>
  %w = tessel.unpack ins(%p : tensor<64x32xi32>) outs(%we : tensor<64x256xi4>) -> tensor<64x256xi4>
  %e = tensor.empty() : tensor<16x64xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<16x256xbf16>, tensor<64x256xi4>, tensor<64x2xbf16>) outs(%e : tensor<16x64xbf16>) -> tensor<16x64xbf16>
  return %y : tensor<16x64xbf16>
}

// -----

// Left to the generic path: sub-byte weights stored one per byte (not
// packed), interleaved packing, K not a multiple of 32.
// CHECK-LABEL: func.func @unpacked
// CHECK-NOT: gpu.launch
// CHECK: tessel.qmatmul
func.func @unpacked(%x: tensor<1x256xbf16>, %w: tensor<64x256xi4>, %s: tensor<64x2xbf16>) -> tensor<1x64xbf16> {
  %e = tensor.empty() : tensor<1x64xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<1x256xbf16>, tensor<64x256xi4>, tensor<64x2xbf16>) outs(%e : tensor<1x64xbf16>) -> tensor<1x64xbf16>
  return %y : tensor<1x64xbf16>
}

// -----

// CHECK-LABEL: func.func @interleaved
// CHECK-NOT: gpu.launch
// CHECK: tessel.unpack
// CHECK: tessel.qmatmul
func.func @interleaved(%x: tensor<1x256xbf16>, %p: tensor<64x32xi32>, %s: tensor<64x2xbf16>) -> tensor<1x64xbf16> {
  %we = tensor.empty() : tensor<64x256xi4>
  %w = tessel.unpack ins(%p : tensor<64x32xi32>) outs(%we : tensor<64x256xi4>) interleave = [0, 2, 4, 6, 1, 3, 5, 7] -> tensor<64x256xi4>
  %e = tensor.empty() : tensor<1x64xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<1x256xbf16>, tensor<64x256xi4>, tensor<64x2xbf16>) outs(%e : tensor<1x64xbf16>) -> tensor<1x64xbf16>
  return %y : tensor<1x64xbf16>
}

// -----

// CHECK-LABEL: func.func @k_not_multiple_of_32
// CHECK-NOT: gpu.launch
// CHECK: tessel.qmatmul
func.func @k_not_multiple_of_32(%x: tensor<1x48xf32>, %w: tensor<8x48xi8>, %s: tensor<8x3xf32>) -> tensor<1x8xf32> {
  %e = tensor.empty() : tensor<1x8xf32>
  %y = tessel.qmatmul signed group_size(16) ins(%x, %w, %s : tensor<1x48xf32>, tensor<8x48xi8>, tensor<8x3xf32>) outs(%e : tensor<1x8xf32>) -> tensor<1x8xf32>
  return %y : tensor<1x8xf32>
}

// -----

// Consumer fusion: a chain of elementwise consumers (a residual add, then a
// scaling by a per-column vector that also widens to f32) is computed in
// the kernel's stores, from the result rounded to bf16 as the unfused
// program stores it; the residual and the vector are read in place, and
// the kernel writes the f32 result. With fuse-consumers=0 both stay linalg
// ops.
// CHECK-LABEL: func.func @residual_scale
// CHECK-DAG: %[[R:.*]] = bufferization.to_buffer %arg3 read_only
// CHECK-DAG: %[[C:.*]] = bufferization.to_buffer %arg4 read_only
// CHECK: %[[OUT:.*]] = memref.alloc() : memref<1x64xf32>
// CHECK: gpu.launch
// CHECK: nvvm.mma.sync
// CHECK: %[[Y:.*]] = arith.truncf %{{.*}} : f32 to bf16
// CHECK: %[[RV:.*]] = memref.load %[[R]][%{{.*}}, %{{.*}}] : memref<1x64xbf16>
// CHECK: %[[SUM:.*]] = arith.addf %[[Y]], %[[RV]] : bf16
// CHECK: %[[CV:.*]] = memref.load %[[C]][%{{.*}}] : memref<64xbf16>
// CHECK: %[[M:.*]] = arith.mulf %[[SUM]], %[[CV]] : bf16
// CHECK: %[[W:.*]] = arith.extf %[[M]] : bf16 to f32
// CHECK: memref.store %[[W]], %[[OUT]]
// CHECK: bufferization.to_tensor %[[OUT]]
// CHECK-NOT: linalg.
// NOFUSE-LABEL: func.func @residual_scale
// NOFUSE: gpu.launch
// NOFUSE: linalg.add
// NOFUSE: linalg.generic
#id = affine_map<(d0, d1) -> (d0, d1)>
#col = affine_map<(d0, d1) -> (d1)>
func.func @residual_scale(%x: tensor<1x256xbf16>, %p: tensor<64x32xi32>, %s: tensor<64x2xbf16>, %r: tensor<1x64xbf16>, %c: tensor<64xbf16>) -> tensor<1x64xf32> {
  %we = tensor.empty() : tensor<64x256xi4>
  %w = tessel.unpack ins(%p : tensor<64x32xi32>) outs(%we : tensor<64x256xi4>) -> tensor<64x256xi4>
  %e = tensor.empty() : tensor<1x64xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<1x256xbf16>, tensor<64x256xi4>, tensor<64x2xbf16>) outs(%e : tensor<1x64xbf16>) -> tensor<1x64xbf16>
  %e2 = tensor.empty() : tensor<1x64xbf16>
  %sum = linalg.add ins(%y, %r : tensor<1x64xbf16>, tensor<1x64xbf16>) outs(%e2 : tensor<1x64xbf16>) -> tensor<1x64xbf16>
  %e3 = tensor.empty() : tensor<1x64xf32>
  %out = linalg.generic {indexing_maps = [#id, #col, #id], iterator_types = ["parallel", "parallel"]}
      ins(%sum, %c : tensor<1x64xbf16>, tensor<64xbf16>) outs(%e3 : tensor<1x64xf32>) {
  ^bb0(%a: bf16, %b: bf16, %o: f32):
    %m = arith.mulf %a, %b : bf16
    %f = arith.extf %m : bf16 to f32
    linalg.yield %f : f32
  } -> tensor<1x64xf32>
  return %out : tensor<1x64xf32>
}

// -----

// Not fused: a result with a second user (returned too), and a consumer
// that reduces (over the columns).
// CHECK-LABEL: func.func @two_users
// CHECK: gpu.launch
// CHECK: linalg.add
// CHECK-LABEL: func.func @reduction
// CHECK: gpu.launch
// CHECK: linalg.generic
// CHECK-SAME: "reduction"
func.func @two_users(%x: tensor<1x256xbf16>, %p: tensor<64x32xi32>, %s: tensor<64x2xbf16>, %r: tensor<1x64xbf16>) -> (tensor<1x64xbf16>, tensor<1x64xbf16>) {
  %we = tensor.empty() : tensor<64x256xi4>
  %w = tessel.unpack ins(%p : tensor<64x32xi32>) outs(%we : tensor<64x256xi4>) -> tensor<64x256xi4>
  %e = tensor.empty() : tensor<1x64xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<1x256xbf16>, tensor<64x256xi4>, tensor<64x2xbf16>) outs(%e : tensor<1x64xbf16>) -> tensor<1x64xbf16>
  %e2 = tensor.empty() : tensor<1x64xbf16>
  %sum = linalg.add ins(%y, %r : tensor<1x64xbf16>, tensor<1x64xbf16>) outs(%e2 : tensor<1x64xbf16>) -> tensor<1x64xbf16>
  return %y, %sum : tensor<1x64xbf16>, tensor<1x64xbf16>
}
func.func @reduction(%x: tensor<1x256xbf16>, %p: tensor<64x32xi32>, %s: tensor<64x2xbf16>) -> tensor<1xbf16> {
  %we = tensor.empty() : tensor<64x256xi4>
  %w = tessel.unpack ins(%p : tensor<64x32xi32>) outs(%we : tensor<64x256xi4>) -> tensor<64x256xi4>
  %e = tensor.empty() : tensor<1x64xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<1x256xbf16>, tensor<64x256xi4>, tensor<64x2xbf16>) outs(%e : tensor<1x64xbf16>) -> tensor<1x64xbf16>
  %z = arith.constant 0.0 : bf16
  %e2 = tensor.empty() : tensor<1xbf16>
  %f = linalg.fill ins(%z : bf16) outs(%e2 : tensor<1xbf16>) -> tensor<1xbf16>
  %t = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0)>], iterator_types = ["parallel", "reduction"]}
      ins(%y : tensor<1x64xbf16>) outs(%f : tensor<1xbf16>) {
  ^bb0(%a: bf16, %o: bf16):
    %m = arith.addf %a, %o : bf16
    linalg.yield %m : bf16
  } -> tensor<1xbf16>
  return %t : tensor<1xbf16>
}

// -----

// A consumer in another block (a loop body) is not fused: the kernel would
// move into the loop.
// CHECK-LABEL: func.func @consumer_in_loop
// CHECK: gpu.launch
// CHECK: scf.for
// CHECK: linalg.add
func.func @consumer_in_loop(%x: tensor<1x256xbf16>, %p: tensor<64x32xi32>, %s: tensor<64x2xbf16>, %r: tensor<1x64xbf16>, %n: index) -> tensor<1x64xbf16> {
  %we = tensor.empty() : tensor<64x256xi4>
  %w = tessel.unpack ins(%p : tensor<64x32xi32>) outs(%we : tensor<64x256xi4>) -> tensor<64x256xi4>
  %e = tensor.empty() : tensor<1x64xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<1x256xbf16>, tensor<64x256xi4>, tensor<64x2xbf16>) outs(%e : tensor<1x64xbf16>) -> tensor<1x64xbf16>
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %out = scf.for %i = %c0 to %n step %c1 iter_args(%acc = %r) -> tensor<1x64xbf16> {
    %e2 = tensor.empty() : tensor<1x64xbf16>
    %sum = linalg.add ins(%y, %acc : tensor<1x64xbf16>, tensor<1x64xbf16>) outs(%e2 : tensor<1x64xbf16>) -> tensor<1x64xbf16>
    scf.yield %sum : tensor<1x64xbf16>
  }
  return %out : tensor<1x64xbf16>
}
