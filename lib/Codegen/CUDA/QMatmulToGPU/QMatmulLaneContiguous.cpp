//===- QMatmulLaneContiguous.cpp - qmatmul with lane-contiguous weights ---===//
//
// Odd widths (3, 5, 7 bits) with the weights in A and bf16 shared input
// pairs (plan.laneContiguous): a lane's step is 128 consecutive weights of
// one group, read with 16-byte loads (a chunk of 32 is only 4-byte aligned),
// and scaled before the mma. Signed weights stay in offset binary; with
// chunk sums (plan.chunkSums) the offset's share of the sums is taken off at
// the end.
//
//===----------------------------------------------------------------------===//

#include "KernelUtils.h"
#include "PairedWeights.h"
#include "QMatmulKernelBuilder.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"

using namespace mlir;
using namespace mlir::tessel;
using namespace mlir::tessel::lowering;
using namespace mlir::tessel::gpukernel;
using namespace mlir::tessel::qmatmul;

SmallVector<Value> KernelBuilder::laneContiguousWords(Value column,
                                                      Value laneBlock) {
  Value first = arith::MulIOp::create(b, loc, laneBlock, index(4 * plan.bits));
  SmallVector<Value> result;
  for (int64_t l = 0; l < plan.bits; ++l) {
    Value vector = vector::LoadOp::create(
        b, loc, VectorType::get({4}, b.getI32Type()), words,
        ValueRange{column, arith::AddIOp::create(b, loc, first, index(4 * l))},
        /*nontemporal=*/false, llvm::MaybeAlign(16));
    for (int64_t w = 0; w < 4; ++w)
      result.push_back(vector::ExtractOp::create(b, loc, vector, w));
  }
  return result;
}

Value KernelBuilder::laneBlockOf(Value step, Value inQuad) {
  return arith::AddIOp::create(
      b, loc, arith::MulIOp::create(b, loc, step, index(4)), inQuad);
}

SmallVector<Value>
KernelBuilder::emitLaneContiguousStep(Value step, Value inQuad, Value column,
                                      Value row, const StepWeights &weights,
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
    pairScales[c] = {scale, arith::MulFOp::create(b, loc, scale, negatedBase)};
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
      sums[share] = math::FmaOp::create(b, loc, toF32(b, loc, columnScales[c]),
                                        blockSum, acc[share]);
    }
  }
  return sums;
}

SmallVector<Value> KernelBuilder::undoOffsetBinary(ArrayRef<Value> sums,
                                                   Value inQuad) {
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
    result[i] = math::FmaOp::create(b, loc, f32Const(b, loc, -bias), correction,
                                    result[i]);
  }
  return result;
}
