//===- CudaTensorMap.cpp - Tensor maps for the bulk tensor copies ---------===//
//
// Part of the Tessel project.
//
// Hopper kernels copy tiles with cp.async.bulk.tensor, which reads the
// tensor's shape, strides and tile box from a tensor map (CUtensorMap) in
// device memory. Compiled host code (nvgpu.tma.create.descriptor, lowered by
// MLIR's convert-nvgpu-to-nvvm) asks for one before each launch through
// mgpuTensorMapEncodeTiledMemref, with the same arguments as MLIR's own CUDA
// runtime wrappers.
//
// Maps are kept: a call with a map already made returns its device copy, so
// that a function called in a loop on the same buffers uploads nothing. A
// new map is copied on the runtime's stream, which orders it before the
// kernels that read it.
//
//===----------------------------------------------------------------------===//

#include "CudaDriver.h"

#include <cstdint>
#include <cstring>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>

using namespace mlir::tessel::runtime::cuda;
using namespace mlir::tessel::runtime::cuda::driver;

namespace {

constexpr size_t kTensorMapBytes = 128;
constexpr int64_t kMaxRank = 5;

/// CUtensorMapDataType's element sizes, by value (cuda.h).
int64_t elementBytes(int64_t dataType) {
  switch (dataType) {
  case 0: // UINT8
    return 1;
  case 1: // UINT16
  case 6: // FLOAT16
  case 9: // BFLOAT16
    return 2;
  case 2:  // UINT32
  case 3:  // INT32
  case 7:  // FLOAT32
  case 10: // FLOAT32_FTZ
  case 11: // TFLOAT32
  case 12: // TFLOAT32_FTZ
    return 4;
  case 4: // UINT64
  case 5: // INT64
  case 8: // FLOAT64
    return 8;
  default:
    return 0;
  }
}

/// A map and its device copy; the host bytes stay put while the copy is in
/// flight.
struct TensorMap {
  alignas(64) unsigned char bytes[kTensorMapBytes];
  CUdeviceptr device = 0;
};

struct TensorMapCache {
  std::mutex mutex;
  std::unordered_map<std::string, std::unique_ptr<TensorMap>> maps;
};

TensorMapCache &cache() {
  // Never destroyed: compiled libraries may ask for maps during static
  // destruction, and the driver frees device memory at exit.
  static auto *maps = new TensorMapCache;
  return *maps;
}

} // namespace

void driver::anchorTensorMaps() {}

extern "C" {

/// A tiled tensor map of the ranked memref `descriptor` (allocated and
/// aligned pointers, offset, sizes[rank], strides[rank]) with box
/// `boxSizes[rank]` (both outermost first, as memrefs are), in device
/// memory; null, with the error recorded, where the driver refuses it.
void *mgpuTensorMapEncodeTiledMemref(int64_t rank, void *descriptor,
                                     int64_t dataType, int64_t interleave,
                                     int64_t swizzle, int64_t l2Promotion,
                                     int64_t oobFill, const int64_t *boxSizes) {
  std::string error;
  const Api *a = get(error);
  if (!a) {
    recordError(error);
    return nullptr;
  }
  if (!a->cuTensorMapEncodeTiled) {
    recordError("cuTensorMapEncodeTiled: the CUDA driver is too old for the "
                "bulk tensor copies of Hopper kernels");
    return nullptr;
  }
  int64_t bytes = elementBytes(dataType);
  if (rank < 1 || rank > kMaxRank || bytes == 0) {
    recordError("tensor map: rank " + std::to_string(rank) +
                " or element type " + std::to_string(dataType) +
                " unsupported");
    return nullptr;
  }
  struct Header {
    char *allocated, *aligned;
    int64_t offset;
  };
  auto *header = static_cast<Header *>(descriptor);
  const auto *sizes = reinterpret_cast<const int64_t *>(header + 1);
  const int64_t *strides = sizes + rank;
  // The driver takes dimensions innermost first; strides in bytes, for every
  // dimension but the innermost (whose elements are contiguous).
  unsigned long long globalDims[kMaxRank], globalStrides[kMaxRank];
  unsigned box[kMaxRank], elementStrides[kMaxRank];
  for (int64_t d = 0; d < rank; ++d) {
    int64_t from = rank - 1 - d;
    globalDims[d] = static_cast<unsigned long long>(sizes[from]);
    globalStrides[d] = static_cast<unsigned long long>(strides[from] * bytes);
    box[d] = static_cast<unsigned>(boxSizes[from]);
    elementStrides[d] = 1;
  }
  if (strides[rank - 1] != 1) {
    recordError("tensor map: the innermost dimension is not contiguous");
    return nullptr;
  }
  auto map = std::make_unique<TensorMap>();
  std::memset(map->bytes, 0, kTensorMapBytes);
  // An empty tensor (rows known at run time may be 0) has no map the driver
  // accepts; no kernel reads it either (its grid is empty, and
  // mgpuLaunchKernel launches nothing).
  // It stays all zeros.
  bool empty = false;
  for (int64_t d = 0; d < rank; ++d)
    empty = empty || sizes[d] == 0;
  char *address = header->aligned + header->offset * bytes;
  CUresult result =
      empty ? CUDA_SUCCESS
            : a->cuTensorMapEncodeTiled(
                  map->bytes, static_cast<int>(dataType),
                  static_cast<unsigned>(rank), address, globalDims,
                  globalStrides + 1, box, elementStrides,
                  static_cast<int>(interleave), static_cast<int>(swizzle),
                  static_cast<int>(l2Promotion), static_cast<int>(oobFill));
  if (result != CUDA_SUCCESS) {
    recordError(describe("cuTensorMapEncodeTiled", result));
    return nullptr;
  }

  TensorMapCache &maps = cache();
  std::lock_guard<std::mutex> lock(maps.mutex);
  std::string key(reinterpret_cast<const char *>(map->bytes), kTensorMapBytes);
  auto it = maps.maps.find(key);
  if (it != maps.maps.end())
    return reinterpret_cast<void *>(it->second->device);
  if (CUresult r = a->cuMemAlloc(&map->device, kTensorMapBytes)) {
    recordError(describe("cuMemAlloc", r));
    return nullptr;
  }
  if (CUresult r = a->cuMemcpyAsync(map->device,
                                    reinterpret_cast<CUdeviceptr>(map->bytes),
                                    kTensorMapBytes, driver::stream())) {
    recordError(describe("cuMemcpyAsync", r));
    a->cuMemFree(map->device);
    return nullptr;
  }
  void *device = reinterpret_cast<void *>(map->device);
  maps.maps.emplace(std::move(key), std::move(map));
  return device;
}

} // extern "C"
