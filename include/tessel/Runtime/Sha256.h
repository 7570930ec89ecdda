//===- Sha256.h - SHA-256 digests for the runtime ---------------*- C++ -*-===//
//
// Part of the Tessel project.
//
//===----------------------------------------------------------------------===//
///
/// \file
/// SHA-256 (FIPS 180-4), for the runtime, which depends on neither MLIR nor
/// LLVM: a bundle records its library's digest and tessel-exec checks it
/// before loading the library (Bundle.h).
///
//===----------------------------------------------------------------------===//

#ifndef TESSEL_RUNTIME_SHA256_H
#define TESSEL_RUNTIME_SHA256_H

#include <cstddef>
#include <string>

namespace mlir::tessel::runtime {

/// The digest of `size` bytes at `data`, as 64 lowercase hex digits.
std::string sha256Hex(const void *data, size_t size);

/// The digest of the file at `path`, read in chunks; false with `error` if
/// it cannot be read.
bool sha256File(const std::string &path, std::string &hex, std::string &error);

} // namespace mlir::tessel::runtime

#endif // TESSEL_RUNTIME_SHA256_H
