// RUN: tessel-opt %s --convert-tessel-to-gpu --tessel-allocate-scratchpad=report=0 --split-input-file | FileCheck %s
// RUN: tessel-opt %s --convert-tessel-to-gpu --split-input-file | FileCheck %s --check-prefix=BUFFERS
// RUN: tessel-opt %s --tessel-cuda-configure="cost-model=fixed tensor-cores=0" --convert-tessel-to-gpu --split-input-file | FileCheck %s --check-prefix=CORES
// RUN: tessel-opt %s --tessel-cuda-configure="cost-model=fixed attention-warps=8" --convert-tessel-to-gpu --split-input-file | FileCheck %s --check-prefix=WARPS8
// RUN: tessel-opt %s --convert-tessel-to-gpu="fuse-consumers=0" --split-input-file | FileCheck %s --check-prefix=NOFUSE
// RUN: not tessel-opt %s --tessel-cuda-configure="attention-warps=2" --split-input-file 2>&1 | FileCheck %s --check-prefix=BADWARPS
// BADWARPS: attention-warps must be 4 or 8

// bf16, D = 128, causal: one launch of 64-row blocks of 4 warps (grid:
// query blocks, heads, batch; 8 warps and 128 rows with attention-warps=8) with 32 KB of shared memory for a K and a V tile filled by
// cp.async (rows past the keys zero-filled); S and PV on mma.sync with ldmatrix fragments; exp2 as
// ex2.approx; a key loop without index comparisons and one with them (the
// diagonal); the result is a fresh buffer. The tiles are 128-byte aligned
// workgroup allocations, placed by tessel-allocate-scratchpad (both live
// throughout: 32 KB).
// BUFFERS-LABEL: func.func @causal
// BUFFERS-COUNT-2: memref.alloc() {alignment = 128 : i64} : memref<64x128xbf16, #gpu.address_space<workgroup>>
// CHECK-LABEL: func.func @causal
// CHECK-NOT: tessel.attention
// CHECK-DAG: bufferization.to_buffer %arg0 read_only
// CHECK-DAG: bufferization.to_buffer %arg1 read_only
// CHECK-DAG: bufferization.to_buffer %arg2 read_only
// CHECK: %[[OUT:.*]] = memref.alloc() : memref<2x8x256x128xbf16>
// CHECK: gpu.launch blocks({{.*}}) in (%{{.*}} = %c4, %{{.*}} = %c8, %{{.*}} = %c2) threads({{.*}}) in (%{{.*}} = %c128, {{.*}}) dynamic_shared_memory_size %c32768_i32
// CHECK: gpu.dynamic_shared_memory
// CHECK: memref.view {{.*}} to memref<64x128xbf16, #gpu.address_space<workgroup>>
// CHECK: memref.view {{.*}}[%c16384][] : {{.*}} to memref<64x128xbf16, #gpu.address_space<workgroup>>
// CHECK: nvgpu.device_async_copy {{.*}}, 8, %{{.*}} {bypassL1}
// CHECK: nvgpu.device_async_wait
// CHECK: gpu.barrier
// CHECK: scf.for
// CHECK: nvgpu.ldmatrix {{.*}} {numTiles = 4 : i32, transpose = false}
// CHECK: nvvm.mma.sync
// CHECK-NOT: arith.cmpi sgt
// CHECK: llvm.call_intrinsic "llvm.nvvm.ex2.approx.ftz.f32"
// CHECK: gpu.shuffle xor
// CHECK: nvgpu.ldmatrix {{.*}} {numTiles = 4 : i32, transpose = true}
// CHECK: scf.yield
// CHECK: scf.for
// CHECK: arith.cmpi sgt
// CHECK: scf.yield
// CHECK: vector.store
// CHECK: bufferization.to_tensor %[[OUT]] restrict writable
// CORES-LABEL: func.func @causal
// CORES: tessel.attention
// WARPS8-LABEL: func.func @causal
// WARPS8: gpu.launch blocks({{.*}}) in (%{{.*}} = %c2, %{{.*}} = %c8, %{{.*}} = %c2) threads({{.*}}) in (%{{.*}} = %c256,
func.func @causal(%q: tensor<2x8x256x128xbf16>, %k: tensor<2x8x256x128xbf16>, %v: tensor<2x8x256x128xbf16>) -> tensor<2x8x256x128xbf16> {
  %e = tensor.empty() : tensor<2x8x256x128xbf16>
  %o = tessel.attention causal ins(%q, %k, %v : tensor<2x8x256x128xbf16>, tensor<2x8x256x128xbf16>, tensor<2x8x256x128xbf16>) outs(%e : tensor<2x8x256x128xbf16>) -> tensor<2x8x256x128xbf16>
  return %o : tensor<2x8x256x128xbf16>
}

// -----

// Whole key blocks, no causal masking: a single key loop, no index
// comparisons at all.
// CHECK-LABEL: func.func @full
// CHECK: gpu.launch {{.*}} threads({{.*}}) in (%{{.*}} = %c128,
// CHECK: scf.for
// CHECK-NOT: scf.for
// CHECK-NOT: arith.cmpi sge
// CHECK-NOT: arith.cmpi sgt
// CHECK: bufferization.to_tensor
func.func @full(%q: tensor<1x4x64x64xf16>, %k: tensor<1x4x128x64xf16>, %v: tensor<1x4x128x64xf16>) -> tensor<1x4x64x64xf16> {
  %e = tensor.empty() : tensor<1x4x64x64xf16>
  %o = tessel.attention ins(%q, %k, %v : tensor<1x4x64x64xf16>, tensor<1x4x128x64xf16>, tensor<1x4x128x64xf16>) outs(%e : tensor<1x4x64x64xf16>) -> tensor<1x4x64x64xf16>
  return %o : tensor<1x4x64x64xf16>
}

// -----

// A block mask: each key block is kept or skipped by one load of the mask.
// CHECK-LABEL: func.func @block_mask
// CHECK: gpu.launch
// CHECK: scf.for
// CHECK: memref.load {{.*}} : memref<1x2x2x2xi1>
// CHECK: scf.if
// CHECK: nvvm.mma.sync
// CHECK: } else {
// CHECK: nvgpu.device_async_copy
func.func @block_mask(%q: tensor<1x2x128x64xbf16>, %k: tensor<1x2x128x64xbf16>, %v: tensor<1x2x128x64xbf16>, %m: tensor<1x2x2x2xi1>) -> tensor<1x2x128x64xbf16> {
  %e = tensor.empty() : tensor<1x2x128x64xbf16>
  %o = tessel.attention ins(%q, %k, %v : tensor<1x2x128x64xbf16>, tensor<1x2x128x64xbf16>, tensor<1x2x128x64xbf16>)
         block_mask(%m : tensor<1x2x2x2xi1>) block_sizes = [64, 64]
         outs(%e : tensor<1x2x128x64xbf16>) -> tensor<1x2x128x64xbf16>
  return %o : tensor<1x2x128x64xbf16>
}

// -----

// Left to the generic path: f32 (no tensor-core kernel), an element mask,
// head dimensions that are not multiples of 32 or above 128, block sizes
// that split the kernel's 64 x 64 blocks, dynamic shapes.
// CHECK-LABEL: func.func @generic
// CHECK-NOT: gpu.launch
// CHECK-COUNT-6: tessel.attention
func.func @generic(%q32: tensor<1x1x64x64xf32>, %q: tensor<1x1x64x64xbf16>, %m: tensor<1x1x64x64xbf16>,
                   %q48: tensor<1x1x64x48xbf16>, %q256: tensor<1x1x64x256xbf16>, %bm: tensor<1x1x2x2xi1>,
                   %qd: tensor<1x1x?x64xbf16>)
    -> (tensor<1x1x64x64xf32>, tensor<1x1x64x64xbf16>, tensor<1x1x64x48xbf16>, tensor<1x1x64x256xbf16>, tensor<1x1x64x64xbf16>, tensor<1x1x?x64xbf16>) {
  %e32 = tensor.empty() : tensor<1x1x64x64xf32>
  %a = tessel.attention ins(%q32, %q32, %q32 : tensor<1x1x64x64xf32>, tensor<1x1x64x64xf32>, tensor<1x1x64x64xf32>) outs(%e32 : tensor<1x1x64x64xf32>) -> tensor<1x1x64x64xf32>
  %e = tensor.empty() : tensor<1x1x64x64xbf16>
  %b = tessel.attention ins(%q, %q, %q : tensor<1x1x64x64xbf16>, tensor<1x1x64x64xbf16>, tensor<1x1x64x64xbf16>) mask(%m : tensor<1x1x64x64xbf16>) outs(%e : tensor<1x1x64x64xbf16>) -> tensor<1x1x64x64xbf16>
  %e48 = tensor.empty() : tensor<1x1x64x48xbf16>
  %c = tessel.attention ins(%q48, %q48, %q48 : tensor<1x1x64x48xbf16>, tensor<1x1x64x48xbf16>, tensor<1x1x64x48xbf16>) outs(%e48 : tensor<1x1x64x48xbf16>) -> tensor<1x1x64x48xbf16>
  %e256 = tensor.empty() : tensor<1x1x64x256xbf16>
  %d = tessel.attention ins(%q256, %q256, %q256 : tensor<1x1x64x256xbf16>, tensor<1x1x64x256xbf16>, tensor<1x1x64x256xbf16>) outs(%e256 : tensor<1x1x64x256xbf16>) -> tensor<1x1x64x256xbf16>
  %f = tessel.attention ins(%q, %q, %q : tensor<1x1x64x64xbf16>, tensor<1x1x64x64xbf16>, tensor<1x1x64x64xbf16>) block_mask(%bm : tensor<1x1x2x2xi1>) block_sizes = [32, 32] outs(%e : tensor<1x1x64x64xbf16>) -> tensor<1x1x64x64xbf16>
  %c0 = arith.constant 0 : index
  %n = tensor.dim %qd, %c0 : tensor<1x1x?x64xbf16>
  %ed = tensor.empty(%n) : tensor<1x1x?x64xbf16>
  %g = tessel.attention ins(%qd, %qd, %qd : tensor<1x1x?x64xbf16>, tensor<1x1x?x64xbf16>, tensor<1x1x?x64xbf16>) outs(%ed : tensor<1x1x?x64xbf16>) -> tensor<1x1x?x64xbf16>
  return %a, %b, %c, %d, %f, %g : tensor<1x1x64x64xf32>, tensor<1x1x64x64xbf16>, tensor<1x1x64x48xbf16>, tensor<1x1x64x256xbf16>, tensor<1x1x64x64xbf16>, tensor<1x1x?x64xbf16>
}

// -----

// With attention-warps=8 a block would own 128 rows, but the block mask's
// rows come in 64s: 4 warps, so that no block spans two mask rows.
// WARPS8-LABEL: func.func @mask_rows_64
// WARPS8: gpu.launch blocks({{.*}}) in (%{{.*}} = %c4, {{.*}}) threads({{.*}}) in (%{{.*}} = %c128,
func.func @mask_rows_64(%q: tensor<1x1x256x64xbf16>, %m: tensor<1x1x4x4xi1>) -> tensor<1x1x256x64xbf16> {
  %e = tensor.empty() : tensor<1x1x256x64xbf16>
  %o = tessel.attention ins(%q, %q, %q : tensor<1x1x256x64xbf16>, tensor<1x1x256x64xbf16>, tensor<1x1x256x64xbf16>)
         block_mask(%m : tensor<1x1x4x4xi1>) block_sizes = [64, 64]
         outs(%e : tensor<1x1x256x64xbf16>) -> tensor<1x1x256x64xbf16>
  return %o : tensor<1x1x256x64xbf16>
}

// -----

// Consumer fusion: a residual add and a widening to f32 after the kernel
// are computed in its stores, from each output rounded to bf16 as the
// unfused kernel stores it; the residual is read in place, a pair per
// load (its lines asked into L2 when the block starts), and the kernel
// writes f32 pairs. With fuse-consumers=0 they stay linalg ops.
// CHECK-LABEL: func.func @residual
// CHECK: %[[R:.*]] = bufferization.to_buffer %arg1 read_only
// CHECK: %[[OUT:.*]] = memref.alloc() : memref<1x2x128x64xf32>
// CHECK: gpu.launch
// CHECK: memref.extract_aligned_pointer_as_index %[[R]]
// CHECK: nvvm.prefetch level = {{ *}}L2, %{{.*}} : !llvm.ptr
// CHECK: arith.truncf {{.*}} : f32 to bf16
// CHECK: vector.load %[[R]]{{.*}} {alignment = 4 : i64} : memref<1x2x128x64xbf16>, vector<2xbf16>
// CHECK: arith.addf {{.*}} : bf16
// CHECK: arith.extf {{.*}} : bf16 to f32
// CHECK: vector.store {{.*}}, %[[OUT]]{{.*}} {alignment = 8 : i64} : memref<1x2x128x64xf32>, vector<2xf32>
// CHECK: bufferization.to_tensor %[[OUT]]
// CHECK-NOT: linalg.
// NOFUSE-LABEL: func.func @residual
// NOFUSE: gpu.launch
// NOFUSE: linalg.add
// NOFUSE: linalg.generic
func.func @residual(%q: tensor<1x2x128x64xbf16>, %r: tensor<1x2x128x64xbf16>) -> tensor<1x2x128x64xf32> {
  %e = tensor.empty() : tensor<1x2x128x64xbf16>
  %o = tessel.attention ins(%q, %q, %q : tensor<1x2x128x64xbf16>, tensor<1x2x128x64xbf16>, tensor<1x2x128x64xbf16>) outs(%e : tensor<1x2x128x64xbf16>) -> tensor<1x2x128x64xbf16>
  %e2 = tensor.empty() : tensor<1x2x128x64xbf16>
  %sum = linalg.add ins(%o, %r : tensor<1x2x128x64xbf16>, tensor<1x2x128x64xbf16>) outs(%e2 : tensor<1x2x128x64xbf16>) -> tensor<1x2x128x64xbf16>
  %e3 = tensor.empty() : tensor<1x2x128x64xf32>
  %w = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>],
                       iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
      ins(%sum : tensor<1x2x128x64xbf16>) outs(%e3 : tensor<1x2x128x64xf32>) {
  ^bb0(%a: bf16, %o2: f32):
    %f = arith.extf %a : bf16 to f32
    linalg.yield %f : f32
  } -> tensor<1x2x128x64xf32>
  return %w : tensor<1x2x128x64xf32>
}

// -----

// A consumer with i1 results (a comparison) is fused too; i1 elements take
// a byte each in memory, so they are stored one at a time.
// CHECK-LABEL: func.func @positive
// CHECK: gpu.launch
// CHECK: arith.cmpf ogt, {{.*}} : bf16
// CHECK: memref.store {{.*}} : memref<1x1x64x64xi1>
// CHECK: memref.store {{.*}} : memref<1x1x64x64xi1>
// CHECK-NOT: vector.store {{.*}} vector<2xi1>
func.func @positive(%q: tensor<1x1x64x64xbf16>) -> tensor<1x1x64x64xi1> {
  %e = tensor.empty() : tensor<1x1x64x64xbf16>
  %o = tessel.attention ins(%q, %q, %q : tensor<1x1x64x64xbf16>, tensor<1x1x64x64xbf16>, tensor<1x1x64x64xbf16>) outs(%e : tensor<1x1x64x64xbf16>) -> tensor<1x1x64x64xbf16>
  %e2 = tensor.empty() : tensor<1x1x64x64xi1>
  %p = linalg.generic {indexing_maps = [affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>, affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>],
                       iterator_types = ["parallel", "parallel", "parallel", "parallel"]}
      ins(%o : tensor<1x1x64x64xbf16>) outs(%e2 : tensor<1x1x64x64xi1>) {
  ^bb0(%a: bf16, %b: i1):
    %z = arith.constant 0.0 : bf16
    %c = arith.cmpf ogt, %a, %z : bf16
    linalg.yield %c : i1
  } -> tensor<1x1x64x64xi1>
  return %p : tensor<1x1x64x64xi1>
}
