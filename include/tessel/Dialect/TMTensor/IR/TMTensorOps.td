//===- TMTensorOps.td - torch-mlir's tm_tensor ops, as imported -*- tablegen -*-===//
//
// torch-mlir's linalg-on-tensors output holds a few ops of its `tm_tensor`
// dialect for what linalg cannot express: scans (cumsum), scatters (index_put,
// index_copy, scatter), sorts (sort, topk). Tessel registers a dialect of the
// same name whose ops read and print that text unchanged, verify it, and are
// lowered to upstream ops on tensors at the start of both pipelines
// (`convert-tm-tensor-to-linalg`). Only tensor operands are accepted.
//
//===----------------------------------------------------------------------===//

#ifndef TESSEL_DIALECT_TMTENSOR_IR_TMTENSOROPS_TD
#define TESSEL_DIALECT_TMTENSOR_IR_TMTENSOROPS_TD

include "mlir/IR/OpBase.td"
include "mlir/Interfaces/ControlFlowInterfaces.td"
include "mlir/Interfaces/SideEffectInterfaces.td"

def TMTensor_Dialect : Dialect {
  let name = "tm_tensor";
  let cppNamespace = "::mlir::tessel::tm_tensor";
  let summary = "The tm_tensor ops of torch-mlir's linalg-on-tensors output";
  let description = [{
    The ops that torch-mlir's `linalg-on-tensors` output may hold besides
    upstream dialects: `scan`, `scatter`, `sort` and `topk`, with torch-mlir's
    textual syntax and semantics, on ranked tensors. Tessel does not compute
    them itself: `convert-tm-tensor-to-linalg` rewrites them into `scf`,
    `linalg` and `tensor` ops, which both pipelines then compile like any other
    model IR. torch-mlir's `tm_tensor.attention` is not accepted (torch-mlir
    decomposes SDPA into linalg, which `tessel-raise` turns into
    `tessel.attention`).
  }];
}

class TMTensor_Op<string mnemonic, list<Trait> traits = []>
    : Op<TMTensor_Dialect, mnemonic, traits>;

// The region-carrying ops: operands split into `ins` and `outs`, one result per
// `outs` operand, a single-block region ended by `tm_tensor.yield`.
class TMTensor_RegionOp<string mnemonic, list<Trait> traits = []>
    : TMTensor_Op<mnemonic, !listconcat(traits, [AttrSizedOperandSegments,
                                                 Pure, SingleBlock])> {
  let hasVerifier = 1;
  let regions = (region SizedRegion<1>:$region);
  let results = (outs Variadic<AnyRankedTensor>:$results);
}

def TMTensor_ScanOp : TMTensor_RegionOp<"scan"> {
  let summary = "Inclusive or exclusive scan along one dimension";
  let description = [{
    `ins(%input)`, `outs(%output, %accumulator)`: `%output` has the shape of
    `%input`, `%accumulator` the shape of `%input` without `dimension`. The
    region combines the previous output with an input value,
    `(previous, value) -> combined`. With `n` the size of `dimension`:

    - inclusive: `out[0] = in[0]`, `out[k] = f(out[k-1], in[k])`;
    - exclusive: `out[0] = accumulator`, `out[k] = f(out[k-1], in[k-1])`;

    the accumulator result is `out[n-1]`. With `n = 0` both results are the
    `outs` operands unchanged. The `outs` values are otherwise not read
    (except the accumulator of an exclusive scan).

    ```mlir
    %r:2 = tm_tensor.scan dimension(1) inclusive(true)
        ins(%x : tensor<2x16xi64>) outs(%o, %a : tensor<2x16xi64>, tensor<2xi64>) {
    ^bb0(%prev: i64, %v: i64):
      %s = arith.addi %prev, %v : i64
      tm_tensor.yield %s : i64
    } -> tensor<2x16xi64>, tensor<2xi64>
    ```
  }];
  let arguments = (ins Variadic<AnyRankedTensor>:$inputs,
                       Variadic<AnyRankedTensor>:$outputs,
                       I64Attr:$dimension, BoolAttr:$inclusive);
  let assemblyFormat = [{
    `dimension` `(` $dimension `)` `inclusive` `(` $inclusive `)` attr-dict
    `ins` `(` $inputs `:` type($inputs) `)`
    `outs` `(` $outputs `:` type($outputs) `)`
    $region (`->` type($results)^)?
  }];
}

def TMTensor_ScatterOp : TMTensor_RegionOp<"scatter"> {
  let summary = "Combine update slices into a tensor at indexed positions";
  let description = [{
    `ins(%updates, %indices)`, `outs(%original)`. `%indices` is `N x depth`
    integers, `%updates` is `N x s1 x ... x sm` (m at most the rank of
    `%original`). Update `i` is written at the position whose dimension
    `dimension_map[j]` is `indices[i, j]`, the update slice covering the last
    `m` dimensions of `%original` from there (the other dimensions start at
    0). The region combines `(update, current) -> new`. Updates apply in
    order, so repeated indices accumulate (`unique_indices(false)`).

    Tessel's contract for indices out of range: an update whose slice does
    not lie inside `%original` (a negative index, or one past the end) is
    skipped; no memory outside the tensor is touched.
  }];
  let arguments = (ins Variadic<AnyRankedTensor>:$inputs,
                       Variadic<AnyRankedTensor>:$outputs,
                       DenseI64ArrayAttr:$dimension_map,
                       DefaultValuedAttr<BoolAttr, "true">:$unique_indices);
  let assemblyFormat = [{
    attr-dict `unique_indices` `(` $unique_indices `)`
    (`ins` `(` $inputs^ `:` type($inputs) `)`)?
    `outs` `(` $outputs `:` type($outputs) `)`
    $region (`->` type($results)^)?
  }];
}

def TMTensor_SortOp : TMTensor_RegionOp<"sort"> {
  let summary = "Stable sort of one or more tensors along one dimension";
  let description = [{
    `outs(%k0, %k1, ...)`, all of one shape, sorted together along
    `dimension` by the comparator region, which receives the two elements
    being compared of every operand in turn, `(a0, b0, a1, b1, ...)`, and
    yields `i1`: true when `a` may stay before `b`. Equal elements keep their
    order (Tessel's lowering is stable). No `ins` operands.
  }];
  let arguments = (ins Variadic<AnyRankedTensor>:$inputs,
                       Variadic<AnyRankedTensor>:$outputs,
                       I64Attr:$dimension);
  let assemblyFormat = [{
    attr-dict `dimension` `(` $dimension `)`
    (`ins` `(` $inputs^ `:` type($inputs) `)`)?
    `outs` `(` $outputs `:` type($outputs) `)`
    $region (`->` type($results)^)?
  }];
}

def TMTensor_TopkOp : TMTensor_RegionOp<"topk"> {
  let summary = "The k best elements along one dimension, with their indices";
  let description = [{
    `ins(%values [, %indices])`, `outs(%top_values, %top_indices)`: the
    outputs have the input's shape with `dimension` reduced to `k`. The region
    receives `(candidate, kept)` and yields `i1`, true when the candidate is
    strictly better (`>` for the largest, `<` for the smallest); of equal
    elements the first one wins. Without `%indices` the positions along
    `dimension` are the indices.
  }];
  let arguments = (ins Variadic<AnyRankedTensor>:$inputs,
                       Variadic<AnyRankedTensor>:$outputs,
                       I64Attr:$dimension);
  let assemblyFormat = [{
    attr-dict `dimension` `(` $dimension `)`
    `ins` `(` $inputs `:` type($inputs) `)`
    `outs` `(` $outputs `:` type($outputs) `)`
    $region (`->` type($results)^)?
  }];
}

def TMTensor_YieldOp
    : TMTensor_Op<"yield", [Pure, Terminator,
                            ParentOneOf<["ScanOp", "ScatterOp", "SortOp",
                                         "TopkOp"]>]> {
  let summary = "Ends the region of a tm_tensor op";
  let arguments = (ins Variadic<AnyType>:$operands);
  let assemblyFormat = "attr-dict ($operands^ `:` type($operands))?";
}

#endif // TESSEL_DIALECT_TMTENSOR_IR_TMTENSOROPS_TD
