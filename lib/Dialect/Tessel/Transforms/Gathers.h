//===- Gathers.h - Gathers by constant indices ------------------*- C++ -*-===//
//
// What tessel-reorder and tessel-propagate-layouts both build: a
// tessel.permute by a constant index vector, and the same gather applied to a
// constant at compile time.
//
//===----------------------------------------------------------------------===//

#ifndef TESSEL_LIB_DIALECT_TESSEL_TRANSFORMS_GATHERS_H
#define TESSEL_LIB_DIALECT_TESSEL_TRANSFORMS_GATHERS_H

#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinAttributes.h"

namespace mlir::tessel {

/// An `arith.constant` holding `indices` as a tensor<Nxi64>.
Value createIndexVector(OpBuilder &b, Location loc, ArrayRef<int64_t> indices);

/// `tessel.permute` of `x` along `dim` by the constant `indices` (one per
/// output position; the output has x's type).
Value createGather(OpBuilder &b, Location loc, Value x,
                   ArrayRef<int64_t> indices, int64_t dim);

/// `values` (static shape) gathered along `dim` by `indices` (each in range),
/// as a constant of `values`' type.
DenseElementsAttr gatherElements(DenseElementsAttr values, int64_t dim,
                                 ArrayRef<int64_t> indices);

} // namespace mlir::tessel

#endif // TESSEL_LIB_DIALECT_TESSEL_TRANSFORMS_GATHERS_H
