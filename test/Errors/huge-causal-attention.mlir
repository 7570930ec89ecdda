// The cost model's time is bounded whatever the sizes: a causal attention
// with 2^40 queries once made the analytical model sum its 2^34 row tiles
// one by one (tessel-cpu-configure ran for ever). Row tiles past 4096 are
// now sampled evenly.

// RUN: timeout 120 tessel-opt %s --tessel-cpu-configure | FileCheck %s
// RUN: timeout 120 tessel-opt %s --tessel-cpu-pipeline -o /dev/null
// RUN: timeout 120 tessel-opt %s --tessel-cuda-pipeline -o /dev/null
// CHECK: tessel.attention causal
// CHECK-SAME: tessel.tile_sizes

func.func @f(%q: tensor<1x1x1099511627776x64xf16>, %k: tensor<1x1x1099511627776x64xf16>, %v: tensor<1x1x1099511627776x64xf16>) -> tensor<1x1x1099511627776x64xf16> {
  %e = tensor.empty() : tensor<1x1x1099511627776x64xf16>
  %y = tessel.attention causal ins(%q, %k, %v : tensor<1x1x1099511627776x64xf16>, tensor<1x1x1099511627776x64xf16>, tensor<1x1x1099511627776x64xf16>) outs(%e : tensor<1x1x1099511627776x64xf16>) -> tensor<1x1x1099511627776x64xf16>
  return %y : tensor<1x1x1099511627776x64xf16>
}
