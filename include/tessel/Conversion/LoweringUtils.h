//===- LoweringUtils.h - Shared helpers of the tessel-to-linalg lowering --===//
//
// Small builders that every op's lowering uses: f32 arithmetic on narrower
// floats and low-bit integers, filled tensors, and iterator lists. The GPU
// kernels (lib/Codegen/CUDA) build with them too.
//
//===----------------------------------------------------------------------===//

#ifndef TESSEL_CONVERSION_LOWERINGUTILS_H
#define TESSEL_CONVERSION_LOWERINGUTILS_H

#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Utils/StructuredOpsUtils.h"
#include "mlir/IR/Builders.h"
#include "tessel/Dialect/Tessel/IR/TesselOps.h"

namespace mlir::tessel::lowering {

/// Converts a float or integer scalar to f32. Integers are read as signed or
/// unsigned `isSigned` values of their width.
Value toF32(OpBuilder &b, Location loc, Value v, bool isSigned = true);

/// Converts an f32 scalar to `type`: a float is truncated or extended, an
/// integer is converted with round-toward-zero (callers round first).
Value fromF32(OpBuilder &b, Location loc, Value v, Type type,
              bool isSigned = true);

Value f32Const(OpBuilder &b, Location loc, double value);
Value indexConst(OpBuilder &b, Location loc, int64_t value);

/// A tensor of `sizes` x `elementType` filled with `value`.
Value filledTensor(OpBuilder &b, Location loc, ArrayRef<OpFoldResult> sizes,
                   Type elementType, Attribute value);

/// `n` parallel iterators, with the positions in `reductions` turned into
/// reductions.
SmallVector<utils::IteratorType> iterators(unsigned n,
                                           ArrayRef<unsigned> reductions = {});

/// The identity map on `n` dims without the dims in `dropped`.
AffineMap dropDims(MLIRContext *ctx, unsigned n, ArrayRef<unsigned> dropped);

/// linalg.index values for all loops of the enclosing generic.
SmallVector<Value> loopIndices(OpBuilder &b, Location loc, unsigned n);

/// Builds a single-result linalg.generic whose body computes the yielded
/// value from the block arguments (inputs, then the output's current value),
/// with relaxed float ordering (relaxFloatOrder).
using ScalarBody = function_ref<Value(OpBuilder &, Location, ValueRange)>;
Value buildGeneric(OpBuilder &b, Location loc, ValueRange inputs, Value init,
                   ArrayRef<AffineMap> maps,
                   ArrayRef<utils::IteratorType> iteratorTypes,
                   ScalarBody body);

/// Lets LLVM reassociate and contract the float arithmetic of a generic
/// that Tessel built (reductions vectorize; results stay within the
/// tolerances of docs/Semantics.md). Never applied to user IR.
void relaxFloatOrder(linalg::GenericOp generic);

/// Splits the last dimension of `value` ([..., K]) into [..., K / g, g].
Value splitLastDim(OpBuilder &b, Location loc, Value value, int64_t g);

/// The inverse of splitLastDim: [..., K / g, g] -> [..., K].
Value mergeLastDims(OpBuilder &b, Location loc, Value value);

/// The fused epilogue activation of qmatmul on an f32 scalar (GELU in its
/// tanh form).
Value applyActivation(OpBuilder &b, Location loc, Value x, Activation act);

} // namespace mlir::tessel::lowering

#endif // TESSEL_CONVERSION_LOWERINGUTILS_H
