//===- LearnedCostModel.cpp - XGBoost trained on tessel-tune's data -------===//
//
// The model predicts log(seconds) from the features of Features.h. It is
// loaded through XGBoost's C API, from a file or from the models compiled
// into this library (lib/CostModel/Models/<target>.json, trained by
// python/tessel/costmodel/train.py). The explanation of an estimate (bytes,
// FLOPs, occupancy) stays the analytical model's; only `seconds` is the
// learned prediction.
//
// Trees do not extrapolate: beyond the shapes they were trained on they
// answer as at the edge of that range, where the cache behaves otherwise
// (attention with 2048 keys and head dim 128 took a 16-row query tile,
// 2.4x slower than the best, from a model trained up to 1024 keys). The
// model records the range of each shape feature its training cases of
// each op kind covered (`tessel_training_ranges`, written by train.py);
// for an op outside it, the learned ranking is confined to the candidates
// the analytical model predicts within kTrustFactor of its best.
//
//===----------------------------------------------------------------------===//

#include "tessel/CostModel/CostModel.h"
#include "tessel/CostModel/Features.h"

#include "tessel/Dialect/Tessel/IR/TesselOps.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"

#include <xgboost/c_api.h>

#include <cmath>
#include <mutex>

using namespace mlir;
using namespace mlir::tessel;

namespace {

/// The shipped models: {target, XGBoost JSON}, up to a null entry.
struct ShippedModel {
  const char *target;
  const char *json;
};
const ShippedModel kShippedModels[] = {
#include "EmbeddedModels.inc"
    {nullptr, nullptr}};

const char *shippedModel(StringRef target) {
  for (const ShippedModel *model = kShippedModels; model->target; ++model)
    if (target == model->target)
      return model->json;
  return nullptr;
}

/// Outside its training range, the learned ranking only chooses among the
/// candidates the analytical model predicts within this factor of its best.
constexpr double kTrustFactor = 1.5;

/// The features that describe an op's shape (not its configuration).
constexpr StringLiteral kShapeFeatures[] = {
    "log2_batch", "log2_m",          "log2_n",        "log2_k", "log2_dv",
    "head_group", "log2_group_size", "element_bytes", "bits"};

/// [min, max] of each shape feature over the training cases, per op kind.
using TrainingRanges =
    llvm::StringMap<llvm::StringMap<std::pair<double, double>>>;

/// The op kinds the ranges are recorded under (train.py's KIND_FLAGS).
StringRef opKind(Operation *op) {
  if (isa<AttentionOp>(op))
    return "attention";
  if (isa<QMatmulOp>(op))
    return "qmatmul";
  if (isa<SoftmaxOp>(op))
    return "softmax";
  return "matmul";
}

/// Owns a booster; predictions are serialized (passes may run on several
/// threads, and one booster's prediction cache is not meant to be shared).
class Booster {
public:
  ~Booster() {
    if (handle)
      XGBoosterFree(handle);
  }

  /// Loads a JSON model and checks that it was trained on our features.
  bool load(StringRef json, std::string &error) {
    if (XGBoosterCreate(nullptr, 0, &handle) != 0 ||
        XGBoosterLoadModelFromBuffer(handle, json.data(), json.size()) != 0 ||
        XGBoosterSetParam(handle, "nthread", "1") != 0) {
      error = XGBGetLastError();
      return false;
    }
    bst_ulong count = 0;
    const char **names = nullptr;
    if (XGBoosterGetStrFeatureInfo(handle, "feature_name", &count, &names) !=
        0) {
      error = XGBGetLastError();
      return false;
    }
    ArrayRef<StringRef> expected = featureNames();
    bool same = count == expected.size();
    for (bst_ulong i = 0; same && i < count; ++i)
      same = expected[i] == names[i];
    if (!same) {
      error = "the model was trained on other features than this version of "
              "Tessel computes (" +
              std::to_string(count) + " named features, expected " +
              std::to_string(expected.size()) + ": " +
              llvm::join(expected, ",") + ")";
      return false;
    }
    return readRanges(error);
  }

  /// The training ranges recorded in the model, if any (models trained
  /// before they were recorded have none: then every op is in range).
  const TrainingRanges &getRanges() const { return ranges; }

  /// Predictions for `rows` feature vectors of featureNames().size() each.
  FailureOr<SmallVector<double>> predict(ArrayRef<float> values,
                                         size_t rows) const {
    std::lock_guard<std::mutex> lock(mutex);
    // In-place prediction from the dense array (no DMatrix to build).
    std::string array =
        llvm::formatv(R"({{"data": [{0}, true], "shape": [{1}, {2}], )"
                      R"("typestr": "<f4", "version": 3})",
                      reinterpret_cast<uintptr_t>(values.data()), rows,
                      featureNames().size())
            .str();
    const bst_ulong *shape = nullptr;
    bst_ulong dims = 0;
    const float *out = nullptr;
    if (XGBoosterPredictFromDense(
            handle, array.c_str(),
            R"({"type": 0, "training": false, "iteration_begin": 0,
                "iteration_end": 0, "strict_shape": false, "cache_id": 0,
                "missing": NaN})",
            nullptr, &shape, &dims, &out) != 0)
      return failure();
    SmallVector<double> result(out, out + rows);
    return result;
  }

private:
  bool readRanges(std::string &error) {
    const char *text = nullptr;
    int found = 0;
    if (XGBoosterGetAttr(handle, "tessel_training_ranges", &text, &found) !=
        0) {
      error = XGBGetLastError();
      return false;
    }
    if (!found)
      return true;
    llvm::Expected<llvm::json::Value> parsed = llvm::json::parse(text);
    const llvm::json::Object *kinds = parsed ? parsed->getAsObject() : nullptr;
    if (!kinds) {
      if (!parsed)
        llvm::consumeError(parsed.takeError());
      error = "the model's tessel_training_ranges is not a JSON object";
      return false;
    }
    for (const auto &[kind, features] : *kinds) {
      const llvm::json::Object *byName = features.getAsObject();
      if (!byName)
        continue;
      for (const auto &[name, range] : *byName) {
        const llvm::json::Array *pair = range.getAsArray();
        if (!pair || pair->size() != 2 || !(*pair)[0].getAsNumber() ||
            !(*pair)[1].getAsNumber())
          continue;
        ranges[kind.str()][name.str()] = {*(*pair)[0].getAsNumber(),
                                          *(*pair)[1].getAsNumber()};
      }
    }
    return true;
  }

  BoosterHandle handle = nullptr;
  mutable std::mutex mutex;
  TrainingRanges ranges;
};

class LearnedCostModel : public CostModel {
public:
  LearnedCostModel(TargetDescription target, std::unique_ptr<Booster> booster)
      : target(std::move(target)), booster(std::move(booster)),
        analytical(createAnalyticalCostModel(this->target)) {}

  StringRef getName() const override { return "learned"; }

  FailureOr<CostBreakdown>
  estimate(Operation *op, const OpConfiguration &config) const override {
    FailureOr<CostBreakdown> cost = analytical->estimate(op, config);
    if (failed(cost))
      return failure();
    FailureOr<SmallVector<double>> seconds = estimateSeconds(op, {config});
    if (failed(seconds))
      return failure();
    cost->seconds = seconds->front();
    return cost;
  }

  FailureOr<SmallVector<double>>
  estimateSeconds(Operation *op,
                  ArrayRef<OpConfiguration> configs) const override {
    SmallVector<float> values;
    values.reserve(configs.size() * featureNames().size());
    for (const OpConfiguration &config : configs) {
      FailureOr<SmallVector<float>> features =
          computeFeatures(op, config, target);
      if (failed(features))
        return failure();
      values.append(features->begin(), features->end());
    }
    FailureOr<SmallVector<double>> logSeconds =
        booster->predict(values, configs.size());
    if (failed(logSeconds))
      return failure();
    for (double &v : *logSeconds)
      v = std::exp(v);
    if (configs.size() > 1 &&
        !withinTrainingRange(
            op, ArrayRef<float>(values).take_front(featureNames().size())))
      confineToAnalyticalBest(op, configs, *logSeconds);
    return logSeconds;
  }

  /// No kernel was measured for training: kernels are the analytical
  /// model's.
  FailureOr<CostBreakdown>
  estimateKernel(const GPUKernelProfile &kernel) const override {
    return analytical->estimateKernel(kernel);
  }

private:
  /// Whether the shape features of `features` lie in the ranges the
  /// training cases of `op`'s kind covered.
  bool withinTrainingRange(Operation *op, ArrayRef<float> features) const {
    const TrainingRanges &ranges = booster->getRanges();
    if (ranges.empty())
      return true;
    auto kind = ranges.find(opKind(op));
    if (kind == ranges.end())
      return false;
    ArrayRef<StringRef> names = featureNames();
    for (StringRef name : kShapeFeatures) {
      const auto *position = llvm::find(names, name);
      auto range = kind->second.find(name);
      if (position == names.end() || range == kind->second.end())
        continue;
      double value = features[position - names.begin()];
      // Features are floats: a little slack for their rounding.
      if (value < range->second.first - 1e-3 ||
          value > range->second.second + 1e-3)
        return false;
    }
    return true;
  }

  /// Ranks the candidates the analytical model predicts more than
  /// kTrustFactor slower than its best after all others (their learned
  /// predictions raised above every trusted one, in the analytical
  /// model's order).
  void confineToAnalyticalBest(Operation *op, ArrayRef<OpConfiguration> configs,
                               SmallVector<double> &seconds) const {
    FailureOr<SmallVector<double>> analyticalSeconds =
        analytical->estimateSeconds(op, configs);
    if (failed(analyticalSeconds))
      return;
    double best = *llvm::min_element(*analyticalSeconds);
    double slowestTrusted = 0;
    for (auto [learned, modeled] : llvm::zip(seconds, *analyticalSeconds))
      if (modeled <= best * kTrustFactor)
        slowestTrusted = std::max(slowestTrusted, learned);
    for (auto [learned, modeled] : llvm::zip(seconds, *analyticalSeconds))
      if (modeled > best * kTrustFactor)
        learned = slowestTrusted * (1 + modeled / best);
  }

  TargetDescription target;
  std::unique_ptr<Booster> booster;
  std::unique_ptr<CostModel> analytical;
};

} // namespace

bool mlir::tessel::hasShippedLearnedModel(StringRef target) {
  return shippedModel(target) != nullptr;
}

std::unique_ptr<CostModel>
mlir::tessel::createLearnedCostModel(const TargetDescription &target,
                                     StringRef modelFile, std::string &error) {
  std::string json;
  if (modelFile.empty()) {
    const char *shipped = shippedModel(target.name);
    if (!shipped) {
      error =
          "no learned cost model is shipped for target '" + target.name + "'";
      return nullptr;
    }
    json = shipped;
  } else {
    llvm::ErrorOr<std::unique_ptr<llvm::MemoryBuffer>> buffer =
        llvm::MemoryBuffer::getFile(modelFile);
    if (!buffer) {
      error = "cannot read cost model '" + modelFile.str() +
              "': " + buffer.getError().message();
      return nullptr;
    }
    json = (*buffer)->getBuffer().str();
  }
  auto booster = std::make_unique<Booster>();
  std::string loadError;
  if (!booster->load(json, loadError)) {
    error = "cannot load cost model " +
            (modelFile.empty() ? "for '" + target.name + "'"
                               : "'" + modelFile.str() + "'") +
            ": " + loadError;
    return nullptr;
  }
  return std::make_unique<LearnedCostModel>(target, std::move(booster));
}
