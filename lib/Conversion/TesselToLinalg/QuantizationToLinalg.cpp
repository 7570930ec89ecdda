//===- QuantizationToLinalg.cpp - qmatmul, quantize, dequantize -----------===//
//
// The group dimension is made explicit by splitting K into [K / G, G], so that
// scales and zero points are indexed by a projected permutation:
//
//   qmatmul:    Y[m, n] += X[m, kg, kk] * (W[n, kg, kk] - Z[n, kg]) * S[n, kg]
//               then Y = activation(Y + bias[n])
//   dequantize: X[.., kg, kk] = (Q[.., kg, kk] - Z[.., kg]) * S[.., kg]
//   quantize:   group statistics by a reduction over kk, then one
//               elementwise pass.
//
// Integers are read as signed or unsigned per the op; arithmetic is f32.
//
//===----------------------------------------------------------------------===//

#include "tessel/Conversion/LoweringUtils.h"
#include "tessel/Conversion/TesselToLinalg.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/PatternMatch.h"
#include "tessel/Dialect/Tessel/IR/ConfigurationAttributes.h"
#include "tessel/Dialect/Tessel/IR/TesselOps.h"

#include <cmath>

using namespace mlir;
using namespace mlir::tessel;
using namespace mlir::tessel::lowering;

namespace {

/// The representable range of a `bits`-bit integer.
std::pair<double, double> intRange(unsigned bits, bool isSigned) {
  if (isSigned)
    return {-std::ldexp(1.0, bits - 1), std::ldexp(1.0, bits - 1) - 1};
  return {0, std::ldexp(1.0, bits) - 1};
}

/// (q - z) * s in f32, with q and z read as `isSigned` integers (no zero
/// point when `zero` is null).
Value dequantized(OpBuilder &b, Location loc, Value q, Value scale, Value zero,
                  bool isSigned) {
  Value value = toF32(b, loc, q, isSigned);
  if (zero)
    value = arith::SubFOp::create(b, loc, value, toF32(b, loc, zero, isSigned));
  return arith::MulFOp::create(b, loc, value, toF32(b, loc, scale));
}

struct QMatmulToLinalg : OpRewritePattern<QMatmulOp> {
  QMatmulToLinalg(MLIRContext *ctx, int64_t lanes)
      : OpRewritePattern(ctx), defaultLanes(lanes) {}

  /// Lanes of the per-lane partial sums (see the pass option), unless the
  /// op's `tessel.qmatmul_lanes` attribute (set by tessel-tile) says
  /// otherwise.
  int64_t defaultLanes;

  LogicalResult matchAndRewrite(QMatmulOp op,
                                PatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    MLIRContext *ctx = rewriter.getContext();
    int64_t g = op.getGroupSize();
    bool isSigned = op.getSignedness() == Signedness::Signed;
    bool batched = op.hasBatch();
    int64_t lanes = defaultLanes;
    if (auto attr = op->getAttrOfType<IntegerAttr>(kQMatmulLanesAttrName))
      lanes = attr.getInt();
    unsigned lead = batched ? 1 : 0;
    Value x = splitLastDim(rewriter, loc, op.getInput(), g);
    Value w = splitLastDim(rewriter, loc, op.getWeights(), g);
    // With groups of a multiple of `lanes` elements, each of the lanes
    // accumulates its own partial sum over the groups (a parallel innermost
    // loop that vectorizes into a register-resident accumulator); the lanes
    // are summed once per output at the end.
    bool laned = lanes > 1 && g % lanes == 0 && g > lanes;
    if (laned) {
      x = splitLastDim(rewriter, loc, x, lanes);
      w = splitLastDim(rewriter, loc, w, lanes);
    }

    // Loops: [bt,] m, n, kg, kk   or   [bt,] m, n, kg, kc, lane.
    unsigned inner = laned ? 2 : 1;
    unsigned n = lead + 3 + inner;
    auto dim = [&](unsigned i) { return getAffineDimExpr(lead + i, ctx); };
    SmallVector<AffineExpr> batch;
    if (batched)
      batch.push_back(getAffineDimExpr(0, ctx));
    auto withBatch = [&](ArrayRef<AffineExpr> exprs) {
      SmallVector<AffineExpr> all(batch);
      all.append(exprs.begin(), exprs.end());
      return AffineMap::get(n, 0, all, ctx);
    };
    SmallVector<AffineExpr> xExprs = {dim(0), dim(2), dim(3)};
    SmallVector<AffineExpr> wExprs = {dim(1), dim(2), dim(3)};
    if (laned) {
      xExprs.push_back(dim(4));
      wExprs.push_back(dim(4));
    }
    SmallVector<Value> inputs = {x, w, op.getScales()};
    SmallVector<AffineMap> maps = {withBatch(xExprs),
                                   AffineMap::get(n, 0, wExprs, ctx),
                                   AffineMap::get(n, 0, {dim(1), dim(2)}, ctx)};
    bool hasZeros = static_cast<bool>(op.getZeroPoints());
    if (hasZeros) {
      inputs.push_back(op.getZeroPoints());
      maps.push_back(maps.back());
    }
    SmallVector<AffineExpr> accExprs = {dim(0), dim(1)};
    if (laned)
      accExprs.push_back(dim(4));
    maps.push_back(withBatch(accExprs));

    SmallVector<OpFoldResult> outSizes =
        tensor::getMixedSizes(rewriter, loc, op.getInit());
    SmallVector<OpFoldResult> accSizes = outSizes;
    if (laned)
      accSizes.push_back(rewriter.getIndexAttr(lanes));
    Type f32 = rewriter.getF32Type();
    Value acc =
        filledTensor(rewriter, loc, accSizes, f32, rewriter.getF32FloatAttr(0));
    SmallVector<unsigned> reductions = {lead + 2, lead + 3};
    acc = buildGeneric(
        rewriter, loc, inputs, acc, maps, iterators(n, reductions),
        [&](OpBuilder &b, Location l, ValueRange args) {
          Value weight = dequantized(b, l, args[1], args[2],
                                     hasZeros ? args[3] : Value(), isSigned);
          Value prod =
              arith::MulFOp::create(b, l, toF32(b, l, args[0]), weight);
          return arith::AddFOp::create(b, l, args.back(), prod).getResult();
        });
    if (laned) {
      unsigned rank = outSizes.size() + 1;
      acc = buildGeneric(
          rewriter, loc, {acc},
          filledTensor(rewriter, loc, outSizes, f32,
                       rewriter.getF32FloatAttr(0)),
          {AffineMap::getMultiDimIdentityMap(rank, ctx),
           dropDims(ctx, rank, {rank - 1})},
          iterators(rank, {rank - 1}),
          [](OpBuilder &b, Location l, ValueRange args) {
            return arith::AddFOp::create(b, l, args[0], args[1]).getResult();
          });
    }

    // Epilogue: bias, activation, conversion to the output type.
    unsigned outRank = op.getInit().getType().getRank();
    AffineMap id = AffineMap::getMultiDimIdentityMap(outRank, ctx);
    SmallVector<Value> epilogueInputs = {acc};
    SmallVector<AffineMap> epilogueMaps = {id};
    Value bias = op.getBias();
    if (bias) {
      epilogueInputs.push_back(bias);
      epilogueMaps.push_back(
          AffineMap::get(outRank, 0, getAffineDimExpr(outRank - 1, ctx)));
    }
    epilogueMaps.push_back(id);
    Activation act = op.getActivation();
    Type outType = op.getInit().getType().getElementType();
    Value result = buildGeneric(
        rewriter, loc, epilogueInputs, op.getInit(), epilogueMaps,
        iterators(outRank), [&](OpBuilder &b, Location l, ValueRange args) {
          Value y = args[0];
          if (bias)
            y = arith::AddFOp::create(b, l, y, toF32(b, l, args[1]));
          return fromF32(b, l, applyActivation(b, l, y, act), outType);
        });
    rewriter.replaceOp(op, result);
    return success();
  }
};

struct DequantizeToLinalg : OpRewritePattern<DequantizeOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(DequantizeOp op,
                                PatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    MLIRContext *ctx = rewriter.getContext();
    int64_t g = op.getGroupSize();
    bool isSigned = op.getSignedness() == Signedness::Signed;
    Value q = splitLastDim(rewriter, loc, op.getInput(), g);
    Value init = splitLastDim(rewriter, loc, op.getInit(), g);
    unsigned rank = cast<RankedTensorType>(q.getType()).getRank();
    AffineMap id = AffineMap::getMultiDimIdentityMap(rank, ctx);
    AffineMap group = dropDims(ctx, rank, {rank - 1});
    SmallVector<Value> inputs = {q, op.getScales()};
    SmallVector<AffineMap> maps = {id, group};
    bool hasZeros = static_cast<bool>(op.getZeroPoints());
    if (hasZeros) {
      inputs.push_back(op.getZeroPoints());
      maps.push_back(group);
    }
    maps.push_back(id);
    Type outType = op.getInit().getType().getElementType();
    Value result =
        buildGeneric(rewriter, loc, inputs, init, maps, iterators(rank),
                     [&](OpBuilder &b, Location l, ValueRange args) {
                       Value value =
                           dequantized(b, l, args[0], args[1],
                                       hasZeros ? args[2] : Value(), isSigned);
                       return fromF32(b, l, value, outType);
                     });
    rewriter.replaceOp(op, mergeLastDims(rewriter, loc, result));
    return success();
  }
};

struct QuantizeToLinalg : OpRewritePattern<QuantizeOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(QuantizeOp op,
                                PatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    MLIRContext *ctx = rewriter.getContext();
    int64_t g = op.getGroupSize();
    bool isSigned = op.getSignedness() == Signedness::Signed;
    bool asymmetric = op.hasZeroPoints();
    Value qInit = op.getInits()[0], sInit = op.getInits()[1];
    Type qType = cast<RankedTensorType>(qInit.getType()).getElementType();
    Type sType = cast<RankedTensorType>(sInit.getType()).getElementType();
    auto [qmin, qmax] = intRange(qType.getIntOrFloatBitWidth(), isSigned);

    Value x = splitLastDim(rewriter, loc, op.getInput(), g);
    unsigned rank = cast<RankedTensorType>(x.getType()).getRank();
    AffineMap id = AffineMap::getMultiDimIdentityMap(rank, ctx);
    AffineMap group = dropDims(ctx, rank, {rank - 1});
    SmallVector<OpFoldResult> groupSizes =
        tensor::getMixedSizes(rewriter, loc, sInit);
    Type f32 = rewriter.getF32Type();
    Value zero = filledTensor(rewriter, loc, groupSizes, f32,
                              rewriter.getF32FloatAttr(0));

    // Group statistics: max |x| (symmetric) or max(x, 0) and min(x, 0)
    // (asymmetric; initial values of 0 give the clamping to 0 for free).
    auto stats = linalg::GenericOp::create(
        rewriter, loc, TypeRange{zero.getType(), zero.getType()}, ValueRange{x},
        ValueRange{zero, zero}, ArrayRef<AffineMap>{id, group, group},
        iterators(rank, {rank - 1}),
        [&](OpBuilder &b, Location l, ValueRange args) {
          Value v = toF32(b, l, args[0]);
          if (!asymmetric)
            v = math::AbsFOp::create(b, l, v);
          Value hi = arith::MaximumFOp::create(b, l, args[1], v);
          Value lo = arith::MinimumFOp::create(b, l, args[2], v);
          linalg::YieldOp::create(b, l, ValueRange{hi, lo});
        });

    relaxFloatOrder(stats);

    // Scales and zero points per group.
    auto round = [](OpBuilder &b, Location l, Value v) {
      return math::RoundEvenOp::create(b, l, v).getResult();
    };
    auto clamp = [&](OpBuilder &b, Location l, Value v) {
      v = arith::MaximumFOp::create(b, l, v, f32Const(b, l, qmin));
      return arith::MinimumFOp::create(b, l, v, f32Const(b, l, qmax))
          .getResult();
    };
    auto scaleOf = [&](OpBuilder &b, Location l, Value hi, Value lo) {
      Value range =
          asymmetric ? arith::SubFOp::create(b, l, hi, lo).getResult() : hi;
      Value s = arith::DivFOp::create(
          b, l, range, f32Const(b, l, asymmetric ? qmax - qmin : qmax));
      Value isZero = arith::CmpFOp::create(b, l, arith::CmpFPredicate::OEQ, s,
                                           f32Const(b, l, 0));
      return arith::SelectOp::create(b, l, isZero, f32Const(b, l, 1), s)
          .getResult();
    };
    // z = clamp(qmin - round(min(x, 0) / s)).
    auto zeroPointOf = [&](OpBuilder &b, Location l, Value lo, Value s) {
      Value z = arith::SubFOp::create(
          b, l, f32Const(b, l, qmin),
          round(b, l, arith::DivFOp::create(b, l, lo, s)));
      return clamp(b, l, z);
    };
    Value hi = stats.getResult(0), lo = stats.getResult(1);
    AffineMap gid = AffineMap::getMultiDimIdentityMap(rank - 1, ctx);
    Value scales = buildGeneric(
        rewriter, loc, {hi, lo}, sInit, {gid, gid, gid}, iterators(rank - 1),
        [&](OpBuilder &b, Location l, ValueRange args) {
          return fromF32(b, l, scaleOf(b, l, args[0], args[1]), sType);
        });
    Value zeros;
    if (asymmetric) {
      zeros = buildGeneric(rewriter, loc, {hi, lo}, op.getInits()[2],
                           {gid, gid, gid}, iterators(rank - 1),
                           [&](OpBuilder &b, Location l, ValueRange args) {
                             Value s = scaleOf(b, l, args[0], args[1]);
                             return fromF32(b, l, zeroPointOf(b, l, args[1], s),
                                            qType, isSigned);
                           });
    }

    // Quantized values.
    SmallVector<Value> inputs = {x, hi, lo};
    SmallVector<AffineMap> maps = {id, group, group, id};
    Value result = buildGeneric(
        rewriter, loc, inputs, splitLastDim(rewriter, loc, qInit, g), maps,
        iterators(rank), [&](OpBuilder &b, Location l, ValueRange args) {
          Value s = scaleOf(b, l, args[1], args[2]);
          Value q =
              round(b, l, arith::DivFOp::create(b, l, toF32(b, l, args[0]), s));
          if (asymmetric)
            q = arith::AddFOp::create(b, l, q, zeroPointOf(b, l, args[2], s));
          return fromF32(b, l, clamp(b, l, q), qType, isSigned);
        });
    SmallVector<Value> results = {mergeLastDims(rewriter, loc, result), scales};
    if (asymmetric)
      results.push_back(zeros);
    rewriter.replaceOp(op, results);
    return success();
  }
};

} // namespace

void mlir::tessel::populateQuantizationToLinalgPatterns(
    RewritePatternSet &patterns, int64_t qmatmulLanes) {
  patterns.add<QMatmulToLinalg>(patterns.getContext(), qmatmulLanes);
  patterns.add<DequantizeToLinalg, QuantizeToLinalg>(patterns.getContext());
}
