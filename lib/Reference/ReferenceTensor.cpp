//===- Tensor.cpp - Reference tensor, errors and permute ------------------===//
//
// Part of the Tessel project.
//
//===----------------------------------------------------------------------===//

#include "Utils.h"

#include <algorithm>
#include <cfloat>
#include <limits>
#include <random>

using namespace mlir::tessel::reference;
using namespace mlir::tessel::reference::detail;

//===----------------------------------------------------------------------===//
// Tensor
//===----------------------------------------------------------------------===//

/// The number of elements of `shape`, checking for negative dimensions and
/// overflow.
static int64_t checkedNumElements(const std::vector<int64_t> &shape,
                                  const std::string &name) {
  int64_t n = 1;
  for (int64_t d : shape) {
    if (d < 0)
      fail(name, ": negative dimension in shape ", shapeToString(shape));
    if (d != 0 && n > std::numeric_limits<int64_t>::max() / d)
      fail(name, ": shape ", shapeToString(shape), " has too many elements");
    n *= d;
  }
  return n;
}

Tensor::Tensor() : data(1, 0.0) {}

Tensor::Tensor(std::vector<int64_t> shapeIn) : shape(std::move(shapeIn)) {
  data.assign(checkedNumElements(shape, "Tensor"), 0.0);
}

Tensor::Tensor(std::vector<int64_t> shapeIn, std::vector<double> dataIn)
    : shape(std::move(shapeIn)), data(std::move(dataIn)) {
  verify("Tensor");
}

Tensor Tensor::full(std::vector<int64_t> shape, double value) {
  Tensor t(std::move(shape));
  std::fill(t.data.begin(), t.data.end(), value);
  return t;
}

/// A double uniformly distributed in [0, 1) built from the top 53 bits of one
/// draw, so the sequence does not depend on the standard library's
/// distribution implementation.
static double nextUnit(std::mt19937_64 &gen) {
  return static_cast<double>(gen() >> 11) * 0x1.0p-53;
}

Tensor Tensor::random(std::vector<int64_t> shape, uint64_t seed, double lo,
                      double hi) {
  if (!std::isfinite(lo) || !std::isfinite(hi) || !(lo <= hi))
    fail("Tensor::random: invalid range [", lo, ", ", hi, ")");
  Tensor t(std::move(shape));
  std::mt19937_64 gen(seed);
  for (double &x : t.data) {
    x = lo + (hi - lo) * nextUnit(gen);
    // Guard against rounding up to `hi` when lo < hi.
    if (x >= hi && lo < hi)
      x = std::nextafter(hi, lo);
  }
  return t;
}

Tensor Tensor::randomInts(std::vector<int64_t> shape, uint64_t seed, int64_t lo,
                          int64_t hi) {
  if (lo > hi || hi - lo > (int64_t(1) << 52))
    fail("Tensor::randomInts: invalid range [", lo, ", ", hi, "]");
  Tensor t(std::move(shape));
  std::mt19937_64 gen(seed);
  double span = static_cast<double>(hi - lo + 1);
  for (double &x : t.data)
    x = std::min(static_cast<double>(lo) + std::floor(span * nextUnit(gen)),
                 static_cast<double>(hi));
  return t;
}

int64_t Tensor::numElements() const {
  return checkedNumElements(shape, "Tensor");
}

int64_t Tensor::dim(int64_t d) const {
  int64_t r = rank();
  if (d < -r || d >= r)
    fail("Tensor::dim: dimension ", d, " out of range for rank ", r);
  return shape[d < 0 ? d + r : d];
}

std::vector<int64_t> Tensor::strides() const {
  std::vector<int64_t> s(shape.size(), 1);
  for (int64_t i = rank() - 2; i >= 0; --i)
    s[i] = s[i + 1] * shape[i + 1];
  return s;
}

int64_t Tensor::offset(const std::vector<int64_t> &indices) const {
  if (static_cast<int64_t>(indices.size()) != rank())
    fail("Tensor: ", indices.size(), " indices for a tensor of rank ", rank());
  if (data.size() != static_cast<size_t>(numElements()))
    fail("Tensor: data size ", data.size(), " does not match shape ",
         shapeToString(shape));
  int64_t off = 0;
  for (size_t i = 0; i < indices.size(); ++i) {
    if (indices[i] < 0 || indices[i] >= shape[i])
      fail("Tensor: index ", indices[i], " out of range for dimension ", i,
           " of shape ", shapeToString(shape));
    off = off * shape[i] + indices[i];
  }
  return off;
}

void Tensor::verify(const std::string &name) const {
  int64_t n = checkedNumElements(shape, name);
  if (data.size() != static_cast<size_t>(n))
    fail(name, ": data size ", data.size(), " does not match shape ",
         shapeToString(shape), " (", n, " elements)");
}

std::string
mlir::tessel::reference::shapeToString(const std::vector<int64_t> &shape) {
  std::ostringstream os;
  os << '[';
  for (size_t i = 0; i < shape.size(); ++i)
    os << (i ? ", " : "") << shape[i];
  os << ']';
  return os.str();
}

//===----------------------------------------------------------------------===//
// Error metrics
//===----------------------------------------------------------------------===//

/// |got - want|, where matching NaNs and matching infinities count as equal
/// and any other non-finite difference is +inf.
static double elementError(double got, double want) {
  if (got == want || (std::isnan(got) && std::isnan(want)))
    return 0.0;
  double diff = std::fabs(got - want);
  return std::isfinite(diff) ? diff : std::numeric_limits<double>::infinity();
}

static void requireSameShape(const Tensor &got, const Tensor &want,
                             const char *fn) {
  got.verify(std::string(fn) + ": got");
  want.verify(std::string(fn) + ": want");
  if (got.shape != want.shape)
    fail(fn, ": shape mismatch: got ", shapeToString(got.shape), ", want ",
         shapeToString(want.shape));
}

double mlir::tessel::reference::maxAbsError(const Tensor &got,
                                            const Tensor &want) {
  requireSameShape(got, want, "maxAbsError");
  double err = 0.0;
  for (size_t i = 0; i < got.data.size(); ++i)
    err = std::max(err, elementError(got.data[i], want.data[i]));
  return err;
}

double mlir::tessel::reference::maxRelativeError(const Tensor &got,
                                                 const Tensor &want) {
  requireSameShape(got, want, "maxRelativeError");
  double err = maxAbsError(got, want);
  double ref = 0.0;
  for (double w : want.data)
    if (std::isfinite(w))
      ref = std::max(ref, std::fabs(w));
  return err / std::max(ref, DBL_MIN);
}

//===----------------------------------------------------------------------===//
// Validation helpers
//===----------------------------------------------------------------------===//

void detail::requireRank(const Tensor &t, const std::string &name,
                         int64_t rank) {
  t.verify(name);
  if (t.rank() != rank)
    fail(name, " must have rank ", rank, ", got shape ",
         shapeToString(t.shape));
}

void detail::requireNonEmpty(const Tensor &t, const std::string &name) {
  for (int64_t d : t.shape)
    if (d < 1)
      fail(name, " must have non-zero dimensions, got shape ",
           shapeToString(t.shape));
}

void detail::requireShape(const Tensor &t, const std::string &name,
                          const std::vector<int64_t> &shape) {
  t.verify(name);
  if (t.shape != shape)
    fail(name, " must have shape ", shapeToString(shape), ", got ",
         shapeToString(t.shape));
}

void detail::requireBroadcastMask(const Tensor &mask, const std::string &name,
                                  int64_t batch, int64_t heads, int64_t rows,
                                  int64_t cols) {
  requireRank(mask, name, 4);
  const std::vector<int64_t> &s = mask.shape;
  if ((s[0] != batch && s[0] != 1) || (s[1] != heads && s[1] != 1) ||
      s[2] != rows || s[3] != cols)
    fail(name, " must have shape [", batch, "|1, ", heads, "|1, ", rows, ", ",
         cols, "], got ", shapeToString(s));
}

void detail::requireIntegersInRange(const Tensor &t, const std::string &name,
                                    int64_t lo, int64_t hi) {
  t.verify(name);
  for (size_t i = 0; i < t.data.size(); ++i) {
    double x = t.data[i];
    if (!isInteger(x) || x < static_cast<double>(lo) ||
        x > static_cast<double>(hi))
      fail(name, ": element ", i, " = ", x, " is not an integer in [", lo, ", ",
           hi, "]");
  }
}

void detail::requireBits(int bits) {
  if (bits < 1 || bits > 8)
    fail("bit width ", bits, " out of range 1..8");
}

//===----------------------------------------------------------------------===//
// tessel.permute
//===----------------------------------------------------------------------===//

Tensor mlir::tessel::reference::permute(const Tensor &x,
                                        const std::vector<int64_t> &indices,
                                        int64_t dim) {
  x.verify("permute: input");
  if (dim < 0 || dim >= x.rank())
    fail("permute: dimension ", dim, " out of range for rank ", x.rank());
  int64_t size = x.shape[dim];
  for (size_t i = 0; i < indices.size(); ++i)
    if (indices[i] < 0 || indices[i] >= size)
      fail("permute: index ", indices[i], " at position ", i,
           " out of range for dimension ", dim, " of size ", size);

  std::vector<int64_t> outShape = x.shape;
  outShape[dim] = static_cast<int64_t>(indices.size());
  Tensor out(outShape);
  int64_t outer = 1, inner = 1;
  for (int64_t d = 0; d < dim; ++d)
    outer *= x.shape[d];
  for (int64_t d = dim + 1; d < x.rank(); ++d)
    inner *= x.shape[d];
  int64_t n = static_cast<int64_t>(indices.size());
  for (int64_t o = 0; o < outer; ++o)
    for (int64_t i = 0; i < n; ++i)
      for (int64_t in = 0; in < inner; ++in)
        out.data[(o * n + i) * inner + in] =
            x.data[(o * size + indices[i]) * inner + in];
  return out;
}
