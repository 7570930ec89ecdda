//===- PagedAttention.cpp - Reference tessel.paged_attention --------------===//
//
// Part of the Tessel project.
//
//===----------------------------------------------------------------------===//

#include "Utils.h"

#include <algorithm>
#include <limits>

using namespace mlir::tessel::reference;
using namespace mlir::tessel::reference::detail;

Tensor mlir::tessel::reference::pagedAttention(
    const Tensor &q, const Tensor &keyPages, const Tensor &valuePages,
    const Tensor &blockTable, const Tensor &seqLens,
    std::optional<double> scale, bool causal) {
  requireRank(q, "paged_attention: Q", 4);
  requireRank(keyPages, "paged_attention: key pages", 4);
  requireRank(valuePages, "paged_attention: value pages", 4);
  requireRank(blockTable, "paged_attention: block table", 2);
  requireRank(seqLens, "paged_attention: sequence lengths", 1);
  const int64_t batch = q.shape[0], hq = q.shape[1], sq = q.shape[2],
                d = q.shape[3];
  const int64_t pages = keyPages.shape[0], pageSize = keyPages.shape[1],
                hkv = keyPages.shape[2], dv = valuePages.shape[3];
  const int64_t maxPages = blockTable.shape[1];
  if (keyPages.shape[3] != d || valuePages.shape[0] != pages ||
      valuePages.shape[1] != pageSize || valuePages.shape[2] != hkv)
    fail("paged_attention: pages ", shapeToString(keyPages.shape), " and ",
         shapeToString(valuePages.shape), " do not match Q ",
         shapeToString(q.shape));
  if (blockTable.shape[0] != batch || seqLens.shape[0] != batch)
    fail("paged_attention: the block table and lengths need ", batch,
         " sequences");
  if (hkv == 0 || hq % hkv != 0)
    fail("paged_attention: query heads (", hq,
         ") must be a multiple of key/value heads (", hkv, ")");
  if (pageSize == 0)
    fail("paged_attention: the page size must not be 0");
  const double scaleValue =
      scale ? *scale : 1.0 / std::sqrt(static_cast<double>(d));

  const double negInf = -std::numeric_limits<double>::infinity();
  const int64_t group = hq / hkv;
  Tensor out({batch, hq, sq, dv});
  for (int64_t b = 0; b < batch; ++b) {
    const int64_t length = std::clamp<int64_t>(
        static_cast<int64_t>(seqLens.data[b]), 0, maxPages * pageSize);
    std::vector<double> s(length);
    for (int64_t h = 0; h < hq; ++h) {
      const int64_t kvh = h / group;
      for (int64_t i = 0; i < sq; ++i) {
        const double *qRow = &q.data[((b * hq + h) * sq + i) * d];
        const int64_t last = causal ? length - sq + i : length - 1;
        for (int64_t j = 0; j < length; ++j) {
          const int64_t page = static_cast<int64_t>(
              blockTable.data[b * maxPages + j / pageSize]);
          // Out-of-range pages mask their tokens (the op's contract).
          if (j > last || page < 0 || page >= pages) {
            s[j] = negInf;
            continue;
          }
          const double *kRow =
              &keyPages
                   .data[((page * pageSize + j % pageSize) * hkv + kvh) * d];
          double dot = 0.0;
          for (int64_t e = 0; e < d; ++e)
            dot += qRow[e] * kRow[e];
          s[j] = scaleValue * dot;
        }
        // Rows without a visible token become zeros.
        softmaxRowThreePass(s);
        double *oRow = &out.data[((b * hq + h) * sq + i) * dv];
        for (int64_t j = 0; j < length; ++j) {
          if (s[j] == 0.0)
            continue;
          const int64_t page = static_cast<int64_t>(
              blockTable.data[b * maxPages + j / pageSize]);
          const double *vRow =
              &valuePages
                   .data[((page * pageSize + j % pageSize) * hkv + kvh) * dv];
          for (int64_t e = 0; e < dv; ++e)
            oRow[e] += s[j] * vRow[e];
        }
      }
    }
  }
  return out;
}
