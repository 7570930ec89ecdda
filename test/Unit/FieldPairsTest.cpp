//===- FieldPairsTest.cpp - Pairs of packed fields against the bits -------===//

#include "tessel/Layout/FieldPairs.h"

#include <gtest/gtest.h>

#include <random>

using namespace mlir::tessel::layout;

namespace {

/// Bits [start, start + 32) of `stream` (zero outside it), as a kernel's
/// funnel shift makes them.
uint32_t window(const std::vector<uint32_t> &stream, int64_t start) {
  uint32_t value = 0;
  for (int64_t bit = 0; bit < 32; ++bit) {
    int64_t at = start + bit;
    if (at < 0 || at >= int64_t(stream.size()) * 32)
      continue;
    value |= ((stream[at / 32] >> (at % 32)) & 1u) << bit;
  }
  return value;
}

/// Field i of `bits` bits of the stream.
uint32_t field(const std::vector<uint32_t> &stream, int64_t bits, int64_t i) {
  return window(stream, i * bits) & ((1u << bits) - 1);
}

/// Every field in one pair, offsets in range, and the masked windows hold
/// exactly the two fields where the pair says, on random streams.
void checkPairs(int64_t bits, int64_t count, int64_t maxOffset) {
  SCOPED_TRACE("bits " + std::to_string(bits) + ", max offset " +
               std::to_string(maxOffset));
  std::vector<FieldPair> pairs = pairFields(bits, count, maxOffset);
  ASSERT_EQ(int64_t(pairs.size()), count / 2);
  std::vector<int> uses(count, 0);
  for (const FieldPair &p : pairs) {
    ASSERT_LT(p.low, p.high);
    ASSERT_LT(p.high, count);
    ++uses[p.low];
    ++uses[p.high];
    EXPECT_GE(p.lowOffset, 0);
    EXPECT_GE(p.highOffset, 0);
    EXPECT_LE(p.lowOffset, maxOffset);
    EXPECT_LE(p.highOffset, maxOffset);
  }
  for (int64_t i = 0; i < count; ++i)
    EXPECT_EQ(uses[i], 1) << "field " << i;
  std::mt19937 rng(bits * 100 + maxOffset);
  uint32_t mask = (1u << bits) - 1;
  for (int trial = 0; trial < 20; ++trial) {
    std::vector<uint32_t> stream((count * bits + 31) / 32);
    for (uint32_t &word : stream)
      word = rng();
    for (const FieldPair &p : pairs) {
      uint32_t lowMask = mask << p.lowOffset;
      uint32_t highMask = mask << (16 + p.highOffset);
      uint32_t reg = (window(stream, p.lowWindow) & lowMask) |
                     (window(stream, p.highWindow) & highMask);
      EXPECT_EQ((reg >> p.lowOffset) & mask, field(stream, bits, p.low));
      EXPECT_EQ((reg >> (16 + p.highOffset)) & mask,
                field(stream, bits, p.high));
    }
  }
}

TEST(FieldPairs, EveryWidthAndOffsetPairsEveryField) {
  for (int64_t bits = 1; bits <= 10; ++bits)
    for (int64_t maxOffset = 0; maxOffset + bits <= 10; ++maxOffset)
      for (int64_t count : {32, 64, 128})
        checkPairs(bits, count, maxOffset);
}

TEST(FieldPairs, WidthsDividingSixteenShareWindows) {
  // bf16 (7 mantissa bits). 4-bit fields: (i, i + 4), a window at each
  // field of the low half word, as without offsets.
  std::vector<FieldPair> four = pairFields(4, 32, 3);
  for (const FieldPair &p : four) {
    EXPECT_TRUE(p.oneWindow());
    EXPECT_EQ(p.high, p.low + 4);
  }
  EXPECT_EQ(countWindows(four), 16);
  // 2-bit fields: offsets 0, 2, 4 share a window; three per word, not 8.
  std::vector<FieldPair> two = pairFields(2, 32, 5);
  for (const FieldPair &p : two) {
    EXPECT_TRUE(p.oneWindow());
    EXPECT_EQ(p.high, p.low + 8);
  }
  EXPECT_EQ(countWindows(two), 6);
  // Without offsets every 2-bit pair needs its own window.
  EXPECT_EQ(countWindows(pairFields(2, 32, 0)), 16);
}

TEST(FieldPairs, ThreeBitFieldsPairInOneWindow) {
  // 3-bit fields are never 16 bits apart; offsets up to 4 (bf16) still
  // pair most of them from one window.
  std::vector<FieldPair> pairs = pairFields(3, 32, 4);
  int64_t single = 0;
  for (const FieldPair &p : pairs)
    single += p.oneWindow();
  EXPECT_GE(single, 14);
  // Windows are chosen to hold two pairs where they can: (i, i + 5) at
  // offsets 1/0 and (i + 1, i + 6) at 4/3 share the window at bit 3i - 1.
  EXPECT_LE(countWindows(pairs), 11);
  // Without offsets none can.
  for (const FieldPair &p : pairFields(3, 32, 0))
    EXPECT_FALSE(p.oneWindow());
}

} // namespace
