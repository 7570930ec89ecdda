//===- Runner.cpp - Calling a compiled function on host buffers -----------===//
//
// Part of the Tessel project.
//
//===----------------------------------------------------------------------===//

#include "tessel/Runtime/Runner.h"

using namespace mlir::tessel::runtime;

namespace {

std::vector<Buffer *> pointers(std::vector<Buffer> &buffers) {
  std::vector<Buffer *> out;
  for (Buffer &buffer : buffers)
    out.push_back(&buffer);
  return out;
}

template <typename T>
std::vector<cuda::DeviceBuffer *> raw(std::vector<std::unique_ptr<T>> &all) {
  std::vector<cuda::DeviceBuffer *> out;
  for (auto &buffer : all)
    out.push_back(buffer.get());
  return out;
}

bool upload(const std::vector<Buffer> &host,
            std::vector<std::unique_ptr<cuda::DeviceBuffer>> &device,
            std::string &error) {
  device.clear();
  for (const Buffer &buffer : host) {
    device.push_back(
        std::make_unique<cuda::DeviceBuffer>(buffer.type(), error));
    if (!device.back()->valid() || !device.back()->upload(buffer, error))
      return false;
  }
  return true;
}

} // namespace

bool Runner::call(const Function &function, std::vector<Buffer> &inputs,
                  std::vector<Buffer> &results, std::string &error) {
  if (!cuda)
    return function.call(pointers(inputs), pointers(results), error);
  if (!upload(inputs, deviceInputs, error) ||
      !upload(results, deviceResults, error))
    return false;
  if (!cuda::call(function, raw(deviceInputs), raw(deviceResults), error))
    return false;
  for (size_t i = 0; i < results.size(); ++i)
    if (!deviceResults[i]->download(results[i], error))
      return false;
  return true;
}

bool Runner::benchmark(const Function &function, std::vector<Buffer> &inputs,
                       std::vector<Buffer> &results, int warmup, int iterations,
                       BenchmarkResult &bench, std::string &error,
                       bool warmCache) {
  if (!cuda)
    return function.benchmark(pointers(inputs), pointers(results), warmup,
                              iterations, bench, error);
  if (deviceInputs.size() != inputs.size()) {
    error = function.signature().name + ": benchmark before the first call";
    return false;
  }
  return cuda::benchmark(function, raw(deviceInputs), raw(deviceResults),
                         warmup, iterations, bench, error, warmCache);
}
