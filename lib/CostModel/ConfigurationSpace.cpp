//===- ConfigurationSpace.cpp - The choices a cost model ranks ------------===//

#include "tessel/CostModel/ConfigurationSpace.h"

#include "tessel/Dialect/Tessel/IR/ConfigurationAttributes.h"
#include "tessel/Dialect/Tessel/IR/TesselOps.h"

#include "mlir/IR/Builders.h"
#include "llvm/ADT/SmallVectorExtras.h"

#include "llvm/Support/raw_ostream.h"

using namespace mlir;
using namespace mlir::tessel;

namespace {

/// What the lowerings do when an op carries no choice: 64-key blocks on the
/// CPU (convert-tessel-to-linalg), whole rows on GPUs (tessel-cuda-pipeline
/// keeps kernels dense); the lanes of each pipeline's qmatmul-lanes option.
constexpr int64_t kCPUKeyBlock = 64;
constexpr int64_t kCPULanes = 16;
constexpr int64_t kGPULanes = 32;

bool isCPU(const TargetDescription &target) { return target.name == "cpu"; }

/// Whether the blockwise lowering takes `keyBlock` for `op` (as
/// AttentionToLinalg's usesKeyBlocks decides).
bool keyBlockApplies(AttentionOp op, int64_t keyBlock) {
  if (keyBlock <= 0 || op.getMask())
    return false;
  auto q = op.getQuery().getType(), k = op.getKey().getType();
  auto v = op.getValue().getType();
  if (!q.hasStaticShape() || !k.hasStaticShape() || !v.hasStaticShape())
    return false;
  if (op.getBlockMask() && (*op.getBlockSizes())[1] % keyBlock != 0)
    return false;
  int64_t skv = k.getDimSize(2);
  return skv % keyBlock == 0 && skv > keyBlock;
}

/// Whether the qmatmul lowering splits K into `lanes` partial sums.
bool lanesApply(QMatmulOp op, int64_t lanes) {
  int64_t g = op.getGroupSize();
  return lanes > 1 && g % lanes == 0 && g > lanes;
}

bool sameConfiguration(const OpConfiguration &a, const OpConfiguration &b) {
  return a.tileSizes == b.tileSizes && a.keyBlock == b.keyBlock &&
         a.lanes == b.lanes;
}

} // namespace

int64_t mlir::tessel::attentionQueryRows(AttentionOp attn, int64_t want) {
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

std::optional<OpConfiguration> mlir::tessel::defaultConfiguration(
    Operation *op, const TargetDescription &target, int64_t attentionQueryTile,
    int64_t qmatmulColumnTile) {
  OpConfiguration config;
  if (auto attn = dyn_cast<AttentionOp>(op)) {
    int64_t group = attn.getGroupSize();
    if (group == 0)
      return std::nullopt;
    if (isCPU(target))
      config.tileSizes = {1, group,
                          attentionQueryRows(attn, attentionQueryTile)};
    return config;
  }
  if (auto qmm = dyn_cast<QMatmulOp>(op)) {
    if (isCPU(target))
      config.tileSizes = qmm.hasBatch()
                             ? SmallVector<int64_t>{1, 0, qmatmulColumnTile}
                             : SmallVector<int64_t>{0, qmatmulColumnTile};
    return config;
  }
  if (auto softmax = dyn_cast<SoftmaxOp>(op)) {
    if (isCPU(target)) {
      config.tileSizes.assign(softmax.getResult().getType().getRank(), 1);
      config.tileSizes[softmax.getDimension()] = 0;
    }
    return config;
  }
  return std::nullopt;
}

OpConfiguration
mlir::tessel::resolveConfiguration(Operation *op, OpConfiguration config,
                                   const TargetDescription &target) {
  if (auto attn = dyn_cast<AttentionOp>(op)) {
    int64_t keyBlock = config.keyBlock < 0 ? (isCPU(target) ? kCPUKeyBlock : 0)
                                           : config.keyBlock;
    config.keyBlock =
        isCPU(target) && keyBlockApplies(attn, keyBlock) ? keyBlock : 0;
    config.lanes = -1;
  } else if (auto qmm = dyn_cast<QMatmulOp>(op)) {
    int64_t lanes = config.lanes < 0 ? (isCPU(target) ? kCPULanes : kGPULanes)
                                     : config.lanes;
    config.lanes = lanesApply(qmm, lanes) ? lanes : 1;
    config.keyBlock = -1;
    // A column tile beyond N is all of N.
    int64_t n = qmm.getWeights().getType().getDimSize(0);
    if (!config.tileSizes.empty() && config.tileSizes.back() > n &&
        !ShapedType::isDynamic(n))
      config.tileSizes.back() = n;
  }
  return config;
}

SmallVector<OpConfiguration>
mlir::tessel::candidateConfigurations(Operation *op,
                                      const OpConfiguration &fixed,
                                      const TargetDescription &target) {
  SmallVector<OpConfiguration> out = {resolveConfiguration(op, fixed, target)};
  auto add = [&](const OpConfiguration &config) {
    OpConfiguration resolved = resolveConfiguration(op, config, target);
    if (llvm::none_of(out, [&](const OpConfiguration &c) {
          return sameConfiguration(c, resolved);
        }))
      out.push_back(resolved);
  };
  const int64_t tiles[] = {16, 32, 64, 128, 256};
  if (auto attn = dyn_cast<AttentionOp>(op)) {
    if (!isCPU(target) || fixed.tileSizes.size() != 3)
      return out;
    for (int64_t rows : tiles)
      for (int64_t keyBlock : {0, 32, 64, 128}) {
        OpConfiguration c = fixed;
        c.tileSizes.back() = attentionQueryRows(attn, rows);
        c.keyBlock = keyBlock;
        add(c);
      }
  } else if (isa<QMatmulOp>(op)) {
    if (isCPU(target)) {
      if (fixed.tileSizes.empty())
        return out;
      // Column tiles that divide N (partial tiles have dynamic shapes,
      // which vectorize worse), or cover it.
      int64_t n = cast<QMatmulOp>(op).getWeights().getType().getDimSize(0);
      for (int64_t columns : tiles) {
        if (columns < n && n % columns != 0)
          continue;
        for (int64_t lanes : {1, 4, 8, 16, 32}) {
          OpConfiguration c = fixed;
          c.tileSizes.back() = columns;
          c.lanes = lanes;
          add(c);
        }
      }
    } else {
      for (int64_t lanes : {1, 4, 8, 16, 32, 64}) {
        OpConfiguration c = fixed;
        c.lanes = lanes;
        add(c);
      }
    }
  }
  return out;
}

OpConfiguration
mlir::tessel::chooseConfiguration(Operation *op,
                                  ArrayRef<OpConfiguration> candidates,
                                  const CostModel &model) {
  assert(!candidates.empty() && "no configuration to choose from");
  if (candidates.size() == 1)
    return candidates.front();
  FailureOr<SmallVector<double>> seconds =
      model.estimateSeconds(op, candidates);
  if (failed(seconds))
    return candidates.front();
  // How many choices a candidate changes from the default: among equal
  // predictions the one that changes least wins, so that a model blind to
  // a choice (the analytical one to lanes) leaves it at its default.
  auto changes = [&](const OpConfiguration &c) {
    const OpConfiguration &d = candidates.front();
    return int(c.tileSizes != d.tileSizes) + int(c.keyBlock != d.keyBlock) +
           int(c.lanes != d.lanes);
  };
  FailureOr<CostBreakdown> defaultCost = model.estimate(op, candidates.front());
  bool defaultFits = succeeded(defaultCost) && defaultCost->fitsScratchpad;
  size_t best = 0;
  for (size_t i = 1; i < candidates.size(); ++i) {
    double a = (*seconds)[i], b = (*seconds)[best];
    bool faster = a < b * (1 - 1e-9);
    bool tie = !faster && a <= b * (1 + 1e-9);
    if (!faster && !(tie && changes(candidates[i]) < changes(candidates[best])))
      continue;
    // Tiles that overflow the scratchpad are not taken where the default's
    // fit, whatever a model predicts for them.
    FailureOr<CostBreakdown> cost = model.estimate(op, candidates[i]);
    if (succeeded(cost) && (cost->fitsScratchpad || !defaultFits))
      best = i;
  }
  return candidates[best];
}

OpConfiguration
mlir::tessel::recordConfiguration(Operation *op, const OpConfiguration &fixed,
                                  const TargetDescription &target,
                                  const CostModel &model) {
  auto given = [&](StringRef name) -> std::optional<int64_t> {
    if (auto attr = op->getAttrOfType<IntegerAttr>(name))
      return attr.getInt();
    return std::nullopt;
  };
  std::optional<int64_t> keyBlock = given(kKeyBlockAttrName);
  std::optional<int64_t> lanes = given(kQMatmulLanesAttrName);
  OpConfiguration start = fixed;
  start.keyBlock = keyBlock.value_or(start.keyBlock);
  start.lanes = lanes.value_or(start.lanes);
  OpConfiguration wanted = resolveConfiguration(op, start, target);
  SmallVector<OpConfiguration> candidates = llvm::filter_to_vector(
      candidateConfigurations(op, start, target),
      [&](const OpConfiguration &c) {
        return (!keyBlock || c.keyBlock == wanted.keyBlock) &&
               (!lanes || c.lanes == wanted.lanes);
      });
  OpConfiguration chosen = chooseConfiguration(op, candidates, model);
  Builder b(op->getContext());
  if (chosen.keyBlock >= 0 && !keyBlock)
    op->setAttr(kKeyBlockAttrName, b.getI64IntegerAttr(chosen.keyBlock));
  if (chosen.lanes >= 0 && !lanes)
    op->setAttr(kQMatmulLanesAttrName, b.getI64IntegerAttr(chosen.lanes));
  return chosen;
}

std::string mlir::tessel::describeConfiguration(Operation *op,
                                                const OpConfiguration &config) {
  std::string text;
  llvm::raw_string_ostream os(text);
  auto sep = [&] { return text.empty() ? "" : " "; };
  if (isa<AttentionOp>(op) && !config.tileSizes.empty())
    os << "rows=" << config.tileSizes.back();
  else if (isa<QMatmulOp>(op) && !config.tileSizes.empty())
    os << "columns=" << config.tileSizes.back();
  if (config.keyBlock >= 0)
    os << sep() << "key_block=" << config.keyBlock;
  if (config.lanes >= 0)
    os << sep() << "lanes=" << config.lanes;
  return text.empty() ? "default" : text;
}
