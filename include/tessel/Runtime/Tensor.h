//===- Tensor.h - Element types, tensor types and buffers -------*- C++ -*-===//
//
// Part of the Tessel project.
//
//===----------------------------------------------------------------------===//
///
/// \file
/// The data model of Tessel's CPU runtime: the element and tensor types that a
/// compiled function takes and returns, their text form (the one that
/// tessel-export-entries writes into `_tessel_signature_<name>`), and Buffer,
/// the aligned storage passed to compiled code.
///
/// The runtime depends on neither MLIR nor LLVM and never throws: every
/// fallible function returns false (or null) and describes the problem in an
/// `error` string.
///
//===----------------------------------------------------------------------===//

#ifndef TESSEL_RUNTIME_TENSOR_H
#define TESSEL_RUNTIME_TENSOR_H

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace mlir::tessel::runtime {

//===----------------------------------------------------------------------===//
// Types
//===----------------------------------------------------------------------===//

enum class ElementKind { Float, Int };

/// f16, bf16, f32, f64, or a signless integer of 1 to 64 bits.
struct ElementType {
  ElementKind kind = ElementKind::Float;
  unsigned bits = 32;
  /// bf16 rather than f16 (only meaningful for 16-bit floats).
  bool brain = false;

  static ElementType f16() { return {ElementKind::Float, 16, false}; }
  static ElementType bf16() { return {ElementKind::Float, 16, true}; }
  static ElementType f32() { return {ElementKind::Float, 32, false}; }
  static ElementType f64() { return {ElementKind::Float, 64, false}; }
  static ElementType integer(unsigned bits) {
    return {ElementKind::Int, bits, false};
  }

  bool isFloat() const { return kind == ElementKind::Float; }
  bool isInt() const { return kind == ElementKind::Int; }
  /// Integers of 2 to 7 bits, which tensors store packed: each row (the last
  /// dimension) a dense little-endian bit stream, element k in bits
  /// [k*bits, (k+1)*bits), zero-padded to a whole byte (numpy's
  /// `packbits(..., bitorder="little")` layout; two int4 per byte, the first
  /// in the low nibble). A rank-0 tensor takes one byte.
  bool isPacked() const { return isInt() && bits >= 2 && bits <= 7; }

  /// Bytes per element in memory for unpacked types: i1 and i8 take one
  /// byte, wider types 2, 4 or 8 bytes (1 for packed types; use
  /// TensorType::bytes() for the size of a tensor).
  unsigned storageBytes() const;

  bool operator==(const ElementType &other) const {
    return kind == other.kind && bits == other.bits && brain == other.brain;
  }
  bool operator!=(const ElementType &other) const { return !(*this == other); }
};

/// A tensor type, e.g. `f32[2x3x4]`; rank 0 is `f32[]`. In a Signature a
/// dimension may be a symbol, `?0`, `?1`, ..., a size known only at run
/// time; equal symbols are equal sizes. A symbol is stored as `-1 - s`.
struct TensorType {
  ElementType element;
  std::vector<int64_t> shape;

  static bool isSymbol(int64_t dim) { return dim < 0; }
  static int64_t symbolOf(int64_t dim) { return -1 - dim; }
  static int64_t symbolDim(int64_t symbol) { return -1 - symbol; }
  /// Whether every dimension is a size (the type of a Buffer).
  bool isStatic() const;

  /// Whether a static type's element count and bytes fit int64 (and so
  /// numElements() and bytes() are defined). A signature's symbols, bound at
  /// run time, can make any type too large to count.
  bool sizeFits() const;
  /// The number of elements of a static type.
  int64_t numElements() const;
  /// Bytes of a static tensor in memory; packed types take
  /// `rows * rowBytes()`.
  int64_t bytes() const;
  /// Bytes of one packed row: ceil(lastDim * bits / 8); 1 for rank 0.
  int64_t rowBytes() const;

  bool operator==(const TensorType &other) const {
    return element == other.element && shape == other.shape;
  }
  bool operator!=(const TensorType &other) const { return !(*this == other); }
};

class Buffer;

/// What a compiled function takes and returns, e.g.
/// `name(f32[2x3],i4[4x8])->(f32[2x8],i1[])`, or with sizes given at call
/// time, `decode(bf16[?0x32x1x128],bf16[?0x8x?1x128])->(bf16[?0x32x1x128])`:
/// every symbol of a result is one of the inputs'.
struct Signature {
  std::string name;
  std::vector<TensorType> inputs;
  std::vector<TensorType> results;

  /// Whether no input or result has a symbol.
  bool isStatic() const;
  /// The number of distinct symbols (the largest plus one).
  int64_t numSymbols() const;

  /// The symbols' sizes in `inputs` (static types, one per input); false,
  /// with `error` naming the input and dimension, unless every input matches
  /// its type with each symbol one size throughout.
  bool bindSymbols(const std::vector<const TensorType *> &inputs,
                   std::vector<int64_t> &sizes, std::string &error) const;
  /// The static types of the inputs when symbol `?s` is `sizes[s]`; false,
  /// with `error`, unless there is a size (>= 0) for every symbol.
  bool inputTypesFor(const std::vector<int64_t> &sizes,
                     std::vector<TensorType> &out, std::string &error) const;
  /// The static types of the results for `inputs`, as bindSymbols() binds
  /// them.
  bool resultTypesFor(const std::vector<const TensorType *> &inputs,
                      std::vector<TensorType> &results,
                      std::string &error) const;
  bool resultTypesFor(const std::vector<Buffer> &inputs,
                      std::vector<TensorType> &results,
                      std::string &error) const;
  /// Buffers for the results of a call on `inputs`, poisoned (Buffer::
  /// poison) so that elements the call leaves unwritten show; false, with
  /// `error`, where the sizes do not bind or a buffer cannot be allocated.
  bool poisonedResultsFor(const std::vector<Buffer> &inputs,
                          std::vector<Buffer> &results,
                          std::string &error) const;
  /// Checks `inputs` and `results` (static types) against the signature,
  /// in number and type, with every symbol one size.
  bool check(const std::vector<const TensorType *> &inputs,
             const std::vector<const TensorType *> &results,
             std::string &error) const;

private:
  /// `types` with each symbol `?s` replaced by `sizes[s]`; false, with
  /// `error`, where a type becomes too large to count (sizeFits).
  bool resolveAll(const std::vector<TensorType> &types,
                  const std::vector<int64_t> &sizes,
                  std::vector<TensorType> &out, std::string &error) const;
};

/// The word width in which compiled code sees a packed tensor (rank >= 1)
/// whose signature type is `declared`: 32-bit words when the last dimension
/// is a size whose row fills whole 32-bit words, else bytes. Either way the
/// memory is the packed rows; tessel-pack-subbyte-boundary makes the same
/// choice for the function's argument types.
unsigned packedWordBits(const TensorType &declared);

/// `type` with each symbol `?s` replaced by `sizes[s]`.
TensorType resolveSymbols(const TensorType &type,
                          const std::vector<int64_t> &sizes);

/// `f32`, `bf16`, `i4`, ...
std::string toString(const ElementType &type);
/// `[2x?0x4]`; `[]` for rank 0.
std::string shapeToString(const std::vector<int64_t> &shape);
/// `f32[2x3x4]`.
std::string toString(const TensorType &type);
/// `name(f32[2x3],i4[4x8])->(f32[2x8],i1[])`.
std::string toString(const Signature &signature);

/// Parse the text forms above. On malformed input they return false and set
/// `error`; `out` is then unspecified.
bool parseElementType(const std::string &text, ElementType &out,
                      std::string &error);
bool parseTensorType(const std::string &text, TensorType &out,
                     std::string &error);
bool parseSignature(const std::string &text, Signature &out,
                    std::string &error);

//===----------------------------------------------------------------------===//
// 16-bit floats
//===----------------------------------------------------------------------===//

/// IEEE binary16 and bfloat16 encodings. Narrowing rounds to nearest even,
/// overflows to infinity, keeps denormals and returns a quiet NaN for a NaN.
float halfToFloat(uint16_t bits);
uint16_t floatToHalf(float value);
float bf16ToFloat(uint16_t bits);
uint16_t floatToBF16(float value);

//===----------------------------------------------------------------------===//
// Buffer
//===----------------------------------------------------------------------===//

/// Zero-initialized, 64-byte aligned, row-major storage for one tensor.
/// Elements are addressed by their row-major index; packed integer types
/// (ElementType::isPacked) store their rows as bit streams.
class Buffer {
public:
  /// `type` must have no negative dimension. Aborts where the storage
  /// cannot be allocated: sizes that come from a signature or a file go
  /// through allocate() instead.
  explicit Buffer(TensorType type);
  /// A zeroed buffer of `type`, or none with `error` where its storage
  /// cannot be allocated (a signature may promise any size).
  static std::optional<Buffer> allocate(TensorType type, std::string &error);

  const TensorType &type() const { return tensorType; }
  void *data() { return storage.get(); }
  const void *data() const { return storage.get(); }
  size_t bytes() const { return size; }
  int64_t numElements() const { return tensorType.numElements(); }

  /// Element `index` as a number: floats exactly, integers as their low
  /// `bits` bits, zero-extended (integers above 2^53 lose precision).
  double getDouble(int64_t index) const;
  /// Stores `value` converted to the element type: floats round to nearest
  /// even, integers round to nearest and wrap modulo 2^bits (NaN gives 0).
  void setDouble(int64_t index, double value);
  /// The raw bits of element `index`: for integers the low `bits` bits,
  /// zero-extended; for floats the storage encoding.
  uint64_t getBits(int64_t index) const;
  /// Stores the low `bits` bits of `value` as element `index` (the other
  /// bits of its storage are kept for packed types and cleared otherwise).
  void setBits(int64_t index, uint64_t value);

  /// Deterministic contents for testing, identical on every platform.
  /// Floats are uniform in [-1, 1) on a grid that the element type represents
  /// exactly; integers of up to 8 bits are uniform over [0, 2^bits); wider
  /// ones over [0, 2^min(bits, 31)).
  void fillRandom(uint64_t seed);
  /// Uniform integers in [lo, hi) (e.g. gather indices), stored in the element
  /// type; every element is `lo` when hi <= lo.
  void fillRandomInts(uint64_t seed, int64_t lo, int64_t hi);
  /// Marks the buffer as unwritten: quiet NaNs for floats, 0xA5 in every byte
  /// for integers.
  void poison();

  /// All elements as by getDouble().
  std::vector<double> toDoubles() const;
  /// Same, but integers are sign-extended from `bits`.
  std::vector<double> toDoublesSigned() const;
  /// Stores every element as by setDouble(); false (and no change) when
  /// `values` does not hold exactly numElements() values.
  bool fromDoubles(const std::vector<double> &values);

private:
  struct AlignedDelete {
    void operator()(unsigned char *p) const;
  };

  Buffer(TensorType type, unsigned char *storage);

  TensorType tensorType;
  size_t size;
  std::unique_ptr<unsigned char[], AlignedDelete> storage;
};

} // namespace mlir::tessel::runtime

#endif // TESSEL_RUNTIME_TENSOR_H
