// RUN: not tessel-opt %s 2>&1 | FileCheck %s

// Bad input: keys of a different head dimension than the queries. A diagnostic that names the problem, a non-zero
// exit, and no crash (`not` fails on a crash).

// CHECK: error: 'tessel.attention' op expected dimension 3 of key to be the head dimension D (64), got 128
func.func @f(%q: tensor<1x8x128x64xf16>, %k: tensor<1x8x128x128xf16>, %v: tensor<1x8x128x64xf16>, %o: tensor<1x8x128x64xf16>) -> tensor<1x8x128x64xf16> {
  %r = tessel.attention ins(%q, %k, %v : tensor<1x8x128x64xf16>, tensor<1x8x128x128xf16>, tensor<1x8x128x64xf16>) outs(%o : tensor<1x8x128x64xf16>) -> tensor<1x8x128x64xf16>
  return %r : tensor<1x8x128x64xf16>
}
