//===- ExpandPagedAttention.cpp - Paged attention as gathers + attention --===//
//
// tessel.paged_attention as ops every backend has: the pages of each
// sequence gathered into a contiguous [B, Hkv, M * PS, D] key and value
// (linalg.generic reading the pools through the block table), a boolean
// mask [B, 1, Sq, M * PS] of the tokens each query sees (inside the
// sequence's length, on a page in range, causal where asked), and
// tessel.attention with that mask. The generic path of every target takes
// it; the GPU decode kernel reads the pages itself, so ops that
// tessel-cuda-configure gave it (tessel.kv_splits) are left alone.
//
//===----------------------------------------------------------------------===//

#include "tessel/Dialect/Tessel/IR/ConfigurationAttributes.h"
#include "tessel/Dialect/Tessel/IR/TesselOps.h"
#include "tessel/Dialect/Tessel/Transforms/Passes.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"

namespace mlir::tessel {
#define GEN_PASS_DEF_TESSELEXPANDPAGEDATTENTION
#include "tessel/Dialect/Tessel/Transforms/Passes.h.inc"
} // namespace mlir::tessel

using namespace mlir;
using namespace mlir::tessel;

namespace {

/// Index arithmetic of the expansion's bodies.
struct PageIndexing {
  OpBuilder &b;
  Location loc;
  Value table;

  Value index(int64_t v) { return arith::ConstantIndexOp::create(b, loc, v); }
  /// The table's entry for token `token` of sequence `batch`, as an index.
  Value entry(Value batch, Value token, int64_t pageSize) {
    Value slot = arith::DivUIOp::create(b, loc, token, index(pageSize));
    Value raw =
        tensor::ExtractOp::create(b, loc, table, ValueRange{batch, slot});
    return arith::IndexCastOp::create(b, loc, b.getIndexType(), raw);
  }
  /// Whether `page` names a page of the pool.
  Value inRange(Value page, int64_t numPages) {
    Value nonNegative = arith::CmpIOp::create(b, loc, arith::CmpIPredicate::sge,
                                              page, index(0));
    Value below = arith::CmpIOp::create(b, loc, arith::CmpIPredicate::slt, page,
                                        index(numPages));
    return arith::AndIOp::create(b, loc, nonNegative, below);
  }
};

/// `pool` [P, PS, Hkv, D] gathered per sequence into [B, Hkv, M * PS, D];
/// tokens on pages out of range read page 0 (the mask drops them).
Value gatherPages(OpBuilder &b, Location loc, Value pool, Value table,
                  int64_t batch, int64_t tokens) {
  auto poolType = cast<RankedTensorType>(pool.getType());
  int64_t numPages = poolType.getDimSize(0), pageSize = poolType.getDimSize(1);
  SmallVector<int64_t> shape{batch, poolType.getDimSize(2), tokens,
                             poolType.getDimSize(3)};
  Value empty =
      tensor::EmptyOp::create(b, loc, shape, poolType.getElementType());
  SmallVector<AffineMap> maps{b.getMultiDimIdentityMap(4)};
  SmallVector<utils::IteratorType> iterators(4, utils::IteratorType::parallel);
  auto generic = linalg::GenericOp::create(
      b, loc, TypeRange{empty.getType()}, ValueRange{}, ValueRange{empty}, maps,
      iterators, [&](OpBuilder &nb, Location nloc, ValueRange) {
        PageIndexing at{nb, nloc, table};
        Value seq = linalg::IndexOp::create(nb, nloc, 0);
        Value head = linalg::IndexOp::create(nb, nloc, 1);
        Value token = linalg::IndexOp::create(nb, nloc, 2);
        Value column = linalg::IndexOp::create(nb, nloc, 3);
        Value page = at.entry(seq, token, pageSize);
        page = arith::SelectOp::create(nb, nloc, at.inRange(page, numPages),
                                       page, at.index(0));
        Value row = arith::RemUIOp::create(nb, nloc, token, at.index(pageSize));
        Value value = tensor::ExtractOp::create(
            nb, nloc, pool, ValueRange{page, row, head, column});
        linalg::YieldOp::create(nb, nloc, value);
      });
  return generic.getResult(0);
}

struct ExpandPagedAttention : OpRewritePattern<PagedAttentionOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(PagedAttentionOp op,
                                PatternRewriter &rewriter) const override {
    if (op->hasAttr(kKVSplitsAttrName))
      return rewriter.notifyMatchFailure(op, "the decode kernel takes it");
    auto query = op.getQuery().getType();
    auto keyPages = op.getKeyPages().getType();
    auto table = op.getBlockTable().getType();
    if (!query.hasStaticShape() || !keyPages.hasStaticShape() ||
        !op.getValuePages().getType().hasStaticShape() ||
        !table.hasStaticShape())
      return rewriter.notifyMatchFailure(op, "dynamic shapes");
    Location loc = op.getLoc();
    int64_t batch = query.getDimSize(0), queries = query.getDimSize(2);
    int64_t numPages = keyPages.getDimSize(0),
            pageSize = keyPages.getDimSize(1);
    int64_t tokens = table.getDimSize(1) * pageSize;
    // An empty pool or table: no query sees a token, the result is zeros
    // (and there is nothing to gather from).
    if (numPages == 0 || tokens == 0) {
      Type element = getElementTypeOrSelf(op.getResult().getType());
      Value zero = arith::ConstantOp::create(rewriter, loc, element,
                                             rewriter.getZeroAttr(element));
      rewriter.replaceOp(
          op, linalg::FillOp::create(rewriter, loc, zero, op.getInit())
                  .getResult(0));
      return success();
    }
    Value key = gatherPages(rewriter, loc, op.getKeyPages(), op.getBlockTable(),
                            batch, tokens);
    Value value = gatherPages(rewriter, loc, op.getValuePages(),
                              op.getBlockTable(), batch, tokens);

    // mask[b, 0, i, j]: token j is in the sequence, on a page in range, and
    // (causal) not after query i's token L - Sq + i.
    Value maskInit = tensor::EmptyOp::create(
        rewriter, loc, ArrayRef<int64_t>{batch, 1, queries, tokens},
        rewriter.getI1Type());
    bool causal = op.getCausal();
    Value lens = op.getSeqLens();
    auto mask = linalg::GenericOp::create(
        rewriter, loc, TypeRange{maskInit.getType()}, ValueRange{},
        ValueRange{maskInit}, {rewriter.getMultiDimIdentityMap(4)},
        SmallVector<utils::IteratorType>(4, utils::IteratorType::parallel),
        [&](OpBuilder &b, Location nloc, ValueRange) {
          PageIndexing at{b, nloc, op.getBlockTable()};
          Value seq = linalg::IndexOp::create(b, nloc, 0);
          Value queryIndex = linalg::IndexOp::create(b, nloc, 2);
          Value token = linalg::IndexOp::create(b, nloc, 3);
          Value length = arith::IndexCastOp::create(
              b, nloc, b.getIndexType(),
              tensor::ExtractOp::create(b, nloc, lens, seq));
          length = arith::MaxSIOp::create(b, nloc, length, at.index(0));
          length = arith::MinSIOp::create(b, nloc, length, at.index(tokens));
          Value visible = arith::AndIOp::create(
              b, nloc,
              arith::CmpIOp::create(b, nloc, arith::CmpIPredicate::slt, token,
                                    length),
              at.inRange(at.entry(seq, token, pageSize), numPages));
          if (causal) {
            Value last = arith::AddIOp::create(
                b, nloc,
                arith::SubIOp::create(b, nloc, length, at.index(queries)),
                queryIndex);
            visible = arith::AndIOp::create(
                b, nloc, visible,
                arith::CmpIOp::create(b, nloc, arith::CmpIPredicate::sle, token,
                                      last));
          }
          linalg::YieldOp::create(b, nloc, visible);
        });
    std::optional<double> scale = op.getEffectiveScale();
    auto attention = AttentionOp::create(
        rewriter, loc, op.getResult().getType(), op.getQuery(), key, value,
        mask.getResult(0), /*block_mask=*/Value(), /*offset=*/Value(),
        op.getInit(), scale ? rewriter.getF64FloatAttr(*scale) : FloatAttr(),
        /*causal=*/false, /*block_sizes=*/DenseI64ArrayAttr(),
        /*softcap=*/FloatAttr(), /*window=*/IntegerAttr());
    // Configuration written for the paged op (kernel choices) carries over.
    for (NamedAttribute attr : op->getDiscardableAttrs())
      attention->setAttr(attr.getName(), attr.getValue());
    rewriter.replaceOp(op, attention.getResult());
    return success();
  }
};

struct TesselExpandPagedAttentionPass
    : tessel::impl::TesselExpandPagedAttentionBase<
          TesselExpandPagedAttentionPass> {
  void runOnOperation() override {
    RewritePatternSet patterns(&getContext());
    populateExpandPagedAttentionPatterns(patterns);
    if (failed(applyPatternsGreedily(getOperation(), std::move(patterns))))
      return signalPassFailure();
    // Anything left must be for the decode kernel.
    getOperation()->walk([&](PagedAttentionOp op) {
      if (!op->hasAttr(kKVSplitsAttrName)) {
        op.emitOpError("cannot be expanded: its shapes must be static");
        signalPassFailure();
      }
    });
  }
};

} // namespace

void mlir::tessel::populateExpandPagedAttentionPatterns(
    RewritePatternSet &patterns) {
  patterns.add<ExpandPagedAttention>(patterns.getContext());
}
