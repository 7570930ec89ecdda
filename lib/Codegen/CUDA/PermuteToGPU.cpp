//===- PermuteToGPU.cpp - tessel.permute as a GPU gather kernel -----------===//
//
// tessel.permute with static shapes as one kernel of whole-row copies: the
// input viewed as [outer, M, inner] (the dimensions before, at and after
// the permuted one), the output as [outer, N, inner], and each thread moving
// one vector of up to 16 bytes of a row: out[o, i, c..] = in[o, idx[i], c..].
// DraftAttention's token reordering gathers Q, K and V this way and
// scatters the output back (as a gather by the inverse order).
//
// An index out of range is undefined by the op's semantics; the kernel
// clamps it to the last row (a wrong answer, never a fault).
//
//===----------------------------------------------------------------------===//

#include "KernelUtils.h"
#include "tessel/Codegen/CUDA/TesselToGPU.h"
#include "tessel/Conversion/LoweringUtils.h"
#include "tessel/Dialect/Tessel/IR/TesselOps.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Bufferization/IR/Bufferization.h"
#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"
#include "mlir/IR/PatternMatch.h"

using namespace mlir;
using namespace mlir::tessel;
using namespace mlir::tessel::lowering;
using namespace mlir::tessel::gpukernel;

namespace {

constexpr int64_t kWarps = 8;

/// `buffer` (identity layout, static shape) as [outer, rows, inner] around
/// `dimension`.
Value asRows(OpBuilder &b, Location loc, Value buffer, int64_t dimension) {
  auto type = cast<MemRefType>(buffer.getType());
  int64_t rank = type.getRank();
  SmallVector<ReassociationIndices> groups(3);
  for (int64_t d = 0; d < rank; ++d)
    groups[d < dimension ? 0 : d == dimension ? 1 : 2].push_back(d);
  // A missing leading or trailing group is a unit dimension.
  if (groups[0].empty() || groups[2].empty()) {
    SmallVector<int64_t> shape;
    if (groups[0].empty())
      shape.push_back(1);
    llvm::append_range(shape, type.getShape());
    if (groups[2].empty())
      shape.push_back(1);
    SmallVector<ReassociationIndices> expand;
    int64_t shift = groups[0].empty() ? 1 : 0;
    for (int64_t d = 0; d < rank; ++d)
      expand.push_back({d + shift});
    if (groups[0].empty())
      expand.front().insert(expand.front().begin(), 0);
    if (groups[2].empty())
      expand.back().push_back(rank + shift);
    buffer = memref::ExpandShapeOp::create(
        b, loc, MemRefType::get(shape, type.getElementType()), buffer, expand);
    return asRows(b, loc, buffer, dimension + shift);
  }
  return memref::CollapseShapeOp::create(b, loc, buffer, groups);
}

struct PermuteToGPU : OpRewritePattern<PermuteOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(PermuteOp op,
                                PatternRewriter &rewriter) const override {
    auto input = cast<RankedTensorType>(op.getInput().getType());
    auto indices = cast<RankedTensorType>(op.getIndices().getType());
    auto result = cast<RankedTensorType>(op.getResult().getType());
    if (!input.hasStaticShape() || !indices.hasStaticShape() ||
        !result.hasStaticShape())
      return rewriter.notifyMatchFailure(op, "dynamic shapes");
    Type element = input.getElementType();
    if (!element.isIntOrFloat() || element.getIntOrFloatBitWidth() % 8 != 0)
      return rewriter.notifyMatchFailure(op, "sub-byte elements");
    if (result.getNumElements() == 0 || input.getNumElements() == 0)
      return rewriter.notifyMatchFailure(op, "empty tensors");
    int64_t dimension = op.getDimension();
    int64_t elementBytes = element.getIntOrFloatBitWidth() / 8;
    int64_t inner = 1;
    for (int64_t d = dimension + 1; d < input.getRank(); ++d)
      inner *= input.getDimSize(d);
    // The widest vector of at most 16 bytes that divides a row.
    int64_t width = std::max<int64_t>(1, 16 / elementBytes);
    while (width > 1 && inner % width != 0)
      width /= 2;
    int64_t outer =
        result.getNumElements() / (inner * result.getDimSize(dimension));
    int64_t rows = result.getDimSize(dimension);
    int64_t inputRows = input.getDimSize(dimension);
    int64_t chunks = inner / width;
    int64_t items = outer * rows * chunks;
    int64_t threads = kWarps * kWarp;

    Location loc = op.getLoc();
    Value in = readOnlyBuffer(rewriter, loc, op.getInput());
    Value index = readOnlyBuffer(rewriter, loc, op.getIndices());
    Value out = memref::AllocOp::create(
        rewriter, loc, MemRefType::get(result.getShape(), element));
    Value inRows = asRows(rewriter, loc, in, dimension);
    Value outRows = asRows(rewriter, loc, out, dimension);
    {
      OpBuilder::InsertionGuard guard(rewriter);
      Launch launch =
          createLaunch(rewriter, loc,
                       {llvm::divideCeilSigned(items, threads), 1, 1}, kWarps);
      OpBuilder &b = rewriter;
      auto c = [&](int64_t v) { return indexConst(b, loc, v); };
      Value item = arith::AddIOp::create(
          b, loc,
          arith::MulIOp::create(b, loc, launch.op.getBlockIds().x, c(threads)),
          launch.op.getThreadIds().x);
      Value exists = arith::CmpIOp::create(b, loc, arith::CmpIPredicate::ult,
                                           item, c(items));
      auto ifExists = scf::IfOp::create(b, loc, exists);
      b.setInsertionPointToStart(ifExists.thenBlock());
      Value chunk = arith::RemUIOp::create(b, loc, item, c(chunks));
      Value rest = arith::DivUIOp::create(b, loc, item, c(chunks));
      Value row = arith::RemUIOp::create(b, loc, rest, c(rows));
      Value o = arith::DivUIOp::create(b, loc, rest, c(rows));
      Value source = memref::LoadOp::create(b, loc, index, ValueRange{row});
      if (!source.getType().isIndex())
        source = arith::IndexCastOp::create(b, loc, b.getIndexType(), source);
      // Negative indices become huge unsigned ones: both clamp.
      source = arith::MinUIOp::create(b, loc, source, c(inputRows - 1));
      Value column = arith::MulIOp::create(b, loc, chunk, c(width));
      auto alignment =
          llvm::MaybeAlign(loadAlignment(elementBytes, width, inner));
      auto vectorType = VectorType::get({width}, element);
      Value v = vector::LoadOp::create(b, loc, vectorType, inRows,
                                       ValueRange{o, source, column},
                                       /*nontemporal=*/false, alignment);
      vector::StoreOp::create(b, loc, v, outRows, ValueRange{o, row, column},
                              /*nontemporal=*/false, alignment);
    }
    Value tensor = bufferization::ToTensorOp::create(rewriter, loc, result, out,
                                                     rewriter.getUnitAttr(),
                                                     rewriter.getUnitAttr());
    rewriter.replaceOp(op, tensor);
    return success();
  }
};

} // namespace

void mlir::tessel::populatePermuteToGPUPatterns(RewritePatternSet &patterns) {
  patterns.add<PermuteToGPU>(patterns.getContext());
}
