//===- DraftMaskToLinalg.cpp - tessel.draft_mask as linalg on tensors -----===//
//
// Four generics:
//   Qp[b, h, I, d] = mean of Q over query block I       (partial last block)
//   Kp[b, g, J, d] = mean of K over key block J
//   S[b, h, I, J]  = scale * Qp . Kp, -inf where key block J is causally
//                    invalid for query block I
//   mask[b, h, I, J] = J is valid and fewer than n valid blocks rank above it
//                    (higher score, or equal score and lower index)
// Softmax is monotonic, so ranking scores ranks the softmax probabilities of
// the semantics (up to exact ties created by underflow).
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
#include "tessel/Dialect/Tessel/IR/TesselOps.h"

#include <limits>

using namespace mlir;
using namespace mlir::tessel;
using namespace mlir::tessel::lowering;

namespace {

constexpr double kNegInf = -std::numeric_limits<double>::infinity();

/// Mean of `x` [B, H, S, D] over blocks of `block` rows: [B, H, ceil(S/bs), D].
Value poolBlocks(OpBuilder &rewriter, Location loc, Value x, int64_t block) {
  SmallVector<OpFoldResult> sizes = tensor::getMixedSizes(rewriter, loc, x);
  Value seq = getValueOrCreateConstantIndexOp(rewriter, loc, sizes[2]);
  Value blocks = arith::CeilDivUIOp::create(rewriter, loc, seq,
                                            indexConst(rewriter, loc, block));
  sizes[2] = blocks;
  Value init =
      tensor::EmptyOp::create(rewriter, loc, sizes, rewriter.getF32Type());
  return buildGeneric(
      rewriter, loc, {}, init,
      {AffineMap::getMultiDimIdentityMap(4, rewriter.getContext())},
      iterators(4), [&](OpBuilder &b, Location l, ValueRange) {
        SmallVector<Value> idx = loopIndices(b, l, 4);
        Value first =
            arith::MulIOp::create(b, l, idx[2], indexConst(b, l, block));
        Value last = arith::MinUIOp::create(
            b, l, arith::AddIOp::create(b, l, first, indexConst(b, l, block)),
            seq);
        auto loop = scf::ForOp::create(
            b, l, first, last, indexConst(b, l, 1),
            ValueRange{f32Const(b, l, 0)},
            [&](OpBuilder &fb, Location fl, Value s, ValueRange iter) {
              Value v = tensor::ExtractOp::create(
                  fb, fl, x, ValueRange{idx[0], idx[1], s, idx[3]});
              scf::YieldOp::create(fb, fl,
                                   ValueRange{arith::AddFOp::create(
                                       fb, fl, iter[0], toF32(fb, fl, v))});
            });
        Value count = toF32(b, l, arith::SubIOp::create(b, l, last, first));
        return arith::DivFOp::create(b, l, loop.getResult(0), count)
            .getResult();
      });
}

struct DraftMaskToLinalg : OpRewritePattern<DraftMaskOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(DraftMaskOp op,
                                PatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Value q = op.getQuery(), k = op.getKey();
    auto qType = cast<RankedTensorType>(q.getType());
    auto kType = cast<RankedTensorType>(k.getType());
    if (qType.isDynamicDim(1) || kType.isDynamicDim(1))
      return rewriter.notifyMatchFailure(op, "dynamic head counts");
    int64_t group = qType.getDimSize(1) / kType.getDimSize(1);
    int64_t bq = op.getBlockSizes()[0], bk = op.getBlockSizes()[1];
    bool causal = op.getCausal();
    double keepRatio = op.getKeepRatio().convertToDouble();

    Value qp = poolBlocks(rewriter, loc, q, bq);
    Value kp = poolBlocks(rewriter, loc, k, bk);
    Value sq = tensor::DimOp::create(rewriter, loc, q, 2);
    Value skv = tensor::DimOp::create(rewriter, loc, k, 2);
    Value headDim = tensor::DimOp::create(rewriter, loc, q, 3);
    Value numKeyBlocks = tensor::DimOp::create(rewriter, loc, kp, 2);
    Value scale;
    if (FloatAttr attr = op.getScaleAttr())
      scale = f32Const(rewriter, loc, attr.getValueAsDouble());
    else
      scale =
          math::RsqrtOp::create(rewriter, loc, toF32(rewriter, loc, headDim));

    // Whether key block J may be seen by query block I:
    // J * bk <= min((I + 1) * bq, Sq) - 1 + (Skv - Sq).
    auto isValid = [&](OpBuilder &b, Location l, Value qBlock, Value kBlock) {
      if (!causal)
        return arith::ConstantOp::create(b, l, b.getBoolAttr(true)).getResult();
      Value end = arith::MulIOp::create(
          b, l, arith::AddIOp::create(b, l, qBlock, indexConst(b, l, 1)),
          indexConst(b, l, bq));
      end = arith::MinUIOp::create(b, l, end, sq);
      Value lastKey = arith::AddIOp::create(
          b, l, arith::SubIOp::create(b, l, end, indexConst(b, l, 1)),
          arith::SubIOp::create(b, l, skv, sq));
      Value firstKey =
          arith::MulIOp::create(b, l, kBlock, indexConst(b, l, bk));
      return arith::CmpIOp::create(b, l, arith::CmpIPredicate::sle, firstKey,
                                   lastKey)
          .getResult();
    };

    SmallVector<OpFoldResult> maskSizes =
        tensor::getMixedSizes(rewriter, loc, op.getInit());
    Value scoresInit = tensor::EmptyOp::create(rewriter, loc, maskSizes,
                                               rewriter.getF32Type());
    AffineMap id4 = AffineMap::getMultiDimIdentityMap(4, getContext());
    Value scores = buildGeneric(
        rewriter, loc, {}, scoresInit, {id4}, iterators(4),
        [&](OpBuilder &b, Location l, ValueRange) {
          SmallVector<Value> idx = loopIndices(b, l, 4);
          Value kvHead =
              arith::DivUIOp::create(b, l, idx[1], indexConst(b, l, group));
          auto loop = scf::ForOp::create(
              b, l, indexConst(b, l, 0), headDim, indexConst(b, l, 1),
              ValueRange{f32Const(b, l, 0)},
              [&](OpBuilder &fb, Location fl, Value d, ValueRange iter) {
                Value a = tensor::ExtractOp::create(
                    fb, fl, qp, ValueRange{idx[0], idx[1], idx[2], d});
                Value c = tensor::ExtractOp::create(
                    fb, fl, kp, ValueRange{idx[0], kvHead, idx[3], d});
                Value prod = arith::MulFOp::create(fb, fl, a, c);
                scf::YieldOp::create(
                    fb, fl,
                    ValueRange{arith::AddFOp::create(fb, fl, iter[0], prod)});
              });
          Value s = arith::MulFOp::create(b, l, loop.getResult(0), scale);
          return arith::SelectOp::create(b, l, isValid(b, l, idx[2], idx[3]), s,
                                         f32Const(b, l, kNegInf))
              .getResult();
        });

    Value mask = buildGeneric(
        rewriter, loc, {}, op.getInit(), {id4}, iterators(4),
        [&](OpBuilder &b, Location l, ValueRange) {
          SmallVector<Value> idx = loopIndices(b, l, 4);
          Value mine = tensor::ExtractOp::create(b, l, scores, idx);
          Value zero = indexConst(b, l, 0), one = indexConst(b, l, 1);
          // Count valid blocks and the valid blocks ranked above J.
          auto loop = scf::ForOp::create(
              b, l, zero, numKeyBlocks, one, ValueRange{zero, zero},
              [&](OpBuilder &fb, Location fl, Value other, ValueRange iter) {
                SmallVector<Value> at(idx);
                at[3] = other;
                Value theirs = tensor::ExtractOp::create(fb, fl, scores, at);
                Value valid = isValid(fb, fl, idx[2], other);
                Value greater = arith::CmpFOp::create(
                    fb, fl, arith::CmpFPredicate::OGT, theirs, mine);
                Value tie = arith::AndIOp::create(
                    fb, fl,
                    arith::CmpFOp::create(fb, fl, arith::CmpFPredicate::OEQ,
                                          theirs, mine),
                    arith::CmpIOp::create(fb, fl, arith::CmpIPredicate::ult,
                                          other, idx[3]));
                Value above = arith::AndIOp::create(
                    fb, fl, valid, arith::OrIOp::create(fb, fl, greater, tie));
                auto bump = [&](Value count, Value cond) {
                  return arith::SelectOp::create(
                             fb, fl, cond,
                             arith::AddIOp::create(fb, fl, count,
                                                   indexConst(fb, fl, 1)),
                             count)
                      .getResult();
                };
                scf::YieldOp::create(
                    fb, fl,
                    ValueRange{bump(iter[0], valid), bump(iter[1], above)});
              });
          Value validCount = loop.getResult(0), rank = loop.getResult(1);
          // keep = max(1, ceil(ratio * valid - 1e-9)), computed in f64 like
          // the semantics.
          Type f64 = b.getF64Type();
          Value validF = arith::UIToFPOp::create(
              b, l, f64,
              arith::IndexCastOp::create(b, l, b.getI64Type(), validCount));
          Value want = arith::SubFOp::create(
              b, l,
              arith::MulFOp::create(b, l, validF,
                                    arith::ConstantOp::create(
                                        b, l, b.getF64FloatAttr(keepRatio))),
              arith::ConstantOp::create(b, l, b.getF64FloatAttr(1e-9)));
          Value keep = arith::FPToSIOp::create(
              b, l, b.getI64Type(), math::CeilOp::create(b, l, want));
          keep = arith::MaxSIOp::create(
              b, l, keep,
              arith::ConstantOp::create(b, l, b.getI64IntegerAttr(1)));
          Value rank64 = arith::IndexCastOp::create(b, l, b.getI64Type(), rank);
          Value kept = arith::CmpIOp::create(b, l, arith::CmpIPredicate::slt,
                                             rank64, keep);
          return arith::AndIOp::create(b, l, kept,
                                       isValid(b, l, idx[2], idx[3]))
              .getResult();
        });
    rewriter.replaceOp(op, mask);
    return success();
  }
};

} // namespace

void mlir::tessel::populateDraftMaskToLinalgPatterns(
    RewritePatternSet &patterns) {
  patterns.add<DraftMaskToLinalg>(patterns.getContext());
}
