//===- TesselOps.td - Tessel operations --------------------*- tablegen -*-===//
//
// The operations of the tessel dialect. Each compute op is in destination
// passing style on ranked tensors and implements TilingInterface. Exact
// semantics: docs/Semantics.md.
//
//===----------------------------------------------------------------------===//

#ifndef TESSEL_DIALECT_TESSEL_IR_TESSELOPS_TD
#define TESSEL_DIALECT_TESSEL_IR_TESSELOPS_TD

include "tessel/Dialect/Tessel/IR/TesselDialect.td"
include "tessel/Dialect/Tessel/IR/TesselEnums.td"
include "tessel/Dialect/Tessel/IR/TesselAttrs.td"
include "tessel/Dialect/Tessel/IR/TesselInterfaces.td"
include "mlir/Interfaces/DestinationStyleOpInterface.td"
include "mlir/Interfaces/InferTypeOpInterface.td"
include "mlir/Interfaces/SideEffectInterfaces.td"
include "mlir/Interfaces/TilingInterface.td"

/// A destination-style op on tensors whose iteration space can be tiled.
class Tessel_ComputeOp<string mnemonic, list<Trait> traits = []>
    : Tessel_Op<mnemonic, !listconcat([
        Pure,
        DestinationStyleOpInterface,
        DeclareOpInterfaceMethods<ReifyRankedShapedTypeOpInterface, ["reifyResultShapes"]>,
        DeclareOpInterfaceMethods<TilingInterface, [
          "getLoopIteratorTypes", "getIterationDomain",
          "getTiledImplementation", "getResultTilePosition",
          "generateResultTileValue"]>
      ], traits)> {
  let hasVerifier = 1;
}

/// Ops with a single `outs` operand named `init`.
class Tessel_SingleInitOp<string mnemonic, list<Trait> traits = []>
    : Tessel_ComputeOp<mnemonic, traits> {
  let results = (outs AnyRankedTensor:$result);
  let extraClassDeclaration = [{
    ::mlir::MutableOperandRange getDpsInitsMutable() {
      return getInitMutable();
    }
  }];
}

//===----------------------------------------------------------------------===//
// AttentionOp
//===----------------------------------------------------------------------===//

def Tessel_AttentionOp : Tessel_SingleInitOp<"attention",
    [AttrSizedOperandSegments,
     DeclareOpInterfaceMethods<Tessel_DimensionRelationsOpInterface>]> {
  let summary = "Fused scaled dot-product attention";
  let description = [{
    Computes `softmax(scale * Q K^T + mask) V` for every batch, query head
    and query row, without materialising the scores:

    - `query: [B, Hq, Sq, D]`, `key: [B, Hkv, Skv, D]`,
      `value: [B, Hkv, Skv, Dv]`, `init: [B, Hq, Sq, Dv]`. `Hq` must be a
      multiple of `Hkv`: query head `h` reads key/value head
      `h / (Hq / Hkv)` (grouped-query and multi-query attention).
    - `scale` defaults to `1 / sqrt(D)`.
    - `softcap` (Gemma-2's logit soft-capping) replaces each scaled score
      `s` by `softcap * tanh(s / softcap)` before the mask is applied.
    - `causal` masks key `j` for query `i` when `j > i + offset`; `offset`
      defaults to `Skv - Sq` (bottom-right alignment, as in decoding with a
      KV cache). Tiling along `Sq` writes the tile's `offset` explicitly.
    - `window` (with `causal`; sliding-window attention as in Mistral,
      Qwen2 and Gemma-2) also masks key `j` when `j <= i + offset - window`:
      query `i` sees the `window` keys up to `i + offset`.
    - `mask` is either additive (same float type as the query) or boolean
      (`i1`, true keeps), of shape `[B|1, Hq|1, Sq, Skv]`.
    - `block_mask` (`i1`, `[B|1, Hq|1, ceildiv(Sq, bq), ceildiv(Skv, bk)]`)
      with `block_sizes = [bq, bk]` names the (query block, key block) pairs
      that are computed at all; skipped pairs are masked out.
    - A fully masked query row yields zeros.

    Element types: f16, bf16 or f32, equal for query, key, value and init.

    Example:

    ```mlir
    %o = tessel.attention causal
           ins(%q, %k, %v : tensor<1x32x128x64xf16>, tensor<1x8x128x64xf16>,
                            tensor<1x8x128x64xf16>)
           outs(%init : tensor<1x32x128x64xf16>) -> tensor<1x32x128x64xf16>

    %s = tessel.attention scale(1.250000e-01)
           ins(%q, %k, %v : tensor<2x8x256x64xbf16>, tensor<2x8x256x64xbf16>,
                            tensor<2x8x256x64xbf16>)
           block_mask(%bm : tensor<2x8x4x4xi1>) block_sizes = [64, 64]
           outs(%init : tensor<2x8x256x64xbf16>) -> tensor<2x8x256x64xbf16>
    ```
  }];
  let arguments = (ins
    AnyRankedTensor:$query,
    AnyRankedTensor:$key,
    AnyRankedTensor:$value,
    Optional<AnyRankedTensor>:$mask,
    Optional<AnyRankedTensor>:$block_mask,
    Optional<Index>:$offset,
    AnyRankedTensor:$init,
    OptionalAttr<F64Attr>:$scale,
    UnitAttr:$causal,
    OptionalAttr<DenseI64ArrayAttr>:$block_sizes,
    OptionalAttr<F64Attr>:$softcap,
    OptionalAttr<I64Attr>:$window
  );
  let assemblyFormat = [{
    (`causal` $causal^)?
    (`window` `(` $window^ `)`)?
    (`scale` `(` $scale^ `)`)?
    (`softcap` `(` $softcap^ `)`)?
    `ins` `(` $query `,` $key `,` $value `:` type($query) `,` type($key) `,`
              type($value) `)`
    (`mask` `(` $mask^ `:` type($mask) `)`)?
    (`block_mask` `(` $block_mask^ `:` type($block_mask) `)`)?
    (`block_sizes` `=` $block_sizes^)?
    (`offset` `(` $offset^ `)`)?
    `outs` `(` $init `:` type($init) `)`
    attr-dict `->` type($result)
  }];
  let extraClassDeclaration = [{
    ::mlir::MutableOperandRange getDpsInitsMutable() {
      return getInitMutable();
    }
    /// The scale applied to Q K^T: the attribute, or 1/sqrt(D); none when
    /// D is dynamic (the lowering computes it at run time).
    std::optional<double> getEffectiveScale();
    /// Hq / Hkv, or 0 if a head count is dynamic.
    int64_t getGroupSize();
    /// Whether `window` can hide a key that causality alone shows: false
    /// without a window, or when the window reaches back to key 0 from every
    /// query (W >= Sq + offset, for a static Sq and a constant offset).
    bool windowHidesKeys();
  }];
}

//===----------------------------------------------------------------------===//
// PagedAttentionOp
//===----------------------------------------------------------------------===//

def Tessel_PagedAttentionOp : Tessel_Op<"paged_attention", [
    Pure, DestinationStyleOpInterface,
    DeclareOpInterfaceMethods<Tessel_DimensionRelationsOpInterface>]> {
  let summary = "Attention of new query tokens against a paged key/value cache";
  let description = [{
    Attention as `tessel.attention` computes it, with the keys and values
    of each sequence in pages of a shared pool, as serving stacks store a
    growing KV cache (vLLM's layout):

    - `query: [B, Hq, Sq, D]`, `key_pages: [P, PS, Hkv, D]`,
      `value_pages: [P, PS, Hkv, Dv]` (P pages of PS tokens),
      `block_table: [B, M]` (i32 page indices), `seq_lens: [B]` (i32),
      `init: [B, Hq, Sq, Dv]`. Query head `h` reads key/value head
      `h / (Hq / Hkv)`.
    - Sequence `b` holds `L = clamp(seq_lens[b], 0, M * PS)` tokens; token
      `j < L` is row `j % PS` of page `block_table[b, j / PS]`. Entries of
      the table past the sequence's pages are never read.
    - The `Sq` query tokens are the sequence's last: query `i` is token
      `L - Sq + i`. With `causal` it sees tokens `j <= L - Sq + i`, else
      all `L`.
    - **A page index outside `[0, P)` masks its tokens** (they are skipped,
      never read): the op does not report it. A query row that sees no
      token yields zeros.
    - `scale` defaults to `1 / sqrt(D)`.

    Element types: f16, bf16 or f32 for query, pages and init (equal); i32
    for the table and the lengths.

    Example (decoding one token of 32 heads against 8 key/value heads in
    pages of 16 tokens, at most 128 pages per sequence):

    ```mlir
    %o = tessel.paged_attention
           ins(%q, %kp, %vp : tensor<4x32x1x128xbf16>,
                              tensor<4096x16x8x128xbf16>,
                              tensor<4096x16x8x128xbf16>)
           pages(%table, %lens : tensor<4x128xi32>, tensor<4xi32>)
           outs(%init : tensor<4x32x1x128xbf16>) -> tensor<4x32x1x128xbf16>
    ```
  }];
  let arguments = (ins
    AnyRankedTensor:$query,
    AnyRankedTensor:$key_pages,
    AnyRankedTensor:$value_pages,
    AnyRankedTensor:$block_table,
    AnyRankedTensor:$seq_lens,
    AnyRankedTensor:$init,
    OptionalAttr<F64Attr>:$scale,
    UnitAttr:$causal
  );
  let results = (outs AnyRankedTensor:$result);
  let assemblyFormat = [{
    (`causal` $causal^)?
    (`scale` `(` $scale^ `)`)?
    `ins` `(` $query `,` $key_pages `,` $value_pages `:` type($query) `,`
              type($key_pages) `,` type($value_pages) `)`
    `pages` `(` $block_table `,` $seq_lens `:` type($block_table) `,`
                type($seq_lens) `)`
    `outs` `(` $init `:` type($init) `)`
    attr-dict `->` type($result)
  }];
  let hasVerifier = 1;
  let extraClassDeclaration = [{
    ::mlir::MutableOperandRange getDpsInitsMutable() {
      return getInitMutable();
    }
    /// The scale applied to Q K^T: the attribute, or 1/sqrt(D); none when
    /// D is dynamic.
    std::optional<double> getEffectiveScale();
    /// Tokens of a page (PS) and table entries per sequence (M).
    int64_t getPageSize() { return getKeyPages().getType().getDimSize(1); }
    int64_t getMaxPages() { return getBlockTable().getType().getDimSize(1); }
  }];
}

//===----------------------------------------------------------------------===//
// SoftmaxOp
//===----------------------------------------------------------------------===//

def Tessel_SoftmaxOp : Tessel_SingleInitOp<"softmax", [
    DeclareOpInterfaceMethods<Tessel_DimensionRelationsOpInterface>]> {
  let summary = "Softmax along one dimension, with a choice of algorithm";
  let description = [{
    `exp(x - max(x)) / sum(exp(x - max(x)))` along `dimension`. The
    `algorithm` does not change the result, only how the lowering passes
    over memory:

    - `three_pass`: maximum, sum of exponentials, normalisation.
    - `two_pass`: Dukhan and Ablavatski's algorithm; the sum is kept as a
      (mantissa, exponent) pair so no maximum pass is needed.
    - `online`: a running maximum rescales the running sum (Milakov and
      Gimelshein), the form flash attention uses.

    Input and init have the same shape and a float element type.

    Example:

    ```mlir
    %y = tessel.softmax two_pass dimension(1)
           ins(%x : tensor<64x4096xf32>) outs(%init : tensor<64x4096xf32>)
           -> tensor<64x4096xf32>
    ```
  }];
  let arguments = (ins
    AnyRankedTensor:$input,
    AnyRankedTensor:$init,
    Tessel_SoftmaxAlgorithm:$algorithm,
    I64Attr:$dimension
  );
  let assemblyFormat = [{
    $algorithm `dimension` `(` $dimension `)`
    `ins` `(` $input `:` type($input) `)`
    `outs` `(` $init `:` type($init) `)`
    attr-dict `->` type($result)
  }];
}

//===----------------------------------------------------------------------===//
// QMatmulOp
//===----------------------------------------------------------------------===//

def Tessel_QMatmulOp : Tessel_SingleInitOp<"qmatmul",
    [AttrSizedOperandSegments,
     DeclareOpInterfaceMethods<Tessel_DimensionRelationsOpInterface>]> {
  let summary = "Matrix multiplication by group-quantized low-bit weights";
  let description = [{
    `Y = epilogue(X * dequantize(W)^T + bias)` with weights of any integer
    width from 1 to 8 bits:

    - `input: [M, K]` or `[Bt, M, K]` (f16, bf16 or f32).
    - `weights: [N, K]` of type `iB` (1 <= B <= 8), read as `signed` or
      `unsigned` B-bit integers; the tensor may carry a `#tessel.layout`
      encoding that describes how they are packed.
    - `scales: [N, K / group_size]` of the input's float type;
      `group_size` divides K.
    - optional `zero_points: [N, K / group_size]` of the weights' type:
      `w = (q - z) * s`.
    - optional `bias: [N]` and `activation` (`relu`, `gelu`, `silu`) form
      the fused epilogue.
    - `init: [M, N]` or `[Bt, M, N]` of the input's type.

    Example:

    ```mlir
    %y = tessel.qmatmul signed group_size(128)
           ins(%x, %w, %s : tensor<1x4096xf16>, tensor<11008x4096xi4>,
                            tensor<11008x32xf16>)
           outs(%init : tensor<1x11008xf16>) -> tensor<1x11008xf16>

    %z = tessel.qmatmul unsigned group_size(64)
           ins(%x, %w, %s : tensor<16x256xf32>, tensor<128x256xi3>,
                            tensor<128x4xf32>)
           zero_points(%zp : tensor<128x4xi3>)
           bias(%b : tensor<128xf32>) activation(silu)
           outs(%init : tensor<16x128xf32>) -> tensor<16x128xf32>
    ```
  }];
  let arguments = (ins
    AnyRankedTensor:$input,
    AnyRankedTensor:$weights,
    AnyRankedTensor:$scales,
    Optional<AnyRankedTensor>:$zero_points,
    Optional<AnyRankedTensor>:$bias,
    AnyRankedTensor:$init,
    Tessel_Signedness:$signedness,
    I64Attr:$group_size,
    DefaultValuedAttr<Tessel_Activation, "::mlir::tessel::Activation::None">:$activation
  );
  let assemblyFormat = [{
    $signedness `group_size` `(` $group_size `)`
    `ins` `(` $input `,` $weights `,` $scales `:` type($input) `,`
              type($weights) `,` type($scales) `)`
    (`zero_points` `(` $zero_points^ `:` type($zero_points) `)`)?
    (`bias` `(` $bias^ `:` type($bias) `)`)?
    (`activation` `(` $activation^ `)`)?
    `outs` `(` $init `:` type($init) `)`
    attr-dict `->` type($result)
  }];
  let extraClassDeclaration = [{
    ::mlir::MutableOperandRange getDpsInitsMutable() {
      return getInitMutable();
    }
    /// Whether the input carries a leading batch dimension.
    bool hasBatch() { return getInput().getType().getRank() == 3; }
    /// The weights' bit width.
    unsigned getBitWidth() {
      return getWeights().getType().getElementType().getIntOrFloatBitWidth();
    }
  }];
}

//===----------------------------------------------------------------------===//
// QuantizeOp / DequantizeOp
//===----------------------------------------------------------------------===//

def Tessel_QuantizeOp : Tessel_ComputeOp<"quantize"> {
  let summary = "Group-wise quantization to B-bit integers";
  let description = [{
    Quantizes a float tensor group-wise along its last dimension into `iB`
    integers (1 <= B <= 8), producing the integers, one scale per group and,
    with a third `outs` operand, one zero point per group (asymmetric
    quantization). Without zero points the quantization is symmetric, which
    needs `signed` and B >= 2. The formulas (round half to even, clamping)
    are in `docs/Semantics.md`.

    Shapes: `input: [..., K]`, `q: [..., K]` of `iB`,
    `scales: [..., K / group_size]` of the input's type,
    `zero_points: [..., K / group_size]` of `iB`.

    Example:

    ```mlir
    %q, %s = tessel.quantize signed group_size(32)
               ins(%w : tensor<64x128xf32>)
               outs(%qi, %si : tensor<64x128xi4>, tensor<64x4xf32>)
               -> tensor<64x128xi4>, tensor<64x4xf32>
    ```
  }];
  let arguments = (ins
    AnyRankedTensor:$input,
    Variadic<AnyRankedTensor>:$inits,
    Tessel_Signedness:$signedness,
    I64Attr:$group_size
  );
  let results = (outs Variadic<AnyRankedTensor>:$results);
  let assemblyFormat = [{
    $signedness `group_size` `(` $group_size `)`
    `ins` `(` $input `:` type($input) `)`
    `outs` `(` $inits `:` type($inits) `)`
    attr-dict `->` type($results)
  }];
  let extraClassDeclaration = [{
    ::mlir::MutableOperandRange getDpsInitsMutable() {
      return getInitsMutable();
    }
    bool hasZeroPoints() { return getInits().size() == 3; }
  }];
}

def Tessel_DequantizeOp : Tessel_SingleInitOp<"dequantize"> {
  let summary = "Group-wise dequantization of B-bit integers";
  let description = [{
    `x = (q - z) * s` group-wise along the last dimension, the inverse
    mapping of `tessel.quantize`.

    Shapes: `input: [..., K]` of `iB`, `scales: [..., K / group_size]`,
    optional `zero_points: [..., K / group_size]` of `iB`,
    `init: [..., K]` of the scales' float type.

    Example:

    ```mlir
    %w = tessel.dequantize unsigned group_size(32)
           ins(%q, %s : tensor<64x128xi4>, tensor<64x4xf16>)
           zero_points(%z : tensor<64x4xi4>)
           outs(%init : tensor<64x128xf16>) -> tensor<64x128xf16>
    ```
  }];
  let arguments = (ins
    AnyRankedTensor:$input,
    AnyRankedTensor:$scales,
    Optional<AnyRankedTensor>:$zero_points,
    AnyRankedTensor:$init,
    Tessel_Signedness:$signedness,
    I64Attr:$group_size
  );
  let assemblyFormat = [{
    $signedness `group_size` `(` $group_size `)`
    `ins` `(` $input `,` $scales `:` type($input) `,` type($scales) `)`
    (`zero_points` `(` $zero_points^ `:` type($zero_points) `)`)?
    `outs` `(` $init `:` type($init) `)`
    attr-dict `->` type($result)
  }];
}

//===----------------------------------------------------------------------===//
// Layout ops
//===----------------------------------------------------------------------===//

def Tessel_RelayoutOp : Tessel_Op<"relayout", [
    Pure, DestinationStyleOpInterface,
    DeclareOpInterfaceMethods<ReifyRankedShapedTypeOpInterface, ["reifyResultShapes"]>]> {
  let summary = "Change the layout encoding of a tensor";
  let description = [{
    Copies a tensor into one of the same shape and element type whose
    encoding (a `#tessel.layout` or none) may differ. Logical values are
    unchanged; only their placement in storage is. A relayout to the same
    type folds away, and a relayout back to the original type of a relayout
    cancels.

    Example:

    ```mlir
    #row = #tessel.layout<(64, 64):(64, 1)>
    #col = #tessel.layout<(64, 64):(1, 64)>
    %t = tessel.relayout ins(%x : tensor<64x64xf16, #row>)
           outs(%init : tensor<64x64xf16, #col>) -> tensor<64x64xf16, #col>
    ```
  }];
  let arguments = (ins AnyRankedTensor:$input, AnyRankedTensor:$init);
  let results = (outs AnyRankedTensor:$result);
  let assemblyFormat = [{
    `ins` `(` $input `:` type($input) `)`
    `outs` `(` $init `:` type($init) `)`
    attr-dict `->` type($result)
  }];
  let hasVerifier = 1;
  let hasFolder = 1;
  let extraClassDeclaration = [{
    ::mlir::MutableOperandRange getDpsInitsMutable() {
      return getInitMutable();
    }
  }];
}

def Tessel_PackOp : Tessel_SingleInitOp<"pack", [
    DeclareOpInterfaceMethods<Tessel_DimensionRelationsOpInterface>]> {
  let summary = "Pack B-bit integers densely into W-bit words";
  let description = [{
    Stores the last dimension's `iB` values (1 <= B <= 8) as a dense bit
    stream in `iW` words (W in 8, 16, 32, 64), little-endian: element `k` of
    a row occupies bits `[k*B, (k+1)*B)`; values may straddle words (3-bit
    weights). A row that does not fill its last word is zero-padded.
    `pack(unpack(w))` with equal interleaves folds to `w` where rows fill
    their words (no padding bits to clear). `interleave`, a permutation of `0..L-1`, reorders each chunk
    of L elements first (`stored[c*L + t] = logical[c*L + perm[t]]`), the
    orders that fast dequantization into registers needs.

    Shapes: `input: [..., K]` of `iB`, `init: [..., ceil(K * B / W)]` of
    `iW`.

    Example:

    ```mlir
    %p = tessel.pack ins(%w : tensor<128x256xi4>)
           outs(%init : tensor<128x32xi32>)
           interleave = [0, 2, 4, 6, 1, 3, 5, 7] -> tensor<128x32xi32>
    ```
  }];
  let arguments = (ins
    AnyRankedTensor:$input,
    AnyRankedTensor:$init,
    OptionalAttr<DenseI64ArrayAttr>:$interleave
  );
  let assemblyFormat = [{
    `ins` `(` $input `:` type($input) `)`
    `outs` `(` $init `:` type($init) `)`
    (`interleave` `=` $interleave^)?
    attr-dict `->` type($result)
  }];
  let hasFolder = 1;
}

def Tessel_UnpackOp : Tessel_SingleInitOp<"unpack", [
    DeclareOpInterfaceMethods<Tessel_DimensionRelationsOpInterface>]> {
  let summary = "Unpack W-bit words into B-bit integers";
  let description = [{
    The exact inverse of `tessel.pack` with the same `interleave`: reads
    `iB` values back out of the dense bit stream in `iW` words.
    `unpack(pack(x))` with equal interleaves folds to `x`. The padding bits
    of a row's last word are ignored.

    Shapes: `input: [..., ceil(K * B / W)]` of `iW`, `init: [..., K]` of
    `iB`.

    Example:

    ```mlir
    %w = tessel.unpack ins(%p : tensor<128x24xi32>)
           outs(%init : tensor<128x256xi3>) -> tensor<128x256xi3>
    ```
  }];
  let arguments = (ins
    AnyRankedTensor:$input,
    AnyRankedTensor:$init,
    OptionalAttr<DenseI64ArrayAttr>:$interleave
  );
  let assemblyFormat = [{
    `ins` `(` $input `:` type($input) `)`
    `outs` `(` $init `:` type($init) `)`
    (`interleave` `=` $interleave^)?
    attr-dict `->` type($result)
  }];
  let hasFolder = 1;
}

def Tessel_PermuteOp : Tessel_SingleInitOp<"permute"> {
  let summary = "Gather along one dimension by an index vector";
  let description = [{
    `out[..., i, ...] = in[..., indices[i], ...]` along `dimension`: the
    token reordering of DraftAttention and the channel reordering of
    outlier-aware quantization. `indices` is a 1-D tensor of integers or
    `index` whose length is the output's size along `dimension`; all other
    dimensions of input and init agree. An index out of range is undefined
    behaviour in lowered code (the reference implementation reports it), and
    a constant index vector out of range is rejected by the verifier.

    Example:

    ```mlir
    %p = tessel.permute dimension(2)
           ins(%x, %idx : tensor<1x8x1024x64xf16>, tensor<1024xi32>)
           outs(%init : tensor<1x8x1024x64xf16>) -> tensor<1x8x1024x64xf16>
    ```
  }];
  let arguments = (ins
    AnyRankedTensor:$input,
    AnyRankedTensor:$indices,
    AnyRankedTensor:$init,
    I64Attr:$dimension
  );
  let assemblyFormat = [{
    `dimension` `(` $dimension `)`
    `ins` `(` $input `,` $indices `:` type($input) `,` type($indices) `)`
    `outs` `(` $init `:` type($init) `)`
    attr-dict `->` type($result)
  }];
}

//===----------------------------------------------------------------------===//
// DraftMaskOp
//===----------------------------------------------------------------------===//

def Tessel_DraftMaskOp : Tessel_SingleInitOp<"draft_mask"> {
  let summary = "DraftAttention's low-resolution draft: a block-sparse mask";
  let description = [{
    Average-pools the queries over blocks of `bq` tokens and the keys over
    blocks of `bk` tokens, scores every (query block, key block) pair with a
    softmax of the pooled dot products, and keeps for each query block the
    `max(1, ceil(keep_ratio * valid))` best key blocks (ties go to the lower
    block). Under `causal` (bottom-right aligned) key blocks that lie wholly
    in the future are never kept. The result is the `block_mask` of
    `tessel.attention` with `block_sizes = [bq, bk]`.

    Shapes: `query: [B, Hq, Sq, D]`, `key: [B, Hkv, Skv, D]` (Hq a multiple
    of Hkv), `init: [B, Hq, ceildiv(Sq, bq), ceildiv(Skv, bk)]` of `i1`.
    `0 < keep_ratio <= 1`.

    Example:

    ```mlir
    %m = tessel.draft_mask block_sizes = [128, 128] keep_ratio(1.000000e-01)
           ins(%q, %k : tensor<1x16x4096x64xbf16>, tensor<1x16x4096x64xbf16>)
           outs(%init : tensor<1x16x32x32xi1>) -> tensor<1x16x32x32xi1>
    ```
  }];
  let arguments = (ins
    AnyRankedTensor:$query,
    AnyRankedTensor:$key,
    AnyRankedTensor:$init,
    DenseI64ArrayAttr:$block_sizes,
    F64Attr:$keep_ratio,
    OptionalAttr<F64Attr>:$scale,
    UnitAttr:$causal
  );
  let assemblyFormat = [{
    (`causal` $causal^)?
    (`scale` `(` $scale^ `)`)?
    `block_sizes` `=` $block_sizes
    `keep_ratio` `(` $keep_ratio `)`
    `ins` `(` $query `,` $key `:` type($query) `,` type($key) `)`
    `outs` `(` $init `:` type($init) `)`
    attr-dict `->` type($result)
  }];
}

#endif // TESSEL_DIALECT_TESSEL_IR_TESSELOPS_TD
