//===- FoldConstantTransposes.cpp - Transposed constants at compile time --===//
//
// Part of the Tessel project.
//
// PyTorch stores a linear layer's weight as [out, in] and torch-mlir
// computes `x W^T` as `linalg.matmul(x, linalg.transpose(W))`: with W a
// constant, every call would transpose every weight matrix again (on the
// CPU, a strided copy that costs ten times the matmul it feeds). This pass
// writes the transposed constant once, at compile time.
//
//===----------------------------------------------------------------------===//

#include "tessel/Dialect/Tessel/Transforms/Passes.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Utils/IndexingUtils.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/DialectResourceBlobManager.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"

#include <cstring>

namespace mlir::tessel {
#define GEN_PASS_DEF_TESSELFOLDCONSTANTTRANSPOSES
#include "tessel/Dialect/Tessel/Transforms/Passes.h.inc"
} // namespace mlir::tessel

using namespace mlir;

namespace {

/// The raw little-endian elements of a dense or dense_resource constant
/// that is not a splat, or nullopt.
std::optional<ArrayRef<char>> rawElements(Attribute value) {
  if (auto dense = dyn_cast<DenseElementsAttr>(value)) {
    if (dense.isSplat())
      return std::nullopt;
    return dense.getRawData();
  }
  if (auto resource = dyn_cast<DenseResourceElementsAttr>(value))
    if (AsmResourceBlob *blob = resource.getRawHandle().getBlob())
      return blob->getData();
  return std::nullopt;
}

struct FoldConstantTranspose : OpRewritePattern<linalg::TransposeOp> {
  FoldConstantTranspose(MLIRContext *ctx, int64_t maxBytes)
      : OpRewritePattern(ctx), maxBytes(maxBytes) {}

  LogicalResult matchAndRewrite(linalg::TransposeOp op,
                                PatternRewriter &rewriter) const override {
    if (!op.hasPureTensorSemantics())
      return failure();
    auto constant = op.getInput().getDefiningOp<arith::ConstantOp>();
    auto source = dyn_cast<RankedTensorType>(op.getInput().getType());
    auto result = dyn_cast<RankedTensorType>(op.getResult()[0].getType());
    if (!constant || !source || !result || !source.hasStaticShape() ||
        !source.getElementType().isIntOrFloat())
      return failure();
    unsigned bits = source.getElementType().getIntOrFloatBitWidth();
    if (bits % 8 != 0 || bits == 0)
      return rewriter.notifyMatchFailure(op, "sub-byte elements");
    int64_t bytes = bits / 8, count = source.getNumElements();
    if (count * bytes > maxBytes)
      return rewriter.notifyMatchFailure(op, "constant too large to copy");
    auto type =
        RankedTensorType::get(result.getShape(), source.getElementType());
    if (auto dense = dyn_cast<DenseElementsAttr>(constant.getValue());
        dense && dense.isSplat()) {
      rewriter.replaceOpWithNewOp<arith::ConstantOp>(
          op, result,
          DenseElementsAttr::get(type, dense.getSplatValue<Attribute>()));
      return success();
    }
    std::optional<ArrayRef<char>> data = rawElements(constant.getValue());
    if (!data || static_cast<int64_t>(data->size()) != count * bytes)
      return rewriter.notifyMatchFailure(op, "unreadable constant");
    // out[i] = in[j] with j[perm[d]] = i[d].
    ArrayRef<int64_t> perm = op.getPermutation();
    SmallVector<int64_t> inStrides = computeStrides(source.getShape());
    SmallVector<int64_t> outStrides = computeStrides(result.getShape());
    int64_t rank = perm.size();
    std::vector<char> out(data->size());
    SmallVector<int64_t> index(rank);
    for (int64_t linear = 0; linear < count; ++linear) {
      int64_t rest = linear, from = 0;
      for (int64_t d = 0; d < rank; ++d) {
        index[d] = rest / outStrides[d];
        rest %= outStrides[d];
        from += index[d] * inStrides[perm[d]];
      }
      std::memcpy(out.data() + linear * bytes, data->data() + from * bytes,
                  bytes);
    }
    rewriter.replaceOpWithNewOp<arith::ConstantOp>(
        op, result, DenseElementsAttr::getFromRawBuffer(type, out));
    return success();
  }

  int64_t maxBytes;
};

struct TesselFoldConstantTransposesPass
    : tessel::impl::TesselFoldConstantTransposesBase<
          TesselFoldConstantTransposesPass> {
  using Base::Base;

  void runOnOperation() override {
    RewritePatternSet patterns(&getContext());
    patterns.add<FoldConstantTranspose>(&getContext(), maxBytes);
    if (failed(applyPatternsGreedily(getOperation(), std::move(patterns))))
      signalPassFailure();
  }
};

} // namespace
