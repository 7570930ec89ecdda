//===- Passes.td - Codegen passes of every target ----------*- tablegen -*-===//

#ifndef TESSEL_CODEGEN_COMMON_PASSES_TD
#define TESSEL_CODEGEN_COMMON_PASSES_TD

include "mlir/Pass/PassBase.td"
include "tessel/Codegen/Common/CostModelOptions.td"

def TesselExportEntries : Pass<"tessel-export-entries", "::mlir::ModuleOp"> {
  let summary = "Give public functions a C interface and a signature string";
  let description = [{
    Prepares each public `func.func` on ranked tensors to be called by
    Tessel's runtime: sets `llvm.emit_c_interface` (the entry is
    `_mlir_ciface_<name>`, results become trailing out-parameters after
    `buffer-results-to-out-params`) and adds a constant global
    `_tessel_signature_<name>` holding the signature as text, e.g.
    `f(f32[2x3],i4[4x8])->(f32[2x8])`, which the runtime reads to check
    arguments. An argument or result with a `tessel.unpacked_type` attribute
    (from `tessel-pack-subbyte-boundary`) is written as that type, and the
    attribute is removed.

    Dynamic sizes are written as symbols, `decode(bf16[?0x8x1x64],
    bf16[?0x2x?1x64],bf16[?0x2x?1x64])->(bf16[?0x8x1x64])`: dimensions with
    the same symbol are sizes the function's ops require to be equal, and a
    dynamic size that an op ties to a static one is written as that size.
    The relations come from tensor.dim and tensor.empty, destinations and
    results, linalg indexing maps, reshapes that keep a dynamic dimension
    whole, scf.for and scf.if, element-wise ops, and tessel ops'
    `DimensionRelationsOpInterface`. It is an error, at the op, where a
    dynamic size reaches an op whose requirements are not known or are no
    equality (grouped heads, a broadcast mask, a quantization group), and
    where a result's dynamic size is not an argument's (the runtime sizes
    results before the call). A non-tensor argument or result is an error.
    `tessel-pack-entries` later adds the entry the runtime calls.
  }];
  let dependentDialects = ["::mlir::LLVM::LLVMDialect"];
}

def TesselPackEntries : Pass<"tessel-pack-entries", "::mlir::ModuleOp"> {
  let summary = "Give each exported C interface an entry that takes an array";
  let description = [{
    After the lowering to the LLVM dialect: for each function that
    `tessel-export-entries` exported (a `_tessel_signature_<name>` global
    and its `_mlir_ciface_<name>`), adds
    `void _tessel_packed_<name>(void **arguments)`, which loads the
    descriptor pointers from the array (inputs, then results) and calls the
    C interface. The runtime calls this entry, so a function may take any
    number of tensors (a C call of N pointer arguments needs a caller
    compiled for N).
  }];
  let dependentDialects = ["::mlir::LLVM::LLVMDialect"];
}

def TesselDistinctResultBuffers
    : Pass<"tessel-distinct-result-buffers", "::mlir::func::FuncOp"> {
  let summary = "Give each returned memref a buffer of its own";
  let description = [{
    After bufferization: a buffer returned more than once by a `func.return`
    is returned as copies (`linalg.copy` into a new allocation) after its
    first place, so that every result can become an out-parameter of its
    own. Upstream's `buffer-results-to-out-params` with hoisted static
    allocations crashes on a repeated result, which a function returning one
    value twice produces (canonicalization and CSE merge copies made
    earlier).
  }];
  let dependentDialects = ["::mlir::linalg::LinalgDialect",
                           "::mlir::memref::MemRefDialect"];
}

def TesselReadOnlyArguments
    : Pass<"tessel-read-only-arguments", "::mlir::ModuleOp"> {
  let summary = "Keep the tensors a caller passes unchanged";
  let description = [{
    Before One-Shot Bufferize: every tensor argument of a public function
    gets `bufferization.writable = false` (unless it already says otherwise),
    so that an op writing into an argument (a scatter or a fill with the
    argument as its destination, as torch-mlir writes `index_put`) works on a
    copy. Tensors are values: without this the compiled function changed
    its caller's input buffers, and a second call with the same inputs gave
    another result. An argument marked `bufferization.writable = true` is
    updated in place, as the caller then asks.
  }];
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

def TesselExpandStridedCopies : Pass<"tessel-expand-strided-copies"> {
  let summary = "Turn copies between non-contiguous buffers into loops";
  let description = [{
    `memref.copy` between buffers that are not both contiguous lowers to a
    call of `memrefCopy` from MLIR's C runner utilities, which Tessel's
    runtime does not link. This pass rewrites such copies as `linalg.copy`,
    which `convert-linalg-to-loops` turns into loops (on the GPU, a kernel);
    copies between buffers of the identity layout stay `memref.copy` (a
    `memcpy`). A strided view is expanded even where its elements happen to
    be contiguous: the GPU's `gpu.memcpy` lowering takes identity layouts
    only.
  }];
  let dependentDialects = ["::mlir::linalg::LinalgDialect"];
}

def TesselPackSubByteBoundary
    : Pass<"tessel-pack-subbyte-boundary", "::mlir::ModuleOp"> {
  let summary = "Pass 2- to 7-bit integer tensors packed across the runtime "
                "boundary";
  let description = [{
    The runtime stores tensors of `iB` (2 <= B <= 7) packed: each row (the
    last dimension, K values) is a dense little-endian bit stream, element k
    in bits `[k*B, (k+1)*B)`, zero-padded to a whole byte; two int4 per
    byte, the first in the low nibble. This pass gives each public function
    that layout at its boundary, so that a `tensor<NxKxi4>` argument reaches
    the qmatmul kernels as the packed words they read:

    - an argument of `tensor<...xKxiB>` becomes `tensor<...xK*B/32xi32>`
      when its rows fill whole 32-bit words, else `tensor<...x
      ceil(K*B/8)xi8>`, followed by a `tessel.unpack` to the old type
      (`runtime::packedWordBits` makes the same choice);
    - a result of such a type is `tessel.pack`ed before each `func.return`;
    - calls of the function inside the module pack their operands and
      unpack their results, so they see the old types.

    Each rewritten argument and result keeps its old type in the
    `tessel.unpacked_type` attribute, which `tessel-export-entries` writes
    into the signature. `i1` and rank-0 tensors are left alone (one byte per
    value is their packed form too). A sub-byte argument or result whose
    last dimension is dynamic is an error: its packed rows would not say how
    many values they hold.
  }];
  let dependentDialects = ["::mlir::tessel::TesselDialect",
                           "::mlir::tensor::TensorDialect"];
}

def TesselFuseElementwise : Pass<"tessel-fuse-elementwise"> {
  let summary = "Fuse elementwise linalg producers into their consumers "
                "where no work is repeated";
  let description = [{
    Upstream's elementwise fusion (`linalg-fuse-elementwise-ops`) with a
    cost rule. A producer generic with one use is fused into its consumer
    generic when the consumer reads the producer's result at every one of
    its loops' iterations exactly once, that is when the operand's indexing
    map names every loop of the consumer. Where it names fewer (a matmul's
    left operand does not name N; the right one does not name M), the fused
    body would run once per element of the missing loops: a SwiGLU
    product fused into the down projection would evaluate its exponential
    once per output column, an RMSNorm fused into the LM head once per
    vocabulary entry, and the contraction would no longer be a plain
    multiply-add that `tessel-vectorize-contractions` can schedule. Such
    producers are fused only when their bodies are casts (`arith.extf`,
    `truncf`, `extsi`, `sitofp`, ...), which a contraction then does in
    registers on the narrow operand.

    Reshapes are propagated through generics by expansion as upstream does
    (`tessel-vectorize-contractions` folds the split loops of a contraction
    back); fills, scalar and splat constants fold into their users.
  }];
  let dependentDialects = ["::mlir::linalg::LinalgDialect",
                           "::mlir::tensor::TensorDialect"];
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
    the learned model's and the rest the analytical breakdown.

    For attention and qmatmul a second remark shows the decision the
    configuration pass of the target makes (`tessel-cpu-configure`,
    `tessel-cuda-configure`'s generic-path choices): every candidate
    configuration from the op's recorded tile sizes (else its default), the
    predicted time of each, and the pick. The GPU kernels' warps ranking is
    shown by `tessel-cuda-configure{remarks=1}`. IR is not changed;
    `cost-model=fixed` is an error (nothing to estimate with).

    Example: `tessel-opt --tessel-print-cost=target=sm_90 model.mlir`.
  }];
  let options = [TesselTargetOption<"cpu">, TesselCostModelOption];
}

#endif // TESSEL_CODEGEN_COMMON_PASSES_TD
