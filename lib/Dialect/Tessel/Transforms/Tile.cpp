//===- Tile.cpp - Tile tessel ops into parallel loops ---------------------===//

#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Linalg/Utils/Utils.h"
#include "mlir/Dialect/SCF/Transforms/TileUsingInterface.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/PatternMatch.h"
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
/// then optionally the sizes of a serial loop nest inside each tile.
struct TilePlan {
  SmallVector<int64_t> parallel;
  SmallVector<int64_t> serial;
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

  /// The plan recorded on `op` (tessel-cpu-configure, or by hand), or none
  /// to leave it whole.
  static std::optional<TilePlan> planFor(Operation *op) {
    auto sizes = op->getAttrOfType<DenseI64ArrayAttr>(kTileSizesAttrName);
    if (!sizes)
      return std::nullopt;
    TilePlan plan{llvm::to_vector(sizes.asArrayRef()), {}};
    if (auto serial =
            op->getAttrOfType<DenseI64ArrayAttr>(kSerialTileSizesAttrName))
      plan.serial = llvm::to_vector(serial.asArrayRef());
    return plan;
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
      // An empty operand (no keys, say) leaves no work to spread, and
      // slices of it cannot be taken: the op stays whole.
      if (llvm::any_of(op->getOperandTypes(), [](Type type) {
            auto shaped = dyn_cast<RankedTensorType>(type);
            return shaped && shaped.hasStaticShape() &&
                   shaped.getNumElements() == 0;
          })) {
        op->removeAttr(kTileSizesAttrName);
        op->removeAttr(kSerialTileSizesAttrName);
        continue;
      }
      std::optional<TilePlan> plan = planFor(op);
      if (!plan)
        continue;
      // The decision is carried out here; the tiled ops do not repeat it.
      op->removeAttr(kTileSizesAttrName);
      op->removeAttr(kSerialTileSizesAttrName);
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
      if (llvm::any_of(plan->serial, [](int64_t s) { return s != 0; }) &&
          tiled->tiledOps.size() == 1) {
        auto inner = cast<TilingInterface>(tiled->tiledOps.front());
        scf::SCFTilingOptions rowOptions;
        rowOptions.setTileSizes(
            getAsIndexOpFoldResult(&getContext(), plan->serial));
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
