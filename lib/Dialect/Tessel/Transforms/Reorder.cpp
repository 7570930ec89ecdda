//===- Reorder.cpp - tessel-reorder ---------------------------------------===//
//
// Token reordering for block-sparse attention (DraftAttention): an attention
// whose block mask is the draft of its own queries and keys, and which names
// a token order (`tessel.token_order`), runs on the tokens in that order:
// queries, keys and values are gathered by it, the draft is made of the
// gathered tokens (so that tokens that attend to each other share blocks),
// and the output is gathered back into the original order. Without the mask
// the result would be the same (attention is equivariant under a common
// permutation of its tokens); with it, the kept blocks are the point.
//
// Outlier-aware channel reordering for block quantization: a tessel.quantize
// of a constant weight [N, K] whose results feed qmatmul ops (as their
// weights, scales and zero points) quantizes the weight with its K channels
// sorted by magnitude instead, so that outlier channels share groups; every
// such qmatmul gathers its input's K channels in the same order
// (tessel.permute), so the product is the same sum in another order. The
// weight is permuted at compile time; the pass reports the quantization
// error before and after, and keeps the original order unless the new one
// is better.
//
//===----------------------------------------------------------------------===//

#include "Gathers.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"
#include "tessel/Dialect/Tessel/IR/TesselOps.h"
#include "tessel/Dialect/Tessel/Transforms/Passes.h"
#include "tessel/Reorder/ChannelOrder.h"

#include "llvm/Support/Format.h"

#include <cmath>

namespace mlir::tessel {
#define GEN_PASS_DEF_TESSELREORDER
#include "tessel/Dialect/Tessel/Transforms/Passes.h.inc"
} // namespace mlir::tessel

using namespace mlir;
using namespace mlir::tessel;

namespace {

/// The constant weight of `op` as a float64 [N, K] tensor, if it is one.
std::optional<reference::Tensor> constantWeight(QuantizeOp op,
                                                DenseElementsAttr &attr) {
  auto type = dyn_cast<RankedTensorType>(op.getInput().getType());
  if (!type || type.getRank() != 2 || !type.hasStaticShape() ||
      !matchPattern(op.getInput(), m_Constant(&attr)) ||
      !isa<FloatType>(type.getElementType()))
    return std::nullopt;
  reference::Tensor w({type.getDimSize(0), type.getDimSize(1)});
  size_t i = 0;
  for (APFloat v : attr.getValues<APFloat>()) {
    w.data[i] = v.convertToDouble();
    if (!std::isfinite(w.data[i]))
      return std::nullopt;
    ++i;
  }
  return w;
}

/// The qmatmul ops that use all of `op`'s results as their weights, scales
/// and zero points; none if any result has another use.
SmallVector<QMatmulOp> weightUsers(QuantizeOp op) {
  SmallVector<QMatmulOp> users;
  for (Operation *user : op->getUsers()) {
    auto qmm = dyn_cast<QMatmulOp>(user);
    if (!qmm || qmm.getWeights() != op.getResult(0) ||
        qmm.getScales() != op.getResult(1) ||
        (op.hasZeroPoints() ? qmm.getZeroPoints() != op.getResult(2)
                            : static_cast<bool>(qmm.getZeroPoints())) ||
        qmm.getGroupSize() != op.getGroupSize())
      return {};
    if (!llvm::is_contained(users, qmm))
      users.push_back(qmm);
  }
  return users;
}

std::string formatted(double value) {
  std::string text;
  llvm::raw_string_ostream(text) << llvm::format("%.4g", value);
  return text;
}

struct TesselReorderPass : tessel::impl::TesselReorderBase<TesselReorderPass> {
  using Base::Base;

  void runOnOperation() override {
    IRRewriter rewriter(&getContext());
    if (tokens) {
      SmallVector<AttentionOp> attentions;
      getOperation()->walk([&](AttentionOp op) {
        if (op->hasAttr(kTokenOrder))
          attentions.push_back(op);
      });
      for (AttentionOp op : attentions)
        if (failed(reorderTokens(rewriter, op)))
          return signalPassFailure();
    }
    SmallVector<QuantizeOp> quantizes;
    if (channels)
      getOperation()->walk([&](QuantizeOp op) { quantizes.push_back(op); });
    for (QuantizeOp op : quantizes)
      reorderChannels(rewriter, op);
    // Fold the new gathers into producers with constant weights (a qmatmul
    // whose output feeds the reordered one) where possible.
    RewritePatternSet patterns(&getContext());
    populatePropagateLayoutsPatterns(patterns);
    if (failed(applyPatternsGreedily(getOperation(), std::move(patterns))))
      signalPassFailure();
  }

  static constexpr StringLiteral kTokenOrder = "tessel.token_order";

  LogicalResult reorderTokens(RewriterBase &rewriter, AttentionOp op) {
    auto order = op->getAttrOfType<DenseI64ArrayAttr>(kTokenOrder);
    auto fail = [&](const Twine &why) {
      return op.emitOpError() << "cannot reorder its tokens: " << why;
    };
    if (!order)
      return fail("tessel.token_order must be an array<i64: ...>");
    auto draft = op.getBlockMask()
                     ? op.getBlockMask().getDefiningOp<DraftMaskOp>()
                     : DraftMaskOp();
    if (!draft || draft.getQuery() != op.getQuery() ||
        draft.getKey() != op.getKey() || !draft->hasOneUse())
      return fail("its block mask must be the draft_mask of its own queries "
                  "and keys, used by it alone");
    if (op.getCausal() || draft.getCausal() || op.getMask() || op.getOffset())
      return fail("token order must not matter to its masks (no causal, "
                  "offset or element mask)");
    auto qType = op.getQuery().getType();
    int64_t s = qType.getDimSize(2);
    if (ShapedType::isDynamic(s) || op.getKey().getType().getDimSize(2) != s)
      return fail("queries and keys must be the same static sequence");
    // A permutation of the tokens, and its inverse.
    ArrayRef<int64_t> perm = order.asArrayRef();
    SmallVector<int64_t> inverse(s, -1);
    if (static_cast<int64_t>(perm.size()) != s)
      return fail("tessel.token_order must list every token once");
    for (auto [i, t] : llvm::enumerate(perm)) {
      if (t < 0 || t >= s || inverse[t] != -1)
        return fail("tessel.token_order must list every token once");
      inverse[t] = i;
    }

    Location loc = op.getLoc();
    rewriter.setInsertionPoint(draft);
    Value q = createGather(rewriter, loc, op.getQuery(), perm, 2);
    Value k = createGather(rewriter, loc, op.getKey(), perm, 2);
    rewriter.modifyOpInPlace(draft, [&] {
      draft.getQueryMutable().assign(q);
      draft.getKeyMutable().assign(k);
    });
    rewriter.setInsertionPoint(op);
    Value v = createGather(rewriter, loc, op.getValue(), perm, 2);
    rewriter.modifyOpInPlace(op, [&] {
      op.getQueryMutable().assign(q);
      op.getKeyMutable().assign(k);
      op.getValueMutable().assign(v);
      op->removeAttr(kTokenOrder);
    });
    rewriter.setInsertionPointAfter(op);
    Value restored = createGather(rewriter, loc, op.getResult(), inverse, 2);
    rewriter.replaceAllUsesExcept(op.getResult(), restored,
                                  restored.getDefiningOp());
    return success();
  }

  void reorderChannels(RewriterBase &rewriter, QuantizeOp op) {
    DenseElementsAttr attr;
    std::optional<reference::Tensor> w = constantWeight(op, attr);
    if (!w)
      return;
    SmallVector<QMatmulOp> users = weightUsers(op);
    if (users.empty())
      return;
    auto qType = cast<RankedTensorType>(op.getResult(0).getType());
    reference::QuantSpec spec;
    spec.bits = qType.getElementTypeBitWidth();
    spec.isSigned = op.getSignedness() == Signedness::Signed;
    spec.groupSize = op.getGroupSize();
    bool zeros = op.hasZeroPoints();

    // With one group, every order quantizes alike.
    if (w->shape[1] == spec.groupSize)
      return;
    std::vector<int64_t> order = reorder::outlierAwareChannelOrder(*w);
    double before = reorder::quantizationError(*w, spec, zeros);
    double after = reorder::quantizationError(
        reorder::permuteChannels(*w, order), spec, zeros);
    // At least 0.1% better: rounding noise is no reason to reorder.
    bool apply = after < before * 0.999;
    if (report)
      op.emitRemark() << "tessel-reorder: " << w->shape[1]
                      << " channels in groups of " << spec.groupSize
                      << ", relative quantization error " << formatted(before)
                      << " in the original order, " << formatted(after)
                      << " sorted by magnitude: "
                      << (apply ? "reordered" : "kept");
    if (!apply)
      return;

    // The weight, permuted at compile time.
    rewriter.setInsertionPoint(op);
    Location loc = op.getLoc();
    auto weight = arith::ConstantOp::create(rewriter, loc,
                                            gatherElements(attr, 1, order));
    Operation *original = op.getInput().getDefiningOp();
    rewriter.modifyOpInPlace(
        op, [&] { op.getInputMutable().assign(weight.getResult()); });
    if (original->use_empty())
      rewriter.eraseOp(original);

    // Each consumer reads its input's channels in the same order.
    for (QMatmulOp qmm : users) {
      rewriter.setInsertionPoint(qmm);
      Value x = qmm.getInput();
      Value gathered =
          createGather(rewriter, loc, x, order,
                       cast<RankedTensorType>(x.getType()).getRank() - 1);
      rewriter.modifyOpInPlace(qmm,
                               [&] { qmm.getInputMutable().assign(gathered); });
    }
  }
};

} // namespace
