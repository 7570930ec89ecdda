//===- RuntimeTest.cpp - Tests for the MLIR-free CPU runtime --------------===//
//
// Part of the Tessel project.
//
//===----------------------------------------------------------------------===//
//
// Type text forms, 16-bit float conversions, buffers, .npy files, and calls
// through the C interface convention on hand-written functions.
//
//===----------------------------------------------------------------------===//

#include "tessel/Runtime/Bundle.h"
#include "tessel/Runtime/Check.h"
#include "tessel/Runtime/Module.h"
#include "tessel/Runtime/Npy.h"
#include "tessel/Runtime/Sha256.h"
#include "tessel/Runtime/Tensor.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <limits>
#include <set>

using namespace mlir::tessel::runtime;

namespace {

TensorType tensorType(const std::string &text) {
  TensorType type;
  std::string error;
  EXPECT_TRUE(parseTensorType(text, type, error)) << error;
  return type;
}

std::string tempPath(const std::string &name) {
  return ::testing::TempDir() + "tessel_runtime_" + name;
}

std::string readFile(const std::string &path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

/// Writes a .npy file by hand, to test inputs that writeNpy never produces.
void writeRawNpy(const std::string &path, const std::string &header,
                 const std::string &data, unsigned major = 1) {
  std::string bytes = "\x93NUMPY";
  bytes += static_cast<char>(major);
  bytes += '\0';
  for (unsigned i = 0; i < (major == 1 ? 2u : 4u); ++i)
    bytes += static_cast<char>((header.size() >> (8 * i)) & 0xFF);
  bytes += header + data;
  std::ofstream(path, std::ios::binary) << bytes;
}

std::string npyHeader(const std::string &descr, const std::string &shape,
                      const char *fortranOrder = "False") {
  return "{'descr': '" + descr + "', 'fortran_order': " + fortranOrder +
         ", 'shape': " + shape + ", }\n";
}

template <typename T> std::string rawBytes(std::initializer_list<T> values) {
  std::string bytes;
  for (T v : values)
    bytes.append(reinterpret_cast<const char *>(&v), sizeof v);
  return bytes;
}

//===----------------------------------------------------------------------===//
// Types
//===----------------------------------------------------------------------===//

TEST(RuntimeTypes, SignatureRoundTrip) {
  for (const char *text :
       {"f(f32[2x3],i4[4x8])->(f32[2x8],i1[])", "g()->()",
        "h_1.x$(bf16[],f16[1],f64[0x5],i64[7],i17[3x3x3])->(i2[4])",
        "d(f32[?0x128],bf16[2x?1x?0])->(f32[?1x?0],i8[3])"}) {
    Signature sig;
    std::string error;
    ASSERT_TRUE(parseSignature(text, sig, error)) << text << ": " << error;
    EXPECT_EQ(toString(sig), text);
  }
  Signature sig;
  std::string error;
  ASSERT_TRUE(parseSignature("f(f32[2x3],i4[4x8])->(bf16[])", sig, error));
  EXPECT_EQ(sig.name, "f");
  ASSERT_EQ(sig.inputs.size(), 2u);
  EXPECT_EQ(sig.inputs[1].element, ElementType::integer(4));
  EXPECT_EQ(sig.inputs[1].shape, (std::vector<int64_t>{4, 8}));
  ASSERT_EQ(sig.results.size(), 1u);
  EXPECT_EQ(sig.results[0].element, ElementType::bf16());
  EXPECT_TRUE(sig.results[0].shape.empty());
}

TEST(RuntimeTypes, MalformedSignaturesAreRejected) {
  for (const char *text : {"",
                           "f",
                           "f(",
                           "f()",
                           "f()->",
                           "f()->(",
                           "(f32[1])->()",
                           "1f()->()",
                           "f(f32)->()",
                           "f(f32[2x])->()",
                           "f(f32[x2])->()",
                           "f(f33[2])->()",
                           "f(i0[2])->()",
                           "f(i65[2])->()",
                           "f(i08[1])->()",
                           "f(f32[-1])->()",
                           "f(f32[2,3])->()",
                           "f(f32[2]]->()",
                           "f(f32[2],)->()",
                           "f()->() ",
                           "f ()->()",
                           "f(f32[99999999999999999999])->()",
                           "f(f64[4611686018427387904x4])->()",
                           "f(f32[?])->()",
                           "f(f32[?x2])->()",
                           "f(f32[??0])->()",
                           "f(f32[?4096])->()",
                           "f(f32[?0])->(f32[?1])"}) {
    Signature sig;
    std::string error;
    EXPECT_FALSE(parseSignature(text, sig, error)) << "'" << text << "'";
    EXPECT_NE(error.find("malformed signature"), std::string::npos) << error;
  }
}

TEST(RuntimeTypes, ElementTypes) {
  std::string error;
  for (unsigned bits = 1; bits <= 64; ++bits) {
    ElementType type;
    std::string text = "i" + std::to_string(bits);
    ASSERT_TRUE(parseElementType(text, type, error)) << error;
    EXPECT_EQ(type, ElementType::integer(bits));
    EXPECT_EQ(toString(type), text);
    EXPECT_EQ(type.storageBytes(), bits <= 8    ? 1u
                                   : bits <= 16 ? 2u
                                   : bits <= 32 ? 4u
                                                : 8u);
  }
  EXPECT_EQ(ElementType::f16().storageBytes(), 2u);
  EXPECT_EQ(ElementType::bf16().storageBytes(), 2u);
  EXPECT_NE(ElementType::f16(), ElementType::bf16());
  EXPECT_EQ(toString(ElementType::bf16()), "bf16");
  EXPECT_EQ(ElementType::f64().storageBytes(), 8u);
  ElementType type;
  EXPECT_FALSE(parseElementType("f8", type, error));
  EXPECT_FALSE(parseElementType("i4[2]", type, error));
}

TEST(RuntimeTypes, TensorTypes) {
  TensorType t = tensorType("i4[2x3x4]");
  EXPECT_EQ(t.numElements(), 24);
  EXPECT_EQ(t.bytes(), 12); // packed, two a byte
  EXPECT_EQ(toString(t), "i4[2x3x4]");
  TensorType scalar = tensorType("f64[]");
  EXPECT_EQ(scalar.numElements(), 1);
  EXPECT_EQ(scalar.bytes(), 8);
  EXPECT_EQ(tensorType("bf16[0x7]").bytes(), 0);
  std::string error;
  EXPECT_FALSE(parseTensorType("f32[2]x", t, error));
  EXPECT_NE(error.find("malformed tensor type"), std::string::npos);
}

//===----------------------------------------------------------------------===//
// 16-bit floats
//===----------------------------------------------------------------------===//

TEST(RuntimeFloat16, HalfEdgeCases) {
  EXPECT_EQ(floatToHalf(1.0f), 0x3C00);
  EXPECT_EQ(halfToFloat(0x3C00), 1.0f);
  EXPECT_EQ(floatToHalf(-2.0f), 0xC000);
  EXPECT_EQ(floatToHalf(-0.0f), 0x8000);
  EXPECT_EQ(floatToHalf(65504.0f), 0x7BFF);
  EXPECT_EQ(halfToFloat(0x7BFF), 65504.0f);
  EXPECT_EQ(floatToHalf(65519.0f), 0x7BFF);
  EXPECT_EQ(floatToHalf(65520.0f), 0x7C00); // Ties to even: infinity.
  EXPECT_EQ(floatToHalf(1e10f), 0x7C00);
  EXPECT_EQ(floatToHalf(INFINITY), 0x7C00);
  EXPECT_EQ(floatToHalf(-INFINITY), 0xFC00);
  EXPECT_EQ(halfToFloat(0xFC00), -INFINITY);
  // Denormals: the smallest is 2^-24.
  EXPECT_EQ(floatToHalf(std::ldexp(1.0f, -24)), 0x0001);
  EXPECT_EQ(halfToFloat(0x0001), std::ldexp(1.0f, -24));
  EXPECT_EQ(halfToFloat(0x03FF), std::ldexp(1023.0f, -24));
  EXPECT_EQ(floatToHalf(std::ldexp(1.0f, -14)), 0x0400); // Smallest normal.
  EXPECT_EQ(floatToHalf(std::ldexp(1.0f, -25)), 0x0000); // Tie to even.
  EXPECT_EQ(floatToHalf(std::ldexp(3.0f, -25)), 0x0002); // Tie to even.
  EXPECT_EQ(floatToHalf(std::ldexp(1.5f, -25)), 0x0001);
  EXPECT_EQ(floatToHalf(std::ldexp(1.0f, -26)), 0x0000);
  EXPECT_EQ(floatToHalf(std::ldexp(2047.0f, -25)), 0x0400); // Rounds up.
  // Ties between normals go to the even mantissa.
  EXPECT_EQ(floatToHalf(1.0f + std::ldexp(1.0f, -11)), 0x3C00);
  EXPECT_EQ(floatToHalf(1.0f + std::ldexp(3.0f, -11)), 0x3C02);
  EXPECT_EQ(floatToHalf(1.0f + std::ldexp(1.0f, -11) + std::ldexp(1.0f, -20)),
            0x3C01);
  // NaNs stay NaNs, including ones whose payload is below f16's mantissa.
  EXPECT_TRUE(std::isnan(halfToFloat(floatToHalf(NAN))));
  float lowPayloadNaN;
  uint32_t bits = 0x7F800001;
  std::memcpy(&lowPayloadNaN, &bits, sizeof bits);
  EXPECT_EQ(floatToHalf(lowPayloadNaN) & 0x7E00, 0x7E00);
  EXPECT_TRUE(std::isnan(halfToFloat(0x7C01)));
  // Every non-NaN half survives a round trip through float.
  for (uint32_t h = 0; h <= 0xFFFF; ++h) {
    float f = halfToFloat(static_cast<uint16_t>(h));
    if (!std::isnan(f)) {
      EXPECT_EQ(floatToHalf(f), h) << std::hex << h;
    }
  }
}

TEST(RuntimeFloat16, BFloat16EdgeCases) {
  EXPECT_EQ(floatToBF16(1.0f), 0x3F80);
  EXPECT_EQ(bf16ToFloat(0x3F80), 1.0f);
  EXPECT_EQ(floatToBF16(-0.0f), 0x8000);
  float max = bf16ToFloat(0x7F7F);
  EXPECT_EQ(max, std::ldexp(255.0f, 120));
  EXPECT_EQ(floatToBF16(max), 0x7F7F);
  EXPECT_EQ(floatToBF16(std::numeric_limits<float>::max()), 0x7F80);
  EXPECT_EQ(floatToBF16(INFINITY), 0x7F80);
  EXPECT_EQ(floatToBF16(-INFINITY), 0xFF80);
  // Ties go to the even mantissa.
  EXPECT_EQ(floatToBF16(1.0f + std::ldexp(1.0f, -8)), 0x3F80);
  EXPECT_EQ(floatToBF16(1.0f + std::ldexp(3.0f, -8)), 0x3F82);
  EXPECT_EQ(floatToBF16(1.0f + std::ldexp(1.0f, -8) + std::ldexp(1.0f, -20)),
            0x3F81);
  // Denormals are kept.
  EXPECT_EQ(floatToBF16(std::ldexp(1.0f, -130)), 0x0008);
  EXPECT_EQ(bf16ToFloat(0x0001), std::ldexp(1.0f, -133));
  // A NaN must not truncate to infinity.
  float lowPayloadNaN;
  uint32_t bits = 0x7F800001;
  std::memcpy(&lowPayloadNaN, &bits, sizeof bits);
  EXPECT_TRUE(std::isnan(bf16ToFloat(floatToBF16(lowPayloadNaN))));
  EXPECT_TRUE(std::isnan(bf16ToFloat(floatToBF16(NAN))));
  for (uint32_t h = 0; h <= 0xFFFF; ++h) {
    float f = bf16ToFloat(static_cast<uint16_t>(h));
    if (!std::isnan(f)) {
      EXPECT_EQ(floatToBF16(f), h) << std::hex << h;
    }
  }
}

//===----------------------------------------------------------------------===//
// Buffer
//===----------------------------------------------------------------------===//

TEST(RuntimeBuffer, StorageIsAlignedAndZeroed) {
  for (const char *type : {"f32[3x5]", "i4[7]", "f16[]", "i64[0x3]"}) {
    Buffer buffer(tensorType(type));
    EXPECT_EQ(reinterpret_cast<uintptr_t>(buffer.data()) % 64, 0u) << type;
    EXPECT_EQ(buffer.bytes(), static_cast<size_t>(buffer.type().bytes()));
    for (double v : buffer.toDoubles())
      EXPECT_EQ(v, 0.0);
  }
}

TEST(RuntimeBuffer, AllocateReportsWhatCannotBeAllocated) {
  std::string error;
  std::optional<Buffer> small =
      Buffer::allocate(TensorType{ElementType::f32(), {3, 5}}, error);
  ASSERT_TRUE(small.has_value()) << error;
  EXPECT_EQ(small->bytes(), 60u);
  EXPECT_EQ(reinterpret_cast<uintptr_t>(small->data()) % 64, 0u);
  EXPECT_EQ(small->getDouble(14), 0.0);
  std::optional<Buffer> huge = Buffer::allocate(
      TensorType{ElementType::f32(), {100000, 100000, 1000}}, error);
  EXPECT_FALSE(huge.has_value());
  EXPECT_NE(error.find("cannot allocate 40000000000000 bytes"),
            std::string::npos)
      << error;
}

TEST(RuntimeBuffer, FillRandomIsDeterministic) {
  for (const char *type :
       {"f16[257]", "bf16[257]", "f32[257]", "f64[257]", "i1[257]", "i4[257]",
        "i8[257]", "i12[257]", "i32[257]", "i64[257]"}) {
    Buffer a(tensorType(type)), b(tensorType(type)), c(tensorType(type));
    a.fillRandom(7);
    b.fillRandom(7);
    c.fillRandom(8);
    EXPECT_EQ(std::memcmp(a.data(), b.data(), a.bytes()), 0) << type;
    EXPECT_NE(std::memcmp(a.data(), c.data(), a.bytes()), 0) << type;
  }
  // Golden values (splitmix64 from seed 0), so that results stay comparable
  // across platforms and versions.
  Buffer f32(tensorType("f32[4]"));
  f32.fillRandom(0);
  EXPECT_EQ(f32.toDoubles(),
            (std::vector<double>{0.76662158966064453, -0.13694405555725098,
                                 -0.94713246822357178, 0.94176387786865234}));
  Buffer i4(tensorType("i4[8]"));
  i4.fillRandom(0);
  EXPECT_EQ(i4.toDoubles(), (std::vector<double>{14, 6, 0, 15, 1, 5, 2, 12}));
}

// 2- to 7-bit integers are packed rows: little-endian bit streams, each row
// zero-padded to a byte, the layout numpy's packbits(bitorder="little")
// gives.
TEST(RuntimeBuffer, PackedSubByteRows) {
  EXPECT_EQ(tensorType("i4[24x256]").bytes(), 24 * 128);
  EXPECT_EQ(tensorType("i4[2x3]").bytes(), 4);
  EXPECT_EQ(tensorType("i3[4x5]").bytes(), 8);
  EXPECT_EQ(tensorType("i7[3x7]").bytes(), 21);
  EXPECT_EQ(tensorType("i4[]").bytes(), 1);
  EXPECT_EQ(tensorType("i4[0x5]").bytes(), 0);
  EXPECT_EQ(tensorType("i1[9]").bytes(), 9);
  EXPECT_EQ(tensorType("i8[9]").bytes(), 9);

  // Two int4 per byte, the first in the low nibble; rows start on a byte.
  Buffer i4(tensorType("i4[2x3]"));
  ASSERT_TRUE(i4.fromDoubles({1, 2, 3, 4, 5, 6}));
  const auto *bytes = static_cast<const unsigned char *>(i4.data());
  EXPECT_EQ(std::vector<int>(bytes, bytes + 4),
            (std::vector<int>{0x21, 0x03, 0x54, 0x06}));
  EXPECT_EQ(i4.toDoubles(), (std::vector<double>{1, 2, 3, 4, 5, 6}));
  EXPECT_EQ(i4.toDoublesSigned(), (std::vector<double>{1, 2, 3, 4, 5, 6}));

  // 3-bit values straddle bytes; setting one keeps its neighbours.
  Buffer i3(tensorType("i3[1x5]"));
  ASSERT_TRUE(i3.fromDoubles({7, 0, 5, 1, 6}));
  bytes = static_cast<const unsigned char *>(i3.data());
  // Bits 0-14: 111 000 101 100 011 (each value's low bit first).
  EXPECT_EQ(bytes[0], 0x47);
  EXPECT_EQ(bytes[1], 0x63);
  i3.setBits(2, 2);
  EXPECT_EQ(i3.toDoubles(), (std::vector<double>{7, 0, 2, 1, 6}));
  i3.setDouble(4, -1);
  EXPECT_EQ(i3.toDoublesSigned(), (std::vector<double>{-1, 0, 2, 1, -1}));

  // Compiled code sees whole 32-bit words where the rows fill them.
  EXPECT_EQ(packedWordBits(tensorType("i4[?0x64]")), 32u);
  EXPECT_EQ(packedWordBits(tensorType("i4[8x6]")), 8u);
  EXPECT_EQ(packedWordBits(tensorType("i4[8x?0]")), 8u);
  EXPECT_EQ(packedWordBits(tensorType("i3[32]")), 32u);
}

TEST(RuntimeBuffer, PackedFillRandomKeepsEveryValue) {
  // Filled serially (elements share bytes): the same values as unpacked i8
  // storage would get from the same draws, masked to 4 bits.
  Buffer packed(tensorType("i4[3x5]"));
  packed.fillRandom(5);
  for (int64_t i = 0; i < 15; ++i) {
    Buffer one(tensorType("i4[15]"));
    one.fillRandom(5);
    EXPECT_EQ(packed.getBits(i), one.getBits(i));
  }
}

// Large buffers are filled by several threads, each starting its generator
// where its chunk starts: the values must be those of one generator.
TEST(RuntimeBuffer, FillRandomInChunksIsOneSequence) {
  auto draw = [](uint64_t seed, uint64_t i) {
    uint64_t z = seed + (i + 1) * 0x9E3779B97F4A7C15ull;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  };
  const int64_t n = int64_t(5) << 20;
  Buffer big(tensorType("i32[" + std::to_string(n) + "]"));
  big.fillRandom(3);
  for (int64_t i : {int64_t(0), int64_t(1), (n / 3) + 1, n / 2, n - 1})
    EXPECT_EQ(big.getBits(i), draw(3, i) >> 33) << i;
  Buffer floats(tensorType("bf16[" + std::to_string(n) + "]"));
  Buffer prefix(tensorType("bf16[1000]"));
  floats.fillRandom(5);
  prefix.fillRandom(5);
  EXPECT_EQ(std::memcmp(floats.data(), prefix.data(), prefix.bytes()), 0);
  int64_t last = n - 1;
  double expected = std::ldexp(double(draw(5, last) >> 56), -7) - 1.0;
  EXPECT_EQ(floats.getDouble(last), expected);
}

TEST(RuntimeBuffer, FillRandomRanges) {
  Buffer i4(tensorType("i4[1000]"));
  i4.fillRandom(1);
  std::set<int> seen;
  for (double v : i4.toDoubles()) {
    EXPECT_LT(v, 16);
    seen.insert(static_cast<int>(v));
  }
  EXPECT_EQ(seen.size(), 16u);

  Buffer i1(tensorType("i1[100]"));
  i1.fillRandom(1);
  for (double v : i1.toDoubles())
    EXPECT_TRUE(v == 0 || v == 1);

  Buffer i32(tensorType("i32[1000]"));
  i32.fillRandom(1);
  for (double v : i32.toDoubles())
    EXPECT_LT(v, std::ldexp(1.0, 31));

  for (const char *type :
       {"f16[1000]", "bf16[1000]", "f32[1000]", "f64[1000]"}) {
    Buffer f(tensorType(type));
    f.fillRandom(3);
    double lo = 1, hi = -1;
    for (double v : f.toDoubles()) {
      EXPECT_GE(v, -1.0) << type;
      EXPECT_LT(v, 1.0) << type;
      lo = std::min(lo, v);
      hi = std::max(hi, v);
    }
    EXPECT_LT(lo, -0.9) << type;
    EXPECT_GT(hi, 0.9) << type;
  }
}

TEST(RuntimeBuffer, FillRandomInts) {
  Buffer indices(tensorType("i32[500]"));
  indices.fillRandomInts(5, -3, 4);
  std::set<double> seen;
  for (double v : indices.toDoublesSigned()) {
    EXPECT_GE(v, -3);
    EXPECT_LT(v, 4);
    seen.insert(v);
  }
  EXPECT_EQ(seen.size(), 7u);

  Buffer floats(tensorType("f32[100]"));
  floats.fillRandomInts(5, 10, 20);
  for (double v : floats.toDoubles()) {
    EXPECT_EQ(v, std::floor(v));
    EXPECT_GE(v, 10);
    EXPECT_LT(v, 20);
  }

  Buffer empty(tensorType("i8[4]"));
  empty.fillRandomInts(5, 3, 3);
  EXPECT_EQ(empty.toDoubles(), std::vector<double>(4, 3.0));
}

TEST(RuntimeBuffer, Poison) {
  for (const char *type : {"f16[3]", "bf16[3]", "f32[3]", "f64[3]"}) {
    Buffer buffer(tensorType(type));
    buffer.poison();
    for (double v : buffer.toDoubles())
      EXPECT_TRUE(std::isnan(v)) << type;
  }
  Buffer ints(tensorType("i4[3]"));
  ints.poison();
  const unsigned char *bytes = static_cast<const unsigned char *>(ints.data());
  for (size_t i = 0; i < ints.bytes(); ++i)
    EXPECT_EQ(bytes[i], 0xA5);
  EXPECT_EQ(ints.getBits(0), 0x5u); // Only the low 4 bits are the value.
}

TEST(RuntimeBuffer, DoublesConversions) {
  Buffer i4(tensorType("i4[4]"));
  ASSERT_TRUE(i4.fromDoubles({15, -1, 7, 17}));
  EXPECT_EQ(i4.toDoubles(), (std::vector<double>{15, 15, 7, 1}));
  EXPECT_EQ(i4.toDoublesSigned(), (std::vector<double>{-1, -1, 7, 1}));
  EXPECT_FALSE(i4.fromDoubles({1, 2}));

  Buffer i64(tensorType("i64[2]"));
  i64.setBits(0, ~uint64_t(0));
  i64.setDouble(1, -2);
  EXPECT_EQ(i64.toDoublesSigned(), (std::vector<double>{-1, -2}));
  EXPECT_EQ(i64.getBits(1), ~uint64_t(1));

  Buffer f16(tensorType("f16[3]"));
  ASSERT_TRUE(f16.fromDoubles(
      {0.5, 65520, 1 + std::ldexp(1.0, -11) + std::ldexp(1.0, -40)}));
  EXPECT_EQ(f16.getBits(0), 0x3800u);
  EXPECT_EQ(f16.getBits(1), 0x7C00u);
  // Rounded once from double, not via float (which would give 0x3C00).
  EXPECT_EQ(f16.getBits(2), 0x3C01u);
}

// Integers compare modulo 2^bits (a reference of -1 matches u8 255), and
// 64-bit ones, where 2^64 + x rounds to 2^64 in a double, by value.
TEST(RuntimeCheck, IntegerResults) {
  Buffer u8(tensorType("i8[2]"));
  ASSERT_TRUE(u8.fromDoubles({255, 3}));
  EXPECT_EQ(compareWithReference(u8, {-1, 3}).error, 0);
  Buffer i64(tensorType("i64[3]"));
  ASSERT_TRUE(i64.fromDoubles({245, -21, 7}));
  EXPECT_EQ(compareWithReference(i64, {245, -21, 7}).error, 0);
  EXPECT_EQ(compareWithReference(i64, {245, -21, 9}).error, 2);
}

//===----------------------------------------------------------------------===//
// .npy files
//===----------------------------------------------------------------------===//

TEST(RuntimeNpy, RoundTripEveryDtype) {
  struct Case {
    const char *type, *descr;
  };
  int index = 0;
  for (Case c :
       {Case{"f16[2x3]", "<f2"}, Case{"bf16[2x3]", "<f4"},
        Case{"f32[5]", "<f4"}, Case{"f64[]", "<f8"}, Case{"i1[2x2x2]", "|b1"},
        Case{"i2[9]", "|u1"}, Case{"i4[3x4]", "|u1"}, Case{"i8[3x4]", "|u1"},
        Case{"i12[6]", "<u2"}, Case{"i16[6]", "<i2"}, Case{"i32[2x3]", "<i4"},
        Case{"i64[2x3]", "<i8"}, Case{"f32[0x4]", "<f4"}}) {
    TensorType type = tensorType(c.type);
    Buffer written(type);
    written.fillRandom(11);
    std::string path =
        tempPath("round_trip" + std::to_string(index++) + ".npy");
    std::string error;
    ASSERT_TRUE(writeNpy(path, written, error)) << error;

    std::string file = readFile(path);
    EXPECT_EQ(file.compare(0, 6, "\x93NUMPY"), 0);
    EXPECT_NE(file.find(std::string("'descr': '") + c.descr + "'"),
              std::string::npos)
        << c.type;
    size_t headerEnd = file.find('\n');
    EXPECT_EQ((headerEnd + 1) % 64, 0u) << "data must be 64-byte aligned";

    Buffer read(type);
    read.poison();
    ASSERT_TRUE(readNpy(path, type, read, error)) << error;
    EXPECT_EQ(std::memcmp(read.data(), written.data(), written.bytes()), 0)
        << c.type;
    std::remove(path.c_str());
  }
}

// A packed type reads its values one a byte, or its packed rows as they
// are (uint8 with the row's bytes as last dimension).
TEST(RuntimeNpy, PackedRows) {
  std::string path = tempPath("packed.npy"), error;
  writeRawNpy(path, npyHeader("|u1", "(2, 2)"),
              rawBytes<uint8_t>({0x21, 0xF3, 0x54, 0x06}));
  Buffer out(tensorType("i4[]"));
  ASSERT_TRUE(readNpy(path, tensorType("i4[2x3]"), out, error)) << error;
  EXPECT_EQ(toString(out.type()), "i4[2x3]");
  // The padding nibble (0xF) is cleared.
  EXPECT_EQ(static_cast<const unsigned char *>(out.data())[1], 0x03);
  EXPECT_EQ(out.toDoubles(), (std::vector<double>{1, 2, 3, 4, 5, 6}));
  // The same values one a byte.
  writeRawNpy(path, npyHeader("|u1", "(2, 3)"),
              rawBytes<uint8_t>({1, 2, 3, 4, 5, 6}));
  ASSERT_TRUE(readNpy(path, tensorType("i4[2x3]"), out, error)) << error;
  EXPECT_EQ(out.toDoubles(), (std::vector<double>{1, 2, 3, 4, 5, 6}));
  // Packed rows need a static shape and uint8.
  writeRawNpy(path, npyHeader("|u1", "(2, 2)"),
              rawBytes<uint8_t>({0x21, 0x03, 0x54, 0x06}));
  EXPECT_FALSE(readNpy(path, tensorType("i4[?0x3]"), out, error));
  writeRawNpy(path, npyHeader("<i2", "(2, 2)"),
              rawBytes<int16_t>({0x21, 0x03, 0x54, 0x06}));
  EXPECT_FALSE(readNpy(path, tensorType("i4[2x3]"), out, error));
  std::remove(path.c_str());
}

TEST(RuntimeNpy, ShapeTuples) {
  std::string error;
  Buffer vector(tensorType("f32[5]")), scalar(tensorType("f32[]"));
  std::string path = tempPath("shapes.npy");
  ASSERT_TRUE(writeNpy(path, vector, error)) << error;
  EXPECT_NE(readFile(path).find("'shape': (5,)"), std::string::npos);
  ASSERT_TRUE(writeNpy(path, scalar, error)) << error;
  EXPECT_NE(readFile(path).find("'shape': ()"), std::string::npos);
  std::remove(path.c_str());
}

TEST(RuntimeNpy, WrongShapeNamesBothShapes) {
  std::string path = tempPath("wrong_shape.npy"), error;
  Buffer buffer(tensorType("f32[2x3]"));
  ASSERT_TRUE(writeNpy(path, buffer, error)) << error;
  Buffer out(tensorType("f32[3x2]"));
  EXPECT_FALSE(readNpy(path, tensorType("f32[3x2]"), out, error));
  EXPECT_NE(error.find(path), std::string::npos) << error;
  EXPECT_NE(error.find("[3x2]"), std::string::npos) << error;
  EXPECT_NE(error.find("[2x3]"), std::string::npos) << error;
  std::remove(path.c_str());
}

TEST(RuntimeNpy, SymbolsTakeTheFileSize) {
  std::string path = tempPath("symbols.npy"), error;
  Buffer buffer(tensorType("f32[2x3]"));
  ASSERT_TRUE(buffer.fromDoubles({0, 1, 2, 3, 4, 5}));
  ASSERT_TRUE(writeNpy(path, buffer, error)) << error;
  Buffer out(tensorType("f32[]"));
  ASSERT_TRUE(readNpy(path, tensorType("f32[?0x3]"), out, error)) << error;
  EXPECT_EQ(toString(out.type()), "f32[2x3]");
  EXPECT_EQ(out.toDoubles(), buffer.toDoubles());
  EXPECT_FALSE(readNpy(path, tensorType("f32[?0x4]"), out, error));
  EXPECT_FALSE(readNpy(path, tensorType("f32[?0]"), out, error));
  std::remove(path.c_str());
}

TEST(RuntimeNpy, ConvertsOtherDtypes) {
  std::string path = tempPath("convert.npy"), error;
  // f8 into f16 rounds once, correctly.
  writeRawNpy(path, npyHeader("<f8", "(2,)"),
              rawBytes<double>(
                  {1 + std::ldexp(1.0, -11) + std::ldexp(1.0, -30), -0.25}));
  Buffer f16(tensorType("f16[2]"));
  ASSERT_TRUE(readNpy(path, tensorType("f16[2]"), f16, error)) << error;
  EXPECT_EQ(f16.getBits(0), 0x3C01u);
  EXPECT_EQ(f16.getBits(1), 0xB400u);

  // Signed integers are sign-extended, then truncated to the element type.
  writeRawNpy(path, npyHeader("<i8", "(2,)"), rawBytes<int64_t>({-1, 18}));
  Buffer i4(tensorType("i4[2]"));
  ASSERT_TRUE(readNpy(path, tensorType("i4[2]"), i4, error)) << error;
  EXPECT_EQ(i4.toDoubles(), (std::vector<double>{15, 2}));
  writeRawNpy(path, npyHeader("|i1", "(2,)"), rawBytes<int8_t>({-2, 5}));
  Buffer i32(tensorType("i32[2]"));
  ASSERT_TRUE(readNpy(path, tensorType("i32[2]"), i32, error)) << error;
  EXPECT_EQ(i32.toDoublesSigned(), (std::vector<double>{-2, 5}));

  // Integers into floats; the output buffer takes the expected type.
  writeRawNpy(path, npyHeader("<i4", "(2,)"), rawBytes<int32_t>({-7, 3}));
  Buffer f32(tensorType("f64[9]"));
  ASSERT_TRUE(readNpy(path, tensorType("f32[2]"), f32, error)) << error;
  EXPECT_EQ(f32.type(), tensorType("f32[2]"));
  EXPECT_EQ(f32.toDoubles(), (std::vector<double>{-7, 3}));

  // Bools, and version 2.0 headers.
  writeRawNpy(path, npyHeader("|b1", "(3,)"), rawBytes<uint8_t>({1, 0, 1}), 2);
  Buffer i1(tensorType("i1[3]"));
  ASSERT_TRUE(readNpy(path, tensorType("i1[3]"), i1, error)) << error;
  EXPECT_EQ(i1.toDoubles(), (std::vector<double>{1, 0, 1}));
  std::remove(path.c_str());
}

TEST(RuntimeNpy, RejectsUnsupportedFiles) {
  std::string path = tempPath("bad.npy");
  std::string f4 = rawBytes<float>({1, 2});
  struct Case {
    std::string header, data, message;
    unsigned major;
  };
  for (const Case &c : {
           Case{npyHeader("<f4", "(2,)", "True"), f4, "Fortran", 1},
           Case{npyHeader(">f4", "(2,)"), f4, "big-endian", 1},
           Case{npyHeader("<c8", "(2,)"), f4, "unsupported dtype", 1},
           Case{npyHeader("<f4", "(2,)"), f4, "version 3.0", 3},
           Case{npyHeader("<f4", "(2,)"), f4.substr(0, 6), "truncated", 1},
           Case{npyHeader("<f4", "(2,)"), f4, "cannot read float", 1},
           Case{"{'descr': '<f4', 'shape': (2,), }", f4, "required", 1},
           Case{"{'descr': [('a', '<f4')], 'fortran_order': False}", f4,
                "malformed header", 1},
       }) {
    writeRawNpy(path, c.header, c.data, c.major);
    bool intoInt = c.message == "cannot read float";
    TensorType type = tensorType(intoInt ? "i32[2]" : "f32[2]");
    Buffer out(type);
    std::string error;
    EXPECT_FALSE(readNpy(path, type, out, error)) << c.message;
    EXPECT_NE(error.find(c.message), std::string::npos) << error;
    EXPECT_EQ(error.compare(0, path.size(), path), 0) << error;
  }
  std::ofstream(path, std::ios::binary) << "not numpy";
  Buffer out(tensorType("f32[2]"));
  std::string error;
  EXPECT_FALSE(readNpy(path, tensorType("f32[2]"), out, error));
  EXPECT_FALSE(
      readNpy(tempPath("missing.npy"), tensorType("f32[2]"), out, error));
  EXPECT_NE(error.find("missing.npy"), std::string::npos) << error;
  std::remove(path.c_str());
}

TEST(RuntimeNpy, ReadsAreBoundedByWhatTheFileHolds) {
  std::string path = tempPath("lying.npy"), error;
  // A shape of 2^40 elements (symbols accept any size) over 8 bytes of data:
  // refused as truncated, without allocating for the claim.
  writeRawNpy(path, npyHeader("<f4", "(1099511627776,)"),
              rawBytes<float>({1, 2}));
  Buffer out(tensorType("f32[]"));
  EXPECT_FALSE(readNpy(path, tensorType("f32[?0]"), out, error));
  EXPECT_NE(error.find("truncated data"), std::string::npos) << error;
  // A shape whose byte count overflows.
  writeRawNpy(path, npyHeader("<f4", "(4611686018427387904, 8)"), "");
  EXPECT_FALSE(readNpy(path, tensorType("f32[?0x8]"), out, error));
  EXPECT_NE(error.find("too large"), std::string::npos) << error;
  // A format 2.0 header length of 2 GiB.
  std::string bytes = "\x93NUMPY";
  bytes += '\x02';
  bytes += '\0';
  bytes += std::string("\0\0\0\x80", 4);
  std::ofstream(path, std::ios::binary) << bytes;
  EXPECT_FALSE(readNpy(path, tensorType("f32[2]"), out, error));
  EXPECT_NE(error.find("too long"), std::string::npos) << error;
  std::remove(path.c_str());
}

//===----------------------------------------------------------------------===//
// Bundle
//===----------------------------------------------------------------------===//

TEST(RuntimeTypes, SymbolsTooLargeToCountAreRefused) {
  // Each dimension fits, and so does the static part; a symbol bound at run
  // time makes the product overflow int64 (found by tessel-signature-fuzzer).
  Signature signature;
  std::string error;
  ASSERT_TRUE(parseSignature("f(f32[?0x1099511627776x1048576])->(f32[?0])",
                             signature, error))
      << error;
  std::vector<TensorType> types;
  EXPECT_TRUE(signature.inputTypesFor({1}, types, error)) << error;
  EXPECT_FALSE(signature.inputTypesFor({1 << 20}, types, error));
  EXPECT_NE(error.find("than 64 bits count"), std::string::npos) << error;
  TensorType huge{ElementType::f32(), {1 << 20, int64_t(1) << 40, 1 << 20}};
  EXPECT_FALSE(huge.sizeFits());
  TensorType packed{ElementType::integer(4), {int64_t(1) << 62, 3}};
  EXPECT_FALSE(packed.sizeFits());
  EXPECT_TRUE((TensorType{ElementType::integer(4), {1 << 20, 3}}).sizeFits());
}

TEST(RuntimeBundle, FilesStayInsideTheBundle) {
  namespace fs = std::filesystem;
  fs::path dir = fs::path(tempPath("bundle_dir"));
  fs::remove_all(dir);
  fs::create_directories(dir / "sub");
  std::ofstream(dir / "sub" / "x.npy") << "x";
  auto read = [&](const std::string &items, std::string &error) {
    std::ofstream(dir / "bundle.txt") << "tessel-bundle 1\ntarget cpu\n"
                                      << items;
    Bundle bundle;
    return readBundle(dir.string(), bundle, error);
  };
  std::string error;
  EXPECT_TRUE(read("library lib.so\nfunction f\ninput sub/x.npy\n", error))
      << error;
  for (const char *items :
       {"library /tmp/evil.so\n", "library ../evil.so\n",
        "library sub/../../evil.so\n",
        "library lib.so\nfunction f\ninput ../x.npy\n",
        "library lib.so\nfunction f\nexpect /etc/passwd 0.1\n"}) {
    EXPECT_FALSE(read(items, error)) << items;
    EXPECT_TRUE(error.find("relative") != std::string::npos ||
                error.find("leaves the bundle") != std::string::npos)
        << error;
  }
  // A symbolic link out of the directory.
  std::error_code ec;
  fs::create_symlink("/tmp", dir / "out", ec);
  if (!ec) {
    EXPECT_FALSE(read("library out/evil.so\n", error));
    EXPECT_NE(error.find("resolves outside"), std::string::npos) << error;
  }
  fs::remove_all(dir);
}

TEST(RuntimeBundle, LibraryDigestIsRecordedAndChecked) {
  namespace fs = std::filesystem;
  fs::path dir = fs::path(tempPath("bundle_digest"));
  fs::remove_all(dir);
  fs::create_directories(dir);
  std::ofstream(dir / "lib.so") << "abc";
  Bundle bundle;
  bundle.target = "cpu";
  bundle.library = "lib.so";
  std::string error;
  ASSERT_TRUE(writeBundle(dir.string(), bundle, error)) << error;
  Bundle read;
  ASSERT_TRUE(readBundle(dir.string(), read, error)) << error;
  EXPECT_EQ(read.librarySha256, sha256Hex("abc", 3));
  EXPECT_TRUE(verifyBundleLibrary(dir.string(), read, error)) << error;
  // A library changed after the bundle was written is not run.
  std::ofstream(dir / "lib.so", std::ios::app) << "d";
  EXPECT_FALSE(verifyBundleLibrary(dir.string(), read, error));
  EXPECT_NE(error.find("changed after the bundle was written"),
            std::string::npos)
      << error;
  // Nor is one that the bundle records no digest for.
  read.librarySha256.clear();
  EXPECT_FALSE(verifyBundleLibrary(dir.string(), read, error));
  EXPECT_NE(error.find("no 'library-sha256'"), std::string::npos) << error;
  // A digest that is not 64 hex digits is a malformed bundle.
  std::ofstream(dir / "bundle.txt")
      << "tessel-bundle 1\ntarget cpu\nlibrary lib.so\nlibrary-sha256 xyz\n";
  EXPECT_FALSE(readBundle(dir.string(), read, error));
  EXPECT_NE(error.find("64 lowercase hex digits"), std::string::npos) << error;
  // Writing needs the library.
  fs::remove(dir / "lib.so");
  EXPECT_FALSE(writeBundle(dir.string(), bundle, error));
  fs::remove_all(dir);
}

TEST(RuntimeBundle, TolerancesAreFiniteAndRoundTrip) {
  namespace fs = std::filesystem;
  fs::path dir = fs::path(tempPath("bundle_tolerance"));
  fs::remove_all(dir);
  fs::create_directories(dir);
  auto read = [&](const std::string &expect, Bundle &bundle,
                  std::string &error) {
    std::ofstream(dir / "bundle.txt")
        << "tessel-bundle 1\ntarget cpu\nlibrary lib.so\nfunction f\n"
        << expect;
    return readBundle(dir.string(), bundle, error);
  };
  Bundle bundle;
  std::string error;
  // A tolerance that passes or fails every result, or text after it, is a
  // malformed bundle.
  for (const char *expect : {"expect r.npy nan\n", "expect r.npy inf\n",
                             "expect r.npy -1\n", "expect r.npy 0.1 extra\n"}) {
    EXPECT_FALSE(read(expect, bundle, error)) << expect;
    EXPECT_TRUE(error.find("finite tolerance") != std::string::npos ||
                error.find("trailing text") != std::string::npos)
        << error;
  }
  // Written tolerances read back as the same double.
  ASSERT_TRUE(read("expect r.npy 0.1\n", bundle, error)) << error;
  bundle.functions[0].expected[0].tolerance = 1.0 / 3.0;
  bundle.librarySha256 = std::string(64, '0');
  ASSERT_TRUE(writeBundle(dir.string(), bundle, error)) << error;
  Bundle again;
  ASSERT_TRUE(readBundle(dir.string(), again, error)) << error;
  EXPECT_EQ(again.functions[0].expected[0].tolerance, 1.0 / 3.0);
  fs::remove_all(dir);
}

TEST(RuntimeSha256, KnownDigests) {
  // FIPS 180-4's examples, and the empty message.
  EXPECT_EQ(sha256Hex("", 0),
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  EXPECT_EQ(sha256Hex("abc", 3),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  std::string two = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";
  EXPECT_EQ(sha256Hex(two.data(), two.size()),
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  std::string million(1000000, 'a');
  EXPECT_EQ(sha256Hex(million.data(), million.size()),
            "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
  // A file, read in chunks, gives the digest of its bytes.
  std::string path = tempPath("sha_file");
  std::ofstream(path, std::ios::binary) << million;
  std::string hex, error;
  ASSERT_TRUE(sha256File(path, hex, error)) << error;
  EXPECT_EQ(hex, sha256Hex(million.data(), million.size()));
  std::remove(path.c_str());
  EXPECT_FALSE(sha256File(path, hex, error));
}

//===----------------------------------------------------------------------===//
// Function and Module
//===----------------------------------------------------------------------===//

/// MLIR's descriptor of a rank-2 f32 memref.
struct Desc2D {
  float *allocated;
  float *aligned;
  int64_t offset;
  int64_t sizes[2];
  int64_t strides[2];
};

/// MLIR's descriptor of a rank-0 memref.
struct Desc0D {
  int8_t *allocated;
  int8_t *aligned;
  int64_t offset;
};

Desc2D seenInput, seenOutput;

extern "C" void fake_ciface(Desc2D *a, Desc2D *out) {
  seenInput = *a;
  seenOutput = *out;
  for (int64_t i = 0; i < a->sizes[0]; ++i)
    for (int64_t j = 0; j < a->sizes[1]; ++j)
      out->aligned[out->offset + i * out->strides[0] + j * out->strides[1]] =
          a->aligned[a->offset + i * a->strides[0] + j * a->strides[1]] + 1;
}

extern "C" void fake_negate_ciface(Desc0D *in, Desc0D *out) {
  out->aligned[out->offset] = -in->aligned[in->offset];
}

Signature signature(const std::string &text) {
  Signature sig;
  std::string error;
  EXPECT_TRUE(parseSignature(text, sig, error)) << error;
  return sig;
}

TEST(RuntimeFunction, CallsCInterface) {
  Function function(signature("add_one(f32[2x3])->(f32[2x3])"),
                    reinterpret_cast<void *>(&fake_ciface));
  Buffer in(tensorType("f32[2x3]")), out(tensorType("f32[2x3]"));
  ASSERT_TRUE(in.fromDoubles({0, 1, 2, 3, 4, 5}));
  out.poison();
  std::string error;
  ASSERT_TRUE(function.call({&in}, {&out}, error)) << error;
  EXPECT_EQ(out.toDoubles(), (std::vector<double>{1, 2, 3, 4, 5, 6}));

  EXPECT_EQ(seenInput.allocated, in.data());
  EXPECT_EQ(seenInput.aligned, in.data());
  EXPECT_EQ(seenOutput.aligned, out.data());
  for (const Desc2D &d : {seenInput, seenOutput}) {
    EXPECT_EQ(d.offset, 0);
    EXPECT_EQ(d.sizes[0], 2);
    EXPECT_EQ(d.sizes[1], 3);
    EXPECT_EQ(d.strides[0], 3);
    EXPECT_EQ(d.strides[1], 1);
  }
}

extern "C" void fake_packed(void **arguments) {
  fake_ciface(static_cast<Desc2D *>(arguments[0]),
              static_cast<Desc2D *>(arguments[1]));
}

TEST(RuntimeFunction, CallsPackedEntry) {
  Function function(signature("add_one(f32[2x3])->(f32[2x3])"),
                    reinterpret_cast<void *>(&fake_packed),
                    Function::Entry::Packed);
  Buffer in(tensorType("f32[2x3]")), out(tensorType("f32[2x3]"));
  ASSERT_TRUE(in.fromDoubles({0, 1, 2, 3, 4, 5}));
  std::string error;
  ASSERT_TRUE(function.call({&in}, {&out}, error)) << error;
  EXPECT_EQ(out.toDoubles(), (std::vector<double>{1, 2, 3, 4, 5, 6}));
}

TEST(RuntimeFunction, CallsRankZero) {
  Function function(signature("negate(i8[])->(i8[])"),
                    reinterpret_cast<void *>(&fake_negate_ciface));
  Buffer in(tensorType("i8[]")), out(tensorType("i8[]"));
  in.setDouble(0, 5);
  std::string error;
  ASSERT_TRUE(function.call({&in}, {&out}, error)) << error;
  EXPECT_EQ(out.toDoublesSigned(), std::vector<double>{-5});
}

TEST(RuntimeFunction, RejectsMismatchedArguments) {
  Function function(signature("add_one(f32[2x3])->(f32[2x3])"),
                    reinterpret_cast<void *>(&fake_ciface));
  Buffer in(tensorType("f32[2x3]")), out(tensorType("f32[2x3]"));
  Buffer wrong(tensorType("f32[3x2]"));
  std::string error;
  EXPECT_FALSE(function.call({&in}, {}, error));
  EXPECT_NE(error.find("takes 1 results, got 0"), std::string::npos) << error;
  EXPECT_FALSE(function.call({&in, &in}, {&out}, error));
  EXPECT_FALSE(function.call({nullptr}, {&out}, error));
  EXPECT_NE(error.find("input 0 is null"), std::string::npos) << error;
  EXPECT_FALSE(function.call({&in}, {&wrong}, error));
  EXPECT_NE(error.find("result 0 has type f32[3x2] but f32[2x3]"),
            std::string::npos)
      << error;
}

using Types = std::vector<const TensorType *>;

TEST(RuntimeFunction, DynamicSizesAreBoundAndChecked) {
  Signature sig = signature("d(f32[?0x3],f32[?1x?0])->(f32[?0x?1],f32[2])");
  EXPECT_FALSE(sig.isStatic());
  EXPECT_EQ(sig.numSymbols(), 2);
  TensorType a = tensorType("f32[5x3]"), b = tensorType("f32[7x5]");
  std::vector<TensorType> results;
  std::string error;
  ASSERT_TRUE(sig.resultTypesFor(Types{&a, &b}, results, error)) << error;
  ASSERT_EQ(results.size(), 2u);
  EXPECT_EQ(toString(results[0]), "f32[5x7]");
  EXPECT_EQ(toString(results[1]), "f32[2]");

  // ?0 is 5 from input 0 but 4 in input 1.
  TensorType bad = tensorType("f32[7x4]");
  EXPECT_FALSE(sig.resultTypesFor(Types{&a, &bad}, results, error));
  EXPECT_NE(error.find("input 1 has type f32[7x4] but f32[?1x?0] was "
                       "expected, with ?0 = 5 (d: input 0 dimension 0)"),
            std::string::npos)
      << error;
  // A static dimension still has to match.
  TensorType wrongStatic = tensorType("f32[5x4]");
  EXPECT_FALSE(sig.resultTypesFor(Types{&wrongStatic, &b}, results, error));
  // Results are checked against the bound sizes.
  TensorType r0 = tensorType("f32[5x7]"), r1 = tensorType("f32[2]");
  TensorType r0Wrong = tensorType("f32[5x8]");
  EXPECT_TRUE(sig.check(Types{&a, &b}, Types{&r0, &r1}, error)) << error;
  EXPECT_FALSE(sig.check(Types{&a, &b}, Types{&r0Wrong, &r1}, error));
  EXPECT_NE(error.find("result 0"), std::string::npos) << error;

  std::vector<TensorType> inputs;
  EXPECT_FALSE(sig.inputTypesFor({3}, inputs, error));
  EXPECT_NE(error.find("has dynamic sizes ?0, ?1, but 1 were given"),
            std::string::npos)
      << error;
  ASSERT_TRUE(sig.inputTypesFor({3, 0}, inputs, error)) << error;
  EXPECT_EQ(toString(inputs[0]), "f32[3x3]");
  EXPECT_EQ(toString(inputs[1]), "f32[0x3]");
}

TEST(RuntimeFunction, CallsWithDynamicSizes) {
  Function function(signature("add_one(f32[?0x?1])->(f32[?0x?1])"),
                    reinterpret_cast<void *>(&fake_ciface));
  Buffer in(tensorType("f32[3x2]")), out(tensorType("f32[3x2]"));
  ASSERT_TRUE(in.fromDoubles({0, 1, 2, 3, 4, 5}));
  std::string error;
  ASSERT_TRUE(function.call({&in}, {&out}, error)) << error;
  EXPECT_EQ(out.toDoubles(), (std::vector<double>{1, 2, 3, 4, 5, 6}));
  // The descriptors carry the buffers' sizes.
  EXPECT_EQ(seenInput.sizes[0], 3);
  EXPECT_EQ(seenInput.sizes[1], 2);
  EXPECT_EQ(seenOutput.strides[0], 2);
  Buffer wrong(tensorType("f32[2x3]"));
  EXPECT_FALSE(function.call({&in}, {&wrong}, error));
  EXPECT_NE(error.find("result 0 has type f32[2x3] but f32[?0x?1]"),
            std::string::npos)
      << error;
}

TEST(RuntimeFunction, RejectsTooManyArguments) {
  std::string text = "many(";
  std::vector<Buffer> buffers;
  for (int i = 0; i < 33; ++i) {
    text += std::string(i ? "," : "") + "f32[]";
    buffers.emplace_back(tensorType("f32[]"));
  }
  std::vector<Buffer *> inputs;
  for (Buffer &b : buffers)
    inputs.push_back(&b);
  Function many(signature(text + ")->()"),
                reinterpret_cast<void *>(&fake_ciface));
  std::string error;
  EXPECT_FALSE(many.call(inputs, {}, error));
  EXPECT_NE(error.find("at most 32"), std::string::npos) << error;
}

TEST(RuntimeFunction, Benchmark) {
  Function function(signature("add_one(f32[2x3])->(f32[2x3])"),
                    reinterpret_cast<void *>(&fake_ciface));
  Buffer in(tensorType("f32[2x3]")), out(tensorType("f32[2x3]"));
  BenchmarkResult result;
  std::string error;
  ASSERT_TRUE(function.benchmark({&in}, {&out}, 2, 5, result, error)) << error;
  EXPECT_EQ(result.iterations, 5);
  EXPECT_EQ(result.samplesMs.size(), 5u);
  EXPECT_LE(result.minMs, result.medianMs);
  EXPECT_GE(result.minMs, 0);
  EXPECT_FALSE(function.benchmark({&in}, {&out}, 0, 0, result, error));
}

TEST(RuntimeModule, LoadFailureIsAnError) {
  std::string error;
  EXPECT_EQ(Module::load(tempPath("no-such-library.so"), error), nullptr);
  EXPECT_NE(error.find("no-such-library.so"), std::string::npos) << error;
}

} // namespace
