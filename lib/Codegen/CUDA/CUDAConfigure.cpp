//===- CUDAConfigure.cpp - Every CUDA decision, recorded on the ops -------===//
//
// tessel-cuda-configure: the one place where the CUDA pipeline asks the cost
// model. For each op it records the kernel's knobs (warps, columns per warp,
// prefetch, tensor cores), the layout the kernel reads its weights in, and
// the generic path's choices (lanes, key block) as attributes
// (ConfigurationAttributes.h); layout propagation and the lowerings only
// read them. The qmatmul kernel's knobs are ranked on the kernel that
// QMatmulPlanner.h plans for them, the same planner the lowering builds.
//
//===----------------------------------------------------------------------===//

#include "tessel/Codegen/CUDA/AttentionDecodePlanner.h"
#include "tessel/Codegen/CUDA/AttentionWarpgroupPlanner.h"
#include "tessel/Codegen/CUDA/Passes.h"
#include "tessel/Codegen/CUDA/QMatmulPlanner.h"
#include "tessel/Codegen/CUDA/QMatmulWarpgroupPlanner.h"
#include "tessel/Codegen/Common/CostModelSelection.h"
#include "tessel/CostModel/ConfigurationSpace.h"
#include "tessel/Dialect/Tessel/IR/ConfigurationAttributes.h"
#include "tessel/Dialect/Tessel/IR/TesselOps.h"
#include "tessel/Dialect/Tessel/Transforms/Passes.h"

#include "mlir/Transforms/GreedyPatternRewriteDriver.h"

#include "llvm/Support/FormatVariadic.h"

#include <limits>
#include <map>
#include <optional>
#include <tuple>

namespace mlir::tessel {
#define GEN_PASS_DEF_TESSELCUDACONFIGURE
#include "tessel/Codegen/CUDA/Passes.h.inc"
} // namespace mlir::tessel

using namespace mlir;
using namespace mlir::tessel;

namespace {

struct TesselCUDAConfigurePass
    : tessel::impl::TesselCUDAConfigureBase<TesselCUDAConfigurePass> {
  using Base::Base;

  void runOnOperation() override {
    if (failed(verifyOptions()))
      return signalPassFailure();
    FailureOr<TargetCostModel> costed = lookUpCostModel(
        getOperation(), "tessel-cuda-configure", target, costModel);
    if (failed(costed))
      return signalPassFailure();
    if (costed->target.warpsPerUnit == 0) {
      getOperation()->emitError("tessel-cuda-configure: '")
          << target << "' is not a GPU (sm_80, sm_90 or h200)";
      return signalPassFailure();
    }
    // Paged attention takes the decode kernel where it can; the rest
    // becomes page gathers and masked attention, configured below.
    getOperation()->walk(
        [&](PagedAttentionOp op) { configureDecode(op, costed->model.get()); });
    RewritePatternSet expansion(&getContext());
    populateExpandPagedAttentionPatterns(expansion);
    if (failed(applyPatternsGreedily(getOperation(), std::move(expansion))))
      return signalPassFailure();
    getOperation()->walk([&](Operation *op) {
      if (auto qmm = dyn_cast<QMatmulOp>(op))
        configureQMatmul(qmm, costed->target, costed->model.get());
      else if (auto attn = dyn_cast<AttentionOp>(op))
        configureAttention(attn, costed->target, costed->model.get());
    });
  }

  LogicalResult verifyOptions() {
    auto fail = [&](StringRef message) {
      getOperation()->emitError("tessel-cuda-configure: ") << message;
      return failure();
    };
    if (columnsPerWarp < 0 || warpsPerBlock < 0 || warpsPerBlock > 32)
      return fail("columns-per-warp must be at least 0 and warps-per-block "
                  "between 0 and 32");
    if (prefetchSteps < -1 || prefetchSteps > 8)
      return fail("prefetch-steps must be between -1 and 8");
    if (attentionWarps != 4 && attentionWarps != 8)
      return fail("attention-warps must be 4 or 8");
    if (qmatmulLanes < 1)
      return fail("qmatmul-lanes must be at least 1");
    if (kvSplits < 0)
      return fail("kv-splits must be at least 0");
    if (decodeWarps != 0 &&
        !llvm::is_contained(attentionDecodeWarpsCandidates(), decodeWarps))
      return fail("decode-warps must be 0, 1, 2 or 4");
    if (decodePrefetch < -1 || decodePrefetch > 8)
      return fail("decode-prefetch must be between -1 and 8");
    return success();
  }

  /// Sets `name` to `value` on `op` unless the op already has it.
  static void setDefault(Operation *op, StringRef name, Attribute value) {
    if (!op->hasAttr(name))
      op->setAttr(name, value);
  }

  /// The generic path's choices: lanes ranked by the model (the option
  /// winning ties), or the option with cost-model=fixed.
  void configureGenericPath(Operation *op, const TargetDescription &target,
                            const CostModel *model) {
    Builder b(op->getContext());
    OpConfiguration fixed;
    if (isa<QMatmulOp>(op))
      fixed.lanes = qmatmulLanes;
    if (model)
      recordConfiguration(op, fixed, target, *model);
    else if (isa<QMatmulOp>(op))
      setDefault(op, kQMatmulLanesAttrName, b.getI64IntegerAttr(qmatmulLanes));
  }

  void configureQMatmul(QMatmulOp op, const TargetDescription &target,
                        const CostModel *model) {
    configureGenericPath(op, target, model);
    Builder b(op->getContext());
    // The layout the kernel reads the weights in.
    auto weightsForm = [&]() -> FailureOr<QMatmulWeightsForm> {
      FailureOr<QMatmulWeightsForm> form = qmatmulWeightsForm(op);
      if (succeeded(form))
        return form;
      if (!packWeights || !hasPackableConstantWeights(op))
        return failure();
      op->setAttr(kPackWeightsAttrName, b.getUnitAttr());
      return QMatmulWeightsForm::PackedWords;
    };
    if (!qmatmulKernelRejection(op).empty()) {
      // Input rows known only at run time: the sm_90 GEMM takes any number
      // (one compiled function for every M); the other kernels do not.
      if (qmatmulWarpgroupRejection(op).empty())
        if (FailureOr<QMatmulWeightsForm> form = weightsForm(); succeeded(form))
          configureQMatmulWarpgroup(op, *form, model);
      return;
    }
    FailureOr<QMatmulWeightsForm> form = weightsForm();
    if (failed(form))
      return;
    if (!tensorCores)
      setDefault(op, kTensorCoresAttrName, b.getBoolAttr(false));
    if (columnsPerWarp > 0)
      setDefault(op, kColumnsPerWarpAttrName,
                 b.getI64IntegerAttr(columnsPerWarp));
    if (prefetchSteps >= 0)
      setDefault(op, kPrefetchStepsAttrName,
                 b.getI64IntegerAttr(prefetchSteps));
    if (!op->hasAttr(kKernelWarpsAttrName)) {
      int64_t warps = warpsPerBlock > 0 ? warpsPerBlock : kDefaultQMatmulWarps;
      if (warpsPerBlock == 0 && model)
        warps = rankWarps(op, *form, *model);
      op->setAttr(kKernelWarpsAttrName, b.getI64IntegerAttr(warps));
    }
    configureQMatmulWarpgroup(op, *form, model);
  }

  /// On sm_90, the mixed-input GEMM where it takes the op, the op has at
  /// least kMinQMatmulWarpgroupRows input rows and the cost model predicts
  /// it faster than the kernel configured above (always without a model),
  /// with the knobs it predicts fastest; an op that already names its
  /// kernel keeps it ("warpgroup" with its knobs; any other name keeps the
  /// kernels of QMatmulPlanner.h).
  void configureQMatmulWarpgroup(QMatmulOp op, QMatmulWeightsForm form,
                                 const CostModel *model) {
    auto kind = op->getAttrOfType<StringAttr>(kQMatmulKernelAttrName);
    bool asked = kind && kind.getValue() == "warpgroup";
    if (kind && !asked)
      return;
    // An op that asks for this kernel where it cannot run is computed by
    // another one; say so rather than fall back silently.
    std::string why = !warpgroupMMA  ? "the chip has no warpgroup MMA"
                      : !tensorCores ? "tensor cores are off"
                                     : qmatmulWarpgroupRejection(op);
    if (!why.empty()) {
      if (asked)
        op->emitWarning() << "asks for the sm_90 qmatmul GEMM, which does "
                             "not take it ("
                          << why << "); another kernel computes it";
      return;
    }
    auto input = cast<RankedTensorType>(op.getInput().getType());
    if (!kind && input.hasStaticShape() &&
        input.getNumElements() / std::max<int64_t>(input.getShape().back(), 1) <
            kMinQMatmulWarpgroupRows)
      return;
    std::optional<QMatmulWarpgroupPlan> best;
    double bestSeconds = std::numeric_limits<double>::infinity();
    std::map<std::tuple<int64_t, int64_t, int64_t>, double> predicted;
    for (QMatmulWarpgroupKnobs knobs : qmatmulWarpgroupCandidates(op)) {
      // Knobs the op sets are not the pass's to choose: the others (the
      // ring's depth, say) are planned around them.
      if (op->hasAttr(kBlockRowsAttrName))
        knobs.blockRows = 0;
      if (op->hasAttr(kConsumerWarpgroupsAttrName))
        knobs.consumers = 0;
      if (op->hasAttr(kPipelineStagesAttrName))
        knobs.stages = 0;
      if (op->hasAttr(kSplitKAttrName))
        knobs.splits = 0;
      FailureOr<QMatmulWarpgroupPlan> plan =
          planQMatmulWarpgroup(op, knobs, &why);
      if (failed(plan))
        continue;
      double seconds = 0;
      if (model) {
        FailureOr<CostBreakdown> cost =
            model->estimateKernel(profileQMatmulWarpgroup(*plan));
        if (failed(cost) || !cost->fitsScratchpad)
          continue;
        seconds = cost->seconds;
        predicted[{plan->blockRows, plan->consumers, plan->splits}] = seconds;
      }
      if (!best || seconds < bestSeconds * (1 - 1e-9)) {
        best = *plan;
        bestSeconds = seconds;
      }
    }
    if (!best) {
      if (asked)
        op->emitWarning() << "asks for the sm_90 qmatmul GEMM, which cannot "
                             "be planned with its knobs ("
                          << why << "); another kernel computes it";
      return;
    }
    // Against the other kernel, unless the op asks for this one.
    double otherSeconds = std::numeric_limits<double>::infinity();
    if (model && !kind) {
      QMatmulKernelKnobs knobs = readQMatmulKernelKnobs(op);
      FailureOr<QMatmulPlan> other = planQMatmulKernel(op, form, knobs);
      if (succeeded(other))
        if (FailureOr<CostBreakdown> cost =
                model->estimateKernel(profileQMatmulKernel(*other));
            succeeded(cost))
          otherSeconds = cost->seconds;
    }
    if (remarks && model) {
      InFlightDiagnostic remark =
          op->emitRemark() << "qmatmul warpgroup kernel: predicted (block "
                              "rows x consumers x splits of K: us)";
      for (auto [knobs, seconds] : predicted)
        remark << " " << std::get<0>(knobs) << "x" << std::get<1>(knobs) << "x"
               << std::get<2>(knobs) << ": "
               << llvm::formatv("{0:F2}", seconds * 1e6).str();
      remark << "; other kernel: "
             << llvm::formatv("{0:F2}", otherSeconds * 1e6).str();
    }
    if (!(bestSeconds < otherSeconds))
      return;
    Builder b(op->getContext());
    setDefault(op, kQMatmulKernelAttrName, b.getStringAttr("warpgroup"));
    setDefault(op, kBlockRowsAttrName, b.getI64IntegerAttr(best->blockRows));
    setDefault(op, kConsumerWarpgroupsAttrName,
               b.getI64IntegerAttr(best->consumers));
    setDefault(op, kPipelineStagesAttrName, b.getI64IntegerAttr(best->stages));
    setDefault(op, kSplitKAttrName, b.getI64IntegerAttr(best->splits));
  }

  /// The warps per block whose planned kernel `model` predicts fastest; on
  /// ties the one nearest the default.
  int64_t rankWarps(QMatmulOp op, QMatmulWeightsForm form,
                    const CostModel &model) {
    QMatmulKernelKnobs knobs = readQMatmulKernelKnobs(op);
    int64_t best = kDefaultQMatmulWarps;
    double bestSeconds = std::numeric_limits<double>::infinity();
    std::map<int64_t, double> predicted;
    StringRef variant;
    for (int64_t warps : qmatmulWarpsCandidates()) {
      knobs.warpsPerBlock = warps;
      FailureOr<QMatmulPlan> plan = planQMatmulKernel(op, form, knobs);
      if (failed(plan))
        return kDefaultQMatmulWarps;
      variant = plan->getVariantName();
      FailureOr<CostBreakdown> cost =
          model.estimateKernel(profileQMatmulKernel(*plan));
      if (failed(cost))
        return kDefaultQMatmulWarps;
      predicted[warps] = cost->seconds;
      if (cost->fitsScratchpad && cost->seconds < bestSeconds * (1 - 1e-9)) {
        best = warps;
        bestSeconds = cost->seconds;
      }
    }
    if (remarks) {
      InFlightDiagnostic remark =
          op->emitRemark() << "qmatmul kernel (" << variant << "): " << best
                           << " warps per block; predicted (warps: us)";
      for (auto [warps, seconds] : predicted)
        remark << " " << warps << ": "
               << llvm::formatv("{0:F2}", seconds * 1e6).str();
    }
    return best;
  }

  void configureAttention(AttentionOp op, const TargetDescription &target,
                          const CostModel *model) {
    configureGenericPath(op, target, model);
    Type element = op.getQuery().getType().getElementType();
    if (!element.isF16() && !element.isBF16())
      return;
    Builder b(op->getContext());
    if (!tensorCores)
      setDefault(op, kTensorCoresAttrName, b.getBoolAttr(false));
    setDefault(op, kKernelWarpsAttrName, b.getI64IntegerAttr(attentionWarps));
    configureDecode(op, model);
    if (!op->hasAttr(kKVSplitsAttrName))
      configurePrefillKernel(op);
  }

  /// On sm_90, the Hopper kernel where it takes the op, with its knobs
  /// (those the op already has are kept); else the mma.sync kernel.
  void configurePrefillKernel(AttentionOp op) {
    if (!warpgroupMMA || !tensorCores)
      return;
    if (auto kind = op->getAttrOfType<StringAttr>(kAttentionKernelAttrName);
        kind && kind.getValue() != "warpgroup")
      return;
    FailureOr<AttentionWarpgroupPlan> plan = planAttentionWarpgroup(op);
    if (failed(plan))
      return;
    Builder b(op->getContext());
    setDefault(op, kAttentionKernelAttrName, b.getStringAttr("warpgroup"));
    setDefault(op, kConsumerWarpgroupsAttrName,
               b.getI64IntegerAttr(plan->consumers));
    setDefault(op, kKernelKeyBlockAttrName,
               b.getI64IntegerAttr(plan->keyBlock));
    setDefault(op, kPipelineStagesAttrName, b.getI64IntegerAttr(plan->stages));
    setDefault(op, kOverlapSoftmaxAttrName,
               b.getBoolAttr(plan->overlapSoftmax));
    setDefault(op, kConsumerPingPongAttrName, b.getBoolAttr(plan->pingPong));
  }

  /// Few query rows against a long cache, contiguous or paged: the split-KV
  /// decode kernel, with the splits the cost model ranks first. A paged op
  /// the kernel does not take is left to tessel-expand-paged-attention.
  void configureDecode(Operation *op, const CostModel *model) {
    if (!decodeKernel || !attentionDecodeRejection(op).empty())
      return;
    Builder b(op->getContext());
    if (decodePrefetch >= 0)
      setDefault(op, kPrefetchStepsAttrName,
                 b.getI64IntegerAttr(decodePrefetch));
    // Warps per block are not ranked: the cost model does not tell them
    // apart (it has not seen the tensor-core form with more than one warp
    // run), so they are the op's, `decode-warps` or the default.
    setDefault(op, kDecodeWarpsAttrName,
               b.getI64IntegerAttr(decodeWarps > 0 ? decodeWarps
                                                   : kDefaultDecodeWarps));
    if (op->hasAttr(kKVSplitsAttrName))
      return;
    int64_t splits = kvSplits > 0       ? kvSplits
                     : model == nullptr ? defaultAttentionDecodeSplits(op)
                                        : rankSplits(op, *model);
    op->setAttr(kKVSplitsAttrName, b.getI64IntegerAttr(splits));
  }

  /// The number of splits of the keys whose planned decode kernels `model`
  /// predicts fastest; on ties the fewest.
  int64_t rankSplits(Operation *op, const CostModel &model) {
    int64_t best = 1;
    double bestSeconds = std::numeric_limits<double>::infinity();
    std::map<int64_t, double> predicted;
    for (int64_t splits : attentionDecodeSplitsCandidates()) {
      FailureOr<AttentionDecodePlan> plan = planAttentionDecode(op, splits);
      if (failed(plan) || plan->splits != splits)
        continue;
      FailureOr<CostBreakdown> cost =
          model.estimateKernel(profileAttentionDecode(*plan));
      if (failed(cost))
        return defaultAttentionDecodeSplits(op);
      predicted[splits] = cost->seconds;
      if (cost->fitsScratchpad && cost->seconds < bestSeconds * (1 - 1e-9)) {
        best = splits;
        bestSeconds = cost->seconds;
      }
    }
    if (remarks) {
      InFlightDiagnostic remark =
          op->emitRemark() << "attention decode kernel: " << best
                           << " splits of the keys; predicted (splits: us)";
      for (auto [splits, seconds] : predicted)
        remark << " " << splits << ": "
               << llvm::formatv("{0:F2}", seconds * 1e6).str();
    }
    return best;
  }
};

} // namespace
