//===- DraftMask.cpp - Reference tessel.draft_mask ------------------------===//
//
// Part of the Tessel project.
//
//===----------------------------------------------------------------------===//

#include "Utils.h"

#include <algorithm>
#include <limits>
#include <numeric>

using namespace mlir::tessel::reference;
using namespace mlir::tessel::reference::detail;

/// Mean-pools `x` `[B, H, S, D]` over blocks of `block` rows (the last block
/// may be partial) into `[B, H, ceildiv(S, block), D]`.
static Tensor poolBlocks(const Tensor &x, int64_t block) {
  const int64_t batch = x.shape[0], heads = x.shape[1], seq = x.shape[2],
                d = x.shape[3];
  const int64_t numBlocks = ceilDiv(seq, block);
  Tensor out({batch, heads, numBlocks, d});
  for (int64_t bh = 0; bh < batch * heads; ++bh) {
    for (int64_t blk = 0; blk < numBlocks; ++blk) {
      const int64_t begin = blk * block, end = std::min(seq, begin + block);
      double *dst = &out.data[(bh * numBlocks + blk) * d];
      for (int64_t r = begin; r < end; ++r)
        for (int64_t e = 0; e < d; ++e)
          dst[e] += x.data[(bh * seq + r) * d + e];
      for (int64_t e = 0; e < d; ++e)
        dst[e] /= static_cast<double>(end - begin);
    }
  }
  return out;
}

Tensor mlir::tessel::reference::draftMask(const Tensor &q, const Tensor &k,
                                          int64_t blockQ, int64_t blockK,
                                          double keepRatio, bool causal,
                                          std::optional<double> scale) {
  requireRank(q, "draftMask: Q", 4);
  requireRank(k, "draftMask: K", 4);
  requireNonEmpty(q, "draftMask: Q");
  requireNonEmpty(k, "draftMask: K");
  const int64_t batch = q.shape[0], hq = q.shape[1], sq = q.shape[2],
                d = q.shape[3];
  const int64_t hkv = k.shape[1], skv = k.shape[2];
  if (k.shape[0] != batch || k.shape[3] != d)
    fail("draftMask: K must have shape [", batch, ", Hkv, Skv, ", d,
         "] to match Q ", shapeToString(q.shape), ", got ",
         shapeToString(k.shape));
  if (hq % hkv != 0)
    fail("draftMask: query heads (", hq,
         ") must be a multiple of key/value "
         "heads (",
         hkv, ")");
  for (const Tensor *t : {&q, &k})
    for (double x : t->data)
      if (!std::isfinite(x))
        fail("draftMask: ", t == &q ? "Q" : "K",
             " must contain only finite values");
  if (blockQ < 1 || blockK < 1)
    fail("draftMask: block sizes must be >= 1, got [", blockQ, ", ", blockK,
         "]");
  if (!(keepRatio >= 0.0 && keepRatio <= 1.0))
    fail("draftMask: keep ratio must be in [0, 1], got ", keepRatio);
  double s = 1.0 / std::sqrt(static_cast<double>(d));
  if (scale) {
    if (!std::isfinite(*scale))
      fail("draftMask: scale must be finite, got ", *scale);
    s = *scale;
  }

  const Tensor qp = poolBlocks(q, blockQ);
  const Tensor kp = poolBlocks(k, blockK);
  const int64_t numI = qp.shape[2], numJ = kp.shape[2];
  const int64_t group = hq / hkv;
  const double negInf = -std::numeric_limits<double>::infinity();
  Tensor out({batch, hq, numI, numJ});
  std::vector<double> p(numJ);
  std::vector<int64_t> order(numJ);
  for (int64_t b = 0; b < batch; ++b) {
    for (int64_t h = 0; h < hq; ++h) {
      const int64_t g = h / group;
      for (int64_t bi = 0; bi < numI; ++bi) {
        const double *qRow = &qp.data[((b * hq + h) * numI + bi) * d];
        // Last key position visible to the block's last query row.
        const int64_t lastKey =
            std::min((bi + 1) * blockQ, sq) - 1 + (skv - sq);
        int64_t valid = 0;
        for (int64_t bj = 0; bj < numJ; ++bj) {
          if (causal && bj * blockK > lastKey) {
            p[bj] = negInf;
            continue;
          }
          ++valid;
          const double *kRow = &kp.data[((b * hkv + g) * numJ + bj) * d];
          double dot = 0.0;
          for (int64_t e = 0; e < d; ++e)
            dot += qRow[e] * kRow[e];
          p[bj] = s * dot;
        }
        if (valid == 0)
          continue;
        softmaxRowThreePass(p);
        for (int64_t bj = 0; bj < numJ; ++bj)
          if (std::isnan(p[bj]))
            fail("draftMask: pooled scores overflow for query block ", bi);
        const int64_t keep = std::min<int64_t>(
            valid, std::max<int64_t>(1, static_cast<int64_t>(std::ceil(
                                            keepRatio * valid - 1e-9))));
        // Invalid blocks have P == 0 but must never be kept: order valid
        // blocks first, then by descending P, then by ascending index.
        auto isValid = [&](int64_t bj) {
          return !causal || bj * blockK <= lastKey;
        };
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(), [&](int64_t a, int64_t c) {
          if (isValid(a) != isValid(c))
            return isValid(a);
          return p[a] > p[c];
        });
        double *dst = &out.data[((b * hq + h) * numI + bi) * numJ];
        for (int64_t n = 0; n < keep; ++n)
          dst[order[n]] = 1.0;
      }
    }
  }
  return out;
}
