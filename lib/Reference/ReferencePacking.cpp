//===- Packing.cpp - Reference tessel.pack / tessel.unpack ----------------===//
//
// Part of the Tessel project.
//
//===----------------------------------------------------------------------===//
//
// Sub-byte values are laid out as a little-endian bit stream per row: the value
// at stored position p occupies stream bits [p*bits, (p+1)*bits) and word i
// holds stream bits [i*wordBits, (i+1)*wordBits). Values may straddle words.
// The implementation moves one bit at a time, which is slow but obviously
// correct.
//
//===----------------------------------------------------------------------===//

#include "Utils.h"

#include <algorithm>

using namespace mlir::tessel::reference;
using namespace mlir::tessel::reference::detail;

namespace {
/// Validated packing parameters for rows of `k` logical elements.
struct PackParams {
  int64_t k;
  int64_t wordsPerRow;
  /// storedToLogical[p] = logical index (within the row) stored at p.
  std::vector<int64_t> storedToLogical;
};
} // namespace

static PackParams checkPackParams(int64_t k, int bits, int wordBits,
                                  const std::vector<int64_t> &interleave,
                                  const char *fn) {
  if (bits < 1 || bits > 8)
    fail(fn, ": bit width ", bits, " out of range 1..8");
  if (wordBits != 8 && wordBits != 16 && wordBits != 32 && wordBits != 64)
    fail(fn, ": word size ", wordBits, " must be 8, 16, 32 or 64");
  // A row that does not fill its last word is zero-padded.
  PackParams params{k, (k * bits + wordBits - 1) / wordBits, {}};
  params.storedToLogical.resize(k);
  const int64_t l = static_cast<int64_t>(interleave.size());
  if (l == 0) {
    for (int64_t p = 0; p < k; ++p)
      params.storedToLogical[p] = p;
    return params;
  }
  std::vector<bool> seen(l, false);
  for (int64_t t = 0; t < l; ++t) {
    if (interleave[t] < 0 || interleave[t] >= l || seen[interleave[t]])
      fail(fn, ": interleave must be a permutation of 0..", l - 1,
           ", got element ", interleave[t], " at position ", t);
    seen[interleave[t]] = true;
  }
  if (k % l != 0)
    fail(fn, ": interleave length ", l, " does not divide the last dimension ",
         k);
  for (int64_t p = 0; p < k; ++p)
    params.storedToLogical[p] = (p / l) * l + interleave[p % l];
  return params;
}

std::vector<uint64_t>
mlir::tessel::reference::pack(const Tensor &values, int bits, bool isSigned,
                              int wordBits,
                              const std::vector<int64_t> &interleave) {
  values.verify("pack: values");
  if (values.rank() < 1)
    fail("pack: values must have rank >= 1");
  PackParams params =
      checkPackParams(values.shape.back(), bits, wordBits, interleave, "pack");
  const int64_t lo = isSigned ? -(int64_t(1) << (bits - 1)) : 0;
  const int64_t hi =
      isSigned ? (int64_t(1) << (bits - 1)) - 1 : (int64_t(1) << bits) - 1;
  requireIntegersInRange(values, "pack: values", lo, hi);

  const int64_t k = params.k;
  const int64_t rows = k == 0 ? 0 : values.numElements() / k;
  const uint64_t valueMask = (uint64_t(1) << bits) - 1;
  std::vector<uint64_t> words(rows * params.wordsPerRow, 0);
  for (int64_t r = 0; r < rows; ++r) {
    uint64_t *rowWords = &words[r * params.wordsPerRow];
    for (int64_t p = 0; p < k; ++p) {
      const int64_t v =
          static_cast<int64_t>(values.data[r * k + params.storedToLogical[p]]);
      const uint64_t raw = static_cast<uint64_t>(v) & valueMask;
      for (int bit = 0; bit < bits; ++bit) {
        const int64_t streamBit = p * bits + bit;
        if ((raw >> bit) & 1)
          rowWords[streamBit / wordBits] |= uint64_t(1)
                                            << (streamBit % wordBits);
      }
    }
  }
  return words;
}

Tensor mlir::tessel::reference::unpack(const std::vector<uint64_t> &words,
                                       std::vector<int64_t> shape, int bits,
                                       bool isSigned, int wordBits,
                                       const std::vector<int64_t> &interleave) {
  if (shape.empty())
    fail("unpack: shape must have rank >= 1");
  Tensor out(std::move(shape));
  PackParams params =
      checkPackParams(out.shape.back(), bits, wordBits, interleave, "unpack");
  const int64_t k = params.k;
  const int64_t rows = k == 0 ? 0 : out.numElements() / k;
  if (static_cast<int64_t>(words.size()) != rows * params.wordsPerRow)
    fail("unpack: expected ", rows * params.wordsPerRow, " words (", rows,
         " rows of ", params.wordsPerRow, ") for shape ",
         shapeToString(out.shape), ", got ", words.size());
  if (wordBits < 64)
    for (size_t i = 0; i < words.size(); ++i)
      if (words[i] >> wordBits)
        fail("unpack: word ", i, " = ", words[i], " does not fit in ", wordBits,
             " bits");

  for (int64_t r = 0; r < rows; ++r) {
    const uint64_t *rowWords = &words[r * params.wordsPerRow];
    for (int64_t p = 0; p < k; ++p) {
      uint64_t raw = 0;
      for (int bit = 0; bit < bits; ++bit) {
        const int64_t streamBit = p * bits + bit;
        raw |= ((rowWords[streamBit / wordBits] >> (streamBit % wordBits)) & 1)
               << bit;
      }
      int64_t v = static_cast<int64_t>(raw);
      if (isSigned && ((raw >> (bits - 1)) & 1))
        v -= int64_t(1) << bits;
      out.data[r * k + params.storedToLogical[p]] = static_cast<double>(v);
    }
  }
  return out;
}
