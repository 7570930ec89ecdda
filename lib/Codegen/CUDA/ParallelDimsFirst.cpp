//===- ParallelDimsFirst.cpp - Parallel loops outside reductions ----------===//
//
// Loops come out of linalg in the order of a generic's dimensions. The CPU
// lowerings put some parallel dimensions inside reductions on purpose (the
// lanes of a partial sum, which vectorize into registers). On the GPU every
// parallel dimension should be a thread instead: this pass permutes each
// generic so that its parallel dimensions come first, in their order, and
// its reductions last, so that convert-linalg-to-parallel-loops makes one
// scf.parallel of all of them.
//
//===----------------------------------------------------------------------===//

#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Linalg/Transforms/Transforms.h"
#include "mlir/IR/PatternMatch.h"
#include "tessel/Codegen/CUDA/Passes.h"

namespace mlir::tessel {
#define GEN_PASS_DEF_TESSELPARALLELDIMSFIRST
#include "tessel/Codegen/CUDA/Passes.h.inc"
} // namespace mlir::tessel

using namespace mlir;

namespace {

/// The indexing map of the generic's largest input (by static element
/// count); null when no input has a static shape.
AffineMap largestInputMap(linalg::GenericOp generic) {
  AffineMap best;
  int64_t most = 0;
  for (OpOperand *input : generic.getDpsInputOperands()) {
    auto type = dyn_cast<ShapedType>(input->get().getType());
    if (!type || !type.hasStaticShape() || type.getNumElements() <= most)
      continue;
    most = type.getNumElements();
    best = generic.getMatchingIndexingMap(input);
  }
  return best;
}

struct TesselParallelDimsFirstPass
    : tessel::impl::TesselParallelDimsFirstBase<TesselParallelDimsFirstPass> {
  using Base::Base;

  void runOnOperation() override {
    SmallVector<linalg::GenericOp> generics;
    getOperation()->walk(
        [&](linalg::GenericOp generic) { generics.push_back(generic); });
    IRRewriter rewriter(&getContext());
    for (linalg::GenericOp generic : generics) {
      SmallVector<unsigned> parallel, reduction, blocked;
      SmallVector<int64_t> ranges = generic.getStaticLoopRanges();
      AffineMap largest = largestInputMap(generic);
      for (auto [i, kind] : llvm::enumerate(generic.getIteratorTypesArray())) {
        if (kind != utils::IteratorType::parallel) {
          reduction.push_back(i);
          continue;
        }
        // A short parallel dimension that the largest input does not
        // depend on: each thread runs it innermost, so that the element
        // of that input it loaded serves every iteration (a register block).
        bool block = registerBlock > 1 && largest &&
                     !ShapedType::isDynamic(ranges[i]) && ranges[i] > 1 &&
                     ranges[i] <= registerBlock && !largest.isFunctionOfDim(i);
        (block ? blocked : parallel).push_back(i);
      }
      if (reduction.empty()) {
        parallel.append(blocked);
        blocked.clear();
      }
      SmallVector<unsigned> order(parallel);
      order.append(reduction);
      order.append(blocked);
      if (llvm::is_sorted(order))
        continue;
      rewriter.setInsertionPoint(generic);
      if (failed(linalg::interchangeGenericOp(rewriter, generic, order))) {
        generic.emitOpError("cannot move its parallel dimensions first");
        return signalPassFailure();
      }
    }
  }
};

} // namespace
