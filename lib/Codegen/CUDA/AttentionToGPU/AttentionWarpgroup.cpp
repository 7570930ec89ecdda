//===- AttentionWarpgroup.cpp - Attention on sm_90: wgmma, TMA, producer --===//
//
// tessel.attention (f16 or bf16, head dimensions 64 to 256) as one Hopper
// kernel, planned by AttentionWarpgroupPlanner.h (which describes the
// schedule). Shared memory, from a 1024-byte aligned base (the period of
// the 128-byte swizzle, which TMA writes and wgmma reads by address):
//
//   Q     consumers x D/64 panels of [64 rows][64 columns]
//   K     stages x D/64 panels of [keyBlock rows][64 columns]
//   V     stages x Dv/64 panels of [keyBlock rows][64 columns]
//   mbarriers: Q full; K full, K empty, V full, V empty per stage
//   under a block mask: the kept steps' count, how many of them need no
//   index comparisons, and the kept steps (i32 each)
//
// A panel row is 128 bytes; TMA stores 16-byte chunk c of row r at chunk
// c ^ (r % 8). wgmma reads the panels through matrix descriptors: Q and K
// K-major (8-row groups 1024 bytes apart, a 16-column step 32 bytes on), V
// MN-major for the transposed B of P V (16-key steps 2048 bytes on, panels
// of Dv one panel apart).
//
// Step i of the key loop uses slot i % stages; the n-th use of a slot waits
// for phase n of its full barrier (parity n & 1), and the producer waits
// for phase n - 1 of its empty barrier (parity (n & 1) ^ 1, which a fresh
// barrier passes at once).
//
// A consumer thread holds the wgmma accumulator fragments: warp w of the
// warpgroup rows 16 w .. 16 w + 15, lane (g, t) rows g and g + 8 and
// columns 8 n + 2 t + {0, 1} of each 8-column slice n, as in mma.sync. The
// S fragments of keys 16 k .. 16 k + 15 are the register A operand of the
// P V step k.
//
// Query rows past the end are zero-filled by TMA and not stored; K and V
// rows past the end are zero-filled and their scores masked.
//
// Under a block mask the block's rows lie in one row of the mask and a
// step's keys in one of its columns (the planner sees to it). Warp 0 lists
// the steps that row keeps before the roles split; the producer and the
// consumers then walk the list (step i of the loop is the i-th kept step),
// so a dropped block costs neither a copy nor a wait.
//
// Ping-pong (plan.pingPong, with the softmax overlapped): consumer c issues
// each step's products only after bar.sync on named barrier 1 + c, and
// arrives on barrier 1 + (c + 1) % C once they are issued, so the
// consumers issue in turn (the last one arrives on barrier 1 first) and
// one's softmax runs while the next one's products do. Every consumer
// walks the same steps, so the turns pair up.
//
//===----------------------------------------------------------------------===//

#include "AttentionKernels.h"
#include "Epilogue.h"
#include "KernelUtils.h"
#include "Warpgroup.h"
#include "tessel/Codegen/CUDA/AttentionWarpgroupPlanner.h"
#include "tessel/Codegen/CUDA/TesselToGPU.h"
#include "tessel/Conversion/LoweringUtils.h"
#include "tessel/Dialect/Tessel/IR/ConfigurationAttributes.h"
#include "tessel/Dialect/Tessel/IR/TesselOps.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Bufferization/IR/Bufferization.h"
#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/Dialect/LLVMIR/NVVMDialect.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/NVGPU/IR/NVGPUDialect.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"
#include "mlir/IR/PatternMatch.h"

#include <cmath>
#include <limits>

using namespace mlir;
using namespace mlir::tessel;
using namespace mlir::tessel::lowering;
using namespace mlir::tessel::gpukernel;

namespace {

/// The tensor maps (device pointers) of Q, K and V.
struct TensorMaps {
  Value query, key, value;
};

class WarpgroupKernel {
public:
  WarpgroupKernel(OpBuilder &b, Location loc,
                  const AttentionWarpgroupPlan &plan, TensorMaps maps,
                  Value blockMask, Value offset, Value out,
                  const ElementwiseEpilogue *epilogue = nullptr)
      : b(b), loc(loc), plan(plan), maps(maps), blockMask(blockMask),
        offset(offset), out(out), epilogue(epilogue), ctx(b.getContext()) {}

  void emit(Launch launch) {
    auto blockIds = launch.op.getBlockIds();
    Value thread = launch.op.getThreadIds().x;
    lane = launch.lane;
    warpgroup =
        arith::DivUIOp::create(b, loc, thread, index(kWarpgroupThreads));
    createSharedMemory(thread);

    // Heavy causal blocks (the last query rows) start first.
    Value queryBlock = sub(index(plan.getQueryBlocks() - 1), blockIds.x);
    query0 = mul(queryBlock, index(plan.getBlockRows()));
    head = blockIds.y;
    batch = blockIds.z;
    kvHead =
        arith::DivUIOp::create(b, loc, head, index(plan.heads / plan.kvHeads));
    computeKeyRange();
    if (plan.blockSparse)
      listKeptSteps(thread);

    Value isProducer = arith::CmpIOp::create(b, loc, arith::CmpIPredicate::eq,
                                             warpgroup, index(0));
    auto roles = scf::IfOp::create(b, loc, isProducer, /*withElse=*/true);
    {
      OpBuilder::InsertionGuard guard(b);
      b.setInsertionPointToStart(roles.thenBlock());
      // One consumer has its registers at launch (256 threads).
      if (plan.consumers > 1)
        setMaxRegisters(kProducerRegisters, /*increase=*/false);
      Value first = arith::CmpIOp::create(b, loc, arith::CmpIPredicate::eq,
                                          thread, index(0));
      auto ifFirst = scf::IfOp::create(b, loc, first);
      b.setInsertionPointToStart(ifFirst.thenBlock());
      emitProducer();
    }
    {
      OpBuilder::InsertionGuard guard(b);
      b.setInsertionPointToStart(roles.elseBlock());
      if (plan.consumers > 1)
        setMaxRegisters(consumerRegisters(plan.consumers), /*increase=*/true);
      emitConsumer(thread);
    }
  }

private:
  Value index(int64_t v) { return indexConst(b, loc, v); }
  Value i32(int64_t v) {
    return arith::ConstantIntOp::create(b, loc, b.getI32Type(), v);
  }
  Value i64(int64_t v) {
    return arith::ConstantIntOp::create(b, loc, b.getI64Type(), v);
  }
  Value f32(double v) { return f32Const(b, loc, v); }
  Value add(Value x, Value y) { return arith::AddIOp::create(b, loc, x, y); }
  Value sub(Value x, Value y) { return arith::SubIOp::create(b, loc, x, y); }
  Value mul(Value x, Value y) { return arith::MulIOp::create(b, loc, x, y); }
  Value toI32(Value v) {
    return arith::IndexCastOp::create(b, loc, b.getI32Type(), v);
  }
  Value clamp(Value v, Value lo, Value hi) {
    return arith::MinSIOp::create(b, loc, arith::MaxSIOp::create(b, loc, v, lo),
                                  hi);
  }

  int64_t queryPanels() const { return plan.depth / kPanelColumns; }
  int64_t valuePanels() const { return plan.valueDepth / kPanelColumns; }

  //===--------------------------------------------------------------------===//
  // Shared memory
  //===--------------------------------------------------------------------===//

  /// One byte buffer for everything; `base` is its first 1024-byte aligned
  /// address (a 32-bit shared-window address).
  void createSharedMemory(Value thread) {
    base = alignedSharedBase(b, loc, plan.getSharedBytes());
    keyRing = plan.getQueryTileBytes();
    valueRing = keyRing + plan.stages * plan.getKeyStepBytes();
    barriers = valueRing + plan.stages * plan.getValueStepBytes();
    keptList = barriers + 8 * (1 + 4 * plan.stages);

    // The first thread sets up the barriers: one arrival (the producer's,
    // with the bytes it expects) completes a full barrier; one per
    // consumer warp an empty one.
    Value thread0 = arith::CmpIOp::create(b, loc, arith::CmpIPredicate::eq,
                                          thread, index(0));
    auto ifFirst = scf::IfOp::create(b, loc, thread0);
    {
      OpBuilder::InsertionGuard guard(b);
      b.setInsertionPointToStart(ifFirst.thenBlock());
      Value consumerWarps = i32(plan.consumers * 4);
      NVVM::MBarrierInitOp::create(b, loc, pointer(queryFull()), i32(1),
                                   Value());
      for (int64_t s = 0; s < plan.stages; ++s) {
        Value slot = index(s);
        NVVM::MBarrierInitOp::create(b, loc, pointer(keyFull(slot)), i32(1),
                                     Value());
        NVVM::MBarrierInitOp::create(b, loc, pointer(valueFull(slot)), i32(1),
                                     Value());
        NVVM::MBarrierInitOp::create(b, loc, pointer(keyEmpty(slot)),
                                     consumerWarps, Value());
        NVVM::MBarrierInitOp::create(b, loc, pointer(valueEmpty(slot)),
                                     consumerWarps, Value());
      }
      NVVM::FenceMbarrierInitOp::create(b, loc);
    }
    gpu::BarrierOp::create(b, loc);
  }

  /// base + bytes (i32).
  Value at(int64_t bytes) { return add(base, i32(bytes)); }
  Value at(int64_t bytes, Value slot, int64_t slotBytes) {
    return add(at(bytes), mul(toI32(slot), i32(slotBytes)));
  }
  Value queryFull() { return at(barriers); }
  Value keyFull(Value slot) { return at(barriers + 8, slot, 8); }
  Value keyEmpty(Value slot) {
    return at(barriers + 8 * (1 + plan.stages), slot, 8);
  }
  Value valueFull(Value slot) {
    return at(barriers + 8 * (1 + 2 * plan.stages), slot, 8);
  }
  Value valueEmpty(Value slot) {
    return at(barriers + 8 * (1 + 3 * plan.stages), slot, 8);
  }
  /// Panel `panel` of consumer `consumer`'s Q tile.
  Value queryPanel(Value consumer, int64_t panel) {
    return add(
        at(panel * AttentionWarpgroupPlan::panelBytes(kWarpgroupRows)),
        mul(toI32(consumer), i32(plan.getQueryTileBytes() / plan.consumers)));
  }
  Value keyPanel(Value slot, int64_t panel) {
    return add(at(keyRing, slot, plan.getKeyStepBytes()),
               i32(panel * AttentionWarpgroupPlan::panelBytes(plan.keyBlock)));
  }
  Value valueSlot(Value slot) {
    return at(valueRing, slot, plan.getValueStepBytes());
  }

  Value pointer(Value address) { return sharedPointer(b, loc, address); }

  //===--------------------------------------------------------------------===//
  // Synchronization
  //===--------------------------------------------------------------------===//

  void setMaxRegisters(int32_t count, bool increase) {
    gpukernel::setMaxRegisters(b, loc, count, increase);
  }
  void wait(Value barrier, Value parity) {
    waitBarrier(b, loc, barrier, parity);
  }
  void arrive(Value barrier) { arriveBarrier(b, loc, barrier); }
  void expectBytes(Value barrier, int64_t bytes) {
    gpukernel::expectBytes(b, loc, barrier, bytes);
  }
  void copyBox(Value map, Value destination, ArrayRef<Value> coordinates,
               Value barrier) {
    copyTensorBox(b, loc, map, destination, coordinates, barrier);
  }

  //===--------------------------------------------------------------------===//
  // The producer
  //===--------------------------------------------------------------------===//

  /// Key blocks [0, end) of the block's queries; [0, full) need no index
  /// comparisons (under causal masking, those every row sees whole). `end`
  /// is the block's, the same for every consumer: each must release every
  /// slot the producer fills, or the producer waits for ever. (A consumer
  /// may have its own `full`.)
  void computeKeyRange() {
    int64_t keyBlocks = llvm::divideCeil(plan.keys, plan.keyBlock);
    int64_t wholeBlocks = plan.keys / plan.keyBlock;
    end = index(keyBlocks);
    full = index(wholeBlocks);
    if (plan.causal) {
      // Keys up to query0 + rows - 1 + offset are seen by some row, keys up
      // to query0 + offset by all.
      Value last = add(query0, offset);
      end = clamp(arith::CeilDivSIOp::create(
                      b, loc, add(last, index(plan.getBlockRows())),
                      index(plan.keyBlock)),
                  index(0), end);
      full = clamp(arith::FloorDivSIOp::create(b, loc, add(last, index(1)),
                                               index(plan.keyBlock)),
                   index(0), arith::MinSIOp::create(b, loc, end, full));
    }
  }

  /// The producer's first thread: Q once, then K and V of every step into
  /// the ring as slots free up.
  void emitProducer() {
    expectBytes(queryFull(), plan.getQueryTileBytes());
    for (int64_t c = 0; c < plan.consumers; ++c)
      for (int64_t p = 0; p < queryPanels(); ++p)
        copyBox(maps.query, queryPanel(index(c), p),
                {index(p * kPanelColumns),
                 add(query0, index(c * kWarpgroupRows)), head, batch},
                queryFull());
    auto loop = scf::ForOp::create(b, loc, index(0), end, index(1));
    OpBuilder::InsertionGuard guard(b);
    b.setInsertionPointToStart(loop.getBody());
    Value step = loop.getInductionVar();
    auto [slot, parity] = slotOf(step);
    Value key0 = firstKey(step);
    Value freeParity = arith::XOrIOp::create(b, loc, parity, i32(1));
    wait(keyEmpty(slot), freeParity);
    expectBytes(keyFull(slot), plan.getKeyStepBytes());
    for (int64_t p = 0; p < queryPanels(); ++p)
      copyBox(maps.key, keyPanel(slot, p),
              {index(p * kPanelColumns), key0, kvHead, batch}, keyFull(slot));
    wait(valueEmpty(slot), freeParity);
    expectBytes(valueFull(slot), plan.getValueStepBytes());
    for (int64_t p = 0; p < valuePanels(); ++p)
      copyBox(maps.value,
              add(valueSlot(slot),
                  i32(p * AttentionWarpgroupPlan::panelBytes(plan.keyBlock))),
              {index(p * kPanelColumns), key0, kvHead, batch}, valueFull(slot));
  }

  /// The first key of loop step `step`: of the step-th kept block under a
  /// block mask.
  Value firstKey(Value step) {
    Value keyStep = step;
    if (plan.blockSparse) {
      Value entry = add(at(keptList + 8), mul(toI32(step), i32(4)));
      keyStep = arith::IndexCastOp::create(
          b, loc, b.getIndexType(),
          LLVM::LoadOp::create(b, loc, b.getI32Type(), pointer(entry)));
    }
    return mul(keyStep, index(plan.keyBlock));
  }

  /// Under a block mask: warp 0 lists the steps in [0, end) that the
  /// block's mask row keeps, 32 lanes and kScanSteps steps a lane at a
  /// time (the mask loads first, then the ballots); then `end` and `full`
  /// become the list's length and the number of its entries below `full`.
  void listKeptSteps(Value thread) {
    constexpr int64_t kScanSteps = 4;
    Value keySteps = index(plan.getKeySteps());
    Value maskBatch = plan.maskBatch == 1 ? index(0) : batch;
    Value maskHead = plan.maskHeads == 1 ? index(0) : head;
    Value maskRow =
        arith::DivUIOp::create(b, loc, query0, index(plan.maskRows));
    Value warp0 = arith::CmpIOp::create(b, loc, arith::CmpIPredicate::ult,
                                        thread, index(kWarp));
    auto ifWarp0 = scf::IfOp::create(b, loc, warp0);
    {
      OpBuilder::InsertionGuard guard(b);
      b.setInsertionPointToStart(ifWarp0.thenBlock());
      Value allLanes = i32(-1);
      Value below = NVVM::LaneMaskLtOp::create(b, loc, b.getI32Type());
      auto popc = [&](Value word) {
        return LLVM::CtPopOp::create(b, loc, b.getI32Type(), word);
      };
      auto loop =
          scf::ForOp::create(b, loc, index(0), end, index(kWarp * kScanSteps),
                             ValueRange{i32(0), i32(0)});
      OpBuilder::InsertionGuard loopGuard(b);
      b.setInsertionPointToStart(loop.getBody());
      Value count = loop.getRegionIterArgs()[0];
      Value fullCount = loop.getRegionIterArgs()[1];
      SmallVector<Value> steps, kept;
      for (int64_t u = 0; u < kScanSteps; ++u) {
        Value step = add(loop.getInductionVar(), add(index(kWarp * u), lane));
        Value inRange =
            arith::CmpIOp::create(b, loc, arith::CmpIPredicate::ult, step, end);
        // Lanes past the end read the last step's entry and drop it.
        Value column = arith::DivUIOp::create(
            b, loc,
            mul(arith::MinUIOp::create(b, loc, step, sub(keySteps, index(1))),
                index(plan.keyBlock)),
            index(plan.maskColumns));
        Value bit = memref::LoadOp::create(
            b, loc, blockMask,
            ValueRange{maskBatch, maskHead, maskRow, column});
        steps.push_back(step);
        kept.push_back(arith::AndIOp::create(b, loc, bit, inRange));
      }
      for (int64_t u = 0; u < kScanSteps; ++u) {
        Value ballot =
            NVVM::VoteSyncOp::create(b, loc, b.getI32Type(), allLanes, kept[u],
                                     NVVM::VoteSyncKind::ballot);
        Value before = popc(arith::AndIOp::create(b, loc, ballot, below));
        auto ifKept = scf::IfOp::create(b, loc, kept[u]);
        {
          OpBuilder::InsertionGuard keptGuard(b);
          b.setInsertionPointToStart(ifKept.thenBlock());
          Value entry =
              add(at(keptList + 8),
                  mul(arith::AddIOp::create(b, loc, count, before), i32(4)));
          LLVM::StoreOp::create(b, loc, toI32(steps[u]), pointer(entry));
        }
        Value whole = arith::AndIOp::create(
            b, loc, kept[u],
            arith::CmpIOp::create(b, loc, arith::CmpIPredicate::ult, steps[u],
                                  full));
        Value wholeBallot =
            NVVM::VoteSyncOp::create(b, loc, b.getI32Type(), allLanes, whole,
                                     NVVM::VoteSyncKind::ballot);
        count = arith::AddIOp::create(b, loc, count, popc(ballot));
        fullCount = arith::AddIOp::create(b, loc, fullCount, popc(wholeBallot));
      }
      scf::YieldOp::create(b, loc, ValueRange{count, fullCount});
      b.setInsertionPointAfter(loop);
      auto ifLane0 = scf::IfOp::create(
          b, loc,
          arith::CmpIOp::create(b, loc, arith::CmpIPredicate::eq, lane,
                                index(0)));
      b.setInsertionPointToStart(ifLane0.thenBlock());
      LLVM::StoreOp::create(b, loc, loop.getResult(0), pointer(at(keptList)));
      LLVM::StoreOp::create(b, loc, loop.getResult(1),
                            pointer(at(keptList + 4)));
    }
    gpu::BarrierOp::create(b, loc);
    auto readCount = [&](int64_t bytes) -> Value {
      return arith::IndexCastOp::create(
          b, loc, b.getIndexType(),
          LLVM::LoadOp::create(b, loc, b.getI32Type(),
                               pointer(at(keptList + bytes))));
    };
    end = readCount(0);
    full = readCount(4);
  }

  /// Step `step`'s slot of the ring and the parity of its use.
  std::pair<Value, Value> slotOf(Value step) {
    Value slot = arith::RemUIOp::create(b, loc, step, index(plan.stages));
    Value use = arith::DivUIOp::create(b, loc, step, index(plan.stages));
    Value parity = arith::AndIOp::create(b, loc, toI32(use), i32(1));
    return {slot, parity};
  }

  //===--------------------------------------------------------------------===//
  // The consumers
  //===--------------------------------------------------------------------===//

  void emitConsumer(Value thread) {
    consumer = sub(warpgroup, index(1));
    Value inGroup =
        arith::RemUIOp::create(b, loc, thread, index(kWarpgroupThreads));
    Value warp = arith::DivUIOp::create(b, loc, inGroup, index(kWarp));
    Value g = arith::DivUIOp::create(b, loc, lane, index(4));
    t = arith::RemUIOp::create(b, loc, lane, index(4));
    Value row0 = add(add(query0, mul(consumer, index(kWarpgroupRows))),
                     add(mul(warp, index(16)), g));
    for (int64_t h = 0; h < 2; ++h) {
      rows[h] = add(row0, index(8 * h));
      rowValid[h] = arith::CmpIOp::create(b, loc, arith::CmpIPredicate::ult,
                                          rows[h], index(plan.queries));
    }
    firstLane =
        arith::CmpIOp::create(b, loc, arith::CmpIPredicate::eq, lane, index(0));
    if (epilogue) {
      // The fused consumers' operands are read after the last step; asking
      // for them now brings them into L2 meanwhile. A quad covers its two
      // rows, a quarter of each per lane.
      Value quarter = mul(t, index(plan.valueDepth / 4));
      for (int64_t h = 0; h < 2; ++h)
        epilogue->prefetchToL2(
            b, loc,
            ValueRange{batch, head,
                       arith::MinUIOp::create(b, loc, rows[h],
                                              index(plan.queries - 1)),
                       quarter});
    }
    wait(queryFull(), i32(0));
    if (plan.pingPong)
      startTurns();

    RowState state;
    state.acc.assign(plan.valueDepth / 2, f32(0));
    for (int64_t h = 0; h < 2; ++h) {
      state.max[h] = f32(-std::numeric_limits<double>::infinity());
      state.sum[h] = f32(0);
    }
    bool anyMasked = plan.causal || plan.keys % plan.keyBlock != 0;
    if (plan.overlapSoftmax) {
      state = overlappedKeyLoops(state, anyMasked);
    } else {
      state = keyLoop(index(0), full, state, /*masked=*/false);
      if (anyMasked)
        state = keyLoop(full, end, state, /*masked=*/true);
    }
    store(state);
  }

  RowState keyLoop(Value from, Value to, const RowState &state, bool masked) {
    auto loop = scf::ForOp::create(b, loc, from, to, index(1), state.flatten());
    OpBuilder::InsertionGuard guard(b);
    b.setInsertionPointToStart(loop.getBody());
    RowState next =
        keyStep(loop.getInductionVar(),
                RowState::unflatten(loop.getRegionIterArgs()), masked);
    scf::YieldOp::create(b, loc, next.flatten());
    return RowState::unflatten(loop.getResults());
  }

  Value descriptor(Value address, int64_t leading, int64_t stride) {
    return matrixDescriptor(b, loc, address, leading, stride);
  }

  Type accumulatorType(int64_t n) {
    return LLVM::LLVMStructType::getLiteral(
        ctx, SmallVector<Type>(n / 2, b.getF32Type()));
  }

  NVVM::WGMMATypes wgmmaType() const {
    return plan.elementType.isBF16() ? NVVM::WGMMATypes::bf16
                                     : NVVM::WGMMATypes::f16;
  }

  /// Issues S = Q K[slot]^T as one committed group of D / 16 wgmma of
  /// 64 x keyBlock x 16, both operands in shared memory (after a
  /// wgmma.fence: the caller's registers are in place). Returns the
  /// accumulator struct, to be read after the group completes.
  Value issueScores(Value slot) {
    Type type = accumulatorType(plan.keyBlock);
    Value acc = LLVM::PoisonOp::create(b, loc, type);
    auto element = NVVM::WGMMATypesAttr::get(ctx, wgmmaType());
    for (int64_t k = 0; k < plan.depth / 16; ++k) {
      int64_t panel = k / 4, within = (k % 4) * kStepBytes;
      Value a = descriptor(add(queryPanel(consumer, panel), i32(within)),
                           /*leading=*/16, /*stride=*/kSwizzlePeriod);
      Value bDesc = descriptor(add(keyPanel(slot, panel), i32(within)),
                               /*leading=*/16, /*stride=*/kSwizzlePeriod);
      acc = NVVM::WgmmaMmaAsyncOp::create(
          b, loc, type, acc, a, bDesc,
          NVVM::MMAShapeAttr::get(ctx, 64, plan.keyBlock, 16), element, element,
          NVVM::WGMMATypesAttr::get(ctx, NVVM::WGMMATypes::f32),
          NVVM::WGMMAScaleOutAttr::get(ctx, k == 0 ? NVVM::WGMMAScaleOut::zero
                                                   : NVVM::WGMMAScaleOut::one),
          NVVM::WGMMAScaleInAttr::get(ctx, NVVM::WGMMAScaleIn::one),
          NVVM::WGMMAScaleInAttr::get(ctx, NVVM::WGMMAScaleIn::one),
          NVVM::MMALayoutAttr::get(ctx, NVVM::MMALayout::row),
          NVVM::MMALayoutAttr::get(ctx, NVVM::MMALayout::col),
          NVVM::MMAIntOverflowAttr());
    }
    NVVM::WgmmaGroupSyncAlignedOp::create(b, loc);
    return acc;
  }

  /// S tile n's 4 values per lane, once the group that computed `acc` has
  /// completed.
  SmallVector<SmallVector<Value, 4>> extractScores(Value acc) {
    SmallVector<SmallVector<Value, 4>> x(plan.keyBlock / 8);
    for (int64_t n = 0; n < plan.keyBlock / 8; ++n) {
      for (int64_t e = 0; e < 4; ++e)
        x[n].push_back(LLVM::ExtractValueOp::create(b, loc, acc, 4 * n + e));
      fenceOperands(x[n]);
    }
    return x;
  }

  /// S = Q K[slot]^T alone, its use `parity` of the slot: waits for K,
  /// computes S, and frees the slot (the warp is done reading K).
  SmallVector<SmallVector<Value, 4>> scoresInOrder(Value slot, Value parity,
                                                   bool takeTurn = false) {
    wait(keyFull(slot), parity);
    if (takeTurn)
      awaitTurn();
    NVVM::WgmmaFenceAlignedOp::create(b, loc);
    Value scores = issueScores(slot);
    if (takeTurn)
      passTurn();
    waitForGroups(0);
    SmallVector<SmallVector<Value, 4>> x = extractScores(scores);
    arriveFromFirstLane(keyEmpty(slot));
    return x;
  }

  //===--------------------------------------------------------------------===//
  // Ping-pong: named barriers 1 .. C, each of 256 threads (its consumer's
  // bar.sync and the previous consumer's bar.arrive).
  //===--------------------------------------------------------------------===//

  Value turnBarrier(Value c) { return toI32(add(c, index(1))); }
  Value turnThreads() { return i32(2 * kWarpgroupThreads); }

  /// The last consumer hands the first turn to consumer 0.
  void startTurns() {
    Value last = arith::CmpIOp::create(b, loc, arith::CmpIPredicate::eq,
                                       consumer, index(plan.consumers - 1));
    auto ifLast = scf::IfOp::create(b, loc, last);
    OpBuilder::InsertionGuard guard(b);
    b.setInsertionPointToStart(ifLast.thenBlock());
    NVVM::BarrierArriveOp::create(b, loc, i32(1), turnThreads());
  }
  /// Waits for this consumer's turn to issue products.
  void awaitTurn() {
    if (plan.pingPong)
      NVVM::BarrierOp::create(b, loc, TypeRange(), turnBarrier(consumer),
                              turnThreads(), NVVM::BarrierReductionAttr(),
                              Value());
  }
  /// Hands the turn to the next consumer.
  void passTurn() {
    if (!plan.pingPong)
      return;
    Value next = arith::RemUIOp::create(b, loc, add(consumer, index(1)),
                                        index(plan.consumers));
    NVVM::BarrierArriveOp::create(b, loc, turnBarrier(next), turnThreads());
  }

  /// Waits until at most `pending` committed wgmma groups are in flight.
  void waitForGroups(int64_t pending) {
    NVVM::WgmmaWaitGroupSyncOp::create(b, loc, b.getI64IntegerAttr(pending));
  }

  /// acc += P V: A (`a`, 4 words of 16-bit pairs) in registers, the 16
  /// keys of V at `keys` in shared memory, MN-major (transposed B).
  void accumulate(SmallVector<Value> &acc, ArrayRef<Value> a, Value keys) {
    wgmmaRegisterA(
        b, loc, plan.elementType, plan.valueDepth, acc, a,
        descriptor(
            keys,
            /*leading=*/AttentionWarpgroupPlan::panelBytes(plan.keyBlock),
            /*stride=*/kSwizzlePeriod),
        /*transposeB=*/true);
  }

  /// The online softmax of one step's scores `x` (key0: its first key)
  /// against the running `state`: the new maxima and sums, P in place of
  /// the scores, and the factor alpha of each row for what O holds so far.
  RowState softmax(SmallVector<SmallVector<Value, 4>> &x, const RowState &state,
                   Value key0, bool masked, Value alpha[2]) {
    ScoreScaling scaling{plan.scaleLog2, plan.softcap};
    Value c = f32(scaling.softmaxFactor());
    if (scaling.appliesFirst())
      for (auto &tile : x)
        for (Value &v : tile)
          v = scaling.apply(b, loc, v);
    if (masked)
      applyMasks(key0, x);
    RowState next = onlineSoftmaxStep(b, loc, x, state, c, alpha);
    next.acc.assign(state.acc.begin(), state.acc.end());
    return next;
  }

  void rescale(SmallVector<Value> &acc, Value alpha[2]) {
    for (size_t i = 0; i < acc.size(); ++i)
      acc[i] = arith::MulFOp::create(b, loc, acc[i], alpha[i % 4 / 2]);
  }

  /// P as the A operands of the keyBlock / 16 steps of P V: 4 words of
  /// 16-bit pairs each (S tiles 2 k and 2 k + 1).
  SmallVector<Value> packProbabilities(SmallVector<SmallVector<Value, 4>> &x) {
    auto word = [&](Value low, Value high) {
      Value pair = packPair(b, loc, plan.elementType, low, high);
      return plan.elementType.isBF16() ? pair : asWord(b, loc, pair);
    };
    SmallVector<Value> words;
    for (int64_t k = 0; k < plan.keyBlock / 16; ++k)
      words.append({word(x[2 * k][0], x[2 * k][1]),
                    word(x[2 * k][2], x[2 * k][3]),
                    word(x[2 * k + 1][0], x[2 * k + 1][1]),
                    word(x[2 * k + 1][2], x[2 * k + 1][3])});
    return words;
  }

  /// Issues O += P V[slot] as one committed group (P: `words`).
  void issueValues(SmallVector<Value> &acc, ArrayRef<Value> words, Value slot) {
    for (int64_t k = 0; k < plan.keyBlock / 16; ++k)
      accumulate(acc, words.slice(4 * k, 4),
                 add(valueSlot(slot), i32(16 * k * kPanelRowBytes)));
    NVVM::WgmmaGroupSyncAlignedOp::create(b, loc);
  }

  /// Once the P V group has completed: O is read from here on, and P's
  /// registers (which wgmma reads asynchronously) stay P's until here.
  void finishValues(SmallVector<Value> &acc, SmallVector<Value> &words,
                    Value slot) {
    fenceOperands(acc);
    fenceOperands(words);
    arriveFromFirstLane(valueEmpty(slot));
  }

  /// One step, in order: S = Q K^T, the online softmax, O = alpha O + P V.
  RowState keyStep(Value step, const RowState &state, bool masked) {
    auto [slot, parity] = slotOf(step);
    Value key0 = firstKey(step);
    SmallVector<SmallVector<Value, 4>> x = scoresInOrder(slot, parity);
    Value alpha[2];
    RowState next = softmax(x, state, key0, masked, alpha);
    rescale(next.acc, alpha);
    // P and the rescaled O are in their registers before the fence.
    SmallVector<Value> words = packProbabilities(x);
    fenceOperands(words);
    fenceOperands(next.acc);
    wait(valueFull(slot), parity);
    NVVM::WgmmaFenceAlignedOp::create(b, loc);
    issueValues(next.acc, words, slot);
    waitForGroups(0);
    finishValues(next.acc, words, slot);
    return next;
  }

  //===--------------------------------------------------------------------===//
  // The consumers, softmax overlapped (FlashAttention-3's intra-warpgroup
  // pipelining): step j issues S_j = Q K_j^T and O += P_{j-1} V_{j-1}
  // together and computes the softmax of S_j while the second group runs.
  // P_{j-1} is carried from step to step; the first step's S and the last
  // step's P V are peeled.
  //===--------------------------------------------------------------------===//

  struct Pending {
    RowState state;
    SmallVector<Value> words;

    SmallVector<Value> flatten() const {
      SmallVector<Value> values = state.flatten();
      values.append(words.begin(), words.end());
      return values;
    }
    static Pending unflatten(ValueRange values, size_t words) {
      return {RowState::unflatten(values.drop_back(words)),
              llvm::to_vector(values.take_back(words))};
    }
  };

  RowState overlappedKeyLoops(const RowState &initial, bool anyMasked) {
    Value any =
        arith::CmpIOp::create(b, loc, arith::CmpIPredicate::sgt, end, index(0));
    SmallVector<Value> initialValues = initial.flatten();
    auto ifAny = scf::IfOp::create(b, loc, ValueRange(initialValues).getTypes(),
                                   any, /*withElse=*/true);
    {
      OpBuilder::InsertionGuard guard(b);
      b.setInsertionPointToStart(ifAny.elseBlock());
      scf::YieldOp::create(b, loc, initialValues);
      b.setInsertionPointToStart(ifAny.thenBlock());
      // Step 0, always compared (it may be on the diagonal or partial).
      Value first = index(0);
      auto [slot, parity] = slotOf(first);
      SmallVector<SmallVector<Value, 4>> x =
          scoresInOrder(slot, parity, /*takeTurn=*/true);
      Value alpha[2];
      Pending pending;
      // O is still zero: no rescaling.
      pending.state =
          softmax(x, initial, firstKey(first), /*masked=*/true, alpha);
      pending.words = packProbabilities(x);
      Value split = arith::MaxSIOp::create(b, loc, full, index(1));
      pending = overlappedLoop(index(1), split, pending, /*masked=*/false);
      if (anyMasked)
        pending = overlappedLoop(split, end, pending, /*masked=*/true);
      // The last step's P V.
      auto [lastSlot, lastParity] = slotOf(sub(end, index(1)));
      fenceOperands(pending.words);
      fenceOperands(pending.state.acc);
      wait(valueFull(lastSlot), lastParity);
      awaitTurn();
      NVVM::WgmmaFenceAlignedOp::create(b, loc);
      issueValues(pending.state.acc, pending.words, lastSlot);
      passTurn();
      waitForGroups(0);
      finishValues(pending.state.acc, pending.words, lastSlot);
      scf::YieldOp::create(b, loc, pending.state.flatten());
    }
    return RowState::unflatten(ifAny.getResults());
  }

  Pending overlappedLoop(Value from, Value to, const Pending &pending,
                         bool masked) {
    size_t words = pending.words.size();
    auto loop =
        scf::ForOp::create(b, loc, from, to, index(1), pending.flatten());
    OpBuilder::InsertionGuard guard(b);
    b.setInsertionPointToStart(loop.getBody());
    Value step = loop.getInductionVar();
    Pending current = Pending::unflatten(loop.getRegionIterArgs(), words);
    auto [slot, parity] = slotOf(step);
    auto [previousSlot, previousParity] = slotOf(sub(step, index(1)));
    fenceOperands(current.words);
    fenceOperands(current.state.acc);
    wait(keyFull(slot), parity);
    Value scores;
    if (plan.pingPong) {
      // Both products are issued in one turn.
      wait(valueFull(previousSlot), previousParity);
      awaitTurn();
      NVVM::WgmmaFenceAlignedOp::create(b, loc);
      scores = issueScores(slot);
      issueValues(current.state.acc, current.words, previousSlot);
      passTurn();
    } else {
      NVVM::WgmmaFenceAlignedOp::create(b, loc);
      scores = issueScores(slot);
      wait(valueFull(previousSlot), previousParity);
      issueValues(current.state.acc, current.words, previousSlot);
    }
    // S_j is done (P V may still run): its softmax overlaps P V.
    waitForGroups(1);
    SmallVector<SmallVector<Value, 4>> x = extractScores(scores);
    arriveFromFirstLane(keyEmpty(slot));
    Value alpha[2];
    Pending next;
    next.state = softmax(x, current.state, firstKey(step), masked, alpha);
    next.words = packProbabilities(x);
    waitForGroups(0);
    finishValues(current.state.acc, current.words, previousSlot);
    next.state.acc = current.state.acc;
    rescale(next.state.acc, alpha);
    scf::YieldOp::create(b, loc, next.flatten());
    return Pending::unflatten(loop.getResults(), words);
  }

  Value fenceOperand(Value value) {
    return gpukernel::fenceOperand(b, loc, value);
  }
  void fenceOperands(MutableArrayRef<Value> values) {
    for (Value &v : values)
      v = fenceOperand(v);
  }

  void arriveFromFirstLane(Value barrier) {
    auto ifFirst = scf::IfOp::create(b, loc, firstLane);
    OpBuilder::InsertionGuard guard(b);
    b.setInsertionPointToStart(ifFirst.thenBlock());
    arrive(barrier);
  }

  /// Scores of keys past the end, and under causal masking of keys after
  /// row + offset, become -inf.
  void applyMasks(Value key0, SmallVector<SmallVector<Value, 4>> &x) {
    Value minusInf = f32(-std::numeric_limits<double>::infinity());
    Value lastKey[2];
    if (plan.causal)
      for (int64_t h = 0; h < 2; ++h)
        lastKey[h] = add(rows[h], offset);
    Value laneKey = add(key0, mul(t, index(2)));
    for (int64_t n = 0; n < plan.keyBlock / 8; ++n)
      for (int64_t e = 0; e < 2; ++e) {
        Value keyIndex = add(laneKey, index(8 * n + e));
        Value outside;
        if (plan.keys % plan.keyBlock != 0)
          outside = arith::CmpIOp::create(b, loc, arith::CmpIPredicate::sge,
                                          keyIndex, index(plan.keys));
        maskKeyScores(b, loc, keyIndex, outside,
                      plan.causal ? ArrayRef<Value>(lastKey)
                                  : ArrayRef<Value>(),
                      /*windowEnds=*/{}, minusInf, x, n, e);
      }
  }

  /// O / l for the thread's rows that exist.
  void store(RowState &state) {
    storeRows(b, loc, state, plan.elementType, plan.valueDepth, t, batch, head,
              rows, rowValid, out, epilogue);
  }

  OpBuilder &b;
  Location loc;
  const AttentionWarpgroupPlan &plan;
  TensorMaps maps;
  Value blockMask, offset, out;
  const ElementwiseEpilogue *epilogue;
  MLIRContext *ctx;
  Value lane, warpgroup, consumer, t, firstLane;
  Value query0, head, batch, kvHead, end, full;
  Value rows[2], rowValid[2];
  /// The aligned base (i32 shared address) and the regions' byte offsets.
  Value base;
  int64_t keyRing = 0, valueRing = 0, barriers = 0, keptList = 0;
};

/// A tensor map of `buffer` (a memref [B, H, S, D]) whose box is `rows`
/// rows of one panel, 128-byte swizzled.
Value createTensorMap(OpBuilder &b, Location loc, Value buffer, int64_t rows) {
  return gpukernel::createTensorMap(b, loc, buffer, {1, 1, rows, kPanelColumns},
                                    /*swizzle128=*/true);
}

struct AttentionToWarpgroupKernel : OpRewritePattern<AttentionOp> {
  AttentionToWarpgroupKernel(MLIRContext *ctx, bool fuseConsumers)
      : OpRewritePattern(ctx, /*benefit=*/2), fuseConsumers(fuseConsumers) {}

  LogicalResult matchAndRewrite(AttentionOp op,
                                PatternRewriter &rewriter) const override {
    auto kind = op->getAttrOfType<StringAttr>(kAttentionKernelAttrName);
    if (!kind || kind.getValue() != "warpgroup")
      return rewriter.notifyMatchFailure(op, "not the warpgroup kernel");
    if (op->hasAttr(kKVSplitsAttrName))
      return rewriter.notifyMatchFailure(op, "configured for decoding");
    std::string whyNot;
    FailureOr<AttentionWarpgroupPlan> maybePlan =
        planAttentionWarpgroup(op, {}, &whyNot);
    if (failed(maybePlan))
      return rewriter.notifyMatchFailure(op, whyNot);
    const AttentionWarpgroupPlan &plan = *maybePlan;
    Location loc = op.getLoc();
    // Elementwise consumers are computed in the kernel's stores; the kernel
    // then goes where the last of them is, after their other inputs.
    std::optional<ElementwiseEpilogue> epilogue;
    if (fuseConsumers)
      epilogue = ElementwiseEpilogue::match(op.getResult());
    if (epilogue)
      rewriter.setInsertionPoint(epilogue->getLastOp());
    Value query = readOnlyBuffer(rewriter, loc, op.getQuery());
    Value key = readOnlyBuffer(rewriter, loc, op.getKey());
    Value value = readOnlyBuffer(rewriter, loc, op.getValue());
    Value blockMask = readOnlyBuffer(rewriter, loc, op.getBlockMask());
    TensorMaps maps = {createTensorMap(rewriter, loc, query, kWarpgroupRows),
                       createTensorMap(rewriter, loc, key, plan.keyBlock),
                       createTensorMap(rewriter, loc, value, plan.keyBlock)};
    Value offset = op.getOffset();
    if (!offset)
      offset = indexConst(rewriter, loc, plan.keys - plan.queries);
    auto resultType = cast<RankedTensorType>(op.getResult().getType());
    if (epilogue) {
      epilogue->createBuffers(rewriter, loc);
      resultType = resultType.clone(epilogue->getElementType());
    }
    Value out = memref::AllocOp::create(
        rewriter, loc,
        MemRefType::get(resultType.getShape(), resultType.getElementType()));
    {
      OpBuilder::InsertionGuard guard(rewriter);
      Launch launch = createLaunch(
          rewriter, loc, {plan.getQueryBlocks(), plan.heads, plan.batch},
          plan.getThreads() / kWarp);
      WarpgroupKernel(rewriter, loc, plan, maps, blockMask, offset, out,
                      epilogue ? &*epilogue : nullptr)
          .emit(launch);
    }
    Value result = bufferization::ToTensorOp::create(
        rewriter, loc, resultType, out, rewriter.getUnitAttr(),
        rewriter.getUnitAttr());
    replaceWithKernelResult(rewriter, op, epilogue, result);
    return success();
  }

  bool fuseConsumers;
};

} // namespace

void mlir::tessel::populateAttentionToWarpgroupPatterns(
    RewritePatternSet &patterns, bool fuseConsumers) {
  // Benefit 2: before the mma.sync kernel (benefit 1), which takes every op
  // this one leaves.
  patterns.add<AttentionToWarpgroupKernel>(patterns.getContext(),
                                           fuseConsumers);
}
