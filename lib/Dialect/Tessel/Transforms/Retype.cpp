//===- Retype.cpp - Change the types of every value in place -------------===//

#include "Retype.h"

#include "mlir/IR/BuiltinTypes.h"
#include "mlir/Interfaces/FunctionInterfaces.h"

using namespace mlir;

void mlir::tessel::retypeAll(Operation *root,
                             function_ref<Type(Type)> convert) {
  root->walk([&](Operation *op) {
    for (Value result : op->getResults())
      result.setType(convert(result.getType()));
    for (Region &region : op->getRegions())
      for (Block &block : region)
        for (BlockArgument arg : block.getArguments())
          arg.setType(convert(arg.getType()));
    if (auto func = dyn_cast<FunctionOpInterface>(op)) {
      auto type = cast<FunctionType>(func.getFunctionType());
      auto all = [&](TypeRange types) {
        return llvm::map_to_vector(types, [&](Type t) { return convert(t); });
      };
      func.setType(FunctionType::get(op->getContext(), all(type.getInputs()),
                                     all(type.getResults())));
    }
  });
}
