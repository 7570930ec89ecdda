//===- ChannelOrder.h - Outlier-aware channel order -------------*- C++ -*-===//
//
// Part of the Tessel project.
//
//===----------------------------------------------------------------------===//
///
/// \file
/// Group-wise quantization shares one scale among G consecutive channels
/// (the K dimension of a weight [N, K]). One outlier channel in a group
/// inflates that group's scale and so the rounding error of every other
/// channel in it. Reordering the channels so that channels of similar
/// magnitude share a group confines the outliers to few groups. The
/// reordering is exact for a matrix product if the activations' K channels
/// are permuted the same way. No MLIR here: the tessel-reorder pass and the
/// unit tests use it.
///
//===----------------------------------------------------------------------===//

#ifndef TESSEL_REORDER_CHANNELORDER_H
#define TESSEL_REORDER_CHANNELORDER_H

#include "tessel/Reference/Reference.h"

#include <cstdint>
#include <vector>

namespace mlir::tessel::reorder {

/// The channel order of a weight `w` [N, K]: channel k's magnitude is
/// max_n |w[n, k]|, and the order sorts channels by it, ascending (ties by
/// index), so each group of consecutive channels holds similar magnitudes.
/// Element i of the result is the original channel placed at position i.
std::vector<int64_t> outlierAwareChannelOrder(const reference::Tensor &w);

/// `w` [N, K] with its channels in `order`: out[n, i] = w[n, order[i]].
reference::Tensor permuteChannels(const reference::Tensor &w,
                                  const std::vector<int64_t> &order);

/// Relative Frobenius error of group-wise quantization of `w` [N, K]:
/// ||dequantize(quantize(w)) - w|| / ||w|| (0 for an all-zero w).
double quantizationError(const reference::Tensor &w,
                         const reference::QuantSpec &spec, bool withZeroPoints);

} // namespace mlir::tessel::reorder

#endif // TESSEL_REORDER_CHANNELORDER_H
