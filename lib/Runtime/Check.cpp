//===- Check.cpp - Comparing results with a float64 reference -------------===//
//
// Part of the Tessel project.
//
//===----------------------------------------------------------------------===//

#include "tessel/Runtime/Check.h"

#include <algorithm>
#include <cmath>

using namespace mlir::tessel::runtime;

CheckResult
mlir::tessel::runtime::compareWithReference(const Buffer &got,
                                            const std::vector<double> &want) {
  std::vector<double> values = got.toDoubles();
  CheckResult r;
  if (values.size() != want.size()) {
    r.bad = static_cast<int64_t>(std::max(values.size(), want.size()));
    r.error = INFINITY;
    return r;
  }
  const ElementType &e = got.type().element;
  if (e.isInt() && e.bits > 52) {
    // 2^bits has no room for the low bits in a double: compare the signed
    // values instead (exact up to 2^53, which reference results stay under).
    values = got.toDoublesSigned();
    for (size_t i = 0; i < values.size(); ++i)
      r.error = std::max(r.error, std::fabs(values[i] - want[i]));
    return r;
  }
  if (e.isInt()) {
    double modulus = std::ldexp(1.0, e.bits);
    for (size_t i = 0; i < values.size(); ++i) {
      double w = std::fmod(std::fmod(want[i], modulus) + modulus, modulus);
      double d = std::fabs(values[i] - w);
      r.error = std::max(r.error, std::min(d, modulus - d));
    }
    return r;
  }
  double scale = 0;
  for (double w : want)
    if (std::isfinite(w))
      scale = std::max(scale, std::fabs(w));
  scale = std::max(scale, 1e-30);
  for (size_t i = 0; i < values.size(); ++i) {
    if (!std::isfinite(values[i]) && std::isfinite(want[i])) {
      ++r.bad;
      r.error = INFINITY;
      continue;
    }
    if (std::isfinite(want[i])) {
      r.error = std::max(r.error, std::fabs(values[i] - want[i]) / scale);
      continue;
    }
    // A non-finite reference is matched exactly: NaN by NaN, an infinity
    // by the same infinity.
    bool same =
        std::isnan(want[i]) ? std::isnan(values[i]) : values[i] == want[i];
    if (!same) {
      ++r.bad;
      r.error = INFINITY;
    }
  }
  return r;
}
