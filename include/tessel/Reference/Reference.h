//===- Reference.h - Float64 reference implementations ----------*- C++ -*-===//
//
// Part of the Tessel project.
//
//===----------------------------------------------------------------------===//
///
/// \file
/// Plain C++ float64 reference implementations of the Tessel ops, following
/// docs/Semantics.md. This library has no dependency on MLIR or LLVM; it is
/// the ground truth used by unit tests and by `tessel-run --check`.
///
/// Every function validates its inputs and throws std::invalid_argument with
/// a message naming the problem; none of them asserts or crashes on bad input.
///
//===----------------------------------------------------------------------===//

#ifndef TESSEL_REFERENCE_REFERENCE_H
#define TESSEL_REFERENCE_REFERENCE_H

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <vector>

namespace mlir::tessel::reference {

//===----------------------------------------------------------------------===//
// Tensor
//===----------------------------------------------------------------------===//

/// A dense row-major float64 tensor. The invariant `data.size() ==
/// product(shape)` is checked by every function that consumes a Tensor (the
/// members are public, so it cannot be enforced by construction alone).
/// Integer-valued tensors (quantized values, zero points, indices, masks) store
/// their values as doubles.
struct Tensor {
  std::vector<int64_t> shape;
  std::vector<double> data;

  /// A rank-0 tensor holding 0.
  Tensor();
  /// A zero-filled tensor of the given shape (dimensions must be >= 0).
  explicit Tensor(std::vector<int64_t> shape);
  /// A tensor of the given shape with the given row-major data.
  Tensor(std::vector<int64_t> shape, std::vector<double> data);

  /// A tensor of the given shape with every element equal to `value`.
  static Tensor full(std::vector<int64_t> shape, double value);

  /// A tensor with elements drawn uniformly from [lo, hi) by a deterministic
  /// generator (std::mt19937_64 seeded with `seed`, 53 random bits per
  /// element), so the values are identical across platforms and compilers.
  static Tensor random(std::vector<int64_t> shape, uint64_t seed,
                       double lo = -1.0, double hi = 1.0);

  /// Same as random(), rounded down to integers in [lo, hi] (inclusive).
  static Tensor randomInts(std::vector<int64_t> shape, uint64_t seed,
                           int64_t lo, int64_t hi);

  int64_t rank() const { return static_cast<int64_t>(shape.size()); }
  /// The product of the dimensions (1 for rank 0).
  int64_t numElements() const;
  /// The size of dimension `dim`; negative values count from the back.
  int64_t dim(int64_t dim) const;
  /// Row-major strides, in elements.
  std::vector<int64_t> strides() const;

  /// The linear offset of a multi-index (bounds checked).
  int64_t offset(const std::vector<int64_t> &indices) const;
  int64_t offset(std::initializer_list<int64_t> indices) const {
    return offset(std::vector<int64_t>(indices));
  }

  /// Bounds-checked element access.
  double &at(std::initializer_list<int64_t> indices) {
    return data[offset(indices)];
  }
  double at(std::initializer_list<int64_t> indices) const {
    return data[offset(indices)];
  }
  double &at(const std::vector<int64_t> &indices) {
    return data[offset(indices)];
  }
  double at(const std::vector<int64_t> &indices) const {
    return data[offset(indices)];
  }

  /// Throws std::invalid_argument (mentioning `name`) if the shape has a
  /// negative dimension or `data.size()` does not match the shape.
  void verify(const std::string &name = "tensor") const;
};

/// Renders a shape as "[2, 3, 4]" (used in error messages).
std::string shapeToString(const std::vector<int64_t> &shape);

/// max |got - want| / max(max |want|, DBL_MIN). Elements where both sides are
/// NaN, or both are the same infinity, count as equal; any other NaN or
/// infinite difference makes the result +inf. Shapes must match.
double maxRelativeError(const Tensor &got, const Tensor &want);

/// max |got - want|, with the same NaN/infinity handling as
/// maxRelativeError(). Shapes must match.
double maxAbsError(const Tensor &got, const Tensor &want);

//===----------------------------------------------------------------------===//
// tessel.attention
//===----------------------------------------------------------------------===//

/// Optional parts of tessel.attention. Masks have shape
/// `[B|1, Hq|1, Sq, Skv]`; the block mask has shape
/// `[B|1, Hq|1, ceildiv(Sq, blockQ), ceildiv(Skv, blockK)]`.
struct AttentionOptions {
  /// Score scale; defaults to 1/sqrt(D).
  std::optional<double> scale;
  /// Logit soft-capping: each scaled score s becomes
  /// `softcap * tanh(s / softcap)` before the masks (must be > 0).
  std::optional<double> softcap;
  /// Apply the bottom-right aligned causal mask: key `j` is masked for query
  /// row `i` when `j > i + offset`.
  bool causal = false;
  /// Position of query row 0 in the key sequence; defaults to Skv - Sq. Only
  /// valid together with `causal`.
  std::optional<int64_t> causalOffset;
  /// Sliding window (with `causal`): key `j` is also masked for query row
  /// `i` when `j <= i + offset - window` (must be >= 1).
  std::optional<int64_t> window;
  /// Added to the scores (may contain -inf).
  const Tensor *additiveMask = nullptr;
  /// Nonzero = keep, zero = mask out.
  const Tensor *booleanMask = nullptr;
  /// Nonzero = compute the (blockQ x blockK) block, zero = mask it out.
  const Tensor *blockMask = nullptr;
  /// Block sizes of `blockMask` (must be >= 1 when it is given).
  int64_t blockQ = 0;
  int64_t blockK = 0;
};

/// Scaled dot-product attention. `q` is `[B, Hq, Sq, D]`, `k` is
/// `[B, Hkv, Skv, D]`, `v` is `[B, Hkv, Skv, Dv]` with `Hq % Hkv == 0`; query
/// head `h` reads key/value head `h / (Hq / Hkv)`. Returns `[B, Hq, Sq, Dv]`.
/// Rows whose scores are all -inf produce zeros.
Tensor attention(const Tensor &q, const Tensor &k, const Tensor &v,
                 const AttentionOptions &opts = {});

/// tessel.paged_attention: `q` `[B, Hq, Sq, D]` against the keys and values
/// of each sequence in pages, `keyPages` `[P, PS, Hkv, D]` and `valuePages`
/// `[P, PS, Hkv, Dv]`; `blockTable` `[B, M]` holds page indices and
/// `seqLens` `[B]` the tokens of each sequence (clamped to [0, M * PS]).
/// Token j of sequence b is row j % PS of page blockTable[b, j / PS]; query
/// i is token L - Sq + i and, with `causal`, sees tokens up to it. Tokens on
/// pages outside [0, P) are masked; rows that see no token are zeros.
Tensor pagedAttention(const Tensor &q, const Tensor &keyPages,
                      const Tensor &valuePages, const Tensor &blockTable,
                      const Tensor &seqLens, std::optional<double> scale,
                      bool causal);

//===----------------------------------------------------------------------===//
// tessel.softmax
//===----------------------------------------------------------------------===//

enum class SoftmaxAlgorithm {
  /// max, then sum of exponentials, then normalise.
  ThreePass,
  /// Dukhan & Ablavatski: the sum is accumulated as a (mantissa, exponent)
  /// pair without a maximum; a second pass writes the output.
  TwoPass,
  /// Milakov & Gimelshein: a running maximum rescales the running sum; a
  /// second pass writes the output.
  Online,
};

/// Softmax of `x` along `dim` (0 <= dim < rank), computed with `alg`.
/// Special rows (identical for every algorithm): a row containing NaN or +inf
/// gives all NaN; a row that is entirely -inf gives all zeros (like a fully
/// masked attention row).
Tensor softmax(const Tensor &x, int64_t dim,
               SoftmaxAlgorithm alg = SoftmaxAlgorithm::ThreePass);

//===----------------------------------------------------------------------===//
// tessel.quantize / tessel.dequantize / tessel.qmatmul
//===----------------------------------------------------------------------===//

/// A `bits`-bit integer type (1..8), signed or unsigned, quantized in groups
/// of `groupSize` consecutive elements of the last dimension.
struct QuantSpec {
  int bits = 8;
  bool isSigned = true;
  int64_t groupSize = 1;

  /// -2^(bits-1) (signed) or 0 (unsigned).
  int64_t qmin() const;
  /// 2^(bits-1) - 1 (signed) or 2^bits - 1 (unsigned).
  int64_t qmax() const;
};

/// The result of quantize(): integer values `q` (same shape as the input),
/// `scales` and optional `zeros` of shape `[..., K / groupSize]`.
struct Quantized {
  Tensor q;
  Tensor scales;
  std::optional<Tensor> zeros;
};

/// Rounds to the nearest integer, ties to even (independent of the current
/// floating-point rounding mode).
double roundHalfEven(double x);

/// Group-wise quantization along the last dimension. Without zero points
/// (symmetric) the spec must be signed with bits >= 2. The input must be
/// finite.
Quantized quantize(const Tensor &x, const QuantSpec &spec, bool withZeroPoints);

/// `(q - z) * s` group-wise along the last dimension. `q` and `zeros` must
/// hold integers in [qmin, qmax]; `scales` (and `zeros`) have shape
/// `[..., K / groupSize]`.
Tensor dequantize(const Tensor &q, const Tensor &scales, const Tensor *zeros,
                  const QuantSpec &spec);

enum class Activation { None, Relu, Gelu, Silu };

/// The activation applied to a single value (gelu uses the tanh
/// approximation).
double applyActivation(double x, Activation act);

/// `act(y + bias[n])`, with `bias` (optional, shape `[N]`) broadcast along
/// the last dimension of `y`.
Tensor applyEpilogue(const Tensor &y, const Tensor *bias, Activation act);

/// `x @ w^T`: `x` is `[M, K]` or `[Bt, M, K]`, `w` is `[N, K]`; returns
/// `[M, N]` or `[Bt, M, N]`.
Tensor matmulTransposedB(const Tensor &x, const Tensor &w);

/// `act(x @ dequantize(w)^T + bias)`. `x` is `[M, K]` or `[Bt, M, K]`, `w` is
/// `[N, K]` integers, `scales` (and `zeros`) `[N, K / groupSize]`, `bias`
/// `[N]`. Computed group by group (integer-valued partial sums scaled once
/// per group), like a fused kernel, not by materialising dequantize(w).
Tensor qmatmul(const Tensor &x, const Tensor &w, const Tensor &scales,
               const Tensor *zeros, const QuantSpec &spec,
               const Tensor *bias = nullptr, Activation act = Activation::None);

//===----------------------------------------------------------------------===//
// tessel.pack / tessel.unpack / tessel.permute
//===----------------------------------------------------------------------===//

/// Packs the `bits`-bit integers of `values` (last dimension K) into
/// `wordBits`-bit words (8, 16, 32 or 64), little-endian in bits: the value at
/// stored position `p` of a row occupies bits `[p*bits, (p+1)*bits)` of the
/// row's bit stream, and word `i` of the row holds stream bits
/// `[i*wordBits, (i+1)*wordBits)`. With an `interleave` permutation of
/// `0..L-1`, `stored[c*L + t] = logical[c*L + interleave[t]]`. Returns the
/// words of all rows in row-major order, `K*bits/wordBits` per row; requires
/// `K*bits % wordBits == 0` and `K % L == 0`.
std::vector<uint64_t> pack(const Tensor &values, int bits, bool isSigned,
                           int wordBits,
                           const std::vector<int64_t> &interleave = {});

/// The exact inverse of pack(): `shape` is the logical (unpacked) shape.
/// Signed values are sign-extended.
Tensor unpack(const std::vector<uint64_t> &words, std::vector<int64_t> shape,
              int bits, bool isSigned, int wordBits,
              const std::vector<int64_t> &interleave = {});

/// Gathers along `dim`: `out[..., i, ...] = x[..., indices[i], ...]`. The
/// result's `dim` has size `indices.size()`; indices need not form a
/// permutation but must be in range.
Tensor permute(const Tensor &x, const std::vector<int64_t> &indices,
               int64_t dim);

//===----------------------------------------------------------------------===//
// tessel.draft_mask
//===----------------------------------------------------------------------===//

/// DraftAttention's low-resolution block mask for `q` `[B, Hq, Sq, D]` and `k`
/// `[B, Hkv, Skv, D]`. Returns 0/1 values of shape
/// `[B, Hq, ceildiv(Sq, blockQ), ceildiv(Skv, blockK)]`; each query block keeps
/// the `max(1, ceil(keepRatio * valid))` key blocks with the largest pooled
/// softmax probability (ties: lower block index). `keepRatio` is in [0, 1];
/// `scale` defaults to 1/sqrt(D).
Tensor draftMask(const Tensor &q, const Tensor &k, int64_t blockQ,
                 int64_t blockK, double keepRatio, bool causal,
                 std::optional<double> scale = std::nullopt);

} // namespace mlir::tessel::reference

#endif // TESSEL_REFERENCE_REFERENCE_H
