//===- ChannelOrder.cpp - Outlier-aware channel order for quantization ----===//
//
// Part of the Tessel project.
//
//===----------------------------------------------------------------------===//

#include "tessel/Reorder/ChannelOrder.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <stdexcept>

using namespace mlir::tessel;
using namespace mlir::tessel::reorder;

namespace {
void checkMatrix(const reference::Tensor &w) {
  if (w.shape.size() != 2 ||
      static_cast<int64_t>(w.data.size()) != w.shape[0] * w.shape[1])
    throw std::invalid_argument("expected a [N, K] weight");
}
} // namespace

std::vector<int64_t>
mlir::tessel::reorder::outlierAwareChannelOrder(const reference::Tensor &w) {
  checkMatrix(w);
  int64_t n = w.shape[0], k = w.shape[1];
  std::vector<double> magnitude(k, 0.0);
  for (int64_t r = 0; r < n; ++r)
    for (int64_t c = 0; c < k; ++c)
      magnitude[c] = std::max(magnitude[c], std::fabs(w.data[r * k + c]));
  std::vector<int64_t> order(k);
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](int64_t a, int64_t b) {
    return magnitude[a] < magnitude[b];
  });
  return order;
}

reference::Tensor
mlir::tessel::reorder::permuteChannels(const reference::Tensor &w,
                                       const std::vector<int64_t> &order) {
  checkMatrix(w);
  int64_t n = w.shape[0], k = w.shape[1];
  if (static_cast<int64_t>(order.size()) != k)
    throw std::invalid_argument("the order must name every channel");
  reference::Tensor out(w.shape);
  for (int64_t r = 0; r < n; ++r)
    for (int64_t i = 0; i < k; ++i)
      out.data[r * k + i] = w.data[r * k + order[i]];
  return out;
}

double
mlir::tessel::reorder::quantizationError(const reference::Tensor &w,
                                         const reference::QuantSpec &spec,
                                         bool withZeroPoints) {
  checkMatrix(w);
  reference::Quantized q = reference::quantize(w, spec, withZeroPoints);
  reference::Tensor back =
      reference::dequantize(q.q, q.scales, q.zeros ? &*q.zeros : nullptr, spec);
  double err = 0, norm = 0;
  for (size_t i = 0; i < w.data.size(); ++i) {
    double d = back.data[i] - w.data[i];
    err += d * d;
    norm += w.data[i] * w.data[i];
  }
  return norm == 0 ? 0.0 : std::sqrt(err / norm);
}
