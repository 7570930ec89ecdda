//===- ApproximateMath.cpp - Polynomial approximations of math ops --------===//

#include "mlir/Dialect/Math/Transforms/Approximation.h"
#include "mlir/Dialect/Math/Transforms/Passes.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"
#include "tessel/Codegen/Common/Passes.h"

namespace mlir::tessel {
#define GEN_PASS_DEF_TESSELAPPROXIMATEMATH
#include "tessel/Codegen/Common/Passes.h.inc"
} // namespace mlir::tessel

using namespace mlir;

namespace {

struct TesselApproximateMathPass
    : tessel::impl::TesselApproximateMathBase<TesselApproximateMathPass> {
  void runOnOperation() override {
    RewritePatternSet patterns(&getContext());
    populateMathPolynomialApproximationPatterns(
        patterns, MathPolynomialApproximationOptions{});
    if (failed(applyPatternsGreedily(getOperation(), std::move(patterns))))
      signalPassFailure();
  }
};

} // namespace
