//===- QMatmulPlanner.h - How the qmatmul kernel plans an op ----*- C++ -*-===//
//
// The planner of the qmatmul GPU kernel as a library: which ops the kernel
// takes (and why not), which variant it builds for an op under a set of
// knobs (CUDA cores, mma.sync, paired weights, weights in A,
// lane-contiguous), and the kernel's profile for the cost model.
// tessel-cuda-configure ranks knobs with it, convert-tessel-to-gpu builds the
// kernel it plans, and both agree because there is one planner.
//
//===----------------------------------------------------------------------===//

#ifndef TESSEL_CODEGEN_CUDA_QMATMULPLANNER_H
#define TESSEL_CODEGEN_CUDA_QMATMULPLANNER_H

#include "tessel/CostModel/CostModel.h"

#include "mlir/IR/Types.h"
#include "mlir/Support/LLVM.h"

#include <string>

namespace mlir::tessel {

class QMatmulOp;

/// The schedule knobs of the qmatmul kernel, as an op's configuration
/// attributes give them (ConfigurationAttributes.h).
struct QMatmulKernelKnobs {
  /// Output columns per warp (CUDA-core form); 0 picks by the rows of a
  /// tile (`tessel.columns_per_warp`).
  int64_t columnsPerWarp = 0;
  /// Warps per block, 1 to 32 (`tessel.kernel_warps`).
  int64_t warpsPerBlock = 4;
  /// Decoding forms (weights in A) with straight-line steps: how many steps
  /// ahead of its math a warp loads each step's weights, 0 to 8; -1: two,
  /// or half a warp's steps if fewer (`tessel.prefetch_steps`).
  int64_t prefetchSteps = -1;
  /// mma.sync on tensor cores for f16 and bf16 inputs where the shape
  /// allows; CUDA cores otherwise (`tessel.tensor_cores`).
  bool tensorCores = true;
};

/// Warps per block where nothing chose them.
inline constexpr int64_t kDefaultQMatmulWarps = 4;

/// The knobs recorded on `op`, with the defaults above for absent ones.
QMatmulKernelKnobs readQMatmulKernelKnobs(QMatmulOp op);

/// How the kernel reads the weights.
enum class QMatmulWeightsForm {
  /// i32 words in tessel.pack's layout (`tessel.unpack` of them).
  PackedWords,
  /// One i8 weight per byte.
  Bytes,
};

/// Why the kernel cannot take `op` whatever its weights' layout (dynamic
/// shapes, the input's type, K or the group size not a multiple of 32);
/// empty if it can take it once its weights are packed words or i8.
StringRef qmatmulKernelRejection(QMatmulOp op);

/// The form in which the kernel would read `op`'s weights as they are, or
/// failure (sub-byte weights that are not `tessel.unpack` of i32 words).
FailureOr<QMatmulWeightsForm> qmatmulWeightsForm(QMatmulOp op);

/// Whether `op`'s weights are a constant of sub-byte integers, statically
/// shaped, without encoding, whose rows fill whole 32-bit words: the ones
/// tessel-propagate-layouts packs into words when the op carries
/// `tessel.pack_weights`.
bool hasPackableConstantWeights(QMatmulOp op);

/// What the kernel computes for one op under one set of knobs, in its terms.
struct QMatmulPlan {
  int64_t rows; // M (times the batch)
  /// With a [batch, sequence, K] input, the sequence length (output row r
  /// is [r / sequence, r % sequence]); 0 for a [M, K] input.
  int64_t sequence;
  int64_t columns; // N
  int64_t depth;   // K
  int64_t groupSize;
  int64_t bits;           // B: bits per weight in the word stream
  int64_t rowTile;        // R
  int64_t columnsPerWarp; // C
  int64_t warpsPerBlock;
  bool isSigned;
  /// Tensor cores (mma.sync m16n8k16): a warp owns 16 rows x 8 columns and
  /// the warps of a block split K; otherwise the CUDA-core form.
  bool tensorCores;
  /// Tensor cores with weights dequantized two at a time into the 16-bit
  /// halves of a register (see emitPairedMmaStep); needs no zero points, a
  /// group size that is a multiple of 128 and packed words of at most 7
  /// (bf16) or 10 (f16) bits. Taken from one row on.
  bool pairedWeights;
  /// The paired form with the weights in the A operand and the input rows
  /// in B: M <= 8, N a multiple of 16.
  bool weightsInA;
  /// With the weights in A, the block first writes the input rows to
  /// shared memory as the mma's B words, in pair order (see
  /// writeInputPairs), when they fit in 48 KB with the partial sums.
  bool inputPairsShared;
  /// bf16 with shared input pairs: each input value carries the 2^-o of its
  /// weight's mantissa offset, so that the weights need no multiplier.
  bool offsetsInInput;
  /// Odd widths (3, 5, 7 bits) with the weights in A, bf16 shared input
  /// pairs, K a multiple of 512 and groups a multiple of 128: a lane's step
  /// is 128 consecutive weights, scaled before the mma (see
  /// emitLaneContiguousStep).
  bool laneContiguous;
  /// Lane-contiguous signed weights: the offset's share of the sums is taken
  /// off at the end, from the sums of the input's chunks kept in shared
  /// memory.
  bool chunkSums;
  /// With the weights in A and straight-line steps: the loads of a warp's
  /// first `prefetchSteps` steps are issued before the block stages its
  /// input, and each step's loads that many steps ahead of its math, at most
  /// a warp's steps; 0 leaves each step's loads in the step.
  int64_t prefetchSteps;
  /// Row stride of the shared input pairs, in words: 20 per chunk of 32
  /// values, padded to 16 more than a multiple of 32.
  int64_t pairRowWords;
  Type elementType; // of input, scales, bias and result
  QMatmulWeightsForm weightsForm;

  /// The variant's name, for remarks and tessel-print-cost: "cuda-cores",
  /// "mma", "paired", "weights-in-a" or "lane-contiguous".
  StringRef getVariantName() const;
};

/// The kernel for `op` with its weights in `form`, under `knobs`; failure
/// with the reason in `whyNot` (if given) when the kernel cannot take it.
FailureOr<QMatmulPlan> planQMatmulKernel(QMatmulOp op, QMatmulWeightsForm form,
                                         const QMatmulKernelKnobs &knobs,
                                         std::string *whyNot = nullptr);

/// The planned kernel as the cost model sees it.
GPUKernelProfile profileQMatmulKernel(const QMatmulPlan &plan);

/// The warps per block that tessel-cuda-configure ranks, nearest the
/// default first (so that ties keep it).
ArrayRef<int64_t> qmatmulWarpsCandidates();

} // namespace mlir::tessel

#endif // TESSEL_CODEGEN_CUDA_QMATMULPLANNER_H
