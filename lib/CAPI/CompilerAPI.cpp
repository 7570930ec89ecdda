//===- Compiler.cpp - The C API's contexts and modules --------------------===//
//
// Part of the Tessel project.
//
//===----------------------------------------------------------------------===//

#include "EnumValue.h"
#include "Internal.h"

#include "mlir/IR/DialectRegistry.h"
#include "mlir/IR/Verifier.h"
#include "mlir/Parser/Parser.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Pass/PassRegistry.h"
#include "tessel/Execution/Compiler.h"
#include "tessel/Execution/SourceChecks.h"
#include "tessel/InitAll.h"

#include "llvm/Support/MemoryBuffer.h"

#include <mutex>

using namespace mlir;
using namespace mlir::tessel;
using capi::unwrap;

capi::Context::Context() {
  // Pass registration is process-wide; dialects belong to each context.
  static std::once_flag passesRegistered;
  std::call_once(passesRegistered, [] { registerAllPasses(); });
  DialectRegistry registry;
  registerAllDialects(registry);
  context.appendDialectRegistry(registry);
  context.loadAllAvailableDialects();
  context.printOpOnDiagnostic(false);
  handler = std::make_unique<SourceMgrDiagnosticHandler>(quoted, &context,
                                                         diagnosticStream);
}

llvm::SourceMgr &
capi::Context::addSource(std::unique_ptr<llvm::MemoryBuffer> buffer) {
  std::string name = buffer->getBufferIdentifier().str();
  for (int i = 2; names.contains(name); ++i)
    name = buffer->getBufferIdentifier().str() + "#" + std::to_string(i);
  names.insert(name);
  quoted.AddNewSourceBuffer(
      llvm::MemoryBuffer::getMemBufferCopy(buffer->getBuffer(), name),
      llvm::SMLoc());
  sources.push_back(std::make_unique<llvm::SourceMgr>());
  sources.back()->AddNewSourceBuffer(
      llvm::MemoryBuffer::getMemBufferCopy(buffer->getBuffer(), name),
      llvm::SMLoc());
  return *sources.back();
}

static OwningOpRef<ModuleOp>
parseBuffer(capi::Context *context,
            std::unique_ptr<llvm::MemoryBuffer> buffer) {
  llvm::SourceMgr &sourceMgr = context->addSource(std::move(buffer));
  if (failed(
          checkSource(sourceMgr, sourceMgr.getMainFileID(), &context->context)))
    return nullptr;
  ParserConfig config(&context->context);
  return parseSourceFile<ModuleOp>(sourceMgr, config);
}

static TesselModule wrap(capi::Module *module) { return {module}; }

static TesselModule adopt(capi::Context *context,
                          OwningOpRef<ModuleOp> module) {
  if (!module)
    return {nullptr};
  return wrap(new capi::Module(context, std::move(module)));
}

extern "C" {

TesselContext tesselContextCreate(void) { return {new capi::Context()}; }

void tesselContextDestroy(TesselContext context) { unwrap(context)->release(); }

const char *tesselContextGetDiagnostics(TesselContext context) {
  return unwrap(context)->diagnostics.c_str();
}

void *tesselContextGetMLIRContext(TesselContext context) {
  return &unwrap(context)->context;
}

TesselModule tesselModuleParse(TesselContext c, const char *source,
                               size_t length, const char *bufferName) {
  capi::Context *context = unwrap(c);
  context->beginCall();
  if (!source && length > 0) {
    context->reportError("no source given");
    return {nullptr};
  }
  std::unique_ptr<llvm::MemoryBuffer> buffer =
      llvm::MemoryBuffer::getMemBufferCopy(llvm::StringRef(source, length),
                                           bufferName ? bufferName
                                                      : "<tessel-c>");
  return adopt(context, parseBuffer(context, std::move(buffer)));
}

TesselModule tesselModuleParseFile(TesselContext c, const char *path) {
  capi::Context *context = unwrap(c);
  context->beginCall();
  if (!path) {
    context->reportError("no path given");
    return {nullptr};
  }
  llvm::ErrorOr<std::unique_ptr<llvm::MemoryBuffer>> buffer =
      llvm::MemoryBuffer::getFile(path);
  if (!buffer) {
    context->reportError(std::string("cannot read ") + path + ": " +
                         buffer.getError().message());
    return {nullptr};
  }
  return adopt(context, parseBuffer(context, std::move(*buffer)));
}

TesselModule tesselModuleCreateEmpty(TesselContext c) {
  capi::Context *context = unwrap(c);
  context->beginCall();
  return adopt(context, OwningOpRef<ModuleOp>(ModuleOp::create(
                            UnknownLoc::get(&context->context))));
}

void tesselModuleDestroy(TesselModule module) { delete unwrap(module); }

void *tesselModuleGetOperation(TesselModule module) {
  return unwrap(module)->module->getOperation();
}

const char *tesselModulePrint(TesselModule m, int generic) {
  capi::Module *module = unwrap(m);
  module->context->beginCall();
  module->text.clear();
  llvm::raw_string_ostream os(module->text);
  OpPrintingFlags flags;
  if (generic)
    flags.printGenericOpForm();
  module->module->print(os, flags);
  return module->text.c_str();
}

TesselStatus tesselModuleVerify(TesselModule m) {
  capi::Module *module = unwrap(m);
  module->context->beginCall();
  return failed(verify(*module->module)) ? TesselFailure : TesselSuccess;
}

TesselStatus tesselModuleRunPipeline(TesselModule m, const char *pipeline) {
  capi::Module *module = unwrap(m);
  module->context->beginCall();
  std::string text = pipeline ? pipeline : "";
  if (!llvm::StringRef(text).trim().starts_with("builtin.module("))
    text = "builtin.module(" + text + ")";
  std::string parseErrors;
  llvm::raw_string_ostream errorStream(parseErrors);
  FailureOr<OpPassManager> parsed = parsePassPipeline(text, errorStream);
  if (failed(parsed)) {
    module->context->reportError(
        "invalid pass pipeline '" + std::string(pipeline ? pipeline : "") +
        "': " + llvm::StringRef(parseErrors).trim().str());
    return TesselFailure;
  }
  PassManager pm(&module->context->context);
  static_cast<OpPassManager &>(pm) = *parsed;
  return failed(pm.run(*module->module)) ? TesselFailure : TesselSuccess;
}

TesselStatus tesselModuleLower(TesselModule m, TesselTarget target,
                               const char *chip) {
  std::string options = chip ? std::string("chip=") + chip : "";
  return tesselModuleLowerWithOptions(
      m, target,
      capi::enumValue(target) == TesselTargetCUDA ? options.c_str() : nullptr);
}

TesselStatus tesselModuleLowerWithOptions(TesselModule m, TesselTarget target,
                                          const char *options) {
  capi::Module *module = unwrap(m);
  module->context->beginCall();
  StringRef text = options ? options : "";
  std::string errors;
  llvm::raw_string_ostream errorStream(errors);
  // The pipelines' own option structs parse the text: one declaration of
  // every option (PipelineOptions.def).
  auto lower = [&](auto &pipelineOptions, auto lowerModule) {
    if (failed(pipelineOptions.parseFromString(text, errorStream))) {
      module->context->reportError("invalid pipeline options '" + text.str() +
                                   "': " + StringRef(errors).trim().str());
      return TesselFailure;
    }
    return failed(lowerModule(*module->module, pipelineOptions))
               ? TesselFailure
               : TesselSuccess;
  };
  int targetNumber = capi::enumValue(target);
  if (targetNumber == TesselTargetCPU) {
    CPUPipelineOptions pipelineOptions;
    return lower(pipelineOptions, lowerForCPU);
  }
  if (targetNumber == TesselTargetCUDA) {
    CUDAPipelineOptions pipelineOptions;
    return lower(pipelineOptions, lowerForCUDA);
  }
  module->context->reportError("unknown target " +
                               std::to_string(targetNumber));
  return TesselFailure;
}

TesselStatus tesselModuleEmit(TesselModule m, TesselArtifactKind kind,
                              const char *path) {
  capi::Module *module = unwrap(m);
  module->context->beginCall();
  if (!path) {
    module->context->reportError("no path given");
    return TesselFailure;
  }
  ModuleOp op = *module->module;
  // Host code for a GPU runs wherever the GPU is: no host-specific CPU
  // features and no OpenMP.
  NativeCodeOptions options;
  if (hasKernelBinaries(op)) {
    options.hostFeatures = false;
    options.linkOpenMP = false;
  }
  SmallVector<std::string> written;
  LogicalResult result = failure();
  int kindNumber = capi::enumValue(kind);
  switch (kindNumber) {
  case TesselArtifactMLIR: {
    std::error_code ec;
    llvm::raw_fd_ostream os(path, ec);
    if (ec) {
      module->context->reportError(std::string("cannot write ") + path + ": " +
                                   ec.message());
      return TesselFailure;
    }
    op.print(os);
    result = success();
    break;
  }
  case TesselArtifactObject:
    result = emitObjectFile(op, path, options);
    break;
  case TesselArtifactSharedLibrary:
    result = emitSharedLibrary(op, path, options);
    break;
  case TesselArtifactPTX:
    result = emitKernelBinaries(op, path, "isa", written);
    break;
  case TesselArtifactCubin:
    result = emitKernelBinaries(op, path, "bin", written);
    break;
  default:
    module->context->reportError("unknown artifact kind " +
                                 std::to_string(kindNumber));
    return TesselFailure;
  }
  return failed(result) ? TesselFailure : TesselSuccess;
}

} // extern "C"
