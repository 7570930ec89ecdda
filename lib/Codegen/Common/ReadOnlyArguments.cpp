//===- ReadOnlyArguments.cpp - Callers' tensors stay unchanged
//-------------===//
//
// See the pass description in Passes.td.
//
//===----------------------------------------------------------------------===//

#include "tessel/Codegen/Common/Passes.h"

#include "mlir/Dialect/Bufferization/IR/Bufferization.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"

namespace mlir::tessel {
#define GEN_PASS_DEF_TESSELREADONLYARGUMENTS
#include "tessel/Codegen/Common/Passes.h.inc"
} // namespace mlir::tessel

using namespace mlir;

namespace {

struct TesselReadOnlyArgumentsPass
    : tessel::impl::TesselReadOnlyArgumentsBase<TesselReadOnlyArgumentsPass> {
  void runOnOperation() override {
    StringRef writable = bufferization::BufferizationDialect::kWritableAttrName;
    for (auto func : getOperation().getOps<func::FuncOp>()) {
      if (!func.isPublic() || func.isExternal())
        continue;
      for (unsigned i = 0, e = func.getNumArguments(); i < e; ++i)
        if (isa<TensorType>(func.getArgument(i).getType()) &&
            !func.getArgAttr(i, writable))
          func.setArgAttr(i, writable, BoolAttr::get(&getContext(), false));
    }
  }
};

} // namespace
