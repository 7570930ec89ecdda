//===- PipelineCommandLine.cpp - Pipeline options as tool flags -----------===//

#include "tessel/Execution/PipelineCommandLine.h"

using namespace mlir;
using namespace mlir::tessel;

PipelineCommandLine::PipelineCommandLine() = default;

llvm::cl::OptionCategory &PipelineCommandLine::getCommonCategory() {
  static llvm::cl::OptionCategory category(
      "Tessel compilation (CPU and CUDA)",
      "Options of tessel-cpu-pipeline and tessel-cuda-pipeline");
  return category;
}

llvm::cl::OptionCategory &PipelineCommandLine::getCPUCategory() {
  static llvm::cl::OptionCategory category("Tessel compilation (CPU)",
                                           "Options of tessel-cpu-pipeline");
  return category;
}

llvm::cl::OptionCategory &PipelineCommandLine::getCUDACategory() {
  static llvm::cl::OptionCategory category("Tessel compilation (CUDA)",
                                           "Options of tessel-cuda-pipeline");
  return category;
}

void PipelineCommandLine::hideOtherOptions(
    llvm::cl::OptionCategory &toolCategory) {
  llvm::cl::HideUnrelatedOptions({&toolCategory, &getCommonCategory(),
                                  &getCPUCategory(), &getCUDACategory()});
}

bool PipelineCommandLine::wasGiven(llvm::StringRef flag) {
  auto &registered = llvm::cl::getRegisteredOptions();
  auto it = registered.find(flag);
  return it != registered.end() && it->second->getNumOccurrences() > 0;
}

#define TESSEL_APPLY(TYPE, FIELD, FLAG, DEFAULT, HELP)                         \
  options.FIELD = FIELD.getValue();

void PipelineCommandLine::applyTo(CPUPipelineOptions &options) const {
#define TESSEL_COMMON_OPTION TESSEL_APPLY
#define TESSEL_CPU_OPTION TESSEL_APPLY
#include "tessel/Codegen/PipelineOptions.def"
}

void PipelineCommandLine::applyTo(CUDAPipelineOptions &options) const {
#define TESSEL_COMMON_OPTION TESSEL_APPLY
#define TESSEL_CUDA_OPTION TESSEL_APPLY
#include "tessel/Codegen/PipelineOptions.def"
}
