//===- Features.cpp - What a learned cost model sees of an op -------------===//
//
// Sizes enter as log2 and bytes, FLOPs and seconds as log10, so that trees
// split on orders of magnitude; flags are 0 or 1.
//
//===----------------------------------------------------------------------===//

#include "tessel/CostModel/Features.h"

#include "ShapeCounts.h"

#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "tessel/Dialect/Tessel/IR/TesselOps.h"

#include <cmath>
#include <cstring>

using namespace mlir;
using namespace mlir::tessel;
using mlir::tessel::costmodel::numElements;

namespace {

/// The feature vector, by name; the order of the fields is the order of
/// featureNames().
struct Features {
  float isAttention = 0, isQMatmul = 0, isSoftmax = 0, isMatmul = 0;
  /// Attention: batch x heads, Sq, Skv, D, Dv; qmatmul: batch, M, N, K;
  /// softmax: rows, row length; matmul: M, N, K.
  float log2Batch = 0, log2M = 0, log2N = 0, log2K = 0, log2Dv = 0;
  float headGroup = 0, bits = 0, log2GroupSize = 0, elementBytes = 0;
  float causal = 0, masked = 0, visibleFraction = 1;
  float log2TileM = 0, log2TileN = 0, log2Tiles = 0;
  float blockwise = 0, log2KeyBlock = 0, log2Lanes = 0;
  float log10Flops = 0, log10DramBytes = 0, log10CacheBytes = 0;
  float log10Intensity = 0, log10Scratchpad = 0, fitsScratchpad = 0;
  float occupancy = 0, log10Seconds = 0, log10ComputeSeconds = 0,
        log10MemorySeconds = 0;
};

constexpr StringLiteral kNames[] = {"is_attention",
                                    "is_qmatmul",
                                    "is_softmax",
                                    "is_matmul",
                                    "log2_batch",
                                    "log2_m",
                                    "log2_n",
                                    "log2_k",
                                    "log2_dv",
                                    "head_group",
                                    "bits",
                                    "log2_group_size",
                                    "element_bytes",
                                    "causal",
                                    "masked",
                                    "visible_fraction",
                                    "log2_tile_m",
                                    "log2_tile_n",
                                    "log2_tiles",
                                    "blockwise",
                                    "log2_key_block",
                                    "log2_lanes",
                                    "log10_flops",
                                    "log10_dram_bytes",
                                    "log10_cache_bytes",
                                    "log10_intensity",
                                    "log10_scratchpad",
                                    "fits_scratchpad",
                                    "occupancy",
                                    "log10_analytical_s",
                                    "log10_compute_s",
                                    "log10_memory_s"};

static_assert(sizeof(Features) == sizeof(float) * std::size(kNames),
              "one name per feature");

float log2Of(double v) { return v > 0 ? float(std::log2(v)) : 0.f; }
float log10Of(double v) { return v > 0 ? float(std::log10(v)) : -30.f; }

double ceilDiv(int64_t a, int64_t b) {
  b = std::max<int64_t>(b, 1);
  return double(a / b + (a % b != 0));
}

/// Extent of loop `d` under `config` (0 or absent = whole).
int64_t tileOf(const OpConfiguration &config, unsigned d, int64_t full) {
  if (d >= config.tileSizes.size() || config.tileSizes[d] == 0)
    return full;
  return std::min(config.tileSizes[d], full);
}

void describeAttention(AttentionOp op, const OpConfiguration &config,
                       Features &f) {
  auto q = op.getQuery().getType(), k = op.getKey().getType();
  int64_t b = q.getDimSize(0), hq = q.getDimSize(1), sq = q.getDimSize(2);
  int64_t skv = k.getDimSize(2);
  f.isAttention = 1;
  f.log2Batch = log2Of(double(b) * hq);
  f.log2M = log2Of(sq);
  f.log2N = log2Of(skv);
  f.log2K = log2Of(q.getDimSize(3));
  f.log2Dv = log2Of(op.getValue().getType().getDimSize(3));
  f.headGroup = op.getGroupSize();
  f.bits = q.getElementTypeBitWidth();
  f.elementBytes = f.bits / 8;
  f.causal = op.getCausal();
  f.masked = op.getMask() || op.getBlockMask();
  if (op.getCausal())
    f.visibleFraction =
        std::max<double>(0, 1.0 - 0.5 * double(sq) / std::max<int64_t>(skv, 1));
  f.log2TileM = log2Of(tileOf(config, 2, sq));
  f.log2Tiles = log2Of(ceilDiv(b, tileOf(config, 0, b)) *
                       ceilDiv(hq, tileOf(config, 1, hq)) *
                       ceilDiv(sq, tileOf(config, 2, sq)));
  f.log2TileN = log2Of(skv);
  f.blockwise = config.keyBlock > 0;
  f.log2KeyBlock = log2Of(std::max<int64_t>(config.keyBlock, 0));
}

void describeQMatmul(QMatmulOp op, const OpConfiguration &config, Features &f) {
  auto x = op.getInput().getType(), w = op.getWeights().getType();
  int64_t n = w.getDimSize(0), kk = w.getDimSize(1);
  int64_t m = costmodel::qmatmulRows(op);
  bool batched = op.hasBatch();
  f.isQMatmul = 1;
  f.log2Batch = batched ? log2Of(x.getDimSize(0)) : 0;
  f.log2M = log2Of(m);
  f.log2N = log2Of(n);
  f.log2K = log2Of(kk);
  f.bits = w.getElementTypeBitWidth();
  f.log2GroupSize = log2Of(op.getGroupSize());
  f.elementBytes = x.getElementTypeBitWidth() / 8.0;
  f.log2TileM = log2Of(tileOf(config, batched ? 1 : 0, m));
  f.log2TileN = log2Of(tileOf(config, batched ? 2 : 1, n));
  f.log2Tiles = log2Of(ceilDiv(m, tileOf(config, batched ? 1 : 0, m)) *
                       ceilDiv(n, tileOf(config, batched ? 2 : 1, n)));
  f.log2Lanes = log2Of(std::max<int64_t>(config.lanes, 1));
}

void describeSoftmax(SoftmaxOp op, Features &f) {
  auto type = op.getInput().getType();
  int64_t row = type.getDimSize(op.getDimension());
  f.isSoftmax = 1;
  f.log2Batch = log2Of(numElements(type) / std::max<int64_t>(row, 1));
  f.log2N = log2Of(row);
  f.bits = type.getElementTypeBitWidth();
  f.elementBytes = f.bits / 8;
}

void describeMatmul(linalg::MatmulOp op, const OpConfiguration &config,
                    Features &f) {
  auto a = cast<ShapedType>(op.getInputs()[0].getType());
  auto b = cast<ShapedType>(op.getInputs()[1].getType());
  f.isMatmul = 1;
  f.log2M = log2Of(a.getDimSize(0));
  f.log2N = log2Of(b.getDimSize(1));
  f.log2K = log2Of(a.getDimSize(1));
  f.bits = a.getElementTypeBitWidth();
  f.elementBytes = f.bits / 8;
  f.log2TileM = log2Of(tileOf(config, 0, a.getDimSize(0)));
  f.log2TileN = log2Of(tileOf(config, 1, b.getDimSize(1)));
}

} // namespace

ArrayRef<StringRef> mlir::tessel::featureNames() {
  static const SmallVector<StringRef> names(std::begin(kNames),
                                            std::end(kNames));
  return names;
}

FailureOr<SmallVector<float>>
mlir::tessel::computeFeatures(Operation *op, const OpConfiguration &config,
                              const TargetDescription &target) {
  FailureOr<CostBreakdown> cost =
      createAnalyticalCostModel(target)->estimate(op, config);
  if (failed(cost))
    return failure();
  Features f;
  if (auto attn = dyn_cast<AttentionOp>(op))
    describeAttention(attn, config, f);
  else if (auto qmm = dyn_cast<QMatmulOp>(op))
    describeQMatmul(qmm, config, f);
  else if (auto softmax = dyn_cast<SoftmaxOp>(op))
    describeSoftmax(softmax, f);
  else if (auto matmul = dyn_cast<linalg::MatmulOp>(op))
    describeMatmul(matmul, config, f);
  // Other ops (data movement) are known to the analytical model by their
  // bytes alone.
  f.log10Flops = log10Of(cost->flops);
  f.log10DramBytes = log10Of(cost->dramBytes);
  f.log10CacheBytes = log10Of(cost->cacheBytes);
  f.log10Intensity = log10Of(cost->flops / std::max(cost->dramBytes, 1.0));
  f.log10Scratchpad = log10Of(double(cost->scratchpadBytes));
  f.fitsScratchpad = cost->fitsScratchpad;
  f.occupancy = cost->occupancy;
  f.log10Seconds = log10Of(cost->seconds);
  f.log10ComputeSeconds = log10Of(cost->computeSeconds);
  f.log10MemorySeconds = log10Of(cost->memorySeconds);
  SmallVector<float> values(std::size(kNames));
  std::memcpy(values.data(), &f, sizeof(f));
  return values;
}
