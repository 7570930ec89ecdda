//===- Retype.cpp - Change the types of every value in place --------------===//

#include "tessel/Dialect/Tessel/Transforms/Retype.h"

#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/OpDefinition.h"
#include "mlir/Interfaces/FunctionInterfaces.h"

using namespace mlir;

void mlir::tessel::retypeAll(Operation *root,
                             function_ref<Type(Type)> convert) {
  root->walk([&](Operation *op) {
    for (Value result : op->getResults())
      result.setType(convert(result.getType()));
    // A constant's value carries its type too. Where only the encoding
    // changed, the same elements fit the new type.
    if (op->hasTrait<OpTrait::ConstantLike>() && op->getNumResults() == 1)
      if (auto value = op->getAttrOfType<DenseElementsAttr>("value")) {
        auto type = dyn_cast<ShapedType>(op->getResult(0).getType());
        auto old = value.getType();
        if (type && type != old && type.getShape() == old.getShape() &&
            type.getElementType() == old.getElementType())
          op->setAttr("value", DenseElementsAttr::getFromRawBuffer(
                                   type, value.getRawData()));
      }
    for (Region &region : op->getRegions())
      for (Block &block : region)
        for (BlockArgument arg : block.getArguments())
          arg.setType(convert(arg.getType()));
    // Functions of builtin type (func.func, gpu.func); others, such as
    // llvm.func, have no tensor types to retype.
    auto func = dyn_cast<FunctionOpInterface>(op);
    if (auto type = func ? dyn_cast<FunctionType>(func.getFunctionType())
                         : FunctionType()) {
      auto all = [&](TypeRange types) {
        return llvm::map_to_vector(types, [&](Type t) { return convert(t); });
      };
      func.setType(FunctionType::get(op->getContext(), all(type.getInputs()),
                                     all(type.getResults())));
    }
  });
}
