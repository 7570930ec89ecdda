//===- Epilogue.h - Elementwise consumers fused into a kernel's stores ----===//
//
// Consumer fusion on the GPU path: a chain of elementwise linalg ops, each
// the only user of the one before, starting at a kernel's result (a
// residual add, then a scaling by another tensor, a cast) is computed by
// the kernel as it stores each element, instead of by more kernels that
// read the result back. The kernel's value is first rounded to the result's
// element type, as the unfused program would store it, and each op's body
// runs as it is, so fusion does not change a bit of the output.
//
//===----------------------------------------------------------------------===//

#ifndef TESSEL_LIB_CONVERSION_TESSELTOGPU_EPILOGUE_H
#define TESSEL_LIB_CONVERSION_TESSELTOGPU_EPILOGUE_H

#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/PatternMatch.h"

#include <optional>

namespace mlir::tessel::gpukernel {

class ElementwiseEpilogue {
public:
  /// The longest chain of consumers from `result` that a kernel can compute
  /// in its stores, if any. Each is the only user of the value before it,
  /// a linalg op with parallel iterators and one result of `result`'s shape,
  /// reading that value and its output at identity maps (the output's value
  /// unused), its other inputs ranked tensors at projected permutations, its
  /// body ops without regions or memory effects.
  static std::optional<ElementwiseEpilogue> match(Value result);

  /// The last op of the chain, whose result the kernel now produces.
  linalg::LinalgOp getLastOp() const { return stages.back().op; }
  /// The element type of what the kernel stores now.
  Type getElementType() const;

  /// Read-only buffers of the ops' other inputs, built before the kernel's
  /// launch (they must dominate it: callers insert at the last op).
  void createBuffers(OpBuilder &b, Location loc);

  /// The chain's value at the iteration point `indices`, where the kernel's
  /// result is `value` (of the result's element type).
  Value emit(OpBuilder &b, Location loc, Value value, ValueRange indices) const;

  /// The chain's values at `values.size()` consecutive points along
  /// dimension `dim` from `indices` (the kernel's results there). Operands
  /// of whole-byte elements whose innermost dimension is `dim` are read
  /// with one vector load (aligned to its size: `indices[dim]` must be a
  /// multiple of it).
  SmallVector<Value> emit(OpBuilder &b, Location loc, ArrayRef<Value> values,
                          ValueRange indices, unsigned dim) const;

  /// Asks for the cache line of every other operand at iteration point
  /// `indices` to be brought into L2 (nvvm.prefetch), so that the loads of
  /// emit() find it there. For statically shaped operands of whole-byte
  /// elements; `indices` must lie in the iteration space.
  void prefetchToL2(OpBuilder &b, Location loc, ValueRange indices) const;

private:
  friend void
  replaceWithKernelResult(RewriterBase &rewriter, Operation *op,
                          const std::optional<ElementwiseEpilogue> &epilogue,
                          Value result);

  struct Stage {
    linalg::LinalgOp op;
    /// The input of `op` that is the previous value of the chain.
    unsigned chainInput;
    /// Per input: its buffer (null for the chain's value).
    SmallVector<Value> buffers;
  };
  SmallVector<Stage> stages;
};

/// Replaces the kernel's op `op` by `result`: the whole chain of `epilogue`
/// when it is fused (its last op replaced, the others and `op` erased), or
/// `op` alone.
void replaceWithKernelResult(RewriterBase &rewriter, Operation *op,
                             const std::optional<ElementwiseEpilogue> &epilogue,
                             Value result);

} // namespace mlir::tessel::gpukernel

#endif // TESSEL_LIB_CONVERSION_TESSELTOGPU_EPILOGUE_H
