//===- CostModelOptions.h - A pass's target and cost-model options --------===//

#ifndef TESSEL_LIB_DIALECT_TESSEL_TRANSFORMS_COSTMODELOPTIONS_H
#define TESSEL_LIB_DIALECT_TESSEL_TRANSFORMS_COSTMODELOPTIONS_H

#include "tessel/CostModel/CostModel.h"

#include "mlir/IR/Operation.h"

#include <memory>

namespace mlir::tessel {

struct TargetCostModel {
  TargetDescription target;
  std::unique_ptr<CostModel> model;
};

/// The target that a pass's `target` option names and the cost model that
/// its `cost-model` option (`spec`) names for it. On failure, an error on
/// `anchor` that starts with `pass`.
inline FailureOr<TargetCostModel> lookUpCostModel(Operation *anchor,
                                                  StringRef pass,
                                                  StringRef target,
                                                  StringRef spec) {
  std::optional<TargetDescription> description = TargetDescription::get(target);
  if (!description)
    return anchor->emitError() << pass << ": unknown target '" << target
                               << "' (expected cpu, sm_80, sm_90 or h200)";
  std::string error;
  std::unique_ptr<CostModel> model = createCostModel(spec, *description, error);
  if (!model)
    return anchor->emitError() << pass << ": " << error;
  return TargetCostModel{*description, std::move(model)};
}

} // namespace mlir::tessel

#endif // TESSEL_LIB_DIALECT_TESSEL_TRANSFORMS_COSTMODELOPTIONS_H
