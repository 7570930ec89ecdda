//===- Passes.td - Tessel dialect transformations ----------*- tablegen -*-===//

#ifndef TESSEL_DIALECT_TESSEL_TRANSFORMS_PASSES_TD
#define TESSEL_DIALECT_TESSEL_TRANSFORMS_PASSES_TD

include "mlir/Pass/PassBase.td"

def TesselEraseLayouts : Pass<"tessel-erase-layouts", "::mlir::ModuleOp"> {
  let summary = "Materialize every #tessel.layout encoding as row-major";
  let description = [{
    Drops the `#tessel.layout` encoding from every tensor type in the module
    (function signatures, block arguments and op results): the CPU pipeline
    stores every tensor densely in row-major order with sub-byte integers one
    per byte. Logical values are unchanged, so `tessel.relayout` becomes a
    no-op that `convert-tessel-to-linalg` drops. Encodings of other dialects
    are left alone.
  }];
}

def TesselFoldConstantTransposes : Pass<"tessel-fold-constant-transposes"> {
  let summary = "Transpose constant tensors at compile time";
  let description = [{
    Replaces `linalg.transpose` of an `arith.constant` (dense or
    `dense_resource`, elements of whole bytes) by the transposed constant.
    PyTorch stores a linear layer's weight as `[out, in]` and torch-mlir
    computes `x W^T` as `linalg.matmul(x, linalg.transpose(W))`; folded, the
    weights are transposed once when the model is compiled rather than on
    every call. Both pipelines run it after their linalg cleanup. Constants
    above `max-bytes` stay as they are (the compiler holds both copies while
    it folds).
  }];
  let options = [
    Option<"maxBytes", "max-bytes", "int64_t", "int64_t(1) << 31",
           "Largest constant (in bytes) that is transposed">
  ];
}

def TesselExpandPagedAttention : Pass<"tessel-expand-paged-attention"> {
  let summary = "Paged attention as page gathers and masked attention";
  let description = [{
    Rewrites each `tessel.paged_attention` into what every backend runs:
    the key and value pages of each sequence gathered through the block
    table into contiguous `[B, Hkv, M * PS, D]` tensors (`linalg.generic`),
    a boolean mask `[B, 1, Sq, M * PS]` of the tokens each query sees (within
    the sequence's length, on a page inside the pool, and not after the
    query's own token when `causal`), and `tessel.attention` with that
    mask. Ops given the GPU decode kernel (`tessel.kv_splits`, written by
    `tessel-cuda-configure`) read the pages themselves and are left alone;
    any other op that cannot be expanded (dynamic shapes) is an error.
  }];
  let dependentDialects = ["::mlir::arith::ArithDialect",
                           "::mlir::linalg::LinalgDialect",
                           "::mlir::tensor::TensorDialect"];
}

def TesselTile : Pass<"tessel-tile"> {
  let summary = "Tile tessel ops into parallel loops over independent work";
  let description = [{
    Tiles each tessel compute op through its `TilingInterface` into an
    `scf.forall` over the work that is independent, so that the CPU pipeline
    can spread it over cores and each tile's working set fits in cache
    (`tessel-cpu-configure` chooses: for attention one batch, one group of
    query heads and a number of query rows; for qmatmul a number of output
    columns; for softmax one row).

    Other ops are left alone, as is any op whose tiling would not keep its
    meaning (the interface refuses; the op then stays whole).

    Consumer fusion (`fuse-consumers`, on by default): elementwise linalg
    ops that consume a tiled op's result in the same block (a residual add,
    a scaling, an activation tessel-fuse did not take) are fused into its
    tile loop with upstream `scf::tileAndFuseConsumer`, so that each tile is
    finished while it is in cache; their `tensor.empty` destinations move
    before the loop. Ops the upstream fusion refuses stay after the loop.

    Sizes come from the op's configuration attributes, which
    `tessel-cpu-configure` writes (or a user, by hand): `tessel.tile_sizes
    = array<i64: ...>` gives its parallel tile sizes (one per loop, 0 =
    untiled) and `tessel.serial_tile_sizes` the sizes of a serial `scf.for`
    inside each parallel tile. Both are consumed. Ops without
    `tessel.tile_sizes` are left alone: this pass chooses nothing.
  }];
  let options = [
    Option<"fuseConsumers", "fuse-consumers", "bool", "true",
           "Fuse elementwise linalg consumers of a tiled op (residual adds, "
           "scalings) into its tile loop">
  ];
  let dependentDialects = ["::mlir::scf::SCFDialect",
                           "::mlir::tensor::TensorDialect"];
}

def TesselReorder : Pass<"tessel-reorder"> {
  let summary = "Reorder tokens for block-sparse attention and channels for "
                "block quantization";
  let description = [{
    Token reordering (DraftAttention): a `tessel.attention` that carries a
    `tessel.token_order = array<i64: ...>` attribute (a permutation of its
    tokens, e.g. the spatial-temporal tile order of a video's patches) and
    whose block mask is the `tessel.draft_mask` of its own queries and keys
    runs on its tokens in that order: queries, keys and values are gathered
    by it (`tessel.permute` along the sequence), the draft is made of the
    gathered tokens, so that tokens that attend to each other share blocks,
    and the output is gathered back into the original order. Without the
    block mask this would change nothing (attention is equivariant under a
    common permutation of its tokens); with it, the kept blocks cover more
    of the attention. Causal attention, offsets and element masks depend on
    the token order and are rejected with an error, as is an attribute that
    is not a permutation.

    Outlier-aware channel reordering for block quantization: a
    `tessel.quantize` of a constant weight `[N, K]` whose results are used
    only as the weights, scales (and zero points) of `tessel.qmatmul` ops
    quantizes the weight with its K channels sorted by magnitude
    (`max_n |W[n, k]|`), so that channels of similar magnitude share a group
    and a few outlier channels no longer inflate the scales of every group.
    The weight constant is permuted at compile time, and each such qmatmul
    gathers its input's K channels in the same order (`tessel.permute`
    along the last dimension): the product is the same sum in another
    order. The pass computes the relative quantization error of the weight
    in both orders (float64, the reference quantizer) and applies the new
    order only if it is lower by at least 0.1%; with `report`, a remark
    gives both errors. A weight of a single group is left alone. The new
    gathers are then folded where `tessel-propagate-layouts` can (into the
    rows of a producing qmatmul's constant weight).
    Weights that are not constants, or quantized results with other uses,
    are left alone.
  }];
  let options = [
    Option<"tokens", "tokens", "bool", "true",
           "Reorder the tokens of attention ops that name a token order">,
    Option<"channels", "channels", "bool", "true",
           "Reorder the K channels of constant quantized weights">,
    Option<"report", "report", "bool", "true",
           "Emit a remark with the quantization error in both orders">
  ];
  let dependentDialects = ["::mlir::arith::ArithDialect",
                           "::mlir::tensor::TensorDialect",
                           "::mlir::tessel::TesselDialect"];
}

def TesselPropagateLayouts : Pass<"tessel-propagate-layouts"> {
  let summary = "Merge, cancel and fold data-movement ops at compile time";
  let description = [{
    Moves layout changes and gathers to compile time where they meet
    constants, and merges or cancels them where they meet each other:

    - `relayout(relayout(x : A -> B) : B -> C)` becomes one relayout
      `A -> C` (and `A -> B -> A` cancels, by the op's folder);
    - a relayout of a constant is the constant with the new encoding;
    - two permutes along one dimension with constant indices compose into
      one; a permute by the identity is its input; a permute of a constant
      is a constant (up to 4M elements);
    - a permute of the output channels of a `qmatmul` whose weights are a
      constant quantized in the program (and whose bias, if any, is
      constant) permutes the weight's rows and the bias instead. Groups run
      along K within a row, so permuting rows before quantizing gives the
      same quantized rows: the result is exact.

    The last rule is how the channel order of `tessel-reorder` is folded
    into the producer of a qmatmul's input when that producer is itself a
    qmatmul of constant weights.

    It also carries out the weight layout that a configuration pass chose:
    a qmatmul with `tessel.pack_weights` (written by
    `tessel-cuda-configure` where the GPU kernel takes the op and reads
    packed words) whose weights are a constant `iB` with B < 8 and rows of
    whole 32-bit words gets `tessel.unpack` of a constant of i32 words in
    `tessel.pack`'s layout, packed at compile time. Without the attribute
    (the CPU, or ops the kernel does not take) constants keep one byte per
    weight; words would be unpacked at run time.
  }];
  let dependentDialects = ["::mlir::arith::ArithDialect",
                           "::mlir::tensor::TensorDialect"];
}

def TesselRaise : Pass<"tessel-raise"> {
  let summary = "Raise attention and quantized linear layers from linalg to "
                "tessel ops";
  let description = [{
    Recognises, in linalg on tensors as frontends emit it (torch-mlir's
    `linalg-on-tensors` output, TOSA after `tosa-to-linalg`), the two
    patterns Tessel exists for, and replaces them by tessel ops; everything
    else is left as it is.

    - Attention: `batch_matmul(softmax(scale * Q K^T [+ mask]), V)` with the
      softmax spelled as max / sub / exp / sum generics or `linalg.reduce`s
      along the last dimension and a division by the sum or a
      multiplication by its reciprocal (TOSA); Q, K, V either of shape
      `[B, H, S, D]` merged to `[B*H, S, D]` around the matmuls
      (torch-mlir), with K and V optionally repeated along heads
      (grouped-query attention), or `[N, S, D]` throughout (TOSA, raised as
      `B = 1, H = N` between reshapes); scale factors on Q, K or the scores
      as scalars or splat tensors (multiplied together); and the optional
      guard that zeroes fully masked rows. Becomes `tessel.attention` with
      an explicit `scale`. (A maximum that starts at the lowest float
      rather than `-inf`, as TOSA's does, differs only on rows where every
      score is `-inf`: those become zeros.) A mask computed
      from constants is evaluated at compile time: all zeros is dropped, a
      causal one (0 for keys `j <= i + o`, `-inf` elsewhere) becomes `causal`
      (with an `offset` unless `o = Skv - Sq`), a causal band (0 only for
      `i + o - W < j <= i + o`, a sliding window) `causal window(W)`.
      A mask computed from constants and one run-time integer `p` (a
      function argument: a decode step's cache position, as a scalar or a
      one-element tensor) is evaluated with `p` kept symbolic; when it has
      that causal (band) form with `o = p + c` for every `p`, it becomes
      `causal [window(W)] offset(p + c)` with no mask operand, so that the
      kernels read only the keys up to the position. Anything else stays an
      additive mask (one of a narrower float type added through
      `arith.extf`, as bf16 models add theirs, is extended). K^T may come
      from one transpose that also splits the heads (GPT-2's
      `[B, S, H, D] -> [B, H, D, S]`). Logit soft-capping
      `cap * tanh(S / cap)` between the scaled scores and the mask
      (Gemma-2) becomes `softcap`.
    - bf16 (f16) attention computed in f32: an f32 `tessel.attention` over
      Q, K, V (and an additive mask) extended from bf16 whose result is only
      truncated back to bf16 (torch-mlir's spelling of a bf16 model's SDPA)
      becomes the same op in bf16, reading K and V before their repetition
      along heads. The bf16 op accumulates in f32 as well; its tensor-core
      kernels round the probabilities to bf16 before the `P V` product,
      which is the only difference (docs/Semantics.md).
    - Weight-only quantized linear layers:
      `matmul(X, transpose(collapse((sitofp|uitofp(Wq) - zero) * scale)))`
      with the zero point and scale broadcast over groups of `G` along K (the
      zero point is optional, and may also be subtracted in integers before
      the cast). Zero points must be constants. Weights computed from
      constants (a cast of a constant, or e.g. 4-bit values unpacked from
      packed bytes with masks, shifts and a concat) are evaluated at compile
      time, and their values decide the narrowest integer type, signed if
      any value is negative (`0..15` is unsigned `i4`). Weights given at run
      time must be integers of at most 8 bits (through `extui`/`extsi` and
      `uitofp`/`sitofp`); their type decides. Becomes `tessel.qmatmul` with
      `group_size(G)`.
    - Quantized checkpoints as GPTQ and AWQ store them: `matmul(X, W)` or
      `matmul(X, transpose(W))` where W is computed elementwise from
      constants as `(q - z) * s` or `q * s` (q and z integers after any
      unpacking, gathering or repetition the format needs; the difference in
      integers or floats). q, z and s are evaluated where the generic
      computing W subtracts and multiplies, checked to recompose W exactly,
      and the groups are read from the values: the largest `G` such that
      every run of `G` input channels shares its scales and zero points; if
      the channels that share them are scattered along K in sets of equal
      size (GPTQ's act-order `g_idx`), X's channels are gathered with
      `tessel.permute` so that the sets become runs, and the weights follow.
      An f16/bf16 matmul accumulating in f32 and truncated back is raised
      with the truncation. Left alone: a scale per weight, non-integer
      weights or zero points (HQQ's float zeros), a difference that wraps
      around, and weights over 2^24 elements.

    A near miss (a softmax along another dimension, an accumulating matmul,
    weights that are not constant or need more than 8 bits, a non-transposed
    K, a scale or a mask inside the soft-cap, an f32 result used as such) is
    left untouched. Attention whose scores are rounded to bf16 between ops
    (Hugging Face's eager attention in bf16, which Gemma-2 uses: bf16
    matmuls spelled as f32 accumulation and `truncf`, the softmax of
    `extf`'d scores truncated back) is raised to the bf16 op, which keeps
    the scores in f32 (docs/Semantics.md).
  }];
  let options = [
    Option<"attention", "attention", "bool", "true",
           "Raise attention">,
    Option<"quantizedMatmul", "quantized-matmul", "bool", "true",
           "Raise dequantize + matmul to tessel.qmatmul">,
  ];
  let dependentDialects = ["::mlir::arith::ArithDialect",
                           "::mlir::tensor::TensorDialect",
                           "::mlir::tessel::TesselDialect"];
}

def TesselFuse : Pass<"tessel-fuse"> {
  let summary = "Fuse dequantization, bias and activations into qmatmul";
  let description = [{
    Moves the work around a `tessel.qmatmul` into the op, whose lowering
    does it in registers rather than in a separate pass over memory:

    - producer fusion: `matmul(X, transpose(tessel.dequantize(W)))` into a
      zero-filled init becomes `tessel.qmatmul(X, W)`: the weights are
      never materialised in float;
    - consumer fusion into the epilogue: an elementwise `+ b[n]` (a vector
      broadcast along rows) becomes the bias, and then an elementwise
      function that computes ReLU, SiLU or GELU (tanh approximation)
      becomes the activation. The function is recognised by its values:
      the body is evaluated on sample points from -6 to 7 and compared with
      the reference to 1e-4 (frontends round constants), so any spelling of it is found (including SiLU
      as `x * sigmoid(x)` over two generics), and a different function
      (an erf-based GELU, a leaky ReLU) is not.

    The epilogue applies the bias, then the activation; an activation
    followed by an add, a bias of another element type, or a result with
    other users is left alone.
  }];
  let dependentDialects = ["::mlir::tensor::TensorDialect",
                           "::mlir::tessel::TesselDialect"];
}

#endif // TESSEL_DIALECT_TESSEL_TRANSFORMS_PASSES_TD
