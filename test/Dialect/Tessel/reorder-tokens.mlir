// RUN: tessel-opt %s --split-input-file --verify-diagnostics --tessel-reorder | FileCheck %s

// Queries, keys and values are gathered into the token order, the draft is
// made of the gathered tokens, and the output goes back by the inverse
// order [1, 3, 0, 2] of [2, 0, 3, 1].
// CHECK-LABEL: func.func @reorder
// CHECK-DAG:     %[[P:.*]] = arith.constant dense<[2, 0, 3, 1]> : tensor<4xi64>
// CHECK-DAG:     %[[INV:.*]] = arith.constant dense<[1, 3, 0, 2]> : tensor<4xi64>
// CHECK:         %[[Q:.*]] = tessel.permute dimension(2) ins(%arg0, %[[P]]
// CHECK:         %[[K:.*]] = tessel.permute dimension(2) ins(%arg1, %[[P]]
// CHECK:         %[[M:.*]] = tessel.draft_mask {{.*}} ins(%[[Q]], %[[K]]
// CHECK:         %[[V:.*]] = tessel.permute dimension(2) ins(%arg2, %[[P]]
// CHECK:         %[[O:.*]] = tessel.attention ins(%[[Q]], %[[K]], %[[V]] : {{.*}}) block_mask(%[[M]]
// CHECK-NOT:       tessel.token_order
// CHECK:         %[[R:.*]] = tessel.permute dimension(2) ins(%[[O]], %[[INV]]
// CHECK:         return %[[R]]
func.func @reorder(%q: tensor<1x2x4x8xf32>, %k: tensor<1x2x4x8xf32>, %v: tensor<1x2x4x8xf32>) -> tensor<1x2x4x8xf32> {
  %me = tensor.empty() : tensor<1x2x2x2xi1>
  %m = tessel.draft_mask block_sizes = [2, 2] keep_ratio(0.5) ins(%q, %k : tensor<1x2x4x8xf32>, tensor<1x2x4x8xf32>) outs(%me : tensor<1x2x2x2xi1>) -> tensor<1x2x2x2xi1>
  %e = tensor.empty() : tensor<1x2x4x8xf32>
  %o = tessel.attention ins(%q, %k, %v : tensor<1x2x4x8xf32>, tensor<1x2x4x8xf32>, tensor<1x2x4x8xf32>) block_mask(%m : tensor<1x2x2x2xi1>) block_sizes = [2, 2] outs(%e : tensor<1x2x4x8xf32>) {tessel.token_order = array<i64: 2, 0, 3, 1>} -> tensor<1x2x4x8xf32>
  return %o : tensor<1x2x4x8xf32>
}

// -----

// Without a token order nothing changes.
// CHECK-LABEL: func.func @no_order
// CHECK-NOT:     tessel.permute
func.func @no_order(%q: tensor<1x2x4x8xf32>, %k: tensor<1x2x4x8xf32>, %v: tensor<1x2x4x8xf32>) -> tensor<1x2x4x8xf32> {
  %me = tensor.empty() : tensor<1x2x2x2xi1>
  %m = tessel.draft_mask block_sizes = [2, 2] keep_ratio(0.5) ins(%q, %k : tensor<1x2x4x8xf32>, tensor<1x2x4x8xf32>) outs(%me : tensor<1x2x2x2xi1>) -> tensor<1x2x2x2xi1>
  %e = tensor.empty() : tensor<1x2x4x8xf32>
  %o = tessel.attention ins(%q, %k, %v : tensor<1x2x4x8xf32>, tensor<1x2x4x8xf32>, tensor<1x2x4x8xf32>) block_mask(%m : tensor<1x2x2x2xi1>) block_sizes = [2, 2] outs(%e : tensor<1x2x4x8xf32>) -> tensor<1x2x4x8xf32>
  return %o : tensor<1x2x4x8xf32>
}

// -----

func.func @causal(%q: tensor<1x2x4x8xf32>, %k: tensor<1x2x4x8xf32>, %v: tensor<1x2x4x8xf32>) -> tensor<1x2x4x8xf32> {
  %me = tensor.empty() : tensor<1x2x2x2xi1>
  %m = tessel.draft_mask causal block_sizes = [2, 2] keep_ratio(0.5) ins(%q, %k : tensor<1x2x4x8xf32>, tensor<1x2x4x8xf32>) outs(%me : tensor<1x2x2x2xi1>) -> tensor<1x2x2x2xi1>
  %e = tensor.empty() : tensor<1x2x4x8xf32>
  // expected-error @below {{cannot reorder its tokens: token order must not matter to its masks (no causal, offset or element mask)}}
  %o = tessel.attention causal ins(%q, %k, %v : tensor<1x2x4x8xf32>, tensor<1x2x4x8xf32>, tensor<1x2x4x8xf32>) block_mask(%m : tensor<1x2x2x2xi1>) block_sizes = [2, 2] outs(%e : tensor<1x2x4x8xf32>) {tessel.token_order = array<i64: 2, 0, 3, 1>} -> tensor<1x2x4x8xf32>
  return %o : tensor<1x2x4x8xf32>
}

// -----

func.func @not_a_permutation(%q: tensor<1x2x4x8xf32>, %k: tensor<1x2x4x8xf32>, %v: tensor<1x2x4x8xf32>) -> tensor<1x2x4x8xf32> {
  %me = tensor.empty() : tensor<1x2x2x2xi1>
  %m = tessel.draft_mask block_sizes = [2, 2] keep_ratio(0.5) ins(%q, %k : tensor<1x2x4x8xf32>, tensor<1x2x4x8xf32>) outs(%me : tensor<1x2x2x2xi1>) -> tensor<1x2x2x2xi1>
  %e = tensor.empty() : tensor<1x2x4x8xf32>
  // expected-error @below {{cannot reorder its tokens: tessel.token_order must list every token once}}
  %o = tessel.attention ins(%q, %k, %v : tensor<1x2x4x8xf32>, tensor<1x2x4x8xf32>, tensor<1x2x4x8xf32>) block_mask(%m : tensor<1x2x2x2xi1>) block_sizes = [2, 2] outs(%e : tensor<1x2x4x8xf32>) {tessel.token_order = array<i64: 2, 0, 2, 1>} -> tensor<1x2x4x8xf32>
  return %o : tensor<1x2x4x8xf32>
}

// -----

func.func @mask_not_a_draft(%q: tensor<1x2x4x8xf32>, %k: tensor<1x2x4x8xf32>, %v: tensor<1x2x4x8xf32>, %m: tensor<1x2x2x2xi1>) -> tensor<1x2x4x8xf32> {
  %e = tensor.empty() : tensor<1x2x4x8xf32>
  // expected-error @below {{cannot reorder its tokens: its block mask must be the draft_mask of its own queries and keys, used by it alone}}
  %o = tessel.attention ins(%q, %k, %v : tensor<1x2x4x8xf32>, tensor<1x2x4x8xf32>, tensor<1x2x4x8xf32>) block_mask(%m : tensor<1x2x2x2xi1>) block_sizes = [2, 2] outs(%e : tensor<1x2x4x8xf32>) {tessel.token_order = array<i64: 2, 0, 3, 1>} -> tensor<1x2x4x8xf32>
  return %o : tensor<1x2x4x8xf32>
}
