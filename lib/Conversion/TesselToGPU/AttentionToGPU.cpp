//===- AttentionToGPU.cpp - Attention as one fused flash kernel -----------===//
//
// tessel.attention (f16 or bf16, head dimensions multiples of 32 up to 128)
// as one kernel in the manner of FlashAttention-2: the S x S scores never
// leave registers.
//
//   - a block of 4 warps owns 64 query rows of one (batch, head); warp w
//     owns rows 16 w .. 16 w + 15, lane (g, t) = (lane / 4, lane % 4) rows
//     g and g + 8 of them, as in the mma.sync m16n8k16 fragments;
//   - the block walks the keys in blocks of 64: S = Q K^T on tensor cores
//     (8 column tiles x D / 16 mma.sync), an online softmax in registers
//     (row maxima through two quad shuffles, exp2 of log2(e)-scaled
//     scores), then O += P V (4 K slices x Dv / 8 mma.sync) with P taken
//     straight from the S accumulators;
//   - under causal masking the key loop stops after the diagonal, and only
//     the blocks on it (and a partial last block) compare indices; a
//     block_mask skips whole key blocks.
//
// No shared memory: every operand fragment is loaded from global memory
// (L1/L2) with 16-byte vector loads. This works because mma.sync sums over
// its K slots in any order, and because the assignment of S columns to
// keys and of O columns to value columns is free:
//
//   - Q K^T contracts over D: slots 2t, 2t+1, 2t+8, 2t+9 of K slice s are
//     d = (D/4) t + 4 s + {0, 1, 2, 3}, so a lane's Q and K fragments are
//     D/4 consecutive values of one row;
//   - column 2t + e of S tile n is key 16 (n / 2) + 4 t + 2 (n % 2) + e, so
//     the P fragment of PV slice s (S tiles 2s, 2s+1, unchanged) covers
//     keys 16 s + 4 t + {0..3}, and the B column g of K tile n is key
//     16 (n / 2) + 4 (g / 2) + 2 (n % 2) + g % 2;
//   - column g of O tile n is value column (Dv/8) g + n: a lane's V
//     fragments are Dv/8 consecutive values of 4 key rows, and its O
//     accumulators Dv/4 consecutive values of each of its rows.
//
//===----------------------------------------------------------------------===//

#include "../TesselToLinalg/LoweringUtils.h"
#include "KernelUtils.h"
#include "tessel/Conversion/TesselToGPU.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Bufferization/IR/Bufferization.h"
#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"
#include "mlir/IR/PatternMatch.h"
#include "tessel/Dialect/Tessel/IR/TesselOps.h"
#include "llvm/Support/MathExtras.h"

#include <cmath>
#include <limits>

using namespace mlir;
using namespace mlir::tessel;
using namespace mlir::tessel::lowering;
using namespace mlir::tessel::gpukernel;

namespace {

constexpr int64_t kWarpsPerBlock = 4;
/// Query rows of a warp (the M of mma.sync) and of a block.
constexpr int64_t kWarpRows = 16;
constexpr int64_t kBlockRows = kWarpRows * kWarpsPerBlock;
/// Keys per step of the key loop: 8 S tiles of 8 columns.
constexpr int64_t kKeyBlock = 64;
/// Head dimensions up to this many stay in registers (O: Dv / 2 floats per
/// lane, Q: D / 4 words).
constexpr int64_t kMaxHeadDim = 128;
/// Values of one 16-byte load.
constexpr int64_t kVectorElements = 8;

/// What the kernel computes, in its terms.
struct AttentionPlan {
  int64_t batch, heads, kvHeads, queries, keys, depth, valueDepth;
  Type elementType;
  /// The softmax scale times log2(e): scores are exponentiated with exp2.
  double scaleLog2;
  bool causal;
  /// The block mask's [batch, head] extents (1 broadcasts) and block sizes.
  int64_t maskBatch = 0, maskHeads = 0, maskRows = 0, maskColumns = 0;
};

FailureOr<AttentionPlan> planAttention(AttentionOp op,
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
  double scale = op.getScale() ? op.getScale()->convertToDouble()
                               : 1.0 / std::sqrt(double(plan.depth));
  plan.scaleLog2 = scale * llvm::numbers::log2e;
  plan.causal = op.getCausal();
  if (Value blockMask = op.getBlockMask()) {
    ArrayRef<int64_t> sizes = *op.getBlockSizes();
    if (sizes[0] % kBlockRows != 0 || sizes[1] % kKeyBlock != 0)
      return rewriter.notifyMatchFailure(
          op, "block_sizes not multiples of the kernel's 64 x 64 blocks");
    auto type = cast<RankedTensorType>(blockMask.getType());
    plan.maskBatch = type.getDimSize(0);
    plan.maskHeads = type.getDimSize(1);
    plan.maskRows = sizes[0];
    plan.maskColumns = sizes[1];
  }
  return plan;
}

/// The values a lane carries from key block to key block: its O
/// accumulators (4 per O tile), the running maxima of its two rows (of
/// log2(e)-scaled scores) and its partial row sums.
struct RowState {
  SmallVector<Value> acc;
  Value max[2], sum[2];

  SmallVector<Value> flatten() const {
    SmallVector<Value> values(acc);
    values.append({max[0], max[1], sum[0], sum[1]});
    return values;
  }
  static RowState unflatten(ValueRange values) {
    RowState state;
    state.acc = llvm::to_vector(values.drop_back(4));
    size_t n = state.acc.size();
    state.max[0] = values[n];
    state.max[1] = values[n + 1];
    state.sum[0] = values[n + 2];
    state.sum[1] = values[n + 3];
    return state;
  }
};

/// Builds the body of one block of the attention kernel.
class AttentionKernel {
public:
  AttentionKernel(OpBuilder &b, Location loc, const AttentionPlan &plan,
                  Value query, Value key, Value value, Value blockMask,
                  Value offset, Value out)
      : b(b), loc(loc), plan(plan), query(query), key(key), value(value),
        blockMask(blockMask), offset(offset), out(out) {}

  void emit(Launch launch) {
    auto blockIds = launch.op.getBlockIds();
    // Heavy causal blocks (the last query rows) start first.
    Value queryBlock =
        sub(index(llvm::divideCeil(plan.queries, kBlockRows) - 1), blockIds.x);
    query0 = mul(queryBlock, index(kBlockRows));
    head = blockIds.y;
    batch = blockIds.z;
    kvHead =
        arith::DivUIOp::create(b, loc, head, index(plan.heads / plan.kvHeads));
    Value g = arith::DivUIOp::create(b, loc, launch.lane, index(4));
    t = arith::RemUIOp::create(b, loc, launch.lane, index(4));
    rows[0] = add(add(query0, mul(launch.warp, index(kWarpRows))), g);
    rows[1] = add(rows[0], index(8));
    // The lane's B column g of K tile n is key 16 (n / 2) + 2 (n % 2) +
    // keyInTile.
    keyInTile = add(mul(arith::DivUIOp::create(b, loc, g, index(2)), index(4)),
                    arith::RemUIOp::create(b, loc, g, index(2)));
    valueColumn = mul(g, index(plan.valueDepth / 8));
    loadQueryFragments();

    RowState state;
    state.acc.assign(plan.valueDepth / 8 * 4, f32(0));
    for (int64_t h = 0; h < 2; ++h) {
      state.max[h] = f32(-std::numeric_limits<double>::infinity());
      state.sum[h] = f32(0);
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
      end = clamp(arith::CeilDivSIOp::create(
                      b, loc, add(last, index(kBlockRows)), index(kKeyBlock)),
                  index(0), end);
      full = clamp(arith::FloorDivSIOp::create(b, loc, add(last, index(1)),
                                               index(kKeyBlock)),
                   index(0), arith::MinSIOp::create(b, loc, end, full));
    }
    state = keyLoop(index(0), full, state, /*masked=*/false);
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
  /// 2^x in one instruction of the special function unit (ex2.approx,
  /// relative error about 2^-22). llvm.intr.exp2 would do, but the NVVM
  /// conversion takes every llvm math intrinsic for a libdevice call.
  Value exp2(Value x) {
    return LLVM::CallIntrinsicOp::create(
               b, loc, b.getF32Type(),
               b.getStringAttr(kApproximateExp2Intrinsic), ValueRange{x})
        .getResult(0);
  }

  /// `count` consecutive values of row `row` of `buffer` [B, H, S, D] from
  /// column `column`, as 32-bit words (16-byte loads where possible).
  SmallVector<Value> loadWords(Value buffer, Value batchIndex, Value headIndex,
                               Value row, Value column, int64_t count,
                               int64_t rowLength) {
    int64_t piece = std::min(count, kVectorElements);
    auto type = VectorType::get({piece}, plan.elementType);
    auto wordsType = VectorType::get({piece / 2}, b.getI32Type());
    uint64_t alignment = loadAlignment(2, piece, rowLength);
    SmallVector<Value> words;
    for (int64_t p = 0; p < count; p += piece) {
      Value v = vector::LoadOp::create(
          b, loc, type, buffer,
          ValueRange{batchIndex, headIndex, row, add(column, index(p))},
          /*nontemporal=*/false, llvm::MaybeAlign(alignment));
      v = vector::BitCastOp::create(b, loc, wordsType, v);
      for (int64_t w = 0; w < piece / 2; ++w)
        words.push_back(vector::ExtractOp::create(b, loc, v, w));
    }
    return words;
  }

  /// The same values as one vector of `count` 16-bit values.
  Value loadVector(Value buffer, Value batchIndex, Value headIndex, Value row,
                   Value column, int64_t count, int64_t rowLength) {
    int64_t piece = std::min(count, kVectorElements);
    auto type = VectorType::get({piece}, plan.elementType);
    uint64_t alignment = loadAlignment(2, piece, rowLength);
    SmallVector<Value> parts;
    for (int64_t p = 0; p < count; p += piece)
      parts.push_back(vector::LoadOp::create(
          b, loc, type, buffer,
          ValueRange{batchIndex, headIndex, row, add(column, index(p))},
          /*nontemporal=*/false, llvm::MaybeAlign(alignment)));
    if (parts.size() == 1)
      return parts[0];
    SmallVector<Value> elements;
    for (Value part : parts)
      for (int64_t e = 0; e < piece; ++e)
        elements.push_back(vector::ExtractOp::create(b, loc, part, e));
    return vector::FromElementsOp::create(
        b, loc, VectorType::get({count}, plan.elementType), elements);
  }

  Value operand(Value word) {
    return mmaOperand(b, loc, plan.elementType, word);
  }

  /// Rows past the end read the last row; their results are not stored.
  Value clampRow(Value row, int64_t length) {
    return arith::MinUIOp::create(b, loc, row, index(length - 1));
  }

  /// The A fragments of Q, for every K slice of D: the lane's D/4 values of
  /// rows g and g + 8, loaded once.
  void loadQueryFragments() {
    int64_t D = plan.depth;
    Value column = mul(t, index(D / 4));
    SmallVector<Value> words[2];
    for (int64_t h = 0; h < 2; ++h)
      words[h] = loadWords(query, batch, head, clampRow(rows[h], plan.queries),
                           column, D / 4, D);
    for (int64_t s = 0; s < D / 16; ++s)
      queryFragments.push_back(
          {operand(words[0][2 * s]), operand(words[1][2 * s]),
           operand(words[0][2 * s + 1]), operand(words[1][2 * s + 1])});
  }

  /// for kb in [from, to): state = step(kb, state).
  RowState keyLoop(Value from, Value to, const RowState &state, bool masked) {
    auto loop = scf::ForOp::create(b, loc, from, to, index(1), state.flatten());
    OpBuilder::InsertionGuard guard(b);
    b.setInsertionPointToStart(loop.getBody());
    RowState current = RowState::unflatten(loop.getRegionIterArgs());
    RowState next;
    if (blockMask) {
      auto ifKept = scf::IfOp::create(b, loc, TypeRange(loop.getResultTypes()),
                                      keptBlock(loop.getInductionVar()),
                                      /*withElseRegion=*/true);
      b.setInsertionPointToStart(ifKept.thenBlock());
      scf::YieldOp::create(
          b, loc, keyBlock(loop.getInductionVar(), current, masked).flatten());
      b.setInsertionPointToStart(ifKept.elseBlock());
      scf::YieldOp::create(b, loc, current.flatten());
      b.setInsertionPointAfter(ifKept);
      next = RowState::unflatten(ifKept.getResults());
    } else {
      next = keyBlock(loop.getInductionVar(), current, masked);
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

  /// One block of 64 keys: scores, online softmax, O update.
  RowState keyBlock(Value kb, const RowState &state, bool masked) {
    int64_t D = plan.depth, Dv = plan.valueDepth;
    Value key0 = mul(kb, index(kKeyBlock));
    bool partialKeys = plan.keys % kKeyBlock != 0;
    Value keyColumn = mul(t, index(D / 4));

    // S = Q K^T, scaled by log2(e) / sqrt(D); x[n][c] is accumulator c of
    // S tile n.
    SmallVector<SmallVector<Value, 4>> x;
    for (int64_t n = 0; n < kKeyBlock / 8; ++n) {
      Value keyRow =
          add(key0, add(keyInTile, index(16 * (n / 2) + 2 * (n % 2))));
      if (partialKeys)
        keyRow = clampRow(keyRow, plan.keys);
      SmallVector<Value> words =
          loadWords(key, batch, kvHead, keyRow, keyColumn, D / 4, D);
      SmallVector<Value, 4> acc(4, f32(0));
      for (int64_t s = 0; s < D / 16; ++s)
        acc = mma16x8x16(
            b, loc, plan.elementType, queryFragments[s],
            ValueRange{operand(words[2 * s]), operand(words[2 * s + 1])}, acc);
      for (Value &v : acc)
        v = arith::MulFOp::create(b, loc, v, f32(plan.scaleLog2));
      x.push_back(acc);
    }
    if (masked)
      applyMasks(key0, x);

    // Online softmax: the new row maxima, the factor for what was summed so
    // far, and P = exp2(x - max).
    RowState next;
    Value alpha[2];
    for (int64_t h = 0; h < 2; ++h) {
      Value m = state.max[h];
      for (auto &tile : x)
        for (int64_t e = 0; e < 2; ++e)
          m = arith::MaxNumFOp::create(b, loc, m, tile[2 * h + e]);
      for (int32_t lanes : {1, 2})
        m = arith::MaxNumFOp::create(
            b, loc, m,
            gpu::ShuffleOp::create(b, loc, m, lanes, kWarp,
                                   gpu::ShuffleMode::XOR)
                .getShuffleResult());
      next.max[h] = m;
      // A row without any key so far keeps max -inf; exp2 then takes 0 as
      // its base (all its terms are exp2(-inf) = 0).
      Value isEmpty =
          arith::CmpFOp::create(b, loc, arith::CmpFPredicate::OEQ, m,
                                f32(-std::numeric_limits<double>::infinity()));
      Value base = arith::SelectOp::create(b, loc, isEmpty, f32(0), m);
      alpha[h] = exp2(arith::SubFOp::create(b, loc, state.max[h], base));
      Value sum = arith::MulFOp::create(b, loc, state.sum[h], alpha[h]);
      for (auto &tile : x)
        for (int64_t e = 0; e < 2; ++e) {
          Value &p = tile[2 * h + e];
          p = exp2(arith::SubFOp::create(b, loc, p, base));
          sum = arith::AddFOp::create(b, loc, sum, p);
        }
      next.sum[h] = sum;
    }

    // O = alpha O + P V. PV slice s takes S tiles 2s and 2s+1 as its A
    // fragment: keys 16 s + 4 t + {0, 1} and {2, 3}.
    next.acc.assign(state.acc.begin(), state.acc.end());
    for (size_t i = 0; i < next.acc.size(); ++i)
      next.acc[i] =
          arith::MulFOp::create(b, loc, next.acc[i], alpha[i % 4 / 2]);
    for (int64_t s = 0; s < kKeyBlock / 16; ++s) {
      auto pack = [&](Value low, Value high) {
        return packPair(b, loc, plan.elementType, low, high);
      };
      SmallVector<Value> a = {pack(x[2 * s][0], x[2 * s][1]),
                              pack(x[2 * s][2], x[2 * s][3]),
                              pack(x[2 * s + 1][0], x[2 * s + 1][1]),
                              pack(x[2 * s + 1][2], x[2 * s + 1][3])};
      SmallVector<Value> valueRows;
      for (int64_t r = 0; r < 4; ++r) {
        Value row = add(key0, add(mul(t, index(4)), index(16 * s + r)));
        if (partialKeys)
          row = clampRow(row, plan.keys);
        valueRows.push_back(
            loadVector(value, batch, kvHead, row, valueColumn, Dv / 8, Dv));
      }
      for (int64_t n = 0; n < Dv / 8; ++n) {
        auto pair = [&](int64_t r) {
          Value v =
              vector::ShuffleOp::create(b, loc, valueRows[r], valueRows[r + 1],
                                        ArrayRef<int64_t>{n, Dv / 8 + n});
          return plan.elementType.isBF16() ? asWord(b, loc, v) : v;
        };
        auto acc = ArrayRef<Value>(next.acc).slice(4 * n, 4);
        SmallVector<Value, 4> updated = mma16x8x16(
            b, loc, plan.elementType, a, ValueRange{pair(0), pair(2)}, acc);
        std::copy(updated.begin(), updated.end(), next.acc.begin() + 4 * n);
      }
    }
    return next;
  }

  /// Scores of keys past the end, and under causal masking of keys after
  /// row + offset, become -inf.
  void applyMasks(Value key0, SmallVector<SmallVector<Value, 4>> &x) {
    Value minusInf = f32(-std::numeric_limits<double>::infinity());
    Value lastKey[2];
    if (plan.causal)
      for (int64_t h = 0; h < 2; ++h)
        lastKey[h] = add(rows[h], offset);
    Value laneKey = add(key0, mul(t, index(4)));
    for (int64_t n = 0; n < kKeyBlock / 8; ++n)
      for (int64_t e = 0; e < 2; ++e) {
        Value keyIndex = add(laneKey, index(16 * (n / 2) + 2 * (n % 2) + e));
        Value outside;
        if (plan.keys % kKeyBlock != 0)
          outside = arith::CmpIOp::create(b, loc, arith::CmpIPredicate::sge,
                                          keyIndex, index(plan.keys));
        for (int64_t h = 0; h < 2; ++h) {
          Value masked = outside;
          if (plan.causal) {
            Value late = arith::CmpIOp::create(
                b, loc, arith::CmpIPredicate::sgt, keyIndex, lastKey[h]);
            masked = masked ? arith::OrIOp::create(b, loc, masked, late) : late;
          }
          Value &score = x[n][2 * h + e];
          score = arith::SelectOp::create(b, loc, masked, minusInf, score);
        }
      }
  }

  /// O / l for the lane's rows that exist: Dv/4 consecutive values each.
  void store(RowState &state) {
    int64_t Dv = plan.valueDepth;
    Value column = mul(t, index(Dv / 4));
    for (int64_t h = 0; h < 2; ++h) {
      Value sum = state.sum[h];
      for (int32_t lanes : {1, 2})
        sum = arith::AddFOp::create(
            b, loc, sum,
            gpu::ShuffleOp::create(b, loc, sum, lanes, kWarp,
                                   gpu::ShuffleMode::XOR)
                .getShuffleResult());
      // A fully masked row (no key at all) is zero.
      Value isEmpty =
          arith::CmpFOp::create(b, loc, arith::CmpFPredicate::OEQ, sum, f32(0));
      Value inverse = arith::SelectOp::create(
          b, loc, isEmpty, f32(0), arith::DivFOp::create(b, loc, f32(1), sum));
      Value valid = arith::CmpIOp::create(b, loc, arith::CmpIPredicate::ult,
                                          rows[h], index(plan.queries));
      auto ifValid = scf::IfOp::create(b, loc, valid);
      OpBuilder::InsertionGuard guard(b);
      b.setInsertionPointToStart(ifValid.thenBlock());
      // Value column (Dv/4) t + i holds O tile i % (Dv/8), accumulator
      // 2 h + i / (Dv/8).
      auto result = [&](int64_t i) {
        Value o = state.acc[4 * (i % (Dv / 8)) + 2 * h + i / (Dv / 8)];
        return arith::MulFOp::create(b, loc, o, inverse);
      };
      int64_t piece = std::min(Dv / 4, kVectorElements);
      for (int64_t p = 0; p < Dv / 4; p += piece) {
        SmallVector<Value> words;
        for (int64_t i = p; i < p + piece; i += 2) {
          Value pair =
              packPair(b, loc, plan.elementType, result(i), result(i + 1));
          words.push_back(plan.elementType.isBF16() ? pair
                                                    : asWord(b, loc, pair));
        }
        Value vector = vector::FromElementsOp::create(
            b, loc, VectorType::get({piece / 2}, b.getI32Type()), words);
        vector = vector::BitCastOp::create(
            b, loc, VectorType::get({piece}, plan.elementType), vector);
        vector::StoreOp::create(
            b, loc, vector, out,
            ValueRange{batch, head, rows[h], add(column, index(p))},
            /*nontemporal=*/false,
            llvm::MaybeAlign(loadAlignment(2, piece, Dv)));
      }
    }
  }

  OpBuilder &b;
  Location loc;
  const AttentionPlan &plan;
  Value query, key, value, blockMask, offset, out;
  Value batch, head, kvHead, query0, t, keyInTile, valueColumn;
  Value rows[2];
  SmallVector<SmallVector<Value>> queryFragments;
};

struct AttentionToGPU : OpRewritePattern<AttentionOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(AttentionOp op,
                                PatternRewriter &rewriter) const override {
    FailureOr<AttentionPlan> maybePlan = planAttention(op, rewriter);
    if (failed(maybePlan))
      return failure();
    const AttentionPlan &plan = *maybePlan;
    Location loc = op.getLoc();
    Value query = readOnlyBuffer(rewriter, loc, op.getQuery());
    Value key = readOnlyBuffer(rewriter, loc, op.getKey());
    Value value = readOnlyBuffer(rewriter, loc, op.getValue());
    Value blockMask = readOnlyBuffer(rewriter, loc, op.getBlockMask());
    Value offset = op.getOffset();
    if (!offset)
      offset = indexConst(rewriter, loc, plan.keys - plan.queries);
    auto resultType = cast<RankedTensorType>(op.getResult().getType());
    Value out = memref::AllocOp::create(
        rewriter, loc,
        MemRefType::get(resultType.getShape(), resultType.getElementType()));
    {
      OpBuilder::InsertionGuard guard(rewriter);
      Launch launch =
          createLaunch(rewriter, loc,
                       {int64_t(llvm::divideCeil(plan.queries, kBlockRows)),
                        plan.heads, plan.batch},
                       kWarpsPerBlock);
      AttentionKernel(rewriter, loc, plan, query, key, value, blockMask, offset,
                      out)
          .emit(launch);
    }
    rewriter.replaceOpWithNewOp<bufferization::ToTensorOp>(
        op, resultType, out, rewriter.getUnitAttr(), rewriter.getUnitAttr());
    return success();
  }
};

} // namespace

void mlir::tessel::populateAttentionToGPUPatterns(RewritePatternSet &patterns) {
  patterns.add<AttentionToGPU>(patterns.getContext());
}
