//===- ReferenceInterpreter.h - float64 evaluation --------------*- C++ -*-===//
//
// Evaluates a function on tensors op by op with Tessel's float64 reference
// implementations: the "expected" side of `tessel-run --check`. It knows every
// tessel op and the linalg/tensor/arith ops that model IR around them uses
// (matmul, elementwise add/sub/mul/div, fill, transpose, reshapes, constants);
// anything else is reported as an error at that op.
//
// Integer tensors hold raw bit patterns (0 .. 2^bits - 1) as the runtime
// stores them; ops that read or write integers apply their own signedness.
//
//===----------------------------------------------------------------------===//

#ifndef TESSEL_EXECUTION_REFERENCEINTERPRETER_H
#define TESSEL_EXECUTION_REFERENCEINTERPRETER_H

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "tessel/Reference/Reference.h"

#include <vector>

namespace mlir::tessel {

/// The results of `func` on `arguments`, or failure with an error emitted at
/// the op that could not be evaluated.
FailureOr<std::vector<reference::Tensor>>
interpretWithReference(func::FuncOp func,
                       const std::vector<reference::Tensor> &arguments);

} // namespace mlir::tessel

#endif // TESSEL_EXECUTION_REFERENCEINTERPRETER_H
