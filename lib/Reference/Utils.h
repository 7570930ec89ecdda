//===- Utils.h - Internal helpers of the reference library ------*- C++ -*-===//
//
// Part of the Tessel project.
//
//===----------------------------------------------------------------------===//
///
/// \file
/// Validation and small numeric helpers shared by the reference
/// implementations. Not part of the public API.
///
//===----------------------------------------------------------------------===//

#ifndef TESSEL_LIB_REFERENCE_UTILS_H
#define TESSEL_LIB_REFERENCE_UTILS_H

#include "tessel/Reference/Reference.h"

#include <cmath>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

namespace mlir::tessel::reference::detail {

/// Concatenates the arguments (streamed) into a message and throws
/// std::invalid_argument with it.
template <typename... Args> [[noreturn]] void fail(const Args &...args) {
  std::ostringstream os;
  (os << ... << args);
  throw std::invalid_argument(os.str());
}

/// Verifies `t` and checks that its rank is `rank`.
void requireRank(const Tensor &t, const std::string &name, int64_t rank);

/// Checks that every dimension of `t` is at least 1.
void requireNonEmpty(const Tensor &t, const std::string &name);

/// Checks that `t` has exactly `shape`.
void requireShape(const Tensor &t, const std::string &name,
                  const std::vector<int64_t> &shape);

/// Checks that a mask of rank 4 has leading dimensions `B|1, H|1` and trailing
/// dimensions `rows, cols`.
void requireBroadcastMask(const Tensor &mask, const std::string &name,
                          int64_t batch, int64_t heads, int64_t rows,
                          int64_t cols);

/// True if `x` is a finite integer.
inline bool isInteger(double x) {
  return std::isfinite(x) && x == std::trunc(x);
}

/// Checks that every element of `t` is an integer in [lo, hi].
void requireIntegersInRange(const Tensor &t, const std::string &name,
                            int64_t lo, int64_t hi);

/// Checks that `bits` is in 1..8.
void requireBits(int bits);

inline int64_t ceilDiv(int64_t a, int64_t b) { return (a + b - 1) / b; }

/// Three-pass softmax of `row` in place; an all -inf row becomes zeros and a
/// row containing NaN or +inf becomes NaN.
void softmaxRowThreePass(std::vector<double> &row);

} // namespace mlir::tessel::reference::detail

#endif // TESSEL_LIB_REFERENCE_UTILS_H
