//===- AttentionDecodePlannerTest.cpp - The decode kernel's planner -------===//
//
// The planner decides whether the split-KV decode kernel takes an attention
// op (contiguous or paged), which form (tensor cores or CUDA cores) and how
// the keys split; the configuration pass ranks splits on its plans and the
// lowering builds them. These tests pin the forms' boundaries and the
// splits' arithmetic.
//
//===----------------------------------------------------------------------===//

#include "tessel/Codegen/CUDA/AttentionDecodePlanner.h"
#include "tessel/Dialect/Tessel/IR/ConfigurationAttributes.h"
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

class AttentionDecodePlannerTest : public ::testing::Test {
protected:
  void SetUp() override {
    context.loadDialect<TesselDialect, func::FuncDialect, tensor::TensorDialect,
                        arith::ArithDialect>();
  }

  Operation *parseOp(const std::string &text) {
    module = parseSourceString<ModuleOp>(text, &context);
    EXPECT_TRUE(module) << text;
    Operation *op = nullptr;
    module->walk([&](Operation *found) {
      if (isa<AttentionOp, PagedAttentionOp>(found))
        op = found;
    });
    return op;
  }

  /// tessel.attention of B x Hq x Sq x D queries against B x Hkv x S keys.
  Operation *attention(int64_t b, int64_t hq, int64_t hkv, int64_t sq,
                       int64_t s, int64_t d, StringRef element = "bf16",
                       StringRef attrs = "") {
    return parseOp(llvm::formatv(R"mlir(
func.func @f(%q: tensor<{0}x{1}x{3}x{5}x{6}>, %k: tensor<{0}x{2}x{4}x{5}x{6}>, %v: tensor<{0}x{2}x{4}x{5}x{6}>) -> tensor<{0}x{1}x{3}x{5}x{6}> {{
  %e = tensor.empty() : tensor<{0}x{1}x{3}x{5}x{6}>
  %o = tessel.attention ins(%q, %k, %v : tensor<{0}x{1}x{3}x{5}x{6}>, tensor<{0}x{2}x{4}x{5}x{6}>, tensor<{0}x{2}x{4}x{5}x{6}>) outs(%e : tensor<{0}x{1}x{3}x{5}x{6}>) {7} -> tensor<{0}x{1}x{3}x{5}x{6}>
  return %o : tensor<{0}x{1}x{3}x{5}x{6}>
}
)mlir",
                                 b, hq, hkv, sq, s, d, element, attrs)
                       .str());
  }

  /// tessel.paged_attention over pools of P pages of PS tokens, M table
  /// slots per sequence.
  Operation *paged(int64_t b, int64_t hq, int64_t hkv, int64_t p, int64_t ps,
                   int64_t m, int64_t d) {
    return parseOp(llvm::formatv(R"mlir(
func.func @f(%q: tensor<{0}x{1}x1x{6}xbf16>, %kp: tensor<{3}x{4}x{2}x{6}xbf16>, %vp: tensor<{3}x{4}x{2}x{6}xbf16>, %t: tensor<{0}x{5}xi32>, %l: tensor<{0}xi32>) -> tensor<{0}x{1}x1x{6}xbf16> {{
  %e = tensor.empty() : tensor<{0}x{1}x1x{6}xbf16>
  %o = tessel.paged_attention ins(%q, %kp, %vp : tensor<{0}x{1}x1x{6}xbf16>, tensor<{3}x{4}x{2}x{6}xbf16>, tensor<{3}x{4}x{2}x{6}xbf16>) pages(%t, %l : tensor<{0}x{5}xi32>, tensor<{0}xi32>) outs(%e : tensor<{0}x{1}x1x{6}xbf16>) -> tensor<{0}x{1}x1x{6}xbf16>
  return %o : tensor<{0}x{1}x1x{6}xbf16>
}
)mlir",
                                 b, hq, hkv, p, ps, m, d)
                       .str());
  }

  MLIRContext context;
  OwningOpRef<ModuleOp> module;
};

TEST_F(AttentionDecodePlannerTest, TensorCoresFromFourRowsUpToD128) {
  // GQA with 4 query heads per key/value head: the tensor-core form, the
  // default warps per block, 64-key steps, a ring of K and V tile pairs within
  // 72 KB (two at D = 128: one step ahead).
  FailureOr<AttentionDecodePlan> gqa =
      planAttentionDecode(attention(1, 32, 8, 1, 4096, 128), 4);
  ASSERT_TRUE(succeeded(gqa));
  EXPECT_TRUE(gqa->tensorCores);
  EXPECT_EQ(gqa->warps, kDefaultDecodeWarps);
  EXPECT_EQ(gqa->getKeysPerStep(), kMMAKeyBlock);
  EXPECT_EQ(gqa->keysPerSplit % kMMAKeyBlock, 0);
  EXPECT_EQ(gqa->prefetchSteps, 1);
  EXPECT_EQ(gqa->getSharedBytes(), 2 * 2 * 64 * 128 * 2);
  // D = 64: four pairs; a split of one 64-key step: no step ahead, a pair.
  EXPECT_EQ(
      planAttentionDecode(attention(1, 32, 8, 1, 4096, 64), 4)->prefetchSteps,
      3);
  FailureOr<AttentionDecodePlan> single =
      planAttentionDecode(attention(1, 32, 8, 1, 4096, 128), 64);
  EXPECT_EQ(single->getSteps(), 1);
  EXPECT_EQ(single->prefetchSteps, 0);
  EXPECT_EQ(single->getSharedBytes(), 2 * 64 * 128 * 2);
  // Multi-head (1 row per key/value head), D = 256, or turned off: CUDA
  // cores.
  EXPECT_FALSE(
      planAttentionDecode(attention(1, 8, 8, 1, 4096, 128), 4)->tensorCores);
  EXPECT_FALSE(
      planAttentionDecode(attention(1, 8, 2, 1, 4096, 256), 4)->tensorCores);
  EXPECT_FALSE(planAttentionDecode(attention(1, 32, 8, 1, 4096, 128, "bf16",
                                             "{tessel.tensor_cores = false}"),
                                   4)
                   ->tensorCores);
  // 32 rows (8 heads per group, 4 tokens): two chunks of 16.
  FailureOr<AttentionDecodePlan> wide =
      planAttentionDecode(attention(1, 16, 2, 4, 4096, 128), 4);
  ASSERT_TRUE(succeeded(wide));
  EXPECT_EQ(wide->rows, 32);
  EXPECT_EQ(wide->getRowChunks(), 2);
}

TEST_F(AttentionDecodePlannerTest, WarpsShareTheTensorCoreSteps) {
  // 4 warps per block (the op's tessel.decode_warps, or asked for): the
  // same ring; the warps' states for the final merge fit in its bytes.
  FailureOr<AttentionDecodePlan> four = planAttentionDecode(
      attention(1, 32, 8, 1, 4096, 128, "bf16", "{tessel.decode_warps = 4}"),
      4);
  ASSERT_TRUE(succeeded(four));
  EXPECT_EQ(four->warps, 4);
  EXPECT_EQ(four->getKeysPerStep(), kMMAKeyBlock);
  EXPECT_EQ(four->getMergeBytes(), 3 * (64 + 4) * 32 * 4);
  EXPECT_EQ(four->getSharedBytes(), 2 * 2 * 64 * 128 * 2);
  EXPECT_EQ(profileAttentionDecode(*four).warpsPerBlock, 4);
  FailureOr<AttentionDecodePlan> two = planAttentionDecode(
      attention(1, 32, 8, 1, 4096, 64), 4, -1, nullptr, /*warps=*/2);
  ASSERT_TRUE(succeeded(two));
  EXPECT_EQ(two->warps, 2);
  // The CUDA-core form keeps its own warps.
  EXPECT_EQ(
      planAttentionDecode(attention(1, 8, 8, 1, 4096, 128), 4, -1, nullptr, 2)
          ->warps,
      4);
  std::string why;
  EXPECT_TRUE(failed(planAttentionDecode(attention(1, 32, 8, 1, 4096, 128), 4,
                                         -1, &why, /*warps=*/3)));
  EXPECT_EQ(why, "decode warps must be 1, 2 or 4");
}

TEST_F(AttentionDecodePlannerTest, SplitsHoldWholeStepsAndKeys) {
  // 300 keys in 64-key steps: 5 steps; 3 splits of 2 steps (the last one
  // partly past the keys); asking for 100 gives one per step.
  FailureOr<AttentionDecodePlan> plan =
      planAttentionDecode(attention(2, 8, 2, 1, 300, 128), 3);
  ASSERT_TRUE(succeeded(plan));
  EXPECT_EQ(plan->splits, 3);
  EXPECT_EQ(plan->keysPerSplit, 128);
  EXPECT_EQ(planAttentionDecode(attention(2, 8, 2, 1, 300, 128), 100)->splits,
            5);
  // Every split starts inside the keys.
  for (int64_t splits : attentionDecodeSplitsCandidates()) {
    FailureOr<AttentionDecodePlan> p =
        planAttentionDecode(attention(1, 32, 8, 1, 5000, 128), splits);
    ASSERT_TRUE(succeeded(p));
    EXPECT_LT((p->splits - 1) * p->keysPerSplit, p->keys) << splits;
    EXPECT_GE(p->splits * p->keysPerSplit, p->keys) << splits;
  }
}

TEST_F(AttentionDecodePlannerTest, PagedCachesPlanOverTheTablesCapacity) {
  FailureOr<AttentionDecodePlan> plan =
      planAttentionDecode(paged(4, 32, 8, 1000, 16, 64, 128), 8);
  ASSERT_TRUE(succeeded(plan));
  EXPECT_TRUE(plan->isPaged());
  EXPECT_EQ(plan->keys, 64 * 16);
  EXPECT_EQ(plan->pageSize, 16);
  EXPECT_EQ(plan->pages, 1000);
  EXPECT_EQ(plan->maxPages, 64);
  EXPECT_EQ(plan->kvHeads, 8);
  EXPECT_EQ(plan->group, 4);
  EXPECT_EQ(defaultAttentionDecodeSplits(paged(4, 32, 8, 1000, 16, 64, 128)),
            1);
}

TEST_F(AttentionDecodePlannerTest, RejectionsSayWhy) {
  EXPECT_EQ(attentionDecodeRejection(attention(1, 8, 2, 1, 64, 128, "f32")),
            "not f16 or bf16");
  EXPECT_EQ(attentionDecodeRejection(attention(1, 8, 2, 1, 64, 96)),
            "head dimension not 64, 128 or 256");
  EXPECT_EQ(attentionDecodeRejection(attention(1, 8, 2, 17, 64, 128)),
            "more than 16 query tokens (prefill)");
  EXPECT_EQ(attentionDecodeRejection(attention(1, 8, 2, 16, 64, 128)), "");
  std::string why;
  EXPECT_TRUE(
      failed(planAttentionDecode(attention(1, 8, 2, 1, 64, 128), 0, -1, &why)));
  EXPECT_EQ(why, "splits must be at least 1");
}

} // namespace

TEST_F(AttentionDecodePlannerTest, RunTimeBatchAndKeys) {
  // A contiguous cache whose batch and length are given at call time: the
  // splits are planned for a nominal cache of one sequence; the kernels
  // read the real sizes.
  Operation *growing = parseOp(R"mlir(
func.func @f(%q: tensor<?x32x1x128xbf16>, %k: tensor<?x8x?x128xbf16>, %v: tensor<?x8x?x128xbf16>, %e: tensor<?x32x1x128xbf16>) -> tensor<?x32x1x128xbf16> {
  %o = tessel.attention ins(%q, %k, %v : tensor<?x32x1x128xbf16>, tensor<?x8x?x128xbf16>, tensor<?x8x?x128xbf16>) outs(%e : tensor<?x32x1x128xbf16>) -> tensor<?x32x1x128xbf16>
  return %o : tensor<?x32x1x128xbf16>
}
)mlir");
  EXPECT_EQ(attentionDecodeRejection(growing), "");
  FailureOr<AttentionDecodePlan> plan = planAttentionDecode(growing, 16);
  ASSERT_TRUE(succeeded(plan));
  EXPECT_TRUE(plan->dynamicBatch);
  EXPECT_TRUE(plan->dynamicKeys);
  EXPECT_EQ(plan->batch, 1);
  EXPECT_EQ(plan->keys, kNominalDecodeKeys);
  EXPECT_EQ(plan->splits, 16);
  EXPECT_TRUE(plan->tensorCores);
  // Any other size given at run time keeps the generic kernel.
  Operation *heads = parseOp(R"mlir(
func.func @f(%q: tensor<1x?x1x128xbf16>, %k: tensor<1x8x64x128xbf16>, %v: tensor<1x8x64x128xbf16>, %e: tensor<1x?x1x128xbf16>) -> tensor<1x?x1x128xbf16> {
  %o = tessel.attention ins(%q, %k, %v : tensor<1x?x1x128xbf16>, tensor<1x8x64x128xbf16>, tensor<1x8x64x128xbf16>) outs(%e : tensor<1x?x1x128xbf16>) -> tensor<1x?x1x128xbf16>
  return %o : tensor<1x?x1x128xbf16>
}
)mlir");
  EXPECT_EQ(attentionDecodeRejection(heads),
            "dynamic sizes other than the batch and the key count");
  // The kernels size the output by the query's batch: a result with a
  // static batch for a run-time query batch keeps the generic kernel.
  Operation *staticResult = parseOp(R"mlir(
func.func @f(%q: tensor<?x32x1x128xbf16>, %k: tensor<?x8x?x128xbf16>, %v: tensor<?x8x?x128xbf16>, %e: tensor<2x32x1x128xbf16>) -> tensor<2x32x1x128xbf16> {
  %o = tessel.attention ins(%q, %k, %v : tensor<?x32x1x128xbf16>, tensor<?x8x?x128xbf16>, tensor<?x8x?x128xbf16>) outs(%e : tensor<2x32x1x128xbf16>) -> tensor<2x32x1x128xbf16>
  return %o : tensor<2x32x1x128xbf16>
}
)mlir");
  EXPECT_EQ(attentionDecodeRejection(staticResult),
            "a result whose sizes are not the query's");
}
