// RUN: not tessel-opt %s 2>&1 | FileCheck %s

// Bad input: 9-bit weights. A diagnostic that names the problem, a non-zero
// exit, and no crash (`not` fails on a crash).

// CHECK: error: 'tessel.qmatmul' op expected weights to have a signless integer element type of 1 to 8 bits, got 'i9'
func.func @f(%x: tensor<1x64xf16>, %w: tensor<8x64xi9>, %s: tensor<8x1xf16>, %o: tensor<1x8xf16>) -> tensor<1x8xf16> {
  %r = tessel.qmatmul signed group_size(64) ins(%x, %w, %s : tensor<1x64xf16>, tensor<8x64xi9>, tensor<8x1xf16>) outs(%o : tensor<1x8xf16>) -> tensor<1x8xf16>
  return %r : tensor<1x8xf16>
}
