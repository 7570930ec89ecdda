//===- InitAll.cpp - Register everything tessel-opt knows -----------------===//

#include "tessel/InitAll.h"

#include "mlir/IR/DialectRegistry.h"
#include "mlir/InitAllDialects.h"
#include "mlir/InitAllExtensions.h"
#include "mlir/InitAllPasses.h"
#include "mlir/Pass/PassRegistry.h"
#include "mlir/Target/LLVM/NVVM/Target.h"
#include "mlir/Target/LLVMIR/Dialect/Builtin/BuiltinToLLVMIRTranslation.h"
#include "mlir/Target/LLVMIR/Dialect/GPU/GPUToLLVMIRTranslation.h"
#include "mlir/Target/LLVMIR/Dialect/LLVMIR/LLVMToLLVMIRTranslation.h"
#include "mlir/Target/LLVMIR/Dialect/NVVM/NVVMToLLVMIRTranslation.h"
#include "mlir/Target/LLVMIR/Dialect/OpenMP/OpenMPToLLVMIRTranslation.h"
#include "mlir/Transforms/Passes.h"
#include "tessel/Codegen/CPU/Passes.h"
#include "tessel/Codegen/CUDA/Passes.h"
#include "tessel/Codegen/CUDA/TesselToGPU.h"
#include "tessel/Codegen/Common/Passes.h"
#include "tessel/Codegen/Pipelines.h"
#include "tessel/Conversion/Passes.h"
#include "tessel/Dialect/TMTensor/IR/TMTensor.h"
#include "tessel/Dialect/Tessel/IR/TesselDialect.h"
#include "tessel/Dialect/Tessel/Transforms/Passes.h"

using namespace mlir;

void tessel::registerAllDialects(DialectRegistry &registry) {
  registry.insert<tessel::TesselDialect>();
  // torch-mlir's tm_tensor ops, which its linalg-on-tensors output holds;
  // both pipelines lower them first (convert-tm-tensor-to-linalg).
  registry.insert<tessel::tm_tensor::TMTensorDialect>();
  // Every upstream dialect with its external interface models (tiling,
  // bufferization, value bounds, subsets, to-LLVM conversion): Tessel's
  // pipelines go through many of them, and model IR may use any.
  mlir::registerAllDialects(registry);
  mlir::registerAllExtensions(registry);
  // Translation to LLVM IR (JIT and ahead-of-time compilation).
  registerBuiltinDialectTranslation(registry);
  registerLLVMDialectTranslation(registry);
  registerOpenMPDialectTranslation(registry);
  // The CUDA pipeline: kernels serialize to PTX (NVVM target), and the host
  // module embeds the resulting gpu.binary.
  registerGPUDialectTranslation(registry);
  gpu::registerOffloadingLLVMTranslationInterfaceExternalModels(registry);
  registerNVVMDialectTranslation(registry);
  NVVM::registerNVVMTargetInterfaceExternalModels(registry);
  registerTesselToGPUExternalModels(registry);
}

void tessel::registerAllPasses() {
  // Every upstream pass: tessel-opt is also how users run the upstream
  // stages of Tessel's pipelines one at a time.
  mlir::registerAllPasses();

  tessel::registerTesselTransformsPasses();
  tessel::registerTesselConversionPasses();
  tessel::registerTesselCodegenCommonPasses();
  tessel::registerTesselCodegenCPUPasses();
  tessel::registerTesselCodegenCUDAPasses();
  tessel::registerPipelines();
}

void tessel::registerPipelines() {
  PassPipelineRegistration<CPUPipelineOptions>(
      "tessel-cpu-pipeline",
      "Lower tessel, linalg and tensor IR to the LLVM dialect for CPUs",
      buildCPUPipeline);
  PassPipelineRegistration<CUDAPipelineOptions>(
      "tessel-cuda-pipeline",
      "Lower tessel, linalg and tensor IR to NVIDIA GPU kernels (gpu.binary) "
      "and host code in the LLVM dialect",
      buildCUDAPipeline);
}
