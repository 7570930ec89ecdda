//===- QMatmulCommon.cpp - What the qmatmul kernel variants share ---------===//
//
// The parts of KernelBuilder that more than one variant uses: the steps
// (straight-line code or a loop, guarded past the end), the weights' words
// and fields with their groups and scales, the quantized values one at a
// time, the chunks of the input rows, and the stores (bias, activation and a
// fused consumer).
//
//===----------------------------------------------------------------------===//

#include "Epilogue.h"
#include "KernelUtils.h"
#include "QMatmulKernelBuilder.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"

using namespace mlir;
using namespace mlir::tessel;
using namespace mlir::tessel::lowering;
using namespace mlir::tessel::gpukernel;
using namespace mlir::tessel::qmatmul;

SmallVector<Value> KernelBuilder::emitSteps(int64_t count, bool unrolled,
                                            SmallVector<Value> init,
                                            StepBody step) {
  if (unrolled) {
    for (int64_t i = 0; i < count; ++i)
      init = step(index(i), init);
    return init;
  }
  auto loop =
      scf::ForOp::create(b, loc, index(0), index(count), index(1), init);
  OpBuilder::InsertionGuard guard(b);
  b.setInsertionPointToStart(loop.getBody());
  scf::YieldOp::create(b, loc,
                       step(loop.getInductionVar(), loop.getRegionIterArgs()));
  return loop.getResults();
}

SmallVector<Value>
KernelBuilder::ifBelow(Value i, int64_t bound, bool alwaysBelow,
                       ValueRange values,
                       function_ref<SmallVector<Value>(ValueRange)> body) {
  if (alwaysBelow)
    return body(values);
  Value inRange =
      arith::CmpIOp::create(b, loc, arith::CmpIPredicate::ult, i, index(bound));
  auto guarded = scf::IfOp::create(b, loc, TypeRange(values), inRange,
                                   /*withElseRegion=*/true);
  OpBuilder::InsertionGuard guard(b);
  b.setInsertionPointToStart(guarded.thenBlock());
  scf::YieldOp::create(b, loc, body(values));
  b.setInsertionPointToStart(guarded.elseBlock());
  scf::YieldOp::create(b, loc, values);
  return guarded.getResults();
}

Value KernelBuilder::laneChunk(Value step, Value inQuad) {
  return arith::AddIOp::create(
      b, loc, arith::MulIOp::create(b, loc, step, index(kMmaChunk / kChunk)),
      inQuad);
}

Value KernelBuilder::groupOf(Value chunk) {
  return arith::DivUIOp::create(
      b, loc, arith::MulIOp::create(b, loc, chunk, index(kChunk)),
      index(plan.groupSize));
}

Value KernelBuilder::groupOfBlock(Value block) {
  return arith::DivUIOp::create(
      b, loc, arith::MulIOp::create(b, loc, block, index(kMmaChunk)),
      index(plan.groupSize));
}

std::pair<Value, Value> KernelBuilder::groupScales(Value column, Value group) {
  Value scale =
      toF32(b, loc,
            memref::LoadOp::create(b, loc, scales, ValueRange{column, group}));
  Value negZeroScale;
  if (zeroScales)
    negZeroScale = arith::NegFOp::create(
        b, loc,
        memref::LoadOp::create(b, loc, zeroScales, ValueRange{column, group}));
  return {scale, negZeroScale};
}

SmallVector<Value> KernelBuilder::loadOddWords(Value column, Value offset,
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

SmallVector<Value> KernelBuilder::loadWords(Value column, Value chunk) {
  SmallVector<Value> result;
  Value vector;
  if (plan.weightsForm == QMatmulWeightsForm::Bytes) {
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

Value KernelBuilder::field(ArrayRef<Value> chunkWords, int64_t k) {
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

Value KernelBuilder::quantized(ArrayRef<Value> chunkWords, int64_t k) {
  int64_t bits = plan.bits;
  Value v = field(chunkWords, k);
  int64_t signBit = plan.isSigned ? int64_t{1} << (bits - 1) : 0;
  constexpr int64_t kTwoTo23 = 0x4B000000; // the bits of 2^23 as f32
  v = arith::XOrIOp::create(b, loc, v, i32(kTwoTo23 | signBit));
  Value f = arith::BitcastOp::create(b, loc, b.getF32Type(), v);
  return arith::SubFOp::create(b, loc, f,
                               f32Const(b, loc, 8388608.0 + signBit));
}

SmallVector<Value> KernelBuilder::loadInputChunk(Value row, Value k) {
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

SmallVector<Value>
KernelBuilder::ifRowExists(Value row, VectorType type, int64_t count,
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

SmallVector<Value> KernelBuilder::elementsOf(ArrayRef<Value> vectors) {
  SmallVector<Value> values;
  for (Value v : vectors)
    for (int64_t e = 0, n = cast<VectorType>(v.getType()).getNumElements();
         e < n; ++e)
      values.push_back(vector::ExtractOp::create(b, loc, v, e));
  return values;
}

SmallVector<Value> KernelBuilder::inputValues(Value row, Value k) {
  auto type = VectorType::get({kSubChunk}, plan.elementType);
  return elementsOf(ifRowExists(row, type, kChunk / kSubChunk,
                                [&] { return loadInputChunk(row, k); }));
}

SmallVector<Value>
KernelBuilder::addScaled(ArrayRef<Value> sums, ValueRange acc,
                         function_ref<Value(int64_t)> scaleOf) {
  SmallVector<Value> result(acc.begin(), acc.end());
  for (int64_t i = 0; i < 4; ++i)
    result[i] = math::FmaOp::create(b, loc, sums[i], scaleOf(i), acc[i]);
  return result;
}

Value KernelBuilder::loadBias(Value column) {
  if (!bias)
    return {};
  return toF32(b, loc, memref::LoadOp::create(b, loc, bias, column));
}

void KernelBuilder::storeOutput(Value sum, Value biasValue, Value row,
                                Value column) {
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
