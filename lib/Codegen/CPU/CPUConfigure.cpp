//===- CPUConfigure.cpp - Every CPU decision, recorded on the ops ---------===//
//
// tessel-cpu-configure: the one place where the CPU pipeline asks the cost
// model. It writes tile sizes, key blocks and lanes on each op
// (ConfigurationAttributes.h); tessel-tile and convert-tessel-to-linalg only
// read them.
//
//===----------------------------------------------------------------------===//

#include "tessel/Codegen/CPU/Passes.h"
#include "tessel/Codegen/CPU/VectorISA.h"
#include "tessel/Codegen/Common/CostModelSelection.h"
#include "tessel/CostModel/ConfigurationSpace.h"
#include "tessel/Dialect/Tessel/IR/ConfigurationAttributes.h"
#include "tessel/Dialect/Tessel/IR/TesselOps.h"

#include "mlir/Dialect/SCF/IR/SCF.h"

namespace mlir::tessel {
#define GEN_PASS_DEF_TESSELCPUCONFIGURE
#include "tessel/Codegen/CPU/Passes.h.inc"
} // namespace mlir::tessel

using namespace mlir;
using namespace mlir::tessel;

namespace {

struct TesselCPUConfigurePass
    : tessel::impl::TesselCPUConfigureBase<TesselCPUConfigurePass> {
  using Base::Base;

  void runOnOperation() override {
    FailureOr<TargetCostModel> costed = lookUpCostModel(
        getOperation(), "tessel-cpu-configure", "cpu", costModel);
    if (failed(costed))
      return signalPassFailure();
    std::optional<VectorISA> registers = getVectorISA(vectorISA);
    if (!registers) {
      getOperation()->emitError()
          << "tessel-cpu-configure: unknown vector-isa '" << vectorISA << "' ("
          << getVectorISANames() << ")";
      return signalPassFailure();
    }
    SmallVector<Operation *> ops;
    getOperation()->walk([&](Operation *op) {
      // Only ops not already inside a tile loop, without chosen tiles.
      if (isa<TesselDialect>(op->getDialect()) &&
          !op->getParentOfType<scf::ForallOp>() &&
          !op->hasAttr(kTileSizesAttrName))
        ops.push_back(op);
    });
    for (Operation *op : ops) {
      configure(op, costed->target, costed->model.get());
      if (isa<SoftmaxOp>(op) && !op->hasAttr(kSoftmaxLanesAttrName))
        op->setAttr(kSoftmaxLanesAttrName,
                    Builder(op->getContext())
                        .getI64IntegerAttr(2 * registers->vectorBits / 32));
    }
  }

  void configure(Operation *op, const TargetDescription &target,
                 const CostModel *model) {
    std::optional<OpConfiguration> fixed =
        defaultConfiguration(op, target, attentionQueryTile, qmatmulColumnTile);
    if (!fixed || fixed->tileSizes.empty())
      return;
    // The cost model's choice, with the key block and lanes it implies
    // recorded on the op; the fixed sizes without one.
    OpConfiguration chosen =
        model && isa<AttentionOp, QMatmulOp>(op)
            ? recordConfiguration(op, *fixed, target, *model)
            : *fixed;
    Builder b(op->getContext());
    SmallVector<int64_t> parallel = chosen.tileSizes;
    if (auto attn = dyn_cast<AttentionOp>(op)) {
      // With enough (batch, head group) pairs for the cores, those run in
      // parallel and the query rows in a serial loop inside, so that
      // per-head work (transposing K) is hoisted out of it. Block-sparse
      // tiles keep their rows parallel: a row tile must start on a block
      // boundary, which the serial loop's offsets cannot show.
      auto qType = attn.getQuery().getType();
      int64_t group = attn.getGroupSize();
      // In double: extents may be as large as int64 holds.
      double pairs = qType.isDynamicDim(0) || qType.isDynamicDim(1)
                         ? 0
                         : double(qType.getDimSize(0)) * qType.getDimSize(1) /
                               double(group);
      if (pairs >= 2 && !attn.getBlockMask()) {
        int64_t rows = parallel.back();
        parallel.back() = 0;
        op->setAttr(kSerialTileSizesAttrName,
                    b.getDenseI64ArrayAttr({0, 0, rows}));
      }
    }
    op->setAttr(kTileSizesAttrName, b.getDenseI64ArrayAttr(parallel));
  }
};

} // namespace
