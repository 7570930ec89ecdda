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
