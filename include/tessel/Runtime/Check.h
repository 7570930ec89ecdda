//===- Check.h - Comparing results with a float64 reference -----*- C++ -*-===//
//
// Part of the Tessel project.
//
//===----------------------------------------------------------------------===//

#ifndef TESSEL_RUNTIME_CHECK_H
#define TESSEL_RUNTIME_CHECK_H

#include "tessel/Runtime/Tensor.h"

#include <cstdint>
#include <vector>

namespace mlir::tessel::runtime {

struct CheckResult {
  /// Floats: largest |got - want| / max |want|; integers: largest distance
  /// in steps, modulo 2^bits.
  double error = 0;
  /// Non-finite values where the reference is finite, and values that
  /// differ from a non-finite reference (NaN, or the other infinity).
  int64_t bad = 0;

  bool passes(double tolerance) const { return bad == 0 && error <= tolerance; }
};

/// Compares `got` with reference values (one per element, row-major).
CheckResult compareWithReference(const Buffer &got,
                                 const std::vector<double> &want);

} // namespace mlir::tessel::runtime

#endif // TESSEL_RUNTIME_CHECK_H
