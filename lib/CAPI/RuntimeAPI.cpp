//===- Runtime.cpp - The C API's libraries and functions ------------------===//
//
// Part of the Tessel project.
//
// Calls compiled code through Tessel's runtime: CPU functions directly on the
// caller's memory, CUDA functions on device copies made by the runtime's
// Runner.
//
//===----------------------------------------------------------------------===//

#include "EnumValue.h"
#include "Internal.h"

#include "tessel/Runtime/Module.h"
#include "tessel/Runtime/Runner.h"

#include <algorithm>
#include <cstring>

using namespace mlir::tessel;
namespace rt = mlir::tessel::runtime;
using capi::unwrap;

namespace {

struct Function {
  struct Library *library;
  std::unique_ptr<rt::Function> function;
  std::string signature;
};

struct Library {
  Library(capi::Context *context, bool cuda, std::unique_ptr<rt::Module> module)
      : context(context), cuda(cuda), module(std::move(module)) {
    context->retain();
  }
  ~Library() {
    functions.clear();
    module.reset();
    context->release();
  }

  capi::Context *context;
  bool cuda;
  std::unique_ptr<rt::Module> module;
  std::vector<std::unique_ptr<Function>> functions;
};

Library *unwrapLibrary(TesselLibrary library) {
  return static_cast<Library *>(library.ptr);
}
Function *unwrapFunction(TesselFunction function) {
  return static_cast<Function *>(function.ptr);
}

/// The caller's buffers as runtime types, checked for well-formedness (the
/// runtime checks them against the signature).
bool toTypes(const TesselBufferRef *refs, intptr_t count, const char *what,
             std::vector<rt::TensorType> &types, std::string &error) {
  if (count < 0 || (count > 0 && !refs)) {
    error = std::string("no ") + what + " buffers given";
    return false;
  }
  types.resize(count);
  for (intptr_t i = 0; i < count; ++i) {
    const TesselBufferRef &ref = refs[i];
    std::string where = std::string(what) + " " + std::to_string(i);
    if (!ref.data || !ref.elementType || ref.rank < 0 ||
        (ref.rank > 0 && !ref.shape)) {
      error = where + ": null data, shape or element type";
      return false;
    }
    if (!rt::parseElementType(ref.elementType, types[i].element, error)) {
      error = where + ": " + error;
      return false;
    }
    types[i].shape.assign(ref.shape, ref.shape + ref.rank);
    for (int64_t d : types[i].shape)
      if (d < 0) {
        error = where + ": negative dimension " + std::to_string(d);
        return false;
      }
  }
  return true;
}

std::vector<const rt::TensorType *>
pointers(const std::vector<rt::TensorType> &types) {
  std::vector<const rt::TensorType *> out;
  for (const rt::TensorType &type : types)
    out.push_back(&type);
  return out;
}

/// Owning copies of the caller's buffers (for the CUDA runner and timing).
std::vector<rt::Buffer> copies(const TesselBufferRef *refs,
                               const std::vector<rt::TensorType> &types) {
  std::vector<rt::Buffer> buffers;
  for (size_t i = 0; i < types.size(); ++i) {
    buffers.emplace_back(types[i]);
    std::memcpy(buffers.back().data(), refs[i].data, buffers.back().bytes());
  }
  return buffers;
}

void copyBack(const std::vector<rt::Buffer> &buffers,
              const TesselBufferRef *refs) {
  for (size_t i = 0; i < buffers.size(); ++i)
    std::memcpy(refs[i].data, buffers[i].data(), buffers[i].bytes());
}

TesselStatus run(TesselFunction f, const TesselBufferRef *inputs,
                 intptr_t numInputs, const TesselBufferRef *results,
                 intptr_t numResults, int warmup, int iterations,
                 double *medianMs, double *minMs) {
  Function *function = unwrapFunction(f);
  capi::Context *context = function->library->context;
  context->beginCall();
  std::string error;
  std::vector<rt::TensorType> inputTypes, resultTypes;
  if (!toTypes(inputs, numInputs, "input", inputTypes, error) ||
      !toTypes(results, numResults, "result", resultTypes, error) ||
      // Before anything is copied: the buffers against the signature.
      !function->function->signature().check(pointers(inputTypes),
                                             pointers(resultTypes), error)) {
    context->reportError(error);
    return TesselFailure;
  }
  bool timed = iterations > 0;
  if (!function->library->cuda && !timed) {
    // CPU code reads and writes the caller's memory in place.
    std::vector<rt::BufferRef> inRefs, outRefs;
    for (intptr_t i = 0; i < numInputs; ++i)
      inRefs.push_back({&inputTypes[i], inputs[i].data});
    for (intptr_t i = 0; i < numResults; ++i)
      outRefs.push_back({&resultTypes[i], results[i].data});
    if (!function->function->callRefs(inRefs, outRefs, error)) {
      context->reportError(error);
      return TesselFailure;
    }
    return TesselSuccess;
  }
  std::vector<rt::Buffer> in = copies(inputs, inputTypes);
  std::vector<rt::Buffer> out = copies(results, resultTypes);
  rt::Runner runner(function->library->cuda);
  if (!runner.call(*function->function, in, out, error)) {
    context->reportError(error);
    return TesselFailure;
  }
  if (timed) {
    rt::BenchmarkResult bench;
    if (!runner.benchmark(*function->function, in, out, warmup, iterations,
                          bench, error)) {
      context->reportError(error);
      return TesselFailure;
    }
    if (medianMs)
      *medianMs = bench.medianMs;
    if (minMs)
      *minMs = bench.minMs;
  }
  copyBack(out, results);
  return TesselSuccess;
}

} // namespace

extern "C" {

TesselLibrary tesselLibraryLoad(TesselContext c, const char *path,
                                TesselTarget target) {
  capi::Context *context = unwrap(c);
  context->beginCall();
  if (!path) {
    context->reportError("no path given");
    return {nullptr};
  }
  int targetNumber = capi::enumValue(target);
  if (targetNumber != TesselTargetCPU && targetNumber != TesselTargetCUDA) {
    context->reportError("unknown target " + std::to_string(targetNumber) +
                         " (TesselTargetCPU or TesselTargetCUDA)");
    return {nullptr};
  }
  std::string error;
  if (target == TesselTargetCUDA && !rt::cuda::initialize(error)) {
    context->reportError(error);
    return {nullptr};
  }
  std::unique_ptr<rt::Module> module = rt::Module::load(path, error);
  if (!module) {
    context->reportError(error);
    return {nullptr};
  }
  return {new Library(context, target == TesselTargetCUDA, std::move(module))};
}

void tesselLibraryDestroy(TesselLibrary library) {
  delete unwrapLibrary(library);
}

TesselFunction tesselLibraryLookup(TesselLibrary l, const char *name) {
  Library *library = unwrapLibrary(l);
  library->context->beginCall();
  if (!name) {
    library->context->reportError("no function name given");
    return {nullptr};
  }
  std::string error;
  std::unique_ptr<rt::Function> function = library->module->lookup(name, error);
  if (!function) {
    library->context->reportError(error);
    return {nullptr};
  }
  std::string signature = rt::toString(function->signature());
  library->functions.push_back(std::make_unique<Function>(
      Function{library, std::move(function), std::move(signature)}));
  return {library->functions.back().get()};
}

const char *tesselFunctionGetSignature(TesselFunction function) {
  return unwrapFunction(function)->signature.c_str();
}

intptr_t tesselFunctionGetNumInputs(TesselFunction function) {
  return unwrapFunction(function)->function->signature().inputs.size();
}

intptr_t tesselFunctionGetNumResults(TesselFunction function) {
  return unwrapFunction(function)->function->signature().results.size();
}

TesselStatus tesselFunctionGetResultShape(TesselFunction f,
                                          const TesselBufferRef *inputs,
                                          intptr_t numInputs, intptr_t result,
                                          int64_t *shape, intptr_t maxRank,
                                          intptr_t *rank) {
  Function *function = unwrapFunction(f);
  capi::Context *context = function->library->context;
  context->beginCall();
  const rt::Signature &signature = function->function->signature();
  std::string error;
  std::vector<rt::TensorType> inputTypes, resultTypes;
  if (!toTypes(inputs, numInputs, "input", inputTypes, error) ||
      !signature.resultTypesFor(pointers(inputTypes), resultTypes, error)) {
    context->reportError(error);
    return TesselFailure;
  }
  if (result < 0 || result >= static_cast<intptr_t>(resultTypes.size())) {
    context->reportError(signature.name + " has no result " +
                         std::to_string(result));
    return TesselFailure;
  }
  const std::vector<int64_t> &dims = resultTypes[result].shape;
  if (!rank || (!shape && maxRank > 0) ||
      static_cast<intptr_t>(dims.size()) > maxRank) {
    context->reportError(signature.name + ": result " + std::to_string(result) +
                         " has rank " + std::to_string(dims.size()) +
                         ", more than the room given");
    return TesselFailure;
  }
  std::copy(dims.begin(), dims.end(), shape);
  *rank = dims.size();
  return TesselSuccess;
}

TesselStatus tesselFunctionCall(TesselFunction function,
                                const TesselBufferRef *inputs,
                                intptr_t numInputs,
                                const TesselBufferRef *results,
                                intptr_t numResults) {
  return run(function, inputs, numInputs, results, numResults, 0, 0, nullptr,
             nullptr);
}

TesselStatus
tesselFunctionBenchmark(TesselFunction function, const TesselBufferRef *inputs,
                        intptr_t numInputs, const TesselBufferRef *results,
                        intptr_t numResults, int warmup, int iterations,
                        double *medianMs, double *minMs) {
  if (iterations < 1) {
    capi::Context *context = unwrapFunction(function)->library->context;
    context->beginCall();
    context->reportError("benchmark needs at least one iteration");
    return TesselFailure;
  }
  return run(function, inputs, numInputs, results, numResults, warmup,
             iterations, medianMs, minMs);
}

} // extern "C"
