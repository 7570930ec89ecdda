//===- CudaLaunchABI.cpp - The mgpu* calls of compiled host code ----------===//
//
// Part of the Tessel project.
//
// Host code from tessel-cuda-pipeline (MLIR's gpu-to-llvm and gpu.binary
// translation) calls these C functions to load its kernels (at library load,
// from global constructors), allocate, copy and launch. They run on the
// runtime's stream in device 0's primary context. They return no status:
// the first failure is recorded and reported by cuda::call.
//
// Constant globals: tesselDeviceConstant_<element> returns a device copy,
// uploaded at the first call and kept until the library unloads.
//
// Streams: every function creates a stream on entry and synchronizes and
// destroys it on exit. Here they all share the runtime's stream, so that
// nothing is created per call, and the final synchronization can be deferred
// while a benchmark issues calls back to back.
//
//===----------------------------------------------------------------------===//

#include "CudaDriver.h"

#include <dlfcn.h>

#include <cstdint>
#include <mutex>
#include <string>
#include <unordered_map>

using namespace mlir::tessel::runtime::cuda;
using namespace mlir::tessel::runtime::cuda::driver;

namespace {

const Api *api() {
  std::string error;
  const Api *a = get(error);
  if (!a)
    recordError(error);
  return a;
}

bool check(const char *what, CUresult result) {
  if (result == CUDA_SUCCESS)
    return true;
  recordError(describe(what, result));
  return false;
}

CUstream streamOf(void *stream) {
  return stream ? static_cast<CUstream>(stream) : driver::stream();
}

CUmodule loadModule(const void *data, int optLevel) {
  const Api *a = api();
  if (!a)
    return nullptr;
  char log[4096] = {0};
  int options[] = {CU_JIT_ERROR_LOG_BUFFER, CU_JIT_ERROR_LOG_BUFFER_SIZE_BYTES,
                   CU_JIT_OPTIMIZATION_LEVEL};
  void *values[] = {log, reinterpret_cast<void *>(sizeof log - 1),
                    reinterpret_cast<void *>(static_cast<intptr_t>(optLevel))};
  CUmodule module = nullptr;
  CUresult r = a->cuModuleLoadDataEx(&module, data, 3, options, values);
  if (r != CUDA_SUCCESS) {
    recordError(describe("loading a kernel module", r) +
                (log[0] ? std::string(": ") + log : std::string()));
    return nullptr;
  }
  return module;
}

/// A rank-1 memref as compiled code passes it to a C-interface function.
struct MemRef1D {
  void *allocated;
  void *aligned;
  int64_t offset;
  int64_t size;
  int64_t stride;
};

/// Device copies of the constant globals of loaded libraries, by host
/// address (with their size): uploaded at a function's first call, kept
/// until their library unloads (releaseDeviceConstants). Never destroyed, so
/// that a library unloaded during static destruction still finds them.
struct DeviceConstants {
  std::mutex mutex;
  std::unordered_map<const void *, std::pair<CUdeviceptr, size_t>> copies;
};
DeviceConstants &deviceConstants() {
  static auto *constants = new DeviceConstants;
  return *constants;
}

void deviceConstant(MemRef1D *result, const MemRef1D *source,
                    size_t elementBytes) {
  const char *host = static_cast<const char *>(source->aligned) +
                     source->offset * elementBytes;
  size_t bytes = source->size * elementBytes;
  *result = {nullptr, nullptr, 0, source->size, 1};
  const Api *a = api();
  if (!a)
    return;
  DeviceConstants &constants = deviceConstants();
  std::lock_guard<std::mutex> lock(constants.mutex);
  auto [it, inserted] = constants.copies.try_emplace(host, 0, bytes);
  if (!inserted && it->second.second != bytes) {
    recordError("a constant of " + std::to_string(bytes) +
                " bytes shares its address with one of " +
                std::to_string(it->second.second));
    return;
  }
  CUdeviceptr &pointer = it->second.first;
  if (inserted) {
    // Once per constant: a plain allocation (not from the stream's pool,
    // which calls return to), and the copy on the runtime's stream, so that
    // the kernels after it, on the same stream, see it done.
    if (!check("cuMemAlloc", a->cuMemAlloc(&pointer, bytes ? bytes : 1)) ||
        !check("cuMemcpyAsync",
               a->cuMemcpyAsync(pointer, reinterpret_cast<CUdeviceptr>(host),
                                bytes, driver::stream()))) {
      if (pointer)
        a->cuMemFree(pointer);
      constants.copies.erase(it);
      return;
    }
  }
  result->allocated = result->aligned = reinterpret_cast<void *>(pointer);
}

} // namespace

void mlir::tessel::runtime::cuda::driver::releaseDeviceConstants(
    const void *libraryBase) {
  DeviceConstants &constants = deviceConstants();
  std::lock_guard<std::mutex> lock(constants.mutex);
  std::string ignored;
  const Api *a = constants.copies.empty() ? nullptr : get(ignored);
  // Copies still in flight on the stream finish before the memory goes.
  if (a)
    a->cuStreamSynchronize(driver::stream());
  for (auto it = constants.copies.begin(); it != constants.copies.end();) {
    Dl_info info;
    if (dladdr(it->first, &info) && info.dli_fbase != libraryBase) {
      ++it;
      continue;
    }
    if (a)
      a->cuMemFree(it->second.first);
    it = constants.copies.erase(it);
  }
}

extern "C" {

/// tesselDeviceConstant_<element>(memref<?xT>) -> memref<?xT>, called by
/// compiled host code through the C interface (tessel-gpu-host-memory): the
/// device copy of a constant global.
#define TESSEL_DEVICE_CONSTANT(NAME, BYTES)                                    \
  void _mlir_ciface_tesselDeviceConstant_##NAME(MemRef1D *result,              \
                                                MemRef1D *source) {            \
    deviceConstant(result, source, BYTES);                                     \
  }
TESSEL_DEVICE_CONSTANT(i8, 1)
TESSEL_DEVICE_CONSTANT(i16, 2)
TESSEL_DEVICE_CONSTANT(i32, 4)
TESSEL_DEVICE_CONSTANT(i64, 8)
TESSEL_DEVICE_CONSTANT(f16, 2)
TESSEL_DEVICE_CONSTANT(bf16, 2)
TESSEL_DEVICE_CONSTANT(f32, 4)
TESSEL_DEVICE_CONSTANT(f64, 8)
#undef TESSEL_DEVICE_CONSTANT

void *mgpuModuleLoad(void *data, size_t /*size*/) {
  return loadModule(data, 4);
}

void *mgpuModuleLoadJIT(void *data, int optLevel) {
  return loadModule(data, optLevel);
}

void mgpuModuleUnload(void *module) {
  // At process exit the driver may already be gone; unloading is moot then.
  std::string ignored;
  if (module)
    if (const Api *a = get(ignored))
      a->cuModuleUnload(static_cast<CUmodule>(module));
}

void *mgpuModuleGetFunction(void *module, const char *name) {
  const Api *a = api();
  if (!a || !module) {
    if (a)
      recordError(std::string("kernel ") + name + ": its module did not load");
    return nullptr;
  }
  CUfunction function = nullptr;
  check("cuModuleGetFunction",
        a->cuModuleGetFunction(&function, static_cast<CUmodule>(module), name));
  return function;
}

void mgpuLaunchKernel(void *function, intptr_t gridX, intptr_t gridY,
                      intptr_t gridZ, intptr_t blockX, intptr_t blockY,
                      intptr_t blockZ, int32_t sharedBytes, void *stream,
                      void **params, void **extra, size_t /*paramsCount*/) {
  const Api *a = api();
  if (!a || !function)
    return;
  // A grid sized at run time may be empty (no rows): nothing to run, and
  // the driver would reject the launch.
  if (gridX == 0 || gridY == 0 || gridZ == 0)
    return;
  auto f = static_cast<CUfunction>(function);
  // Above 48 KiB, dynamic shared memory must be opted into per kernel.
  if (sharedBytes > 48 * 1024 &&
      !check(
          "cuFuncSetAttribute",
          a->cuFuncSetAttribute(
              f, CU_FUNC_ATTRIBUTE_MAX_DYNAMIC_SHARED_SIZE_BYTES, sharedBytes)))
    return;
  check("cuLaunchKernel",
        a->cuLaunchKernel(f, gridX, gridY, gridZ, blockX, blockY, blockZ,
                          sharedBytes, streamOf(stream), params, extra));
}

void *mgpuStreamCreate() {
  const Api *a = api();
  return a ? driver::stream() : nullptr;
}

void mgpuStreamDestroy(void *stream) {
  const Api *a = api();
  if (a && stream && stream != driver::stream())
    a->cuStreamDestroy(static_cast<CUstream>(stream));
}

void mgpuStreamSynchronize(void *stream) {
  const Api *a = api();
  if (!a)
    return;
  CUstream s = streamOf(stream);
  if (s == driver::stream() && deferSynchronization())
    return;
  check("cuStreamSynchronize", a->cuStreamSynchronize(s));
}

void mgpuStreamWaitEvent(void *stream, void *event) {
  if (const Api *a = api())
    check(
        "cuStreamWaitEvent",
        a->cuStreamWaitEvent(streamOf(stream), static_cast<CUevent>(event), 0));
}

void *mgpuEventCreate() {
  const Api *a = api();
  CUevent event = nullptr;
  if (a)
    check("cuEventCreate", a->cuEventCreate(&event, 0));
  return event;
}

void mgpuEventDestroy(void *event) {
  if (const Api *a = api())
    a->cuEventDestroy(static_cast<CUevent>(event));
}

void mgpuEventSynchronize(void *event) {
  if (const Api *a = api())
    check("cuEventSynchronize",
          a->cuEventSynchronize(static_cast<CUevent>(event)));
}

void mgpuEventRecord(void *event, void *stream) {
  if (const Api *a = api())
    check("cuEventRecord",
          a->cuEventRecord(static_cast<CUevent>(event), streamOf(stream)));
}

void *mgpuMemAlloc(uint64_t bytes, void *stream, bool hostShared) {
  const Api *a = api();
  if (!a)
    return nullptr;
  if (hostShared) {
    recordError("host-shared GPU allocations are not supported");
    return nullptr;
  }
  CUdeviceptr pointer = 0;
  // Stream-ordered from the device's pool: no synchronization, and freed
  // memory is reused by the next call.
  check("cuMemAllocAsync",
        a->cuMemAllocAsync(&pointer, bytes ? bytes : 1, streamOf(stream)));
  return reinterpret_cast<void *>(pointer);
}

void mgpuMemFree(void *pointer, void *stream) {
  if (const Api *a = api())
    if (pointer)
      check("cuMemFreeAsync",
            a->cuMemFreeAsync(reinterpret_cast<CUdeviceptr>(pointer),
                              streamOf(stream)));
}

void mgpuMemcpy(void *destination, void *source, size_t bytes, void *stream) {
  if (const Api *a = api())
    check("cuMemcpyAsync",
          a->cuMemcpyAsync(reinterpret_cast<CUdeviceptr>(destination),
                           reinterpret_cast<CUdeviceptr>(source), bytes,
                           streamOf(stream)));
}

void mgpuMemset32(void *destination, unsigned value, size_t count,
                  void *stream) {
  if (const Api *a = api())
    check("cuMemsetD32Async",
          a->cuMemsetD32Async(reinterpret_cast<CUdeviceptr>(destination), value,
                              count, streamOf(stream)));
}

void mgpuMemset16(void *destination, unsigned short value, size_t count,
                  void *stream) {
  if (const Api *a = api())
    check("cuMemsetD16Async",
          a->cuMemsetD16Async(reinterpret_cast<CUdeviceptr>(destination), value,
                              count, streamOf(stream)));
}

} // extern "C"
