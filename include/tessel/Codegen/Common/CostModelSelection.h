//===- CostModelSelection.h - The model a pass's options name ---*- C++ -*-===//
//
// "target and cost-model options -> a cost model" spelled once, for the
// passes that take TesselTargetOption and TesselCostModelOption
// (CostModelOptions.td).
//
//===----------------------------------------------------------------------===//

#ifndef TESSEL_CODEGEN_COMMON_COSTMODELSELECTION_H
#define TESSEL_CODEGEN_COMMON_COSTMODELSELECTION_H

#include "tessel/CostModel/CostModel.h"

#include "mlir/IR/Operation.h"

#include <memory>

namespace mlir::tessel {

struct TargetCostModel {
  TargetDescription target;
  std::unique_ptr<CostModel> model;
};

/// The target that a pass's `target` option names and the cost model that
/// its `cost-model` option (`spec`) names for it; no model for `fixed`. On
/// failure, an error on `anchor` that starts with `pass`.
inline FailureOr<TargetCostModel> lookUpCostModel(Operation *anchor,
                                                  StringRef pass,
                                                  StringRef target,
                                                  StringRef spec) {
  std::optional<TargetDescription> description = TargetDescription::get(target);
  if (!description)
    return anchor->emitError() << pass << ": unknown target '" << target
                               << "' (expected cpu, sm_80, sm_90 or h200)";
  if (spec == "fixed")
    return TargetCostModel{*description, nullptr};
  std::string error;
  std::unique_ptr<CostModel> model = createCostModel(spec, *description, error);
  if (!model)
    return anchor->emitError() << pass << ": " << error;
  return TargetCostModel{*description, std::move(model)};
}

} // namespace mlir::tessel

#endif // TESSEL_CODEGEN_COMMON_COSTMODELSELECTION_H
