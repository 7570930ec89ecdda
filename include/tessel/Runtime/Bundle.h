//===- Bundle.h - A compiled library with its test inputs -------*- C++ -*-===//
//
// Part of the Tessel project.
//
//===----------------------------------------------------------------------===//
///
/// \file
/// A run bundle is a directory that `tessel-run --bundle=DIR` writes on the
/// machine that has MLIR and `tessel-exec --bundle=DIR` runs on the machine
/// that has the target (the lent GPU): the compiled library, each entry's
/// inputs as .npy files and, with --check, the float64 reference results
/// with their tolerances. `DIR/bundle.txt` lists them, one item per line:
///
///     tessel-bundle 1
///     target cuda
///     library model.so
///     library-sha256 9f86d081884c7d65...
///     function f
///     input f.input0.npy
///     expect f.expected0.npy 2e-05
///
/// Paths are relative to DIR; `input` and `expect` lines belong to the
/// function above them. `input-random SEED` instead of `input FILE` makes
/// the input on the running machine with Buffer::fillRandom(SEED), for
/// inputs too large to carry (benchmarks); `input-random-ints SEED LO HI`
/// with Buffer::fillRandomInts(SEED, LO, HI), for integers that index
/// something (block tables, lengths).
///
/// A bundle is executable code: tessel-exec loads its library, which runs
/// its constructors. Every name must resolve inside DIR (no absolute paths,
/// no `..`, no symbolic links out), and tessel-exec runs a library only if
/// its SHA-256 digest is the one `library-sha256` records. The digest
/// catches a library changed or swapped after the bundle was written; it is
/// no signature: whoever can write the library can write bundle.txt.
///
//===----------------------------------------------------------------------===//

#ifndef TESSEL_RUNTIME_BUNDLE_H
#define TESSEL_RUNTIME_BUNDLE_H

#include <cstdint>
#include <string>
#include <vector>

namespace mlir::tessel::runtime {

struct BundleFunction {
  std::string name;
  struct Input {
    /// Empty for a random input.
    std::string file;
    uint64_t seed = 0;
    /// Random integers in [lo, hi) (Buffer::fillRandomInts) where lo < hi:
    /// indices that must stay in range; else Buffer::fillRandom.
    int64_t lo = 0, hi = 0;
    bool isRandomInts() const { return file.empty() && lo < hi; }
  };
  std::vector<Input> inputs;
  struct Expectation {
    std::string file;
    double tolerance = 0;
  };
  /// Empty when the bundle was written without --check.
  std::vector<Expectation> expected;
};

struct Bundle {
  /// "cpu" or "cuda".
  std::string target;
  std::string library;
  /// The library's SHA-256 digest (64 hex digits); writeBundle fills it in
  /// where it is empty.
  std::string librarySha256;
  std::vector<BundleFunction> functions;
};

/// Reads DIR/bundle.txt; false with `error` (naming the line) if malformed.
bool readBundle(const std::string &dir, Bundle &out, std::string &error);
/// Writes DIR/bundle.txt, with the digest of DIR/<library> (which must
/// exist) unless `bundle` gives one.
bool writeBundle(const std::string &dir, const Bundle &bundle,
                 std::string &error);
/// True if DIR/<library> has the digest the bundle records; false with
/// `error` if it differs or the bundle records none.
bool verifyBundleLibrary(const std::string &dir, const Bundle &bundle,
                         std::string &error);

} // namespace mlir::tessel::runtime

#endif // TESSEL_RUNTIME_BUNDLE_H
