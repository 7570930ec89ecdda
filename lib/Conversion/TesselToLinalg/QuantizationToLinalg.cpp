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
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Dialect/Utils/StaticValueUtils.h"
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

/// Weights that are `tessel.unpack` of i32 words, directly or through a
/// slice of whole rows (a tile of output columns): B-bit values, B dividing
/// 32, element k of a row at bits [(k % P) B, (k % P + 1) B) of word k / P
/// (P = 32 / B values a word), rows filling their words.
struct PackedWeights {
  UnpackOp unpack;
  /// The slice of the unpacked rows the weights are; null for all of them.
  tensor::ExtractSliceOp slice;
  int64_t bits;

  /// The words of the weights' rows, [N, K / P] of i32 (a slice of the
  /// same rows of the words, made at `b`'s insertion point).
  Value words(OpBuilder &b, Location loc) {
    if (!slice)
      return unpack.getInput();
    SmallVector<OpFoldResult> sizes = slice.getMixedSizes();
    sizes[1] = b.getIndexAttr(
        cast<RankedTensorType>(unpack.getInput().getType()).getDimSize(1));
    return tensor::ExtractSliceOp::create(
        b, loc, unpack.getInput(), slice.getMixedOffsets(), sizes,
        SmallVector<OpFoldResult>(2, b.getIndexAttr(1)));
  }
};

std::optional<PackedWeights> packedWeightsOf(Value weights) {
  auto slice = weights.getDefiningOp<tensor::ExtractSliceOp>();
  auto unpack = (slice ? slice.getSource() : weights).getDefiningOp<UnpackOp>();
  if (!unpack || unpack.getInterleave())
    return std::nullopt;
  auto wordsType = cast<RankedTensorType>(unpack.getInput().getType());
  auto valuesType = cast<RankedTensorType>(unpack.getInit().getType());
  int64_t bits = valuesType.getElementTypeBitWidth();
  if (!wordsType.getElementType().isInteger(32) || 32 % bits != 0 ||
      wordsType.getRank() != 2 || valuesType.isDynamicDim(1) ||
      valuesType.getDimSize(1) * bits != wordsType.getDimSize(1) * 32)
    return std::nullopt;
  // A slice must take whole rows.
  if (slice &&
      (!slice.hasUnitStride() || slice.getSourceType().getRank() != 2 ||
       slice.getType().getRank() != 2 ||
       !isConstantIntValue(slice.getMixedOffsets()[1], 0) ||
       !isConstantIntValue(slice.getMixedSizes()[1], valuesType.getDimSize(1))))
    return std::nullopt;
  return PackedWeights{unpack, slice, bits};
}

/// qmatmul (not batched, without zero points) on weights that are
/// unpacked words, with the words read directly: each of the lanes takes
/// one word of a chunk of `lanes` consecutive words and walks its P
/// values, shifted out in registers, so that the weights are read once, B
/// bits each, and never stored unpacked. X is reordered once to match
/// ([M, K] as [M, K/G, C, P, lanes]; C chunks a group). Returns the sums
/// per value of a word and lane, [M, N, P * lanes], or null (creating
/// nothing) where the groups do not hold whole chunks.
Value packedLaneSums(PatternRewriter &rewriter, Location loc, QMatmulOp op,
                     PackedWeights packed) {
  MLIRContext *ctx = rewriter.getContext();
  int64_t g = op.getGroupSize();
  int64_t perWord = 32 / packed.bits;
  if (g % perWord != 0)
    return {};
  int64_t wordsPerGroup = g / perWord;
  int64_t lanes = 1;
  for (int64_t l = std::min<int64_t>(wordsPerGroup, 16); l > 1; --l)
    if (wordsPerGroup % l == 0) {
      lanes = l;
      break;
    }
  if (lanes < 8)
    return {};
  int64_t chunks = wordsPerGroup / lanes;
  auto xType = cast<RankedTensorType>(op.getInput().getType());
  // M and N may be known at run time only (a tile of a partial last block
  // of columns); K is static (the op's groups divide it).
  int64_t k = xType.getDimSize(1);
  if (ShapedType::isDynamic(k))
    return {};
  int64_t groups = k / g;
  Value packedWords = packed.words(rewriter, loc);
  auto wordsType = cast<RankedTensorType>(packedWords.getType());
  OpFoldResult m = tensor::getMixedSize(rewriter, loc, op.getInput(), 0);
  OpFoldResult n = tensor::getMixedSize(rewriter, loc, packedWords, 0);
  auto index = [&](int64_t v) -> OpFoldResult {
    return rewriter.getIndexAttr(v);
  };
  auto shapeOf = [](ArrayRef<OpFoldResult> sizes) {
    return llvm::map_to_vector(sizes, [](OpFoldResult size) {
      std::optional<int64_t> v = getConstantIntValue(size);
      return v ? *v : ShapedType::kDynamic;
    });
  };
  // X[m, (kg C + c) lanes P + l P + j] -> XT[m, kg, c, j, l].
  SmallVector<OpFoldResult> xSizes = {m, index(groups), index(chunks),
                                      index(lanes), index(perWord)};
  Value x = tensor::ExpandShapeOp::create(
      rewriter, loc,
      RankedTensorType::get(shapeOf(xSizes), xType.getElementType()),
      op.getInput(), ArrayRef<ReassociationIndices>{{0}, {1, 2, 3, 4}}, xSizes);
  std::swap(xSizes[3], xSizes[4]);
  Value xtInit =
      tensor::EmptyOp::create(rewriter, loc, xSizes, xType.getElementType());
  Value xt = linalg::TransposeOp::create(rewriter, loc, x, xtInit,
                                         ArrayRef<int64_t>{0, 1, 2, 4, 3})
                 ->getResult(0);
  SmallVector<OpFoldResult> wordSizes = {n, index(groups), index(chunks),
                                         index(lanes)};
  Value words = tensor::ExpandShapeOp::create(
      rewriter, loc,
      RankedTensorType::get(shapeOf(wordSizes), wordsType.getElementType()),
      packedWords, ArrayRef<ReassociationIndices>{{0}, {1, 2, 3}}, wordSizes);
  // Loops: m, n, kg, c, j, lane.
  auto d = [&](unsigned i) { return getAffineDimExpr(i, ctx); };
  auto map = [&](ArrayRef<AffineExpr> exprs) {
    return AffineMap::get(6, 0, exprs, ctx);
  };
  // The sums are kept per value of a word and lane, [M, N, P, lanes]: P
  // independent accumulators per lane (the j loop is parallel).
  SmallVector<AffineMap> maps = {
      map({d(0), d(2), d(3), d(4), d(5)}), map({d(1), d(2), d(3), d(5)}),
      map({d(1), d(2)}), map({d(0), d(1), d(4), d(5)})};
  Value acc = filledTensor(rewriter, loc, {m, n, index(perWord), index(lanes)},
                           rewriter.getF32Type(), rewriter.getF32FloatAttr(0));
  bool isSigned = op.getSignedness() == Signedness::Signed;
  int64_t bits = packed.bits;
  Value sums = buildGeneric(
      rewriter, loc, {xt, words, op.getScales()}, acc, maps,
      iterators(6, {2, 3}), [&](OpBuilder &b, Location l, ValueRange args) {
        Type i32 = b.getI32Type();
        auto i32Const = [&](int64_t v) {
          return arith::ConstantOp::create(b, l, b.getI32IntegerAttr(v));
        };
        Value j = arith::IndexCastOp::create(b, l, i32,
                                             linalg::IndexOp::create(b, l, 4));
        Value shift = arith::MulIOp::create(b, l, j, i32Const(bits));
        Value q;
        if (isSigned) {
          // Value j moved to the top bits, then shifted down with its sign.
          Value up = arith::ShLIOp::create(
              b, l, args[1],
              arith::SubIOp::create(b, l, i32Const(32 - bits), shift));
          q = arith::ShRSIOp::create(b, l, up, i32Const(32 - bits));
        } else {
          q = arith::AndIOp::create(
              b, l, arith::ShRUIOp::create(b, l, args[1], shift),
              i32Const((int64_t(1) << bits) - 1));
        }
        Value weight = dequantized(b, l, q, args[2], Value(), isSigned);
        Value prod = arith::MulFOp::create(b, l, toF32(b, l, args[0]), weight);
        return arith::AddFOp::create(b, l, args.back(), prod).getResult();
      });
  return tensor::CollapseShapeOp::create(
      rewriter, loc, sums, ArrayRef<ReassociationIndices>{{0}, {1}, {2, 3}});
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
    // Weights unpacked from words (sub-byte weights cross the runtime
    // boundary packed): read the words, unless the form does not apply.
    Value packedSums;
    if (!batched && !op.getZeroPoints())
      if (std::optional<PackedWeights> packed =
              packedWeightsOf(op.getWeights()))
        packedSums = packedLaneSums(rewriter, loc, op, *packed);
    if (packedSums)
      return finish(op, packedSums, /*laned=*/true, rewriter);
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
    return finish(op, acc, laned, rewriter);
  }

  /// The lanes' sums added (with `laned`), then the epilogue: bias,
  /// activation, conversion to the output type.
  LogicalResult finish(QMatmulOp op, Value acc, bool laned,
                       PatternRewriter &rewriter) const {
    Location loc = op.getLoc();
    MLIRContext *ctx = rewriter.getContext();
    Type f32 = rewriter.getF32Type();
    SmallVector<OpFoldResult> outSizes =
        tensor::getMixedSizes(rewriter, loc, op.getInit());
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
