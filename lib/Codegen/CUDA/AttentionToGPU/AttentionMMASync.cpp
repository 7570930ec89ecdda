//===- AttentionMMASync.cpp - Attention as one fused mma.sync kernel ------===//
//
// tessel.attention (f16 or bf16, head dimensions multiples of 32 up to 128)
// as one kernel in the manner of FlashAttention-2: the S x S scores never
// leave registers.
//
//   - a block of 4 warps owns 64 query rows of one (batch, head); warp w
//     owns rows 16 w .. 16 w + 15, lane (g, t) = (lane / 4, lane % 4) rows
//     g and g + 8 of them, as in the mma.sync m16n8k16 fragments. The Q
//     fragments are loaded once, into registers;
//   - the block walks the keys in blocks of 64, with one K and one V tile
//     in shared memory (32 KB for D = Dv = 128), filled by cp.async:
//       1. V[kb] starts loading;
//       2. S = Q K[kb]^T on tensor cores, B fragments by ldmatrix;
//       3. online softmax in registers: row maxima through two quad
//          shuffles, P = exp2 of log2(e)-scaled scores (ex2.approx);
//       4. wait for V[kb] (and all warps to be done with K[kb]); K[kb + 1]
//          starts loading;
//       5. O = alpha O + P V, P straight from the S accumulators (S tiles
//          2s, 2s+1 are the A fragment of PV slice s), B fragments by
//          ldmatrix.trans;
//       6. wait for K[kb + 1] (and all warps to be done with V[kb]);
//   - tiles store 16-byte chunk c of row r at chunk c ^ (r & 7), so the 8
//     rows an ldmatrix phase reads at one chunk hit different banks;
//   - under causal masking the key loop stops after the diagonal, and only
//     blocks on it (and a partial last block) compare indices; a sliding
//     window starts the loop at the block of the first row's first key, and
//     then every block compares; a block_mask skips whole key blocks (a
//     skipped block only loads the next K tile).
//
// Rows past the end of Q read the last row and are not stored; K and V rows
// past the end are zero-filled and their scores masked.
//
//===----------------------------------------------------------------------===//

#include "AttentionKernels.h"
#include "Epilogue.h"
#include "KernelUtils.h"
#include "tessel/Codegen/CUDA/TesselToGPU.h"
#include "tessel/Conversion/LoweringUtils.h"
#include "tessel/Dialect/Tessel/IR/ConfigurationAttributes.h"

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
#include "tessel/Dialect/Tessel/IR/TesselOps.h"
#include "llvm/Support/MathExtras.h"

#include <cmath>
#include <limits>
#include <map>

using namespace mlir;
using namespace mlir::tessel;
using namespace mlir::tessel::lowering;
using namespace mlir::tessel::gpukernel;

namespace {

/// Query rows of a warp (the M of mma.sync).
constexpr int64_t kWarpRows = 16;
/// Warps per block where the op has no `tessel.kernel_warps`.
constexpr int64_t kDefaultAttentionWarps = 4;
/// Keys per step of the key loop: 8 S tiles of 8 columns.
constexpr int64_t kKeyBlock = 64;
/// Head dimensions up to this many stay in registers (O: Dv / 2 floats per
/// lane, Q: D / 4 words).
constexpr int64_t kMaxHeadDim = 128;
/// The xor offsets that reach the 4 lanes of a quad, which share the rows
/// of an mma fragment.
constexpr int32_t kQuadLanes[] = {1, 2};
/// Values of one 16-byte chunk (loads, cp.async, rows of ldmatrix).
constexpr int64_t kVectorElements = 8;

/// What the kernel computes, in its terms.
struct AttentionPlan {
  int64_t batch, heads, kvHeads, queries, keys, depth, valueDepth;
  /// Warps of a block, and its query rows (16 per warp).
  int64_t warps, blockRows;
  Type elementType;
  /// The softmax scale times log2(e): scores are exponentiated with exp2.
  double scaleLog2;
  /// Logit soft-capping's cap; 0 for none.
  double softcap = 0;
  bool causal;
  /// The sliding window (with causal); 0 for none.
  int64_t window = 0;
  /// The block mask's [batch, head] extents (1 broadcasts) and block sizes.
  int64_t maskBatch = 0, maskHeads = 0, maskRows = 0, maskColumns = 0;
  /// Split-KV decoding (splits > 0; AttentionDecodePlanner.h's tensor-core
  /// form): a block of `warps` warps takes 16 of the `rows` query rows of
  /// one key/value head (row r: query head kvHead * group + r / queries,
  /// query token r % queries), walks the key blocks of its split (which it
  /// computes itself), each warp 64 / warps keys of every block, merges the
  /// warps' states and stores its unnormalized partial result.
  int64_t splits = 0, group = 1, rows = 0;
  /// Decoding: key blocks whose K and V tiles are copied ahead of the one
  /// computed (a ring of prefetchSteps + 1 tile pairs in shared memory).
  int64_t prefetchSteps = 0;
  /// Decoding a cache whose key count is known at run time (`keys` is then
  /// nominal; DecodeSizes has the count).
  bool dynamicKeys = false;
  /// Decoding a paged cache (pageSize > 0): K and V are pools [P, PS,
  /// Hkv, D] read through a block table and per-sequence lengths; `keys` is
  /// the table's capacity.
  int64_t pageSize = 0, pages = 0;
};

FailureOr<AttentionPlan> planAttention(AttentionOp op, int64_t warps,
                                       PatternRewriter &rewriter) {
  auto q = cast<RankedTensorType>(op.getQuery().getType());
  auto k = cast<RankedTensorType>(op.getKey().getType());
  auto v = cast<RankedTensorType>(op.getValue().getType());
  if (!q.hasStaticShape() || !k.hasStaticShape() || !v.hasStaticShape())
    return rewriter.notifyMatchFailure(op, "dynamic shapes");
  if (q.getNumElements() == 0 || k.getNumElements() == 0 ||
      v.getNumElements() == 0)
    return rewriter.notifyMatchFailure(op, "empty tensors");
  AttentionPlan plan;
  plan.elementType = q.getElementType();
  if (!plan.elementType.isF16() && !plan.elementType.isBF16())
    return rewriter.notifyMatchFailure(op, "not f16 or bf16 (tensor cores)");
  if (op.getMask())
    return rewriter.notifyMatchFailure(op, "element masks");
  plan.batch = q.getDimSize(0);
  plan.heads = q.getDimSize(1);
  plan.queries = q.getDimSize(2);
  plan.depth = q.getDimSize(3);
  plan.kvHeads = k.getDimSize(1);
  plan.keys = k.getDimSize(2);
  plan.valueDepth = v.getDimSize(3);
  if (plan.depth % 32 != 0 || plan.depth > kMaxHeadDim ||
      plan.valueDepth % 32 != 0 || plan.valueDepth > kMaxHeadDim)
    return rewriter.notifyMatchFailure(
        op, "head dimensions not multiples of 32 up to 128");
  // The shapes are static and D positive here: the scale is known.
  plan.scaleLog2 = *op.getEffectiveScale() * llvm::numbers::log2e;
  if (FloatAttr softcap = op.getSoftcapAttr())
    plan.softcap = softcap.getValueAsDouble();
  plan.causal = op.getCausal();
  plan.window = op.getWindow().value_or(0);
  // 4 warps by default: on an H200, 8 warps (128 query rows sharing each K
  // and V tile) took 4-38% longer at every benchmark shape (probably
  // because such a block has an SM to itself, and its barriers stall it).
  // A block must not span two rows of a block mask.
  if (warps != 4 && warps != 8)
    return rewriter.notifyMatchFailure(op, "blocks of 4 or 8 warps only");
  Value blockMask = op.getBlockMask();
  if (blockMask && (*op.getBlockSizes())[0] % (warps * kWarpRows) != 0)
    warps = 4;
  plan.warps = warps;
  plan.blockRows = warps * kWarpRows;
  if (blockMask) {
    ArrayRef<int64_t> sizes = *op.getBlockSizes();
    if (sizes[0] % plan.blockRows != 0 || sizes[1] % kKeyBlock != 0)
      return rewriter.notifyMatchFailure(
          op, "block_sizes not multiples of the kernel's query and key "
              "blocks");
    auto type = cast<RankedTensorType>(blockMask.getType());
    plan.maskBatch = type.getDimSize(0);
    plan.maskHeads = type.getDimSize(1);
    plan.maskRows = sizes[0];
    plan.maskColumns = sizes[1];
  }
  return plan;
}

/// Builds the body of one block of the attention kernel.
class AttentionKernel {
public:
  AttentionKernel(OpBuilder &b, Location loc, const AttentionPlan &plan,
                  Value query, Value key, Value value, Value blockMask,
                  Value offset, Value out,
                  const ElementwiseEpilogue *epilogue = nullptr)
      : b(b), loc(loc), plan(plan), query(query), key(key), value(value),
        blockMask(blockMask), offset(offset), out(out), epilogue(epilogue) {}

  void emit(Launch launch) {
    auto blockIds = launch.op.getBlockIds();
    thread = launch.op.getThreadIds().x;
    lane = launch.lane;
    Value g = arith::DivUIOp::create(b, loc, lane, index(4));
    t = arith::RemUIOp::create(b, loc, lane, index(4));
    if (isDecoding()) {
      warp = launch.warp;
      mapDecodeRows(launch, g);
    } else {
      // Heavy causal blocks (the last query rows) start first.
      Value queryBlock =
          sub(index(llvm::divideCeil(plan.queries, plan.blockRows) - 1),
              blockIds.x);
      query0 = mul(queryBlock, index(plan.blockRows));
      head = blockIds.y;
      batch = blockIds.z;
      kvHead = arith::DivUIOp::create(b, loc, head,
                                      index(plan.heads / plan.kvHeads));
      rows[0] = add(add(query0, mul(launch.warp, index(kWarpRows))), g);
      rows[1] = add(rows[0], index(8));
      for (int64_t h = 0; h < 2; ++h) {
        rowHeads[h] = head;
        rowQueries[h] =
            arith::MinUIOp::create(b, loc, rows[h], index(plan.queries - 1));
        rowValid[h] = arith::CmpIOp::create(b, loc, arith::CmpIPredicate::ult,
                                            rows[h], index(plan.queries));
      }
    }
    createTiles();
    loadQueryFragments();
    if (epilogue && !isDecoding()) {
      // The fused consumers' operands are read after the last key block;
      // asking for them now brings them into L2 meanwhile. A quad covers
      // its two rows, a quarter of each per lane.
      Value quarter = mul(t, index(plan.valueDepth / 4));
      for (int64_t h = 0; h < 2; ++h)
        epilogue->prefetchToL2(
            b, loc,
            ValueRange{batch, head,
                       arith::MinUIOp::create(b, loc, rows[h],
                                              index(plan.queries - 1)),
                       quarter});
    }

    RowState state;
    state.acc.assign(plan.valueDepth / 8 * 4, f32(0));
    for (int64_t h = 0; h < 2; ++h) {
      state.max[h] = f32(-std::numeric_limits<double>::infinity());
      state.sum[h] = f32(0);
    }
    if (isDecoding()) {
      emitDecodeKeyLoops(state);
      return;
    }
    // Key blocks [0, full) need no index comparisons; [full, end) do (the
    // causal diagonal, a partial last block).
    int64_t keyBlocks = llvm::divideCeil(plan.keys, kKeyBlock);
    int64_t wholeBlocks = plan.keys / kKeyBlock;
    Value end = index(keyBlocks), full = index(wholeBlocks);
    if (plan.causal) {
      // Keys up to query0 + 63 + offset are seen by some row, keys up to
      // query0 + offset by all.
      Value last = add(query0, offset);
      end =
          clamp(arith::CeilDivSIOp::create(
                    b, loc, add(last, index(plan.blockRows)), index(kKeyBlock)),
                index(0), end);
      full = clamp(arith::FloorDivSIOp::create(b, loc, add(last, index(1)),
                                               index(kKeyBlock)),
                   index(0), arith::MinSIOp::create(b, loc, end, full));
    }
    // A sliding window starts at the first key of the block's first row
    // (query0 + offset - window + 1); every step then compares indices.
    Value start = index(0);
    if (plan.window > 0) {
      start =
          clamp(arith::FloorDivSIOp::create(
                    b, loc, add(add(query0, offset), index(1 - plan.window)),
                    index(kKeyBlock)),
                index(0), end);
      full = start;
    }
    // The loop's invariant: at the start of step kb the K tile holds key
    // block kb.
    copyTileAndWait(key, keyTile, plan.depth, mul(start, index(kKeyBlock)));
    state = keyLoop(start, full, state, /*masked=*/false);
    if (plan.causal || wholeBlocks != keyBlocks)
      state = keyLoop(full, end, state, /*masked=*/true);
    store(state);
  }

private:
  Value index(int64_t v) { return indexConst(b, loc, v); }
  Value f32(double v) { return f32Const(b, loc, v); }
  Value add(Value x, Value y) { return arith::AddIOp::create(b, loc, x, y); }
  Value sub(Value x, Value y) { return arith::SubIOp::create(b, loc, x, y); }
  Value mul(Value x, Value y) { return arith::MulIOp::create(b, loc, x, y); }
  Value clamp(Value v, Value lo, Value hi) {
    return arith::MinSIOp::create(b, loc, arith::MaxSIOp::create(b, loc, v, lo),
                                  hi);
  }

  bool isDecoding() const { return plan.splits > 0; }
  /// The keys of the cache: known at run time only for some decode plans.
  Value keyCount() {
    return decodeSizes.keys ? decodeSizes.keys : index(plan.keys);
  }
  bool isPaged() const { return plan.pageSize > 0; }

  /// Decoding: block (split, key/value head and chunk of 16 rows, batch);
  /// lane (g, t) holds rows g and g + 8 of the chunk.
  void mapDecodeRows(Launch launch, Value g) {
    auto blockIds = launch.op.getBlockIds();
    int64_t chunks = llvm::divideCeil(plan.rows, kWarpRows);
    split = blockIds.x;
    kvHead = arith::DivUIOp::create(b, loc, blockIds.y, index(chunks));
    Value chunk = arith::RemUIOp::create(b, loc, blockIds.y, index(chunks));
    batch = blockIds.z;
    head = kvHead;
    query0 = index(0);
    Value row0 = add(mul(chunk, index(kWarpRows)), g);
    for (int64_t h = 0; h < 2; ++h) {
      rows[h] = add(row0, index(8 * h));
      rowValid[h] = arith::CmpIOp::create(b, loc, arith::CmpIPredicate::ult,
                                          rows[h], index(plan.rows));
      // Padding rows read the last row and are not stored.
      Value row = arith::MinUIOp::create(b, loc, rows[h], index(plan.rows - 1));
      rowHeads[h] =
          add(mul(kvHead, index(plan.group)),
              arith::DivUIOp::create(b, loc, row, index(plan.queries)));
      rowQueries[h] = arith::RemUIOp::create(b, loc, row, index(plan.queries));
    }
  }

  /// Decoding: the split's key blocks, those every row sees whole first,
  /// then those that need index comparisons (causal, the last partial
  /// block); then the partial result. The splits share the key blocks that
  /// some row of the block sees, not the cache: a decode step at position
  /// p of a long static cache (a run-time causal offset), a window, or a
  /// paged sequence shorter than its table spreads its own keys over every
  /// split.
  void emitDecodeKeyLoops(RowState state) {
    Value keys = keyCount();
    Value keyBlocks =
        arith::CeilDivUIOp::create(b, loc, keys, index(kKeyBlock));
    Value wholeBlocks = arith::DivUIOp::create(b, loc, keys, index(kKeyBlock));
    // [low, high): the blocks some row sees; `bound`: blocks below it are
    // seen whole by every row.
    Value low = index(0), high = keyBlocks, bound = wholeBlocks;
    if (isPaged()) {
      // The sequence's length, clamped to [0, capacity] (the contract);
      // its queries are its last tokens. Every block compares indices (a
      // page may be out of range anywhere).
      length = cache.readLength(b, loc, lengths, batch);
      offset = sub(length, index(plan.queries));
      high = clamp(arith::CeilDivSIOp::create(b, loc, length, index(kKeyBlock)),
                   index(0), high);
      bound = index(0);
    }
    if (plan.causal) {
      // Query token i sees keys up to i + offset: some row sees up to
      // (Sq - 1) + offset, every row up to offset.
      high =
          clamp(arith::CeilDivSIOp::create(
                    b, loc, add(offset, index(plan.queries)), index(kKeyBlock)),
                index(0), high);
      bound = clamp(arith::FloorDivSIOp::create(b, loc, add(offset, index(1)),
                                                index(kKeyBlock)),
                    index(0), bound);
    }
    if (plan.window > 0) {
      // Blocks before row 0's first key (offset - window + 1) are skipped;
      // every other block compares indices.
      low = clamp(
          arith::FloorDivSIOp::create(
              b, loc, sub(offset, index(plan.window - 1)), index(kKeyBlock)),
          index(0), high);
      bound = index(0);
    }
    // Split s takes blocks low + s * per .. of them (per = ceil((high -
    // low) / splits)); a split past them is empty: first <= full <= end.
    Value perSplit =
        arith::CeilDivUIOp::create(b, loc, sub(high, low), index(plan.splits));
    Value first = add(low, mul(split, perSplit));
    Value end = arith::MaxUIOp::create(
        b, loc, arith::MinUIOp::create(b, loc, add(first, perSplit), high),
        first);
    Value full = arith::MaxUIOp::create(
        b, loc, arith::MinUIOp::create(b, loc, end, bound), first);
    // Copies stop at the split's end (copies of the blocks after it read
    // nothing and fill their tiles with zeros).
    keyLimit = arith::MinUIOp::create(b, loc, mul(end, index(kKeyBlock)), keys);
    ringFirst = first;
    for (int64_t ahead = 0; ahead < plan.prefetchSteps; ++ahead)
      copyRingStep(add(first, index(ahead)), index(ahead));
    state = decodeKeyLoop(first, full, state, /*masked=*/false);
    if (plan.causal || plan.keys % kKeyBlock != 0 || plan.dynamicKeys ||
        isPaged())
      state = decodeKeyLoop(full, end, state, /*masked=*/true);
    // The copies of the blocks after the split land before the block exits
    // (an empty group gives the wait its token).
    nvgpu::DeviceAsyncWaitOp::create(
        b, loc,
        nvgpu::DeviceAsyncCreateGroupOp::create(
            b, loc, nvgpu::DeviceAsyncTokenType::get(b.getContext()),
            ValueRange{}),
        b.getI32IntegerAttr(0));
    if (plan.warps == 1) {
      storePartial(state);
      return;
    }
    mergeWarpStates(state);
  }

  /// Decoding: keys of each 64-key block that one warp takes.
  int64_t warpKeys() const { return kKeyBlock / plan.warps; }

  /// Decoding with several warps: warps 1.. hand their states to warp 0
  /// through shared memory (the ring's bytes: a barrier follows its last
  /// use), which merges them as the combine kernel merges splits and
  /// stores the split's partial result. Item i of warp w's lane l is at
  /// [(w - 1) * items + i, l], so that a warp's accesses hit 32 banks.
  void mergeWarpStates(const RowState &state) {
    SmallVector<Value> values = state.flatten();
    int64_t items = values.size();
    Value shared = sharedBuffer(b, loc, {(plan.warps - 1) * items, kWarp},
                                b.getF32Type(), /*alignment=*/16);
    gpu::BarrierOp::create(b, loc);
    Value isFirst =
        arith::CmpIOp::create(b, loc, arith::CmpIPredicate::eq, warp, index(0));
    {
      auto ifOther = scf::IfOp::create(
          b, loc,
          arith::CmpIOp::create(b, loc, arith::CmpIPredicate::ne, warp,
                                index(0)));
      OpBuilder::InsertionGuard guard(b);
      b.setInsertionPointToStart(ifOther.thenBlock());
      Value base = mul(sub(warp, index(1)), index(items));
      for (int64_t i = 0; i < items; ++i)
        memref::StoreOp::create(b, loc, values[i], shared,
                                ValueRange{add(base, index(i)), lane});
    }
    gpu::BarrierOp::create(b, loc);
    auto ifFirst = scf::IfOp::create(b, loc, isFirst);
    OpBuilder::InsertionGuard guard(b);
    b.setInsertionPointToStart(ifFirst.thenBlock());
    SmallVector<RowState> states = {state};
    for (int64_t w = 1; w < plan.warps; ++w) {
      SmallVector<Value> loaded;
      for (int64_t i = 0; i < items; ++i)
        loaded.push_back(memref::LoadOp::create(
            b, loc, shared, ValueRange{index((w - 1) * items + i), lane}));
      states.push_back(RowState::unflatten(loaded));
    }
    // Each warp's state weighs exp2(c max_w - c max) of the merged maximum
    // (a row no warp saw keys for keeps max -inf, and sums 0).
    Value c = f32(scaling().softmaxFactor());
    Value minusInf = f32(-std::numeric_limits<double>::infinity());
    RowState merged = state;
    for (int64_t h = 0; h < 2; ++h) {
      Value m = state.max[h];
      for (const RowState &other : ArrayRef(states).drop_front())
        m = arith::MaxNumFOp::create(b, loc, m, other.max[h]);
      Value isEmpty =
          arith::CmpFOp::create(b, loc, arith::CmpFPredicate::OEQ, m, minusInf);
      Value negBase = arith::SelectOp::create(
          b, loc, isEmpty, f32(0),
          arith::NegFOp::create(b, loc, arith::MulFOp::create(b, loc, m, c)));
      merged.max[h] = m;
      for (auto [w, other] : llvm::enumerate(states)) {
        Value weight = approximateExp2(
            b, loc, math::FmaOp::create(b, loc, other.max[h], c, negBase));
        auto weigh = [&](Value x, Value sum) -> Value {
          if (w == 0)
            return arith::MulFOp::create(b, loc, x, weight);
          return math::FmaOp::create(b, loc, x, weight, sum);
        };
        merged.sum[h] = weigh(other.sum[h], merged.sum[h]);
        // Accumulators 2 h, 2 h + 1 of each group of 4 are row h's.
        for (size_t i = 0; i < merged.acc.size(); ++i)
          if (int64_t(i % 4 / 2) == h)
            merged.acc[i] = weigh(other.acc[i], merged.acc[i]);
      }
    }
    storePartial(merged);
  }

  /// Decoding: the ring's slot of key block `kb`.
  Value ringSlot(Value kb) {
    return arith::RemUIOp::create(b, loc, sub(kb, ringFirst),
                                  index(plan.prefetchSteps + 1));
  }

  /// Decoding: starts copying key block `kb`'s K and V tiles into ring
  /// slot `slot`, as one group of copies; returns the group.
  Value copyRingStep(Value kb, Value slot) {
    Value key0 = mul(kb, index(kKeyBlock));
    Value row0 = mul(slot, index(kKeyBlock));
    SmallVector<Value> copies =
        copyTileCopies(key, keyTile, plan.depth, key0, row0);
    llvm::append_range(
        copies, copyTileCopies(value, valueTile, plan.valueDepth, key0, row0));
    return nvgpu::DeviceAsyncCreateGroupOp::create(
        b, loc, nvgpu::DeviceAsyncTokenType::get(b.getContext()), copies);
  }

  /// Decoding: for kb in [from, to): start the copies of block kb +
  /// prefetchSteps, wait for block kb's, compute it. The ring's invariant:
  /// at the start of step kb the copies of blocks kb .. kb + prefetchSteps
  /// - 1 are in flight (or done), one group each, in order.
  RowState decodeKeyLoop(Value from, Value to, const RowState &state,
                         bool masked) {
    auto loop = scf::ForOp::create(b, loc, from, to, index(1), state.flatten());
    OpBuilder::InsertionGuard guard(b);
    b.setInsertionPointToStart(loop.getBody());
    Value kb = loop.getInductionVar();
    RowState current = RowState::unflatten(loop.getRegionIterArgs());
    // The slot of block kb + prefetchSteps held block kb - 1, which every
    // lane is done with (the barrier that ends a step).
    Value ahead = add(kb, index(plan.prefetchSteps));
    Value group = copyRingStep(ahead, ringSlot(ahead));
    // All but the last prefetchSteps groups have landed: block kb's did.
    nvgpu::DeviceAsyncWaitOp::create(b, loc, group,
                                     b.getI32IntegerAttr(plan.prefetchSteps));
    gpu::BarrierOp::create(b, loc);
    // The warp's keys of the block.
    Value warpKey0 = mul(warp, index(warpKeys()));
    Value row0 = add(mul(ringSlot(kb), index(kKeyBlock)), warpKey0);
    Value key0 = add(mul(kb, index(kKeyBlock)), warpKey0);
    SmallVector<SmallVector<Value, 4>> x = scores(row0, warpKeys() / 8);
    if (masked)
      applyMasks(key0, x);
    Value alpha[2];
    Value c = f32(scaling().softmaxFactor());
    RowState next = onlineSoftmaxStep(b, loc, x, current, c, alpha);
    next.acc = accumulateValues(x, current.acc, alpha, row0);
    gpu::BarrierOp::create(b, loc);
    scf::YieldOp::create(b, loc, next.flatten());
    return RowState::unflatten(loop.getResults());
  }

  /// Decoding: the lane's rows' unnormalized O, maximum (log2-scaled, as
  /// the combine kernel weighs it) and sum, at [batch, head, query, split].
  void storePartial(RowState &state) {
    Value column = mul(t, index(2));
    bool scaleFirst = scaling().appliesFirst();
    for (int64_t h = 0; h < 2; ++h) {
      Value sum = reduceAcrossLanes(
          b, loc, state.sum[h], kQuadLanes, [&](Value x, Value y) {
            return arith::AddFOp::create(b, loc, x, y);
          });
      // -inf (no key) stays -inf: the scale is positive here.
      Value max = scaleFirst ? state.max[h]
                             : arith::MulFOp::create(b, loc, state.max[h],
                                                     f32(plan.scaleLog2));
      auto ifValid = scf::IfOp::create(b, loc, rowValid[h]);
      OpBuilder::InsertionGuard guard(b);
      b.setInsertionPointToStart(ifValid.thenBlock());
      SmallVector<Value> at{batch, rowHeads[h], rowQueries[h], split};
      for (int64_t n = 0; n < plan.valueDepth / 8; ++n) {
        Value pair = vector::FromElementsOp::create(
            b, loc, VectorType::get({2}, b.getF32Type()),
            ValueRange{state.acc[4 * n + 2 * h], state.acc[4 * n + 2 * h + 1]});
        SmallVector<Value> accAt(at);
        accAt.push_back(add(column, index(8 * n)));
        vector::StoreOp::create(b, loc, pair, partialAcc, accAt,
                                /*nontemporal=*/false, llvm::MaybeAlign(8));
      }
      Value firstOfQuad =
          arith::CmpIOp::create(b, loc, arith::CmpIPredicate::eq, t, index(0));
      auto ifFirst = scf::IfOp::create(b, loc, firstOfQuad);
      b.setInsertionPointToStart(ifFirst.thenBlock());
      memref::StoreOp::create(b, loc, max, partialMax, at);
      memref::StoreOp::create(b, loc, sum, partialSum, at);
    }
  }

public:
  /// Decoding: where storePartial writes.
  void setPartialResults(Value acc, Value max, Value sum) {
    partialAcc = acc;
    partialMax = max;
    partialSum = sum;
  }
  /// Decoding: the sizes that may be known only at run time.
  void setDecodeSizes(const DecodeSizes &sizes) { decodeSizes = sizes; }
  /// Decoding a paged cache: the block table and the lengths.
  void setPages(Value blockTable, Value sequenceLengths) {
    cache = {blockTable, plan.pageSize, plan.pages, plan.keys};
    lengths = sequenceLengths;
  }

private:
  /// The K and V tiles in shared memory, [64, D] and [64, Dv]; 128-byte
  /// aligned, so that the swizzle below spreads rows over all banks.
  void createTiles() {
    if (!keyLimit)
      keyLimit = index(plan.keys);
    // Decoding keeps a ring of prefetchSteps + 1 tile pairs.
    int64_t tileRows = kKeyBlock * (plan.prefetchSteps + 1);
    keyTile = sharedBuffer(b, loc, {tileRows, plan.depth}, plan.elementType,
                           /*alignment=*/128);
    valueTile = sharedBuffer(b, loc, {tileRows, plan.valueDepth},
                             plan.elementType, /*alignment=*/128);
  }

  /// Tiles are rows of 16-byte chunks; chunk c of row r is stored at chunk
  /// c ^ (r & m), so that the 8 rows an ldmatrix phase reads at the same
  /// chunk fall in different banks (m + 1: the largest power of two up to 8
  /// that divides the chunks of a row).
  Value swizzle(Value row, Value chunk, int64_t columns) {
    int64_t chunks = columns / kVectorElements;
    int64_t mask = 1;
    while (mask < 8 && chunks % (mask * 2) == 0)
      mask *= 2;
    Value bits = arith::AndIOp::create(b, loc, row, index(mask - 1));
    Value stored = arith::XOrIOp::create(b, loc, chunk, bits);
    return mul(stored, index(kVectorElements));
  }

  /// Starts copying rows key0 .. key0 + 63 of `buffer` into `tile`, 16
  /// bytes per cp.async; the block's threads take consecutive chunks. Rows
  /// past the end are zero-filled (their scores are masked; zeros keep an
  /// infinite last row out of them). Returns the copies' group.
  Value copyTile(Value buffer, Value tile, int64_t columns, Value key0) {
    return nvgpu::DeviceAsyncCreateGroupOp::create(
        b, loc, nvgpu::DeviceAsyncTokenType::get(b.getContext()),
        copyTileCopies(buffer, tile, columns, key0));
  }

  /// The copies of copyTile, into rows tileRow0 .. tileRow0 + 63 of `tile`
  /// (a multiple of 64; null for 0).
  SmallVector<Value> copyTileCopies(Value buffer, Value tile, int64_t columns,
                                    Value key0, Value tileRow0 = Value()) {
    int64_t chunks = columns / kVectorElements;
    int64_t threads = kWarp * plan.warps;
    // Exact: chunks is a multiple of 4, threads of 128 or 256.
    int64_t perThread = kKeyBlock * chunks / threads;
    // Copy j covers rows R j + [0, R) (R = threads / chunks): where R
    // runs lie on one page, the copies of the rows of one page share the
    // table's entry.
    int64_t rowsPerCopy = threads / chunks;
    bool shareEntries =
        isPaged() && rowsPerCopy > 0 && pagesAlignWithBlocks(rowsPerCopy);
    std::map<int64_t, PageEntry> entries;
    SmallVector<Value> copies;
    for (int64_t j = 0; j < perThread; ++j) {
      Value c = add(thread, index(j * threads));
      Value row = arith::DivUIOp::create(b, loc, c, index(chunks));
      Value chunk = arith::RemUIOp::create(b, loc, c, index(chunks));
      Value keyRow = add(key0, row);
      PageEntry entry;
      if (shareEntries) {
        int64_t group = rowsPerCopy * j / plan.pageSize;
        entry = sharedPageOf(entries, group,
                             add(key0, index(group * plan.pageSize)));
      } else if (isPaged()) {
        entry = pageOf(keyRow);
      }
      auto [at, valid] = keySource(keyRow, entry);
      Value inside = arith::AndIOp::create(
          b, loc, valid,
          arith::CmpIOp::create(b, loc, arith::CmpIPredicate::ult, keyRow,
                                keyLimit));
      Value sourceElements = arith::SelectOp::create(
          b, loc, inside, index(kVectorElements), index(0));
      at.push_back(mul(chunk, index(kVectorElements)));
      Value tileRow = tileRow0 ? add(tileRow0, row) : row;
      copies.push_back(nvgpu::DeviceAsyncCopyOp::create(
          b, loc, nvgpu::DeviceAsyncTokenType::get(b.getContext()), tile,
          ValueRange{tileRow, swizzle(tileRow, chunk, columns)}, buffer, at,
          b.getIndexAttr(kVectorElements), sourceElements,
          /*bypassL1=*/b.getUnitAttr()));
    }
    return copies;
  }

  using PageEntry = PagedCache::Entry;
  /// The table's entry of the page that holds key `keyRow`.
  PageEntry pageOf(Value keyRow) {
    return cache.entryOf(b, loc, batch, keyRow);
  }

  /// Whether every run of `run` keys (aligned to `run`) of a 64-key block
  /// lies on one page: pages are multiples of 64 keys, or divide 64 into
  /// multiples of `run` (key blocks start at multiples of 64).
  bool pagesAlignWithBlocks(int64_t run) const {
    return plan.pageSize % kKeyBlock == 0 ||
           (kKeyBlock % plan.pageSize == 0 && plan.pageSize % run == 0);
  }

  /// The entry of the page that holds the keys from `first` on, read once
  /// per `group` (a static index of the page within the step) in `cache`.
  PageEntry sharedPageOf(std::map<int64_t, PageEntry> &cache, int64_t group,
                         Value first) {
    auto it = cache.find(group);
    if (it == cache.end())
      it = cache.try_emplace(group, pageOf(first)).first;
    return it->second;
  }

  /// The row of K and V that holds key `keyRow` (all indices but the
  /// column; clamped into the buffers) and whether it is a key of the
  /// sequence: below the keys, or for a paged cache (`entry`: its page's
  /// table entry) below the sequence's length and on a page of the pools
  /// (the contract masks the others).
  std::pair<SmallVector<Value>, Value> keySource(Value keyRow,
                                                 PageEntry entry) {
    if (isPaged())
      return cache.rowOf(b, loc, entry, keyRow, length, kvHead);
    // max(keys, 1) - 1: a run-time cache may be empty.
    Value keys = keyCount();
    Value last = sub(arith::MaxUIOp::create(b, loc, keys, index(1)), index(1));
    Value clamped = arith::MinUIOp::create(b, loc, keyRow, last);
    return {
        {batch, kvHead, clamped},
        arith::CmpIOp::create(b, loc, arith::CmpIPredicate::ult, keyRow, keys)};
  }

  /// Waits for every copy of the thread, then for the block.
  void waitForCopies(Value group) {
    nvgpu::DeviceAsyncWaitOp::create(b, loc, group, b.getI32IntegerAttr(0));
    gpu::BarrierOp::create(b, loc);
  }

  void copyTileAndWait(Value buffer, Value tile, int64_t columns, Value key0) {
    waitForCopies(copyTile(buffer, tile, columns, key0));
  }

  /// Four 8 x 8 matrices of `tile` with ldmatrix (transposed with
  /// `transpose`): lane l gives row `row(l / 8) + l % 8` at chunk
  /// `chunk(l / 8)`. Returns each matrix's fragment as an mma.sync operand.
  SmallVector<Value, 4> loadMatrices(Value tile, int64_t columns, Value row,
                                     Value chunk, bool transpose) {
    auto type = VectorType::get({4, 2}, plan.elementType);
    Value matrices = nvgpu::LdMatrixOp::create(
        b, loc, type, tile, ValueRange{row, swizzle(row, chunk, columns)},
        transpose, /*numTiles=*/4);
    SmallVector<Value, 4> result;
    for (int64_t m = 0; m < 4; ++m)
      result.push_back(
          pairOperand(b, loc, vector::ExtractOp::create(b, loc, matrices, m)));
    return result;
  }

  /// The A fragments of Q, for every K slice of D: values 16 s + 2 t + {0,
  /// 1} and + 8 of rows g and g + 8, loaded once.
  void loadQueryFragments() {
    auto pairType = VectorType::get({2}, plan.elementType);
    Value column = mul(t, index(2));
    auto pair = [&](int64_t h, int64_t d) {
      return pairOperand(
          b, loc,
          vector::LoadOp::create(b, loc, pairType, query,
                                 ValueRange{batch, rowHeads[h], rowQueries[h],
                                            add(column, index(d))},
                                 /*nontemporal=*/false, llvm::MaybeAlign(4)));
    };
    for (int64_t s = 0; s < plan.depth / 16; ++s)
      queryFragments.push_back({pair(0, 16 * s), pair(1, 16 * s),
                                pair(0, 16 * s + 8), pair(1, 16 * s + 8)});
  }

  /// for kb in [from, to): state = step(kb, state).
  RowState keyLoop(Value from, Value to, const RowState &state, bool masked) {
    auto loop = scf::ForOp::create(b, loc, from, to, index(1), state.flatten());
    OpBuilder::InsertionGuard guard(b);
    b.setInsertionPointToStart(loop.getBody());
    Value kb = loop.getInductionVar();
    RowState current = RowState::unflatten(loop.getRegionIterArgs());
    RowState next;
    if (blockMask) {
      auto ifKept = scf::IfOp::create(b, loc, TypeRange(loop.getResultTypes()),
                                      keptBlock(kb),
                                      /*withElseRegion=*/true);
      b.setInsertionPointToStart(ifKept.thenBlock());
      scf::YieldOp::create(b, loc, keyBlock(kb, current, masked).flatten());
      // A skipped block only moves the K tile on.
      b.setInsertionPointToStart(ifKept.elseBlock());
      copyTileAndWait(key, keyTile, plan.depth,
                      mul(add(kb, index(1)), index(kKeyBlock)));
      scf::YieldOp::create(b, loc, current.flatten());
      b.setInsertionPointAfter(ifKept);
      next = RowState::unflatten(ifKept.getResults());
    } else {
      next = keyBlock(kb, current, masked);
    }
    scf::YieldOp::create(b, loc, next.flatten());
    return RowState::unflatten(loop.getResults());
  }

  /// Whether the block mask keeps key block `kb` for this block's rows.
  Value keptBlock(Value kb) {
    Value maskBatch = plan.maskBatch == 1 ? index(0) : batch;
    Value maskHead = plan.maskHeads == 1 ? index(0) : head;
    Value maskRow =
        arith::DivUIOp::create(b, loc, query0, index(plan.maskRows));
    Value maskColumn = arith::DivUIOp::create(b, loc, mul(kb, index(kKeyBlock)),
                                              index(plan.maskColumns));
    return memref::LoadOp::create(
        b, loc, blockMask,
        ValueRange{maskBatch, maskHead, maskRow, maskColumn});
  }

  /// One block of 64 keys, its K tile in shared memory: V tile copy in the
  /// background, scores, online softmax; then the next K tile's copy in the
  /// background and the O update.
  RowState keyBlock(Value kb, const RowState &state, bool masked) {
    Value key0 = mul(kb, index(kKeyBlock));
    Value valueCopies = copyTile(value, valueTile, plan.valueDepth, key0);
    SmallVector<SmallVector<Value, 4>> x = scores(index(0));
    if (masked)
      applyMasks(key0, x);

    // Online softmax: the new row maxima, the factor for what was summed so
    // far, and P = exp2(c x - c max).
    Value alpha[2];
    RowState next = onlineSoftmaxStep(b, loc, x, state,
                                      f32(scaling().softmaxFactor()), alpha);

    // Every warp is done with the K tile and the V tile has arrived: the
    // next K tile loads while O = alpha O + P V runs.
    waitForCopies(valueCopies);
    Value keyCopies =
        copyTile(key, keyTile, plan.depth, add(key0, index(kKeyBlock)));
    next.acc = accumulateValues(x, state.acc, alpha, index(0));
    waitForCopies(keyCopies);
    return next;
  }

  /// S = Q K^T of the K tile at rows tileRow0 .. + 63 of keyTile; x[n][c]
  /// is accumulator c of S tile n (keys 8 n .. 8 n + 7). A positive scale
  /// c = log2(e) * scale goes into the exponent's fma (max(c s) = c
  /// max(s)); any other scale multiplies the scores here.
  SmallVector<SmallVector<Value, 4>> scores(Value tileRow0,
                                            int64_t keyTiles = kKeyBlock / 8) {
    int64_t D = plan.depth;
    Value matrix = arith::DivUIOp::create(b, loc, lane, index(8));
    Value rowInMatrix =
        add(arith::RemUIOp::create(b, loc, lane, index(8)), tileRow0);
    bool scaleFirst = scaling().appliesFirst();
    // ldmatrix gives the B fragments of two K slices at a time: matrices of
    // key rows 8 n .., chunks 2 s .. 2 s + 3.
    SmallVector<SmallVector<Value, 4>> x;
    for (int64_t n = 0; n < keyTiles; ++n) {
      Value row = add(rowInMatrix, index(8 * n));
      SmallVector<Value, 4> acc(4, f32(0));
      for (int64_t s = 0; s < D / 16; s += 2) {
        SmallVector<Value, 4> k = loadMatrices(
            keyTile, D, row, add(matrix, index(2 * s)), /*transpose=*/false);
        acc = mma16x8x16(b, loc, plan.elementType, queryFragments[s],
                         ValueRange{k[0], k[1]}, acc);
        acc = mma16x8x16(b, loc, plan.elementType, queryFragments[s + 1],
                         ValueRange{k[2], k[3]}, acc);
      }
      if (scaleFirst)
        for (Value &v : acc)
          v = scaling().apply(b, loc, v);
      x.push_back(acc);
    }
    return x;
  }

  /// alpha acc + P V, P the exponentiated scores `x` and V the tile at rows
  /// tileRow0 .. + 63 of valueTile.
  SmallVector<Value> accumulateValues(ArrayRef<SmallVector<Value, 4>> x,
                                      ArrayRef<Value> acc, Value alpha[2],
                                      Value tileRow0) {
    int64_t Dv = plan.valueDepth;
    SmallVector<Value> next(acc);
    for (size_t i = 0; i < next.size(); ++i)
      next[i] = arith::MulFOp::create(b, loc, next[i], alpha[i % 4 / 2]);
    // PV slice s takes S tiles 2s and 2s+1 as its A fragment; ldmatrix.trans
    // gives the B fragments of two O tiles at a time: matrices of key rows
    // 16 s, 16 s + 8 at chunks n, n + 1.
    Value matrix = arith::DivUIOp::create(b, loc, lane, index(8));
    Value rowInMatrix = arith::RemUIOp::create(b, loc, lane, index(8));
    Value matrixRow = add(
        add(rowInMatrix,
            mul(arith::RemUIOp::create(b, loc, matrix, index(2)), index(8))),
        tileRow0);
    Value matrixChunk = arith::DivUIOp::create(b, loc, matrix, index(2));
    for (int64_t s = 0; s < int64_t(x.size()) / 2; ++s) {
      auto pack = [&](Value low, Value high) {
        return packPair(b, loc, plan.elementType, low, high);
      };
      SmallVector<Value> a = {pack(x[2 * s][0], x[2 * s][1]),
                              pack(x[2 * s][2], x[2 * s][3]),
                              pack(x[2 * s + 1][0], x[2 * s + 1][1]),
                              pack(x[2 * s + 1][2], x[2 * s + 1][3])};
      for (int64_t n = 0; n < Dv / 8; n += 2) {
        SmallVector<Value, 4> v =
            loadMatrices(valueTile, Dv, add(matrixRow, index(16 * s)),
                         add(matrixChunk, index(n)), /*transpose=*/true);
        for (int64_t i = 0; i < 2; ++i) {
          auto slice = ArrayRef<Value>(next).slice(4 * (n + i), 4);
          SmallVector<Value, 4> updated =
              mma16x8x16(b, loc, plan.elementType, a,
                         ValueRange{v[2 * i], v[2 * i + 1]}, slice);
          std::copy(updated.begin(), updated.end(), next.begin() + 4 * (n + i));
        }
      }
    }
    return next;
  }

  /// Scores of keys past the end, and under causal masking of keys after
  /// row + offset, become -inf.
  void applyMasks(Value key0, SmallVector<SmallVector<Value, 4>> &x) {
    Value minusInf = f32(-std::numeric_limits<double>::infinity());
    Value lastKey[2], windowEnd[2];
    if (plan.causal)
      for (int64_t h = 0; h < 2; ++h)
        lastKey[h] = add(rowQueries[h], offset);
    if (plan.window > 0)
      for (int64_t h = 0; h < 2; ++h)
        windowEnd[h] = sub(lastKey[h], index(plan.window));
    Value laneKey = add(key0, mul(t, index(2)));
    // Keys 8 n .. 8 n + 7 share a page where pages align with them.
    std::map<int64_t, PageEntry> entries;
    for (int64_t n = 0; n < int64_t(x.size()); ++n)
      for (int64_t e = 0; e < 2; ++e) {
        Value keyIndex = add(laneKey, index(8 * n + e));
        Value outside;
        if (isPaged()) {
          int64_t group = 8 * n / plan.pageSize;
          PageEntry entry =
              pagesAlignWithBlocks(8)
                  ? sharedPageOf(entries, group,
                                 add(key0, index(group * plan.pageSize)))
                  : pageOf(keyIndex);
          outside =
              arith::XOrIOp::create(b, loc, keySource(keyIndex, entry).second,
                                    arith::ConstantIntOp::create(b, loc, 1, 1));
        } else if (plan.keys % kKeyBlock != 0 || plan.dynamicKeys)
          outside = arith::CmpIOp::create(b, loc, arith::CmpIPredicate::sge,
                                          keyIndex, keyCount());
        maskKeyScores(
            b, loc, keyIndex, outside,
            plan.causal ? ArrayRef<Value>(lastKey) : ArrayRef<Value>(),
            plan.window > 0 ? ArrayRef<Value>(windowEnd) : ArrayRef<Value>(),
            minusInf, x, n, e);
      }
  }

  /// O / l for the lane's rows that exist: values 8 n + 2 t + {0, 1} of
  /// each O tile n.
  void store(RowState &state) {
    storeRows(b, loc, state, plan.elementType, plan.valueDepth, t, batch, head,
              rows, rowValid, out, epilogue);
  }

  ScoreScaling scaling() const { return {plan.scaleLog2, plan.softcap}; }

  OpBuilder &b;
  Location loc;
  const AttentionPlan &plan;
  Value query, key, value, blockMask, offset, out;
  const ElementwiseEpilogue *epilogue;
  Value batch, head, kvHead, query0, thread, lane, t;
  Value rows[2];
  /// The query head and token of each of the lane's rows (clamped into
  /// the query), and whether the row exists.
  Value rowHeads[2], rowQueries[2], rowValid[2];
  /// Decoding: the block's split and where its partial results go, and the
  /// warp (which takes keys warpKeys() w .. of every block).
  Value split, partialAcc, partialMax, partialSum, warp;
  /// Keys from here on are zero-filled, not read.
  Value keyLimit;
  /// Decoding a paged cache: how to read its pools, the lengths, and this
  /// block's sequence's length.
  PagedCache cache;
  Value lengths, length;
  Value keyTile, valueTile;
  /// Decoding: the split's first key block, which ring slot 0 holds.
  Value ringFirst;
  DecodeSizes decodeSizes;
  SmallVector<SmallVector<Value>> queryFragments;
};

struct AttentionToGPU : OpRewritePattern<AttentionOp> {
  AttentionToGPU(MLIRContext *ctx, bool fuseConsumers)
      : OpRewritePattern(ctx), fuseConsumers(fuseConsumers) {}

  LogicalResult matchAndRewrite(AttentionOp op,
                                PatternRewriter &rewriter) const override {
    // Decoding shapes take the split-KV kernel (AttentionDecode.cpp).
    if (op->hasAttr(kKVSplitsAttrName))
      return rewriter.notifyMatchFailure(op, "configured for decoding");
    // The kernel is built on tensor cores only.
    if (auto tensorCores = op->getAttrOfType<BoolAttr>(kTensorCoresAttrName);
        tensorCores && !tensorCores.getValue())
      return rewriter.notifyMatchFailure(op, "tensor cores are turned off");
    int64_t blockWarps = kDefaultAttentionWarps;
    if (auto attr = op->getAttrOfType<IntegerAttr>(kKernelWarpsAttrName))
      blockWarps = attr.getInt();
    FailureOr<AttentionPlan> maybePlan =
        planAttention(op, blockWarps, rewriter);
    if (failed(maybePlan))
      return failure();
    const AttentionPlan &plan = *maybePlan;
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
      Launch launch =
          createLaunch(rewriter, loc,
                       {int64_t(llvm::divideCeil(plan.queries, plan.blockRows)),
                        plan.heads, plan.batch},
                       plan.warps);
      AttentionKernel(rewriter, loc, plan, query, key, value, blockMask, offset,
                      out, epilogue ? &*epilogue : nullptr)
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

void mlir::tessel::gpukernel::emitAttentionDecodeMMA(
    OpBuilder &b, Location loc, Launch launch,
    const AttentionDecodePlan &decode, const DecodeSizes &sizes, Value query,
    Value key, Value value, Value offset, Value table, Value lengths,
    Value partialAcc, Value partialMax, Value partialSum) {
  AttentionPlan plan;
  plan.batch = decode.batch;
  plan.heads = decode.heads;
  plan.kvHeads = decode.kvHeads;
  plan.queries = decode.queries;
  plan.keys = decode.keys;
  plan.depth = plan.valueDepth = decode.depth;
  plan.warps = decode.warps;
  plan.blockRows = kWarpRows;
  plan.elementType = decode.elementType;
  plan.scaleLog2 = decode.scaleLog2;
  plan.causal = decode.causal;
  plan.window = decode.window;
  plan.softcap = decode.softcap;
  plan.splits = decode.splits;
  plan.group = decode.group;
  plan.rows = decode.rows;
  plan.pageSize = decode.pageSize;
  plan.pages = decode.pages;
  plan.prefetchSteps = decode.prefetchSteps;
  plan.dynamicKeys = decode.dynamicKeys;
  AttentionKernel kernel(b, loc, plan, query, key, value, /*blockMask=*/Value(),
                         offset, /*out=*/Value());
  kernel.setPartialResults(partialAcc, partialMax, partialSum);
  kernel.setDecodeSizes(sizes);
  if (plan.pageSize > 0)
    kernel.setPages(table, lengths);
  kernel.emit(launch);
}

void mlir::tessel::populateAttentionToGPUPatterns(RewritePatternSet &patterns,
                                                  bool fuseConsumers) {
  patterns.add<AttentionToGPU>(patterns.getContext(), fuseConsumers);
}
