//===- Hoisting.h - Loop-carried vector accumulators ------------*- C++ -*-===//

#ifndef TESSEL_LIB_DIALECT_TESSEL_TRANSFORMS_HOISTING_H
#define TESSEL_LIB_DIALECT_TESSEL_TRANSFORMS_HOISTING_H

#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/IR/PatternMatch.h"

namespace mlir::tessel {

/// Keeps the accumulators of `loop` in registers: hoists loop-invariant
/// tensor slices of its iter_args out of it, then turns every vector
/// read/modify/write of an iter_arg at loop-invariant indices into a
/// loop-carried vector (read once before the loop, written once after).
/// Returns the resulting loop.
scf::ForOp hoistVectorAccumulators(RewriterBase &rewriter, scf::ForOp loop);

} // namespace mlir::tessel

#endif // TESSEL_LIB_DIALECT_TESSEL_TRANSFORMS_HOISTING_H
