//===- GPUDistributeLoops.cpp - Host loops onto GPU blocks and threads ----===//
//
// After bufferization and convert-linalg-to-parallel-loops, every kernel of
// a function is a host-level scf.parallel nest. This pass gives each one a
// two-level shape that gpu-map-parallel-loops maps to blocks and threads:
// all dimensions collapse into one, which is tiled by the block size (the
// inner loop of constant trip count with a bounds guard). Memory accesses
// that no parallel loop encloses (a reduction to a scalar, say) are wrapped
// in a one-iteration loop, so that they run on the device too: the host
// never dereferences a device buffer. A `cf.assert` directly in a loop's body
// (torch-mlir's index checks) is put under an `scf.if` of its failure:
// convert-parallel-loops-to-gpu refuses to launch a body that holds a bare
// one, and the loop would stay on the host. A host load that only kernels
// use (a decode step's position, for a causal offset) moves into those
// kernels, or, from a buffer that may be written, reaches them through a
// one-element buffer.
//
//===----------------------------------------------------------------------===//

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/ControlFlow/IR/ControlFlowOps.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/SCF/Transforms/Transforms.h"
#include "mlir/Dialect/SCF/Utils/Utils.h"
#include "mlir/IR/IRMapping.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"
#include "mlir/Interfaces/ViewLikeInterface.h"
#include "tessel/Codegen/CUDA/Passes.h"
#include "llvm/ADT/SetVector.h"

#include <numeric>

namespace mlir::tessel {
#define GEN_PASS_DEF_TESSELGPUDISTRIBUTELOOPS
#include "tessel/Codegen/CUDA/Passes.h.inc"
} // namespace mlir::tessel

using namespace mlir;

namespace {

/// Whether `op` reads or writes memory outside any scf.parallel nested in it
/// (and it is not itself one).
bool accessesMemoryOutsideLoops(Operation *op) {
  if (isa<scf::ParallelOp>(op))
    return false;
  bool found = false;
  op->walk<WalkOrder::PreOrder>([&](Operation *nested) {
    if (isa<scf::ParallelOp>(nested))
      return WalkResult::skip();
    if (isa<memref::LoadOp, memref::StoreOp, memref::AtomicRMWOp>(nested)) {
      found = true;
      return WalkResult::interrupt();
    }
    return WalkResult::advance();
  });
  return found;
}

bool containsParallelLoop(Operation *op) {
  return op->walk([](scf::ParallelOp) { return WalkResult::interrupt(); })
      .wasInterrupted();
}

/// Whether every use of `buffer`, through views of it, only reads it:
/// loads, sizes and copies from it. Any other use may write it.
bool isOnlyRead(Value buffer) {
  for (OpOperand &use : buffer.getUses()) {
    Operation *user = use.getOwner();
    if (auto view = dyn_cast<ViewLikeOpInterface>(user);
        view && view.getViewSource() == buffer) {
      if (!llvm::all_of(user->getResults(), isOnlyRead))
        return false;
      continue;
    }
    if (isa<memref::LoadOp, memref::DimOp>(user))
      continue;
    if (auto copy = dyn_cast<memref::CopyOp>(user);
        copy && copy.getSource() == buffer)
      continue;
    return false;
  }
  return true;
}

/// What became of a host load that kernels use.
struct MovedLoad {
  /// The load moved into the kernels (and is gone from the host).
  bool moved = false;
  /// Else, where a kernel of its own stores it for them to read.
  memref::StoreOp snapshot;
};

/// A host load whose value, and the pure ops of its block computed from
/// it, only kernels of the block use (a decode step's position, read for a
/// kernel's causal offset): each of those kernels computes them itself.
/// From an argument nothing writes, each kernel loads the value where the
/// host did (the load moves); otherwise the load is stored into a
/// one-element buffer (the caller wraps that store in a kernel of its own)
/// and the kernels load it from there, so that they see the value of the
/// time of the load. Left alone, the loaded value would live in a kernel of
/// its own and the kernels that take it could not see it.
MovedLoad moveLoadIntoKernels(RewriterBase &rewriter, memref::LoadOp load) {
  Block *block = load->getBlock();
  llvm::SetVector<Operation *> chain;
  chain.insert(load);
  for (size_t i = 0; i < chain.size(); ++i)
    for (Operation *user : chain[i]->getUsers())
      if (user->getBlock() == block && user->getNumRegions() == 0 &&
          isMemoryEffectFree(user))
        chain.insert(user);
  llvm::SetVector<Operation *> kernels;
  for (Operation *op : chain)
    for (Operation *user : op->getUsers()) {
      if (chain.contains(user))
        continue;
      Operation *kernel = block->findAncestorOpInBlock(*user);
      if (!kernel || kernel == user ||
          !isa<scf::ParallelOp, gpu::LaunchOp>(kernel))
        return {};
      kernels.insert(kernel);
    }
  if (kernels.empty())
    return {};

  Value root = load.getMemRef();
  while (auto view = root.getDefiningOp<ViewLikeOpInterface>())
    root = view.getViewSource();
  auto argument = dyn_cast<BlockArgument>(root);
  auto func = load->getParentOfType<func::FuncOp>();
  bool readOnly = argument && argument.getOwner() == &func.getBody().front() &&
                  isOnlyRead(root);
  MovedLoad result;
  Value snapshot, zero;
  if (!readOnly) {
    Location loc = load.getLoc();
    // Allocated before the load, stored right after it: the store's kernel
    // takes the load with it.
    rewriter.setInsertionPoint(load);
    snapshot = memref::AllocOp::create(rewriter, loc,
                                       MemRefType::get({1}, load.getType()));
    zero = arith::ConstantIndexOp::create(rewriter, loc, 0);
    rewriter.setInsertionPointAfter(load);
    result.snapshot =
        memref::StoreOp::create(rewriter, loc, load, snapshot, zero);
    rewriter.setInsertionPoint(block->getTerminator());
    memref::DeallocOp::create(rewriter, loc, snapshot);
  }

  SmallVector<Operation *> ordered(chain.begin(), chain.end());
  llvm::sort(ordered,
             [](Operation *a, Operation *b) { return a->isBeforeInBlock(b); });
  for (Operation *kernel : kernels) {
    Block &body = isa<scf::ParallelOp>(kernel)
                      ? *cast<scf::ParallelOp>(kernel).getBody()
                      : cast<gpu::LaunchOp>(kernel).getBody().front();
    rewriter.setInsertionPointToStart(&body);
    IRMapping mapping;
    if (snapshot)
      mapping.map(load.getResult(),
                  memref::LoadOp::create(rewriter, load.getLoc(), snapshot,
                                         ValueRange{zero})
                      .getResult());
    // Ops after the kernel may use values defined after it; the kernel
    // uses none of their results.
    for (Operation *op : ordered)
      if (op->isBeforeInBlock(kernel) && !(snapshot && op == load))
        rewriter.clone(*op, mapping);
    for (Operation *op : ordered)
      for (Value value : op->getResults())
        if (Value copy = mapping.lookupOrNull(value))
          rewriter.replaceUsesWithIf(value, copy, [&](OpOperand &use) {
            return kernel->isProperAncestor(use.getOwner());
          });
  }
  // The host keeps only the load that the snapshot stores.
  for (Operation *op : llvm::reverse(ordered))
    if (op != load.getOperation() || !snapshot)
      rewriter.eraseOp(op);
  result.moved = !snapshot;
  return result;
}

/// Wraps `op` in `scf.parallel (%i) = (0) to (1) step (1)`.
void wrapInSingleIterationLoop(RewriterBase &rewriter, Operation *op) {
  Location loc = op->getLoc();
  rewriter.setInsertionPoint(op);
  Value zero = arith::ConstantIndexOp::create(rewriter, loc, 0);
  Value one = arith::ConstantIndexOp::create(rewriter, loc, 1);
  auto loop = scf::ParallelOp::create(rewriter, loc, ValueRange{zero},
                                      ValueRange{one}, ValueRange{one});
  rewriter.moveOpBefore(op, loop.getBody()->getTerminator());
}

/// Wraps the stray store `store` in a single-iteration loop together with the
/// loose loads and pure ops of its block that compute the stored value and
/// have no other users (a 0-d or one-element generic, or a canonicalized
/// unit loop, leaves such a chain); returns the loads it took. Each on its
/// own, the loaded value would live in one kernel and be stored by another.
SmallVector<Operation *> wrapStoreWithItsValue(RewriterBase &rewriter,
                                               memref::StoreOp store) {
  Block *block = store->getBlock();
  llvm::SetVector<Operation *> chain;
  SmallVector<Value> worklist{store.getValueToStore()};
  while (!worklist.empty()) {
    Operation *def = worklist.pop_back_val().getDefiningOp();
    if (!def || def->getBlock() != block || chain.contains(def))
      continue;
    bool load = isa<memref::LoadOp>(def);
    if (!load && (def->getNumRegions() || !isMemoryEffectFree(def) ||
                  def->hasTrait<OpTrait::ConstantLike>()))
      continue;
    chain.insert(def);
    if (!load)
      llvm::append_range(worklist, def->getOperands());
  }
  SmallVector<Operation *> ordered(chain.begin(), chain.end());
  llvm::sort(ordered,
             [](Operation *a, Operation *b) { return a->isBeforeInBlock(b); });
  // Only a chain used by nothing else can move into the kernel.
  llvm::erase_if(ordered, [&](Operation *op) {
    return llvm::any_of(op->getUsers(), [&](Operation *user) {
      return user != store.getOperation() && !chain.contains(user);
    });
  });
  // Moving a load down past a write (or a kernel) could change what it reads.
  if (!ordered.empty())
    for (Operation *op = ordered.front(); op != store.getOperation();
         op = op->getNextNode())
      if (!chain.contains(op) && !isMemoryEffectFree(op)) {
        ordered.clear();
        break;
      }
  wrapInSingleIterationLoop(rewriter, store);
  SmallVector<Operation *> loads;
  for (Operation *op : ordered) {
    rewriter.moveOpBefore(op, store);
    if (isa<memref::LoadOp>(op))
      loads.push_back(op);
  }
  return loads;
}

/// The parallel loops that convert-linalg-to-parallel-loops put inside a
/// thread's reduction loops (the register-blocked dimensions of
/// tessel-parallel-dims-first) become sequential and fully unrolled, so that
/// each of their iterations keeps its own accumulator in a register.
void unrollRegisterBlocks(RewriterBase &rewriter, scf::ParallelOp outer,
                          int64_t maxTrips) {
  SmallVector<scf::ParallelOp> inner;
  outer.getBody()->walk([&](scf::ParallelOp loop) {
    if (loop->getParentOfType<scf::ForOp>() &&
        outer->isProperAncestor(loop->getParentOfType<scf::ForOp>()))
      inner.push_back(loop);
  });
  for (scf::ParallelOp loop : inner) {
    if (loop.getNumLoops() != 1 || loop.getNumResults() != 0)
      continue;
    std::optional<int64_t> lb = getConstantIntValue(loop.getLowerBound()[0]);
    std::optional<int64_t> ub = getConstantIntValue(loop.getUpperBound()[0]);
    std::optional<int64_t> st = getConstantIntValue(loop.getStep()[0]);
    if (!lb || !ub || !st || *st <= 0 || (*ub - *lb + *st - 1) / *st > maxTrips)
      continue;
    rewriter.setInsertionPoint(loop);
    auto seq =
        scf::ForOp::create(rewriter, loop.getLoc(), loop.getLowerBound()[0],
                           loop.getUpperBound()[0], loop.getStep()[0]);
    Block *body = loop.getBody();
    rewriter.eraseOp(body->getTerminator());
    rewriter.inlineBlockBefore(body, seq.getBody()->getTerminator(),
                               {seq.getInductionVar()});
    rewriter.eraseOp(loop);
    (void)loopUnrollFull(seq);
  }
}

/// `cf.assert %ok` as `scf.if (!%ok) { cf.assert %ok }`: the same check,
/// inside a region.
void guardAssert(RewriterBase &rewriter, cf::AssertOp assertion) {
  Location loc = assertion.getLoc();
  rewriter.setInsertionPoint(assertion);
  Value isTrue =
      arith::ConstantIntOp::create(rewriter, loc, rewriter.getI1Type(), 1);
  Value failed =
      arith::XOrIOp::create(rewriter, loc, assertion.getArg(), isTrue);
  auto guard = scf::IfOp::create(rewriter, loc, failed, /*withElse=*/false);
  rewriter.moveOpBefore(assertion, guard.thenBlock()->getTerminator());
}

struct TesselGPUDistributeLoopsPass
    : tessel::impl::TesselGPUDistributeLoopsBase<TesselGPUDistributeLoopsPass> {
  using Base::Base;

  void runOnOperation() override {
    func::FuncOp func = getOperation();
    IRRewriter rewriter(&getContext());

    // Host code is everything outside scf.parallel. Collect the outermost
    // parallel loops and the host ops that touch memory directly.
    SmallVector<scf::ParallelOp> outermost;
    SmallVector<Operation *> strays;
    func.getBody().walk<WalkOrder::PreOrder>([&](Operation *op) {
      // Dedicated kernels (convert-tessel-to-gpu) are launched already.
      if (isa<gpu::LaunchOp>(op))
        return WalkResult::skip();
      if (auto loop = dyn_cast<scf::ParallelOp>(op)) {
        outermost.push_back(loop);
        return WalkResult::skip();
      }
      if (isa<memref::LoadOp, memref::StoreOp, memref::AtomicRMWOp>(op)) {
        strays.push_back(op);
        return WalkResult::skip();
      }
      // A loop or branch with only loose accesses runs as one device thread;
      // one that also launches kernels must not (its loads would race them).
      if (op->getNumRegions() && op != func && accessesMemoryOutsideLoops(op) &&
          !containsParallelLoop(op)) {
        strays.push_back(op);
        return WalkResult::skip();
      }
      return WalkResult::advance();
    });

    SmallVector<Operation *> snapshots;
    llvm::erase_if(strays, [&](Operation *op) {
      auto load = dyn_cast<memref::LoadOp>(op);
      if (!load)
        return false;
      MovedLoad moved = moveLoadIntoKernels(rewriter, load);
      if (moved.snapshot)
        snapshots.push_back(moved.snapshot);
      return moved.moved;
    });
    llvm::append_range(strays, snapshots);

    llvm::SmallPtrSet<Operation *, 8> wrapped;
    for (Operation *op : strays)
      if (auto store = dyn_cast<memref::StoreOp>(op))
        for (Operation *load : wrapStoreWithItsValue(rewriter, store))
          wrapped.insert(load);
    for (Operation *op : strays)
      if (!isa<memref::StoreOp>(op) && !wrapped.contains(op))
        wrapInSingleIterationLoop(rewriter, op);

    for (scf::ParallelOp loop : outermost) {
      if (registerBlock > 1)
        unrollRegisterBlocks(rewriter, loop, registerBlock);
      if (loop.getNumLoops() > 1) {
        std::vector<unsigned> all(loop.getNumLoops());
        std::iota(all.begin(), all.end(), 0);
        rewriter.setInsertionPoint(loop);
        collapseParallelLoops(rewriter, loop, {all});
      }
    }
    // Collapsing replaced the loops; tile the new outermost ones.
    SmallVector<scf::ParallelOp> collapsed;
    func.getBody().walk<WalkOrder::PreOrder>([&](scf::ParallelOp loop) {
      collapsed.push_back(loop);
      return WalkResult::skip();
    });
    for (scf::ParallelOp loop : collapsed) {
      std::optional<int64_t> trips;
      if (auto lb = getConstantIntValue(loop.getLowerBound()[0]))
        if (auto ub = getConstantIntValue(loop.getUpperBound()[0]))
          if (auto st = getConstantIntValue(loop.getStep()[0]))
            trips = (*ub - *lb + *st - 1) / *st;
      // A loop that fits one block needs no outer level: one block of it.
      if (trips && *trips <= 1)
        continue;
      int64_t tile = trips ? std::min<int64_t>(blockSize, *trips) : blockSize;
      scf::tileParallelLoop(loop, {tile},
                            /*noMinMaxBounds=*/true);
    }

    SmallVector<cf::AssertOp> bareAsserts;
    func.getBody().walk([&](cf::AssertOp assertion) {
      if (isa<scf::ParallelOp>(assertion->getParentOp()) &&
          !assertion->getParentOfType<gpu::LaunchOp>())
        bareAsserts.push_back(assertion);
    });
    for (cf::AssertOp assertion : bareAsserts)
      guardAssert(rewriter, assertion);
  }
};

} // namespace
