// RUN: tessel-opt %s -split-input-file -verify-diagnostics

// Every verifier branch of every tessel op, one case each.

func.func @f(%q: tensor<4x8x16xf32>, %k: tensor<1x2x8x16xf32>, %v: tensor<1x2x8x16xf32>, %o: tensor<1x4x8x16xf32>) {
  // expected-error @+1 {{expected query to have rank 4 ([B, Hq, Sq, D]), got 3}}
  %r = tessel.attention  ins(%q, %k, %v : tensor<4x8x16xf32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>)  outs(%o : tensor<1x4x8x16xf32>) -> tensor<1x4x8x16xf32>
  return
}

// -----

func.func @f(%q: tensor<1x4x8x16xf32>, %k: tensor<2x8x16xf32>, %v: tensor<1x2x8x16xf32>, %o: tensor<1x4x8x16xf32>) {
  // expected-error @+1 {{expected key to have rank 4 ([B, Hkv, Skv, D]), got 3}}
  %r = tessel.attention  ins(%q, %k, %v : tensor<1x4x8x16xf32>, tensor<2x8x16xf32>, tensor<1x2x8x16xf32>)  outs(%o : tensor<1x4x8x16xf32>) -> tensor<1x4x8x16xf32>
  return
}

// -----

func.func @f(%q: tensor<1x4x8x16xi8>, %k: tensor<1x2x8x16xf32>, %v: tensor<1x2x8x16xf32>, %o: tensor<1x4x8x16xf32>) {
  // expected-error @+1 {{expected query to have element type f16, bf16 or f32, got 'i8'}}
  %r = tessel.attention  ins(%q, %k, %v : tensor<1x4x8x16xi8>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>)  outs(%o : tensor<1x4x8x16xf32>) -> tensor<1x4x8x16xf32>
  return
}

// -----

func.func @f(%q: tensor<1x4x8x16xf32>, %k: tensor<1x2x8x16xf16>, %v: tensor<1x2x8x16xf32>, %o: tensor<1x4x8x16xf32>) {
  // expected-error @+1 {{expected key to have the query's element type 'f32', got 'f16'}}
  %r = tessel.attention  ins(%q, %k, %v : tensor<1x4x8x16xf32>, tensor<1x2x8x16xf16>, tensor<1x2x8x16xf32>)  outs(%o : tensor<1x4x8x16xf32>) -> tensor<1x4x8x16xf32>
  return
}

// -----

func.func @f(%q: tensor<1x4x8x16xf32>, %k: tensor<2x2x8x16xf32>, %v: tensor<1x2x8x16xf32>, %o: tensor<1x4x8x16xf32>) {
  // expected-error @+1 {{expected dimension 0 of key to be the batch size B (1), got 2}}
  %r = tessel.attention  ins(%q, %k, %v : tensor<1x4x8x16xf32>, tensor<2x2x8x16xf32>, tensor<1x2x8x16xf32>)  outs(%o : tensor<1x4x8x16xf32>) -> tensor<1x4x8x16xf32>
  return
}

// -----

func.func @f(%q: tensor<1x4x8x16xf32>, %k: tensor<1x2x8x32xf32>, %v: tensor<1x2x8x16xf32>, %o: tensor<1x4x8x16xf32>) {
  // expected-error @+1 {{expected dimension 3 of key to be the head dimension D (16), got 32}}
  %r = tessel.attention  ins(%q, %k, %v : tensor<1x4x8x16xf32>, tensor<1x2x8x32xf32>, tensor<1x2x8x16xf32>)  outs(%o : tensor<1x4x8x16xf32>) -> tensor<1x4x8x16xf32>
  return
}

// -----

func.func @f(%q: tensor<1x4x8x16xf32>, %k: tensor<1x3x8x16xf32>, %v: tensor<1x3x8x16xf32>, %o: tensor<1x4x8x16xf32>) {
  // expected-error @+1 {{query heads (4) must be a multiple of key/value heads (3)}}
  %r = tessel.attention  ins(%q, %k, %v : tensor<1x4x8x16xf32>, tensor<1x3x8x16xf32>, tensor<1x3x8x16xf32>)  outs(%o : tensor<1x4x8x16xf32>) -> tensor<1x4x8x16xf32>
  return
}

// -----

func.func @f(%q: tensor<1x4x8x16xf32>, %k: tensor<1x2x8x16xf32>, %v: tensor<2x8x16xf32>, %o: tensor<1x4x8x16xf32>) {
  // expected-error @+1 {{expected value to have rank 4 ([B, Hkv, Skv, Dv]), got 3}}
  %r = tessel.attention  ins(%q, %k, %v : tensor<1x4x8x16xf32>, tensor<1x2x8x16xf32>, tensor<2x8x16xf32>)  outs(%o : tensor<1x4x8x16xf32>) -> tensor<1x4x8x16xf32>
  return
}

// -----

func.func @f(%q: tensor<1x4x8x16xf32>, %k: tensor<1x2x8x16xf32>, %v: tensor<1x2x8x16xf32>, %o: tensor<4x8x16xf32>) {
  // expected-error @+1 {{expected init to have rank 4 ([B, Hq, Sq, Dv]), got 3}}
  %r = tessel.attention  ins(%q, %k, %v : tensor<1x4x8x16xf32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>)  outs(%o : tensor<4x8x16xf32>) -> tensor<4x8x16xf32>
  return
}

// -----

func.func @f(%q: tensor<1x4x8x16xf32>, %k: tensor<1x2x8x16xf32>, %v: tensor<1x2x8x16xf16>, %o: tensor<1x4x8x16xf32>) {
  // expected-error @+1 {{expected value and init to have the query's element type 'f32'}}
  %r = tessel.attention  ins(%q, %k, %v : tensor<1x4x8x16xf32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf16>)  outs(%o : tensor<1x4x8x16xf32>) -> tensor<1x4x8x16xf32>
  return
}

// -----

func.func @f(%q: tensor<1x4x8x16xf32>, %k: tensor<1x2x8x16xf32>, %v: tensor<3x2x8x16xf32>, %o: tensor<1x4x8x16xf32>) {
  // expected-error @+1 {{expected dimension 0 of value to be the batch size B (1), got 3}}
  %r = tessel.attention  ins(%q, %k, %v : tensor<1x4x8x16xf32>, tensor<1x2x8x16xf32>, tensor<3x2x8x16xf32>)  outs(%o : tensor<1x4x8x16xf32>) -> tensor<1x4x8x16xf32>
  return
}

// -----

func.func @f(%q: tensor<1x4x8x16xf32>, %k: tensor<1x2x8x16xf32>, %v: tensor<1x1x8x16xf32>, %o: tensor<1x4x8x16xf32>) {
  // expected-error @+1 {{expected dimension 1 of value to be the key/value heads Hkv (2), got 1}}
  %r = tessel.attention  ins(%q, %k, %v : tensor<1x4x8x16xf32>, tensor<1x2x8x16xf32>, tensor<1x1x8x16xf32>)  outs(%o : tensor<1x4x8x16xf32>) -> tensor<1x4x8x16xf32>
  return
}

// -----

func.func @f(%q: tensor<1x4x8x16xf32>, %k: tensor<1x2x8x16xf32>, %v: tensor<1x2x9x16xf32>, %o: tensor<1x4x8x16xf32>) {
  // expected-error @+1 {{expected dimension 2 of value to be the key length Skv (8), got 9}}
  %r = tessel.attention  ins(%q, %k, %v : tensor<1x4x8x16xf32>, tensor<1x2x8x16xf32>, tensor<1x2x9x16xf32>)  outs(%o : tensor<1x4x8x16xf32>) -> tensor<1x4x8x16xf32>
  return
}

// -----

func.func @f(%q: tensor<1x4x8x16xf32>, %k: tensor<1x2x8x16xf32>, %v: tensor<1x2x8x16xf32>, %o: tensor<2x4x8x16xf32>) {
  // expected-error @+1 {{expected dimension 0 of init to be the batch size B (1), got 2}}
  %r = tessel.attention  ins(%q, %k, %v : tensor<1x4x8x16xf32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>)  outs(%o : tensor<2x4x8x16xf32>) -> tensor<2x4x8x16xf32>
  return
}

// -----

func.func @f(%q: tensor<1x4x8x16xf32>, %k: tensor<1x2x8x16xf32>, %v: tensor<1x2x8x16xf32>, %o: tensor<1x2x8x16xf32>) {
  // expected-error @+1 {{expected dimension 1 of init to be the query heads Hq (4), got 2}}
  %r = tessel.attention  ins(%q, %k, %v : tensor<1x4x8x16xf32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>)  outs(%o : tensor<1x2x8x16xf32>) -> tensor<1x2x8x16xf32>
  return
}

// -----

func.func @f(%q: tensor<1x4x8x16xf32>, %k: tensor<1x2x8x16xf32>, %v: tensor<1x2x8x16xf32>, %o: tensor<1x4x7x16xf32>) {
  // expected-error @+1 {{expected dimension 2 of init to be the query length Sq (8), got 7}}
  %r = tessel.attention  ins(%q, %k, %v : tensor<1x4x8x16xf32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>)  outs(%o : tensor<1x4x7x16xf32>) -> tensor<1x4x7x16xf32>
  return
}

// -----

func.func @f(%q: tensor<1x4x8x16xf32>, %k: tensor<1x2x8x16xf32>, %v: tensor<1x2x8x16xf32>, %o: tensor<1x4x8x8xf32>) {
  // expected-error @+1 {{expected dimension 3 of init to be the value dimension Dv (16), got 8}}
  %r = tessel.attention  ins(%q, %k, %v : tensor<1x4x8x16xf32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>)  outs(%o : tensor<1x4x8x8xf32>) -> tensor<1x4x8x8xf32>
  return
}

// -----

func.func @f(%q: tensor<1x4x8x16xf32>, %k: tensor<1x2x8x16xf32>, %v: tensor<1x2x8x16xf32>, %o: tensor<1x4x8x16xf32>) {
  // expected-error @+1 {{scale must be finite and non-zero, got 0}}
  %r = tessel.attention scale(0.0) ins(%q, %k, %v : tensor<1x4x8x16xf32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>)  outs(%o : tensor<1x4x8x16xf32>) -> tensor<1x4x8x16xf32>
  return
}

// -----

func.func @f(%q: tensor<1x4x8x16xf32>, %k: tensor<1x2x8x16xf32>, %v: tensor<1x2x8x16xf32>, %o: tensor<1x4x8x16xf32>) {
  // expected-error @+1 {{softcap must be finite and positive, got -5}}
  %r = tessel.attention softcap(-5.0) ins(%q, %k, %v : tensor<1x4x8x16xf32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>)  outs(%o : tensor<1x4x8x16xf32>) -> tensor<1x4x8x16xf32>
  return
}

// -----

func.func @f(%q: tensor<1x4x8x16xf32>, %k: tensor<1x2x8x16xf32>, %v: tensor<1x2x8x16xf32>, %o: tensor<1x4x8x16xf32>) {
  // expected-error @+1 {{softcap must be finite and positive, got 0}}
  %r = tessel.attention softcap(0.0) ins(%q, %k, %v : tensor<1x4x8x16xf32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>)  outs(%o : tensor<1x4x8x16xf32>) -> tensor<1x4x8x16xf32>
  return
}

// -----

func.func @f(%q: tensor<1x4x8x16xf32>, %k: tensor<1x2x8x16xf32>, %v: tensor<1x2x8x16xf32>, %o: tensor<1x4x8x16xf32>) {
  // expected-error @+1 {{window is only meaningful together with causal}}
  %r = tessel.attention window(4) ins(%q, %k, %v : tensor<1x4x8x16xf32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>)  outs(%o : tensor<1x4x8x16xf32>) -> tensor<1x4x8x16xf32>
  return
}

// -----

func.func @f(%q: tensor<1x4x8x16xf32>, %k: tensor<1x2x8x16xf32>, %v: tensor<1x2x8x16xf32>, %o: tensor<1x4x8x16xf32>) {
  // expected-error @+1 {{window must be at least 1, got 0}}
  %r = tessel.attention causal window(0) ins(%q, %k, %v : tensor<1x4x8x16xf32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>)  outs(%o : tensor<1x4x8x16xf32>) -> tensor<1x4x8x16xf32>
  return
}

// -----

func.func @f(%q: tensor<1x4x8x16xf32>, %k: tensor<1x2x8x16xf32>, %v: tensor<1x2x8x16xf32>, %o: tensor<1x4x8x16xf32>, %m: tensor<8x8xf32>) {
  // expected-error @+1 {{expected mask to have rank 4 ([B|1, Hq|1, Sq, Skv]), got 2}}
  %r = tessel.attention  ins(%q, %k, %v : tensor<1x4x8x16xf32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>) mask(%m : tensor<8x8xf32>) outs(%o : tensor<1x4x8x16xf32>) -> tensor<1x4x8x16xf32>
  return
}

// -----

func.func @f(%q: tensor<1x4x8x16xf32>, %k: tensor<1x2x8x16xf32>, %v: tensor<1x2x8x16xf32>, %o: tensor<1x4x8x16xf32>, %m: tensor<1x4x8x8xf16>) {
  // expected-error @+1 {{expected mask to be boolean (i1) or additive ('f32'), got element type 'f16'}}
  %r = tessel.attention  ins(%q, %k, %v : tensor<1x4x8x16xf32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>) mask(%m : tensor<1x4x8x8xf16>) outs(%o : tensor<1x4x8x16xf32>) -> tensor<1x4x8x16xf32>
  return
}

// -----

func.func @f(%q: tensor<1x4x8x16xf32>, %k: tensor<1x2x8x16xf32>, %v: tensor<1x2x8x16xf32>, %o: tensor<1x4x8x16xf32>, %m: tensor<2x4x8x8xi1>) {
  // expected-error @+1 {{expected dimension 0 of mask to be the batch size B (1) or 1, got 2}}
  %r = tessel.attention  ins(%q, %k, %v : tensor<1x4x8x16xf32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>) mask(%m : tensor<2x4x8x8xi1>) outs(%o : tensor<1x4x8x16xf32>) -> tensor<1x4x8x16xf32>
  return
}

// -----

func.func @f(%q: tensor<1x4x8x16xf32>, %k: tensor<1x2x8x16xf32>, %v: tensor<1x2x8x16xf32>, %o: tensor<1x4x8x16xf32>, %m: tensor<1x3x8x8xi1>) {
  // expected-error @+1 {{expected dimension 1 of mask to be the query heads Hq (4) or 1, got 3}}
  %r = tessel.attention  ins(%q, %k, %v : tensor<1x4x8x16xf32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>) mask(%m : tensor<1x3x8x8xi1>) outs(%o : tensor<1x4x8x16xf32>) -> tensor<1x4x8x16xf32>
  return
}

// -----

func.func @f(%q: tensor<1x4x8x16xf32>, %k: tensor<1x2x8x16xf32>, %v: tensor<1x2x8x16xf32>, %o: tensor<1x4x8x16xf32>, %m: tensor<1x1x9x8xi1>) {
  // expected-error @+1 {{expected dimension 2 of mask to be the query length Sq (8), got 9}}
  %r = tessel.attention  ins(%q, %k, %v : tensor<1x4x8x16xf32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>) mask(%m : tensor<1x1x9x8xi1>) outs(%o : tensor<1x4x8x16xf32>) -> tensor<1x4x8x16xf32>
  return
}

// -----

func.func @f(%q: tensor<1x4x8x16xf32>, %k: tensor<1x2x8x16xf32>, %v: tensor<1x2x8x16xf32>, %o: tensor<1x4x8x16xf32>, %m: tensor<1x1x8x7xf32>) {
  // expected-error @+1 {{expected dimension 3 of mask to be the key length Skv (8), got 7}}
  %r = tessel.attention  ins(%q, %k, %v : tensor<1x4x8x16xf32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>) mask(%m : tensor<1x1x8x7xf32>) outs(%o : tensor<1x4x8x16xf32>) -> tensor<1x4x8x16xf32>
  return
}

// -----

func.func @f(%q: tensor<1x4x8x16xf32>, %k: tensor<1x2x8x16xf32>, %v: tensor<1x2x8x16xf32>, %o: tensor<1x4x8x16xf32>, %m: tensor<1x1x2x2xi1>) {
  // expected-error @+1 {{block_mask requires block_sizes = [bq, bk]}}
  %r = tessel.attention  ins(%q, %k, %v : tensor<1x4x8x16xf32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>) block_mask(%m : tensor<1x1x2x2xi1>) outs(%o : tensor<1x4x8x16xf32>) -> tensor<1x4x8x16xf32>
  return
}

// -----

func.func @f(%q: tensor<1x4x8x16xf32>, %k: tensor<1x2x8x16xf32>, %v: tensor<1x2x8x16xf32>, %o: tensor<1x4x8x16xf32>, %m: tensor<1x1x2x2xi1>) {
  // expected-error @+1 {{block_sizes must have two entries [query block, key block]}}
  %r = tessel.attention  ins(%q, %k, %v : tensor<1x4x8x16xf32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>) block_mask(%m : tensor<1x1x2x2xi1>) block_sizes = [4] outs(%o : tensor<1x4x8x16xf32>) -> tensor<1x4x8x16xf32>
  return
}

// -----

func.func @f(%q: tensor<1x4x8x16xf32>, %k: tensor<1x2x8x16xf32>, %v: tensor<1x2x8x16xf32>, %o: tensor<1x4x8x16xf32>, %m: tensor<1x1x2x2xi1>) {
  // expected-error @+1 {{block_sizes must be positive}}
  %r = tessel.attention  ins(%q, %k, %v : tensor<1x4x8x16xf32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>) block_mask(%m : tensor<1x1x2x2xi1>) block_sizes = [4, 0] outs(%o : tensor<1x4x8x16xf32>) -> tensor<1x4x8x16xf32>
  return
}

// -----

func.func @f(%q: tensor<1x4x8x16xf32>, %k: tensor<1x2x8x16xf32>, %v: tensor<1x2x8x16xf32>, %o: tensor<1x4x8x16xf32>, %m: tensor<2x2xi1>) {
  // expected-error @+1 {{expected block_mask to have rank 4 ([B|1, Hq|1, ceildiv(Sq, bq), ceildiv(Skv, bk)]), got 2}}
  %r = tessel.attention  ins(%q, %k, %v : tensor<1x4x8x16xf32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>) block_mask(%m : tensor<2x2xi1>) block_sizes = [4, 4] outs(%o : tensor<1x4x8x16xf32>) -> tensor<1x4x8x16xf32>
  return
}

// -----

func.func @f(%q: tensor<1x4x8x16xf32>, %k: tensor<1x2x8x16xf32>, %v: tensor<1x2x8x16xf32>, %o: tensor<1x4x8x16xf32>, %m: tensor<1x1x2x2xf32>) {
  // expected-error @+1 {{expected block_mask to have element type i1, got 'f32'}}
  %r = tessel.attention  ins(%q, %k, %v : tensor<1x4x8x16xf32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>) block_mask(%m : tensor<1x1x2x2xf32>) block_sizes = [4, 4] outs(%o : tensor<1x4x8x16xf32>) -> tensor<1x4x8x16xf32>
  return
}

// -----

func.func @f(%q: tensor<1x4x8x16xf32>, %k: tensor<1x2x8x16xf32>, %v: tensor<1x2x8x16xf32>, %o: tensor<1x4x8x16xf32>, %m: tensor<2x1x2x2xi1>) {
  // expected-error @+1 {{expected dimension 0 of block_mask to be the batch size B (1) or 1, got 2}}
  %r = tessel.attention  ins(%q, %k, %v : tensor<1x4x8x16xf32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>) block_mask(%m : tensor<2x1x2x2xi1>) block_sizes = [4, 4] outs(%o : tensor<1x4x8x16xf32>) -> tensor<1x4x8x16xf32>
  return
}

// -----

func.func @f(%q: tensor<1x4x8x16xf32>, %k: tensor<1x2x8x16xf32>, %v: tensor<1x2x8x16xf32>, %o: tensor<1x4x8x16xf32>, %m: tensor<1x2x2x2xi1>) {
  // expected-error @+1 {{expected dimension 1 of block_mask to be the query heads Hq (4) or 1, got 2}}
  %r = tessel.attention  ins(%q, %k, %v : tensor<1x4x8x16xf32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>) block_mask(%m : tensor<1x2x2x2xi1>) block_sizes = [4, 4] outs(%o : tensor<1x4x8x16xf32>) -> tensor<1x4x8x16xf32>
  return
}

// -----

func.func @f(%q: tensor<1x4x8x16xf32>, %k: tensor<1x2x8x16xf32>, %v: tensor<1x2x8x16xf32>, %o: tensor<1x4x8x16xf32>, %m: tensor<1x1x3x2xi1>) {
  // expected-error @+1 {{expected dimension 2 of block_mask to be the number of query blocks ceildiv(Sq, bq) (2), got 3}}
  %r = tessel.attention  ins(%q, %k, %v : tensor<1x4x8x16xf32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>) block_mask(%m : tensor<1x1x3x2xi1>) block_sizes = [4, 4] outs(%o : tensor<1x4x8x16xf32>) -> tensor<1x4x8x16xf32>
  return
}

// -----

func.func @f(%q: tensor<1x4x8x16xf32>, %k: tensor<1x2x8x16xf32>, %v: tensor<1x2x8x16xf32>, %o: tensor<1x4x8x16xf32>, %m: tensor<1x1x2x1xi1>) {
  // expected-error @+1 {{expected dimension 3 of block_mask to be the number of key blocks ceildiv(Skv, bk) (2), got 1}}
  %r = tessel.attention  ins(%q, %k, %v : tensor<1x4x8x16xf32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>) block_mask(%m : tensor<1x1x2x1xi1>) block_sizes = [4, 4] outs(%o : tensor<1x4x8x16xf32>) -> tensor<1x4x8x16xf32>
  return
}

// -----

func.func @f(%q: tensor<1x4x8x16xf32>, %k: tensor<1x2x8x16xf32>, %v: tensor<1x2x8x16xf32>, %o: tensor<1x4x8x16xf32>) {
  // expected-error @+1 {{block_sizes given without a block_mask}}
  %r = tessel.attention  ins(%q, %k, %v : tensor<1x4x8x16xf32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>) block_sizes = [4, 4] outs(%o : tensor<1x4x8x16xf32>) -> tensor<1x4x8x16xf32>
  return
}

// -----

func.func @f(%q: tensor<1x4x8x16xf32>, %k: tensor<1x2x8x16xf32>, %v: tensor<1x2x8x16xf32>, %o: tensor<1x4x8x16xf32>, %i: index) {
  // expected-error @+1 {{offset is only meaningful together with causal}}
  %r = tessel.attention  ins(%q, %k, %v : tensor<1x4x8x16xf32>, tensor<1x2x8x16xf32>, tensor<1x2x8x16xf32>) offset(%i) outs(%o : tensor<1x4x8x16xf32>) -> tensor<1x4x8x16xf32>
  return
}

// -----

func.func @f(%x: tensor<4x8xi32>, %o: tensor<4x8xi32>) {
  // expected-error @+1 {{expected input to have a float element type, got 'i32'}}
  %r = tessel.softmax online dimension(1) ins(%x : tensor<4x8xi32>) outs(%o : tensor<4x8xi32>) -> tensor<4x8xi32>
  return
}

// -----

func.func @f(%x: tensor<4x8xf32>, %o: tensor<4x8xf16>) {
  // expected-error @+1 {{expected init to have the input's element type 'f32', got 'f16'}}
  %r = tessel.softmax online dimension(1) ins(%x : tensor<4x8xf32>) outs(%o : tensor<4x8xf16>) -> tensor<4x8xf16>
  return
}

// -----

func.func @f(%x: tensor<4x8xf32>, %o: tensor<4x9xf32>) {
  // expected-error @+1 {{expected input and init to have the same shape}}
  %r = tessel.softmax online dimension(1) ins(%x : tensor<4x8xf32>) outs(%o : tensor<4x9xf32>) -> tensor<4x9xf32>
  return
}

// -----

func.func @f(%x: tensor<4x8xf32>, %o: tensor<4x8xf32>) {
  // expected-error @+1 {{dimension 2 is out of range for a tensor of rank 2}}
  %r = tessel.softmax online dimension(2) ins(%x : tensor<4x8xf32>) outs(%o : tensor<4x8xf32>) -> tensor<4x8xf32>
  return
}

// -----

func.func @f(%x: tensor<4x8xf32>, %o: tensor<4x8xf32>) {
  // expected-error @+1 {{dimension -1 is out of range for a tensor of rank 2}}
  %r = tessel.softmax online dimension(-1) ins(%x : tensor<4x8xf32>) outs(%o : tensor<4x8xf32>) -> tensor<4x8xf32>
  return
}

// -----

func.func @f(%x: tensor<64xf32>, %w: tensor<16x64xi4>, %s: tensor<16x2xf32>, %o: tensor<2x16xf32>) {
  // expected-error @+1 {{expected input to have rank 2 ([M, K]) or 3 ([Bt, M, K]), got 1}}
  %r = tessel.qmatmul signed group_size(32) ins(%x, %w, %s : tensor<64xf32>, tensor<16x64xi4>, tensor<16x2xf32>)  outs(%o : tensor<2x16xf32>) -> tensor<2x16xf32>
  return
}

// -----

func.func @f(%x: tensor<2x64xf64>, %w: tensor<16x64xi4>, %s: tensor<16x2xf32>, %o: tensor<2x16xf32>) {
  // expected-error @+1 {{expected input to have element type f16, bf16 or f32, got 'f64'}}
  %r = tessel.qmatmul signed group_size(32) ins(%x, %w, %s : tensor<2x64xf64>, tensor<16x64xi4>, tensor<16x2xf32>)  outs(%o : tensor<2x16xf32>) -> tensor<2x16xf32>
  return
}

// -----

func.func @f(%x: tensor<2x64xf32>, %w: tensor<16x64x1xi4>, %s: tensor<16x2xf32>, %o: tensor<2x16xf32>) {
  // expected-error @+1 {{expected weights to have rank 2 ([N, K]), got 3}}
  %r = tessel.qmatmul signed group_size(32) ins(%x, %w, %s : tensor<2x64xf32>, tensor<16x64x1xi4>, tensor<16x2xf32>)  outs(%o : tensor<2x16xf32>) -> tensor<2x16xf32>
  return
}

// -----

func.func @f(%x: tensor<2x64xf32>, %w: tensor<16x64xi9>, %s: tensor<16x2xf32>, %o: tensor<2x16xf32>) {
  // expected-error @+1 {{expected weights to have a signless integer element type of 1 to 8 bits, got 'i9'}}
  %r = tessel.qmatmul signed group_size(32) ins(%x, %w, %s : tensor<2x64xf32>, tensor<16x64xi9>, tensor<16x2xf32>)  outs(%o : tensor<2x16xf32>) -> tensor<2x16xf32>
  return
}

// -----

func.func @f(%x: tensor<2x64xf32>, %w: tensor<16x64xf16>, %s: tensor<16x2xf32>, %o: tensor<2x16xf32>) {
  // expected-error @+1 {{expected weights to have a signless integer element type of 1 to 8 bits, got 'f16'}}
  %r = tessel.qmatmul signed group_size(32) ins(%x, %w, %s : tensor<2x64xf32>, tensor<16x64xf16>, tensor<16x2xf32>)  outs(%o : tensor<2x16xf32>) -> tensor<2x16xf32>
  return
}

// -----

func.func @f(%x: tensor<2x64xf32>, %w: tensor<16x64xsi4>, %s: tensor<16x2xf32>, %o: tensor<2x16xf32>) {
  // expected-error @+1 {{expected weights to have a signless integer element type of 1 to 8 bits, got 'si4'}}
  %r = tessel.qmatmul signed group_size(32) ins(%x, %w, %s : tensor<2x64xf32>, tensor<16x64xsi4>, tensor<16x2xf32>)  outs(%o : tensor<2x16xf32>) -> tensor<2x16xf32>
  return
}

// -----

func.func @f(%x: tensor<2x64xf32>, %w: tensor<16x32xi4>, %s: tensor<16x1xf32>, %o: tensor<2x16xf32>) {
  // expected-error @+1 {{expected dimension 1 of input to be the weights' K (32), got 64}}
  %r = tessel.qmatmul signed group_size(32) ins(%x, %w, %s : tensor<2x64xf32>, tensor<16x32xi4>, tensor<16x1xf32>)  outs(%o : tensor<2x16xf32>) -> tensor<2x16xf32>
  return
}

// -----

func.func @f(%x: tensor<2x64xf32>, %w: tensor<16x64xi4>, %s: tensor<16x2xf32>, %o: tensor<2x16xf32>) {
  // expected-error @+1 {{group_size must be positive, got 0}}
  %r = tessel.qmatmul signed group_size(0) ins(%x, %w, %s : tensor<2x64xf32>, tensor<16x64xi4>, tensor<16x2xf32>)  outs(%o : tensor<2x16xf32>) -> tensor<2x16xf32>
  return
}

// -----

func.func @f(%x: tensor<2x64xf32>, %w: tensor<16x64xi4>, %s: tensor<16x2xf32>, %o: tensor<2x16xf32>) {
  // expected-error @+1 {{group_size (48) must divide the quantized dimension K (64)}}
  %r = tessel.qmatmul signed group_size(48) ins(%x, %w, %s : tensor<2x64xf32>, tensor<16x64xi4>, tensor<16x2xf32>)  outs(%o : tensor<2x16xf32>) -> tensor<2x16xf32>
  return
}

// -----

func.func @f(%x: tensor<2x64xf32>, %w: tensor<16x64xi4>, %s: tensor<16xf32>, %o: tensor<2x16xf32>) {
  // expected-error @+1 {{expected scales to have rank 2 ([N, K / group_size]), got 1}}
  %r = tessel.qmatmul signed group_size(32) ins(%x, %w, %s : tensor<2x64xf32>, tensor<16x64xi4>, tensor<16xf32>)  outs(%o : tensor<2x16xf32>) -> tensor<2x16xf32>
  return
}

// -----

func.func @f(%x: tensor<2x64xf32>, %w: tensor<16x64xi4>, %s: tensor<16x2xf16>, %o: tensor<2x16xf32>) {
  // expected-error @+1 {{expected scales to have the input's element type 'f32', got 'f16'}}
  %r = tessel.qmatmul signed group_size(32) ins(%x, %w, %s : tensor<2x64xf32>, tensor<16x64xi4>, tensor<16x2xf16>)  outs(%o : tensor<2x16xf32>) -> tensor<2x16xf32>
  return
}

// -----

func.func @f(%x: tensor<2x64xf32>, %w: tensor<16x64xi4>, %s: tensor<8x2xf32>, %o: tensor<2x16xf32>) {
  // expected-error @+1 {{expected dimension 0 of scales to be N (16), got 8}}
  %r = tessel.qmatmul signed group_size(32) ins(%x, %w, %s : tensor<2x64xf32>, tensor<16x64xi4>, tensor<8x2xf32>)  outs(%o : tensor<2x16xf32>) -> tensor<2x16xf32>
  return
}

// -----

func.func @f(%x: tensor<2x64xf32>, %w: tensor<16x64xi4>, %s: tensor<16x4xf32>, %o: tensor<2x16xf32>) {
  // expected-error @+1 {{expected dimension 1 of scales to be the number of groups K / group_size (2), got 4}}
  %r = tessel.qmatmul signed group_size(32) ins(%x, %w, %s : tensor<2x64xf32>, tensor<16x64xi4>, tensor<16x4xf32>)  outs(%o : tensor<2x16xf32>) -> tensor<2x16xf32>
  return
}

// -----

func.func @f(%x: tensor<2x64xf32>, %w: tensor<16x64xi4>, %s: tensor<16x2xf32>, %o: tensor<2x16xf32>, %z: tensor<16xi4>) {
  // expected-error @+1 {{expected zero_points to have rank 2 ([N, K / group_size]), got 1}}
  %r = tessel.qmatmul unsigned group_size(32) ins(%x, %w, %s : tensor<2x64xf32>, tensor<16x64xi4>, tensor<16x2xf32>) zero_points(%z : tensor<16xi4>) outs(%o : tensor<2x16xf32>) -> tensor<2x16xf32>
  return
}

// -----

func.func @f(%x: tensor<2x64xf32>, %w: tensor<16x64xi4>, %s: tensor<16x2xf32>, %o: tensor<2x16xf32>, %z: tensor<16x2xi8>) {
  // expected-error @+1 {{expected zero_points to have the weights' element type 'i4', got 'i8'}}
  %r = tessel.qmatmul unsigned group_size(32) ins(%x, %w, %s : tensor<2x64xf32>, tensor<16x64xi4>, tensor<16x2xf32>) zero_points(%z : tensor<16x2xi8>) outs(%o : tensor<2x16xf32>) -> tensor<2x16xf32>
  return
}

// -----

func.func @f(%x: tensor<2x64xf32>, %w: tensor<16x64xi4>, %s: tensor<16x2xf32>, %o: tensor<2x16xf32>, %z: tensor<15x2xi4>) {
  // expected-error @+1 {{expected dimension 0 of zero_points to be N (16), got 15}}
  %r = tessel.qmatmul unsigned group_size(32) ins(%x, %w, %s : tensor<2x64xf32>, tensor<16x64xi4>, tensor<16x2xf32>) zero_points(%z : tensor<15x2xi4>) outs(%o : tensor<2x16xf32>) -> tensor<2x16xf32>
  return
}

// -----

func.func @f(%x: tensor<2x64xf32>, %w: tensor<16x64xi4>, %s: tensor<16x2xf32>, %o: tensor<2x16xf32>, %z: tensor<16x3xi4>) {
  // expected-error @+1 {{expected dimension 1 of zero_points to be the number of groups K / group_size (2), got 3}}
  %r = tessel.qmatmul unsigned group_size(32) ins(%x, %w, %s : tensor<2x64xf32>, tensor<16x64xi4>, tensor<16x2xf32>) zero_points(%z : tensor<16x3xi4>) outs(%o : tensor<2x16xf32>) -> tensor<2x16xf32>
  return
}

// -----

func.func @f(%x: tensor<2x64xf32>, %w: tensor<16x64xi4>, %s: tensor<16x2xf32>, %o: tensor<2x16xf32>, %b: tensor<1x16xf32>) {
  // expected-error @+1 {{expected bias to have rank 1 ([N]), got 2}}
  %r = tessel.qmatmul signed group_size(32) ins(%x, %w, %s : tensor<2x64xf32>, tensor<16x64xi4>, tensor<16x2xf32>) bias(%b : tensor<1x16xf32>) outs(%o : tensor<2x16xf32>) -> tensor<2x16xf32>
  return
}

// -----

func.func @f(%x: tensor<2x64xf32>, %w: tensor<16x64xi4>, %s: tensor<16x2xf32>, %o: tensor<2x16xf32>, %b: tensor<16xf16>) {
  // expected-error @+1 {{expected bias to have the input's element type 'f32', got 'f16'}}
  %r = tessel.qmatmul signed group_size(32) ins(%x, %w, %s : tensor<2x64xf32>, tensor<16x64xi4>, tensor<16x2xf32>) bias(%b : tensor<16xf16>) outs(%o : tensor<2x16xf32>) -> tensor<2x16xf32>
  return
}

// -----

func.func @f(%x: tensor<2x64xf32>, %w: tensor<16x64xi4>, %s: tensor<16x2xf32>, %o: tensor<2x16xf32>, %b: tensor<17xf32>) {
  // expected-error @+1 {{expected dimension 0 of bias to be N (16), got 17}}
  %r = tessel.qmatmul signed group_size(32) ins(%x, %w, %s : tensor<2x64xf32>, tensor<16x64xi4>, tensor<16x2xf32>) bias(%b : tensor<17xf32>) outs(%o : tensor<2x16xf32>) -> tensor<2x16xf32>
  return
}

// -----

func.func @f(%x: tensor<2x64xf32>, %w: tensor<16x64xi4>, %s: tensor<16x2xf32>, %o: tensor<1x2x16xf32>) {
  // expected-error @+1 {{expected init to have rank 2 ([M, N]), got 3}}
  %r = tessel.qmatmul signed group_size(32) ins(%x, %w, %s : tensor<2x64xf32>, tensor<16x64xi4>, tensor<16x2xf32>)  outs(%o : tensor<1x2x16xf32>) -> tensor<1x2x16xf32>
  return
}

// -----

func.func @f(%x: tensor<2x64xf32>, %w: tensor<16x64xi4>, %s: tensor<16x2xf32>, %o: tensor<2x16xf16>) {
  // expected-error @+1 {{expected init to have the input's element type 'f32', got 'f16'}}
  %r = tessel.qmatmul signed group_size(32) ins(%x, %w, %s : tensor<2x64xf32>, tensor<16x64xi4>, tensor<16x2xf32>)  outs(%o : tensor<2x16xf16>) -> tensor<2x16xf16>
  return
}

// -----

func.func @f(%x: tensor<3x2x64xf32>, %w: tensor<16x64xi4>, %s: tensor<16x2xf32>, %o: tensor<4x2x16xf32>) {
  // expected-error @+1 {{expected dimension 0 of init to be the batch size Bt (3), got 4}}
  %r = tessel.qmatmul signed group_size(32) ins(%x, %w, %s : tensor<3x2x64xf32>, tensor<16x64xi4>, tensor<16x2xf32>)  outs(%o : tensor<4x2x16xf32>) -> tensor<4x2x16xf32>
  return
}

// -----

func.func @f(%x: tensor<2x64xf32>, %w: tensor<16x64xi4>, %s: tensor<16x2xf32>, %o: tensor<5x16xf32>) {
  // expected-error @+1 {{expected dimension 0 of init to be M (2), got 5}}
  %r = tessel.qmatmul signed group_size(32) ins(%x, %w, %s : tensor<2x64xf32>, tensor<16x64xi4>, tensor<16x2xf32>)  outs(%o : tensor<5x16xf32>) -> tensor<5x16xf32>
  return
}

// -----

func.func @f(%x: tensor<2x64xf32>, %w: tensor<16x64xi4>, %s: tensor<16x2xf32>, %o: tensor<2x17xf32>) {
  // expected-error @+1 {{expected dimension 1 of init to be N (16), got 17}}
  %r = tessel.qmatmul signed group_size(32) ins(%x, %w, %s : tensor<2x64xf32>, tensor<16x64xi4>, tensor<16x2xf32>)  outs(%o : tensor<2x17xf32>) -> tensor<2x17xf32>
  return
}

// -----

func.func @f(%x: tensor<4x64xf32>, %o0: tensor<4x64xi4>) {
  // expected-error @+1 {{expected 2 outs (values, scales) or 3 (values, scales, zero_points), got 1}}
  %r0 = tessel.quantize signed group_size(32) ins(%x : tensor<4x64xf32>) outs(%o0 : tensor<4x64xi4>) -> tensor<4x64xi4>
  return
}

// -----

func.func @f(%x: tensor<4x64xi32>, %o0: tensor<4x64xi4>, %o1: tensor<4x2xf32>) {
  // expected-error @+1 {{expected input to have a float element type, got 'i32'}}
  %r0, %r1 = tessel.quantize signed group_size(32) ins(%x : tensor<4x64xi32>) outs(%o0, %o1 : tensor<4x64xi4>, tensor<4x2xf32>) -> tensor<4x64xi4>, tensor<4x2xf32>
  return
}

// -----

func.func @f(%x: tensor<4x64xf32>, %o0: tensor<4x64xi16>, %o1: tensor<4x2xf32>) {
  // expected-error @+1 {{expected quantized values to have a signless integer element type of 1 to 8 bits, got 'i16'}}
  %r0, %r1 = tessel.quantize signed group_size(32) ins(%x : tensor<4x64xf32>) outs(%o0, %o1 : tensor<4x64xi16>, tensor<4x2xf32>) -> tensor<4x64xi16>, tensor<4x2xf32>
  return
}

// -----

func.func @f(%x: tensor<4x64xf32>, %o0: tensor<4x32xi4>, %o1: tensor<4x1xf32>) {
  // expected-error @+1 {{expected the quantized values to have the input's shape}}
  %r0, %r1 = tessel.quantize signed group_size(32) ins(%x : tensor<4x64xf32>) outs(%o0, %o1 : tensor<4x32xi4>, tensor<4x1xf32>) -> tensor<4x32xi4>, tensor<4x1xf32>
  return
}

// -----

func.func @f(%x: tensor<4x64xf32>, %o0: tensor<4x64xi4>, %o1: tensor<4x2xf32>) {
  // expected-error @+1 {{symmetric quantization (no zero_points) requires signed integers}}
  %r0, %r1 = tessel.quantize unsigned group_size(32) ins(%x : tensor<4x64xf32>) outs(%o0, %o1 : tensor<4x64xi4>, tensor<4x2xf32>) -> tensor<4x64xi4>, tensor<4x2xf32>
  return
}

// -----

func.func @f(%x: tensor<4x64xf32>, %o0: tensor<4x64xi1>, %o1: tensor<4x2xf32>) {
  // expected-error @+1 {{symmetric quantization needs at least 2 bits}}
  %r0, %r1 = tessel.quantize signed group_size(32) ins(%x : tensor<4x64xf32>) outs(%o0, %o1 : tensor<4x64xi1>, tensor<4x2xf32>) -> tensor<4x64xi1>, tensor<4x2xf32>
  return
}

// -----

func.func @f(%x: tensor<4x64xf32>, %o0: tensor<4x64xi4>, %o1: tensor<4x2xf32>) {
  // expected-error @+1 {{group_size must be positive, got -4}}
  %r0, %r1 = tessel.quantize signed group_size(-4) ins(%x : tensor<4x64xf32>) outs(%o0, %o1 : tensor<4x64xi4>, tensor<4x2xf32>) -> tensor<4x64xi4>, tensor<4x2xf32>
  return
}

// -----

func.func @f(%x: tensor<4x64xf32>, %o0: tensor<4x64xi4>, %o1: tensor<4x2xf32>) {
  // expected-error @+1 {{group_size (24) must divide the quantized dimension K (64)}}
  %r0, %r1 = tessel.quantize signed group_size(24) ins(%x : tensor<4x64xf32>) outs(%o0, %o1 : tensor<4x64xi4>, tensor<4x2xf32>) -> tensor<4x64xi4>, tensor<4x2xf32>
  return
}

// -----

func.func @f(%x: tensor<4x64xf32>, %o0: tensor<4x64xi4>, %o1: tensor<4x2xf16>) {
  // expected-error @+1 {{expected scales to have element type 'f32', got 'f16'}}
  %r0, %r1 = tessel.quantize signed group_size(32) ins(%x : tensor<4x64xf32>) outs(%o0, %o1 : tensor<4x64xi4>, tensor<4x2xf16>) -> tensor<4x64xi4>, tensor<4x2xf16>
  return
}

// -----

func.func @f(%x: tensor<4x64xf32>, %o0: tensor<4x64xi4>, %o1: tensor<4xf32>) {
  // expected-error @+1 {{expected scales to have rank 2 ([..., K / group_size]), got 1}}
  %r0, %r1 = tessel.quantize signed group_size(32) ins(%x : tensor<4x64xf32>) outs(%o0, %o1 : tensor<4x64xi4>, tensor<4xf32>) -> tensor<4x64xi4>, tensor<4xf32>
  return
}

// -----

func.func @f(%x: tensor<4x64xf32>, %o0: tensor<4x64xi4>, %o1: tensor<4x4xf32>) {
  // expected-error @+1 {{expected dimension 1 of scales to be the number of groups (2), got 4}}
  %r0, %r1 = tessel.quantize signed group_size(32) ins(%x : tensor<4x64xf32>) outs(%o0, %o1 : tensor<4x64xi4>, tensor<4x4xf32>) -> tensor<4x64xi4>, tensor<4x4xf32>
  return
}

// -----

func.func @f(%x: tensor<4x64xf32>, %o0: tensor<4x64xi4>, %o1: tensor<3x2xf32>) {
  // expected-error @+1 {{expected dimension 0 of scales to be the values' dimension (4), got 3}}
  %r0, %r1 = tessel.quantize signed group_size(32) ins(%x : tensor<4x64xf32>) outs(%o0, %o1 : tensor<4x64xi4>, tensor<3x2xf32>) -> tensor<4x64xi4>, tensor<3x2xf32>
  return
}

// -----

func.func @f(%x: tensor<4x64xf32>, %o0: tensor<4x64xi4>, %o1: tensor<4x2xf32>, %o2: tensor<4x2xi8>) {
  // expected-error @+1 {{expected zero_points to have element type 'i4', got 'i8'}}
  %r0, %r1, %r2 = tessel.quantize unsigned group_size(32) ins(%x : tensor<4x64xf32>) outs(%o0, %o1, %o2 : tensor<4x64xi4>, tensor<4x2xf32>, tensor<4x2xi8>) -> tensor<4x64xi4>, tensor<4x2xf32>, tensor<4x2xi8>
  return
}

// -----

func.func @f(%x: tensor<f32>, %o0: tensor<i4>, %o1: tensor<f32>) {
  // expected-error @+1 {{expected quantized values of rank at least 1}}
  %r0, %r1 = tessel.quantize signed group_size(32) ins(%x : tensor<f32>) outs(%o0, %o1 : tensor<i4>, tensor<f32>) -> tensor<i4>, tensor<f32>
  return
}

// -----

func.func @f(%q: tensor<4x64xf32>, %s: tensor<4x2xf32>, %o: tensor<4x64xf32>) {
  // expected-error @+1 {{expected input to have a signless integer element type of 1 to 8 bits, got 'f32'}}
  %r = tessel.dequantize signed group_size(32) ins(%q, %s : tensor<4x64xf32>, tensor<4x2xf32>)  outs(%o : tensor<4x64xf32>) -> tensor<4x64xf32>
  return
}

// -----

func.func @f(%q: tensor<4x64xi4>, %s: tensor<4x2xf32>, %o: tensor<4x64xi32>) {
  // expected-error @+1 {{expected init to have a float element type, got 'i32'}}
  %r = tessel.dequantize signed group_size(32) ins(%q, %s : tensor<4x64xi4>, tensor<4x2xf32>)  outs(%o : tensor<4x64xi32>) -> tensor<4x64xi32>
  return
}

// -----

func.func @f(%q: tensor<4x64xi4>, %s: tensor<4x2xf32>, %o: tensor<4x32xf32>) {
  // expected-error @+1 {{expected input and init to have the same shape}}
  %r = tessel.dequantize signed group_size(32) ins(%q, %s : tensor<4x64xi4>, tensor<4x2xf32>)  outs(%o : tensor<4x32xf32>) -> tensor<4x32xf32>
  return
}

// -----

func.func @f(%q: tensor<4x64xi4>, %s: tensor<4x2xf16>, %o: tensor<4x64xf32>) {
  // expected-error @+1 {{expected scales to have element type 'f32', got 'f16'}}
  %r = tessel.dequantize signed group_size(32) ins(%q, %s : tensor<4x64xi4>, tensor<4x2xf16>)  outs(%o : tensor<4x64xf32>) -> tensor<4x64xf32>
  return
}

// -----

func.func @f(%q: tensor<4x64xi4>, %s: tensor<4x2xf32>, %o: tensor<4x64xf32>) {
  // expected-error @+1 {{expected dimension 1 of scales to be the number of groups (1), got 2}}
  %r = tessel.dequantize signed group_size(64) ins(%q, %s : tensor<4x64xi4>, tensor<4x2xf32>)  outs(%o : tensor<4x64xf32>) -> tensor<4x64xf32>
  return
}

// -----

func.func @f(%q: tensor<4x64xi4>, %s: tensor<4x2xf32>, %o: tensor<4x64xf32>, %z: tensor<4x3xi4>) {
  // expected-error @+1 {{expected dimension 1 of zero_points to be the number of groups (2), got 3}}
  %r = tessel.dequantize unsigned group_size(32) ins(%q, %s : tensor<4x64xi4>, tensor<4x2xf32>) zero_points(%z : tensor<4x3xi4>) outs(%o : tensor<4x64xf32>) -> tensor<4x64xf32>
  return
}

// -----

func.func @f(%x: tensor<4x8xf32>, %o: tensor<4x8xf16>) {
  // expected-error @+1 {{expected input and init to have the same element type, got 'f32' and 'f16'}}
  %r = tessel.relayout ins(%x : tensor<4x8xf32>) outs(%o : tensor<4x8xf16>) -> tensor<4x8xf16>
  return
}

// -----

func.func @f(%x: tensor<4x8xf32>, %o: tensor<8x4xf32, #tessel.layout<(8, 4):(1, 8)>>) {
  // expected-error @+1 {{expected input and init to have the same shape}}
  %r = tessel.relayout ins(%x : tensor<4x8xf32>) outs(%o : tensor<8x4xf32, #tessel.layout<(8, 4):(1, 8)>>) -> tensor<8x4xf32, #tessel.layout<(8, 4):(1, 8)>>
  return
}

// -----

func.func @f(%x: tensor<4x8xf32>, %o: tensor<4x8xf32, "enc">) {
  // expected-error @+1 {{expected a #tessel.layout encoding or none, got "enc"}}
  %r = tessel.relayout ins(%x : tensor<4x8xf32>) outs(%o : tensor<4x8xf32, "enc">) -> tensor<4x8xf32, "enc">
  return
}

// -----

func.func @f(%x: tensor<4x64xi16>, %o: tensor<4x32xi32>) {
  // expected-error @+1 {{expected input to have a signless integer element type of 1 to 8 bits, got 'i16'}}
  %r = tessel.pack ins(%x : tensor<4x64xi16>) outs(%o : tensor<4x32xi32>)  -> tensor<4x32xi32>
  return
}

// -----

func.func @f(%x: tensor<4x64xi4>, %o: tensor<4x8xi24>) {
  // expected-error @+1 {{expected init to have element type i8, i16, i32 or i64, got 'i24'}}
  %r = tessel.pack ins(%x : tensor<4x64xi4>) outs(%o : tensor<4x8xi24>)  -> tensor<4x8xi24>
  return
}

// -----

func.func @f(%x: tensor<4x64xi4>, %o: tensor<256xi8>) {
  // expected-error @+1 {{expected input and init to have the same rank of at least 1}}
  %r = tessel.pack ins(%x : tensor<4x64xi4>) outs(%o : tensor<256xi8>)  -> tensor<256xi8>
  return
}

// -----

func.func @f(%x: tensor<4x64xi4>, %o: tensor<5x8xi32>) {
  // expected-error @+1 {{expected dimension 0 of init to be the same as the unpacked one (4), got 5}}
  %r = tessel.pack ins(%x : tensor<4x64xi4>) outs(%o : tensor<5x8xi32>)  -> tensor<5x8xi32>
  return
}

// -----

func.func @f(%x: tensor<4x6xi3>, %o: tensor<4x2xi8>) {
  // expected-error @+1 {{expected dimension 1 of init to be ceil(K * B / W) (3), got 2}}
  %r = tessel.pack ins(%x : tensor<4x6xi3>) outs(%o : tensor<4x2xi8>)  -> tensor<4x2xi8>
  return
}

// -----

func.func @f(%x: tensor<4x64xi4>, %o: tensor<4x16xi32>) {
  // expected-error @+1 {{expected dimension 1 of init to be ceil(K * B / W) (8), got 16}}
  %r = tessel.pack ins(%x : tensor<4x64xi4>) outs(%o : tensor<4x16xi32>)  -> tensor<4x16xi32>
  return
}

// -----

func.func @f(%x: tensor<4x64xi4>, %o: tensor<4x8xi32>) {
  // expected-error @+1 {{interleave must not be empty}}
  %r = tessel.pack ins(%x : tensor<4x64xi4>) outs(%o : tensor<4x8xi32>) interleave = [] -> tensor<4x8xi32>
  return
}

// -----

func.func @f(%x: tensor<4x64xi4>, %o: tensor<4x8xi32>) {
  // expected-error @+1 {{interleave must be a permutation of 0..2}}
  %r = tessel.pack ins(%x : tensor<4x64xi4>) outs(%o : tensor<4x8xi32>) interleave = [0, 1, 1] -> tensor<4x8xi32>
  return
}

// -----

func.func @f(%x: tensor<4x64xi4>, %o: tensor<4x8xi32>) {
  // expected-error @+1 {{interleave length (3) must divide the packed dimension (64)}}
  %r = tessel.pack ins(%x : tensor<4x64xi4>) outs(%o : tensor<4x8xi32>) interleave = [2, 1, 0] -> tensor<4x8xi32>
  return
}

// -----

func.func @f(%x: tensor<4x8xi32>, %o: tensor<4x64xi12>) {
  // expected-error @+1 {{expected init to have a signless integer element type of 1 to 8 bits, got 'i12'}}
  %r = tessel.unpack ins(%x : tensor<4x8xi32>) outs(%o : tensor<4x64xi12>)  -> tensor<4x64xi12>
  return
}

// -----

func.func @f(%x: tensor<4x8xf32>, %o: tensor<4x64xi4>) {
  // expected-error @+1 {{expected input to have element type i8, i16, i32 or i64, got 'f32'}}
  %r = tessel.unpack ins(%x : tensor<4x8xf32>) outs(%o : tensor<4x64xi4>)  -> tensor<4x64xi4>
  return
}

// -----

func.func @f(%x: tensor<4x9xi32>, %o: tensor<4x64xi4>) {
  // expected-error @+1 {{expected dimension 1 of input to be ceil(K * B / W) (8), got 9}}
  %r = tessel.unpack ins(%x : tensor<4x9xi32>) outs(%o : tensor<4x64xi4>)  -> tensor<4x64xi4>
  return
}

// -----

func.func @f(%x: tensor<4x8xf32>, %i: tensor<8xi32>, %o: tensor<4x8xf16>) {
  // expected-error @+1 {{expected input and init to have the same element type, got 'f32' and 'f16'}}
  %r = tessel.permute dimension(1) ins(%x, %i : tensor<4x8xf32>, tensor<8xi32>) outs(%o : tensor<4x8xf16>) -> tensor<4x8xf16>
  return
}

// -----

func.func @f(%x: tensor<4x8xf32>, %i: tensor<8xi32>, %o: tensor<32xf32>) {
  // expected-error @+1 {{expected input and init to have the same rank, got 2 and 1}}
  %r = tessel.permute dimension(1) ins(%x, %i : tensor<4x8xf32>, tensor<8xi32>) outs(%o : tensor<32xf32>) -> tensor<32xf32>
  return
}

// -----

func.func @f(%x: tensor<4x8xf32>, %i: tensor<8xi32>, %o: tensor<4x8xf32>) {
  // expected-error @+1 {{dimension 2 is out of range for a tensor of rank 2}}
  %r = tessel.permute dimension(2) ins(%x, %i : tensor<4x8xf32>, tensor<8xi32>) outs(%o : tensor<4x8xf32>) -> tensor<4x8xf32>
  return
}

// -----

func.func @f(%x: tensor<4x8xf32>, %i: tensor<8x1xi32>, %o: tensor<4x8xf32>) {
  // expected-error @+1 {{expected indices to have rank 1 ([N]), got 2}}
  %r = tessel.permute dimension(1) ins(%x, %i : tensor<4x8xf32>, tensor<8x1xi32>) outs(%o : tensor<4x8xf32>) -> tensor<4x8xf32>
  return
}

// -----

func.func @f(%x: tensor<4x8xf32>, %i: tensor<8xf32>, %o: tensor<4x8xf32>) {
  // expected-error @+1 {{expected indices of integer or index type, got 'f32'}}
  %r = tessel.permute dimension(1) ins(%x, %i : tensor<4x8xf32>, tensor<8xf32>) outs(%o : tensor<4x8xf32>) -> tensor<4x8xf32>
  return
}

// -----

func.func @f(%x: tensor<4x8xf32>, %i: tensor<8xi32>, %o: tensor<5x8xf32>) {
  // expected-error @+1 {{expected dimension 0 of init to be the input's (4), got 5}}
  %r = tessel.permute dimension(1) ins(%x, %i : tensor<4x8xf32>, tensor<8xi32>) outs(%o : tensor<5x8xf32>) -> tensor<5x8xf32>
  return
}

// -----

func.func @f(%x: tensor<4x8xf32>, %i: tensor<6xi32>, %o: tensor<4x8xf32>) {
  // expected-error @+1 {{expected dimension 0 of indices to be the init's size along the permuted dimension (8), got 6}}
  %r = tessel.permute dimension(1) ins(%x, %i : tensor<4x8xf32>, tensor<6xi32>) outs(%o : tensor<4x8xf32>) -> tensor<4x8xf32>
  return
}

// -----

func.func @f(%x: tensor<4x3xf32>, %o: tensor<4x3xf32>) {
  %i = arith.constant dense<[0, 3, 1]> : tensor<3xi32>
  // expected-error @+1 {{index 3 at position 1 is out of range [0, 3)}}
  %r = tessel.permute dimension(1) ins(%x, %i : tensor<4x3xf32>, tensor<3xi32>) outs(%o : tensor<4x3xf32>) -> tensor<4x3xf32>
  return
}

// -----

func.func @f(%q: tensor<4x8x16xf32>, %k: tensor<1x2x8x16xf32>, %o: tensor<1x4x2x2xi1>) {
  // expected-error @+1 {{expected query to have rank 4 ([B, Hq, Sq, D]), got 3}}
  %r = tessel.draft_mask  block_sizes = [4, 4] keep_ratio(0.5) ins(%q, %k : tensor<4x8x16xf32>, tensor<1x2x8x16xf32>) outs(%o : tensor<1x4x2x2xi1>) -> tensor<1x4x2x2xi1>
  return
}

// -----

func.func @f(%q: tensor<1x4x8x16xf32>, %k: tensor<1x3x8x16xf32>, %o: tensor<1x4x2x2xi1>) {
  // expected-error @+1 {{query heads (4) must be a multiple of key/value heads (3)}}
  %r = tessel.draft_mask  block_sizes = [4, 4] keep_ratio(0.5) ins(%q, %k : tensor<1x4x8x16xf32>, tensor<1x3x8x16xf32>) outs(%o : tensor<1x4x2x2xi1>) -> tensor<1x4x2x2xi1>
  return
}

// -----

func.func @f(%q: tensor<1x4x8x16xf32>, %k: tensor<1x2x8x8xf32>, %o: tensor<1x4x2x2xi1>) {
  // expected-error @+1 {{expected dimension 3 of key to be the head dimension D (16), got 8}}
  %r = tessel.draft_mask  block_sizes = [4, 4] keep_ratio(0.5) ins(%q, %k : tensor<1x4x8x16xf32>, tensor<1x2x8x8xf32>) outs(%o : tensor<1x4x2x2xi1>) -> tensor<1x4x2x2xi1>
  return
}

// -----

func.func @f(%q: tensor<1x4x8x16xf32>, %k: tensor<1x2x8x16xf32>, %o: tensor<1x4x2x2xi1>) {
  // expected-error @+1 {{block_sizes must have two entries [query block, key block]}}
  %r = tessel.draft_mask  block_sizes = [4] keep_ratio(0.5) ins(%q, %k : tensor<1x4x8x16xf32>, tensor<1x2x8x16xf32>) outs(%o : tensor<1x4x2x2xi1>) -> tensor<1x4x2x2xi1>
  return
}

// -----

func.func @f(%q: tensor<1x4x8x16xf32>, %k: tensor<1x2x8x16xf32>, %o: tensor<1x4x2x2xi1>) {
  // expected-error @+1 {{block_sizes must be positive}}
  %r = tessel.draft_mask  block_sizes = [-1, 4] keep_ratio(0.5) ins(%q, %k : tensor<1x4x8x16xf32>, tensor<1x2x8x16xf32>) outs(%o : tensor<1x4x2x2xi1>) -> tensor<1x4x2x2xi1>
  return
}

// -----

func.func @f(%q: tensor<1x4x8x16xf32>, %k: tensor<1x2x8x16xf32>, %o: tensor<1x4x2x2xi1>) {
  // expected-error @+1 {{keep_ratio must be in (0, 1], got 0}}
  %r = tessel.draft_mask  block_sizes = [4, 4] keep_ratio(0.0) ins(%q, %k : tensor<1x4x8x16xf32>, tensor<1x2x8x16xf32>) outs(%o : tensor<1x4x2x2xi1>) -> tensor<1x4x2x2xi1>
  return
}

// -----

func.func @f(%q: tensor<1x4x8x16xf32>, %k: tensor<1x2x8x16xf32>, %o: tensor<1x4x2x2xi1>) {
  // expected-error @+1 {{keep_ratio must be in (0, 1], got 1.5}}
  %r = tessel.draft_mask  block_sizes = [4, 4] keep_ratio(1.5) ins(%q, %k : tensor<1x4x8x16xf32>, tensor<1x2x8x16xf32>) outs(%o : tensor<1x4x2x2xi1>) -> tensor<1x4x2x2xi1>
  return
}

// -----

func.func @f(%q: tensor<1x4x8x16xf32>, %k: tensor<1x2x8x16xf32>, %o: tensor<1x4x2x2xi1>) {
  // expected-error @+1 {{scale must be finite and non-zero, got INF}}
  %r = tessel.draft_mask scale(0x7FF0000000000000) block_sizes = [4, 4] keep_ratio(0.5) ins(%q, %k : tensor<1x4x8x16xf32>, tensor<1x2x8x16xf32>) outs(%o : tensor<1x4x2x2xi1>) -> tensor<1x4x2x2xi1>
  return
}

// -----

func.func @f(%q: tensor<1x4x8x16xf32>, %k: tensor<1x2x8x16xf32>, %o: tensor<1x4x2xi1>) {
  // expected-error @+1 {{expected init to have rank 4 ([B, Hq, ceildiv(Sq, bq), ceildiv(Skv, bk)]), got 3}}
  %r = tessel.draft_mask  block_sizes = [4, 4] keep_ratio(0.5) ins(%q, %k : tensor<1x4x8x16xf32>, tensor<1x2x8x16xf32>) outs(%o : tensor<1x4x2xi1>) -> tensor<1x4x2xi1>
  return
}

// -----

func.func @f(%q: tensor<1x4x8x16xf32>, %k: tensor<1x2x8x16xf32>, %o: tensor<1x4x2x2xi8>) {
  // expected-error @+1 {{expected init to have element type i1, got 'i8'}}
  %r = tessel.draft_mask  block_sizes = [4, 4] keep_ratio(0.5) ins(%q, %k : tensor<1x4x8x16xf32>, tensor<1x2x8x16xf32>) outs(%o : tensor<1x4x2x2xi8>) -> tensor<1x4x2x2xi8>
  return
}

// -----

func.func @f(%q: tensor<1x4x8x16xf32>, %k: tensor<1x2x8x16xf32>, %o: tensor<2x4x2x2xi1>) {
  // expected-error @+1 {{expected dimension 0 of init to be the batch size B (1), got 2}}
  %r = tessel.draft_mask  block_sizes = [4, 4] keep_ratio(0.5) ins(%q, %k : tensor<1x4x8x16xf32>, tensor<1x2x8x16xf32>) outs(%o : tensor<2x4x2x2xi1>) -> tensor<2x4x2x2xi1>
  return
}

// -----

func.func @f(%q: tensor<1x4x8x16xf32>, %k: tensor<1x2x8x16xf32>, %o: tensor<1x2x2x2xi1>) {
  // expected-error @+1 {{expected dimension 1 of init to be the query heads Hq (4), got 2}}
  %r = tessel.draft_mask  block_sizes = [4, 4] keep_ratio(0.5) ins(%q, %k : tensor<1x4x8x16xf32>, tensor<1x2x8x16xf32>) outs(%o : tensor<1x2x2x2xi1>) -> tensor<1x2x2x2xi1>
  return
}

// -----

func.func @f(%q: tensor<1x4x8x16xf32>, %k: tensor<1x2x8x16xf32>, %o: tensor<1x4x2x2xi1>) {
  // expected-error @+1 {{expected dimension 2 of init to be the number of query blocks ceildiv(Sq, bq) (3), got 2}}
  %r = tessel.draft_mask  block_sizes = [3, 4] keep_ratio(0.5) ins(%q, %k : tensor<1x4x8x16xf32>, tensor<1x2x8x16xf32>) outs(%o : tensor<1x4x2x2xi1>) -> tensor<1x4x2x2xi1>
  return
}

// -----

func.func @f(%q: tensor<1x4x8x16xf32>, %k: tensor<1x2x8x16xf32>, %o: tensor<1x4x2x3xi1>) {
  // expected-error @+1 {{expected dimension 3 of init to be the number of key blocks ceildiv(Skv, bk) (2), got 3}}
  %r = tessel.draft_mask  block_sizes = [4, 4] keep_ratio(0.5) ins(%q, %k : tensor<1x4x8x16xf32>, tensor<1x2x8x16xf32>) outs(%o : tensor<1x4x2x3xi1>) -> tensor<1x4x2x3xi1>
  return
}

// -----

// expected-error @+1 {{layout shape and stride have different structure}}
func.func @f(%x: tensor<4x8xf32, #tessel.layout<(4, 8):(8)>>) { return }

// -----

// expected-error @+1 {{layout shape and stride have different structure}}
func.func @f(%x: tensor<4x8xf32, #tessel.layout<((2, 2), 8):(2, 8)>>) { return }

// -----

// expected-error @+1 {{layout shape must be positive, got 0}}
func.func @f(%x: tensor<4x8xf32, #tessel.layout<(0, 8):(8, 1)>>) { return }

// -----

// expected-error @+1 {{layout stride must be non-negative, got -8}}
func.func @f(%x: tensor<4x8xf32, #tessel.layout<(4, 8):(-8, 1)>>) { return }

// -----

// expected-error @+1 {{swizzle takes three values <B, M, S>, got 2}}
func.func @f(%x: tensor<4x8xf32, #tessel.layout<(4, 8):(8, 1), swizzle = <3, 3>>>) { return }

// -----

// expected-error @+1 {{invalid swizzle}}
func.func @f(%x: tensor<4x8xf32, #tessel.layout<(4, 8):(8, 1), swizzle = <3, 3, 1>>>) { return }

// -----

// expected-error @+1 {{invalid packing <4 in 24>}}
func.func @f(%x: tensor<4x8xi4, #tessel.layout<(4, 8):(8, 1), pack = <4 in 24>>>) { return }

// -----

// expected-error @+1 {{invalid packing <0 in 32>}}
func.func @f(%x: tensor<4x8xi4, #tessel.layout<(4, 8):(8, 1), pack = <0 in 32>>>) { return }

// -----

// expected-error @+1 {{expected 'swizzle' or 'pack', got 'tile'}}
func.func @f(%x: tensor<4x8xf32, #tessel.layout<(4, 8):(8, 1), tile = <2>>>) { return }

// -----

// expected-error @+1 {{layout has 1 modes but the tensor has rank 2}}
func.func @f(%x: tensor<4x8xf32, #tessel.layout<32:1>>) { return }

// -----

// expected-error @+1 {{layout mode 1 has size 4 but tensor dimension 1 is 8}}
func.func @f(%x: tensor<4x8xf32, #tessel.layout<(4, 4):(4, 1)>>) { return }

// -----

// expected-error @+1 {{layout (4, 8):(1, 1) maps two elements to the same storage}}
func.func @f(%x: tensor<4x8xf32, #tessel.layout<(4, 8):(1, 1)>>) { return }

// -----

// expected-error @+1 {{packing of 4-bit elements needs an i4 element type, got 'i8'}}
func.func @f(%x: tensor<4x8xi8, #tessel.layout<(4, 8):(8, 1), pack = <4 in 32>>>) { return }

// -----

// expected-error @+1 {{invalid layout}}
func.func @f(%x: tensor<4x8xf32, #tessel.layout<(4294967296, 4294967296):(4294967296, 1)>>) { return }

// -----

func.func @f(%q: tensor<1x4x8x16xf32>, %k: tensor<1x0x8x16xf32>, %v: tensor<1x0x8x16xf32>, %o: tensor<1x4x8x16xf32>) {
  // expected-error @+1 {{key/value heads must not be 0}}
  %r = tessel.attention ins(%q, %k, %v : tensor<1x4x8x16xf32>, tensor<1x0x8x16xf32>, tensor<1x0x8x16xf32>) outs(%o : tensor<1x4x8x16xf32>) -> tensor<1x4x8x16xf32>
  return
}

// -----

func.func @f(%q: tensor<?x?x8x16xf32>, %k: tensor<1x0x8x16xf32>, %v: tensor<1x0x8x16xf32>, %o: tensor<?x?x8x16xf32>) {
  // expected-error @+1 {{key/value heads must not be 0}}
  %r = tessel.attention ins(%q, %k, %v : tensor<?x?x8x16xf32>, tensor<1x0x8x16xf32>, tensor<1x0x8x16xf32>) outs(%o : tensor<?x?x8x16xf32>) -> tensor<?x?x8x16xf32>
  return
}

// -----

func.func @f(%q: tensor<1x4x8x0xf32>, %k: tensor<1x2x8x0xf32>, %v: tensor<1x2x8x16xf32>, %o: tensor<1x4x8x16xf32>) {
  // expected-error @+1 {{head dimension D must not be 0}}
  %r = tessel.attention ins(%q, %k, %v : tensor<1x4x8x0xf32>, tensor<1x2x8x0xf32>, tensor<1x2x8x16xf32>) outs(%o : tensor<1x4x8x16xf32>) -> tensor<1x4x8x16xf32>
  return
}

// -----

func.func @f(%x: tensor<4611686018427387904xi8>, %o: tensor<1xi32>) {
  // expected-error @+1 {{the packed row of 4611686018427387904 x 8 bits overflows int64}}
  %r = tessel.pack ins(%x : tensor<4611686018427387904xi8>) outs(%o : tensor<1xi32>) -> tensor<1xi32>
  return
}

// -----

func.func @f(%x: tensor<4x3xf32>, %o: tensor<4x1xf32>) {
  %i = arith.constant dense<18446744073709551617> : tensor<1xi128>
  // expected-error @+1 {{index at position 0 does not fit in 64 bits}}
  %r = tessel.permute dimension(1) ins(%x, %i : tensor<4x3xf32>, tensor<1xi128>) outs(%o : tensor<4x1xf32>) -> tensor<4x1xf32>
  return
}

// -----

// expected-error @+1 {{invalid swizzle: B, M and S must be in [0, 62] and touch only bits below 63}}
func.func @f(%x: tensor<4x8xf32, #tessel.layout<(4, 8):(8, 1), swizzle = <1, 0, 2147483647>>>) { return }

// -----

// expected-error @+1 {{invalid packing <4 in 4294967328>}}
func.func @f(%x: tensor<4x8xi4, #tessel.layout<(4, 8):(8, 1), pack = <4 in 4294967328>>>) { return }

// -----

func.func @f(%q: tensor<1x4x1x16xf32>, %kp: tensor<8x4x2x16xf32>, %vp: tensor<8x4x2x16xf32>, %t: tensor<1x2x3xi32>, %l: tensor<1xi32>, %o: tensor<1x4x1x16xf32>) {
  // expected-error @+1 {{expected block_table to have rank 2 ([B, M]), got 3}}
  %r = tessel.paged_attention ins(%q, %kp, %vp : tensor<1x4x1x16xf32>, tensor<8x4x2x16xf32>, tensor<8x4x2x16xf32>) pages(%t, %l : tensor<1x2x3xi32>, tensor<1xi32>) outs(%o : tensor<1x4x1x16xf32>) -> tensor<1x4x1x16xf32>
  return
}

// -----

func.func @f(%q: tensor<1x4x1x16xf32>, %kp: tensor<8x4x2x16xf32>, %vp: tensor<8x4x2x16xf32>, %t: tensor<1x2xi64>, %l: tensor<1xi32>, %o: tensor<1x4x1x16xf32>) {
  // expected-error @+1 {{expected block_table and seq_lens of i32}}
  %r = tessel.paged_attention ins(%q, %kp, %vp : tensor<1x4x1x16xf32>, tensor<8x4x2x16xf32>, tensor<8x4x2x16xf32>) pages(%t, %l : tensor<1x2xi64>, tensor<1xi32>) outs(%o : tensor<1x4x1x16xf32>) -> tensor<1x4x1x16xf32>
  return
}

// -----

func.func @f(%q: tensor<1x4x1x16xf32>, %kp: tensor<8x4x2x16xf32>, %vp: tensor<8x4x2x16xf16>, %t: tensor<1x2xi32>, %l: tensor<1xi32>, %o: tensor<1x4x1x16xf32>) {
  // expected-error @+1 {{expected key_pages, value_pages and init to have the query's element type 'f32'}}
  %r = tessel.paged_attention ins(%q, %kp, %vp : tensor<1x4x1x16xf32>, tensor<8x4x2x16xf32>, tensor<8x4x2x16xf16>) pages(%t, %l : tensor<1x2xi32>, tensor<1xi32>) outs(%o : tensor<1x4x1x16xf32>) -> tensor<1x4x1x16xf32>
  return
}

// -----

func.func @f(%q: tensor<1x4x1x16xf32>, %kp: tensor<8x4x2x16xf32>, %vp: tensor<8x2x2x16xf32>, %t: tensor<1x2xi32>, %l: tensor<1xi32>, %o: tensor<1x4x1x16xf32>) {
  // expected-error @+1 {{expected dimension 1 of value_pages to be the page size PS (4), got 2}}
  %r = tessel.paged_attention ins(%q, %kp, %vp : tensor<1x4x1x16xf32>, tensor<8x4x2x16xf32>, tensor<8x2x2x16xf32>) pages(%t, %l : tensor<1x2xi32>, tensor<1xi32>) outs(%o : tensor<1x4x1x16xf32>) -> tensor<1x4x1x16xf32>
  return
}

// -----

func.func @f(%q: tensor<1x4x1x16xf32>, %kp: tensor<8x4x2x16xf32>, %vp: tensor<8x4x2x16xf32>, %t: tensor<1x2xi32>, %l: tensor<2xi32>, %o: tensor<1x4x1x16xf32>) {
  // expected-error @+1 {{expected dimension 0 of seq_lens to be the batch size B (1), got 2}}
  %r = tessel.paged_attention ins(%q, %kp, %vp : tensor<1x4x1x16xf32>, tensor<8x4x2x16xf32>, tensor<8x4x2x16xf32>) pages(%t, %l : tensor<1x2xi32>, tensor<2xi32>) outs(%o : tensor<1x4x1x16xf32>) -> tensor<1x4x1x16xf32>
  return
}

// -----

func.func @f(%q: tensor<1x4x1x16xf32>, %kp: tensor<8x4x3x16xf32>, %vp: tensor<8x4x3x16xf32>, %t: tensor<1x2xi32>, %l: tensor<1xi32>, %o: tensor<1x4x1x16xf32>) {
  // expected-error @+1 {{query heads (4) must be a multiple of key/value heads (3)}}
  %r = tessel.paged_attention ins(%q, %kp, %vp : tensor<1x4x1x16xf32>, tensor<8x4x3x16xf32>, tensor<8x4x3x16xf32>) pages(%t, %l : tensor<1x2xi32>, tensor<1xi32>) outs(%o : tensor<1x4x1x16xf32>) -> tensor<1x4x1x16xf32>
  return
}

// -----

func.func @f(%q: tensor<1x4x1x16xf32>, %kp: tensor<8x0x2x16xf32>, %vp: tensor<8x0x2x16xf32>, %t: tensor<1x2xi32>, %l: tensor<1xi32>, %o: tensor<1x4x1x16xf32>) {
  // expected-error @+1 {{page size PS must not be 0}}
  %r = tessel.paged_attention ins(%q, %kp, %vp : tensor<1x4x1x16xf32>, tensor<8x0x2x16xf32>, tensor<8x0x2x16xf32>) pages(%t, %l : tensor<1x2xi32>, tensor<1xi32>) outs(%o : tensor<1x4x1x16xf32>) -> tensor<1x4x1x16xf32>
  return
}

// -----

func.func @f(%q: tensor<1x4x1x16xf32>, %kp: tensor<8x4x2x8xf32>, %vp: tensor<8x4x2x16xf32>, %t: tensor<1x2xi32>, %l: tensor<1xi32>, %o: tensor<1x4x1x16xf32>) {
  // expected-error @+1 {{expected dimension 3 of key_pages to be the head dimension D (16), got 8}}
  %r = tessel.paged_attention ins(%q, %kp, %vp : tensor<1x4x1x16xf32>, tensor<8x4x2x8xf32>, tensor<8x4x2x16xf32>) pages(%t, %l : tensor<1x2xi32>, tensor<1xi32>) outs(%o : tensor<1x4x1x16xf32>) -> tensor<1x4x1x16xf32>
  return
}

// -----

func.func @f(%q: tensor<1x4x1x16xf32>, %kp: tensor<8x4x2x16xf32>, %vp: tensor<8x4x2x16xf32>, %t: tensor<1x2xi32>, %l: tensor<1xi32>, %o: tensor<1x4x1x16xf32>) {
  // expected-error @+1 {{scale must be finite and non-zero, got 0}}
  %r = tessel.paged_attention scale(0.0) ins(%q, %kp, %vp : tensor<1x4x1x16xf32>, tensor<8x4x2x16xf32>, tensor<8x4x2x16xf32>) pages(%t, %l : tensor<1x2xi32>, tensor<1xi32>) outs(%o : tensor<1x4x1x16xf32>) -> tensor<1x4x1x16xf32>
  return
}
