//===- VectorizeRows.cpp - Vectorize generics along the innermost loop ----===//

#include "Hoisting.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Linalg/Transforms/Transforms.h"
#include "mlir/Dialect/SCF/Transforms/TileUsingInterface.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/PatternMatch.h"
#include "tessel/Codegen/CPU/Passes.h"

namespace mlir::tessel {
#define GEN_PASS_DEF_TESSELVECTORIZEROWS
#include "tessel/Codegen/CPU/Passes.h.inc"
} // namespace mlir::tessel

using namespace mlir;

namespace {

/// The vector length for `op`'s innermost loop, or 0 if it should stay
/// scalar.
int64_t rowWidth(linalg::GenericOp op, int64_t maxWidth) {
  if (!op.hasPureTensorSemantics())
    return 0;
  SmallVector<int64_t> ranges = op.getStaticLoopRanges();
  if (ranges.empty() || llvm::any_of(ranges, ShapedType::isDynamic))
    return 0;
  unsigned inner = ranges.size() - 1;
  int64_t extent = ranges[inner];
  if (extent < 8 || extent % 8 != 0)
    return 0;
  // Gathers and nested loops stay scalar.
  bool simpleBody = true;
  op.getBody()->walk([&](Operation *nested) {
    if (isa<tensor::ExtractOp>(nested) || nested->getNumRegions() > 0)
      simpleBody = false;
  });
  if (!simpleBody)
    return 0;
  MLIRContext *ctx = op.getContext();
  for (OpOperand &operand : op->getOpOperands()) {
    auto type = dyn_cast<RankedTensorType>(operand.get().getType());
    if (!type)
      return 0;
    // LLVM packs vectors of sub-byte elements; the storage does not.
    if (type.getElementTypeBitWidth() % 8 != 0)
      return 0;
    AffineMap map = op.getMatchingIndexingMap(&operand);
    if (!map.isProjectedPermutation(/*allowZeroInResults=*/true))
      return 0;
    AffineExpr innerDim = getAffineDimExpr(inner, ctx);
    bool uses = llvm::is_contained(map.getResults(), innerDim);
    if (uses && map.getResults().back() != innerDim)
      return 0;
  }
  for (int64_t w = std::min(maxWidth, extent); w >= 8; w -= 8)
    if (extent % w == 0)
      return w;
  return 0;
}

/// Whether the loop just outside the innermost one (whole, `width` lanes)
/// joins the vector: a parallel loop of `outer` iterations, outer * width
/// within `maxWidth`, that an output uses with the innermost loop as its
/// last two dimensions while the op reduces over other loops: the
/// output's tile then stays in several independent registers (chains of
/// additions) across the reduction, where one vector would carry the whole
/// reduction's latency (the packed qmatmul's P values a word: 8 chains, not
/// one). Every operand that uses the loop has the same two dimensions last.
bool foldsOuterLoop(linalg::GenericOp op, int64_t width, int64_t maxWidth) {
  SmallVector<int64_t> ranges = op.getStaticLoopRanges();
  unsigned rank = ranges.size();
  if (rank < 3 || width != ranges.back() || ranges[rank - 2] < 2 ||
      ranges[rank - 2] * width > maxWidth ||
      op.getIteratorTypesArray()[rank - 2] != utils::IteratorType::parallel ||
      op.getNumReductionLoops() == 0)
    return false;
  MLIRContext *ctx = op.getContext();
  AffineExpr outer = getAffineDimExpr(rank - 2, ctx);
  AffineExpr inner = getAffineDimExpr(rank - 1, ctx);
  auto endsWithBoth = [&](AffineMap map) {
    ArrayRef<AffineExpr> results = map.getResults();
    return results.size() >= 2 && results[results.size() - 2] == outer &&
           results.back() == inner;
  };
  bool accumulates = false;
  for (OpOperand &operand : op->getOpOperands()) {
    AffineMap map = op.getMatchingIndexingMap(&operand);
    if (!llvm::is_contained(map.getResults(), outer))
      continue;
    if (!endsWithBoth(map))
      return false;
    accumulates |= op.isDpsInit(&operand);
  }
  return accumulates;
}

struct TesselVectorizeRowsPass
    : tessel::impl::TesselVectorizeRowsBase<TesselVectorizeRowsPass> {
  using TesselVectorizeRowsBase::TesselVectorizeRowsBase;

  void runOnOperation() override {
    SmallVector<std::pair<linalg::GenericOp, int64_t>> work;
    getOperation()->walk([&](linalg::GenericOp op) {
      if (int64_t w = rowWidth(op, width))
        work.emplace_back(op, w);
    });
    IRRewriter rewriter(&getContext());
    for (auto [op, w] : work) {
      // Tiles of one along every loop but the innermost, which is tiled by
      // w where it is longer. Loops of one iteration, and an innermost loop
      // of w, are not tiled (size 0): a loop of one step around the tile
      // would keep its accumulators (the per-lane softmax states, the
      // qmatmul lanes) from being hoisted out of the loops that are.
      SmallVector<int64_t> ranges = op.getStaticLoopRanges();
      SmallVector<int64_t> sizes(op.getNumLoops(), 1);
      for (auto [size, range] : llvm::zip(sizes, ranges))
        if (range == 1)
          size = 0;
      sizes.back() = w == ranges.back() ? 0 : w;
      if (foldsOuterLoop(op, w, width))
        sizes[sizes.size() - 2] = 0;
      Operation *tile = op;
      if (llvm::any_of(sizes, [](int64_t size) { return size != 0; })) {
        scf::SCFTilingOptions options;
        options.setTileSizes(getAsIndexOpFoldResult(&getContext(), sizes));
        rewriter.setInsertionPoint(op);
        FailureOr<scf::SCFTilingResult> tiled = scf::tileUsingSCF(
            rewriter, cast<TilingInterface>(op.getOperation()), options);
        if (failed(tiled) || tiled->tiledOps.size() != 1)
          continue;
        rewriter.replaceOp(op, tiled->replacements);
        tile = tiled->tiledOps.front();
      }
      rewriter.setInsertionPoint(tile);
      FailureOr<linalg::VectorizationResult> vectorized =
          linalg::vectorize(rewriter, tile);
      if (failed(vectorized))
        continue;
      rewriter.replaceOp(tile, vectorized->replacements);
      // Reductions over an outer loop (the per-lane softmax states) keep
      // their accumulators in registers across it.
      SmallVector<scf::ForOp> loops;
      for (Operation *parent =
               vectorized->replacements.front().getDefiningOp()->getParentOp();
           auto loop = dyn_cast_or_null<scf::ForOp>(parent);
           parent = parent->getParentOp())
        loops.push_back(loop);
      for (scf::ForOp loop : loops)
        tessel::hoistVectorAccumulators(rewriter, loop);
    }
  }
};

} // namespace
