//===- Compiler.cpp - From tessel IR to native code for the CPU -----------===//

#include "tessel/Execution/Compiler.h"

#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/ExecutionEngine/OptUtils.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Target/LLVMIR/Export.h"

#include "llvm/ADT/StringSwitch.h"
#include "llvm/IR/LegacyPassManager.h"
#include "llvm/IR/Module.h"
#include "llvm/MC/TargetRegistry.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FileUtilities.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Program.h"
#include "llvm/Support/TargetSelect.h"
#include "llvm/Support/ToolOutputFile.h"
#include "llvm/Target/TargetMachine.h"
#include "llvm/TargetParser/Host.h"

using namespace mlir;

#ifndef TESSEL_OPENMP_RUNTIME
#define TESSEL_OPENMP_RUNTIME "/usr/lib/llvm-22/lib/libomp.so"
#endif

std::string mlir::tessel::openMPRuntimePath() { return TESSEL_OPENMP_RUNTIME; }

LogicalResult mlir::tessel::lowerForCPU(ModuleOp module,
                                        const CPUPipelineOptions &options) {
  PassManager pm(module.getContext());
  buildCPUPipeline(pm, options);
  return pm.run(module);
}

LogicalResult mlir::tessel::lowerForCUDA(ModuleOp module,
                                         const CUDAPipelineOptions &options) {
  PassManager pm(module.getContext());
  buildCUDAPipeline(pm, options);
  return pm.run(module);
}

namespace {

void initializeNativeTarget() {
  static bool initialized = [] {
    llvm::InitializeNativeTarget();
    llvm::InitializeNativeTargetAsmPrinter();
    return true;
  }();
  (void)initialized;
}

/// A TargetMachine for the host CPU with all of its features (AVX-512 where
/// present). Code for the JIT uses the large code model: MLIR's
/// ExecutionEngine maps each section on its own, and in a crowded address
/// space (a host process with many libraries, a sanitizer's shadow memory)
/// code and its constants can land more than 2 GiB apart, beyond the small
/// model's 32-bit PC-relative displacements, which the JIT's linker then
/// truncates without a word.
std::unique_ptr<llvm::TargetMachine> hostTargetMachine(unsigned optLevel,
                                                       bool hostFeatures,
                                                       std::string &error,
                                                       bool forJIT = false) {
  initializeNativeTarget();
  llvm::Triple triple(llvm::sys::getProcessTriple());
  const llvm::Target *target =
      llvm::TargetRegistry::lookupTarget(triple, error);
  if (!target)
    return nullptr;
  llvm::SubtargetFeatures features;
  if (hostFeatures)
    for (const auto &[name, enabled] : llvm::sys::getHostCPUFeatures())
      features.AddFeature(name, enabled);
  llvm::TargetOptions targetOptions;
  // Fuse multiplies and adds into FMAs, like GCC's default -ffp-contract=fast
  // (vectorized contractions come out of MLIR as separate mul and add).
  targetOptions.AllowFPOpFusion = llvm::FPOpFusion::Fast;
  auto level = optLevel >= 3   ? llvm::CodeGenOptLevel::Aggressive
               : optLevel == 0 ? llvm::CodeGenOptLevel::None
                               : llvm::CodeGenOptLevel::Default;
  return std::unique_ptr<llvm::TargetMachine>(target->createTargetMachine(
      triple, hostFeatures ? llvm::sys::getHostCPUName() : "generic",
      features.getString(), targetOptions, llvm::Reloc::PIC_,
      forJIT ? std::optional(llvm::CodeModel::Large) : std::nullopt, level));
}

} // namespace

FailureOr<std::unique_ptr<ExecutionEngine>>
mlir::tessel::jitForCPU(ModuleOp module, const NativeCodeOptions &options) {
  std::string error;
  std::unique_ptr<llvm::TargetMachine> tm = hostTargetMachine(
      options.optLevel, options.hostFeatures, error, /*forJIT=*/true);
  if (!tm)
    return module.emitError() << "no native target: " << error;
  auto transformer =
      makeOptimizingTransformer(options.optLevel, /*sizeLevel=*/0, tm.get());
  std::string omp = openMPRuntimePath();
  SmallVector<StringRef> libs = {omp};
  ExecutionEngineOptions engineOptions;
  engineOptions.transformer = transformer;
  engineOptions.sharedLibPaths = libs;
  engineOptions.jitCodeGenOptLevel = tm->getOptLevel();
  auto engine = ExecutionEngine::create(module, engineOptions, std::move(tm));
  if (!engine)
    return module.emitError()
           << "JIT compilation failed: " << llvm::toString(engine.takeError());
  return std::move(*engine);
}

LogicalResult mlir::tessel::emitObjectFile(ModuleOp module, StringRef path,
                                           const NativeCodeOptions &options) {
  std::string error;
  std::unique_ptr<llvm::TargetMachine> tm =
      hostTargetMachine(options.optLevel, options.hostFeatures, error);
  if (!tm)
    return module.emitError() << "no native target: " << error;
  llvm::LLVMContext llvmContext;
  std::unique_ptr<llvm::Module> llvmModule =
      translateModuleToLLVMIR(module, llvmContext);
  if (!llvmModule)
    return module.emitError("translation to LLVM IR failed");
  llvmModule->setTargetTriple(tm->getTargetTriple());
  llvmModule->setDataLayout(tm->createDataLayout());
  if (llvm::Error err = makeOptimizingTransformer(options.optLevel, 0,
                                                  tm.get())(llvmModule.get()))
    return module.emitError()
           << "LLVM optimization failed: " << llvm::toString(std::move(err));

  std::error_code ec;
  llvm::ToolOutputFile object(path, ec, llvm::sys::fs::OF_None);
  if (ec)
    return module.emitError()
           << "cannot write " << path << ": " << ec.message();
  llvm::legacy::PassManager codegen;
  if (tm->addPassesToEmitFile(codegen, object.os(), nullptr,
                              llvm::CodeGenFileType::ObjectFile))
    return module.emitError("the target cannot emit object files");
  codegen.run(*llvmModule);
  object.keep();
  return success();
}

LogicalResult
mlir::tessel::emitSharedLibrary(ModuleOp module, StringRef path,
                                const NativeCodeOptions &options) {
  // Object file next to the library, then link it.
  std::string objectPath = (path + ".o").str();
  if (failed(emitObjectFile(module, objectPath, options)))
    return failure();
  llvm::ErrorOr<std::string> linker = llvm::sys::findProgramByName("cc");
  if (!linker)
    return module.emitError("no C compiler ('cc') found to link the library");
  std::string ompDir =
      llvm::StringRef(openMPRuntimePath()).rsplit('/').first.str();
  SmallVector<std::string> args = {*linker, "-shared", "-o", path.str(),
                                   objectPath};
  if (options.linkOpenMP)
    args.append({"-L" + ompDir, "-lomp", "-Wl,-rpath," + ompDir});
  args.push_back("-lm");
  SmallVector<StringRef> argRefs(args.begin(), args.end());
  // The linker's output becomes part of the diagnostic rather than going to
  // this process's stderr (embedders see diagnostics only).
  llvm::SmallString<128> logPath;
  if (llvm::sys::fs::createTemporaryFile("tessel-link", "log", logPath))
    logPath.clear();
  llvm::FileRemover removeLog(logPath);
  std::optional<StringRef> redirects[] = {
      std::nullopt,
      logPath.empty() ? std::nullopt : std::optional(logPath.str()),
      logPath.empty() ? std::nullopt : std::optional(logPath.str())};
  std::string linkError;
  int rc = llvm::sys::ExecuteAndWait(*linker, argRefs, std::nullopt, redirects,
                                     0, 0, &linkError);
  llvm::sys::fs::remove(objectPath);
  if (rc != 0) {
    std::string output;
    if (!logPath.empty())
      if (auto buffer = llvm::MemoryBuffer::getFile(logPath))
        output = (*buffer)->getBuffer().trim().str();
    return module.emitError()
           << "linking " << path << " failed" << (linkError.empty() ? "" : ": ")
           << linkError << (output.empty() ? "" : "\n") << output;
  }
  return success();
}

bool mlir::tessel::hasKernelBinaries(ModuleOp module) {
  return !module.getOps<gpu::BinaryOp>().empty();
}

LogicalResult
mlir::tessel::emitKernelBinaries(ModuleOp module, StringRef dir,
                                 StringRef format,
                                 SmallVectorImpl<std::string> &written) {
  std::optional<gpu::CompilationTarget> wanted =
      llvm::StringSwitch<std::optional<gpu::CompilationTarget>>(format)
          .Case("isa", gpu::CompilationTarget::Assembly)
          .Case("bin", gpu::CompilationTarget::Binary)
          .Default(std::nullopt);
  if (!wanted)
    return module.emitError()
           << "unknown kernel format '" << format << "' (isa or bin)";
  if (!hasKernelBinaries(module))
    return module.emitError(
        "no kernels to write: lower the module with tessel-cuda-pipeline "
        "first");
  if (std::error_code ec = llvm::sys::fs::create_directories(dir))
    return module.emitError()
           << "cannot create " << dir << ": " << ec.message();
  StringRef extension =
      *wanted == gpu::CompilationTarget::Assembly ? "ptx" : "cubin";
  for (auto binary : module.getOps<gpu::BinaryOp>()) {
    auto objects = binary.getObjects().getAsRange<gpu::ObjectAttr>();
    if (llvm::range_size(objects) != 1)
      return binary.emitError("expected one object per kernel binary");
    gpu::ObjectAttr object = *objects.begin();
    if (object.getFormat() != *wanted)
      return binary.emitError()
             << "kernels were compiled to '"
             << gpu::stringifyCompilationTarget(object.getFormat())
             << "', not '" << format
             << "': compile with tessel-cuda-pipeline{format=" << format << "}";
    std::string path =
        (dir + "/" + binary.getSymName() + "." + extension).str();
    std::error_code ec;
    llvm::ToolOutputFile file(path, ec, llvm::sys::fs::OF_None);
    if (ec)
      return binary.emitError()
             << "cannot write " << path << ": " << ec.message();
    file.os() << object.getObject().getValue();
    file.keep();
    written.push_back(std::move(path));
  }
  return success();
}
