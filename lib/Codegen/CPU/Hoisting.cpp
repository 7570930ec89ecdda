//===- Hoisting.cpp - Loop-carried vector accumulators --------------------===//

#include "Hoisting.h"

#include "mlir/Dialect/Utils/StaticValueUtils.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"
#include "mlir/IR/IRMapping.h"
#include "mlir/Transforms/LoopInvariantCodeMotionUtils.h"

using namespace mlir;

namespace {

/// Turns the accumulator of a K loop into a loop-carried vector:
///
///   scf.for iter_args(%acc = %init) {            %v0 = transfer_read %init
///     %r = transfer_read %acc[...]          =>    scf.for iter_args(%v = %v0)
///     { %n = (... %r ...)                             %n = (... %v ...) %w =
///     transfer_write %n, %acc[...]             yield %n } yield %w }
///     transfer_write %res, %init
/// Hoists one accumulator of `loop`; the new loop, or null if none.
scf::ForOp hoistOneAccumulator(RewriterBase &rewriter, scf::ForOp loop) {
  auto yield = cast<scf::YieldOp>(loop.getBody()->getTerminator());
  for (auto [index, acc] : llvm::enumerate(loop.getRegionIterArgs())) {
    auto write =
        yield.getOperand(index).getDefiningOp<vector::TransferWriteOp>();
    if (!write || write.getBase() != acc)
      continue;
    vector::TransferReadOp read;
    bool other = false;
    for (Operation *user : acc.getUsers()) {
      if (user == write.getOperation())
        continue;
      auto r = dyn_cast<vector::TransferReadOp>(user);
      other |= !r || read;
      read = r;
    }
    if (other || !read ||
        !llvm::equal(
            read.getIndices(), write.getIndices(),
            [](Value a, Value b) { return isEqualConstantIntOrValue(a, b); }) ||
        read.getVectorType() != write.getVectorType() ||
        !llvm::all_of(read.getIndices(),
                      [&](Value v) { return loop.isDefinedOutsideOfLoop(v); }))
      continue;

    Location loc = loop.getLoc();
    Value init = loop.getInitArgs()[index];
    rewriter.setInsertionPoint(loop);
    IRMapping before;
    before.map(acc, init);
    SmallVector<Value> inits(loop.getInitArgs());
    inits[index] = rewriter.clone(*read, before)->getResult(0);
    auto newLoop = scf::ForOp::create(
        rewriter, loc, loop.getLowerBound(), loop.getUpperBound(),
        loop.getStep(), inits,
        [&](OpBuilder &b, Location l, Value iv, ValueRange args) {
          IRMapping body;
          body.map(loop.getInductionVar(), iv);
          body.map(loop.getRegionIterArgs(), args);
          body.map(read.getResult(), args[index]);
          for (Operation &op : loop.getBody()->without_terminator())
            if (&op != read.getOperation() && &op != write.getOperation())
              b.clone(op, body);
          SmallVector<Value> yielded;
          for (Value v : yield.getOperands())
            yielded.push_back(body.lookupOrDefault(v));
          yielded[index] = body.lookup(write.getVector());
          scf::YieldOp::create(b, l, yielded);
        });
    IRMapping after;
    after.map(acc, init);
    after.map(write.getVector(), newLoop.getResult(index));
    SmallVector<Value> results(newLoop.getResults());
    results[index] = rewriter.clone(*write, after)->getResult(0);
    rewriter.replaceOp(loop, results);
    return newLoop;
  }
  return nullptr;
}

} // namespace

scf::ForOp mlir::tessel::hoistVectorAccumulators(RewriterBase &rewriter,
                                                 scf::ForOp loop) {
  loop = cast<scf::ForOp>(
      hoistLoopInvariantSubsets(rewriter, loop).getOperation());
  // Constant indices created by the vectorizer move out first.
  moveLoopInvariantCode(cast<LoopLikeOpInterface>(loop.getOperation()));
  while (scf::ForOp next = hoistOneAccumulator(rewriter, loop))
    loop = next;
  return loop;
}
