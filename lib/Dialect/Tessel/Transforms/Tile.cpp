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

struct TesselTilePass : tessel::impl::TesselTileBase<TesselTilePass> {
  using TesselTileBase::TesselTileBase;

  /// Query rows of the serial loop inside an attention tile (0: none); set
  /// by tileSizes.
  int64_t rowTile = 0;

  /// Parallel tile sizes for `op` (0 = untiled), or none to leave it whole.
  std::optional<SmallVector<int64_t>> tileSizes(Operation *op) {
    rowTile = 0;
    if (auto attn = dyn_cast<AttentionOp>(op)) {
      int64_t group = attn.getGroupSize();
      if (group == 0)
        return std::nullopt;
      int64_t rows = attentionQueryTile;
      int64_t sq = attn.getQuery().getType().getDimSize(2);
      // Prefer a divisor of Sq: full tiles keep shapes static (vectorizable).
      if (!ShapedType::isDynamic(sq))
        rows = std::min(rows, sq);
      if (!ShapedType::isDynamic(sq))
        for (int64_t t = rows; t >= rows / 2 && t > 0; --t)
          if (sq % t == 0) {
            rows = t;
            break;
          }
      if (std::optional<ArrayRef<int64_t>> blocks = attn.getBlockSizes())
        rows = std::max<int64_t>(rows / (*blocks)[0], 1) * (*blocks)[0];
      rowTile = rows;
      // Enough (batch, head group) pairs for the cores: those in parallel,
      // query rows in a serial loop inside (so that per-head work such as
      // transposing K is hoisted out of it); otherwise rows in parallel too.
      auto qType = attn.getQuery().getType();
      int64_t pairs = qType.isDynamicDim(0) || qType.isDynamicDim(1)
                          ? 0
                          : qType.getDimSize(0) * qType.getDimSize(1) / group;
      // (Block-sparse tiles keep their rows parallel: their row tiles must
      // start on block boundaries, which the serial loop cannot show.)
      if (pairs >= 2 && !attn.getBlockMask())
        return SmallVector<int64_t>{1, group, 0};
      rowTile = 0;
      return SmallVector<int64_t>{1, group, rows};
    }
    if (auto qmm = dyn_cast<QMatmulOp>(op)) {
      if (qmm.hasBatch())
        return SmallVector<int64_t>{1, 0, qmatmulColumnTile};
      return SmallVector<int64_t>{0, qmatmulColumnTile};
    }
    if (auto softmax = dyn_cast<SoftmaxOp>(op)) {
      SmallVector<int64_t> sizes(softmax.getResult().getType().getRank(), 1);
      sizes[softmax.getDimension()] = 0;
      return sizes;
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
      std::optional<SmallVector<int64_t>> sizes = tileSizes(op);
      if (!sizes)
        continue;
      scf::SCFTilingOptions options;
      options.setLoopType(scf::SCFTilingOptions::LoopType::ForallOp);
      options.setTileSizes(getAsIndexOpFoldResult(&getContext(), *sizes));
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
      if (rowTile == 0 || tiled->tiledOps.size() != 1)
        continue;
      auto inner = cast<TilingInterface>(tiled->tiledOps.front());
      scf::SCFTilingOptions rowOptions;
      rowOptions.setTileSizes(
          getAsIndexOpFoldResult(&getContext(), {0, 0, rowTile}));
      rewriter.setInsertionPoint(inner);
      FailureOr<scf::SCFTilingResult> rows =
          scf::tileUsingSCF(rewriter, inner, rowOptions);
      if (succeeded(rows))
        rewriter.replaceOp(inner, rows->replacements);
    }
  }
};

} // namespace
