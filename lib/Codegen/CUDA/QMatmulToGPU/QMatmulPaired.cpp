//===- QMatmulPaired.cpp - qmatmul on tensor cores, weights in pairs ------===//
//
// The paired form (plan.pairedWeights: no zero points, groups a multiple of
// 128, packed words of at most 7 (bf16) or 10 (f16) bits). Two fields of the
// packed words become the two 16-bit halves of one mma operand as integers
// (PairedWeights.h), in the pairs that layout::pairFields chooses; the input
// values are paired alike, and the group scales multiply the step's f32
// sums. The weights-in-A and lane-contiguous forms build on these pairs.
//
//===----------------------------------------------------------------------===//

#include "KernelUtils.h"
#include "PairedWeights.h"
#include "QMatmulKernelBuilder.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"

using namespace mlir;
using namespace mlir::tessel;
using namespace mlir::tessel::lowering;
using namespace mlir::tessel::gpukernel;
using namespace mlir::tessel::qmatmul;

const std::vector<layout::FieldPair> &KernelBuilder::fieldPairs() {
  if (pairs.empty()) {
    PairedWeights weights{plan.elementType, plan.bits, plan.isSigned};
    pairs = layout::pairFields(plan.bits, kChunk, weights.maxOffset());
  }
  return pairs;
}

Value KernelBuilder::weightPair(ArrayRef<Value> chunkWords,
                                const layout::FieldPair &p, PairScale scale) {
  PairedWeights weights{plan.elementType, plan.bits, plan.isSigned,
                        plan.offsetsInInput};
  return pairOperand(b, loc,
                     dequantizePair(b, loc, weights, chunkWords, p, scale));
}

Value KernelBuilder::inputPair(ArrayRef<Value> values,
                               const layout::FieldPair &p) {
  if (values.empty())
    return mmaOperand(b, loc, plan.elementType, i32(0));
  Value pair = vector::FromElementsOp::create(
      b, loc, VectorType::get({2}, plan.elementType),
      ValueRange{values[p.low], values[p.high]});
  return pairOperand(b, loc, pair);
}

SmallVector<Value> KernelBuilder::emitPairedMmaStep(Value step, Value inQuad,
                                                    Value column, Value rowA,
                                                    Value rowB, bool hasRowsB,
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
        inputPair(valuesA, p0), inputPair(valuesB, p0), inputPair(valuesA, p1),
        inputPair(valuesB, p1)};
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
