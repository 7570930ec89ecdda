//===- TesselToGPU.cpp - The convert-tessel-to-gpu pass -------------------===//

#include "tessel/Conversion/TesselToGPU.h"

#include "mlir/Transforms/GreedyPatternRewriteDriver.h"
#include "tessel/Conversion/Passes.h"

namespace mlir::tessel {
#define GEN_PASS_DEF_CONVERTTESSELTOGPU
#include "tessel/Conversion/Passes.h.inc"
} // namespace mlir::tessel

using namespace mlir;
using namespace mlir::tessel;

namespace {

struct ConvertTesselToGPUPass
    : tessel::impl::ConvertTesselToGPUBase<ConvertTesselToGPUPass> {
  using Base::Base;

  void runOnOperation() override {
    if (columnsPerWarp < 0 || warpsPerBlock < 1 || warpsPerBlock > 32) {
      getOperation()->emitError("convert-tessel-to-gpu: columns-per-warp "
                                "must be at least 0 and warps-per-block "
                                "between 1 and 32");
      return signalPassFailure();
    }
    RewritePatternSet patterns(&getContext());
    populateQMatmulToGPUPatterns(patterns, {columnsPerWarp, warpsPerBlock});
    // Each op is rewritten once, into ops the patterns do not match.
    if (failed(applyPatternsGreedily(
            getOperation(), std::move(patterns),
            GreedyRewriteConfig().setRegionSimplificationLevel(
                GreedySimplifyRegionLevel::Disabled))))
      signalPassFailure();
  }
};

} // namespace
