//===- ModuleFuzzing.h - Parsing fuzz inputs as Tessel modules --*- C++ -*-===//
//
// Part of the Tessel project.
//
//===----------------------------------------------------------------------===//
///
/// \file
/// What the MLIR fuzzers share: a fresh context per input (so that nothing
/// one input interned outlives it), with every dialect tessel-opt knows, and
/// a check that each failure was reported: a parse, verification or
/// pipeline that fails without an error diagnostic is a finding, as is a
/// crash.
///
//===----------------------------------------------------------------------===//

#ifndef TESSEL_TOOLS_FUZZERS_MODULEFUZZING_H
#define TESSEL_TOOLS_FUZZERS_MODULEFUZZING_H

#include "tessel/Execution/SourceChecks.h"
#include "tessel/InitAll.h"

#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/DialectRegistry.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/IR/OwningOpRef.h"
#include "mlir/IR/Verifier.h"
#include "mlir/Parser/Parser.h"

#include <memory>
#include <string>

namespace tessel::fuzz {

/// A context for one input, counting the errors reported in it.
class FuzzContext {
public:
  FuzzContext() : context(registry(), mlir::MLIRContext::Threading::DISABLED) {
    context.getDiagEngine().registerHandler([this](mlir::Diagnostic &d) {
      if (d.getSeverity() == mlir::DiagnosticSeverity::Error)
        ++errors;
      return mlir::success();
    });
  }

  mlir::MLIRContext *get() { return &context; }
  int errorCount() const { return errors; }

  /// Parses and verifies `size` bytes of `data` as a module; null (with an
  /// error reported, else the process traps) where it is not one. Text
  /// that Tessel's tools refuse before parsing (SourceChecks.h) is skipped.
  mlir::OwningOpRef<mlir::ModuleOp> parse(const uint8_t *data, size_t size) {
    // A copy that ends in NUL, as the lexer expects of a file's buffer.
    std::string text(reinterpret_cast<const char *>(data), size);
    if (mlir::tessel::findSourceProblem(text))
      return nullptr;
    int before = errors;
    mlir::OwningOpRef<mlir::ModuleOp> module =
        mlir::parseSourceString<mlir::ModuleOp>(text,
                                                mlir::ParserConfig(&context));
    if (module && mlir::failed(mlir::verify(*module)))
      module = nullptr;
    expectReported(!module, before);
    return module;
  }

  /// Traps where `failed` holds and no error was reported since `before`.
  void expectReported(bool failed, int before) const {
    if (failed && errors == before)
      __builtin_trap();
  }

private:
  static const mlir::DialectRegistry &registry() {
    static const mlir::DialectRegistry *instance = [] {
      auto *r = new mlir::DialectRegistry;
      mlir::tessel::registerAllDialects(*r);
      return r;
    }();
    return *instance;
  }

  mlir::MLIRContext context;
  int errors = 0;
};

} // namespace tessel::fuzz

#endif // TESSEL_TOOLS_FUZZERS_MODULEFUZZING_H
