//===- CostModel.cpp - What every cost model shares -----------------------===//

#include "tessel/CostModel/CostModel.h"

using namespace mlir;
using namespace mlir::tessel;

FailureOr<SmallVector<double>>
CostModel::estimateSeconds(Operation *op,
                           ArrayRef<OpConfiguration> configs) const {
  SmallVector<double> seconds;
  for (const OpConfiguration &config : configs) {
    FailureOr<CostBreakdown> cost = estimate(op, config);
    if (failed(cost))
      return failure();
    seconds.push_back(cost->seconds);
  }
  return seconds;
}

std::unique_ptr<CostModel>
mlir::tessel::createCostModel(StringRef spec, const TargetDescription &target,
                              std::string &error) {
  if (spec == "analytical")
    return createAnalyticalCostModel(target);
  if (spec == "learned") {
    if (!hasShippedLearnedModel(target.name))
      return createAnalyticalCostModel(target);
    return createLearnedCostModel(target, "", error);
  }
  if (!spec.ends_with(".json")) {
    error = "unknown cost model '" + spec.str() +
            "' (expected analytical, learned or a .json model file)";
    return nullptr;
  }
  return createLearnedCostModel(target, spec, error);
}
