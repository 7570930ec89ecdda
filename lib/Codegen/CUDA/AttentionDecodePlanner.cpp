//===- AttentionDecodePlanner.cpp - The decode kernel's plan --------------===//
//
// See AttentionDecodePlanner.h. The kernel itself is
// AttentionToGPU/AttentionDecode.cpp.
//
//===----------------------------------------------------------------------===//

#include "tessel/Codegen/CUDA/AttentionDecodePlanner.h"

#include "KernelUtils.h"
#include "tessel/Dialect/Tessel/IR/ConfigurationAttributes.h"
#include "tessel/Dialect/Tessel/IR/TesselOps.h"

#include "llvm/Support/MathExtras.h"

#include <cmath>

using namespace mlir;
using namespace mlir::tessel;

namespace {

/// Query rows one block holds in registers at most: each lane keeps a
/// slice of every row's query and accumulator.
constexpr int64_t kMaxRowsPerBlock = 8;
/// Warps per block of the split kernel.
constexpr int64_t kDecodeWarps = 4;
/// Rows of a key/value head from which the tensor-core form is taken.
constexpr int64_t kMinTensorCoreRows = 4;
/// Steps of K and V in flight by default, and at most.
constexpr int64_t kDefaultPrefetchSteps = 3;
constexpr int64_t kMaxPrefetchSteps = 8;
/// Shared memory of one block at most with the default steps ahead: a
/// third of an sm_90 SM's, so that three blocks share an SM. Steps given
/// (tessel.prefetch_steps) may take what one block can have.
constexpr int64_t kMaxSharedBytes = 72 * 1024;
constexpr int64_t kMaxGivenSharedBytes = 227 * 1024;

/// What the kernel needs to know of a contiguous or paged attention op.
struct DecodeOperands {
  RankedTensorType query, key, value, result;
  /// Pools of pages [P, PS, Hkv, D] rather than a cache [B, Hkv, Skv, D].
  bool paged = false;
  bool masked = false, causal = false;
  std::optional<double> scale;
  int64_t window = 0;
  double softcap = 0;
  /// The block table [B, M] of a paged op.
  RankedTensorType table;

  int64_t kvHeadDim() const { return paged ? 2 : 1; }
  int64_t kvHeads() const { return key.getDimSize(kvHeadDim()); }
  /// The keys the kernel walks: the cache's, or the table's capacity.
  int64_t keys() const {
    return paged ? table.getDimSize(1) * key.getDimSize(1) : key.getDimSize(2);
  }
};

FailureOr<DecodeOperands> decodeOperandsOf(Operation *op) {
  DecodeOperands d;
  if (auto a = dyn_cast<AttentionOp>(op)) {
    d.query = a.getQuery().getType();
    d.result = cast<RankedTensorType>(a.getResult().getType());
    d.key = a.getKey().getType();
    d.value = a.getValue().getType();
    d.masked = a.getMask() || a.getBlockMask();
    d.causal = a.getCausal();
    if (a.getScale())
      d.scale = a.getScale()->convertToDouble();
    if (a.windowHidesKeys())
      d.window = *a.getWindow();
    if (a.getSoftcap())
      d.softcap = a.getSoftcap()->convertToDouble();
    return d;
  }
  if (auto p = dyn_cast<PagedAttentionOp>(op)) {
    d.query = p.getQuery().getType();
    d.result = cast<RankedTensorType>(p.getResult().getType());
    d.key = p.getKeyPages().getType();
    d.value = p.getValuePages().getType();
    d.table = p.getBlockTable().getType();
    d.paged = true;
    d.causal = p.getCausal();
    if (p.getScale())
      d.scale = p.getScale()->convertToDouble();
    return d;
  }
  return failure();
}

} // namespace

std::string mlir::tessel::attentionDecodeRejection(Operation *op) {
  FailureOr<DecodeOperands> operands = decodeOperandsOf(op);
  if (failed(operands))
    return "not an attention op";
  const DecodeOperands &d = *operands;
  // A contiguous cache may have its batch and its length given at run
  // time; every other size is static.
  auto staticExcept = [](RankedTensorType type, ArrayRef<int64_t> dims) {
    for (int64_t i = 0; i < type.getRank(); ++i)
      if (type.isDynamicDim(i) && !llvm::is_contained(dims, i))
        return false;
    return true;
  };
  if (d.paged ? !d.query.hasStaticShape() || !d.key.hasStaticShape() ||
                    !d.value.hasStaticShape() || !d.table.hasStaticShape()
              : !staticExcept(d.query, {0}) || !staticExcept(d.key, {0, 2}) ||
                    !staticExcept(d.value, {0, 2}))
    return d.paged ? "dynamic shapes"
                   : "dynamic sizes other than the batch and the key count";
  // The kernels size their output by the query's batch.
  if (d.result.isDynamicDim(0) != d.query.isDynamicDim(0) ||
      !staticExcept(d.result, {0}))
    return "a result whose sizes are not the query's";
  auto isEmpty = [](RankedTensorType type) {
    return llvm::is_contained(type.getShape(), 0);
  };
  if (isEmpty(d.query) || isEmpty(d.key) || isEmpty(d.value) ||
      (d.paged && d.keys() == 0))
    return "empty tensors";
  Type element = d.query.getElementType();
  if (!element.isF16() && !element.isBF16())
    return "not f16 or bf16";
  if (d.masked)
    return "element or block masks";
  int64_t depth = d.query.getDimSize(3);
  if (d.value.getDimSize(3) != depth)
    return "value head dimension differs from the key's";
  if (depth != 64 && depth != 128 && depth != 256)
    return "head dimension not 64, 128 or 256";
  if (d.query.getDimSize(2) > kMaxDecodeQueries)
    return "more than " + std::to_string(kMaxDecodeQueries) +
           " query tokens (prefill)";
  return {};
}

FailureOr<AttentionDecodePlan>
mlir::tessel::planAttentionDecode(Operation *op, int64_t splits,
                                  int64_t prefetchSteps, std::string *whyNot,
                                  int64_t warps) {
  std::string reason = attentionDecodeRejection(op);
  if (reason.empty() && splits < 1)
    reason = "splits must be at least 1";
  if (prefetchSteps < 0)
    if (auto attr = op->getAttrOfType<IntegerAttr>(kPrefetchStepsAttrName))
      prefetchSteps = attr.getInt();
  if (reason.empty() && prefetchSteps > kMaxPrefetchSteps)
    reason =
        "prefetch steps must be at most " + std::to_string(kMaxPrefetchSteps);
  if (warps < 0) {
    warps = kDefaultDecodeWarps;
    if (auto attr = op->getAttrOfType<IntegerAttr>(kDecodeWarpsAttrName))
      warps = attr.getInt();
  }
  if (reason.empty() &&
      !llvm::is_contained(attentionDecodeWarpsCandidates(), warps))
    reason = "decode warps must be 1, 2 or 4";
  if (!reason.empty()) {
    if (whyNot)
      *whyNot = reason;
    return failure();
  }
  DecodeOperands d = *decodeOperandsOf(op);
  RankedTensorType q = d.query;
  AttentionDecodePlan plan;
  plan.dynamicBatch = q.isDynamicDim(0);
  plan.dynamicKeys = !d.paged && d.key.isDynamicDim(2);
  plan.batch = plan.dynamicBatch ? 1 : q.getDimSize(0);
  plan.heads = q.getDimSize(1);
  plan.queries = q.getDimSize(2);
  plan.depth = q.getDimSize(3);
  plan.kvHeads = d.kvHeads();
  plan.keys = plan.dynamicKeys ? kNominalDecodeKeys : d.keys();
  if (d.paged) {
    plan.pages = d.key.getDimSize(0);
    plan.pageSize = d.key.getDimSize(1);
    plan.maxPages = d.table.getDimSize(1);
  }
  plan.group = plan.heads / plan.kvHeads;
  plan.rows = plan.group * plan.queries;
  // Tensor cores from 4 rows per key/value head, unless turned off
  // (tessel.tensor_cores = false).
  auto tensorCoresAttr = op->getAttrOfType<BoolAttr>(kTensorCoresAttrName);
  plan.tensorCores = plan.rows >= kMinTensorCoreRows && plan.depth <= 128 &&
                     (!tensorCoresAttr || tensorCoresAttr.getValue());
  plan.rowsPerBlock = 1;
  for (int64_t r = std::min(plan.rows, kMaxRowsPerBlock); r > 1; --r)
    if (plan.rows % r == 0) {
      plan.rowsPerBlock = r;
      break;
    }
  plan.warps = kDecodeWarps;
  if (plan.tensorCores) {
    plan.rowsPerBlock = std::min<int64_t>(plan.rows, 16);
    plan.warps = warps;
  }
  plan.lanesPerKey = plan.depth / (plan.rowsPerBlock <= 4 ? 16 : 8);
  if (plan.tensorCores)
    plan.lanesPerKey = 1;
  plan.elementType = q.getElementType();
  plan.prefetchSteps =
      prefetchSteps < 0 ? kDefaultPrefetchSteps : prefetchSteps;
  int64_t maxSharedBytes =
      prefetchSteps < 0 ? kMaxSharedBytes : kMaxGivenSharedBytes;
  while (plan.prefetchSteps > 0 && plan.getSharedBytes() > maxSharedBytes)
    --plan.prefetchSteps;
  plan.causal = d.causal;
  plan.window = d.window;
  plan.softcap = d.softcap;
  double scale = d.scale ? *d.scale : 1.0 / std::sqrt(double(plan.depth));
  plan.scaleLog2 = scale * M_LOG2E;
  // Every split gets whole steps of keys, and keys.
  int64_t step = plan.getKeysPerStep();
  int64_t steps = llvm::divideCeil(plan.keys, step);
  plan.splits = std::min(splits, steps);
  plan.keysPerSplit = llvm::divideCeil(steps, plan.splits) * step;
  plan.splits = llvm::divideCeil(plan.keys, plan.keysPerSplit);
  // The tensor-core form's ring needs no slot past its split's steps (its
  // shared memory bounds how many blocks share an SM); a run-time cache
  // may give its splits more steps than the nominal one.
  if (plan.tensorCores && !plan.dynamicKeys)
    plan.prefetchSteps =
        std::min(plan.prefetchSteps, std::max<int64_t>(plan.getSteps() - 1, 0));
  return plan;
}

GPUKernelProfile
mlir::tessel::profileAttentionDecode(const AttentionDecodePlan &plan) {
  double elementBytes = plan.elementType.getIntOrFloatBitWidth() / 8.0;
  double kvBytes =
      2.0 * plan.batch * plan.kvHeads * plan.keys * plan.depth * elementBytes;
  double queryBytes = double(plan.batch) * plan.heads * plan.queries *
                      plan.depth * elementBytes;
  // The splits' partial results (f32 values, max and sum), written by the
  // split kernel and read by the combine kernel, and the output.
  double partialBytes = 2.0 * plan.batch * plan.heads * plan.queries *
                        plan.splits * (plan.depth + 2) * 4;
  GPUKernelProfile kernel;
  kernel.blocks = plan.getBlocks();
  kernel.warpsPerBlock = plan.warps;
  kernel.sharedBytesPerBlock = plan.getSharedBytes();
  kernel.flops =
      4.0 * plan.batch * plan.heads * plan.queries * plan.keys * plan.depth;
  kernel.tensorCores = plan.tensorCores;
  kernel.dramBytes = kvBytes + queryBytes + partialBytes + queryBytes;
  // Row chunks beyond the first re-read their keys, from L2 when the
  // chunks' blocks run together.
  kernel.cacheBytes = kvBytes * (plan.getRowChunks() - 1);
  // The combine kernel's round trips, after the split kernel's: a warp's
  // groups of kDecodeCombineUnroll splits (one round trip each), the
  // merge of the row's warps and the store. More splits fill the card but
  // cost the combine more.
  int64_t combineRoundTrips =
      llvm::divideCeil(plan.splits, kDecodeCombineUnroll *
                                        getCombineWarpsPerRow(plan.splits)) +
      2;
  // A step waits for loads issued prefetchSteps steps before: one memory
  // round trip per prefetchSteps steps; then the reductions over the block
  // and the combine kernel.
  kernel.roundTripsPerWarp =
      llvm::divideCeil(plan.getSteps(),
                       std::max<int64_t>(1, plan.prefetchSteps)) +
      1 + combineRoundTrips;
  // Queries and accumulators (a slice each per row), one step's K and V as
  // f32, addresses.
  kernel.registersPerThread =
      40 + 2 * (plan.rowsPerBlock + 1) * plan.getSlice();
  if (plan.tensorCores) {
    // A 64-key step waits for the K and V tiles copied prefetchSteps steps
    // before (the first, with none ahead, for its own); a lane holds the Q
    // fragments (D / 4 words), the O accumulators (D / 2) and a step's
    // scores (32).
    kernel.roundTripsPerWarp =
        llvm::divideCeil(plan.getSteps(),
                         std::max<int64_t>(1, plan.prefetchSteps)) +
        1 + combineRoundTrips;
    kernel.registersPerThread = 64 + plan.depth / 4 + plan.depth / 2;
  }
  return kernel;
}

ArrayRef<int64_t> mlir::tessel::attentionDecodeWarpsCandidates() {
  static const int64_t candidates[] = {1, 2, 4};
  return candidates;
}

ArrayRef<int64_t> mlir::tessel::attentionDecodeSplitsCandidates() {
  static const int64_t candidates[] = {1, 2, 4, 8, 16, 32, 64, 128, 256};
  return candidates;
}

int64_t mlir::tessel::defaultAttentionDecodeSplits(Operation *op) {
  FailureOr<DecodeOperands> operands = decodeOperandsOf(op);
  int64_t keys = succeeded(operands) ? operands->keys() : 0;
  if (ShapedType::isDynamic(keys))
    keys = kNominalDecodeKeys;
  return std::clamp<int64_t>(keys / 1024, 1, 64);
}
