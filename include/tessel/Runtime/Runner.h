//===- Runner.h - Calling a compiled function on host buffers ---*- C++ -*-===//
//
// Part of the Tessel project.
//
//===----------------------------------------------------------------------===//

#ifndef TESSEL_RUNTIME_RUNNER_H
#define TESSEL_RUNTIME_RUNNER_H

#include "tessel/Runtime/Cuda.h"
#include "tessel/Runtime/Module.h"
#include "tessel/Runtime/Tensor.h"

#include <memory>
#include <string>
#include <vector>

namespace mlir::tessel::runtime {

/// Calls and times a function on host buffers: directly for CPU code, and
/// for code from tessel-cuda-pipeline on device copies (the results are
/// poisoned on the device as on the host, and copied back after the call).
class Runner {
public:
  explicit Runner(bool cuda) : cuda(cuda) {}

  bool call(const Function &function, std::vector<Buffer> &inputs,
            std::vector<Buffer> &results, std::string &error);

  /// Times the function on the buffers of the last call() (device-resident
  /// for CUDA, with the L2 cache flushed before each timed call unless
  /// `warmCache`; see cuda::benchmark).
  bool benchmark(const Function &function, std::vector<Buffer> &inputs,
                 std::vector<Buffer> &results, int warmup, int iterations,
                 BenchmarkResult &bench, std::string &error,
                 bool warmCache = false);

private:
  using DeviceBuffers = std::vector<std::unique_ptr<cuda::DeviceBuffer>>;

  bool cuda;
  DeviceBuffers deviceInputs, deviceResults;
};

} // namespace mlir::tessel::runtime

#endif // TESSEL_RUNTIME_RUNNER_H
