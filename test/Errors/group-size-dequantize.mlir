// RUN: not tessel-opt %s 2>&1 | FileCheck %s

// Bad input: a dequantize group size that does not divide the row. A diagnostic that names the problem, a non-zero
// exit, and no crash (`not` fails on a crash).

// CHECK: error: 'tessel.dequantize' op group_size (32) must divide the quantized dimension K (100)
func.func @f(%q: tensor<4x100xi4>, %s: tensor<4x3xf32>, %o: tensor<4x100xf32>) -> tensor<4x100xf32> {
  %r = tessel.dequantize signed group_size(32) ins(%q, %s : tensor<4x100xi4>, tensor<4x3xf32>) outs(%o : tensor<4x100xf32>) -> tensor<4x100xf32>
  return %r : tensor<4x100xf32>
}
