//===- EraseLayouts.cpp - Materialize layouts as row-major ----------------===//

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "tessel/Dialect/Tessel/IR/TesselAttrs.h"
#include "tessel/Dialect/Tessel/Transforms/Passes.h"

namespace mlir::tessel {
#define GEN_PASS_DEF_TESSELERASELAYOUTS
#include "tessel/Dialect/Tessel/Transforms/Passes.h.inc"
} // namespace mlir::tessel

using namespace mlir;
using namespace mlir::tessel;

namespace {

Type eraseLayout(Type type) {
  auto tensor = dyn_cast<RankedTensorType>(type);
  if (!tensor || !isa_and_nonnull<LayoutAttr>(tensor.getEncoding()))
    return type;
  return RankedTensorType::get(tensor.getShape(), tensor.getElementType());
}

void eraseLayout(Value value) { value.setType(eraseLayout(value.getType())); }

struct TesselEraseLayoutsPass
    : tessel::impl::TesselEraseLayoutsBase<TesselEraseLayoutsPass> {
  void runOnOperation() override {
    getOperation()->walk([](Operation *op) {
      for (Value result : op->getResults())
        eraseLayout(result);
      for (Region &region : op->getRegions())
        for (Block &block : region)
          for (BlockArgument arg : block.getArguments())
            eraseLayout(arg);
      if (auto func = dyn_cast<FunctionOpInterface>(op)) {
        auto type = cast<FunctionType>(func.getFunctionType());
        auto erase = [](TypeRange types) {
          return llvm::map_to_vector(types,
                                     [](Type t) { return eraseLayout(t); });
        };
        func.setType(FunctionType::get(op->getContext(),
                                       erase(type.getInputs()),
                                       erase(type.getResults())));
      }
    });
  }
};

} // namespace
