//===- Passes.h - Tessel transformation passes ------------------*- C++ -*-===//

#ifndef TESSEL_DIALECT_TESSEL_TRANSFORMS_PASSES_H
#define TESSEL_DIALECT_TESSEL_TRANSFORMS_PASSES_H

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
#include "tessel/Dialect/Tessel/Transforms/Passes.h.inc"

/// The rewrites of tessel-propagate-layouts (tessel-reorder uses them to fold
/// the permutations it inserts).
void populatePropagateLayoutsPatterns(RewritePatternSet &patterns);

/// The rewrite of tessel-expand-paged-attention: each tessel.paged_attention
/// without `tessel.kv_splits` into page gathers, a visibility mask and
/// tessel.attention (tessel-cuda-configure expands those it does not give
/// the decode kernel).
void populateExpandPagedAttentionPatterns(RewritePatternSet &patterns);

#define GEN_PASS_REGISTRATION
#include "tessel/Dialect/Tessel/Transforms/Passes.h.inc"

} // namespace mlir::tessel

#endif // TESSEL_DIALECT_TESSEL_TRANSFORMS_PASSES_H
