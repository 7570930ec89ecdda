//===- AttentionWarpgroupPlanner.h - The sm_90 attention kernel's plan ----===//
//
// The planner of the Hopper (sm_90) prefill attention kernel as a library:
// which attention ops it takes, and how it lays one out for a choice of its
// knobs. tessel-cuda-configure chooses the knobs and writes them as
// attributes (ConfigurationAttributes.h), convert-tessel-to-gpu builds what
// they plan (AttentionToGPU/AttentionWarpgroup.cpp).
//
// The kernel, in the manner of FlashAttention-3: a block is one producer
// warpgroup and `consumers` consumer warpgroups of 64 query rows each. The
// producer's first thread brings the block's Q tile and, step by step, the
// K and V tiles of `keyBlock` keys into a ring of `stages` steps in shared
// memory with bulk tensor copies (TMA), each completing on an mbarrier;
// consumers multiply from shared memory with warpgroup MMA (wgmma: S = Q K^T
// with both operands in shared memory, O += P V with P in registers), keep
// the online softmax in registers, and free each step's slots for the
// producer through a second mbarrier. The producer gives its registers to
// the consumers (setmaxnreg).
//
//===----------------------------------------------------------------------===//

#ifndef TESSEL_CODEGEN_CUDA_ATTENTIONWARPGROUPPLANNER_H
#define TESSEL_CODEGEN_CUDA_ATTENTIONWARPGROUPPLANNER_H

#include "mlir/IR/Types.h"
#include "mlir/Support/LLVM.h"

#include <string>

namespace mlir::tessel {

class AttentionOp;

/// Query rows of a consumer warpgroup (the M of wgmma).
inline constexpr int64_t kWarpgroupRows = 64;
/// Columns of one shared-memory panel: 128 bytes of 16-bit values, the span
/// of the 128-byte swizzle that TMA writes and wgmma reads.
inline constexpr int64_t kPanelColumns = 64;

/// The knobs of the kernel; 0 leaves one to its default.
struct AttentionWarpgroupKnobs {
  int64_t consumers = 0;
  int64_t keyBlock = 0;
  int64_t stages = 0;
  /// 1: overlap, 0: in order, -1: the op's attribute or the default.
  int64_t overlapSoftmax = -1;
  /// 1: the consumers take turns, 0: they do not, -1: the op's attribute
  /// or the default.
  int64_t pingPong = -1;
};

struct AttentionWarpgroupPlan {
  int64_t batch, heads, kvHeads, queries, keys, depth, valueDepth;
  /// Consumer warpgroups (1 to 3; 3 only with Dv = 64), keys per step (64
  /// or 128; the N of the S wgmma) and steps of K and V in the ring (2 to
  /// 4).
  int64_t consumers, keyBlock, stages;
  /// Whether a consumer computes the softmax of step j while the tensor
  /// cores run the P V of step j - 1 (FlashAttention-3's intra-warpgroup
  /// pipelining), or does its steps in order.
  bool overlapSoftmax = false;
  /// Whether the consumers take turns to issue their products (each step's
  /// S = Q K^T with the previous step's P V), through named barriers:
  /// FlashAttention-3's ping-pong. Needs overlapSoftmax and two or more
  /// consumers.
  bool pingPong = false;
  bool causal;
  /// The softmax scale times log2(e): scores are exponentiated with exp2.
  double scaleLog2;
  /// Logit soft-capping's cap; 0 for none.
  double softcap = 0;
  Type elementType;
  /// A block mask (`block_sizes = [maskRows, maskColumns]`, its batch and
  /// head dimensions maskBatch and maskHeads, 1 where broadcast): each
  /// block lists the key steps its mask row keeps, and the producer and
  /// the consumers walk that list.
  bool blockSparse = false;
  int64_t maskBatch = 0, maskHeads = 0, maskRows = 0, maskColumns = 0;

  int64_t getBlockRows() const { return consumers * kWarpgroupRows; }
  int64_t getThreads() const { return 128 * (consumers + 1); }
  int64_t getQueryBlocks() const {
    return (queries + getBlockRows() - 1) / getBlockRows();
  }
  /// Bytes of one panel of `rows` rows.
  static int64_t panelBytes(int64_t rows) { return rows * 128; }
  int64_t getQueryTileBytes() const { return getBlockRows() * depth * 2; }
  int64_t getKeyStepBytes() const { return keyBlock * depth * 2; }
  int64_t getValueStepBytes() const { return keyBlock * valueDepth * 2; }
  int64_t getKeySteps() const { return (keys + keyBlock - 1) / keyBlock; }
  /// Under a block mask, the kept steps (an i32 each) and their two counts.
  int64_t getKeptListBytes() const {
    return blockSparse ? 4 * (getKeySteps() + 2) : 0;
  }
  /// Q, the K and V rings, the mbarriers (Q, and full and empty for each K
  /// and V slot) and the kept list, plus 1 KiB to align the tiles to the
  /// swizzle's period.
  int64_t getSharedBytes() const {
    return 1024 + getQueryTileBytes() +
           stages * (getKeyStepBytes() + getValueStepBytes()) +
           8 * (1 + 4 * stages) + getKeptListBytes();
  }
};

/// Why the sm_90 kernel cannot take `op` (element type, masks, head
/// dimensions); empty if it can.
std::string attentionWarpgroupRejection(AttentionOp op);

/// The kernel for `op` with `knobs` (0: the op's attributes, else the
/// defaults); failure with the reason in `whyNot` where the op or the
/// knobs are not taken.
FailureOr<AttentionWarpgroupPlan>
planAttentionWarpgroup(AttentionOp op, AttentionWarpgroupKnobs knobs = {},
                       std::string *whyNot = nullptr);

} // namespace mlir::tessel

#endif // TESSEL_CODEGEN_CUDA_ATTENTIONWARPGROUPPLANNER_H
