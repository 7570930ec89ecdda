//===- SoftmaxToLinalg.cpp - tessel.softmax as linalg on tensors ----------===//
//
// Each algorithm is a reduction over the softmax dimension that produces row
// statistics, followed by one elementwise pass that writes the output:
//
//   three_pass: M = max x;  L = sum exp(x - M)           out = exp(x - M) / L
//               (an f32 output holds exp(x - M) from the second pass on,
//               which the third scales in place: one exp per element)
//   online:     (M, L) in one pass, L rescaled whenever M grows
//                                                        out = exp(x - M) / L
//   two_pass:   (m, h) with sum exp(x) = m * 2^(2h), accumulated without
//               a maximum (Dukhan & Ablavatski)       out = exp(x) / (m 2^(2h))
//
// Statistics are f32; narrower inputs are widened as they are read.
//
//===----------------------------------------------------------------------===//

#include "tessel/Conversion/LoweringUtils.h"
#include "tessel/Conversion/TesselToLinalg.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Arith/Utils/Utils.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/PatternMatch.h"
#include "tessel/Dialect/Tessel/IR/ConfigurationAttributes.h"
#include "tessel/Dialect/Tessel/IR/TesselOps.h"

#include <cmath>
#include <limits>

using namespace mlir;
using namespace mlir::tessel;
using namespace mlir::tessel::lowering;

namespace {

constexpr double kNegInf = -std::numeric_limits<double>::infinity();

/// exp(x) = m * 2^(2h) with h = round(x log2(e) / 2), m = exp(x - 2h ln 2).
/// Half exponents: x log2(e) itself overflows f32 from |x| = 2.4e38 (rows
/// holding finfo.min or values near finfo.max), and clamping it there would
/// give large distinct values one exponent and equal weights; x log2(e) / 2
/// is finite for every finite x, and so is the difference of two. The
/// reduction x - 2h ln 2 is two fused multiply-adds with ln 2 split in two
/// (Cody-Waite), exact to float32 rounding while h is an exact integer
/// (|x| < 2^24). x = -inf gives m = 0 and a very small finite h, so that it
/// adds nothing and never produces inf - inf; +inf and NaN give m = NaN, and
/// the row NaN, as the formula does.
std::pair<Value, Value> splitExp(OpBuilder &b, Location loc, Value x) {
  // 2 ln 2 rounded to float32, and the rest.
  constexpr double kTwoLn2Hi = 1.38629436492919921875;
  constexpr double kTwoLn2Lo = -3.809308646296472e-9;
  Value isNegInf = arith::CmpFOp::create(b, loc, arith::CmpFPredicate::OEQ, x,
                                         f32Const(b, loc, kNegInf));
  Value h = math::RoundEvenOp::create(
      b, loc, arith::MulFOp::create(b, loc, x, f32Const(b, loc, M_LOG2E / 2)));
  // Below every finite x's half exponent (at most 2.5e38 in magnitude), so
  // that -inf never sets the maximum.
  h = arith::SelectOp::create(b, loc, isNegInf, f32Const(b, loc, -3e38), h);
  Value negH = arith::NegFOp::create(b, loc, h);
  Value reduced =
      math::FmaOp::create(b, loc, negH, f32Const(b, loc, kTwoLn2Hi), x);
  reduced =
      math::FmaOp::create(b, loc, negH, f32Const(b, loc, kTwoLn2Lo), reduced);
  // Exact reduction leaves |reduced| <= ln 2. From |x| = 2^24, where h
  // rounds, the reduction loses accuracy, and exp could reach inf (inf * 0
  // = NaN); there float32 values of a row differ by whole units (ulp(x) >=
  // 2), their weights by factors of e^2 or more, and keeping the mantissa in
  // [1/e, e] bounds the error of a weight to that factor (docs/Semantics.md).
  reduced = arith::MinimumFOp::create(
      b, loc, arith::MaximumFOp::create(b, loc, reduced, f32Const(b, loc, -1)),
      f32Const(b, loc, 1));
  Value m = arith::SelectOp::create(b, loc, isNegInf, f32Const(b, loc, 0),
                                    math::ExpOp::create(b, loc, reduced));
  return {m, h};
}

/// Lanes of the per-lane online and two-pass states where the op has no
/// tessel.softmax_lanes (one AVX-512 vector).
constexpr int64_t kLanes = 16;

Value one(OpBuilder &b, Location loc) { return f32Const(b, loc, 1); }

/// 1 / sum: an output pass multiplies by it (computed once per row, hoisted
/// out of the row's loop) rather than dividing by the sum per element.
Value reciprocal(OpBuilder &b, Location loc, Value sum) {
  return arith::DivFOp::create(b, loc, one(b, loc), sum);
}

/// 2^(2d) for an integral f32 half-exponent difference d <= 63, built from
/// the exponent bits (the scaling steps of the two-pass algorithm are exact
/// powers of two); 2d below -126, -inf included, gives 0.
Value pow2OfHalfExponent(OpBuilder &b, Location loc, Value d) {
  Value k = arith::MulFOp::create(b, loc, d, f32Const(b, loc, 2));
  Value clamped = arith::MaximumFOp::create(b, loc, k, f32Const(b, loc, -127));
  Type i32 = b.getI32Type();
  Value biased = arith::AddIOp::create(
      b, loc, arith::FPToSIOp::create(b, loc, i32, clamped),
      arith::ConstantOp::create(b, loc, b.getI32IntegerAttr(127)));
  Value bits = arith::ShLIOp::create(
      b, loc, biased,
      arith::ConstantOp::create(b, loc, b.getI32IntegerAttr(23)));
  return arith::BitcastOp::create(b, loc, b.getF32Type(), bits);
}

/// Adds `weight * e^value` to the online state (max, sum). Handles -inf
/// on either side (a state or a value that adds nothing).
std::pair<Value, Value> onlineStep(OpBuilder &b, Location loc, Value max,
                                   Value sum, Value value, Value weight) {
  Value negInf = f32Const(b, loc, kNegInf);
  Value zero = f32Const(b, loc, 0);
  Value newMax = arith::MaximumFOp::create(b, loc, max, value);
  auto scaled = [&](Value w, Value from) {
    Value isNegInf =
        arith::CmpFOp::create(b, loc, arith::CmpFPredicate::OEQ, from, negInf);
    Value e = math::ExpOp::create(b, loc,
                                  arith::SubFOp::create(b, loc, from, newMax));
    return arith::SelectOp::create(b, loc, isNegInf, zero,
                                   arith::MulFOp::create(b, loc, w, e))
        .getResult();
  };
  Value newSum =
      arith::AddFOp::create(b, loc, scaled(sum, max), scaled(weight, value));
  return {newMax, newSum};
}

/// Adds m * 2^(2h) to the two-pass state (mantissa sum, half exponent).
std::pair<Value, Value> twoPassStep(OpBuilder &b, Location loc, Value acc,
                                    Value exponent, Value m, Value n) {
  Value nMax = arith::MaximumFOp::create(b, loc, exponent, n);
  Value kept = arith::MulFOp::create(
      b, loc, acc,
      pow2OfHalfExponent(b, loc,
                         arith::SubFOp::create(b, loc, exponent, nMax)));
  Value added = arith::MulFOp::create(
      b, loc, m,
      pow2OfHalfExponent(b, loc, arith::SubFOp::create(b, loc, n, nMax)));
  return {arith::AddFOp::create(b, loc, kept, added), nMax};
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
      if (outType.isF32()) {
        // An f32 output holds exp(x - M) between the second pass and the
        // third, which scales it in place: one exponential per element,
        // not two (the second pass sums what it stored).
        Value exps = buildGeneric(
            rewriter, loc, {input, stat0}, op.getInit(), {id, row, id},
            iterators(rank), [](OpBuilder &b, Location l, ValueRange args) {
              return math::ExpOp::create(
                         b, l,
                         arith::SubFOp::create(b, l, toF32(b, l, args[0]),
                                               args[1]))
                  .getResult();
            });
        Value sums = buildGeneric(
            rewriter, loc, {exps}, filled(0), {id, row}, iterators(rank, {dim}),
            [](OpBuilder &b, Location l, ValueRange args) {
              return arith::AddFOp::create(b, l, args[1], args[0]).getResult();
            });
        // The stored exponentials are the third pass's output operand,
        // which it reads: scaled where they are.
        Value result = buildGeneric(
            rewriter, loc, {sums}, exps, {row, id}, iterators(rank),
            [](OpBuilder &b, Location l, ValueRange args) {
              return arith::MulFOp::create(b, l, args[1],
                                           reciprocal(b, l, args[0]))
                  .getResult();
            });
        rewriter.replaceOp(op, result);
        return success();
      }
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
      // online: (max, sum); two_pass: (mantissa sum, exponent). When the
      // reduced dimension is innermost and a multiple of `lanes`, each of
      // `lanes` lanes keeps its own state over a strided subset (a parallel,
      // vectorizable loop) and a second small reduction merges the lanes.
      int64_t extent = type.getDimSize(dim);
      // The configured lanes (tessel-cpu-configure sizes them for the
      // vector registers), else kLanes, where they divide the row.
      int64_t lanes = kLanes;
      if (auto attr = op->getAttrOfType<IntegerAttr>(kSoftmaxLanesAttrName);
          attr && attr.getInt() > 0 && extent % attr.getInt() == 0)
        lanes = attr.getInt();
      bool laned = dim == rank - 1 && !ShapedType::isDynamic(extent) &&
                   extent % lanes == 0 && extent > lanes;
      // Folds (in0, in1) into the state (state0, state1): an element
      // (e^x, or m * 2^n) or another lane's state.
      auto combine = [&](OpBuilder &b, Location l, Value state0, Value state1,
                         Value in0, Value in1) {
        auto [next0, next1] = online
                                  ? onlineStep(b, l, state0, state1, in0, in1)
                                  : twoPassStep(b, l, state0, state1, in0, in1);
        linalg::YieldOp::create(b, l, ValueRange{next0, next1});
      };
      // One element x into the state (args[1], args[2]).
      auto step = [&](OpBuilder &b, Location l, ValueRange args) {
        Value x = toF32(b, l, args[0]);
        if (online)
          return combine(b, l, args[1], args[2], x, one(b, l));
        auto [m, n] = splitExp(b, l, x);
        combine(b, l, args[1], args[2], m, n);
      };
      Value row0 = online ? filled(kNegInf) : filled(0);
      Value row1 = online ? filled(0) : filled(kNegInf);
      linalg::GenericOp generic;
      if (!laned) {
        generic = linalg::GenericOp::create(
            rewriter, loc, TypeRange{row0.getType(), row1.getType()},
            ValueRange{input}, ValueRange{row0, row1},
            ArrayRef<AffineMap>{id, row, row}, iterators(rank, {dim}), step);
      } else {
        // The lane states advance one chunk of `lanes` elements per step of
        // an scf.for: an elementwise generic, so the states vectorize and
        // stay in registers across the loop.
        Value source = splitLastDim(rewriter, loc, input, lanes);
        SmallVector<OpFoldResult> laneSizes = rowSizes;
        laneSizes.push_back(rewriter.getIndexAttr(lanes));
        auto filledLanes = [&](double value) {
          return filledTensor(rewriter, loc, laneSizes, f32,
                              rewriter.getF32FloatAttr(value));
        };
        Value init0 = online ? filledLanes(kNegInf) : filledLanes(0);
        Value init1 = online ? filledLanes(0) : filledLanes(kNegInf);
        Value chunks = getValueOrCreateConstantIndexOp(
            rewriter, loc,
            tensor::getMixedSize(rewriter, loc, source, rank - 1));
        AffineMap lanes = AffineMap::getMultiDimIdentityMap(rank, ctx);
        auto loop = scf::ForOp::create(
            rewriter, loc, indexConst(rewriter, loc, 0), chunks,
            indexConst(rewriter, loc, 1), ValueRange{init0, init1},
            [&](OpBuilder &b, Location l, Value c, ValueRange states) {
              SmallVector<OpFoldResult> offsets(rank + 1, b.getIndexAttr(0));
              offsets[rank - 1] = c;
              SmallVector<OpFoldResult> sizes =
                  tensor::getMixedSizes(b, l, source);
              sizes[rank - 1] = b.getIndexAttr(1);
              SmallVector<OpFoldResult> strides(rank + 1, b.getIndexAttr(1));
              auto chunkType = cast<RankedTensorType>(init0.getType())
                                   .clone(type.getElementType());
              Value chunk = tensor::ExtractSliceOp::create(
                  b, l, chunkType, source, offsets, sizes, strides);
              auto update = linalg::GenericOp::create(
                  b, l, TypeRange{init0.getType(), init1.getType()},
                  ValueRange{chunk}, states,
                  ArrayRef<AffineMap>{lanes, lanes, lanes}, iterators(rank),
                  step);
              relaxFloatOrder(update);
              scf::YieldOp::create(b, l, update.getResults());
            });
        // Merge the lanes: the same combination with a lane's state as
        // input.
        AffineMap laneRow = dropDims(ctx, rank, {rank - 1});
        generic = linalg::GenericOp::create(
            rewriter, loc, TypeRange{row0.getType(), row1.getType()},
            loop.getResults(), ValueRange{row0, row1},
            ArrayRef<AffineMap>{lanes, lanes, laneRow, laneRow},
            iterators(rank, {rank - 1}),
            [&](OpBuilder &b, Location l, ValueRange args) {
              combine(b, l, args[2], args[3], args[0], args[1]);
            });
      }
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
            Value scale = pow2OfHalfExponent(
                b, l, arith::SubFOp::create(b, l, n, args[2]));
            value = arith::MulFOp::create(b, l,
                                          arith::MulFOp::create(b, l, m, scale),
                                          reciprocal(b, l, args[1]));
          } else {
            Value e = math::ExpOp::create(
                b, l, arith::SubFOp::create(b, l, x, args[1]));
            value = arith::MulFOp::create(b, l, e, reciprocal(b, l, args[2]));
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
