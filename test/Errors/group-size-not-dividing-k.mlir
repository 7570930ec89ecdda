// RUN: not tessel-opt %s 2>&1 | FileCheck %s

// Bad input: a group size that does not divide K. A diagnostic that names the problem, a non-zero
// exit, and no crash (`not` fails on a crash).

// CHECK: error: 'tessel.qmatmul' op group_size (100) must divide the quantized dimension K (4096)
func.func @f(%x: tensor<1x4096xf16>, %w: tensor<8x4096xi4>, %s: tensor<8x41xf16>, %o: tensor<1x8xf16>) -> tensor<1x8xf16> {
  %r = tessel.qmatmul signed group_size(100) ins(%x, %w, %s : tensor<1x4096xf16>, tensor<8x4096xi4>, tensor<8x41xf16>) outs(%o : tensor<1x8xf16>) -> tensor<1x8xf16>
  return %r : tensor<1x8xf16>
}
