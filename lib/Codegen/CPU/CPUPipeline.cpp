//===- CPUPipeline.cpp - tessel-cpu-pipeline ------------------------------===//
//
// The stages, each a named pass that tessel-opt can run alone:
//   1. raise and fuse frontend IR, materialize layouts, export entry points
//      (signatures for the runtime)
//   2. choose every op's configuration (tessel-cpu-configure, the one
//      consumer of the cost model), tile by it
//   3. lower tessel ops to linalg on tensors, vectorize, clean up
//   4. One-Shot Bufferize, results to out-parameters, scratchpad,
//      deallocation
//   5. linalg to loops, polynomial math, threads
//   6. everything to the LLVM dialect
//
//===----------------------------------------------------------------------===//

#include "tessel/Codegen/CPU/Passes.h"
#include "tessel/Codegen/Common/Passes.h"
#include "tessel/Codegen/Common/PipelineStages.h"
#include "tessel/Codegen/Pipelines.h"
#include "tessel/Conversion/Passes.h"
#include "tessel/Dialect/Tessel/Transforms/Passes.h"

#include "mlir/Conversion/Passes.h"
#include "mlir/Conversion/VectorToSCF/VectorToSCF.h"
#include "mlir/Dialect/Arith/Transforms/Passes.h"
#include "mlir/Dialect/Bufferization/Pipelines/Passes.h"
#include "mlir/Dialect/Linalg/Passes.h"
#include "mlir/Dialect/Math/Transforms/Passes.h"
#include "mlir/Dialect/MemRef/Transforms/Passes.h"
#include "mlir/Dialect/SCF/Transforms/Passes.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Transforms/Passes.h"

using namespace mlir;
using namespace mlir::tessel;

void mlir::tessel::buildCPUPipeline(OpPassManager &pm,
                                    const CPUPipelineOptions &options) {
  // Model IR from frontends first becomes tessel ops where it can.
  addFrontendPasses(pm, options.raise, options.fuse);
  // Sub-byte integer tensors cross the runtime boundary packed.
  pm.addPass(createTesselPackSubByteBoundary());
  // Paged key/value caches become page gathers and masked attention.
  pm.addPass(createTesselExpandPagedAttention());
  pm.addPass(createTesselEraseLayouts());
  pm.addPass(createTesselExportEntries());

  // Every decision, then tiling by it.
  TesselCPUConfigureOptions configure;
  configure.costModel = options.costModel;
  configure.attentionQueryTile = options.attentionQueryTile;
  configure.qmatmulColumnTile = options.qmatmulColumnTile;
  configure.vectorISA = options.vectorISA;
  pm.addPass(createTesselCPUConfigure(configure));
  TesselTileOptions tile;
  tile.fuseConsumers = options.fuseConsumers;
  pm.addPass(createTesselTile(tile));

  // To linalg, vectorized.
  pm.addPass(createConvertTesselToLinalg());
  addLinalgCleanupPasses(pm);
  TesselVectorizeContractionsOptions contractions;
  contractions.vectorISA = options.vectorISA;
  pm.addPass(createTesselVectorizeContractions(contractions));
  pm.addPass(createTesselVectorizeRows());
  pm.addPass(createCanonicalizerPass());
  pm.addPass(createCSEPass());

  // Buffers: the tiles' temporaries in one arena per function.
  addBufferizationPasses(pm);
  TesselAllocateScratchpadOptions scratchpad;
  scratchpad.report = false;
  pm.addNestedPass<func::FuncOp>(createTesselAllocateScratchpad(scratchpad));
  bufferization::buildBufferDeallocationPipeline(
      pm, bufferization::BufferDeallocationPipelineOptions());

  // Loops and threads.
  pm.addPass(createTesselLowerVectors());
  // The last write of large outputs around the cache.
  if (options.streamingStores)
    pm.addNestedPass<func::FuncOp>(createTesselStreamingStores());
  pm.addPass(createTesselExpandStridedCopies());
  pm.addPass(createConvertLinalgToLoopsPass());
  pm.addPass(createTesselApproximateMath());
  if (options.parallel) {
    pm.addPass(createForallToParallelLoopPass());
    pm.addPass(createConvertSCFToOpenMPPass());
  } else {
    pm.addPass(createForallToForLoopPass());
  }

  // To LLVM. Memref ops (alloca_scope from the OpenMP conversion among
  // them) must lower before SCF turns regions into CFGs; strided-metadata
  // expansion creates affine ops, so affine lowers after it. bf16
  // arithmetic (a residual add in bf16) runs in f32, rounded after each op;
  // bf16 conversions expand to integer arithmetic (no compiler-rt needed).
  // Math on f16 and bf16 (a bf16 norm's powf) runs in f32 as well: LLVM
  // would call libm through compiler-rt's conversions.
  pm.addPass(math::createMathExtendToSupportedTypes());
  arith::ArithEmulateUnsupportedFloatsOptions emulate;
  emulate.sourceTypeStrs = {"bf16"};
  emulate.targetTypeStr = "f32";
  pm.addPass(arith::createArithEmulateUnsupportedFloats(emulate));
  arith::ArithExpandOpsPassOptions expand;
  expand.includeBf16 = true;
  pm.addPass(arith::createArithExpandOpsPass(expand));
  pm.addPass(createConvertVectorToSCFPass(
      VectorTransferToSCFOptions().enableFullUnroll()));
  pm.addPass(memref::createExpandStridedMetadataPass());
  pm.addPass(createLowerAffinePass());
  pm.addPass(createFinalizeMemRefToLLVMConversionPass());
  pm.addPass(createSCFToControlFlowPass());
  // Floating-point vector reductions (a dot product's lanes of partial
  // sums, a norm's row sum) as trees rather than in lane order, which LLVM
  // would otherwise keep: one dependent add per lane.
  ConvertVectorToLLVMPassOptions vectorToLLVM;
  vectorToLLVM.reassociateFPReductions = true;
  // AVX512-BF16 dot products (bf16 GEMMs) become LLVM intrinsics.
  vectorToLLVM.x86Vector = true;
  pm.addPass(createConvertVectorToLLVMPass(vectorToLLVM));
  pm.addPass(createConvertMathToLLVMPass());
  pm.addPass(createArithToLLVMConversionPass());
  pm.addPass(createUBToLLVMConversionPass());
  pm.addPass(createConvertIndexToLLVMPass());
  pm.addPass(createFinalizeMemRefToLLVMConversionPass());
  pm.addPass(createConvertOpenMPToLLVMPass());
  pm.addPass(createConvertFuncToLLVMPass());
  pm.addPass(createConvertControlFlowToLLVMPass());
  pm.addPass(createReconcileUnrealizedCastsPass());
  // The entries the runtime calls, taking any number of tensors.
  pm.addPass(createTesselPackEntries());
}
