//===- Retype.h - Change the types of every value in place ------*- C++ -*-===//

#ifndef TESSEL_DIALECT_TESSEL_TRANSFORMS_RETYPE_H
#define TESSEL_DIALECT_TESSEL_TRANSFORMS_RETYPE_H

#include "mlir/IR/Operation.h"

namespace mlir::tessel {

/// Replaces every type T of the op results, block arguments and function
/// signatures under `root` by `convert(T)` in place (types that convert to
/// themselves stay). For storage-only type changes, where no op needs
/// rewriting beyond what the caller did before.
void retypeAll(Operation *root, function_ref<Type(Type)> convert);

} // namespace mlir::tessel

#endif // TESSEL_DIALECT_TESSEL_TRANSFORMS_RETYPE_H
