//===- Configure.cpp - Record the cost model's choice on each op ----------===//

#include "CostModelOptions.h"
#include "tessel/CostModel/ConfigurationSpace.h"
#include "tessel/Dialect/Tessel/IR/TesselOps.h"
#include "tessel/Dialect/Tessel/Transforms/Passes.h"

namespace mlir::tessel {
#define GEN_PASS_DEF_TESSELCONFIGURE
#include "tessel/Dialect/Tessel/Transforms/Passes.h.inc"
} // namespace mlir::tessel

using namespace mlir;
using namespace mlir::tessel;

namespace {

struct TesselConfigurePass
    : tessel::impl::TesselConfigureBase<TesselConfigurePass> {
  using TesselConfigureBase::TesselConfigureBase;

  void runOnOperation() override {
    FailureOr<TargetCostModel> costed =
        lookUpCostModel(getOperation(), "tessel-configure", target, costModel);
    if (failed(costed))
      return signalPassFailure();
    getOperation()->walk([&](Operation *op) {
      if (isa<AttentionOp, QMatmulOp>(op))
        recordConfiguration(op, {}, costed->target, *costed->model);
    });
  }
};

} // namespace
