//===- AttentionWarpgroupPlannerTest.cpp - The sm_90 kernel's planner -----===//
//
// The planner decides whether the Hopper attention kernel takes an op and
// lays out its knobs: consumer warpgroups, keys per step and the stages of
// the K/V ring within sm_90's shared memory. These tests pin the defaults,
// the knobs given as attributes and the rejections.
//
//===----------------------------------------------------------------------===//

#include "tessel/Codegen/CUDA/AttentionWarpgroupPlanner.h"
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

class AttentionWarpgroupPlannerTest : public ::testing::Test {
protected:
  void SetUp() override {
    context.loadDialect<TesselDialect, func::FuncDialect, tensor::TensorDialect,
                        arith::ArithDialect>();
  }

  /// tessel.attention of B x Hq x Sq x D queries against B x Hkv x S keys
  /// with Dv-wide values.
  AttentionOp attention(int64_t sq, int64_t s, int64_t d, int64_t dv,
                        StringRef element = "bf16", StringRef attrs = "",
                        bool causal = true) {
    std::string text =
        llvm::formatv(R"mlir(
func.func @f(%q: tensor<2x8x{0}x{2}x{4}>, %k: tensor<2x2x{1}x{2}x{4}>, %v: tensor<2x2x{1}x{3}x{4}>) -> tensor<2x8x{0}x{3}x{4}> {{
  %e = tensor.empty() : tensor<2x8x{0}x{3}x{4}>
  %o = tessel.attention {6} ins(%q, %k, %v : tensor<2x8x{0}x{2}x{4}>, tensor<2x2x{1}x{2}x{4}>, tensor<2x2x{1}x{3}x{4}>) outs(%e : tensor<2x8x{0}x{3}x{4}>) {5} -> tensor<2x8x{0}x{3}x{4}>
  return %o : tensor<2x8x{0}x{3}x{4}>
}
)mlir",
                      sq, s, d, dv, element, attrs, causal ? "causal" : "");
    module = parseSourceString<ModuleOp>(text, &context);
    EXPECT_TRUE(module) << text;
    AttentionOp op;
    module->walk([&](AttentionOp found) { op = found; });
    return op;
  }

  MLIRContext context;
  OwningOpRef<ModuleOp> module;
};

TEST_F(AttentionWarpgroupPlannerTest, DefaultsFillSharedMemory) {
  // D = 128: Q 32 KiB and 64 KiB of K and V per step; 3 steps fit 227 KiB.
  FailureOr<AttentionWarpgroupPlan> plan =
      planAttentionWarpgroup(attention(4096, 4096, 128, 128));
  ASSERT_TRUE(succeeded(plan));
  EXPECT_EQ(plan->consumers, 2);
  EXPECT_EQ(plan->keyBlock, 128);
  EXPECT_EQ(plan->stages, 3);
  EXPECT_EQ(plan->getBlockRows(), 128);
  EXPECT_EQ(plan->getThreads(), 384);
  EXPECT_EQ(plan->getQueryBlocks(), 32);
  EXPECT_EQ(plan->kvHeads, 2);
  EXPECT_LE(plan->getSharedBytes(), 227 * 1024);
  EXPECT_TRUE(plan->causal);
}

TEST_F(AttentionWarpgroupPlannerTest, ShortQueriesTakeOneConsumer) {
  FailureOr<AttentionWarpgroupPlan> plan =
      planAttentionWarpgroup(attention(64, 1000, 64, 64, "f16"));
  ASSERT_TRUE(succeeded(plan));
  EXPECT_EQ(plan->consumers, 1);
  EXPECT_EQ(plan->getThreads(), 256);
  EXPECT_EQ(plan->getQueryBlocks(), 1);
}

TEST_F(AttentionWarpgroupPlannerTest, NarrowHeadsTakeThreeConsumers) {
  // D = Dv = 64: 192 query rows per block, 160 registers per consumer; the
  // softmax in order (overlap cost at D = 64 on the H200).
  FailureOr<AttentionWarpgroupPlan> plan = planAttentionWarpgroup(
      attention(2048, 2048, 64, 64, "bf16", "", /*causal=*/false));
  ASSERT_TRUE(succeeded(plan));
  EXPECT_EQ(plan->consumers, 3);
  EXPECT_EQ(plan->getThreads(), 512);
  EXPECT_EQ(plan->getQueryBlocks(), 11);
  EXPECT_FALSE(plan->overlapSoftmax);
  // Under causal masking two; 100 rows take two; D = 128 overlaps.
  plan = planAttentionWarpgroup(attention(2048, 2048, 64, 64));
  ASSERT_TRUE(succeeded(plan));
  EXPECT_EQ(plan->consumers, 2);
  plan = planAttentionWarpgroup(
      attention(100, 2048, 64, 64, "bf16", "", /*causal=*/false));
  ASSERT_TRUE(succeeded(plan));
  EXPECT_EQ(plan->consumers, 2);
  plan = planAttentionWarpgroup(attention(2048, 2048, 128, 128));
  ASSERT_TRUE(succeeded(plan));
  EXPECT_TRUE(plan->overlapSoftmax);
}

TEST_F(AttentionWarpgroupPlannerTest, WideHeadsTakeShortSteps) {
  // D = Dv = 256: O takes 128 registers, so steps of 64 keys; Q 64 KiB and
  // 64 KiB of K and V per step: two steps fit.
  FailureOr<AttentionWarpgroupPlan> plan =
      planAttentionWarpgroup(attention(4096, 4096, 256, 256));
  ASSERT_TRUE(succeeded(plan));
  EXPECT_EQ(plan->consumers, 2);
  EXPECT_EQ(plan->keyBlock, 64);
  EXPECT_EQ(plan->stages, 2);
  std::string why;
  EXPECT_TRUE(failed(planAttentionWarpgroup(attention(4096, 4096, 256, 256),
                                            {2, 128, 2}, &why)));
  EXPECT_NE(why.find("registers"), std::string::npos) << why;
}

TEST_F(AttentionWarpgroupPlannerTest, KnobsFromAttributesAndArguments) {
  AttentionOp op = attention(
      300, 300, 64, 128, "bf16",
      "{tessel.consumer_warpgroups = 1 : i64, tessel.kernel_key_block = 64 : "
      "i64, tessel.pipeline_stages = 4 : i64}");
  FailureOr<AttentionWarpgroupPlan> plan = planAttentionWarpgroup(op);
  ASSERT_TRUE(succeeded(plan));
  EXPECT_EQ(plan->consumers, 1);
  EXPECT_EQ(plan->keyBlock, 64);
  EXPECT_EQ(plan->stages, 4);
  // Arguments win over the attributes.
  plan = planAttentionWarpgroup(op, {2, 128, 2});
  ASSERT_TRUE(succeeded(plan));
  EXPECT_EQ(plan->consumers, 2);
  EXPECT_EQ(plan->keyBlock, 128);
  EXPECT_EQ(plan->stages, 2);
}

TEST_F(AttentionWarpgroupPlannerTest, RejectsWhatItCannotTake) {
  EXPECT_EQ(attentionWarpgroupRejection(attention(100, 100, 32, 32)),
            "head dimensions not 64, 128, 192 or 256");
  EXPECT_EQ(attentionWarpgroupRejection(attention(100, 100, 96, 96)),
            "head dimensions not 64, 128, 192 or 256");
  EXPECT_EQ(attentionWarpgroupRejection(attention(100, 100, 320, 320)),
            "head dimensions not 64, 128, 192 or 256");
  EXPECT_EQ(attentionWarpgroupRejection(attention(100, 100, 64, 64, "f32")),
            "not f16 or bf16");
  std::string why;
  EXPECT_TRUE(failed(
      planAttentionWarpgroup(attention(100, 100, 64, 64), {4, 0, 0}, &why)));
  EXPECT_EQ(why, "consumer warpgroups must be 1 to 3");
  EXPECT_TRUE(failed(
      planAttentionWarpgroup(attention(500, 100, 64, 128), {3, 0, 0}, &why)));
  EXPECT_EQ(why, "three consumer warpgroups need Dv = 64");
  EXPECT_TRUE(failed(
      planAttentionWarpgroup(attention(100, 100, 64, 64), {0, 96, 0}, &why)));
  EXPECT_EQ(why, "kernel key block must be 64 or 128");
  // Ping-pong needs two consumers and the softmax overlapped.
  AttentionWarpgroupKnobs turns;
  turns.consumers = 1;
  turns.pingPong = 1;
  EXPECT_TRUE(failed(
      planAttentionWarpgroup(attention(300, 300, 128, 128), turns, &why)));
  EXPECT_EQ(why, "consumers take turns only with two or more of them and the "
                 "softmax overlapped");
  turns.consumers = 2;
  turns.overlapSoftmax = 0;
  EXPECT_TRUE(failed(
      planAttentionWarpgroup(attention(300, 300, 128, 128), turns, &why)));
  turns.overlapSoftmax = 1;
  FailureOr<AttentionWarpgroupPlan> taking =
      planAttentionWarpgroup(attention(300, 300, 128, 128), turns, &why);
  ASSERT_TRUE(succeeded(taking)) << why;
  EXPECT_TRUE(taking->pingPong);
  // Four stages of 128 keys at D = Dv = 128 need 289 KiB.
  EXPECT_TRUE(failed(planAttentionWarpgroup(attention(100, 100, 128, 128),
                                            {2, 128, 4}, &why)));
  EXPECT_NE(why.find("shared memory"), std::string::npos) << why;
}

TEST_F(AttentionWarpgroupPlannerTest, BlockMasksFitTheKernelBlocks) {
  // A block of the kernel lies in one mask row, a step in one mask column.
  auto masked = [&](int64_t rows, int64_t columns) {
    std::string text = llvm::formatv(R"mlir(
func.func @f(%q: tensor<1x4x1000x64xf16>, %k: tensor<1x4x1000x64xf16>, %m: tensor<1x4x{2}x{3}xi1>) -> tensor<1x4x1000x64xf16> {{
  %e = tensor.empty() : tensor<1x4x1000x64xf16>
  %o = tessel.attention ins(%q, %k, %k : tensor<1x4x1000x64xf16>, tensor<1x4x1000x64xf16>, tensor<1x4x1000x64xf16>) block_mask(%m : tensor<1x4x{2}x{3}xi1>) block_sizes = [{0}, {1}] outs(%e : tensor<1x4x1000x64xf16>) -> tensor<1x4x1000x64xf16>
  return %o : tensor<1x4x1000x64xf16>
}
)mlir",
                                     rows, columns, (1000 + rows - 1) / rows,
                                     (1000 + columns - 1) / columns);
    module = parseSourceString<ModuleOp>(text, &context);
    EXPECT_TRUE(module) << text;
    AttentionOp op;
    module->walk([&](AttentionOp found) { op = found; });
    return op;
  };
  FailureOr<AttentionWarpgroupPlan> plan =
      planAttentionWarpgroup(masked(64, 64));
  ASSERT_TRUE(succeeded(plan));
  EXPECT_TRUE(plan->blockSparse);
  EXPECT_EQ(plan->consumers, 1);
  EXPECT_EQ(plan->keyBlock, 64);
  EXPECT_EQ(plan->maskRows, 64);
  EXPECT_EQ(plan->maskHeads, 4);
  // 16 steps and the two counts.
  EXPECT_EQ(plan->getKeptListBytes(), 4 * (16 + 2));
  // Three consumers (192 rows) would straddle rows of 128: two.
  plan = planAttentionWarpgroup(masked(128, 256));
  ASSERT_TRUE(succeeded(plan));
  EXPECT_EQ(plan->consumers, 2);
  EXPECT_EQ(plan->keyBlock, 128);
  EXPECT_EQ(attentionWarpgroupRejection(masked(32, 64)),
            "block_sizes not multiples of 64");
  EXPECT_EQ(attentionWarpgroupRejection(masked(64, 96)),
            "block_sizes not multiples of 64");
  std::string why;
  EXPECT_TRUE(failed(planAttentionWarpgroup(masked(64, 64), {2, 0, 0}, &why)));
  EXPECT_EQ(why, "a block of 128 rows and 64 keys spans two blocks of the "
                 "block mask");
  EXPECT_TRUE(
      failed(planAttentionWarpgroup(masked(64, 64), {1, 128, 0}, &why)));
  EXPECT_EQ(why, "a block of 64 rows and 128 keys spans two blocks of the "
                 "block mask");
}

} // namespace
