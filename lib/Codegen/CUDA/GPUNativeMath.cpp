//===- GPUNativeMath.cpp - fma.rn, not a libdevice call -------------------===//
//
// See the pass description in Passes.td.
//
//===----------------------------------------------------------------------===//

#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/Transforms/WalkPatternRewriteDriver.h"
#include "tessel/Codegen/CUDA/Passes.h"

namespace mlir::tessel {
#define GEN_PASS_DEF_TESSELGPUNATIVEMATH
#include "tessel/Codegen/CUDA/Passes.h.inc"
} // namespace mlir::tessel

using namespace mlir;

namespace {

/// math.fma on f16, f32 or f64 (scalar or vector) as llvm.intr.fma. The
/// other LLVM math intrinsics (floor, sqrt, ...) are illegal in
/// convert-gpu-to-nvvm, which has no pattern for them: they stay math ops.
struct FmaToIntrinsic : OpRewritePattern<math::FmaOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(math::FmaOp op,
                                PatternRewriter &rewriter) const override {
    Type element = getElementTypeOrSelf(op.getType());
    if (!element.isF16() && !element.isF32() && !element.isF64())
      return rewriter.notifyMatchFailure(op, "no fma.rn for this type");
    rewriter.replaceOpWithNewOp<LLVM::FMAOp>(op, op.getA(), op.getB(),
                                             op.getC());
    return success();
  }
};

struct TesselGPUNativeMathPass
    : tessel::impl::TesselGPUNativeMathBase<TesselGPUNativeMathPass> {
  void runOnOperation() override {
    RewritePatternSet patterns(&getContext());
    patterns.add<FmaToIntrinsic>(&getContext());
    walkAndApplyPatterns(getOperation(), std::move(patterns));
  }
};

} // namespace
