//===- LayoutAlgebraTest.cpp - Tests for the layout algebra ---------------===//
//
// Part of the Tessel project.
//
//===----------------------------------------------------------------------===//

#include "tessel/Layout/LayoutAlgebra.h"

#include "gtest/gtest.h"

#include <algorithm>
#include <random>
#include <set>

using namespace mlir::tessel::layout;

namespace {

/// Parses `text`, failing the test on error.
Layout L(const std::string &text) {
  Layout layout;
  std::string error;
  EXPECT_TRUE(parseLayout(text, layout, error)) << text << ": " << error;
  return layout;
}

/// The parse error for `text` (empty if it parses).
std::string parseError(const std::string &text) {
  Layout layout;
  std::string error;
  if (parseLayout(text, layout, error))
    return "";
  return error;
}

/// Brute-force composition check on the unswizzled functions, swizzle last.
void expectComposes(const Layout &a, const Layout &b, const Layout &result) {
  ASSERT_EQ(result.size(), b.size());
  for (int64_t i = 0; i < b.size(); ++i)
    ASSERT_EQ(result.offsetOfLinear(i), a.offsetOfLinear(b.offsetOfLinear(i)))
        << toString(a) << " o " << toString(b) << " = " << toString(result)
        << " at " << i;
}

class Random {
public:
  explicit Random(uint64_t seed) : gen(seed) {}

  int64_t uniform(int64_t lo, int64_t hi) {
    return std::uniform_int_distribution<int64_t>(lo, hi)(gen);
  }
  template <typename T> const T &pick(const std::vector<T> &values) {
    return values[uniform(0, values.size() - 1)];
  }

  /// Groups `leaves` (in order) into 1..3 modes.
  Layout group(const std::vector<Leaf> &leaves) {
    std::vector<Mode> modes;
    for (const Leaf &leaf : leaves) {
      if (modes.empty() || uniform(0, 2) == 0)
        modes.push_back(Mode{});
      modes.back().push_back(leaf);
    }
    if (modes.empty())
      modes.push_back(Mode{Leaf{1, 0}});
    return Layout(std::move(modes));
  }

  /// Arbitrary layout: broadcasts, gaps and overlaps allowed.
  Layout general(const std::vector<int64_t> &shapes, int64_t maxStride) {
    std::vector<Leaf> leaves;
    int count = uniform(1, 4);
    for (int i = 0; i < count; ++i)
      leaves.push_back(Leaf{pick(shapes), uniform(0, maxStride)});
    return group(leaves);
  }

  /// Arbitrary layout with strides from `strides`.
  Layout general(const std::vector<int64_t> &shapes,
                 const std::vector<int64_t> &strides) {
    std::vector<Leaf> leaves;
    int count = uniform(1, 4);
    for (int i = 0; i < count; ++i)
      leaves.push_back(Leaf{pick(shapes), pick(strides)});
    return group(leaves);
  }

  /// Bijective layout: shapes from `shapes`, strides the prefix products of a
  /// random permutation of the leaves.
  Layout bijective(const std::vector<int64_t> &shapes, int maxLeaves = 4) {
    int count = uniform(1, maxLeaves);
    std::vector<Leaf> leaves;
    for (int i = 0; i < count; ++i)
      leaves.push_back(Leaf{pick(shapes), 0});
    std::vector<size_t> order(count);
    for (int i = 0; i < count; ++i)
      order[i] = i;
    std::shuffle(order.begin(), order.end(), gen);
    int64_t stride = 1;
    for (size_t i : order) {
      leaves[i].stride = stride;
      stride *= leaves[i].shape;
    }
    return group(leaves);
  }

  std::mt19937_64 gen;
};

bool bruteInjective(const Layout &layout) {
  std::vector<int64_t> values = offsets(layout);
  std::set<int64_t> unique(values.begin(), values.end());
  return unique.size() == values.size();
}

int64_t bruteCosize(const Layout &layout) {
  std::vector<int64_t> values = offsets(layout);
  return *std::max_element(values.begin(), values.end()) + 1;
}

bool bruteCompact(const Layout &layout) {
  std::vector<int64_t> values = offsets(layout);
  std::set<int64_t> unique(values.begin(), values.end());
  return *unique.rbegin() + 1 == static_cast<int64_t>(unique.size());
}

} // namespace

//===----------------------------------------------------------------------===//
// Construction and offsets
//===----------------------------------------------------------------------===//

TEST(LayoutTest, RowAndColumnMajor) {
  Layout row = Layout::rowMajor({4, 8});
  EXPECT_EQ(toString(row), "(4, 8):(8, 1)");
  EXPECT_EQ(row.rank(), 2u);
  EXPECT_EQ(row.size(), 32);
  EXPECT_EQ(row.cosize(), 32);
  EXPECT_EQ(row.offset({0, 0}), 0);
  EXPECT_EQ(row.offset({1, 0}), 8);
  EXPECT_EQ(row.offset({3, 7}), 31);
  EXPECT_EQ(row.offset({2, 5}), 21);

  Layout col = Layout::columnMajor({4, 8});
  EXPECT_EQ(toString(col), "(4, 8):(1, 4)");
  EXPECT_EQ(col.offset({2, 5}), 22);
  EXPECT_EQ(col.offset({3, 7}), 31);
  for (int64_t i = 0; i < 32; ++i)
    EXPECT_EQ(col.offsetOfLinear(i), i);

  // CuTe's 1-D coordinate is colexicographic even for a row-major layout.
  EXPECT_EQ(offsets(Layout::rowMajor({2, 3})),
            (std::vector<int64_t>{0, 3, 1, 4, 2, 5}));
  EXPECT_EQ(toString(Layout::rowMajor({2, 3, 4})), "(2, 3, 4):(12, 4, 1)");
  EXPECT_TRUE(row.isBijective());
  EXPECT_TRUE(col.isCompact());
}

TEST(LayoutTest, NestedMode) {
  Layout layout = L("((2, 4), 8):((32, 1), 4)");
  EXPECT_EQ(layout.rank(), 2u);
  EXPECT_EQ(layout.modeSize(0), 8);
  EXPECT_EQ(layout.modeSize(1), 8);
  EXPECT_EQ(layout.size(), 64);
  EXPECT_EQ(layout.cosize(), 64);
  // Mode 0 coordinate 5 splits into (1, 2): 1 * 32 + 2 * 1, plus 3 * 4.
  EXPECT_EQ(layout.offset({5, 3}), 46);
  EXPECT_EQ(layout.offset({1, 0}), 32);
  EXPECT_EQ(layout.offset({2, 0}), 1);
  EXPECT_EQ(layout.offsetOfLinear(5 + 8 * 3), 46);
  EXPECT_TRUE(layout.isInjective());
  EXPECT_TRUE(layout.isBijective());
}

TEST(LayoutTest, RankZero) {
  Layout layout;
  EXPECT_EQ(layout.rank(), 0u);
  EXPECT_EQ(layout.size(), 1);
  EXPECT_EQ(layout.cosize(), 1);
  EXPECT_EQ(layout.offset({}), 0);
  EXPECT_EQ(toString(layout), "():()");
  EXPECT_EQ(L("():()"), layout);
  EXPECT_TRUE(layout.isBijective());
}

TEST(LayoutTest, BroadcastAndGaps) {
  Layout broadcast = L("(4, 8):(0, 1)");
  EXPECT_EQ(broadcast.cosize(), 8);
  EXPECT_FALSE(broadcast.isInjective());
  EXPECT_FALSE(broadcast.isBijective());
  EXPECT_TRUE(broadcast.isCompact());

  Layout padded = L("(4, 8):(9, 1)"); // row pitch 9
  EXPECT_EQ(padded.cosize(), 35);
  EXPECT_TRUE(padded.isInjective());
  EXPECT_FALSE(padded.isCompact());
  EXPECT_FALSE(padded.isBijective());

  // Entangled strides: {0, 2, 4} + {0, 3} is injective, {0, 2} + {0, 2} not.
  EXPECT_TRUE(L("(3, 2):(2, 3)").isInjective());
  EXPECT_FALSE(L("(3, 2):(2, 3)").isCompact());
  EXPECT_FALSE(L("(2, 2):(2, 2)").isInjective());
  EXPECT_TRUE(L("(2, 2):(1, 1)").isCompact());
}

TEST(LayoutTest, LargeInjectivity) {
  // Beyond the brute-force limit, decided analytically.
  EXPECT_TRUE(Layout::rowMajor({1024, 2048}).isInjective());
  EXPECT_TRUE(Layout::rowMajor({1024, 2048}).isBijective());
  EXPECT_FALSE(L("(1024, 2048):(1, 1)").isInjective());
  EXPECT_FALSE(L("(1024, 2048):(0, 1)").isInjective());
  // A small entangled group followed by nested leaves: 25M elements.
  EXPECT_TRUE(L("((3, 2), 4096, 1024):((2, 3), 8, 32768)").isInjective());
  EXPECT_FALSE(L("((3, 2), 4096, 1024):((2, 2), 8, 32768)").isInjective());
  EXPECT_TRUE(L("(4096, 4096):(1, 4096)").isCompact());
  EXPECT_FALSE(L("(4096, 4096):(1, 4097)").isCompact());
}

TEST(LayoutTest, Verify) {
  std::string error;
  EXPECT_TRUE(L("(4, 8):(8, 1)").verify(&error));
  EXPECT_FALSE(Layout({Mode{}}).verify(&error));
  EXPECT_EQ(error, "a mode must have at least one leaf");
  EXPECT_FALSE(Layout::flat({0}, {1}).verify(&error));
  EXPECT_EQ(error, "shape must be positive");
  EXPECT_FALSE(Layout::flat({2}, {-1}).verify(&error));
  EXPECT_EQ(error, "stride must be non-negative");
  EXPECT_FALSE(
      Layout::flat({1 << 30, 1 << 30, 1 << 30}, {0, 0, 0}).verify(&error));
  EXPECT_EQ(error, "layout size overflows int64_t");
  EXPECT_FALSE(
      Layout::flat({1 << 20, 1 << 20}, {int64_t(1) << 50, 1}).verify(&error));
  EXPECT_EQ(error, "layout cosize overflows int64_t");
  Layout swizzled = L("(8, 64):(64, 1)");
  swizzled.setSwizzle(Swizzle{3, 4, 2});
  EXPECT_FALSE(swizzled.verify(&error));
  EXPECT_EQ(error, "swizzle shift must be at least its bits");
  EXPECT_FALSE((Swizzle{-1, 0, 0}.verify(&error)));
  EXPECT_FALSE((Swizzle{20, 20, 30}.verify(&error)));
  EXPECT_TRUE((Swizzle{3, 4, 3}.verify(&error)));
}

//===----------------------------------------------------------------------===//
// Swizzle and packing
//===----------------------------------------------------------------------===//

TEST(SwizzleTest, HandComputed) {
  // Swizzle<3, 4, 3>: bits [7, 10) are xored into bits [4, 7).
  Swizzle swizzle{3, 4, 3};
  EXPECT_EQ(swizzle.apply(0), 0);
  EXPECT_EQ(swizzle.apply(15), 15);
  EXPECT_EQ(swizzle.apply(127), 127);
  EXPECT_EQ(swizzle.apply(128), 144);   // 0b0010000000 ^ 0b0000010000
  EXPECT_EQ(swizzle.apply(304), 272);   // 0b0100110000 ^ 0b0000100000
  EXPECT_EQ(swizzle.apply(896), 1008);  // 0b1110000000 ^ 0b0001110000
  EXPECT_EQ(swizzle.apply(901), 1013);  // low bits pass through
  EXPECT_EQ(swizzle.apply(1024), 1024); // bit 10 is outside the mask
  EXPECT_EQ(swizzle.apply(1024 + 128), 1024 + 144);
  for (int64_t x = 0; x < 4096; ++x)
    EXPECT_EQ(swizzle.apply(swizzle.apply(x)), x);
  EXPECT_EQ((Swizzle{0, 3, 3}.apply(12345)), 12345);
}

TEST(SwizzleTest, SwizzledLayout) {
  // 8 x 64 halves in shared memory with Swizzle<3, 3, 3>.
  Layout layout = Layout::rowMajor({8, 64});
  layout.setSwizzle(Swizzle{3, 3, 3});
  EXPECT_EQ(layout.offset({0, 0}), 0);
  EXPECT_EQ(layout.offset({0, 9}), 9);
  EXPECT_EQ(layout.offset({1, 0}), 72); // 64 ^ (64 >> 3)
  EXPECT_EQ(layout.offset({3, 10}), 192 ^ 24 ^ 10);
  EXPECT_EQ(layout.cosize(), 512);
  EXPECT_TRUE(layout.isInjective());
  EXPECT_TRUE(layout.isCompact());
  EXPECT_TRUE(layout.isBijective());
  EXPECT_EQ(toString(layout), "(8, 64):(64, 1)");

  // A partial swizzle block: 16..19 map to 20..23.
  Layout partial = L("(20):(1)");
  partial.setSwizzle(Swizzle{1, 2, 2});
  EXPECT_EQ(partial.offsetOfLinear(16), 20);
  EXPECT_EQ(partial.cosize(), 24);
  EXPECT_TRUE(partial.isInjective());
  EXPECT_FALSE(partial.isCompact());
  EXPECT_FALSE(partial.isBijective());
}

TEST(SwizzleTest, QueriesMatchBruteForce) {
  Random rng(7);
  for (int iter = 0; iter < 400; ++iter) {
    Layout layout = rng.uniform(0, 1) ? rng.bijective({1, 2, 4, 8}, 5)
                                      : rng.general({1, 2, 3, 4, 8}, 20);
    int bits = rng.uniform(0, 3);
    layout.setSwizzle(
        Swizzle{bits, int(rng.uniform(0, 3)), int(rng.uniform(bits, 4))});
    SCOPED_TRACE(toString(layout));
    EXPECT_EQ(layout.cosize(), bruteCosize(layout));
    EXPECT_EQ(layout.isInjective(), bruteInjective(layout));
    EXPECT_EQ(layout.isCompact(), bruteCompact(layout));
  }
}

TEST(PackingTest, Positions) {
  EXPECT_EQ(packedPosition(0, 4, 32), (PackedPosition{0, 0}));
  EXPECT_EQ(packedPosition(5, 4, 32), (PackedPosition{0, 20}));
  EXPECT_EQ(packedPosition(8, 4, 32), (PackedPosition{1, 0}));
  EXPECT_EQ(packedPosition(9, 4, 32), (PackedPosition{1, 4}));
  EXPECT_EQ(packedPosition(3, 3, 8), (PackedPosition{1, 1}));
  EXPECT_EQ(packedPosition(7, 1, 8), (PackedPosition{0, 7}));
  EXPECT_EQ(packedPosition(3, 64, 64), (PackedPosition{3, 0}));
  std::string error;
  EXPECT_TRUE((Packing{4, 32}.verify(&error)));
  EXPECT_FALSE((Packing{0, 32}.verify(&error)));
  EXPECT_EQ(error, "element bits must be in [1, 64]");
  EXPECT_FALSE((Packing{4, 24}.verify(&error)));
  EXPECT_EQ(error, "word bits must be 8, 16, 32 or 64");
  EXPECT_FALSE((Packing{16, 8}.verify(&error)));
  EXPECT_EQ(error, "element bits must not exceed word bits");
}

//===----------------------------------------------------------------------===//
// Algebra: hand-computed cases
//===----------------------------------------------------------------------===//

TEST(AlgebraTest, Coalesce) {
  EXPECT_EQ(toString(coalesce(L("(2, 4):(1, 2)"))), "(8):(1)");
  EXPECT_EQ(toString(coalesce(L("(2, (1, 6)):(1, (7, 2))"))), "(12):(1)");
  EXPECT_EQ(toString(coalesce(L("(2, 3):(3, 1)"))), "(2, 3):(3, 1)");
  EXPECT_EQ(toString(coalesce(L("((2, 4), 8):((32, 1), 4)"))),
            "(2, 32):(32, 1)");
  EXPECT_EQ(toString(coalesce(L("(1, 1):(5, 7)"))), "(1):(0)");
  EXPECT_EQ(toString(coalesce(L("(2, 3):(0, 0)"))), "(6):(0)");
  Layout swizzled = L("(2, 4):(1, 2)");
  swizzled.setSwizzle(Swizzle{1, 1, 1});
  EXPECT_EQ(coalesce(swizzled).swizzle(), swizzled.swizzle());
}

TEST(AlgebraTest, Composition) {
  std::string error;
  // From the CuTe documentation.
  std::optional<Layout> r = composition(L("(6, 2):(8, 2)"), L("(4, 3):(3, 1)"));
  ASSERT_TRUE(r);
  EXPECT_EQ(toString(*r), "((2, 2), 3):((24, 2), 8)");
  expectComposes(L("(6, 2):(8, 2)"), L("(4, 3):(3, 1)"), *r);

  r = composition(L("20:2"), L("(5, 4):(4, 1)"));
  ASSERT_TRUE(r);
  EXPECT_EQ(toString(*r), "(5, 4):(8, 2)");

  r = composition(L("(10, 2):(16, 4)"), L("(5, 4):(1, 5)"));
  ASSERT_TRUE(r);
  EXPECT_EQ(toString(*r), "(5, (2, 2)):(16, (80, 4))");
  expectComposes(L("(10, 2):(16, 4)"), L("(5, 4):(1, 5)"), *r);

  // Transposing a row-major 4x8 matrix by composition.
  r = composition(Layout::rowMajor({4, 8}), L("(8, 4):(4, 1)"));
  ASSERT_TRUE(r);
  EXPECT_EQ(toString(*r), "(8, 4):(1, 8)");

  // The left-hand swizzle is kept and applied last.
  Layout swizzled = Layout::rowMajor({8, 64});
  swizzled.setSwizzle(Swizzle{3, 3, 3});
  r = composition(swizzled, L("(64, 8):(8, 1)"));
  ASSERT_TRUE(r);
  EXPECT_EQ(r->swizzle(), swizzled.swizzle());
  expectComposes(swizzled, L("(64, 8):(8, 1)"), *r);

  // A non-injective right-hand side over a linear left-hand side.
  r = composition(L("8:3"), L("(2, 2):(1, 1)"));
  ASSERT_TRUE(r);
  EXPECT_EQ(toString(*r), "(2, 2):(3, 3)");

  // Failures.
  // Everything a leaf reaches may fit inside one left-hand leaf.
  r = composition(L("(4, 3):(1, 10)"), L("2:3"));
  ASSERT_TRUE(r);
  EXPECT_EQ(toString(*r), "(2):(3)");
  EXPECT_FALSE(composition(L("(4, 3):(1, 10)"), L("3:3"), &error));
  EXPECT_EQ(error, "composition: stride divisibility condition fails (stride "
                   "3 and shape 4 do not divide each other)");
  EXPECT_FALSE(composition(L("(4, 3):(1, 10)"), L("3:2"), &error));
  EXPECT_EQ(error, "composition: shape divisibility condition fails (shape 3 "
                   "is not a multiple of 2)");
  EXPECT_FALSE(composition(L("8:1"), L("9:1"), &error));
  EXPECT_EQ(error, "composition: the right-hand layout's cosize (9) exceeds "
                   "the left-hand layout's size (8)");
  // Carries between the right-hand leaves in the left-hand radix.
  EXPECT_FALSE(composition(L("(2, 2):(1, 10)"), L("(2, 2):(1, 1)"), &error));
  EXPECT_EQ(error, "composition: not representable, the right-hand layout's "
                   "leaves carry into each other in the left-hand layout's "
                   "coordinates");
  Layout swizzledRhs = L("8:1");
  swizzledRhs.setSwizzle(Swizzle{1, 0, 1});
  EXPECT_FALSE(composition(L("8:1"), swizzledRhs, &error));
  EXPECT_EQ(error, "composition: the right-hand layout must not be swizzled");
}

TEST(AlgebraTest, Complement) {
  std::string error;
  std::optional<Layout> r = complement(L("4:2"), 24);
  ASSERT_TRUE(r);
  EXPECT_EQ(toString(*r), "(2, 3):(1, 8)");
  r = complement(L("(2, 2):(1, 6)"), 24);
  ASSERT_TRUE(r);
  EXPECT_EQ(toString(*r), "(3, 2):(2, 12)");
  r = complement(L("4:1"), 24);
  ASSERT_TRUE(r);
  EXPECT_EQ(toString(*r), "(6):(4)");
  r = complement(L("(4, 6):(1, 4)"), 24);
  ASSERT_TRUE(r);
  EXPECT_EQ(toString(*r), "(1):(0)");
  EXPECT_FALSE(complement(L("(2, 2):(1, 1)"), 8, &error));
  EXPECT_EQ(error, "complement: stride 1 is not a multiple of 2, the extent "
                   "of the smaller leaves");
  EXPECT_FALSE(complement(L("(2, 3):(1, 3)"), 24, &error));
}

TEST(AlgebraTest, LogicalDivide) {
  std::optional<Layout> r = logicalDivide(L("24:1"), L("4:2"));
  ASSERT_TRUE(r);
  EXPECT_EQ(toString(*r), "(4, (2, 3)):(2, (1, 8))");
  // From the CuTe documentation.
  r = logicalDivide(L("(4, 2, 3):(2, 1, 8)"), L("4:2"));
  ASSERT_TRUE(r);
  EXPECT_EQ(toString(*r), "((2, 2), (2, 3)):((4, 1), (2, 8))");
  // 16 elements in tiles of 4.
  r = logicalDivide(L("16:1"), L("4:1"));
  ASSERT_TRUE(r);
  EXPECT_EQ(toString(*r), "(4, 4):(1, 4)");
  std::string error;
  EXPECT_FALSE(logicalDivide(L("6:1"), L("4:1"), &error));
}

TEST(AlgebraTest, LogicalProduct) {
  std::optional<Layout> r = logicalProduct(L("(2, 2):(4, 1)"), L("6:1"));
  ASSERT_TRUE(r);
  EXPECT_EQ(toString(*r), "((2, 2), (2, 3)):((4, 1), (2, 8))");
  r = logicalProduct(L("2:1"), L("3:1"));
  ASSERT_TRUE(r);
  EXPECT_EQ(toString(*r), "(2, 3):(1, 2)");
  // Repeat a 2x2 column-major block 3 times, spaced by two blocks.
  r = logicalProduct(L("(2, 2):(1, 2)"), L("3:2"));
  ASSERT_TRUE(r);
  EXPECT_EQ(toString(*r), "((2, 2), 3):((1, 2), 8)");
}

TEST(AlgebraTest, RightInverse) {
  std::optional<Layout> r = rightInverse(Layout::rowMajor({4, 8}));
  ASSERT_TRUE(r);
  EXPECT_EQ(toString(*r), "(8, 4):(4, 1)");
  r = rightInverse(L("((2, 4), 8):((32, 1), 4)"));
  ASSERT_TRUE(r);
  EXPECT_EQ(toString(*r), "(32, 2):(2, 1)");
  for (int64_t i = 0; i < 64; ++i)
    EXPECT_EQ(
        L("((2, 4), 8):((32, 1), 4)").offsetOfLinear(r->offsetOfLinear(i)), i);
  // Broadcast and padding: only the contiguous prefix is inverted.
  r = rightInverse(L("(4, 8):(0, 1)"));
  ASSERT_TRUE(r);
  EXPECT_EQ(toString(*r), "(8):(4)");
  r = rightInverse(L("(4, 8):(9, 1)"));
  ASSERT_TRUE(r);
  EXPECT_EQ(toString(*r), "(8):(4)");
  Layout swizzled = Layout::rowMajor({8, 8});
  swizzled.setSwizzle(Swizzle{1, 0, 3});
  EXPECT_FALSE(rightInverse(swizzled));
}

TEST(AlgebraTest, Tile) {
  // A row-major 4x4 matrix in 2x2 tiles.
  std::optional<Layout> r = tile(Layout::rowMajor({4, 4}), {2, 2});
  ASSERT_TRUE(r);
  EXPECT_EQ(toString(*r), "((2, 2), (2, 2)):((4, 8), (1, 2))");
  EXPECT_EQ(offsets(*r), (std::vector<int64_t>{0, 4, 8, 12, 1, 5, 9, 13, 2, 6,
                                               10, 14, 3, 7, 11, 15}));
  // Coordinate (row 3, column 2) is unchanged by tiling.
  EXPECT_EQ(r->offset({3, 2}), 14);

  r = tile(Layout::rowMajor({8, 6}), {8, 3});
  ASSERT_TRUE(r);
  EXPECT_EQ(toString(*r), "((8, 1), (3, 2)):((6, 48), (1, 3))");

  // A nested mode is tiled through composition.
  r = tile(L("((2, 4), 8):((32, 1), 4)"), {4, 2});
  ASSERT_TRUE(r);
  EXPECT_EQ(toString(*r), "((2, 2, 2), (2, 4)):((32, 1, 2), (4, 8))");

  std::string error;
  EXPECT_FALSE(tile(Layout::rowMajor({4, 6}), {2, 4}, &error));
  EXPECT_EQ(error, "tile: tile size 4 does not divide mode 1 of size 6");
  EXPECT_FALSE(tile(Layout::rowMajor({4, 6}), {2}, &error));
  EXPECT_EQ(error, "tile: expected 2 tile sizes, got 1");
  EXPECT_FALSE(tile(L("((3, 4)):((1, 10))"), {2}, &error));
}

//===----------------------------------------------------------------------===//
// Algebra: properties on random layouts
//===----------------------------------------------------------------------===//

TEST(PropertyTest, QueriesMatchBruteForce) {
  Random rng(1);
  for (int iter = 0; iter < 2000; ++iter) {
    Layout layout = rng.general({1, 2, 3, 4, 5}, 12);
    SCOPED_TRACE(toString(layout));
    EXPECT_EQ(layout.cosize(), bruteCosize(layout));
    EXPECT_EQ(layout.isInjective(), bruteInjective(layout));
    EXPECT_EQ(layout.isCompact(), bruteCompact(layout));
    EXPECT_EQ(layout.isBijective(),
              bruteInjective(layout) && bruteCosize(layout) == layout.size());
  }
}

TEST(PropertyTest, CoalescePreservesFunction) {
  Random rng(2);
  for (int iter = 0; iter < 1000; ++iter) {
    Layout layout =
        iter % 2 ? rng.general({1, 2, 3, 4}, 16) : rng.bijective({1, 2, 3, 4});
    Layout c = coalesce(layout);
    SCOPED_TRACE(toString(layout) + " -> " + toString(c));
    EXPECT_EQ(offsets(c), offsets(layout));
    std::vector<Leaf> leaves = c.leaves();
    for (const Mode &mode : c.modes())
      EXPECT_EQ(mode.size(), 1u);
    for (size_t k = 0; k < leaves.size(); ++k) {
      if (leaves.size() > 1) {
        EXPECT_GT(leaves[k].shape, 1);
      }
      if (k > 0) {
        EXPECT_NE(leaves[k].stride, leaves[k - 1].shape * leaves[k - 1].stride);
      }
    }
  }
  // Bijective layouts whose strides follow the leaf order coalesce to N:1.
  EXPECT_EQ(toString(coalesce(Layout::columnMajor({3, 5, 7}))), "(105):(1)");
}

TEST(PropertyTest, CompositionAgreesWithFunctionComposition) {
  Random rng(3);
  int composed = 0;
  for (int iter = 0; iter < 3000; ++iter) {
    // Powers of two always satisfy the divisibility conditions; 3s and 6s
    // exercise the failures.
    bool powersOfTwo = iter % 2 == 0;
    std::vector<int64_t> shapes = powersOfTwo
                                      ? std::vector<int64_t>{1, 2, 4, 8}
                                      : std::vector<int64_t>{1, 2, 3, 4, 6};
    Layout a = iter % 3 == 0 ? rng.general(shapes, 24) : rng.bijective(shapes);
    if (iter % 5 == 0)
      a.setSwizzle(Swizzle{1, int(rng.uniform(0, 2)), 1});
    Layout b = iter % 4 == 0 ? rng.bijective(shapes, 3)
               : powersOfTwo ? rng.general(shapes, {0, 1, 2, 4, 8})
                             : rng.general(shapes, 6);
    if (b.cosize() > a.size())
      continue;
    std::string error;
    std::optional<Layout> r = composition(a, b, &error);
    if (!r) {
      EXPECT_FALSE(error.empty());
      EXPECT_FALSE(powersOfTwo && b.isInjective() && a.isInjective() &&
                   error.find("divisibility") != std::string::npos)
          << toString(a) << " o " << toString(b) << ": " << error;
      continue;
    }
    ++composed;
    ASSERT_TRUE(r->verify());
    ASSERT_EQ(r->rank(), b.rank());
    for (size_t i = 0; i < b.rank(); ++i)
      ASSERT_EQ(r->modeSize(i), b.modeSize(i));
    expectComposes(a, b, *r);
  }
  EXPECT_GT(composed, 1000);
}

TEST(PropertyTest, RightInverseInverts) {
  Random rng(4);
  for (int iter = 0; iter < 1000; ++iter) {
    Layout a = rng.bijective({1, 2, 3, 4, 5});
    std::optional<Layout> inv = rightInverse(a);
    ASSERT_TRUE(inv);
    SCOPED_TRACE(toString(a) + " inverse " + toString(*inv));
    ASSERT_EQ(inv->size(), a.size());
    for (int64_t i = 0; i < a.size(); ++i) {
      EXPECT_EQ(a.offsetOfLinear(inv->offsetOfLinear(i)), i);
      EXPECT_EQ(inv->offsetOfLinear(a.offsetOfLinear(i)), i);
    }
  }
  for (int iter = 0; iter < 1000; ++iter) {
    Layout a = rng.general({1, 2, 3, 4}, 10);
    std::optional<Layout> inv = rightInverse(a);
    ASSERT_TRUE(inv);
    SCOPED_TRACE(toString(a) + " inverse " + toString(*inv));
    for (int64_t i = 0; i < inv->size(); ++i)
      EXPECT_EQ(a.offsetOfLinear(inv->offsetOfLinear(i)), i);
  }
}

TEST(PropertyTest, TilePreservesOffsets) {
  Random rng(5);
  int tiled = 0;
  for (int iter = 0; iter < 1000; ++iter) {
    Layout layout = iter % 2 ? rng.general({1, 2, 3, 4, 6, 8}, 20)
                             : rng.bijective({1, 2, 3, 4, 6});
    std::vector<int64_t> tileShape;
    for (size_t i = 0; i < layout.rank(); ++i) {
      std::vector<int64_t> divisors;
      for (int64_t d = 1; d <= layout.modeSize(i); ++d)
        if (layout.modeSize(i) % d == 0)
          divisors.push_back(d);
      tileShape.push_back(rng.pick(divisors));
    }
    std::optional<Layout> r = tile(layout, tileShape);
    if (!r)
      continue;
    ++tiled;
    SCOPED_TRACE(toString(layout) + " -> " + toString(*r));
    ASSERT_EQ(r->rank(), layout.rank());
    EXPECT_EQ(offsets(*r), offsets(layout));
    std::vector<int64_t> before = offsets(layout), after = offsets(*r);
    EXPECT_EQ(std::multiset<int64_t>(before.begin(), before.end()),
              std::multiset<int64_t>(after.begin(), after.end()));
    for (size_t i = 0; i < layout.rank(); ++i) {
      if (layout.mode(i).size() != 1)
        continue;
      Leaf leaf = layout.mode(i)[0];
      int64_t t = tileShape[i];
      EXPECT_EQ(r->mode(i), (Mode{Leaf{t, leaf.stride},
                                  Leaf{leaf.shape / t, t * leaf.stride}}));
    }
  }
  EXPECT_GT(tiled, 800);
}

TEST(PropertyTest, ComplementFillsTheHoles) {
  Random rng(6);
  for (int iter = 0; iter < 1000; ++iter) {
    // Dropping leaves of a bijective layout leaves holes with nested strides.
    Layout full = rng.bijective({2, 3, 4}, 5);
    std::vector<Leaf> kept;
    for (const Leaf &leaf : full.leaves())
      if (rng.uniform(0, 2) != 0)
        kept.push_back(leaf);
    Layout a = rng.group(kept);
    int64_t bound = a.cosize() * rng.uniform(1, 3);
    std::optional<Layout> c = complement(a, bound);
    ASSERT_TRUE(c) << toString(a);
    SCOPED_TRACE(toString(a) + " complement " + toString(*c));
    Layout joined(
        {a.leaves().empty() ? Mode{Leaf{1, 0}} : a.leaves(), c->leaves()});
    EXPECT_TRUE(joined.isBijective());
    EXPECT_GE(joined.size(), bound);
  }
}

TEST(PropertyTest, DivideAndProduct) {
  Random rng(8);
  int divided = 0, multiplied = 0;
  for (int iter = 0; iter < 1000; ++iter) {
    Layout a = rng.bijective({2, 4}, 4);
    Layout tiler = rng.bijective({2, 4}, 2);
    if (std::optional<Layout> r = logicalDivide(a, tiler)) {
      ++divided;
      std::optional<Layout> rest = complement(tiler, a.size());
      ASSERT_TRUE(rest);
      Layout divider({tiler.leaves(), rest->leaves()});
      ASSERT_EQ(r->rank(), 2u);
      EXPECT_EQ(r->modeSize(0), tiler.size());
      expectComposes(a, divider, *r);
      std::vector<int64_t> x = offsets(a), y = offsets(*r);
      EXPECT_EQ(std::set<int64_t>(x.begin(), x.end()),
                std::set<int64_t>(y.begin(), y.end()));
    }
    Layout block = rng.bijective({2, 3}, 3);
    Layout repeat = rng.general({1, 2, 3}, 4);
    if (std::optional<Layout> r = logicalProduct(block, repeat)) {
      ++multiplied;
      ASSERT_EQ(r->rank(), 2u);
      EXPECT_EQ(r->mode(0), block.leaves());
      EXPECT_EQ(r->size(), block.size() * repeat.size());
      EXPECT_EQ(r->isInjective(), repeat.isInjective());
    }
  }
  EXPECT_GT(divided, 500);
  EXPECT_GT(multiplied, 500);
}

//===----------------------------------------------------------------------===//
// Text
//===----------------------------------------------------------------------===//

TEST(DocsTest, LayoutsMdExamples) {
  // docs/Layouts.md, "Tiled": an 8x8 matrix in row-major 4x4 tiles.
  Layout tiled = L("((4, 2), (4, 2)):((4, 32), (1, 16))");
  EXPECT_EQ(tiled.offset({5, 6}), 54);
  EXPECT_TRUE(tiled.isBijective());
  // "Swizzled shared memory".
  Layout smem = L("(8, 64):(64, 1)");
  smem.setSwizzle(Swizzle{3, 3, 3});
  EXPECT_EQ(smem.offset({1, 0}), 72);
  EXPECT_EQ(smem.offset({3, 10}), 210);
  // "int4 weights in 32-bit words".
  Layout w4 = Layout::rowMajor({4096, 4096});
  EXPECT_EQ(w4.offset({1, 13}), 4109);
  EXPECT_EQ(packedPosition(4109, 4, 32), (PackedPosition{513, 20}));
  EXPECT_TRUE(w4.isBijective());
}

TEST(TextTest, PrintAndParse) {
  EXPECT_EQ(toString(L("(4, 8):(8, 1)")), "(4, 8):(8, 1)");
  EXPECT_EQ(toString(L("((2, 4), 8):((32, 1), 4)")),
            "((2, 4), 8):((32, 1), 4)");
  EXPECT_EQ(toString(L(" ( ( 2 ,4 ) ,\n8 )\t: ( ( 32,1),4 ) ")),
            "((2, 4), 8):((32, 1), 4)");
  EXPECT_EQ(toString(L("8:1")), "(8):(1)");
  EXPECT_EQ(toString(L("(8):(1)")), "(8):(1)");
  EXPECT_EQ(toString(L("((8)):((1))")), "(8):(1)");
  EXPECT_EQ(toString(L("((2, 4)):((1, 2))")), "((2, 4)):((1, 2))");
  EXPECT_EQ(toString(L("(4, 8) : (0, 1)")), "(4, 8):(0, 1)");
  EXPECT_EQ(L("((2, 4), 8):((32, 1), 4)"),
            Layout({Mode{Leaf{2, 32}, Leaf{4, 1}}, Mode{Leaf{8, 4}}}));
}

TEST(TextTest, RoundTripRandom) {
  Random rng(9);
  for (int iter = 0; iter < 500; ++iter) {
    Layout layout = rng.general({1, 2, 3, 100, 4096}, 100000);
    std::string text = toString(layout);
    EXPECT_EQ(L(text), layout) << text;
    EXPECT_EQ(toString(L(text)), text);
  }
}

TEST(TextTest, Errors) {
  EXPECT_EQ(parseError("(4, 8:(8, 1)"), "expected ')' at column 6");
  EXPECT_EQ(parseError("(4, 8):(8, 1"), "expected ')' at column 13");
  EXPECT_EQ(parseError("(4, 8):(8)"),
            "shape and stride have different structure at column 8");
  EXPECT_EQ(parseError("((2, 4), 8):(1, 4)"),
            "shape and stride have different structure at column 14");
  EXPECT_EQ(parseError("8:(1)"),
            "shape and stride have different structure at column 3");
  EXPECT_EQ(parseError("(0, 8):(8, 1)"), "shape must be positive at column 2");
  EXPECT_EQ(parseError("(4, -8):(8, 1)"), "shape must be positive at column 5");
  EXPECT_EQ(parseError("(4, 8):(-8, 1)"),
            "stride must be non-negative at column 9");
  EXPECT_EQ(parseError("(4, 8)(8, 1)"), "expected ':' at column 7");
  EXPECT_EQ(parseError("(4, 8):(8, 1) x"),
            "expected end of layout at column 15");
  EXPECT_EQ(parseError("(4, x):(8, 1)"), "expected integer at column 5");
  EXPECT_EQ(parseError("(4,"), "expected integer at column 4");
  EXPECT_EQ(parseError("(4, ()):(1, ())"), "expected integer at column 6");
  EXPECT_EQ(parseError("(((2)), 8):(((1)), 4)"),
            "layouts nest at most two levels deep at column 3");
  EXPECT_EQ(parseError(""), "expected '(' or integer at column 1");
  EXPECT_EQ(parseError("(4, 8):"), "expected '(' or integer at column 8");
  EXPECT_EQ(parseError("(99999999999999999999):(1)"),
            "integer out of range at column 2");
  EXPECT_EQ(parseError("(4294967296, 4294967296):(1, 1)"),
            "layout size overflows int64_t at column 1");
}
