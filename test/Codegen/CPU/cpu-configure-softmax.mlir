// RUN: tessel-opt %s --tessel-cpu-configure="cost-model=fixed vector-isa=avx512" | FileCheck %s --check-prefix=AVX512
// RUN: tessel-opt %s --tessel-cpu-configure="cost-model=fixed vector-isa=avx2" | FileCheck %s --check-prefix=AVX2
// RUN: tessel-opt %s --tessel-cpu-configure="cost-model=fixed vector-isa=sse" | FileCheck %s --check-prefix=SSE
// RUN: not tessel-opt %s --tessel-cpu-configure="vector-isa=neon" 2>&1 | FileCheck %s --check-prefix=BAD

// The per-lane states of the online and two-pass softmax: two vectors of
// the machine's registers (one chain of exponentials per vector, and two
// to overlap), recorded with the row tiles; lanes already on an op stay.
// AVX512: tessel.softmax online {{.*}}tessel.softmax_lanes = 32 : i64, tessel.tile_sizes = array<i64: 1, 0>
// AVX512: tessel.softmax two_pass {{.*}}tessel.softmax_lanes = 64 : i64
// AVX2: tessel.softmax online {{.*}}tessel.softmax_lanes = 16 : i64
// SSE: tessel.softmax online {{.*}}tessel.softmax_lanes = 8 : i64
// BAD: tessel-cpu-configure: unknown vector-isa 'neon'
func.func @softmax(%x: tensor<8x1024xf32>) -> (tensor<8x1024xf32>, tensor<8x1024xf32>) {
  %e = tensor.empty() : tensor<8x1024xf32>
  %a = tessel.softmax online dimension(1) ins(%x : tensor<8x1024xf32>) outs(%e : tensor<8x1024xf32>) -> tensor<8x1024xf32>
  %b = tessel.softmax two_pass dimension(1) ins(%x : tensor<8x1024xf32>) outs(%e : tensor<8x1024xf32>) {tessel.softmax_lanes = 64 : i64} -> tensor<8x1024xf32>
  return %a, %b : tensor<8x1024xf32>, tensor<8x1024xf32>
}
