//===- AttentionDecodePlanner.cpp - The decode kernel's plan --------------===//
//
// See AttentionDecodePlanner.h. The kernel itself is
// AttentionToGPU/AttentionDecode.cpp.
//
//===----------------------------------------------------------------------===//

#include "tessel/Codegen/CUDA/AttentionDecodePlanner.h"

#include "KernelUtils.h"
#include "tessel/Dialect/Tessel/IR/TesselOps.h"

#include "llvm/Support/MathExtras.h"

#include <cmath>

using namespace mlir;
using namespace mlir::tessel;

namespace {

/// Query rows one block holds in registers at most: each lane keeps D / 8
/// query values and as many accumulators per row.
constexpr int64_t kMaxRowsPerBlock = 8;
/// Warps per block of the split kernel.
constexpr int64_t kDecodeWarps = 4;

} // namespace

std::string mlir::tessel::attentionDecodeRejection(AttentionOp op) {
  auto q = cast<RankedTensorType>(op.getQuery().getType());
  auto k = cast<RankedTensorType>(op.getKey().getType());
  auto v = cast<RankedTensorType>(op.getValue().getType());
  if (!q.hasStaticShape() || !k.hasStaticShape() || !v.hasStaticShape())
    return "dynamic shapes";
  if (q.getNumElements() == 0 || k.getNumElements() == 0)
    return "empty tensors";
  Type element = q.getElementType();
  if (!element.isF16() && !element.isBF16())
    return "not f16 or bf16";
  if (op.getMask() || op.getBlockMask())
    return "element or block masks";
  int64_t d = q.getDimSize(3);
  if (v.getDimSize(3) != d)
    return "value head dimension differs from the key's";
  if (d != 64 && d != 128 && d != 256)
    return "head dimension not 64, 128 or 256";
  return {};
}

FailureOr<AttentionDecodePlan>
mlir::tessel::planAttentionDecode(AttentionOp op, int64_t splits,
                                  std::string *whyNot) {
  std::string reason = attentionDecodeRejection(op);
  if (!reason.empty() || splits < 1) {
    if (whyNot)
      *whyNot = reason.empty() ? "splits must be at least 1" : reason;
    return failure();
  }
  auto q = cast<RankedTensorType>(op.getQuery().getType());
  auto k = cast<RankedTensorType>(op.getKey().getType());
  AttentionDecodePlan plan;
  plan.batch = q.getDimSize(0);
  plan.heads = q.getDimSize(1);
  plan.queries = q.getDimSize(2);
  plan.depth = q.getDimSize(3);
  plan.kvHeads = k.getDimSize(1);
  plan.keys = k.getDimSize(2);
  plan.group = plan.heads / plan.kvHeads;
  plan.rows = plan.group * plan.queries;
  plan.rowsPerBlock = 1;
  for (int64_t r = std::min(plan.rows, kMaxRowsPerBlock); r > 1; --r)
    if (plan.rows % r == 0) {
      plan.rowsPerBlock = r;
      break;
    }
  plan.warps = kDecodeWarps;
  plan.causal = op.getCausal();
  double scale = op.getScale() ? op.getScale()->convertToDouble()
                               : 1.0 / std::sqrt(double(plan.depth));
  plan.scaleLog2 = scale * M_LOG2E;
  plan.elementType = q.getElementType();
  // Every split gets whole steps of keys, and keys.
  int64_t step = plan.getKeysPerStep();
  int64_t steps = llvm::divideCeil(plan.keys, step);
  plan.splits = std::min(splits, steps);
  plan.keysPerSplit = llvm::divideCeil(steps, plan.splits) * step;
  plan.splits = llvm::divideCeil(plan.keys, plan.keysPerSplit);
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
  kernel.sharedBytesPerBlock =
      plan.warps * plan.rowsPerBlock * (plan.depth + 2) * 4;
  kernel.flops =
      4.0 * plan.batch * plan.heads * plan.queries * plan.keys * plan.depth;
  kernel.tensorCores = false;
  kernel.dramBytes = kvBytes + queryBytes + partialBytes + queryBytes;
  // Row chunks beyond the first re-read their keys, from L2 when the
  // chunks' blocks run together.
  kernel.cacheBytes = kvBytes * (plan.getRowChunks() - 1);
  // Each step's loads are issued one step ahead; then the reductions over
  // the block and the combine kernel.
  kernel.roundTripsPerWarp = plan.getSteps() + 3;
  // Queries and accumulators (D / 8 each per row), K and V of two steps,
  // addresses.
  kernel.registersPerThread =
      40 + 2 * plan.rowsPerBlock * (plan.depth / 8) + plan.depth / 2;
  return kernel;
}

ArrayRef<int64_t> mlir::tessel::attentionDecodeSplitsCandidates() {
  static const int64_t candidates[] = {1, 2, 4, 8, 16, 32, 64, 128, 256};
  return candidates;
}

int64_t mlir::tessel::defaultAttentionDecodeSplits(AttentionOp op) {
  int64_t keys = cast<RankedTensorType>(op.getKey().getType()).getDimSize(2);
  return std::clamp<int64_t>(keys / 1024, 1, 64);
}
