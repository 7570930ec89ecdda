//===- AttentionWarpgroupPlanner.cpp - The sm_90 attention kernel's plan --===//
//
// See AttentionWarpgroupPlanner.h. The kernel itself is
// AttentionToGPU/AttentionWarpgroup.cpp.
//
//===----------------------------------------------------------------------===//

#include "tessel/Codegen/CUDA/AttentionWarpgroupPlanner.h"

#include "tessel/Dialect/Tessel/IR/ConfigurationAttributes.h"
#include "tessel/Dialect/Tessel/IR/TesselOps.h"

#include "llvm/Support/MathExtras.h"

#include <algorithm>
#include <limits>

using namespace mlir;
using namespace mlir::tessel;

namespace {

/// Shared memory of one block at most on sm_90 (227 KiB).
constexpr int64_t kMaxSharedBytes = 227 * 1024;
/// Head dimensions up to this many (multiples of 64): O takes Dv / 2
/// registers of each consumer thread, S keyBlock / 2 and P keyBlock / 4.
constexpr int64_t kMaxHeadDim = 256;
/// Accumulators (O, S and P) a consumer thread may hold at most: with two
/// consumers a thread has 240 registers.
constexpr int64_t kMaxAccumulatorRegisters = 192;

int64_t accumulatorRegisters(int64_t valueDepth, int64_t keyBlock) {
  return valueDepth / 2 + keyBlock / 2 + keyBlock / 4;
}

} // namespace

std::string mlir::tessel::attentionWarpgroupRejection(AttentionOp op) {
  auto q = cast<RankedTensorType>(op.getQuery().getType());
  auto k = cast<RankedTensorType>(op.getKey().getType());
  auto v = cast<RankedTensorType>(op.getValue().getType());
  if (!q.hasStaticShape() || !k.hasStaticShape() || !v.hasStaticShape())
    return "dynamic shapes";
  if (q.getNumElements() == 0 || k.getNumElements() == 0 ||
      v.getNumElements() == 0)
    return "empty tensors";
  Type element = q.getElementType();
  if (!element.isF16() && !element.isBF16())
    return "not f16 or bf16";
  if (op.getMask())
    return "an element mask";
  // A block of the kernel must lie in one row of the block mask, and a
  // step of keys in one of its columns.
  if (op.getBlockMask()) {
    ArrayRef<int64_t> sizes = *op.getBlockSizes();
    if (sizes[0] % kWarpgroupRows != 0 || sizes[1] % 64 != 0)
      return "block_sizes not multiples of 64";
  }
  if (op.windowHidesKeys())
    return "a sliding window";
  for (int64_t d : {q.getDimSize(3), v.getDimSize(3)})
    if (d % kPanelColumns != 0 || d > kMaxHeadDim)
      return "head dimensions not 64, 128, 192 or 256";
  // Coordinates of the bulk tensor copies are 32-bit.
  for (RankedTensorType t : {q, k, v})
    for (int64_t size : t.getShape())
      if (size > std::numeric_limits<int32_t>::max())
        return "a dimension above 2^31 - 1";
  return {};
}

FailureOr<AttentionWarpgroupPlan> mlir::tessel::planAttentionWarpgroup(
    AttentionOp op, AttentionWarpgroupKnobs knobs, std::string *whyNot) {
  auto fail = [&](std::string reason) -> FailureOr<AttentionWarpgroupPlan> {
    if (whyNot)
      *whyNot = std::move(reason);
    return failure();
  };
  std::string reason = attentionWarpgroupRejection(op);
  if (!reason.empty())
    return fail(reason);
  auto q = cast<RankedTensorType>(op.getQuery().getType());
  auto k = cast<RankedTensorType>(op.getKey().getType());
  auto v = cast<RankedTensorType>(op.getValue().getType());
  AttentionWarpgroupPlan plan;
  plan.batch = q.getDimSize(0);
  plan.heads = q.getDimSize(1);
  plan.queries = q.getDimSize(2);
  plan.depth = q.getDimSize(3);
  plan.kvHeads = k.getDimSize(1);
  plan.keys = k.getDimSize(2);
  plan.valueDepth = v.getDimSize(3);
  plan.elementType = q.getElementType();
  plan.causal = op.getCausal();
  if (Value blockMask = op.getBlockMask()) {
    auto type = cast<RankedTensorType>(blockMask.getType());
    plan.blockSparse = true;
    plan.maskBatch = type.getDimSize(0);
    plan.maskHeads = type.getDimSize(1);
    plan.maskRows = (*op.getBlockSizes())[0];
    plan.maskColumns = (*op.getBlockSizes())[1];
  }
  // The shapes are static and D positive here: the scale is known.
  plan.scaleLog2 = *op.getEffectiveScale() * llvm::numbers::log2e;
  if (FloatAttr softcap = op.getSoftcapAttr())
    plan.softcap = softcap.getValueAsDouble();

  plan.consumers = knobValue(op, knobs.consumers, kConsumerWarpgroupsAttrName);
  plan.keyBlock = knobValue(op, knobs.keyBlock, kKernelKeyBlockAttrName);
  plan.stages = knobValue(op, knobs.stages, kPipelineStagesAttrName);
  // Two consumers share each K and V step; a short query takes one.
  // Overlapping the softmax with P V paid at D = 128 on the H200 (5% at
  // B4 H32 S4096) and cost at D = 64 (19% at B8 H16 S2048), where the
  // matrix steps are short.
  plan.overlapSoftmax = knobs.overlapSoftmax > 0;
  if (knobs.overlapSoftmax < 0) {
    plan.overlapSoftmax = plan.depth > 64;
    if (auto attr = op->getAttrOfType<BoolAttr>(kOverlapSoftmaxAttrName))
      plan.overlapSoftmax = attr.getValue();
  }
  // Consumers share each K and V step: two, three where the head is
  // narrow (D = Dv = 64: fewer registers each) and the steps full (on the
  // H200 three were 8% faster at D = 64 full, 3% slower causal), one for a
  // short query.
  if (plan.consumers == 0) {
    int64_t most =
        plan.depth <= 64 && plan.valueDepth <= 64 && !plan.causal ? 3 : 2;
    plan.consumers = std::clamp<int64_t>(
        llvm::divideCeil(plan.queries, kWarpgroupRows), 1, most);
    while (plan.blockSparse && plan.maskRows % plan.getBlockRows() != 0)
      --plan.consumers;
  }
  // 128 keys per step, 64 where O is wide (Dv above 128).
  if (plan.keyBlock == 0)
    plan.keyBlock = accumulatorRegisters(plan.valueDepth, 128) <=
                                kMaxAccumulatorRegisters &&
                            (!plan.blockSparse || plan.maskColumns % 128 == 0)
                        ? 128
                        : 64;
  if (plan.blockSparse && (plan.maskRows % plan.getBlockRows() != 0 ||
                           plan.maskColumns % plan.keyBlock != 0))
    return fail("a block of " + std::to_string(plan.getBlockRows()) +
                " rows and " + std::to_string(plan.keyBlock) +
                " keys spans two blocks of the block mask");
  if (plan.consumers < 1 || plan.consumers > 3)
    return fail("consumer warpgroups must be 1 to 3");
  // O (Dv / 2) and S (keyBlock / 2) accumulators per thread, and P, within
  // the registers three consumers get.
  if (plan.consumers == 3 && (plan.valueDepth > 64 || plan.keyBlock > 128))
    return fail("three consumer warpgroups need Dv = 64");
  if (plan.keyBlock != 64 && plan.keyBlock != 128)
    return fail("kernel key block must be 64 or 128");
  if (accumulatorRegisters(plan.valueDepth, plan.keyBlock) >
      kMaxAccumulatorRegisters)
    return fail("O, S and P take more than " +
                std::to_string(kMaxAccumulatorRegisters) +
                " registers per thread (Dv / 2 + 3 keyBlock / 4)");
  if (plan.stages == 0) {
    // As many steps in flight as fit, up to 3.
    plan.stages = 3;
    while (plan.stages > 2 && plan.getSharedBytes() > kMaxSharedBytes)
      --plan.stages;
  }
  plan.pingPong = knobs.pingPong > 0;
  if (knobs.pingPong < 0)
    if (auto attr = op->getAttrOfType<BoolAttr>(kConsumerPingPongAttrName))
      plan.pingPong = attr.getValue();
  if (plan.pingPong && (plan.consumers < 2 || !plan.overlapSoftmax))
    return fail("consumers take turns only with two or more of them and "
                "the softmax overlapped");
  if (plan.stages < 2 || plan.stages > 4)
    return fail("pipeline stages must be 2 to 4");
  if (plan.getSharedBytes() > kMaxSharedBytes)
    return fail("needs " + std::to_string(plan.getSharedBytes()) +
                " bytes of shared memory, more than sm_90's " +
                std::to_string(kMaxSharedBytes));
  return plan;
}
