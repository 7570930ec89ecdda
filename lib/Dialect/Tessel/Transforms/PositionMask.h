//===- PositionMask.h - Masks computed from a run-time position -*- C++ -*-===//
//
// Part of the Tessel project.
//
//===----------------------------------------------------------------------===//
//
// A decode step's attention mask is not a constant: Hugging Face builds it
// from the step's cache position, a run-time input (`j <= cache_position`,
// and `j > cache_position - window` for a sliding window). This analysis
// proves, for every value of that position at once, that such a mask is a
// causal (band) mask whose offset is the position plus a constant, so that
// tessel-raise can write `tessel.attention causal offset(%p + c)` rather
// than an additive mask over the whole static cache.
//
// It evaluates the mask element by element with the position kept symbolic:
// an integer that depends on it is `a * p + b`; a comparison of two such
// integers holds on an interval of p; and every other value takes one value
// inside an interval of p and another outside it. Elements of tensors that
// do not depend on the position come from evaluateConstant.
//
//===----------------------------------------------------------------------===//

#ifndef TESSEL_LIB_DIALECT_TESSEL_TRANSFORMS_POSITIONMASK_H
#define TESSEL_LIB_DIALECT_TESSEL_TRANSFORMS_POSITIONMASK_H

#include "mlir/IR/Value.h"
#include "llvm/ADT/STLFunctionalExtras.h"

#include <optional>

namespace mlir::tessel {

/// A mask that keeps, in every matrix of the mask, key j for query row i
/// exactly when
///     i + p + shift - window < j <= i + p + shift
/// (no lower bound without a window), where p is the run-time integer held
/// by `position`: a function argument that is an integer scalar or a tensor
/// of one integer element.
struct PositionMask {
  Value position;
  int64_t shift = 0;
  std::optional<int64_t> window;
};

/// What `mask` is, viewed as matrices of `rows` x `cols` (its elements in
/// order), when it is computed from constants and one run-time position and
/// has the form of PositionMask for every value of the position at which
/// its integer arithmetic does not overflow. An i1 mask keeps where true; a
/// float mask is additive, 0 where it keeps and a value for which
/// `masksOut` holds elsewhere. nullopt for anything else, for a mask that
/// does not depend on a run-time value, and for more than `maxElements`
/// elements.
std::optional<PositionMask>
analyzePositionMask(Value mask, int64_t rows, int64_t cols,
                    llvm::function_ref<bool(double)> masksOut,
                    int64_t maxElements);

} // namespace mlir::tessel

#endif // TESSEL_LIB_DIALECT_TESSEL_TRANSFORMS_POSITIONMASK_H
