//===- TesselToLinalg.cpp - The convert-tessel-to-linalg pass -------------===//

#include "tessel/Conversion/TesselToLinalg.h"

#include "mlir/Transforms/DialectConversion.h"
#include "tessel/Conversion/Passes.h"
#include "tessel/Dialect/Tessel/IR/TesselDialect.h"

namespace mlir::tessel {
#define GEN_PASS_DEF_CONVERTTESSELTOLINALG
#include "tessel/Conversion/Passes.h.inc"
} // namespace mlir::tessel

using namespace mlir;
using namespace mlir::tessel;

void mlir::tessel::populateTesselToLinalgPatterns(RewritePatternSet &patterns,
                                                  bool keyBlocks,
                                                  int64_t qmatmulLanes) {
  populateAttentionToLinalgPatterns(patterns, keyBlocks);
  populateSoftmaxToLinalgPatterns(patterns);
  populateQuantizationToLinalgPatterns(patterns, qmatmulLanes);
  populateDataMovementToLinalgPatterns(patterns);
  populateDraftMaskToLinalgPatterns(patterns);
}

namespace {

struct ConvertTesselToLinalgPass
    : tessel::impl::ConvertTesselToLinalgBase<ConvertTesselToLinalgPass> {
  using Base::Base;

  void runOnOperation() override {
    MLIRContext *ctx = &getContext();
    ConversionTarget target(*ctx);
    target.addIllegalDialect<TesselDialect>();
    target.markUnknownOpDynamicallyLegal([](Operation *) { return true; });
    RewritePatternSet patterns(ctx);
    if (qmatmulLanes < 1) {
      getOperation()->emitError("qmatmul-lanes must be at least 1");
      return signalPassFailure();
    }
    populateTesselToLinalgPatterns(patterns, keyBlocks, qmatmulLanes);
    if (failed(applyPartialConversion(getOperation(), target,
                                      std::move(patterns))))
      signalPassFailure();
  }
};

} // namespace
