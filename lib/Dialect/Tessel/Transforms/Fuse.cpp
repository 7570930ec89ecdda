//===- Fuse.cpp - Producer and consumer fusion into tessel ops ------------===//
//
// Part of the Tessel project.
//
// tessel-fuse moves work that surrounds a tessel.qmatmul into the op, where
// its lowering does it in registers instead of in a pass over memory:
//
//  - producer fusion: matmul(X, transpose(tessel.dequantize(W))) becomes
//    tessel.qmatmul(X, W), so the weights are never written out in float;
//  - consumer fusion into the epilogue: an elementwise add of a [N] vector
//    becomes the bias; an elementwise function that is ReLU, SiLU or GELU
//    (tanh approximation), however the frontend spelled it, becomes the
//    activation. The function is recognised by what it computes: its body
//    is evaluated on sample points and compared with the reference
//    function, so `x * sigmoid(x)` split over two generics is SiLU and an
//    erf-based GELU is not the tanh one.
//
//===----------------------------------------------------------------------===//

#include "ConstantEvaluation.h"
#include "RaiseMatchers.h"
#include "tessel/Dialect/Tessel/IR/TesselOps.h"
#include "tessel/Dialect/Tessel/Transforms/Passes.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"

#include <cmath>

namespace mlir::tessel {
#define GEN_PASS_DEF_TESSELFUSE
#include "tessel/Dialect/Tessel/Transforms/Passes.h.inc"
} // namespace mlir::tessel

using namespace mlir;
using namespace mlir::tessel;
using namespace mlir::tessel::raise;

namespace {

/// Sample points for recognising a function: both signs, near zero and in
/// the tails (far out, so that a clamp is not taken for a ReLU).
constexpr double kSamples[] = {-1e4, -20.0, -6.0, -3.1, -1.7, -1.0, -0.45,
                               -0.1, 0.0,   0.07, 0.33, 0.8,  1.3,  2.2,
                               4.5,  7.0,   20.0, 1e3,  1e4};

double relu(double x) { return x > 0 ? x : 0; }
double sigmoid(double x) { return 1 / (1 + std::exp(-x)); }
double silu(double x) { return x * sigmoid(x); }
double geluTanh(double x) {
  return 0.5 * x *
         (1 + std::tanh(0.7978845608028654 * (x + 0.044715 * x * x * x)));
}

/// How closely a function must match its reference. Frontends round the
/// constants: torch-mlir's tanh GELU uses 0.797724 for sqrt(2/pi), 4.5e-5
/// from the reference; the erf GELU is 3.7e-4 away.
constexpr double kTolerance = 1e-4;

/// True when `f` matches `reference` on every sample to kTolerance.
template <typename F> bool computes(F f, double (*reference)(double)) {
  for (double x : kSamples) {
    std::optional<double> y = f(x);
    double want = reference(x);
    if (!y ||
        std::fabs(*y - want) > kTolerance * std::max(1.0, std::fabs(want)))
      return false;
  }
  return true;
}

/// A one-input elementwise generic over `x` (identity maps), as a function
/// of one double; null when it is not one.
std::optional<std::function<std::optional<double>(double)>>
unaryFunction(linalg::GenericOp generic, Value x) {
  if (!generic || generic.getNumDpsInputs() != 1 ||
      generic.getNumResults() != 1 || generic.getNumReductionLoops() != 0 ||
      generic.getDpsInputs()[0] != x ||
      !llvm::all_of(generic.getIndexingMapsArray(),
                    [](AffineMap m) { return m.isIdentity(); }) ||
      generic.payloadUsesValueFromOperand(generic.getDpsInitOperand(0)))
    return std::nullopt;
  return [generic](double v) { return evaluateBody(generic, {v, 0.0}); };
}

/// The activation that `users` of a qmatmul result compute from it, and the
/// op whose result is that activation; nullopt if none.
std::optional<std::pair<Activation, Operation *>>
matchActivation(Value result) {
  SmallVector<Operation *> users(result.getUsers());
  if (users.size() == 1) {
    auto generic = dyn_cast<linalg::GenericOp>(users[0]);
    auto f = unaryFunction(generic, result);
    if (!f)
      return std::nullopt;
    if (computes(*f, relu))
      return std::make_pair(Activation::Relu, users[0]);
    if (computes(*f, silu))
      return std::make_pair(Activation::Silu, users[0]);
    if (computes(*f, geluTanh))
      return std::make_pair(Activation::Gelu, users[0]);
    return std::nullopt;
  }
  // x * sigmoid(x) over two generics: the sigmoid, and the product.
  if (users.size() != 2)
    return std::nullopt;
  for (int i = 0; i < 2; ++i) {
    auto sig = dyn_cast<linalg::GenericOp>(users[i]);
    auto mul = dyn_cast<linalg::GenericOp>(users[1 - i]);
    auto f = unaryFunction(sig, result);
    if (!f || !computes(*f, sigmoid) || !mul)
      continue;
    Operation *op = elementwiseOp(mul);
    if (!isa_and_nonnull<arith::MulFOp>(op) || mul.getNumDpsInputs() != 2)
      continue;
    OpOperand *a = bodyOperandInput(mul, op, 0);
    OpOperand *b = bodyOperandInput(mul, op, 1);
    if (!a || !b || !mul.getMatchingIndexingMap(a).isIdentity() ||
        !mul.getMatchingIndexingMap(b).isIdentity())
      continue;
    Value s = sig.getResult(0);
    if ((a->get() == result && b->get() == s) ||
        (a->get() == s && b->get() == result))
      return std::make_pair(Activation::Silu, mul.getOperation());
  }
  return std::nullopt;
}

/// Rebuilds `op` with a new bias and activation, replacing `replaced`.
void rebuild(PatternRewriter &rewriter, QMatmulOp op, Value bias,
             Activation activation, Operation *replaced) {
  auto fused = QMatmulOp::create(
      rewriter, op.getLoc(), op.getResult().getType(), op.getInput(),
      op.getWeights(), op.getScales(), op.getZeroPoints(), bias, op.getInit(),
      op.getSignedness(), op.getGroupSize(), activation);
  rewriter.replaceOp(replaced, fused.getResult());
}

/// qmatmul followed by an activation: the activation into the epilogue.
struct FuseActivation : OpRewritePattern<QMatmulOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(QMatmulOp op,
                                PatternRewriter &rewriter) const override {
    if (op.getActivation() != Activation::None)
      return failure();
    auto activation = matchActivation(op.getResult());
    if (!activation ||
        activation->second->getResult(0).getType() != op.getResult().getType())
      return failure();
    rewriter.setInsertionPoint(activation->second);
    rebuild(rewriter, op, op.getBias(), activation->first, activation->second);
    return success();
  }
};

/// qmatmul followed by `+ b[n]`: b becomes the bias.
struct FuseBias : OpRewritePattern<QMatmulOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(QMatmulOp op,
                                PatternRewriter &rewriter) const override {
    if (op.getBias() || op.getActivation() != Activation::None ||
        !op.getResult().hasOneUse())
      return failure();
    auto add = dyn_cast<linalg::GenericOp>(*op.getResult().user_begin());
    Operation *body = elementwiseOp(add);
    if (!isa_and_nonnull<arith::AddFOp>(body) || add.getNumDpsInputs() != 2 ||
        add.getResult(0).getType() != op.getResult().getType())
      return failure();
    auto type = cast<RankedTensorType>(op.getResult().getType());
    unsigned last = type.getRank() - 1;
    for (int i = 0; i < 2; ++i) {
      OpOperand *x = bodyOperandInput(add, body, i);
      OpOperand *b = bodyOperandInput(add, body, 1 - i);
      if (!x || !b || x->get() != op.getResult() ||
          !add.getMatchingIndexingMap(x).isIdentity())
        continue;
      AffineMap map = add.getMatchingIndexingMap(b);
      auto biasType = cast<RankedTensorType>(b->get().getType());
      if (map.getNumResults() != 1 ||
          map.getResult(0) != getAffineDimExpr(last, add.getContext()) ||
          biasType.getElementType() != type.getElementType())
        continue;
      rewriter.setInsertionPoint(add);
      rebuild(rewriter, op, b->get(), Activation::None, add);
      return success();
    }
    return failure();
  }
};

/// matmul(X, transpose(dequantize(W))) into zeros: one qmatmul.
struct FuseDequantize : OpRewritePattern<linalg::MatmulOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(linalg::MatmulOp matmul,
                                PatternRewriter &rewriter) const override {
    if (matmul.hasUserDefinedMaps() || !isZeroFill(matmul.getDpsInits()[0]))
      return failure();
    auto transpose =
        matmul.getDpsInputs()[1].getDefiningOp<linalg::TransposeOp>();
    if (!transpose || transpose.getPermutation() != ArrayRef<int64_t>{1, 0})
      return failure();
    auto dequantize = transpose.getInput().getDefiningOp<DequantizeOp>();
    if (!dequantize)
      return failure();
    Value input = matmul.getDpsInputs()[0];
    auto inputType = cast<RankedTensorType>(input.getType());
    auto resultType = cast<RankedTensorType>(matmul.getResult(0).getType());
    if (inputType.getElementType() != resultType.getElementType() ||
        cast<RankedTensorType>(dequantize.getResult().getType())
                .getElementType() != inputType.getElementType())
      return failure();
    Value init =
        tensor::EmptyOp::create(rewriter, matmul.getLoc(),
                                tensor::getMixedSizes(rewriter, matmul.getLoc(),
                                                      matmul.getDpsInits()[0]),
                                resultType.getElementType());
    auto fused = QMatmulOp::create(
        rewriter, matmul.getLoc(), resultType, input, dequantize.getInput(),
        dequantize.getScales(), dequantize.getZeroPoints(), /*bias=*/Value(),
        init, dequantize.getSignedness(), dequantize.getGroupSize());
    rewriter.replaceOp(matmul, fused.getResult());
    return success();
  }
};

struct TesselFusePass : tessel::impl::TesselFuseBase<TesselFusePass> {
  using TesselFuseBase::TesselFuseBase;

  void runOnOperation() override {
    RewritePatternSet patterns(&getContext());
    patterns.add<FuseDequantize, FuseBias, FuseActivation>(&getContext());
    if (failed(applyPatternsGreedily(getOperation(), std::move(patterns)))) {
      getOperation()->emitError("tessel-fuse did not converge");
      signalPassFailure();
    }
  }
};

} // namespace
