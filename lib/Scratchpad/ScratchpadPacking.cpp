//===- Packing.cpp - Liveness-based offset packing of buffers -------------===//

#include "tessel/Scratchpad/Packing.h"

#include <algorithm>
#include <map>
#include <numeric>

using namespace mlir::tessel::scratchpad;

namespace {

int64_t alignUp(int64_t value, int64_t alignment) {
  return (value + alignment - 1) / alignment * alignment;
}

bool overlapsInMemory(int64_t offsetA, int64_t sizeA, int64_t offsetB,
                      int64_t sizeB) {
  return offsetA < offsetB + sizeB && offsetB < offsetA + sizeA;
}

/// The lowest aligned offset >= `from` at which `buffer` overlaps none of the
/// placed buffers live together with it.
int64_t lowestFit(const std::vector<Buffer> &buffers,
                  const std::vector<int64_t> &offsets,
                  const std::vector<bool> &placed, size_t index, int64_t from) {
  const Buffer &b = buffers[index];
  int64_t offset = alignUp(from, b.alignment);
  for (bool moved = true; moved;) {
    moved = false;
    for (size_t j = 0; j < buffers.size(); ++j) {
      if (!placed[j] || j == index || !liveTogether(b, buffers[j]))
        continue;
      if (overlapsInMemory(offset, b.size, offsets[j], buffers[j].size)) {
        offset = alignUp(offsets[j] + buffers[j].size, b.alignment);
        moved = true;
      }
    }
  }
  return offset;
}

/// Branch and bound over buffer orders by offset.
struct ExactSearch {
  const std::vector<Buffer> &buffers;
  int64_t lowerBound;
  std::vector<int64_t> offsets, best;
  std::vector<bool> placed;
  int64_t bestPeak;

  /// Buffers are placed in nondecreasing offset order, so every packing is
  /// visited once per order of equal offsets only.
  void search(size_t count, int64_t peak, int64_t minOffset) {
    if (peak >= bestPeak)
      return;
    if (count == buffers.size()) {
      bestPeak = peak;
      best = offsets;
      return;
    }
    if (bestPeak == lowerBound)
      return;
    for (size_t i = 0; i < buffers.size(); ++i) {
      if (placed[i])
        continue;
      // Rest on the floor or on the end of a placed buffer.
      std::vector<int64_t> candidates = {0};
      for (size_t j = 0; j < buffers.size(); ++j)
        if (placed[j])
          candidates.push_back(offsets[j] + buffers[j].size);
      std::sort(candidates.begin(), candidates.end());
      candidates.erase(std::unique(candidates.begin(), candidates.end()),
                       candidates.end());
      for (int64_t candidate : candidates) {
        int64_t offset = alignUp(candidate, buffers[i].alignment);
        if (offset < minOffset)
          continue;
        bool free = true;
        for (size_t j = 0; j < buffers.size() && free; ++j)
          free = !placed[j] || !liveTogether(buffers[i], buffers[j]) ||
                 !overlapsInMemory(offset, buffers[i].size, offsets[j],
                                   buffers[j].size);
        if (!free)
          continue;
        placed[i] = true;
        offsets[i] = offset;
        search(count + 1, std::max(peak, offset + buffers[i].size), offset);
        placed[i] = false;
      }
    }
  }
};

} // namespace

bool mlir::tessel::scratchpad::liveTogether(const Buffer &a, const Buffer &b) {
  return a.start < b.end && b.start < a.end;
}

bool mlir::tessel::scratchpad::isValidPacking(
    const std::vector<Buffer> &buffers, const std::vector<int64_t> &offsets,
    int64_t &peak) {
  if (offsets.size() != buffers.size())
    return false;
  peak = 0;
  for (size_t i = 0; i < buffers.size(); ++i) {
    if (offsets[i] < 0 || offsets[i] % buffers[i].alignment != 0)
      return false;
    peak = std::max(peak, offsets[i] + buffers[i].size);
    for (size_t j = i + 1; j < buffers.size(); ++j)
      if (liveTogether(buffers[i], buffers[j]) &&
          overlapsInMemory(offsets[i], buffers[i].size, offsets[j],
                           buffers[j].size))
        return false;
  }
  return true;
}

int64_t
mlir::tessel::scratchpad::naiveBytes(const std::vector<Buffer> &buffers) {
  int64_t total = 0;
  for (const Buffer &b : buffers)
    total += b.size;
  return total;
}

int64_t
mlir::tessel::scratchpad::liveLowerBound(const std::vector<Buffer> &buffers) {
  // The live sum only changes at interval starts.
  int64_t bound = 0;
  for (const Buffer &at : buffers) {
    int64_t live = 0;
    for (const Buffer &b : buffers)
      if (b.start <= at.start && at.start < b.end)
        live += b.size;
    bound = std::max(bound, live);
  }
  return bound;
}

Packing
mlir::tessel::scratchpad::packGreedy(const std::vector<Buffer> &buffers) {
  std::vector<size_t> order(buffers.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return buffers[a].size > buffers[b].size;
  });
  Packing result;
  result.offsets.assign(buffers.size(), 0);
  std::vector<bool> placed(buffers.size(), false);
  for (size_t i : order) {
    result.offsets[i] = lowestFit(buffers, result.offsets, placed, i, 0);
    placed[i] = true;
    result.peak = std::max(result.peak, result.offsets[i] + buffers[i].size);
  }
  result.optimal = result.peak == liveLowerBound(buffers);
  return result;
}

Packing mlir::tessel::scratchpad::pack(const std::vector<Buffer> &buffers,
                                       int maxExactBuffers) {
  Packing greedy = packGreedy(buffers);
  if (greedy.optimal || static_cast<int>(buffers.size()) > maxExactBuffers)
    return greedy;
  ExactSearch search{buffers,
                     liveLowerBound(buffers),
                     std::vector<int64_t>(buffers.size(), 0),
                     greedy.offsets,
                     std::vector<bool>(buffers.size(), false),
                     greedy.peak};
  search.search(0, 0, 0);
  return Packing{search.best, search.bestPeak, true};
}
