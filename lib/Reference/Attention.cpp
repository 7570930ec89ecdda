//===- Attention.cpp - Reference tessel.attention -------------------------===//
//
// Part of the Tessel project.
//
//===----------------------------------------------------------------------===//

#include "Utils.h"

#include <limits>

using namespace mlir::tessel::reference;
using namespace mlir::tessel::reference::detail;

/// Index of mask element [b', h', r, c] for a mask broadcast over its leading
/// two dimensions.
static int64_t broadcastOffset(const Tensor &mask, int64_t b, int64_t h,
                               int64_t r, int64_t c) {
  int64_t bb = mask.shape[0] == 1 ? 0 : b;
  int64_t hh = mask.shape[1] == 1 ? 0 : h;
  return ((bb * mask.shape[1] + hh) * mask.shape[2] + r) * mask.shape[3] + c;
}

Tensor mlir::tessel::reference::attention(const Tensor &q, const Tensor &k,
                                          const Tensor &v,
                                          const AttentionOptions &opts) {
  requireRank(q, "attention: Q", 4);
  requireRank(k, "attention: K", 4);
  requireRank(v, "attention: V", 4);
  // No keys is allowed: every row sees none and is zero; no queries or no
  // batch make an empty result (docs/Semantics.md). Heads and head
  // dimensions must exist.
  for (const auto &[t, name] :
       {std::pair(&q, "attention: Q"), std::pair(&k, "attention: K"),
        std::pair(&v, "attention: V")})
    for (size_t i = 1; i < t->shape.size(); ++i)
      if (t->shape[i] < 1 && i != 2)
        fail(name, " must have heads and a head dimension, got shape ",
             shapeToString(t->shape));
  const int64_t batch = q.shape[0], hq = q.shape[1], sq = q.shape[2],
                d = q.shape[3];
  const int64_t hkv = k.shape[1], skv = k.shape[2], dv = v.shape[3];
  if (k.shape[0] != batch || k.shape[3] != d)
    fail("attention: K must have shape [", batch, ", Hkv, Skv, ", d,
         "] to match Q ", shapeToString(q.shape), ", got ",
         shapeToString(k.shape));
  if (v.shape[0] != batch || v.shape[1] != hkv || v.shape[2] != skv)
    fail("attention: V must have shape [", batch, ", ", hkv, ", ", skv,
         ", Dv] to match K ", shapeToString(k.shape), ", got ",
         shapeToString(v.shape));
  if (hq % hkv != 0)
    fail("attention: query heads (", hq,
         ") must be a multiple of key/value "
         "heads (",
         hkv, ")");

  double scale = 1.0 / std::sqrt(static_cast<double>(d));
  if (opts.scale) {
    if (!std::isfinite(*opts.scale))
      fail("attention: scale must be finite, got ", *opts.scale);
    scale = *opts.scale;
  }
  if (opts.softcap && !(std::isfinite(*opts.softcap) && *opts.softcap > 0))
    fail("attention: softcap must be finite and positive, got ", *opts.softcap);
  if (opts.causalOffset && !opts.causal)
    fail("attention: causalOffset given without causal");
  if (opts.window && (!opts.causal || *opts.window < 1))
    fail("attention: window needs causal and must be at least 1, got ",
         *opts.window);
  const int64_t offset = opts.causalOffset.value_or(skv - sq);

  if (opts.additiveMask)
    requireBroadcastMask(*opts.additiveMask, "attention: additive mask", batch,
                         hq, sq, skv);
  if (opts.booleanMask)
    requireBroadcastMask(*opts.booleanMask, "attention: boolean mask", batch,
                         hq, sq, skv);
  if (opts.blockMask) {
    if (opts.blockQ < 1 || opts.blockK < 1)
      fail("attention: block sizes must be >= 1, got [", opts.blockQ, ", ",
           opts.blockK, "]");
    requireBroadcastMask(*opts.blockMask, "attention: block mask", batch, hq,
                         ceilDiv(sq, opts.blockQ), ceilDiv(skv, opts.blockK));
  }

  const double negInf = -std::numeric_limits<double>::infinity();
  const int64_t group = hq / hkv;
  Tensor out({batch, hq, sq, dv});
  if (skv == 0)
    return out;
  std::vector<double> s(skv);
  for (int64_t b = 0; b < batch; ++b) {
    for (int64_t h = 0; h < hq; ++h) {
      const int64_t kvh = h / group;
      const double *kBase = &k.data[((b * hkv + kvh) * skv) * d];
      const double *vBase = &v.data[((b * hkv + kvh) * skv) * dv];
      for (int64_t i = 0; i < sq; ++i) {
        const double *qRow = &q.data[((b * hq + h) * sq + i) * d];
        for (int64_t j = 0; j < skv; ++j) {
          double dot = 0.0;
          for (int64_t e = 0; e < d; ++e)
            dot += qRow[e] * kBase[j * d + e];
          s[j] = scale * dot;
          if (opts.softcap)
            s[j] = *opts.softcap * std::tanh(s[j] / *opts.softcap);
          if (opts.additiveMask)
            s[j] += opts.additiveMask
                        ->data[broadcastOffset(*opts.additiveMask, b, h, i, j)];
          if (opts.booleanMask && opts.booleanMask->data[broadcastOffset(
                                      *opts.booleanMask, b, h, i, j)] == 0.0)
            s[j] = negInf;
          if (opts.causal && j > i + offset)
            s[j] = negInf;
          if (opts.window && j <= i + offset - *opts.window)
            s[j] = negInf;
          if (opts.blockMask &&
              opts.blockMask->data[broadcastOffset(
                  *opts.blockMask, b, h, i / opts.blockQ, j / opts.blockK)] ==
                  0.0)
            s[j] = negInf;
        }
        // Fully masked rows (all -inf) become zeros.
        softmaxRowThreePass(s);
        double *oRow = &out.data[((b * hq + h) * sq + i) * dv];
        for (int64_t j = 0; j < skv; ++j) {
          if (s[j] == 0.0)
            continue;
          for (int64_t e = 0; e < dv; ++e)
            oRow[e] += s[j] * vBase[j * dv + e];
        }
      }
    }
  }
  return out;
}
