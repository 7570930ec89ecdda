// Ahead of time: tessel-run writes a shared library; tessel-exec (the
// runtime's driver, which links neither MLIR nor LLVM) loads and runs it,
// and its results match the JIT's bit for bit on the same seeded inputs.

// RUN: rm -rf %t && mkdir -p %t/jit %t/aot
// RUN: tessel-run %s --emit-shared-library=%t/model.so
// RUN: tessel-exec %t/model.so --entry=block --print-signature | FileCheck %s --check-prefix=SIG
// RUN: tessel-exec %t/model.so --entry=block --seed=4 --output=%t/aot | FileCheck %s --check-prefix=EXEC
// RUN: tessel-run %s --seed=4 --output-dir=%t/jit --check | FileCheck %s --check-prefix=JIT
// RUN: %python -c "import numpy as n, sys; a = n.load('%t/aot/result0.npy'); b = n.load('%t/jit/block.result0.npy'); sys.exit(0 if a.tobytes() == b.tobytes() and not n.isnan(a).any() else 1)"
// RUN: not tessel-exec %t/model.so --entry=missing 2>&1 | FileCheck %s --check-prefix=MISSING

// SIG: block(f32[1x2x16x8],f32[1x2x16x8],f32[1x2x16x8],f32[8x32],i4[24x32],f32[24x1])->(f32[2x16x24])
// EXEC: result 0: f32[2x16x24] {{.*}} nan=0
// JIT: check block result 0 {{.*}} ok
// MISSING: tessel-exec: error: {{.*}}missing

func.func @block(%q: tensor<1x2x16x8xf32>, %k: tensor<1x2x16x8xf32>, %v: tensor<1x2x16x8xf32>,
                 %x: tensor<8x32xf32>, %w: tensor<24x32xi4>, %s: tensor<24x1xf32>) -> tensor<2x16x24xf32> {
  %e = tensor.empty() : tensor<1x2x16x8xf32>
  %a = tessel.attention causal ins(%q, %k, %v : tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>, tensor<1x2x16x8xf32>) outs(%e : tensor<1x2x16x8xf32>) -> tensor<1x2x16x8xf32>
  %flat = tensor.collapse_shape %a [[0, 1, 2], [3]] : tensor<1x2x16x8xf32> into tensor<32x8xf32>
  %zero = arith.constant 0.0 : f32
  %e2 = tensor.empty() : tensor<32x32xf32>
  %z = linalg.fill ins(%zero : f32) outs(%e2 : tensor<32x32xf32>) -> tensor<32x32xf32>
  %h = linalg.matmul ins(%flat, %x : tensor<32x8xf32>, tensor<8x32xf32>) outs(%z : tensor<32x32xf32>) -> tensor<32x32xf32>
  %h2 = tensor.expand_shape %h [[0, 1], [2]] output_shape [2, 16, 32] : tensor<32x32xf32> into tensor<2x16x32xf32>
  %e3 = tensor.empty() : tensor<2x16x24xf32>
  %y = tessel.qmatmul signed group_size(32) ins(%h2, %w, %s : tensor<2x16x32xf32>, tensor<24x32xi4>, tensor<24x1xf32>) activation(silu) outs(%e3 : tensor<2x16x24xf32>) -> tensor<2x16x24xf32>
  return %y : tensor<2x16x24xf32>
}
