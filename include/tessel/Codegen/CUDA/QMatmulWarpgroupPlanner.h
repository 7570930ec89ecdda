//===- QMatmulWarpgroupPlanner.h - The sm_90 qmatmul GEMM's plan -*- C++
//-*-===//
//
// The planner of the Hopper (sm_90) mixed-input GEMM for tessel.qmatmul, the
// form for many input rows (prefill, batches), as a library: which ops it
// takes, how it lays one out for a choice of its knobs, and its profile for
// the cost model. tessel-cuda-configure chooses between it and the kernels
// of QMatmulPlanner.h and writes its knobs as attributes
// (ConfigurationAttributes.h); convert-tessel-to-gpu builds what they plan
// (QMatmulToGPU/QMatmulWarpgroup.cpp).
//
// The kernel computes the transposed product, Y^T = W X^T, so that the
// weights are wgmma's A operand in registers, where they are dequantized,
// and the input rows its B operand in shared memory:
//
//   - a block owns 64 x `consumers` output columns (weight rows) and
//     `blockRows` input rows (the N of wgmma, 8 to 256);
//   - a producer warp brings, step by step, the block's input tile of 64 K
//     values ([blockRows][64], 128-byte swizzled) and its packed weight
//     words of the same K ([64 consumers][8] words at 4 bits) into a ring
//     of `stages` slots with bulk tensor copies (TMA) on mbarriers;
//   - each consumer warpgroup reads its 64 weight rows' words of a step
//     from shared memory, dequantizes them into A fragments (a byte permute
//     and one lop3 per pair of weights, an exact 16-bit subtraction and the
//     group's scale), issues 4 wgmma of 64 x blockRows x 16 and frees the
//     slot once the group has completed, one step later.
//
//===----------------------------------------------------------------------===//

#ifndef TESSEL_CODEGEN_CUDA_QMATMULWARPGROUPPLANNER_H
#define TESSEL_CODEGEN_CUDA_QMATMULWARPGROUPPLANNER_H

#include "tessel/CostModel/CostModel.h"

#include "mlir/IR/Types.h"
#include "mlir/Support/LLVM.h"

#include <string>

namespace mlir::tessel {

class QMatmulOp;

/// K values of one step of the kernel: 4 wgmma k-steps, one 128-byte panel
/// row of 16-bit inputs.
inline constexpr int64_t kQMatmulWarpgroupStep = 64;

/// Fewer input rows stay with the kernels of QMatmulPlanner.h unless an op
/// asks for this one: on an H100 (L2 flushed, int4 g128, bf16, 2026-12-06)
/// this kernel with 8 stages was 1.3 to 1.5x faster than those at 16 rows on
/// three of the four peer shapes and as fast on 4096 x 4096, but 1.4 to 1.8x
/// slower at one row (docs/benchmarks.md). From 16 rows on the cost model
/// chooses between the two.
inline constexpr int64_t kMinQMatmulWarpgroupRows = 16;

/// The knobs of the kernel; 0 leaves one to the op's attribute, else its
/// default.
struct QMatmulWarpgroupKnobs {
  int64_t blockRows = 0;
  int64_t consumers = 0;
  int64_t stages = 0;
  int64_t splits = 0;
};

struct QMatmulWarpgroupPlan {
  int64_t rows; // M (times the batch); ShapedType::kDynamic at run time
  /// With a [batch, sequence, K] input, the sequence length; 0 for [M, K].
  int64_t sequence;
  int64_t columns; // N
  int64_t depth;   // K
  int64_t groupSize;
  int64_t bits;
  bool isSigned;
  bool zeroPoints;
  Type elementType; // of input, scales, bias and result
  /// Input rows per block (the N of wgmma: a multiple of 8, at most 256),
  /// consumer warpgroups (64 weight rows each; 1 or 2), steps in the ring
  /// (2 to 32), and the parts of K (split-K: blocks along z, each summing
  /// getStepsPerSplit() steps into an f32 workspace that a second kernel
  /// adds up and finishes; 1 for none).
  int64_t blockRows, consumers, stages, splits;

  bool hasDynamicRows() const { return rows < 0; }
  int64_t getBlockColumns() const { return 64 * consumers; }
  int64_t getThreads() const { return 128 * (consumers + 1); }
  /// Blocks over the output columns (x) and the input rows (y; static rows).
  int64_t getColumnBlocks() const { return columns / getBlockColumns(); }
  int64_t getRowBlocks() const { return (rows + blockRows - 1) / blockRows; }
  int64_t getSteps() const { return depth / kQMatmulWarpgroupStep; }
  int64_t getStepsPerSplit() const { return getSteps() / splits; }
  /// Bytes of the split-K workspace: f32 partial sums per split (static
  /// rows).
  int64_t getWorkspaceBytes() const {
    return splits > 1 ? 4 * splits * rows * columns : 0;
  }
  /// Bytes of one step's input tile and weight words.
  int64_t getInputStepBytes() const { return blockRows * 128; }
  int64_t getWeightStepBytes() const {
    return getBlockColumns() * kQMatmulWarpgroupStep * bits / 8;
  }
  /// The ring and its mbarriers (full and empty per slot), plus 1 KiB to
  /// align the input tiles to the swizzle's period.
  int64_t getSharedBytes() const {
    return 1024 + stages * (getInputStepBytes() + getWeightStepBytes()) +
           16 * stages;
  }
};

/// Why the sm_90 GEMM cannot take `op` (element type, width, shapes, the
/// weights' form); empty if it can.
std::string qmatmulWarpgroupRejection(QMatmulOp op);

/// The kernel for `op` with `knobs`; failure with the reason in `whyNot`
/// where the op or the knobs are not taken.
FailureOr<QMatmulWarpgroupPlan>
planQMatmulWarpgroup(QMatmulOp op, QMatmulWarpgroupKnobs knobs = {},
                     std::string *whyNot = nullptr);

/// The planned kernel as the cost model sees it.
GPUKernelProfile profileQMatmulWarpgroup(const QMatmulWarpgroupPlan &plan);

/// The knob settings tessel-cuda-configure ranks for `op` (block rows,
/// consumers and splits of K; the stages follow from them). Splits are
/// offered where the output tiles alone leave most SMs idle.
SmallVector<QMatmulWarpgroupKnobs> qmatmulWarpgroupCandidates(QMatmulOp op);

} // namespace mlir::tessel

#endif // TESSEL_CODEGEN_CUDA_QMATMULWARPGROUPPLANNER_H
