//===- StreamingStores.cpp - Non-temporal stores of large final writes ----===//
//
// A plain store of a cache line that is not in the cache first reads the
// line from memory (read for ownership), so a loop that streams a large
// output through the cache moves its bytes twice; a non-temporal store
// writes whole lines around the cache. It only pays where the data is not
// read again soon: large outputs, written for the last time. And it needs
// whole aligned 64-byte vectors (LLVM splits an unaligned non-temporal
// store into scalar ones).
//
// A candidate is a vector.transfer_write inside an scf.for loop into a
// view of a function argument (an output the caller passed) of at least
// `min-bytes`, whose vector is a whole number of 64-byte lines, where
//   - every other access to the argument in the loop is a read of the
//     same view at the same indices before the write (the loop reads,
//     modifies and writes its own tile), and the view advances with the
//     loop by at least its size (no later iteration touches it again);
//   - after the loop, nothing in the function touches the argument, and
//     the loops around it are scf.forall (independent iterations);
//   - the write's offset in elements is a multiple of a whole line given
//     an aligned argument (a divisibility analysis of the index values).
// The loop is then versioned on the argument's alignment, checked once at
// run time: an aligned output takes a copy of the loop whose write is a
// `vector.store {nontemporal = true, alignment = 64}`, followed by a full
// fence (the stores are weakly ordered).
//
//===----------------------------------------------------------------------===//

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"
#include "mlir/IR/IRMapping.h"
#include "mlir/IR/PatternMatch.h"
#include "tessel/Codegen/CPU/Passes.h"

#include <numeric>

namespace mlir::tessel {
#define GEN_PASS_DEF_TESSELSTREAMINGSTORES
#include "tessel/Codegen/CPU/Passes.h.inc"
} // namespace mlir::tessel

using namespace mlir;

namespace {

constexpr int64_t kLineBytes = 64;

/// Divisors at or above this are "any power of two" (the value is zero).
constexpr int64_t kAnyDivisor = int64_t(1) << 40;

/// `a * b` for powers of two, saturated at kAnyDivisor.
int64_t multiplyDivisors(int64_t a, int64_t b) {
  if (a >= kAnyDivisor || b >= kAnyDivisor || a > kAnyDivisor / b)
    return kAnyDivisor;
  return a * b;
}

/// The largest power of two dividing `v` (kAnyDivisor for zero).
int64_t powerOfTwo(int64_t v) {
  if (v == 0)
    return kAnyDivisor;
  uint64_t u = v < 0 ? uint64_t(-v) : uint64_t(v);
  return int64_t(u & (~u + 1));
}

/// A power of two that is known to divide index `value` (1 where nothing
/// is known; kAnyDivisor for zero).
int64_t knownDivisor(Value value, int depth = 0) {
  if (depth > 8)
    return 1;
  if (std::optional<int64_t> c = getConstantIntValue(value))
    return powerOfTwo(*c);
  if (auto arg = dyn_cast<BlockArgument>(value)) {
    Operation *owner = arg.getOwner()->getParentOp();
    if (auto loop = dyn_cast<scf::ForOp>(owner);
        loop && arg == loop.getInductionVar())
      return std::min(knownDivisor(loop.getLowerBound(), depth + 1),
                      knownDivisor(loop.getStep(), depth + 1));
    if (auto forall = dyn_cast<scf::ForallOp>(owner)) {
      for (auto [i, iv] : llvm::enumerate(forall.getInductionVars())) {
        if (iv != arg)
          continue;
        std::optional<SmallVector<int64_t>> lbs =
            getConstantIntValues(forall.getMixedLowerBound());
        std::optional<SmallVector<int64_t>> steps =
            getConstantIntValues(forall.getMixedStep());
        if (!lbs || !steps)
          return 1;
        return std::min(powerOfTwo((*lbs)[i]), powerOfTwo((*steps)[i]));
      }
    }
    return 1;
  }
  Operation *def = value.getDefiningOp();
  if (auto add = dyn_cast_or_null<arith::AddIOp>(def))
    return std::min(knownDivisor(add.getLhs(), depth + 1),
                    knownDivisor(add.getRhs(), depth + 1));
  if (auto mul = dyn_cast_or_null<arith::MulIOp>(def))
    return multiplyDivisors(knownDivisor(mul.getLhs(), depth + 1),
                            knownDivisor(mul.getRhs(), depth + 1));
  return 1;
}

/// knownDivisor of an index that may be a constant attribute.
int64_t knownDivisor(OpFoldResult ofr) {
  if (std::optional<int64_t> c = getConstantIntValue(ofr))
    return powerOfTwo(*c);
  return knownDivisor(cast<Value>(ofr));
}

/// The function argument `view` is a chain of memref.subviews of, or
/// null.
BlockArgument rootArgument(Value view) {
  while (auto subview = view.getDefiningOp<memref::SubViewOp>())
    view = subview.getSource();
  auto arg = dyn_cast<BlockArgument>(view);
  if (!arg || !isa<func::FuncOp>(arg.getOwner()->getParentOp()))
    return nullptr;
  return arg;
}

/// Whether `value` is `root` or a view derived from it.
bool derivesFrom(Value value, BlockArgument root) {
  while (value != root) {
    auto subview = value.getDefiningOp<memref::SubViewOp>();
    if (!subview)
      return false;
    value = subview.getSource();
  }
  return true;
}

/// Whether `op` touches a memref derived from `root` (its operands or
/// those of any op nested in it).
bool touches(Operation *op, BlockArgument root) {
  bool found = false;
  op->walk([&](Operation *nested) {
    for (Value operand : nested->getOperands())
      if (isa<MemRefType>(operand.getType()) && derivesFrom(operand, root) &&
          !isa<memref::SubViewOp>(nested))
        found = true;
  });
  return found;
}

/// A power of two that divides the element offset of `write`'s first
/// element within its root (identity layout: offset 0, static strides).
int64_t offsetDivisor(vector::TransferWriteOp write) {
  // Strides of the root's identity layout, then each subview's offsets
  // scaled by the strides it indexes.
  SmallVector<memref::SubViewOp> chain;
  Value view = write.getBase();
  while (auto subview = view.getDefiningOp<memref::SubViewOp>()) {
    chain.push_back(subview);
    view = subview.getSource();
  }
  auto rootType = cast<MemRefType>(view.getType());
  SmallVector<int64_t> strides;
  int64_t offset;
  if (failed(rootType.getStridesAndOffset(strides, offset)) || offset != 0 ||
      llvm::any_of(strides, ShapedType::isDynamic))
    return 1;
  int64_t divisor = kAnyDivisor;
  auto accumulate = [&](ArrayRef<int64_t> viewStrides,
                        ArrayRef<OpFoldResult> offsets) {
    for (auto [stride, off] : llvm::zip(viewStrides, offsets)) {
      divisor = std::min(
          divisor, multiplyDivisors(knownDivisor(off), powerOfTwo(stride)));
    }
  };
  // Walk from the root outwards: each subview's offsets index its source,
  // whose strides are the root's composed with the earlier subviews'.
  SmallVector<int64_t> current = strides;
  for (memref::SubViewOp subview : llvm::reverse(chain)) {
    accumulate(current, subview.getMixedOffsets());
    SmallVector<int64_t> next;
    llvm::SmallBitVector droppedDims = subview.getDroppedDims();
    for (auto [i, stride] : llvm::enumerate(current)) {
      std::optional<int64_t> step =
          getConstantIntValue(subview.getMixedStrides()[i]);
      if (!step)
        return 1;
      if (!droppedDims.test(i))
        next.push_back(stride * *step);
    }
    current = next;
  }
  SmallVector<OpFoldResult> indices = getAsOpFoldResult(write.getIndices());
  accumulate(current, indices);
  return divisor;
}

struct TesselStreamingStoresPass
    : tessel::impl::TesselStreamingStoresBase<TesselStreamingStoresPass> {
  using TesselStreamingStoresBase::TesselStreamingStoresBase;

  /// The argument `write` streams into, or null where it is no candidate.
  BlockArgument candidateRoot(vector::TransferWriteOp write) {
    auto loop = dyn_cast<scf::ForOp>(write->getParentOp());
    auto vectorType = write.getVectorType();
    auto memrefType = dyn_cast<MemRefType>(write.getBase().getType());
    if (!loop || !memrefType || write.getMask() ||
        !write.getPermutationMap().isMinorIdentity() ||
        llvm::any_of(write.getInBoundsValues(), [](bool b) { return !b; }))
      return nullptr;
    // One contiguous run: unit dims but the innermost, of whole lines.
    ArrayRef<int64_t> shape = vectorType.getShape();
    if (llvm::any_of(shape.drop_back(), [](int64_t d) { return d != 1; }))
      return nullptr;
    int64_t elementBytes = vectorType.getElementTypeBitWidth() / 8;
    if (vectorType.getElementTypeBitWidth() % 8 ||
        (shape.back() * elementBytes) % kLineBytes)
      return nullptr;
    SmallVector<int64_t> viewStrides;
    int64_t viewOffset;
    if (failed(memrefType.getStridesAndOffset(viewStrides, viewOffset)) ||
        viewStrides.back() != 1)
      return nullptr;
    BlockArgument root = rootArgument(write.getBase());
    if (!root)
      return nullptr;
    auto rootType = dyn_cast<MemRefType>(root.getType());
    if (!rootType || !rootType.hasStaticShape() ||
        !rootType.getLayout().isIdentity() ||
        rootType.getNumElements() * elementBytes < minBytes)
      return nullptr;
    if ((offsetDivisor(write) * elementBytes) % kLineBytes)
      return nullptr;
    // In the loop: only reads of the same view at the same indices,
    // before the write.
    for (Operation &op : loop.getBody()->without_terminator()) {
      if (&op == write.getOperation())
        break;
      if (!touches(&op, root))
        continue;
      auto read = dyn_cast<vector::TransferReadOp>(op);
      if (!read || read.getBase() != write.getBase() ||
          read.getIndices() != write.getIndices())
        return nullptr;
    }
    for (Operation *op = write->getNextNode(); op; op = op->getNextNode())
      if (touches(op, root))
        return nullptr;
    // The written view advances with the loop: one of the subviews takes
    // the induction variable as the offset of a dimension whose size is
    // at most the step.
    bool advances = false;
    std::optional<int64_t> step = getConstantIntValue(loop.getStep());
    for (Value view = write.getBase();
         auto subview = view.getDefiningOp<memref::SubViewOp>();
         view = subview.getSource()) {
      for (auto [off, size] :
           llvm::zip(subview.getMixedOffsets(), subview.getMixedSizes())) {
        std::optional<int64_t> extent = getConstantIntValue(size);
        if (isa<Value>(off) && cast<Value>(off) == loop.getInductionVar() &&
            step && extent && *extent <= *step)
          advances = true;
      }
    }
    if (!advances)
      return nullptr;
    // Nothing after the loop touches the output, and the loops around it
    // run their iterations independently.
    for (Operation *op = loop; !isa<func::FuncOp>(op); op = op->getParentOp()) {
      if (op != loop && !isa<scf::ForallOp>(op))
        return nullptr;
      for (Operation *next = op->getNextNode(); next;
           next = next->getNextNode())
        if (touches(next, root))
          return nullptr;
    }
    return root;
  }

  void runOnOperation() override {
    SmallVector<std::pair<vector::TransferWriteOp, BlockArgument>> work;
    getOperation()->walk([&](vector::TransferWriteOp write) {
      if (BlockArgument root = candidateRoot(write))
        work.emplace_back(write, root);
    });
    IRRewriter rewriter(&getContext());
    for (auto [write, root] : work)
      version(rewriter, write, root);
  }

  /// if (root is 64-byte aligned) { the loop, its write non-temporal }
  /// else { the loop as it was }.
  void version(RewriterBase &rewriter, vector::TransferWriteOp write,
               BlockArgument root) {
    auto loop = cast<scf::ForOp>(write->getParentOp());
    Location loc = loop.getLoc();
    rewriter.setInsertionPoint(loop);
    Value pointer =
        memref::ExtractAlignedPointerAsIndexOp::create(rewriter, loc, root);
    Value misalignment = arith::RemUIOp::create(
        rewriter, loc, pointer,
        arith::ConstantIndexOp::create(rewriter, loc, kLineBytes));
    Value aligned = arith::CmpIOp::create(
        rewriter, loc, arith::CmpIPredicate::eq, misalignment,
        arith::ConstantIndexOp::create(rewriter, loc, 0));
    IRMapping mapping;
    auto branch = scf::IfOp::create(
        rewriter, loc, aligned,
        [&](OpBuilder &b, Location loc) {
          // A copy of the loop, its write non-temporal. Non-temporal
          // stores are weakly ordered: a full fence after the loop makes
          // them visible before whatever follows (the threads' join).
          Operation *copy = b.clone(*loop, mapping);
          LLVM::FenceOp::create(b, loc, LLVM::AtomicOrdering::seq_cst);
          scf::YieldOp::create(b, loc, copy->getResults());
        },
        [&](OpBuilder &b, Location loc) {
          scf::YieldOp::create(b, loc, loop.getResults());
        });
    rewriter.moveOpBefore(loop, branch.elseBlock()->getTerminator());
    loop->replaceUsesWithIf(branch.getResults(), [&](OpOperand &use) {
      return !branch->isProperAncestor(use.getOwner());
    });
    auto copy = cast<vector::TransferWriteOp>(mapping.lookup(write));
    rewriter.setInsertionPoint(copy);
    VectorType type = copy.getVectorType();
    Value vector = copy.getVector();
    if (type.getRank() != 1)
      vector = vector::ShapeCastOp::create(
          rewriter, loc,
          VectorType::get({type.getShape().back()}, type.getElementType()),
          vector);
    vector::StoreOp::create(rewriter, loc, vector, copy.getBase(),
                            copy.getIndices(), /*nontemporal=*/true,
                            llvm::MaybeAlign(kLineBytes));
    rewriter.eraseOp(copy);
  }
};

} // namespace
