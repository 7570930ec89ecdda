//===- CostModel.h - How long will this op take on this target --*- C++ -*-===//
//
// One interface answers "how long does this op, under this configuration,
// take on this target" and explains the answer (FLOPs, bytes per memory
// level, scratchpad use, occupancy). The analytical implementation is a
// roofline per memory level; a learned model (issue 6) implements the same
// interface.
//
//===----------------------------------------------------------------------===//

#ifndef TESSEL_COSTMODEL_COSTMODEL_H
#define TESSEL_COSTMODEL_COSTMODEL_H

#include "mlir/IR/Operation.h"
#include "mlir/Support/LLVM.h"

#include <memory>
#include <optional>
#include <string>

namespace mlir::tessel {

/// What a cost model needs to know about a machine.
struct TargetDescription {
  std::string name;
  /// Peak arithmetic throughput, FLOP/s: f32 on vector units, and 16-bit
  /// inputs on matrix units (tensor cores) where the target has them.
  double peakFlopsF32 = 0;
  double peakFlopsF16 = 0;
  /// Sustained bandwidth, bytes/s, of the main memory and of the last-level
  /// cache (the L2 on GPUs).
  double dramBandwidth = 0;
  double cacheBandwidth = 0;
  /// Capacity of the last-level cache, and of the scratchpad a tile may use
  /// (shared memory per block on GPUs, a per-core L2 budget on CPUs).
  int64_t cacheBytes = 0;
  int64_t scratchpadBytes = 0;
  /// Parallel units (cores, SMs) and resident tiles per unit at most.
  int64_t units = 1;
  int64_t tilesPerUnit = 1;
  /// GPUs: warps and blocks one SM holds at most, and the time a warp waits
  /// for a load from device memory under load (the round trip that the
  /// resident warps' loads in flight must cover, Little's law).
  int64_t warpsPerUnit = 0;
  int64_t blocksPerUnit = 0;
  double memoryLatency = 0;
  /// GPUs: 32-bit registers per SM, which the resident threads share.
  int64_t registersPerUnit = 0;

  /// The described targets: "cpu" (this machine's class: 2 AVX-512 cores),
  /// "sm_80" (A100), "sm_90" (H100) and "h200" (the H200: an sm_90 chip
  /// with faster memory); none for another name.
  static std::optional<TargetDescription> get(StringRef name);
};

/// The configuration an op is costed under: its tile sizes (one per loop of
/// its iteration domain, 0 = untiled), empty for "untiled"; for attention
/// the keys per block of the blockwise lowering (0: whole score rows), for
/// qmatmul the lanes of per-lane partial sums over K. -1 leaves a choice to
/// the lowering's default.
struct OpConfiguration {
  SmallVector<int64_t> tileSizes;
  int64_t keyBlock = -1;
  int64_t lanes = -1;
};

/// The explained estimate.
struct CostBreakdown {
  double flops = 0;
  /// Bytes moved from main memory and from the cache level above it.
  double dramBytes = 0;
  double cacheBytes = 0;
  /// Scratchpad bytes one tile needs, and whether it fits the target's.
  int64_t scratchpadBytes = 0;
  bool fitsScratchpad = true;
  /// Fraction of the parallel units the tiles keep busy, in (0, 1].
  double occupancy = 1;
  /// The roofline terms and their maximum, in seconds.
  double computeSeconds = 0;
  double memorySeconds = 0;
  double seconds = 0;
};

/// A dedicated GPU kernel as its planner lays it out for one configuration
/// (convert-tessel-to-gpu's kernels): what the machine's parallelism and
/// memory latency make of it.
struct GPUKernelProfile {
  int64_t blocks = 1;
  int64_t warpsPerBlock = 1;
  int64_t sharedBytesPerBlock = 0;
  double flops = 0;
  bool tensorCores = false;
  /// Bytes from device memory, and bytes every block re-reads through L2
  /// (operands that all blocks share).
  double dramBytes = 0;
  double cacheBytes = 0;
  /// The dependent memory round trips of one warp, one after the other: a
  /// step whose loads the next step does not overlap, a prologue that
  /// stages operands in shared memory, a barrier before a reduction.
  int64_t roundTripsPerWarp = 1;
  /// The registers a thread needs, as the kernel's planner estimates them
  /// (they bound the resident blocks); 0 if unknown.
  int64_t registersPerThread = 0;
  /// The bytes one block keeps in flight from device memory (a copy ring's
  /// depth): with few blocks, they, not the card, bound the bandwidth
  /// (bytes in flight / latency per block). 0 if unknown.
  double bytesInFlightPerBlock = 0;
  /// Instructions the kernel's threads issue on the CUDA cores besides
  /// `flops` (one per thread each, e.g. dequantizing weights for the tensor
  /// cores): they take the SMs' issue slots, serially with the tensor-core
  /// work they feed.
  double threadInstructions = 0;
  /// The warps of a block that issue `threadInstructions` (a warp-
  /// specialized kernel's consumers); 0 for all of them. A warp waits on its
  /// own dependent instructions, so a scheduler with few such warps leaves
  /// issue slots empty.
  int64_t issuingWarpsPerBlock = 0;
  /// Kernels launched one after the other (split-K's second kernel): each
  /// costs a launch and its own first round trips before any work.
  int64_t launches = 1;
};

class CostModel {
public:
  virtual ~CostModel() = default;
  virtual StringRef getName() const = 0;
  /// The estimate for `op` under `config`, or failure for an op the model
  /// does not know (with no diagnostic: callers decide).
  virtual FailureOr<CostBreakdown>
  estimate(Operation *op, const OpConfiguration &config) const = 0;
  /// The predicted seconds of `op` under each of `configs` (one call, so
  /// that a model can batch them), or failure as for estimate().
  virtual FailureOr<SmallVector<double>>
  estimateSeconds(Operation *op, ArrayRef<OpConfiguration> configs) const;
  /// The estimate for a dedicated GPU kernel, or failure for a model (or a
  /// target) that does not describe GPU kernels.
  virtual FailureOr<CostBreakdown>
  estimateKernel(const GPUKernelProfile &kernel) const {
    return failure();
  }
};

/// A roofline per memory level: time = max(FLOPs / peak, DRAM bytes / DRAM
/// bandwidth, cache bytes / cache bandwidth) / occupancy. Knows every
/// compute tessel op and linalg.matmul, and on GPU targets the kernels'
/// profiles, whose time is also bounded by their round trips to memory in
/// each wave of resident blocks.
std::unique_ptr<CostModel>
createAnalyticalCostModel(const TargetDescription &target);

/// A gradient-boosted regression model (XGBoost) trained on measurements by
/// tessel-tune: it predicts log(seconds) from computeFeatures() (Features.h),
/// and reports the analytical breakdown with its own prediction as
/// `seconds`. `modelFile` is an XGBoost JSON model; empty for the model
/// shipped for `target`. Null, with `error` set, when there is none or it
/// cannot be read.
std::unique_ptr<CostModel>
createLearnedCostModel(const TargetDescription &target, StringRef modelFile,
                       std::string &error);

/// Whether Tessel ships a learned model for `target` (see docs/CostModel.md).
bool hasShippedLearnedModel(StringRef target);

/// The model a `cost-model=` option names: "analytical", "learned" (the
/// shipped model of the target; the analytical one where there is none) or
/// the path of a model file. Null, with `error` set, when it cannot be had.
std::unique_ptr<CostModel> createCostModel(StringRef spec,
                                           const TargetDescription &target,
                                           std::string &error);

} // namespace mlir::tessel

#endif // TESSEL_COSTMODEL_COSTMODEL_H
