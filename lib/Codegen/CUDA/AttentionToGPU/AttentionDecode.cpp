//===- AttentionDecode.cpp - Split-KV decode attention kernels ------------===//
//
// tessel.attention with few query rows against a long key/value cache
// (decoding: one token, or a few for speculative decoding), as
// FlashDecoding does it: the keys are split into `tessel.kv_splits` parts
// so that the card fills even with one sequence, and every K and V row is
// read once for all the query heads that share it.
//
//   1. The split kernel: a block per (split, key/value head and chunk of at
//      most 8 of its query rows, batch), 4 warps. Each warp takes 32 / L
//      keys per step, L lanes per key, each lane D / L values of the key
//      (L = D / 16 for up to 4 rows per block, D / 8 above).
//      Every lane copies its own slices of K and V with cp.async into a ring
//      of `prefetchSteps + 1` steps in shared memory, `prefetchSteps` steps
//      ahead of the step it computes: the bytes in flight do not hold
//      registers, and since a lane reads only what it copied, waiting for
//      its own copies is all the synchronization the loop needs. A lane
//      keeps its slice of every row's query (scaled by
//      log2(e) / sqrt(D)) and of every row's output accumulator; a score is
//      the sum of L lanes' partial dot products (xor shuffles), and the
//      online softmax rescales only when a row's maximum grows. The keys'
//      states meet through shuffles, the warps' through shared memory (a row
//      at a time), and the block writes its rows' unnormalized output,
//      maximum and sum.
//   2. The combine kernel: one to four warps per query row (a warp per
//      eight splits) weigh the splits' partial outputs by exp2(max_s - max)
//      and divide by the weighed sums. A warp walks its run of splits
//      eight at a time, rescaling what it has merged when the maximum
//      grows, so that the loads of eight splits (maxima, sums, the lanes'
//      slices of the outputs) share one round trip; the row's warps merge
//      through shared memory.
//
// Rows without any key (causal, with offsets before the cache) give zeros.
// The partial results live in a temporary f32 buffer of B x Hq x Sq x
// splits x (D + 2) values.
//
//===----------------------------------------------------------------------===//

#include "AttentionKernels.h"
#include "Epilogue.h"
#include "KernelBuilder.h"
#include "KernelUtils.h"
#include "tessel/Codegen/CUDA/AttentionDecodePlanner.h"
#include "tessel/Codegen/CUDA/TesselToGPU.h"
#include "tessel/Conversion/LoweringUtils.h"
#include "tessel/Dialect/Tessel/IR/ConfigurationAttributes.h"
#include "tessel/Dialect/Tessel/IR/TesselOps.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Bufferization/IR/Bufferization.h"
#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/NVGPU/IR/NVGPUDialect.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"
#include "mlir/IR/PatternMatch.h"

#include <algorithm>
#include <array>
#include <limits>

using namespace mlir;
using namespace mlir::tessel;
using namespace mlir::tessel::lowering;
using namespace mlir::tessel::gpukernel;

namespace {

/// Warps of the combine kernel's block.
constexpr int64_t kCombineWarps = 4;

/// Arithmetic shorthands shared by both kernels.
class DecodeBuilder : protected KernelBuilder {
public:
  DecodeBuilder(OpBuilder &b, Location loc) : KernelBuilder(b, loc) {}

protected:
  Value fadd(Value x, Value y) { return arith::AddFOp::create(b, loc, x, y); }
  Value fsub(Value x, Value y) { return arith::SubFOp::create(b, loc, x, y); }
  Value fmul(Value x, Value y) { return arith::MulFOp::create(b, loc, x, y); }
  Value fmax(Value x, Value y) {
    return arith::MaximumFOp::create(b, loc, x, y);
  }
  Value minusInfinity() {
    return f32(-std::numeric_limits<double>::infinity());
  }
  Value exp2(Value x) { return approximateExp2(b, loc, x); }
  /// exp2(m - max), 0 for a state without keys (m = -inf; max may be -inf
  /// too, where m - max is NaN).
  Value weight(Value m, Value max) {
    Value empty = arith::CmpFOp::create(b, loc, arith::CmpFPredicate::OEQ, m,
                                        minusInfinity());
    return select(empty, f32(0), exp2(fsub(m, max)));
  }
  Value splat(Value scalar, int64_t n) {
    return vector::BroadcastOp::create(
        b, loc, VectorType::get({n}, scalar.getType()), scalar);
  }
  Value fma(Value a, Value x, Value acc) {
    return vector::FMAOp::create(b, loc, a, x, acc);
  }
  Value sum(Value vector) {
    return vector::ReductionOp::create(b, loc, vector::CombiningKind::ADD,
                                       vector);
  }
  Value shuffleXor(Value v, int32_t offset) {
    return gpu::ShuffleOp::create(b, loc, v, offset, kWarp,
                                  gpu::ShuffleMode::XOR)
        .getShuffleResult();
  }
};

/// One row's online-softmax state in a lane: the running maximum (of
/// log2(e)-scaled scores), the running sum, and the lane's slice of the
/// unnormalized output.
struct RowState {
  Value max, sum, acc;
};

/// The split kernel's body.
class SplitKernel : DecodeBuilder {
public:
  /// `key` and `value` are the cache [B, Hkv, Skv, D], or for a paged plan
  /// the pools [P, PS, Hkv, D] read through `table` [B, M] and `lengths`
  /// [B] (both i32; `offset` is then unused).
  SplitKernel(OpBuilder &b, Location loc, const AttentionDecodePlan &plan,
              const DecodeSizes &sizes, Value query, Value key, Value value,
              Value offset, Value table, Value lengths, Value partialAcc,
              Value partialMax, Value partialSum)
      : DecodeBuilder(b, loc), plan(plan), sizes(sizes), query(query), key(key),
        value(value), offset(offset), table(table), lengths(lengths),
        partialAcc(partialAcc), partialMax(partialMax), partialSum(partialSum),
        cache{table, plan.pageSize, plan.pages, plan.keys},
        slice(plan.getSlice()) {}

  void emit(Launch launch) {
    auto blockIds = launch.op.getBlockIds();
    split = blockIds.x;
    kvHead = div(blockIds.y, index(plan.getRowChunks()));
    Value chunk = rem(blockIds.y, index(plan.getRowChunks()));
    batch = blockIds.z;
    lane = launch.lane;
    warp = launch.warp;
    for (int32_t offset = 1; offset < plan.lanesPerKey; offset *= 2)
      keyLaneOffsets.push_back(offset);
    readLength();
    thread = add(mul(warp, index(kWarp)), lane);
    keyGroup = div(lane, index(plan.lanesPerKey));
    part = rem(lane, index(plan.lanesPerKey));
    for (int64_t r = 0; r < plan.rowsPerBlock; ++r) {
      Value row = add(mul(chunk, index(plan.rowsPerBlock)), index(r));
      Value queryHead =
          add(mul(kvHead, index(plan.group)), div(row, index(plan.queries)));
      Value queryIndex = rem(row, index(plan.queries));
      heads.push_back(queryHead);
      queryRows.push_back(queryIndex);
      // Keys j <= i + offset are visible to query i.
      lastKeys.push_back(add(queryIndex, offset));
      if (plan.window > 0)
        windowEnds.push_back(
            arith::SubIOp::create(b, loc, lastKeys.back(), index(plan.window)));
      Value q = loadSlice(query, {batch, queryHead, queryIndex});
      queries.push_back(fmul(q, splat(f32(plan.scaleLog2), slice)));
    }

    SmallVector<RowState> states;
    for (int64_t r = 0; r < plan.rowsPerBlock; ++r)
      states.push_back({minusInfinity(), f32(0), splat(f32(0), slice)});
    states = keyLoop(states);
    states = combineKeyGroups(states);
    combineWarpsAndStore(states);
  }

private:
  Type f32Type() { return b.getF32Type(); }

  Value cmp(arith::CmpIPredicate predicate, Value x, Value y) {
    return arith::CmpIOp::create(b, loc, predicate, x, y);
  }
  Value both(Value x, Value y) { return arith::AndIOp::create(b, loc, x, y); }

  /// The keys this block's sequence has, and the keys of its split. A
  /// contiguous cache has all of them, but a causal op reads none past the
  /// last row's (Sq + offset, clamped to [0, Skv]): a decode step at
  /// position p of a static cache reads p + 1 keys, not the cache. A paged
  /// sequence has its length, clamped to [0, the table's capacity] (the
  /// op's contract), and its queries are its last tokens (causal offset
  /// length - Sq). A window starts at row 0's first key. The splits share
  /// the steps between (ceil(steps / splits) each, whole steps), so that a
  /// step at an early position of a long cache still fills the card; a
  /// split past them has no step.
  void readLength() {
    int64_t step = plan.getKeysPerStep();
    if (!plan.isPaged()) {
      length = sizes.keys;
      if (plan.causal) {
        Value needed = arith::MaxSIOp::create(
            b, loc, add(offset, index(plan.queries)), index(0));
        length = arith::MinSIOp::create(b, loc, needed, length);
      }
    } else {
      length = cache.readLength(b, loc, lengths, batch);
      offset = arith::SubIOp::create(b, loc, length, index(plan.queries));
    }
    Value start = index(0);
    if (plan.window > 0) {
      Value firstKey =
          arith::SubIOp::create(b, loc, offset, index(plan.window - 1));
      start = arith::MinSIOp::create(
          b, loc,
          arith::MaxSIOp::create(
              b, loc,
              mul(arith::FloorDivSIOp::create(b, loc, firstKey, index(step)),
                  index(step)),
              index(0)),
          length);
    }
    Value allSteps = arith::CeilDivUIOp::create(
        b, loc, arith::SubIOp::create(b, loc, length, start), index(step));
    Value stepsPerSplit =
        arith::CeilDivUIOp::create(b, loc, allSteps, index(plan.splits));
    splitFirstKey = add(start, mul(split, mul(stepsPerSplit, index(step))));
    // ceil((length - the split's first key) / step), at most its share.
    Value left = arith::SubIOp::create(
        b, loc, arith::MaxSIOp::create(b, loc, length, splitFirstKey),
        splitFirstKey);
    steps = arith::MinUIOp::create(
        b, loc, arith::CeilDivUIOp::create(b, loc, left, index(step)),
        stepsPerSplit);
  }

  /// A log2-scaled score soft-capped: with c = cap * log2(e), c * tanh(s /
  /// c) is log2(e) times the cap applied to the natural-scale score.
  Value softcap(Value score) {
    Value cap = f32(plan.softcap * llvm::numbers::log2e);
    return fmul(cap, math::TanhOp::create(
                         b, loc, arith::DivFOp::create(b, loc, score, cap)));
  }

  /// Where key `keyIndex` of this block's sequence lives (the indices of its
  /// row in K and V but the column) and whether it is one: inside the
  /// sequence and, when paged, on a page of the pools. Rows of keys that are
  /// not are clamped into the buffers (never read: their copies are
  /// zero-filled, their scores masked).
  std::pair<SmallVector<Value>, Value> keyRow(Value keyIndex) {
    if (!plan.isPaged()) {
      // max(keys, 1) - 1: a run-time cache may be empty.
      Value last = arith::SubIOp::create(
          b, loc, arith::MaxUIOp::create(b, loc, sizes.keys, index(1)),
          index(1));
      Value source = arith::MinUIOp::create(b, loc, keyIndex, last);
      return {{batch, kvHead, source},
              cmp(arith::CmpIPredicate::ult, keyIndex, length)};
    }
    return cache.rowOf(b, loc, cache.entryOf(b, loc, batch, keyIndex), keyIndex,
                       length, kvHead);
  }

  /// A lane's slice of a row of D values is `chunks()` chunks of 16 bytes
  /// (of the element type), chunk c at columnOf(c): the 8 lanes of a key
  /// take consecutive chunks, so that each copy instruction of a warp reads
  /// whole 128-byte lines.
  Value columnOf(int64_t c) {
    return add(mul(part, index(chunkElements())),
               index(c * plan.lanesPerKey * chunkElements()));
  }

  /// This lane's slice of the row of `buffer` at `indices` (all but the
  /// last), as f32.
  Value loadSlice(Value buffer, ValueRange indices) {
    Type element = cast<MemRefType>(buffer.getType()).getElementType();
    Value result;
    for (int64_t c = 0; c < chunks(); ++c) {
      SmallVector<Value> at(indices);
      at.push_back(columnOf(c));
      Value chunk = vector::LoadOp::create(
          b, loc, VectorType::get({chunkElements()}, element), buffer, at,
          /*nontemporal=*/false, llvm::MaybeAlign(16));
      if (element != f32Type())
        chunk = arith::ExtFOp::create(
            b, loc, VectorType::get({chunkElements()}, f32Type()), chunk);
      result = result ? concat(result, chunk) : chunk;
    }
    return result;
  }

  /// Stores this lane's slice `values` (f32) into the row of `buffer` at
  /// `indices`.
  void storeSlice(Value values, Value buffer, ValueRange indices) {
    for (int64_t c = 0; c < chunks(); ++c) {
      SmallVector<Value> at(indices);
      at.push_back(columnOf(c));
      Value chunk = values;
      if (chunks() > 1)
        chunk = vector::ShuffleOp::create(
            b, loc, values, values,
            llvm::to_vector(llvm::seq<int64_t>(c * chunkElements(),
                                               (c + 1) * chunkElements())));
      vector::StoreOp::create(b, loc, chunk, buffer, at,
                              /*nontemporal=*/false, llvm::MaybeAlign(16));
    }
  }

  /// The key this lane's group takes at `step` (may lie past the split or
  /// the keys).
  Value keyAt(Value step) {
    Value first = add(splitFirstKey, mul(step, index(plan.getKeysPerStep())));
    return add(first, add(mul(warp, index(plan.getKeysPerWarp())), keyGroup));
  }

  /// Elements of one 16-byte copy, and the copies of a lane's slice.
  int64_t chunkElements() const { return 16 / plan.getElementBytes(); }
  int64_t chunks() const { return slice / chunkElements(); }

  /// Starts copying this lane's slices of K and V at `step` into stage
  /// `stage` of the ring, as one group of cp.async copies. Keys past the
  /// split's steps or past the cache are zero-filled without reading
  /// (their scores are masked).
  Value copyStep(Value step, Value stage) {
    auto [row, valid] = keyRow(keyAt(step));
    Value inside = both(cmp(arith::CmpIPredicate::ult, step, steps), valid);
    Value sourceElements = select(inside, index(chunkElements()), index(0));
    auto tokenType = nvgpu::DeviceAsyncTokenType::get(b.getContext());
    SmallVector<Value> copies;
    for (auto [which, buffer] : llvm::enumerate(std::array{key, value}))
      for (int64_t c = 0; c < chunks(); ++c) {
        SmallVector<Value> at(row);
        at.push_back(columnOf(c));
        copies.push_back(nvgpu::DeviceAsyncCopyOp::create(
            b, loc, tokenType, ring,
            ValueRange{stage, index(which), index(c), thread, index(0)}, buffer,
            at, b.getIndexAttr(chunkElements()), sourceElements,
            /*bypassL1=*/b.getUnitAttr()));
      }
    return nvgpu::DeviceAsyncCreateGroupOp::create(b, loc, tokenType, copies);
  }

  /// This lane's slice of K (which = 0) or V (1) in stage `stage`, as f32.
  Value readStage(Value stage, int64_t which) {
    auto chunkType = VectorType::get({chunkElements()}, plan.elementType);
    auto chunkF32 = VectorType::get({chunkElements()}, f32Type());
    Value result;
    for (int64_t c = 0; c < chunks(); ++c) {
      Value raw = vector::LoadOp::create(
          b, loc, chunkType, ring,
          ValueRange{stage, index(which), index(c), thread, index(0)},
          /*nontemporal=*/false, llvm::MaybeAlign(16));
      Value chunk = arith::ExtFOp::create(b, loc, chunkF32, raw);
      result = result ? concat(result, chunk) : chunk;
    }
    return result;
  }

  /// The 1-D vectors x and y, one after the other.
  Value concat(Value x, Value y) {
    int64_t n = cast<VectorType>(x.getType()).getNumElements() +
                cast<VectorType>(y.getType()).getNumElements();
    return vector::ShuffleOp::create(b, loc, x, y,
                                     llvm::to_vector(llvm::seq<int64_t>(0, n)));
  }

  SmallVector<Value> flatten(ArrayRef<RowState> states) {
    SmallVector<Value> values;
    for (const RowState &s : states)
      values.append({s.max, s.sum, s.acc});
    return values;
  }
  SmallVector<RowState> unflatten(ValueRange values) {
    SmallVector<RowState> states;
    for (size_t i = 0; i + 2 < values.size(); i += 3)
      states.push_back({values[i], values[i + 1], values[i + 2]});
    return states;
  }

  /// The steps over the split's keys: step s + prefetchSteps is copied
  /// while step s is computed.
  SmallVector<RowState> keyLoop(ArrayRef<RowState> initial) {
    int64_t ahead = plan.prefetchSteps;
    int64_t stages = plan.getStages();
    // The ring: [stage][K or V][16-byte chunk][thread], so that a warp's
    // lanes read consecutive 16 bytes of one chunk (no bank conflicts).
    ring = sharedBuffer(
        b, loc, {stages, 2, chunks(), kWarp * plan.warps, chunkElements()},
        plan.elementType, 16);
    for (int64_t s = 0; s < ahead; ++s)
      copyStep(index(s), index(s % stages));
    auto loop = scf::ForOp::create(b, loc, index(0), this->steps, index(1),
                                   flatten(initial));
    OpBuilder::InsertionGuard guard(b);
    b.setInsertionPointToStart(loop.getBody());
    Value step = loop.getInductionVar();
    ValueRange args = loop.getRegionIterArgs();
    Value aheadStep = add(step, index(ahead));
    Value group = copyStep(aheadStep, rem(aheadStep, index(stages)));
    // All groups but the newest `ahead` have landed: this step's too. (The
    // stage being refilled was read in the step before; a lane's reads and
    // copies touch only its own slots.)
    nvgpu::DeviceAsyncWaitOp::create(b, loc, group, b.getI32IntegerAttr(ahead));
    SmallVector<RowState> states = unflatten(args);
    Value stage = rem(step, index(stages));
    Value k = readStage(stage, 0);
    Value v = readStage(stage, 1);
    Value keyIndex = keyAt(step);
    Value inKeys = keyRow(keyIndex).second;
    for (int64_t r = 0; r < plan.rowsPerBlock; ++r) {
      Value partial = sum(fmul(queries[r], k));
      Value score =
          reduceAcrossLanes(b, loc, partial, keyLaneOffsets,
                            [&](Value x, Value y) { return fadd(x, y); });
      if (plan.softcap > 0)
        score = softcap(score);
      Value visible = inKeys;
      if (plan.causal)
        visible = both(visible,
                       cmp(arith::CmpIPredicate::sle, keyIndex, lastKeys[r]));
      if (plan.window > 0)
        visible = both(visible,
                       cmp(arith::CmpIPredicate::sgt, keyIndex, windowEnds[r]));
      states[r] = update(states[r], score, v, visible);
    }
    scf::YieldOp::create(b, loc, flatten(states));
    return unflatten(loop.getResults());
  }

  /// The state after one more key (its score, log2-scaled, and its V
  /// slice), where it is visible.
  RowState update(const RowState &state, Value score, Value v, Value visible) {
    Value max = select(visible, fmax(state.max, score), state.max);
    // The output and sum so far are rescaled only when the maximum grows
    // (rarely, after the first keys).
    Value grows = arith::CmpFOp::create(b, loc, arith::CmpFPredicate::OGT, max,
                                        state.max);
    auto ifGrows = scf::IfOp::create(
        b, loc, TypeRange{f32Type(), state.acc.getType()}, grows,
        /*withElseRegion=*/true);
    {
      OpBuilder::InsertionGuard guard(b);
      b.setInsertionPointToStart(ifGrows.thenBlock());
      Value correction = exp2(fsub(state.max, max));
      scf::YieldOp::create(
          b, loc,
          ValueRange{fmul(state.sum, correction),
                     fmul(state.acc, splat(correction, slice))});
      b.setInsertionPointToStart(ifGrows.elseBlock());
      scf::YieldOp::create(b, loc, ValueRange{state.sum, state.acc});
    }
    Value p = select(visible, exp2(fsub(score, max)), f32(0));
    return {max, fadd(ifGrows.getResult(0), p),
            fma(splat(p, slice), v, ifGrows.getResult(1))};
  }

  /// Two states of one row merged.
  RowState merge(const RowState &x, const RowState &y) {
    Value max = fmax(x.max, y.max);
    Value wx = weight(x.max, max), wy = weight(y.max, max);
    return {max, fadd(fmul(x.sum, wx), fmul(y.sum, wy)),
            fma(splat(wy, slice), y.acc, fmul(x.acc, splat(wx, slice)))};
  }

  /// The key groups of each warp merged (every group ends with the warp's
  /// state).
  SmallVector<RowState> combineKeyGroups(SmallVector<RowState> states) {
    for (int32_t offset = plan.lanesPerKey; offset < kWarp; offset *= 2) {
      for (RowState &state : states) {
        SmallVector<Value> other;
        for (int64_t e = 0; e < slice; ++e)
          other.push_back(shuffleXor(
              vector::ExtractOp::create(b, loc, state.acc, e), offset));
        RowState theirs{
            shuffleXor(state.max, offset), shuffleXor(state.sum, offset),
            vector::FromElementsOp::create(
                b, loc, VectorType::get({slice}, f32Type()), other)};
        state = merge(state, theirs);
      }
    }
    return states;
  }

  /// The warps' states meet in shared memory, a row at a time; the first
  /// warp's first key group merges them and writes the block's partial
  /// result of the row.
  void combineWarpsAndStore(ArrayRef<RowState> states) {
    int64_t warps = plan.warps;
    Value sharedAcc = sharedBuffer(b, loc, {warps, plan.depth}, f32Type(), 16);
    Value sharedMax = sharedBuffer(b, loc, {warps}, f32Type(), 16);
    Value sharedSum = sharedBuffer(b, loc, {warps}, f32Type(), 16);
    Value firstGroup = arith::CmpIOp::create(b, loc, arith::CmpIPredicate::eq,
                                             keyGroup, index(0));
    Value firstLane =
        arith::CmpIOp::create(b, loc, arith::CmpIPredicate::eq, lane, index(0));
    Value firstWarp =
        arith::CmpIOp::create(b, loc, arith::CmpIPredicate::eq, warp, index(0));
    Value merger = arith::AndIOp::create(b, loc, firstWarp, firstGroup);
    for (int64_t r = 0; r < plan.rowsPerBlock; ++r) {
      if (r > 0)
        gpu::BarrierOp::create(b, loc);
      {
        auto ifFirst = scf::IfOp::create(b, loc, firstGroup);
        OpBuilder::InsertionGuard guard(b);
        b.setInsertionPointToStart(ifFirst.thenBlock());
        storeSlice(states[r].acc, sharedAcc, warp);
        auto ifLane = scf::IfOp::create(b, loc, firstLane);
        b.setInsertionPointToStart(ifLane.thenBlock());
        memref::StoreOp::create(b, loc, states[r].max, sharedMax, warp);
        memref::StoreOp::create(b, loc, states[r].sum, sharedSum, warp);
      }
      gpu::BarrierOp::create(b, loc);
      auto ifMerge = scf::IfOp::create(b, loc, merger);
      OpBuilder::InsertionGuard guard(b);
      b.setInsertionPointToStart(ifMerge.thenBlock());
      auto stateOf = [&](int64_t w) {
        return RowState{memref::LoadOp::create(b, loc, sharedMax, index(w)),
                        memref::LoadOp::create(b, loc, sharedSum, index(w)),
                        loadSlice(sharedAcc, index(w))};
      };
      RowState merged = stateOf(0);
      for (int64_t w = 1; w < warps; ++w)
        merged = merge(merged, stateOf(w));
      SmallVector<Value> rowAt{batch, heads[r], queryRows[r], split};
      storeSlice(merged.acc, partialAcc, rowAt);
      auto ifLane = scf::IfOp::create(b, loc, firstLane);
      b.setInsertionPointToStart(ifLane.thenBlock());
      memref::StoreOp::create(b, loc, merged.max, partialMax, rowAt);
      memref::StoreOp::create(b, loc, merged.sum, partialSum, rowAt);
    }
  }

  const AttentionDecodePlan &plan;
  DecodeSizes sizes;
  Value query, key, value, offset, table, lengths, partialAcc, partialMax,
      partialSum;
  /// The keys of this block's sequence, and the steps of its split that
  /// hold any of them.
  Value length, steps;
  /// The split's first key.
  Value splitFirstKey;
  /// How a paged plan reads its pools.
  PagedCache cache;
  /// Values of a key (and of a query row) per lane.
  int64_t slice;
  Value split, kvHead, batch, lane, warp, thread, keyGroup, part;
  /// The xor shuffles that sum a score over the lanes of its key.
  SmallVector<int32_t> keyLaneOffsets;
  /// The ring of K and V steps in shared memory.
  Value ring;
  SmallVector<Value> heads, queryRows, lastKeys, windowEnds, queries;
};

/// The combine kernel's body: a block of kCombineWarps warps takes
/// kCombineWarps / W query rows, W = getCombineWarpsPerRow(splits) warps a
/// row.
class CombineKernel : DecodeBuilder {
public:
  /// `rows`: the query rows, B x Hq x Sq (an index value).
  CombineKernel(OpBuilder &b, Location loc, const AttentionDecodePlan &plan,
                Value rows, Value partialAcc, Value partialMax,
                Value partialSum, Value out)
      : DecodeBuilder(b, loc), plan(plan), rows(rows), partialAcc(partialAcc),
        partialMax(partialMax), partialSum(partialSum), out(out),
        slice(plan.depth / kWarp),
        warpsPerRow(getCombineWarpsPerRow(plan.splits)) {}

  void emit(Launch launch) {
    int64_t rowsPerBlock = kCombineWarps / warpsPerRow;
    Value part = rem(launch.warp, index(warpsPerRow));
    Value row = add(mul(launch.op.getBlockIds().x, index(rowsPerBlock)),
                    div(launch.warp, index(warpsPerRow)));
    // Rows past the last (of the last block) read the last and store
    // nothing: every warp reaches the block's barrier.
    Value rowExists =
        arith::CmpIOp::create(b, loc, arith::CmpIPredicate::ult, row, rows);
    row = arith::MinUIOp::create(b, loc, row,
                                 arith::SubIOp::create(b, loc, rows, index(1)));
    Value perBatch = index(plan.heads * plan.queries);
    Value batch = div(row, perBatch);
    Value head = div(rem(row, perBatch), index(plan.queries));
    Value queryIndex = rem(row, index(plan.queries));
    column = mul(launch.lane, index(slice));
    at = {batch, head, queryIndex};

    // The warp's run of splits, walked kDecodeCombineUnroll at a time with
    // an online rescaling, so that the loads of a group (maxima, sums and
    // the lane's slices) are independent: a round trip per group.
    int64_t perWarp = llvm::divideCeil(plan.splits, warpsPerRow);
    Value first = mul(part, index(perWarp));
    Value end = arith::MinUIOp::create(b, loc, add(first, index(perWarp)),
                                       index(plan.splits));
    int64_t group = std::min(perWarp, kDecodeCombineUnroll);
    State state{minusInfinity(), f32(0), splat(f32(0), slice)};
    auto loop = scf::ForOp::create(b, loc, index(0), index(perWarp),
                                   index(group), state.flatten());
    {
      OpBuilder::InsertionGuard guard(b);
      b.setInsertionPointToStart(loop.getBody());
      Value s0 = add(first, loop.getInductionVar());
      State next = mergeGroup(State::unflatten(loop.getRegionIterArgs()), s0,
                              end, group);
      scf::YieldOp::create(b, loc, next.flatten());
    }
    state = State::unflatten(loop.getResults());

    if (warpsPerRow > 1)
      state = mergeWarps(launch, state, part);

    // A row without keys has sum 0: zeros, not NaN.
    Value empty = arith::CmpFOp::create(b, loc, arith::CmpFPredicate::OEQ,
                                        state.sum, f32(0));
    Value inverse =
        select(empty, f32(0), arith::DivFOp::create(b, loc, f32(1), state.sum));
    Value result = fmul(state.acc, splat(inverse, slice));
    Value stored = arith::TruncFOp::create(
        b, loc, VectorType::get({slice}, plan.elementType), result);
    Value stores = rowExists;
    if (warpsPerRow > 1)
      stores = arith::AndIOp::create(
          b, loc, stores,
          arith::CmpIOp::create(b, loc, arith::CmpIPredicate::eq, part,
                                index(0)));
    auto ifStores = scf::IfOp::create(b, loc, stores);
    OpBuilder::InsertionGuard guard(b);
    b.setInsertionPointToStart(ifStores.thenBlock());
    vector::StoreOp::create(b, loc, stored, out,
                            ValueRange{batch, head, queryIndex, column});
  }

private:
  /// A run of splits merged: their largest maximum, and the sum and the
  /// lane's slice of the output weighed by exp2(max_s - max).
  struct State {
    Value max, sum, acc;
    SmallVector<Value> flatten() const { return {max, sum, acc}; }
    static State unflatten(ValueRange v) { return {v[0], v[1], v[2]}; }
  };

  SmallVector<Value> atSplit(Value s) {
    SmallVector<Value> indices(at);
    indices.push_back(s);
    return indices;
  }

  /// `state` merged with splits s0 .. s0 + count - 1 that are below `end`.
  State mergeGroup(State state, Value s0, Value end, int64_t count) {
    auto vectorType = VectorType::get({slice}, b.getF32Type());
    SmallVector<State> states{state};
    for (int64_t j = 0; j < count; ++j) {
      Value s = add(s0, index(j));
      Value exists =
          arith::CmpIOp::create(b, loc, arith::CmpIPredicate::ult, s, end);
      // A split past the run reads the run's last (in bounds), as -inf.
      SmallVector<Value> indices =
          atSplit(arith::MinUIOp::create(b, loc, s, sub1(end)));
      Value m = memref::LoadOp::create(b, loc, partialMax, indices);
      Value sum = memref::LoadOp::create(b, loc, partialSum, indices);
      indices.push_back(column);
      Value acc = vector::LoadOp::create(
          b, loc, vectorType, partialAcc, indices, /*nontemporal=*/false,
          llvm::MaybeAlign(std::min<int64_t>(16, slice * 4)));
      states.push_back({select(exists, m, minusInfinity()), sum, acc});
    }
    return merge(states);
  }

  /// States merged: the largest maximum, and the sums and slices weighed by
  /// exp2(max_i - max).
  State merge(ArrayRef<State> states) {
    Value max = states.front().max;
    for (const State &state : states.drop_front())
      max = fmax(max, state.max);
    Value first = weight(states.front().max, max);
    State merged{max, fmul(states.front().sum, first),
                 fmul(states.front().acc, splat(first, slice))};
    for (const State &state : states.drop_front()) {
      Value w = weight(state.max, max);
      merged.sum = fadd(merged.sum, fmul(w, state.sum));
      merged.acc = fma(splat(w, slice), state.acc, merged.acc);
    }
    return merged;
  }

  /// The row's warps' states merged (through shared memory), in every warp
  /// of the row.
  State mergeWarps(Launch launch, State state, Value part) {
    Value accs = sharedBuffer(b, loc, {kCombineWarps, plan.depth},
                              b.getF32Type(), /*alignment=*/16);
    // Each warp's maximum and sum.
    Value stats = sharedBuffer(b, loc, {kCombineWarps, 2}, b.getF32Type(),
                               /*alignment=*/16);
    auto alignment = llvm::MaybeAlign(std::min<int64_t>(16, slice * 4));
    Value warp = launch.warp;
    vector::StoreOp::create(b, loc, state.acc, accs, ValueRange{warp, column},
                            /*nontemporal=*/false, alignment);
    memref::StoreOp::create(b, loc, state.max, stats,
                            ValueRange{warp, index(0)});
    memref::StoreOp::create(b, loc, state.sum, stats,
                            ValueRange{warp, index(1)});
    gpu::BarrierOp::create(b, loc);
    Value firstWarp = arith::SubIOp::create(b, loc, warp, part);
    SmallVector<State> states;
    for (int64_t w = 0; w < warpsPerRow; ++w) {
      Value at = add(firstWarp, index(w));
      states.push_back(
          {memref::LoadOp::create(b, loc, stats, ValueRange{at, index(0)}),
           memref::LoadOp::create(b, loc, stats, ValueRange{at, index(1)}),
           vector::LoadOp::create(
               b, loc, VectorType::get({slice}, b.getF32Type()), accs,
               ValueRange{at, column}, /*nontemporal=*/false, alignment)});
    }
    return merge(states);
  }

  Value sub1(Value v) { return arith::SubIOp::create(b, loc, v, index(1)); }

  const AttentionDecodePlan &plan;
  Value rows, partialAcc, partialMax, partialSum, out;
  int64_t slice, warpsPerRow;
  /// The row's [batch, head, query] and the lane's first column.
  SmallVector<Value> at;
  Value column;
};

/// The buffers the kernels read, of a contiguous or a paged op.
struct DecodeInputs {
  Value query, key, value;
  /// The causal offset of a contiguous op (null: Skv - Sq).
  Value offset;
  /// The block table and lengths of a paged op.
  Value table, lengths;
};

/// The plan's sizes: constants, or those of the buffers where the plan's
/// batch or key count is given at run time.
DecodeSizes decodeSizes(OpBuilder &b, Location loc,
                        const AttentionDecodePlan &plan, Value query,
                        Value key) {
  DecodeSizes sizes{indexConst(b, loc, plan.batch),
                    indexConst(b, loc, plan.keys)};
  if (plan.dynamicBatch)
    sizes.batch = memref::DimOp::create(b, loc, query, 0);
  if (plan.dynamicKeys)
    sizes.keys = memref::DimOp::create(b, loc, key, 2);
  return sizes;
}

/// Replaces `op` (configured with `tessel.kv_splits`) by the split and
/// combine kernels.
LogicalResult rewriteAsDecodeKernels(Operation *op, DecodeInputs inputs,
                                     PatternRewriter &rewriter) {
  auto splits = op->getAttrOfType<IntegerAttr>(kKVSplitsAttrName);
  if (!splits)
    return rewriter.notifyMatchFailure(op, "not configured for decoding");
  std::string whyNot;
  FailureOr<AttentionDecodePlan> maybePlan =
      planAttentionDecode(op, splits.getInt(), /*prefetchSteps=*/-1, &whyNot);
  if (failed(maybePlan))
    return rewriter.notifyMatchFailure(op, whyNot);
  const AttentionDecodePlan &plan = *maybePlan;
  Location loc = op->getLoc();
  auto buffer = [&](Value v) {
    return v ? readOnlyBuffer(rewriter, loc, v) : Value();
  };
  Value query = buffer(inputs.query), key = buffer(inputs.key),
        value = buffer(inputs.value), table = buffer(inputs.table),
        lengths = buffer(inputs.lengths);
  DecodeSizes sizes = decodeSizes(rewriter, loc, plan, query, key);
  Value offset = inputs.offset;
  if (!offset)
    offset = arith::SubIOp::create(rewriter, loc, sizes.keys,
                                   indexConst(rewriter, loc, plan.queries));
  Type f32 = rewriter.getF32Type();
  int64_t batch = plan.dynamicBatch ? ShapedType::kDynamic : plan.batch;
  SmallVector<Value> batchSizes;
  if (plan.dynamicBatch)
    batchSizes.push_back(sizes.batch);
  SmallVector<int64_t> rowShape{batch, plan.heads, plan.queries, plan.splits};
  SmallVector<int64_t> accShape(rowShape);
  accShape.push_back(plan.depth);
  Value partialAcc = memref::AllocOp::create(
      rewriter, loc, MemRefType::get(accShape, f32), batchSizes);
  Value partialMax = memref::AllocOp::create(
      rewriter, loc, MemRefType::get(rowShape, f32), batchSizes);
  Value partialSum = memref::AllocOp::create(
      rewriter, loc, MemRefType::get(rowShape, f32), batchSizes);
  auto resultType = cast<RankedTensorType>(op->getResult(0).getType());
  Value out = memref::AllocOp::create(
      rewriter, loc,
      MemRefType::get(resultType.getShape(), resultType.getElementType()),
      batchSizes);
  // A run-time batch of 0 gives empty grids, which the runtime does not
  // launch.
  auto index = [&](int64_t v) { return indexConst(rewriter, loc, v); };
  {
    OpBuilder::InsertionGuard guard(rewriter);
    Launch launch = createLaunch(
        rewriter, loc,
        ValueRange{index(plan.splits),
                   index(plan.kvHeads * plan.getRowChunks()), sizes.batch},
        plan.warps);
    if (plan.tensorCores)
      emitAttentionDecodeMMA(rewriter, loc, launch, plan, sizes, query, key,
                             value, offset, table, lengths, partialAcc,
                             partialMax, partialSum);
    else
      SplitKernel(rewriter, loc, plan, sizes, query, key, value, offset, table,
                  lengths, partialAcc, partialMax, partialSum)
          .emit(launch);
  }
  {
    OpBuilder::InsertionGuard guard(rewriter);
    int64_t rowsPerBlock = kCombineWarps / getCombineWarpsPerRow(plan.splits);
    Value rows = arith::MulIOp::create(rewriter, loc, sizes.batch,
                                       index(plan.heads * plan.queries));
    Value blocks =
        arith::CeilDivUIOp::create(rewriter, loc, rows, index(rowsPerBlock));
    Launch launch = createLaunch(
        rewriter, loc, ValueRange{blocks, index(1), index(1)}, kCombineWarps);
    CombineKernel(rewriter, loc, plan, rows, partialAcc, partialMax, partialSum,
                  out)
        .emit(launch);
  }
  Value result = bufferization::ToTensorOp::create(rewriter, loc, resultType,
                                                   out, rewriter.getUnitAttr(),
                                                   rewriter.getUnitAttr());
  replaceWithKernelResult(rewriter, op, std::nullopt, result);
  return success();
}

struct AttentionDecodeToGPU : OpRewritePattern<AttentionOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(AttentionOp op,
                                PatternRewriter &rewriter) const override {
    return rewriteAsDecodeKernels(
        op, {op.getQuery(), op.getKey(), op.getValue(), op.getOffset(), {}, {}},
        rewriter);
  }
};

/// The same kernels reading the pages through the block table: the page
/// gathers are folded into the K and V copies.
struct PagedAttentionDecodeToGPU : OpRewritePattern<PagedAttentionOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(PagedAttentionOp op,
                                PatternRewriter &rewriter) const override {
    return rewriteAsDecodeKernels(op,
                                  {op.getQuery(), op.getKeyPages(),
                                   op.getValuePages(), Value(),
                                   op.getBlockTable(), op.getSeqLens()},
                                  rewriter);
  }
};

} // namespace

void mlir::tessel::populateAttentionDecodeToGPUPatterns(
    RewritePatternSet &patterns) {
  patterns.add<AttentionDecodeToGPU, PagedAttentionDecodeToGPU>(
      patterns.getContext());
}
