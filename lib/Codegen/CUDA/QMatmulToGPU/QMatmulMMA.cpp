//===- QMatmulMMA.cpp - The qmatmul kernel on mma.sync tensor cores -------===//
//
// The tensor-core forms (plan.tensorCores): emitMma is the frame of all of
// them (a block per 8 columns and 16 rows, or 16 columns and 8 rows with the
// weights in A, whose warps split K in steps of 128 values and add up their
// sums in shared memory), and emitMmaStep the plain step, which dequantizes
// each weight to f32, scales it and rounds pairs of them into the B operand
// of mma.sync m16n8k16. The paired, weights-in-A and lane-contiguous steps
// have files of their own.
//
//===----------------------------------------------------------------------===//

#include "KernelUtils.h"
#include "QMatmulKernelBuilder.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Utils/StaticValueUtils.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"

using namespace mlir;
using namespace mlir::tessel;
using namespace mlir::tessel::lowering;
using namespace mlir::tessel::gpukernel;
using namespace mlir::tessel::qmatmul;

void KernelBuilder::emitMma(Value column0, Value rowTile, Value warp,
                            Value lane, Value partials, Value inputPairs,
                            Value chunkSums) {
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
    Value valid = arith::CmpIOp::create(b, loc, arith::CmpIPredicate::ult, row,
                                        index(plan.rows));
    auto ifValid = scf::IfOp::create(b, loc, valid);
    OpBuilder::InsertionGuard inner(b);
    b.setInsertionPointToStart(ifValid.thenBlock());
    storeOutput(sums[i], loadBias(col), row, col);
  }
}

SmallVector<Value> KernelBuilder::emitMmaStep(Value step, Value inQuad,
                                              Value column, Value rowA,
                                              Value rowB, bool hasRowsB,
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
    Value valid = arith::CmpIOp::create(b, loc, arith::CmpIPredicate::ult, row,
                                        index(plan.rows));
    Value clamped = arith::MinUIOp::create(b, loc, row, index(plan.rows - 1));
    SmallVector<Value> result;
    auto type = VectorType::get({kSubChunk}, plan.elementType);
    uint64_t alignment = loadAlignment(2, kSubChunk, plan.depth);
    for (int64_t part = 0; part < kChunk / kSubChunk; ++part) {
      Value offset = arith::AddIOp::create(b, loc, k, index(part * kSubChunk));
      Value v = vector::LoadOp::create(
          b, loc, type, x, ValueRange{clamped, offset},
          /*nontemporal=*/false, llvm::MaybeAlign(alignment));
      v = vector::BitCastOp::create(
          b, loc, VectorType::get({kSubChunk / 2}, b.getI32Type()), v);
      for (int64_t w = 0; w < kSubChunk / 2; ++w) {
        Value word = vector::ExtractOp::create(b, loc, v, w);
        result.push_back(arith::SelectOp::create(b, loc, valid, word, i32(0)));
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
