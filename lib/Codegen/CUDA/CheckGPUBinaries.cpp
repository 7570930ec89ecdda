//===- CheckGPUBinaries.cpp - libdevice calls left in the PTX -------------===//
//
// See the pass description in Passes.td.
//
//===----------------------------------------------------------------------===//

#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/IR/BuiltinOps.h"
#include "tessel/Codegen/CUDA/Passes.h"

#include "llvm/ADT/StringExtras.h"

namespace mlir::tessel {
#define GEN_PASS_DEF_TESSELCHECKGPUBINARIES
#include "tessel/Codegen/CUDA/Passes.h.inc"
} // namespace mlir::tessel

using namespace mlir;

namespace {

/// The first libdevice function that `ptx` declares as external (a
/// `.extern .func` whose name starts with `__nv_`); empty if none.
StringRef firstLibdeviceExtern(StringRef ptx) {
  size_t at = 0;
  while ((at = ptx.find(".extern .func", at)) != StringRef::npos) {
    StringRef line =
        ptx.substr(at).take_until([](char c) { return c == '\n'; });
    at += line.size();
    size_t name = line.find("__nv_");
    if (name == StringRef::npos)
      continue;
    return line.substr(name).take_while(
        [](char c) { return llvm::isAlnum(c) || c == '_'; });
  }
  return {};
}

struct TesselCheckGPUBinariesPass
    : tessel::impl::TesselCheckGPUBinariesBase<TesselCheckGPUBinariesPass> {
  void runOnOperation() override {
    getOperation()->walk([](gpu::BinaryOp binary) {
      for (Attribute attr : binary.getObjects()) {
        auto object = dyn_cast<gpu::ObjectAttr>(attr);
        if (!object || object.getFormat() != gpu::CompilationTarget::Assembly)
          continue;
        StringRef function = firstLibdeviceExtern(object.getObject());
        if (function.empty())
          continue;
        binary.emitWarning()
            << "kernel module '" << binary.getName() << "' calls '" << function
            << "' from libdevice, which was not linked in (no CUDA toolkit "
               "was found: set CUDA_HOME or CUDA_ROOT); it will fail to load "
               "on the GPU";
        return;
      }
    });
  }
};

} // namespace
