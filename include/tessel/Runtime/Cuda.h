//===- Cuda.h - Running code from tessel-cuda-pipeline ----------*- C++ -*-===//
//
// Part of the Tessel project.
//
//===----------------------------------------------------------------------===//
///
/// \file
/// Runs functions compiled by `tessel-cuda-pipeline` on an NVIDIA GPU.
///
/// The CUDA driver (`libcuda.so.1`) is loaded at run time, so programs built
/// with the runtime start, and report a clear error, where there is no GPU.
/// There is no CUDA link-time dependency and no CUDA header is needed.
///
/// Host code from the pipeline calls the `mgpu*` functions of MLIR's GPU
/// runtime ABI (module load, kernel launch, stream, allocation, copy); the
/// runtime implements them on the driver (CudaLaunchABI.cpp). A program that
/// loads such a library must export them to it: link it with
/// `ENABLE_EXPORTS` (`-rdynamic`), as tessel-exec does.
///
/// All work runs on one stream in the primary context of device 0.
///
//===----------------------------------------------------------------------===//

#ifndef TESSEL_RUNTIME_CUDA_H
#define TESSEL_RUNTIME_CUDA_H

#include "tessel/Runtime/Module.h"
#include "tessel/Runtime/Tensor.h"

#include <cstddef>
#include <string>
#include <vector>

namespace mlir::tessel::runtime::cuda {

/// Loads the driver and initializes device 0 (once). False, with the reason
/// in `error`, when there is no driver or no device.
bool initialize(std::string &error);

/// The name of device 0 and its compute capability, e.g. "NVIDIA H100 80GB
/// HBM3 (sm_90)"; empty before initialize() succeeds.
std::string deviceDescription();

/// Device memory holding one tensor; freed on destruction.
class DeviceBuffer {
public:
  /// Allocates device memory for `type`; check valid() (or `error`).
  DeviceBuffer(const TensorType &type, std::string &error);
  ~DeviceBuffer();
  DeviceBuffer(const DeviceBuffer &) = delete;
  DeviceBuffer &operator=(const DeviceBuffer &) = delete;

  bool valid() const { return pointer != 0; }
  const TensorType &type() const { return tensorType; }
  BufferRef ref() { return {&tensorType, reinterpret_cast<void *>(pointer)}; }

  /// Copies a host buffer of the same type to the device / back.
  bool upload(const Buffer &host, std::string &error);
  bool download(Buffer &host, std::string &error) const;

private:
  TensorType tensorType;
  size_t bytes = 0;
  unsigned long long pointer = 0;
};

/// Calls `function` (from a library made by tessel-cuda-pipeline) on device
/// buffers and waits for it. Errors of any launch, allocation or copy it
/// made are reported here.
bool call(const Function &function, const std::vector<DeviceBuffer *> &inputs,
          const std::vector<DeviceBuffer *> &results, std::string &error);

/// Times `iterations` calls with device events (after `warmup` calls): each
/// sample is the interval between events recorded on the stream before and
/// after one call, so host overhead only counts where it stalls the GPU.
/// The functions' end-of-call stream synchronization is deferred to the end
/// of the timed region. Unless `warmCache`, the L2 cache is flushed before
/// each timed call (a 256 MB memset outside the interval, as Triton's
/// do_bench does for the peers): weights that fit in L2 would otherwise be
/// read from it rather than from device memory.
bool benchmark(const Function &function,
               const std::vector<DeviceBuffer *> &inputs,
               const std::vector<DeviceBuffer *> &results, int warmup,
               int iterations, BenchmarkResult &result, std::string &error,
               bool warmCache = false);

} // namespace mlir::tessel::runtime::cuda

#endif // TESSEL_RUNTIME_CUDA_H
