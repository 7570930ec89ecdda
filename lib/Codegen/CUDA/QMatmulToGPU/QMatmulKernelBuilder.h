//===- QMatmulKernelBuilder.h - The qmatmul kernel body ---------*- C++ -*-===//
//
// KernelBuilder emits the body of the qmatmul kernel's gpu.launch for a
// QMatmulPlan: the CUDA-core form (emit) or the tensor-core forms (emitMma),
// whose steps are the plain mma.sync one, the paired one, the one with the
// weights in A or the lane-contiguous one. Its methods live in one file per
// variant: QMatmulCUDACores.cpp, QMatmulMMA.cpp, QMatmulPaired.cpp,
// QMatmulWeightsInA.cpp and QMatmulLaneContiguous.cpp, with what they share
// in QMatmulCommon.cpp.
//
//===----------------------------------------------------------------------===//

#ifndef TESSEL_LIB_CODEGEN_CUDA_QMATMULTOGPU_QMATMULKERNELBUILDER_H
#define TESSEL_LIB_CODEGEN_CUDA_QMATMULTOGPU_QMATMULKERNELBUILDER_H

#include "PairedWeights.h"
#include "QMatmulKernel.h"
#include "tessel/Codegen/CUDA/QMatmulPlanner.h"
#include "tessel/Conversion/LoweringUtils.h"
#include "tessel/Dialect/Tessel/IR/TesselOps.h"
#include "tessel/Layout/FieldPairs.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/IR/Builders.h"

#include <utility>
#include <vector>

namespace mlir::tessel::gpukernel {
class ElementwiseEpilogue;
} // namespace mlir::tessel::gpukernel

namespace mlir::tessel::qmatmul {

/// What one step with the weights in A reads from global memory for its
/// lane (see KernelBuilder::loadStepWeights).
struct StepWeights {
  SmallVector<Value> words[2];
  Value scales[2];
};

/// Builds the kernel body: one warp's columns and row tile.
class KernelBuilder {
public:
  KernelBuilder(OpBuilder &b, Location loc, const QMatmulPlan &plan, Value x,
                Value words, Value scales, Value zeroScales, Value bias,
                Value out, Activation activation,
                const gpukernel::ElementwiseEpilogue *epilogue)
      : b(b), loc(loc), plan(plan), x(x), words(words), scales(scales),
        zeroScales(zeroScales), bias(bias), out(out), activation(activation),
        epilogue(epilogue) {}

  /// Emits the work of the warp whose first column is `column0` on rows
  /// from `row0`, where `lane` is the thread's lane.
  void emit(Value column0, Value row0, Value lane);

  /// The tensor-core form. Lane (g, t) = (lane / 4, lane % 4) of warp w
  /// handles column n = column0 + g and, at step s (w, w + W, ...), the 32
  /// consecutive K values from k = 128 s + 32 t. mma.sync sums over its 16
  /// "slots" in any order, so slots 2t, 2t+1, 2t+8, 2t+9 of the j-th mma
  /// of a step are assigned to k + 4j + {0, 1, 2, 3}: the lane's B
  /// fragment is 4 of its own dequantized weights and its A fragment 2
  /// words of the input rows g and g + 8 at the same k. The warps' 16 x 8
  /// sums meet in shared memory; warp 0 stores.
  ///
  /// With the weights in A (plan.weightsInA) the roles swap: lane (g, t)
  /// holds the weights of columns column0 + g and column0 + g + 8, B the
  /// input row g of the row tile; one mma covers 16 columns.
  void emitMma(Value column0, Value rowTile, Value warp, Value lane,
               Value partials, Value inputPairs, Value chunkSums);

  /// Output rows per mma tile: the M side of the mma (16) with the weights
  /// in B, its N side (8) with the weights in A.
  int64_t tileRows() const { return plan.weightsInA ? 8 : kMmaRows; }

private:
  // CUDA cores (QMatmulCUDACores.cpp).

  /// Step `step` of the lane: chunk `step * 32 + lane`, if it exists.
  SmallVector<Value> emitStep(Value step, ValueRange sums);

  /// One chunk of 32 weights for every column and row of the warp.
  SmallVector<Value> emitChunk(Value chunk, ValueRange sums);

  /// The sum of `value` over the warp, in every lane.
  Value warpSum(Value value);

  /// Lane 0 adds the bias, applies the activation and stores.
  void emitStores(ArrayRef<Value> sums);

  // mma.sync (QMatmulMMA.cpp).

  /// One step of the tensor-core form: 8 mma.sync over 128 K values.
  SmallVector<Value> emitMmaStep(Value step, Value inQuad, Value column,
                                 Value rowA, Value rowB, bool hasRowsB,
                                 ValueRange acc);

  // Paired dequantization (QMatmulPaired.cpp).

  /// The pairs of a chunk's 32 fields that share a register (see
  /// layout::pairFields): each field may sit at any offset its half's
  /// mantissa leaves free, so that pairs share windows.
  const std::vector<layout::FieldPair> &fieldPairs();

  /// The pair's two weights as an mma operand (see dequantizePair): the
  /// integers, scaled by `scale` when given.
  Value weightPair(ArrayRef<Value> chunkWords, const layout::FieldPair &p,
                   gpukernel::PairScale scale = {});

  /// The input values of a pair's two fields as one mma operand; zero
  /// without values (rows that never exist).
  Value inputPair(ArrayRef<Value> values, const layout::FieldPair &p);

  /// The tensor-core step with paired dequantization. As in emitMmaStep,
  /// lane (g, t) holds the 32 weights of column g from k = 128 s + 32 t,
  /// but the B registers are pairs of integer weights (see weightPair), the
  /// A registers the input values at the same k, and the group's scales
  /// multiply the step's f32 sums.
  SmallVector<Value> emitPairedMmaStep(Value step, Value inQuad, Value column,
                                       Value rowA, Value rowB, bool hasRowsB,
                                       ValueRange acc);

  // Weights in A (QMatmulWeightsInA.cpp).

  /// What a step with the weights in A loads for its lane: the words of
  /// columns g and g + 8 and their group scales (as f32, or in the element
  /// type for lane-contiguous steps, which scale pairs).
  StepWeights loadStepWeights(Value step, Value inQuad, Value column);

  /// The step with the weights in A (decoding, M <= 8): lane (g, t) holds
  /// the 32 weights of columns g and g + 8 from k = 128 s + 32 t, paired as
  /// in emitPairedMmaStep, and B the values of input row g at the same k.
  /// Each mma covers 16 columns, so a step has half the mma and input
  /// operands per weight of the B form, and no A registers of zeros.
  SmallVector<Value> emitWeightsInAStep(Value step, Value inQuad, Value column,
                                        Value row, const StepWeights &weights,
                                        ValueRange acc);

  /// The block's prologue with shared input pairs: its threads write each
  /// chunk of 32 values of every input row as the 16 words of its pairs, in
  /// the order of fieldPairs(), at inputPairs[row][chunk * 20 + pair]; with
  /// offsetsInInput each value is scaled by 2^-o of its field (exact). Then
  /// a barrier.
  void writeInputPairs(Value warp, Value lane);

  /// The 16 B words of input row `row` at `chunk` from the shared input
  /// pairs; zeros without loads where the row is past M.
  SmallVector<Value> sharedInputPairs(Value row, Value chunk);

  // Lane-contiguous weights (QMatmulLaneContiguous.cpp).

  /// The words of the lane's 128 weights of `column` from lane block
  /// `laneBlock` (lane-contiguous steps): B 16-byte loads.
  /// (One vector<4xi32> each: a longer vector used in another block than
  /// its load's is split into 8-byte loads by the NVPTX backend.)
  SmallVector<Value> laneContiguousWords(Value column, Value laneBlock);

  /// The lane's block of 128 weights at lane-contiguous step `step`.
  Value laneBlockOf(Value step, Value inQuad);

  /// A step of lane-contiguous weights: lane (g, t) of step S holds the
  /// 128 weights of columns g and g + 8 from k = 512 S + 128 t, one
  /// quantization group, read with B 16-byte loads per column. Its 4 chunks
  /// of 32 take 8 mmas each; the mma of chunk j sums the chunks j of the
  /// quad's 4 lanes, which lie in 4 different groups, so each lane scales
  /// its dequantized weights by its group's scale before the mma. That
  /// costs nothing: (128 + u 2^o) s - 128 s is one fma per pair. Signed
  /// weights then carry their offset binary bias 2^(B-1) (see
  /// undoOffsetBinary); with chunk sums, the lane also adds up its share
  /// of what that bias adds to each (column, row) sum, 2^(B-1) s times the
  /// sum of the input over its 128 K values, carried after the 4 sums.
  SmallVector<Value> emitLaneContiguousStep(Value step, Value inQuad,
                                            Value column, Value row,
                                            const StepWeights &weights,
                                            ValueRange acc);

  /// Takes the offset-binary bias of the lane-contiguous weights off the
  /// mma sums: sums[i] is (column g + 8 (i / 2), row 2t + i % 2), and
  /// sums[4 + c * M + r] the lane's share of the correction of column
  /// g + 8c, row r; the quad's shares add up to the whole.
  SmallVector<Value> undoOffsetBinary(ArrayRef<Value> sums, Value inQuad);

  // Shared by the variants (QMatmulCommon.cpp).

  using StepBody = function_ref<SmallVector<Value>(Value, ValueRange)>;

  /// `count` steps carrying `init`: straight-line code when `unrolled` (all
  /// loads of a lane can be in flight at once), an scf.for otherwise.
  SmallVector<Value> emitSteps(int64_t count, bool unrolled,
                               SmallVector<Value> init, StepBody step);

  /// `body(values)` where `i < bound`, `values` unchanged elsewhere; no
  /// guard when the caller knows that `i < bound` always holds.
  SmallVector<Value> ifBelow(Value i, int64_t bound, bool alwaysBelow,
                             ValueRange values,
                             function_ref<SmallVector<Value>(ValueRange)> body);

  Value index(int64_t v) { return lowering::indexConst(b, loc, v); }

  Value i32(int64_t v) {
    return arith::ConstantIntOp::create(b, loc, b.getI32Type(), v);
  }

  /// The lane's chunk of step `step`: chunk 4 s + t of its columns.
  Value laneChunk(Value step, Value inQuad);

  /// The quantization group of chunk `chunk` (32 K values, never split).
  Value groupOf(Value chunk);

  /// The quantization group of a block of 128 K values (a tensor-core step
  /// or a lane-contiguous lane block), which never straddles groups.
  Value groupOfBlock(Value block);

  /// The scale of `column`'s `group` as f32 and, with zero points, minus
  /// zero point times scale (null without).
  std::pair<Value, Value> groupScales(Value column, Value group);

  /// The B words from word `offset` of `column`'s row for odd B > 1, whose
  /// chunks are only 4-byte aligned: B + 1 words from the 8-byte aligned
  /// word at or before it (kept inside the row) in (B + 1) / 2 8-byte
  /// loads, then a select per word. B 4-byte loads would cost the L1 B
  /// requests per chunk instead of (B + 1) / 2 (3-bit weights measured
  /// slower than 4-bit ones that way).
  SmallVector<Value> loadOddWords(Value column, Value offset, int64_t rowWords);

  /// The B words (as i32) that hold the chunk's 32 weights of `column`.
  SmallVector<Value> loadWords(Value column, Value chunk);

  /// Field k (0..31) of the chunk's words in the low bits of an i32, the
  /// bits above it zero.
  Value field(ArrayRef<Value> chunkWords, int64_t k);

  /// Weight k (0..31) of a chunk as f32: bits [kB, kB + B) of the words.
  /// No integer-to-float conversion (a quarter-rate instruction): the
  /// field u, in offset binary for signed weights (u = r xor 2^(B-1)),
  /// becomes the low mantissa bits of 2^23, and subtracting 2^23 (plus
  /// 2^(B-1)) is exact.
  Value quantized(ArrayRef<Value> chunkWords, int64_t k);

  /// The 32 values of input row `row` from K = `k`, as 4 vectors of 8.
  SmallVector<Value> loadInputChunk(Value row, Value k);

  /// `load()` (`count` vectors of `type`) where input row `row` exists;
  /// zeros without loads where it is past M (with one row, 7 of 8 lanes
  /// would otherwise read 4 times the bytes of their weights): the mma
  /// rows or columns of such rows are never stored. No branch when the row
  /// tiles divide M.
  SmallVector<Value> ifRowExists(Value row, VectorType type, int64_t count,
                                 function_ref<SmallVector<Value>()> load);

  /// The elements of `vectors`, in order.
  SmallVector<Value> elementsOf(ArrayRef<Value> vectors);

  /// The 32 values of input row `row` from K = `k`; zeros where the row is
  /// past M (see ifRowExists).
  SmallVector<Value> inputValues(Value row, Value k);

  /// acc[i] + sums[i] * scaleOf(i) for the 4 accumulators of an mma (each
  /// sum scaled by the group scale of its column).
  SmallVector<Value> addScaled(ArrayRef<Value> sums, ValueRange acc,
                               function_ref<Value(int64_t)> scaleOf);

  /// The bias of `column` as f32, or null without a bias.
  Value loadBias(Value column);

  /// Stores activation(sum + bias) at [row, column] in the output type,
  /// or what the fused consumer makes of it.
  void storeOutput(Value sum, Value biasValue, Value row, Value column);

  OpBuilder &b;
  Location loc;
  const QMatmulPlan &plan;
  Value x, words, scales, zeroScales, bias, out;
  Activation activation;
  const gpukernel::ElementwiseEpilogue *epilogue;
  Value column0_, row0_, lane_;
  Value inputPairs_;
  Value chunkSums_;
  std::vector<layout::FieldPair> pairs;
};

} // namespace mlir::tessel::qmatmul

#endif // TESSEL_LIB_CODEGEN_CUDA_QMATMULTOGPU_QMATMULKERNELBUILDER_H
