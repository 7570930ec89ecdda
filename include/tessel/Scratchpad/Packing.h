//===- Packing.h - Liveness-based offset packing of buffers -----*- C++ -*-===//
//
// The arithmetic core of scratchpad allocation (COSMA-style): buffers with
// live intervals [start, end) and sizes get offsets in one scratchpad such
// that two buffers live at the same time never overlap, minimizing the peak
// (the highest end offset). No MLIR dependency.
//
//===----------------------------------------------------------------------===//

#ifndef TESSEL_SCRATCHPAD_PACKING_H
#define TESSEL_SCRATCHPAD_PACKING_H

#include <cstdint>
#include <vector>

namespace mlir::tessel::scratchpad {

struct Buffer {
  /// Live from program point `start` up to, not including, `end`.
  int64_t start = 0, end = 0;
  int64_t size = 0;
  /// The offset must be a multiple of this (a power of two).
  int64_t alignment = 1;
};

struct Packing {
  std::vector<int64_t> offsets;
  int64_t peak = 0;
  /// Whether `peak` is proven minimal (exact search finished).
  bool optimal = false;
};

/// Whether two buffers are live at the same time.
bool liveTogether(const Buffer &a, const Buffer &b);

/// Whether `offsets` is a valid packing of `buffers` (aligned, and no two
/// buffers live together overlap); its peak.
bool isValidPacking(const std::vector<Buffer> &buffers,
                    const std::vector<int64_t> &offsets, int64_t &peak);

/// The sum of all sizes (no reuse) and the largest sum of sizes live at one
/// program point (a lower bound of every packing's peak).
int64_t naiveBytes(const std::vector<Buffer> &buffers);
int64_t liveLowerBound(const std::vector<Buffer> &buffers);

/// Greedy: largest buffers first, each at the lowest aligned offset that
/// does not overlap a placed buffer live at the same time. O(n^2).
Packing packGreedy(const std::vector<Buffer> &buffers);

/// Exact for up to `maxExactBuffers` buffers: a branch and bound over the
/// orders of buffers by offset, each resting on the floor or on the end of a
/// buffer placed before it (every compacted packing has this form), pruned
/// by the greedy peak and the liveness lower bound. Falls back to the greedy
/// packing, marked not optimal, above that size.
Packing pack(const std::vector<Buffer> &buffers, int maxExactBuffers = 7);

} // namespace mlir::tessel::scratchpad

#endif // TESSEL_SCRATCHPAD_PACKING_H
