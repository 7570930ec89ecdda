//===- PackEntries.cpp - Array-taking entries for the runtime -------------===//
//
// Part of the Tessel project.
//
//===----------------------------------------------------------------------===//

#include "tessel/Codegen/Common/Passes.h"

#include "mlir/Dialect/LLVMIR/LLVMDialect.h"

namespace mlir::tessel {
#define GEN_PASS_DEF_TESSELPACKENTRIES
#include "tessel/Codegen/Common/Passes.h.inc"
} // namespace mlir::tessel

using namespace mlir;

namespace {

constexpr StringLiteral kSignaturePrefix = "_tessel_signature_";

struct TesselPackEntriesPass
    : tessel::impl::TesselPackEntriesBase<TesselPackEntriesPass> {
  void runOnOperation() override {
    ModuleOp module = getOperation();
    MLIRContext *ctx = module.getContext();
    auto ptr = LLVM::LLVMPointerType::get(ctx);
    auto voidType = LLVM::LLVMVoidType::get(ctx);
    OpBuilder builder(ctx);
    builder.setInsertionPointToEnd(module.getBody());
    for (auto global : llvm::to_vector(module.getOps<LLVM::GlobalOp>())) {
      StringRef symbol = global.getSymName();
      if (!symbol.starts_with(kSignaturePrefix))
        continue;
      std::string name = symbol.drop_front(kSignaturePrefix.size()).str();
      auto ciface =
          module.lookupSymbol<LLVM::LLVMFuncOp>("_mlir_ciface_" + name);
      if (!ciface) {
        global.emitError() << "no C interface _mlir_ciface_" << name
                           << " for the exported function";
        return signalPassFailure();
      }
      LLVM::LLVMFunctionType type = ciface.getFunctionType();
      if (!llvm::all_of(type.getParams(), [&](Type t) { return t == ptr; }) ||
          !isa<LLVM::LLVMVoidType>(type.getReturnType())) {
        ciface.emitError("expected a C interface of descriptor pointers");
        return signalPassFailure();
      }
      std::string packedName = "_tessel_packed_" + name;
      if (module.lookupSymbol(packedName))
        continue;

      Location loc = ciface.getLoc();
      auto packed = LLVM::LLVMFuncOp::create(
          builder, loc, packedName, LLVM::LLVMFunctionType::get(voidType, ptr));
      Block *body = packed.addEntryBlock(builder);
      OpBuilder::InsertionGuard guard(builder);
      builder.setInsertionPointToStart(body);
      Value arguments = body->getArgument(0);
      SmallVector<Value> descriptors;
      for (int32_t i = 0, e = type.getNumParams(); i < e; ++i) {
        Value slot = LLVM::GEPOp::create(builder, loc, ptr, ptr, arguments,
                                         ArrayRef<LLVM::GEPArg>{i});
        descriptors.push_back(LLVM::LoadOp::create(builder, loc, ptr, slot));
      }
      LLVM::CallOp::create(builder, loc, ciface, descriptors);
      LLVM::ReturnOp::create(builder, loc, ValueRange());
    }
  }
};

} // namespace
