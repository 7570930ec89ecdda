//===- Raise.cpp - The tessel-raise pass ----------------------------------===//
//
// Part of the Tessel project.
//
//===----------------------------------------------------------------------===//

#include "RaiseMatchers.h"
#include "tessel/Dialect/Tessel/IR/TesselOps.h"
#include "tessel/Dialect/Tessel/Transforms/Passes.h"

#include "mlir/Transforms/GreedyPatternRewriteDriver.h"

namespace mlir::tessel {
#define GEN_PASS_DEF_TESSELRAISE
#include "tessel/Dialect/Tessel/Transforms/Passes.h.inc"
} // namespace mlir::tessel

using namespace mlir;
using namespace mlir::tessel;

namespace {

struct TesselRaisePass : tessel::impl::TesselRaiseBase<TesselRaisePass> {
  using TesselRaiseBase::TesselRaiseBase;

  void runOnOperation() override {
    RewritePatternSet patterns(&getContext());
    if (attention)
      populateRaiseAttentionPatterns(patterns);
    if (quantizedMatmul)
      populateRaiseQuantizedMatmulPatterns(patterns);
    // The replaced linalg ops are left dead; the driver erases them.
    if (failed(applyPatternsGreedily(getOperation(), std::move(patterns)))) {
      getOperation()->emitError("tessel-raise did not converge");
      signalPassFailure();
    }
  }
};

} // namespace
