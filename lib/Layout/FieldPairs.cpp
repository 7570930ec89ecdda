//===- FieldPairs.cpp - Packed low-bit fields as pairs of 16-bit halves ---===//
//
// Part of the Tessel project.
//
//===----------------------------------------------------------------------===//

#include "tessel/Layout/FieldPairs.h"

#include <algorithm>
#include <set>

namespace mlir::tessel::layout {

std::vector<FieldPair> pairFields(int64_t bits, int64_t count,
                                  int64_t maxOffset) {
  std::vector<bool> paired(count, false);
  std::vector<int64_t> windows; // in the order they were opened
  std::vector<FieldPair> pairs;
  // The first free field after `a` that sits in the high half of window `w`
  // at an offset in [0, maxOffset].
  auto partner = [&](int64_t a, int64_t w) -> int64_t {
    for (int64_t b = a + 1; b < count; ++b) {
      int64_t offset = b * bits - w - 16;
      if (offset > maxOffset)
        break;
      if (offset >= 0 && !paired[b])
        return b;
    }
    return -1;
  };
  // How many pairs of free fields window `w` could hold, formed in field
  // order.
  auto pairsIn = [&](int64_t w) {
    std::vector<bool> used = paired;
    int64_t held = 0;
    for (int64_t a = 0; a < count; ++a) {
      int64_t offset = a * bits - w;
      if (used[a] || offset < 0 || offset > maxOffset)
        continue;
      for (int64_t b = a + 1; b < count; ++b) {
        int64_t high = b * bits - w - 16;
        if (high > maxOffset)
          break;
        if (high >= 0 && !used[b]) {
          used[a] = used[b] = true;
          ++held;
          break;
        }
      }
    }
    return held;
  };
  for (int64_t a = 0; a < count; ++a) {
    if (paired[a])
      continue;
    int64_t position = a * bits;
    auto take = [&](int64_t w) {
      int64_t offset = position - w;
      if (offset < 0 || offset > maxOffset)
        return false;
      int64_t b = partner(a, w);
      if (b < 0)
        return false;
      pairs.push_back({a, b, w, w, offset, b * bits - w - 16});
      paired[a] = paired[b] = true;
      if (std::find(windows.begin(), windows.end(), w) == windows.end())
        windows.push_back(w);
      return true;
    };
    if (std::any_of(windows.begin(), windows.end(), take))
      continue;
    // A new window: the one that can hold the most pairs of the free
    // fields (one shift for several pairs), the field at the smallest
    // offset among equals.
    int64_t best = 0, bestWindow = 0;
    for (int64_t offset = 0; offset <= maxOffset; ++offset) {
      int64_t w = position - offset;
      if (partner(a, w) < 0)
        continue;
      int64_t held = pairsIn(w);
      if (held > best) {
        best = held;
        bestWindow = w;
      }
    }
    if (best > 0 && take(bestWindow))
      continue;
    // No window holds both: the next free field, each from its own window.
    // The free fields from `a` on are even in number, so there is one.
    int64_t b = a + 1;
    while (paired[b])
      ++b;
    pairs.push_back({a, b, position, b * bits - 16, 0, 0});
    paired[a] = paired[b] = true;
  }
  return pairs;
}

int64_t countWindows(const std::vector<FieldPair> &pairs) {
  std::set<int64_t> windows;
  for (const FieldPair &pair : pairs) {
    windows.insert(pair.lowWindow);
    windows.insert(pair.highWindow);
  }
  return windows.size();
}

} // namespace mlir::tessel::layout
