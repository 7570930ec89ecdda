//===- Quantization.cpp - Reference quantize/dequantize/qmatmul -----------===//
//
// Part of the Tessel project.
//
//===----------------------------------------------------------------------===//

#include "Utils.h"

#include <algorithm>

using namespace mlir::tessel::reference;
using namespace mlir::tessel::reference::detail;

double mlir::tessel::reference::roundHalfEven(double x) {
  if (!std::isfinite(x))
    return x;
  // x - floor(x) is exact for every finite double.
  double lo = std::floor(x);
  double frac = x - lo;
  if (frac > 0.5)
    return lo + 1.0;
  if (frac < 0.5)
    return lo;
  return std::fmod(lo, 2.0) == 0.0 ? lo : lo + 1.0;
}

int64_t QuantSpec::qmin() const {
  requireBits(bits);
  return isSigned ? -(int64_t(1) << (bits - 1)) : 0;
}

int64_t QuantSpec::qmax() const {
  requireBits(bits);
  return isSigned ? (int64_t(1) << (bits - 1)) - 1 : (int64_t(1) << bits) - 1;
}

/// Validates `spec` against a last dimension of size `k`.
static void requireSpec(const QuantSpec &spec, int64_t k, const char *fn) {
  if (spec.bits < 1 || spec.bits > 8)
    fail(fn, ": bit width ", spec.bits, " out of range 1..8");
  if (spec.groupSize < 1)
    fail(fn, ": group size must be >= 1, got ", spec.groupSize);
  if (k % spec.groupSize != 0)
    fail(fn, ": group size ", spec.groupSize,
         " does not divide the last dimension ", k);
}

/// The shape of the per-group scales of a tensor of shape `shape`.
static std::vector<int64_t> groupShape(std::vector<int64_t> shape,
                                       int64_t groupSize) {
  shape.back() /= groupSize;
  return shape;
}

//===----------------------------------------------------------------------===//
// quantize / dequantize
//===----------------------------------------------------------------------===//

Quantized mlir::tessel::reference::quantize(const Tensor &x,
                                            const QuantSpec &spec,
                                            bool withZeroPoints) {
  x.verify("quantize: input");
  if (x.rank() < 1)
    fail("quantize: input must have rank >= 1");
  const int64_t k = x.shape.back();
  requireSpec(spec, k, "quantize");
  if (!withZeroPoints && (!spec.isSigned || spec.bits < 2))
    fail("quantize: symmetric quantization (no zero points) requires a "
         "signed type with at least 2 bits, got ",
         spec.isSigned ? "signed" : "unsigned", " ", spec.bits, "-bit");
  for (size_t i = 0; i < x.data.size(); ++i)
    if (!std::isfinite(x.data[i]))
      fail("quantize: input element ", i, " is not finite");

  const double qmin = static_cast<double>(spec.qmin());
  const double qmax = static_cast<double>(spec.qmax());
  const int64_t g = spec.groupSize;
  const int64_t numGroups = x.numElements() / std::max<int64_t>(g, 1);
  Quantized result;
  result.q = Tensor(x.shape);
  result.scales = Tensor(groupShape(x.shape, g));
  if (withZeroPoints)
    result.zeros = Tensor(groupShape(x.shape, g));

  for (int64_t grp = 0; grp < numGroups; ++grp) {
    const double *src = &x.data[grp * g];
    double *dst = &result.q.data[grp * g];
    double s, z = 0.0;
    if (!withZeroPoints) {
      double maxAbs = 0.0;
      for (int64_t e = 0; e < g; ++e)
        maxAbs = std::max(maxAbs, std::fabs(src[e]));
      s = maxAbs / qmax;
    } else {
      double lo = 0.0, hi = 0.0;
      for (int64_t e = 0; e < g; ++e) {
        lo = std::min(lo, src[e]);
        hi = std::max(hi, src[e]);
      }
      s = (hi - lo) / (qmax - qmin);
      if (s == 0.0)
        s = 1.0;
      z = std::clamp(qmin - roundHalfEven(lo / s), qmin, qmax);
      result.zeros->data[grp] = z;
    }
    // All-zero group (or a range so small that the scale underflows).
    if (s == 0.0)
      s = 1.0;
    result.scales.data[grp] = s;
    for (int64_t e = 0; e < g; ++e)
      dst[e] = std::clamp(roundHalfEven(src[e] / s) + z, qmin, qmax);
  }
  return result;
}

/// Validates the operands of dequantize/qmatmul: integer values `q` with last
/// dimension K, and `scales`/`zeros` of the matching group shape.
static void requireQuantOperands(const Tensor &q, const Tensor &scales,
                                 const Tensor *zeros, const QuantSpec &spec,
                                 const char *fn) {
  std::string prefix(fn);
  q.verify(prefix + ": quantized values");
  if (q.rank() < 1)
    fail(fn, ": quantized values must have rank >= 1");
  requireSpec(spec, q.shape.back(), fn);
  requireIntegersInRange(q, prefix + ": quantized values", spec.qmin(),
                         spec.qmax());
  std::vector<int64_t> gShape = groupShape(q.shape, spec.groupSize);
  requireShape(scales, prefix + ": scales", gShape);
  for (size_t i = 0; i < scales.data.size(); ++i)
    if (!std::isfinite(scales.data[i]))
      fail(fn, ": scale ", i, " is not finite");
  if (zeros) {
    requireShape(*zeros, prefix + ": zero points", gShape);
    requireIntegersInRange(*zeros, prefix + ": zero points", spec.qmin(),
                           spec.qmax());
  }
}

Tensor mlir::tessel::reference::dequantize(const Tensor &q,
                                           const Tensor &scales,
                                           const Tensor *zeros,
                                           const QuantSpec &spec) {
  requireQuantOperands(q, scales, zeros, spec, "dequantize");
  Tensor out(q.shape);
  const int64_t g = spec.groupSize;
  for (size_t i = 0; i < q.data.size(); ++i) {
    const size_t grp = i / g;
    const double z = zeros ? zeros->data[grp] : 0.0;
    out.data[i] = (q.data[i] - z) * scales.data[grp];
  }
  return out;
}

//===----------------------------------------------------------------------===//
// Matmul and epilogue
//===----------------------------------------------------------------------===//

double mlir::tessel::reference::applyActivation(double x, Activation act) {
  switch (act) {
  case Activation::None:
    return x;
  case Activation::Relu:
    return x > 0.0 ? x : 0.0;
  case Activation::Gelu: {
    // tanh approximation: 0.5 x (1 + tanh(sqrt(2/pi) (x + 0.044715 x^3))).
    const double kSqrt2OverPi = 0.7978845608028654;
    return 0.5 * x *
           (1.0 + std::tanh(kSqrt2OverPi * (x + 0.044715 * x * x * x)));
  }
  case Activation::Silu:
    return x / (1.0 + std::exp(-x));
  }
  fail("unknown activation ", static_cast<int>(act));
}

Tensor mlir::tessel::reference::applyEpilogue(const Tensor &y,
                                              const Tensor *bias,
                                              Activation act) {
  y.verify("applyEpilogue: input");
  if (y.rank() < 1)
    fail("applyEpilogue: input must have rank >= 1");
  const int64_t n = y.shape.back();
  if (bias)
    requireShape(*bias, "applyEpilogue: bias", {n});
  applyActivation(0.0, act); // Validates `act`.
  Tensor out(y.shape);
  for (size_t i = 0; i < y.data.size(); ++i)
    out.data[i] =
        applyActivation(y.data[i] + (bias ? bias->data[i % n] : 0.0), act);
  return out;
}

/// Checks `x` `[M, K]` or `[Bt, M, K]` against `w` `[N, K]` and returns the
/// output shape.
static std::vector<int64_t> matmulShape(const Tensor &x, const Tensor &w,
                                        const char *fn) {
  std::string prefix(fn);
  x.verify(prefix + ": X");
  if (x.rank() != 2 && x.rank() != 3)
    fail(fn, ": X must have rank 2 or 3, got shape ", shapeToString(x.shape));
  requireRank(w, prefix + ": W", 2);
  if (w.shape[1] != x.shape.back())
    fail(fn, ": reduction dimension mismatch: X ", shapeToString(x.shape),
         ", W ", shapeToString(w.shape), " (W must be [N, K])");
  std::vector<int64_t> shape = x.shape;
  shape.back() = w.shape[0];
  return shape;
}

Tensor mlir::tessel::reference::matmulTransposedB(const Tensor &x,
                                                  const Tensor &w) {
  Tensor out(matmulShape(x, w, "matmulTransposedB"));
  const int64_t n = w.shape[0], k = w.shape[1];
  const int64_t rows = k == 0 ? out.numElements() / std::max<int64_t>(n, 1)
                              : x.numElements() / k;
  for (int64_t r = 0; r < rows; ++r)
    for (int64_t c = 0; c < n; ++c) {
      double acc = 0.0;
      for (int64_t e = 0; e < k; ++e)
        acc += x.data[r * k + e] * w.data[c * k + e];
      out.data[r * n + c] = acc;
    }
  return out;
}

Tensor mlir::tessel::reference::qmatmul(const Tensor &x, const Tensor &w,
                                        const Tensor &scales,
                                        const Tensor *zeros,
                                        const QuantSpec &spec,
                                        const Tensor *bias, Activation act) {
  std::vector<int64_t> outShape = matmulShape(x, w, "qmatmul");
  requireQuantOperands(w, scales, zeros, spec, "qmatmul");
  if (bias)
    requireShape(*bias, "qmatmul: bias", {w.shape[0]});
  applyActivation(0.0, act); // Validates `act`.

  Tensor out(outShape);
  const int64_t n = w.shape[0], k = w.shape[1], g = spec.groupSize;
  const int64_t numGroups = k / g;
  const int64_t rows = k == 0 ? out.numElements() / std::max<int64_t>(n, 1)
                              : x.numElements() / k;
  for (int64_t r = 0; r < rows; ++r) {
    const double *xRow = &x.data[r * k];
    for (int64_t c = 0; c < n; ++c) {
      // Like a fused kernel: per group, accumulate x * (q - z) and apply the
      // group's scale once.
      double acc = 0.0;
      for (int64_t grp = 0; grp < numGroups; ++grp) {
        const double z = zeros ? zeros->data[c * numGroups + grp] : 0.0;
        double partial = 0.0;
        for (int64_t e = grp * g; e < (grp + 1) * g; ++e)
          partial += xRow[e] * (w.data[c * k + e] - z);
        acc += partial * scales.data[c * numGroups + grp];
      }
      out.data[r * n + c] =
          applyActivation(acc + (bias ? bias->data[c] : 0.0), act);
    }
  }
  return out;
}
