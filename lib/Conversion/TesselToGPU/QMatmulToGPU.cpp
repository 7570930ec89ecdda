//===- QMatmulToGPU.cpp - Small-M qmatmul as a warp-per-column kernel -----===//
//
// A qmatmul with few rows (decoding, small batches) is bound by reading the
// weights once: 4-bit weights of 11008 x 4096 are 22.5 MB, the input a few
// KB. The kernel therefore spends everything on the weight stream:
//
//   - a warp owns C output columns and a tile of R rows (R <= 16);
//   - lane l takes the chunks j = l, l + 32, ... of 32 consecutive weights
//     (one quantization group never splits a chunk); for each of its C
//     columns it loads the chunk's B packed 32-bit words with one vector
//     load (16 bytes for 4-bit weights) and the group's scale;
//   - the 32 weights are dequantized in registers, 8 at a time (a constant
//     shift, a mask and an exact float subtraction; no int-to-float
//     conversion), and each is multiplied with the R input rows: R x C f32
//     sums per lane, scaled once per chunk (or each weight is scaled, for
//     large tiles and zero points);
//   - the sums meet through 5 xor shuffles and lane 0 adds the bias,
//     applies the activation and stores.
//
// With f16 or bf16 inputs the tensor-core forms do the same on mma.sync
// m16n8k16 (see emitMma): the paired form dequantizes two weights per
// register with one lop3 and one exact 16-bit subtraction, and with at
// most 8 rows (decoding) the weights are the A operand, 16 columns per
// mma, and the input rows wait in shared memory already paired.
//
// The weights come packed: `tessel.unpack` of i32 words without interleave
// (element k of a row in bits [kB, kB + B) of the row's bit stream, the
// layout of `tessel.pack`) or plain i8 tensors, whose bytes are read as
// words the same way. The unpacked tensor is never built.
//
// The kernel is a gpu.launch on the operands' buffers (to_buffer), writing
// a fresh buffer that becomes the result (to_tensor restrict writable), so
// the function around it still goes through One-Shot Bufferize.
//
//===----------------------------------------------------------------------===//

#include "../TesselToLinalg/LoweringUtils.h"
#include "Epilogue.h"
#include "KernelUtils.h"
#include "PairedWeights.h"
#include "tessel/Conversion/TesselToGPU.h"
#include "tessel/CostModel/CostModel.h"
#include "tessel/Dialect/Tessel/IR/ConfigurationAttributes.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Bufferization/IR/Bufferization.h"
#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/Dialect/LLVMIR/NVVMDialect.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Dialect/Utils/StaticValueUtils.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"
#include "mlir/IR/PatternMatch.h"
#include "tessel/Dialect/Tessel/IR/TesselOps.h"
#include "tessel/Layout/FieldPairs.h"

#include "llvm/Support/FormatVariadic.h"

#include <cmath>
#include <limits>
#include <map>
#include <numeric>

using namespace mlir;
using namespace mlir::tessel;
using namespace mlir::tessel::lowering;
using namespace mlir::tessel::gpukernel;

namespace {

/// K values of one lane's step: one vector load of packed words.
constexpr int64_t kChunk = 32;
/// K values dequantized at a time (bounds the live registers).
constexpr int64_t kSubChunk = 8;
/// The steps of a lane are straight-line code up to this many sums times
/// steps (more would overflow the instruction cache); a loop otherwise.
constexpr int64_t kMaxUnrolledSums = 32;
/// Chunk sums are scaled once per chunk up to this many sums per lane.
constexpr int64_t kMaxScaledSums = 8;
/// Tensor-core steps per warp emitted as straight-line code.
constexpr int64_t kMaxUnrolledMmaSteps = 8;
/// Dynamic shared memory a block may take without opting in.
constexpr int64_t kMaxSharedBytes = 48 * 1024;
/// Words per chunk of shared input pairs: 16 pairs and 4 of padding, so
/// that the 16-byte loads of the 4 lanes of a quad hit distinct banks.
constexpr int64_t kPairChunkWords = 20;
constexpr int64_t kMaxRowTile = 16;
/// Tensor-core form: mma.sync m16n8k16; a warp's step covers 128 K values,
/// 32 consecutive ones per lane of a quad.
constexpr int64_t kMmaRows = 16;
constexpr int64_t kMmaColumns = 8;
constexpr int64_t kMmaChunk = 128;
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

/// What the kernel computes, in its terms.
struct Plan {
  int64_t rows; // M (times the batch)
  /// With a [batch, sequence, K] input, the sequence length (output row r
  /// is [r / sequence, r % sequence]); 0 for a [M, K] input.
  int64_t sequence;
  int64_t columns; // N
  int64_t depth;   // K
  int64_t groupSize;
  int64_t bits;           // B: bits per weight in the word stream
  int64_t rowTile;        // R
  int64_t columnsPerWarp; // C
  int64_t warpsPerBlock;
  bool isSigned;
  /// Tensor cores (mma.sync m16n8k16): a warp owns 16 rows x 8 columns and
  /// the warps of a block split K; otherwise the CUDA-core form.
  bool tensorCores;
  /// Tensor cores with weights dequantized two at a time into the 16-bit
  /// halves of a register (see emitPairedMmaStep); needs no zero points, a
  /// group size that is a multiple of 128 and packed words of at most 7
  /// (bf16) or 10 (f16) bits. Taken from one row on.
  bool pairedWeights;
  /// The paired form with the weights in the A operand and the input rows
  /// in B (see emitWeightsInAStep): M <= 8, N a multiple of 16.
  bool weightsInA;
  /// With the weights in A, the block first writes the input rows to
  /// shared memory as the mma's B words, in pair order (see
  /// writeInputPairs), when they fit in 48 KB with the partial sums.
  bool inputPairsShared;
  /// bf16 with shared input pairs: each input value carries the 2^-o of its
  /// weight's mantissa offset, so that the weights need no multiplier.
  bool offsetsInInput;
  /// Odd widths (3, 5, 7 bits) with the weights in A, bf16 shared input
  /// pairs, K a multiple of 512 and groups a multiple of 128: a lane's
  /// step is 128 consecutive weights (B 16-byte loads; a chunk of 32 is
  /// only 4-byte aligned), scaled before the mma (see
  /// emitLaneContiguousStep).
  bool laneContiguous;
  /// Lane-contiguous signed weights: each weight pair is one fma of its
  /// offset-binary integers with the scale, and the offset's share of the
  /// sums is taken off at the end, from the sums of the input's chunks,
  /// which the block keeps in shared memory (see emitLaneContiguousStep).
  bool chunkSums;
  /// With the weights in A and straight-line steps: the loads of a warp's
  /// first `prefetchSteps` steps are issued before the block stages its
  /// input, and each step's loads that many steps ahead of its math (see
  /// emitMma), at most a warp's steps; 0 leaves each step's loads in the
  /// step.
  int64_t prefetchSteps;
  /// Row stride of the shared input pairs, in words: 20 per chunk of 32
  /// values, padded to 16 more than a multiple of 32 (see writeInputPairs).
  int64_t pairRowWords;
  Type elementType; // of input, scales, bias and result
  /// The words the weights are read from: [N, K * B / 32] x i32, or the
  /// weights themselves, [N, K] x i8.
  Value words;
  bool wordsAreBytes;
};

/// Shared memory of the tensor-core forms: the warps' partial sums
/// ([warp][lane][4] f32) and the shared input pairs ([row][pairRowWords]).
int64_t partialsBytes(const Plan &plan) {
  return plan.warpsPerBlock * kWarp * 4 * 4;
}
int64_t inputPairsBytes(const Plan &plan) {
  return plan.rows * plan.pairRowWords * 4;
}
/// The f32 sums of the input rows' chunks of 32 ([row][chunk]).
int64_t chunkSumsBytes(const Plan &plan) {
  return plan.rows * (plan.depth / kChunk) * 4;
}

/// The i32 words of the weights if they are `tessel.unpack` of them without
/// interleave; null otherwise.
Value packedWords(QMatmulOp op) {
  auto unpack = op.getWeights().getDefiningOp<UnpackOp>();
  if (!unpack || unpack.getInterleave())
    return {};
  auto type = cast<RankedTensorType>(unpack.getInput().getType());
  if (!type.getElementType().isInteger(32) || type.getRank() != 2)
    return {};
  return unpack.getInput();
}

int64_t mmaStepsPerWarp(const Plan &plan);

FailureOr<Plan> planKernel(QMatmulOp op, const QMatmulKernelOptions &options,
                           int64_t warpsPerBlock, PatternRewriter &rewriter) {
  if (StringRef reason = qmatmulKernelRejection(op); !reason.empty())
    return rewriter.notifyMatchFailure(op, reason);
  auto input = cast<RankedTensorType>(op.getInput().getType());
  auto weights = cast<RankedTensorType>(op.getWeights().getType());
  Plan plan;
  plan.elementType = input.getElementType();
  plan.depth = input.getShape().back();
  plan.rows = input.getNumElements() / plan.depth;
  plan.sequence = input.getRank() == 3 ? input.getShape()[1] : 0;
  plan.columns = weights.getShape()[0];
  plan.groupSize = op.getGroupSize();
  plan.isSigned = op.getSignedness() == Signedness::Signed;
  if (Value words = packedWords(op)) {
    plan.words = words;
    plan.wordsAreBytes = false;
    plan.bits = op.getBitWidth();
  } else if (weights.getElementType().isInteger(8)) {
    plan.words = op.getWeights();
    plan.wordsAreBytes = true;
    plan.bits = 8;
  } else {
    return rewriter.notifyMatchFailure(
        op, "sub-byte weights not packed in i32 words by tessel.unpack");
  }
  plan.rowTile = largestDivisor(plan.rows, kMaxRowTile);
  int64_t columnsPerWarp = options.columnsPerWarp;
  if (columnsPerWarp == 0)
    columnsPerWarp = plan.rowTile >= 8 ? 4 : 2;
  plan.columnsPerWarp = largestDivisor(plan.columns, columnsPerWarp);
  plan.warpsPerBlock = warpsPerBlock;
  bool mmaShape = options.tensorCores && !plan.elementType.isF32() &&
                  plan.depth % kMmaChunk == 0 &&
                  plan.columns % kMmaColumns == 0;
  plan.pairedWeights = mmaShape && !plan.wordsAreBytes && !op.getZeroPoints() &&
                       plan.groupSize % kMmaChunk == 0 &&
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
    plan.prefetchSteps = options.prefetchSteps >= 0
                             ? std::min(options.prefetchSteps, perWarp)
                             : std::min<int64_t>(2, perWarp / 2);
  return plan;
}

/// Output columns and rows of one block of the tensor-core forms: 8 columns
/// and 16 rows, or with the weights in A 16 columns and 8 rows.
int64_t mmaBlockColumns(const Plan &plan) {
  return plan.weightsInA ? 2 * kMmaColumns : kMmaColumns;
}
int64_t mmaBlockRows(const Plan &plan) {
  return plan.weightsInA ? 8 : kMmaRows;
}

/// The launch's grid: blocks over the columns (x) and the rows (y).
SmallVector<int64_t, 2> launchGrid(const Plan &plan) {
  if (plan.tensorCores)
    return {plan.columns / mmaBlockColumns(plan),
            int64_t(llvm::divideCeil(plan.rows, mmaBlockRows(plan)))};
  int64_t columnsPerBlock = plan.columnsPerWarp * plan.warpsPerBlock;
  return {int64_t(llvm::divideCeil(plan.columns, columnsPerBlock)),
          plan.rows / plan.rowTile};
}

/// The K steps of the tensor-core forms, which the block's warps share:
/// 128 K values each, 512 with lane-contiguous steps.
int64_t mmaSteps(const Plan &plan) {
  return plan.depth / (plan.laneContiguous ? 4 * kMmaChunk : kMmaChunk);
}

/// The K steps of one warp of the tensor-core forms (the last warps'
/// last step may lie past the end).
int64_t mmaStepsPerWarp(const Plan &plan) {
  return llvm::divideCeil(mmaSteps(plan), plan.warpsPerBlock);
}

/// The kernel as the cost model sees it (GPUKernelProfile).
GPUKernelProfile profileOf(const Plan &plan) {
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

/// Warps per block when the op and the options leave the choice open and
/// no cost model ranks them.
constexpr int64_t kDefaultWarps = 4;

/// The op's warps per block: its `tessel.kernel_warps`, else the option's,
/// else the candidate (1 to 32) the cost model predicts fastest; on ties
/// the one nearest the default.
FailureOr<int64_t> chooseWarps(QMatmulOp op,
                               const QMatmulKernelOptions &options,
                               PatternRewriter &rewriter) {
  if (auto attr = op->getAttrOfType<IntegerAttr>(kKernelWarpsAttrName))
    return attr.getInt();
  if (options.warpsPerBlock > 0)
    return options.warpsPerBlock;
  if (!options.costModel)
    return kDefaultWarps;
  int64_t best = kDefaultWarps;
  double bestSeconds = std::numeric_limits<double>::infinity();
  std::map<int64_t, double> predicted;
  // Nearest the default first, so that ties keep it.
  for (int64_t warps : {kDefaultWarps, int64_t(8), int64_t(2), int64_t(16),
                        int64_t(1), int64_t(32)}) {
    FailureOr<Plan> plan = planKernel(op, options, warps, rewriter);
    if (failed(plan))
      return failure();
    FailureOr<CostBreakdown> cost =
        options.costModel->estimateKernel(profileOf(*plan));
    if (failed(cost))
      return kDefaultWarps;
    predicted[warps] = cost->seconds;
    if (cost->fitsScratchpad && cost->seconds < bestSeconds * (1 - 1e-9)) {
      best = warps;
      bestSeconds = cost->seconds;
    }
  }
  if (options.remarks) {
    InFlightDiagnostic remark = op->emitRemark()
                                << "qmatmul kernel: " << best
                                << " warps per block; predicted (warps: us)";
    for (auto [warps, seconds] : predicted)
      remark << " " << warps << ": "
             << llvm::formatv("{0:F2}", seconds * 1e6).str();
  }
  return best;
}

/// What one step with the weights in A reads from global memory for its
/// lane (see KernelBuilder::loadStepWeights).
struct StepWeights {
  SmallVector<Value> words[2];
  Value scales[2];
};

/// Builds the kernel body: one warp's columns and row tile.
class KernelBuilder {
public:
  KernelBuilder(OpBuilder &b, Location loc, const Plan &plan, Value x,
                Value words, Value scales, Value zeroScales, Value bias,
                Value out, Activation activation,
                const ElementwiseEpilogue *epilogue)
      : b(b), loc(loc), plan(plan), x(x), words(words), scales(scales),
        zeroScales(zeroScales), bias(bias), out(out), activation(activation),
        epilogue(epilogue) {}

  /// Emits the work of the warp whose first column is `column0` on rows
  /// from `row0`, where `lane` is the thread's lane.
  void emit(Value column0, Value row0, Value lane) {
    column0_ = column0;
    row0_ = row0;
    lane_ = lane;
    int64_t steps = llvm::divideCeil(plan.depth / kChunk, kWarp);
    int64_t sumCount = plan.rowTile * plan.columnsPerWarp;
    SmallVector<Value> sums = emitSteps(
        steps, steps * sumCount <= kMaxUnrolledSums,
        SmallVector<Value>(sumCount, f32Const(b, loc, 0)),
        [&](Value step, ValueRange acc) { return emitStep(step, acc); });
    for (Value &sum : sums)
      sum = warpSum(sum);
    emitStores(sums);
  }

  /// The tensor-core form. Lane (g, t) = (lane / 4, lane % 4) of warp w
  /// handles column n = column0 + g and, at step s (w, w + W, ...), the 32
  /// consecutive K values from k = 128 s + 32 t. mma.sync sums over its 16
  /// "slots" in any order, so slots 2t, 2t+1, 2t+8, 2t+9 of the j-th mma
  /// of a step are assigned to k + 4j + {0, 1, 2, 3}: the lane's B
  /// fragment is 4 of its own dequantized weights and its A fragment 2
  /// words of the input rows g and g + 8 at the same k. The warps' 16 x 8
  /// sums meet in shared memory; warp 0 stores.
  ///
  /// With the weights in A (plan.weightsInA) the roles swap: lane (g, t)
  /// holds the weights of columns column0 + g and column0 + g + 8, B the
  /// input row g of the row tile; one mma covers 16 columns.
  void emitMma(Value column0, Value rowTile, Value warp, Value lane,
               Value partials, Value inputPairs, Value chunkSums) {
    column0_ = column0;
    inputPairs_ = inputPairs;
    chunkSums_ = chunkSums;
    Value quad = arith::DivUIOp::create(b, loc, lane, index(4));
    Value inQuad = arith::RemUIOp::create(b, loc, lane, index(4));
    Value column = arith::AddIOp::create(b, loc, column0, quad);
    int64_t steps = mmaSteps(plan);
    int64_t W = plan.warpsPerBlock;
    int64_t perWarp = mmaStepsPerWarp(plan);
    bool unrolled = perWarp <= kMaxUnrolledMmaSteps;
    auto stepOf = [&](Value i) -> Value {
      return arith::AddIOp::create(
          b, loc, arith::MulIOp::create(b, loc, i, index(W)), warp);
    };
    // Prefetched steps: their loads are issued ahead, from the step clamped
    // to the last one (a warp's last step may be past the end; its loads
    // are then not used).
    int64_t ahead = plan.prefetchSteps;
    SmallVector<StepWeights> prefetched;
    auto prefetch = [&](int64_t i) {
      Value s = stepOf(index(i));
      if ((i + 1) * W > steps)
        s = arith::MinUIOp::create(b, loc, s, index(steps - 1));
      prefetched.push_back(loadStepWeights(s, inQuad, column));
    };
    for (int64_t i = 0; i < ahead; ++i)
      prefetch(i);
    if (inputPairs)
      writeInputPairs(warp, lane);
    Value tileRow0 = arith::MulIOp::create(b, loc, rowTile, index(tileRows()));
    Value rowA = arith::AddIOp::create(b, loc, tileRow0, quad);
    Value rowB = arith::AddIOp::create(b, loc, rowA, index(8));
    // Rows past M read nothing and are never stored; with the weights in B
    // and M <= 8 rows g + 8 never exist.
    bool hasRowsB = !plan.weightsInA && plan.rows > 8;
    // The mma sums, then with chunk sums the lane's shares of the offset
    // corrections, [column g or g + 8][row].
    int64_t carried = 4 + (plan.chunkSums ? 2 * plan.rows : 0);
    SmallVector<Value> sums = emitSteps(
        perWarp, unrolled, SmallVector<Value>(carried, f32Const(b, loc, 0)),
        [&](Value i, ValueRange acc) {
          Value s = stepOf(i);
          std::optional<StepWeights> weights;
          if (ahead) {
            int64_t n = getConstantIntValue(i).value();
            if (n + ahead < perWarp)
              prefetch(n + ahead);
            weights = prefetched[n];
          }
          return ifBelow(s, steps, steps % W == 0, acc, [&](ValueRange acc) {
            if (plan.weightsInA && !weights)
              weights = loadStepWeights(s, inQuad, column);
            if (plan.laneContiguous)
              return emitLaneContiguousStep(s, inQuad, column, rowA, *weights,
                                            acc);
            if (plan.weightsInA)
              return emitWeightsInAStep(s, inQuad, column, rowA, *weights, acc);
            return emitMmaStep(s, inQuad, column, rowA, rowB, hasRowsB, acc);
          });
        });
    if (plan.chunkSums)
      sums = undoOffsetBinary(sums, inQuad);
    // partials[w][lane][i]; warp 0 adds the others' sums to its own.
    for (int64_t i = 0; i < 4; ++i)
      memref::StoreOp::create(b, loc, sums[i], partials,
                              ValueRange{warp, lane, index(i)});
    gpu::BarrierOp::create(b, loc);
    Value first =
        arith::CmpIOp::create(b, loc, arith::CmpIPredicate::eq, warp, index(0));
    auto ifFirst = scf::IfOp::create(b, loc, first);
    OpBuilder::InsertionGuard guard(b);
    b.setInsertionPointToStart(ifFirst.thenBlock());
    for (int64_t i = 0; i < 4; ++i)
      for (int64_t w = 1; w < W; ++w)
        sums[i] = arith::AddFOp::create(
            b, loc, sums[i],
            memref::LoadOp::create(b, loc, partials,
                                   ValueRange{index(w), lane, index(i)}));
    // Accumulator i is (row g + 8 (i / 2), column 2t + i % 2) of the mma's
    // C: rows are output rows and columns output columns with the weights
    // in B, the other way round with the weights in A.
    Value pairStart = arith::MulIOp::create(b, loc, inQuad, index(2));
    for (int64_t i = 0; i < 4; ++i) {
      if (!plan.weightsInA && !hasRowsB && i >= 2)
        break;
      Value quadSide = arith::AddIOp::create(b, loc, quad, index(8 * (i / 2)));
      Value pairSide = arith::AddIOp::create(b, loc, pairStart, index(i % 2));
      Value row = plan.weightsInA ? pairSide : quadSide;
      Value col = plan.weightsInA ? quadSide : pairSide;
      row = arith::AddIOp::create(b, loc, tileRow0, row);
      col = arith::AddIOp::create(b, loc, column0, col);
      Value valid = arith::CmpIOp::create(b, loc, arith::CmpIPredicate::ult,
                                          row, index(plan.rows));
      auto ifValid = scf::IfOp::create(b, loc, valid);
      OpBuilder::InsertionGuard inner(b);
      b.setInsertionPointToStart(ifValid.thenBlock());
      storeOutput(sums[i], loadBias(col), row, col);
    }
  }

  /// Output rows per mma tile: the M side of the mma (16) with the weights
  /// in B, its N side (8) with the weights in A.
  int64_t tileRows() const { return plan.weightsInA ? 8 : kMmaRows; }

private:
  /// One step of the tensor-core form: 8 mma.sync over 128 K values.
  SmallVector<Value> emitMmaStep(Value step, Value inQuad, Value column,
                                 Value rowA, Value rowB, bool hasRowsB,
                                 ValueRange acc) {
    if (plan.pairedWeights)
      return emitPairedMmaStep(step, inQuad, column, rowA, rowB, hasRowsB, acc);
    // The lane's 32 weights: chunk 4 s + t of its column, dequantized.
    Value chunk = arith::AddIOp::create(
        b, loc, arith::MulIOp::create(b, loc, step, index(kMmaChunk / kChunk)),
        inQuad);
    SmallVector<Value> words = loadWords(column, chunk);
    Value scale, negZeroScale;
    std::tie(scale, negZeroScale) = groupScales(column, groupOf(chunk));
    auto weight = [&](int64_t k) -> Value {
      Value q = quantized(words, k);
      if (negZeroScale)
        return math::FmaOp::create(b, loc, q, scale, negZeroScale);
      return arith::MulFOp::create(b, loc, q, scale);
    };
    auto pack = [&](Value low, Value high) {
      return packPair(b, loc, plan.elementType, low, high);
    };
    // The input rows' 32 values at the lane's K, as 16 words.
    Value k = arith::MulIOp::create(b, loc, chunk, index(kChunk));
    auto rowWords = [&](Value row) -> SmallVector<Value> {
      Value valid = arith::CmpIOp::create(b, loc, arith::CmpIPredicate::ult,
                                          row, index(plan.rows));
      Value clamped = arith::MinUIOp::create(b, loc, row, index(plan.rows - 1));
      SmallVector<Value> result;
      auto type = VectorType::get({kSubChunk}, plan.elementType);
      uint64_t alignment = loadAlignment(2, kSubChunk, plan.depth);
      for (int64_t part = 0; part < kChunk / kSubChunk; ++part) {
        Value offset =
            arith::AddIOp::create(b, loc, k, index(part * kSubChunk));
        Value v = vector::LoadOp::create(
            b, loc, type, x, ValueRange{clamped, offset},
            /*nontemporal=*/false, llvm::MaybeAlign(alignment));
        v = vector::BitCastOp::create(
            b, loc, VectorType::get({kSubChunk / 2}, b.getI32Type()), v);
        for (int64_t w = 0; w < kSubChunk / 2; ++w) {
          Value word = vector::ExtractOp::create(b, loc, v, w);
          result.push_back(
              arith::SelectOp::create(b, loc, valid, word, i32(0)));
        }
      }
      return result;
    };
    SmallVector<Value> wordsA = rowWords(rowA);
    SmallVector<Value> wordsB;
    if (hasRowsB)
      wordsB = rowWords(rowB);
    Value zero = i32(0);
    SmallVector<Value> sums(acc.begin(), acc.end());
    auto operand = [&](Value word) {
      return mmaOperand(b, loc, plan.elementType, word);
    };
    for (int64_t j = 0; j < kChunk / 4; ++j) {
      Value b0 = pack(weight(4 * j), weight(4 * j + 1));
      Value b1 = pack(weight(4 * j + 2), weight(4 * j + 3));
      SmallVector<Value> a = {operand(wordsA[2 * j]),
                              operand(hasRowsB ? wordsB[2 * j] : zero),
                              operand(wordsA[2 * j + 1]),
                              operand(hasRowsB ? wordsB[2 * j + 1] : zero)};
      sums = llvm::to_vector(
          mma16x8x16(b, loc, plan.elementType, a, ValueRange{b0, b1}, sums));
    }
    return sums;
  }

  /// The pairs of a chunk's 32 fields that share a register (see
  /// layout::pairFields): each field may sit at any offset its half's
  /// mantissa leaves free, so that pairs share windows.
  const std::vector<layout::FieldPair> &fieldPairs() {
    if (pairs.empty()) {
      PairedWeights weights{plan.elementType, plan.bits, plan.isSigned};
      pairs = layout::pairFields(plan.bits, kChunk, weights.maxOffset());
    }
    return pairs;
  }

  /// Field k (0..31) of the chunk's words in the low bits of an i32, the
  /// bits above it zero.
  Value field(ArrayRef<Value> chunkWords, int64_t k) {
    int64_t bit = k * plan.bits, word = bit / 32, offset = bit % 32;
    Value v = chunkWords[word];
    if (offset + plan.bits > 32) {
      // Straddles two words (3-bit weights): low bits from this word, the
      // rest from the next.
      Value low = arith::ShRUIOp::create(b, loc, v, i32(offset));
      Value high =
          arith::ShLIOp::create(b, loc, chunkWords[word + 1], i32(32 - offset));
      v = arith::OrIOp::create(b, loc, low, high);
      offset = 0;
    }
    if (offset > 0)
      v = arith::ShRUIOp::create(b, loc, v, i32(offset));
    if (offset + plan.bits < 32)
      v = arith::AndIOp::create(b, loc, v, i32((int64_t{1} << plan.bits) - 1));
    return v;
  }

  /// The pair's two weights as an mma operand (see dequantizePair): the
  /// integers, scaled by `scale` when given.
  Value weightPair(ArrayRef<Value> chunkWords, const layout::FieldPair &p,
                   PairScale scale = {}) {
    PairedWeights weights{plan.elementType, plan.bits, plan.isSigned,
                          plan.offsetsInInput};
    return pairOperand(b, loc,
                       dequantizePair(b, loc, weights, chunkWords, p, scale));
  }

  /// The 32 values of input row `row` from K = `k`, as 4 vectors of 8.
  SmallVector<Value> loadInputChunk(Value row, Value k) {
    auto type = VectorType::get({kSubChunk}, plan.elementType);
    uint64_t alignment = loadAlignment(2, kSubChunk, plan.depth);
    SmallVector<Value> parts;
    for (int64_t part = 0; part < kChunk / kSubChunk; ++part) {
      Value offset = arith::AddIOp::create(b, loc, k, index(part * kSubChunk));
      parts.push_back(vector::LoadOp::create(
          b, loc, type, x, ValueRange{row, offset},
          /*nontemporal=*/false, llvm::MaybeAlign(alignment)));
    }
    return parts;
  }

  /// `load()` (`count` vectors of `type`) where input row `row` exists;
  /// zeros without loads where it is past M (with one row, 7 of 8 lanes
  /// would otherwise read 4 times the bytes of their weights): the mma
  /// rows or columns of such rows are never stored. No branch when the row
  /// tiles divide M.
  SmallVector<Value> ifRowExists(Value row, VectorType type, int64_t count,
                                 function_ref<SmallVector<Value>()> load) {
    if (plan.rows % tileRows() == 0)
      return load();
    Value valid = arith::CmpIOp::create(b, loc, arith::CmpIPredicate::ult, row,
                                        index(plan.rows));
    auto ifValid = scf::IfOp::create(b, loc, SmallVector<Type>(count, type),
                                     valid, /*withElseRegion=*/true);
    OpBuilder::InsertionGuard guard(b);
    b.setInsertionPointToStart(ifValid.thenBlock());
    scf::YieldOp::create(b, loc, load());
    b.setInsertionPointToStart(ifValid.elseBlock());
    Value zero = arith::ConstantOp::create(b, loc, b.getZeroAttr(type));
    scf::YieldOp::create(b, loc, SmallVector<Value>(count, zero));
    return SmallVector<Value>(ifValid.getResults());
  }

  /// The elements of `vectors`, in order.
  SmallVector<Value> elementsOf(ArrayRef<Value> vectors) {
    SmallVector<Value> values;
    for (Value v : vectors)
      for (int64_t e = 0, n = cast<VectorType>(v.getType()).getNumElements();
           e < n; ++e)
        values.push_back(vector::ExtractOp::create(b, loc, v, e));
    return values;
  }

  /// The 32 values of input row `row` from K = `k`; zeros where the row is
  /// past M (see ifRowExists).
  SmallVector<Value> inputValues(Value row, Value k) {
    auto type = VectorType::get({kSubChunk}, plan.elementType);
    return elementsOf(ifRowExists(row, type, kChunk / kSubChunk,
                                  [&] { return loadInputChunk(row, k); }));
  }

  /// The input values of a pair's two fields as one mma operand; zero
  /// without values (rows that never exist).
  Value inputPair(ArrayRef<Value> values, const layout::FieldPair &p) {
    if (values.empty())
      return mmaOperand(b, loc, plan.elementType, i32(0));
    Value pair = vector::FromElementsOp::create(
        b, loc, VectorType::get({2}, plan.elementType),
        ValueRange{values[p.low], values[p.high]});
    return pairOperand(b, loc, pair);
  }

  /// The words of the lane's 128 weights of `column` from lane block
  /// `laneBlock` (lane-contiguous steps): B 16-byte loads.
  /// (One vector<4xi32> each: a longer vector used in another block than
  /// its load's is split into 8-byte loads by the NVPTX backend.)
  SmallVector<Value> laneContiguousWords(Value column, Value laneBlock) {
    Value first =
        arith::MulIOp::create(b, loc, laneBlock, index(4 * plan.bits));
    SmallVector<Value> result;
    for (int64_t l = 0; l < plan.bits; ++l) {
      Value vector = vector::LoadOp::create(
          b, loc, VectorType::get({4}, b.getI32Type()), words,
          ValueRange{column,
                     arith::AddIOp::create(b, loc, first, index(4 * l))},
          /*nontemporal=*/false, llvm::MaybeAlign(16));
      for (int64_t w = 0; w < 4; ++w)
        result.push_back(vector::ExtractOp::create(b, loc, vector, w));
    }
    return result;
  }

  /// The lane's chunk of step `step`: chunk 4 s + t of its columns.
  Value laneChunk(Value step, Value inQuad) {
    return arith::AddIOp::create(
        b, loc, arith::MulIOp::create(b, loc, step, index(kMmaChunk / kChunk)),
        inQuad);
  }

  /// acc[i] + sums[i] * scaleOf(i) for the 4 accumulators of an mma (each
  /// sum scaled by the group scale of its column).
  SmallVector<Value> addScaled(ArrayRef<Value> sums, ValueRange acc,
                               function_ref<Value(int64_t)> scaleOf) {
    SmallVector<Value> result(acc.begin(), acc.end());
    for (int64_t i = 0; i < 4; ++i)
      result[i] = math::FmaOp::create(b, loc, sums[i], scaleOf(i), acc[i]);
    return result;
  }

  /// The quantization group of a block of 128 K values (a tensor-core step
  /// or a lane-contiguous lane block), which never straddles groups.
  Value groupOfBlock(Value block) {
    return arith::DivUIOp::create(
        b, loc, arith::MulIOp::create(b, loc, block, index(kMmaChunk)),
        index(plan.groupSize));
  }

  /// The tensor-core step with paired dequantization. As in emitMmaStep,
  /// lane (g, t) holds the 32 weights of column g from k = 128 s + 32 t,
  /// but the B registers are pairs of integer weights (see weightPair), the
  /// A registers the input values at the same k, and the group's scales
  /// multiply the step's f32 sums.
  SmallVector<Value> emitPairedMmaStep(Value step, Value inQuad, Value column,
                                       Value rowA, Value rowB, bool hasRowsB,
                                       ValueRange acc) {
    Value chunk = laneChunk(step, inQuad);
    SmallVector<Value> words = loadWords(column, chunk);
    Value k = arith::MulIOp::create(b, loc, chunk, index(kChunk));
    SmallVector<Value> valuesA = inputValues(rowA, k), valuesB;
    if (hasRowsB)
      valuesB = inputValues(rowB, k);
    const std::vector<layout::FieldPair> &pairs = fieldPairs();
    SmallVector<Value> sums(4, f32Const(b, loc, 0));
    for (int64_t j = 0; j < kChunk / 4; ++j) {
      const layout::FieldPair &p0 = pairs[2 * j], &p1 = pairs[2 * j + 1];
      SmallVector<Value> aFragment = {
          inputPair(valuesA, p0), inputPair(valuesB, p0),
          inputPair(valuesA, p1), inputPair(valuesB, p1)};
      sums = llvm::to_vector(mma16x8x16(
          b, loc, plan.elementType, aFragment,
          ValueRange{weightPair(words, p0), weightPair(words, p1)}, sums));
    }
    // Accumulators c0, c2 are column 2t of the warp, c1, c3 column 2t + 1.
    Value outColumn = arith::AddIOp::create(
        b, loc, column0_, arith::MulIOp::create(b, loc, inQuad, index(2)));
    Value group = groupOfBlock(step);
    Value scales[2];
    for (int64_t e = 0; e < 2; ++e)
      scales[e] =
          groupScales(arith::AddIOp::create(b, loc, outColumn, index(e)), group)
              .first;
    return addScaled(sums, acc, [&](int64_t i) { return scales[i % 2]; });
  }

  /// The lane's block of 128 weights at lane-contiguous step `step`.
  Value laneBlockOf(Value step, Value inQuad) {
    return arith::AddIOp::create(
        b, loc, arith::MulIOp::create(b, loc, step, index(4)), inQuad);
  }

  /// What a step with the weights in A loads for its lane: the words of
  /// columns g and g + 8 and their group scales (as f32, or in the element
  /// type for lane-contiguous steps, which scale pairs).
  StepWeights loadStepWeights(Value step, Value inQuad, Value column) {
    StepWeights weights;
    Value columns[2] = {column,
                        arith::AddIOp::create(b, loc, column, index(8))};
    if (plan.laneContiguous) {
      Value laneBlock = laneBlockOf(step, inQuad);
      Value group = groupOfBlock(laneBlock);
      for (int64_t c = 0; c < 2; ++c) {
        weights.words[c] = laneContiguousWords(columns[c], laneBlock);
        weights.scales[c] = memref::LoadOp::create(
            b, loc, scales, ValueRange{columns[c], group});
      }
      return weights;
    }
    Value chunk = laneChunk(step, inQuad);
    Value group = groupOfBlock(step);
    for (int64_t c = 0; c < 2; ++c) {
      weights.words[c] = loadWords(columns[c], chunk);
      weights.scales[c] = groupScales(columns[c], group).first;
    }
    return weights;
  }

  /// The step with the weights in A (decoding, M <= 8): lane (g, t) holds
  /// the 32 weights of columns g and g + 8 from k = 128 s + 32 t, paired as
  /// in emitPairedMmaStep, and B the values of input row g at the same k.
  /// Each mma covers 16 columns, so a step has half the mma and input
  /// operands per weight of the B form, and no A registers of zeros.
  SmallVector<Value> emitWeightsInAStep(Value step, Value inQuad, Value column,
                                        Value row, const StepWeights &weights,
                                        ValueRange acc) {
    Value chunk = laneChunk(step, inQuad);
    ArrayRef<Value> wordsLow = weights.words[0], wordsHigh = weights.words[1];
    const std::vector<layout::FieldPair> &pairs = fieldPairs();
    // The B words: from the shared input pairs, or paired here.
    SmallVector<Value> inputWords;
    if (inputPairs_) {
      inputWords = sharedInputPairs(row, chunk);
    } else {
      Value k = arith::MulIOp::create(b, loc, chunk, index(kChunk));
      SmallVector<Value> values = inputValues(row, k);
      for (const layout::FieldPair &p : pairs)
        inputWords.push_back(inputPair(values, p));
    }
    SmallVector<Value> sums(4, f32Const(b, loc, 0));
    for (int64_t j = 0; j < kChunk / 4; ++j) {
      const layout::FieldPair &p0 = pairs[2 * j], &p1 = pairs[2 * j + 1];
      SmallVector<Value> aFragment = {
          weightPair(wordsLow, p0), weightPair(wordsHigh, p0),
          weightPair(wordsLow, p1), weightPair(wordsHigh, p1)};
      sums = llvm::to_vector(mma16x8x16(
          b, loc, plan.elementType, aFragment,
          ValueRange{inputWords[2 * j], inputWords[2 * j + 1]}, sums));
    }
    // Accumulators c0, c1 are column g, c2, c3 column g + 8.
    return addScaled(sums, acc,
                     [&](int64_t i) { return weights.scales[i / 2]; });
  }

  /// A step of lane-contiguous weights: lane (g, t) of step S holds the
  /// 128 weights of columns g and g + 8 from k = 512 S + 128 t, one
  /// quantization group, read with B 16-byte loads per column. Its 4 chunks
  /// of 32 take 8 mmas each; the mma of chunk j sums the chunks j of the
  /// quad's 4 lanes, which lie in 4 different groups, so each lane scales
  /// its dequantized weights by its group's scale before the mma. That
  /// costs nothing: (128 + u 2^o) s - 128 s is one fma per pair. Signed
  /// weights then carry their offset binary bias 2^(B-1) (see
  /// undoOffsetBinary); with chunk sums, the lane also adds up its share
  /// of what that bias adds to each (column, row) sum, 2^(B-1) s times the
  /// sum of the input over its 128 K values, carried after the 4 sums.
  SmallVector<Value> emitLaneContiguousStep(Value step, Value inQuad,
                                            Value column, Value row,
                                            const StepWeights &weights,
                                            ValueRange acc) {
    // The lane's block of 128 weights (4 chunks).
    Value laneBlock = laneBlockOf(step, inQuad);
    ArrayRef<Value> laneWords[2] = {weights.words[0], weights.words[1]};
    const Value *columnScales = weights.scales;
    PairScale pairScales[2];
    auto pairType = VectorType::get({2}, plan.elementType);
    Value negatedBase =
        pairConstant(b, loc, plan.elementType, -pairBase(plan.elementType),
                     -pairBase(plan.elementType));
    for (int64_t c = 0; c < 2; ++c) {
      Value scale =
          vector::BroadcastOp::create(b, loc, pairType, columnScales[c]);
      pairScales[c] = {scale,
                       arith::MulFOp::create(b, loc, scale, negatedBase)};
    }
    const std::vector<layout::FieldPair> &pairs = fieldPairs();
    SmallVector<Value> sums(acc.begin(), acc.begin() + 4);
    for (int64_t j = 0; j < 4; ++j) {
      Value chunk = arith::AddIOp::create(
          b, loc, arith::MulIOp::create(b, loc, laneBlock, index(4)), index(j));
      SmallVector<Value> inputWords = sharedInputPairs(row, chunk);
      ArrayRef<Value> low = laneWords[0].slice(j * plan.bits, plan.bits);
      ArrayRef<Value> high = laneWords[1].slice(j * plan.bits, plan.bits);
      for (int64_t m = 0; m < kChunk / 4; ++m) {
        const layout::FieldPair &p0 = pairs[2 * m], &p1 = pairs[2 * m + 1];
        SmallVector<Value> aFragment = {weightPair(low, p0, pairScales[0]),
                                        weightPair(high, p0, pairScales[1]),
                                        weightPair(low, p1, pairScales[0]),
                                        weightPair(high, p1, pairScales[1])};
        sums = llvm::to_vector(mma16x8x16(
            b, loc, plan.elementType, aFragment,
            ValueRange{inputWords[2 * m], inputWords[2 * m + 1]}, sums));
      }
    }
    if (!plan.chunkSums)
      return sums;
    // The weights were u s with u = q + 2^(B-1): the lane's share of what
    // to take off, s times the sum of the input over its 128 K values, for
    // each of its two columns and each row.
    Value firstChunk = arith::MulIOp::create(b, loc, laneBlock, index(4));
    sums.resize(4 + 2 * plan.rows);
    for (int64_t r = 0; r < plan.rows; ++r) {
      Value four =
          vector::LoadOp::create(b, loc, VectorType::get({4}, b.getF32Type()),
                                 chunkSums_, ValueRange{index(r), firstChunk},
                                 /*nontemporal=*/false, llvm::MaybeAlign(16));
      Value blockSum = vector::ExtractOp::create(b, loc, four, 0);
      for (int64_t j = 1; j < 4; ++j)
        blockSum = arith::AddFOp::create(
            b, loc, blockSum, vector::ExtractOp::create(b, loc, four, j));
      for (int64_t c = 0; c < 2; ++c) {
        int64_t share = 4 + c * plan.rows + r;
        sums[share] = math::FmaOp::create(
            b, loc, toF32(b, loc, columnScales[c]), blockSum, acc[share]);
      }
    }
    return sums;
  }

  /// Takes the offset-binary bias of the lane-contiguous weights off the
  /// mma sums: sums[i] is (column g + 8 (i / 2), row 2t + i % 2), and
  /// sums[4 + c * M + r] the lane's share of the correction of column
  /// g + 8c, row r; the quad's shares add up to the whole.
  SmallVector<Value> undoOffsetBinary(ArrayRef<Value> sums, Value inQuad) {
    auto add = [&](Value x, Value y) -> Value {
      return arith::AddFOp::create(b, loc, x, y);
    };
    SmallVector<Value> totals;
    for (Value share : sums.drop_front(4))
      totals.push_back(reduceAcrossLanes(b, loc, share, {1, 2}, add));
    double bias = double(int64_t{1} << (plan.bits - 1));
    SmallVector<Value> result(sums.take_front(4));
    for (int64_t i = 0; i < 4; ++i) {
      Value correction = f32Const(b, loc, 0);
      for (int64_t t = 0; t < 4; ++t) {
        int64_t r = 2 * t + i % 2;
        if (r >= plan.rows)
          continue;
        Value isT = arith::CmpIOp::create(b, loc, arith::CmpIPredicate::eq,
                                          inQuad, index(t));
        correction = arith::SelectOp::create(
            b, loc, isT, totals[(i / 2) * plan.rows + r], correction);
      }
      result[i] = math::FmaOp::create(b, loc, f32Const(b, loc, -bias),
                                      correction, result[i]);
    }
    return result;
  }

  /// The block's prologue with shared input pairs: its threads write each
  /// chunk of 32 values of every input row as the 16 words of its pairs, in
  /// the order of fieldPairs(), at inputPairs[row][chunk * 20 + pair]; with
  /// offsetsInInput each value is scaled by 2^-o of its field (exact). Then
  /// a barrier.
  void writeInputPairs(Value warp, Value lane) {
    int64_t chunks = plan.depth / kChunk;
    int64_t threads = plan.warpsPerBlock * kWarp;
    Value thread = arith::AddIOp::create(
        b, loc, arith::MulIOp::create(b, loc, warp, index(kWarp)), lane);
    auto loop = scf::ForOp::create(b, loc, thread, index(plan.rows * chunks),
                                   index(threads));
    {
      OpBuilder::InsertionGuard guard(b);
      b.setInsertionPointToStart(loop.getBody());
      Value task = loop.getInductionVar();
      Value row = arith::DivUIOp::create(b, loc, task, index(chunks));
      Value chunk = arith::RemUIOp::create(b, loc, task, index(chunks));
      Value k = arith::MulIOp::create(b, loc, chunk, index(kChunk));
      SmallVector<Value> values = elementsOf(loadInputChunk(row, k));
      if (chunkSums_) {
        // A tree keeps the f32 sum of the 32 values short.
        SmallVector<Value> level;
        for (Value v : values)
          level.push_back(toF32(b, loc, v));
        while (level.size() > 1) {
          SmallVector<Value> next;
          for (size_t i = 0; i + 1 < level.size(); i += 2)
            next.push_back(
                arith::AddFOp::create(b, loc, level[i], level[i + 1]));
          level = std::move(next);
        }
        memref::StoreOp::create(b, loc, level.front(), chunkSums_,
                                ValueRange{row, chunk});
      }
      const std::vector<layout::FieldPair> &pairs = fieldPairs();
      auto pairType = VectorType::get({2}, plan.elementType);
      Value base = arith::MulIOp::create(b, loc, chunk, index(kPairChunkWords));
      for (int64_t q = 0; q < kChunk / 8; ++q) {
        SmallVector<Value> quad;
        for (int64_t e = 0; e < 4; ++e) {
          const layout::FieldPair &p = pairs[4 * q + e];
          Value pair = vector::FromElementsOp::create(
              b, loc, pairType, ValueRange{values[p.low], values[p.high]});
          if (plan.offsetsInInput && (p.lowOffset || p.highOffset))
            pair = arith::MulFOp::create(
                b, loc, pair,
                pairConstant(b, loc, plan.elementType,
                             std::ldexp(1.0, -p.lowOffset),
                             std::ldexp(1.0, -p.highOffset)));
          quad.push_back(asWord(b, loc, pair));
        }
        Value words = vector::FromElementsOp::create(
            b, loc, VectorType::get({4}, b.getI32Type()), quad);
        vector::StoreOp::create(
            b, loc, words, inputPairs_,
            ValueRange{row, arith::AddIOp::create(b, loc, base, index(4 * q))},
            /*nontemporal=*/false, llvm::MaybeAlign(16));
      }
    }
    gpu::BarrierOp::create(b, loc);
  }

  /// The 16 B words of input row `row` at `chunk` from the shared input
  /// pairs; zeros without loads where the row is past M.
  SmallVector<Value> sharedInputPairs(Value row, Value chunk) {
    auto type = VectorType::get({4}, b.getI32Type());
    Value base = arith::MulIOp::create(b, loc, chunk, index(kPairChunkWords));
    SmallVector<Value> words;
    for (Value word : elementsOf(ifRowExists(row, type, 4, [&] {
           SmallVector<Value> parts;
           for (int64_t q = 0; q < 4; ++q)
             parts.push_back(vector::LoadOp::create(
                 b, loc, type, inputPairs_,
                 ValueRange{row,
                            arith::AddIOp::create(b, loc, base, index(4 * q))},
                 /*nontemporal=*/false, llvm::MaybeAlign(16)));
           return parts;
         })))
      words.push_back(mmaOperand(b, loc, plan.elementType, word));
    return words;
  }

  /// Step `step` of the lane: chunk `step * 32 + lane`, if it exists.
  SmallVector<Value> emitStep(Value step, ValueRange sums) {
    int64_t chunks = plan.depth / kChunk;
    Value chunk = arith::AddIOp::create(
        b, loc, arith::MulIOp::create(b, loc, step, index(kWarp)), lane_);
    // Unless the lanes divide the chunks, the last step has lanes past the
    // end of K.
    return ifBelow(chunk, chunks, chunks % kWarp == 0, sums,
                   [&](ValueRange acc) { return emitChunk(chunk, acc); });
  }

  using StepBody = function_ref<SmallVector<Value>(Value, ValueRange)>;

  /// `count` steps carrying `init`: straight-line code when `unrolled` (all
  /// loads of a lane can be in flight at once), an scf.for otherwise.
  SmallVector<Value> emitSteps(int64_t count, bool unrolled,
                               SmallVector<Value> init, StepBody step) {
    if (unrolled) {
      for (int64_t i = 0; i < count; ++i)
        init = step(index(i), init);
      return init;
    }
    auto loop =
        scf::ForOp::create(b, loc, index(0), index(count), index(1), init);
    OpBuilder::InsertionGuard guard(b);
    b.setInsertionPointToStart(loop.getBody());
    scf::YieldOp::create(
        b, loc, step(loop.getInductionVar(), loop.getRegionIterArgs()));
    return loop.getResults();
  }

  /// `body(values)` where `i < bound`, `values` unchanged elsewhere; no
  /// guard when the caller knows that `i < bound` always holds.
  SmallVector<Value>
  ifBelow(Value i, int64_t bound, bool alwaysBelow, ValueRange values,
          function_ref<SmallVector<Value>(ValueRange)> body) {
    if (alwaysBelow)
      return body(values);
    Value inRange = arith::CmpIOp::create(b, loc, arith::CmpIPredicate::ult, i,
                                          index(bound));
    auto guarded = scf::IfOp::create(b, loc, TypeRange(values), inRange,
                                     /*withElseRegion=*/true);
    OpBuilder::InsertionGuard guard(b);
    b.setInsertionPointToStart(guarded.thenBlock());
    scf::YieldOp::create(b, loc, body(values));
    b.setInsertionPointToStart(guarded.elseBlock());
    scf::YieldOp::create(b, loc, values);
    return guarded.getResults();
  }

  Value index(int64_t v) { return indexConst(b, loc, v); }

  /// The quantization group of chunk `chunk` (32 K values, never split).
  Value groupOf(Value chunk) {
    return arith::DivUIOp::create(
        b, loc, arith::MulIOp::create(b, loc, chunk, index(kChunk)),
        index(plan.groupSize));
  }

  /// The scale of `column`'s `group` as f32 and, with zero points, minus
  /// zero point times scale (null without).
  std::pair<Value, Value> groupScales(Value column, Value group) {
    Value scale = toF32(
        b, loc,
        memref::LoadOp::create(b, loc, scales, ValueRange{column, group}));
    Value negZeroScale;
    if (zeroScales)
      negZeroScale = arith::NegFOp::create(
          b, loc,
          memref::LoadOp::create(b, loc, zeroScales,
                                 ValueRange{column, group}));
    return {scale, negZeroScale};
  }

  /// The bias of `column` as f32, or null without a bias.
  Value loadBias(Value column) {
    if (!bias)
      return {};
    return toF32(b, loc, memref::LoadOp::create(b, loc, bias, column));
  }

  /// Stores activation(sum + bias) at [row, column] in the output type,
  /// or what the fused consumer makes of it.
  void storeOutput(Value sum, Value biasValue, Value row, Value column) {
    if (biasValue)
      sum = arith::AddFOp::create(b, loc, sum, biasValue);
    sum = applyActivation(b, loc, sum, activation);
    Value value = fromF32(b, loc, sum, plan.elementType);
    if (epilogue) {
      SmallVector<Value> indices = {row, column};
      if (plan.sequence)
        indices = {arith::DivUIOp::create(b, loc, row, index(plan.sequence)),
                   arith::RemUIOp::create(b, loc, row, index(plan.sequence)),
                   column};
      value = epilogue->emit(b, loc, value, indices);
    }
    memref::StoreOp::create(b, loc, value, out, ValueRange{row, column});
  }
  Value i32(int64_t v) {
    return arith::ConstantIntOp::create(b, loc, b.getI32Type(), v);
  }

  /// The B words from word `offset` of `column`'s row for odd B > 1, whose
  /// chunks are only 4-byte aligned: B + 1 words from the 8-byte aligned
  /// word at or before it (kept inside the row) in (B + 1) / 2 8-byte
  /// loads, then a select per word. B 4-byte loads would cost the L1 B
  /// requests per chunk instead of (B + 1) / 2 (3-bit weights measured
  /// slower than 4-bit ones that way).
  SmallVector<Value> loadOddWords(Value column, Value offset,
                                  int64_t rowWords) {
    int64_t count = plan.bits + 1;
    Value start = arith::MinUIOp::create(
        b, loc, arith::AndIOp::create(b, loc, offset, index(~int64_t{1})),
        index(rowWords - count));
    Value vector = vector::LoadOp::create(
        b, loc, VectorType::get({count}, b.getI32Type()), words,
        ValueRange{column, start}, /*nontemporal=*/false, llvm::MaybeAlign(8));
    Value shifted =
        arith::CmpIOp::create(b, loc, arith::CmpIPredicate::ne, offset, start);
    SmallVector<Value> result;
    for (int64_t w = 0; w < plan.bits; ++w)
      result.push_back(arith::SelectOp::create(
          b, loc, shifted, vector::ExtractOp::create(b, loc, vector, w + 1),
          vector::ExtractOp::create(b, loc, vector, w)));
    return result;
  }

  /// The B words (as i32) that hold the chunk's 32 weights of `column`.
  SmallVector<Value> loadWords(Value column, Value chunk) {
    SmallVector<Value> result;
    Value vector;
    if (plan.wordsAreBytes) {
      Value offset = arith::MulIOp::create(b, loc, chunk, index(kChunk));
      auto type = VectorType::get({kChunk}, b.getI8Type());
      vector = vector::LoadOp::create(
          b, loc, type, words, ValueRange{column, offset},
          /*nontemporal=*/false,
          llvm::MaybeAlign(loadAlignment(1, kChunk, plan.depth)));
      vector = vector::BitCastOp::create(
          b, loc, VectorType::get({kChunk / 4}, b.getI32Type()), vector);
    } else {
      int64_t rowWords = plan.depth * plan.bits / 32;
      Value offset = arith::MulIOp::create(b, loc, chunk, index(plan.bits));
      if (plan.bits % 2 == 1 && plan.bits > 1 && rowWords % 2 == 0)
        return loadOddWords(column, offset, rowWords);
      auto type = VectorType::get({plan.bits}, b.getI32Type());
      vector = vector::LoadOp::create(
          b, loc, type, words, ValueRange{column, offset},
          /*nontemporal=*/false,
          llvm::MaybeAlign(loadAlignment(4, plan.bits, rowWords)));
    }
    for (int64_t w = 0; w < plan.bits; ++w)
      result.push_back(vector::ExtractOp::create(b, loc, vector, w));
    return result;
  }

  /// Weight k (0..31) of a chunk as f32: bits [kB, kB + B) of the words.
  /// No integer-to-float conversion (a quarter-rate instruction): the
  /// field u, in offset binary for signed weights (u = r xor 2^(B-1)),
  /// becomes the low mantissa bits of 2^23, and subtracting 2^23 (plus
  /// 2^(B-1)) is exact.
  Value quantized(ArrayRef<Value> chunkWords, int64_t k) {
    int64_t bits = plan.bits;
    Value v = field(chunkWords, k);
    int64_t signBit = plan.isSigned ? int64_t{1} << (bits - 1) : 0;
    constexpr int64_t kTwoTo23 = 0x4B000000; // the bits of 2^23 as f32
    v = arith::XOrIOp::create(b, loc, v, i32(kTwoTo23 | signBit));
    Value f = arith::BitcastOp::create(b, loc, b.getF32Type(), v);
    return arith::SubFOp::create(b, loc, f,
                                 f32Const(b, loc, 8388608.0 + signBit));
  }

  /// One chunk of 32 weights for every column and row of the warp.
  SmallVector<Value> emitChunk(Value chunk, ValueRange sums) {
    int64_t C = plan.columnsPerWarp, R = plan.rowTile;
    Value group = groupOf(chunk);
    SmallVector<SmallVector<Value>> columnWords;
    SmallVector<Value> scale, negZeroScale;
    for (int64_t c = 0; c < C; ++c) {
      Value column = arith::AddIOp::create(b, loc, column0_, index(c));
      columnWords.push_back(loadWords(column, chunk));
      std::pair<Value, Value> scales = groupScales(column, group);
      scale.push_back(scales.first);
      negZeroScale.push_back(scales.second);
    }
    // Few sums: multiply each chunk's sum by the scale once, instead of
    // every weight (one more register per sum).
    bool scaleSums = !zeroScales && R * C <= kMaxScaledSums;
    SmallVector<Value> next(sums.begin(), sums.end());
    if (scaleSums)
      next.assign(sums.size(), f32Const(b, loc, 0));
    auto xType = VectorType::get({kSubChunk}, plan.elementType);
    auto xF32Type = VectorType::get({kSubChunk}, b.getF32Type());
    uint64_t xAlignment = loadAlignment(
        plan.elementType.getIntOrFloatBitWidth() / 8, kSubChunk, plan.depth);
    for (int64_t sub = 0; sub < kChunk / kSubChunk; ++sub) {
      // w = q s - z s, for the sub-chunk's 8 weights of each column.
      SmallVector<SmallVector<Value>> weight(C);
      for (int64_t c = 0; c < C; ++c)
        for (int64_t e = 0; e < kSubChunk; ++e) {
          Value q = quantized(columnWords[c], sub * kSubChunk + e);
          if (scaleSums)
            weight[c].push_back(q);
          else if (zeroScales)
            weight[c].push_back(
                math::FmaOp::create(b, loc, q, scale[c], negZeroScale[c]));
          else
            weight[c].push_back(arith::MulFOp::create(b, loc, q, scale[c]));
        }
      Value k = arith::AddIOp::create(
          b, loc, arith::MulIOp::create(b, loc, chunk, index(kChunk)),
          index(sub * kSubChunk));
      for (int64_t r = 0; r < R; ++r) {
        Value row = arith::AddIOp::create(b, loc, row0_, index(r));
        Value xs = vector::LoadOp::create(b, loc, xType, x, ValueRange{row, k},
                                          /*nontemporal=*/false,
                                          llvm::MaybeAlign(xAlignment));
        if (!plan.elementType.isF32())
          xs = arith::ExtFOp::create(b, loc, xF32Type, xs, nullptr);
        for (int64_t e = 0; e < kSubChunk; ++e) {
          Value xe = vector::ExtractOp::create(b, loc, xs, e);
          for (int64_t c = 0; c < C; ++c) {
            Value &sum = next[r * C + c];
            sum = math::FmaOp::create(b, loc, xe, weight[c][e], sum);
          }
        }
      }
    }
    if (scaleSums)
      for (int64_t r = 0; r < R; ++r)
        for (int64_t c = 0; c < C; ++c)
          next[r * C + c] = math::FmaOp::create(b, loc, next[r * C + c],
                                                scale[c], sums[r * C + c]);
    return next;
  }

  /// The sum of `value` over the warp, in every lane.
  Value warpSum(Value value) {
    return reduceAcrossLanes(
        b, loc, value, {16, 8, 4, 2, 1},
        [&](Value x, Value y) { return arith::AddFOp::create(b, loc, x, y); });
  }

  /// Lane 0 adds the bias, applies the activation and stores.
  void emitStores(ArrayRef<Value> sums) {
    Value first = arith::CmpIOp::create(b, loc, arith::CmpIPredicate::eq, lane_,
                                        index(0));
    auto ifFirst = scf::IfOp::create(b, loc, first);
    OpBuilder::InsertionGuard guard(b);
    b.setInsertionPointToStart(ifFirst.thenBlock());
    int64_t C = plan.columnsPerWarp;
    for (int64_t c = 0; c < C; ++c) {
      Value column = arith::AddIOp::create(b, loc, column0_, index(c));
      Value biasValue = loadBias(column);
      for (int64_t r = 0; r < plan.rowTile; ++r) {
        Value row = arith::AddIOp::create(b, loc, row0_, index(r));
        storeOutput(sums[r * C + c], biasValue, row, column);
      }
    }
  }

  OpBuilder &b;
  Location loc;
  const Plan &plan;
  Value x, words, scales, zeroScales, bias, out;
  Activation activation;
  const ElementwiseEpilogue *epilogue;
  Value column0_, row0_, lane_;
  Value inputPairs_;
  Value chunkSums_;
  std::vector<layout::FieldPair> pairs;
};

struct QMatmulToGPU : OpRewritePattern<QMatmulOp> {
  QMatmulToGPU(MLIRContext *ctx, const QMatmulKernelOptions &options)
      : OpRewritePattern(ctx), options(options) {}

  LogicalResult matchAndRewrite(QMatmulOp op,
                                PatternRewriter &rewriter) const override {
    FailureOr<int64_t> warps = chooseWarps(op, options, rewriter);
    if (failed(warps))
      return failure();
    FailureOr<Plan> maybePlan = planKernel(op, options, *warps, rewriter);
    if (failed(maybePlan))
      return failure();
    const Plan &plan = *maybePlan;
    Location loc = op.getLoc();
    // An elementwise consumer is computed in the kernel's stores; the
    // kernel then goes where the consumer is, after its other inputs.
    std::optional<ElementwiseEpilogue> epilogue;
    if (options.fuseConsumers)
      epilogue = ElementwiseEpilogue::match(op.getResult());
    if (epilogue)
      rewriter.setInsertionPoint(epilogue->getLastOp());

    // The input as [rows, K].
    Value input = op.getInput();
    auto inputType = cast<RankedTensorType>(input.getType());
    if (inputType.getRank() == 3)
      input = tensor::CollapseShapeOp::create(
          rewriter, loc, input, SmallVector<ReassociationIndices>{{0, 1}, {2}});

    // With zero points, w = q s - z s: z s per group, in f32.
    Value zeroScales;
    if (Value zeroPoints = op.getZeroPoints()) {
      auto zType = cast<RankedTensorType>(zeroPoints.getType());
      Value init = tensor::EmptyOp::create(rewriter, loc, zType.getShape(),
                                           rewriter.getF32Type());
      AffineMap id = rewriter.getMultiDimIdentityMap(2);
      bool isSigned = plan.isSigned;
      zeroScales = buildGeneric(
          rewriter, loc, {zeroPoints, op.getScales()}, init, {id, id, id},
          iterators(2, {}), [&](OpBuilder &b, Location l, ValueRange args) {
            return arith::MulFOp::create(b, l, toF32(b, l, args[0], isSigned),
                                         toF32(b, l, args[1]))
                .getResult();
          });
    }

    auto toBuffer = [&](Value tensor) {
      return readOnlyBuffer(rewriter, loc, tensor);
    };
    Value x = toBuffer(input), words = toBuffer(plan.words),
          scales = toBuffer(op.getScales()), zs = toBuffer(zeroScales),
          bias = toBuffer(op.getBias());
    Type outElementType = plan.elementType;
    if (epilogue) {
      epilogue->createBuffers(rewriter, loc);
      outElementType = epilogue->getElementType();
    }
    auto outType = MemRefType::get({plan.rows, plan.columns}, outElementType);
    Value out = memref::AllocOp::create(rewriter, loc, outType);

    const ElementwiseEpilogue *fused = epilogue ? &*epilogue : nullptr;
    if (plan.tensorCores)
      emitTensorCoreLaunch(rewriter, loc, plan, op, x, words, scales, zs, bias,
                           out, fused);
    else
      emitLaunch(rewriter, loc, plan, op, x, words, scales, zs, bias, out,
                 fused);

    auto resultType =
        RankedTensorType::get({plan.rows, plan.columns}, outElementType);
    Value result = bufferization::ToTensorOp::create(
        rewriter, loc, resultType, out, rewriter.getUnitAttr(),
        rewriter.getUnitAttr());
    auto opType = cast<RankedTensorType>(
        (epilogue ? epilogue->getLastOp()->getResult(0) : Value(op.getResult()))
            .getType());
    if (opType.getRank() == 3)
      result = tensor::ExpandShapeOp::create(
          rewriter, loc, opType, result,
          SmallVector<ReassociationIndices>{{0, 1}, {2}});
    Operation *unpack = op.getWeights().getDefiningOp();
    replaceWithKernelResult(rewriter, op, epilogue, result);
    if (unpack && isa<UnpackOp>(unpack) && unpack->use_empty())
      rewriter.eraseOp(unpack);
    return success();
  }

  /// The CUDA-core form: a warp per C columns and R rows.
  static void emitLaunch(PatternRewriter &rewriter, Location loc,
                         const Plan &plan, QMatmulOp op, Value x, Value words,
                         Value scales, Value zs, Value bias, Value out,
                         const ElementwiseEpilogue *epilogue) {
    OpBuilder::InsertionGuard guard(rewriter);
    Launch launch =
        createLaunch(rewriter, loc, launchGrid(plan), plan.warpsPerBlock);
    Value warpIndex = arith::AddIOp::create(
        rewriter, loc,
        arith::MulIOp::create(rewriter, loc, launch.op.getBlockIds().x,
                              indexConst(rewriter, loc, plan.warpsPerBlock)),
        launch.warp);
    Value column0 =
        arith::MulIOp::create(rewriter, loc, warpIndex,
                              indexConst(rewriter, loc, plan.columnsPerWarp));
    Value row0 = arith::MulIOp::create(rewriter, loc, launch.op.getBlockIds().y,
                                       indexConst(rewriter, loc, plan.rowTile));
    // Whole warps past the last column have nothing to do (C divides N).
    Value active =
        arith::CmpIOp::create(rewriter, loc, arith::CmpIPredicate::ult, column0,
                              indexConst(rewriter, loc, plan.columns));
    auto ifActive = scf::IfOp::create(rewriter, loc, active);
    rewriter.setInsertionPointToStart(ifActive.thenBlock());
    KernelBuilder(rewriter, loc, plan, x, words, scales, zs, bias, out,
                  op.getActivation(), epilogue)
        .emit(column0, row0, launch.lane);
  }

  /// The tensor-core form: a block per 8 columns and 16 rows, its warps
  /// splitting K; their partial sums meet in shared memory.
  static void emitTensorCoreLaunch(PatternRewriter &rewriter, Location loc,
                                   const Plan &plan, QMatmulOp op, Value x,
                                   Value words, Value scales, Value zs,
                                   Value bias, Value out,
                                   const ElementwiseEpilogue *epilogue) {
    OpBuilder::InsertionGuard guard(rewriter);
    Launch launch =
        createLaunch(rewriter, loc, launchGrid(plan), plan.warpsPerBlock);
    // Shared memory (see partialsBytes): the warps' partial sums, and the
    // input pairs, 128-byte aligned for the bank padding of their rows.
    Value partials = sharedBuffer(rewriter, loc, {plan.warpsPerBlock, kWarp, 4},
                                  rewriter.getF32Type(), /*alignment=*/16);
    Value inputPairs, chunkSums;
    if (plan.inputPairsShared)
      inputPairs = sharedBuffer(rewriter, loc, {plan.rows, plan.pairRowWords},
                                rewriter.getI32Type(), /*alignment=*/128);
    if (plan.chunkSums)
      chunkSums = sharedBuffer(rewriter, loc, {plan.rows, plan.depth / kChunk},
                               rewriter.getF32Type(), /*alignment=*/16);
    Value column0 =
        arith::MulIOp::create(rewriter, loc, launch.op.getBlockIds().x,
                              indexConst(rewriter, loc, mmaBlockColumns(plan)));
    KernelBuilder(rewriter, loc, plan, x, words, scales, zs, bias, out,
                  op.getActivation(), epilogue)
        .emitMma(column0, launch.op.getBlockIds().y, launch.warp, launch.lane,
                 partials, inputPairs, chunkSums);
  }

  QMatmulKernelOptions options;
};

} // namespace

StringRef mlir::tessel::qmatmulKernelRejection(QMatmulOp op) {
  auto input = cast<RankedTensorType>(op.getInput().getType());
  auto weights = cast<RankedTensorType>(op.getWeights().getType());
  if (!input.hasStaticShape() || !weights.hasStaticShape())
    return "dynamic shapes";
  Type element = input.getElementType();
  if (!element.isF16() && !element.isBF16() && !element.isF32())
    return "input is not f16, bf16 or f32";
  if (input.getShape().back() % kChunk != 0 || op.getGroupSize() % kChunk != 0)
    return "K and the group size must be multiples of 32";
  return {};
}

void mlir::tessel::populateQMatmulToGPUPatterns(
    RewritePatternSet &patterns, const QMatmulKernelOptions &options) {
  patterns.add<QMatmulToGPU>(patterns.getContext(), options);
}
