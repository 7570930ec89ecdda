//===- Sha256.cpp - SHA-256 digests for the runtime -----------------------===//
//
// Part of the Tessel project.
//
// FIPS 180-4, section 6.2, written from the standard: 64-byte blocks, a
// 64-word message schedule, the padding of a 1 bit, zeros and the message's
// length in bits (big-endian).
//
//===----------------------------------------------------------------------===//

#include "tessel/Runtime/Sha256.h"

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <memory>

using namespace mlir::tessel::runtime;

namespace {

/// The first 32 bits of the fractional parts of the cube roots of the first
/// 64 primes.
constexpr uint32_t kRound[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1,
    0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3,
    0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
    0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147,
    0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
    0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b,
    0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
    0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208,
    0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2};

uint32_t rotr(uint32_t x, unsigned n) { return (x >> n) | (x << (32 - n)); }

class Sha256 {
public:
  void update(const unsigned char *data, size_t size) {
    length += size;
    while (size > 0) {
      size_t take = std::min(size, sizeof block - used);
      std::memcpy(block + used, data, take);
      used += take;
      data += take;
      size -= take;
      if (used == sizeof block) {
        compress();
        used = 0;
      }
    }
  }

  std::string finish() {
    uint64_t bits = length * 8;
    unsigned char one = 0x80, zero = 0;
    update(&one, 1);
    while (used != 56)
      update(&zero, 1);
    unsigned char tail[8];
    for (int i = 0; i < 8; ++i)
      tail[i] = static_cast<unsigned char>(bits >> (56 - 8 * i));
    update(tail, 8);
    static const char *digits = "0123456789abcdef";
    std::string hex;
    for (uint32_t word : state)
      for (int shift = 28; shift >= 0; shift -= 4)
        hex.push_back(digits[(word >> shift) & 0xf]);
    return hex;
  }

private:
  void compress() {
    uint32_t w[64];
    for (int i = 0; i < 16; ++i)
      w[i] = uint32_t(block[4 * i]) << 24 | uint32_t(block[4 * i + 1]) << 16 |
             uint32_t(block[4 * i + 2]) << 8 | uint32_t(block[4 * i + 3]);
    for (int i = 16; i < 64; ++i) {
      uint32_t s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] >> 3);
      uint32_t s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] >> 10);
      w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    uint32_t a = state[0], b = state[1], c = state[2], d = state[3],
             e = state[4], f = state[5], g = state[6], h = state[7];
    for (int i = 0; i < 64; ++i) {
      uint32_t s1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25);
      uint32_t choose = (e & f) ^ (~e & g);
      uint32_t t1 = h + s1 + choose + kRound[i] + w[i];
      uint32_t s0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22);
      uint32_t majority = (a & b) ^ (a & c) ^ (b & c);
      uint32_t t2 = s0 + majority;
      h = g;
      g = f;
      f = e;
      e = d + t1;
      d = c;
      c = b;
      b = a;
      a = t1 + t2;
    }
    uint32_t add[8] = {a, b, c, d, e, f, g, h};
    for (int i = 0; i < 8; ++i)
      state[i] += add[i];
  }

  /// The first 32 bits of the fractional parts of the square roots of the
  /// first 8 primes.
  uint32_t state[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                       0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
  unsigned char block[64];
  size_t used = 0;
  uint64_t length = 0;
};

} // namespace

std::string mlir::tessel::runtime::sha256Hex(const void *data, size_t size) {
  Sha256 sha;
  sha.update(static_cast<const unsigned char *>(data), size);
  return sha.finish();
}

bool mlir::tessel::runtime::sha256File(const std::string &path,
                                       std::string &hex, std::string &error) {
  std::unique_ptr<std::FILE, int (*)(std::FILE *)> file(
      std::fopen(path.c_str(), "rb"), &std::fclose);
  if (!file) {
    error = path + ": cannot open: " + std::strerror(errno);
    return false;
  }
  Sha256 sha;
  unsigned char chunk[1 << 16];
  size_t got;
  while ((got = std::fread(chunk, 1, sizeof chunk, file.get())) > 0)
    sha.update(chunk, got);
  if (std::ferror(file.get())) {
    error = path + ": cannot read: " + std::strerror(errno);
    return false;
  }
  hex = sha.finish();
  return true;
}
