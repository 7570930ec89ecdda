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

/// The body of the tensor-core split kernel of `plan` (plan.tensorCores)
/// in `launch`: grid (splits, kvHeads * row chunks of 16, batch), one warp
/// per block. `key` and `value` are the cache, or for a paged plan the
/// pools read through `table` and `lengths` (null otherwise; `offset` is
/// then unused). `partialAcc` [B, Hq, Sq, splits, D], `partialMax` and
/// `partialSum` [B, Hq, Sq, splits] (f32) receive each split's
/// unnormalized output, log2-scaled maximum and sum.
void emitAttentionDecodeMMA(OpBuilder &b, Location loc, Launch launch,
                            const AttentionDecodePlan &plan, Value query,
                            Value key, Value value, Value offset, Value table,
                            Value lengths, Value partialAcc, Value partialMax,
                            Value partialSum);

} // namespace mlir::tessel::gpukernel

#endif // TESSEL_LIB_CODEGEN_CUDA_ATTENTIONTOGPU_ATTENTIONKERNELS_H
