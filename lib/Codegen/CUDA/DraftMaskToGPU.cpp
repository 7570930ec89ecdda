//===- DraftMaskToGPU.cpp - DraftAttention's draft as GPU kernels ---------===//
//
// tessel.draft_mask with static shapes as three kernels, in place of the
// generic path's loop nests (DraftMaskToLinalg.cpp, whose semantics these
// keep: ranks of raw scores, ties to the lower block):
//
//   1, 2. The block means of Q and of K, f32 [B, H, blocks, D]: a block of
//      256 threads per (block, head, batch). Thread (g, c) sums rows
//      g, g + R, g + 2R, ... of column c (R = 256 / D row groups, four
//      loads in flight); the groups' sums meet in shared memory.
//   3. Scores and selection: a block per 1 to 16 query blocks of one head.
//      It keeps its pooled queries and their rows of scores in shared
//      memory (scale * Qp . Kp, or -inf where the key block is causally
//      invalid), bringing the pooled keys in 32 blocks at a time. Then a
//      warp per row keeps the blocks that fewer than
//      max(1, ceil(ratio * valid - 1e-9)) valid blocks rank above (a
//      higher score, or an equal one at a lower index): it finds the
//      keep-th largest score by radix selection on the scores' bits (32
//      rounds of ballots over the row), then keeps the blocks above it and
//      the first of those equal to it.
//
// The work per row is 33 passes over its key blocks (read from shared
// memory); the rows of scores must fit it.
//
//===----------------------------------------------------------------------===//

#include "KernelBuilder.h"
#include "KernelUtils.h"
#include "tessel/Codegen/CUDA/TesselToGPU.h"
#include "tessel/Conversion/LoweringUtils.h"
#include "tessel/Dialect/Tessel/IR/TesselOps.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Bufferization/IR/Bufferization.h"
#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/Dialect/LLVMIR/NVVMDialect.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/IR/PatternMatch.h"

#include <cmath>
#include <limits>

using namespace mlir;
using namespace mlir::tessel;
using namespace mlir::tessel::lowering;
using namespace mlir::tessel::gpukernel;

namespace {

/// Threads of every block of the three kernels.
constexpr int64_t kThreads = 256;
/// Rows of one thread's sum in flight at once in the pooling kernels.
constexpr int64_t kPoolLoads = 4;
/// Pooled keys in shared memory at once in the ranking kernel.
constexpr int64_t kKeyChunk = 32;
/// Blocks of the ranking kernel it aims for at least (two per SM of an
/// H100 or H200).
constexpr int64_t kMinRankBlocks = 264;
/// Shared memory the ranking kernel may take (its query rows, their scores
/// and a chunk of keys).
constexpr int64_t kRankSharedBytes = 96 * 1024;

/// The shapes and attributes the kernels are built for.
struct DraftPlan {
  int64_t batch, heads, kvHeads, queries, keys, depth;
  int64_t queryBlock, keyBlock, queryBlocks, keyBlocks;
  /// Query blocks (rows of the mask) per block of the ranking kernel.
  int64_t rankRows;
  double scale, keepRatio;
  bool causal;

  int64_t rankSharedBytes() const {
    return 4 *
           (rankRows * depth + rankRows * keyBlocks + kKeyChunk * (depth + 1));
  }
};

class DraftBuilder : protected KernelBuilder {
public:
  DraftBuilder(OpBuilder &b, Location loc) : KernelBuilder(b, loc) {}

protected:
  Value min(Value x, Value y) { return arith::MinUIOp::create(b, loc, x, y); }
  Value less(Value x, Value y) {
    return arith::CmpIOp::create(b, loc, arith::CmpIPredicate::ult, x, y);
  }
  Value toF32(Value v) {
    if (v.getType().isF32())
      return v;
    return arith::ExtFOp::create(b, loc, b.getF32Type(), v);
  }

  /// A loop over [from, to) by `step`; `body` builds its body and returns
  /// the values it yields.
  ValueRange loop(Value from, Value to, Value step, ValueRange initial,
                  function_ref<SmallVector<Value>(Value, ValueRange)> body) {
    auto forOp = scf::ForOp::create(b, loc, from, to, step, initial);
    OpBuilder::InsertionGuard guard(b);
    b.setInsertionPointToStart(forOp.getBody());
    SmallVector<Value> yielded =
        body(forOp.getInductionVar(), forOp.getRegionIterArgs());
    // A loop without results has its terminator already.
    if (!initial.empty())
      scf::YieldOp::create(b, loc, yielded);
    return forOp.getResults();
  }

  /// Runs `body` where `condition` holds.
  void ifThen(Value condition, function_ref<void()> body) {
    auto ifOp = scf::IfOp::create(b, loc, condition);
    OpBuilder::InsertionGuard guard(b);
    b.setInsertionPointToStart(ifOp.thenBlock());
    body();
  }
};

/// Kernels 1 and 2: out[b, h, j, :] = the mean of x[b, h, rows of block j, :].
class PoolKernel : DraftBuilder {
public:
  PoolKernel(OpBuilder &b, Location loc, Value x, Value out, int64_t rows,
             int64_t depth, int64_t block)
      : DraftBuilder(b, loc), x(x), out(out), rows(rows), depth(depth),
        block(block) {}

  void emit(Launch launch) {
    // Columns a pass covers (all of D up to 256) and row groups.
    int64_t columns = std::min(depth, kThreads);
    int64_t groups = std::max<int64_t>(1, kThreads / depth);
    groups = std::min(groups, block);
    Value thread = launch.op.getThreadIds().x;
    Value group = div(thread, index(columns));
    Value column0 = rem(thread, index(columns));
    Value blockIndex = launch.op.getBlockIds().x;
    Value head = launch.op.getBlockIds().y, batch = launch.op.getBlockIds().z;
    Value first = mul(blockIndex, index(block));
    Value end = min(add(first, index(block)), index(rows));
    Value active = less(group, index(groups));
    Value sums = sharedBuffer(b, loc, {groups, columns}, b.getF32Type(),
                              /*alignment=*/16);
    Value count = arith::UIToFPOp::create(
        b, loc, b.getF32Type(),
        arith::IndexCastOp::create(b, loc, b.getI32Type(),
                                   arith::SubIOp::create(b, loc, end, first)));
    for (int64_t pass = 0; pass < depth; pass += columns) {
      Value column = add(column0, index(pass));
      Value inColumn = less(column, index(depth));
      Value safeColumn = min(column, index(depth - 1));
      // Row r of the group's share: first + group + R (kPoolLoads i + u).
      Value step = index(groups * kPoolLoads);
      Value sum =
          loop(add(first, group), end, step, ValueRange{f32(0)},
               [&](Value r, ValueRange acc) -> SmallVector<Value> {
                 SmallVector<Value> loaded;
                 for (int64_t u = 0; u < kPoolLoads; ++u) {
                   Value row = add(r, index(groups * u));
                   Value exists = less(row, end);
                   Value v = memref::LoadOp::create(
                       b, loc, x,
                       ValueRange{batch, head, min(row, index(rows - 1)),
                                  safeColumn});
                   loaded.push_back(select(exists, toF32(v), f32(0)));
                 }
                 Value s = acc[0];
                 for (Value v : loaded)
                   s = arith::AddFOp::create(b, loc, s, v);
                 return {s};
               })[0];
      ifThen(active, [&] {
        memref::StoreOp::create(b, loc, sum, sums, ValueRange{group, column0});
      });
      gpu::BarrierOp::create(b, loc);
      Value leads = arith::AndIOp::create(
          b, loc, inColumn,
          arith::CmpIOp::create(b, loc, arith::CmpIPredicate::eq, group,
                                index(0)));
      ifThen(leads, [&] {
        Value total = f32(0);
        for (int64_t g = 0; g < groups; ++g)
          total = arith::AddFOp::create(
              b, loc, total,
              memref::LoadOp::create(b, loc, sums,
                                     ValueRange{index(g), column0}));
        memref::StoreOp::create(
            b, loc, arith::DivFOp::create(b, loc, total, count), out,
            ValueRange{batch, head, blockIndex, column});
      });
      // The next pass writes the sums again.
      gpu::BarrierOp::create(b, loc);
    }
  }

private:
  Value x, out;
  int64_t rows, depth, block;
};

/// Kernel 3: the scores of plan.rankRows query blocks against every key
/// block, then their ranks, into the mask.
class RankKernel : DraftBuilder {
public:
  RankKernel(OpBuilder &b, Location loc, const DraftPlan &plan,
             Value pooledQuery, Value pooledKey, Value mask)
      : DraftBuilder(b, loc), plan(plan), pooledQuery(pooledQuery),
        pooledKey(pooledKey), mask(mask) {}

  void emit(Launch launch) {
    Value thread = launch.op.getThreadIds().x;
    Value row0 = mul(launch.op.getBlockIds().x, index(plan.rankRows));
    head = launch.op.getBlockIds().y;
    batch = launch.op.getBlockIds().z;
    Value kvHead = div(head, index(plan.heads / plan.kvHeads));
    Type f32Type = b.getF32Type();
    Value queries = sharedBuffer(b, loc, {plan.rankRows, plan.depth}, f32Type,
                                 /*alignment=*/16);
    Value scores = sharedBuffer(b, loc, {plan.rankRows, plan.keyBlocks},
                                f32Type, /*alignment=*/16);
    // One more column than D: lanes reading consecutive keys of one column
    // hit different banks.
    Value keys = sharedBuffer(b, loc, {kKeyChunk, plan.depth + 1}, f32Type,
                              /*alignment=*/16);

    // The block's pooled queries (rows past the last are zeros).
    forEachOf(thread, plan.rankRows * plan.depth, [&](Value e) {
      Value i = div(e, index(plan.depth)), d = rem(e, index(plan.depth));
      Value row = add(row0, i);
      Value v = memref::LoadOp::create(
          b, loc, pooledQuery,
          ValueRange{batch, head, min(row, index(plan.queryBlocks - 1)), d});
      memref::StoreOp::create(
          b, loc, select(less(row, index(plan.queryBlocks)), v, f32(0)),
          queries, ValueRange{i, d});
    });

    // Scores, kKeyChunk key blocks at a time.
    Value scale = f32(plan.scale);
    Value minusInf = f32(-std::numeric_limits<double>::infinity());
    loop(index(0), index(plan.keyBlocks), index(kKeyChunk), {},
         [&](Value chunk, ValueRange) -> SmallVector<Value> {
           // The previous chunk's keys have been read.
           gpu::BarrierOp::create(b, loc);
           forEachOf(thread, kKeyChunk * plan.depth, [&](Value e) {
             Value j = div(e, index(plan.depth)), d = rem(e, index(plan.depth));
             Value key = add(chunk, j);
             Value v = memref::LoadOp::create(
                 b, loc, pooledKey,
                 ValueRange{batch, kvHead, min(key, index(plan.keyBlocks - 1)),
                            d});
             memref::StoreOp::create(b, loc, v, keys, ValueRange{j, d});
           });
           gpu::BarrierOp::create(b, loc);
           forEachOf(thread, plan.rankRows * kKeyChunk, [&](Value o) {
             Value i = div(o, index(kKeyChunk)), j = rem(o, index(kKeyChunk));
             Value key = add(chunk, j);
             ifThen(less(key, index(plan.keyBlocks)), [&] {
               Value dot = loop(
                   index(0), index(plan.depth), index(1), ValueRange{f32(0)},
                   [&](Value d, ValueRange acc) -> SmallVector<Value> {
                     Value q = memref::LoadOp::create(b, loc, queries,
                                                      ValueRange{i, d});
                     Value k =
                         memref::LoadOp::create(b, loc, keys, ValueRange{j, d});
                     return {math::FmaOp::create(b, loc, q, k, acc[0])};
                   })[0];
               Value s = arith::MulFOp::create(b, loc, dot, scale);
               memref::StoreOp::create(
                   b, loc, select(valid(add(row0, i), key), s, minusInf),
                   scores, ValueRange{i, key});
             });
           });
           return {};
         });
    gpu::BarrierOp::create(b, loc);

    // The kept blocks: a warp per mask row.
    lane = launch.lane;
    loop(launch.warp, index(plan.rankRows), index(kThreads / kWarp), {},
         [&](Value i, ValueRange) -> SmallVector<Value> {
           Value row = add(row0, i);
           ifThen(less(row, index(plan.queryBlocks)),
                  [&] { selectRow(scores, i, row); });
           return {};
         });
  }

private:
  Value i32(int64_t v) {
    return arith::ConstantIntOp::create(b, loc, b.getI32Type(), v);
  }
  Value popc(Value word) {
    return LLVM::CtPopOp::create(b, loc, b.getI32Type(), word);
  }
  Value ballot(Value predicate) {
    return NVVM::VoteSyncOp::create(b, loc, b.getI32Type(), i32(-1), predicate,
                                    NVVM::VoteSyncKind::ballot);
  }
  Value chunks() { return index(llvm::divideCeil(plan.keyBlocks, kWarp)); }

  /// Key block `c * 32 + lane` of row `i`: whether it is in the row and
  /// valid, and its score as an unsigned integer in the scores' order (the
  /// sign bit flipped for positive scores, every bit for negative ones;
  /// -0 is +0 first, as the scores compare).
  std::pair<Value, Value> keyOf(Value scores, Value i, Value row, Value c,
                                Value *block = nullptr) {
    Value key = add(mul(c, index(kWarp)), lane);
    if (block)
      *block = key;
    Value inRow = less(key, index(plan.keyBlocks));
    Value score = memref::LoadOp::create(
        b, loc, scores, ValueRange{i, min(key, index(plan.keyBlocks - 1))});
    score = arith::AddFOp::create(b, loc, score, f32(0));
    Value bits = arith::BitcastOp::create(b, loc, b.getI32Type(), score);
    Value negative =
        arith::CmpIOp::create(b, loc, arith::CmpIPredicate::slt, bits, i32(0));
    Value flip =
        select(negative, i32(-1), i32(std::numeric_limits<int32_t>::min()));
    Value ordered = arith::XOrIOp::create(b, loc, bits, flip);
    Value isValid = arith::AndIOp::create(b, loc, inRow, valid(row, key));
    return {isValid, ordered};
  }

  /// Mask row `row` (row `i` of the block's scores) by radix selection: the
  /// keep-th largest score T among the valid blocks, bit by bit from the
  /// top (32 rounds, each counting with ballots the valid blocks whose
  /// high bits match T's so far and whose next bit is set), then the blocks
  /// above T and the first of those equal to T in index order: the blocks
  /// that fewer than `keep` valid blocks rank above.
  void selectRow(Value scores, Value i, Value row) {
    Value zero = index(0), one = index(1);
    auto countIf = [&](function_ref<Value(Value, Value)> predicate) {
      return loop(
          zero, chunks(), one, ValueRange{i32(0)},
          [&](Value c, ValueRange acc) -> SmallVector<Value> {
            auto [isValid, ordered] = keyOf(scores, i, row, c);
            Value hit = arith::AndIOp::create(b, loc, isValid,
                                              predicate(isValid, ordered));
            return {arith::AddIOp::create(b, loc, acc[0], popc(ballot(hit)))};
          })[0];
    };
    Value trueValue = arith::ConstantOp::create(b, loc, b.getBoolAttr(true));
    Value validCount =
        countIf([&](Value, Value) -> Value { return trueValue; });
    Value keep = arith::MinUIOp::create(
        b, loc,
        arith::IndexCastOp::create(b, loc, b.getI32Type(),
                                   keepCount(arith::IndexCastOp::create(
                                       b, loc, b.getIndexType(), validCount))),
        validCount);
    // Rounds for bits 31 .. 0: (T's bits so far, how many of the keep are
    // still to be found below them).
    ValueRange found =
        loop(zero, index(32), one, ValueRange{i32(0), keep},
             [&](Value round, ValueRange acc) -> SmallVector<Value> {
               Value shift = arith::SubIOp::create(
                   b, loc, i32(31),
                   arith::IndexCastOp::create(b, loc, b.getI32Type(), round));
               Value bit = arith::ShLIOp::create(b, loc, i32(1), shift);
               // The bits from the top down to this one.
               Value high =
                   arith::SubIOp::create(b, loc, i32(0), bit); // ~(bit - 1)
               Value candidate = arith::OrIOp::create(b, loc, acc[0], bit);
               Value count = countIf([&](Value, Value ordered) -> Value {
                 return arith::CmpIOp::create(
                     b, loc, arith::CmpIPredicate::eq,
                     arith::AndIOp::create(b, loc, ordered, high), candidate);
               });
               Value enough = arith::CmpIOp::create(
                   b, loc, arith::CmpIPredicate::uge, count, acc[1]);
               return {select(enough, candidate, acc[0]),
                       select(enough, acc[1],
                              arith::SubIOp::create(b, loc, acc[1], count))};
             });
    Value threshold = found[0], ties = found[1];
    Value below = NVVM::LaneMaskLtOp::create(b, loc, b.getI32Type());
    loop(zero, chunks(), one, ValueRange{i32(0)},
         [&](Value c, ValueRange acc) -> SmallVector<Value> {
           Value block;
           auto [isValid, ordered] = keyOf(scores, i, row, c, &block);
           Value above = arith::CmpIOp::create(
               b, loc, arith::CmpIPredicate::ugt, ordered, threshold);
           Value equal = arith::AndIOp::create(
               b, loc, isValid,
               arith::CmpIOp::create(b, loc, arith::CmpIPredicate::eq, ordered,
                                     threshold));
           Value equals = ballot(equal);
           Value before = arith::AddIOp::create(
               b, loc, acc[0],
               popc(arith::AndIOp::create(b, loc, equals, below)));
           Value taken = arith::AndIOp::create(
               b, loc, equal,
               arith::CmpIOp::create(b, loc, arith::CmpIPredicate::ult, before,
                                     ties));
           Value kept = arith::AndIOp::create(
               b, loc, isValid, arith::OrIOp::create(b, loc, above, taken));
           ifThen(less(block, index(plan.keyBlocks)), [&] {
             memref::StoreOp::create(b, loc, kept, mask,
                                     ValueRange{batch, head, row, block});
           });
           return {arith::AddIOp::create(b, loc, acc[0], popc(equals))};
         });
  }

  /// Runs `body(e)` for e = thread, thread + kThreads, ... below `count`.
  void forEachOf(Value thread, int64_t count, function_ref<void(Value)> body) {
    loop(thread, index(count), index(kThreads), {},
         [&](Value e, ValueRange) -> SmallVector<Value> {
           body(e);
           return {};
         });
  }

  /// Whether key block `key` may be seen by query block `row` (always
  /// without causal masking; under it, bottom-right aligned).
  Value valid(Value row, Value key) {
    if (!plan.causal)
      return arith::ConstantOp::create(b, loc, b.getBoolAttr(true));
    Value end = min(mul(add(row, index(1)), index(plan.queryBlock)),
                    index(plan.queries));
    Value lastKey = add(end, index(plan.keys - plan.queries - 1));
    return arith::CmpIOp::create(b, loc, arith::CmpIPredicate::sle,
                                 mul(key, index(plan.keyBlock)), lastKey);
  }

  /// max(1, ceil(ratio * valid - 1e-9)) as an index, computed in f64 as
  /// the semantics says.
  Value keepCount(Value validCount) {
    Type f64 = b.getF64Type();
    Value validF = arith::UIToFPOp::create(
        b, loc, f64,
        arith::IndexCastOp::create(b, loc, b.getI64Type(), validCount));
    Value want = arith::SubFOp::create(
        b, loc,
        arith::MulFOp::create(b, loc, validF,
                              arith::ConstantOp::create(
                                  b, loc, b.getF64FloatAttr(plan.keepRatio))),
        arith::ConstantOp::create(b, loc, b.getF64FloatAttr(1e-9)));
    // ceil without a libdevice call: truncate, then step up where that
    // fell below (want is positive or just below 0).
    Value truncated = arith::FPToSIOp::create(b, loc, b.getI64Type(), want);
    Value below = arith::CmpFOp::create(
        b, loc, arith::CmpFPredicate::OLT,
        arith::SIToFPOp::create(b, loc, f64, truncated), want);
    Value keep =
        select(below,
               arith::AddIOp::create(
                   b, loc, truncated,
                   arith::ConstantOp::create(b, loc, b.getI64IntegerAttr(1))),
               truncated);
    keep = arith::MaxSIOp::create(
        b, loc, keep,
        arith::ConstantOp::create(b, loc, b.getI64IntegerAttr(1)));
    return arith::IndexCastOp::create(b, loc, b.getIndexType(), keep);
  }

  const DraftPlan &plan;
  Value pooledQuery, pooledKey, mask;
  Value head, batch, lane;
};

FailureOr<DraftPlan> planDraft(DraftMaskOp op, PatternRewriter &rewriter) {
  auto q = cast<RankedTensorType>(op.getQuery().getType());
  auto k = cast<RankedTensorType>(op.getKey().getType());
  auto init = cast<RankedTensorType>(op.getInit().getType());
  if (!q.hasStaticShape() || !k.hasStaticShape() || !init.hasStaticShape())
    return rewriter.notifyMatchFailure(op, "dynamic shapes");
  if (q.getNumElements() == 0 || k.getNumElements() == 0)
    return rewriter.notifyMatchFailure(op, "empty tensors");
  DraftPlan plan;
  plan.batch = q.getDimSize(0);
  plan.heads = q.getDimSize(1);
  plan.kvHeads = k.getDimSize(1);
  plan.queries = q.getDimSize(2);
  plan.keys = k.getDimSize(2);
  plan.depth = q.getDimSize(3);
  plan.queryBlock = op.getBlockSizes()[0];
  plan.keyBlock = op.getBlockSizes()[1];
  plan.queryBlocks = init.getDimSize(2);
  plan.keyBlocks = init.getDimSize(3);
  plan.causal = op.getCausal();
  plan.keepRatio = op.getKeepRatio().convertToDouble();
  plan.scale = op.getScaleAttr() ? op.getScaleAttr().getValueAsDouble()
                                 : 1.0 / std::sqrt(double(plan.depth));
  // Query blocks per block: up to 16 (each block reads the pooled keys
  // once for all of them), fewer where that leaves fewer than kMinRankBlocks
  // blocks (at S = 8192 with blocks of 128 there are 256 rows in all) or
  // the scores would not fit the shared memory the kernel takes.
  int64_t rows = plan.batch * plan.heads * plan.queryBlocks;
  plan.rankRows = 16;
  while (plan.rankRows > 1 && (plan.rankSharedBytes() > kRankSharedBytes ||
                               rows / plan.rankRows < kMinRankBlocks))
    plan.rankRows /= 2;
  if (plan.rankSharedBytes() > kRankSharedBytes)
    return rewriter.notifyMatchFailure(
        op, "a row of block scores does not fit in shared memory");
  return plan;
}

struct DraftMaskToGPU : OpRewritePattern<DraftMaskOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(DraftMaskOp op,
                                PatternRewriter &rewriter) const override {
    FailureOr<DraftPlan> maybePlan = planDraft(op, rewriter);
    if (failed(maybePlan))
      return failure();
    const DraftPlan &plan = *maybePlan;
    Location loc = op.getLoc();
    Value query = readOnlyBuffer(rewriter, loc, op.getQuery());
    Value key = readOnlyBuffer(rewriter, loc, op.getKey());
    // The block means of Q and K, f32 [B, heads, blocks, D].
    auto pooledBuffer = [&](int64_t heads, int64_t blocks) -> Value {
      return memref::AllocOp::create(
          rewriter, loc,
          MemRefType::get({plan.batch, heads, blocks, plan.depth},
                          rewriter.getF32Type()));
    };
    Value pooledQuery = pooledBuffer(plan.heads, plan.queryBlocks);
    Value pooledKey = pooledBuffer(plan.kvHeads, plan.keyBlocks);
    auto maskType = cast<RankedTensorType>(op.getResult().getType());
    Value mask = memref::AllocOp::create(
        rewriter, loc,
        MemRefType::get(maskType.getShape(), maskType.getElementType()));
    int64_t warps = kThreads / kWarp;
    // `pooled` = the means of `x` ([B, heads, rows, D]) over blocks of
    // `block` rows.
    auto pool = [&](Value x, Value pooled, int64_t heads, int64_t rows,
                    int64_t block) {
      int64_t blocks = cast<MemRefType>(pooled.getType()).getDimSize(2);
      OpBuilder::InsertionGuard guard(rewriter);
      Launch launch =
          createLaunch(rewriter, loc, {blocks, heads, plan.batch}, warps);
      PoolKernel(rewriter, loc, x, pooled, rows, plan.depth, block)
          .emit(launch);
    };
    pool(query, pooledQuery, plan.heads, plan.queries, plan.queryBlock);
    pool(key, pooledKey, plan.kvHeads, plan.keys, plan.keyBlock);
    {
      OpBuilder::InsertionGuard guard(rewriter);
      Launch launch =
          createLaunch(rewriter, loc,
                       {llvm::divideCeilSigned(plan.queryBlocks, plan.rankRows),
                        plan.heads, plan.batch},
                       warps);
      RankKernel(rewriter, loc, plan, pooledQuery, pooledKey, mask)
          .emit(launch);
    }
    Value result = bufferization::ToTensorOp::create(
        rewriter, loc, maskType, mask, rewriter.getUnitAttr(),
        rewriter.getUnitAttr());
    rewriter.replaceOp(op, result);
    return success();
  }
};

} // namespace

void mlir::tessel::populateDraftMaskToGPUPatterns(RewritePatternSet &patterns) {
  patterns.add<DraftMaskToGPU>(patterns.getContext());
}
