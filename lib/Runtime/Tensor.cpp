//===- Tensor.cpp - Element types, tensor types and buffers ---------------===//
//
// Part of the Tessel project.
//
//===----------------------------------------------------------------------===//

#include "tessel/Runtime/Tensor.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <thread>
#include <vector>

using namespace mlir::tessel::runtime;

//===----------------------------------------------------------------------===//
// Types
//===----------------------------------------------------------------------===//

unsigned ElementType::storageBytes() const {
  if (bits <= 8)
    return 1;
  if (bits <= 16)
    return 2;
  return bits <= 32 ? 4 : 8;
}

bool TensorType::isStatic() const {
  for (int64_t d : shape)
    if (isSymbol(d))
      return false;
  return true;
}

bool TensorType::sizeFits() const {
  int64_t count = 1, rows = 1;
  for (size_t d = 0; d < shape.size(); ++d) {
    if (shape[d] < 0 || __builtin_mul_overflow(count, shape[d], &count))
      return false;
    if (d + 1 < shape.size() && __builtin_mul_overflow(rows, shape[d], &rows))
      return false;
  }
  int64_t bytes;
  if (!element.isPacked())
    return !__builtin_mul_overflow(count, int64_t(element.storageBytes()),
                                   &bytes);
  if (shape.empty())
    return true;
  int64_t rowBits;
  return !__builtin_mul_overflow(shape.back(), int64_t(element.bits),
                                 &rowBits) &&
         !__builtin_mul_overflow(rows, rowBits / 8 + 1, &bytes);
}

int64_t TensorType::numElements() const {
  int64_t n = 1;
  for (int64_t d : shape)
    n *= d;
  return n;
}

int64_t TensorType::rowBytes() const {
  if (shape.empty())
    return 1;
  return (shape.back() * element.bits + 7) / 8;
}

unsigned mlir::tessel::runtime::packedWordBits(const TensorType &declared) {
  if (declared.shape.empty() || TensorType::isSymbol(declared.shape.back()))
    return 8;
  return declared.shape.back() * declared.element.bits % 32 == 0 ? 32 : 8;
}

int64_t TensorType::bytes() const {
  if (!element.isPacked())
    return numElements() * element.storageBytes();
  if (shape.empty())
    return 1;
  int64_t rows = 1;
  for (size_t d = 0; d + 1 < shape.size(); ++d)
    rows *= shape[d];
  return rows * rowBytes();
}

std::string mlir::tessel::runtime::toString(const ElementType &type) {
  if (type.isInt())
    return "i" + std::to_string(type.bits);
  return (type.brain ? "bf" : "f") + std::to_string(type.bits);
}

std::string
mlir::tessel::runtime::shapeToString(const std::vector<int64_t> &shape) {
  std::string s = "[";
  for (size_t i = 0; i < shape.size(); ++i)
    s += (i ? "x" : "") +
         (TensorType::isSymbol(shape[i])
              ? "?" + std::to_string(TensorType::symbolOf(shape[i]))
              : std::to_string(shape[i]));
  return s + "]";
}

std::string mlir::tessel::runtime::toString(const TensorType &type) {
  return toString(type.element) + shapeToString(type.shape);
}

std::string mlir::tessel::runtime::toString(const Signature &signature) {
  auto list = [](const std::vector<TensorType> &types) {
    std::string s = "(";
    for (size_t i = 0; i < types.size(); ++i)
      s += (i ? "," : "") + toString(types[i]);
    return s + ")";
  };
  return signature.name + list(signature.inputs) + "->" +
         list(signature.results);
}

//===----------------------------------------------------------------------===//
// Parsing
//===----------------------------------------------------------------------===//

namespace {

/// Reads one of the text forms left to right. Each parse method returns false
/// after recording the first error, with its position, in `error`.
class Parser {
public:
  /// Symbols are numbered densely by the compiler; a bound keeps a malformed
  /// signature from sizing a huge table.
  static constexpr int64_t kMaxSymbols = 4096;

  Parser(const std::string &text, const char *what, std::string &error)
      : text(text), what(what), error(error) {}

  bool parseElementType(ElementType &out) {
    size_t start = pos;
    while (pos < text.size() && std::isalnum((unsigned char)text[pos]))
      ++pos;
    std::string word = text.substr(start, pos - start);
    if (word == "f16" || word == "bf16" || word == "f32" || word == "f64") {
      out = word == "f16"    ? ElementType::f16()
            : word == "bf16" ? ElementType::bf16()
            : word == "f32"  ? ElementType::f32()
                             : ElementType::f64();
      return true;
    }
    // `i` and a width of 1 to 64 without leading zeros.
    if (word.size() >= 2 && word.size() <= 3 && word[0] == 'i' &&
        word[1] != '0') {
      unsigned bits = 0;
      for (char c : word.substr(1))
        bits = std::isdigit((unsigned char)c) ? bits * 10 + (c - '0') : 65;
      if (bits <= 64) {
        out = ElementType::integer(bits);
        return true;
      }
    }
    pos = start;
    return fail("expected an element type (f16, bf16, f32, f64 or i1..i64)" +
                (word.empty() ? std::string() : ", found '" + word + "'"));
  }

  bool parseTensorType(TensorType &out) {
    if (!parseElementType(out.element) || !expect('['))
      return false;
    out.shape.clear();
    // Bytes still available to the remaining dimensions without overflowing.
    int64_t room = std::numeric_limits<int64_t>::max() /
                   static_cast<int64_t>(out.element.storageBytes());
    if (consume(']'))
      return true;
    do {
      int64_t dim;
      if (consume('?')) {
        // A symbol: its size is only known at run time.
        int64_t symbol;
        if (!parseDimension(symbol))
          return false;
        if (symbol >= kMaxSymbols)
          return fail("symbol ?" + std::to_string(symbol) + " is too large");
        out.shape.push_back(TensorType::symbolDim(symbol));
        continue;
      }
      if (!parseDimension(dim))
        return false;
      if (dim != 0 && dim > room)
        return fail("tensor is too large");
      room = dim == 0 ? room : room / dim;
      out.shape.push_back(dim);
    } while (consume('x'));
    return expect(']');
  }

  bool parseSignature(Signature &out) {
    size_t start = pos;
    auto isNameChar = [](char c) {
      return std::isalnum((unsigned char)c) || c == '_' || c == '$' || c == '.';
    };
    if (pos < text.size() &&
        (std::isalpha((unsigned char)text[pos]) || text[pos] == '_')) {
      while (pos < text.size() && isNameChar(text[pos]))
        ++pos;
    }
    if (pos == start)
      return fail("expected a function name");
    out.name = text.substr(start, pos - start);
    if (!parseTypeList(out.inputs) || !expect('-') || !expect('>') ||
        !parseTypeList(out.results))
      return false;
    // The runtime sizes results from the inputs.
    std::vector<bool> bound(out.numSymbols(), false);
    for (const TensorType &type : out.inputs)
      for (int64_t d : type.shape)
        if (TensorType::isSymbol(d))
          bound[TensorType::symbolOf(d)] = true;
    for (const TensorType &type : out.results)
      for (int64_t d : type.shape)
        if (TensorType::isSymbol(d) && !bound[TensorType::symbolOf(d)])
          return fail("result symbol ?" +
                      std::to_string(TensorType::symbolOf(d)) +
                      " is no input's");
    return true;
  }

  /// Fails unless the whole text was read.
  bool finish() {
    return pos == text.size() || fail("unexpected trailing text");
  }

private:
  bool consume(char c) {
    if (pos >= text.size() || text[pos] != c)
      return false;
    ++pos;
    return true;
  }

  bool expect(char c) {
    return consume(c) || fail(std::string("expected '") + c + "'");
  }

  bool fail(const std::string &message) {
    error = "malformed " + std::string(what) + " '" + text + "': " + message +
            " at offset " + std::to_string(pos);
    return false;
  }

  bool parseDimension(int64_t &out) {
    size_t start = pos;
    out = 0;
    while (pos < text.size() && std::isdigit((unsigned char)text[pos])) {
      int digit = text[pos] - '0';
      if (out > (std::numeric_limits<int64_t>::max() - digit) / 10) {
        pos = start;
        return fail("dimension is too large");
      }
      out = out * 10 + digit;
      ++pos;
    }
    return pos != start || fail("expected a dimension");
  }

  /// `(type, ...)`, possibly empty.
  bool parseTypeList(std::vector<TensorType> &out) {
    out.clear();
    if (!expect('('))
      return false;
    if (consume(')'))
      return true;
    do {
      out.emplace_back();
      if (!parseTensorType(out.back()))
        return false;
    } while (consume(','));
    return expect(')');
  }

  const std::string &text;
  const char *what;
  std::string &error;
  size_t pos = 0;
};

} // namespace

bool mlir::tessel::runtime::parseElementType(const std::string &text,
                                             ElementType &out,
                                             std::string &error) {
  Parser parser(text, "element type", error);
  return parser.parseElementType(out) && parser.finish();
}

bool mlir::tessel::runtime::parseTensorType(const std::string &text,
                                            TensorType &out,
                                            std::string &error) {
  Parser parser(text, "tensor type", error);
  return parser.parseTensorType(out) && parser.finish();
}

bool mlir::tessel::runtime::parseSignature(const std::string &text,
                                           Signature &out, std::string &error) {
  Parser parser(text, "signature", error);
  return parser.parseSignature(out) && parser.finish();
}

//===----------------------------------------------------------------------===//
// 16-bit floats
//===----------------------------------------------------------------------===//

static uint32_t floatBits(float value) {
  uint32_t bits;
  std::memcpy(&bits, &value, sizeof bits);
  return bits;
}

static float floatFromBits(uint32_t bits) {
  float value;
  std::memcpy(&value, &bits, sizeof value);
  return value;
}

float mlir::tessel::runtime::halfToFloat(uint16_t bits) {
  uint32_t sign = uint32_t(bits & 0x8000) << 16;
  uint32_t exponent = (bits >> 10) & 0x1F, mantissa = bits & 0x3FF;
  if (exponent == 0x1F)
    return floatFromBits(sign | 0x7F800000 | (mantissa << 13));
  if (exponent == 0) {
    // Zero or denormal: mantissa * 2^-24, exact in float.
    float magnitude = std::ldexp(static_cast<float>(mantissa), -24);
    return sign ? -magnitude : magnitude;
  }
  // Rebias the exponent from 15 to 127.
  return floatFromBits(sign | ((exponent + 112) << 23) | (mantissa << 13));
}

uint16_t mlir::tessel::runtime::floatToHalf(float value) {
  uint32_t bits = floatBits(value);
  uint16_t sign = (bits >> 16) & 0x8000;
  uint32_t magnitude = bits & 0x7FFFFFFF;
  if (magnitude > 0x7F800000) // NaN: keep the top payload bits, make it quiet.
    return sign | 0x7E00 | ((magnitude >> 13) & 0x3FF);
  if (magnitude >= 0x477FF000) // 65520 and above round to infinity.
    return sign | 0x7C00;
  if (magnitude >= 0x38800000) { // Normal in half (2^-14 and above).
    uint32_t rounded = magnitude + 0xFFF + ((magnitude >> 13) & 1);
    return sign | ((rounded - 0x38000000) >> 13);
  }
  if (magnitude < 0x33000000) // Below 2^-25: rounds to zero.
    return sign;
  // Denormal in half: round the value in units of 2^-24 to nearest even.
  uint32_t exponent = magnitude >> 23;
  uint32_t mantissa = (magnitude & 0x7FFFFF) | 0x800000;
  uint32_t shift = 126 - exponent;
  uint32_t result = mantissa >> shift;
  uint32_t rest = mantissa & ((1u << shift) - 1), halfway = 1u << (shift - 1);
  if (rest > halfway || (rest == halfway && (result & 1)))
    ++result;
  return sign | result;
}

float mlir::tessel::runtime::bf16ToFloat(uint16_t bits) {
  return floatFromBits(uint32_t(bits) << 16);
}

uint16_t mlir::tessel::runtime::floatToBF16(float value) {
  uint32_t bits = floatBits(value);
  if ((bits & 0x7FFFFFFF) > 0x7F800000) // NaN: truncation could give inf.
    return (bits >> 16) | 0x0040;
  // Round to nearest even; a carry into the exponent is the right result,
  // overflowing to infinity included.
  return (bits + 0x7FFF + ((bits >> 16) & 1)) >> 16;
}

/// Narrows to float rounding to odd, so that rounding the result again to f16
/// or bf16 gives the correctly rounded value of `value` (no double rounding).
static float toFloatRoundToOdd(double value) {
  float f = static_cast<float>(value);
  if (std::isnan(value) || static_cast<double>(f) == value)
    return f;
  if (std::fabs(static_cast<double>(f)) > std::fabs(value))
    f = std::nextafter(f, 0.0f);
  return floatFromBits(floatBits(f) | 1);
}

//===----------------------------------------------------------------------===//
// Buffer
//===----------------------------------------------------------------------===//

static constexpr size_t kAlignment = 64;

void Buffer::AlignedDelete::operator()(unsigned char *p) const { std::free(p); }

/// 64-byte aligned storage for `bytes` (at least one byte, so that data()
/// is never null), or null. posix_memalign, not operator new: LLVM's tools
/// install a new-handler that aborts even a nothrow new.
static unsigned char *allocateStorage(size_t bytes) {
  void *memory = nullptr;
  if (posix_memalign(&memory, kAlignment, std::max<size_t>(bytes, 1)) != 0)
    return nullptr;
  return static_cast<unsigned char *>(memory);
}

Buffer::Buffer(TensorType type)
    : tensorType(std::move(type)), size(tensorType.bytes()),
      storage(allocateStorage(size)) {
  if (!storage) {
    std::fprintf(stderr, "tessel runtime: cannot allocate %zu bytes for %s\n",
                 size, toString(tensorType).c_str());
    std::abort();
  }
  std::memset(storage.get(), 0, size);
}

Buffer::Buffer(TensorType type, unsigned char *memory)
    : tensorType(std::move(type)), size(tensorType.bytes()), storage(memory) {
  std::memset(storage.get(), 0, size);
}

std::optional<Buffer> Buffer::allocate(TensorType type, std::string &error) {
  size_t bytes = type.bytes();
  unsigned char *memory = allocateStorage(bytes);
  if (!memory) {
    error = "cannot allocate " + std::to_string(bytes) + " bytes for " +
            toString(type);
    return std::nullopt;
  }
  return Buffer(std::move(type), memory);
}

static uint64_t lowBitsMask(unsigned bits) {
  return bits >= 64 ? ~uint64_t(0) : (uint64_t(1) << bits) - 1;
}

/// Where packed element `index` of `type` lives: its first byte and the bit
/// offset in it (the element may continue into the next byte).
static std::pair<int64_t, unsigned> packedPosition(const TensorType &type,
                                                   int64_t index) {
  if (type.shape.empty())
    return {0, 0};
  int64_t length = type.shape.back();
  int64_t bit = (index % length) * type.element.bits;
  return {(index / length) * type.rowBytes() + bit / 8,
          static_cast<unsigned>(bit % 8)};
}

uint64_t Buffer::getBits(int64_t index) const {
  if (tensorType.element.isPacked()) {
    auto [byte, offset] = packedPosition(tensorType, index);
    uint64_t window = storage[byte];
    if (offset + tensorType.element.bits > 8)
      window |= uint64_t(storage[byte + 1]) << 8;
    return (window >> offset) & lowBitsMask(tensorType.element.bits);
  }
  const unsigned char *p =
      storage.get() + index * tensorType.element.storageBytes();
  uint64_t value = 0;
  switch (tensorType.element.storageBytes()) {
  case 1:
    value = *p;
    break;
  case 2: {
    uint16_t v;
    std::memcpy(&v, p, sizeof v);
    value = v;
    break;
  }
  case 4: {
    uint32_t v;
    std::memcpy(&v, p, sizeof v);
    value = v;
    break;
  }
  default:
    std::memcpy(&value, p, sizeof value);
    break;
  }
  return value & lowBitsMask(tensorType.element.bits);
}

void Buffer::setBits(int64_t index, uint64_t value) {
  if (tensorType.element.isPacked()) {
    auto [byte, offset] = packedPosition(tensorType, index);
    uint64_t mask = lowBitsMask(tensorType.element.bits) << offset;
    uint64_t placed = (value << offset) & mask;
    storage[byte] =
        static_cast<unsigned char>((storage[byte] & ~mask) | placed);
    if (offset + tensorType.element.bits > 8)
      storage[byte + 1] = static_cast<unsigned char>(
          (storage[byte + 1] & ~(mask >> 8)) | (placed >> 8));
    return;
  }
  unsigned char *p = storage.get() + index * tensorType.element.storageBytes();
  value &= lowBitsMask(tensorType.element.bits);
  switch (tensorType.element.storageBytes()) {
  case 1:
    *p = static_cast<unsigned char>(value);
    break;
  case 2: {
    uint16_t v = static_cast<uint16_t>(value);
    std::memcpy(p, &v, sizeof v);
    break;
  }
  case 4: {
    uint32_t v = static_cast<uint32_t>(value);
    std::memcpy(p, &v, sizeof v);
    break;
  }
  default:
    std::memcpy(p, &value, sizeof value);
    break;
  }
}

double Buffer::getDouble(int64_t index) const {
  const ElementType &e = tensorType.element;
  uint64_t bits = getBits(index);
  if (e.isInt())
    return static_cast<double>(bits);
  if (e.bits == 16)
    return e.brain ? bf16ToFloat(bits) : halfToFloat(bits);
  if (e.bits == 32)
    return floatFromBits(static_cast<uint32_t>(bits));
  double value;
  std::memcpy(&value, &bits, sizeof value);
  return value;
}

/// `value` rounded to an integer (ties away from zero) modulo 2^64; 0 for NaN
/// and infinities.
static uint64_t wrapToUInt64(double value) {
  if (!std::isfinite(value))
    return 0;
  // Exact: |r| < 2^64 and both operands are integers.
  double r = std::fmod(std::round(value), 0x1p64);
  if (r >= 0x1p63)
    return static_cast<uint64_t>(r);
  if (r < -0x1p63)
    return static_cast<uint64_t>(r + 0x1p64);
  return static_cast<uint64_t>(static_cast<int64_t>(r));
}

void Buffer::setDouble(int64_t index, double value) {
  const ElementType &e = tensorType.element;
  if (e.isInt()) {
    setBits(index, wrapToUInt64(value));
  } else if (e.bits == 16) {
    float f = toFloatRoundToOdd(value);
    setBits(index, e.brain ? floatToBF16(f) : floatToHalf(f));
  } else if (e.bits == 32) {
    setBits(index, floatBits(static_cast<float>(value)));
  } else {
    uint64_t bits;
    std::memcpy(&bits, &value, sizeof bits);
    setBits(index, bits);
  }
}

namespace {
/// splitmix64: tiny, fast, and fully specified, so random buffers are the
/// same on every platform and standard library.
class SplitMix64 {
public:
  explicit SplitMix64(uint64_t seed) : state(seed) {}
  /// The generator `draws` draws later: the state only counts.
  static SplitMix64 at(uint64_t seed, uint64_t draws) {
    return SplitMix64(seed + draws * kGamma);
  }
  uint64_t next() {
    uint64_t z = (state += kGamma);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }

private:
  static constexpr uint64_t kGamma = 0x9E3779B97F4A7C15ull;
  uint64_t state;
};

/// Calls body(begin, end) on consecutive ranges of [0, n) on all cores (the
/// random inputs of decode benchmarks hold billions of values).
template <typename Body> void forChunks(int64_t n, Body body) {
  constexpr int64_t kMinChunk = int64_t(1) << 20;
  int64_t threads = std::max<int64_t>(
      1, std::min<int64_t>(std::thread::hardware_concurrency(), n / kMinChunk));
  if (threads == 1) {
    body(int64_t(0), n);
    return;
  }
  std::vector<std::thread> workers;
  int64_t chunk = (n + threads - 1) / threads;
  for (int64_t begin = 0; begin < n; begin += chunk)
    workers.emplace_back(body, begin, std::min(n, begin + chunk));
  for (std::thread &worker : workers)
    worker.join();
}
} // namespace

void Buffer::fillRandom(uint64_t seed) {
  const ElementType &e = tensorType.element;
  // Element i takes draw i, whichever thread makes it: the same values as
  // one generator walking the buffer.
  if (e.isFloat()) {
    // k * 2^(1-p) - 1 for a p-bit k, where p is the significand precision:
    // uniform in [-1, 1) and exact in the element type.
    int precision = e.bits == 16 ? (e.brain ? 8 : 11) : e.bits == 32 ? 24 : 53;
    forChunks(numElements(), [&](int64_t begin, int64_t end) {
      SplitMix64 rng = SplitMix64::at(seed, begin);
      for (int64_t i = begin; i < end; ++i) {
        int64_t k = static_cast<int64_t>(rng.next() >> (64 - precision));
        setDouble(i, std::ldexp(static_cast<double>(k), 1 - precision) - 1.0);
      }
    });
    return;
  }
  unsigned randomBits = e.bits <= 8 ? e.bits : std::min(e.bits, 31u);
  auto fill = [&](int64_t begin, int64_t end) {
    SplitMix64 rng = SplitMix64::at(seed, begin);
    for (int64_t i = begin; i < end; ++i)
      setBits(i, rng.next() >> (64 - randomBits));
  };
  // Packed elements share bytes: one thread, so no byte has two writers.
  if (e.isPacked())
    fill(0, numElements());
  else
    forChunks(numElements(), fill);
}

void Buffer::fillRandomInts(uint64_t seed, int64_t lo, int64_t hi) {
  SplitMix64 rng(seed);
  uint64_t range = hi > lo ? uint64_t(hi) - uint64_t(lo) : 0;
  // Draws below `threshold` are rejected so that `r % range` is unbiased.
  uint64_t threshold = range ? (0 - range) % range : 0;
  const int64_t n = numElements();
  for (int64_t i = 0; i < n; ++i) {
    uint64_t offset = 0;
    if (range) {
      uint64_t r;
      do
        r = rng.next();
      while (r < threshold);
      offset = r % range;
    }
    int64_t value = static_cast<int64_t>(uint64_t(lo) + offset);
    if (tensorType.element.isInt())
      setBits(i, static_cast<uint64_t>(value));
    else
      setDouble(i, static_cast<double>(value));
  }
}

void Buffer::poison() {
  const ElementType &e = tensorType.element;
  if (e.isInt()) {
    std::memset(storage.get(), 0xA5, size);
    return;
  }
  uint64_t quietNaN = e.bits == 16   ? (e.brain ? 0x7FC0 : 0x7E00)
                      : e.bits == 32 ? 0x7FC00000
                                     : 0x7FF8000000000000ull;
  const int64_t n = numElements();
  for (int64_t i = 0; i < n; ++i)
    setBits(i, quietNaN);
}

std::vector<double> Buffer::toDoubles() const {
  std::vector<double> values(numElements());
  for (size_t i = 0; i < values.size(); ++i)
    values[i] = getDouble(i);
  return values;
}

std::vector<double> Buffer::toDoublesSigned() const {
  const ElementType &e = tensorType.element;
  if (e.isFloat())
    return toDoubles();
  std::vector<double> values(numElements());
  const unsigned unused = 64 - e.bits;
  for (size_t i = 0; i < values.size(); ++i)
    values[i] = static_cast<double>(
        static_cast<int64_t>(getBits(i) << unused) >> unused);
  return values;
}

bool Buffer::fromDoubles(const std::vector<double> &values) {
  if (static_cast<int64_t>(values.size()) != numElements())
    return false;
  for (size_t i = 0; i < values.size(); ++i)
    setDouble(i, values[i]);
  return true;
}
