//===- ConfigurationAttributes.h - How one op is to be compiled -*- C++ -*-===//
//
// Discardable attributes on tessel ops that fix the choices a cost model (or
// a user) makes for that op. The configuration pass of each target
// (tessel-cpu-configure, tessel-cuda-configure) is the one place that writes
// them; tiling, layout propagation and the lowerings only read them, each
// falling back to the kernel's default where an op has none. One written by
// hand in the input is kept by the configuration passes, so any choice can
// be reproduced.
//
//===----------------------------------------------------------------------===//

#ifndef TESSEL_DIALECT_TESSEL_IR_CONFIGURATIONATTRIBUTES_H
#define TESSEL_DIALECT_TESSEL_IR_CONFIGURATIONATTRIBUTES_H

#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/Operation.h"
#include "llvm/ADT/StringRef.h"

namespace mlir::tessel {

/// `array<i64: ...>`: tile sizes, one per loop of the op's iteration domain
/// (0 = untiled). Applied as given by tessel-tile, as an scf.forall.
inline constexpr llvm::StringLiteral kTileSizesAttrName = "tessel.tile_sizes";

/// `array<i64: ...>`: sizes of a serial scf.for tiling of each parallel tile
/// (0 = untiled), applied by tessel-tile inside the forall of
/// `tessel.tile_sizes` (attention: query rows in a serial loop, so that
/// per-head work is hoisted out of it).
inline constexpr llvm::StringLiteral kSerialTileSizesAttrName =
    "tessel.serial_tile_sizes";

/// i64 on tessel.attention: keys per block of the blockwise (flash) lowering;
/// 0 lowers with whole score rows.
inline constexpr llvm::StringLiteral kKeyBlockAttrName = "tessel.key_block";

/// i64 on tessel.qmatmul: lanes of the per-lane partial sums over K
/// (1 = one running sum per output).
inline constexpr llvm::StringLiteral kQMatmulLanesAttrName =
    "tessel.qmatmul_lanes";

/// i64 on tessel.qmatmul and tessel.attention: warps per block of the
/// dedicated GPU kernel (convert-tessel-to-gpu).
inline constexpr llvm::StringLiteral kKernelWarpsAttrName =
    "tessel.kernel_warps";

/// i64 on tessel.attention and tessel.paged_attention: the split-KV decode
/// kernel with the keys in this many parts (AttentionDecodePlanner.h);
/// absent, the prefill kernel (or, for paged attention, its expansion).
inline constexpr llvm::StringLiteral kKVSplitsAttrName = "tessel.kv_splits";

/// i64 on tessel.softmax: lanes of the per-lane states of the online and
/// two-pass algorithms where the softmax dimension is innermost (read by
/// convert-tessel-to-linalg; absent, 16). More lanes than one vector give
/// the states' chains of exponentials independent vectors to overlap.
inline constexpr llvm::StringLiteral kSoftmaxLanesAttrName =
    "tessel.softmax_lanes";

/// i64 on tessel.attention and tessel.paged_attention with tessel.kv_splits:
/// warps per block of the decode kernel's tensor-core form (1, 2 or 4). The
/// warps of a block share each step's K and V tiles, each taking its own
/// keys of the step, and merge their states before the split's partial
/// result is stored.
inline constexpr llvm::StringLiteral kDecodeWarpsAttrName =
    "tessel.decode_warps";

/// i64 on tessel.qmatmul: output columns per warp of the CUDA-core form of
/// the GPU kernel.
inline constexpr llvm::StringLiteral kColumnsPerWarpAttrName =
    "tessel.columns_per_warp";

/// i64 on tessel.qmatmul: steps ahead that the GPU decoding kernel loads its
/// weights; on decode attention (tessel.kv_splits), steps of K and V its
/// CUDA-core form keeps in flight (-1: the kernel's default).
inline constexpr llvm::StringLiteral kPrefetchStepsAttrName =
    "tessel.prefetch_steps";

/// bool on tessel.qmatmul and tessel.attention: whether the GPU kernel may use
/// tensor cores (false: qmatmul and decode attention on CUDA cores, prefill
/// attention on the generic path). Absent means true.
inline constexpr llvm::StringLiteral kTensorCoresAttrName =
    "tessel.tensor_cores";

/// unit on tessel.qmatmul: the GPU kernel reads the weights as i32 words in
/// tessel.pack's layout, so tessel-propagate-layouts packs constant
/// sub-byte weights at compile time.
inline constexpr llvm::StringLiteral kPackWeightsAttrName =
    "tessel.pack_weights";

/// string on tessel.attention: the prefill kernel's form, "warpgroup" (the
/// sm_90 kernel: wgmma, TMA, warp specialization;
/// AttentionWarpgroupPlanner.h) or "mma_sync" (the sm_80 kernel). Absent
/// means "mma_sync".
inline constexpr llvm::StringLiteral kAttentionKernelAttrName =
    "tessel.attention_kernel";

/// string on tessel.qmatmul: the kernel's form, "warpgroup" (the sm_90
/// mixed-input GEMM: wgmma, TMA, warp specialization;
/// QMatmulWarpgroupPlanner.h). Absent: the forms of QMatmulPlanner.h.
inline constexpr llvm::StringLiteral kQMatmulKernelAttrName =
    "tessel.qmatmul_kernel";

/// i64 on tessel.qmatmul with the "warpgroup" kernel: input rows per block
/// (the N of its wgmma).
inline constexpr llvm::StringLiteral kBlockRowsAttrName = "tessel.block_rows";

/// i64 on tessel.qmatmul with the "warpgroup" kernel: the parts its K is
/// split into (split-K), each a block's share, summed by a second kernel;
/// 1 computes each output tile in one block.
inline constexpr llvm::StringLiteral kSplitKAttrName = "tessel.split_k";

/// i64 on tessel.attention and tessel.qmatmul with the "warpgroup" kernel:
/// consumer warpgroups per block (64 query rows, or 64 output columns,
/// each).
inline constexpr llvm::StringLiteral kConsumerWarpgroupsAttrName =
    "tessel.consumer_warpgroups";

/// i64 on tessel.attention with the "warpgroup" kernel: keys per step of the
/// kernel's key loop (its K and V tiles; tessel.key_block is the generic
/// path's).
inline constexpr llvm::StringLiteral kKernelKeyBlockAttrName =
    "tessel.kernel_key_block";

/// i64 on tessel.attention and tessel.qmatmul with the "warpgroup" kernel:
/// steps (of K and V, or of input and weights) in the shared-memory ring
/// that the producer fills ahead of the consumers.
inline constexpr llvm::StringLiteral kPipelineStagesAttrName =
    "tessel.pipeline_stages";

/// bool on tessel.attention with the "warpgroup" kernel: whether each
/// consumer overlaps the softmax of one step with the P V product of the
/// previous one (FlashAttention-3's intra-warpgroup pipelining). Absent
/// means false.
inline constexpr llvm::StringLiteral kOverlapSoftmaxAttrName =
    "tessel.overlap_softmax";

/// bool on tessel.attention with the "warpgroup" kernel and two or more
/// consumers overlapping their softmax: whether the consumers take turns
/// to issue their matrix products (FlashAttention-3's inter-warpgroup
/// ping-pong), so that one's softmax runs while another's products do.
/// Absent means false.
inline constexpr llvm::StringLiteral kConsumerPingPongAttrName =
    "tessel.consumer_pingpong";

/// A planner's integer knob: `given` where a caller chose it (> 0), else
/// the op's i64 attribute `name`, else 0 (the kernel's default).
inline int64_t knobValue(Operation *op, int64_t given, llvm::StringRef name) {
  if (given > 0)
    return given;
  if (auto attr = op->getAttrOfType<IntegerAttr>(name))
    return attr.getInt();
  return 0;
}

} // namespace mlir::tessel

#endif // TESSEL_DIALECT_TESSEL_IR_CONFIGURATIONATTRIBUTES_H
