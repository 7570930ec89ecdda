//===- AttentionDecode.cpp - Split-KV decode attention kernels ------------===//
//
// tessel.attention with few query rows against a long key/value cache
// (decoding: one token, or a few for speculative decoding), as
// FlashDecoding does it: the keys are split into `tessel.kv_splits` parts
// so that the card fills even with one sequence, and every K and V row is
// read once for all the query heads that share it.
//
//   1. The split kernel: a block per (split, key/value head and chunk of at
//      most 8 of its query rows, batch), 4 warps. Each warp takes 4 keys per
//      step, 8 lanes per key, each lane D / 8 consecutive values of the key
//      (16-byte loads); the next step's K and V are loaded before this
//      step's math. A lane keeps its slice of every row's query (scaled by
//      log2(e) / sqrt(D)) and of every row's output accumulator; a score is
//      the sum of 8 lanes' partial dot products (3 xor shuffles), and the
//      online softmax rescales only when a row's maximum grows. The 4 keys'
//      states meet through shuffles, the warps' through shared memory, and
//      the block writes its rows' unnormalized output, maximum and sum.
//   2. The combine kernel: a warp per query row weighs the splits' partial
//      outputs by exp2(max_s - max) and divides by the weighed sums.
//
// Rows without any key (causal, with offsets before the cache) give zeros.
// The partial results live in a temporary f32 buffer of B x Hq x Sq x
// splits x (D + 2) values.
//
//===----------------------------------------------------------------------===//

#include "Epilogue.h"
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
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"
#include "mlir/IR/PatternMatch.h"

#include <algorithm>
#include <limits>

using namespace mlir;
using namespace mlir::tessel;
using namespace mlir::tessel::lowering;
using namespace mlir::tessel::gpukernel;

namespace {

/// Lanes that share one key (each holds D / 8 of its values), and the keys
/// a warp takes per step.
constexpr int64_t kLanesPerKey = 8;
constexpr int64_t kKeysPerWarp = kWarp / kLanesPerKey;
/// Query rows the combine kernel's block takes: a warp each.
constexpr int64_t kCombineWarps = 4;

/// Arithmetic shorthands shared by both kernels.
class DecodeBuilder {
public:
  DecodeBuilder(OpBuilder &b, Location loc) : b(b), loc(loc) {}

protected:
  Value index(int64_t v) { return indexConst(b, loc, v); }
  Value f32(double v) { return f32Const(b, loc, v); }
  Value add(Value x, Value y) { return arith::AddIOp::create(b, loc, x, y); }
  Value mul(Value x, Value y) { return arith::MulIOp::create(b, loc, x, y); }
  Value div(Value x, Value y) { return arith::DivUIOp::create(b, loc, x, y); }
  Value rem(Value x, Value y) { return arith::RemUIOp::create(b, loc, x, y); }
  Value fadd(Value x, Value y) { return arith::AddFOp::create(b, loc, x, y); }
  Value fsub(Value x, Value y) { return arith::SubFOp::create(b, loc, x, y); }
  Value fmul(Value x, Value y) { return arith::MulFOp::create(b, loc, x, y); }
  Value fmax(Value x, Value y) {
    return arith::MaximumFOp::create(b, loc, x, y);
  }
  Value select(Value c, Value x, Value y) {
    return arith::SelectOp::create(b, loc, c, x, y);
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

  OpBuilder &b;
  Location loc;
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
  SplitKernel(OpBuilder &b, Location loc, const AttentionDecodePlan &plan,
              Value query, Value key, Value value, Value offset,
              Value partialAcc, Value partialMax, Value partialSum)
      : DecodeBuilder(b, loc), plan(plan), query(query), key(key), value(value),
        offset(offset), partialAcc(partialAcc), partialMax(partialMax),
        partialSum(partialSum), slice(plan.depth / kLanesPerKey) {}

  void emit(Launch launch) {
    auto blockIds = launch.op.getBlockIds();
    split = blockIds.x;
    kvHead = div(blockIds.y, index(plan.getRowChunks()));
    Value chunk = rem(blockIds.y, index(plan.getRowChunks()));
    batch = blockIds.z;
    lane = launch.lane;
    warp = launch.warp;
    keyGroup = div(lane, index(kLanesPerKey));
    Value part = rem(lane, index(kLanesPerKey));
    column = mul(part, index(slice));
    for (int64_t r = 0; r < plan.rowsPerBlock; ++r) {
      Value row = add(mul(chunk, index(plan.rowsPerBlock)), index(r));
      Value queryHead =
          add(mul(kvHead, index(plan.group)), div(row, index(plan.queries)));
      Value queryIndex = rem(row, index(plan.queries));
      heads.push_back(queryHead);
      queryRows.push_back(queryIndex);
      // Keys j <= i + offset are visible to query i.
      lastKeys.push_back(add(queryIndex, offset));
      Value q = loadSlice(query, {batch, queryHead, queryIndex, column});
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

  /// `slice` values of `buffer` at `indices` (the last one the first
  /// column), as f32.
  Value loadSlice(Value buffer, ValueRange indices) {
    Value raw = loadRaw(buffer, indices);
    return arith::ExtFOp::create(b, loc, VectorType::get({slice}, f32Type()),
                                 raw);
  }
  Value loadRaw(Value buffer, ValueRange indices) {
    return vector::LoadOp::create(
        b, loc, VectorType::get({slice}, plan.elementType), buffer, indices,
        /*nontemporal=*/false, llvm::MaybeAlign(16));
  }

  /// The key this lane's group takes at `step` (may lie past the split or
  /// the keys).
  Value keyAt(Value step) {
    Value first = add(mul(split, index(plan.keysPerSplit)),
                      mul(step, index(plan.getKeysPerStep())));
    return add(first, add(mul(warp, index(kKeysPerWarp)), keyGroup));
  }

  /// The K and V slices of `step`'s key, raw (the last key where it lies
  /// past the end; its scores are masked).
  std::pair<Value, Value> loadStep(Value step) {
    Value keyIndex =
        arith::MinUIOp::create(b, loc, keyAt(step), index(plan.keys - 1));
    SmallVector<Value> at{batch, kvHead, keyIndex, column};
    return {loadRaw(key, at), loadRaw(value, at)};
  }

  SmallVector<Value> flatten(Value k, Value v, ArrayRef<RowState> states) {
    SmallVector<Value> values{k, v};
    for (const RowState &s : states)
      values.append({s.max, s.sum, s.acc});
    return values;
  }
  SmallVector<RowState> unflatten(ValueRange values) {
    SmallVector<RowState> states;
    for (size_t i = 2; i + 2 < values.size(); i += 3)
      states.push_back({values[i], values[i + 1], values[i + 2]});
    return states;
  }

  /// The steps over the split's keys, each step's K and V loaded during the
  /// step before.
  SmallVector<RowState> keyLoop(ArrayRef<RowState> initial) {
    int64_t steps = plan.getSteps();
    auto [k0, v0] = loadStep(index(0));
    auto loop = scf::ForOp::create(b, loc, index(0), index(steps), index(1),
                                   flatten(k0, v0, initial));
    OpBuilder::InsertionGuard guard(b);
    b.setInsertionPointToStart(loop.getBody());
    Value step = loop.getInductionVar();
    ValueRange args = loop.getRegionIterArgs();
    Value next =
        arith::MinUIOp::create(b, loc, add(step, index(1)), index(steps - 1));
    auto [kNext, vNext] = loadStep(next);
    SmallVector<RowState> states = unflatten(args);
    Value k = arith::ExtFOp::create(b, loc, VectorType::get({slice}, f32Type()),
                                    args[0]);
    Value v = arith::ExtFOp::create(b, loc, VectorType::get({slice}, f32Type()),
                                    args[1]);
    Value keyIndex = keyAt(step);
    Value inKeys = arith::CmpIOp::create(b, loc, arith::CmpIPredicate::ult,
                                         keyIndex, index(plan.keys));
    for (int64_t r = 0; r < plan.rowsPerBlock; ++r) {
      Value partial = sum(fmul(queries[r], k));
      Value score =
          reduceAcrossLanes(b, loc, partial, {1, 2, 4},
                            [&](Value x, Value y) { return fadd(x, y); });
      Value visible = inKeys;
      if (plan.causal)
        visible = arith::AndIOp::create(
            b, loc, visible,
            arith::CmpIOp::create(b, loc, arith::CmpIPredicate::sle, keyIndex,
                                  lastKeys[r]));
      states[r] = update(states[r], score, v, visible);
    }
    scf::YieldOp::create(b, loc, flatten(kNext, vNext, states));
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

  /// The 4 key groups of each warp merged (every group ends with the
  /// warp's state).
  SmallVector<RowState> combineKeyGroups(SmallVector<RowState> states) {
    for (int32_t offset : {8, 16}) {
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

  /// The warps' states meet in shared memory; the first warp's first key
  /// group merges them and writes the block's partial result.
  void combineWarpsAndStore(ArrayRef<RowState> states) {
    int64_t warps = plan.warps, rows = plan.rowsPerBlock;
    Value sharedAcc =
        sharedBuffer(b, loc, {warps, rows, plan.depth}, f32Type(), 16);
    Value sharedMax = sharedBuffer(b, loc, {warps, rows}, f32Type(), 16);
    Value sharedSum = sharedBuffer(b, loc, {warps, rows}, f32Type(), 16);
    Value firstGroup = arith::CmpIOp::create(b, loc, arith::CmpIPredicate::eq,
                                             keyGroup, index(0));
    Value firstLane =
        arith::CmpIOp::create(b, loc, arith::CmpIPredicate::eq, lane, index(0));
    {
      auto ifFirst = scf::IfOp::create(b, loc, firstGroup);
      OpBuilder::InsertionGuard guard(b);
      b.setInsertionPointToStart(ifFirst.thenBlock());
      for (int64_t r = 0; r < rows; ++r)
        vector::StoreOp::create(b, loc, states[r].acc, sharedAcc,
                                ValueRange{warp, index(r), column},
                                /*nontemporal=*/false, llvm::MaybeAlign(16));
      auto ifLane = scf::IfOp::create(b, loc, firstLane);
      b.setInsertionPointToStart(ifLane.thenBlock());
      for (int64_t r = 0; r < rows; ++r) {
        memref::StoreOp::create(b, loc, states[r].max, sharedMax,
                                ValueRange{warp, index(r)});
        memref::StoreOp::create(b, loc, states[r].sum, sharedSum,
                                ValueRange{warp, index(r)});
      }
    }
    gpu::BarrierOp::create(b, loc);
    Value firstWarp =
        arith::CmpIOp::create(b, loc, arith::CmpIPredicate::eq, warp, index(0));
    auto ifMerge = scf::IfOp::create(
        b, loc, arith::AndIOp::create(b, loc, firstWarp, firstGroup));
    OpBuilder::InsertionGuard guard(b);
    b.setInsertionPointToStart(ifMerge.thenBlock());
    auto vectorType = VectorType::get({slice}, f32Type());
    SmallVector<RowState> merged;
    for (int64_t r = 0; r < rows; ++r) {
      auto stateOf = [&](int64_t w) {
        return RowState{memref::LoadOp::create(b, loc, sharedMax,
                                               ValueRange{index(w), index(r)}),
                        memref::LoadOp::create(b, loc, sharedSum,
                                               ValueRange{index(w), index(r)}),
                        vector::LoadOp::create(
                            b, loc, vectorType, sharedAcc,
                            ValueRange{index(w), index(r), column},
                            /*nontemporal=*/false, llvm::MaybeAlign(16))};
      };
      RowState state = stateOf(0);
      for (int64_t w = 1; w < warps; ++w)
        state = merge(state, stateOf(w));
      merged.push_back(state);
    }
    for (int64_t r = 0; r < rows; ++r) {
      SmallVector<Value> rowAt{batch, heads[r], queryRows[r], split};
      SmallVector<Value> accAt(rowAt);
      accAt.push_back(column);
      vector::StoreOp::create(b, loc, merged[r].acc, partialAcc, accAt,
                              /*nontemporal=*/false, llvm::MaybeAlign(16));
    }
    auto ifLane = scf::IfOp::create(b, loc, firstLane);
    b.setInsertionPointToStart(ifLane.thenBlock());
    for (int64_t r = 0; r < rows; ++r) {
      SmallVector<Value> rowAt{batch, heads[r], queryRows[r], split};
      memref::StoreOp::create(b, loc, merged[r].max, partialMax, rowAt);
      memref::StoreOp::create(b, loc, merged[r].sum, partialSum, rowAt);
    }
  }

  const AttentionDecodePlan &plan;
  Value query, key, value, offset, partialAcc, partialMax, partialSum;
  /// Values of a key (and of a query row) per lane.
  int64_t slice;
  Value split, kvHead, batch, lane, warp, keyGroup, column;
  SmallVector<Value> heads, queryRows, lastKeys, queries;
};

/// The combine kernel's body: a warp per query row.
class CombineKernel : DecodeBuilder {
public:
  CombineKernel(OpBuilder &b, Location loc, const AttentionDecodePlan &plan,
                Value partialAcc, Value partialMax, Value partialSum, Value out)
      : DecodeBuilder(b, loc), plan(plan), partialAcc(partialAcc),
        partialMax(partialMax), partialSum(partialSum), out(out),
        slice(plan.depth / kWarp) {}

  void emit(Launch launch) {
    int64_t total = plan.batch * plan.heads * plan.queries;
    Value row =
        add(mul(launch.op.getBlockIds().x, index(kCombineWarps)), launch.warp);
    OpBuilder::InsertionGuard guard(b);
    if (total % kCombineWarps != 0) {
      auto inside = scf::IfOp::create(
          b, loc,
          arith::CmpIOp::create(b, loc, arith::CmpIPredicate::ult, row,
                                index(total)));
      b.setInsertionPointToStart(inside.thenBlock());
    }
    Value perBatch = index(plan.heads * plan.queries);
    Value batch = div(row, perBatch);
    Value head = div(rem(row, perBatch), index(plan.queries));
    Value queryIndex = rem(row, index(plan.queries));
    Value column = mul(launch.lane, index(slice));
    auto atSplit = [&](Value s) {
      return SmallVector<Value>{batch, head, queryIndex, s};
    };
    // The largest maximum over the splits, then the weighed sums.
    auto maxLoop = scf::ForOp::create(b, loc, index(0), index(plan.splits),
                                      index(1), ValueRange{minusInfinity()});
    {
      OpBuilder::InsertionGuard loopGuard(b);
      b.setInsertionPointToStart(maxLoop.getBody());
      Value m = memref::LoadOp::create(b, loc, partialMax,
                                       atSplit(maxLoop.getInductionVar()));
      scf::YieldOp::create(b, loc, fmax(maxLoop.getRegionIterArgs()[0], m));
    }
    Value max = maxLoop.getResult(0);
    auto vectorType = VectorType::get({slice}, b.getF32Type());
    auto sumLoop =
        scf::ForOp::create(b, loc, index(0), index(plan.splits), index(1),
                           ValueRange{f32(0), splat(f32(0), slice)});
    {
      OpBuilder::InsertionGuard loopGuard(b);
      b.setInsertionPointToStart(sumLoop.getBody());
      SmallVector<Value> at = atSplit(sumLoop.getInductionVar());
      Value w = weight(memref::LoadOp::create(b, loc, partialMax, at), max);
      Value s = memref::LoadOp::create(b, loc, partialSum, at);
      SmallVector<Value> accAt(at);
      accAt.push_back(column);
      Value acc = vector::LoadOp::create(
          b, loc, vectorType, partialAcc, accAt, /*nontemporal=*/false,
          llvm::MaybeAlign(std::min<int64_t>(16, slice * 4)));
      ValueRange args = sumLoop.getRegionIterArgs();
      scf::YieldOp::create(
          b, loc,
          ValueRange{arith::AddFOp::create(b, loc, args[0], fmul(w, s)),
                     fma(splat(w, slice), acc, args[1])});
    }
    Value weighedSum = sumLoop.getResult(0);
    // A row without keys has sum 0: zeros, not NaN.
    Value empty = arith::CmpFOp::create(b, loc, arith::CmpFPredicate::OEQ,
                                        weighedSum, f32(0));
    Value inverse = select(empty, f32(0),
                           arith::DivFOp::create(b, loc, f32(1), weighedSum));
    Value result = fmul(sumLoop.getResult(1), splat(inverse, slice));
    Value stored = arith::TruncFOp::create(
        b, loc, VectorType::get({slice}, plan.elementType), result);
    vector::StoreOp::create(b, loc, stored, out,
                            ValueRange{batch, head, queryIndex, column});
  }

private:
  const AttentionDecodePlan &plan;
  Value partialAcc, partialMax, partialSum, out;
  int64_t slice;
};

struct AttentionDecodeToGPU : OpRewritePattern<AttentionOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(AttentionOp op,
                                PatternRewriter &rewriter) const override {
    auto splits = op->getAttrOfType<IntegerAttr>(kKVSplitsAttrName);
    if (!splits)
      return rewriter.notifyMatchFailure(op, "not configured for decoding");
    std::string whyNot;
    FailureOr<AttentionDecodePlan> maybePlan =
        planAttentionDecode(op, splits.getInt(), &whyNot);
    if (failed(maybePlan))
      return rewriter.notifyMatchFailure(op, whyNot);
    const AttentionDecodePlan &plan = *maybePlan;
    Location loc = op.getLoc();
    Value query = readOnlyBuffer(rewriter, loc, op.getQuery());
    Value key = readOnlyBuffer(rewriter, loc, op.getKey());
    Value value = readOnlyBuffer(rewriter, loc, op.getValue());
    Value offset = op.getOffset();
    if (!offset)
      offset = indexConst(rewriter, loc, plan.keys - plan.queries);
    Type f32 = rewriter.getF32Type();
    SmallVector<int64_t> rowShape{plan.batch, plan.heads, plan.queries,
                                  plan.splits};
    SmallVector<int64_t> accShape(rowShape);
    accShape.push_back(plan.depth);
    Value partialAcc =
        memref::AllocOp::create(rewriter, loc, MemRefType::get(accShape, f32));
    Value partialMax =
        memref::AllocOp::create(rewriter, loc, MemRefType::get(rowShape, f32));
    Value partialSum =
        memref::AllocOp::create(rewriter, loc, MemRefType::get(rowShape, f32));
    auto resultType = cast<RankedTensorType>(op.getResult().getType());
    Value out = memref::AllocOp::create(
        rewriter, loc,
        MemRefType::get(resultType.getShape(), resultType.getElementType()));
    {
      OpBuilder::InsertionGuard guard(rewriter);
      Launch launch = createLaunch(
          rewriter, loc,
          {plan.splits, plan.kvHeads * plan.getRowChunks(), plan.batch},
          plan.warps);
      SplitKernel(rewriter, loc, plan, query, key, value, offset, partialAcc,
                  partialMax, partialSum)
          .emit(launch);
    }
    {
      OpBuilder::InsertionGuard guard(rewriter);
      int64_t rows = plan.batch * plan.heads * plan.queries;
      Launch launch = createLaunch(
          rewriter, loc, {int64_t(llvm::divideCeil(rows, kCombineWarps))},
          kCombineWarps);
      CombineKernel(rewriter, loc, plan, partialAcc, partialMax, partialSum,
                    out)
          .emit(launch);
    }
    Value result = bufferization::ToTensorOp::create(
        rewriter, loc, resultType, out, rewriter.getUnitAttr(),
        rewriter.getUnitAttr());
    replaceWithKernelResult(rewriter, op, std::nullopt, result);
    return success();
  }
};

} // namespace

void mlir::tessel::populateAttentionDecodeToGPUPatterns(
    RewritePatternSet &patterns) {
  patterns.add<AttentionDecodeToGPU>(patterns.getContext());
}
