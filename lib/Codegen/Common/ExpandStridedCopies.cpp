//===- ExpandStridedCopies.cpp - Non-contiguous copies as loops -----------===//

#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/MemRef/Utils/MemRefUtils.h"
#include "mlir/IR/PatternMatch.h"
#include "tessel/Codegen/Common/Passes.h"

namespace mlir::tessel {
#define GEN_PASS_DEF_TESSELEXPANDSTRIDEDCOPIES
#include "tessel/Codegen/Common/Passes.h.inc"
} // namespace mlir::tessel

using namespace mlir;

namespace {

/// Whether `buffer` has the identity layout: `gpu.memcpy` lowers only such
/// copies, and a strided view that happens to be contiguous (one element of
/// a column, say) would otherwise reach it.
bool isContiguous(Value buffer) {
  return cast<MemRefType>(buffer.getType()).getLayout().isIdentity();
}

struct TesselExpandStridedCopiesPass
    : tessel::impl::TesselExpandStridedCopiesBase<
          TesselExpandStridedCopiesPass> {
  void runOnOperation() override {
    IRRewriter rewriter(&getContext());
    getOperation()->walk([&](memref::CopyOp copy) {
      if (isContiguous(copy.getSource()) && isContiguous(copy.getTarget()))
        return;
      rewriter.setInsertionPoint(copy);
      rewriter.replaceOpWithNewOp<linalg::CopyOp>(copy, copy.getSource(),
                                                  copy.getTarget());
    });
  }
};

} // namespace
