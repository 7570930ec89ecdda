//===- Internal.h - What the C API's handles point to -----------*- C++ -*-===//
//
// Part of the Tessel project.
//
//===----------------------------------------------------------------------===//

#ifndef TESSEL_LIB_CAPI_INTERNAL_H
#define TESSEL_LIB_CAPI_INTERNAL_H

#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/IR/OwningOpRef.h"
#include "tessel-c/Tessel.h"

#include "llvm/ADT/StringSet.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/raw_ostream.h"

#include <memory>
#include <string>
#include <vector>

namespace mlir::tessel::capi {

/// A context with Tessel registered and a diagnostic handler that collects
/// everything reported, with source lines, into `diagnostics`.
///
/// Modules and libraries hold a reference, so the context lives until the
/// last of them and tesselContextDestroy are gone, in whatever order a
/// garbage collector destroys them.
struct Context {
  Context();

  void retain() { ++references; }
  void release() {
    if (--references == 0)
      delete this;
  }

  /// Starts a new call: forgets the previous call's diagnostics.
  void beginCall() { diagnostics.clear(); }
  /// Records an error that has no location (e.g. from the runtime).
  void reportError(const std::string &message) {
    diagnostics += "error: " + message + "\n";
  }

  /// A manager whose main file is `buffer`, for the parser (which reads a
  /// manager's main file). The buffer is renamed to a name no earlier
  /// buffer has, and a copy joins `quoted`, so that diagnostics about any
  /// module parsed in this context quote that module's own lines.
  llvm::SourceMgr &addSource(std::unique_ptr<llvm::MemoryBuffer> buffer);

  MLIRContext context;
  /// Every parsed buffer, one manager each, alive for later diagnostics.
  std::vector<std::unique_ptr<llvm::SourceMgr>> sources;
  /// Copies of all of them under their unique names: what the handler quotes.
  llvm::SourceMgr quoted;
  llvm::StringSet<> names;
  std::string diagnostics;
  llvm::raw_string_ostream diagnosticStream{diagnostics};
  std::unique_ptr<SourceMgrDiagnosticHandler> handler;

private:
  ~Context() = default;
  unsigned references = 1;
};

struct Module {
  Module(Context *context, OwningOpRef<ModuleOp> module)
      : context(context), module(std::move(module)) {
    context->retain();
  }
  ~Module() {
    module = nullptr; // before the context that owns its IR
    context->release();
  }

  Context *context;
  OwningOpRef<ModuleOp> module;
  /// Storage for tesselModulePrint's result.
  std::string text;
};

inline Context *unwrap(TesselContext context) {
  return static_cast<Context *>(context.ptr);
}
inline Module *unwrap(TesselModule module) {
  return static_cast<Module *>(module.ptr);
}

} // namespace mlir::tessel::capi

#endif // TESSEL_LIB_CAPI_INTERNAL_H
