//===- QMatmulPlanner.cpp - How the qmatmul GPU kernel lays out an op -----===//
//
// The planner of the qmatmul GPU kernel (QMatmulPlanner.h): which ops the
// kernel takes, in which form it reads their weights, the variant and the
// sizes it builds for an op under a set of knobs, and what that kernel costs
// in the cost model's terms. The kernel itself is in QMatmulToGPU/.
//
//===----------------------------------------------------------------------===//

#include "tessel/Codegen/CUDA/QMatmulPlanner.h"
#include "KernelUtils.h"
#include "QMatmulToGPU/QMatmulKernel.h"
#include "tessel/Dialect/Tessel/IR/ConfigurationAttributes.h"
#include "tessel/Dialect/Tessel/IR/TesselOps.h"

#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/Matchers.h"

#include "llvm/Support/MathExtras.h"

#include <algorithm>

using namespace mlir;
using namespace mlir::tessel;
using namespace mlir::tessel::gpukernel;
using namespace mlir::tessel::qmatmul;

namespace {

/// Dynamic shared memory a block may take without opting in.
constexpr int64_t kMaxSharedBytes = 48 * 1024;
constexpr int64_t kMaxRowTile = 16;
/// Outside the paired form, fewer rows stay on CUDA cores: with one row the
/// CUDA-core form is 1.3x faster on an H200 (11008 x 4096, 4-bit), with 16
/// the tensor-core form 2x. Rows in between are not measured; 8 is the
/// middle. The paired form is taken from one row: 4-bit M=1 10.4 us (with
/// the weights in A) against 16.4 on CUDA cores.
constexpr int64_t kMinMmaRows = 8;

/// The largest divisor of `n` that is at most `limit`.
int64_t largestDivisor(int64_t n, int64_t limit) {
  for (int64_t d = std::min(n, limit); d > 1; --d)
    if (n % d == 0)
      return d;
  return 1;
}

} // namespace

int64_t qmatmul::partialsBytes(const QMatmulPlan &plan) {
  return plan.warpsPerBlock * kWarp * 4 * 4;
}

int64_t qmatmul::inputPairsBytes(const QMatmulPlan &plan) {
  return plan.rows * plan.pairRowWords * 4;
}

int64_t qmatmul::chunkSumsBytes(const QMatmulPlan &plan) {
  return plan.rows * (plan.depth / kChunk) * 4;
}

int64_t qmatmul::mmaBlockColumns(const QMatmulPlan &plan) {
  return plan.weightsInA ? 2 * kMmaColumns : kMmaColumns;
}

int64_t qmatmul::mmaBlockRows(const QMatmulPlan &plan) {
  return plan.weightsInA ? 8 : kMmaRows;
}

SmallVector<int64_t, 2> qmatmul::launchGrid(const QMatmulPlan &plan) {
  if (plan.tensorCores)
    return {plan.columns / mmaBlockColumns(plan),
            int64_t(llvm::divideCeil(plan.rows, mmaBlockRows(plan)))};
  int64_t columnsPerBlock = plan.columnsPerWarp * plan.warpsPerBlock;
  return {int64_t(llvm::divideCeil(plan.columns, columnsPerBlock)),
          plan.rows / plan.rowTile};
}

int64_t qmatmul::mmaSteps(const QMatmulPlan &plan) {
  return plan.depth / (plan.laneContiguous ? 4 * kMmaChunk : kMmaChunk);
}

int64_t qmatmul::mmaStepsPerWarp(const QMatmulPlan &plan) {
  return llvm::divideCeil(mmaSteps(plan), plan.warpsPerBlock);
}

QMatmulKernelKnobs mlir::tessel::readQMatmulKernelKnobs(QMatmulOp op) {
  QMatmulKernelKnobs knobs;
  knobs.warpsPerBlock = kDefaultQMatmulWarps;
  if (auto attr = op->getAttrOfType<IntegerAttr>(kKernelWarpsAttrName))
    knobs.warpsPerBlock = attr.getInt();
  if (auto attr = op->getAttrOfType<IntegerAttr>(kColumnsPerWarpAttrName))
    knobs.columnsPerWarp = attr.getInt();
  if (auto attr = op->getAttrOfType<IntegerAttr>(kPrefetchStepsAttrName))
    knobs.prefetchSteps = attr.getInt();
  if (auto attr = op->getAttrOfType<BoolAttr>(kTensorCoresAttrName))
    knobs.tensorCores = attr.getValue();
  return knobs;
}

StringRef mlir::tessel::qmatmulKernelRejection(QMatmulOp op) {
  auto input = cast<RankedTensorType>(op.getInput().getType());
  auto weights = cast<RankedTensorType>(op.getWeights().getType());
  if (!input.hasStaticShape() || !weights.hasStaticShape())
    return "dynamic shapes";
  // No rows or no columns: nothing to compute, and a kernel's shared
  // buffers would be empty; the generic path makes the empty result.
  if (input.getNumElements() == 0 || weights.getNumElements() == 0)
    return "empty input or weights";
  Type element = input.getElementType();
  if (!element.isF16() && !element.isBF16() && !element.isF32())
    return "input is not f16, bf16 or f32";
  if (input.getShape().back() % kChunk != 0 || op.getGroupSize() % kChunk != 0)
    return "K and the group size must be multiples of 32";
  return {};
}

FailureOr<QMatmulWeightsForm> mlir::tessel::qmatmulWeightsForm(QMatmulOp op) {
  // The i32 words of the weights if they are `tessel.unpack` of them
  // without interleave.
  if (auto unpack = op.getWeights().getDefiningOp<UnpackOp>();
      unpack && !unpack.getInterleave()) {
    auto type = cast<RankedTensorType>(unpack.getInput().getType());
    if (type.getElementType().isInteger(32) && type.getRank() == 2)
      return QMatmulWeightsForm::PackedWords;
  }
  auto weights = cast<RankedTensorType>(op.getWeights().getType());
  if (weights.getElementType().isInteger(8))
    return QMatmulWeightsForm::Bytes;
  return failure();
}

bool mlir::tessel::hasPackableConstantWeights(QMatmulOp op) {
  DenseIntElementsAttr weights;
  if (!matchPattern(op.getWeights(), m_Constant(&weights)))
    return false;
  auto type = cast<RankedTensorType>(op.getWeights().getType());
  auto element = dyn_cast<IntegerType>(type.getElementType());
  if (!element || type.getEncoding() || type.getRank() != 2 ||
      !type.hasStaticShape())
    return false;
  int64_t bits = element.getWidth(), k = type.getDimSize(1);
  if (bits >= 8 || (k * bits) % 32 != 0)
    return false;
  // Only where the kernel takes the op; elsewhere the words would be
  // unpacked at run time.
  return qmatmulKernelRejection(op).empty();
}

StringRef QMatmulPlan::getVariantName() const {
  if (laneContiguous)
    return "lane-contiguous";
  if (weightsInA)
    return "weights-in-a";
  if (pairedWeights)
    return "paired";
  if (tensorCores)
    return "mma";
  return "cuda-cores";
}

FailureOr<QMatmulPlan>
mlir::tessel::planQMatmulKernel(QMatmulOp op, QMatmulWeightsForm form,
                                const QMatmulKernelKnobs &knobs,
                                std::string *whyNot) {
  if (StringRef reason = qmatmulKernelRejection(op); !reason.empty()) {
    if (whyNot)
      *whyNot = reason.str();
    return failure();
  }
  auto input = cast<RankedTensorType>(op.getInput().getType());
  auto weights = cast<RankedTensorType>(op.getWeights().getType());
  QMatmulPlan plan;
  plan.elementType = input.getElementType();
  plan.depth = input.getShape().back();
  plan.rows = input.getNumElements() / plan.depth;
  plan.sequence = input.getRank() == 3 ? input.getShape()[1] : 0;
  plan.columns = weights.getShape()[0];
  plan.groupSize = op.getGroupSize();
  plan.isSigned = op.getSignedness() == Signedness::Signed;
  plan.weightsForm = form;
  if (form == QMatmulWeightsForm::PackedWords)
    plan.bits = op.getBitWidth();
  else
    plan.bits = 8;
  plan.rowTile = largestDivisor(plan.rows, kMaxRowTile);
  int64_t columnsPerWarp = knobs.columnsPerWarp;
  if (columnsPerWarp == 0)
    columnsPerWarp = plan.rowTile >= 8 ? 4 : 2;
  plan.columnsPerWarp = largestDivisor(plan.columns, columnsPerWarp);
  plan.warpsPerBlock = knobs.warpsPerBlock;
  bool mmaShape = knobs.tensorCores && !plan.elementType.isF32() &&
                  plan.depth % kMmaChunk == 0 &&
                  plan.columns % kMmaColumns == 0;
  plan.pairedWeights = mmaShape && form != QMatmulWeightsForm::Bytes &&
                       !op.getZeroPoints() && plan.groupSize % kMmaChunk == 0 &&
                       plan.bits <= (plan.elementType.isBF16() ? 7 : 10);
  plan.tensorCores =
      mmaShape && (plan.pairedWeights || plan.rows >= kMinMmaRows);
  plan.weightsInA = plan.pairedWeights && plan.rows <= 8 &&
                    plan.columns % (2 * kMmaColumns) == 0;
  // Rows 16 words off a multiple of 32: the two rows of a quarter warp's
  // 16-byte loads then hit distinct banks too.
  plan.pairRowWords =
      llvm::alignTo(plan.depth / kChunk * kPairChunkWords, 32) + 16;
  // (The chunk sums may not be needed; counting them is the safe side.)
  plan.inputPairsShared =
      plan.weightsInA &&
      partialsBytes(plan) + inputPairsBytes(plan) + chunkSumsBytes(plan) <=
          kMaxSharedBytes;
  plan.offsetsInInput = plan.inputPairsShared && plan.elementType.isBF16();
  plan.laneContiguous = plan.offsetsInInput && plan.bits % 2 == 1 &&
                        plan.bits > 1 && plan.depth % (4 * kMmaChunk) == 0 &&
                        plan.groupSize % kMmaChunk == 0;
  plan.chunkSums = plan.laneContiguous && plan.isSigned;
  // Two steps ahead, or half a warp's steps if fewer: on an H200 (L2
  // flushed) 4 to 6% faster than 0 on the decoding shapes measured, never
  // slower; 4 was faster on one shape and slower where the extra registers
  // cost a second wave of blocks (docs/benchmarks.md).
  int64_t perWarp = mmaStepsPerWarp(plan);
  plan.prefetchSteps = 0;
  if (plan.weightsInA && perWarp <= kMaxUnrolledMmaSteps)
    plan.prefetchSteps = knobs.prefetchSteps >= 0
                             ? std::min(knobs.prefetchSteps, perWarp)
                             : std::min<int64_t>(2, perWarp / 2);
  return plan;
}

GPUKernelProfile mlir::tessel::profileQMatmulKernel(const QMatmulPlan &plan) {
  double elementBytes = plan.elementType.getIntOrFloatBitWidth() / 8.0;
  double inputBytes = plan.rows * plan.depth * elementBytes;
  GPUKernelProfile kernel;
  kernel.warpsPerBlock = plan.warpsPerBlock;
  kernel.flops = 2.0 * plan.rows * plan.columns * plan.depth;
  kernel.tensorCores = plan.tensorCores;
  kernel.dramBytes =
      plan.columns * plan.depth * plan.bits / 8.0 +
      plan.columns * (plan.depth / plan.groupSize) * elementBytes + inputBytes +
      plan.rows * plan.columns * elementBytes;
  SmallVector<int64_t, 2> grid = launchGrid(plan);
  kernel.blocks = grid[0] * grid[1];
  if (plan.tensorCores) {
    kernel.sharedBytesPerBlock =
        partialsBytes(plan) +
        (plan.inputPairsShared ? inputPairsBytes(plan) : 0) +
        (plan.chunkSums ? chunkSumsBytes(plan) : 0);
    // Each block reads its rows of the input.
    kernel.cacheBytes = kernel.blocks *
                        std::min<int64_t>(plan.rows, mmaBlockRows(plan)) *
                        plan.depth * elementBytes;
    // A warp's steps (with P steps prefetched, P + 1 overlap), then the
    // barrier before the partial sums meet; with shared input pairs, the
    // loads that stage them and a barrier first.
    int64_t ahead = plan.prefetchSteps;
    kernel.roundTripsPerWarp =
        llvm::divideCeil(mmaStepsPerWarp(plan), ahead + 1) + 1 +
        (plan.inputPairsShared ? 1 : 0);
    // With the weights in A, fitted to what ptxas gave (sm_90): 47, 48, 68
    // and 74 registers at 4 bits with 0, 1, 2 and 4 steps prefetched; 54,
    // 60 and 84 for lane-contiguous 3 bits with 0, 1 and 2. Not all of
    // a prefetched step's words stay live early: 2B registers per step at
    // B bits (both columns' words), 4B lane-contiguous (half of them).
    if (plan.weightsInA)
      kernel.registersPerThread =
          (plan.laneContiguous ? 54 : 48) +
          ahead * (plan.laneContiguous ? 4 : 2) * plan.bits;
  } else {
    // Each warp reads its row tile of the input.
    kernel.cacheBytes = double(kernel.blocks) * plan.warpsPerBlock *
                        plan.rowTile * plan.depth * elementBytes;
    // The lanes' steps over the chunks, then the shuffles.
    kernel.roundTripsPerWarp = llvm::divideCeil(plan.depth / kChunk, kWarp) + 1;
  }
  return kernel;
}

ArrayRef<int64_t> mlir::tessel::qmatmulWarpsCandidates() {
  // Nearest the default first, so that ties keep it.
  static constexpr int64_t kCandidates[] = {
      kDefaultQMatmulWarps, 8, 2, 16, 1, 32};
  return kCandidates;
}
