//===- Module.cpp - Loading and calling compiled functions ----------------===//
//
// Part of the Tessel project.
//
//===----------------------------------------------------------------------===//

#include "tessel/Runtime/Module.h"

#include "CudaDriver.h"

#include <dlfcn.h>
#include <link.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstring>
#include <utility>

using namespace mlir::tessel::runtime;

void BenchmarkResult::summarizeSamples() {
  std::vector<double> sorted = samplesMs;
  std::sort(sorted.begin(), sorted.end());
  size_t mid = sorted.size() / 2;
  medianMs =
      sorted.size() % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  minMs = sorted.front();
  iterations = static_cast<int>(sorted.size());
}

//===----------------------------------------------------------------------===//
// Function
//===----------------------------------------------------------------------===//

namespace {

template <size_t> using Pointer = void *;

/// Calls `entry` as a `void (void *, ..., void *)` of sizeof...(I) arguments.
template <size_t... I>
void callWithArity(void *entry, void *const *args, std::index_sequence<I...>) {
  using Entry = void (*)(Pointer<I>...);
  // memcpy rather than a cast: ISO C++ has no object-to-function pointer cast.
  static_assert(sizeof(Entry) == sizeof(void *),
                "code pointers differ in size");
  Entry function;
  std::memcpy(&function, &entry, sizeof function);
  function(args[I]...);
}

template <size_t N> void callWith(void *entry, void *const *args) {
  callWithArity(entry, args, std::make_index_sequence<N>());
}

using Caller = void (*)(void *, void *const *);

/// kCallers[n] calls an entry of n arguments.
template <size_t... N>
constexpr std::array<Caller, sizeof...(N)>
makeCallers(std::index_sequence<N...>) {
  return {&callWith<N>...};
}
constexpr auto kCallers =
    makeCallers(std::make_index_sequence<Function::kMaxArguments + 1>());

} // namespace

namespace {
std::vector<BufferRef> refsOf(const std::vector<Buffer *> &buffers) {
  std::vector<BufferRef> refs;
  for (Buffer *buffer : buffers)
    refs.push_back(buffer ? BufferRef{&buffer->type(), buffer->data()}
                          : BufferRef{});
  return refs;
}
} // namespace

bool Function::makeDescriptors(const std::vector<BufferRef> &inputs,
                               const std::vector<BufferRef> &results,
                               Descriptors &descriptors,
                               std::string &error) const {
  const std::string &name = sig.name;
  if (!ciface) {
    error = name + ": no entry point";
    return false;
  }
  size_t count = inputs.size() + results.size();
  if (kind == Entry::CInterface && count > kMaxArguments) {
    error = name + " has " + std::to_string(count) +
            " arguments; the runtime passes at most " +
            std::to_string(kMaxArguments);
    return false;
  }
  // Types, sizes of the signature's symbols included.
  std::vector<const TensorType *> inputTypes, resultTypes;
  for (const BufferRef &buffer : inputs)
    inputTypes.push_back(buffer.type);
  for (const BufferRef &buffer : results)
    resultTypes.push_back(buffer.type);
  if (!sig.check(inputTypes, resultTypes, error))
    return false;

  static_assert(sizeof(void *) == sizeof(int64_t),
                "descriptors are built for 64-bit pointers");
  descriptors.clear();
  auto add = [&](const char *role, size_t index, const BufferRef &buffer,
                 const TensorType &declared) {
    if (!buffer.data) {
      error = name + ": " + role + " " + std::to_string(index) + " is null";
      return false;
    }
    // {allocated, aligned, offset, sizes[R], strides[R]}, row-major. Packed
    // rows are seen as words (packedWordBits).
    std::vector<int64_t> shape = buffer.type->shape;
    if (buffer.type->element.isPacked() && !shape.empty()) {
      unsigned wordBits = packedWordBits(declared);
      shape.back() =
          (shape.back() * buffer.type->element.bits + wordBits - 1) / wordBits;
    }
    const size_t rank = shape.size();
    std::vector<int64_t> descriptor(3 + 2 * rank, 0);
    void *data = buffer.data;
    std::memcpy(&descriptor[0], &data, sizeof data);
    std::memcpy(&descriptor[1], &data, sizeof data);
    int64_t stride = 1;
    for (size_t d = rank; d-- > 0;) {
      descriptor[3 + d] = shape[d];
      descriptor[3 + rank + d] = stride;
      stride *= shape[d];
    }
    descriptors.push_back(std::move(descriptor));
    return true;
  };
  for (size_t i = 0; i < inputs.size(); ++i)
    if (!add("input", i, inputs[i], sig.inputs[i]))
      return false;
  for (size_t i = 0; i < results.size(); ++i)
    if (!add("result", i, results[i], sig.results[i]))
      return false;
  return true;
}

void Function::invoke(Descriptors &descriptors) const {
  std::vector<void *> args;
  for (std::vector<int64_t> &descriptor : descriptors)
    args.push_back(descriptor.data());
  if (kind == Entry::Packed) {
    using Packed = void (*)(void **);
    Packed function;
    std::memcpy(&function, &ciface, sizeof function);
    function(args.data());
    return;
  }
  kCallers[args.size()](ciface, args.data());
}

bool Function::call(const std::vector<Buffer *> &inputs,
                    const std::vector<Buffer *> &results,
                    std::string &error) const {
  return callRefs(refsOf(inputs), refsOf(results), error);
}

bool Function::callRefs(const std::vector<BufferRef> &inputs,
                        const std::vector<BufferRef> &results,
                        std::string &error) const {
  Descriptors descriptors;
  if (!makeDescriptors(inputs, results, descriptors, error))
    return false;
  invoke(descriptors);
  return true;
}

bool Function::benchmark(const std::vector<Buffer *> &inputs,
                         const std::vector<Buffer *> &results, int warmup,
                         int iterations, BenchmarkResult &result,
                         std::string &error) const {
  if (warmup < 0 || iterations < 1) {
    error = sig.name + ": a benchmark needs at least one iteration and no "
                       "negative warmup";
    return false;
  }
  // Built once, so that only the calls are timed.
  Descriptors descriptors;
  if (!makeDescriptors(refsOf(inputs), refsOf(results), descriptors, error))
    return false;
  for (int i = 0; i < warmup; ++i)
    invoke(descriptors);

  using Clock = std::chrono::steady_clock;
  result.samplesMs.clear();
  for (int i = 0; i < iterations; ++i) {
    Clock::time_point start = Clock::now();
    invoke(descriptors);
    std::chrono::duration<double, std::milli> elapsed = Clock::now() - start;
    result.samplesMs.push_back(elapsed.count());
  }
  result.summarizeSamples();
  return true;
}

//===----------------------------------------------------------------------===//
// Module
//===----------------------------------------------------------------------===//

std::unique_ptr<Module> Module::load(const std::string &path,
                                     std::string &error) {
  // dlopen searches the library path for a bare name; a user means the file.
  std::string file = path.find('/') == std::string::npos ? "./" + path : path;
  void *handle = dlopen(file.c_str(), RTLD_NOW | RTLD_LOCAL);
  if (!handle) {
    const char *message = dlerror();
    error = message ? message : path + ": cannot load";
    return nullptr;
  }
  return std::unique_ptr<Module>(new Module(path, handle));
}

Module::~Module() {
  // The device copies of its constants go with it (none without a GPU).
  struct link_map *map = nullptr;
  if (dlinfo(handle, RTLD_DI_LINKMAP, &map) == 0 && map)
    if (Dl_info info; dladdr(reinterpret_cast<void *>(map->l_ld), &info))
      cuda::driver::releaseDeviceConstants(info.dli_fbase);
  dlclose(handle);
}

std::unique_ptr<Function> Module::lookup(const std::string &name,
                                         std::string &error) const {
  std::string signatureSymbol = "_tessel_signature_" + name;
  std::string packedSymbol = "_tessel_packed_" + name;
  std::string entrySymbol = "_mlir_ciface_" + name;
  // The signature is a char array, so its address is its first character.
  const char *text =
      static_cast<const char *>(dlsym(handle, signatureSymbol.c_str()));
  if (!text) {
    error = path + ": no function '" + name + "' (no symbol " +
            signatureSymbol + ")";
    return nullptr;
  }
  Function::Entry kind = Function::Entry::Packed;
  void *entry = dlsym(handle, packedSymbol.c_str());
  if (!entry) {
    kind = Function::Entry::CInterface;
    entry = dlsym(handle, entrySymbol.c_str());
  }
  if (!entry) {
    error = path + ": function '" + name + "' has no C interface (no symbol " +
            entrySymbol + ")";
    return nullptr;
  }
  Signature signature;
  std::string problem;
  if (!parseSignature(text, signature, problem)) {
    error = path + ": " + problem;
    return nullptr;
  }
  if (signature.name != name) {
    error =
        path + ": " + signatureSymbol + " describes '" + signature.name + "'";
    return nullptr;
  }
  return std::make_unique<Function>(std::move(signature), entry, kind);
}
