//===- Tile.cpp - Tile tessel ops into parallel loops ---------------------===//

#include "mlir/Dialect/SCF/Transforms/TileUsingInterface.h"
#include "mlir/IR/PatternMatch.h"
#include "tessel/Dialect/Tessel/IR/TesselOps.h"
#include "tessel/Dialect/Tessel/Transforms/Passes.h"

namespace mlir::tessel {
#define GEN_PASS_DEF_TESSELTILE
#include "tessel/Dialect/Tessel/Transforms/Passes.h.inc"
} // namespace mlir::tessel

using namespace mlir;
using namespace mlir::tessel;

namespace {

/// How one op is tiled: sizes of the parallel tiles (0 = whole dimension),
/// then optionally the query rows of a serial loop inside each tile.
struct TilePlan {
  SmallVector<int64_t> parallel;
  int64_t serialRows = 0;
};

/// Query rows per attention tile: at most `want`, preferably a divisor of
/// Sq (full tiles keep shapes static, hence vectorizable), a whole number of
/// blocks under a block mask.
int64_t attentionRows(AttentionOp attn, int64_t want) {
  int64_t rows = want;
  int64_t sq = attn.getQuery().getType().getDimSize(2);
  if (!ShapedType::isDynamic(sq)) {
    rows = std::min(rows, sq);
    for (int64_t t = rows; t >= rows / 2 && t > 0; --t)
      if (sq % t == 0) {
        rows = t;
        break;
      }
  }
  if (std::optional<ArrayRef<int64_t>> blocks = attn.getBlockSizes())
    rows = std::max<int64_t>(rows / (*blocks)[0], 1) * (*blocks)[0];
  return rows;
}

struct TesselTilePass : tessel::impl::TesselTileBase<TesselTilePass> {
  using TesselTileBase::TesselTileBase;

  /// The plan for `op`, or none to leave it whole.
  std::optional<TilePlan> planFor(Operation *op) {
    if (auto attn = dyn_cast<AttentionOp>(op)) {
      int64_t group = attn.getGroupSize();
      if (group == 0)
        return std::nullopt;
      int64_t rows = attentionRows(attn, attentionQueryTile);
      // With enough (batch, head group) pairs for the cores, those run in
      // parallel and the query rows in a serial loop inside, so that
      // per-head work (transposing K) is hoisted out of it. Block-sparse
      // tiles keep their rows parallel: a row tile must start on a block
      // boundary, which the serial loop's offsets cannot show.
      auto qType = attn.getQuery().getType();
      int64_t pairs = qType.isDynamicDim(0) || qType.isDynamicDim(1)
                          ? 0
                          : qType.getDimSize(0) * qType.getDimSize(1) / group;
      if (pairs >= 2 && !attn.getBlockMask())
        return TilePlan{{1, group, 0}, rows};
      return TilePlan{{1, group, rows}, 0};
    }
    if (auto qmm = dyn_cast<QMatmulOp>(op)) {
      if (qmm.hasBatch())
        return TilePlan{{1, 0, qmatmulColumnTile}, 0};
      return TilePlan{{0, qmatmulColumnTile}, 0};
    }
    if (auto softmax = dyn_cast<SoftmaxOp>(op)) {
      SmallVector<int64_t> sizes(softmax.getResult().getType().getRank(), 1);
      sizes[softmax.getDimension()] = 0;
      return TilePlan{sizes, 0};
    }
    return std::nullopt;
  }

  void runOnOperation() override {
    SmallVector<TilingInterface> candidates;
    getOperation()->walk([&](TilingInterface op) {
      // Only ops not already inside a tile loop.
      if (isa<TesselDialect>(op->getDialect()) &&
          !op->getParentOfType<scf::ForallOp>())
        candidates.push_back(op);
    });
    IRRewriter rewriter(&getContext());
    for (TilingInterface op : candidates) {
      std::optional<TilePlan> plan = planFor(op);
      if (!plan)
        continue;
      scf::SCFTilingOptions options;
      options.setLoopType(scf::SCFTilingOptions::LoopType::ForallOp);
      options.setTileSizes(
          getAsIndexOpFoldResult(&getContext(), plan->parallel));
      rewriter.setInsertionPoint(op);
      // A refusal is reported by upstream as an error; here it only means
      // "keep the op whole", so it is not shown.
      ScopedDiagnosticHandler quiet(&getContext(),
                                    [](Diagnostic &) { return success(); });
      FailureOr<scf::SCFTilingResult> tiled =
          scf::tileUsingSCF(rewriter, op, options);
      // A refusal keeps the op whole: it is still correct, only serial.
      if (failed(tiled))
        continue;
      rewriter.replaceOp(op, tiled->replacements);
      if (plan->serialRows == 0 || tiled->tiledOps.size() != 1)
        continue;
      auto inner = cast<TilingInterface>(tiled->tiledOps.front());
      scf::SCFTilingOptions rowOptions;
      rowOptions.setTileSizes(
          getAsIndexOpFoldResult(&getContext(), {0, 0, plan->serialRows}));
      rewriter.setInsertionPoint(inner);
      FailureOr<scf::SCFTilingResult> rows =
          scf::tileUsingSCF(rewriter, inner, rowOptions);
      if (succeeded(rows))
        rewriter.replaceOp(inner, rows->replacements);
    }
  }
};

} // namespace
