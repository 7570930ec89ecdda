//===- QMatmulWarpgroup.cpp - qmatmul as an sm_90 mixed-input GEMM --------===//
//
// tessel.qmatmul with many input rows as one Hopper kernel, planned by
// QMatmulWarpgroupPlanner.h (which describes the schedule). It computes
// Y^T = W X^T: the weights are the register A operand of wgmma, dequantized
// where they are used, the input rows the B operand in shared memory.
// Shared memory, from a 1024-byte aligned base:
//
//   X      stages x [blockRows rows][64 columns], 128-byte swizzled
//   W      stages x [64 consumers rows][8 words] (4-bit weights, dense)
//   mbarriers: full and empty per stage
//
// Step i uses slot i % stages; the n-th use of a slot waits for phase n of
// its full barrier (parity n & 1), and the producer waits for phase n - 1
// of its empty barrier (parity (n & 1) ^ 1, which a fresh barrier passes at
// once). Consumer warps free a slot once the wgmma group that read it has
// completed, which they learn one step later (wgmma.wait_group 1).
//
// The A fragments: warp w of a consumer holds its weight rows 16 w .. 16 w
// + 15, lane (g, t) rows g and g + 8, and for each 16 K values of a step
// (k-step j) the pairs k = 16 j + 2 t + {0, 1} and 16 j + 2 t + 8 + {0, 1}:
// byte t of the row's words 2 j and 2 j + 1 (tessel.pack's order puts
// element k in bits [4 k, 4 k + 4) of the row's bit stream). One prmt puts
// that byte's low nibble in the low half of a register and its high nibble
// (from the word shifted by 4) in the high half; one lop3 masks them and
// sets the exponent of 128 (bf16) or 1024 (f16), which makes each half
// 128 + u; an exact 16-bit subtraction of 128 + 2^(B-1) (signed) + z (zero
// points) leaves the integer, and one multiplication by the group's scale
// the weight, rounded once to the input's type.
//
// Split-K: block z of `splits` runs steps [z S, (z + 1) S) of S =
// steps / splits and stores its raw sums in an f32 workspace [splits][rows]
// [columns]; a second kernel adds them up in order (deterministic) and does
// the bias, activation and fused epilogue.
//
// The accumulators: lane (g, t) holds output columns g and g + 8 of its
// warp's 16 and input rows 8 i + 2 t + {0, 1} of each 8-row slice i, as
// mma.sync's C fragments (transposed: rows of wgmma are output columns).
//
//===----------------------------------------------------------------------===//

#include "Epilogue.h"
#include "KernelUtils.h"
#include "QMatmulToGPU/PairedWeights.h"
#include "Warpgroup.h"
#include "tessel/Codegen/CUDA/QMatmulWarpgroupPlanner.h"
#include "tessel/Codegen/CUDA/TesselToGPU.h"
#include "tessel/Conversion/LoweringUtils.h"
#include "tessel/Dialect/Tessel/IR/ConfigurationAttributes.h"
#include "tessel/Dialect/Tessel/IR/TesselOps.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Bufferization/IR/Bufferization.h"
#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/Dialect/LLVMIR/NVVMDialect.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"
#include "mlir/IR/PatternMatch.h"

#include <optional>
#include <string>

using namespace mlir;
using namespace mlir::tessel;
using namespace mlir::tessel::lowering;
using namespace mlir::tessel::gpukernel;

namespace {

/// Threads per block of split-K's second kernel.
constexpr int64_t kSplitSumThreads = 256;

/// The subtrahend of a pair without zero points: 128 (bf16) or 1024 (f16),
/// plus 2^(B-1) for signed weights (offset binary); zero points add z.
double constantBase(const QMatmulWarpgroupPlan &plan) {
  return pairBase(plan.elementType) +
         (plan.isSigned ? double(int64_t{1} << (plan.bits - 1)) : 0.0);
}

/// The operands of the kernel, as buffers (the input and the weight words
/// through their tensor maps).
struct GemmOperands {
  Value inputMap, weightMap, scales, bases, bias, out;
  /// With split-K, the f32 partial sums [splits][rows][columns].
  Value workspace;
  /// The input rows (an index value, known at run time or not).
  Value rows;
};

class WarpgroupGemm {
public:
  WarpgroupGemm(OpBuilder &b, Location loc, const QMatmulWarpgroupPlan &plan,
                GemmOperands operands, Activation activation,
                const ElementwiseEpilogue *epilogue)
      : b(b), loc(loc), plan(plan), operands(operands), activation(activation),
        epilogue(epilogue) {}

  void emit(Launch launch) {
    Value thread = launch.op.getThreadIds().x;
    lane = launch.lane;
    Value warpgroup = div(thread, index(kWarpgroupThreads));
    createSharedMemory(thread);
    column0 = mul(launch.op.getBlockIds().x, index(plan.getBlockColumns()));
    row0 = mul(launch.op.getBlockIds().y, index(plan.blockRows));
    split = launch.op.getBlockIds().z;
    stepOffset = mul(split, index(plan.getStepsPerSplit()));

    Value isProducer = arith::CmpIOp::create(b, loc, arith::CmpIPredicate::eq,
                                             warpgroup, index(0));
    auto roles = scf::IfOp::create(b, loc, isProducer, /*withElse=*/true);
    {
      OpBuilder::InsertionGuard guard(b);
      b.setInsertionPointToStart(roles.thenBlock());
      // One consumer has its registers at launch (256 threads).
      if (plan.consumers > 1)
        setMaxRegisters(b, loc, kProducerRegisters, /*increase=*/false);
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
        setMaxRegisters(b, loc, consumerRegisters(plan.consumers),
                        /*increase=*/true);
      emitConsumer(sub(warpgroup, index(1)), thread);
    }
  }

private:
  Value index(int64_t v) { return indexConst(b, loc, v); }
  Value i32(int64_t v) {
    return arith::ConstantIntOp::create(b, loc, b.getI32Type(), v);
  }
  Value add(Value x, Value y) { return arith::AddIOp::create(b, loc, x, y); }
  Value sub(Value x, Value y) { return arith::SubIOp::create(b, loc, x, y); }
  Value mul(Value x, Value y) { return arith::MulIOp::create(b, loc, x, y); }
  Value div(Value x, Value y) { return arith::DivUIOp::create(b, loc, x, y); }
  Value rem(Value x, Value y) { return arith::RemUIOp::create(b, loc, x, y); }
  Value toI32(Value v) {
    return arith::IndexCastOp::create(b, loc, b.getI32Type(), v);
  }

  //===--------------------------------------------------------------------===//
  // Shared memory
  //===--------------------------------------------------------------------===//

  void createSharedMemory(Value thread) {
    base = alignedSharedBase(b, loc, plan.getSharedBytes());
    weightRing = plan.stages * plan.getInputStepBytes();
    barriers = weightRing + plan.stages * plan.getWeightStepBytes();
    // The first thread sets up the barriers: one arrival (the producer's,
    // with the bytes it expects) completes a full barrier, one per consumer
    // warp an empty one.
    Value thread0 = arith::CmpIOp::create(b, loc, arith::CmpIPredicate::eq,
                                          thread, index(0));
    auto ifFirst = scf::IfOp::create(b, loc, thread0);
    {
      OpBuilder::InsertionGuard guard(b);
      b.setInsertionPointToStart(ifFirst.thenBlock());
      for (int64_t s = 0; s < plan.stages; ++s) {
        initBarrier(b, loc, full(index(s)), i32(1));
        initBarrier(b, loc, empty(index(s)), i32(4 * plan.consumers));
      }
      NVVM::FenceMbarrierInitOp::create(b, loc);
    }
    gpu::BarrierOp::create(b, loc);
  }

  /// base + bytes + slot * slotBytes (i32 shared addresses).
  Value at(int64_t bytes, Value slot, int64_t slotBytes) {
    return add(add(base, i32(bytes)), mul(toI32(slot), i32(slotBytes)));
  }
  Value inputSlot(Value slot) { return at(0, slot, plan.getInputStepBytes()); }
  Value weightSlot(Value slot) {
    return at(weightRing, slot, plan.getWeightStepBytes());
  }
  Value full(Value slot) { return at(barriers, slot, 8); }
  Value empty(Value slot) { return at(barriers + 8 * plan.stages, slot, 8); }

  /// Step `step`'s slot of the ring and the parity of its use.
  std::pair<Value, Value> slotOf(Value step) {
    Value slot = rem(step, index(plan.stages));
    Value use = div(step, index(plan.stages));
    Value parity = arith::AndIOp::create(b, loc, toI32(use), i32(1));
    return {slot, parity};
  }

  //===--------------------------------------------------------------------===//
  // The producer
  //===--------------------------------------------------------------------===//

  /// The producer's first thread: each step's input tile and weight words
  /// into the ring as slots free up.
  void emitProducer() {
    auto loop = scf::ForOp::create(b, loc, index(0),
                                   index(plan.getStepsPerSplit()), index(1));
    OpBuilder::InsertionGuard guard(b);
    b.setInsertionPointToStart(loop.getBody());
    Value step = loop.getInductionVar();
    auto [slot, parity] = slotOf(step);
    Value global = add(stepOffset, step);
    waitBarrier(b, loc, empty(slot),
                arith::XOrIOp::create(b, loc, parity, i32(1)));
    expectBytes(b, loc, full(slot),
                plan.getInputStepBytes() + plan.getWeightStepBytes());
    Value k0 = mul(global, index(kQMatmulWarpgroupStep));
    copyTensorBox(b, loc, operands.inputMap, inputSlot(slot), {k0, row0},
                  full(slot));
    Value word0 = mul(global, index(kQMatmulWarpgroupStep * plan.bits / 32));
    copyTensorBox(b, loc, operands.weightMap, weightSlot(slot),
                  {word0, column0}, full(slot));
  }

  //===--------------------------------------------------------------------===//
  // The consumers
  //===--------------------------------------------------------------------===//

  /// The scales (and subtrahends) of the lane's two rows at one step, as
  /// pairs: one per distinct group of the step's 4 k-steps.
  struct StepScales {
    SmallVector<Value> scales, bases;

    SmallVector<Value> flatten() const {
      SmallVector<Value> values(scales);
      values.append(bases.begin(), bases.end());
      return values;
    }
    static StepScales unflatten(ValueRange values) {
      size_t half = values.size() / 2;
      return {llvm::to_vector(values.take_front(half)),
              llvm::to_vector(values.drop_front(half))};
    }
  };

  /// Groups a step spans with distinct scales: 1 where groups are whole
  /// steps, 2 for groups of 32, else one per k-step.
  int64_t scaleSlots() const {
    if (plan.groupSize % kQMatmulWarpgroupStep == 0)
      return 1;
    if (kQMatmulWarpgroupStep % plan.groupSize == 0)
      return kQMatmulWarpgroupStep / plan.groupSize;
    return 4;
  }

  Type pairType() const { return VectorType::get({2}, plan.elementType); }

  Value splat(Value v) {
    return vector::BroadcastOp::create(b, loc, pairType(), v);
  }

  /// The scales (and subtrahends) of the block's step `local`, for rows[0]
  /// and rows[1]: [slot][row] flattened.
  StepScales loadScales(Value local) {
    Value step = add(stepOffset, local);
    StepScales result;
    int64_t slots = scaleSlots();
    for (int64_t q = 0; q < slots; ++q) {
      Value k = add(mul(step, index(kQMatmulWarpgroupStep)),
                    index(q * (kQMatmulWarpgroupStep / slots)));
      Value group = div(k, index(plan.groupSize));
      for (int64_t h = 0; h < 2; ++h) {
        result.scales.push_back(splat(memref::LoadOp::create(
            b, loc, operands.scales, ValueRange{columns[h], group})));
        if (operands.bases)
          result.bases.push_back(splat(memref::LoadOp::create(
              b, loc, operands.bases, ValueRange{columns[h], group})));
        else
          result.bases.push_back(pairConstant(b, loc, plan.elementType,
                                              constantBase(plan),
                                              constantBase(plan)));
      }
    }
    return result;
  }

  /// The prmt selector of lane (g, t): byte t of the word into byte 0, byte
  /// t of the word shifted by 4 into byte 2.
  Value createSelector() {
    Value t = toI32(rem(lane, index(4)));
    return arith::OrIOp::create(
        b, loc, t, arith::ShLIOp::create(b, loc, add(t, i32(4)), i32(8)));
  }

  Value permuteBytes(Value low, Value high, Value selector) {
    return LLVM::InlineAsmOp::create(
               b, loc, b.getI32Type(), ValueRange{low, high, selector},
               "prmt.b32 $0, $1, $2, $3;", "=r,r,r,r",
               /*has_side_effects=*/false, /*is_align_stack=*/false,
               LLVM::tailcallkind::TailCallKind::None, LLVM::AsmDialectAttr(),
               ArrayAttr())
        .getResult(0);
  }

  /// The lane's pair of weights in `word` (its byte t), dequantized: one A
  /// word.
  Value dequantize(Value word, Value scale, Value subtrahend) {
    Value high = arith::ShRUIOp::create(b, loc, word, i32(4));
    Value bytes = permuteBytes(word, high, selector);
    int64_t exponent = plan.elementType.isBF16() ? 0x4300 : 0x6400;
    int64_t sign = plan.isSigned ? int64_t{1} << (plan.bits - 1) : 0;
    int64_t halves = (exponent | sign) | ((exponent | sign) << 16);
    Value v = andXor(b, loc, bytes, 0x000F000F, i32(halves));
    Value pair = vector::BitCastOp::create(
        b, loc, pairType(),
        vector::BroadcastOp::create(b, loc,
                                    VectorType::get({1}, b.getI32Type()), v));
    pair = arith::SubFOp::create(b, loc, pair, subtrahend);
    pair = arith::MulFOp::create(b, loc, pair, scale);
    return asWord(b, loc, pair);
  }

  /// The 8 words of weight row `row` (of the block) at `slot`.
  SmallVector<Value> loadRowWords(Value slot, Value row) {
    int64_t rowBytes = kQMatmulWarpgroupStep * plan.bits / 8;
    Value address = add(weightSlot(slot), mul(toI32(row), i32(rowBytes)));
    auto vectorType = VectorType::get({4}, b.getI32Type());
    SmallVector<Value> words;
    for (int64_t v = 0; v < rowBytes / 16; ++v) {
      Value vector = LLVM::LoadOp::create(
          b, loc, vectorType, sharedPointer(b, loc, add(address, i32(16 * v))),
          /*alignment=*/16);
      for (int64_t e = 0; e < 4; ++e)
        words.push_back(vector::ExtractOp::create(b, loc, vector, e));
    }
    return words;
  }

  /// The A words of a step at `slot`: k-step j's 4 words at 4 j.
  SmallVector<Value> dequantizeStep(Value slot, const StepScales &scales) {
    SmallVector<Value> words[2] = {loadRowWords(slot, localRows[0]),
                                   loadRowWords(slot, localRows[1])};
    int64_t slots = scaleSlots();
    SmallVector<Value> a;
    for (int64_t j = 0; j < 4; ++j) {
      int64_t q = j * slots / 4;
      // a0: row g, k 2t; a1: row g + 8; a2, a3: the same 8 K values on.
      for (int64_t half = 0; half < 2; ++half)
        for (int64_t h = 0; h < 2; ++h)
          a.push_back(dequantize(words[h][2 * j + half],
                                 scales.scales[2 * q + h],
                                 scales.bases[2 * q + h]));
    }
    return a;
  }

  /// Issues acc += A X[slot]^T as one committed group of 4 wgmma.
  void issueStep(SmallVector<Value> &acc, ArrayRef<Value> a, Value slot) {
    for (int64_t j = 0; j < 4; ++j)
      wgmmaRegisterA(
          b, loc, plan.elementType, plan.blockRows, acc, a.slice(4 * j, 4),
          matrixDescriptor(b, loc, add(inputSlot(slot), i32(kStepBytes * j)),
                           /*leading=*/16,
                           /*stride=*/kSwizzlePeriod),
          /*transposeB=*/false);
    NVVM::WgmmaGroupSyncAlignedOp::create(b, loc);
  }

  void arriveFromFirstLane(Value barrier) {
    auto ifFirst = scf::IfOp::create(b, loc, firstLane);
    OpBuilder::InsertionGuard guard(b);
    b.setInsertionPointToStart(ifFirst.thenBlock());
    arriveBarrier(b, loc, barrier);
  }

  void emitConsumer(Value consumer, Value thread) {
    Value inGroup = rem(thread, index(kWarpgroupThreads));
    Value warp = div(inGroup, index(kWarp));
    Value g = div(lane, index(4));
    t = rem(lane, index(4));
    firstLane =
        arith::CmpIOp::create(b, loc, arith::CmpIPredicate::eq, lane, index(0));
    localRows[0] = add(add(mul(consumer, index(64)), mul(warp, index(16))), g);
    localRows[1] = add(localRows[0], index(8));
    for (int64_t h = 0; h < 2; ++h)
      columns[h] = add(column0, localRows[h]);
    selector = createSelector();

    // Step 0 peeled: it frees no slot. Later steps wait for the previous
    // group, keep its A registers live until then, and free its slot. The
    // scales of each step are loaded a step ahead.
    SmallVector<Value> acc(plan.blockRows / 2, f32Const(b, loc, 0.0));
    StepScales scales = loadScales(index(0));
    StepScales nextScales =
        loadScales(index(std::min<int64_t>(1, plan.getStepsPerSplit() - 1)));
    SmallVector<Value> a = stepAt(index(0), acc, scales);

    int64_t carried = acc.size() + a.size();
    SmallVector<Value> init(acc);
    init.append(a);
    init.append(nextScales.flatten());
    auto loop = scf::ForOp::create(
        b, loc, index(1), index(plan.getStepsPerSplit()), index(1), init);
    {
      OpBuilder::InsertionGuard guard(b);
      b.setInsertionPointToStart(loop.getBody());
      Value step = loop.getInductionVar();
      ValueRange args = loop.getRegionIterArgs();
      SmallVector<Value> loopAcc(args.take_front(acc.size()));
      SmallVector<Value> previous(args.slice(acc.size(), a.size()).begin(),
                                  args.slice(acc.size(), a.size()).end());
      StepScales current = StepScales::unflatten(args.drop_front(carried));
      // The next step's scales (the last step loads its own again).
      Value nextStep = arith::MinUIOp::create(
          b, loc, add(step, index(1)), index(plan.getStepsPerSplit() - 1));
      StepScales following = loadScales(nextStep);
      SmallVector<Value> words = stepAt(step, loopAcc, current);
      // The previous step's group has completed: its A registers and its
      // slot are free.
      fenceOperands(b, loc, previous);
      arriveFromFirstLane(empty(slotOf(sub(step, index(1))).first));
      SmallVector<Value> yielded(loopAcc);
      yielded.append(words);
      yielded.append(following.flatten());
      scf::YieldOp::create(b, loc, yielded);
    }
    SmallVector<Value> results(loop.getResults().take_front(acc.size()));
    SmallVector<Value> last(loop.getResults().slice(acc.size(), a.size()));
    NVVM::WgmmaWaitGroupSyncOp::create(b, loc, b.getI64IntegerAttr(0));
    fenceOperands(b, loc, last);
    fenceOperands(b, loc, results);
    store(results);
  }

  /// Step `step`: waits for its slot, dequantizes its weights, issues its
  /// group on `acc` and waits for the group before it. Returns its A
  /// words, which must stay live until its group has completed.
  SmallVector<Value> stepAt(Value step, SmallVector<Value> &acc,
                            const StepScales &scales) {
    auto [slot, parity] = slotOf(step);
    waitBarrier(b, loc, full(slot), parity);
    SmallVector<Value> a = dequantizeStep(slot, scales);
    fenceOperands(b, loc, a);
    fenceOperands(b, loc, acc);
    NVVM::WgmmaFenceAlignedOp::create(b, loc);
    issueStep(acc, a, slot);
    NVVM::WgmmaWaitGroupSyncOp::create(b, loc, b.getI64IntegerAttr(1));
    return a;
  }

  //===--------------------------------------------------------------------===//
  // Stores
  //===--------------------------------------------------------------------===//

  /// activation(sum + bias) at each of the thread's (row, column) that
  /// exists, or what the fused consumers make of it.
  void store(ArrayRef<Value> acc) {
    Value biasValues[2];
    for (int64_t h = 0; h < 2; ++h)
      biasValues[h] =
          operands.bias && !operands.workspace
              ? toF32(b, loc,
                      memref::LoadOp::create(b, loc, operands.bias, columns[h]))
              : Value();
    for (int64_t i = 0; i < plan.blockRows / 8; ++i) {
      for (int64_t r = 0; r < 2; ++r) {
        Value row = add(add(row0, index(8 * i + r)), mul(t, index(2)));
        Value exists = arith::CmpIOp::create(b, loc, arith::CmpIPredicate::ult,
                                             row, operands.rows);
        auto ifExists = scf::IfOp::create(b, loc, exists);
        OpBuilder::InsertionGuard guard(b);
        b.setInsertionPointToStart(ifExists.thenBlock());
        for (int64_t h = 0; h < 2; ++h) {
          if (operands.workspace)
            memref::StoreOp::create(b, loc, acc[4 * i + 2 * h + r],
                                    operands.workspace,
                                    ValueRange{split, row, columns[h]});
          else
            storeOutput(acc[4 * i + 2 * h + r], biasValues[h], row, columns[h]);
        }
      }
    }
  }

public:
  /// The second kernel of split-K: each thread adds up one output's
  /// partial sums in order (the result does not depend on timing) and
  /// finishes it as store() would.
  void emitSplitSum(Launch launch) {
    Value thread = add(mul(launch.op.getBlockIds().x, index(kSplitSumThreads)),
                       launch.op.getThreadIds().x);
    Value exists =
        arith::CmpIOp::create(b, loc, arith::CmpIPredicate::ult, thread,
                              mul(operands.rows, index(plan.columns)));
    auto ifExists = scf::IfOp::create(b, loc, exists);
    OpBuilder::InsertionGuard guard(b);
    b.setInsertionPointToStart(ifExists.thenBlock());
    Value row = div(thread, index(plan.columns));
    Value column = rem(thread, index(plan.columns));
    Value sum = memref::LoadOp::create(b, loc, operands.workspace,
                                       ValueRange{index(0), row, column});
    for (int64_t s = 1; s < plan.splits; ++s)
      sum = arith::AddFOp::create(
          b, loc, sum,
          memref::LoadOp::create(b, loc, operands.workspace,
                                 ValueRange{index(s), row, column}));
    Value biasValue =
        operands.bias
            ? toF32(b, loc,
                    memref::LoadOp::create(b, loc, operands.bias, column))
            : Value();
    storeOutput(sum, biasValue, row, column);
  }

private:
  void storeOutput(Value sum, Value biasValue, Value row, Value column) {
    if (biasValue)
      sum = arith::AddFOp::create(b, loc, sum, biasValue);
    sum = applyActivation(b, loc, sum, activation);
    Value value = fromF32(b, loc, sum, plan.elementType);
    if (epilogue) {
      SmallVector<Value> indices = {row, column};
      if (plan.sequence)
        indices = {div(row, index(plan.sequence)),
                   rem(row, index(plan.sequence)), column};
      value = epilogue->emit(b, loc, value, indices);
    }
    memref::StoreOp::create(b, loc, value, operands.out,
                            ValueRange{row, column});
  }

  OpBuilder &b;
  Location loc;
  const QMatmulWarpgroupPlan &plan;
  GemmOperands operands;
  Activation activation;
  const ElementwiseEpilogue *epilogue;
  Value lane, t, firstLane, selector;
  Value column0, row0, split, stepOffset;
  /// The lane's two weight rows, in the block and as output columns.
  Value localRows[2], columns[2];
  /// The aligned base (i32 shared address) and the regions' byte offsets.
  Value base;
  int64_t weightRing = 0, barriers = 0;
};

struct QMatmulToWarpgroupKernel : OpRewritePattern<QMatmulOp> {
  QMatmulToWarpgroupKernel(MLIRContext *ctx, bool fuseConsumers)
      : OpRewritePattern(ctx, /*benefit=*/2), fuseConsumers(fuseConsumers) {}

  LogicalResult matchAndRewrite(QMatmulOp op,
                                PatternRewriter &rewriter) const override {
    auto kind = op->getAttrOfType<StringAttr>(kQMatmulKernelAttrName);
    if (!kind || kind.getValue() != "warpgroup")
      return rewriter.notifyMatchFailure(op, "not the warpgroup kernel");
    auto unpack = op.getWeights().getDefiningOp<UnpackOp>();
    if (!unpack)
      return rewriter.notifyMatchFailure(op, "weights not unpacked words");
    std::string whyNot;
    FailureOr<QMatmulWarpgroupPlan> maybePlan =
        planQMatmulWarpgroup(op, {}, &whyNot);
    if (failed(maybePlan))
      return rewriter.notifyMatchFailure(op, whyNot);
    const QMatmulWarpgroupPlan &plan = *maybePlan;
    Location loc = op.getLoc();
    std::optional<ElementwiseEpilogue> epilogue;
    if (fuseConsumers)
      epilogue = ElementwiseEpilogue::match(op.getResult());
    if (epilogue)
      rewriter.setInsertionPoint(epilogue->getLastOp());

    // The input as [rows, K].
    Value input = op.getInput();
    if (cast<RankedTensorType>(input.getType()).getRank() == 3)
      input = tensor::CollapseShapeOp::create(
          rewriter, loc, input, SmallVector<ReassociationIndices>{{0, 1}, {2}});

    // With zero points, the subtrahend of each group's pairs:
    // 128 (1024) + 2^(B-1) (signed) + z, exact in the input's type.
    Value bases;
    if (Value zeroPoints = op.getZeroPoints()) {
      auto zType = cast<RankedTensorType>(zeroPoints.getType());
      Value init = tensor::EmptyOp::create(rewriter, loc, zType.getShape(),
                                           plan.elementType);
      AffineMap id = rewriter.getMultiDimIdentityMap(2);
      double offset = constantBase(plan);
      bool isSigned = plan.isSigned;
      Type element = plan.elementType;
      bases = buildGeneric(
          rewriter, loc, {zeroPoints}, init, {id, id}, iterators(2, {}),
          [&](OpBuilder &b, Location l, ValueRange args) {
            Value z = toF32(b, l, args[0], isSigned);
            return fromF32(
                b, l, arith::AddFOp::create(b, l, z, f32Const(b, l, offset)),
                element);
          });
    }

    Value x = readOnlyBuffer(rewriter, loc, input);
    Value words = readOnlyBuffer(rewriter, loc, unpack.getInput());
    GemmOperands operands;
    operands.inputMap = createTensorMap(rewriter, loc, x,
                                        {plan.blockRows, kQMatmulWarpgroupStep},
                                        /*swizzle128=*/true);
    operands.weightMap = createTensorMap(
        rewriter, loc, words,
        {plan.getBlockColumns(), kQMatmulWarpgroupStep * plan.bits / 32},
        /*swizzle128=*/false);
    operands.scales = readOnlyBuffer(rewriter, loc, op.getScales());
    operands.bases = readOnlyBuffer(rewriter, loc, bases);
    operands.bias = readOnlyBuffer(rewriter, loc, op.getBias());
    Type outElementType = plan.elementType;
    if (epilogue) {
      epilogue->createBuffers(rewriter, loc);
      outElementType = epilogue->getElementType();
    }
    // Rows known at run time size the buffers and the grid.
    operands.rows = memref::DimOp::create(rewriter, loc, x, 0);
    SmallVector<Value> dynamicRows;
    if (plan.hasDynamicRows())
      dynamicRows.push_back(operands.rows);
    operands.out = memref::AllocOp::create(
        rewriter, loc,
        MemRefType::get({plan.rows, plan.columns}, outElementType),
        dynamicRows);
    if (plan.splits > 1)
      operands.workspace = memref::AllocOp::create(
          rewriter, loc,
          MemRefType::get({plan.splits, plan.rows, plan.columns},
                          rewriter.getF32Type()),
          dynamicRows);
    auto constant = [&](int64_t v) { return indexConst(rewriter, loc, v); };
    auto ceilDiv = [&](Value v, int64_t d) -> Value {
      return arith::CeilDivUIOp::create(rewriter, loc, v, constant(d));
    };
    WarpgroupGemm gemm(rewriter, loc, plan, operands, op.getActivation(),
                       epilogue ? &*epilogue : nullptr);
    {
      OpBuilder::InsertionGuard guard(rewriter);
      Launch launch =
          createLaunch(rewriter, loc,
                       ValueRange{constant(plan.getColumnBlocks()),
                                  ceilDiv(operands.rows, plan.blockRows),
                                  constant(plan.splits)},
                       plan.getThreads() / kWarp);
      gemm.emit(launch);
    }
    if (plan.splits > 1) {
      OpBuilder::InsertionGuard guard(rewriter);
      Value outputs = arith::MulIOp::create(rewriter, loc, operands.rows,
                                            constant(plan.columns));
      Launch launch =
          createLaunch(rewriter, loc,
                       ValueRange{ceilDiv(outputs, kSplitSumThreads),
                                  constant(1), constant(1)},
                       kSplitSumThreads / kWarp);
      gemm.emitSplitSum(launch);
    }
    auto resultType =
        RankedTensorType::get({plan.rows, plan.columns}, outElementType);
    Value result = bufferization::ToTensorOp::create(
        rewriter, loc, resultType, operands.out, rewriter.getUnitAttr(),
        rewriter.getUnitAttr());
    auto opType = cast<RankedTensorType>(
        (epilogue ? epilogue->getLastOp()->getResult(0) : Value(op.getResult()))
            .getType());
    if (opType.getRank() == 3)
      result = tensor::ExpandShapeOp::create(
          rewriter, loc, opType, result,
          SmallVector<ReassociationIndices>{{0, 1}, {2}});
    replaceWithKernelResult(rewriter, op, epilogue, result);
    if (unpack->use_empty())
      rewriter.eraseOp(unpack);
    return success();
  }

  bool fuseConsumers;
};

} // namespace

void mlir::tessel::populateQMatmulToWarpgroupPatterns(
    RewritePatternSet &patterns, bool fuseConsumers) {
  // Benefit 2: before the other qmatmul kernels (benefit 1), which take
  // every op this one leaves.
  patterns.add<QMatmulToWarpgroupKernel>(patterns.getContext(), fuseConsumers);
}
