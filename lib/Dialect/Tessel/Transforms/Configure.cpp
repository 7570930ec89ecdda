//===- Configure.cpp - Record the cost model's choice on each op ----------===//

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
    std::optional<TargetDescription> description =
        TargetDescription::get(target);
    if (!description) {
      getOperation()->emitError()
          << "tessel-configure: unknown target '" << target
          << "' (expected cpu, sm_80 or sm_90)";
      return signalPassFailure();
    }
    std::string error;
    std::unique_ptr<CostModel> model =
        createCostModel(costModel, *description, error);
    if (!model) {
      getOperation()->emitError() << "tessel-configure: " << error;
      return signalPassFailure();
    }
    getOperation()->walk([&](Operation *op) {
      if (isa<AttentionOp, QMatmulOp>(op))
        recordConfiguration(op, {}, *description, *model);
    });
  }
};

} // namespace
