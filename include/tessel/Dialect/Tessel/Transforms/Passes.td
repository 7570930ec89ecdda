//===- Passes.td - Tessel transformation passes ------------*- tablegen -*-===//

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

def TesselExportEntries : Pass<"tessel-export-entries", "::mlir::ModuleOp"> {
  let summary = "Give public functions a C interface and a signature string";
  let description = [{
    Prepares each public `func.func` on ranked, statically shaped tensors to
    be called by Tessel's runtime: sets `llvm.emit_c_interface` (the entry is
    `_mlir_ciface_<name>`, results become trailing out-parameters after
    `buffer-results-to-out-params`) and adds a constant global
    `_tessel_signature_<name>` holding the signature as text, e.g.
    `f(f32[2x3],i4[4x8])->(f32[2x8])`, which the runtime reads to check
    arguments. A public function with a dynamic shape or a non-tensor
    argument is an error (it cannot be called by the runtime).
  }];
  let dependentDialects = ["::mlir::LLVM::LLVMDialect"];
}

def TesselApproximateMath : Pass<"tessel-approximate-math"> {
  let summary = "Replace transcendental math ops by polynomial approximations";
  let description = [{
    Rewrites `math.exp`, `math.exp2`, `math.tanh`, `math.log` and friends on
    f32 scalars and vectors into arithmetic (upstream's polynomial
    approximations), so that vectorized code does not fall back to one libm
    call per lane.
  }];
  let dependentDialects = [
    "::mlir::arith::ArithDialect", "::mlir::math::MathDialect",
    "::mlir::vector::VectorDialect"
  ];
}

def TesselTile : Pass<"tessel-tile"> {
  let summary = "Tile tessel ops into parallel loops over independent work";
  let description = [{
    Tiles each tessel compute op through its `TilingInterface` into an
    `scf.forall` over the work that is independent, so that the CPU pipeline
    can spread it over cores and each tile's working set fits in cache:

    - `attention`: one batch, one group of query heads that share a
      key/value head, and `attention-query-tile` query rows (rounded to a
      multiple of the block-mask block);
    - `qmatmul`: `qmatmul-column-tile` output columns;
    - `softmax`: one row (every dimension but the reduced one by 1).

    Other ops are left alone, as is any op whose tiling would not keep its
    meaning (the interface refuses; the op then stays whole).

    Consumer fusion (`fuse-consumers`, on by default): elementwise linalg
    ops that consume a tiled op's result in the same block (a residual add,
    a scaling, an activation tessel-fuse did not take) are fused into its
    tile loop with upstream `scf::tileAndFuseConsumer`, so that each tile is
    finished while it is in cache; their `tensor.empty` destinations move
    before the loop. Ops the upstream fusion refuses stay after the loop.

    Sizes: a `tessel.tile_sizes = array<i64: ...>` attribute on an op gives
    its parallel tile sizes (one per loop, 0 = untiled) and wins. Otherwise
    a cost model ranks the op's candidate configurations on `target`
    (ConfigurationSpace.h: attention query rows 16-256 x key blocks of 32,
    64, 128 or whole rows; qmatmul columns 16-256 x 1-32 lanes) and the
    fastest predicted is taken, the fixed sizes of the options below
    winning ties; its key block and lanes are recorded on the op as
    `tessel.key_block` and `tessel.qmatmul_lanes` for the lowering.
    `cost-model=` is `learned` (the default: the XGBoost model shipped for
    the target, trained on tessel-tune's measurements; the analytical model
    where none is shipped), `analytical` (the roofline), the path of a
    `.json` model file, or `fixed` (the options, no ranking).
  }];
  let options = [
    Option<"attentionQueryTile", "attention-query-tile", "int64_t", "64",
           "Query rows per attention tile">,
    Option<"qmatmulColumnTile", "qmatmul-column-tile", "int64_t", "64",
           "Output columns per qmatmul tile">,
    Option<"costModel", "cost-model", "std::string", "\"learned\"",
           "How sizes are chosen: learned, analytical, a .json model file, "
           "or fixed">,
    Option<"target", "target", "std::string", "\"cpu\"",
           "Target of the cost model: cpu, sm_80 or sm_90">,
    Option<"fuseConsumers", "fuse-consumers", "bool", "true",
           "Fuse elementwise linalg consumers of a tiled op (residual adds, "
           "scalings) into its tile loop">
  ];
  let dependentDialects = ["::mlir::scf::SCFDialect",
                           "::mlir::tensor::TensorDialect"];
}

def TesselVectorizeContractions : Pass<"tessel-vectorize-contractions"> {
  let summary = "Cache- and register-tile matmul-like linalg ops and "
                "vectorize them";
  let description = [{
    For every statically shaped linalg contraction on tensors with one M,
    one N and one K dimension whose right-hand operand and result are
    contiguous along N (`linalg.matmul`, and the `P V` product of lowered
    attention), in three levels:

    1. an `scf.forall` over `cache-tile-m` x `cache-tile-n` output blocks
       (skipped when the op already sits in a parallel tile loop),
    2. an `scf.for` over K in blocks of `cache-tile-k`,
    3. `scf.for`s over `register-tile-m` x `register-tile-n` x 1 register
       blocks, each vectorized to a `vector.contract` that
       `tessel-lower-vectors` turns into broadcast-FMA outer products with
       the accumulator kept in registers.

    Tile sizes are reduced to divisors of the static sizes; an op whose N
    extent is not a multiple of 8 is left for the scalar path.
  }];
  let options = [
    Option<"cacheTileM", "cache-tile-m", "int64_t", "64", "">,
    Option<"cacheTileN", "cache-tile-n", "int64_t", "256", "">,
    Option<"cacheTileK", "cache-tile-k", "int64_t", "256", "">,
    Option<"registerTileM", "register-tile-m", "int64_t", "8", "">,
    Option<"registerTileN", "register-tile-n", "int64_t", "32", "">
  ];
  let dependentDialects = ["::mlir::scf::SCFDialect",
                           "::mlir::tensor::TensorDialect",
                           "::mlir::vector::VectorDialect"];
}

def TesselLowerVectors : Pass<"tessel-lower-vectors"> {
  let summary = "Hoist accumulators and lower vector ops for the CPU";
  let description = [{
    Runs after bufferization: hoists loop-invariant vector transfers out of
    loops (the accumulators of vectorized contractions stay in registers
    across the K loop), then lowers `vector.contract` to outer products and
    FMAs and progressively lowers transposes, broadcasts, multi-reductions
    and n-D transfers to 1-D vector ops that convert to LLVM.
  }];
  let dependentDialects = ["::mlir::vector::VectorDialect",
                           "::mlir::memref::MemRefDialect"];
}

def TesselExpandStridedCopies : Pass<"tessel-expand-strided-copies"> {
  let summary = "Turn copies between non-contiguous buffers into loops";
  let description = [{
    `memref.copy` between buffers that are not both contiguous lowers to a
    call of `memrefCopy` from MLIR's C runner utilities, which Tessel's
    runtime does not link. This pass rewrites such copies as `linalg.copy`,
    which `convert-linalg-to-loops` turns into loops; contiguous copies stay
    `memref.copy` (a `memcpy`).
  }];
  let dependentDialects = ["::mlir::linalg::LinalgDialect"];
}

def TesselWidenSubByteIntegers
    : Pass<"tessel-widen-subbyte-integers", "::mlir::ModuleOp"> {
  let summary = "Store 2- to 7-bit integers in i8 containers";
  let description = [{
    Makes the CPU storage of sub-byte integers (one per byte, the value in
    the low bits) explicit in the types: every tensor of `iN` (2 <= N <= 7)
    becomes a tensor of `i8`, and scalars read from it are truncated back to
    `iN` (`arith.trunci`) where they are used, values stored into it are
    zero-extended. The memory layout does not change, but vector loads and
    stores now see whole bytes (LLVM packs vectors of `iN` densely, which
    would not match the storage). Runs on linalg on tensors, after
    `convert-tessel-to-linalg`; `i1` is left alone.
  }];
  let dependentDialects = ["::mlir::arith::ArithDialect"];
}

def TesselVectorizeRows : Pass<"tessel-vectorize-rows"> {
  let summary = "Vectorize linalg.generics along their innermost dimension";
  let description = [{
    For every statically shaped `linalg.generic` on tensors whose innermost
    loop is contiguous in every operand that uses it (elementwise maps,
    row reductions such as softmax statistics and the group sums of
    `qmatmul`), tiles the other loops by 1 and the innermost by up to
    `width` elements and vectorizes the tile. Bodies that gather with
    `tensor.extract` or contain loops, and operands whose elements are not
    whole bytes, are left for the scalar path.
  }];
  let options = [
    Option<"width", "width", "int64_t", "256",
           "Largest vector length along the innermost dimension">
  ];
  let dependentDialects = ["::mlir::scf::SCFDialect",
                           "::mlir::tensor::TensorDialect",
                           "::mlir::vector::VectorDialect"];
}

def TesselConfigure : Pass<"tessel-configure"> {
  let summary = "Choose each op's configuration with a cost model, without "
                "tiling";
  let description = [{
    For targets whose pipeline tiles by its own loop distribution (GPUs),
    ranks each tessel op's candidate configurations on `target` with the
    cost model (ConfigurationSpace.h; today qmatmul lanes on GPUs) and
    records the fastest predicted on the op (`tessel.qmatmul_lanes`,
    `tessel.key_block`) for `convert-tessel-to-linalg`; the lowering's
    default wins ties, and choices already on an op are kept.
    `tessel-cuda-pipeline` runs it for the chips the cost model describes.
    `cost-model=` is as for tessel-tile: `learned` (the default; the
    analytical model where no learned one is shipped for the target),
    `analytical`, or a `.json` model file.
  }];
  let options = [
    Option<"costModel", "cost-model", "std::string", "\"learned\"",
           "learned, analytical or a .json model file">,
    Option<"target", "target", "std::string", "\"sm_90\"",
           "Target of the cost model: cpu, sm_80 or sm_90">
  ];
}

def TesselPrintCost : Pass<"tessel-print-cost"> {
  let summary = "Report the cost model's estimate for every op it knows";
  let description = [{
    Emits a remark on each compute tessel op and `linalg.matmul` with the
    cost model's estimate for `target` (`cpu`, `sm_80`, `sm_90`):
    predicted time, its compute and memory terms, FLOPs, bytes from main
    memory and through the cache, the scratchpad one tile needs (and whether
    it fits the target's) and the occupancy of the parallel units. The
    configuration comes from the op's `tessel.tile_sizes` (one size per
    loop, 0 = untiled; else untiled), `tessel.key_block` and
    `tessel.qmatmul_lanes` attributes, the lowering's defaults for those
    absent. With `cost-model=learned` (or a `.json` model file) the time is
    the learned model's and the rest the analytical breakdown. IR is not
    changed.

    Example: `tessel-opt --tessel-print-cost=target=sm_90 model.mlir`.
  }];
  let options = [
    Option<"target", "target", "std::string", "\"cpu\"",
           "Target to estimate for: cpu, sm_80 or sm_90">,
    Option<"costModel", "cost-model", "std::string", "\"analytical\"",
           "analytical, learned or a .json model file">
  ];
}

def TesselAllocateScratchpad : Pass<"tessel-allocate-scratchpad",
                                    "::mlir::func::FuncOp"> {
  let summary = "Pack temporary buffers into one scratchpad: a host arena per "
                "block, a kernel's dynamic shared memory";
  let description = [{
    Host temporaries, on bufferized IR (before
    `buffer-deallocation-pipeline`): in every block, the statically shaped
    `memref.alloc`s whose uses all stay inside the block (temporaries, not
    results, not turned into tensors) become `memref.view`s into one arena
    allocated at the start of the block, live from the alloc to the last
    use in the block.

    GPU shared memory: in every `gpu.launch`, the `memref.alloc`s in the
    workgroup address space become `memref.view`s into the kernel's
    `gpu.dynamic_shared_memory`, and the launch's dynamic shared memory size
    becomes the packing's peak (placed after any bytes the launch already
    declared). The threads of a block do not run in step, so a buffer is
    live over barrier epochs: from the top-level `gpu.barrier`s passed
    before its first use to those passed before its last. Two buffers share
    bytes only if a barrier separates their uses. A workgroup buffer that
    is not statically shaped is an error.

    Offsets come from liveness-based packing: exact branch and bound for up
    to 7 buffers, largest-first greedy above, with every offset aligned to
    `alignment` bytes. A remark reports the peak against the naive sum and
    the liveness lower bound; a peak above `budget` (host) or
    `shared-budget` (a kernel) bytes is an error; 0 means no limit.
    `tessel-cuda-pipeline` runs it after `convert-tessel-to-gpu` with the
    chip's shared memory per block as the budget.
  }];
  let options = [
    Option<"budget", "budget", "int64_t", "0",
           "Largest host arena in bytes (0: unlimited)">,
    Option<"sharedBudget", "shared-budget", "int64_t", "0",
           "Largest dynamic shared memory of a kernel in bytes (0: unlimited)">,
    Option<"alignment", "alignment", "int64_t", "64",
           "Alignment of every buffer, in bytes">,
    Option<"report", "report", "bool", "true",
           "Emit a remark with the packing of each block and kernel">
  ];
  let dependentDialects = ["::mlir::memref::MemRefDialect",
                           "::mlir::arith::ArithDialect",
                           "::mlir::gpu::GPUDialect"];
}

def TesselGPUDistributeLoops : Pass<"tessel-gpu-distribute-loops",
                                    "::mlir::func::FuncOp"> {
  let summary = "Shape host-level parallel loops for GPU blocks and threads";
  let description = [{
    On bufferized loops (after `convert-linalg-to-parallel-loops`), every
    outermost `scf.parallel` of a function becomes one GPU kernel: its
    dimensions collapse into one, which is tiled by `block-size` (an inner
    loop of constant trip count with a bounds guard), so that
    `gpu-map-parallel-loops` maps the outer loop to blocks and the inner to
    threads. Memory accesses that no parallel loop encloses (a reduction to
    a scalar, say) are wrapped in a one-iteration `scf.parallel`, so that
    the host never touches a device buffer. Loops inside the threads stay
    sequential; with `register-block`, short parallel loops inside them
    (register-blocked dimensions) are fully unrolled.
  }];
  let options = [
    Option<"blockSize", "block-size", "int64_t", "256",
           "Threads per block">,
    Option<"registerBlock", "register-block", "int64_t", "0",
           "Unroll parallel loops of at most this many iterations that sit "
           "inside a thread's sequential loops (0: none)">
  ];
  let dependentDialects = ["::mlir::scf::SCFDialect",
                           "::mlir::arith::ArithDialect"];
}

def TesselGPUHostMemory : Pass<"tessel-gpu-host-memory",
                               "::mlir::ModuleOp"> {
  let summary = "Place the host functions' buffers in GPU memory";
  let description = [{
    After `convert-parallel-loops-to-gpu`, the host code of a function only
    allocates, copies and launches. This pass makes its buffers device
    buffers: `memref.alloc`/`alloca` become `gpu.alloc`, `memref.dealloc`
    `gpu.dealloc`, `memref.copy` `gpu.memcpy`. A `memref.get_global` (a
    constant, such as weights inlined in a model) becomes the device copy
    that the runtime makes at the function's first call and keeps until the
    library unloads: a call of `tesselDeviceConstant_<element>` (declared
    here, with the C interface) on the global flattened to `memref<?xT>`,
    reshaped back. Element types without such a function (and rank 0) are
    copied into a device buffer where they are used and freed before the
    function returns. Arguments and results are device buffers already:
    the runtime allocates them.
  }];
  let dependentDialects = ["::mlir::gpu::GPUDialect",
                           "::mlir::func::FuncDialect",
                           "::mlir::LLVM::LLVMDialect"];
}

def TesselParallelDimsFirst : Pass<"tessel-parallel-dims-first"> {
  let summary = "Permute linalg generics so that parallel dimensions come "
                "first";
  let description = [{
    Interchanges the dimensions of every `linalg.generic` so that its
    parallel dimensions come first (in their order) and its reductions
    last. The CPU lowerings keep some parallel dimensions inside reductions
    on purpose (the lanes of a partial sum vectorize into a register); on
    the GPU each should be a thread, so `tessel-cuda-pipeline` runs this
    before `convert-linalg-to-parallel-loops`, which then makes one
    `scf.parallel` of all of them. Generics already in that order are left
    alone.

    Register blocking: in a generic with reductions, a parallel dimension
    of at most `register-block` iterations that the largest input does not
    depend on (the rows M of a small-batch qmatmul, which share every
    weight) goes last instead, after the reductions:
    `tessel-gpu-distribute-loops` unrolls it in each thread, so that one
    load of the large input serves all of its iterations.
  }];
  let options = [
    Option<"registerBlock", "register-block", "int64_t", "0",
           "Largest parallel dimension to place innermost (0: none)">
  ];
  let dependentDialects = ["::mlir::linalg::LinalgDialect"];
}

def TesselPromoteLoopAccumulators : Pass<"tessel-promote-loop-accumulators"> {
  let summary = "Carry reduction accumulators through loops instead of "
                "memory";
  let description = [{
    Where an `scf.for` body loads an element, updates it and stores it back
    at indices that do not change in the loop, and nothing else in the loop
    touches that buffer, the element is loaded once before the loop,
    carried as an `iter_args` value and stored once after it. Innermost
    loops first, so a nest of reduction loops (what
    `convert-linalg-to-parallel-loops` makes of a contraction) keeps its
    accumulator in a register rather than making a memory round trip per
    iteration. Assumes that distinct buffers do not overlap (as linalg's
    outputs and inputs do not where it reduces).
  }];
  let dependentDialects = ["::mlir::memref::MemRefDialect",
                           "::mlir::scf::SCFDialect"];
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

    With a GPU target (`target=sm_XX`) it also chooses the layout of
    constant qmatmul weights: where the GPU kernel takes the op (static
    shapes, f16/bf16/f32 input, K and the group size multiples of 32), a
    constant `iB` weight with B < 8 becomes `tessel.unpack` of a constant of
    i32 words in `tessel.pack`'s layout, packed at compile time, which
    `convert-tessel-to-gpu`'s kernel reads directly (a byte-per-weight
    tensor takes the generic path). With `target=cpu`, or none, constants
    keep one byte per weight, which the CPU lowering reads; words would be
    unpacked at run time. `tessel-cuda-pipeline` runs it with its chip.
  }];
  let options = [
    Option<"target", "target", "std::string", "\"\"",
           "Target whose kernels choose the layout of constant qmatmul "
           "weights: sm_XX (packed words), cpu or empty (as they are)">
  ];
  let dependentDialects = ["::mlir::arith::ArithDialect",
                           "::mlir::tensor::TensorDialect"];
}

#endif // TESSEL_DIALECT_TESSEL_TRANSFORMS_PASSES_TD

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
      (with an `offset` unless `o = Skv - Sq`), anything else stays an
      additive mask.
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

    A near miss (a softmax along another dimension, an accumulating matmul,
    weights that are not constant or need more than 8 bits, a non-transposed
    K) is left untouched.
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
