//===- PipelineStages.cpp - Stages both pipelines share -------------------===//

#include "tessel/Codegen/Common/PipelineStages.h"

#include "tessel/Codegen/Common/Passes.h"
#include "tessel/Conversion/Passes.h"
#include "tessel/Dialect/Tessel/Transforms/Passes.h"

#include "mlir/Dialect/Bufferization/Transforms/Passes.h"
#include "mlir/Dialect/Linalg/Passes.h"
#include "mlir/Dialect/Math/Transforms/Passes.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Transforms/Passes.h"

using namespace mlir;

void mlir::tessel::addFrontendPasses(OpPassManager &pm, bool raise, bool fuse) {
  // The raise reads torch-mlir's tm_tensor ops as they come (a mask built
  // from a cumulative sum is evaluated through its tm_tensor.scan); then
  // they are lowered, and everything after sees upstream ops.
  if (raise)
    pm.addPass(createTesselRaise());
  pm.addPass(createConvertTMTensorToLinalg());
  if (fuse)
    pm.addPass(createTesselFuse());
  math::MathExpandOpsPassOptions expand;
  expand.opMnemonics = {"fpowi"};
  pm.addPass(math::createMathExpandOpsPass(expand));
}

void mlir::tessel::addLinalgCleanupPasses(OpPassManager &pm) {
  pm.addPass(createCanonicalizerPass());
  pm.addPass(createCSEPass());
  pm.addPass(createLoopInvariantCodeMotionPass());
  // Constant weights are transposed before fusion could fold the transpose
  // into its matmul (where it would be a strided read on every call).
  pm.addPass(createTesselFoldConstantTransposes());
  pm.addPass(createTesselFuseElementwise());
  pm.addPass(createCanonicalizerPass());
  pm.addPass(createTesselWidenSubByteIntegers());
}

void mlir::tessel::addBufferizationPasses(OpPassManager &pm) {
  pm.addPass(createTesselReadOnlyArguments());
  pm.addPass(bufferization::createEmptyTensorEliminationPass());
  pm.addPass(bufferization::createEmptyTensorToAllocTensorPass());
  bufferization::OneShotBufferizePassOptions bufferize;
  bufferize.bufferizeFunctionBoundaries = true;
  bufferize.functionBoundaryTypeConversion =
      bufferization::LayoutMapOption::IdentityLayoutMap;
  bufferize.allowReturnAllocsFromLoops = true;
  pm.addPass(bufferization::createOneShotBufferizePass(bufferize));
  pm.addPass(createCanonicalizerPass());
  pm.addNestedPass<func::FuncOp>(createTesselDistinctResultBuffers());
  bufferization::BufferResultsToOutParamsPassOptions outParams;
  outParams.hoistStaticAllocs = true;
  outParams.modifyPublicFunctions = true;
  pm.addPass(bufferization::createBufferResultsToOutParamsPass(outParams));
}
