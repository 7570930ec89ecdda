//===- Passes.h - Code generation passes of every target --------*- C++ -*-===//
//
// Passes that both pipelines run on upstream IR: entry points for the runtime,
// scratchpad allocation, math approximations, storage of sub-byte integers,
// and the cost report.
//
//===----------------------------------------------------------------------===//

#ifndef TESSEL_CODEGEN_COMMON_PASSES_H
#define TESSEL_CODEGEN_COMMON_PASSES_H

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/Pass/Pass.h"

namespace mlir::tessel {

#define GEN_PASS_DECL
#include "tessel/Codegen/Common/Passes.h.inc"

#define GEN_PASS_REGISTRATION
#include "tessel/Codegen/Common/Passes.h.inc"

/// The argument and result attribute that holds the type a packed boundary
/// value had before tessel-pack-subbyte-boundary (the runtime's view of it).
inline constexpr llvm::StringLiteral kUnpackedTypeAttrName =
    "tessel.unpacked_type";

} // namespace mlir::tessel

#endif // TESSEL_CODEGEN_COMMON_PASSES_H
