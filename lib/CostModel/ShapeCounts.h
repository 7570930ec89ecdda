//===- ShapeCounts.h - Element counts that cannot overflow -----*- C++ -*-===//
//
// What the analytical model and the learned model's features both count
// from shapes. Shapes may be of any size that fits int64 (2^40 queries):
// products of extents are formed in double, where they cannot overflow.
//
//===----------------------------------------------------------------------===//

#ifndef TESSEL_LIB_COSTMODEL_SHAPECOUNTS_H
#define TESSEL_LIB_COSTMODEL_SHAPECOUNTS_H

#include "tessel/Dialect/Tessel/IR/TesselOps.h"

#include <algorithm>

namespace mlir::tessel::costmodel {

/// The number of elements of a static shape, as a double.
inline double numElements(ShapedType type) {
  double n = 1;
  for (int64_t size : type.getShape())
    n *= double(size);
  return n;
}

/// The rows M of a qmatmul (its input's elements over K), at most 2^62.
inline int64_t qmatmulRows(QMatmulOp op) {
  int64_t k = op.getWeights().getType().getDimSize(1);
  double rows = numElements(op.getInput().getType()) / std::max<int64_t>(k, 1);
  return rows >= 0x1p62 ? int64_t(1) << 62 : static_cast<int64_t>(rows);
}

} // namespace mlir::tessel::costmodel

#endif // TESSEL_LIB_COSTMODEL_SHAPECOUNTS_H
