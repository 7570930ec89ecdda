//===- QMatmulCUDACores.cpp - The qmatmul kernel on CUDA cores ------------===//
//
// The CUDA-core form (without plan.tensorCores: f32 inputs, shapes that
// mma.sync does not take, or few rows outside the paired form). A warp owns
// C output columns and a tile of R rows; lane l takes the chunks l, l + 32,
// ... of 32 weights, dequantizes them 8 at a time into f32 and accumulates
// R x C sums, which meet through xor shuffles before lane 0 stores them.
//
//===----------------------------------------------------------------------===//

#include "KernelUtils.h"
#include "QMatmulKernelBuilder.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"

using namespace mlir;
using namespace mlir::tessel;
using namespace mlir::tessel::lowering;
using namespace mlir::tessel::gpukernel;
using namespace mlir::tessel::qmatmul;

void KernelBuilder::emit(Value column0, Value row0, Value lane) {
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

SmallVector<Value> KernelBuilder::emitStep(Value step, ValueRange sums) {
  int64_t chunks = plan.depth / kChunk;
  Value chunk = arith::AddIOp::create(
      b, loc, arith::MulIOp::create(b, loc, step, index(kWarp)), lane_);
  // Unless the lanes divide the chunks, the last step has lanes past the
  // end of K.
  return ifBelow(chunk, chunks, chunks % kWarp == 0, sums,
                 [&](ValueRange acc) { return emitChunk(chunk, acc); });
}

SmallVector<Value> KernelBuilder::emitChunk(Value chunk, ValueRange sums) {
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
        next[r * C + c] = math::FmaOp::create(b, loc, next[r * C + c], scale[c],
                                              sums[r * C + c]);
  return next;
}

Value KernelBuilder::warpSum(Value value) {
  return reduceAcrossLanes(
      b, loc, value, {16, 8, 4, 2, 1},
      [&](Value x, Value y) { return arith::AddFOp::create(b, loc, x, y); });
}

void KernelBuilder::emitStores(ArrayRef<Value> sums) {
  Value first =
      arith::CmpIOp::create(b, loc, arith::CmpIPredicate::eq, lane_, index(0));
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
