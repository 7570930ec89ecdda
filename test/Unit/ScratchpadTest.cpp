//===- ScratchpadTest.cpp - Offset packing against brute force ------------===//

#include "tessel/Scratchpad/Packing.h"

#include <gtest/gtest.h>

#include <random>

using namespace mlir::tessel::scratchpad;

namespace {

/// The true minimum peak: every aligned offset assignment, searched below a
/// bound that stacking in any order respects (alignment can push a packing
/// above the plain sum of sizes).
int64_t bruteForcePeak(const std::vector<Buffer> &buffers) {
  int64_t limit = 1;
  for (const Buffer &b : buffers)
    limit += b.size + b.alignment - 1;
  std::vector<int64_t> offsets(buffers.size(), 0);
  int64_t best = limit;
  std::function<void(size_t, int64_t)> assign = [&](size_t i, int64_t peak) {
    if (peak >= best)
      return;
    if (i == buffers.size()) {
      best = peak;
      return;
    }
    for (int64_t o = 0; o + buffers[i].size <= best;
         o += buffers[i].alignment) {
      bool free = true;
      for (size_t j = 0; j < i && free; ++j)
        free = !liveTogether(buffers[i], buffers[j]) ||
               o >= offsets[j] + buffers[j].size ||
               offsets[j] >= o + buffers[i].size;
      if (!free)
        continue;
      offsets[i] = o;
      assign(i + 1, std::max(peak, o + buffers[i].size));
    }
  };
  assign(0, 0);
  return best;
}

std::vector<Buffer> randomBuffers(std::mt19937 &rng, int n) {
  std::uniform_int_distribution<int64_t> point(0, 6), size(1, 6),
      alignLog(0, 2);
  std::vector<Buffer> buffers;
  for (int i = 0; i < n; ++i) {
    int64_t a = point(rng), b = point(rng);
    if (a == b)
      ++b;
    buffers.push_back({std::min(a, b), std::max(a, b), size(rng),
                       int64_t(1) << alignLog(rng)});
  }
  return buffers;
}

TEST(ScratchpadPacking, DisjointLifetimesShareMemory) {
  std::vector<Buffer> buffers = {{0, 2, 100, 1}, {2, 4, 80, 1}, {4, 6, 60, 1}};
  Packing p = pack(buffers);
  EXPECT_EQ(p.peak, 100);
  EXPECT_TRUE(p.optimal);
  EXPECT_EQ(naiveBytes(buffers), 240);
}

TEST(ScratchpadPacking, OverlappingLifetimesStack) {
  std::vector<Buffer> buffers = {{0, 4, 100, 1}, {1, 3, 80, 1}, {2, 5, 60, 1}};
  Packing p = pack(buffers);
  EXPECT_EQ(p.peak, 240);
  int64_t peak;
  EXPECT_TRUE(isValidPacking(buffers, p.offsets, peak));
}

TEST(ScratchpadPacking, AlignmentIsRespected) {
  std::vector<Buffer> buffers = {{0, 2, 3, 1}, {0, 2, 16, 16}};
  Packing p = pack(buffers);
  EXPECT_EQ(p.offsets[1] % 16, 0);
  int64_t peak;
  ASSERT_TRUE(isValidPacking(buffers, p.offsets, peak));
  EXPECT_EQ(p.peak, 19); // the aligned one at 0, the small one after it
}

TEST(ScratchpadPacking, GreedyCanMissTheOptimumExactDoesNot) {
  // Largest-first places both 4-byte buffers at 0 and then has to stack the
  // 3-byte ones and the small one above them (peak 11); the optimum reaches
  // the liveness bound of 8.
  std::vector<Buffer> buffers = {
      {0, 2, 4, 1}, {1, 4, 3, 1}, {3, 6, 3, 1}, {5, 7, 4, 1}, {2, 6, 1, 1}};
  EXPECT_EQ(packGreedy(buffers).peak, 11);
  Packing exact = pack(buffers);
  EXPECT_EQ(exact.peak, 8);
  EXPECT_EQ(exact.peak, bruteForcePeak(buffers));
  EXPECT_EQ(exact.peak, liveLowerBound(buffers));
}

TEST(ScratchpadPacking, ExactMatchesBruteForceOnRandomInstances) {
  std::mt19937 rng(7);
  for (int trial = 0; trial < 300; ++trial) {
    std::vector<Buffer> buffers = randomBuffers(rng, 1 + trial % 5);
    int64_t optimum = bruteForcePeak(buffers);
    Packing exact = pack(buffers);
    int64_t peak;
    ASSERT_TRUE(isValidPacking(buffers, exact.offsets, peak)) << trial;
    EXPECT_EQ(peak, exact.peak) << trial;
    EXPECT_TRUE(exact.optimal) << trial;
    EXPECT_EQ(exact.peak, optimum) << "trial " << trial;
    EXPECT_LE(liveLowerBound(buffers), optimum) << trial;
    EXPECT_GE(packGreedy(buffers).peak, optimum) << trial;
  }
}

TEST(ScratchpadPacking, GreedyIsValidAndBoundedOnLargeInstances) {
  std::mt19937 rng(11);
  for (int trial = 0; trial < 50; ++trial) {
    std::vector<Buffer> buffers = randomBuffers(rng, 40);
    Packing greedy = pack(buffers); // above the exact limit: greedy
    int64_t peak;
    ASSERT_TRUE(isValidPacking(buffers, greedy.offsets, peak));
    EXPECT_EQ(peak, greedy.peak);
    EXPECT_LE(greedy.peak, naiveBytes(buffers));
    EXPECT_GE(greedy.peak, liveLowerBound(buffers));
  }
}

TEST(ScratchpadPacking, InvalidPackingsAreRejected) {
  std::vector<Buffer> buffers = {{0, 2, 4, 4}, {1, 3, 4, 1}};
  int64_t peak;
  EXPECT_FALSE(isValidPacking(buffers, {0, 2}, peak)); // overlap
  EXPECT_FALSE(isValidPacking(buffers, {2, 8}, peak)); // misaligned
  EXPECT_FALSE(isValidPacking(buffers, {0}, peak));    // wrong count
  EXPECT_TRUE(isValidPacking(buffers, {0, 4}, peak));
  EXPECT_EQ(peak, 8);
}

} // namespace
