//===- Npy.cpp - NumPy .npy files for runtime buffers ---------------------===//
//
// Part of the Tessel project.
//
// The format is specified at
// https://numpy.org/doc/stable/reference/generated/numpy.lib.format.html
//
//===----------------------------------------------------------------------===//

#include "tessel/Runtime/Npy.h"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <limits>
#include <memory>

using namespace mlir::tessel::runtime;

static const char kMagic[] = "\x93NUMPY";
static constexpr size_t kMagicSize = sizeof(kMagic) - 1;

namespace {

/// A numeric dtype: kind 'f' (float), 'i' (signed), 'u' (unsigned) or 'b'
/// (bool), and its size in bytes.
struct DType {
  char kind;
  unsigned size;
};

/// What the header dictionary says.
struct Header {
  std::string descr;
  bool fortranOrder = false;
  std::vector<int64_t> shape;
};

/// Parses the header, a Python dict literal such as
/// `{'descr': '<f4', 'fortran_order': False, 'shape': (2, 3), }`.
class HeaderParser {
public:
  explicit HeaderParser(const std::string &text) : text(text) {}

  /// On failure returns false and sets `problem`.
  bool parse(Header &out, std::string &problem) {
    bool seenDescr = false, seenOrder = false, seenShape = false;
    if (!expect('{', problem))
      return false;
    while (!consume('}')) {
      std::string key;
      if (!parseString(key, problem) || !expect(':', problem))
        return false;
      bool ok;
      if (key == "descr") {
        ok = parseString(out.descr, problem);
        seenDescr = true;
      } else if (key == "fortran_order") {
        ok = parseBool(out.fortranOrder, problem);
        seenOrder = true;
      } else if (key == "shape") {
        ok = parseShape(out.shape, problem);
        seenShape = true;
      } else {
        problem = "unexpected key '" + key + "'";
        return false;
      }
      if (!ok)
        return false;
      if (!consume(',')) {
        if (!expect('}', problem))
          return false;
        break;
      }
    }
    if (seenDescr && seenOrder && seenShape)
      return true;
    problem = "'descr', 'fortran_order' and 'shape' are required";
    return false;
  }

private:
  void skipSpace() {
    while (pos < text.size() && std::isspace((unsigned char)text[pos]))
      ++pos;
  }

  bool consume(char c) {
    skipSpace();
    if (pos >= text.size() || text[pos] != c)
      return false;
    ++pos;
    return true;
  }

  bool expect(char c, std::string &problem) {
    if (consume(c))
      return true;
    problem =
        std::string("expected '") + c + "' at offset " + std::to_string(pos);
    return false;
  }

  bool parseString(std::string &out, std::string &problem) {
    skipSpace();
    char quote = pos < text.size() ? text[pos] : 0;
    size_t end = quote == '\'' || quote == '"' ? text.find(quote, pos + 1)
                                               : std::string::npos;
    if (end == std::string::npos) {
      problem = "expected a string at offset " + std::to_string(pos);
      return false;
    }
    out = text.substr(pos + 1, end - pos - 1);
    pos = end + 1;
    return true;
  }

  bool parseBool(bool &out, std::string &problem) {
    skipSpace();
    for (bool value : {false, true}) {
      const char *word = value ? "True" : "False";
      if (text.compare(pos, std::strlen(word), word) == 0) {
        pos += std::strlen(word);
        out = value;
        return true;
      }
    }
    problem = "expected True or False at offset " + std::to_string(pos);
    return false;
  }

  /// A tuple of non-negative integers: `()`, `(5,)`, `(2, 3)`.
  bool parseShape(std::vector<int64_t> &out, std::string &problem) {
    out.clear();
    if (!expect('(', problem))
      return false;
    while (!consume(')')) {
      skipSpace();
      size_t start = pos;
      int64_t dim = 0;
      while (pos < text.size() && std::isdigit((unsigned char)text[pos])) {
        int digit = text[pos++] - '0';
        if (dim > (std::numeric_limits<int64_t>::max() - digit) / 10) {
          problem = "dimension too large at offset " + std::to_string(start);
          return false;
        }
        dim = dim * 10 + digit;
      }
      if (pos == start) {
        problem = "expected a dimension at offset " + std::to_string(pos);
        return false;
      }
      // Python 2 wrote long integers with an `L` suffix.
      if (pos < text.size() && text[pos] == 'L')
        ++pos;
      out.push_back(dim);
      if (!consume(','))
        return expect(')', problem);
    }
    return true;
  }

  const std::string &text;
  size_t pos = 0;
};

struct FileCloser {
  void operator()(std::FILE *file) const { std::fclose(file); }
};
using File = std::unique_ptr<std::FILE, FileCloser>;

} // namespace

/// Parses a descr such as `<f4`; on failure returns false and sets `problem`.
static bool parseDType(const std::string &descr, DType &out,
                       std::string &problem) {
  char order = descr.empty() ? 0 : descr[0];
  bool known = descr.size() == 3 &&
               std::string("<>|=").find(order) != std::string::npos &&
               std::isdigit((unsigned char)descr[2]);
  if (known) {
    out = {descr[1], static_cast<unsigned>(descr[2] - '0')};
    unsigned s = out.size;
    known = (out.kind == 'f' && (s == 2 || s == 4 || s == 8)) ||
            ((out.kind == 'i' || out.kind == 'u') &&
             (s == 1 || s == 2 || s == 4 || s == 8)) ||
            (out.kind == 'b' && s == 1);
  }
  if (!known) {
    problem = "unsupported dtype '" + descr + "'";
    return false;
  }
  if (order == '>' && out.size > 1) {
    problem = "big-endian dtype '" + descr + "' is not supported";
    return false;
  }
  return true;
}

/// The dtype that writeNpy uses for `type`.
static std::string dtypeFor(const ElementType &type) {
  if (type.isFloat()) {
    if (type.bits == 64)
      return "<f8";
    // bf16 has no NumPy dtype; f32 holds it exactly.
    return type.bits == 16 && !type.brain ? "<f2" : "<f4";
  }
  if (type.bits == 1)
    return "|b1";
  if (type.bits <= 8)
    return "|u1";
  std::string size = std::to_string(type.storageBytes());
  return (type.bits == 8 * type.storageBytes() ? "<i" : "<u") + size;
}

static uint64_t loadLittleEndian(const unsigned char *p, unsigned size) {
  uint64_t value = 0;
  for (unsigned i = 0; i < size; ++i)
    value |= uint64_t(p[i]) << (8 * i);
  return value;
}

static void storeLittleEndian(unsigned char *p, uint64_t value, unsigned size) {
  for (unsigned i = 0; i < size; ++i)
    p[i] = static_cast<unsigned char>(value >> (8 * i));
}

/// The value of `raw`, an element of float dtype `dtype`.
static double floatValue(uint64_t raw, DType dtype) {
  if (dtype.size == 2)
    return halfToFloat(static_cast<uint16_t>(raw));
  if (dtype.size == 4) {
    uint32_t bits = static_cast<uint32_t>(raw);
    float value;
    std::memcpy(&value, &bits, sizeof value);
    return value;
  }
  double value;
  std::memcpy(&value, &raw, sizeof value);
  return value;
}

/// Appends at most `count` bytes of `file` to `out`, growing it chunk by
/// chunk, so that a length a file claims but does not hold never sizes an
/// allocation. False on a read error.
static bool readUpTo(std::FILE *file, uint64_t count,
                     std::vector<unsigned char> &out) {
  constexpr uint64_t kChunk = 1 << 20;
  while (count > 0) {
    size_t want = static_cast<size_t>(std::min(count, kChunk));
    size_t start = out.size();
    out.resize(start + want);
    size_t got = std::fread(out.data() + start, 1, want, file);
    out.resize(start + got);
    if (got < want)
      return !std::ferror(file);
    count -= got;
  }
  return true;
}

/// The longest header read (numpy writes a few hundred bytes; format 2.0
/// allows 4 GiB).
static constexpr uint64_t kMaxHeaderBytes = 1 << 20;

bool mlir::tessel::runtime::readNpy(const std::string &path,
                                    const TensorType &expected, Buffer &out,
                                    std::string &error) {
  auto fail = [&](const std::string &message) {
    error = path + ": " + message;
    return false;
  };
  File file(std::fopen(path.c_str(), "rb"));
  if (!file)
    return fail(std::string("cannot open: ") + std::strerror(errno));
  // Every read is bounded by what the bytes before it promise.
  std::vector<unsigned char> bytes;
  auto read = [&](uint64_t count) {
    return readUpTo(file.get(), count, bytes);
  };
  if (!read(kMagicSize + 2))
    return fail(std::string("cannot read: ") + std::strerror(errno));
  if (bytes.size() < kMagicSize + 2 ||
      std::memcmp(bytes.data(), kMagic, kMagicSize) != 0)
    return fail("not a .npy file");
  unsigned major = bytes[kMagicSize], minor = bytes[kMagicSize + 1];
  if ((major != 1 && major != 2) || minor != 0)
    return fail("unsupported .npy format version " + std::to_string(major) +
                "." + std::to_string(minor));
  // Version 1.0 has a 2-byte header length, 2.0 a 4-byte one.
  unsigned lengthSize = major == 1 ? 2 : 4;
  size_t headerStart = kMagicSize + 2 + lengthSize;
  if (!read(lengthSize))
    return fail(std::string("cannot read: ") + std::strerror(errno));
  if (bytes.size() < headerStart)
    return fail("truncated header");
  size_t headerLength =
      loadLittleEndian(bytes.data() + kMagicSize + 2, lengthSize);
  if (headerLength > kMaxHeaderBytes)
    return fail("header of " + std::to_string(headerLength) +
                " bytes is too long");
  if (!read(headerLength))
    return fail(std::string("cannot read: ") + std::strerror(errno));
  if (bytes.size() - headerStart < headerLength)
    return fail("truncated header");

  std::string headerText(bytes.begin() + headerStart,
                         bytes.begin() + headerStart + headerLength);
  Header header;
  std::string problem;
  if (!HeaderParser(headerText).parse(header, problem))
    return fail("malformed header: " + problem);
  DType dtype;
  if (!parseDType(header.descr, dtype, problem))
    return fail(problem);
  if (header.fortranOrder)
    return fail("Fortran-order arrays are not supported");
  // A symbol of the expected shape takes the file's size.
  bool shapeMatches = header.shape.size() == expected.shape.size();
  for (size_t d = 0; shapeMatches && d < header.shape.size(); ++d)
    shapeMatches = TensorType::isSymbol(expected.shape[d]) ||
                   header.shape[d] == expected.shape[d];
  // A packed type also reads its packed rows as a uint8 array whose last
  // dimension is the row's bytes (a static size, so the two forms differ).
  bool packedRows = false;
  if (!shapeMatches && expected.element.isPacked() && !expected.shape.empty() &&
      expected.isStatic() && dtype.kind == 'u' && dtype.size == 1 &&
      header.shape.size() == expected.shape.size()) {
    std::vector<int64_t> packedShape = expected.shape;
    packedShape.back() = expected.rowBytes();
    packedRows = header.shape == packedShape;
  }
  if (!shapeMatches && !packedRows)
    return fail("expected shape " + shapeToString(expected.shape) +
                " but found " + shapeToString(header.shape));
  if (expected.element.isInt() && dtype.kind == 'f')
    return fail("cannot read float dtype '" + header.descr + "' into " +
                toString(expected));
  const TensorType type{expected.element,
                        packedRows ? expected.shape : header.shape};
  // Every extent counts, even beside a zero one: a row of 2^62 packed
  // elements has no byte count (the fuzzer's shape (0, 7047784151132332295)).
  if (!type.sizeFits())
    return fail("shape " + shapeToString(type.shape) + " is too large");

  // The data: exactly the bytes the shape needs, read before the buffer
  // they fill is allocated.
  // A zero extent anywhere makes no elements, however large the others
  // (the element size must not decide whether such a file reads back).
  uint64_t n = 1;
  bool empty = std::find(header.shape.begin(), header.shape.end(), 0) !=
               header.shape.end();
  for (int64_t d : header.shape) {
    if (d < 0 || (!empty && n > std::numeric_limits<uint64_t>::max() /
                                    dtype.size / static_cast<uint64_t>(d)))
      return fail("shape " + shapeToString(header.shape) + " is too large");
    n = empty ? 0 : n * static_cast<uint64_t>(d);
  }
  size_t dataStart = bytes.size();
  if (!read(n * dtype.size))
    return fail(std::string("cannot read: ") + std::strerror(errno));
  const unsigned char *data = bytes.data() + dataStart;
  size_t available = bytes.size() - dataStart;
  if (available / dtype.size < n)
    return fail("truncated data: " + std::to_string(n) + " elements need " +
                std::to_string(n * dtype.size) + " bytes, found " +
                std::to_string(available));

  if (out.type() != type)
    out = Buffer(type);
  if (packedRows) {
    // Byte for byte; padding bits of each row's last byte are cleared.
    std::memcpy(out.data(), data, static_cast<size_t>(n));
    int64_t length = type.shape.back();
    unsigned tail = static_cast<unsigned>(length * type.element.bits % 8);
    auto *rows = static_cast<unsigned char *>(out.data());
    if (tail != 0)
      for (int64_t end = type.rowBytes(); end <= int64_t(n);
           end += type.rowBytes())
        rows[end - 1] &= static_cast<unsigned char>((1u << tail) - 1);
    return true;
  }
  // Packed values share bytes with their neighbours and the padding.
  if (type.element.isPacked())
    std::memset(out.data(), 0, out.bytes());
  const unsigned bits = 8 * dtype.size;
  for (int64_t i = 0, e = static_cast<int64_t>(n); i < e; ++i) {
    uint64_t raw = loadLittleEndian(data + i * dtype.size, dtype.size);
    if (dtype.kind == 'b')
      raw = raw != 0;
    // Sign-extend signed integers so that they keep their value when the
    // element type is wider than the dtype.
    if (dtype.kind == 'i' && bits < 64 && (raw >> (bits - 1)) & 1)
      raw |= ~uint64_t(0) << bits;
    if (dtype.kind == 'f')
      out.setDouble(i, floatValue(raw, dtype));
    else if (type.element.isInt())
      out.setBits(i, raw);
    else if (dtype.kind == 'i')
      out.setDouble(i, static_cast<double>(static_cast<int64_t>(raw)));
    else
      out.setDouble(i, static_cast<double>(raw));
  }
  return true;
}

bool mlir::tessel::runtime::writeNpy(const std::string &path,
                                     const Buffer &buffer, std::string &error) {
  auto fail = [&](const std::string &message) {
    error = path + ": " + message;
    return false;
  };
  const TensorType &type = buffer.type();
  std::string dtype = dtypeFor(type.element);
  std::string shape = "(";
  for (int64_t d : type.shape)
    shape += std::to_string(d) + (type.shape.size() == 1 ? "," : ", ");
  if (type.shape.size() > 1)
    shape.resize(shape.size() - 2);
  shape += ")";
  std::string header = "{'descr': '" + dtype +
                       "', 'fortran_order': False, 'shape': " + shape + ", }";
  // Pad with spaces and end with a newline so that the data starts at a
  // multiple of 64 bytes, as NumPy does.
  size_t prefix = kMagicSize + 2 + 2;
  header.append(63 - (prefix + header.size()) % 64, ' ');
  header += '\n';
  if (header.size() > std::numeric_limits<uint16_t>::max())
    return fail("shape " + shapeToString(type.shape) +
                " is too long for a .npy header");

  std::vector<unsigned char> bytes(prefix);
  std::memcpy(bytes.data(), kMagic, kMagicSize);
  bytes[kMagicSize] = 1;
  bytes[kMagicSize + 1] = 0;
  storeLittleEndian(bytes.data() + kMagicSize + 2, header.size(), 2);
  bytes.insert(bytes.end(), header.begin(), header.end());

  const unsigned size = dtype[2] - '0';
  // bf16 is written as f32, whose upper half it is.
  const unsigned shift = type.element.isFloat() && type.element.brain ? 16 : 0;
  const int64_t n = buffer.numElements();
  size_t dataStart = bytes.size();
  bytes.resize(dataStart + n * size);
  for (int64_t i = 0; i < n; ++i)
    storeLittleEndian(bytes.data() + dataStart + i * size,
                      buffer.getBits(i) << shift, size);

  File file(std::fopen(path.c_str(), "wb"));
  if (!file)
    return fail(std::string("cannot open for writing: ") +
                std::strerror(errno));
  bool written =
      std::fwrite(bytes.data(), 1, bytes.size(), file.get()) == bytes.size();
  // fclose flushes, so its failure is a write error too.
  if (std::fclose(file.release()) != 0 || !written)
    return fail(std::string("cannot write: ") + std::strerror(errno));
  return true;
}
