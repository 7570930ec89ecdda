//===- Passes.td - CPU code generation passes --------------*- tablegen -*-===//

#ifndef TESSEL_CODEGEN_CPU_PASSES_TD
#define TESSEL_CODEGEN_CPU_PASSES_TD

include "mlir/Pass/PassBase.td"
include "tessel/Codegen/Common/CostModelOptions.td"

def TesselCPUConfigure : Pass<"tessel-cpu-configure"> {
  let summary = "Choose how each tessel op is tiled and lowered on the CPU";
  let description = [{
    The one place where the CPU pipeline decides: for each compute tessel op
    not already inside a tile loop, ranks its candidate configurations with
    the cost model for `cpu` (ConfigurationSpace.h: attention query rows
    16-256 x key blocks of 32, 64, 128 or whole rows; qmatmul columns 16-256
    x 1-32 lanes) and records the fastest predicted on the op, the fixed
    sizes of the options below winning ties:

    - `tessel.tile_sizes` (read by `tessel-tile`): attention one batch, one
      group of query heads that share a key/value head, and the query rows
      (rounded to a multiple of the block-mask block); with enough
      (batch, head group) pairs for the cores and no block mask, those run
      in parallel and the query rows in a serial loop inside
      (`tessel.serial_tile_sizes`), so that per-head work is hoisted out of
      it; qmatmul the output columns; softmax one row;
    - `tessel.key_block` and `tessel.qmatmul_lanes` (read by
      `convert-tessel-to-linalg`);
    - softmax: `tessel.softmax_lanes`, two vectors of `vector-isa` (32 f32
      lanes on AVX-512, 16 on AVX2, 8 on SSE), the per-lane states of the
      online and two-pass algorithms (read by `convert-tessel-to-linalg`).
      One vector of states is one chain of dependent exponentials per
      step; two let the core overlap them (2x on AVX-512 at 64 x 262144).

    An op that already has `tessel.tile_sizes` is left as it is; a key block
    or lanes already on an op are kept (only candidates with them are
    ranked). `cost-model=fixed` records the options' sizes without ranking.
    Fails, with an error, for a cost model that cannot be had.
  }];
  let options = [
    TesselCostModelOption,
    Option<"attentionQueryTile", "attention-query-tile", "int64_t", "64",
           "Query rows per attention tile (with cost-model=fixed; the "
           "tie-winner otherwise)">,
    Option<"qmatmulColumnTile", "qmatmul-column-tile", "int64_t", "64",
           "Output columns per qmatmul tile (with cost-model=fixed; the "
           "tie-winner otherwise)">,
    Option<"vectorISA", "vector-isa", "std::string", "\"host\"",
           "The vector registers the lanes are sized for: host, avx512, "
           "avx2 or sse">
  ];
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
    extent is not a multiple of 8 is left for the scalar path. The register
    block is sized for `vector-isa` (the compiling machine's vector
    registers by default): 6 x 16 f32 on AVX2's sixteen 256-bit registers,
    8 x 32 on AVX-512, 6 x 8 on SSE.

    A plain GEMM (`C[m, n] += A[m, k] * B[k, n]`, row-major operands of one
    float type, B held as `[k, n]` or `[n, k]`) with more rows than a
    register block and whole register blocks of columns is blocked as BLIS
    does instead: parallel blocks of
    `cache-tile-n` columns with every row (blocks of `cache-tile-m` rows
    where there are fewer than 4 blocks of columns), a K loop in blocks of
    `cache-tile-k` that first copies the K block of B into panels of the
    register block's columns (`[columns / n, k, n]`, a buffer the loop
    carries, so every K block reuses it; from `[n, k]` by transposing 8
    steps of K at a time), then register blocks that each
    read one panel as a contiguous stream. Rows past the last whole
    register block of rows take one smaller block over the same panels.
    `pack-right-operand=false` keeps such GEMMs on the path above.

    First of all, a contraction of float operands with an f16 or bf16
    result is made to accumulate in f32 and round once: its init is
    extended to f32 (an elementwise generic), the product accumulated
    there by a generic with the op's maps, and the result truncated into
    the original init.

    Where `vector-isa` has AVX512-BF16 (`avx512bf16`, or `host` on such a
    machine), a GEMM of bf16 operands (A held `[m, k]`, B `[k, n]` or
    `[n, k]`, K even) with an f32 result (after the widening above) and
    whole register blocks of columns, any number of rows, runs on
    `vdpbf16ps` (`x86vector.avx512.dot`): the same parallel blocks, a K
    loop that copies each K block of B into panels whose two rows of each
    pair of K steps are interleaved (`[columns / n, k / 2, 2 * n]`; from
    `[n, k]`, 16 x 16 blocks of pairs transposed as 32-bit words by four
    rounds of shuffles), and register blocks of f32 accumulators, each
    step a broadcast of A's pair of K steps (one 32-bit word) dotted with
    a panel's 32 bf16. With no more rows than a register block and B held
    `[k, n]` (a decode step's projection), B is not copied: parallel
    blocks of up to 1024 columns (at least 4 blocks), each walking all of K
    with up to 16 accumulator vectors, two rows of B interleaved in
    registers a step; held `[n, k]` with K a multiple of 32 (`x W^T`),
    each output is a dot product of two contiguous rows: blocks of outputs
    walk K 32 steps at a time, one `vdpbf16ps` per output a step, the
    lanes summed at the end.

    A plain GEMM with B held as `[k, n]` and no more rows than a register
    block (a decode step's projection, where each element of B is used
    once) reads B in whole rows instead: parallel blocks of up to 1024
    columns (at least 4 blocks), K outermost in steps of up to 8 rows of B,
    each step's rows read in turn, a register block of columns at a time,
    into the result block (which stays in L1), rather than one register
    block's strided column of B over all of K.

    Before that, a contraction generic whose M, N or K loops are split into
    runs of consecutive loops that every operand holds contiguously (what
    reshape propagation makes of a projection whose result is viewed as
    heads: N = [1, 8, 64]) is folded back to one loop per run, and a plain
    2-D one is named `linalg.matmul` (so that it vectorizes to
    `vector.contract`). A right-hand operand whose rows are a multiple of
    1 KiB apart is copied into rows padded by a cache line (L1 set aliasing)
    where a cache block's rows are read by several register tiles of rows;
    with no more rows than one register tile (a decode step's GEMV) every
    element is read once and it is not copied. A contraction whose N is not
    a multiple of `register-tile-n` has its first columns (a multiple of
    it) split off and scheduled as above, then of the rest those that are a
    multiple of 8; fewer than 8 stay scalar. Column blocks are whole
    register tiles where N allows. Likewise the rows of a contraction that
    does not take the GEMM path past the last whole register block of rows
    are split off into a contraction of their own.

    A contraction whose operands both hold K innermost (a right-hand side
    held as `[N, K]` that is not a constant to transpose at compile time)
    is a set of dot products: it is made a `linalg.generic` and its output
    split into parallel `cache-tile-m` x `cache-tile-n` blocks, and
    `tessel-vectorize-rows` vectorizes its K loop.
  }];
  let options = [
    Option<"cacheTileM", "cache-tile-m", "int64_t", "64", "">,
    Option<"cacheTileN", "cache-tile-n", "int64_t", "256", "">,
    Option<"cacheTileK", "cache-tile-k", "int64_t", "256", "">,
    Option<"registerTileM", "register-tile-m", "int64_t", "0",
           "Rows of the register block (0: sized for vector-isa)">,
    Option<"registerTileN", "register-tile-n", "int64_t", "0",
           "Columns of the register block, a multiple of 8 (0: sized for "
           "vector-isa)">,
    Option<"packRightOperand", "pack-right-operand", "bool", "true",
           "Copy each K block of a plain GEMM's right-hand operand into "
           "panels of the register block's columns">,
    Option<"vectorISA", "vector-isa", "std::string", "\"host\"",
           "The vector registers the register blocks are sized for: host "
           "(the compiling machine's), avx512bf16 (8 x 32, bf16 GEMMs on "
           "vdpbf16ps), avx512 (8 x 32), avx2 (6 x 16) or sse (6 x 8)">
  ];
  let dependentDialects = ["::mlir::scf::SCFDialect",
                           "::mlir::tensor::TensorDialect",
                           "::mlir::vector::VectorDialect",
                           "::mlir::x86vector::X86VectorDialect"];
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

def TesselStreamingStores : Pass<"tessel-streaming-stores", "func::FuncOp"> {
  let summary = "Non-temporal stores for the last write of large outputs";
  let description = [{
    A plain store of a line that is not in the cache first reads it from
    memory; a non-temporal store writes whole 64-byte lines around the
    cache, which pays for outputs far larger than the cache that are not
    read again (softmax's last pass over a 64 MiB output: 1.3x in a C
    loop on the development machines).

    Runs after bufferization and `tessel-lower-vectors`. A
    `vector.transfer_write` in an `scf.for` into a view of a function
    argument of at least `min-bytes` is made a `vector.store {nontemporal
    = true, alignment = 64}` where its vector is a whole number of 64-byte
    lines, every other access to the argument in the loop reads the same
    view at the same indices before the write, the view advances with the
    loop by at least its size, nothing after the loop touches the
    argument, the loops around it are `scf.forall`, and the write's offset
    is a multiple of a line for an aligned argument (a divisibility
    analysis of the indices: constants, loop induction variables, sums and
    products). The loop is versioned: the non-temporal copy, followed by a
    full fence (`llvm.fence seq_cst`: the stores are weakly ordered), runs
    where the argument's aligned pointer is a multiple of 64 (checked
    before the loop at run time), the loop as it was otherwise (numpy's
    arrays, say, need only be 16-byte aligned).
  }];
  let options = [
    Option<"minBytes", "min-bytes", "int64_t", "16777216",
           "Smallest output (bytes) whose last write streams around the "
           "cache">
  ];
  let dependentDialects = ["::mlir::scf::SCFDialect",
                           "::mlir::arith::ArithDialect",
                           "::mlir::vector::VectorDialect",
                           "::mlir::memref::MemRefDialect",
                           "::mlir::LLVM::LLVMDialect"];
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

#endif // TESSEL_CODEGEN_CPU_PASSES_TD
