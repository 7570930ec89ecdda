// The three softmax algorithms on the CPU against the float64 reference,
// along the last and a middle dimension, in f32 and bf16, including a row of
// one element.

// RUN: tessel-run %s --entry=all_algorithms --seed=1 --check | FileCheck %s
// CHECK: check all_algorithms result 0 {{.*}} ok
// CHECK: check all_algorithms result 1 {{.*}} ok
// CHECK: check all_algorithms result 2 {{.*}} ok
func.func @all_algorithms(%x: tensor<5x333xf32>) -> (tensor<5x333xf32>, tensor<5x333xf32>, tensor<5x333xf32>) {
  %e = tensor.empty() : tensor<5x333xf32>
  %a = tessel.softmax three_pass dimension(1) ins(%x : tensor<5x333xf32>) outs(%e : tensor<5x333xf32>) -> tensor<5x333xf32>
  %b = tessel.softmax two_pass dimension(1) ins(%x : tensor<5x333xf32>) outs(%e : tensor<5x333xf32>) -> tensor<5x333xf32>
  %c = tessel.softmax online dimension(1) ins(%x : tensor<5x333xf32>) outs(%e : tensor<5x333xf32>) -> tensor<5x333xf32>
  return %a, %b, %c : tensor<5x333xf32>, tensor<5x333xf32>, tensor<5x333xf32>
}

// RUN: tessel-run %s --entry=middle_dim --seed=2 --check | FileCheck %s --check-prefix=MID
// MID: check middle_dim result 0 {{.*}} ok
// MID: check middle_dim result 1 {{.*}} ok
func.func @middle_dim(%x: tensor<3x7x4xbf16>) -> (tensor<3x7x4xbf16>, tensor<3x7x4xbf16>) {
  %e = tensor.empty() : tensor<3x7x4xbf16>
  %a = tessel.softmax two_pass dimension(1) ins(%x : tensor<3x7x4xbf16>) outs(%e : tensor<3x7x4xbf16>) -> tensor<3x7x4xbf16>
  %b = tessel.softmax online dimension(1) ins(%x : tensor<3x7x4xbf16>) outs(%e : tensor<3x7x4xbf16>) -> tensor<3x7x4xbf16>
  return %a, %b : tensor<3x7x4xbf16>, tensor<3x7x4xbf16>
}

// RUN: tessel-run %s --entry=single --seed=3 --check | FileCheck %s --check-prefix=ONE
// ONE: check single result 0 {{.*}} ok
func.func @single(%x: tensor<4x1xf32>) -> tensor<4x1xf32> {
  %e = tensor.empty() : tensor<4x1xf32>
  %a = tessel.softmax two_pass dimension(1) ins(%x : tensor<4x1xf32>) outs(%e : tensor<4x1xf32>) -> tensor<4x1xf32>
  return %a : tensor<4x1xf32>
}

// Rows that are a multiple of 16 take the per-lane form of the online and
// two-pass statistics (16 lane states merged at the end).
// RUN: tessel-run %s --entry=lanes --seed=4 --check | FileCheck %s --check-prefix=LANES
// LANES: check lanes result 0 {{.*}} ok
// LANES: check lanes result 1 {{.*}} ok
func.func @lanes(%x: tensor<3x320xf32>) -> (tensor<3x320xf32>, tensor<3x320xf32>) {
  %e = tensor.empty() : tensor<3x320xf32>
  %a = tessel.softmax two_pass dimension(1) ins(%x : tensor<3x320xf32>) outs(%e : tensor<3x320xf32>) -> tensor<3x320xf32>
  %b = tessel.softmax online dimension(1) ins(%x : tensor<3x320xf32>) outs(%e : tensor<3x320xf32>) -> tensor<3x320xf32>
  return %a, %b : tensor<3x320xf32>, tensor<3x320xf32>
}

// The lanes tessel-cpu-configure sizes for each vector ISA (32 on AVX-512,
// 16 on AVX2, 8 on SSE), a row they divide (640) and one only 16 divides
// (336: the AVX-512 lanes fall back to 16); three-pass keeps its
// exponentials in the f32 output.
// RUN: tessel-run %s --entry=configured_lanes --seed=5 --check --vector-isa=avx512 | FileCheck %s --check-prefix=CONF
// RUN: tessel-run %s --entry=configured_lanes --seed=6 --check --vector-isa=avx2 | FileCheck %s --check-prefix=CONF
// RUN: tessel-run %s --entry=configured_lanes --seed=7 --check --vector-isa=sse | FileCheck %s --check-prefix=CONF
// CONF-COUNT-6: check configured_lanes result {{[0-5]}} {{.*}} ok
func.func @configured_lanes(%x: tensor<3x640xf32>, %y: tensor<2x336xf32>) -> (tensor<3x640xf32>, tensor<3x640xf32>, tensor<3x640xf32>, tensor<2x336xf32>, tensor<2x336xf32>, tensor<2x336xf32>) {
  %e = tensor.empty() : tensor<3x640xf32>
  %a = tessel.softmax two_pass dimension(1) ins(%x : tensor<3x640xf32>) outs(%e : tensor<3x640xf32>) -> tensor<3x640xf32>
  %b = tessel.softmax online dimension(1) ins(%x : tensor<3x640xf32>) outs(%e : tensor<3x640xf32>) -> tensor<3x640xf32>
  %c = tessel.softmax three_pass dimension(1) ins(%x : tensor<3x640xf32>) outs(%e : tensor<3x640xf32>) -> tensor<3x640xf32>
  %f = tensor.empty() : tensor<2x336xf32>
  %g = tessel.softmax two_pass dimension(1) ins(%y : tensor<2x336xf32>) outs(%f : tensor<2x336xf32>) -> tensor<2x336xf32>
  %h = tessel.softmax online dimension(1) ins(%y : tensor<2x336xf32>) outs(%f : tensor<2x336xf32>) -> tensor<2x336xf32>
  %i = tessel.softmax three_pass dimension(1) ins(%y : tensor<2x336xf32>) outs(%f : tensor<2x336xf32>) -> tensor<2x336xf32>
  return %a, %b, %c, %g, %h, %i : tensor<3x640xf32>, tensor<3x640xf32>, tensor<3x640xf32>, tensor<2x336xf32>, tensor<2x336xf32>, tensor<2x336xf32>
}
