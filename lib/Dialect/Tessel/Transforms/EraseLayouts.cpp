//===- EraseLayouts.cpp - Materialize layouts as row-major ----------------===//

#include "tessel/Dialect/Tessel/IR/TesselAttrs.h"
#include "tessel/Dialect/Tessel/Transforms/Passes.h"
#include "tessel/Dialect/Tessel/Transforms/Retype.h"

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

struct TesselEraseLayoutsPass
    : tessel::impl::TesselEraseLayoutsBase<TesselEraseLayoutsPass> {
  void runOnOperation() override {
    retypeAll(getOperation(), [](Type t) { return eraseLayout(t); });
  }
};

} // namespace
