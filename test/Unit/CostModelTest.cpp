//===- CostModelTest.cpp - Features, candidates and the learned model -----===//

#include "tessel/CostModel/CostModel.h"
#include "tessel/CostModel/ConfigurationSpace.h"
#include "tessel/CostModel/Features.h"
#include "tessel/Dialect/Tessel/IR/TesselDialect.h"
#include "tessel/Dialect/Tessel/IR/TesselOps.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/Parser/Parser.h"

#include <gtest/gtest.h>

#include <chrono>
#include <set>

using namespace mlir;
using namespace mlir::tessel;

namespace {

constexpr const char *kModule = R"mlir(
func.func @f(%q: tensor<2x8x96x64xf32>, %k: tensor<2x4x96x64xf32>,
             %x: tensor<16x1024xf32>, %w: tensor<512x1024xi4>,
             %s: tensor<512x16xf32>) -> (tensor<2x8x96x64xf32>, tensor<16x512xf32>) {
  %e = tensor.empty() : tensor<2x8x96x64xf32>
  %o = tessel.attention causal ins(%q, %k, %k : tensor<2x8x96x64xf32>, tensor<2x4x96x64xf32>, tensor<2x4x96x64xf32>) outs(%e : tensor<2x8x96x64xf32>) -> tensor<2x8x96x64xf32>
  %ey = tensor.empty() : tensor<16x512xf32>
  %y = tessel.qmatmul signed group_size(64) ins(%x, %w, %s : tensor<16x1024xf32>, tensor<512x1024xi4>, tensor<512x16xf32>) outs(%ey : tensor<16x512xf32>) -> tensor<16x512xf32>
  return %o, %y : tensor<2x8x96x64xf32>, tensor<16x512xf32>
}
)mlir";

class CostModelTest : public ::testing::Test {
protected:
  void SetUp() override {
    context
        .loadDialect<TesselDialect, func::FuncDialect, tensor::TensorDialect>();
    module = parseSourceString<ModuleOp>(kModule, &context);
    ASSERT_TRUE(module);
    module->walk([&](AttentionOp op) { attention = op; });
    module->walk([&](QMatmulOp op) { qmatmul = op; });
  }

  MLIRContext context;
  OwningOpRef<ModuleOp> module;
  AttentionOp attention;
  QMatmulOp qmatmul;
  TargetDescription cpu = *TargetDescription::get("cpu");
};

TEST_F(CostModelTest, FeaturesHaveOneValuePerName) {
  for (Operation *op : {attention.getOperation(), qmatmul.getOperation()}) {
    FailureOr<SmallVector<float>> features =
        computeFeatures(op, resolveConfiguration(op, {}, cpu), cpu);
    ASSERT_TRUE(succeeded(features));
    EXPECT_EQ(features->size(), featureNames().size());
  }
}

TEST_F(CostModelTest, FeaturesSeeTheConfiguration) {
  OpConfiguration a{{0, 64}, -1, 1}, b{{0, 64}, -1, 16};
  auto fa = computeFeatures(qmatmul, a, cpu),
       fb = computeFeatures(qmatmul, b, cpu);
  ASSERT_TRUE(succeeded(fa) && succeeded(fb));
  EXPECT_NE(*fa, *fb);
}

TEST_F(CostModelTest, CandidatesAreDistinctResolvedAndStartWithTheDefault) {
  OpConfiguration fixed{{1, 2, attentionQueryRows(attention, 64)}, -1, -1};
  SmallVector<OpConfiguration> candidates =
      candidateConfigurations(attention, fixed, cpu);
  // 96 keys: blocks of 32 split them, 64 and 128 do not (whole rows).
  EXPECT_EQ(candidates.front().keyBlock, 0);
  std::set<std::string> names;
  for (const OpConfiguration &c : candidates) {
    EXPECT_TRUE(c.keyBlock == 0 || c.keyBlock == 32);
    names.insert(describeConfiguration(attention, c));
  }
  EXPECT_EQ(names.size(), candidates.size());
  // Group 64: lanes 1, 4, 8, 16, 32 all apply; five column tiles.
  SmallVector<OpConfiguration> qmm =
      candidateConfigurations(qmatmul, {{0, 64}, -1, -1}, cpu);
  EXPECT_EQ(qmm.size(), 25u);
  EXPECT_EQ(qmm.front().lanes, 16);
  // GPUs: lanes only.
  SmallVector<OpConfiguration> gpu = candidateConfigurations(
      qmatmul, {{}, -1, -1}, *TargetDescription::get("sm_90"));
  EXPECT_EQ(gpu.front().lanes, 32);
  EXPECT_EQ(gpu.size(), 5u); // 32 (default), 1, 4, 8, 16; 64 = 1 lane
  EXPECT_EQ(candidateConfigurations(attention, fixed,
                                    *TargetDescription::get("sm_90"))
                .size(),
            1u);
}

TEST_F(CostModelTest, LearnedIsTheShippedModelOrTheAnalyticalOne) {
  std::string error;
  std::unique_ptr<CostModel> cpuModel = createCostModel("learned", cpu, error);
  ASSERT_TRUE(cpuModel) << error;
  EXPECT_EQ(cpuModel->getName(),
            hasShippedLearnedModel("cpu") ? "learned" : "analytical");
  std::unique_ptr<CostModel> a100 =
      createCostModel("learned", *TargetDescription::get("sm_80"), error);
  ASSERT_TRUE(a100);
  EXPECT_EQ(a100->getName(), "analytical");
}

TEST_F(CostModelTest, BadModelsAreDiagnosed) {
  std::string error;
  EXPECT_FALSE(createCostModel("oracle", cpu, error));
  EXPECT_NE(error.find("unknown cost model 'oracle'"), std::string::npos);
  EXPECT_FALSE(createCostModel("/no/such/model.json", cpu, error));
  EXPECT_NE(error.find("cannot read cost model"), std::string::npos);
}

// Ranking must be cheap enough to run on every op: the time to rank 1,000
// candidates is printed (docs/CostModel.md records it), not asserted.
TEST_F(CostModelTest, RanksAThousandCandidates) {
  if (!hasShippedLearnedModel("cpu"))
    GTEST_SKIP() << "no shipped CPU model";
  std::string error;
  std::unique_ptr<CostModel> model = createCostModel("learned", cpu, error);
  ASSERT_TRUE(model) << error;
  SmallVector<OpConfiguration> base =
      candidateConfigurations(qmatmul, {{0, 64}, -1, -1}, cpu);
  SmallVector<OpConfiguration> many;
  while (many.size() < 1000)
    many.push_back(base[many.size() % base.size()]);
  auto start = std::chrono::steady_clock::now();
  FailureOr<SmallVector<double>> seconds =
      model->estimateSeconds(qmatmul, many);
  double ms = std::chrono::duration<double, std::milli>(
                  std::chrono::steady_clock::now() - start)
                  .count();
  ASSERT_TRUE(succeeded(seconds));
  ASSERT_EQ(seconds->size(), 1000u);
  for (double s : *seconds)
    EXPECT_GT(s, 0);
  start = std::chrono::steady_clock::now();
  for (const OpConfiguration &c : many)
    ASSERT_TRUE(succeeded(computeFeatures(qmatmul, c, cpu)));
  double featureMs = std::chrono::duration<double, std::milli>(
                         std::chrono::steady_clock::now() - start)
                         .count();
  std::printf("ranking 1000 candidates with the learned model: %.2f ms "
              "(computing their features alone: %.2f ms)\n",
              ms, featureMs);
}

} // namespace

// The kernel model: round trips bound a latency-bound kernel, bytes a
// bandwidth-bound one, and blocks beyond what the SMs hold run in waves.
TEST(KernelCostModelTest, LatencyBandwidthAndWaves) {
  TargetDescription sm90 = *TargetDescription::get("sm_90");
  std::unique_ptr<CostModel> model = createAnalyticalCostModel(sm90);
  GPUKernelProfile kernel;
  kernel.blocks = sm90.units; // one block per SM
  kernel.warpsPerBlock = 4;
  kernel.dramBytes = 1 << 20;
  kernel.roundTripsPerWarp = 8;
  CostBreakdown eight = *model->estimateKernel(kernel);
  EXPECT_DOUBLE_EQ(eight.seconds, 8 * sm90.memoryLatency);
  EXPECT_DOUBLE_EQ(eight.occupancy, 4.0 / sm90.warpsPerUnit);
  kernel.roundTripsPerWarp = 4;
  EXPECT_DOUBLE_EQ(model->estimateKernel(kernel)->seconds,
                   4 * sm90.memoryLatency);
  // 1 GB: the bandwidth bounds it, whatever the round trips.
  kernel.dramBytes = 1e9;
  EXPECT_DOUBLE_EQ(model->estimateKernel(kernel)->seconds,
                   1e9 / sm90.dramBandwidth);
  // 16 warps per block: 4 blocks per SM at once; 8 per SM take two waves.
  kernel.dramBytes = 0;
  kernel.warpsPerBlock = 16;
  kernel.blocks = 4 * sm90.units;
  EXPECT_DOUBLE_EQ(model->estimateKernel(kernel)->seconds,
                   4 * sm90.memoryLatency);
  kernel.blocks = 8 * sm90.units;
  EXPECT_DOUBLE_EQ(model->estimateKernel(kernel)->seconds,
                   2 * 4 * sm90.memoryLatency);
  // Shared memory limits the blocks per SM too.
  kernel.warpsPerBlock = 1;
  kernel.blocks = 2 * sm90.units;
  kernel.sharedBytesPerBlock = sm90.scratchpadBytes;
  EXPECT_DOUBLE_EQ(model->estimateKernel(kernel)->seconds,
                   2 * 4 * sm90.memoryLatency);
  EXPECT_TRUE(model->estimateKernel(kernel)->fitsScratchpad);
  // So do registers, allocated in units of 8 per thread: 4 warps of 60
  // (64) registers leave room for 8 blocks per SM, of 72 for 7.
  kernel.sharedBytesPerBlock = 0;
  kernel.warpsPerBlock = 4;
  kernel.blocks = 8 * sm90.units;
  kernel.registersPerThread = 60;
  EXPECT_DOUBLE_EQ(model->estimateKernel(kernel)->seconds,
                   4 * sm90.memoryLatency);
  kernel.registersPerThread = 72;
  EXPECT_DOUBLE_EQ(model->estimateKernel(kernel)->seconds,
                   2 * 4 * sm90.memoryLatency);
  // The H200 is an H100 with faster memory.
  TargetDescription h200 = *TargetDescription::get("h200");
  EXPECT_EQ(h200.units, sm90.units);
  EXPECT_GT(h200.dramBandwidth, sm90.dramBandwidth);
  kernel.dramBytes = 1e9;
  EXPECT_LT(createAnalyticalCostModel(h200)->estimateKernel(kernel)->seconds,
            model->estimateKernel(kernel)->seconds);
  // The CPU has no kernels.
  EXPECT_TRUE(failed(createAnalyticalCostModel(*TargetDescription::get("cpu"))
                         ->estimateKernel(kernel)));
}

// Grids that leave SMs idle: the tensor cores of SMs without a block do
// nothing, a block's bytes in flight bound its bandwidth, and the CUDA-core
// instructions that feed the tensor cores add their issue time.
TEST(KernelCostModelTest, IdleSMsBytesInFlightAndThreadInstructions) {
  TargetDescription sm90 = *TargetDescription::get("sm_90");
  std::unique_ptr<CostModel> model = createAnalyticalCostModel(sm90);
  GPUKernelProfile kernel;
  kernel.warpsPerBlock = 4;
  kernel.tensorCores = true;
  kernel.roundTripsPerWarp = 1;
  kernel.flops = 1e12;
  kernel.blocks = sm90.units;
  double full = model->estimateKernel(kernel)->seconds;
  EXPECT_DOUBLE_EQ(full, 1e12 / sm90.peakFlopsF16);
  kernel.blocks = sm90.units / 4;
  EXPECT_NEAR(model->estimateKernel(kernel)->seconds,
              full * sm90.units / double(sm90.units / 4), 1e-12);

  // 1 GB from 33 blocks of 64 KiB in flight each.
  kernel.flops = 0;
  kernel.dramBytes = 1e9;
  kernel.bytesInFlightPerBlock = 64 * 1024;
  double perBlocks =
      1e9 / (kernel.blocks * kernel.bytesInFlightPerBlock / sm90.memoryLatency);
  EXPECT_DOUBLE_EQ(model->estimateKernel(kernel)->seconds,
                   std::max(perBlocks, 1e9 / sm90.dramBandwidth));
  kernel.blocks = 64 * sm90.units;
  EXPECT_DOUBLE_EQ(model->estimateKernel(kernel)->seconds,
                   1e9 / sm90.dramBandwidth);

  // One instruction per lane and cycle on every SM, with 4 issuing warps
  // on each scheduler.
  kernel.dramBytes = 0;
  kernel.bytesInFlightPerBlock = 0;
  kernel.blocks = sm90.units;
  kernel.flops = 1e12;
  kernel.threadInstructions = 1e12;
  kernel.warpsPerBlock = 16;
  EXPECT_DOUBLE_EQ(model->estimateKernel(kernel)->seconds,
                   1e12 / sm90.peakFlopsF16 + 1e12 / (sm90.peakFlopsF32 / 2));
  // One issuing warp a scheduler (a consumer warpgroup beside a producer)
  // issues about one instruction in 3.3 cycles.
  kernel.warpsPerBlock = 8;
  kernel.issuingWarpsPerBlock = 4;
  EXPECT_NEAR(model->estimateKernel(kernel)->seconds,
              1e12 / sm90.peakFlopsF16 + 3.3e12 / (sm90.peakFlopsF32 / 2),
              1e-9);

  // A second kernel launched after the first (split-K's sum) costs its
  // launch and first round trips, 4.5 us, before any work.
  double one = model->estimateKernel(kernel)->seconds;
  kernel.launches = 2;
  EXPECT_NEAR(model->estimateKernel(kernel)->seconds, one + 4.5e-6, 1e-12);
}
