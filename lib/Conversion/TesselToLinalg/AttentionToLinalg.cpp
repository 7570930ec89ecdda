//===- AttentionToLinalg.cpp - tessel.attention as linalg on tensors ------===//
//
// Attention becomes linalg.generics over [B, Hkv, G, Sq, ...], the query heads
// split into (key/value head, member of its group) so that every indexing map
// is a projected permutation (tileable and vectorizable):
//
//   S  = Q K^T                     (f32 accumulation; K transposed first)
//   S' = scale * S [capped] + masks (additive, boolean, causal, block-sparse;
//                                    capped: softcap * tanh(S' / softcap))
//   M  = max_j S'                  P = exp(S' - M)       L = sum_j P
//   O' = P V                       O = O' / L            (0 for a masked row)
//
// The division is deferred to O so that it costs Sq * Dv, not Sq * Skv.
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

#include <limits>

using namespace mlir;
using namespace mlir::tessel;
using namespace mlir::tessel::lowering;

namespace {

constexpr double kNegInf = -std::numeric_limits<double>::infinity();

/// Keys per block of the blockwise (flash) form, unless the op's
/// `tessel.key_block` attribute (set by tessel-tile) says otherwise.
constexpr int64_t kDefaultKeyBlock = 64;
/// At most this many query rows per key/value head (decode), the blockwise
/// form transposes each key block where it is used.
constexpr int64_t kDecodeRows = 16;

/// [B, Hq, X, Y] -> [B, Hkv, G, X, Y].
Value splitHeads(OpBuilder &b, Location loc, Value value, OpFoldResult hkv,
                 int64_t group) {
  auto type = cast<RankedTensorType>(value.getType());
  SmallVector<OpFoldResult> sizes = tensor::getMixedSizes(b, loc, value);
  SmallVector<OpFoldResult> outSizes = {sizes[0], hkv, b.getIndexAttr(group),
                                        sizes[2], sizes[3]};
  SmallVector<int64_t> shape;
  for (OpFoldResult size : outSizes)
    shape.push_back(getConstantIntValue(size).value_or(ShapedType::kDynamic));
  return tensor::ExpandShapeOp::create(
      b, loc, RankedTensorType::get(shape, type.getElementType()), value,
      {{0}, {1, 2}, {3}, {4}}, outSizes);
}

/// Whether dim `d` of a mask broadcasts (static size 1).
bool broadcasts(Value mask, unsigned d) {
  return cast<RankedTensorType>(mask.getType()).getDimSize(d) == 1;
}

/// S += Q K^T over loops (b, hk, g, i, j, d): q5 [B, Hkv, G, Sq, D], kT
/// [B, Hkv, D, Skv'], init (f32) [B, Hkv, G, Sq, Skv'].
Value scoresOf(OpBuilder &b, Location loc, Value q5, Value kT, Value init) {
  MLIRContext *ctx = b.getContext();
  AffineExpr bb, hk, g, i, j, d;
  bindDims(ctx, bb, hk, g, i, j, d);
  return buildGeneric(
      b, loc, {q5, kT}, init,
      {AffineMap::get(6, 0, {bb, hk, g, i, d}, ctx),
       AffineMap::get(6, 0, {bb, hk, d, j}, ctx),
       AffineMap::get(6, 0, {bb, hk, g, i, j}, ctx)},
      iterators(6, {5}), [](OpBuilder &nb, Location nl, ValueRange args) {
        Value prod = arith::MulFOp::create(nb, nl, toF32(nb, nl, args[0]),
                                           toF32(nb, nl, args[1]));
        return arith::AddFOp::create(nb, nl, args[2], prod).getResult();
      });
}

/// O += P V over loops (b, hk, g, i, j, e), j the reduction: with e
/// innermost, every step is a contiguous row update (vectorizes).
Value valuesOf(OpBuilder &b, Location loc, Value probs, Value v, Value init) {
  MLIRContext *ctx = b.getContext();
  AffineExpr bb, hk, g, i, j, e;
  bindDims(ctx, bb, hk, g, i, j, e);
  return buildGeneric(
      b, loc, {probs, v}, init,
      {AffineMap::get(6, 0, {bb, hk, g, i, j}, ctx),
       AffineMap::get(6, 0, {bb, hk, j, e}, ctx),
       AffineMap::get(6, 0, {bb, hk, g, i, e}, ctx)},
      iterators(6, {4}), [](OpBuilder &nb, Location nl, ValueRange args) {
        Value prod =
            arith::MulFOp::create(nb, nl, args[0], toF32(nb, nl, args[1]));
        return arith::AddFOp::create(nb, nl, args[2], prod).getResult();
      });
}

/// exp(args[0] - args[1]), where a row maximum of -inf (a fully masked row,
/// or no key seen yet) counts as 0 so that the result is 0, not NaN.
Value expBelowMax(OpBuilder &b, Location loc, ValueRange args) {
  Value isNegInf = arith::CmpFOp::create(b, loc, arith::CmpFPredicate::OEQ,
                                         args[1], f32Const(b, loc, kNegInf));
  Value max =
      arith::SelectOp::create(b, loc, isNegInf, f32Const(b, loc, 0), args[1]);
  Value shifted = arith::SubFOp::create(b, loc, args[0], max);
  return math::ExpOp::create(b, loc, shifted);
}

/// O = O' / L into init5, 0 for a row whose sum is 0 (fully masked).
Value normalize(OpBuilder &b, Location loc, Value unnormalized, Value rowSum,
                Value init5) {
  MLIRContext *ctx = b.getContext();
  Type outType = cast<RankedTensorType>(init5.getType()).getElementType();
  AffineMap id5 = AffineMap::getMultiDimIdentityMap(5, ctx);
  return buildGeneric(
      b, loc, {unnormalized, rowSum}, init5, {id5, dropDims(ctx, 5, {4}), id5},
      iterators(5), [&](OpBuilder &nb, Location nl, ValueRange args) {
        Value zero = f32Const(nb, nl, 0);
        Value empty = arith::CmpFOp::create(nb, nl, arith::CmpFPredicate::OEQ,
                                            args[1], zero);
        Value quotient = arith::DivFOp::create(nb, nl, args[0], args[1]);
        Value value = arith::SelectOp::create(nb, nl, empty, zero, quotient);
        return fromF32(nb, nl, value, outType);
      });
}

struct AttentionToLinalg : OpRewritePattern<AttentionOp> {
  AttentionToLinalg(MLIRContext *ctx, bool keyBlocks)
      : OpRewritePattern(ctx), keyBlocks(keyBlocks) {}

  LogicalResult matchAndRewrite(AttentionOp op,
                                PatternRewriter &rewriter) const override {
    int64_t group = op.getGroupSize();
    if (group == 0)
      return rewriter.notifyMatchFailure(op, "dynamic head counts");
    Location loc = op.getLoc();
    Value k = op.getKey();
    SmallVector<OpFoldResult> kSizes = tensor::getMixedSizes(rewriter, loc, k);
    OpFoldResult hkv = kSizes[1];
    Value q5 = splitHeads(rewriter, loc, op.getQuery(), hkv, group);
    Value init5 = splitHeads(rewriter, loc, op.getInit(), hkv, group);

    int64_t keyBlock = 0;
    if (keyBlocks) {
      keyBlock = kDefaultKeyBlock;
      if (auto attr = op->getAttrOfType<IntegerAttr>(kKeyBlockAttrName))
        keyBlock = attr.getInt();
    }
    // K^T of all keys is built once per head and reused by every query
    // tile (loop-invariant code motion hoists it out of the tile loop);
    // with few query rows per key (decode), each key block is transposed
    // where it is used instead, so that K^T stays in cache rather than
    // being written and read once more through memory.
    bool blockwise = keyBlock > 0 && usesKeyBlocks(op, keyBlock);
    int64_t queries = cast<RankedTensorType>(q5.getType()).getDimSize(3);
    bool transposePerBlock = blockwise && !ShapedType::isDynamic(queries) &&
                             queries <= kDecodeRows / group;
    Value kT =
        transposePerBlock ? Value() : transposeKeys(rewriter, loc, k, kSizes);
    Value out5 = blockwise
                     ? lowerByKeyBlocks(rewriter, loc, op, q5, k, kT, init5,
                                        group, keyBlock)
                     : lowerDense(rewriter, loc, op, q5, kT, init5, group);
    rewriter.replaceOpWithNewOp<tensor::CollapseShapeOp>(
        op, op.getResult().getType(), out5,
        SmallVector<ReassociationIndices>{{0}, {1, 2}, {3}, {4}});
    return success();
  }

private:
  /// K^T [B, Hkv, D, n] of keys `k` [B, Hkv, n, D] with sizes `kSizes`, so
  /// that S = Q K^T reads keys contiguously along j (a plain matmul for the
  /// vectorizer).
  static Value transposeKeys(OpBuilder &rewriter, Location loc, Value k,
                             ArrayRef<OpFoldResult> kSizes) {
    return linalg::TransposeOp::create(
               rewriter, loc, k,
               tensor::EmptyOp::create(
                   rewriter, loc,
                   SmallVector<OpFoldResult>{kSizes[0], kSizes[1], kSizes[3],
                                             kSizes[2]},
                   cast<RankedTensorType>(k.getType()).getElementType()),
               ArrayRef<int64_t>{0, 1, 3, 2})
        .getResult()[0];
  }

  /// The output [B, Hkv, G, Sq, Dv] (written into init5) with the whole
  /// score rows materialized: S, masks, M = max_j S, P = exp(S - M),
  /// L = sum_j P, O = P V / L.
  static Value lowerDense(OpBuilder &rewriter, Location loc, AttentionOp op,
                          Value q5, Value kT, Value init5, int64_t group) {
    MLIRContext *ctx = rewriter.getContext();
    Type f32 = rewriter.getF32Type();
    SmallVector<OpFoldResult> qSizes =
        tensor::getMixedSizes(rewriter, loc, op.getQuery());
    SmallVector<OpFoldResult> kSizes =
        tensor::getMixedSizes(rewriter, loc, op.getKey());
    OpFoldResult hkv = kSizes[1];
    SmallVector<OpFoldResult> scoreSizes = {
        qSizes[0], hkv, rewriter.getIndexAttr(group), qSizes[2], kSizes[2]};
    Attribute zeroAttr = rewriter.getF32FloatAttr(0);
    Value scores =
        scoresOf(rewriter, loc, q5, kT,
                 filledTensor(rewriter, loc, scoreSizes, f32, zeroAttr));
    Value scale = scaleValue(rewriter, loc, op, qSizes[3]);
    scores = maskScores(rewriter, loc, op, scores, scale, group, qSizes[2],
                        kSizes[2]);

    // Softmax statistics along j, loops (b, hk, g, i, j).
    AffineMap id5 = AffineMap::getMultiDimIdentityMap(5, ctx);
    AffineMap row5 = dropDims(ctx, 5, {4});
    SmallVector<OpFoldResult> rowSizes(scoreSizes.begin(),
                                       scoreSizes.end() - 1);
    Value rowMax = buildGeneric(
        rewriter, loc, {scores},
        filledTensor(rewriter, loc, rowSizes, f32,
                     rewriter.getF32FloatAttr(kNegInf)),
        {id5, row5}, iterators(5, {4}),
        [](OpBuilder &nb, Location nl, ValueRange args) {
          return arith::MaximumFOp::create(nb, nl, args[0], args[1])
              .getResult();
        });
    Value probs =
        buildGeneric(rewriter, loc, {scores, rowMax},
                     tensor::EmptyOp::create(rewriter, loc, scoreSizes, f32),
                     {id5, row5, id5}, iterators(5), expBelowMax);
    Value rowSum = buildGeneric(
        rewriter, loc, {probs},
        filledTensor(rewriter, loc, rowSizes, f32, zeroAttr), {id5, row5},
        iterators(5, {4}), [](OpBuilder &nb, Location nl, ValueRange args) {
          return arith::AddFOp::create(nb, nl, args[0], args[1]).getResult();
        });

    SmallVector<OpFoldResult> outSizes =
        tensor::getMixedSizes(rewriter, loc, init5);
    Value unnormalized =
        valuesOf(rewriter, loc, probs, op.getValue(),
                 filledTensor(rewriter, loc, outSizes, f32, zeroAttr));
    return normalize(rewriter, loc, unnormalized, rowSum, init5);
  }

  /// Whether the blockwise form may be used at all (see the pass option).
  bool keyBlocks;

  /// Blocks of `keyBlock` keys with an online softmax (flash attention) when
  /// shapes are static and the keys split into several whole blocks; a
  /// block mask must have key blocks of a multiple of keyBlock (its key
  /// blocks that no row of the op keeps are skipped); other masks take the
  /// dense path.
  static bool usesKeyBlocks(AttentionOp op, int64_t keyBlock) {
    auto k = cast<RankedTensorType>(op.getKey().getType());
    auto v = cast<RankedTensorType>(op.getValue().getType());
    auto q = cast<RankedTensorType>(op.getQuery().getType());
    bool blockMaskFits =
        !op.getBlockMask() || (*op.getBlockSizes())[1] % keyBlock == 0;
    return !op.getMask() && blockMaskFits && q.hasStaticShape() &&
           k.hasStaticShape() && v.hasStaticShape() &&
           k.getDimSize(2) % keyBlock == 0 && k.getDimSize(2) > keyBlock;
  }

  /// The output [B, Hkv, G, Sq, Dv] (written into init5), computed by a loop
  /// over key blocks that carries the running row max M, row sum L and the
  /// unnormalized output O:
  ///   S = scale * Q Kb^T (+ causal mask)     M' = max(M, max_j S)
  ///   P = exp(S - M')    a = exp(M - M')     L' = a L + sum_j P
  ///   O' = a O + P Vb
  /// Under causal, the loop stops after the last block any query row sees
  /// (and with a window starts at the first block row 0 sees).
  /// `kT` is K^T of all keys, or null to transpose each block of `k`.
  static Value lowerByKeyBlocks(OpBuilder &rewriter, Location loc,
                                AttentionOp op, Value q5, Value k, Value kT,
                                Value init5, int64_t group, int64_t keyBlock) {
    MLIRContext *ctx = rewriter.getContext();
    Type f32 = rewriter.getF32Type();
    auto qType = cast<RankedTensorType>(q5.getType());
    auto vType = cast<RankedTensorType>(op.getValue().getType());
    int64_t batch = qType.getDimSize(0), hkv = qType.getDimSize(1);
    int64_t sq = qType.getDimSize(3), headDim = qType.getDimSize(4);
    int64_t skv = vType.getDimSize(2), dv = vType.getDimSize(3);
    auto sizes = [&](ArrayRef<int64_t> shape) {
      return getAsIndexOpFoldResult(ctx, shape);
    };
    SmallVector<int64_t> rowShape = {batch, hkv, group, sq};
    SmallVector<int64_t> outShape = {batch, hkv, group, sq, dv};
    SmallVector<int64_t> scoreShape = {batch, hkv, group, sq, keyBlock};
    Value m0 = filledTensor(rewriter, loc, sizes(rowShape), f32,
                            rewriter.getF32FloatAttr(kNegInf));
    Value l0 = filledTensor(rewriter, loc, sizes(rowShape), f32,
                            rewriter.getF32FloatAttr(0));
    Value o0 = filledTensor(rewriter, loc, sizes(outShape), f32,
                            rewriter.getF32FloatAttr(0));

    // Key blocks to visit: all, or under causal those up to the last key
    // of the last row: ceil((Sq + offset) / keyBlock), clamped to [0, n].
    int64_t numBlocks = skv / keyBlock;
    Value lower = indexConst(rewriter, loc, 0);
    Value upper = indexConst(rewriter, loc, numBlocks);
    if (op.getCausal()) {
      Value offset =
          op.getOffset() ? op.getOffset() : indexConst(rewriter, loc, skv - sq);
      Value end = arith::AddIOp::create(rewriter, loc,
                                        indexConst(rewriter, loc, sq), offset);
      end = arith::MaxSIOp::create(rewriter, loc, end,
                                   indexConst(rewriter, loc, 0));
      Value blocks = arith::CeilDivUIOp::create(
          rewriter, loc, end, indexConst(rewriter, loc, keyBlock));
      upper = arith::MinUIOp::create(rewriter, loc, blocks, upper);
      // A sliding window: blocks before row 0's first key (offset - window
      // + 1) are masked for every row, and skipped.
      if (std::optional<int64_t> window = op.getWindow()) {
        Value first = arith::AddIOp::create(
            rewriter, loc, offset, indexConst(rewriter, loc, 1 - *window));
        Value firstBlock = arith::FloorDivSIOp::create(
            rewriter, loc, first, indexConst(rewriter, loc, keyBlock));
        lower = arith::MinSIOp::create(
            rewriter, loc,
            arith::MaxSIOp::create(rewriter, loc, firstBlock,
                                   indexConst(rewriter, loc, 0)),
            upper);
      }
    }
    Value scale = scaleValue(rewriter, loc, op, rewriter.getIndexAttr(headDim));

    AffineMap id5 = AffineMap::getMultiDimIdentityMap(5, ctx);
    AffineMap row5 = dropDims(ctx, 5, {4});
    AffineMap id4 = AffineMap::getMultiDimIdentityMap(4, ctx);

    // Block-sparse: the mask's key blocks that some row of this op (a tile,
    // after tessel-tile) keeps; the others are skipped whole.
    Value active;
    int64_t maskKeyBlock = 0;
    if (Value blockMask = op.getBlockMask()) {
      maskKeyBlock = (*op.getBlockSizes())[1];
      SmallVector<OpFoldResult> nkb = {
          tensor::getMixedSize(rewriter, loc, blockMask, 3)};
      Value none = filledTensor(rewriter, loc, nkb, rewriter.getI1Type(),
                                rewriter.getBoolAttr(false));
      active = buildGeneric(
          rewriter, loc, {blockMask}, none,
          {AffineMap::getMultiDimIdentityMap(4, ctx),
           AffineMap::get(4, 0, getAffineDimExpr(3, ctx), ctx)},
          iterators(4, {0, 1, 2}),
          [](OpBuilder &nb, Location nl, ValueRange args) {
            return arith::OrIOp::create(nb, nl, args[0], args[1]).getResult();
          });
    }

    // One key block's update of (M, L, O).
    auto step = [&](OpBuilder &b, Location l, Value block,
                    ValueRange state) -> SmallVector<Value> {
      Value m = state[0], sum = state[1], out = state[2];
      Value keyBase =
          arith::MulIOp::create(b, l, block, indexConst(b, l, keyBlock));
      auto one = b.getIndexAttr(1);
      auto zero = b.getIndexAttr(0);
      Value kTb;
      if (kT) {
        kTb = tensor::ExtractSliceOp::create(
            b, l, kT, SmallVector<OpFoldResult>{zero, zero, zero, keyBase},
            sizes({batch, hkv, headDim, keyBlock}),
            SmallVector<OpFoldResult>(4, one));
      } else {
        SmallVector<OpFoldResult> blockSizes =
            sizes({batch, hkv, keyBlock, headDim});
        Value kb = tensor::ExtractSliceOp::create(
            b, l, k, SmallVector<OpFoldResult>{zero, zero, keyBase, zero},
            blockSizes, SmallVector<OpFoldResult>(4, one));
        kTb = transposeKeys(b, l, kb, blockSizes);
      }
      Value vb = tensor::ExtractSliceOp::create(
          b, l, op.getValue(),
          SmallVector<OpFoldResult>{zero, zero, keyBase, zero},
          sizes({batch, hkv, keyBlock, dv}), SmallVector<OpFoldResult>(4, one));

      Value scores = scoresOf(
          b, l, q5, kTb,
          filledTensor(b, l, sizes(scoreShape), f32, b.getF32FloatAttr(0)));
      scores = maskScores(b, l, op, scores, scale, group, b.getIndexAttr(sq),
                          b.getIndexAttr(skv), keyBase);
      // M' = max(M, max_j S): the reduction starts from M.
      Value newMax = buildGeneric(
          b, l, {scores}, m, {id5, row5}, iterators(5, {4}),
          [](OpBuilder &nb, Location nl, ValueRange args) {
            return arith::MaximumFOp::create(nb, nl, args[0], args[1])
                .getResult();
          });
      Value probs =
          buildGeneric(b, l, {scores, newMax},
                       tensor::EmptyOp::create(b, l, sizes(scoreShape), f32),
                       {id5, row5, id5}, iterators(5), expBelowMax);
      // a = exp(M - M'), 0 while M is still -inf.
      Value alpha =
          buildGeneric(b, l, {m, newMax},
                       tensor::EmptyOp::create(b, l, sizes(rowShape), f32),
                       {id4, id4, id4}, iterators(4), expBelowMax);
      Value scaledSum = buildGeneric(
          b, l, {sum, alpha},
          tensor::EmptyOp::create(b, l, sizes(rowShape), f32), {id4, id4, id4},
          iterators(4), [](OpBuilder &nb, Location nl, ValueRange args) {
            return arith::MulFOp::create(nb, nl, args[0], args[1]).getResult();
          });
      Value newSum = buildGeneric(
          b, l, {probs}, scaledSum, {id5, row5}, iterators(5, {4}),
          [](OpBuilder &nb, Location nl, ValueRange args) {
            return arith::AddFOp::create(nb, nl, args[0], args[1]).getResult();
          });
      Value scaledOut = buildGeneric(
          b, l, {out, alpha},
          tensor::EmptyOp::create(b, l, sizes(outShape), f32), {id5, row5, id5},
          iterators(5), [](OpBuilder &nb, Location nl, ValueRange args) {
            return arith::MulFOp::create(nb, nl, args[0], args[1]).getResult();
          });
      Value newOut = valuesOf(b, l, probs, vb, scaledOut);
      return {newMax, newSum, newOut};
    };

    auto loop = scf::ForOp::create(
        rewriter, loc, lower, upper, indexConst(rewriter, loc, 1),
        ValueRange{m0, l0, o0},
        [&](OpBuilder &b, Location l, Value block, ValueRange state) {
          if (!active) {
            scf::YieldOp::create(b, l, step(b, l, block, state));
            return;
          }
          Value maskBlock = arith::DivUIOp::create(
              b, l,
              arith::MulIOp::create(b, l, block, indexConst(b, l, keyBlock)),
              indexConst(b, l, maskKeyBlock));
          Value kept = tensor::ExtractOp::create(b, l, active, maskBlock);
          auto branch = scf::IfOp::create(
              b, l, kept,
              [&](OpBuilder &tb, Location tl) {
                scf::YieldOp::create(tb, tl, step(tb, tl, block, state));
              },
              [&](OpBuilder &eb, Location el) {
                scf::YieldOp::create(eb, el, state);
              });
          scf::YieldOp::create(b, l, branch.getResults());
        });

    return normalize(rewriter, loc, loop.getResult(2), loop.getResult(1),
                     init5);
  }

  static Value scaleValue(OpBuilder &b, Location loc, AttentionOp op,
                          OpFoldResult headDim) {
    if (std::optional<double> scale = op.getEffectiveScale())
      return f32Const(b, loc, *scale);
    Value dim = getValueOrCreateConstantIndexOp(b, loc, headDim);
    return math::RsqrtOp::create(b, loc, toF32(b, loc, dim));
  }

  /// S' = scale * S, soft-capped (softcap * tanh(S' / softcap)) when the op
  /// says so, plus the additive mask, with -inf where a boolean mask,
  /// the causal rule or the block mask drops a score.
  static Value maskScores(OpBuilder &rewriter, Location loc, AttentionOp op,
                          Value scores, Value scale, int64_t group,
                          OpFoldResult sq, OpFoldResult skv,
                          Value keyBase = nullptr) {
    MLIRContext *ctx = rewriter.getContext();
    AffineExpr b, hk, g, i, j;
    bindDims(ctx, b, hk, g, i, j);
    AffineExpr zero = getAffineConstantExpr(0, ctx);
    SmallVector<Value> inputs = {scores};
    SmallVector<AffineMap> maps = {AffineMap::getMultiDimIdentityMap(5, ctx)};

    Value mask = op.getMask();
    if (mask) {
      AffineExpr batch = broadcasts(mask, 0) ? zero : b;
      if (broadcasts(mask, 1)) {
        maps.push_back(AffineMap::get(5, 0, {batch, zero, i, j}, ctx));
      } else {
        OpFoldResult hkv = tensor::getMixedSize(rewriter, loc, scores, 1);
        mask = splitHeads(rewriter, loc, mask, hkv, group);
        maps.push_back(AffineMap::get(5, 0, {batch, hk, g, i, j}, ctx));
      }
      inputs.push_back(mask);
    }
    maps.push_back(maps.front());

    // The causal diagonal: key j is visible to query i iff j <= i + offset
    // (and, with a window, j > i + offset - window).
    Value offset;
    if (op.getCausal()) {
      if (op.getOffset()) {
        offset = op.getOffset();
      } else {
        Value skvValue = getValueOrCreateConstantIndexOp(rewriter, loc, skv);
        Value sqValue = getValueOrCreateConstantIndexOp(rewriter, loc, sq);
        offset = arith::SubIOp::create(rewriter, loc, skvValue, sqValue);
      }
    }
    Value blockMask = op.getBlockMask();
    SmallVector<int64_t> blockSizes;
    if (blockMask)
      blockSizes = llvm::to_vector(*op.getBlockSizes());
    bool boolMask =
        mask &&
        cast<RankedTensorType>(mask.getType()).getElementType().isInteger(1);

    Value empty = tensor::EmptyOp::create(
        rewriter, loc, tensor::getMixedSizes(rewriter, loc, scores),
        rewriter.getF32Type());
    return buildGeneric(
        rewriter, loc, inputs, empty, maps, iterators(5),
        [&](OpBuilder &nb, Location nl, ValueRange args) {
          Value s = arith::MulFOp::create(nb, nl, args[0], scale);
          if (FloatAttr softcap = op.getSoftcapAttr()) {
            Value cap = f32Const(nb, nl, softcap.getValueAsDouble());
            Value capped = math::TanhOp::create(
                nb, nl, arith::DivFOp::create(nb, nl, s, cap));
            s = arith::MulFOp::create(nb, nl, capped, cap);
          }
          Value negInf = f32Const(nb, nl, kNegInf);
          Value drop;
          auto orDrop = [&](Value cond) {
            drop = drop ? arith::OrIOp::create(nb, nl, drop, cond).getResult()
                        : cond;
          };
          if (mask && !boolMask)
            s = arith::AddFOp::create(nb, nl, s, toF32(nb, nl, args[1]));
          if (boolMask)
            orDrop(arith::XOrIOp::create(
                nb, nl, args[1],
                arith::ConstantOp::create(nb, nl, nb.getBoolAttr(true))));
          if (offset || blockMask) {
            SmallVector<Value> idx = loopIndices(nb, nl, 5);
            if (offset) {
              Value last = arith::AddIOp::create(nb, nl, idx[3], offset);
              Value key = keyBase
                              ? arith::AddIOp::create(nb, nl, idx[4], keyBase)
                                    .getResult()
                              : idx[4];
              orDrop(arith::CmpIOp::create(nb, nl, arith::CmpIPredicate::sgt,
                                           key, last));
              // The sliding window: keys up to last - window are out.
              if (std::optional<int64_t> window = op.getWindow())
                orDrop(arith::CmpIOp::create(
                    nb, nl, arith::CmpIPredicate::sle, key,
                    arith::SubIOp::create(nb, nl, last,
                                          indexConst(nb, nl, *window))));
            }
            if (blockMask) {
              Value c0 = indexConst(nb, nl, 0);
              Value bi = broadcasts(blockMask, 0) ? c0 : idx[0];
              Value hi = c0;
              if (!broadcasts(blockMask, 1)) {
                Value base = arith::MulIOp::create(nb, nl, idx[1],
                                                   indexConst(nb, nl, group));
                hi = arith::AddIOp::create(nb, nl, base, idx[2]);
              }
              Value qb = arith::DivUIOp::create(
                  nb, nl, idx[3], indexConst(nb, nl, blockSizes[0]));
              Value key = keyBase
                              ? arith::AddIOp::create(nb, nl, idx[4], keyBase)
                                    .getResult()
                              : idx[4];
              Value kb = arith::DivUIOp::create(
                  nb, nl, key, indexConst(nb, nl, blockSizes[1]));
              Value keep = tensor::ExtractOp::create(
                  nb, nl, blockMask, ValueRange{bi, hi, qb, kb});
              orDrop(arith::XOrIOp::create(
                  nb, nl, keep,
                  arith::ConstantOp::create(nb, nl, nb.getBoolAttr(true))));
            }
          }
          if (drop)
            s = arith::SelectOp::create(nb, nl, drop, negInf, s);
          return s;
        });
  }
};

} // namespace

void mlir::tessel::populateAttentionToLinalgPatterns(
    RewritePatternSet &patterns, bool keyBlocks) {
  patterns.add<AttentionToLinalg>(patterns.getContext(), keyBlocks);
}
