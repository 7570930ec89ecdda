// RUN: tessel-opt %s -split-input-file -verify-diagnostics

// The verifiers of the imported tm_tensor ops, one case per rule.

func.func @scan_two_inputs(%x: tensor<4xf32>, %a: tensor<f32>) {
  // expected-error @+1 {{expects 1 `ins` operands}}
  %r:2 = tm_tensor.scan dimension(0) inclusive(true) ins(%x, %x : tensor<4xf32>, tensor<4xf32>) outs(%x, %a : tensor<4xf32>, tensor<f32>) {
  ^bb0(%p: f32, %v: f32):
    tm_tensor.yield %p : f32
  } -> tensor<4xf32>, tensor<f32>
  return
}

// -----

func.func @scan_dimension(%x: tensor<4xf32>, %a: tensor<f32>) {
  // expected-error @+1 {{dimension 1 is out of range for rank 1}}
  %r:2 = tm_tensor.scan dimension(1) inclusive(true) ins(%x : tensor<4xf32>) outs(%x, %a : tensor<4xf32>, tensor<f32>) {
  ^bb0(%p: f32, %v: f32):
    tm_tensor.yield %p : f32
  } -> tensor<4xf32>, tensor<f32>
  return
}

// -----

func.func @scan_accumulator(%x: tensor<4x3xf32>, %a: tensor<4xf32>) {
  // expected-error @+1 {{accumulator does not match input dimension 1}}
  %r:2 = tm_tensor.scan dimension(0) inclusive(true) ins(%x : tensor<4x3xf32>) outs(%x, %a : tensor<4x3xf32>, tensor<4xf32>) {
  ^bb0(%p: f32, %v: f32):
    tm_tensor.yield %p : f32
  } -> tensor<4x3xf32>, tensor<4xf32>
  return
}

// -----

func.func @scan_result_type(%x: tensor<4xf32>, %a: tensor<f32>) {
  // expected-error @+1 {{result type 'tensor<5xf32>' differs from its `outs` operand's type 'tensor<4xf32>'}}
  %r:2 = tm_tensor.scan dimension(0) inclusive(true) ins(%x : tensor<4xf32>) outs(%x, %a : tensor<4xf32>, tensor<f32>) {
  ^bb0(%p: f32, %v: f32):
    tm_tensor.yield %p : f32
  } -> tensor<5xf32>, tensor<f32>
  return
}

// -----

func.func @scan_element_type(%x: tensor<4xf32>, %o: tensor<4xi32>, %a: tensor<f32>) {
  // expected-error @+1 {{expects input, output and accumulator of one element type}}
  %r:2 = tm_tensor.scan dimension(0) inclusive(true) ins(%x : tensor<4xf32>) outs(%o, %a : tensor<4xi32>, tensor<f32>) {
  ^bb0(%p: f32, %v: f32):
    tm_tensor.yield %p : f32
  } -> tensor<4xi32>, tensor<f32>
  return
}

// -----

func.func @scan_region_arguments(%x: tensor<4xf32>, %a: tensor<f32>) {
  // expected-error @+1 {{region argument #1 must be 'f32', not 'i32'}}
  %r:2 = tm_tensor.scan dimension(0) inclusive(true) ins(%x : tensor<4xf32>) outs(%x, %a : tensor<4xf32>, tensor<f32>) {
  ^bb0(%p: f32, %v: i32):
    tm_tensor.yield %p : f32
  } -> tensor<4xf32>, tensor<f32>
  return
}

// -----

func.func @scan_yield(%x: tensor<4xf32>, %a: tensor<f32>) {
  // expected-error @+1 {{expects its region to yield one 'f32'}}
  %r:2 = tm_tensor.scan dimension(0) inclusive(true) ins(%x : tensor<4xf32>) outs(%x, %a : tensor<4xf32>, tensor<f32>) {
  ^bb0(%p: f32, %v: f32):
    tm_tensor.yield %p, %v : f32, f32
  } -> tensor<4xf32>, tensor<f32>
  return
}

// -----

func.func @scatter_indices(%o: tensor<8x4xf32>, %u: tensor<2x1x4xf32>, %i: tensor<2xi64>) {
  // expected-error @+1 {{expects indices as a 2-D tensor of integers}}
  %r = tm_tensor.scatter {dimension_map = array<i64: 0>} unique_indices(true) ins(%u, %i : tensor<2x1x4xf32>, tensor<2xi64>) outs(%o : tensor<8x4xf32>) {
  ^bb0(%a: f32, %b: f32):
    tm_tensor.yield %a : f32
  } -> tensor<8x4xf32>
  return
}

// -----

func.func @scatter_depth(%o: tensor<8x4xf32>, %u: tensor<2x1x4xf32>, %i: tensor<2x?xi64>) {
  // expected-error @+1 {{expects a static index depth of at least 1}}
  %r = tm_tensor.scatter {dimension_map = array<i64: 0>} unique_indices(true) ins(%u, %i : tensor<2x1x4xf32>, tensor<2x?xi64>) outs(%o : tensor<8x4xf32>) {
  ^bb0(%a: f32, %b: f32):
    tm_tensor.yield %a : f32
  } -> tensor<8x4xf32>
  return
}

// -----

func.func @scatter_count(%o: tensor<8x4xf32>, %u: tensor<3x1x4xf32>, %i: tensor<2x1xi64>) {
  // expected-error @+1 {{expects as many updates as index rows}}
  %r = tm_tensor.scatter {dimension_map = array<i64: 0>} unique_indices(true) ins(%u, %i : tensor<3x1x4xf32>, tensor<2x1xi64>) outs(%o : tensor<8x4xf32>) {
  ^bb0(%a: f32, %b: f32):
    tm_tensor.yield %a : f32
  } -> tensor<8x4xf32>
  return
}

// -----

func.func @scatter_element(%o: tensor<8x4xf32>, %u: tensor<2x1x4xf16>, %i: tensor<2x1xi64>) {
  // expected-error @+1 {{expects updates of the original's element type}}
  %r = tm_tensor.scatter {dimension_map = array<i64: 0>} unique_indices(true) ins(%u, %i : tensor<2x1x4xf16>, tensor<2x1xi64>) outs(%o : tensor<8x4xf32>) {
  ^bb0(%a: f32, %b: f32):
    tm_tensor.yield %a : f32
  } -> tensor<8x4xf32>
  return
}

// -----

func.func @scatter_slice_rank(%o: tensor<8xf32>, %u: tensor<2x1x4xf32>, %i: tensor<2x1xi64>) {
  // expected-error @+1 {{update slices have a higher rank than the original}}
  %r = tm_tensor.scatter {dimension_map = array<i64: 0>} unique_indices(true) ins(%u, %i : tensor<2x1x4xf32>, tensor<2x1xi64>) outs(%o : tensor<8xf32>) {
  ^bb0(%a: f32, %b: f32):
    tm_tensor.yield %a : f32
  } -> tensor<8xf32>
  return
}

// -----

func.func @scatter_map_size(%o: tensor<8x4xf32>, %u: tensor<2x1x4xf32>, %i: tensor<2x1xi64>) {
  // expected-error @+1 {{dimension_map has 2 entries for an index depth of 1}}
  %r = tm_tensor.scatter {dimension_map = array<i64: 0, 1>} unique_indices(true) ins(%u, %i : tensor<2x1x4xf32>, tensor<2x1xi64>) outs(%o : tensor<8x4xf32>) {
  ^bb0(%a: f32, %b: f32):
    tm_tensor.yield %a : f32
  } -> tensor<8x4xf32>
  return
}

// -----

func.func @scatter_map_range(%o: tensor<8x4xf32>, %u: tensor<2x1x4xf32>, %i: tensor<2x1xi64>) {
  // expected-error @+1 {{dimension_map entry 2 is out of range or repeated}}
  %r = tm_tensor.scatter {dimension_map = array<i64: 2>} unique_indices(true) ins(%u, %i : tensor<2x1x4xf32>, tensor<2x1xi64>) outs(%o : tensor<8x4xf32>) {
  ^bb0(%a: f32, %b: f32):
    tm_tensor.yield %a : f32
  } -> tensor<8x4xf32>
  return
}

// -----

func.func @scatter_slice_size(%o: tensor<8x4xf32>, %u: tensor<2x1x5xf32>, %i: tensor<2x1xi64>) {
  // expected-error @+1 {{update slice dimension 1 (5) exceeds the original's (4)}}
  %r = tm_tensor.scatter {dimension_map = array<i64: 0>} unique_indices(true) ins(%u, %i : tensor<2x1x5xf32>, tensor<2x1xi64>) outs(%o : tensor<8x4xf32>) {
  ^bb0(%a: f32, %b: f32):
    tm_tensor.yield %a : f32
  } -> tensor<8x4xf32>
  return
}

// -----

func.func @sort_inputs(%x: tensor<5xf32>) {
  // expected-error @+1 {{expects 0 `ins` operands}}
  %r = tm_tensor.sort dimension(0) ins(%x : tensor<5xf32>) outs(%x : tensor<5xf32>) {
  ^bb0(%a: f32, %b: f32):
    %c = arith.cmpf ole, %a, %b : f32
    tm_tensor.yield %c : i1
  } -> tensor<5xf32>
  return
}

// -----

func.func @sort_shapes(%x: tensor<5xf32>, %i: tensor<6xi64>) {
  // expected-error @+1 {{expects `outs` operands of one shape}}
  %r:2 = tm_tensor.sort dimension(0) outs(%x, %i : tensor<5xf32>, tensor<6xi64>) {
  ^bb0(%a: f32, %b: f32, %c: i64, %d: i64):
    %le = arith.cmpf ole, %a, %b : f32
    tm_tensor.yield %le : i1
  } -> tensor<5xf32>, tensor<6xi64>
  return
}

// -----

func.func @sort_comparator(%x: tensor<5xf32>) {
  // expected-error @+1 {{expects its region to yield one 'i1'}}
  %r = tm_tensor.sort dimension(0) outs(%x : tensor<5xf32>) {
  ^bb0(%a: f32, %b: f32):
    tm_tensor.yield %a : f32
  } -> tensor<5xf32>
  return
}

// -----

func.func @sort_dimension(%x: tensor<5xf32>) {
  // expected-error @+1 {{dimension -1 is out of range for rank 1}}
  %r = tm_tensor.sort dimension(-1) outs(%x : tensor<5xf32>) {
  ^bb0(%a: f32, %b: f32):
    %c = arith.cmpf ole, %a, %b : f32
    tm_tensor.yield %c : i1
  } -> tensor<5xf32>
  return
}

// -----

func.func @topk_k(%x: tensor<3x4xf32>, %v: tensor<3x5xf32>, %i: tensor<3x5xi64>) {
  // expected-error @+1 {{k = 5 exceeds the 4 input elements}}
  %r:2 = tm_tensor.topk dimension(1) ins(%x : tensor<3x4xf32>) outs(%v, %i : tensor<3x5xf32>, tensor<3x5xi64>) {
  ^bb0(%a: f32, %b: f32):
    %c = arith.cmpf ogt, %a, %b : f32
    tm_tensor.yield %c : i1
  } -> tensor<3x5xf32>, tensor<3x5xi64>
  return
}

// -----

func.func @topk_indices(%x: tensor<3x4xf32>, %v: tensor<3x2xf32>, %i: tensor<3x2xf32>) {
  // expected-error @+1 {{expects output values of the input's element type and integer output indices}}
  %r:2 = tm_tensor.topk dimension(1) ins(%x : tensor<3x4xf32>) outs(%v, %i : tensor<3x2xf32>, tensor<3x2xf32>) {
  ^bb0(%a: f32, %b: f32):
    %c = arith.cmpf ogt, %a, %b : f32
    tm_tensor.yield %c : i1
  } -> tensor<3x2xf32>, tensor<3x2xf32>
  return
}

// -----

func.func @topk_other_dimension(%x: tensor<3x4xf32>, %v: tensor<2x2xf32>, %i: tensor<2x2xi64>) {
  // expected-error @+1 {{output dimension 0 differs from the input's}}
  %r:2 = tm_tensor.topk dimension(1) ins(%x : tensor<3x4xf32>) outs(%v, %i : tensor<2x2xf32>, tensor<2x2xi64>) {
  ^bb0(%a: f32, %b: f32):
    %c = arith.cmpf ogt, %a, %b : f32
    tm_tensor.yield %c : i1
  } -> tensor<2x2xf32>, tensor<2x2xi64>
  return
}

// -----

func.func @topk_input_indices(%x: tensor<3x4xf32>, %ix: tensor<3x4xi32>, %v: tensor<3x2xf32>, %i: tensor<3x2xi64>) {
  // expected-error @+1 {{expects input indices of the values' shape and the output indices' element type}}
  %r:2 = tm_tensor.topk dimension(1) ins(%x, %ix : tensor<3x4xf32>, tensor<3x4xi32>) outs(%v, %i : tensor<3x2xf32>, tensor<3x2xi64>) {
  ^bb0(%a: f32, %b: f32):
    %c = arith.cmpf ogt, %a, %b : f32
    tm_tensor.yield %c : i1
  } -> tensor<3x2xf32>, tensor<3x2xi64>
  return
}

// -----

// torch-mlir's tm_tensor.attention is not accepted: torch-mlir decomposes
// SDPA into linalg, which tessel-raise recognizes.
func.func @attention(%q: tensor<1x4x8xf32>, %o: tensor<1x4x8xf32>) {
  // expected-error @+1 {{custom op 'tm_tensor.attention' is unknown}}
  %r = tm_tensor.attention ins(%q, %q, %q : tensor<1x4x8xf32>, tensor<1x4x8xf32>, tensor<1x4x8xf32>) outs(%o : tensor<1x4x8xf32>) -> tensor<1x4x8xf32>
  return
}

// -----

func.func @yield_outside(%x: f32) {
  // expected-error @+1 {{expects parent op to be one of}}
  tm_tensor.yield %x : f32
}
