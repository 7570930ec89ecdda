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

  /// Bytes per element in memory: integers of up to 8 bits take one byte each
  /// (the value in the low bits), wider ones 2, 4 or 8 bytes.
  unsigned storageBytes() const;

  bool operator==(const ElementType &other) const {
    return kind == other.kind && bits == other.bits && brain == other.brain;
  }
  bool operator!=(const ElementType &other) const { return !(*this == other); }
};

/// A statically shaped tensor type, e.g. `f32[2x3x4]`; rank 0 is `f32[]`.
struct TensorType {
  ElementType element;
  std::vector<int64_t> shape;

  int64_t numElements() const;
  int64_t bytes() const { return numElements() * element.storageBytes(); }

  bool operator==(const TensorType &other) const {
    return element == other.element && shape == other.shape;
  }
  bool operator!=(const TensorType &other) const { return !(*this == other); }
};

/// What a compiled function takes and returns, e.g.
/// `name(f32[2x3],i4[4x8])->(f32[2x8],i1[])`.
struct Signature {
  std::string name;
  std::vector<TensorType> inputs;
  std::vector<TensorType> results;
};

/// `f32`, `bf16`, `i4`, ...
std::string toString(const ElementType &type);
/// `[2x3x4]`; `[]` for rank 0.
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
/// Elements are addressed by their row-major index.
class Buffer {
public:
  /// `type` must have no negative dimension.
  explicit Buffer(TensorType type);

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
  /// Stores the low `bits` bits of `value` as element `index` (the unused
  /// high bits of a sub-byte integer's byte are cleared).
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

  TensorType tensorType;
  size_t size;
  std::unique_ptr<unsigned char[], AlignedDelete> storage;
};

} // namespace mlir::tessel::runtime

#endif // TESSEL_RUNTIME_TENSOR_H
