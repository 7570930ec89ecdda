//===- QMatmulWarpgroupPlanner.cpp - The sm_90 qmatmul GEMM's plan --------===//
//
// See QMatmulWarpgroupPlanner.h.
//
//===----------------------------------------------------------------------===//

#include "tessel/Codegen/CUDA/QMatmulWarpgroupPlanner.h"
#include "KernelUtils.h"
#include "Warpgroup.h"
#include "tessel/Codegen/CUDA/QMatmulPlanner.h"
#include "tessel/Dialect/Tessel/IR/ConfigurationAttributes.h"
#include "tessel/Dialect/Tessel/IR/TesselOps.h"

#include "mlir/IR/BuiltinTypes.h"

#include "llvm/Support/MathExtras.h"

#include <algorithm>

using namespace mlir;
using namespace mlir::tessel;

namespace {

/// Shared memory of one block at most on sm_90 (227 KiB).
constexpr int64_t kMaxSharedBytes = 227 * 1024;
/// The ring's steps where nothing chose them, fewer where they do not fit.
constexpr int64_t kDefaultStages = 4;
/// Bytes a block should have in flight: about two microseconds of an SM's
/// share of the H200's 4.8 TB/s (on an H100, 8 stages of 16 rows or of 64
/// were 8-14% faster than 4; 16 no faster than 8).
constexpr int64_t kBytesInFlight = 64 * 1024;
/// The most stages the default takes, and the most a knob may ask for.
constexpr int64_t kMaxDefaultStages = 8;
constexpr int64_t kMaxStages = 32;
/// wgmma's N (the input rows of a block) and the rows of a TMA box.
constexpr int64_t kMaxBlockRows = 256;
/// Registers a consumer thread needs besides its blockRows / 2
/// accumulators: two steps of A fragments (16 each), a step's weight words
/// (16), the scales and addresses.
constexpr int64_t kOtherRegisters = 72;
/// A consumer thread's registers after setmaxnreg (Warpgroup.h).
constexpr int64_t kConsumerRegisters = 240;
/// Most parts of K, and the tiles below which splitting K is worth ranking:
/// the H100 and H200 have 132 SMs, one block each with a deep ring.
constexpr int64_t kMaxSplits = 16;
constexpr int64_t kSplitBelowBlocks = 132;
/// A consumer thread's instructions per step besides wgmma: 16 A words of
/// about 8 each, and the loads, barrier waits and address arithmetic.
constexpr int64_t kInstructionsPerStep = 150;

} // namespace

std::string mlir::tessel::qmatmulWarpgroupRejection(QMatmulOp op) {
  auto input = cast<RankedTensorType>(op.getInput().getType());
  // The rows may be known only at run time (one kernel for every M); K, N
  // and a [batch, sequence, K] input's sequence length may not.
  auto weights = cast<RankedTensorType>(op.getWeights().getType());
  if (!weights.hasStaticShape() || input.isDynamicDim(input.getRank() - 1) ||
      (input.getRank() == 3 && input.isDynamicDim(1)))
    return "dynamic K, N or sequence length";
  StringRef reason = qmatmulKernelRejection(op);
  if (!reason.empty() && reason != "dynamic shapes")
    return reason.str();
  Type element = input.getElementType();
  if (!element.isF16() && !element.isBF16())
    return "input is not f16 or bf16";
  FailureOr<QMatmulWeightsForm> form = qmatmulWeightsForm(op);
  // Constant weights that tessel-propagate-layouts packs count as packed.
  if ((failed(form) && !hasPackableConstantWeights(op)) ||
      (succeeded(form) && *form != QMatmulWeightsForm::PackedWords))
    return "weights not packed in i32 words";
  if (op.getBitWidth() != 4)
    return "only 4-bit weights";
  if (input.hasStaticShape() && input.getNumElements() == 0)
    return "empty input";
  int64_t k = input.getShape().back();
  int64_t n = cast<RankedTensorType>(op.getWeights().getType()).getDimSize(0);
  if (k % kQMatmulWarpgroupStep != 0)
    return "K is not a multiple of 64";
  if (n % 64 != 0)
    return "N is not a multiple of 64";
  return {};
}

FailureOr<QMatmulWarpgroupPlan>
mlir::tessel::planQMatmulWarpgroup(QMatmulOp op, QMatmulWarpgroupKnobs knobs,
                                   std::string *whyNot) {
  auto fail = [&](const std::string &why) {
    if (whyNot)
      *whyNot = why;
    return failure();
  };
  if (std::string why = qmatmulWarpgroupRejection(op); !why.empty())
    return fail(why);
  auto input = cast<RankedTensorType>(op.getInput().getType());
  QMatmulWarpgroupPlan plan;
  plan.elementType = input.getElementType();
  plan.depth = input.getShape().back();
  plan.rows = input.hasStaticShape() ? input.getNumElements() / plan.depth
                                     : ShapedType::kDynamic;
  plan.sequence = input.getRank() == 3 ? input.getShape()[1] : 0;
  plan.columns =
      cast<RankedTensorType>(op.getWeights().getType()).getDimSize(0);
  plan.groupSize = op.getGroupSize();
  plan.bits = op.getBitWidth();
  plan.isSigned = op.getSignedness() == Signedness::Signed;
  plan.zeroPoints = op.getZeroPoints() != nullptr;

  plan.blockRows = knobValue(op, knobs.blockRows, kBlockRowsAttrName);
  if (plan.blockRows == 0)
    plan.blockRows = plan.hasDynamicRows()
                         ? 128
                         : std::min<int64_t>(llvm::alignTo(plan.rows, 8), 128);
  plan.consumers = knobValue(op, knobs.consumers, kConsumerWarpgroupsAttrName);
  if (plan.consumers == 0)
    plan.consumers = 1;
  if (plan.blockRows % 8 != 0 || plan.blockRows < 8 ||
      plan.blockRows > kMaxBlockRows)
    return fail("block rows must be a multiple of 8 from 8 to 256");
  if (plan.blockRows / 2 + kOtherRegisters > kConsumerRegisters)
    return fail("block rows need more registers than a consumer has");
  if (plan.consumers < 1 || plan.consumers > 2 ||
      plan.columns % plan.getBlockColumns() != 0)
    return fail("consumers must be 1 or 2, their 64 columns each dividing N");

  plan.splits = knobValue(op, knobs.splits, kSplitKAttrName);
  if (plan.splits == 0)
    plan.splits = 1;
  if (plan.splits < 1 || plan.splits > kMaxSplits ||
      plan.getSteps() % plan.splits != 0)
    return fail("split-K must be 1 to 16 parts that divide the " +
                std::to_string(plan.getSteps()) + " steps of 64 K values");

  plan.stages = knobValue(op, knobs.stages, kPipelineStagesAttrName);
  bool chosen = plan.stages != 0;
  // Enough steps in flight to cover the copies' latency at an SM's share of
  // the bandwidth (small steps: few input rows), fewer where they do not
  // fit.
  if (!chosen)
    plan.stages = std::clamp<int64_t>(
        llvm::divideCeil(kBytesInFlight,
                         plan.getInputStepBytes() + plan.getWeightStepBytes()),
        kDefaultStages, kMaxDefaultStages);
  while (!chosen && plan.stages > 2 && plan.getSharedBytes() > kMaxSharedBytes)
    --plan.stages;
  if (plan.stages < 2 || plan.stages > kMaxStages)
    return fail("stages must be 2 to " + std::to_string(kMaxStages));
  if (plan.getSharedBytes() > kMaxSharedBytes)
    return fail("the ring does not fit in shared memory");
  return plan;
}

GPUKernelProfile
mlir::tessel::profileQMatmulWarpgroup(const QMatmulWarpgroupPlan &given) {
  // Rows known only at run time are profiled as one block's worth.
  QMatmulWarpgroupPlan plan = given;
  if (plan.hasDynamicRows())
    plan.rows = plan.blockRows;
  double elementBytes = plan.elementType.getIntOrFloatBitWidth() / 8.0;
  GPUKernelProfile kernel;
  kernel.warpsPerBlock = plan.getThreads() / 32;
  kernel.blocks = plan.getColumnBlocks() * plan.getRowBlocks() * plan.splits;
  kernel.tensorCores = true;
  // The tensor cores compute whole blocks of rows.
  kernel.flops =
      2.0 * plan.getRowBlocks() * plan.blockRows * plan.columns * plan.depth;
  double weightBytes = plan.columns * plan.depth * plan.bits / 8.0 +
                       plan.columns * (plan.depth / plan.groupSize) *
                           elementBytes * (plan.zeroPoints ? 2 : 1);
  kernel.dramBytes = weightBytes + plan.rows * plan.depth * elementBytes +
                     plan.rows * plan.columns * elementBytes;
  // Each block reads its input rows through L2, and each row block the
  // weights; split-K writes its partial sums and the second kernel reads
  // them back (through L2 where they fit, but they take a kernel's round
  // trips).
  kernel.cacheBytes = double(plan.getColumnBlocks()) * plan.getRowBlocks() *
                          plan.blockRows * plan.depth * elementBytes +
                      (plan.getRowBlocks() - 1) * weightBytes +
                      2.0 * plan.getWorkspaceBytes();
  kernel.sharedBytesPerBlock = plan.getSharedBytes();
  // The ring hides the copies' round trips; the pipeline's fill and drain
  // and the stores remain, and split-K's second kernel adds one.
  kernel.roundTripsPerWarp = plan.splits > 1 ? 4 : 3;
  kernel.launches = plan.splits > 1 ? 2 : 1;
  kernel.registersPerThread = plan.blockRows / 2 + kOtherRegisters;
  // Each consumer thread dequantizes 16 A words a step (shift, prmt, lop3,
  // subtract, multiply, moves) and loads, waits and issues around them.
  kernel.threadInstructions =
      double(plan.getColumnBlocks()) * plan.consumers * plan.getRowBlocks() *
      plan.splits * plan.getStepsPerSplit() * gpukernel::kWarpgroupThreads *
      kInstructionsPerStep;
  kernel.issuingWarpsPerBlock =
      plan.consumers * gpukernel::kWarpgroupThreads / gpukernel::kWarp;
  kernel.bytesInFlightPerBlock =
      double(plan.stages) *
      (plan.getInputStepBytes() + plan.getWeightStepBytes());
  return kernel;
}

SmallVector<QMatmulWarpgroupKnobs>
mlir::tessel::qmatmulWarpgroupCandidates(QMatmulOp op) {
  auto input = cast<RankedTensorType>(op.getInput().getType());
  // Rows known only at run time: the defaults, nothing to rank.
  if (!input.hasStaticShape())
    return {QMatmulWarpgroupKnobs{}};
  int64_t rows =
      input.getNumElements() / std::max<int64_t>(input.getShape().back(), 1);
  // No rows: the kernel does not take the op, nothing to rank.
  if (rows == 0)
    return {};
  SmallVector<int64_t> blockRows;
  int64_t whole = llvm::alignTo(std::min<int64_t>(rows, kMaxBlockRows), 8);
  for (int64_t r : {64, 128, 256})
    if (r < whole)
      blockRows.push_back(r);
  blockRows.push_back(whole);
  int64_t columns =
      cast<RankedTensorType>(op.getWeights().getType()).getDimSize(0);
  int64_t steps = input.getShape().back() / kQMatmulWarpgroupStep;
  SmallVector<QMatmulWarpgroupKnobs> candidates;
  for (int64_t r : blockRows)
    // Two consumers share each input tile: at 256 rows a block they were
    // 10-12% faster than one on an H100 (docs/benchmarks.md).
    for (int64_t c : {1, 2}) {
      if (columns % (64 * c) != 0)
        continue;
      candidates.push_back({r, c, 0, 1});
      // Splits of K where the output tiles leave SMs idle, while each part
      // keeps a few ring's worth of steps.
      int64_t tiles = (columns / (64 * c)) * llvm::divideCeil(rows, r);
      for (int64_t s = 2; s <= kMaxSplits && tiles * s <= 2 * kSplitBelowBlocks;
           s *= 2)
        if (tiles < kSplitBelowBlocks && steps % s == 0 && steps / s >= 8)
          candidates.push_back({r, c, 0, s});
    }
  return candidates;
}
