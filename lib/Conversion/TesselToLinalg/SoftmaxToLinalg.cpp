//===- SoftmaxToLinalg.cpp - tessel.softmax as linalg on tensors ----------===//
//
// Each algorithm is a reduction over the softmax dimension that produces row
// statistics, followed by one elementwise pass that writes the output:
//
//   three_pass: M = max x;  L = sum exp(x - M)           out = exp(x - M) / L
//   online:     (M, L) in one pass, L rescaled whenever M grows
//                                                        out = exp(x - M) / L
//   two_pass:   (m, n) with sum exp(x) = m * 2^n, accumulated without a
//               maximum (Dukhan & Ablavatski)            out = exp(x) / (m 2^n)
//
// Statistics are f32; narrower inputs are widened as they are read.
//
//===----------------------------------------------------------------------===//

#include "LoweringUtils.h"
#include "tessel/Conversion/TesselToLinalg.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/PatternMatch.h"
#include "tessel/Dialect/Tessel/IR/TesselOps.h"

#include <cmath>
#include <limits>

using namespace mlir;
using namespace mlir::tessel;
using namespace mlir::tessel::lowering;

namespace {

constexpr double kNegInf = -std::numeric_limits<double>::infinity();

/// exp(x) = m * 2^n with n = round(x * log2(e)), m = exp(x - n * ln 2). The
/// reduction uses a two-part ln 2 (Cody-Waite) so that m stays accurate for
/// |x| in the thousands; x = -inf gives m = 0 and a very small finite n, so
/// that it adds nothing and never produces inf - inf.
std::pair<Value, Value> splitExp(OpBuilder &b, Location loc, Value x) {
  constexpr double kLn2Hi = 0.693145751953125;
  constexpr double kLn2Lo = 1.42860682030941723212e-6;
  Value isNegInf = arith::CmpFOp::create(b, loc, arith::CmpFPredicate::OEQ, x,
                                         f32Const(b, loc, kNegInf));
  Value n = math::RoundEvenOp::create(
      b, loc, arith::MulFOp::create(b, loc, x, f32Const(b, loc, M_LOG2E)));
  n = arith::SelectOp::create(b, loc, isNegInf, f32Const(b, loc, -1e30), n);
  Value reduced = arith::SubFOp::create(
      b, loc, x, arith::MulFOp::create(b, loc, n, f32Const(b, loc, kLn2Hi)));
  reduced = arith::SubFOp::create(
      b, loc, reduced,
      arith::MulFOp::create(b, loc, n, f32Const(b, loc, kLn2Lo)));
  Value m = arith::SelectOp::create(b, loc, isNegInf, f32Const(b, loc, 0),
                                    math::ExpOp::create(b, loc, reduced));
  return {m, n};
}

struct SoftmaxToLinalg : OpRewritePattern<SoftmaxOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(SoftmaxOp op,
                                PatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    MLIRContext *ctx = rewriter.getContext();
    Value input = op.getInput();
    auto type = cast<RankedTensorType>(input.getType());
    unsigned rank = type.getRank();
    unsigned dim = op.getDimension();
    Type f32 = rewriter.getF32Type();
    Type outType = op.getResult().getType().getElementType();

    SmallVector<OpFoldResult> sizes =
        tensor::getMixedSizes(rewriter, loc, input);
    SmallVector<OpFoldResult> rowSizes = sizes;
    rowSizes.erase(rowSizes.begin() + dim);
    AffineMap id = AffineMap::getMultiDimIdentityMap(rank, ctx);
    AffineMap row = dropDims(ctx, rank, {dim});
    auto filled = [&](double value) {
      return filledTensor(rewriter, loc, rowSizes, f32,
                          rewriter.getF32FloatAttr(value));
    };

    Value stat0, stat1;
    switch (op.getAlgorithm()) {
    case SoftmaxAlgorithm::ThreePass: {
      stat0 = buildGeneric(rewriter, loc, {input}, filled(kNegInf), {id, row},
                           iterators(rank, {dim}),
                           [](OpBuilder &b, Location l, ValueRange args) {
                             return arith::MaximumFOp::create(
                                        b, l, toF32(b, l, args[0]), args[1])
                                 .getResult();
                           });
      stat1 = buildGeneric(
          rewriter, loc, {input, stat0}, filled(0), {id, row, row},
          iterators(rank, {dim}),
          [](OpBuilder &b, Location l, ValueRange args) {
            Value shifted =
                arith::SubFOp::create(b, l, toF32(b, l, args[0]), args[1]);
            return arith::AddFOp::create(b, l, args[2],
                                         math::ExpOp::create(b, l, shifted))
                .getResult();
          });
      break;
    }
    case SoftmaxAlgorithm::Online:
    case SoftmaxAlgorithm::TwoPass: {
      bool online = op.getAlgorithm() == SoftmaxAlgorithm::Online;
      // online: (max, sum); two_pass: (mantissa sum, exponent).
      Value init0 = online ? filled(kNegInf) : filled(0);
      Value init1 = online ? filled(0) : filled(kNegInf);
      auto generic = linalg::GenericOp::create(
          rewriter, loc, TypeRange{init0.getType(), init1.getType()},
          ValueRange{input}, ValueRange{init0, init1},
          ArrayRef<AffineMap>{id, row, row}, iterators(rank, {dim}),
          [&](OpBuilder &b, Location l, ValueRange args) {
            Value x = toF32(b, l, args[0]);
            if (online) {
              Value max = arith::MaximumFOp::create(b, l, args[1], x);
              Value rescale = math::ExpOp::create(
                  b, l, arith::SubFOp::create(b, l, args[1], max));
              Value term = math::ExpOp::create(
                  b, l, arith::SubFOp::create(b, l, x, max));
              Value sum = arith::AddFOp::create(
                  b, l, arith::MulFOp::create(b, l, args[2], rescale), term);
              linalg::YieldOp::create(b, l, ValueRange{max, sum});
              return;
            }
            auto [m, n] = splitExp(b, l, x);
            Value nMax = arith::MaximumFOp::create(b, l, args[2], n);
            Value acc = arith::MulFOp::create(
                b, l, args[1],
                math::Exp2Op::create(
                    b, l, arith::SubFOp::create(b, l, args[2], nMax)));
            Value term = arith::MulFOp::create(
                b, l, m,
                math::Exp2Op::create(b, l,
                                     arith::SubFOp::create(b, l, n, nMax)));
            linalg::YieldOp::create(
                b, l, ValueRange{arith::AddFOp::create(b, l, acc, term), nMax});
          });
      relaxFloatOrder(generic);
      stat0 = generic.getResult(0);
      stat1 = generic.getResult(1);
      break;
    }
    }

    bool twoPass = op.getAlgorithm() == SoftmaxAlgorithm::TwoPass;
    Value result = buildGeneric(
        rewriter, loc, {input, stat0, stat1}, op.getInit(), {id, row, row, id},
        iterators(rank), [&](OpBuilder &b, Location l, ValueRange args) {
          Value x = toF32(b, l, args[0]);
          Value value;
          if (twoPass) {
            auto [m, n] = splitExp(b, l, x);
            Value scale = math::Exp2Op::create(
                b, l, arith::SubFOp::create(b, l, n, args[2]));
            value = arith::DivFOp::create(
                b, l, arith::MulFOp::create(b, l, m, scale), args[1]);
          } else {
            Value e = math::ExpOp::create(
                b, l, arith::SubFOp::create(b, l, x, args[1]));
            value = arith::DivFOp::create(b, l, e, args[2]);
          }
          return fromF32(b, l, value, outType);
        });
    rewriter.replaceOp(op, result);
    return success();
  }
};

} // namespace

void mlir::tessel::populateSoftmaxToLinalgPatterns(
    RewritePatternSet &patterns) {
  patterns.add<SoftmaxToLinalg>(patterns.getContext());
}
