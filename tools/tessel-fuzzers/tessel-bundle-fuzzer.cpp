//===- tessel-bundle-fuzzer.cpp - libFuzzer target for bundle.txt ---------===//
//
// Part of the Tessel project.
//
//===----------------------------------------------------------------------===//
//
// Reads each input as a bundle's `bundle.txt`. A read must end in a bundle
// or an error naming the line, never a crash; no name it accepts may leave
// the bundle directory; a bundle that was read writes and reads back equal;
// and its library, which the scratch directory does not hold, is never
// verified.
//
//===----------------------------------------------------------------------===//

#include "ScratchFiles.h"
#include "tessel/Runtime/Bundle.h"

#include <filesystem>

using namespace mlir::tessel::runtime;

static bool insideDirectory(const std::string &name) {
  std::filesystem::path path(name);
  if (path.empty() || path.is_absolute())
    return false;
  for (const std::filesystem::path &part : path)
    if (part == "..")
      return false;
  return true;
}

static bool equal(const Bundle &a, const Bundle &b) {
  if (a.target != b.target || a.library != b.library ||
      a.librarySha256 != b.librarySha256 ||
      a.functions.size() != b.functions.size())
    return false;
  for (size_t i = 0; i < a.functions.size(); ++i) {
    const BundleFunction &f = a.functions[i], &g = b.functions[i];
    if (f.name != g.name || f.inputs.size() != g.inputs.size() ||
        f.expected.size() != g.expected.size())
      return false;
    for (size_t j = 0; j < f.inputs.size(); ++j)
      if (f.inputs[j].file != g.inputs[j].file ||
          f.inputs[j].seed != g.inputs[j].seed ||
          f.inputs[j].lo != g.inputs[j].lo || f.inputs[j].hi != g.inputs[j].hi)
        return false;
    for (size_t j = 0; j < f.expected.size(); ++j)
      if (f.expected[j].file != g.expected[j].file ||
          f.expected[j].tolerance != g.expected[j].tolerance)
        return false;
  }
  return true;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  static tessel::fuzz::ScratchDirectory in, out;
  in.write("bundle.txt", data, size);
  Bundle bundle;
  std::string error;
  if (!readBundle(in.path(), bundle, error)) {
    if (error.empty())
      __builtin_trap();
    return 0;
  }
  if (!insideDirectory(bundle.library))
    __builtin_trap();
  for (const BundleFunction &f : bundle.functions) {
    for (const BundleFunction::Input &input : f.inputs)
      if (!input.file.empty() && !insideDirectory(input.file))
        __builtin_trap();
    for (const BundleFunction::Expectation &e : f.expected)
      if (!insideDirectory(e.file))
        __builtin_trap();
  }
  // The scratch directory holds no library: no digest can match.
  if (verifyBundleLibrary(in.path(), bundle, error))
    __builtin_trap();

  Bundle copy = bundle;
  if (copy.librarySha256.empty())
    copy.librarySha256 = std::string(64, '0');
  Bundle again;
  if (!writeBundle(out.path(), copy, error) ||
      !readBundle(out.path(), again, error) || !equal(copy, again))
    __builtin_trap();
  return 0;
}
