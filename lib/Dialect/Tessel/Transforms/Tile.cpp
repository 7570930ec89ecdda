//===- Tile.cpp - Tile tessel ops into parallel loops ---------------------===//

#include "mlir/Dialect/SCF/Transforms/TileUsingInterface.h"
#include "mlir/IR/PatternMatch.h"
#include "tessel/CostModel/CostModel.h"
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

  /// Among tile sizes 16..256 (as the configuration `sizesFor` builds),
  /// the one the cost model predicts fastest; `fixed` unless the analytical
  /// model is asked for, and on ties.
  int64_t choose(Operation *op, int64_t fixed,
                 function_ref<SmallVector<int64_t>(int64_t)> sizesFor) {
    if (!model)
      return fixed;
    int64_t best = fixed;
    FailureOr<CostBreakdown> bestCost = model->estimate(op, {sizesFor(fixed)});
    if (failed(bestCost))
      return fixed;
    for (int64_t candidate : {16, 32, 64, 128, 256}) {
      FailureOr<CostBreakdown> cost =
          model->estimate(op, {sizesFor(candidate)});
      if (succeeded(cost) && cost->fitsScratchpad &&
          cost->seconds < bestCost->seconds) {
        best = candidate;
        bestCost = cost;
      }
    }
    return best;
  }

  /// The plan for `op`, or none to leave it whole.
  std::optional<TilePlan> planFor(Operation *op) {
    if (auto sizes = op->getAttrOfType<DenseI64ArrayAttr>("tessel.tile_sizes"))
      return TilePlan{llvm::to_vector(sizes.asArrayRef()), 0};
    if (auto attn = dyn_cast<AttentionOp>(op)) {
      int64_t group = attn.getGroupSize();
      if (group == 0)
        return std::nullopt;
      int64_t rows = attentionRows(
          attn, choose(op, attentionQueryTile, [&](int64_t candidate) {
            return SmallVector<int64_t>{1, group,
                                        attentionRows(attn, candidate)};
          }));
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
      auto sizesFor = [&](int64_t columns) {
        return qmm.hasBatch() ? SmallVector<int64_t>{1, 0, columns}
                              : SmallVector<int64_t>{0, columns};
      };
      return TilePlan{sizesFor(choose(op, qmatmulColumnTile, sizesFor)), 0};
    }
    if (auto softmax = dyn_cast<SoftmaxOp>(op)) {
      SmallVector<int64_t> sizes(softmax.getResult().getType().getRank(), 1);
      sizes[softmax.getDimension()] = 0;
      return TilePlan{sizes, 0};
    }
    return std::nullopt;
  }

  // Shared: passes are copied when pipelines are cloned.
  std::shared_ptr<CostModel> model;

  void runOnOperation() override {
    if (costModel == "analytical") {
      std::optional<TargetDescription> desc = TargetDescription::get(target);
      if (!desc) {
        getOperation()->emitError()
            << "tessel-tile: unknown target '" << target << "'";
        return signalPassFailure();
      }
      model = createAnalyticalCostModel(*desc);
    } else if (costModel != "fixed") {
      getOperation()->emitError()
          << "tessel-tile: unknown cost-model '" << costModel
          << "' (expected fixed or analytical)";
      return signalPassFailure();
    }
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
