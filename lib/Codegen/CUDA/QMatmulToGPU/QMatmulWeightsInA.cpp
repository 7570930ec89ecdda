//===- QMatmulWeightsInA.cpp - qmatmul decoding with the weights in A -----===//
//
// The paired form for decoding (plan.weightsInA: M <= 8, N a multiple of
// 16): the weights are the A operand of mma.sync, 16 columns per mma, and
// the input rows B. Where they fit, the block first writes the input rows to
// shared memory already paired (plan.inputPairsShared), and with
// straight-line steps a step's weights are loaded steps ahead of its math
// (plan.prefetchSteps).
//
//===----------------------------------------------------------------------===//

#include "KernelUtils.h"
#include "PairedWeights.h"
#include "QMatmulKernelBuilder.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"

#include <cmath>

using namespace mlir;
using namespace mlir::tessel;
using namespace mlir::tessel::lowering;
using namespace mlir::tessel::gpukernel;
using namespace mlir::tessel::qmatmul;

StepWeights KernelBuilder::loadStepWeights(Value step, Value inQuad,
                                           Value column) {
  StepWeights weights;
  Value columns[2] = {column, arith::AddIOp::create(b, loc, column, index(8))};
  if (plan.laneContiguous) {
    Value laneBlock = laneBlockOf(step, inQuad);
    Value group = groupOfBlock(laneBlock);
    for (int64_t c = 0; c < 2; ++c) {
      weights.words[c] = laneContiguousWords(columns[c], laneBlock);
      weights.scales[c] =
          memref::LoadOp::create(b, loc, scales, ValueRange{columns[c], group});
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

SmallVector<Value> KernelBuilder::emitWeightsInAStep(Value step, Value inQuad,
                                                     Value column, Value row,
                                                     const StepWeights &weights,
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
    sums = llvm::to_vector(
        mma16x8x16(b, loc, plan.elementType, aFragment,
                   ValueRange{inputWords[2 * j], inputWords[2 * j + 1]}, sums));
  }
  // Accumulators c0, c1 are column g, c2, c3 column g + 8.
  return addScaled(sums, acc, [&](int64_t i) { return weights.scales[i / 2]; });
}

void KernelBuilder::writeInputPairs(Value warp, Value lane) {
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
          next.push_back(arith::AddFOp::create(b, loc, level[i], level[i + 1]));
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

SmallVector<Value> KernelBuilder::sharedInputPairs(Value row, Value chunk) {
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
