//===- AttentionKernels.h - Kernel bodies shared by the attention forms ---===//
//
// The mma.sync attention kernel (AttentionMMASync.cpp) also serves the
// split-KV decode lowering (AttentionDecode.cpp) as its tensor-core form:
// one warp per block takes 16 query rows of a key/value head through the
// keys of one split and writes the split's unnormalized partial result,
// which the decode lowering's combine kernel merges.
//
//===----------------------------------------------------------------------===//

#ifndef TESSEL_LIB_CODEGEN_CUDA_ATTENTIONTOGPU_ATTENTIONKERNELS_H
#define TESSEL_LIB_CODEGEN_CUDA_ATTENTIONTOGPU_ATTENTIONKERNELS_H

#include "KernelUtils.h"
#include "tessel/Codegen/CUDA/AttentionDecodePlanner.h"

namespace mlir::tessel::gpukernel {

class ElementwiseEpilogue;

/// The values a lane of a tensor-core attention kernel carries from key
/// step to key step, in the mma.sync m16n8 accumulator layout (which wgmma
/// shares): its O accumulators (4 per 8-column slice n: rows g and g + 8,
/// columns 8 n + 2 t + {0, 1}), and the running maxima (of log2(e)-scaled
/// scores where the scale is positive) and partial sums of its two rows.
struct RowState {
  SmallVector<Value> acc;
  Value max[2], sum[2];

  SmallVector<Value> flatten() const;
  static RowState unflatten(ValueRange values);
};

/// How a tensor-core kernel turns raw scores s = Q K^T into the
/// log2(e)-scaled logits that onlineSoftmaxStep exponentiates with exp2. A
/// positive scale without soft-capping folds into the exponent's fma (the
/// softmax factor c); any other scale, and soft-capping, are applied to
/// every score first, and c is 1.
struct ScoreScaling {
  /// The softmax scale times log2(e).
  double scaleLog2;
  /// Logit soft-capping's cap (tessel.attention's `softcap`); 0 for none.
  double softcap = 0;

  bool appliesFirst() const { return scaleLog2 <= 0 || softcap > 0; }
  double softmaxFactor() const { return appliesFirst() ? 1.0 : scaleLog2; }
  /// The logit of raw score `s`: s * scaleLog2, or soft-capped
  /// log2(e) * softcap * tanh(scale * s / softcap).
  Value apply(OpBuilder &b, Location loc, Value s) const;
};

/// One step of the online softmax: the scores `x` (S tile n's 4 values per
/// lane, already masked) against `state`. Returns the new maxima and sums
/// (acc empty), puts P = exp2(c x - c max) in place of the scores, and each
/// row's factor alpha for what O holds so far. Rows that have seen no key
/// keep max -inf and add nothing.
RowState onlineSoftmaxStep(OpBuilder &b, Location loc,
                           MutableArrayRef<SmallVector<Value, 4>> x,
                           const RowState &state, Value c, Value alpha[2]);

/// Masks the scores of key `keyIndex` in the lane's two rows, `x[n][2 h +
/// e]` for h = 0, 1: to `minusInf` where `outside` holds (null: never) or,
/// with `lastKeys` (causal; empty otherwise), where the key comes after row
/// h's last visible key, and with `windowEnds` (a sliding window; empty
/// otherwise), where it is at or before row h's `windowEnds[h]`. Leaves
/// them alone when there is nothing to compare.
void maskKeyScores(OpBuilder &b, Location loc, Value keyIndex, Value outside,
                   ArrayRef<Value> lastKeys, ArrayRef<Value> windowEnds,
                   Value minusInf, MutableArrayRef<SmallVector<Value, 4>> x,
                   int64_t n, int64_t e);

/// Stores O / l of the lane's two rows that exist (`rowValid`) at [batch,
/// head, rows[h], 8 n + 2 t] of `out`: through the fused consumers of
/// `epilogue` when given, else rounded to `elementType` in pairs. A row
/// without any key is zero.
void storeRows(OpBuilder &b, Location loc, const RowState &state,
               Type elementType, int64_t valueDepth, Value t, Value batch,
               Value head, ArrayRef<Value> rows, ArrayRef<Value> rowValid,
               Value out, const ElementwiseEpilogue *epilogue);

/// A paged key/value cache as both decode kernel forms read it (the
/// contract of tessel.paged_attention): pools [P, PS, Hkv, D] through a
/// block table [B, M] of i32 page indices.
struct PagedCache {
  Value table;
  int64_t pageSize = 0, pages = 0;
  /// The table's keys, M * PS.
  int64_t capacity = 0;

  /// A table entry: the page, and whether it names a page of the pools.
  struct Entry {
    Value page, inPools;
  };

  /// The length of sequence `batch`: lengths[batch] (i32) clamped to
  /// [0, capacity].
  Value readLength(OpBuilder &b, Location loc, Value lengths,
                   Value batch) const;
  /// The entry of the page that holds key `key` of sequence `batch`.
  Entry entryOf(OpBuilder &b, Location loc, Value batch, Value key) const;
  /// The row of the pools that holds key `key` (page, row in the page and
  /// `kvHead`: all indices but the column), given its page's `entry`, and
  /// whether the key is one of the sequence: below `length` and on a page of
  /// the pools. Other keys point at page 0 and are never to be read.
  std::pair<SmallVector<Value>, Value> rowOf(OpBuilder &b, Location loc,
                                             Entry entry, Value key,
                                             Value length, Value kvHead) const;
};

/// The decode kernels' sizes as index values made before their launches:
/// the batch and the keys of the cache (of a paged plan, the table's
/// capacity). Constants, or for a plan with run-time sizes
/// (plan.dynamicBatch, plan.dynamicKeys) the buffers' sizes. The kernels
/// share the keys that some query row sees among the splits themselves.
struct DecodeSizes {
  Value batch, keys;
};

/// The body of the tensor-core split kernel of `plan` (plan.tensorCores)
/// in `launch`: grid (splits, kvHeads * row chunks of 16, batch), one warp
/// per block. `key` and `value` are the cache, or for a paged plan the
/// pools read through `table` and `lengths` (null otherwise; `offset` is
/// then unused). `partialAcc` [B, Hq, Sq, splits, D], `partialMax` and
/// `partialSum` [B, Hq, Sq, splits] (f32) receive each split's
/// unnormalized output, log2-scaled maximum and sum.
void emitAttentionDecodeMMA(OpBuilder &b, Location loc, Launch launch,
                            const AttentionDecodePlan &plan,
                            const DecodeSizes &sizes, Value query, Value key,
                            Value value, Value offset, Value table,
                            Value lengths, Value partialAcc, Value partialMax,
                            Value partialSum);

} // namespace mlir::tessel::gpukernel

#endif // TESSEL_LIB_CODEGEN_CUDA_ATTENTIONTOGPU_ATTENTIONKERNELS_H
