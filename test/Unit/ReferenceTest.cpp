//===- ReferenceTest.cpp - Tests for the float64 reference library --------===//
//
// Part of the Tessel project.
//
//===----------------------------------------------------------------------===//
//
// Hand-computed cases plus cross-checks between the reference implementations
// (e.g. causal attention against an explicit lower-triangular mask, qmatmul
// against dequantize + matmul).
//
//===----------------------------------------------------------------------===//

#include "tessel/Reference/Reference.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <stdexcept>

using namespace mlir::tessel::reference;

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

/// Expects every element of `got` to match `want` within `tol` relative error.
void expectClose(const Tensor &got, const Tensor &want, double tol = 1e-13) {
  ASSERT_EQ(got.shape, want.shape);
  EXPECT_LE(maxRelativeError(got, want), tol);
}

void expectExact(const Tensor &got, const Tensor &want) {
  ASSERT_EQ(got.shape, want.shape);
  for (size_t i = 0; i < got.data.size(); ++i)
    EXPECT_EQ(got.data[i], want.data[i]) << "element " << i;
}

bool hasNaN(const Tensor &t) {
  for (double x : t.data)
    if (std::isnan(x))
      return true;
  return false;
}

/// A 0/1 tensor with roughly `density` ones.
Tensor randomBool(std::vector<int64_t> shape, uint64_t seed,
                  double density = 0.6) {
  Tensor t = Tensor::random(std::move(shape), seed, 0.0, 1.0);
  for (double &x : t.data)
    x = x < density ? 1.0 : 0.0;
  return t;
}

/// Repeats each head of `[B, H, S, D]` `group` times (head h -> h / group).
Tensor repeatHeads(const Tensor &t, int64_t group) {
  Tensor out({t.shape[0], t.shape[1] * group, t.shape[2], t.shape[3]});
  for (int64_t b = 0; b < out.shape[0]; ++b)
    for (int64_t h = 0; h < out.shape[1]; ++h)
      for (int64_t s = 0; s < out.shape[2]; ++s)
        for (int64_t d = 0; d < out.shape[3]; ++d)
          out.at({b, h, s, d}) = t.at({b, h / group, s, d});
  return out;
}

/// Rows [m0, m0 + count) of dimension 2 of a rank-4 tensor.
Tensor sliceRows(const Tensor &t, int64_t m0, int64_t count) {
  Tensor out({t.shape[0], t.shape[1], count, t.shape[3]});
  for (int64_t b = 0; b < out.shape[0]; ++b)
    for (int64_t h = 0; h < out.shape[1]; ++h)
      for (int64_t s = 0; s < count; ++s)
        for (int64_t d = 0; d < out.shape[3]; ++d)
          out.at({b, h, s, d}) = t.at({b, h, m0 + s, d});
  return out;
}

/// The `[1, 1, Sq, Skv]` boolean mask keeping `j <= i + offset`.
Tensor causalMask(int64_t sq, int64_t skv, int64_t offset) {
  Tensor m({1, 1, sq, skv});
  for (int64_t i = 0; i < sq; ++i)
    for (int64_t j = 0; j < skv; ++j)
      m.at({0, 0, i, j}) = j <= i + offset ? 1.0 : 0.0;
  return m;
}

/// Expands a block mask `[B', H', ceil(Sq/bq), ceil(Skv/bk)]` to an element
/// mask `[B', H', Sq, Skv]`.
Tensor expandBlockMask(const Tensor &bm, int64_t sq, int64_t skv, int64_t bq,
                       int64_t bk) {
  Tensor m({bm.shape[0], bm.shape[1], sq, skv});
  for (int64_t b = 0; b < m.shape[0]; ++b)
    for (int64_t h = 0; h < m.shape[1]; ++h)
      for (int64_t i = 0; i < sq; ++i)
        for (int64_t j = 0; j < skv; ++j)
          m.at({b, h, i, j}) = bm.at({b, h, i / bq, j / bk});
  return m;
}

/// Converts a boolean mask to an additive one (0 / -inf).
Tensor toAdditive(const Tensor &m) {
  Tensor a(m.shape);
  for (size_t i = 0; i < m.data.size(); ++i)
    a.data[i] = m.data[i] != 0.0 ? 0.0 : -kInf;
  return a;
}

} // namespace

//===----------------------------------------------------------------------===//
// Tensor and error metrics
//===----------------------------------------------------------------------===//

TEST(ReferenceTensor, Basics) {
  Tensor t({2, 3});
  EXPECT_EQ(t.numElements(), 6);
  EXPECT_EQ(t.rank(), 2);
  EXPECT_EQ(t.dim(-1), 3);
  EXPECT_EQ(t.strides(), (std::vector<int64_t>{3, 1}));
  for (double x : t.data)
    EXPECT_EQ(x, 0.0);
  t.at({1, 2}) = 5.0;
  EXPECT_EQ(t.data[5], 5.0);
  EXPECT_EQ(t.offset({1, 0}), 3);

  Tensor u({2, 2}, {1, 2, 3, 4});
  EXPECT_EQ(u.at({1, 0}), 3.0);
  Tensor scalar;
  EXPECT_EQ(scalar.numElements(), 1);
  EXPECT_EQ(Tensor::full({3}, 2.5).data, (std::vector<double>{2.5, 2.5, 2.5}));

  EXPECT_THROW(Tensor({2, 2}, {1, 2, 3}), std::invalid_argument);
  EXPECT_THROW(Tensor({-1}), std::invalid_argument);
  EXPECT_THROW(u.at({2, 0}), std::invalid_argument);
  EXPECT_THROW(u.at({0}), std::invalid_argument);
  EXPECT_THROW(u.dim(2), std::invalid_argument);
}

TEST(ReferenceTensor, RandomIsDeterministic) {
  Tensor a = Tensor::random({4, 5}, 42, -2.0, 3.0);
  Tensor b = Tensor::random({4, 5}, 42, -2.0, 3.0);
  Tensor c = Tensor::random({4, 5}, 43, -2.0, 3.0);
  EXPECT_EQ(a.data, b.data);
  EXPECT_NE(a.data, c.data);
  for (double x : a.data) {
    EXPECT_GE(x, -2.0);
    EXPECT_LT(x, 3.0);
  }
  Tensor ints = Tensor::randomInts({1000}, 1, -3, 4);
  bool sawLo = false, sawHi = false;
  for (double x : ints.data) {
    EXPECT_EQ(x, std::trunc(x));
    EXPECT_GE(x, -3.0);
    EXPECT_LE(x, 4.0);
    sawLo |= x == -3.0;
    sawHi |= x == 4.0;
  }
  EXPECT_TRUE(sawLo && sawHi);
  EXPECT_THROW(Tensor::random({2}, 0, 1.0, 0.0), std::invalid_argument);
}

TEST(ReferenceTensor, ErrorMetrics) {
  Tensor want({3}, {1.0, -4.0, 2.0});
  Tensor got({3}, {1.5, -4.0, 2.0});
  EXPECT_DOUBLE_EQ(maxAbsError(got, want), 0.5);
  EXPECT_DOUBLE_EQ(maxRelativeError(got, want), 0.125);
  EXPECT_EQ(maxRelativeError(want, want), 0.0);
  Tensor zeros({2});
  EXPECT_EQ(maxRelativeError(zeros, zeros), 0.0);
  Tensor nan({3}, {std::nan(""), -4.0, 2.0});
  EXPECT_EQ(maxAbsError(nan, want), kInf);
  EXPECT_EQ(maxAbsError(nan, nan), 0.0);
  EXPECT_THROW(maxAbsError(Tensor({2}), Tensor({3})), std::invalid_argument);
  EXPECT_THROW(maxRelativeError(Tensor({2}), Tensor({1, 2})),
               std::invalid_argument);
}

//===----------------------------------------------------------------------===//
// Attention
//===----------------------------------------------------------------------===//

TEST(ReferenceAttention, HandComputed) {
  Tensor q({1, 1, 2, 2}, {1, 0, 0, 1});
  Tensor k({1, 1, 2, 2}, {1, 0, 0, 1});
  Tensor v({1, 1, 2, 2}, {1, 2, 3, 4});
  AttentionOptions opts;
  opts.scale = 1.0;
  // Row 0 scores [1, 0], row 1 scores [0, 1].
  const double a = std::exp(1.0) / (std::exp(1.0) + 1.0), b = 1.0 - a;
  Tensor want({1, 1, 2, 2},
              {a * 1 + b * 3, a * 2 + b * 4, b * 1 + a * 3, b * 2 + a * 4});
  expectClose(attention(q, k, v, opts), want, 1e-15);

  // Default scale is 1/sqrt(D).
  AttentionOptions explicitScale;
  explicitScale.scale = 1.0 / std::sqrt(2.0);
  expectExact(attention(q, k, v), attention(q, k, v, explicitScale));
  const double a2 =
      std::exp(1.0 / std::sqrt(2.0)) / (std::exp(1.0 / std::sqrt(2.0)) + 1.0);
  EXPECT_NEAR(attention(q, k, v).at({0, 0, 0, 0}), a2 + 3 * (1 - a2), 1e-15);
}

TEST(ReferenceAttention, AdditiveMaskHand) {
  // Zero keys give equal scores; adding ln 2 to key 0 gives weights 2:1.
  Tensor q = Tensor::random({1, 1, 1, 3}, 1);
  Tensor k({1, 1, 2, 3});
  Tensor v({1, 1, 2, 1}, {3, 6});
  Tensor mask({1, 1, 1, 2}, {std::log(2.0), 0.0});
  AttentionOptions opts;
  opts.additiveMask = &mask;
  EXPECT_NEAR(attention(q, k, v, opts).data[0], 2.0 / 3 * 3 + 1.0 / 3 * 6,
              1e-14);
  EXPECT_NEAR(attention(q, k, v).data[0], 4.5, 1e-14);
}

TEST(ReferenceAttention, GroupedHeadsEqualRepeatedHeads) {
  for (int64_t hkv : {1, 2, 4}) {
    Tensor q = Tensor::random({2, 4, 5, 8}, 1);
    Tensor k = Tensor::random({2, hkv, 7, 8}, 2);
    Tensor v = Tensor::random({2, hkv, 7, 3}, 3);
    int64_t group = 4 / hkv;
    expectClose(attention(q, k, v),
                attention(q, repeatHeads(k, group), repeatHeads(v, group)),
                0.0);
  }
}

TEST(ReferenceAttention, CausalEqualsLowerTriangularMask) {
  for (auto [sq, skv] : std::vector<std::pair<int64_t, int64_t>>{
           {5, 5}, {3, 7}, {6, 4}, {1, 9}}) {
    Tensor q = Tensor::random({2, 2, sq, 4}, 10);
    Tensor k = Tensor::random({2, 2, skv, 4}, 11);
    Tensor v = Tensor::random({2, 2, skv, 3}, 12);
    AttentionOptions causal;
    causal.causal = true;
    Tensor mask = causalMask(sq, skv, skv - sq); // Bottom-right.
    AttentionOptions masked;
    masked.booleanMask = &mask;
    Tensor got = attention(q, k, v, causal);
    expectExact(got, attention(q, k, v, masked));
    EXPECT_FALSE(hasNaN(got));
  }
  // Sq == Skv: row 0 only sees key 0.
  Tensor q = Tensor::random({1, 1, 2, 2}, 1);
  Tensor k = Tensor::random({1, 1, 2, 2}, 2);
  Tensor v({1, 1, 2, 2}, {7, 8, 9, 10});
  AttentionOptions causal;
  causal.causal = true;
  Tensor out = attention(q, k, v, causal);
  EXPECT_DOUBLE_EQ(out.at({0, 0, 0, 0}), 7.0);
  EXPECT_DOUBLE_EQ(out.at({0, 0, 0, 1}), 8.0);
}

TEST(ReferenceAttention, CausalOffset) {
  Tensor q = Tensor::random({1, 2, 3, 4}, 20);
  Tensor k = Tensor::random({1, 2, 6, 4}, 21);
  Tensor v = Tensor::random({1, 2, 6, 2}, 22);
  for (int64_t offset : {-1, 0, 2, 3, 10}) {
    AttentionOptions opts;
    opts.causal = true;
    opts.causalOffset = offset;
    Tensor mask = causalMask(3, 6, offset);
    AttentionOptions masked;
    masked.booleanMask = &mask;
    expectExact(attention(q, k, v, opts), attention(q, k, v, masked));
  }
  // The default offset is Skv - Sq.
  AttentionOptions dflt, explicitOffset;
  dflt.causal = explicitOffset.causal = true;
  explicitOffset.causalOffset = 3;
  expectExact(attention(q, k, v, dflt), attention(q, k, v, explicitOffset));
}

TEST(ReferenceAttention, CausalTilingAlongSq) {
  // A tile of query rows [m0, m0 + tm) keeps its meaning with offset + m0.
  const int64_t sq = 6, skv = 9;
  Tensor q = Tensor::random({1, 2, sq, 4}, 30);
  Tensor k = Tensor::random({1, 2, skv, 4}, 31);
  Tensor v = Tensor::random({1, 2, skv, 3}, 32);
  AttentionOptions full;
  full.causal = true;
  Tensor want = attention(q, k, v, full);
  for (int64_t m0 : {0, 2, 4}) {
    AttentionOptions tile;
    tile.causal = true;
    tile.causalOffset = (skv - sq) + m0;
    expectExact(attention(sliceRows(q, m0, 2), k, v, tile),
                sliceRows(want, m0, 2));
  }
}

TEST(ReferenceAttention, AdditiveNegInfEqualsBooleanMask) {
  Tensor q = Tensor::random({2, 3, 5, 4}, 40);
  Tensor k = Tensor::random({2, 3, 6, 4}, 41);
  Tensor v = Tensor::random({2, 3, 6, 2}, 42);
  for (std::vector<int64_t> shape : std::vector<std::vector<int64_t>>{
           {2, 3, 5, 6}, {1, 3, 5, 6}, {2, 1, 5, 6}, {1, 1, 5, 6}}) {
    Tensor mask = randomBool(shape, 43);
    Tensor additive = toAdditive(mask);
    AttentionOptions b, a;
    b.booleanMask = &mask;
    a.additiveMask = &additive;
    expectExact(attention(q, k, v, b), attention(q, k, v, a));
  }
}

TEST(ReferenceAttention, MaskBroadcastEqualsExplicit) {
  Tensor q = Tensor::random({2, 3, 4, 4}, 50);
  Tensor k = Tensor::random({2, 3, 5, 4}, 51);
  Tensor v = Tensor::random({2, 3, 5, 2}, 52);
  Tensor small = Tensor::random({1, 3, 4, 5}, 53, -2.0, 2.0);
  Tensor full({2, 3, 4, 5});
  for (int64_t b = 0; b < 2; ++b)
    for (int64_t h = 0; h < 3; ++h)
      for (int64_t i = 0; i < 4; ++i)
        for (int64_t j = 0; j < 5; ++j)
          full.at({b, h, i, j}) = small.at({0, h, i, j});
  AttentionOptions a, f;
  a.additiveMask = &small;
  f.additiveMask = &full;
  expectExact(attention(q, k, v, a), attention(q, k, v, f));
}

TEST(ReferenceAttention, BlockMaskAllOnesEqualsDense) {
  Tensor q = Tensor::random({1, 2, 5, 4}, 60);
  Tensor k = Tensor::random({1, 2, 7, 4}, 61);
  Tensor v = Tensor::random({1, 2, 7, 3}, 62);
  Tensor ones = Tensor::full({1, 1, 3, 3}, 1.0);
  AttentionOptions opts;
  opts.blockMask = &ones;
  opts.blockQ = 2;
  opts.blockK = 3;
  expectExact(attention(q, k, v, opts), attention(q, k, v));
}

TEST(ReferenceAttention, BlockMaskEqualsExpandedBooleanMask) {
  // Sq = 5, Skv = 7 are not multiples of the block sizes 2 and 3.
  const int64_t sq = 5, skv = 7, bq = 2, bk = 3;
  Tensor q = Tensor::random({2, 2, sq, 4}, 70);
  Tensor k = Tensor::random({2, 1, skv, 4}, 71);
  Tensor v = Tensor::random({2, 1, skv, 3}, 72);
  for (std::vector<int64_t> shape : std::vector<std::vector<int64_t>>{
           {2, 2, 3, 3}, {2, 1, 3, 3}, {1, 1, 3, 3}}) {
    for (bool causal : {false, true}) {
      Tensor bm = randomBool(shape, 73, 0.5);
      Tensor expanded = expandBlockMask(bm, sq, skv, bq, bk);
      AttentionOptions blocked, masked;
      blocked.blockMask = &bm;
      blocked.blockQ = bq;
      blocked.blockK = bk;
      masked.booleanMask = &expanded;
      blocked.causal = masked.causal = causal;
      Tensor got = attention(q, k, v, blocked);
      expectExact(got, attention(q, k, v, masked));
      EXPECT_FALSE(hasNaN(got));
    }
  }
}

TEST(ReferenceAttention, FullyMaskedRowGivesZeros) {
  Tensor q = Tensor::random({1, 1, 3, 4}, 80);
  Tensor k = Tensor::random({1, 1, 4, 4}, 81);
  Tensor v = Tensor::random({1, 1, 4, 2}, 82, 1.0, 2.0);
  Tensor mask = Tensor::full({1, 1, 3, 4}, 1.0);
  for (int64_t j = 0; j < 4; ++j)
    mask.at({0, 0, 1, j}) = 0.0;
  Tensor additive = toAdditive(mask);
  for (int variant = 0; variant < 2; ++variant) {
    AttentionOptions opts;
    if (variant == 0)
      opts.booleanMask = &mask;
    else
      opts.additiveMask = &additive;
    Tensor out = attention(q, k, v, opts);
    EXPECT_EQ(out.at({0, 0, 1, 0}), 0.0);
    EXPECT_EQ(out.at({0, 0, 1, 1}), 0.0);
    EXPECT_GT(out.at({0, 0, 0, 0}), 1.0);
    EXPECT_GT(out.at({0, 0, 2, 0}), 1.0);
  }
  // Causal with Skv < Sq: the first Sq - Skv rows see no key.
  AttentionOptions causal;
  causal.causal = true;
  Tensor k2 = sliceRows(k, 0, 2), v2 = sliceRows(v, 0, 2);
  Tensor out = attention(q, k2, v2, causal);
  EXPECT_EQ(out.at({0, 0, 0, 0}), 0.0);
  EXPECT_EQ(out.at({0, 0, 0, 1}), 0.0);
  EXPECT_GT(out.at({0, 0, 1, 0}), 1.0);
}

TEST(ReferenceAttention, InvalidInputsThrow) {
  Tensor q = Tensor::random({1, 4, 3, 8}, 1);
  Tensor k = Tensor::random({1, 2, 5, 8}, 2);
  Tensor v = Tensor::random({1, 2, 5, 4}, 3);
  auto run = [&](const Tensor &qq, const Tensor &kk, const Tensor &vv,
                 const AttentionOptions &o = {}) {
    return attention(qq, kk, vv, o);
  };
  EXPECT_NO_THROW(run(q, k, v));
  EXPECT_THROW(run(Tensor({4, 3, 8}), k, v), std::invalid_argument);
  EXPECT_THROW(run(q, Tensor({1, 2, 5, 7}), v), std::invalid_argument);
  EXPECT_THROW(run(q, Tensor({2, 2, 5, 8}), v), std::invalid_argument);
  EXPECT_THROW(run(q, k, Tensor({1, 2, 6, 4})), std::invalid_argument);
  EXPECT_THROW(run(q, Tensor({1, 3, 5, 8}), Tensor({1, 3, 5, 4})),
               std::invalid_argument);
  // No queries make an empty result (docs/Semantics.md); no heads or no
  // head dimension are invalid.
  EXPECT_EQ(run(Tensor({1, 4, 0, 8}), k, v).shape,
            (std::vector<int64_t>{1, 4, 0, 4}));
  EXPECT_THROW(run(Tensor({1, 0, 3, 8}), k, v), std::invalid_argument);
  EXPECT_THROW(run(Tensor({1, 4, 3, 0}), Tensor({1, 2, 5, 0}), v),
               std::invalid_argument);
  Tensor broken = q;
  broken.data.pop_back();
  EXPECT_THROW(run(broken, k, v), std::invalid_argument);

  AttentionOptions o;
  o.scale = std::nan("");
  EXPECT_THROW(run(q, k, v, o), std::invalid_argument);
  o = {};
  o.causalOffset = 1;
  EXPECT_THROW(run(q, k, v, o), std::invalid_argument);

  Tensor badMask({1, 4, 3, 4});
  o = {};
  o.booleanMask = &badMask;
  EXPECT_THROW(run(q, k, v, o), std::invalid_argument);
  Tensor badBroadcast({1, 2, 3, 5});
  o = {};
  o.additiveMask = &badBroadcast;
  EXPECT_THROW(run(q, k, v, o), std::invalid_argument);

  Tensor bm = Tensor::full({1, 1, 2, 3}, 1.0);
  o = {};
  o.blockMask = &bm;
  EXPECT_THROW(run(q, k, v, o), std::invalid_argument); // No block sizes.
  o.blockQ = 2;
  o.blockK = 2;
  EXPECT_NO_THROW(run(q, k, v, o));
  o.blockK = 3; // Needs [.., 2, 2].
  EXPECT_THROW(run(q, k, v, o), std::invalid_argument);
}

//===----------------------------------------------------------------------===//
// Softmax
//===----------------------------------------------------------------------===//

const SoftmaxAlgorithm kAlgorithms[] = {SoftmaxAlgorithm::ThreePass,
                                        SoftmaxAlgorithm::TwoPass,
                                        SoftmaxAlgorithm::Online};

TEST(ReferenceSoftmax, HandComputed) {
  for (SoftmaxAlgorithm alg : kAlgorithms) {
    Tensor x({2, 2}, {0.0, std::log(2.0), 5.0, 5.0});
    expectClose(softmax(x, 1, alg), Tensor({2, 2}, {1. / 3, 2. / 3, .5, .5}),
                1e-15);
    // Large magnitudes: exp(1000) overflows and exp(-1000) underflows.
    Tensor big({2, 4}, {1000, 999, 998, -1000, -1000, -1001, -1002, -3000});
    Tensor want({2, 4}, {0.6652409557748218, 0.24472847105479764,
                         0.09003057317038046, 0.0, 0.6652409557748218,
                         0.24472847105479764, 0.09003057317038046, 0.0});
    Tensor got = softmax(big, 1, alg);
    EXPECT_FALSE(hasNaN(got));
    EXPECT_LE(maxAbsError(got, want), 1e-15);
  }
}

TEST(ReferenceSoftmax, AlgorithmsAgree) {
  for (double magnitude : {1.0, 30.0, 1000.0, 1e5}) {
    Tensor x = Tensor::random({3, 4, 17}, 7, -magnitude, magnitude);
    for (int64_t dim = 0; dim < 3; ++dim) {
      Tensor want = softmax(x, dim, SoftmaxAlgorithm::ThreePass);
      EXPECT_FALSE(hasNaN(want));
      for (SoftmaxAlgorithm alg : kAlgorithms)
        EXPECT_LE(maxAbsError(softmax(x, dim, alg), want), 1e-14)
            << "magnitude " << magnitude << " dim " << dim << " alg "
            << static_cast<int>(alg);
    }
  }
}

TEST(ReferenceSoftmax, MiddleDimension) {
  Tensor x = Tensor::random({2, 3, 4}, 9, -3.0, 3.0);
  for (SoftmaxAlgorithm alg : kAlgorithms) {
    Tensor y = softmax(x, 1, alg);
    for (int64_t a = 0; a < 2; ++a)
      for (int64_t c = 0; c < 4; ++c) {
        double sum = 0.0;
        for (int64_t b = 0; b < 3; ++b)
          sum += std::exp(x.at({a, b, c}));
        for (int64_t b = 0; b < 3; ++b)
          EXPECT_NEAR(y.at({a, b, c}), std::exp(x.at({a, b, c})) / sum, 1e-15);
      }
  }
}

TEST(ReferenceSoftmax, SpecialRows) {
  for (SoftmaxAlgorithm alg : kAlgorithms) {
    Tensor x({3, 3}, {-kInf, -kInf, -kInf, -kInf, 0.0, std::log(3.0), 1.0,
                      std::nan(""), 2.0});
    Tensor y = softmax(x, 1, alg);
    // Only -inf: NaN, as the formula, numpy and PyTorch give.
    for (int64_t j = 0; j < 3; ++j) {
      EXPECT_TRUE(std::isnan(y.at({0, j})));
      EXPECT_TRUE(std::isnan(y.at({2, j})));
    }
    EXPECT_EQ(y.at({1, 0}), 0.0);
    EXPECT_NEAR(y.at({1, 1}), 0.25, 1e-15);
    EXPECT_NEAR(y.at({1, 2}), 0.75, 1e-15);
  }
}

TEST(ReferenceSoftmax, InvalidInputsThrow) {
  Tensor x({2, 3});
  EXPECT_THROW(softmax(x, 2), std::invalid_argument);
  EXPECT_THROW(softmax(x, -1), std::invalid_argument);
  EXPECT_THROW(softmax(Tensor(), 0), std::invalid_argument);
  EXPECT_THROW(softmax(x, 0, static_cast<SoftmaxAlgorithm>(7)),
               std::invalid_argument);
}

//===----------------------------------------------------------------------===//
// Quantization
//===----------------------------------------------------------------------===//

TEST(ReferenceQuant, RoundHalfEvenAndRanges) {
  EXPECT_EQ(roundHalfEven(0.5), 0.0);
  EXPECT_EQ(roundHalfEven(1.5), 2.0);
  EXPECT_EQ(roundHalfEven(2.5), 2.0);
  EXPECT_EQ(roundHalfEven(-0.5), 0.0);
  EXPECT_EQ(roundHalfEven(-1.5), -2.0);
  EXPECT_EQ(roundHalfEven(-2.5), -2.0);
  EXPECT_EQ(roundHalfEven(2.4), 2.0);
  EXPECT_EQ(roundHalfEven(-2.6), -3.0);
  EXPECT_EQ(roundHalfEven(0.49999999999999994), 0.0);
  QuantSpec s4{4, true, 1}, u4{4, false, 1}, s1{1, true, 1};
  EXPECT_EQ(s4.qmin(), -8);
  EXPECT_EQ(s4.qmax(), 7);
  EXPECT_EQ(u4.qmin(), 0);
  EXPECT_EQ(u4.qmax(), 15);
  EXPECT_EQ(s1.qmin(), -1);
  EXPECT_EQ(s1.qmax(), 0);
  EXPECT_THROW(QuantSpec({9, true, 1}).qmax(), std::invalid_argument);
}

TEST(ReferenceQuant, SymmetricHand) {
  // max |x| = 3.5 = 7 * 0.5, so s = 0.5 exactly; ties round to even.
  Tensor x({2, 4}, {-3.5, 1.0, 0.5, 3.5, 0.25, 0.75, -0.25, 3.5});
  Quantized r = quantize(x, {4, true, 4}, false);
  EXPECT_FALSE(r.zeros.has_value());
  expectExact(r.scales, Tensor({2, 1}, {0.5, 0.5}));
  expectExact(r.q, Tensor({2, 4}, {-7, 2, 1, 7, 0, 2, 0, 7}));
  // All-zero group: s = 1.
  Quantized z = quantize(Tensor({1, 2}), {8, true, 2}, false);
  expectExact(z.scales, Tensor({1, 1}, {1.0}));
  expectExact(z.q, Tensor({1, 2}));
}

TEST(ReferenceQuant, AsymmetricHand) {
  // Group 0: min -1, max 2 -> s = 1, z = 1. Group 1: all positive, min(x, 0)
  // = 0 -> s = 1, z = 0.
  Tensor x({1, 8}, {-1, 0, 1, 2, 1, 2, 3, 0.5});
  Quantized r = quantize(x, {2, false, 4}, true);
  ASSERT_TRUE(r.zeros.has_value());
  expectExact(r.scales, Tensor({1, 2}, {1, 1}));
  expectExact(*r.zeros, Tensor({1, 2}, {1, 0}));
  expectExact(r.q, Tensor({1, 8}, {0, 1, 2, 3, 1, 2, 3, 0}));
  // Signed all-zero group: s = 1, z = qmin, q = qmin, dequantizes to 0.
  Quantized z = quantize(Tensor({3}), {3, true, 3}, true);
  expectExact(z.scales, Tensor({1}, {1.0}));
  expectExact(*z.zeros, Tensor({1}, {-4}));
  expectExact(z.q, Tensor({3}, {-4, -4, -4}));
  expectExact(dequantize(z.q, z.scales, &*z.zeros, {3, true, 3}), Tensor({3}));
}

TEST(ReferenceQuant, DequantizeHand) {
  Tensor q({4}, {0, 3, -2, 1});
  Tensor s({2}, {0.5, 2.0});
  Tensor z({2}, {1, -1});
  expectExact(dequantize(q, s, &z, {4, true, 2}),
              Tensor({4}, {-0.5, 1.0, -2.0, 4.0}));
  expectExact(dequantize(q, s, nullptr, {4, true, 2}),
              Tensor({4}, {0.0, 1.5, -4.0, 2.0}));
}

TEST(ReferenceQuant, RoundTripErrorBounded) {
  for (int bits = 1; bits <= 8; ++bits) {
    for (bool isSigned : {true, false}) {
      for (bool withZeros : {true, false}) {
        if (!withZeros && (!isSigned || bits < 2))
          continue;
        for (int64_t g : {8, 32}) {
          QuantSpec spec{bits, isSigned, g};
          Tensor x = Tensor::random({4, 32}, 100 + bits, -2.0, 3.0);
          // An all-zero row, an all-positive row, an all-negative row.
          for (int64_t j = 0; j < 32; ++j) {
            x.at({1, j}) = 0.0;
            x.at({2, j}) = std::fabs(x.at({2, j})) + 0.1;
            x.at({3, j}) = -std::fabs(x.at({3, j})) - 0.1;
          }
          Quantized r = quantize(x, spec, withZeros);
          Tensor back =
              dequantize(r.q, r.scales, withZeros ? &*r.zeros : nullptr, spec);
          for (int64_t i = 0; i < 4; ++i)
            for (int64_t j = 0; j < 32; ++j) {
              double s = r.scales.at({i, j / g});
              EXPECT_LE(std::fabs(back.at({i, j}) - x.at({i, j})),
                        s / 2 * (1 + 1e-12))
                  << "bits " << bits << " signed " << isSigned << " zeros "
                  << withZeros << " g " << g;
              EXPECT_GE(r.q.at({i, j}), spec.qmin());
              EXPECT_LE(r.q.at({i, j}), spec.qmax());
            }
        }
      }
    }
  }
}

TEST(ReferenceQuant, RepresentableValuesAreExact) {
  const double s = 0.25;
  for (int bits = 1; bits <= 8; ++bits) {
    for (bool isSigned : {true, false}) {
      QuantSpec spec{bits, isSigned, 8};
      const int64_t qmin = spec.qmin(), qmax = spec.qmax();
      // Asymmetric: x = (q - z0) * s with each group spanning [qmin, qmax].
      Tensor q = Tensor::randomInts({3, 16}, bits, qmin, qmax);
      Tensor z0 = Tensor::randomInts({3, 2}, bits + 50, qmin, qmax);
      for (int64_t i = 0; i < 3; ++i)
        for (int64_t g = 0; g < 2; ++g) {
          q.at({i, g * 8}) = static_cast<double>(qmin);
          q.at({i, g * 8 + 1}) = static_cast<double>(qmax);
        }
      Tensor x = dequantize(q, Tensor::full({3, 2}, s), &z0, spec);
      Quantized r = quantize(x, spec, true);
      expectExact(r.q, q);
      expectExact(*r.zeros, z0);
      expectExact(r.scales, Tensor::full({3, 2}, s));
      expectExact(dequantize(r.q, r.scales, &*r.zeros, spec), x);

      // Symmetric: x = q * s with max |q| = qmax in every group.
      if (!isSigned || bits < 2)
        continue;
      Tensor qs = Tensor::randomInts({3, 16}, bits + 7, -qmax, qmax);
      for (int64_t i = 0; i < 3; ++i)
        for (int64_t g = 0; g < 2; ++g)
          qs.at({i, g * 8 + 3}) = (i + g) % 2 ? qmax : -qmax;
      Tensor xs = dequantize(qs, Tensor::full({3, 2}, s), nullptr, spec);
      Quantized rs = quantize(xs, spec, false);
      expectExact(rs.q, qs);
      expectExact(rs.scales, Tensor::full({3, 2}, s));
    }
  }
}

TEST(ReferenceQuant, InvalidInputsThrow) {
  Tensor x = Tensor::random({2, 8}, 1);
  EXPECT_THROW(quantize(x, {0, true, 4}, true), std::invalid_argument);
  EXPECT_THROW(quantize(x, {9, true, 4}, true), std::invalid_argument);
  EXPECT_THROW(quantize(x, {4, true, 3}, true), std::invalid_argument);
  EXPECT_THROW(quantize(x, {4, true, 0}, true), std::invalid_argument);
  EXPECT_THROW(quantize(x, {4, false, 4}, false), std::invalid_argument);
  EXPECT_THROW(quantize(x, {1, true, 4}, false), std::invalid_argument);
  EXPECT_NO_THROW(quantize(x, {1, true, 4}, true));
  EXPECT_THROW(quantize(Tensor(), {4, true, 1}, true), std::invalid_argument);
  Tensor inf = x;
  inf.data[3] = kInf;
  EXPECT_THROW(quantize(inf, {4, true, 4}, false), std::invalid_argument);

  QuantSpec spec{4, true, 2};
  Tensor q({4}, {0, 1, 2, 3});
  Tensor s = Tensor::full({2}, 1.0);
  Tensor z({2}, {0, 0});
  EXPECT_NO_THROW(dequantize(q, s, &z, spec));
  EXPECT_THROW(dequantize(Tensor({4}, {0, 1, 8, 0}), s, &z, spec),
               std::invalid_argument);
  EXPECT_THROW(dequantize(Tensor({4}, {0, 1, -9, 0}), s, &z, spec),
               std::invalid_argument);
  EXPECT_THROW(dequantize(Tensor({4}, {0, 0.5, 1, 0}), s, &z, spec),
               std::invalid_argument);
  EXPECT_THROW(dequantize(q, Tensor({3}), &z, spec), std::invalid_argument);
  Tensor badZ({2}, {0, 8});
  EXPECT_THROW(dequantize(q, s, &badZ, spec), std::invalid_argument);
  Tensor nanScale({2}, {1.0, std::nan("")});
  EXPECT_THROW(dequantize(q, nanScale, nullptr, spec), std::invalid_argument);
  EXPECT_THROW(dequantize(q, s, &z, {4, true, 3}), std::invalid_argument);
}

//===----------------------------------------------------------------------===//
// qmatmul
//===----------------------------------------------------------------------===//

TEST(ReferenceQMatmul, Activations) {
  EXPECT_EQ(applyActivation(-1.5, Activation::None), -1.5);
  EXPECT_EQ(applyActivation(-1.5, Activation::Relu), 0.0);
  EXPECT_EQ(applyActivation(2.0, Activation::Relu), 2.0);
  EXPECT_NEAR(applyActivation(1.0, Activation::Gelu), 0.8411919906082768,
              1e-15);
  EXPECT_NEAR(applyActivation(-2.0, Activation::Gelu), -0.04540230591222494,
              1e-15);
  EXPECT_EQ(applyActivation(0.0, Activation::Gelu), 0.0);
  EXPECT_NEAR(applyActivation(1.0, Activation::Silu), 0.7310585786300049,
              1e-15);
  EXPECT_NEAR(applyActivation(-2.0, Activation::Silu), -0.2384058440442351,
              1e-15);
  EXPECT_THROW(applyActivation(0.0, static_cast<Activation>(9)),
               std::invalid_argument);
}

TEST(ReferenceQMatmul, HandComputed) {
  Tensor x({1, 2}, {1, 2});
  Tensor w({2, 2}, {1, -1, 2, 0});
  Tensor s({2, 1}, {0.5, 2.0});
  QuantSpec spec{8, true, 2};
  expectExact(qmatmul(x, w, s, nullptr, spec), Tensor({1, 2}, {-0.5, 4.0}));
  Tensor bias({2}, {1.0, -1.0});
  expectExact(qmatmul(x, w, s, nullptr, spec, &bias, Activation::Relu),
              Tensor({1, 2}, {0.5, 3.0}));
  Tensor z({2, 1}, {1, 2});
  // (1-1)*1 + (-1-1)*2 = -4 -> *0.5 = -2; (2-2)*1 + (0-2)*2 = -4 -> *2 = -8.
  expectExact(qmatmul(x, w, s, &z, spec), Tensor({1, 2}, {-2.0, -8.0}));
  expectExact(matmulTransposedB(x, w), Tensor({1, 2}, {-1.0, 2.0}));
}

TEST(ReferenceQMatmul, EqualsDequantizeThenMatmul) {
  const int64_t n = 5, k = 16, g = 4;
  for (int bits = 1; bits <= 8; ++bits) {
    for (bool isSigned : {true, false}) {
      QuantSpec spec{bits, isSigned, g};
      Tensor w = Tensor::randomInts({n, k}, bits, spec.qmin(), spec.qmax());
      Tensor scales = Tensor::random({n, k / g}, bits + 1, 0.01, 0.5);
      Tensor zeros =
          Tensor::randomInts({n, k / g}, bits + 2, spec.qmin(), spec.qmax());
      Tensor bias = Tensor::random({n}, bits + 3);
      for (bool withZeros : {false, true}) {
        const Tensor *zp = withZeros ? &zeros : nullptr;
        Tensor deq = dequantize(w, scales, zp, spec);
        for (std::vector<int64_t> xShape :
             std::vector<std::vector<int64_t>>{{3, k}, {2, 3, k}}) {
          Tensor x = Tensor::random(xShape, bits + 4);
          Tensor ref = matmulTransposedB(x, deq);
          expectClose(qmatmul(x, w, scales, zp, spec), ref, 1e-13);
          for (Activation act : {Activation::None, Activation::Relu,
                                 Activation::Gelu, Activation::Silu}) {
            Tensor got = qmatmul(x, w, scales, zp, spec, &bias, act);
            EXPECT_LE(maxAbsError(got, applyEpilogue(ref, &bias, act)), 1e-13)
                << "bits " << bits << " signed " << isSigned << " zeros "
                << withZeros << " act " << static_cast<int>(act);
          }
        }
      }
    }
  }
}

TEST(ReferenceQMatmul, BatchSharesWeights) {
  QuantSpec spec{4, false, 8};
  Tensor w = Tensor::randomInts({3, 16}, 1, 0, 15);
  Tensor s = Tensor::random({3, 2}, 2, 0.1, 1.0);
  Tensor x = Tensor::random({2, 4, 16}, 3);
  Tensor y = qmatmul(x, w, s, nullptr, spec);
  ASSERT_EQ(y.shape, (std::vector<int64_t>{2, 4, 3}));
  for (int64_t b = 0; b < 2; ++b) {
    Tensor xb({4, 16});
    for (int64_t i = 0; i < 64; ++i)
      xb.data[i] = x.data[b * 64 + i];
    Tensor yb = qmatmul(xb, w, s, nullptr, spec);
    for (int64_t i = 0; i < 12; ++i)
      EXPECT_EQ(y.data[b * 12 + i], yb.data[i]);
  }
}

TEST(ReferenceQMatmul, InvalidInputsThrow) {
  QuantSpec spec{4, true, 4};
  Tensor x = Tensor::random({2, 8}, 1);
  Tensor w = Tensor::randomInts({3, 8}, 2, -8, 7);
  Tensor s = Tensor::full({3, 2}, 0.1);
  EXPECT_NO_THROW(qmatmul(x, w, s, nullptr, spec));
  EXPECT_THROW(qmatmul(Tensor({8}), w, s, nullptr, spec),
               std::invalid_argument);
  EXPECT_THROW(qmatmul(Tensor({1, 1, 2, 8}), w, s, nullptr, spec),
               std::invalid_argument);
  EXPECT_THROW(qmatmul(Tensor({2, 6}), w, s, nullptr, spec),
               std::invalid_argument);
  EXPECT_THROW(qmatmul(x, w, Tensor({3, 1}), nullptr, spec),
               std::invalid_argument);
  EXPECT_THROW(qmatmul(x, w, s, nullptr, {4, true, 3}), std::invalid_argument);
  EXPECT_THROW(qmatmul(x, w, s, nullptr, {0, true, 4}), std::invalid_argument);
  Tensor wide = w;
  wide.data[0] = 8;
  EXPECT_THROW(qmatmul(x, wide, s, nullptr, spec), std::invalid_argument);
  Tensor bias({2});
  EXPECT_THROW(qmatmul(x, w, s, nullptr, spec, &bias), std::invalid_argument);
  Tensor zeros({3, 2}, {0, 0, 0, 0, 0, -9});
  EXPECT_THROW(qmatmul(x, w, s, &zeros, spec), std::invalid_argument);
  EXPECT_THROW(matmulTransposedB(x, Tensor({3, 7})), std::invalid_argument);
  EXPECT_THROW(applyEpilogue(x, &bias, Activation::None),
               std::invalid_argument);
}

//===----------------------------------------------------------------------===//
// Packing and permute
//===----------------------------------------------------------------------===//

TEST(ReferencePacking, HandComputed) {
  Tensor nibbles({8}, {1, 2, 3, 4, 5, 6, 7, 8});
  EXPECT_EQ(pack(nibbles, 4, false, 32), (std::vector<uint64_t>{0x87654321}));
  EXPECT_EQ(pack(nibbles, 4, false, 8),
            (std::vector<uint64_t>{0x21, 0x43, 0x65, 0x87}));
  EXPECT_EQ(pack(nibbles, 4, false, 16),
            (std::vector<uint64_t>{0x4321, 0x8765}));
  // 3-bit values straddle byte boundaries.
  Tensor tribits({8}, {7, 0, 5, 2, 1, 6, 3, 4});
  EXPECT_EQ(pack(tribits, 3, false, 8),
            (std::vector<uint64_t>{0x47, 0x15, 0x8f}));
  // Signed values are stored in two's complement.
  Tensor signedNibbles({4}, {-1, -8, 7, 0});
  EXPECT_EQ(pack(signedNibbles, 4, true, 16), (std::vector<uint64_t>{0x078f}));
  expectExact(unpack({0x078f}, {4}, 4, true, 16), signedNibbles);
  expectExact(unpack({0x078f}, {4}, 4, false, 16), Tensor({4}, {15, 8, 7, 0}));
  // 1-bit.
  Tensor bitsT({8}, {1, 0, 1, 1, 0, 0, 0, 1});
  EXPECT_EQ(pack(bitsT, 1, false, 8), (std::vector<uint64_t>{0x8d}));
  // Interleave: stored[t] = logical[perm[t]] -> stored [1, 3, 2, 4].
  Tensor four({4}, {1, 2, 3, 4});
  EXPECT_EQ(pack(four, 4, false, 16, {0, 2, 1, 3}),
            (std::vector<uint64_t>{0x4231}));
  expectExact(unpack({0x4231}, {4}, 4, false, 16, {0, 2, 1, 3}), four);
  // Rows are packed independently, row-major.
  Tensor rows({2, 8}, {1, 2, 3, 4, 5, 6, 7, 8, 8, 7, 6, 5, 4, 3, 2, 1});
  EXPECT_EQ(pack(rows, 4, false, 32),
            (std::vector<uint64_t>{0x87654321, 0x12345678}));
  // 8-bit values in a 64-bit word.
  Tensor bytes({8}, {1, 2, 3, 4, 5, 6, 7, 0xff});
  EXPECT_EQ(pack(bytes, 8, false, 64),
            (std::vector<uint64_t>{0xff07060504030201ull}));
}

TEST(ReferencePacking, RoundTrip) {
  const std::vector<std::vector<int64_t>> interleaves = {
      {}, {0, 2, 4, 6, 1, 3, 5, 7}, {3, 1, 0, 2}};
  for (int bits = 1; bits <= 8; ++bits) {
    for (bool isSigned : {true, false}) {
      const int64_t lo = isSigned ? -(int64_t(1) << (bits - 1)) : 0;
      const int64_t hi =
          isSigned ? (int64_t(1) << (bits - 1)) - 1 : (int64_t(1) << bits) - 1;
      Tensor values = Tensor::randomInts({2, 3, 64}, bits, lo, hi);
      for (int wordBits : {8, 16, 32, 64}) {
        for (const std::vector<int64_t> &il : interleaves) {
          std::vector<uint64_t> words =
              pack(values, bits, isSigned, wordBits, il);
          ASSERT_EQ(words.size(), size_t(6 * 64 * bits / wordBits));
          for (uint64_t word : words) {
            if (wordBits < 64) {
              EXPECT_EQ(word >> wordBits, 0u);
            }
          }
          expectExact(unpack(words, values.shape, bits, isSigned, wordBits, il),
                      values);
          if (il.empty())
            continue;
          // Interleaving equals packing the gathered values.
          std::vector<int64_t> indices;
          for (int64_t p = 0; p < 64; ++p)
            indices.push_back(p / int64_t(il.size()) * int64_t(il.size()) +
                              il[p % il.size()]);
          EXPECT_EQ(words, pack(permute(values, indices, 2), bits, isSigned,
                                wordBits));
        }
      }
    }
  }
}

TEST(ReferencePacking, InvalidInputsThrow) {
  Tensor v({8}, {1, 2, 3, 4, 5, 6, 7, 8});
  EXPECT_NO_THROW(pack(v, 4, false, 32));
  EXPECT_THROW(pack(v, 0, false, 32), std::invalid_argument);
  EXPECT_THROW(pack(v, 9, false, 8), std::invalid_argument);
  EXPECT_THROW(pack(v, 4, false, 12), std::invalid_argument);
  // Rows that do not fill their last word are zero-padded.
  EXPECT_EQ(pack(v, 4, false, 64), (std::vector<uint64_t>{0x87654321}));
  Tensor seven({7}, {1, 2, 3, 4, 5, 6, 7});
  EXPECT_EQ(pack(seven, 3, false, 16), (std::vector<uint64_t>{0x58D1, 0x1F}));
  expectExact(unpack({0x58D1, 0x1F}, {7}, 3, false, 16), seven);
  EXPECT_THROW(pack(v, 2, false, 16), std::invalid_argument); // 7 > 3.
  EXPECT_THROW(pack(v, 4, true, 32), std::invalid_argument);  // 8 > 7.
  EXPECT_THROW(pack(Tensor({8}, {0, 0, 0, 0.5, 0, 0, 0, 0}), 4, false, 32),
               std::invalid_argument);
  EXPECT_THROW(pack(v, 4, false, 32, {0, 0, 1, 2}), std::invalid_argument);
  EXPECT_THROW(pack(v, 4, false, 32, {0, 1, 3}), std::invalid_argument);
  EXPECT_THROW(pack(v, 4, false, 32, {0, 1, 2}), std::invalid_argument);
  EXPECT_THROW(pack(Tensor(), 8, false, 8), std::invalid_argument);
  EXPECT_THROW(unpack({1, 2}, {8}, 4, false, 32), std::invalid_argument);
  EXPECT_THROW(unpack({0x1ff}, {2}, 4, false, 8), std::invalid_argument);
  EXPECT_THROW(unpack({0}, {}, 8, false, 8), std::invalid_argument);
  EXPECT_THROW(unpack({0}, {-8}, 1, false, 8), std::invalid_argument);
}

TEST(ReferencePermute, HandComputed) {
  Tensor x({2, 3}, {1, 2, 3, 4, 5, 6});
  expectExact(permute(x, {2, 0, 1}, 1), Tensor({2, 3}, {3, 1, 2, 6, 4, 5}));
  expectExact(permute(x, {1, 1}, 0), Tensor({2, 3}, {4, 5, 6, 4, 5, 6}));
  expectExact(permute(x, {2}, 1), Tensor({2, 1}, {3, 6}));
  Tensor y = Tensor::random({2, 3, 4}, 5);
  Tensor p = permute(y, {1, 2, 0}, 1);
  EXPECT_EQ(p.at({1, 0, 3}), y.at({1, 1, 3}));
  EXPECT_EQ(p.at({0, 2, 2}), y.at({0, 0, 2}));
  EXPECT_THROW(permute(x, {0, 3}, 1), std::invalid_argument);
  EXPECT_THROW(permute(x, {-1}, 1), std::invalid_argument);
  EXPECT_THROW(permute(x, {0}, 2), std::invalid_argument);
  EXPECT_THROW(permute(x, {0}, -1), std::invalid_argument);
}

//===----------------------------------------------------------------------===//
// Draft mask
//===----------------------------------------------------------------------===//

/// The number of causally valid key blocks of query block `bi`.
static int64_t validBlocks(int64_t bi, int64_t sq, int64_t skv, int64_t bq,
                           int64_t bk, bool causal) {
  const int64_t numJ = (skv + bk - 1) / bk;
  if (!causal)
    return numJ;
  int64_t n = 0;
  for (int64_t bj = 0; bj < numJ; ++bj)
    n += bj * bk <= std::min((bi + 1) * bq, sq) - 1 + (skv - sq);
  return n;
}

TEST(ReferenceDraftMask, HandComputed) {
  // Qp = [1, 1], Kp = [0, 2].
  Tensor q = Tensor::full({1, 1, 4, 1}, 1.0);
  Tensor k({1, 1, 4, 1}, {0, 0, 2, 2});
  expectExact(draftMask(q, k, 2, 2, 0.5, false),
              Tensor({1, 1, 2, 2}, {0, 1, 0, 1}));
  // Causal: key block 1 is in the future of query block 0.
  expectExact(draftMask(q, k, 2, 2, 0.5, true),
              Tensor({1, 1, 2, 2}, {1, 0, 0, 1}));
  expectExact(draftMask(q, k, 2, 2, 1.0, true),
              Tensor({1, 1, 2, 2}, {1, 0, 1, 1}));
  // Partial key block: Kp = [mean(2, 2), mean(3)] = [2, 3], so block 1 wins
  // (it would lose if the partial block were divided by bk).
  Tensor k3({1, 1, 3, 1}, {2, 2, 3});
  expectExact(draftMask(Tensor::full({1, 1, 2, 1}, 1.0), k3, 2, 2, 0.5, false),
              Tensor({1, 1, 1, 2}, {0, 1}));
  // Negative query prefers the smaller key.
  expectExact(draftMask(Tensor::full({1, 1, 2, 1}, -1.0), k3, 2, 2, 0.5, false),
              Tensor({1, 1, 1, 2}, {1, 0}));
  // Ties go to the lower block index.
  expectExact(draftMask(Tensor({1, 1, 1, 2}), Tensor::random({1, 1, 8, 2}, 3),
                        1, 2, 0.5, false),
              Tensor({1, 1, 1, 4}, {1, 1, 0, 0}));
  // keep_ratio 0 still keeps one block.
  expectExact(draftMask(q, k, 2, 2, 0.0, false),
              Tensor({1, 1, 2, 2}, {0, 1, 0, 1}));
}

TEST(ReferenceDraftMask, KeepCountsAndCausality) {
  struct Case {
    int64_t sq, skv, bq, bk;
  };
  for (Case c : std::vector<Case>{
           {16, 16, 4, 4}, {13, 17, 4, 3}, {17, 9, 4, 2}, {5, 23, 2, 5}}) {
    Tensor q = Tensor::random({2, 4, c.sq, 8}, c.sq);
    Tensor k = Tensor::random({2, 2, c.skv, 8}, c.skv);
    const int64_t numI = (c.sq + c.bq - 1) / c.bq;
    const int64_t numJ = (c.skv + c.bk - 1) / c.bk;
    for (bool causal : {false, true}) {
      for (double ratio : {0.0, 0.1, 0.3, 0.5, 0.75, 1.0}) {
        Tensor m = draftMask(q, k, c.bq, c.bk, ratio, causal);
        ASSERT_EQ(m.shape, (std::vector<int64_t>{2, 4, numI, numJ}));
        for (int64_t b = 0; b < 2; ++b)
          for (int64_t h = 0; h < 4; ++h)
            for (int64_t bi = 0; bi < numI; ++bi) {
              const int64_t valid =
                  validBlocks(bi, c.sq, c.skv, c.bq, c.bk, causal);
              int64_t kept = 0;
              for (int64_t bj = 0; bj < numJ; ++bj) {
                double v = m.at({b, h, bi, bj});
                EXPECT_TRUE(v == 0.0 || v == 1.0);
                kept += v != 0.0;
                if (bj >= valid) { // Valid blocks are a prefix.
                  EXPECT_EQ(v, 0.0) << "future block kept";
                } else if (ratio == 1.0) {
                  EXPECT_EQ(v, 1.0);
                }
              }
              int64_t want =
                  valid == 0
                      ? 0
                      : std::max<int64_t>(
                            1, static_cast<int64_t>(std::ceil(ratio * valid)));
              EXPECT_EQ(kept, want);
            }
      }
    }
    // Grouped heads equal repeated key heads.
    expectExact(draftMask(q, k, c.bq, c.bk, 0.5, true),
                draftMask(q, repeatHeads(k, 2), c.bq, c.bk, 0.5, true));
  }
}

TEST(ReferenceDraftMask, ScaleChangesNothingButIsValidated) {
  Tensor q = Tensor::random({1, 2, 8, 4}, 1);
  Tensor k = Tensor::random({1, 2, 8, 4}, 2);
  // A positive scale preserves the ordering of the probabilities.
  expectExact(draftMask(q, k, 2, 2, 0.5, false, 3.0),
              draftMask(q, k, 2, 2, 0.5, false));
  EXPECT_THROW(draftMask(q, k, 2, 2, 0.5, false, kInf), std::invalid_argument);
}

TEST(ReferenceDraftMask, InvalidInputsThrow) {
  Tensor q = Tensor::random({1, 4, 8, 4}, 1);
  Tensor k = Tensor::random({1, 2, 8, 4}, 2);
  EXPECT_NO_THROW(draftMask(q, k, 2, 2, 0.5, true));
  EXPECT_THROW(draftMask(q, k, 0, 2, 0.5, true), std::invalid_argument);
  EXPECT_THROW(draftMask(q, k, 2, -1, 0.5, true), std::invalid_argument);
  EXPECT_THROW(draftMask(q, k, 2, 2, -0.1, true), std::invalid_argument);
  EXPECT_THROW(draftMask(q, k, 2, 2, 1.5, true), std::invalid_argument);
  EXPECT_THROW(draftMask(q, k, 2, 2, std::nan(""), true),
               std::invalid_argument);
  EXPECT_THROW(draftMask(q, Tensor({1, 3, 8, 4}), 2, 2, 0.5, true),
               std::invalid_argument);
  EXPECT_THROW(draftMask(q, Tensor({1, 2, 8, 5}), 2, 2, 0.5, true),
               std::invalid_argument);
  EXPECT_THROW(draftMask(q, Tensor({2, 8, 4}), 2, 2, 0.5, true),
               std::invalid_argument);
  Tensor nanQ = q;
  nanQ.data[0] = std::nan("");
  EXPECT_THROW(draftMask(nanQ, k, 2, 2, 0.5, true), std::invalid_argument);
}
