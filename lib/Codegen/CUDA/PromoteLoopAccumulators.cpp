//===- PromoteLoopAccumulators.cpp - Reduction accumulators in registers --===//
//
// convert-linalg-to-parallel-loops turns a reduction into an scf.for whose
// body loads the output element, adds to it and stores it back: a memory
// round trip per iteration, which on the GPU is a global-memory one. When
// the element's indices do not change in the loop and nothing else in the
// loop touches that buffer, the value can be carried through the loop
// instead (loaded once before it, stored once after it). Applied from the
// innermost loop out, a nest of reduction loops keeps its accumulator in a
// register.
//
// Aliasing: another buffer of the loop could alias the accumulator's only if
// two arguments of the function overlapped; linalg's outputs never alias
// its inputs where it reduces, and Tessel's runtime passes distinct buffers.
//
//===----------------------------------------------------------------------===//

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Utils/StaticValueUtils.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/Transforms/FoldUtils.h"
#include "tessel/Codegen/CUDA/Passes.h"

namespace mlir::tessel {
#define GEN_PASS_DEF_TESSELPROMOTELOOPACCUMULATORS
#include "tessel/Codegen/CUDA/Passes.h.inc"
} // namespace mlir::tessel

using namespace mlir;

namespace {

/// A load and a store of the same element in a loop's body.
struct Accumulator {
  memref::LoadOp load;
  memref::StoreOp store;
};

bool definedOutside(Value value, scf::ForOp loop) {
  return !loop->isAncestor(value.getParentRegion()->getParentOp());
}

/// Whether two accesses provably touch different elements: at some position
/// both indices are constants, and they differ.
bool disjoint(ValueRange a, ValueRange b) {
  for (auto [x, y] : llvm::zip(a, b)) {
    std::optional<int64_t> cx = getConstantIntValue(x),
                           cy = getConstantIntValue(y);
    if (cx && cy && *cx != *cy)
      return true;
  }
  return false;
}

ValueRange indicesOf(Operation *op) {
  if (auto load = dyn_cast<memref::LoadOp>(op))
    return load.getIndices();
  if (auto store = dyn_cast<memref::StoreOp>(op))
    return store.getIndices();
  return {};
}

/// The first promotable accumulator of `loop`, if any.
std::optional<Accumulator> findAccumulator(scf::ForOp loop) {
  Block *body = loop.getBody();
  for (auto store : body->getOps<memref::StoreOp>()) {
    Value buffer = store.getMemRef();
    if (!definedOutside(buffer, loop) ||
        !llvm::all_of(store.getIndices(),
                      [&](Value i) { return definedOutside(i, loop); }))
      continue;
    // The one load of the same element, before the store, in the body.
    memref::LoadOp load;
    bool clean = true;
    for (OpOperand &use : buffer.getUses()) {
      Operation *user = use.getOwner();
      if (!loop->isAncestor(user) || user == store)
        continue;
      // Another element of the same buffer (a register-blocked neighbour).
      if (isa<memref::LoadOp, memref::StoreOp>(user) &&
          disjoint(indicesOf(user), store.getIndices()))
        continue;
      auto candidate = dyn_cast<memref::LoadOp>(user);
      if (!candidate || load || candidate->getBlock() != body ||
          candidate.getIndices() != store.getIndices() ||
          !candidate->isBeforeInBlock(store)) {
        clean = false;
        break;
      }
      load = candidate;
    }
    if (clean && load)
      return Accumulator{load, store};
  }
  return std::nullopt;
}

/// Carries the accumulator through `loop`; returns the loop that replaces it.
scf::ForOp promote(RewriterBase &rewriter, scf::ForOp loop, Accumulator acc) {
  Location loc = acc.load.getLoc();
  rewriter.setInsertionPoint(loop);
  Value initial =
      memref::LoadOp::create(rewriter, loc, acc.load.getMemRef(),
                             acc.load.getIndices(), acc.load.getNontemporal());
  Value stored = acc.store.getValueToStore();
  FailureOr<LoopLikeOpInterface> grown = loop.replaceWithAdditionalYields(
      rewriter, initial, /*replaceInitOperandUsesInLoop=*/false,
      [&](OpBuilder &, Location, ArrayRef<BlockArgument>) {
        return SmallVector<Value>{stored};
      });
  auto newLoop = cast<scf::ForOp>(grown->getOperation());
  rewriter.replaceAllUsesWith(acc.load.getResult(),
                              newLoop.getRegionIterArgs().back());
  rewriter.setInsertionPointAfter(newLoop);
  memref::StoreOp::create(rewriter, loc, newLoop.getResults().back(),
                          acc.store.getMemRef(), acc.store.getIndices(),
                          acc.store.getNontemporal());
  rewriter.eraseOp(acc.store);
  rewriter.eraseOp(acc.load);
  return newLoop;
}

struct TesselPromoteLoopAccumulatorsPass
    : tessel::impl::TesselPromoteLoopAccumulatorsBase<
          TesselPromoteLoopAccumulatorsPass> {
  void runOnOperation() override {
    // Index arithmetic on constants (left by unrolling) folds first, so that
    // accesses to distinct elements show as distinct constants.
    OperationFolder folder(&getContext());
    SmallVector<Operation *> arithOps;
    getOperation()->walk([&](Operation *op) {
      if (isa<arith::AddIOp, arith::MulIOp, arith::SubIOp>(op))
        arithOps.push_back(op);
    });
    for (Operation *op : arithOps)
      (void)folder.tryToFold(op);

    IRRewriter rewriter(&getContext());
    // Innermost loops first: promoting an inner loop leaves its load before
    // and its store after it, in the outer loop's body.
    SmallVector<scf::ForOp> loops;
    getOperation()->walk([&](scf::ForOp loop) { loops.push_back(loop); });
    for (scf::ForOp loop : loops)
      while (std::optional<Accumulator> acc = findAccumulator(loop))
        loop = promote(rewriter, loop, *acc);
  }
};

} // namespace
