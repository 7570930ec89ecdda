//===- PrintCost.cpp - Report the cost model's estimates ------------------===//
//
// tessel-print-cost: the estimate for each op as it stands, then the ranking
// the configuration passes make: every candidate configuration, its
// predicted time and the pick (ConfigurationSpace.h, the same functions
// tessel-cpu-configure and tessel-cuda-configure call).
//
//===----------------------------------------------------------------------===//

#include "tessel/Codegen/Common/CostModelSelection.h"

#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "tessel/Codegen/Common/Passes.h"
#include "tessel/CostModel/ConfigurationSpace.h"
#include "tessel/Dialect/Tessel/IR/ConfigurationAttributes.h"
#include "tessel/Dialect/Tessel/IR/TesselDialect.h"
#include "tessel/Dialect/Tessel/IR/TesselOps.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/Format.h"

namespace mlir::tessel {
#define GEN_PASS_DEF_TESSELPRINTCOST
#include "tessel/Codegen/Common/Passes.h.inc"
} // namespace mlir::tessel

using namespace mlir;
using namespace mlir::tessel;

namespace {

struct TesselPrintCostPass
    : tessel::impl::TesselPrintCostBase<TesselPrintCostPass> {
  using TesselPrintCostBase::TesselPrintCostBase;

  void runOnOperation() override {
    FailureOr<TargetCostModel> costed =
        lookUpCostModel(getOperation(), "tessel-print-cost", target, costModel);
    if (failed(costed))
      return signalPassFailure();
    if (!costed->model) {
      getOperation()->emitError(
          "tessel-print-cost: cost-model=fixed has no estimates");
      return signalPassFailure();
    }
    const TargetDescription &desc = costed->target;
    CostModel &model = *costed->model;
    getOperation()->walk([&](Operation *op) {
      if (!isa<TesselDialect>(op->getDialect()) && !isa<linalg::MatmulOp>(op))
        return;
      OpConfiguration config;
      if (auto sizes = op->getAttrOfType<DenseI64ArrayAttr>(kTileSizesAttrName))
        config.tileSizes.assign(sizes.asArrayRef().begin(),
                                sizes.asArrayRef().end());
      if (auto keyBlock = op->getAttrOfType<IntegerAttr>(kKeyBlockAttrName))
        config.keyBlock = keyBlock.getInt();
      if (auto lanes = op->getAttrOfType<IntegerAttr>(kQMatmulLanesAttrName))
        config.lanes = lanes.getInt();
      config = resolveConfiguration(op, config, desc);
      FailureOr<CostBreakdown> cost = model.estimate(op, config);
      if (failed(cost)) {
        op->emitRemark() << "cost(" << model.getName() << ", " << target
                         << "): not modeled (dynamic shapes or unknown op)";
        return;
      }
      std::string text;
      llvm::raw_string_ostream os(text);
      auto sci = [](double v) { return llvm::format("%.3g", v); };
      os << "cost(" << model.getName() << ", " << target
         << "): " << sci(cost->seconds) << " s = max(compute "
         << sci(cost->computeSeconds) << " s, memory "
         << sci(cost->memorySeconds) << " s) / occupancy "
         << llvm::format("%.2f", cost->occupancy) << "; " << sci(cost->flops)
         << " FLOP, DRAM " << sci(cost->dramBytes) << " B, cache "
         << sci(cost->cacheBytes) << " B, scratchpad " << cost->scratchpadBytes
         << " B (" << (cost->fitsScratchpad ? "fits" : "exceeds") << ")";
      op->emitRemark() << text;
      printCandidates(op, desc, model);
    });
  }

  /// A remark with the candidates the configuration pass of `desc` ranks
  /// for `op` (from its recorded choices, else its default), the predicted
  /// time of each, and the pick; none for ops without choices.
  void printCandidates(Operation *op, const TargetDescription &desc,
                       const CostModel &model) {
    std::optional<OpConfiguration> start = defaultConfiguration(op, desc);
    if (!start || !isa<AttentionOp, QMatmulOp>(op))
      return;
    if (auto sizes = op->getAttrOfType<DenseI64ArrayAttr>(kTileSizesAttrName))
      start->tileSizes.assign(sizes.asArrayRef().begin(),
                              sizes.asArrayRef().end());
    SmallVector<OpConfiguration> candidates =
        candidateConfigurations(op, *start, desc);
    FailureOr<SmallVector<double>> seconds =
        model.estimateSeconds(op, candidates);
    if (failed(seconds))
      return;
    OpConfiguration pick = chooseConfiguration(op, candidates, model);
    std::string text;
    llvm::raw_string_ostream os(text);
    os << "candidates(" << model.getName() << ", " << target
       << "): " << candidates.size() << ";";
    for (auto [config, time] : llvm::zip(candidates, *seconds))
      os << " [" << describeConfiguration(op, config) << "] "
         << llvm::format("%.3g", time) << " s;";
    os << " pick [" << describeConfiguration(op, pick) << "]";
    op->emitRemark() << text;
  }
};

} // namespace
