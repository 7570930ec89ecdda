//===- RowSoftmax.cpp - Online softmax rows of the tensor-core kernels ----===//
//
// What the mma.sync (AttentionMMASync.cpp) and wgmma
// (AttentionWarpgroup.cpp) attention kernels share: both hold scores and
// outputs in the m16n8 accumulator layout, so the online softmax of a
// lane's two rows and their final stores are the same code.
//
//===----------------------------------------------------------------------===//

#include "AttentionKernels.h"
#include "Epilogue.h"
#include "tessel/Conversion/LoweringUtils.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"

#include <limits>

using namespace mlir;
using namespace mlir::tessel;
using namespace mlir::tessel::lowering;
using namespace mlir::tessel::gpukernel;

namespace {
/// The xor offsets that reach the 4 lanes of a quad, which share the rows
/// of an accumulator fragment.
constexpr int32_t kQuadLanes[] = {1, 2};
} // namespace

SmallVector<Value> RowState::flatten() const {
  SmallVector<Value> values(acc);
  values.append({max[0], max[1], sum[0], sum[1]});
  return values;
}

RowState RowState::unflatten(ValueRange values) {
  RowState state;
  state.acc = llvm::to_vector(values.drop_back(4));
  size_t n = state.acc.size();
  state.max[0] = values[n];
  state.max[1] = values[n + 1];
  state.sum[0] = values[n + 2];
  state.sum[1] = values[n + 3];
  return state;
}

Value ScoreScaling::apply(OpBuilder &b, Location loc, Value s) const {
  auto constant = [&](double v) {
    return arith::ConstantOp::create(b, loc, b.getF32FloatAttr(v));
  };
  if (softcap <= 0)
    return arith::MulFOp::create(b, loc, s, constant(scaleLog2));
  double scale = scaleLog2 / llvm::numbers::log2e;
  Value capped = math::TanhOp::create(
      b, loc, arith::MulFOp::create(b, loc, s, constant(scale / softcap)));
  return arith::MulFOp::create(b, loc, capped,
                               constant(softcap * llvm::numbers::log2e));
}

RowState gpukernel::onlineSoftmaxStep(OpBuilder &b, Location loc,
                                      MutableArrayRef<SmallVector<Value, 4>> x,
                                      const RowState &state, Value c,
                                      Value alpha[2]) {
  auto f32 = [&](double v) { return f32Const(b, loc, v); };
  RowState next;
  for (int64_t h = 0; h < 2; ++h) {
    Value m = state.max[h];
    for (auto &tile : x)
      for (int64_t e = 0; e < 2; ++e)
        m = arith::MaxNumFOp::create(b, loc, m, tile[2 * h + e]);
    m = reduceAcrossLanes(b, loc, m, kQuadLanes, [&](Value x, Value y) {
      return arith::MaxNumFOp::create(b, loc, x, y);
    });
    next.max[h] = m;
    // A row without any key so far keeps max -inf; exp2 then takes 0 as
    // its base (all its terms are exp2(-inf) = 0).
    Value isEmpty =
        arith::CmpFOp::create(b, loc, arith::CmpFPredicate::OEQ, m,
                              f32(-std::numeric_limits<double>::infinity()));
    Value negBase = arith::SelectOp::create(
        b, loc, isEmpty, f32(0),
        arith::NegFOp::create(b, loc, arith::MulFOp::create(b, loc, m, c)));
    auto scaledExp2 = [&](Value v) {
      return approximateExp2(b, loc,
                             math::FmaOp::create(b, loc, v, c, negBase));
    };
    alpha[h] = scaledExp2(state.max[h]);
    Value sum = arith::MulFOp::create(b, loc, state.sum[h], alpha[h]);
    for (auto &tile : x)
      for (int64_t e = 0; e < 2; ++e) {
        Value &p = tile[2 * h + e];
        p = scaledExp2(p);
        sum = arith::AddFOp::create(b, loc, sum, p);
      }
    next.sum[h] = sum;
  }
  return next;
}

void gpukernel::maskKeyScores(OpBuilder &b, Location loc, Value keyIndex,
                              Value outside, ArrayRef<Value> lastKeys,
                              ArrayRef<Value> windowEnds, Value minusInf,
                              MutableArrayRef<SmallVector<Value, 4>> x,
                              int64_t n, int64_t e) {
  for (int64_t h = 0; h < 2; ++h) {
    Value masked = outside;
    auto orMasked = [&](Value condition) {
      masked =
          masked ? arith::OrIOp::create(b, loc, masked, condition) : condition;
    };
    if (!lastKeys.empty())
      orMasked(arith::CmpIOp::create(b, loc, arith::CmpIPredicate::sgt,
                                     keyIndex, lastKeys[h]));
    if (!windowEnds.empty())
      orMasked(arith::CmpIOp::create(b, loc, arith::CmpIPredicate::sle,
                                     keyIndex, windowEnds[h]));
    // Nothing to compare: whole steps without causal masking.
    if (!masked)
      continue;
    Value &score = x[n][2 * h + e];
    score = arith::SelectOp::create(b, loc, masked, minusInf, score);
  }
}

void gpukernel::storeRows(OpBuilder &b, Location loc, const RowState &state,
                          Type elementType, int64_t valueDepth, Value t,
                          Value batch, Value head, ArrayRef<Value> rows,
                          ArrayRef<Value> rowValid, Value out,
                          const ElementwiseEpilogue *epilogue) {
  auto f32 = [&](double v) { return f32Const(b, loc, v); };
  auto index = [&](int64_t v) { return indexConst(b, loc, v); };
  auto add = [&](Value x, Value y) {
    return arith::AddIOp::create(b, loc, x, y);
  };
  Value column = arith::MulIOp::create(b, loc, t, index(2));
  for (int64_t h = 0; h < 2; ++h) {
    Value sum = reduceAcrossLanes(
        b, loc, state.sum[h], kQuadLanes,
        [&](Value x, Value y) { return arith::AddFOp::create(b, loc, x, y); });
    // A fully masked row (no key at all) is zero.
    Value isEmpty =
        arith::CmpFOp::create(b, loc, arith::CmpFPredicate::OEQ, sum, f32(0));
    Value inverse = arith::SelectOp::create(
        b, loc, isEmpty, f32(0), arith::DivFOp::create(b, loc, f32(1), sum));
    auto ifValid = scf::IfOp::create(b, loc, rowValid[h]);
    OpBuilder::InsertionGuard guard(b);
    b.setInsertionPointToStart(ifValid.thenBlock());
    for (int64_t n = 0; n < valueDepth / 8; ++n) {
      Value o[2];
      for (int64_t e = 0; e < 2; ++e)
        o[e] = arith::MulFOp::create(b, loc, state.acc[4 * n + 2 * h + e],
                                     inverse);
      Value at = add(column, index(8 * n));
      if (epilogue) {
        // The fused consumers, from each value rounded to the element type
        // as the unfused kernel stores it.
        SmallVector<Value> results =
            epilogue->emit(b, loc,
                           {fromF32(b, loc, o[0], elementType),
                            fromF32(b, loc, o[1], elementType)},
                           ValueRange{batch, head, rows[h], at}, /*dim=*/3);
        Type type = epilogue->getElementType();
        SmallVector<Value> point = {batch, head, rows[h], at};
        if (type.getIntOrFloatBitWidth() % 8 != 0) {
          // Sub-byte elements (i1) take a byte each in memory.
          memref::StoreOp::create(b, loc, results[0], out, point);
          memref::StoreOp::create(
              b, loc, results[1], out,
              ValueRange{batch, head, rows[h], add(at, index(1))});
          continue;
        }
        vector::StoreOp::create(
            b, loc,
            vector::FromElementsOp::create(b, loc, VectorType::get({2}, type),
                                           results),
            out, point, /*nontemporal=*/false,
            llvm::MaybeAlign(2 * type.getIntOrFloatBitWidth() / 8));
        continue;
      }
      Value pair = packPair(b, loc, elementType, o[0], o[1]);
      if (elementType.isBF16())
        pair = vector::BitCastOp::create(
            b, loc, VectorType::get({2}, elementType),
            vector::BroadcastOp::create(
                b, loc, VectorType::get({1}, b.getI32Type()), pair));
      vector::StoreOp::create(b, loc, pair, out,
                              ValueRange{batch, head, rows[h], at},
                              /*nontemporal=*/false, llvm::MaybeAlign(4));
    }
  }
}
