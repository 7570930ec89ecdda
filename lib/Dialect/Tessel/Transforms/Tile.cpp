//===- Tile.cpp - Tile tessel ops into parallel loops ---------------------===//

#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Linalg/Utils/Utils.h"
#include "mlir/Dialect/SCF/Transforms/TileUsingInterface.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/PatternMatch.h"
#include "tessel/CostModel/ConfigurationSpace.h"
#include "tessel/Dialect/Tessel/IR/ConfigurationAttributes.h"
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

/// Moves the destinations of `consumer` that are made after `loop` by
/// operand-free ops (tensor.empty of a static shape) to before it, where
/// consumer fusion needs them.
void hoistDestinations(RewriterBase &rewriter, Operation *consumer,
                       Operation *loop) {
  for (Value operand : consumer->getOperands()) {
    Operation *def = operand.getDefiningOp();
    if (def && isa<tensor::EmptyOp>(def) && def->getNumOperands() == 0 &&
        def->getBlock() == loop->getBlock() && loop->isBeforeInBlock(def))
      rewriter.moveOpBefore(def, loop);
  }
}

/// Fuses the elementwise linalg ops that consume the results of the tile
/// loop nest `loops` (a residual add, a scaling) into it, one tile at a
/// time, so that each tile's result is finished while it is in cache rather
/// than in another pass over memory. Ops that cannot be fused stay after
/// the loop.
void fuseElementwiseConsumers(RewriterBase &rewriter,
                              MutableArrayRef<LoopLikeOpInterface> loops) {
  if (loops.empty())
    return;
  SmallPtrSet<Operation *, 4> tried;
  for (bool changed = true; changed;) {
    changed = false;
    SmallVector<Operation *> users(loops.front()->getUsers());
    for (Operation *user : users) {
      auto linalgOp = dyn_cast<linalg::LinalgOp>(user);
      if (!linalgOp || tried.contains(user) ||
          !linalg::isElementwise(linalgOp) ||
          user->getBlock() != loops.front()->getBlock())
        continue;
      hoistDestinations(rewriter, user, loops.front());
      ScopedDiagnosticHandler quiet(user->getContext(),
                                    [](Diagnostic &) { return success(); });
      // Each consumer is tried once: upstream leaves the fused original in
      // place, with its uses moved to the loop's new result.
      tried.insert(user);
      if (failed(scf::tileAndFuseConsumer(rewriter, user, loops)))
        continue;
      if (user->use_empty())
        rewriter.eraseOp(user);
      changed = true;
      break;
    }
  }
}

struct TesselTilePass : tessel::impl::TesselTileBase<TesselTilePass> {
  using TesselTileBase::TesselTileBase;

  /// The configuration for `op`: `fixed` as the options give it, or the
  /// cost model's choice (recorded on the op, see recordConfiguration).
  OpConfiguration choose(Operation *op, const OpConfiguration &fixed) {
    if (!model)
      return fixed;
    return recordConfiguration(op, fixed, *targetDescription, *model);
  }

  /// The plan for `op`, or none to leave it whole.
  std::optional<TilePlan> planFor(Operation *op) {
    if (auto sizes = op->getAttrOfType<DenseI64ArrayAttr>(kTileSizesAttrName))
      return TilePlan{llvm::to_vector(sizes.asArrayRef()), 0};
    if (auto attn = dyn_cast<AttentionOp>(op)) {
      int64_t group = attn.getGroupSize();
      if (group == 0)
        return std::nullopt;
      OpConfiguration fixed;
      fixed.tileSizes = {1, group,
                         attentionQueryRows(attn, attentionQueryTile)};
      int64_t rows = choose(op, fixed).tileSizes.back();
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
      return TilePlan{choose(op, {sizesFor(qmatmulColumnTile)}).tileSizes, 0};
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
  std::optional<TargetDescription> targetDescription;

  LogicalResult initialize(MLIRContext *) override {
    targetDescription = TargetDescription::get(target);
    if (costModel == "fixed" || !targetDescription)
      return success();
    std::string error;
    model = createCostModel(costModel, *targetDescription, error);
    // Reported in runOnOperation, where there is an op to report on.
    modelError = error;
    return success();
  }
  std::string modelError;

  void runOnOperation() override {
    if (!targetDescription) {
      getOperation()->emitError()
          << "tessel-tile: unknown target '" << target << "'";
      return signalPassFailure();
    }
    if (costModel != "fixed" && !model) {
      getOperation()->emitError() << "tessel-tile: " << modelError;
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
      if (plan->serialRows != 0 && tiled->tiledOps.size() == 1) {
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
      if (fuseConsumers)
        fuseElementwiseConsumers(rewriter, tiled->loops);
    }
  }
};

} // namespace
