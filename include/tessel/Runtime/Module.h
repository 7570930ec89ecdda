//===- Module.h - Loading and calling compiled functions --------*- C++ -*-===//
//
// Part of the Tessel project.
//
//===----------------------------------------------------------------------===//
///
/// \file
/// Calls functions compiled by Tessel's CPU pipeline, from a shared library
/// (Module) or from any other code pointer, e.g. one found by a JIT.
///
/// A compiled function `f` is exported as three symbols:
///  - `_mlir_ciface_f`, MLIR's C interface after buffer-results-to-out-params:
///    `void _mlir_ciface_f(in0*, ..., out0*, ...)`, each argument a pointer to
///    a strided memref descriptor
///    `{void *allocated, *aligned; int64_t offset, sizes[R], strides[R];}`;
///  - `_tessel_packed_f`, `void _tessel_packed_f(void **arguments)`, which
///    calls the C interface with the array's pointers (any number of them;
///    libraries compiled before it existed lack it);
///  - `_tessel_signature_f`, a NUL-terminated string with the Signature.
///
//===----------------------------------------------------------------------===//

#ifndef TESSEL_RUNTIME_MODULE_H
#define TESSEL_RUNTIME_MODULE_H

#include "tessel/Runtime/Tensor.h"

#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace mlir::tessel::runtime {

/// Timing of repeated calls.
struct BenchmarkResult {
  double medianMs = 0;
  double minMs = 0;
  int iterations = 0;
  /// Every timed call, in order.
  std::vector<double> samplesMs;

  /// Sets medianMs, minMs and iterations from samplesMs (not empty).
  void summarizeSamples();
};

/// Where one argument lives and what it holds: host memory for CPU code,
/// device memory for code from the CUDA pipeline.
struct BufferRef {
  const TensorType *type = nullptr;
  void *data = nullptr;
};

/// A compiled function and its signature. Does not own the code: it must not
/// outlive the Module (or JIT) it came from.
class Function {
public:
  /// Most arguments (inputs and results together) that call() can pass to a
  /// C interface; a packed entry takes any number.
  static constexpr size_t kMaxArguments = 32;

  enum class Entry {
    /// `_mlir_ciface_<name>`: one pointer argument per tensor.
    CInterface,
    /// `_tessel_packed_<name>`: an array of those pointers.
    Packed,
  };

  /// `entry` is the address of `_mlir_ciface_<name>` or, with
  /// Entry::Packed, of `_tessel_packed_<name>`.
  Function(Signature signature, void *entry, Entry kind = Entry::CInterface)
      : sig(std::move(signature)), ciface(entry), kind(kind) {}

  const Signature &signature() const { return sig; }

  /// Calls the function on `inputs`, writing `results`. Fails, without
  /// calling, unless the buffers match the signature in number and type.
  bool call(const std::vector<Buffer *> &inputs,
            const std::vector<Buffer *> &results, std::string &error) const;

  /// Calls the function on raw buffers (host or device, as the function
  /// expects), checked against the signature like call().
  bool callRefs(const std::vector<BufferRef> &inputs,
                const std::vector<BufferRef> &results,
                std::string &error) const;

  /// Calls the function `warmup` times, then times `iterations` (at least 1)
  /// calls with a monotonic clock.
  bool benchmark(const std::vector<Buffer *> &inputs,
                 const std::vector<Buffer *> &results, int warmup,
                 int iterations, BenchmarkResult &result,
                 std::string &error) const;

private:
  /// One memref descriptor per argument, inputs then results.
  using Descriptors = std::vector<std::vector<int64_t>>;

  bool makeDescriptors(const std::vector<BufferRef> &inputs,
                       const std::vector<BufferRef> &results,
                       Descriptors &descriptors, std::string &error) const;
  void invoke(Descriptors &descriptors) const;

  Signature sig;
  void *ciface;
  Entry kind;
};

/// A shared library of compiled functions, unloaded on destruction.
class Module {
public:
  /// Loads the library at `path` (a bare file name means the current
  /// directory); null and `error` set on failure.
  static std::unique_ptr<Module> load(const std::string &path,
                                      std::string &error);
  ~Module();
  Module(const Module &) = delete;
  Module &operator=(const Module &) = delete;

  /// The exported function `name`; null and `error` set when the library does
  /// not export it or its signature is malformed.
  std::unique_ptr<Function> lookup(const std::string &name,
                                   std::string &error) const;

private:
  Module(std::string path, void *handle)
      : path(std::move(path)), handle(handle) {}

  std::string path;
  void *handle;
};

} // namespace mlir::tessel::runtime

#endif // TESSEL_RUNTIME_MODULE_H
