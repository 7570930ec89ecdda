//===- InitAll.h - Register everything tessel-opt knows ---------*- C++ -*-===//
//
// One place that registers the tessel dialect, the upstream dialects that
// model IR uses, and all tessel passes and pipelines.
//
//===----------------------------------------------------------------------===//

#ifndef TESSEL_INITALL_H
#define TESSEL_INITALL_H

namespace mlir {
class DialectRegistry;
} // namespace mlir

namespace mlir::tessel {

/// Adds the tessel dialect and the upstream dialects and interface models
/// that tessel IR is mixed with to `registry`.
void registerAllDialects(DialectRegistry &registry);

/// Registers all tessel passes and pass pipelines, and the upstream passes
/// that are useful on tessel IR, with the global pass registry.
void registerAllPasses();

} // namespace mlir::tessel

#endif // TESSEL_INITALL_H
