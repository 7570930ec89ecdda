//===- ExportEntries.cpp - C interfaces and signatures for the runtime ----===//

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "tessel/Codegen/Common/FunctionDimensions.h"
#include "tessel/Codegen/Common/Passes.h"

#include <string>

namespace mlir::tessel {
#define GEN_PASS_DEF_TESSELEXPORTENTRIES
#include "tessel/Codegen/Common/Passes.h.inc"
} // namespace mlir::tessel

using namespace mlir;

namespace {

/// `f32[2x?0]`, the runtime's spelling of a tensor type whose dimensions are
/// `dims` (sizes, or symbols as FunctionDimensions encodes them); failure for
/// a type the runtime cannot pass.
FailureOr<std::string> runtimeTypeName(Type type, ArrayRef<int64_t> dims) {
  auto tensor = dyn_cast<RankedTensorType>(type);
  if (!tensor)
    return failure();
  Type element = tensor.getElementType();
  std::string name;
  if (element.isF16() || element.isBF16() || element.isF32() ||
      element.isF64()) {
    name = element.isBF16()
               ? "bf16"
               : "f" + std::to_string(element.getIntOrFloatBitWidth());
  } else if (element.isSignlessInteger() &&
             element.getIntOrFloatBitWidth() <= 64) {
    name = "i" + std::to_string(element.getIntOrFloatBitWidth());
  } else {
    return failure();
  }
  name += "[";
  llvm::interleave(
      dims,
      [&](int64_t d) {
        name +=
            tessel::FunctionDimensions::isSymbol(d)
                ? "?" + std::to_string(tessel::FunctionDimensions::symbolOf(d))
                : std::to_string(d);
      },
      [&] { name += "x"; });
  return name + "]";
}

struct TesselExportEntriesPass
    : tessel::impl::TesselExportEntriesBase<TesselExportEntriesPass> {
  void runOnOperation() override {
    ModuleOp module = getOperation();
    OpBuilder builder(module.getBodyRegion());
    builder.setInsertionPointToEnd(module.getBody());
    for (auto func :
         llvm::make_early_inc_range(module.getOps<func::FuncOp>())) {
      if (!func.isPublic() || func.isExternal())
        continue;
      FailureOr<tessel::FunctionDimensions> dims =
          tessel::analyzeFunctionDimensions(func);
      if (failed(dims))
        return signalPassFailure();
      std::string signature = func.getName().str() + "(";
      // A value packed at the boundary is written as its unpacked type:
      // the same leading dimensions, and a static last one.
      auto runtimeType = [](Type type, DictionaryAttr attrs,
                            SmallVector<int64_t> dims)
          -> std::pair<Type, SmallVector<int64_t>> {
        auto unpacked =
            attrs ? attrs.getAs<TypeAttr>(tessel::kUnpackedTypeAttrName)
                  : TypeAttr();
        if (!unpacked)
          return {type, dims};
        auto tensor = cast<RankedTensorType>(unpacked.getValue());
        dims.back() = tensor.getShape().back();
        return {tensor, dims};
      };
      auto append = [&](TypeRange types, ArrayRef<SmallVector<int64_t>> shapes,
                        ArrayRef<DictionaryAttr> attrs,
                        StringRef what) -> LogicalResult {
        for (auto [i, declared] : llvm::enumerate(types)) {
          auto [type, dims] = runtimeType(
              declared, attrs.empty() ? DictionaryAttr() : attrs[i], shapes[i]);
          FailureOr<std::string> name = runtimeTypeName(type, dims);
          if (failed(name))
            return func.emitError()
                   << what << " #" << i << " has type " << type
                   << "; an exported function takes and returns ranked tensors "
                      "of f16, bf16, f32, f64 or signless integers";
          signature += (i ? "," : "") + *name;
        }
        return success();
      };
      SmallVector<DictionaryAttr> argAttrs, resultAttrs;
      func.getAllArgAttrs(argAttrs);
      func.getAllResultAttrs(resultAttrs);
      if (failed(append(func.getArgumentTypes(), dims->arguments, argAttrs,
                        "argument")))
        return signalPassFailure();
      signature += ")->(";
      if (failed(append(func.getResultTypes(), dims->results, resultAttrs,
                        "result")))
        return signalPassFailure();
      signature += ")";

      // The unpacked types are in the signature now; LLVM would not know
      // the attribute on its arguments.
      for (unsigned i = 0; i < func.getNumArguments(); ++i)
        func.removeArgAttr(i, tessel::kUnpackedTypeAttrName);
      for (unsigned i = 0; i < func.getNumResults(); ++i)
        func.removeResultAttr(
            i,
            StringAttr::get(func.getContext(), tessel::kUnpackedTypeAttrName));
      func->setAttr(LLVM::LLVMDialect::getEmitCWrapperAttrName(),
                    builder.getUnitAttr());
      signature.push_back('\0');
      auto arrayType =
          LLVM::LLVMArrayType::get(builder.getI8Type(), signature.size());
      LLVM::GlobalOp::create(builder, func.getLoc(), arrayType,
                             /*isConstant=*/true, LLVM::Linkage::External,
                             ("_tessel_signature_" + func.getName()).str(),
                             builder.getStringAttr(signature));
    }
  }
};

} // namespace
