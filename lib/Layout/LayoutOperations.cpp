//===- LayoutOperations.cpp - Layout algebra operations -------------------===//
//
// Part of the Tessel project.
//
//===----------------------------------------------------------------------===//
//
// CuTe's layout algebra on two-level layouts: coalesce, composition,
// complement, logical divide and product, right inverse and tiling.
//
//===----------------------------------------------------------------------===//

#include "tessel/Layout/LayoutAlgebra.h"

#include <algorithm>
#include <cassert>

using namespace mlir::tessel::layout;

namespace {

/// Above this many elements composition() does not fall back to checking its
/// result against the composed function.
constexpr int64_t kVerifyLimit = int64_t(1) << 20;

std::nullopt_t fail(std::string *error, const std::string &message) {
  if (error)
    *error = message;
  return std::nullopt;
}

/// `a * b`, or -1 if it overflows.
int64_t mulOrNegative(int64_t a, int64_t b) {
  int64_t result;
  if (__builtin_mul_overflow(a, b, &result))
    return -1;
  return result;
}

/// Drops shape-1 leaves and merges neighbours with `d1 == s0 * d0`.
std::vector<Leaf> coalesceLeaves(const std::vector<Leaf> &leaves) {
  std::vector<Leaf> result;
  for (const Leaf &leaf : leaves) {
    if (leaf.shape == 1)
      continue;
    if (!result.empty() && leaf.stride == mulOrNegative(result.back().shape,
                                                        result.back().stride)) {
      result.back().shape *= leaf.shape;
      continue;
    }
    result.push_back(leaf);
  }
  return result;
}

/// `leaves`, or the single leaf `1:0` if there are none.
Mode nonEmptyMode(std::vector<Leaf> leaves) {
  if (leaves.empty())
    return Mode{Leaf{1, 0}};
  return leaves;
}

/// A layout with one flat mode per leaf (`1:0` if there are none).
Layout layoutFromLeaves(const std::vector<Leaf> &leaves,
                        std::optional<Swizzle> swizzle = std::nullopt) {
  std::vector<Mode> modes;
  for (const Leaf &leaf : leaves)
    modes.push_back(Mode{leaf});
  if (modes.empty())
    modes.push_back(Mode{Leaf{1, 0}});
  return Layout(std::move(modes), swizzle);
}

std::string str(int64_t value) { return std::to_string(value); }

/// Appends to `out` the leaves of `a o (shape:stride)`, where `a` is given by
/// its coalesced leaves and `(shape - 1) * stride < size(a)`.
///
/// The 1-D index `j * stride` is walked through a's leaves: a leaf whose shape
/// divides the remaining stride is skipped, a leaf that the remaining stride
/// divides contributes `shape / stride` elements, and once all remaining
/// elements fit inside one leaf that leaf finishes the job.
bool composeLeaf(const std::vector<Leaf> &aLeaves, Leaf leaf,
                 std::vector<Leaf> &out, std::string *error) {
  int64_t shape = leaf.shape;
  if (shape == 1 || leaf.stride == 0) {
    out.push_back(Leaf{shape, 0});
    return true;
  }
  int64_t rest = leaf.stride;
  for (const Leaf &aLeaf : aLeaves) {
    if ((shape - 1) * rest < aLeaf.shape) {
      out.push_back(Leaf{shape, rest * aLeaf.stride});
      return true;
    }
    if (rest % aLeaf.shape == 0) {
      rest /= aLeaf.shape;
      continue;
    }
    if (aLeaf.shape % rest == 0) {
      int64_t count = aLeaf.shape / rest;
      if (shape % count != 0) {
        fail(error, "composition: shape divisibility condition fails (shape " +
                        str(shape) + " is not a multiple of " + str(count) +
                        ")");
        return false;
      }
      out.push_back(Leaf{count, rest * aLeaf.stride});
      shape /= count;
      rest = 1;
      continue;
    }
    fail(error, "composition: stride divisibility condition fails (stride " +
                    str(rest) + " and shape " + str(aLeaf.shape) +
                    " do not divide each other)");
    return false;
  }
  assert(false && "composition walked past the left-hand layout");
  fail(error, "composition: internal error");
  return false;
}

/// True if `point` is a boundary of a's mixed radix at which 1-D indices add
/// without carries: `point = s0 * ... * s(k-1) * q` with q dividing `sk`, or a
/// multiple of the product of all shapes but the last.
bool isCarryFreeBoundary(const std::vector<Leaf> &aLeaves, int64_t point) {
  int64_t prefix = 1;
  for (size_t k = 0; k < aLeaves.size(); ++k) {
    if (point % prefix != 0)
      return false;
    if (k + 1 == aLeaves.size() || aLeaves[k].shape % (point / prefix) == 0)
      return true;
    prefix *= aLeaves[k].shape;
    if (prefix > point)
      return false;
  }
  return true;
}

/// Composing leaf by leaf is exact when the 1-D index of b splits into its
/// leaves' contributions without carries in a's radix: sorting b's leaves by
/// stride, each stride must exceed everything the smaller leaves reach and be
/// a carry-free boundary of a.
bool distributesOverLeaves(const std::vector<Leaf> &aLeaves, const Layout &b) {
  std::vector<Leaf> sorted;
  for (const Leaf &leaf : b.leaves())
    if (leaf.shape > 1 && leaf.stride > 0)
      sorted.push_back(leaf);
  std::sort(sorted.begin(), sorted.end(),
            [](const Leaf &x, const Leaf &y) { return x.stride < y.stride; });
  int64_t reach = 0;
  for (size_t l = 0; l < sorted.size(); ++l) {
    if (l > 0 && (sorted[l].stride <= reach ||
                  !isCarryFreeBoundary(aLeaves, sorted[l].stride)))
      return false;
    reach += (sorted[l].shape - 1) * sorted[l].stride;
  }
  return true;
}

} // namespace

Layout mlir::tessel::layout::coalesce(const Layout &layout) {
  return layoutFromLeaves(coalesceLeaves(layout.leaves()), layout.swizzle());
}

std::optional<Layout> mlir::tessel::layout::composition(const Layout &a,
                                                        const Layout &b,
                                                        std::string *error) {
  if (b.swizzle())
    return fail(error, "composition: the right-hand layout must not be "
                       "swizzled");
  int64_t aSize = a.size();
  int64_t bCosize = b.cosize();
  if (bCosize > aSize)
    return fail(error, "composition: the right-hand layout's cosize (" +
                           str(bCosize) +
                           ") exceeds the left-hand layout's size (" +
                           str(aSize) + ")");
  std::vector<Leaf> aLeaves = coalesceLeaves(a.leaves());
  std::vector<Mode> modes;
  for (const Mode &mode : b.modes()) {
    std::vector<Leaf> leaves;
    for (const Leaf &leaf : mode)
      if (!composeLeaf(aLeaves, leaf, leaves, error))
        return std::nullopt;
    modes.push_back(nonEmptyMode(coalesceLeaves(leaves)));
  }
  Layout result(std::move(modes), a.swizzle());
  if (distributesOverLeaves(aLeaves, b))
    return result;

  // b's leaves interact (e.g. b is not injective); the leafwise result is
  // still right when a is linear over the range b reaches. Check it.
  int64_t size = b.size();
  if (size > kVerifyLimit)
    return fail(error, "composition: the right-hand layout's leaves overlap "
                       "in the left-hand layout's coordinates");
  Layout plainA(a.modes());
  Layout plainResult(result.modes());
  for (int64_t i = 0; i < size; ++i)
    if (plainResult.offsetOfLinear(i) !=
        plainA.offsetOfLinear(b.offsetOfLinear(i)))
      return fail(error, "composition: not representable, the right-hand "
                         "layout's leaves carry into each other in the "
                         "left-hand layout's coordinates");
  return result;
}

std::optional<Layout> mlir::tessel::layout::complement(const Layout &a,
                                                       int64_t cosizeHi,
                                                       std::string *error) {
  if (a.swizzle())
    return fail(error, "complement: the layout must not be swizzled");
  if (cosizeHi < 1)
    return fail(error, "complement: the cosize bound must be positive");
  std::vector<Leaf> sorted;
  for (const Leaf &leaf : a.leaves())
    if (leaf.shape > 1 && leaf.stride > 0)
      sorted.push_back(leaf);
  std::sort(sorted.begin(), sorted.end(), [](const Leaf &x, const Leaf &y) {
    return x.stride != y.stride ? x.stride < y.stride : x.shape < y.shape;
  });
  std::vector<Leaf> result;
  int64_t current = 1;
  for (const Leaf &leaf : sorted) {
    if (leaf.stride % current != 0)
      return fail(error, "complement: stride " + str(leaf.stride) +
                             " is not a multiple of " + str(current) +
                             ", the extent of the smaller leaves");
    result.push_back(Leaf{leaf.stride / current, current});
    current = leaf.shape * leaf.stride;
  }
  result.push_back(Leaf{(cosizeHi + current - 1) / current, current});
  return layoutFromLeaves(coalesceLeaves(result));
}

std::optional<Layout> mlir::tessel::layout::logicalDivide(const Layout &a,
                                                          const Layout &tiler,
                                                          std::string *error) {
  if (tiler.swizzle())
    return fail(error, "logicalDivide: the tiler must not be swizzled");
  std::optional<Layout> rest = complement(tiler, a.size(), error);
  if (!rest)
    return std::nullopt;
  Layout divider({nonEmptyMode(tiler.leaves()), nonEmptyMode(rest->leaves())});
  return composition(a, divider, error);
}

std::optional<Layout> mlir::tessel::layout::logicalProduct(const Layout &a,
                                                           const Layout &b,
                                                           std::string *error) {
  if (a.swizzle() || b.swizzle())
    return fail(error, "logicalProduct: the layouts must not be swizzled");
  int64_t bound = mulOrNegative(a.size(), b.cosize());
  if (bound < 0)
    return fail(error, "logicalProduct: size overflows int64_t");
  std::optional<Layout> rest = complement(a, bound, error);
  if (!rest)
    return std::nullopt;
  std::optional<Layout> repeated = composition(*rest, b, error);
  if (!repeated)
    return std::nullopt;
  return Layout({nonEmptyMode(a.leaves()), nonEmptyMode(repeated->leaves())});
}

std::optional<Layout> mlir::tessel::layout::rightInverse(const Layout &a,
                                                         std::string *error) {
  if (a.swizzle())
    return fail(error, "rightInverse: the layout must not be swizzled");
  struct Entry {
    Leaf leaf;
    int64_t linearStride;
  };
  std::vector<Entry> entries;
  int64_t linear = 1;
  for (const Leaf &leaf : a.leaves()) {
    if (leaf.shape > 1 && leaf.stride > 0)
      entries.push_back(Entry{leaf, linear});
    linear *= leaf.shape;
  }
  std::stable_sort(entries.begin(), entries.end(),
                   [](const Entry &x, const Entry &y) {
                     return x.leaf.stride < y.leaf.stride;
                   });
  std::vector<Leaf> result;
  int64_t current = 1;
  for (const Entry &entry : entries) {
    if (entry.leaf.stride != current)
      break;
    result.push_back(Leaf{entry.leaf.shape, entry.linearStride});
    current = entry.leaf.shape * entry.leaf.stride;
  }
  return layoutFromLeaves(coalesceLeaves(result));
}

std::optional<Layout>
mlir::tessel::layout::tile(const Layout &layout,
                           const std::vector<int64_t> &tileShape,
                           std::string *error) {
  if (tileShape.size() != layout.rank())
    return fail(error, "tile: expected " + str(layout.rank()) +
                           " tile sizes, got " + str(tileShape.size()));
  std::vector<Mode> modes;
  for (size_t i = 0; i < layout.rank(); ++i) {
    int64_t tileSize = tileShape[i];
    int64_t modeSize = layout.modeSize(i);
    if (tileSize < 1 || modeSize % tileSize != 0)
      return fail(error, "tile: tile size " + str(tileSize) +
                             " does not divide mode " + str(i) + " of size " +
                             str(modeSize));
    int64_t count = modeSize / tileSize;
    const Mode &mode = layout.mode(i);
    if (mode.size() == 1) {
      int64_t stride = mode[0].stride;
      modes.push_back(
          Mode{Leaf{tileSize, stride}, Leaf{count, tileSize * stride}});
      continue;
    }
    Layout sub({mode});
    std::optional<Layout> inner =
        composition(sub, Layout::flat({tileSize}, {1}), error);
    if (!inner)
      return std::nullopt;
    std::optional<Layout> outer =
        composition(sub, Layout::flat({count}, {tileSize}), error);
    if (!outer)
      return std::nullopt;
    Mode tiled = inner->mode(0);
    tiled.insert(tiled.end(), outer->mode(0).begin(), outer->mode(0).end());
    modes.push_back(std::move(tiled));
  }
  return Layout(std::move(modes), layout.swizzle());
}

std::vector<int64_t> mlir::tessel::layout::offsets(const Layout &layout) {
  int64_t size = layout.size();
  std::vector<int64_t> result;
  result.reserve(size);
  for (int64_t i = 0; i < size; ++i)
    result.push_back(layout.offsetOfLinear(i));
  return result;
}
