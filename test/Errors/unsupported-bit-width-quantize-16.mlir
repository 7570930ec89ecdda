// RUN: not tessel-opt %s 2>&1 | FileCheck %s

// Bad input: quantizing to 16 bits. A diagnostic that names the problem, a non-zero
// exit, and no crash (`not` fails on a crash).

// CHECK: error: 'tessel.quantize' op expected quantized values to have a signless integer element type of 1 to 8 bits, got 'i16'
func.func @f(%x: tensor<4x64xf32>, %q: tensor<4x64xi16>, %s: tensor<4x2xf32>) {
  %a, %b = tessel.quantize signed group_size(32) ins(%x : tensor<4x64xf32>) outs(%q, %s : tensor<4x64xi16>, tensor<4x2xf32>) -> tensor<4x64xi16>, tensor<4x2xf32>
  return
}
