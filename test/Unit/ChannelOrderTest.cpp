//===- ChannelOrderTest.cpp - Outlier-aware channel order -----------------===//

#include "tessel/Reorder/ChannelOrder.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <numeric>
#include <stdexcept>

using namespace mlir::tessel;

namespace {

reference::QuantSpec int4(int64_t group) {
  reference::QuantSpec spec;
  spec.bits = 4;
  spec.isSigned = true;
  spec.groupSize = group;
  return spec;
}

/// Small random values with a few outlier channels.
reference::Tensor planted(int64_t n, int64_t k, std::vector<int64_t> outliers,
                          uint64_t seed) {
  reference::Tensor w = reference::Tensor::random({n, k}, seed, -0.05, 0.05);
  for (int64_t r = 0; r < n; ++r)
    for (int64_t c : outliers)
      w.data[r * k + c] *= 40;
  return w;
}

TEST(ChannelOrder, SortsChannelsByMagnitude) {
  reference::Tensor w({2, 4}, {0.1, -3.0, 0.5, 0.0, //
                               -0.2, 1.0, 0.1, 0.0});
  std::vector<int64_t> order = reorder::outlierAwareChannelOrder(w);
  EXPECT_EQ(order, (std::vector<int64_t>{3, 0, 2, 1}));
}

TEST(ChannelOrder, TiesKeepTheirOrder) {
  reference::Tensor w = reference::Tensor::full({3, 5}, 0.25);
  std::vector<int64_t> order = reorder::outlierAwareChannelOrder(w);
  std::vector<int64_t> identity(5);
  std::iota(identity.begin(), identity.end(), 0);
  EXPECT_EQ(order, identity);
}

TEST(ChannelOrder, PermuteChannelsGathersColumns) {
  reference::Tensor w({2, 3}, {1, 2, 3, 4, 5, 6});
  reference::Tensor p = reorder::permuteChannels(w, {2, 0, 1});
  EXPECT_EQ(p.data, (std::vector<double>{3, 1, 2, 6, 4, 5}));
  EXPECT_THROW(reorder::permuteChannels(w, {0, 1}), std::invalid_argument);
}

TEST(ChannelOrder, ReorderingLowersErrorWithOutliers) {
  // One outlier channel in each group of 32, on many random weights.
  for (uint64_t seed = 0; seed < 20; ++seed) {
    reference::Tensor w = planted(16, 128, {5, 33, 70, 127}, seed);
    double before = reorder::quantizationError(w, int4(32), false);
    reference::Tensor sorted =
        reorder::permuteChannels(w, reorder::outlierAwareChannelOrder(w));
    double after = reorder::quantizationError(sorted, int4(32), false);
    EXPECT_LT(after, before) << "seed " << seed;
    // Asymmetric quantization gains too.
    EXPECT_LT(reorder::quantizationError(sorted, int4(32), true),
              reorder::quantizationError(w, int4(32), true))
        << "seed " << seed;
  }
}

TEST(ChannelOrder, ErrorIsZeroForExactlyRepresentableWeights) {
  // Every group's values are multiples of its scale (max / 7).
  reference::Tensor w({1, 4}, {7, -7, 0, 7});
  EXPECT_EQ(reorder::quantizationError(w, int4(4), false), 0.0);
  EXPECT_EQ(
      reorder::quantizationError(reference::Tensor({2, 4}), int4(2), false),
      0.0);
}

TEST(ChannelOrder, RejectsNonMatrices) {
  reference::Tensor v({4}, {1, 2, 3, 4});
  EXPECT_THROW(reorder::outlierAwareChannelOrder(v), std::invalid_argument);
}

} // namespace
