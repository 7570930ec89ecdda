//===- QMatmulPlannerTest.cpp - The qmatmul GPU kernel's planner ----------===//
//
// The planner decides which variant of the qmatmul kernel an op gets under a
// set of knobs; the configuration pass and the lowering both ask it. These
// tests pin the variant boundaries and the knobs' effects.
//
//===----------------------------------------------------------------------===//

#include "tessel/Codegen/CUDA/QMatmulPlanner.h"
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

class QMatmulPlannerTest : public ::testing::Test {
protected:
  void SetUp() override {
    context.loadDialect<TesselDialect, func::FuncDialect, tensor::TensorDialect,
                        arith::ArithDialect>();
  }

  /// A qmatmul of M x K input and N x K weights of `bits` bits, packed in
  /// words (`unpack` of i32) or given as i4 arguments.
  QMatmulOp parse(int64_t m, int64_t n, int64_t k, int64_t bits,
                  StringRef element, int64_t group = 128, bool packed = true,
                  bool zeroPoints = false) {
    std::string weights =
        packed ? llvm::formatv("%we = tensor.empty() : tensor<{1}x{2}xi{3}>\n"
                               "  %w = tessel.unpack ins(%p : "
                               "tensor<{1}x{4}xi32>) outs(%we : "
                               "tensor<{1}x{2}xi{3}>) -> tensor<{1}x{2}xi{3}>",
                               m, n, k, bits, k * bits / 32)
                     .str()
               : "";
    std::string text =
        llvm::formatv(
            R"mlir(
func.func @f(%x: tensor<{0}x{2}x{4}>, %p: tensor<{1}x{6}xi32>,
             %w0: tensor<{1}x{2}xi{3}>, %s: tensor<{1}x{7}x{4}>,
             %z: tensor<{1}x{7}xi{3}>) -> tensor<{0}x{1}x{4}> {{
  {5}
  %e = tensor.empty() : tensor<{0}x{1}x{4}>
  %y = tessel.qmatmul signed group_size({8}) ins(%x, {9}, %s : tensor<{0}x{2}x{4}>, tensor<{1}x{2}xi{3}>, tensor<{1}x{7}x{4}>){10} outs(%e : tensor<{0}x{1}x{4}>) -> tensor<{0}x{1}x{4}>
  return %y : tensor<{0}x{1}x{4}>
}
)mlir",
            m, n, k, bits, element, weights, k * bits / 32, k / group, group,
            packed ? "%w" : "%w0",
            zeroPoints
                ? llvm::formatv(" zero_points(%z : tensor<{0}x{1}xi{2}>)", n,
                                k / group, bits)
                      .str()
                : "")
            .str();
    module = parseSourceString<ModuleOp>(text, &context);
    EXPECT_TRUE(module) << text;
    QMatmulOp op;
    module->walk([&](QMatmulOp found) { op = found; });
    return op;
  }

  /// The variant planned for `op` with its weights as they are.
  std::string variant(QMatmulOp op, QMatmulKernelKnobs knobs = {}) {
    FailureOr<QMatmulWeightsForm> form = qmatmulWeightsForm(op);
    if (failed(form))
      return "no form";
    std::string why;
    FailureOr<QMatmulPlan> plan = planQMatmulKernel(op, *form, knobs, &why);
    return succeeded(plan) ? plan->getVariantName().str() : "refused: " + why;
  }

  MLIRContext context;
  OwningOpRef<ModuleOp> module;
};

TEST_F(QMatmulPlannerTest, VariantFollowsRowsWidthAndType) {
  // Decoding: the paired form with the weights in A.
  EXPECT_EQ(variant(parse(1, 4096, 4096, 4, "bf16")), "weights-in-a");
  // Odd widths in bf16 with K a multiple of 512: lane-contiguous steps.
  EXPECT_EQ(variant(parse(1, 4096, 4096, 3, "bf16")), "lane-contiguous");
  // More than 8 rows: the paired form with the weights in B.
  EXPECT_EQ(variant(parse(16, 4096, 4096, 4, "bf16")), "paired");
  // f32 has no tensor-core form.
  EXPECT_EQ(variant(parse(1, 4096, 4096, 4, "f32")), "cuda-cores");
}

TEST_F(QMatmulPlannerTest, ZeroPointsLeaveThePairedForm) {
  QMatmulOp op = parse(16, 512, 1024, 4, "f16", 128, true, true);
  EXPECT_EQ(variant(op), "mma");
  QMatmulOp one = parse(1, 512, 1024, 4, "f16", 128, true, true);
  EXPECT_EQ(variant(one), "cuda-cores");
}

TEST_F(QMatmulPlannerTest, TensorCoresKnobSelectsCUDACores) {
  QMatmulOp op = parse(16, 4096, 4096, 4, "bf16");
  QMatmulKernelKnobs knobs;
  knobs.tensorCores = false;
  EXPECT_EQ(variant(op, knobs), "cuda-cores");
}

TEST_F(QMatmulPlannerTest, KnobsComeFromAttributes) {
  QMatmulOp op = parse(1, 4096, 4096, 4, "bf16");
  QMatmulKernelKnobs defaults = readQMatmulKernelKnobs(op);
  EXPECT_EQ(defaults.warpsPerBlock, kDefaultQMatmulWarps);
  EXPECT_EQ(defaults.prefetchSteps, -1);
  EXPECT_TRUE(defaults.tensorCores);
  Builder b(&context);
  op->setAttr(kKernelWarpsAttrName, b.getI64IntegerAttr(8));
  op->setAttr(kPrefetchStepsAttrName, b.getI64IntegerAttr(0));
  op->setAttr(kTensorCoresAttrName, b.getBoolAttr(false));
  QMatmulKernelKnobs knobs = readQMatmulKernelKnobs(op);
  EXPECT_EQ(knobs.warpsPerBlock, 8);
  EXPECT_EQ(knobs.prefetchSteps, 0);
  EXPECT_FALSE(knobs.tensorCores);
}

TEST_F(QMatmulPlannerTest, WarpsChangeTheProfile) {
  QMatmulOp op = parse(1, 4096, 4096, 4, "bf16");
  QMatmulKernelKnobs knobs;
  knobs.warpsPerBlock = 4;
  FailureOr<QMatmulPlan> four =
      planQMatmulKernel(op, QMatmulWeightsForm::PackedWords, knobs);
  knobs.warpsPerBlock = 8;
  FailureOr<QMatmulPlan> eight =
      planQMatmulKernel(op, QMatmulWeightsForm::PackedWords, knobs);
  ASSERT_TRUE(succeeded(four) && succeeded(eight));
  GPUKernelProfile a = profileQMatmulKernel(*four);
  GPUKernelProfile b = profileQMatmulKernel(*eight);
  EXPECT_EQ(a.warpsPerBlock, 4);
  EXPECT_EQ(b.warpsPerBlock, 8);
  // The same bytes and FLOPs, split over more warps: fewer round trips each.
  EXPECT_DOUBLE_EQ(a.dramBytes, b.dramBytes);
  EXPECT_DOUBLE_EQ(a.flops, b.flops);
  EXPECT_GT(a.roundTripsPerWarp, b.roundTripsPerWarp);
  // The candidates the configuration ranks start at the default.
  EXPECT_EQ(qmatmulWarpsCandidates().front(), kDefaultQMatmulWarps);
}

TEST_F(QMatmulPlannerTest, UnpackedSubByteWeightsHaveNoForm) {
  QMatmulOp op = parse(1, 256, 1024, 4, "bf16", 128, /*packed=*/false);
  EXPECT_TRUE(failed(qmatmulWeightsForm(op)));
  // They are not constants either: nothing to pack at compile time.
  EXPECT_FALSE(hasPackableConstantWeights(op));
  // Planned as packed words (what packing would give) the kernel takes it.
  EXPECT_TRUE(succeeded(planQMatmulKernel(op, QMatmulWeightsForm::PackedWords,
                                          QMatmulKernelKnobs())));
}

TEST_F(QMatmulPlannerTest, RejectsWhatNoLayoutFixes) {
  QMatmulOp op = parse(1, 256, 1000, 8, "bf16", 40, /*packed=*/false);
  EXPECT_FALSE(qmatmulKernelRejection(op).empty());
  std::string why;
  EXPECT_TRUE(failed(planQMatmulKernel(op, QMatmulWeightsForm::Bytes,
                                       QMatmulKernelKnobs(), &why)));
  EXPECT_FALSE(why.empty());
}

} // namespace
