//===- ConstantEvaluation.h - IR values from constants ----------*- C++ -*-===//
//
// Part of the Tessel project.
//
//===----------------------------------------------------------------------===//
//
// Evaluates, at compile time, tensors that model IR computes from constants
// only (masks built from iotas and comparisons, scales, quantized weights), so
// that tessel-raise can recognise what they are (a causal mask, 4-bit
// weights) rather than how a frontend spelled them.
//
//===----------------------------------------------------------------------===//

#ifndef TESSEL_LIB_DIALECT_TESSEL_TRANSFORMS_CONSTANTEVALUATION_H
#define TESSEL_LIB_DIALECT_TESSEL_TRANSFORMS_CONSTANTEVALUATION_H

#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/IR/Value.h"
#include "llvm/ADT/SmallVector.h"

#include <optional>
#include <vector>

namespace mlir::tessel {

/// A statically shaped tensor's elements in row-major order, as doubles:
/// floats exactly, integers as signed values (i1 as 0/1).
struct ConstantTensor {
  SmallVector<int64_t> shape;
  std::vector<double> values;
};

/// The elements of an `arith.constant` of tensor type (dense or
/// dense_resource); integers are read as unsigned when `unsignedInts`.
std::optional<ConstantTensor> readConstant(Value value, bool unsignedInts);

/// The value of `value` when it is computed from constants only through
/// reshapes, transposes, slices, fills, all-parallel linalg.generic ops with
/// arith/math bodies (which may also extract elements of such tensors) and
/// torch-mlir's tm_tensor.scan; nullopt for anything else or when it has
/// more than `maxElements` elements.
std::optional<ConstantTensor> evaluateConstant(Value value,
                                               int64_t maxElements);

/// The values that `bodyValue`, a value computed in `generic`'s body (or one
/// of its block arguments), takes at each point of the iteration space of
/// the generic's first result (whose map must be the identity), with the
/// generic's operands evaluated as evaluateConstant does: how tessel-raise
/// reads the parts of an elementwise expression (the scales and the integer
/// weights of a dequantization) rather than only its result.
std::optional<ConstantTensor> evaluateBodyValue(linalg::GenericOp generic,
                                                Value bodyValue,
                                                int64_t maxElements);

/// The value that the body of a one-result linalg.generic computes from
/// `arguments` (one per block argument, outputs included), evaluated in
/// double precision; nullopt for ops the evaluator does not know.
std::optional<double> evaluateBody(linalg::GenericOp generic,
                                   ArrayRef<double> arguments);

/// The value that a block of scalar arith/math ops yields (its terminator's
/// one operand) from `arguments`, one per block argument; nullopt for ops
/// the evaluator does not know.
std::optional<double> evaluateBlock(Block &body, ArrayRef<double> arguments);

/// The value that one scalar arith/math op computes from `operands`, an
/// integer result wrapped to its width; nullopt for ops the evaluator does
/// not know.
std::optional<double> evaluateScalarOp(Operation *op,
                                       ArrayRef<double> operands);

/// The scalar value of an arith.constant, through float casts.
std::optional<double> scalarConstant(Value value);

} // namespace mlir::tessel

#endif // TESSEL_LIB_DIALECT_TESSEL_TRANSFORMS_CONSTANTEVALUATION_H
