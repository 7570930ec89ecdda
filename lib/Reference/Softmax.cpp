//===- Softmax.cpp - Reference softmax algorithms -------------------------===//
//
// Part of the Tessel project.
//
//===----------------------------------------------------------------------===//
//
// The three tessel.softmax algorithms, each implemented as described in
// docs/Semantics.md, in float64. They compute the same function; special rows
// are handled identically by all of them (see Reference.h).
//
//===----------------------------------------------------------------------===//

#include "Utils.h"

#include <algorithm>
#include <limits>

using namespace mlir::tessel::reference;
using namespace mlir::tessel::reference::detail;

static constexpr double kInf = std::numeric_limits<double>::infinity();

/// Handles rows the algorithms need not see: returns true (and fills `row`)
/// if the row contains NaN or +inf (all NaN) or is entirely -inf (all zeros,
/// attention's fully masked rows; reference::softmax makes those NaN first).
static bool handleSpecialRow(std::vector<double> &row) {
  bool allNegInf = true;
  for (double x : row) {
    if (std::isnan(x) || x == kInf) {
      std::fill(row.begin(), row.end(),
                std::numeric_limits<double>::quiet_NaN());
      return true;
    }
    allNegInf &= x == -kInf;
  }
  if (allNegInf)
    std::fill(row.begin(), row.end(), 0.0);
  return allNegInf;
}

void detail::softmaxRowThreePass(std::vector<double> &row) {
  if (handleSpecialRow(row))
    return;
  // Pass 1: maximum.
  double max = -kInf;
  for (double x : row)
    max = std::max(max, x);
  // Pass 2: sum of exponentials.
  double sum = 0.0;
  for (double x : row)
    sum += std::exp(x - max);
  // Pass 3: normalise.
  for (double &x : row)
    x = std::exp(x - max) / sum;
}

namespace {
/// exp(x) as m * 2^n with n = round(x / ln 2) and m = exp(x - n ln 2) in
/// [sqrt(1/2), sqrt(2)]. The exponent is kept as a double because it can
/// exceed the range of int for extreme inputs.
struct ScaledExp {
  double mantissa;
  double exponent;
};
} // namespace

static ScaledExp scaledExp(double x) {
  // ln 2 as a double-double for a Cody-Waite style reduction.
  constexpr double kLn2Hi = 0x1.62e42fefa39efp-1;
  constexpr double kLn2Lo = 0x1.abc9e3b39803fp-56;
  constexpr double kLog2E = 0x1.71547652b82fep0;
  double n = roundHalfEven(x * kLog2E);
  double r = std::fma(-n, kLn2Hi, x);
  r = std::fma(-n, kLn2Lo, r);
  return {std::exp(r), n};
}

/// m * 2^e for a possibly huge or non-integral-int exponent `e` (a double
/// holding an integer). Exponents below the subnormal range give 0.
static double ldexpWide(double m, double e) {
  if (e < -2200.0)
    return 0.0;
  if (e > 2200.0)
    return m == 0.0 ? 0.0 : kInf;
  return std::ldexp(m, static_cast<int>(e));
}

/// Dukhan & Ablavatski's two-pass softmax: pass 1 accumulates sum(exp(x)) as
/// a (mantissa, exponent) pair without computing the maximum; pass 2 writes
/// exp(x) / sum from the same representation.
static void softmaxRowTwoPass(std::vector<double> &row) {
  if (handleSpecialRow(row))
    return;
  // Softmax does not change when the row is shifted; shifted by its
  // largest value, the double reduction below stays exact for any finite
  // input (x log2(e) of 1e38 leaves n*ln2 rounding by far more than ln 2).
  double max = -kInf;
  for (double x : row)
    max = std::max(max, x);
  for (double &x : row)
    x -= max;
  double sumMantissa = 0.0;
  double sumExponent = -kInf;
  for (double x : row) {
    if (x == -kInf)
      continue;
    ScaledExp e = scaledExp(x);
    if (e.exponent > sumExponent) {
      sumMantissa =
          ldexpWide(sumMantissa, sumExponent - e.exponent) + e.mantissa;
      sumExponent = e.exponent;
    } else {
      sumMantissa += ldexpWide(e.mantissa, e.exponent - sumExponent);
    }
    // Keep the mantissa normalised (frexp returns it in [0.5, 1)).
    int shift = 0;
    sumMantissa = std::frexp(sumMantissa, &shift);
    sumExponent += shift;
  }
  for (double &x : row) {
    if (x == -kInf) {
      x = 0.0;
      continue;
    }
    ScaledExp e = scaledExp(x);
    x = ldexpWide(e.mantissa / sumMantissa, e.exponent - sumExponent);
  }
}

/// Milakov & Gimelshein's online softmax: pass 1 keeps a running maximum and
/// rescales the running sum whenever the maximum grows; pass 2 writes the
/// output.
static void softmaxRowOnline(std::vector<double> &row) {
  if (handleSpecialRow(row))
    return;
  double runningMax = -kInf;
  double runningSum = 0.0;
  for (double x : row) {
    if (x == -kInf)
      continue;
    if (x > runningMax) {
      runningSum = runningSum * std::exp(runningMax - x) + 1.0;
      runningMax = x;
    } else {
      runningSum += std::exp(x - runningMax);
    }
  }
  for (double &x : row)
    x = std::exp(x - runningMax) / runningSum;
}

Tensor mlir::tessel::reference::softmax(const Tensor &x, int64_t dim,
                                        SoftmaxAlgorithm alg) {
  x.verify("softmax: input");
  if (dim < 0 || dim >= x.rank())
    fail("softmax: dimension ", dim, " out of range for rank ", x.rank());
  void (*rowFn)(std::vector<double> &) = nullptr;
  switch (alg) {
  case SoftmaxAlgorithm::ThreePass:
    rowFn = softmaxRowThreePass;
    break;
  case SoftmaxAlgorithm::TwoPass:
    rowFn = softmaxRowTwoPass;
    break;
  case SoftmaxAlgorithm::Online:
    rowFn = softmaxRowOnline;
    break;
  }
  if (!rowFn)
    fail("softmax: unknown algorithm ", static_cast<int>(alg));

  int64_t size = x.shape[dim], outer = 1, inner = 1;
  for (int64_t d = 0; d < dim; ++d)
    outer *= x.shape[d];
  for (int64_t d = dim + 1; d < x.rank(); ++d)
    inner *= x.shape[d];
  Tensor out(x.shape);
  std::vector<double> row(size);
  for (int64_t o = 0; o < outer; ++o) {
    for (int64_t in = 0; in < inner; ++in) {
      for (int64_t i = 0; i < size; ++i)
        row[i] = x.data[(o * size + i) * inner + in];
      // The op's formula on a row of only -inf is exp(-inf - -inf), NaN, as
      // numpy and PyTorch give (attention's fully masked rows are zeros
      // instead; the row functions serve both).
      if (std::all_of(row.begin(), row.end(),
                      [](double v) { return v == -kInf; }))
        std::fill(row.begin(), row.end(),
                  std::numeric_limits<double>::quiet_NaN());
      else
        rowFn(row);
      for (int64_t i = 0; i < size; ++i)
        out.data[(o * size + i) * inner + in] = row[i];
    }
  }
  return out;
}
