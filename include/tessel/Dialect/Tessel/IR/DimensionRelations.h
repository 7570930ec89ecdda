//===- DimensionRelations.h - Size relations of tessel ops ------*- C++ -*-===//
//
// Part of the Tessel project.
//
//===----------------------------------------------------------------------===//
///
/// \file
/// The sizes an op requires of its operands (DimensionRelationsOpInterface),
/// for functions whose arguments are shaped at run time.
///
//===----------------------------------------------------------------------===//

#ifndef TESSEL_DIALECT_TESSEL_IR_DIMENSIONRELATIONS_H
#define TESSEL_DIALECT_TESSEL_IR_DIMENSIONRELATIONS_H

#include "mlir/IR/OpDefinition.h"
#include "mlir/IR/Value.h"
#include "llvm/ADT/SmallVector.h"

namespace mlir::tessel {

/// Dimension `dim` of the shaped value `value`.
struct ValueDim {
  Value value;
  int64_t dim;
};

/// Groups of dimensions that must be equal, and dimensions that must be
/// static. A null value (an absent optional operand) is skipped.
struct DimensionRelations {
  SmallVector<SmallVector<ValueDim>> equal;
  SmallVector<ValueDim> mustBeStatic;

  void addEqual(ArrayRef<ValueDim> group) {
    SmallVector<ValueDim> present;
    for (ValueDim d : group)
      if (d.value)
        present.push_back(d);
    if (present.size() > 1)
      equal.push_back(std::move(present));
  }
  void addStatic(ValueDim d) {
    if (d.value)
      mustBeStatic.push_back(d);
  }
};

} // namespace mlir::tessel

#include "tessel/Dialect/Tessel/IR/TesselInterfaces.h.inc"

#endif // TESSEL_DIALECT_TESSEL_IR_DIMENSIONRELATIONS_H
