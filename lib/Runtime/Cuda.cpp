//===- Cuda.cpp - The CUDA driver and calls of compiled functions ---------===//
//
// Part of the Tessel project.
//
//===----------------------------------------------------------------------===//

#include "tessel/Runtime/Cuda.h"

#include "CudaDriver.h"

#include <dlfcn.h>

#include <algorithm>
#include <mutex>
#include <optional>

using namespace mlir::tessel::runtime;
using namespace mlir::tessel::runtime::cuda;
using namespace mlir::tessel::runtime::cuda::driver;

// Keeps CudaLaunchABI.cpp's object in every program that calls CUDA
// functions: a static archive drops objects nothing references, and only the
// libraries loaded at run time call the mgpu* functions.
extern "C" void *mgpuStreamCreate();
__attribute__((used)) static void *(*const keepLaunchABI)() = &mgpuStreamCreate;

//===----------------------------------------------------------------------===//
// Driver
//===----------------------------------------------------------------------===//

namespace {

struct DriverState {
  Api api = {};
  bool ready = false;
  std::string failure;
  CUcontext context = nullptr;
  CUstream stream = nullptr;
  std::string description;
  std::mutex errorMutex;
  std::string pendingError;
  bool deferSync = false;
};

DriverState &state() {
  static DriverState s;
  return s;
}

template <typename F> bool resolve(void *library, const char *name, F &slot) {
  void *symbol = dlsym(library, name);
  if (!symbol)
    return false;
  slot = reinterpret_cast<F>(symbol);
  return true;
}

std::string loadDriver(DriverState &s) {
  void *library = dlopen("libcuda.so.1", RTLD_NOW | RTLD_GLOBAL);
  if (!library)
    return "cannot load the CUDA driver (libcuda.so.1): no NVIDIA driver "
           "on this machine";
  Api &a = s.api;
  // Versioned names where the driver has several (cuda.h's #defines).
  bool ok = resolve(library, "cuInit", a.cuInit) &&
            resolve(library, "cuDeviceGet", a.cuDeviceGet) &&
            resolve(library, "cuDeviceGetCount", a.cuDeviceGetCount) &&
            resolve(library, "cuDeviceGetName", a.cuDeviceGetName) &&
            resolve(library, "cuDeviceGetAttribute", a.cuDeviceGetAttribute) &&
            resolve(library, "cuDevicePrimaryCtxRetain",
                    a.cuDevicePrimaryCtxRetain) &&
            resolve(library, "cuCtxSetCurrent", a.cuCtxSetCurrent) &&
            resolve(library, "cuGetErrorString", a.cuGetErrorString) &&
            resolve(library, "cuModuleLoadDataEx", a.cuModuleLoadDataEx) &&
            resolve(library, "cuModuleUnload", a.cuModuleUnload) &&
            resolve(library, "cuModuleGetFunction", a.cuModuleGetFunction) &&
            resolve(library, "cuFuncSetAttribute", a.cuFuncSetAttribute) &&
            resolve(library, "cuLaunchKernel", a.cuLaunchKernel) &&
            resolve(library, "cuStreamCreate", a.cuStreamCreate) &&
            resolve(library, "cuStreamSynchronize", a.cuStreamSynchronize) &&
            resolve(library, "cuStreamDestroy_v2", a.cuStreamDestroy) &&
            resolve(library, "cuStreamWaitEvent", a.cuStreamWaitEvent) &&
            resolve(library, "cuMemAlloc_v2", a.cuMemAlloc) &&
            resolve(library, "cuMemFree_v2", a.cuMemFree) &&
            resolve(library, "cuMemAllocAsync", a.cuMemAllocAsync) &&
            resolve(library, "cuMemFreeAsync", a.cuMemFreeAsync) &&
            resolve(library, "cuMemcpyAsync", a.cuMemcpyAsync) &&
            resolve(library, "cuMemcpyHtoDAsync_v2", a.cuMemcpyHtoDAsync) &&
            resolve(library, "cuMemcpyDtoHAsync_v2", a.cuMemcpyDtoHAsync) &&
            resolve(library, "cuMemsetD32Async", a.cuMemsetD32Async) &&
            resolve(library, "cuMemsetD16Async", a.cuMemsetD16Async) &&
            resolve(library, "cuEventCreate", a.cuEventCreate) &&
            resolve(library, "cuEventRecord", a.cuEventRecord) &&
            resolve(library, "cuEventSynchronize", a.cuEventSynchronize) &&
            resolve(library, "cuEventElapsedTime", a.cuEventElapsedTime) &&
            resolve(library, "cuEventDestroy_v2", a.cuEventDestroy);
  if (!ok)
    return "the CUDA driver (libcuda.so.1) lacks an entry point Tessel "
           "needs; it is too old";
  // Only the Hopper kernels need it: reported where they run.
  if (!resolve(library, "cuTensorMapEncodeTiled", a.cuTensorMapEncodeTiled))
    a.cuTensorMapEncodeTiled = nullptr;
  // Only the pool's release threshold below uses them.
  if (!resolve(library, "cuDeviceGetDefaultMemPool",
               a.cuDeviceGetDefaultMemPool) ||
      !resolve(library, "cuMemPoolSetAttribute", a.cuMemPoolSetAttribute))
    a.cuDeviceGetDefaultMemPool = nullptr;
  if (CUresult r = a.cuInit(0))
    return describe("cuInit", r);
  int count = 0;
  if (CUresult r = a.cuDeviceGetCount(&count))
    return describe("cuDeviceGetCount", r);
  if (count == 0)
    return "no CUDA device";
  CUdevice device;
  if (CUresult r = a.cuDeviceGet(&device, 0))
    return describe("cuDeviceGet", r);
  if (CUresult r = a.cuDevicePrimaryCtxRetain(&s.context, device))
    return describe("cuDevicePrimaryCtxRetain", r);
  if (CUresult r = a.cuCtxSetCurrent(s.context))
    return describe("cuCtxSetCurrent", r);
  if (CUresult r = a.cuStreamCreate(&s.stream, CU_STREAM_NON_BLOCKING))
    return describe("cuStreamCreate", r);
  // The pool that kernels' temporary buffers come from (cuMemAllocAsync)
  // keeps what it has reserved: by default it gives memory back at every
  // synchronization, so that each call of a function (a decode step) would
  // map its buffers anew. Best effort: a driver or device without pools
  // runs as before.
  CUmemoryPool pool = nullptr;
  unsigned long long keepAll = ~0ull;
  if (a.cuDeviceGetDefaultMemPool &&
      a.cuDeviceGetDefaultMemPool(&pool, device) == CUDA_SUCCESS)
    a.cuMemPoolSetAttribute(pool, CU_MEMPOOL_ATTR_RELEASE_THRESHOLD, &keepAll);
  char name[256] = {0};
  a.cuDeviceGetName(name, sizeof name - 1, device);
  int major = 0, minor = 0;
  a.cuDeviceGetAttribute(&major, CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MAJOR,
                         device);
  a.cuDeviceGetAttribute(&minor, CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MINOR,
                         device);
  s.description = std::string(name) + " (sm_" + std::to_string(major) +
                  std::to_string(minor) + ")";
  return "";
}

} // namespace

const Api *driver::get(std::string &error) {
  anchorTensorMaps();
  static std::once_flag once;
  DriverState &s = state();
  std::call_once(once, [&] {
    s.failure = loadDriver(s);
    s.ready = s.failure.empty();
  });
  if (!s.ready) {
    error = s.failure;
    return nullptr;
  }
  // Each thread that uses the driver needs the context current.
  thread_local bool current = false;
  if (!current) {
    s.api.cuCtxSetCurrent(s.context);
    current = true;
  }
  return &s.api;
}

CUstream driver::stream() { return state().stream; }

std::string driver::describe(const char *what, CUresult result) {
  const char *message = nullptr;
  if (state().api.cuGetErrorString)
    state().api.cuGetErrorString(result, &message);
  return std::string(what) + " failed: CUDA error " + std::to_string(result) +
         (message ? std::string(" (") + message + ")" : std::string());
}

void driver::recordError(const std::string &message) {
  DriverState &s = state();
  std::lock_guard<std::mutex> lock(s.errorMutex);
  if (s.pendingError.empty())
    s.pendingError = message;
}

std::string driver::takeError() {
  DriverState &s = state();
  std::lock_guard<std::mutex> lock(s.errorMutex);
  std::string message;
  std::swap(message, s.pendingError);
  return message;
}

void driver::setDeferSynchronization(bool defer) { state().deferSync = defer; }
bool driver::deferSynchronization() { return state().deferSync; }

//===----------------------------------------------------------------------===//
// Public API
//===----------------------------------------------------------------------===//

bool cuda::initialize(std::string &error) { return driver::get(error); }

std::string cuda::deviceDescription() { return state().description; }

DeviceBuffer::DeviceBuffer(const TensorType &type, std::string &error)
    : tensorType(type) {
  const Api *api = driver::get(error);
  if (!api)
    return;
  bytes = std::max<size_t>(size_t(type.bytes()), 1);
  if (CUresult r = api->cuMemAlloc(&pointer, bytes)) {
    error = describe("cuMemAlloc", r);
    pointer = 0;
  }
}

DeviceBuffer::~DeviceBuffer() {
  std::string ignored;
  if (pointer)
    if (const Api *api = driver::get(ignored))
      api->cuMemFree(pointer);
}

bool DeviceBuffer::upload(const Buffer &host, std::string &error) {
  const Api *api = driver::get(error);
  if (!api)
    return false;
  if (host.type() != tensorType) {
    error = "upload of a " + toString(host.type()) + " buffer into a " +
            toString(tensorType) + " device buffer";
    return false;
  }
  // On the runtime's stream, then waited for. A synchronous cuMemcpyHtoD
  // runs on the legacy stream, which the runtime's non-blocking stream does
  // not wait for, and from pageable memory it returns before the DMA ends:
  // kernels read inputs still arriving (attention-tiles' more_queries came
  // out wrong on an H200, and right under compute-sanitizer, which
  // serializes).
  CUstream stream = driver::stream();
  if (CUresult r = api->cuMemcpyHtoDAsync(pointer, host.data(),
                                          size_t(tensorType.bytes()), stream)) {
    error = describe("cuMemcpyHtoDAsync", r);
    return false;
  }
  if (CUresult r = api->cuStreamSynchronize(stream)) {
    error = describe("cuStreamSynchronize", r);
    return false;
  }
  return true;
}

bool DeviceBuffer::download(Buffer &host, std::string &error) const {
  const Api *api = driver::get(error);
  if (!api)
    return false;
  if (host.type() != tensorType) {
    error = "download of a " + toString(tensorType) + " device buffer into a " +
            toString(host.type()) + " buffer";
    return false;
  }
  // After everything on the runtime's stream (the kernels that wrote it).
  CUstream stream = driver::stream();
  if (CUresult r = api->cuMemcpyDtoHAsync(host.data(), pointer,
                                          size_t(tensorType.bytes()), stream)) {
    error = describe("cuMemcpyDtoHAsync", r);
    return false;
  }
  if (CUresult r = api->cuStreamSynchronize(stream)) {
    error = describe("cuStreamSynchronize", r);
    return false;
  }
  return true;
}

namespace {
std::vector<BufferRef> refsOf(const std::vector<DeviceBuffer *> &buffers) {
  std::vector<BufferRef> refs;
  for (DeviceBuffer *buffer : buffers)
    refs.push_back(buffer ? buffer->ref() : BufferRef{});
  return refs;
}

/// Waits for the runtime's stream and reports what went wrong in it.
bool finish(const Api *api, const std::string &name, std::string &error) {
  CUresult r = api->cuStreamSynchronize(driver::stream());
  std::string pending = driver::takeError();
  if (!pending.empty()) {
    error = name + ": " + pending;
    return false;
  }
  if (r) {
    error = name + ": " + describe("cuStreamSynchronize", r);
    return false;
  }
  return true;
}
} // namespace

bool cuda::call(const Function &function,
                const std::vector<DeviceBuffer *> &inputs,
                const std::vector<DeviceBuffer *> &results,
                std::string &error) {
  const Api *api = driver::get(error);
  if (!api)
    return false;
  // Errors from loading the library's modules (at dlopen) surface here.
  std::string pending = driver::takeError();
  if (!pending.empty()) {
    error = function.signature().name + ": " + pending;
    return false;
  }
  if (!function.callRefs(refsOf(inputs), refsOf(results), error))
    return false;
  return finish(api, function.signature().name, error);
}

namespace {
/// A device buffer larger than the L2 cache, written before each timed call
/// so that the call starts with none of its data in L2.
class CacheFlush {
public:
  CacheFlush(const Api *api, std::string &error) : api(api) {
    CUdevice device = 0;
    int l2Bytes = 0;
    if (!api->cuDeviceGet(&device, 0))
      api->cuDeviceGetAttribute(&l2Bytes, CU_DEVICE_ATTRIBUTE_L2_CACHE_SIZE,
                                device);
    bytes = std::max<size_t>(size_t(256) << 20, 4 * size_t(l2Bytes));
    if (CUresult r = api->cuMemAlloc(&pointer, bytes)) {
      error = describe("cuMemAlloc (the L2 flush buffer)", r);
      pointer = 0;
    }
  }
  CacheFlush(const CacheFlush &) = delete;
  CacheFlush &operator=(const CacheFlush &) = delete;
  ~CacheFlush() {
    if (pointer)
      api->cuMemFree(pointer);
  }
  explicit operator bool() const { return pointer != 0; }
  bool enqueue(std::string &error) {
    if (CUresult r =
            api->cuMemsetD32Async(pointer, 0, bytes / 4, driver::stream())) {
      error = describe("cuMemsetD32Async (the L2 flush)", r);
      return false;
    }
    return true;
  }

private:
  const Api *api;
  size_t bytes = 0;
  CUdeviceptr pointer = 0;
};
} // namespace

bool cuda::benchmark(const Function &function,
                     const std::vector<DeviceBuffer *> &inputs,
                     const std::vector<DeviceBuffer *> &results, int warmup,
                     int iterations, BenchmarkResult &result,
                     std::string &error, bool warmCache) {
  const Api *api = driver::get(error);
  if (!api)
    return false;
  if (warmup < 0 || iterations < 1) {
    error = function.signature().name +
            ": a benchmark needs at least one iteration and no negative warmup";
    return false;
  }
  std::optional<CacheFlush> flush;
  if (!warmCache) {
    flush.emplace(api, error);
    if (!*flush)
      return false;
  }
  std::vector<BufferRef> in = refsOf(inputs), out = refsOf(results);
  for (int i = 0; i < warmup; ++i)
    if (!function.callRefs(in, out, error))
      return false;
  if (!finish(api, function.signature().name, error))
    return false;

  // Warm: one event between consecutive calls. Cold: a pair around each
  // call, with the flush before the first of the pair.
  int eventCount = warmCache ? iterations + 1 : 2 * iterations;
  std::vector<CUevent> events;
  auto destroyEvents = [&] {
    for (CUevent event : events)
      api->cuEventDestroy(event);
  };
  for (int i = 0; i < eventCount; ++i) {
    CUevent event = nullptr;
    if (CUresult r = api->cuEventCreate(&event, 0)) {
      error = describe("cuEventCreate", r);
      destroyEvents();
      return false;
    }
    events.push_back(event);
  }
  auto startOf = [&](int i) { return warmCache ? events[i] : events[2 * i]; };
  auto endOf = [&](int i) {
    return warmCache ? events[i + 1] : events[2 * i + 1];
  };
  driver::setDeferSynchronization(true);
  bool ok = true;
  for (int i = 0; i < iterations && ok; ++i) {
    if (flush && !(ok = flush->enqueue(error)))
      break;
    if (flush || i == 0)
      api->cuEventRecord(startOf(i), driver::stream());
    ok = function.callRefs(in, out, error);
    api->cuEventRecord(endOf(i), driver::stream());
  }
  driver::setDeferSynchronization(false);
  ok = ok && finish(api, function.signature().name, error);
  result.samplesMs.clear();
  for (int i = 0; ok && i < iterations; ++i) {
    float ms = 0;
    api->cuEventElapsedTime(&ms, startOf(i), endOf(i));
    result.samplesMs.push_back(ms);
  }
  destroyEvents();
  if (!ok)
    return false;
  result.summarizeSamples();
  return true;
}
