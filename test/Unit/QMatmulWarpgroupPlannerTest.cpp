//===- QMatmulWarpgroupPlannerTest.cpp - The sm_90 qmatmul GEMM's planner -===//
//
// The planner decides whether the Hopper mixed-input GEMM takes a qmatmul
// and lays out its knobs: input rows per block, consumer warpgroups and the
// steps of the ring within sm_90's shared memory. These tests pin the
// defaults, the knobs given as attributes, the candidates the configuration
// pass ranks, and the rejections.
//
//===----------------------------------------------------------------------===//

#include "tessel/Codegen/CUDA/QMatmulWarpgroupPlanner.h"
#include "tessel/Dialect/Tessel/IR/TesselDialect.h"
#include "tessel/Dialect/Tessel/IR/TesselOps.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/Parser/Parser.h"

#include "llvm/Support/FormatVariadic.h"

#include <gtest/gtest.h>

using namespace mlir;
using namespace mlir::tessel;

namespace {

class QMatmulWarpgroupPlannerTest : public ::testing::Test {
protected:
  void SetUp() override {
    context.loadDialect<TesselDialect, func::FuncDialect, tensor::TensorDialect,
                        arith::ArithDialect>();
  }

  /// tessel.qmatmul of M x K inputs by N x K weights of `bits` bits, unpacked
  /// from i32 words (or plain weights with `packed` false).
  QMatmulOp qmatmul(int64_t m, int64_t k, int64_t n, int64_t bits = 4,
                    StringRef element = "bf16", StringRef attrs = "",
                    bool packed = true, int64_t group = 128) {
    std::string weights = packed ? llvm::formatv(R"mlir(
  %we = tensor.empty() : tensor<{0}x{1}xi{2}>
  %w = tessel.unpack ins(%p : tensor<{0}x{3}xi32>) outs(%we : tensor<{0}x{1}xi{2}>) -> tensor<{0}x{1}xi{2}>)mlir",
                                                 n, k, bits, k * bits / 32)
                                       .str()
                                 : "";
    std::string text = llvm::formatv(
        R"mlir(
func.func @f(%x: tensor<{0}x{1}x{4}>, %p: tensor<{2}x{6}xi32>, %q: tensor<{2}x{1}xi{3}>, %s: tensor<{2}x{7}x{4}>) -> tensor<{0}x{2}x{4}> {{
  {8}
  %e = tensor.empty() : tensor<{0}x{2}x{4}>
  %y = tessel.qmatmul signed group_size({9}) ins(%x, {10}, %s : tensor<{0}x{1}x{4}>, tensor<{2}x{1}xi{3}>, tensor<{2}x{7}x{4}>) outs(%e : tensor<{0}x{2}x{4}>) {5} -> tensor<{0}x{2}x{4}>
  return %y : tensor<{0}x{2}x{4}>
}
)mlir",
        m, k, n, bits, element, attrs, std::max<int64_t>(k * bits / 32, 1),
        k / group, weights, group, packed ? "%w" : "%q");
    module = parseSourceString<ModuleOp>(text, &context);
    EXPECT_TRUE(module) << text;
    QMatmulOp op;
    module->walk([&](QMatmulOp found) { op = found; });
    return op;
  }

  MLIRContext context;
  OwningOpRef<ModuleOp> module;
};

TEST_F(QMatmulWarpgroupPlannerTest, Defaults) {
  FailureOr<QMatmulWarpgroupPlan> plan =
      planQMatmulWarpgroup(qmatmul(300, 4096, 11008));
  ASSERT_TRUE(succeeded(plan));
  EXPECT_EQ(plan->blockRows, 128);
  EXPECT_EQ(plan->consumers, 1);
  EXPECT_EQ(plan->getBlockColumns(), 64);
  EXPECT_EQ(plan->getColumnBlocks(), 172);
  EXPECT_EQ(plan->getRowBlocks(), 3);
  EXPECT_EQ(plan->getSteps(), 64);
  EXPECT_EQ(plan->getThreads(), 256);
  // A step: 16 KiB of input and 2 KiB of weights; 4 steps make the 64 KiB
  // in flight.
  EXPECT_EQ(plan->getInputStepBytes(), 16384);
  EXPECT_EQ(plan->getWeightStepBytes(), 2048);
  EXPECT_EQ(plan->stages, 4);
  EXPECT_LE(plan->getSharedBytes(), 227 * 1024);
}

TEST_F(QMatmulWarpgroupPlannerTest, FewRowsTakeSmallBlocksAndDeepRings) {
  FailureOr<QMatmulWarpgroupPlan> plan =
      planQMatmulWarpgroup(qmatmul(5, 4096, 4096, 4, "f16"));
  ASSERT_TRUE(succeeded(plan));
  EXPECT_EQ(plan->blockRows, 8);
  // 1 KiB of input and 2 KiB of weights a step: 22 steps would make
  // 64 KiB; 8 is the most the default takes.
  EXPECT_EQ(plan->stages, 8);
}

TEST_F(QMatmulWarpgroupPlannerTest, OneConsumerWhere128DoesNotDivideN) {
  FailureOr<QMatmulWarpgroupPlan> plan =
      planQMatmulWarpgroup(qmatmul(64, 256, 192));
  ASSERT_TRUE(succeeded(plan));
  EXPECT_EQ(plan->consumers, 1);
  EXPECT_EQ(plan->getColumnBlocks(), 3);
}

TEST_F(QMatmulWarpgroupPlannerTest, KnobsFromAttributes) {
  FailureOr<QMatmulWarpgroupPlan> plan = planQMatmulWarpgroup(
      qmatmul(512, 1024, 256, 4, "bf16",
              "{tessel.block_rows = 256 : i64, tessel.consumer_warpgroups = 1 "
              ": i64, tessel.pipeline_stages = 3 : i64}"));
  ASSERT_TRUE(succeeded(plan));
  EXPECT_EQ(plan->blockRows, 256);
  EXPECT_EQ(plan->consumers, 1);
  EXPECT_EQ(plan->stages, 3);
}

TEST_F(QMatmulWarpgroupPlannerTest, KnobsOutOfRange) {
  std::string why;
  EXPECT_TRUE(
      failed(planQMatmulWarpgroup(qmatmul(64, 256, 128), {12, 0, 0}, &why)));
  EXPECT_NE(why.find("multiple of 8"), std::string::npos) << why;
  EXPECT_TRUE(
      failed(planQMatmulWarpgroup(qmatmul(64, 256, 192), {0, 2, 0}, &why)));
  EXPECT_NE(why.find("consumers"), std::string::npos) << why;
  EXPECT_TRUE(
      failed(planQMatmulWarpgroup(qmatmul(64, 256, 128), {0, 0, 33}, &why)));
  EXPECT_NE(why.find("stages"), std::string::npos) << why;
  // 8 steps of 256 rows and 128 columns: 8 x 36 KiB do not fit.
  EXPECT_TRUE(
      failed(planQMatmulWarpgroup(qmatmul(512, 256, 128), {256, 2, 8}, &why)));
  EXPECT_NE(why.find("shared memory"), std::string::npos) << why;
}

TEST_F(QMatmulWarpgroupPlannerTest, Rejections) {
  EXPECT_NE(qmatmulWarpgroupRejection(qmatmul(64, 256, 128, 3)), "");
  EXPECT_NE(qmatmulWarpgroupRejection(qmatmul(64, 256, 128, 4, "f32")), "");
  EXPECT_NE(
      qmatmulWarpgroupRejection(qmatmul(64, 288, 128, 4, "bf16", "", true, 96)),
      "");
  EXPECT_NE(qmatmulWarpgroupRejection(qmatmul(64, 256, 96)), "");
  // Plain i4 arguments are stored a byte per weight: not packed words.
  EXPECT_NE(qmatmulWarpgroupRejection(
                qmatmul(64, 256, 128, 4, "bf16", "", /*packed=*/false)),
            "");
  EXPECT_EQ(qmatmulWarpgroupRejection(qmatmul(64, 256, 128)), "");
}

TEST_F(QMatmulWarpgroupPlannerTest, CandidatesCoverTheRows) {
  // One or two consumers where 128 columns divide N; one where only 64 do.
  SmallVector<QMatmulWarpgroupKnobs> few =
      qmatmulWarpgroupCandidates(qmatmul(20, 256, 128));
  ASSERT_EQ(few.size(), 2u);
  EXPECT_EQ(few[0].blockRows, 24);
  EXPECT_EQ(few[1].consumers, 2);
  SmallVector<QMatmulWarpgroupKnobs> narrow =
      qmatmulWarpgroupCandidates(qmatmul(20, 256, 192));
  ASSERT_EQ(narrow.size(), 1u);
  EXPECT_EQ(narrow[0].consumers, 1);
  SmallVector<QMatmulWarpgroupKnobs> many =
      qmatmulWarpgroupCandidates(qmatmul(4096, 256, 128));
  SmallVector<int64_t> rows;
  for (const QMatmulWarpgroupKnobs &k : many)
    if (k.consumers == 1)
      rows.push_back(k.blockRows);
  EXPECT_EQ(rows, (SmallVector<int64_t>{64, 128, 256}));
  for (const QMatmulWarpgroupKnobs &k : many)
    EXPECT_EQ(k.splits, 1) << "4096 rows fill the SMs without split-K";
}

TEST_F(QMatmulWarpgroupPlannerTest, SplitK) {
  // 64 rows of 4096 x 4096: 64 output tiles of 64 columns leave half of
  // 132 SMs idle, so splits of K (64 steps) are ranked too, up to twice
  // the SMs.
  SmallVector<QMatmulWarpgroupKnobs> few =
      qmatmulWarpgroupCandidates(qmatmul(64, 4096, 4096));
  SmallVector<int64_t> splits;
  for (const QMatmulWarpgroupKnobs &k : few)
    if (k.blockRows == 64 && k.consumers == 1)
      splits.push_back(k.splits);
  EXPECT_EQ(splits, (SmallVector<int64_t>{1, 2, 4}));

  FailureOr<QMatmulWarpgroupPlan> plan =
      planQMatmulWarpgroup(qmatmul(64, 4096, 4096), {64, 2, 0, 4});
  ASSERT_TRUE(succeeded(plan));
  EXPECT_EQ(plan->getStepsPerSplit(), 16);
  EXPECT_EQ(plan->getWorkspaceBytes(), 4 * 4 * 64 * 4096);
  EXPECT_EQ(profileQMatmulWarpgroup(*plan).blocks, 32 * 4);
  FailureOr<QMatmulWarpgroupPlan> whole =
      planQMatmulWarpgroup(qmatmul(64, 4096, 4096));
  ASSERT_TRUE(succeeded(whole));
  EXPECT_EQ(whole->splits, 1);
  EXPECT_EQ(whole->getWorkspaceBytes(), 0);

  // From the attribute, and parts that do not divide the steps.
  plan = planQMatmulWarpgroup(
      qmatmul(64, 4096, 4096, 4, "bf16", "{tessel.split_k = 8 : i64}"));
  ASSERT_TRUE(succeeded(plan));
  EXPECT_EQ(plan->splits, 8);
  std::string why;
  EXPECT_TRUE(failed(planQMatmulWarpgroup(
      qmatmul(64, 192, 128, 4, "bf16", "", true, 64), {0, 0, 0, 2}, &why)));
  EXPECT_NE(why.find("divide the 3 steps"), std::string::npos) << why;
}

} // namespace
