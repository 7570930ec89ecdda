//===- LayoutAlgebra.cpp - Algebraic tensor layouts -----------------------===//
//
// Part of the Tessel project.
//
//===----------------------------------------------------------------------===//
//
// The Layout class and its queries (size, cosize, offsets, injectivity), the
// swizzle function and sub-byte packing. The algebra lives in
// LayoutOperations.cpp and the textual form in LayoutText.cpp.
//
//===----------------------------------------------------------------------===//

#include "tessel/Layout/LayoutAlgebra.h"

#include <algorithm>
#include <cassert>

using namespace mlir::tessel::layout;

namespace {

/// Above this many elements, queries that would enumerate offsets use an
/// analytical answer (or a documented bound) instead.
constexpr int64_t kBruteForceLimit = int64_t(1) << 20;

/// Largest "entangled" leaf group that isInjective() enumerates.
constexpr int64_t kEntangledLimit = kBruteForceLimit;

/// Offsets of `leaves` (unswizzled), colexicographic order.
std::vector<int64_t> enumerateOffsets(const std::vector<Leaf> &leaves) {
  std::vector<int64_t> result{0};
  for (const Leaf &leaf : leaves) {
    if (leaf.shape == 1)
      continue;
    size_t n = result.size();
    result.reserve(n * leaf.shape);
    for (int64_t c = 1; c < leaf.shape; ++c)
      for (size_t i = 0; i < n; ++i)
        result.push_back(result[i] + c * leaf.stride);
  }
  return result;
}

/// True if `values` has no duplicates. Consumes `values`.
bool allDistinct(std::vector<int64_t> values) {
  std::sort(values.begin(), values.end());
  return std::adjacent_find(values.begin(), values.end()) == values.end();
}

/// Leaves with shape > 1 and stride > 0, sorted by (stride, shape).
std::vector<Leaf> sortedNonTrivialLeaves(const std::vector<Leaf> &leaves) {
  std::vector<Leaf> result;
  for (const Leaf &leaf : leaves)
    if (leaf.shape > 1 && leaf.stride > 0)
      result.push_back(leaf);
  std::stable_sort(
      result.begin(), result.end(), [](const Leaf &a, const Leaf &b) {
        return a.stride != b.stride ? a.stride < b.stride : a.shape < b.shape;
      });
  return result;
}

/// Largest unswizzled offset (cosize - 1) of `leaves`.
int64_t maxOffset(const std::vector<Leaf> &leaves) {
  int64_t result = 0;
  for (const Leaf &leaf : leaves)
    result += (leaf.shape - 1) * leaf.stride;
  return result;
}

/// The unswizzled offsets are exactly [0, max]: sorting the non-trivial leaves
/// by stride, every stride is at most one past the largest offset the smaller
/// leaves reach (this is necessary and sufficient).
bool isContiguous(const std::vector<Leaf> &leaves) {
  int64_t reach = 0;
  for (const Leaf &leaf : sortedNonTrivialLeaves(leaves)) {
    if (leaf.stride > reach + 1)
      return false;
    reach += (leaf.shape - 1) * leaf.stride;
  }
  return true;
}

/// max of swizzle.apply(x) over 0 <= x < limit (limit >= 1). The swizzle only
/// changes bits [base, base + bits) using bits above base + bits, so the
/// maximum lies in the block of limit - 1 and is found greedily there.
int64_t maxSwizzledBelow(const Swizzle &swizzle, int64_t limit) {
  int blockBits = swizzle.base + swizzle.bits;
  int64_t last = limit - 1;
  int64_t blockStart = (last >> blockBits) << blockBits;
  int64_t low = last - blockStart;
  int64_t yyy = (blockStart >> (swizzle.base + swizzle.shift)) &
                ((int64_t(1) << swizzle.bits) - 1);
  int64_t maxMid = low >> swizzle.base;
  // Choose mid <= maxMid maximising mid ^ yyy, most significant bit first.
  int64_t mid = 0;
  bool tight = true;
  for (int bit = swizzle.bits - 1; bit >= 0; --bit) {
    int64_t want = ((yyy >> bit) & 1) ^ 1;
    int64_t limitBit = (maxMid >> bit) & 1;
    if (tight && want > limitBit)
      want = 0;
    if (tight && want < limitBit)
      tight = false;
    mid |= want << bit;
  }
  int64_t lowMask = (int64_t(1) << swizzle.base) - 1;
  int64_t lowBits = mid == maxMid ? (low & lowMask) : lowMask;
  return blockStart | ((mid ^ yyy) << swizzle.base) | lowBits;
}

bool setError(std::string *error, const std::string &message) {
  if (error)
    *error = message;
  return false;
}

} // namespace

//===----------------------------------------------------------------------===//
// Swizzle
//===----------------------------------------------------------------------===//

int64_t Swizzle::apply(int64_t offset) const {
  int64_t yyyMask = ((int64_t(1) << bits) - 1) << (base + shift);
  return offset ^ ((offset & yyyMask) >> shift);
}

bool Swizzle::verify(std::string *error) const {
  if (bits < 0 || base < 0)
    return setError(error, "swizzle bits and base must be non-negative");
  if (shift < bits)
    return setError(error, "swizzle shift must be at least its bits");
  if (bits + base + shift > 62)
    return setError(error, "swizzle bits + base + shift must be at most 62");
  return true;
}

//===----------------------------------------------------------------------===//
// Layout construction and verification
//===----------------------------------------------------------------------===//

Layout::Layout(std::vector<Mode> modes, std::optional<Swizzle> swizzle)
    : modeList(std::move(modes)), swizzleFn(swizzle) {}

Layout Layout::flat(const std::vector<int64_t> &shape,
                    const std::vector<int64_t> &stride) {
  assert(shape.size() == stride.size() && "shape and stride differ in rank");
  std::vector<Mode> modes;
  for (size_t i = 0; i < shape.size(); ++i)
    modes.push_back(Mode{Leaf{shape[i], stride[i]}});
  return Layout(std::move(modes));
}

Layout Layout::rowMajor(const std::vector<int64_t> &shape) {
  std::vector<int64_t> stride(shape.size());
  int64_t running = 1;
  for (size_t i = shape.size(); i-- > 0;) {
    stride[i] = running;
    running *= shape[i];
  }
  return flat(shape, stride);
}

Layout Layout::columnMajor(const std::vector<int64_t> &shape) {
  std::vector<int64_t> stride(shape.size());
  int64_t running = 1;
  for (size_t i = 0; i < shape.size(); ++i) {
    stride[i] = running;
    running *= shape[i];
  }
  return flat(shape, stride);
}

bool Layout::verify(std::string *error) const {
  int64_t total = 1;
  int64_t reach = 0;
  for (const Mode &mode : modeList) {
    if (mode.empty())
      return setError(error, "a mode must have at least one leaf");
    for (const Leaf &leaf : mode) {
      if (leaf.shape < 1)
        return setError(error, "shape must be positive");
      if (leaf.stride < 0)
        return setError(error, "stride must be non-negative");
      if (__builtin_mul_overflow(total, leaf.shape, &total))
        return setError(error, "layout size overflows int64_t");
      int64_t extent;
      if (__builtin_mul_overflow(leaf.shape - 1, leaf.stride, &extent) ||
          __builtin_add_overflow(reach, extent, &reach) || reach == INT64_MAX)
        return setError(error, "layout cosize overflows int64_t");
    }
  }
  if (swizzleFn && !swizzleFn->verify(error))
    return false;
  return true;
}

//===----------------------------------------------------------------------===//
// Queries
//===----------------------------------------------------------------------===//

std::vector<Leaf> Layout::leaves() const {
  std::vector<Leaf> result;
  for (const Mode &mode : modeList)
    result.insert(result.end(), mode.begin(), mode.end());
  return result;
}

int64_t Layout::modeSize(size_t i) const {
  assert(i < modeList.size() && "mode index out of range");
  int64_t result = 1;
  for (const Leaf &leaf : modeList[i])
    result *= leaf.shape;
  return result;
}

int64_t Layout::size() const {
  int64_t result = 1;
  for (const Mode &mode : modeList)
    for (const Leaf &leaf : mode)
      result *= leaf.shape;
  return result;
}

int64_t Layout::cosize() const {
  std::vector<Leaf> all = leaves();
  int64_t unswizzled = maxOffset(all) + 1;
  if (!swizzleFn)
    return unswizzled;
  if (isContiguous(all) || size() > kBruteForceLimit)
    return maxSwizzledBelow(*swizzleFn, unswizzled) + 1;
  int64_t result = 0;
  for (int64_t offset : enumerateOffsets(all))
    result = std::max(result, swizzleFn->apply(offset));
  return result + 1;
}

int64_t Layout::offset(const std::vector<int64_t> &coord) const {
  assert(coord.size() == modeList.size() && "one coordinate per mode");
  int64_t result = 0;
  for (size_t i = 0; i < modeList.size(); ++i) {
    int64_t c = coord[i];
    assert(c >= 0 && c < modeSize(i) && "coordinate out of range");
    for (const Leaf &leaf : modeList[i]) {
      result += (c % leaf.shape) * leaf.stride;
      c /= leaf.shape;
    }
  }
  return swizzleFn ? swizzleFn->apply(result) : result;
}

int64_t Layout::offsetOfLinear(int64_t idx) const {
  assert(idx >= 0 && idx < size() && "linear index out of range");
  int64_t result = 0;
  for (const Mode &mode : modeList) {
    for (const Leaf &leaf : mode) {
      result += (idx % leaf.shape) * leaf.stride;
      idx /= leaf.shape;
    }
  }
  return swizzleFn ? swizzleFn->apply(result) : result;
}

// The swizzle is a bijection on offsets, so it does not affect injectivity.
// Sort the leaves by stride. A leaf whose stride exceeds the largest offset
// reachable by the smaller leaves can never collide with them, so the layout
// is injective iff the prefix up to the last leaf that violates this is
// injective; only that "entangled" prefix is enumerated.
bool Layout::isInjective() const {
  std::vector<Leaf> sorted;
  for (const Leaf &leaf : leaves()) {
    if (leaf.shape == 1)
      continue;
    if (leaf.stride == 0)
      return false;
    sorted.push_back(leaf);
  }
  sorted = sortedNonTrivialLeaves(sorted);
  int64_t reach = 0;
  size_t entangled = 0;
  for (size_t k = 0; k < sorted.size(); ++k) {
    if (sorted[k].stride <= reach)
      entangled = k + 1;
    reach += (sorted[k].shape - 1) * sorted[k].stride;
  }
  if (entangled == 0)
    return true;
  std::vector<Leaf> prefix(sorted.begin(), sorted.begin() + entangled);
  int64_t prefixSize = 1;
  for (const Leaf &leaf : prefix)
    prefixSize *= leaf.shape;
  // Pigeonhole: more coordinates than offsets in range.
  if (prefixSize > maxOffset(prefix) + 1)
    return false;
  // Too large to enumerate: treated as not injective (never produced by the
  // algebra for realistic layouts).
  if (prefixSize > kEntangledLimit)
    return false;
  return allDistinct(enumerateOffsets(prefix));
}

bool Layout::isBijective() const { return isInjective() && cosize() == size(); }

bool Layout::isCompact() const {
  std::vector<Leaf> all = leaves();
  bool contiguous = isContiguous(all);
  if (!swizzleFn)
    return contiguous;
  int64_t unswizzled = maxOffset(all) + 1;
  // The swizzle permutes [0, unswizzled) onto itself iff nothing in the last
  // (partial) block maps past the end.
  if (contiguous)
    return maxSwizzledBelow(*swizzleFn, unswizzled) == unswizzled - 1;
  if (size() > kBruteForceLimit)
    return false;
  std::vector<int64_t> values = enumerateOffsets(all);
  for (int64_t &value : values)
    value = swizzleFn->apply(value);
  std::sort(values.begin(), values.end());
  values.erase(std::unique(values.begin(), values.end()), values.end());
  return values.back() + 1 == static_cast<int64_t>(values.size());
}

//===----------------------------------------------------------------------===//
// Sub-byte packing
//===----------------------------------------------------------------------===//

bool Packing::verify(std::string *error) const {
  if (elementBits < 1 || elementBits > 64)
    return setError(error, "element bits must be in [1, 64]");
  if (wordBits != 8 && wordBits != 16 && wordBits != 32 && wordBits != 64)
    return setError(error, "word bits must be 8, 16, 32 or 64");
  if (elementBits > wordBits)
    return setError(error, "element bits must not exceed word bits");
  return true;
}

PackedPosition mlir::tessel::layout::packedPosition(int64_t elementOffset,
                                                    int elementBits,
                                                    int wordBits) {
  assert(elementOffset >= 0 && elementBits >= 1 && wordBits >= 1 &&
         "invalid packing");
  int64_t bitOffset = elementOffset * elementBits;
  return PackedPosition{bitOffset / wordBits, bitOffset % wordBits};
}
