//===- DataMovementToLinalg.cpp - pack, unpack, permute, relayout ---------===//
//
// Gathers are linalg.generics over the output whose bodies read the input
// with tensor.extract at computed positions:
//
//   pack:    word o of a row ORs in the elements whose bits overlap bits
//            [o*W, (o+1)*W) of the row's bit stream
//   unpack:  element k reads bits [p*B, (p+1)*B) from one or two words, with
//            p its stored position under the interleave
//   permute: out[.., i, ..] = in[.., indices[i], ..]
//
// relayout only changes the encoding; once encodings are materialized
// (tessel-erase-layouts) input and output types agree and it is a no-op.
//
//===----------------------------------------------------------------------===//

#include "tessel/Conversion/LoweringUtils.h"
#include "tessel/Conversion/TesselToLinalg.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/PatternMatch.h"
#include "tessel/Dialect/Tessel/IR/TesselOps.h"

using namespace mlir;
using namespace mlir::tessel;
using namespace mlir::tessel::lowering;

namespace {

Value zeroExtend(OpBuilder &b, Location loc, Value v, Type to) {
  if (v.getType() == to)
    return v;
  return arith::ExtUIOp::create(b, loc, to, v);
}

/// A constant i64 lookup table.
Value lookupTable(OpBuilder &b, Location loc, ArrayRef<int64_t> values) {
  auto type = RankedTensorType::get({static_cast<int64_t>(values.size())},
                                    b.getI64Type());
  return arith::ConstantOp::create(b, loc,
                                   DenseIntElementsAttr::get(type, values));
}

/// table[position % L] + position - position % L, or position without a table.
Value throughTable(OpBuilder &b, Location loc, Value table, int64_t chunk,
                   Value position) {
  if (!table)
    return position;
  Value len = indexConst(b, loc, chunk);
  Value within = arith::RemUIOp::create(b, loc, position, len);
  Value base = arith::SubIOp::create(b, loc, position, within);
  Value entry = tensor::ExtractOp::create(b, loc, table, within);
  return arith::AddIOp::create(
      b, loc, base,
      arith::IndexCastOp::create(b, loc, b.getIndexType(), entry));
}

struct PackToLinalg : OpRewritePattern<PackOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(PackOp op,
                                PatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Value input = op.getInput();
    auto inType = cast<RankedTensorType>(input.getType());
    auto outType = op.getResult().getType();
    int64_t bits = inType.getElementTypeBitWidth();
    int64_t wordBits = outType.getElementTypeBitWidth();
    unsigned rank = outType.getRank();
    Value table;
    int64_t chunk = 0;
    if (std::optional<ArrayRef<int64_t>> perm = op.getInterleave()) {
      table = lookupTable(rewriter, loc, *perm);
      chunk = perm->size();
    }
    Value k = tensor::DimOp::create(rewriter, loc, input, rank - 1);
    Type i64 = rewriter.getI64Type();

    Value result = buildGeneric(
        rewriter, loc, {}, op.getInit(),
        {AffineMap::getMultiDimIdentityMap(rank, getContext())},
        iterators(rank), [&](OpBuilder &b, Location l, ValueRange) {
          SmallVector<Value> idx = loopIndices(b, l, rank);
          Value word = idx.back();
          // Elements [first, last) overlap this word's bits.
          Value wordStart =
              arith::MulIOp::create(b, l, word, indexConst(b, l, wordBits));
          Value first =
              arith::DivUIOp::create(b, l, wordStart, indexConst(b, l, bits));
          Value wordEnd = arith::AddIOp::create(b, l, wordStart,
                                                indexConst(b, l, wordBits));
          Value last =
              arith::CeilDivUIOp::create(b, l, wordEnd, indexConst(b, l, bits));
          last = arith::MinUIOp::create(b, l, last, k);
          Value zero = arith::ConstantOp::create(b, l, b.getI64IntegerAttr(0));
          auto loop = scf::ForOp::create(
              b, l, first, last, indexConst(b, l, 1), ValueRange{zero},
              [&](OpBuilder &fb, Location fl, Value p, ValueRange iter) {
                SmallVector<Value> at(idx);
                at.back() = throughTable(fb, fl, table, chunk, p);
                Value elem = tensor::ExtractOp::create(fb, fl, input, at);
                Value v = zeroExtend(fb, fl, elem, i64);
                // Bit offset of the element relative to the word; negative
                // when it straddles in from the previous word.
                Value bitPos = arith::SubIOp::create(
                    fb, fl,
                    arith::MulIOp::create(fb, fl, p, indexConst(fb, fl, bits)),
                    wordStart);
                Value shift = arith::IndexCastOp::create(fb, fl, i64, bitPos);
                Value zero64 =
                    arith::ConstantOp::create(fb, fl, fb.getI64IntegerAttr(0));
                Value negative = arith::CmpIOp::create(
                    fb, fl, arith::CmpIPredicate::slt, shift, zero64);
                Value left = arith::ShLIOp::create(fb, fl, v, shift);
                Value right = arith::ShRUIOp::create(
                    fb, fl, v, arith::SubIOp::create(fb, fl, zero64, shift));
                Value placed =
                    arith::SelectOp::create(fb, fl, negative, right, left);
                scf::YieldOp::create(
                    fb, fl,
                    ValueRange{arith::OrIOp::create(fb, fl, iter[0], placed)});
              });
          Type wordType = outType.getElementType();
          if (wordType == i64)
            return loop.getResult(0);
          return arith::TruncIOp::create(b, l, wordType, loop.getResult(0))
              .getResult();
        });
    rewriter.replaceOp(op, result);
    return success();
  }
};

struct UnpackToLinalg : OpRewritePattern<UnpackOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(UnpackOp op,
                                PatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Value input = op.getInput();
    auto inType = cast<RankedTensorType>(input.getType());
    auto outType = op.getResult().getType();
    int64_t bits = outType.getElementTypeBitWidth();
    int64_t wordBits = inType.getElementTypeBitWidth();
    unsigned rank = outType.getRank();
    // Logical element c*L + perm[t] is stored at c*L + t: read through the
    // inverse permutation.
    Value table;
    int64_t chunk = 0;
    if (std::optional<ArrayRef<int64_t>> perm = op.getInterleave()) {
      SmallVector<int64_t> inverse(perm->size());
      for (auto [t, p] : llvm::enumerate(*perm))
        inverse[p] = t;
      table = lookupTable(rewriter, loc, inverse);
      chunk = perm->size();
    }
    Value numWords = tensor::DimOp::create(rewriter, loc, input, rank - 1);
    Type i64 = rewriter.getI64Type();

    Value result = buildGeneric(
        rewriter, loc, {}, op.getInit(),
        {AffineMap::getMultiDimIdentityMap(rank, getContext())},
        iterators(rank), [&](OpBuilder &b, Location l, ValueRange) {
          SmallVector<Value> idx = loopIndices(b, l, rank);
          Value p = throughTable(b, l, table, chunk, idx.back());
          Value bit = arith::MulIOp::create(b, l, p, indexConst(b, l, bits));
          Value word =
              arith::DivUIOp::create(b, l, bit, indexConst(b, l, wordBits));
          Value shift = arith::IndexCastOp::create(
              b, l, i64,
              arith::RemUIOp::create(b, l, bit, indexConst(b, l, wordBits)));
          auto readWord = [&](OpBuilder &rb, Location rl, Value w) {
            SmallVector<Value> at(idx);
            at.back() = w;
            Value value = tensor::ExtractOp::create(rb, rl, input, at);
            return zeroExtend(rb, rl, value, i64);
          };
          Value low = arith::ShRUIOp::create(b, l, readWord(b, l, word), shift);
          // The high part, when the element straddles into the next word.
          Value next = arith::AddIOp::create(b, l, word, indexConst(b, l, 1));
          Value straddles = arith::AndIOp::create(
              b, l,
              arith::CmpIOp::create(
                  b, l, arith::CmpIPredicate::sgt,
                  arith::AddIOp::create(b, l, shift,
                                        arith::ConstantOp::create(
                                            b, l, b.getI64IntegerAttr(bits))),
                  arith::ConstantOp::create(b, l,
                                            b.getI64IntegerAttr(wordBits))),
              arith::CmpIOp::create(b, l, arith::CmpIPredicate::ult, next,
                                    numWords));
          auto ifOp = scf::IfOp::create(
              b, l, straddles,
              [&](OpBuilder &tb, Location tl) {
                Value highShift = arith::SubIOp::create(
                    tb, tl,
                    arith::ConstantOp::create(tb, tl,
                                              tb.getI64IntegerAttr(wordBits)),
                    shift);
                Value high = arith::ShLIOp::create(
                    tb, tl, readWord(tb, tl, next), highShift);
                scf::YieldOp::create(
                    tb, tl,
                    ValueRange{arith::OrIOp::create(tb, tl, low, high)});
              },
              [&](OpBuilder &eb, Location el) {
                scf::YieldOp::create(eb, el, ValueRange{low});
              });
          return arith::TruncIOp::create(b, l, outType.getElementType(),
                                         ifOp.getResult(0))
              .getResult();
        });
    rewriter.replaceOp(op, result);
    return success();
  }
};

struct PermuteToLinalg : OpRewritePattern<PermuteOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(PermuteOp op,
                                PatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    unsigned rank = op.getResult().getType().getRank();
    unsigned dim = op.getDimension();
    Value input = op.getInput(), indices = op.getIndices();
    Value result = buildGeneric(
        rewriter, loc, {}, op.getInit(),
        {AffineMap::getMultiDimIdentityMap(rank, getContext())},
        iterators(rank), [&](OpBuilder &b, Location l, ValueRange) {
          SmallVector<Value> idx = loopIndices(b, l, rank);
          Value index = tensor::ExtractOp::create(b, l, indices, idx[dim]);
          if (!index.getType().isIndex())
            index = arith::IndexCastOp::create(b, l, b.getIndexType(), index);
          idx[dim] = index;
          return tensor::ExtractOp::create(b, l, input, idx).getResult();
        });
    rewriter.replaceOp(op, result);
    return success();
  }
};

struct RelayoutToLinalg : OpRewritePattern<RelayoutOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(RelayoutOp op,
                                PatternRewriter &rewriter) const override {
    if (op.getInput().getType() != op.getResult().getType())
      return rewriter.notifyMatchFailure(
          op, "layouts must be materialized first (tessel-erase-layouts)");
    rewriter.replaceOp(op, op.getInput());
    return success();
  }
};

} // namespace

void mlir::tessel::populateDataMovementToLinalgPatterns(
    RewritePatternSet &patterns) {
  patterns.add<PackToLinalg, UnpackToLinalg, PermuteToLinalg, RelayoutToLinalg>(
      patterns.getContext());
}
