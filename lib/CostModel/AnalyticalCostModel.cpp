//===- AnalyticalCostModel.cpp - A roofline per memory level --------------===//
//
// For each op: the FLOPs it performs, the bytes it moves from main memory
// (inputs re-read once per tile that needs them, outputs written once) and
// through the cache (intermediates a tile keeps there), the scratchpad one
// tile needs, and how well the tiles fill the machine's parallel units.
//
//===----------------------------------------------------------------------===//

#include "ShapeCounts.h"
#include "tessel/CostModel/ConfigurationSpace.h"
#include "tessel/CostModel/CostModel.h"

#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "tessel/Dialect/Tessel/IR/TesselOps.h"

#include "llvm/ADT/TypeSwitch.h"
#include "llvm/Support/MathExtras.h"

#include <algorithm>
#include <cmath>
#include <limits>

using namespace mlir;
using namespace mlir::tessel;
using mlir::tessel::costmodel::numElements;

namespace {

/// Warp schedulers per SM (every NVIDIA GPU since Maxwell).
constexpr double kSchedulersPerUnit = 4;
/// Cycles between a lone warp's instructions when each waits on the one
/// before: 3.1 to 3.4 in ncu's warp state statistics of the qmatmul GEMM's
/// consumer warps (one a scheduler) on an H100.
constexpr double kDependentIssueCycles = 3.3;

/// What a further kernel launched after the first costs before it does any
/// work: the qmatmul GEMM's first step came 4.5 us after its launch, and
/// split-K's second kernel added 4.8-5.4 us (H100, docs/benchmarks.md).
constexpr double kLaunchSeconds = 4.5e-6;

/// Row tiles of an attention op the model sums one by one.
constexpr int64_t kMaxSampledTiles = 4096;

double ceilDiv(double a, double b) { return std::ceil(a / b); }

// Shapes may be of any size that fits int64 (2^40 queries): products of
// extents are formed in double (ShapeCounts.h), and byte counts are brought
// back to int64 saturated.

/// `bytes` as an int64, saturated.
int64_t saturatedBytes(double bytes) {
  return bytes >= 0x1p63 ? std::numeric_limits<int64_t>::max()
                         : static_cast<int64_t>(bytes);
}

/// Extent of loop `d` covered by one tile.
int64_t tileExtent(const OpConfiguration &config, unsigned d, int64_t full) {
  if (d >= config.tileSizes.size() || config.tileSizes[d] == 0)
    return full;
  return std::min(config.tileSizes[d], full);
}

class AnalyticalCostModel : public CostModel {
public:
  explicit AnalyticalCostModel(TargetDescription target)
      : target(std::move(target)) {}

  StringRef getName() const override { return "analytical"; }

  FailureOr<CostBreakdown>
  estimate(Operation *op, const OpConfiguration &config) const override {
    for (Type t : op->getOperandTypes())
      if (auto shaped = dyn_cast<ShapedType>(t);
          !shaped || !shaped.hasStaticShape())
        if (!t.isIndex())
          return failure();
    std::optional<CostBreakdown> cost =
        llvm::TypeSwitch<Operation *, std::optional<CostBreakdown>>(op)
            .Case([&](AttentionOp a) { return attention(a, config); })
            .Case([&](QMatmulOp q) { return qmatmul(q, config); })
            .Case([&](SoftmaxOp s) { return softmax(s, config); })
            .Case([&](linalg::MatmulOp m) { return matmul(m, config); })
            .Case<QuantizeOp, DequantizeOp, PackOp, UnpackOp, PermuteOp,
                  RelayoutOp, DraftMaskOp>(
                [&](Operation *o) { return streaming(o, config); })
            .Default([](Operation *) { return std::nullopt; });
    if (!cost)
      return failure();
    finish(*cost, op);
    return *cost;
  }

  /// The roofline of the kernel's bytes and FLOPs, and its latency bound:
  /// blocks run in waves of what the SMs hold at once (by warps, blocks
  /// and shared memory), and each wave takes the warps' round trips to
  /// memory one after another.
  FailureOr<CostBreakdown>
  estimateKernel(const GPUKernelProfile &kernel) const override {
    if (target.warpsPerUnit == 0 || kernel.blocks < 1 ||
        kernel.warpsPerBlock < 1)
      return failure();
    CostBreakdown c;
    c.flops = kernel.flops;
    c.dramBytes = kernel.dramBytes;
    c.cacheBytes = kernel.cacheBytes;
    c.scratchpadBytes = kernel.sharedBytesPerBlock;
    c.fitsScratchpad = kernel.sharedBytesPerBlock <= target.scratchpadBytes;
    int64_t resident = std::min(
        target.blocksPerUnit,
        std::max<int64_t>(target.warpsPerUnit / kernel.warpsPerBlock, 1));
    if (kernel.sharedBytesPerBlock > 0)
      resident =
          std::min(resident,
                   std::max<int64_t>(
                       target.scratchpadBytes / kernel.sharedBytesPerBlock, 1));
    // Registers are allocated to warps in units of 8 per thread.
    if (kernel.registersPerThread > 0 && target.registersPerUnit > 0) {
      int64_t perWarp = llvm::alignTo(kernel.registersPerThread, 8) * 32;
      resident = std::min(
          resident,
          std::max<int64_t>(
              target.registersPerUnit / (perWarp * kernel.warpsPerBlock), 1));
    }
    double slots = double(target.units) * resident;
    double waves = ceilDiv(kernel.blocks, slots);
    // Warps busy per SM, against all it could hold: the occupancy.
    double warps =
        double(kernel.blocks) * kernel.warpsPerBlock / (waves * target.units);
    c.occupancy = std::clamp(warps / target.warpsPerUnit, 1e-3, 1.0);
    double peak =
        kernel.tensorCores ? target.peakFlopsF16 : target.peakFlopsF32;
    // Tensor-core work runs on the SMs that have a block: a grid of fewer
    // blocks than SMs leaves the others' tensor cores idle.
    double busyUnits =
        std::clamp(double(kernel.blocks) / waves, 1.0, double(target.units));
    if (kernel.tensorCores)
      peak *= busyUnits / target.units;
    c.computeSeconds = c.flops / peak;
    // One instruction per lane and cycle, as an FMA is two f32 FLOPs, where
    // each scheduler has enough warps to issue every cycle; a warp alone
    // issues about one instruction in kDependentIssueCycles.
    if (kernel.threadInstructions > 0) {
      int64_t issuing = kernel.issuingWarpsPerBlock > 0
                            ? kernel.issuingWarpsPerBlock
                            : kernel.warpsPerBlock;
      double blocksPerUnit = double(kernel.blocks) / (waves * busyUnits);
      double warpsPerScheduler = issuing * blocksPerUnit / kSchedulersPerUnit;
      double issueFraction =
          std::min(1.0, warpsPerScheduler / kDependentIssueCycles);
      c.computeSeconds += kernel.threadInstructions /
                          (target.peakFlopsF32 / 2 *
                           (busyUnits / target.units) * issueFraction);
    }
    double latencySeconds =
        waves * kernel.roundTripsPerWarp * target.memoryLatency;
    // The bytes in flight of the resident blocks bound the bandwidth.
    double bandwidth = target.dramBandwidth;
    if (kernel.bytesInFlightPerBlock > 0)
      bandwidth = std::min(bandwidth, double(kernel.blocks) / waves *
                                          kernel.bytesInFlightPerBlock /
                                          target.memoryLatency);
    c.memorySeconds =
        std::max({c.dramBytes / bandwidth, c.cacheBytes / target.cacheBandwidth,
                  latencySeconds});
    c.seconds = std::max(c.computeSeconds, c.memorySeconds) +
                (kernel.launches - 1) * kLaunchSeconds;
    return c;
  }

private:
  /// Bytes per element as stored on the target: sub-byte integers take a
  /// byte each on the CPU and are packed on GPUs.
  double elementBytes(Type type) const {
    double bits = getElementTypeOrSelf(type).getIntOrFloatBitWidth();
    if (target.name == "cpu")
      return std::ceil(bits / 8);
    return bits / 8;
  }
  double bytesOf(Value v) const {
    auto type = cast<ShapedType>(v.getType());
    return numElements(type) * elementBytes(type);
  }

  /// Parallel tiles -> occupancy; roofline terms -> time.
  void finish(CostBreakdown &c, Operation *op) const {
    bool half = llvm::any_of(op->getOperandTypes(), [](Type t) {
      Type e = getElementTypeOrSelf(t);
      return e.isF16() || e.isBF16();
    });
    double peak = half ? target.peakFlopsF16 : target.peakFlopsF32;
    c.fitsScratchpad = c.scratchpadBytes <= target.scratchpadBytes;
    c.computeSeconds = c.flops / peak;
    c.memorySeconds = std::max(c.dramBytes / target.dramBandwidth,
                               c.cacheBytes / target.cacheBandwidth);
    c.seconds = std::max(c.computeSeconds, c.memorySeconds) / c.occupancy;
  }

  /// Fraction of the units busy for `tiles` parallel tiles (wave
  /// quantization: the last wave may be partly empty).
  double occupancy(double tiles) const {
    double slots = target.units;
    double waves = ceilDiv(tiles, slots);
    return std::clamp(tiles / (waves * slots), 1.0 / slots, 1.0);
  }

  CostBreakdown attention(AttentionOp op, const OpConfiguration &config) const {
    auto q = op.getQuery().getType(), k = op.getKey().getType();
    auto v = op.getValue().getType();
    int64_t b = q.getDimSize(0), hq = q.getDimSize(1), sq = q.getDimSize(2);
    int64_t d = q.getDimSize(3), hkv = k.getDimSize(1), skv = k.getDimSize(2);
    int64_t dv = v.getDimSize(3), group = hq / std::max<int64_t>(hkv, 1);
    int64_t tb = tileExtent(config, 0, b), th = tileExtent(config, 1, hq);
    int64_t tq = tileExtent(config, 2, sq);
    // Keys a tile of query rows [m0, m0 + tq) processes: all of them, or
    // under causal masking in the blockwise lowering the key blocks up to
    // its last row's diagonal. Skipping is per tile, so coarser row tiles
    // compute (and read) more.
    int64_t keyBlock = resolveConfiguration(op, config, target).keyBlock;
    // Up to kMaxSampledTiles row tiles are summed one by one; more are
    // sampled evenly, each sample standing for the tiles up to the next, so
    // that the model's time is bounded whatever the sizes (2^40 queries).
    double pairs = 0, keysPerRowTile = 0;
    int64_t rowTiles = ceilDiv(sq, tq);
    int64_t stride = std::max<int64_t>(ceilDiv(rowTiles, kMaxSampledTiles), 1);
    for (int64_t t = 0; t < rowTiles; t += stride) {
      int64_t m0 = t * tq;
      int64_t rows = std::min(tq, sq - m0);
      double weight = double(std::min(stride, rowTiles - t));
      int64_t keys = skv;
      if (op.getCausal() && keyBlock > 0) {
        int64_t last = m0 + rows - 1 + (skv - sq);
        keys = std::clamp<int64_t>(
            static_cast<int64_t>(ceilDiv(last + 1, keyBlock)) * keyBlock, 0,
            skv);
        // A sliding window no longer than the keys also skips the blocks
        // before the tile's first row's first key.
        std::optional<int64_t> window = op.getWindow();
        if (window && *window <= skv) {
          int64_t first = m0 + (skv - sq) - *window + 1;
          keys -= std::clamp<int64_t>(
              llvm::divideFloorSigned(first, keyBlock) * keyBlock, 0, keys);
        }
      }
      pairs += weight * double(rows) * keys;
      keysPerRowTile += weight * keys;
    }
    keysPerRowTile /= std::max<int64_t>(rowTiles, 1);
    CostBreakdown c;
    c.flops = double(b) * hq * pairs * (2.0 * (d + dv) + 5);
    double tiles = ceilDiv(b, tb) * ceilDiv(hq, th) * rowTiles;
    double eb = elementBytes(q);
    // Q and O once; K and V once per tile of query rows (the keys it
    // processes), per head group the tile covers.
    double kvPerTile =
        tb * ceilDiv(th, group) * keysPerRowTile * (d + dv) * elementBytes(k);
    c.dramBytes = double(b) * hq * sq * (d + dv) * eb + tiles * kvPerTile;
    // Scores pass through the cache three times (write, max, exp-sum).
    c.cacheBytes = 3.0 * b * hq * pairs * 4;
    // One tile: its queries, a block of K and V, the scores of the block
    // (of all keys without blocks).
    int64_t block = keyBlock > 0 ? keyBlock : skv;
    c.scratchpadBytes =
        saturatedBytes(double(tb) * th * tq * (d + dv) * eb +
                       double(tb) * block * (d + dv) * elementBytes(k) +
                       double(tb) * th * tq * block * 4);
    c.occupancy = occupancy(tiles);
    return c;
  }

  CostBreakdown qmatmul(QMatmulOp op, const OpConfiguration &config) const {
    auto x = op.getInput().getType();
    auto w = op.getWeights().getType();
    int64_t n = w.getDimSize(0), kk = w.getDimSize(1);
    int64_t m = costmodel::qmatmulRows(op);
    bool batched = op.hasBatch();
    int64_t tn = tileExtent(config, batched ? 2 : 1, n);
    int64_t tm = tileExtent(config, batched ? 1 : 0, m);
    CostBreakdown c;
    c.flops = 2.0 * m * n * kk;
    double tiles = ceilDiv(m, tm) * ceilDiv(n, tn);
    // Weights and scales once per row tile, activations once per column
    // tile, outputs once.
    double weights = bytesOf(op.getWeights()) + bytesOf(op.getScales()) +
                     (op.getZeroPoints() ? bytesOf(op.getZeroPoints()) : 0);
    c.dramBytes = weights * ceilDiv(m, tm) +
                  bytesOf(op.getInput()) * ceilDiv(n, tn) +
                  bytesOf(op.getInit());
    c.scratchpadBytes =
        saturatedBytes(double(tm) * kk * elementBytes(x) +
                       double(tn) * kk * elementBytes(w) + double(tm) * tn * 4);
    c.occupancy = occupancy(tiles);
    return c;
  }

  CostBreakdown softmax(SoftmaxOp op, const OpConfiguration &config) const {
    auto type = op.getInput().getType();
    double elements = numElements(type);
    int64_t row = type.getDimSize(op.getDimension());
    double reads = op.getAlgorithm() == SoftmaxAlgorithm::ThreePass ? 3 : 2;
    double flopsPer = op.getAlgorithm() == SoftmaxAlgorithm::ThreePass ? 5
                      : op.getAlgorithm() == SoftmaxAlgorithm::Online  ? 8
                                                                       : 10;
    CostBreakdown c;
    c.flops = elements * flopsPer;
    double eb = elementBytes(type);
    // A row that fits the scratchpad is read from memory once and re-read
    // from the cache; otherwise every pass goes to memory.
    bool rowFits = row * eb <= target.scratchpadBytes;
    double dramReads = rowFits ? 1 : reads;
    c.dramBytes = elements * eb * (dramReads + 1);
    c.cacheBytes = elements * eb * (reads - dramReads);
    c.scratchpadBytes = saturatedBytes(row * eb);
    double rows = elements / std::max<int64_t>(row, 1);
    double rowsPerTile = 1;
    for (auto [d, size] : llvm::enumerate(type.getShape()))
      if (d != op.getDimension())
        rowsPerTile *= tileExtent(config, d, size);
    c.occupancy = occupancy(rows / rowsPerTile);
    return c;
  }

  CostBreakdown matmul(linalg::MatmulOp op,
                       const OpConfiguration &config) const {
    auto a = cast<ShapedType>(op.getInputs()[0].getType());
    auto bType = cast<ShapedType>(op.getInputs()[1].getType());
    int64_t m = a.getDimSize(0), kk = a.getDimSize(1), n = bType.getDimSize(1);
    int64_t tm = tileExtent(config, 0, m), tn = tileExtent(config, 1, n);
    int64_t tk = tileExtent(config, 2, kk);
    CostBreakdown c;
    c.flops = 2.0 * m * n * kk;
    c.dramBytes = bytesOf(op.getInputs()[0]) * ceilDiv(n, tn) +
                  bytesOf(op.getInputs()[1]) * ceilDiv(m, tm) +
                  bytesOf(op.getOutputs()[0]);
    c.scratchpadBytes =
        saturatedBytes((double(tm) * tk + double(tk) * tn) * elementBytes(a) +
                       double(tm) * tn * 4);
    c.occupancy = occupancy(ceilDiv(m, tm) * ceilDiv(n, tn));
    return c;
  }

  /// Ops that read their inputs and write their outputs once.
  CostBreakdown streaming(Operation *op, const OpConfiguration &) const {
    CostBreakdown c;
    double elements = 0;
    for (Value v : op->getOperands())
      if (isa<ShapedType>(v.getType())) {
        c.dramBytes += bytesOf(v);
        elements += numElements(cast<ShapedType>(v.getType()));
      }
    c.flops = 4 * elements;
    c.occupancy = 1;
    return c;
  }

  TargetDescription target;
};

} // namespace

std::unique_ptr<CostModel>
mlir::tessel::createAnalyticalCostModel(const TargetDescription &target) {
  return std::make_unique<AnalyticalCostModel>(target);
}
