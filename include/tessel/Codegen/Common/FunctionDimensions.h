//===- FunctionDimensions.h - Symbolic sizes of a function ------*- C++ -*-===//
//
// Part of the Tessel project.
//
//===----------------------------------------------------------------------===//
///
/// \file
/// Which sizes of a function's arguments and results are known only at run
/// time, and which of them must be equal: what tessel-export-entries writes
/// into a signature as symbols (`f(f32[?0x128],f32[?0x?1])->(f32[?0x?1])`) so
/// that the runtime can check the buffers it is given and size the results.
///
//===----------------------------------------------------------------------===//

#ifndef TESSEL_CODEGEN_COMMON_FUNCTIONDIMENSIONS_H
#define TESSEL_CODEGEN_COMMON_FUNCTIONDIMENSIONS_H

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "llvm/ADT/SmallVector.h"

namespace mlir::tessel {

/// Every dimension of every argument and result of a function: a size
/// (>= 0), or a symbol `s` encoded as `-1 - s`. Symbols are numbered from 0
/// in the order of their first argument dimension; every symbol of a result
/// is one of the arguments'.
struct FunctionDimensions {
  SmallVector<SmallVector<int64_t>> arguments;
  SmallVector<SmallVector<int64_t>> results;

  static bool isSymbol(int64_t dim) { return dim < 0; }
  static int64_t symbolOf(int64_t dim) { return -1 - dim; }
};

/// Relates the sizes of `func`'s tensors through its ops (tensor.dim and
/// tensor.empty, destinations and results, linalg indexing maps, tessel ops'
/// DimensionRelationsOpInterface, reshapes by single dimensions, loops).
/// Fails, with a diagnostic at the op, where a dynamic size reaches an op
/// whose size requirements are unknown or no equality, or where a result's
/// dynamic size is not an argument's.
FailureOr<FunctionDimensions> analyzeFunctionDimensions(func::FuncOp func);

} // namespace mlir::tessel

#endif // TESSEL_CODEGEN_COMMON_FUNCTIONDIMENSIONS_H
