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

#include <string>

namespace mlir::tessel {

class AttentionOp;

/// Query rows (query heads of one key/value head times query tokens) up to
/// which tessel-cuda-configure takes the decode kernel for an attention op
/// (decoding, speculative decoding, small chunks); the prefill kernel above.
inline constexpr int64_t kMaxDecodeQueries = 16;

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
  /// Keys of one split (a multiple of the keys a block takes per step).
  int64_t keysPerSplit;
  int64_t warps;
  bool causal;
  /// The softmax scale times log2(e): scores are exponentiated with exp2.
  double scaleLog2;
  Type elementType;

  int64_t getRowChunks() const { return rows / rowsPerBlock; }
  int64_t getBlocks() const {
    return splits * kvHeads * getRowChunks() * batch;
  }
  /// Keys a block takes per step: 4 per warp (8 lanes per key).
  int64_t getKeysPerStep() const { return 4 * warps; }
  int64_t getSteps() const { return keysPerSplit / getKeysPerStep(); }
};

/// Why the decode kernel cannot take `op` (element type, masks, shapes, head
/// dimension); empty if it can.
std::string attentionDecodeRejection(AttentionOp op);

/// The kernel for `op` with the keys in `splits` parts (clamped so that
/// every split has keys); failure with the reason in `whyNot`.
FailureOr<AttentionDecodePlan>
planAttentionDecode(AttentionOp op, int64_t splits,
                    std::string *whyNot = nullptr);

/// The planned kernels (both launches) as the cost model sees them.
GPUKernelProfile profileAttentionDecode(const AttentionDecodePlan &plan);

/// The split counts tessel-cuda-configure ranks, fewest first.
ArrayRef<int64_t> attentionDecodeSplitsCandidates();

/// Splits where nothing ranks them (cost-model=fixed): a split per 1024
/// keys, at most 64.
int64_t defaultAttentionDecodeSplits(AttentionOp op);

} // namespace mlir::tessel

#endif // TESSEL_CODEGEN_CUDA_ATTENTIONDECODEPLANNER_H
