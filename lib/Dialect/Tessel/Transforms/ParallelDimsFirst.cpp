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
#include "tessel/Dialect/Tessel/Transforms/Passes.h"

namespace mlir::tessel {
#define GEN_PASS_DEF_TESSELPARALLELDIMSFIRST
#include "tessel/Dialect/Tessel/Transforms/Passes.h.inc"
} // namespace mlir::tessel

using namespace mlir;

namespace {

struct TesselParallelDimsFirstPass
    : tessel::impl::TesselParallelDimsFirstBase<TesselParallelDimsFirstPass> {
  void runOnOperation() override {
    SmallVector<linalg::GenericOp> generics;
    getOperation()->walk(
        [&](linalg::GenericOp generic) { generics.push_back(generic); });
    IRRewriter rewriter(&getContext());
    for (linalg::GenericOp generic : generics) {
      SmallVector<unsigned> parallel, reduction;
      for (auto [i, kind] : llvm::enumerate(generic.getIteratorTypesArray()))
        (kind == utils::IteratorType::parallel ? parallel : reduction)
            .push_back(i);
      SmallVector<unsigned> order(parallel);
      order.append(reduction);
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
