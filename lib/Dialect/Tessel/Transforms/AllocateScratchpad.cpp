//===- AllocateScratchpad.cpp - Temporaries packed into one arena ---------===//

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "tessel/Dialect/Tessel/Transforms/Passes.h"
#include "tessel/Scratchpad/Packing.h"

#include "llvm/ADT/DenseMap.h"

namespace mlir::tessel {
#define GEN_PASS_DEF_TESSELALLOCATESCRATCHPAD
#include "tessel/Dialect/Tessel/Transforms/Passes.h.inc"
} // namespace mlir::tessel

using namespace mlir;
using namespace mlir::tessel;

namespace {

struct Candidate {
  memref::AllocOp alloc;
  scratchpad::Buffer buffer;
};

/// Bytes of a statically shaped, identity-layout memref of whole-byte
/// elements, or 0 if it cannot live in an arena.
int64_t arenaBytes(MemRefType type) {
  if (!type.hasStaticShape() || !type.getLayout().isIdentity() ||
      type.getMemorySpace() || !type.getElementType().isIntOrFloat() ||
      type.getElementTypeBitWidth() % 8 != 0)
    return 0;
  return type.getNumElements() * type.getElementTypeBitWidth() / 8;
}

struct TesselAllocateScratchpadPass
    : tessel::impl::TesselAllocateScratchpadBase<TesselAllocateScratchpadPass> {
  using TesselAllocateScratchpadBase::TesselAllocateScratchpadBase;

  /// Temporaries of `block` with their live intervals in op positions.
  SmallVector<Candidate> collect(Block &block) {
    llvm::DenseMap<Operation *, int64_t> position;
    int64_t index = 0;
    for (Operation &op : block)
      position[&op] = index++;
    SmallVector<Candidate> candidates;
    for (Operation &op : block) {
      auto alloc = dyn_cast<memref::AllocOp>(op);
      if (!alloc)
        continue;
      int64_t bytes = arenaBytes(alloc.getType());
      if (bytes == 0)
        continue;
      // The last use in the block, following views (subviews, casts) of
      // the buffer to their uses.
      int64_t last = position[alloc];
      bool escapes = false;
      SmallVector<Value> aliases = {alloc.getResult()};
      while (!aliases.empty() && !escapes) {
        Value alias = aliases.pop_back_val();
        for (Operation *user : alias.getUsers()) {
          Operation *inBlock = block.findAncestorOpInBlock(*user);
          // Results and yielded buffers outlive the block; deallocations
          // are left to buffer-deallocation-pipeline.
          if (!inBlock || inBlock->hasTrait<OpTrait::IsTerminator>() ||
              isa<memref::DeallocOp>(user)) {
            escapes = true;
            break;
          }
          last = std::max(last, position[inBlock]);
          if (isa<ViewLikeOpInterface>(user))
            llvm::append_range(aliases, user->getResults());
        }
      }
      if (escapes)
        continue;
      candidates.push_back(
          {alloc, {position[alloc], last + 1, bytes, int64_t(alignment)}});
    }
    return candidates;
  }

  LogicalResult allocate(Block &block) {
    SmallVector<Candidate> candidates = collect(block);
    if (candidates.size() < 2)
      return success();
    std::vector<scratchpad::Buffer> buffers;
    for (const Candidate &c : candidates)
      buffers.push_back(c.buffer);
    scratchpad::Packing packing = scratchpad::pack(buffers);
    Operation *anchor = candidates.front().alloc;
    if (budget > 0 && packing.peak > budget)
      return anchor->emitError()
             << "scratchpad budget exceeded: the " << buffers.size()
             << " temporaries of this block need " << packing.peak
             << " bytes at peak (no packing needs less than "
             << scratchpad::liveLowerBound(buffers) << "), the budget is "
             << int64_t(budget) << " bytes";
    if (report)
      anchor->emitRemark() << "scratchpad: " << buffers.size()
                           << " buffers, peak " << packing.peak
                           << " bytes (naive "
                           << scratchpad::naiveBytes(buffers)
                           << ", lower bound "
                           << scratchpad::liveLowerBound(buffers) << ", "
                           << (packing.optimal ? "optimal" : "greedy") << ")";

    OpBuilder b(&getContext());
    b.setInsertionPointToStart(&block);
    Location loc = anchor->getLoc();
    auto arenaType = MemRefType::get({packing.peak}, b.getI8Type());
    Value arena = memref::AllocOp::create(b, loc, arenaType,
                                          b.getI64IntegerAttr(alignment));
    for (auto [candidate, offset] : llvm::zip(candidates, packing.offsets)) {
      memref::AllocOp alloc = candidate.alloc;
      b.setInsertionPoint(alloc);
      Value shift = arith::ConstantIndexOp::create(b, alloc.getLoc(), offset);
      Value view = memref::ViewOp::create(b, alloc.getLoc(), alloc.getType(),
                                          arena, shift, ValueRange{});
      alloc.replaceAllUsesWith(view);
      alloc.erase();
    }
    return success();
  }

  void runOnOperation() override {
    SmallVector<Block *> blocks;
    getOperation()->walk([&](Block *block) { blocks.push_back(block); });
    for (Block *block : blocks)
      if (failed(allocate(*block)))
        return signalPassFailure();
  }
};

} // namespace
