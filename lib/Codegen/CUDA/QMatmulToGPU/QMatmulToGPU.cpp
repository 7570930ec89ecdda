//===- QMatmulToGPU.cpp - Small-M qmatmul as a warp-per-column kernel -----===//
//
// A qmatmul with few rows (decoding, small batches) is bound by reading the
// weights once: 4-bit weights of 11008 x 4096 are 22.5 MB, the input a few
// KB. The kernel therefore spends everything on the weight stream:
//
//   - a warp owns C output columns and a tile of R rows (R <= 16);
//   - lane l takes the chunks j = l, l + 32, ... of 32 consecutive weights
//     (one quantization group never splits a chunk); for each of its C
//     columns it loads the chunk's B packed 32-bit words with one vector
//     load (16 bytes for 4-bit weights) and the group's scale;
//   - the 32 weights are dequantized in registers, 8 at a time (a constant
//     shift, a mask and an exact float subtraction; no int-to-float
//     conversion), and each is multiplied with the R input rows: R x C f32
//     sums per lane, scaled once per chunk (or each weight is scaled, for
//     large tiles and zero points);
//   - the sums meet through 5 xor shuffles and lane 0 adds the bias,
//     applies the activation and stores.
//
// With f16 or bf16 inputs the tensor-core forms do the same on mma.sync
// m16n8k16 (see emitMma): the paired form dequantizes two weights per
// register with one lop3 and one exact 16-bit subtraction, and with at
// most 8 rows (decoding) the weights are the A operand, 16 columns per
// mma, and the input rows wait in shared memory already paired.
//
// The weights come packed: `tessel.unpack` of i32 words without interleave
// (element k of a row in bits [kB, kB + B) of the row's bit stream, the
// layout of `tessel.pack`) or plain i8 tensors, whose bytes are read as
// words the same way. The unpacked tensor is never built.
//
// The kernel is a gpu.launch on the operands' buffers (to_buffer), writing
// a fresh buffer that becomes the result (to_tensor restrict writable), so
// the function around it still goes through One-Shot Bufferize.
//
// This file holds the rewrite pattern and the launches; the planner, which
// picks the variant and its sizes, is QMatmulPlanner.cpp, and the kernel
// body is KernelBuilder (QMatmulKernelBuilder.h), one file per variant.
//
//===----------------------------------------------------------------------===//

#include "Epilogue.h"
#include "KernelUtils.h"
#include "QMatmulKernelBuilder.h"
#include "tessel/Codegen/CUDA/QMatmulPlanner.h"
#include "tessel/Codegen/CUDA/TesselToGPU.h"
#include "tessel/Conversion/LoweringUtils.h"
#include "tessel/Dialect/Tessel/IR/TesselOps.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Bufferization/IR/Bufferization.h"
#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/PatternMatch.h"

#include <optional>
#include <string>

using namespace mlir;
using namespace mlir::tessel;
using namespace mlir::tessel::lowering;
using namespace mlir::tessel::gpukernel;
using namespace mlir::tessel::qmatmul;

namespace {

struct QMatmulToGPU : OpRewritePattern<QMatmulOp> {
  QMatmulToGPU(MLIRContext *ctx, bool fuseConsumers)
      : OpRewritePattern(ctx), fuseConsumers(fuseConsumers) {}

  LogicalResult matchAndRewrite(QMatmulOp op,
                                PatternRewriter &rewriter) const override {
    QMatmulKernelKnobs knobs = readQMatmulKernelKnobs(op);
    FailureOr<QMatmulWeightsForm> form = qmatmulWeightsForm(op);
    if (failed(form))
      return rewriter.notifyMatchFailure(
          op, "sub-byte weights not packed in i32 words by tessel.unpack");
    std::string why;
    FailureOr<QMatmulPlan> maybePlan =
        planQMatmulKernel(op, *form, knobs, &why);
    if (failed(maybePlan))
      return rewriter.notifyMatchFailure(op, why);
    const QMatmulPlan &plan = *maybePlan;
    // The words the weights are read from: [N, K * B / 32] x i32, or the
    // weights themselves, [N, K] x i8.
    Value weightWords =
        *form == QMatmulWeightsForm::PackedWords
            ? op.getWeights().getDefiningOp<UnpackOp>().getInput()
            : op.getWeights();
    Location loc = op.getLoc();
    // An elementwise consumer is computed in the kernel's stores; the
    // kernel then goes where the consumer is, after its other inputs.
    std::optional<ElementwiseEpilogue> epilogue;
    if (fuseConsumers)
      epilogue = ElementwiseEpilogue::match(op.getResult());
    if (epilogue)
      rewriter.setInsertionPoint(epilogue->getLastOp());

    // The input as [rows, K].
    Value input = op.getInput();
    auto inputType = cast<RankedTensorType>(input.getType());
    if (inputType.getRank() == 3)
      input = tensor::CollapseShapeOp::create(
          rewriter, loc, input, SmallVector<ReassociationIndices>{{0, 1}, {2}});

    // With zero points, w = q s - z s: z s per group, in f32.
    Value zeroScales;
    if (Value zeroPoints = op.getZeroPoints()) {
      auto zType = cast<RankedTensorType>(zeroPoints.getType());
      Value init = tensor::EmptyOp::create(rewriter, loc, zType.getShape(),
                                           rewriter.getF32Type());
      AffineMap id = rewriter.getMultiDimIdentityMap(2);
      bool isSigned = plan.isSigned;
      zeroScales = buildGeneric(
          rewriter, loc, {zeroPoints, op.getScales()}, init, {id, id, id},
          iterators(2, {}), [&](OpBuilder &b, Location l, ValueRange args) {
            return arith::MulFOp::create(b, l, toF32(b, l, args[0], isSigned),
                                         toF32(b, l, args[1]))
                .getResult();
          });
    }

    auto toBuffer = [&](Value tensor) {
      return readOnlyBuffer(rewriter, loc, tensor);
    };
    Value x = toBuffer(input), words = toBuffer(weightWords),
          scales = toBuffer(op.getScales()), zs = toBuffer(zeroScales),
          bias = toBuffer(op.getBias());
    Type outElementType = plan.elementType;
    if (epilogue) {
      epilogue->createBuffers(rewriter, loc);
      outElementType = epilogue->getElementType();
    }
    auto outType = MemRefType::get({plan.rows, plan.columns}, outElementType);
    Value out = memref::AllocOp::create(rewriter, loc, outType);

    const ElementwiseEpilogue *fused = epilogue ? &*epilogue : nullptr;
    if (plan.tensorCores)
      emitTensorCoreLaunch(rewriter, loc, plan, op, x, words, scales, zs, bias,
                           out, fused);
    else
      emitLaunch(rewriter, loc, plan, op, x, words, scales, zs, bias, out,
                 fused);

    auto resultType =
        RankedTensorType::get({plan.rows, plan.columns}, outElementType);
    Value result = bufferization::ToTensorOp::create(
        rewriter, loc, resultType, out, rewriter.getUnitAttr(),
        rewriter.getUnitAttr());
    auto opType = cast<RankedTensorType>(
        (epilogue ? epilogue->getLastOp()->getResult(0) : Value(op.getResult()))
            .getType());
    if (opType.getRank() == 3)
      result = tensor::ExpandShapeOp::create(
          rewriter, loc, opType, result,
          SmallVector<ReassociationIndices>{{0, 1}, {2}});
    Operation *unpack = op.getWeights().getDefiningOp();
    replaceWithKernelResult(rewriter, op, epilogue, result);
    if (unpack && isa<UnpackOp>(unpack) && unpack->use_empty())
      rewriter.eraseOp(unpack);
    return success();
  }

  /// The CUDA-core form: a warp per C columns and R rows.
  static void emitLaunch(PatternRewriter &rewriter, Location loc,
                         const QMatmulPlan &plan, QMatmulOp op, Value x,
                         Value words, Value scales, Value zs, Value bias,
                         Value out, const ElementwiseEpilogue *epilogue) {
    OpBuilder::InsertionGuard guard(rewriter);
    Launch launch =
        createLaunch(rewriter, loc, launchGrid(plan), plan.warpsPerBlock);
    Value warpIndex = arith::AddIOp::create(
        rewriter, loc,
        arith::MulIOp::create(rewriter, loc, launch.op.getBlockIds().x,
                              indexConst(rewriter, loc, plan.warpsPerBlock)),
        launch.warp);
    Value column0 =
        arith::MulIOp::create(rewriter, loc, warpIndex,
                              indexConst(rewriter, loc, plan.columnsPerWarp));
    Value row0 = arith::MulIOp::create(rewriter, loc, launch.op.getBlockIds().y,
                                       indexConst(rewriter, loc, plan.rowTile));
    // Whole warps past the last column have nothing to do (C divides N).
    Value active =
        arith::CmpIOp::create(rewriter, loc, arith::CmpIPredicate::ult, column0,
                              indexConst(rewriter, loc, plan.columns));
    auto ifActive = scf::IfOp::create(rewriter, loc, active);
    rewriter.setInsertionPointToStart(ifActive.thenBlock());
    KernelBuilder(rewriter, loc, plan, x, words, scales, zs, bias, out,
                  op.getActivation(), epilogue)
        .emit(column0, row0, launch.lane);
  }

  /// The tensor-core form: a block per 8 columns and 16 rows, its warps
  /// splitting K; their partial sums meet in shared memory.
  static void emitTensorCoreLaunch(PatternRewriter &rewriter, Location loc,
                                   const QMatmulPlan &plan, QMatmulOp op,
                                   Value x, Value words, Value scales, Value zs,
                                   Value bias, Value out,
                                   const ElementwiseEpilogue *epilogue) {
    OpBuilder::InsertionGuard guard(rewriter);
    Launch launch =
        createLaunch(rewriter, loc, launchGrid(plan), plan.warpsPerBlock);
    // Shared memory (see partialsBytes): the warps' partial sums, and the
    // input pairs, 128-byte aligned for the bank padding of their rows.
    Value partials = sharedBuffer(rewriter, loc, {plan.warpsPerBlock, kWarp, 4},
                                  rewriter.getF32Type(), /*alignment=*/16);
    Value inputPairs, chunkSums;
    if (plan.inputPairsShared)
      inputPairs = sharedBuffer(rewriter, loc, {plan.rows, plan.pairRowWords},
                                rewriter.getI32Type(), /*alignment=*/128);
    if (plan.chunkSums)
      chunkSums = sharedBuffer(rewriter, loc, {plan.rows, plan.depth / kChunk},
                               rewriter.getF32Type(), /*alignment=*/16);
    Value column0 =
        arith::MulIOp::create(rewriter, loc, launch.op.getBlockIds().x,
                              indexConst(rewriter, loc, mmaBlockColumns(plan)));
    KernelBuilder(rewriter, loc, plan, x, words, scales, zs, bias, out,
                  op.getActivation(), epilogue)
        .emitMma(column0, launch.op.getBlockIds().y, launch.warp, launch.lane,
                 partials, inputPairs, chunkSums);
  }

  bool fuseConsumers;
};

} // namespace

void mlir::tessel::populateQMatmulToGPUPatterns(RewritePatternSet &patterns,
                                                bool fuseConsumers) {
  patterns.add<QMatmulToGPU>(patterns.getContext(), fuseConsumers);
}
