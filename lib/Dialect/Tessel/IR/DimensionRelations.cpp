//===- DimensionRelations.cpp - Size relations of tessel ops --------------===//
//
// Part of the Tessel project.
//
//===----------------------------------------------------------------------===//
//
// Each op's relations restate its verifier for sizes known only at run time:
// every equality the verifier checks becomes a group, every other check
// (broadcasts, divisibility, block counts) a dimension that must be static.
//
//===----------------------------------------------------------------------===//

#include "tessel/Dialect/Tessel/IR/TesselOps.h"

using namespace mlir;
using namespace mlir::tessel;

#include "tessel/Dialect/Tessel/IR/TesselInterfaces.cpp.inc"

void AttentionOp::getDimensionRelations(DimensionRelations &relations) {
  Value q = getQuery(), k = getKey(), v = getValue(), init = getInit();
  Value mask = getMask(), blockMask = getBlockMask();
  relations.addEqual({{q, 0}, {k, 0}, {v, 0}, {init, 0}});
  relations.addEqual({{q, 1}, {init, 1}});
  relations.addEqual({{q, 2}, {init, 2}, {mask, 2}});
  relations.addEqual({{q, 3}, {k, 3}});
  relations.addEqual({{k, 1}, {v, 1}});
  relations.addEqual({{k, 2}, {v, 2}, {mask, 3}});
  relations.addEqual({{v, 3}, {init, 3}});
  // Hq must be a multiple of Hkv.
  relations.addStatic({q, 1});
  relations.addStatic({k, 1});
  // Masks broadcast over the batch and the heads.
  for (Value m : {mask, blockMask}) {
    relations.addStatic({m, 0});
    relations.addStatic({m, 1});
  }
  // The block mask counts blocks of the query and key lengths.
  if (blockMask) {
    for (int64_t d : {2, 3})
      relations.addStatic({blockMask, d});
    relations.addStatic({q, 2});
    relations.addStatic({k, 2});
  }
}

void PagedAttentionOp::getDimensionRelations(DimensionRelations &relations) {
  Value q = getQuery(), k = getKeyPages(), v = getValuePages(),
        init = getInit();
  Value table = getBlockTable(), lens = getSeqLens();
  relations.addEqual({{q, 0}, {table, 0}, {lens, 0}, {init, 0}});
  relations.addEqual({{q, 1}, {init, 1}});
  relations.addEqual({{q, 2}, {init, 2}});
  relations.addEqual({{q, 3}, {k, 3}});
  relations.addEqual({{k, 0}, {v, 0}});
  relations.addEqual({{k, 1}, {v, 1}});
  relations.addEqual({{k, 2}, {v, 2}});
  relations.addEqual({{v, 3}, {init, 3}});
  // Hq must be a multiple of Hkv.
  relations.addStatic({q, 1});
  relations.addStatic({k, 2});
  // Pages hold PS > 0 rows.
  relations.addStatic({k, 1});
}

/// The leading dimensions of packed and unpacked tensors are equal; the
/// last ones are related by the bit widths, no equality.
static void relatePacking(DimensionRelations &relations, Value narrow,
                          Value wide) {
  int64_t rank = cast<RankedTensorType>(narrow.getType()).getRank();
  for (int64_t d = 0; d + 1 < rank; ++d)
    relations.addEqual({{narrow, d}, {wide, d}});
  if (rank > 0) {
    relations.addStatic({narrow, rank - 1});
    relations.addStatic({wide, rank - 1});
  }
}

void PackOp::getDimensionRelations(DimensionRelations &relations) {
  relatePacking(relations, getInput(), getInit());
}

void UnpackOp::getDimensionRelations(DimensionRelations &relations) {
  relatePacking(relations, getInit(), getInput());
}

void SoftmaxOp::getDimensionRelations(DimensionRelations &relations) {
  for (int64_t d = 0, e = getInput().getType().getRank(); d < e; ++d)
    relations.addEqual({{getInput(), d}, {getInit(), d}});
}

void QMatmulOp::getDimensionRelations(DimensionRelations &relations) {
  Value x = getInput(), w = getWeights(), init = getInit();
  int64_t batchDims = getInput().getType().getRank() - 2;
  if (batchDims)
    relations.addEqual({{x, 0}, {init, 0}});
  relations.addEqual({{x, batchDims}, {init, batchDims}});
  relations.addEqual({{x, batchDims + 1}, {w, 1}});
  relations.addEqual({{w, 0},
                      {getScales(), 0},
                      {getZeroPoints(), 0},
                      {getBias(), 0},
                      {init, batchDims + 1}});
  // K is split into groups, whose count sizes the scales and zero points.
  relations.addStatic({w, 1});
  relations.addStatic({getScales(), 1});
  relations.addStatic({getZeroPoints(), 1});
}
