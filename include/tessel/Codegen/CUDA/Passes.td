//===- Passes.td - CUDA code generation passes -------------*- tablegen -*-===//

#ifndef TESSEL_CODEGEN_CUDA_PASSES_TD
#define TESSEL_CODEGEN_CUDA_PASSES_TD

include "mlir/Pass/PassBase.td"
include "tessel/Codegen/Common/CostModelOptions.td"

def TesselCUDAConfigure : Pass<"tessel-cuda-configure"> {
  let summary = "Choose each tessel op's GPU kernel, its knobs and its "
                "generic-path configuration";
  let description = [{
    The one place where the CUDA pipeline decides, for the card `target`
    describes. Every choice is recorded on the op as an attribute
    (ConfigurationAttributes.h) that later passes only read:

    - qmatmul that the dedicated kernel takes (QMatmulPlanner.h): with
      `pack-weights`, constant sub-byte weights are to be packed into the
      words the kernel reads (`tessel.pack_weights`, carried out by
      `tessel-propagate-layouts`); the kernel's warps per block
      (`tessel.kernel_warps`): `warps-per-block` if given, else the count
      from 1 to 32 whose planned kernel the cost model predicts fastest
      (`CostModel::estimateKernel`: the kernel's bytes against the
      bandwidth, and its warps' round trips to memory in each wave of the
      blocks the SMs hold at once), on ties the one nearest 4; with
      `cost-model=fixed`, 4. `columns-per-warp`, `prefetch-steps` and
      `tensor-cores=0` are recorded as `tessel.columns_per_warp`,
      `tessel.prefetch_steps` and `tessel.tensor_cores`.
    - attention in f16 or bf16: the kernel's warps (`attention-warps`, 4 or
      8) as `tessel.kernel_warps`, and `tensor-cores=0` as
      `tessel.tensor_cores` (the kernel is built on tensor cores only).
      With at most 16 query tokens (decoding), where the split-KV decode
      kernel takes the op (AttentionDecodePlanner.h: no masks, head
      dimension 64, 128 or 256), that kernel, with the keys in
      `tessel.kv_splits` parts: `kv-splits` if given, else the count (1 to
      256) whose planned kernels the cost model predicts fastest, fewest on
      ties; with cost-model=fixed a split per 1024 keys. Where the kernel
      runs on tensor cores, its warps per block (`tessel.decode_warps`, 1, 2
      or 4) are the op's, or given (`decode-warps`), else 1: the cost model
      does not rank them yet. `decode-kernel=0`
      keeps such ops on the prefill kernel. `decode-prefetch` is recorded
      as `tessel.prefetch_steps` on the ops that take the decode kernel.
    - paged attention (`tessel.paged_attention`): the decode kernel under
      the same rules, reading the pages through the block table (its
      splits ranked over the table's capacity); any other paged op is
      expanded here into page gathers, a visibility mask and
      `tessel.attention` (the rewrite of `tessel-expand-paged-attention`),
      which is then configured as above.
    - every qmatmul and attention: the generic path's choices
      (`tessel.qmatmul_lanes`, 1-64, ranked by the cost model, the
      `qmatmul-lanes` option winning ties and taken with cost-model=fixed;
      `tessel.key_block`, whole score rows on GPUs).

    Attributes already on an op are kept. With `remarks`, a remark on each
    qmatmul whose warps the cost model chose (the kernel variant, the
    choice and the predicted time of every count) and on each decode
    attention whose splits it chose. Fails, with an error, for
    an unknown target or a cost model that cannot be had.
  }];
  let dependentDialects = ["::mlir::arith::ArithDialect",
                           "::mlir::linalg::LinalgDialect",
                           "::mlir::tensor::TensorDialect"];
  let options = [
    TesselTargetOption<"sm_90">, TesselCostModelOption,
    Option<"packWeights", "pack-weights", "bool", "true",
           "Pack constant sub-byte qmatmul weights into the i32 words the "
           "kernel reads (false: constants keep a byte per weight)">,
    Option<"tensorCores", "tensor-cores", "bool", "true",
           "Tensor cores (mma.sync m16n8k16) in the attention and qmatmul "
           "kernels; false: qmatmul and decode attention on CUDA cores, "
           "prefill attention on the generic path">,
    Option<"warpsPerBlock", "warps-per-block", "int64_t", "0",
           "Warps per block of the qmatmul kernel, 1 to 32 (0: ranked by the "
           "cost model, 4 with cost-model=fixed)">,
    Option<"columnsPerWarp", "columns-per-warp", "int64_t", "0",
           "qmatmul output columns per warp of the CUDA-core form (0: by the "
           "rows of a tile, 2 below 8 rows, 4 from 8; reduced until it "
           "divides N)">,
    Option<"prefetchSteps", "prefetch-steps", "int64_t", "-1",
           "qmatmul decoding kernel (weights in A, straight-line steps): "
           "how many steps ahead of its math a warp loads each step's "
           "weights, the first ones before the block stages its input "
           "(0: in the step; -1: 2, or half a warp's steps if fewer)">,
    Option<"attentionWarps", "attention-warps", "int64_t", "4",
           "Warps per block of the attention kernel, 4 or 8 (16 query rows "
           "each; 8 was slower at every measured shape)">,
    Option<"decodeKernel", "decode-kernel", "bool", "true",
           "The split-KV decode kernel for attention with at most 16 query "
           "tokens (false: the prefill kernel)">,
    Option<"warpgroupMMA", "warpgroup-mma", "bool", "false",
           "The chip has warpgroup MMA and TMA (sm_90): prefill attention "
           "takes the Hopper kernel where it can (tessel.attention_kernel = "
           "\"warpgroup\" and its knobs)">,
    Option<"kvSplits", "kv-splits", "int64_t", "0",
           "Splits of the keys in the decode kernel (0: ranked by the cost "
           "model)">,
    Option<"decodeWarps", "decode-warps", "int64_t", "0",
           "Warps per block of the decode kernel's tensor-core form, 1, 2 "
           "or 4 (0: the op's tessel.decode_warps, else 1)">,
    Option<"decodePrefetch", "decode-prefetch", "int64_t", "-1",
           "Steps of K and V (16 keys each) that the decode kernel keeps "
           "in flight, 0 to 8 (-1: 3, fewer where shared memory is short)">,
    Option<"qmatmulLanes", "qmatmul-lanes", "int64_t", "32",
           "Threads that share one qmatmul output's reduction on the "
           "generic path (the default the cost model starts from)">,
    Option<"remarks", "remarks", "bool", "false",
           "A remark on each qmatmul whose kernel warps the cost model "
           "chose: the variant, the choice and the predicted time of every "
           "count">
  ];
}

def ConvertTesselToGPU : Pass<"convert-tessel-to-gpu"> {
  let summary = "Lower the tessel ops that have a dedicated GPU kernel to "
                "gpu.launch on buffers";
  let description = [{
    Replaces the tessel ops for which Tessel has a hand-structured GPU
    kernel by that kernel, a `gpu.launch` on the ops' buffers
    (`bufferization.to_buffer` of the operands, a fresh buffer for the
    result, `bufferization.to_tensor restrict writable` of it), so that the
    rest of the function still bufferizes with One-Shot Bufferize. Ops the
    kernels do not cover are left for `convert-tessel-to-linalg` and the
    generic path.

    - `attention` in f16 or bf16 without an element mask, head dimensions
      multiples of 32 up to 128 (and block_sizes multiples of the kernel's
      blocks), with tensor cores: one fused flash-attention kernel. A block
      of 4 warps (`tessel.kernel_warps`) owns 64 query rows; key blocks of 64 stream through one K and one V
      tile in shared memory (cp.async, swizzled against bank conflicts),
      S = Q K^T and O += P V run on mma.sync m16n8k16 with ldmatrix
      fragments, and the online softmax stays in registers (ex2.approx).
      Causal key loops stop after the diagonal; block masks skip key
      blocks.
    - `draft_mask` with static shapes: three kernels, the block means of Q
      and of K (256 threads a block, four rows in flight a thread), then
      the block scores of up to 16 rows of the mask per block (pooled
      queries, scores and 32 pooled keys at a time in shared memory) and
      their ranks, kept where fewer than max(1, ceil(keep_ratio * valid))
      valid blocks rank above (ties to the lower block, as the linalg
      lowering). Rows of scores that do not fit 96 KiB of shared memory
      take the generic path.
    - `permute` with static shapes (DraftAttention's token reordering): a
      thread per vector of up to 16 bytes of a row, `out[o, i, c..] =
      in[o, indices[i], c..]` around the permuted dimension; an index out
      of range is clamped to the last row.
    - `qmatmul` whose weights are `tessel.unpack` of 32-bit words (the
      layout of `tessel.pack` without `interleave`) or plain `i8`, with K
      and the group size multiples of 32. The unpacked weights are never
      materialized; each lane loads the packed words of 32 consecutive
      weights with one vector load (16 bytes for 4-bit weights) and
      dequantizes them in registers without int-to-float conversions.
      - Paired tensor cores (f16 or bf16, K a multiple of 128, N of 8, no
        zero points, groups of 128 or more, at most 7 bits in bf16 or 10
        in f16; from one row): two weights per register. One lop3 masks
        two fields of a 32-bit window of the bit stream into the mantissas
        of 128 (bf16) or 1024 (f16), at offsets chosen so that several
        pairs share a window (`layout::pairFields`); one exact 16-bit
        subtraction (or fma, for offsets) leaves the integers, `mma.sync`
        multiplies them with the input, and the group's scale multiplies
        the f32 sums of each 128-wide step.
      - With at most 8 rows and N a multiple of 16 the weights are the A
        operand (16 columns per mma, a lane dequantizes two columns) and
        the block first writes the input rows to shared memory as B words
        in pair order; in bf16 each input value carries the 2^-o of its
        weight's offset, so the weights need only the subtraction. Odd
        widths in bf16 (K a multiple of 512) read 128 weights per lane in
        16-byte loads and scale them before the mma.
      - CUDA cores (fewer than 8 rows outside the paired form, f32, or
        `tessel.tensor_cores = false`): a warp
        per `tessel.columns_per_warp` output columns and a tile of up to 16 rows;
        each weight is multiplied with every row of the tile, the warp's
        partial sums meet through shuffles and lane 0 applies bias and
        activation.
      - Tensor cores otherwise (f16 or bf16, 8 rows or more, K a multiple
        of 128, N of 8): `mma.sync` m16n8k16, a block per 8 columns and 16 rows, its
        warps splitting K and adding their sums in shared memory. The
        dequantized weights are the B fragments: mma.sync sums over its
        16 K slots in any order, so a lane's slots are 4 consecutive
        weights of its own 32.

      - The kernels choose nothing: warps per block, columns per warp,
        prefetch steps and tensor cores come from the op's configuration
        attributes (`tessel.kernel_warps`, `tessel.columns_per_warp`,
        `tessel.prefetch_steps`, `tessel.tensor_cores`), which
        `tessel-cuda-configure` writes, the kernels' defaults (4 warps,
        tensor cores where the shape allows) where an op has none. The
        qmatmul kernel's variant follows from the op's shape and these
        knobs through one planner (`QMatmulPlanner.h`), which the
        configuration pass uses to rank them. A `tessel.kernel_warps` the
        kernel cannot take (not 1-32 for qmatmul, not 4 or 8 for
        attention) is an error.

      - Consumer fusion (`fuse-consumers`): when the only user of the
        result is an elementwise `linalg.generic` (parallel iterators, the
        result and the output at identity maps, other inputs ranked tensors
        at projected permutations, a body without regions or memory
        effects), the kernel computes it as it stores each element, from
        the result rounded to its element type as the unfused program
        stores it; its other inputs are read in place.

    Example: `tessel-opt --convert-tessel-to-gpu in.mlir`.
  }];
  let options = [
    Option<"fuseConsumers", "fuse-consumers", "bool", "true",
           "Compute the elementwise consumer of a qmatmul or attention (a "
           "residual add, a scaling by another tensor) in the kernel's "
           "stores">
  ];
  let dependentDialects = [
    "::mlir::arith::ArithDialect", "::mlir::bufferization::BufferizationDialect",
    "::mlir::gpu::GPUDialect", "::mlir::linalg::LinalgDialect",
    "::mlir::LLVM::LLVMDialect", "::mlir::NVVM::NVVMDialect",
    "::mlir::math::MathDialect", "::mlir::memref::MemRefDialect",
    "::mlir::nvgpu::NVGPUDialect",
    "::mlir::scf::SCFDialect", "::mlir::tensor::TensorDialect",
    "::mlir::vector::VectorDialect"
  ];
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
    the host never touches a device buffer; a load from an argument that
    nothing writes whose value (and what is computed from it) only kernels
    use, such as a decode step's position read for a causal offset, moves
    into each of those kernels instead. Loops inside the threads stay
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

def TesselGPUNativeMath : Pass<"tessel-gpu-native-math"> {
  let summary = "math.fma as the PTX instruction, not a libdevice call";
  let description = [{
    `convert-gpu-to-nvvm` turns `math.fma` into a libdevice call
    (`__nv_fmaf`), which links only where the CUDA toolkit's libdevice is
    found at compile time (`CUDA_HOME` and friends); without it `ptxas`
    fails on an unresolved function, and every qmatmul kernel uses fma.
    PTX has `fma.rn` for f16, f32 and f64, so this pass rewrites `math.fma`
    on those types (scalars and vectors) into `llvm.intr.fma`, which NVPTX
    selects directly. Runs on the kernel modules, before the NVVM lowering.
    Other math ops (`math.floor`, `math.sqrt`, ...) keep their libdevice
    calls: the NVVM lowering does not accept their LLVM intrinsics.
  }];
  let dependentDialects = ["::mlir::LLVM::LLVMDialect"];
}

def TesselGPURegisterBudget : Pass<"tessel-gpu-register-budget"> {
  let summary = "Give kernels that move registers between warpgroups the "
                "whole register file";
  let description = [{
    `setmaxnreg` moves registers between a block's warpgroups (a producer
    gives its up, consumers take them) within the pool the block was
    launched with: threads x the kernel's register count. ptxas sizes that
    count by what the code needs, so a kernel that needs few (a qmatmul GEMM
    with small blocks: 95 of 168) launches with a pool too small for the
    consumers' increase, which then is undefined (wrong results on an
    H200). This pass sets `nvvm.minctasm = 1` on every kernel that contains
    `nvvm.setmaxregister`, so that ptxas gives its threads the SM's 64K
    registers (168 each at 384 threads) and the increase always fits. Runs
    on the kernel modules, before the NVVM lowering.
  }];
}

def TesselCheckGPUBinaries : Pass<"tessel-check-gpu-binaries", "ModuleOp"> {
  let summary = "Warn about kernels that call libdevice functions that were "
                "not linked in";
  let description = [{
    Kernels that use math functions other than those Tessel lowers to PTX
    instructions (`math.floor`, `math.absf`, ...) call libdevice
    (`__nv_floorf`, ...), which the NVVM serialization links in only where
    it finds the CUDA toolkit (`CUDA_ROOT`, `CUDA_HOME` or `CUDA_PATH`).
    Without it the PTX keeps the calls as external functions and the module
    fails to load on the GPU (`ptxas: Unresolved extern function`). This
    pass looks through the PTX of every `gpu.binary` and warns, naming the
    first such function, at compile time. Runs after the serialization.
  }];
}

#endif // TESSEL_CODEGEN_CUDA_PASSES_TD
