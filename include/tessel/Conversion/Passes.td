//===- Passes.td - Tessel conversion passes ----------------*- tablegen -*-===//

#ifndef TESSEL_CONVERSION_PASSES_TD
#define TESSEL_CONVERSION_PASSES_TD

include "mlir/Pass/PassBase.td"

def ConvertTesselToLinalg : Pass<"convert-tessel-to-linalg"> {
  let summary = "Lower tessel ops to linalg, tensor, arith, math and scf on "
                "tensors";
  let description = [{
    Rewrites every tessel op into destination-passing linalg on tensors that
    upstream tiling, fusion, vectorization and One-Shot Bufferize handle:

    - `attention`: score, mask, softmax-statistics and value generics over
      `[B, Hkv, G, Sq, ...]` (query heads split by group so that every map
      is a projected permutation), f32 accumulation, fully masked rows
      give zeros;
    - `softmax`: the chosen algorithm's reduction(s) plus one output pass;
    - `qmatmul`, `dequantize`, `quantize`: K split into `[K / G, G]` groups;
    - `pack`, `unpack`, `permute`: gathers with `tensor.extract`;
    - `relayout`: dropped once layouts are materialized
      (`tessel-erase-layouts` first);
    - `draft_mask`: pooling, block scores and a rank-based top-k.

    An op the pass cannot lower (dynamic head counts, an unmaterialized
    layout) is reported with an error and the pass fails.

    Example: `tessel-opt --convert-tessel-to-linalg in.mlir`.
  }];
  let options = [
    Option<"keyBlocks", "key-blocks", "bool", "true",
           "Lower attention with static shapes and no element mask to a "
           "loop over blocks of 64 keys with an online softmax (the scores "
           "of one block at a time; key blocks that a block mask drops for "
           "every row are skipped); false: always the dense form">,
    Option<"qmatmulLanes", "qmatmul-lanes", "int64_t", "16",
           "qmatmul keeps one partial sum per lane of this many consecutive "
           "K elements when the group size is a larger multiple of it (16: "
           "one AVX-512 vector; 32: one GPU warp; 1: one sum)">
  ];
  let dependentDialects = [
    "::mlir::arith::ArithDialect", "::mlir::linalg::LinalgDialect",
    "::mlir::math::MathDialect", "::mlir::scf::SCFDialect",
    "::mlir::tensor::TensorDialect"
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
      of 4 warps (`attention-warps`) owns 64 query rows; key blocks of 64 stream through one K and one V
      tile in shared memory (cp.async, swizzled against bank conflicts),
      S = Q K^T and O += P V run on mma.sync m16n8k16 with ldmatrix
      fragments, and the online softmax stays in registers (ex2.approx).
      Causal key loops stop after the diagonal; block masks skip key
      blocks.
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
        `tensor-cores=0`): a warp
        per `columns-per-warp` output columns and a tile of up to 16 rows;
        each weight is multiplied with every row of the tile, the warp's
        partial sums meet through shuffles and lane 0 applies bias and
        activation.
      - Tensor cores otherwise (f16 or bf16, 8 rows or more, K a multiple
        of 128, N of 8): `mma.sync` m16n8k16, a block per 8 columns and 16 rows, its
        warps splitting K and adding their sums in shared memory. The
        dequantized weights are the B fragments: mma.sync sums over its
        16 K slots in any order, so a lane's slots are 4 consecutive
        weights of its own 32.

      - Warps per block of the qmatmul kernel: an op's
        `tessel.kernel_warps` attribute, else `warps-per-block`, else with
        a `target` the count from 1 to 32 that the cost model predicts
        fastest (`CostModel::estimateKernel`: the kernel's bytes against
        the bandwidth, and its warps' round trips to memory in each wave of
        the blocks the SMs hold at once), else 4. `tessel.kernel_warps` on
        an attention op sets its kernel's warps (4 or 8) the same way.

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
    Option<"columnsPerWarp", "columns-per-warp", "int64_t", "0",
           "qmatmul output columns per warp (0: by the rows of a tile, 2 "
           "below 8 rows, 4 from 8; reduced until it divides N)">,
    Option<"warpsPerBlock", "warps-per-block", "int64_t", "0",
           "Warps per block of the qmatmul kernel, 1 to 32 (0: ranked by "
           "`cost-model` for `target`, 4 without a target)">,
    Option<"prefetchSteps", "prefetch-steps", "int64_t", "-1",
           "qmatmul decoding kernel (weights in A, straight-line steps): "
           "how many steps ahead of its math a warp loads each step's "
           "weights, the first ones before the block stages its input "
           "(0: in the step; -1: 2, or half a warp's steps if fewer)">,
    Option<"target", "target", "std::string", "\"\"",
           "Chip whose cost model ranks the qmatmul kernel's warps per "
           "block (sm_80, sm_90 = H100, h200; empty: no ranking)">,
    Option<"costModel", "cost-model", "std::string", "\"analytical\"",
           "The model that ranks them: analytical, learned (kernels are "
           "the analytical model's) or a .json model file">,
    Option<"remarks", "remarks", "bool", "false",
           "A remark on each qmatmul whose warps the cost model chose: the "
           "choice and the predicted time of every count">,
    Option<"attentionWarps", "attention-warps", "int64_t", "4",
           "Warps per block of the attention kernel, 4 or 8 (16 query rows "
           "each; 8 was slower at every measured shape)">,
    Option<"tensorCores", "tensor-cores", "bool", "true",
           "Tensor cores (mma.sync m16n8k16) for f16/bf16 attention (the "
           "fused kernel) and for qmatmul with K a multiple of 128 and N "
           "of 8 (from one row in the paired form, from 8 rows otherwise); "
           "false: qmatmul on CUDA cores, "
           "attention on the generic path">,
    Option<"fuseConsumers", "fuse-consumers", "bool", "true",
           "Compute the elementwise consumer of a qmatmul (a residual add, "
           "a scaling by another tensor) in the kernel's stores">
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

#endif // TESSEL_CONVERSION_PASSES_TD
