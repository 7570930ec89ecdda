//===- AllocateScratchpad.cpp - Temporaries packed into one scratchpad ----===//
//
// Two kinds of scratchpad, one packing (tessel/Scratchpad/Packing.h):
//   - host: the temporaries of a block become views into one arena
//     allocated at the start of the block;
//   - GPU shared memory: the workgroup buffers of a gpu.launch become views
//     into its dynamic shared memory, whose size the pass sets. Threads of a
//     block run apart, so two buffers may share bytes only if a block-wide
//     barrier separates the last use of one from the first use of the other:
//     liveness is counted in barrier epochs, not in ops.
//
//===----------------------------------------------------------------------===//

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "tessel/Codegen/Common/Passes.h"
#include "tessel/Scratchpad/Packing.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/Support/MathExtras.h"

namespace mlir::tessel {
#define GEN_PASS_DEF_TESSELALLOCATESCRATCHPAD
#include "tessel/Codegen/Common/Passes.h.inc"
} // namespace mlir::tessel

using namespace mlir;
using namespace mlir::tessel;

namespace {

struct Candidate {
  memref::AllocOp alloc;
  scratchpad::Buffer buffer;
};

/// Bytes of a statically shaped, identity-layout memref of whole-byte
/// elements, or 0 if it cannot be a view into a byte buffer.
int64_t viewableBytes(MemRefType type) {
  if (!type.hasStaticShape() || !type.getLayout().isIdentity() ||
      !type.getElementType().isIntOrFloat() ||
      type.getElementTypeBitWidth() % 8 != 0)
    return 0;
  return type.getNumElements() * type.getElementTypeBitWidth() / 8;
}

/// The first and last positions (of ops of `block`, by `position`) at which
/// `buffer` or a view of it is used; none if it escapes the block: it is
/// yielded, returned or turned into a value that is not a view (a tensor).
/// Deallocations are not uses.
std::optional<std::pair<int64_t, int64_t>>
usedRange(Value buffer, Block &block,
          const llvm::DenseMap<Operation *, int64_t> &position) {
  int64_t first = std::numeric_limits<int64_t>::max(), last = -1;
  SmallVector<Value> aliases = {buffer};
  while (!aliases.empty()) {
    Value alias = aliases.pop_back_val();
    for (Operation *user : alias.getUsers()) {
      if (isa<memref::DeallocOp>(user))
        continue;
      Operation *inBlock = block.findAncestorOpInBlock(*user);
      if (!inBlock || user->hasTrait<OpTrait::IsTerminator>())
        return std::nullopt;
      if (isa<ViewLikeOpInterface>(user)) {
        llvm::append_range(aliases, user->getResults());
      } else if (llvm::any_of(user->getResultTypes(),
                              llvm::IsaPred<TensorType, BaseMemRefType>)) {
        return std::nullopt;
      }
      int64_t at = position.lookup(inBlock);
      first = std::min(first, at);
      last = std::max(last, at);
    }
  }
  if (last < 0)
    return std::make_pair(position.lookup(buffer.getDefiningOp()),
                          position.lookup(buffer.getDefiningOp()));
  return std::make_pair(first, last);
}

std::vector<scratchpad::Buffer> buffersOf(ArrayRef<Candidate> candidates) {
  std::vector<scratchpad::Buffer> buffers;
  for (const Candidate &c : candidates)
    buffers.push_back(c.buffer);
  return buffers;
}

/// The largest alignment among `buffers` (a power of two): an offset that
/// it divides can start the packing.
int64_t strictestAlignment(const std::vector<scratchpad::Buffer> &buffers) {
  int64_t strictest = 1;
  for (const scratchpad::Buffer &buffer : buffers)
    strictest = std::max(strictest, buffer.alignment);
  return strictest;
}

/// "N buffers, peak P bytes (naive S, lower bound L, optimal)".
std::string describe(const std::vector<scratchpad::Buffer> &buffers,
                     const scratchpad::Packing &packing) {
  return std::to_string(buffers.size()) + " buffers, peak " +
         std::to_string(packing.peak) + " bytes (naive " +
         std::to_string(scratchpad::naiveBytes(buffers)) + ", lower bound " +
         std::to_string(scratchpad::liveLowerBound(buffers)) + ", " +
         (packing.optimal ? "optimal" : "greedy") + ")";
}

/// The deallocations of `buffer` or of a view of it.
SmallVector<Operation *> deallocationsOf(Value buffer) {
  SmallVector<Operation *> result;
  SmallVector<Value> aliases = {buffer};
  while (!aliases.empty()) {
    Value alias = aliases.pop_back_val();
    for (Operation *user : alias.getUsers()) {
      if (isa<memref::DeallocOp>(user))
        result.push_back(user);
      else if (isa<ViewLikeOpInterface>(user))
        llvm::append_range(aliases, user->getResults());
    }
  }
  return result;
}

/// Replaces every candidate by a view at its offset plus `shift` bytes of
/// the byte buffer `baseFor` gives for its memory space, and erases its
/// deallocations.
void replaceByViews(OpBuilder &b, ArrayRef<Candidate> candidates,
                    const scratchpad::Packing &packing,
                    function_ref<Value(Attribute)> baseFor, int64_t shift) {
  for (auto [candidate, offset] : llvm::zip(candidates, packing.offsets)) {
    memref::AllocOp alloc = candidate.alloc;
    for (Operation *dealloc : deallocationsOf(alloc))
      dealloc->erase();
    Value base = baseFor(alloc.getType().getMemorySpace());
    b.setInsertionPoint(alloc);
    Value at =
        arith::ConstantIndexOp::create(b, alloc.getLoc(), offset + shift);
    Value view = memref::ViewOp::create(b, alloc.getLoc(), alloc.getType(),
                                        base, at, ValueRange{});
    alloc.replaceAllUsesWith(view);
    alloc.erase();
  }
}

struct TesselAllocateScratchpadPass
    : tessel::impl::TesselAllocateScratchpadBase<TesselAllocateScratchpadPass> {
  using TesselAllocateScratchpadBase::TesselAllocateScratchpadBase;

  /// The pass's alignment, or the allocation's where that is stricter.
  int64_t alignmentOf(memref::AllocOp alloc) {
    return std::max<int64_t>(alignment, alloc.getAlignment().value_or(1));
  }

  /// Host temporaries of `block`, live from their allocation to their last
  /// use in the block.
  SmallVector<Candidate> collectTemporaries(Block &block) {
    llvm::DenseMap<Operation *, int64_t> position;
    int64_t index = 0;
    for (Operation &op : block)
      position[&op] = index++;
    SmallVector<Candidate> candidates;
    for (Operation &op : block) {
      auto alloc = dyn_cast<memref::AllocOp>(op);
      if (!alloc || alloc.getType().getMemorySpace())
        continue;
      int64_t bytes = viewableBytes(alloc.getType());
      if (bytes == 0)
        continue;
      auto used = usedRange(alloc, block, position);
      if (!used)
        continue;
      int64_t start = position[alloc];
      int64_t end = std::max(start, used->second) + 1;
      candidates.push_back({alloc, {start, end, bytes, alignmentOf(alloc)}});
    }
    return candidates;
  }

  LogicalResult allocateTemporaries(Block &block) {
    SmallVector<Candidate> candidates = collectTemporaries(block);
    if (candidates.size() < 2)
      return success();
    std::vector<scratchpad::Buffer> buffers = buffersOf(candidates);
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
      anchor->emitRemark() << "scratchpad: " << describe(buffers, packing);

    OpBuilder b(&getContext());
    b.setInsertionPointToStart(&block);
    Location loc = anchor->getLoc();
    auto arenaType = MemRefType::get({packing.peak}, b.getI8Type());
    Value arena = memref::AllocOp::create(
        b, loc, arenaType, b.getI64IntegerAttr(strictestAlignment(buffers)));
    replaceByViews(b, candidates, packing, [&](Attribute) { return arena; }, 0);
    return success();
  }

  /// The workgroup buffers of `launch`, live over the barrier epochs
  /// (top-level gpu.barrier ops of its body passed) in which they are used.
  FailureOr<SmallVector<Candidate>> collectShared(gpu::LaunchOp launch) {
    Block &body = launch.getBody().front();
    llvm::DenseMap<Operation *, int64_t> epoch;
    int64_t barriers = 0;
    for (Operation &op : body) {
      if (isa<gpu::BarrierOp>(op))
        ++barriers;
      epoch[&op] = barriers;
    }
    SmallVector<Candidate> candidates;
    WalkResult walk = launch.getBody().walk([&](memref::AllocOp alloc) {
      MemRefType type = alloc.getType();
      if (!gpu::GPUDialect::hasWorkgroupMemoryAddressSpace(type))
        return WalkResult::advance();
      int64_t bytes = viewableBytes(type);
      if (bytes == 0) {
        alloc.emitError() << "shared-memory buffer " << type
                          << " cannot be placed: it needs a static shape, "
                             "an identity layout and whole-byte elements";
        return WalkResult::interrupt();
      }
      // A buffer that leaves the ops that use it is live throughout.
      auto used = usedRange(alloc, body, epoch);
      auto [first, last] = used.value_or(std::make_pair(int64_t(0), barriers));
      candidates.push_back(
          {alloc, {first, last + 1, bytes, alignmentOf(alloc)}});
      return WalkResult::advance();
    });
    if (walk.wasInterrupted())
      return failure();
    return candidates;
  }

  LogicalResult allocateShared(gpu::LaunchOp launch) {
    FailureOr<SmallVector<Candidate>> candidates = collectShared(launch);
    if (failed(candidates))
      return failure();
    if (candidates->empty())
      return success();
    std::vector<scratchpad::Buffer> buffers = buffersOf(*candidates);
    // Bytes the kernel already takes from dynamic shared memory come first;
    // the packing starts at an offset every buffer's alignment divides.
    int64_t reserved = 0;
    if (Value size = launch.getDynamicSharedMemorySize()) {
      std::optional<int64_t> known = getConstantIntValue(size);
      if (!known)
        return launch.emitError()
               << "shared-memory buffers cannot be placed after a dynamic "
                  "shared memory size that is not a constant";
      reserved = llvm::alignTo(*known, strictestAlignment(buffers));
    }
    scratchpad::Packing packing = scratchpad::pack(buffers);
    int64_t total = reserved + packing.peak;
    if (sharedBudget > 0 && total > sharedBudget)
      return launch.emitError()
             << "shared memory budget exceeded: the " << buffers.size()
             << " buffers of this kernel need " << packing.peak
             << " bytes at peak (no packing needs less than "
             << scratchpad::liveLowerBound(buffers) << ")"
             << (reserved ? " after " + std::to_string(reserved) +
                                " bytes already in use"
                          : std::string())
             << ", the budget is " << int64_t(sharedBudget) << " bytes";
    if (report)
      launch.emitRemark() << "shared memory: " << describe(buffers, packing);

    OpBuilder b(launch);
    Location loc = launch.getLoc();
    launch.getDynamicSharedMemorySizeMutable().assign(
        arith::ConstantIntOp::create(b, loc, b.getI32Type(), total));
    // One byte view of the dynamic shared memory per memory-space attribute
    // the buffers spell their workgroup space with (views keep the space).
    Block &body = launch.getBody().front();
    llvm::DenseMap<Attribute, Value> bases;
    auto baseFor = [&](Attribute memorySpace) {
      Value &base = bases[memorySpace];
      if (!base) {
        OpBuilder::InsertionGuard guard(b);
        b.setInsertionPointToStart(&body);
        base = gpu::DynamicSharedMemoryOp::create(
            b, loc,
            MemRefType::get({ShapedType::kDynamic}, b.getI8Type(), AffineMap(),
                            memorySpace));
      }
      return base;
    };
    replaceByViews(b, *candidates, packing, baseFor, reserved);
    return success();
  }

  void runOnOperation() override {
    SmallVector<gpu::LaunchOp> launches;
    getOperation()->walk([&](gpu::LaunchOp op) { launches.push_back(op); });
    for (gpu::LaunchOp launch : launches)
      if (failed(allocateShared(launch)))
        return signalPassFailure();
    SmallVector<Block *> blocks;
    getOperation()->walk([&](Block *block) { blocks.push_back(block); });
    for (Block *block : blocks)
      if (failed(allocateTemporaries(*block)))
        return signalPassFailure();
  }
};

} // namespace
