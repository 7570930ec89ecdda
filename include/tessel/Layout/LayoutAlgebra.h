//===- LayoutAlgebra.h - Algebraic tensor layouts ---------------*- C++ -*-===//
//
// Part of the Tessel project.
//
//===----------------------------------------------------------------------===//
///
/// \file
/// An algebraic layout library in the spirit of CuTe's layout algebra. It has
/// no dependency on MLIR or LLVM: the `#tessel.layout` attribute stores a
/// Layout and calls this library to verify, print and reason about it, and
/// lowerings and tests use it to compute offsets.
///
/// A Layout is a list of top-level modes. Each mode is a list of one or more
/// (shape, stride) leaves; a mode with several leaves describes a tiled
/// dimension. Leaf 0 of a mode is its fastest-varying (innermost) leaf: a mode
/// coordinate `c` in `[0, product of the leaf shapes)` is split
/// colexicographically, `c0 = c % s0`, `c1 = (c / s0) % s1`, ... and the
/// mode contributes `sum_k ck * dk` to the offset. An optional swizzle is
/// applied to the resulting offset last.
///
/// Textual form: `(4, 8):(8, 1)` (two flat modes, row-major 4x8) or
/// `((2, 4), 8):((32, 1), 4)` (a nested first mode).
///
//===----------------------------------------------------------------------===//

#ifndef TESSEL_LAYOUT_LAYOUTALGEBRA_H
#define TESSEL_LAYOUT_LAYOUTALGEBRA_H

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mlir::tessel::layout {

/// One (shape, stride) pair. Valid leaves have `shape >= 1`, `stride >= 0`.
struct Leaf {
  int64_t shape = 1;
  int64_t stride = 0;

  bool operator==(const Leaf &other) const {
    return shape == other.shape && stride == other.stride;
  }
  bool operator!=(const Leaf &other) const { return !(*this == other); }
};

/// A top-level mode: one or more leaves, leaf 0 varying fastest.
using Mode = std::vector<Leaf>;

/// CuTe's Swizzle<B, M, S>: xors bits `[M + S, M + S + B)` of an offset into
/// bits `[M, M + B)`. Valid swizzles have `bits >= 0`, `base >= 0`,
/// `shift >= bits` and `bits + base + shift <= 62`. A swizzle is an involution
/// that only permutes offsets inside aligned blocks of `2^(base + bits)`.
struct Swizzle {
  int bits = 0;
  int base = 0;
  int shift = 0;

  /// Returns `offset ^ ((offset & yyyMask) >> shift)` with
  /// `yyyMask = ((1 << bits) - 1) << (base + shift)`.
  int64_t apply(int64_t offset) const;

  /// Returns true if the parameters are valid; otherwise sets `error` (when
  /// non-null) to a message.
  bool verify(std::string *error = nullptr) const;

  bool operator==(const Swizzle &other) const {
    return bits == other.bits && base == other.base && shift == other.shift;
  }
  bool operator!=(const Swizzle &other) const { return !(*this == other); }
};

/// A layout: a function from coordinates to non-negative offsets.
///
/// Constructors do not validate; call verify() on untrusted input. All other
/// members assume a valid layout (shapes >= 1, strides >= 0, non-empty modes,
/// a valid swizzle, size and cosize representable in int64_t).
class Layout {
public:
  /// The rank-0 layout: one element at offset 0 (prints as `():()`).
  Layout() = default;
  explicit Layout(std::vector<Mode> modes,
                  std::optional<Swizzle> swizzle = std::nullopt);

  /// A layout of flat modes (one leaf each); `shape` and `stride` must have
  /// the same length.
  static Layout flat(const std::vector<int64_t> &shape,
                     const std::vector<int64_t> &stride);
  /// Flat row-major layout: the last mode has stride 1.
  static Layout rowMajor(const std::vector<int64_t> &shape);
  /// Flat column-major layout: the first mode has stride 1.
  static Layout columnMajor(const std::vector<int64_t> &shape);

  /// Returns true if this is a valid layout; otherwise sets `error` (when
  /// non-null) to a message such as "shape must be positive".
  bool verify(std::string *error = nullptr) const;

  const std::vector<Mode> &modes() const { return modeList; }
  const Mode &mode(size_t i) const { return modeList[i]; }
  const std::optional<Swizzle> &swizzle() const { return swizzleFn; }
  void setSwizzle(std::optional<Swizzle> swizzle) { swizzleFn = swizzle; }
  /// All leaves of all modes, in colexicographic (fastest first) order.
  std::vector<Leaf> leaves() const;

  /// Number of top-level modes.
  size_t rank() const { return modeList.size(); }
  /// Product of the leaf shapes of mode `i`.
  int64_t modeSize(size_t i) const;
  /// Product of all leaf shapes (1 for rank 0).
  int64_t size() const;
  /// One plus the largest offset, swizzle included (1 for rank 0).
  ///
  /// Exact except for a swizzled layout whose unswizzled offsets do not form
  /// a contiguous range and that has more than 2^20 elements: then it is the
  /// bound `1 + max over x < C of swizzle(x)`, C being the unswizzled cosize.
  int64_t cosize() const;

  /// Offset of a coordinate with one entry per mode, `0 <= coord[i] <
  /// modeSize(i)`; each entry is split colexicographically among the leaves of
  /// its mode. The swizzle is applied last.
  int64_t offset(const std::vector<int64_t> &coord) const;
  /// Offset of CuTe's 1-D coordinate `0 <= idx < size()`: `idx` is split
  /// colexicographically over all leaves (mode 0's leaves first).
  int64_t offsetOfLinear(int64_t idx) const;

  /// Distinct coordinates have distinct offsets (the swizzle, a bijection,
  /// does not matter). Leaves are sorted by stride; a leaf whose stride
  /// exceeds every offset the smaller leaves reach cannot collide with them,
  /// so only the prefix up to the last leaf that does not (the "entangled"
  /// part, empty for ordinary layouts) is enumerated. Exact when that part has
  /// at most 2^20 elements, whatever the layout's size; a larger entangled
  /// part is reported as not injective.
  bool isInjective() const;
  /// Injective and `cosize() == size()`: a permutation of `[0, size())`.
  bool isBijective() const;
  /// The set of offsets is exactly `[0, cosize())` (no holes; broadcast
  /// leaves allowed). Exact without a swizzle (analytical) and for swizzled
  /// layouts whose unswizzled offsets are contiguous; other swizzled layouts
  /// are enumerated up to 2^20 elements and reported as not compact beyond.
  bool isCompact() const;

  bool operator==(const Layout &other) const {
    return modeList == other.modeList && swizzleFn == other.swizzleFn;
  }
  bool operator!=(const Layout &other) const { return !(*this == other); }

private:
  std::vector<Mode> modeList;
  std::optional<Swizzle> swizzleFn;
};

//===----------------------------------------------------------------------===//
// Algebra (CuTe semantics)
//===----------------------------------------------------------------------===//
//
// Operations that can fail return std::nullopt and, when `error` is non-null,
// store a message in it.

/// Merges adjacent leaves `(s0, d0), (s1, d1)` with `d1 == s0 * d0` and drops
/// shape-1 leaves, over the flattened leaf list. The result has one flat mode
/// per remaining leaf (`1:0` if none remains), the same offsetOfLinear
/// function, and keeps the swizzle.
Layout coalesce(const Layout &layout);

/// `a o b`: `offsetOfLinear(result)(i) ==
/// a.offsetOfLinear(b.offsetOfLinear(i))` for every `i < size(b)`. The result
/// has b's modes (each mode's leaves coalesced) and a's swizzle. Requires
/// `cosize(b) <= size(a)`, no swizzle on b, and every leaf of b to be
/// expressible on a's (coalesced) leaves: its stride and shape must divide or
/// be divided by those leaf shapes (CuTe's stride and shape divisibility
/// conditions).
std::optional<Layout> composition(const Layout &a, const Layout &b,
                                  std::string *error = nullptr);

/// CuTe's complement of `a` with respect to `cosizeHi`: the layout of the
/// "holes" of a, such that the concatenation `(a, complement)` is bijective
/// onto `[0, n)` for some `n >= cosizeHi`. Broadcast and shape-1 leaves of a
/// are ignored. Fails when a's sorted leaves do not nest with divisible
/// strides, or when a is swizzled. The result is coalesced.
std::optional<Layout> complement(const Layout &a, int64_t cosizeHi,
                                 std::string *error = nullptr);

/// `composition(a, (tiler, complement(tiler, size(a))))`: a rank-2 layout
/// whose mode 0 is the tile (tiler's leaves) and mode 1 iterates over tiles.
std::optional<Layout> logicalDivide(const Layout &a, const Layout &tiler,
                                    std::string *error = nullptr);

/// `(a, composition(complement(a, size(a) * cosize(b)), b))`: a rank-2 layout
/// whose mode 0 is a (all its leaves) and mode 1 repeats it following b.
std::optional<Layout> logicalProduct(const Layout &a, const Layout &b,
                                     std::string *error = nullptr);

/// CuTe's right inverse: a coalesced layout `inv` with
/// `a.offsetOfLinear(inv.offsetOfLinear(i)) == i` for `i < size(inv)`, where
/// `[0, size(inv))` is the largest offset range reached through a's nested
/// strides. For a bijective layout, `size(inv) == size(a)` and inv is also a
/// left inverse. Fails only for swizzled layouts.
std::optional<Layout> rightInverse(const Layout &a,
                                   std::string *error = nullptr);

/// Tiles every mode: mode i (of size `tileShape[i] * n_i`) becomes a mode
/// whose leading leaves cover the tile (`tileShape[i]` elements) and whose
/// trailing leaves cover the `n_i` tiles. A flat mode `N:d` becomes exactly
/// `(t, N/t):(d, t*d)`. The offsetOfLinear function (hence the set of
/// offsets) is unchanged. Requires `tileShape.size() == rank()` and each tile
/// size to divide its mode size (and, for nested modes, to be expressible).
std::optional<Layout> tile(const Layout &layout,
                           const std::vector<int64_t> &tileShape,
                           std::string *error = nullptr);

/// All offsets, in colexicographic order of the 1-D coordinate.
std::vector<int64_t> offsets(const Layout &layout);

//===----------------------------------------------------------------------===//
// Text
//===----------------------------------------------------------------------===//

/// Prints `shapes:strides`, e.g. `((2, 4), 8):((32, 1), 4)`. The top level is
/// always parenthesised (`(8):(1)` for rank 1, `():()` for rank 0) and
/// single-leaf modes print flat. The swizzle is not included.
std::string toString(const Layout &layout);

/// Parses the form printed by toString, with arbitrary whitespace between
/// tokens; a bare `8:1` is also accepted as a rank-1 layout. On failure
/// returns false and sets `error` to a message ending in "at column N"
/// (1-based), e.g. "expected ')' at column 7". The result has no swizzle.
bool parseLayout(std::string_view text, Layout &out, std::string &error);

//===----------------------------------------------------------------------===//
// Sub-byte packing
//===----------------------------------------------------------------------===//

/// `elementBits`-bit elements stored little-endian in consecutive
/// `wordBits`-bit words. Valid: `1 <= elementBits <= 64`, `wordBits` in
/// {8, 16, 32, 64}, `elementBits <= wordBits`.
struct Packing {
  int elementBits = 8;
  int wordBits = 8;

  bool verify(std::string *error = nullptr) const;

  bool operator==(const Packing &other) const {
    return elementBits == other.elementBits && wordBits == other.wordBits;
  }
  bool operator!=(const Packing &other) const { return !(*this == other); }
};

/// Word index and bit offset (within the word) of an element's first bit.
struct PackedPosition {
  int64_t word;
  int64_t bit;

  bool operator==(const PackedPosition &other) const {
    return word == other.word && bit == other.bit;
  }
};

/// `bitOffset = elementOffset * elementBits`; returns
/// `{bitOffset / wordBits, bitOffset % wordBits}`. When elementBits does not
/// divide wordBits an element may straddle two words.
PackedPosition packedPosition(int64_t elementOffset, int elementBits,
                              int wordBits);

} // namespace mlir::tessel::layout

#endif // TESSEL_LAYOUT_LAYOUTALGEBRA_H
