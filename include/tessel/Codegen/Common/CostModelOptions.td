//===- CostModelOptions.td - Options of passes that ask the cost model ----===//
//
// The `target` and `cost-model` options, declared once: every pass that asks
// the cost model (the configuration pass of each target, tessel-print-cost)
// takes them with the same meaning.
//
//===----------------------------------------------------------------------===//

#ifndef TESSEL_CODEGEN_COMMON_COSTMODELOPTIONS_TD
#define TESSEL_CODEGEN_COMMON_COSTMODELOPTIONS_TD

include "mlir/Pass/PassBase.td"

/// The machine the decisions are made for.
class TesselTargetOption<string default>
    : Option<"target", "target", "std::string", "\"" # default # "\"",
             "The machine the cost model describes: cpu (this machine's "
             "class), sm_80 (A100), sm_90 (H100) or h200 (an sm_90 chip "
             "with faster memory)">;

/// How configurations are ranked.
defvar TesselCostModelOption =
    Option<"costModel", "cost-model", "std::string", "\"learned\"",
           "learned (the XGBoost model shipped for the target; the "
           "analytical model where none is), analytical (the roofline), "
           "the path of a .json model file, or fixed (each op's default "
           "configuration, no ranking)">;

#endif // TESSEL_CODEGEN_COMMON_COSTMODELOPTIONS_TD
