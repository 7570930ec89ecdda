//===- PipelineCommandLine.h - Pipeline options as tool flags ---*- C++ -*-===//
//
// Every option of tessel-cpu-pipeline and tessel-cuda-pipeline as a
// command-line flag of a tool (tessel-run, tessel-tune), generated from
// PipelineOptions.def: the same names, defaults and help as
// `--tessel-cpu-pipeline=...` in tessel-opt and the C API's option strings,
// grouped in --help, without LLVM's internal flags.
//
//===----------------------------------------------------------------------===//

#ifndef TESSEL_EXECUTION_PIPELINECOMMANDLINE_H
#define TESSEL_EXECUTION_PIPELINECOMMANDLINE_H

#include "tessel/Codegen/Pipelines.h"

#include "llvm/Support/CommandLine.h"

namespace mlir::tessel {

/// Construct one before llvm::cl::ParseCommandLineOptions; its flags are
/// registered for the lifetime of the object.
class PipelineCommandLine {
public:
  PipelineCommandLine();

  /// Sets every field of `options` to the flag of the same name.
  void applyTo(CPUPipelineOptions &options) const;
  void applyTo(CUDAPipelineOptions &options) const;

  /// The categories of the flags: both pipelines, CPU only, CUDA only.
  static llvm::cl::OptionCategory &getCommonCategory();
  static llvm::cl::OptionCategory &getCPUCategory();
  static llvm::cl::OptionCategory &getCUDACategory();

  /// Hides from --help every flag outside Tessel's categories and
  /// `toolCategory` (LLVM's and MLIR's internal flags).
  static void hideOtherOptions(llvm::cl::OptionCategory &toolCategory);

  /// Whether the flag named `flag` was given on the command line.
  static bool wasGiven(llvm::StringRef flag);

private:
#define TESSEL_FLAG(TYPE, FIELD, FLAG, DEFAULT, HELP, CATEGORY)                \
  llvm::cl::opt<TYPE> FIELD{FLAG, llvm::cl::desc(HELP),                        \
                            llvm::cl::init(DEFAULT),                           \
                            llvm::cl::cat(CATEGORY())};
#define TESSEL_COMMON_OPTION(TYPE, FIELD, FLAG, DEFAULT, HELP)                 \
  TESSEL_FLAG(TYPE, FIELD, FLAG, DEFAULT, HELP, getCommonCategory)
#define TESSEL_CPU_OPTION(TYPE, FIELD, FLAG, DEFAULT, HELP)                    \
  TESSEL_FLAG(TYPE, FIELD, FLAG, DEFAULT, HELP, getCPUCategory)
#define TESSEL_CUDA_OPTION(TYPE, FIELD, FLAG, DEFAULT, HELP)                   \
  TESSEL_FLAG(TYPE, FIELD, FLAG, DEFAULT, HELP, getCUDACategory)
#include "tessel/Codegen/PipelineOptions.def"
#undef TESSEL_FLAG

  /// Earlier names of two flags, kept working (hidden).
  llvm::cl::alias tileCostModelAlias{
      "tile-cost-model", llvm::cl::aliasopt(costModel), llvm::cl::Hidden};
  llvm::cl::alias gpuFormatAlias{"gpu-format", llvm::cl::aliasopt(format),
                                 llvm::cl::Hidden};
};

} // namespace mlir::tessel

#endif // TESSEL_EXECUTION_PIPELINECOMMANDLINE_H
