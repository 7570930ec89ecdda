//===- AttentionDecodePlanner.h - The decode kernel's plan ------*- C++ -*-===//
//
// The planner of the split-KV decode attention kernel (FlashDecoding) as a
// library: which attention ops it takes (few query rows against a long
// key/value cache), how it lays one out for a number of splits of the keys,
// and the kernel's profile for the cost model. tessel-cuda-configure ranks
// the splits with it, convert-tessel-to-gpu builds what it plans.
//
//===----------------------------------------------------------------------===//

#ifndef TESSEL_CODEGEN_CUDA_ATTENTIONDECODEPLANNER_H
#define TESSEL_CODEGEN_CUDA_ATTENTIONDECODEPLANNER_H

#include "tessel/CostModel/CostModel.h"

#include "mlir/IR/Types.h"
#include "mlir/Support/LLVM.h"

#include <algorithm>
#include <string>

namespace mlir::tessel {

class AttentionOp;
class PagedAttentionOp;

/// Query rows (query heads of one key/value head times query tokens) up to
/// which tessel-cuda-configure takes the decode kernel for an attention op
/// (decoding, speculative decoding, small chunks); the prefill kernel above.
inline constexpr int64_t kMaxDecodeQueries = 16;
/// Splits whose partial outputs the combine kernel loads together.
inline constexpr int64_t kDecodeCombineUnroll = 8;

/// Warps of the combine kernel that share a query row (1, 2 or 4): a warp
/// per kDecodeCombineUnroll splits, so that one round trip loads them all,
/// up to the block's 4 warps.
inline int64_t getCombineWarpsPerRow(int64_t splits) {
  int64_t warps = 1;
  while (warps < 4 && warps * kDecodeCombineUnroll < splits)
    warps *= 2;
  return warps;
}

/// The key count the splits of a cache whose length is known only at run
/// time are ranked for.
inline constexpr int64_t kNominalDecodeKeys = 4096;

/// Keys per step of the tensor-core form (its K and V tiles).
inline constexpr int64_t kMMAKeyBlock = 64;

/// The split-KV kernel for one op: a block per (split of the keys, key/value
/// head and chunk of its query rows, batch) reads each K and V row of its
/// split once for all the rows of the chunk; a second kernel combines the
/// splits' partial results.
struct AttentionDecodePlan {
  int64_t batch, heads, kvHeads, queries, keys, depth;
  /// Query heads per key/value head.
  int64_t group;
  /// The rows of one key/value head, group * queries, and how many of them
  /// one block holds in registers (a divisor of rows, at most 8).
  int64_t rows, rowsPerBlock;
  int64_t splits;
  /// Keys of one split when every key is seen (a multiple of the keys a
  /// block takes per step): what the cost model weighs. The kernels share
  /// the keys some row sees among the splits themselves, at run time.
  int64_t keysPerSplit;
  int64_t warps;
  /// Lanes that share a key, each with getSlice() of its D values (16, or 8
  /// above 4 rows per block: a lane holds a slice of each row's query and
  /// accumulator in registers).
  int64_t lanesPerKey;
  /// Steps of K and V in flight (cp.async into shared memory) while one
  /// step is computed: the ring holds prefetchSteps + 1 steps.
  int64_t prefetchSteps;
  bool causal;
  /// With causal, a sliding window: keys j <= i + offset - window are
  /// masked too (0 for none); blocks skip the keys before the first row's.
  int64_t window = 0;
  /// Soft-capping of the scaled scores, cap * tanh(s / cap) (0 for none).
  double softcap = 0;
  /// The tensor-core variant (AttentionMMASync.cpp's kernel in split-KV
  /// form): a block of `warps` warps (1, 2 or 4; tessel.decode_warps) takes
  /// 16 rows of a key/value head (rowsPerBlock, padded) as the M of
  /// mma.sync m16n8k16 and walks its split in blocks of 64 keys through a
  /// ring of prefetchSteps + 1 K and V tile pairs in shared memory (at most
  /// the split's steps); each warp takes 64 / warps keys of a block, and
  /// the warps merge their states at the end. Worth it from 4 rows (the
  /// CUDA-core form spends 32 FMAs per row and key). D up to 128.
  bool tensorCores = false;
  /// A paged cache (tessel.paged_attention): tokens per page, pages in the
  /// pools and table slots per sequence; `keys` is then the table's
  /// capacity maxPages * pageSize and each sequence's length is read at run
  /// time. 0 for a contiguous cache.
  int64_t pageSize = 0, pages = 0, maxPages = 0;
  bool isPaged() const { return pageSize > 0; }
  /// The softmax scale times log2(e): scores are exponentiated with exp2.
  double scaleLog2;
  Type elementType;
  /// A contiguous cache whose batch or key count is known only at run time
  /// (one compiled function for a growing cache): `batch` and `keys` are
  /// then the sizes the cost model ranks the splits for
  /// (kNominalDecodeKeys keys, one sequence), and the kernels read the
  /// buffers' sizes and size the splits from them (`splits` stays).
  bool dynamicBatch = false, dynamicKeys = false;

  int64_t getRowChunks() const {
    return (rows + rowsPerBlock - 1) / rowsPerBlock;
  }
  int64_t getBlocks() const {
    return splits * kvHeads * getRowChunks() * batch;
  }
  int64_t getSlice() const { return depth / lanesPerKey; }
  int64_t getKeysPerWarp() const { return 32 / lanesPerKey; }
  /// Keys a block takes per step.
  int64_t getKeysPerStep() const {
    return tensorCores ? kMMAKeyBlock : getKeysPerWarp() * warps;
  }
  int64_t getSteps() const { return keysPerSplit / getKeysPerStep(); }
  int64_t getStages() const { return prefetchSteps + 1; }
  int64_t getElementBytes() const {
    return elementType.getIntOrFloatBitWidth() / 8;
  }
  /// Shared memory of one block: the ring of K and V steps, and one row's
  /// states of every warp for the block's final merge.
  int64_t getRingBytes() const {
    return getStages() * 2 * getKeysPerStep() * depth * getElementBytes();
  }
  /// The tensor-core form with several warps: the states (a lane's D / 2
  /// accumulators, two maxima and two sums) that warps 1.. hand to warp 0
  /// after the ring's last use, in the same bytes.
  int64_t getMergeBytes() const {
    return (warps - 1) * (depth / 2 + 4) * 32 * 4;
  }
  int64_t getSharedBytes() const {
    if (tensorCores)
      return std::max(getRingBytes(), getMergeBytes());
    return getRingBytes() + warps * (depth + 2 * rowsPerBlock) * 4;
  }
};

/// Why the decode kernel cannot take `op`, a tessel.attention or a
/// tessel.paged_attention (element type, masks, shapes, head dimension,
/// too many query rows); empty if it can.
std::string attentionDecodeRejection(Operation *op);

/// The kernel for `op` (tessel.attention or tessel.paged_attention) with
/// the keys in `splits` parts (clamped so that every split has keys),
/// `prefetchSteps` steps of K and V in flight (-1: the op's
/// `tessel.prefetch_steps`, or the default; clamped to the shared memory
/// budget) and, in the tensor-core form, `warps` warps per block (-1: the
/// op's `tessel.decode_warps`, or kDefaultDecodeWarps); failure with the
/// reason in `whyNot`.
FailureOr<AttentionDecodePlan>
planAttentionDecode(Operation *op, int64_t splits, int64_t prefetchSteps = -1,
                    std::string *whyNot = nullptr, int64_t warps = -1);

/// Warps per block of the tensor-core form where nothing chooses them: 4,
/// which on an H100 (2026-12-08) was as fast as 1 or faster on every decode
/// benchmark (2-5% on contiguous caches, 10% with 8 query tokens, 9-18%
/// on paged caches).
inline constexpr int64_t kDefaultDecodeWarps = 4;

/// The warps per block of the tensor-core form tessel-cuda-configure ranks.
ArrayRef<int64_t> attentionDecodeWarpsCandidates();

/// The planned kernels (both launches) as the cost model sees them.
GPUKernelProfile profileAttentionDecode(const AttentionDecodePlan &plan);

/// The split counts tessel-cuda-configure ranks, fewest first.
ArrayRef<int64_t> attentionDecodeSplitsCandidates();

/// Splits where nothing ranks them (cost-model=fixed): a split per 1024
/// keys (of the capacity, for a paged cache), at most 64.
int64_t defaultAttentionDecodeSplits(Operation *op);

} // namespace mlir::tessel

#endif // TESSEL_CODEGEN_CUDA_ATTENTIONDECODEPLANNER_H
