//===- TMTensor.h - torch-mlir's tm_tensor ops, as imported -----*- C++ -*-===//

#ifndef TESSEL_DIALECT_TMTENSOR_IR_TMTENSOR_H
#define TESSEL_DIALECT_TMTENSOR_IR_TMTENSOR_H

#include "mlir/Bytecode/BytecodeOpInterface.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/Dialect.h"
#include "mlir/IR/OpDefinition.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"

#include "tessel/Dialect/TMTensor/IR/TMTensorDialect.h.inc"

#define GET_OP_CLASSES
#include "tessel/Dialect/TMTensor/IR/TMTensorOps.h.inc"

#endif // TESSEL_DIALECT_TMTENSOR_IR_TMTENSOR_H
