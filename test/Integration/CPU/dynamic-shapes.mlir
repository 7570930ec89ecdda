// Functions whose sizes are given at call time: one compiled library runs
// every size, checked against the float64 reference. The signature's symbols
// (?0, ?1, ...) get their sizes from --dynamic-sizes; each function takes as
// many as it has symbols. ../CUDA/dynamic-shapes.mlir runs the same
// functions through tessel-cuda-pipeline.

// RUN: tessel-opt %s --tessel-export-entries | FileCheck %s --check-prefix=SIG
// RUN: tessel-run %s --seed=1 --check --dynamic-sizes=2,300 | FileCheck %s
// RUN: tessel-run %s --seed=2 --check --dynamic-sizes=1,1 | FileCheck %s
// RUN: tessel-run %s --seed=3 --check --dynamic-sizes=3,77 | FileCheck %s
// RUN: tessel-run %s --seed=4 --check --dynamic-sizes=1,0 --entry=softmax_rows --entry=matmul_rows --entry=qmatmul_rows | FileCheck %s --check-prefix=EMPTY
// CHECK-COUNT-6: ok
// CHECK-NOT: FAIL
// EMPTY-COUNT-3: ok
// EMPTY-NOT: FAIL

// SIG-DAG: decode_gqa("decode_gqa(bf16[?0x8x1x64],bf16[?0x2x?1x64],bf16[?0x2x?1x64])->(bf16[?0x8x1x64])
// SIG-DAG: prefill_causal("prefill_causal(f32[1x4x?0x32],f32[1x4x?1x32],f32[1x4x?1x32])->(f32[1x4x?0x32])
// SIG-DAG: softmax_rows("softmax_rows(f32[?0x64])->(f32[?0x64])
// SIG-DAG: matmul_rows("matmul_rows(f32[?0x48],f32[48x?1])->(f32[?0x?1])
// SIG-DAG: qmatmul_rows("qmatmul_rows(f32[?0x64],i4[5x64],f32[5x2])->(f32[?0x5])
// SIG-DAG: residual("residual(f16[?0x?1],f16[?0x?1])->(f16[?0x?1])

// Decode: a batch and a cache length known at run time.
func.func @decode_gqa(%q: tensor<?x8x1x64xbf16>, %k: tensor<?x2x?x64xbf16>, %v: tensor<?x2x?x64xbf16>) -> tensor<?x8x1x64xbf16> {
  %c0 = arith.constant 0 : index
  %b = tensor.dim %q, %c0 : tensor<?x8x1x64xbf16>
  %e = tensor.empty(%b) : tensor<?x8x1x64xbf16>
  %o = tessel.attention ins(%q, %k, %v : tensor<?x8x1x64xbf16>, tensor<?x2x?x64xbf16>, tensor<?x2x?x64xbf16>) outs(%e : tensor<?x8x1x64xbf16>) -> tensor<?x8x1x64xbf16>
  return %o : tensor<?x8x1x64xbf16>
}

// A chunk of new tokens against a cache (bottom-right causal).
func.func @prefill_causal(%q: tensor<1x4x?x32xf32>, %k: tensor<1x4x?x32xf32>, %v: tensor<1x4x?x32xf32>) -> tensor<1x4x?x32xf32> {
  %c2 = arith.constant 2 : index
  %s = tensor.dim %q, %c2 : tensor<1x4x?x32xf32>
  %e = tensor.empty(%s) : tensor<1x4x?x32xf32>
  %o = tessel.attention causal ins(%q, %k, %v : tensor<1x4x?x32xf32>, tensor<1x4x?x32xf32>, tensor<1x4x?x32xf32>) outs(%e : tensor<1x4x?x32xf32>) -> tensor<1x4x?x32xf32>
  return %o : tensor<1x4x?x32xf32>
}

func.func @softmax_rows(%x: tensor<?x64xf32>) -> tensor<?x64xf32> {
  %c0 = arith.constant 0 : index
  %n = tensor.dim %x, %c0 : tensor<?x64xf32>
  %e = tensor.empty(%n) : tensor<?x64xf32>
  %o = tessel.softmax online dimension(1) ins(%x : tensor<?x64xf32>) outs(%e : tensor<?x64xf32>) -> tensor<?x64xf32>
  return %o : tensor<?x64xf32>
}

func.func @matmul_rows(%a: tensor<?x48xf32>, %b: tensor<48x?xf32>) -> tensor<?x?xf32> {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %zero = arith.constant 0.0 : f32
  %m = tensor.dim %a, %c0 : tensor<?x48xf32>
  %n = tensor.dim %b, %c1 : tensor<48x?xf32>
  %e = tensor.empty(%m, %n) : tensor<?x?xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<?x?xf32>) -> tensor<?x?xf32>
  %o = linalg.matmul ins(%a, %b : tensor<?x48xf32>, tensor<48x?xf32>) outs(%f : tensor<?x?xf32>) -> tensor<?x?xf32>
  return %o : tensor<?x?xf32>
}

func.func @residual(%a: tensor<?x?xf16>, %b: tensor<?x?xf16>) -> tensor<?x?xf16> {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %m = tensor.dim %a, %c0 : tensor<?x?xf16>
  %n = tensor.dim %a, %c1 : tensor<?x?xf16>
  %e = tensor.empty(%m, %n) : tensor<?x?xf16>
  %o = linalg.add ins(%a, %b : tensor<?x?xf16>, tensor<?x?xf16>) outs(%e : tensor<?x?xf16>) -> tensor<?x?xf16>
  return %o : tensor<?x?xf16>
}

// Low-bit weights against a run-time number of tokens.
func.func @qmatmul_rows(%x: tensor<?x64xf32>, %w: tensor<5x64xi4>, %s: tensor<5x2xf32>) -> tensor<?x5xf32> {
  %c0 = arith.constant 0 : index
  %m = tensor.dim %x, %c0 : tensor<?x64xf32>
  %e = tensor.empty(%m) : tensor<?x5xf32>
  %y = tessel.qmatmul unsigned group_size(32) ins(%x, %w, %s : tensor<?x64xf32>, tensor<5x64xi4>, tensor<5x2xf32>)
         outs(%e : tensor<?x5xf32>) -> tensor<?x5xf32>
  return %y : tensor<?x5xf32>
}
