//===- RaiseMatchers.h - Frontend spellings in linalg -----------*- C++ -*-===//
//
// Part of the Tessel project.
//
//===----------------------------------------------------------------------===//
//
// The small structural matchers that tessel-raise's patterns are built from.
// Each looks at one op as frontends emit it (torch-mlir's linalg-on-tensors,
// tosa-to-linalg) and answers what it computes, or fails.
//
//===----------------------------------------------------------------------===//

#ifndef TESSEL_LIB_DIALECT_TESSEL_TRANSFORMS_RAISEMATCHERS_H
#define TESSEL_LIB_DIALECT_TESSEL_TRANSFORMS_RAISEMATCHERS_H

#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/PatternMatch.h"

#include <optional>

namespace mlir::tessel::raise {

/// A linalg.generic with only parallel loops whose body computes one op of
/// its block arguments (and scalars defined outside): that op, or null.
/// With `extensions`, the op may also read `arith.extf` of block arguments
/// (a bf16 mask added to f32 scores).
Operation *elementwiseOp(linalg::GenericOp generic, bool extensions = false);

/// The input of `generic` whose block argument is operand `index` of the
/// body's op; null when it is not a block argument. With `extended`, the
/// operand may also be `arith.extf` of the block argument, and `*extended`
/// says whether it is.
OpOperand *bodyOperandInput(linalg::GenericOp generic, Operation *bodyOp,
                            unsigned index, bool *extended = nullptr);

/// X when `value` is X with every element extended (`arith.extf`) to a
/// wider float type by an identity-mapped generic; null otherwise.
Value matchExtension(Value value);

/// X when `value` is X with every element truncated (`arith.truncf`) to a
/// narrower float type by an identity-mapped generic; null otherwise.
Value matchTruncation(Value value);

/// `x * c` (either order) for a scalar constant c: x and c.
struct ScaledValue {
  Value input;
  double factor;
};
std::optional<ScaledValue> matchScale(Value value);

/// `source` when `value` is tensor.collapse_shape(source) merging its first
/// two dimensions only ([[0, 1], [2], ...]); null otherwise.
Value mergedLeadingDims(Value value);

/// True for a map that reads every loop dimension but the last, in order,
/// as (d0, .., dn-2) or (d0, .., dn-2, 0): a row value broadcast along rows.
bool isRowBroadcast(AffineMap map);

/// `value` without the tensor.expand_shape that produced it, if one did.
Value stripExpand(Value value);

/// An elementwise `OpTy(x, r)` generic with x identity-mapped and r a row
/// value broadcast along rows (isRowBroadcast): x and r (without its
/// expand). With `commutes`, r may also be the first operand.
template <typename OpTy>
std::optional<std::pair<Value, Value>>
matchRowBroadcast(Value value, bool commutes = false) {
  auto generic = value.getDefiningOp<linalg::GenericOp>();
  Operation *op = elementwiseOp(generic);
  if (!isa_and_nonnull<OpTy>(op))
    return std::nullopt;
  for (unsigned i = 0; i < (commutes ? 2u : 1u); ++i) {
    OpOperand *x = bodyOperandInput(generic, op, i);
    OpOperand *r = bodyOperandInput(generic, op, 1 - i);
    if (x && r && generic.getMatchingIndexingMap(x).isIdentity() &&
        isRowBroadcast(generic.getMatchingIndexingMap(r)))
      return std::make_pair(x->get(), stripExpand(r->get()));
  }
  return std::nullopt;
}

/// True for linalg.fill of a zero scalar (the init of a fresh matmul).
bool isZeroFill(Value value);

/// True for an indexing map that is the identity.
inline bool isIdentity(AffineMap map) { return map.isIdentity(); }

} // namespace mlir::tessel::raise

namespace mlir::tessel {
/// tessel-raise's pattern sets.
void populateRaiseAttentionPatterns(RewritePatternSet &patterns);
void populateRaiseQuantizedMatmulPatterns(RewritePatternSet &patterns);
} // namespace mlir::tessel

#endif // TESSEL_LIB_DIALECT_TESSEL_TRANSFORMS_RAISEMATCHERS_H
