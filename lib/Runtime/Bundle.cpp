//===- Bundle.cpp - A compiled library with its test inputs ---------------===//
//
// Part of the Tessel project.
//
//===----------------------------------------------------------------------===//

#include "tessel/Runtime/Bundle.h"
#include "tessel/Runtime/Sha256.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <system_error>

using namespace mlir::tessel::runtime;

namespace fs = std::filesystem;

/// Why `name` is not a file inside the bundle directory `dir`, or empty:
/// names are relative, without `..`, and (symbolic links followed) resolve
/// inside `dir`. A bundle's library is code that tessel-exec loads, and its
/// inputs are read; neither may reach outside the bundle.
static std::string outsideBundle(const std::string &dir,
                                 const std::string &name) {
  fs::path path(name);
  if (path.empty() || path.is_absolute() || path.has_root_name())
    return "'" + name + "' is not a relative path";
  for (const fs::path &part : path)
    if (part == "..")
      return "'" + name + "' leaves the bundle directory";
  std::error_code ec;
  fs::path root = fs::canonical(dir, ec);
  if (ec)
    return "cannot resolve the bundle directory: " + ec.message();
  fs::path resolved = fs::weakly_canonical(root / path, ec);
  if (ec)
    return "cannot resolve '" + name + "': " + ec.message();
  auto [rootEnd, unused] =
      std::mismatch(root.begin(), root.end(), resolved.begin(), resolved.end());
  (void)unused;
  if (rootEnd != root.end())
    return "'" + name + "' resolves outside the bundle directory";
  return "";
}

bool mlir::tessel::runtime::readBundle(const std::string &dir, Bundle &out,
                                       std::string &error) {
  std::string path = dir + "/bundle.txt";
  std::ifstream file(path);
  if (!file) {
    error = path + ": cannot open";
    return false;
  }
  out = Bundle();
  std::string line;
  int number = 0;
  auto bad = [&](const std::string &why) {
    error = path + ":" + std::to_string(number) + ": " + why;
    return false;
  };
  while (std::getline(file, line)) {
    ++number;
    std::istringstream words(line);
    std::string key, value, extra;
    if (!(words >> key))
      continue;
    if (!(words >> value))
      return bad("'" + key + "' needs a value");
    if (number == 1) {
      if (key != "tessel-bundle" || value != "1")
        return bad("not a version 1 tessel bundle");
      continue;
    }
    if (key == "target") {
      if (value != "cpu" && value != "cuda")
        return bad("unknown target '" + value + "'");
      out.target = value;
    } else if (key == "library") {
      if (std::string why = outsideBundle(dir, value); !why.empty())
        return bad(why);
      out.library = value;
    } else if (key == "library-sha256") {
      if (value.size() != 64 ||
          value.find_first_not_of("0123456789abcdef") != std::string::npos)
        return bad("'library-sha256' needs 64 lowercase hex digits");
      out.librarySha256 = value;
    } else if (key == "function") {
      out.functions.push_back({value, {}, {}});
    } else if (key == "input" || key == "input-random" ||
               key == "input-random-ints" || key == "expect") {
      if (out.functions.empty())
        return bad("'" + key + "' before any 'function'");
      BundleFunction &f = out.functions.back();
      if (key == "input" || key == "expect") {
        if (std::string why = outsideBundle(dir, value); !why.empty())
          return bad(why);
      }
      if (key == "input") {
        f.inputs.push_back({value, 0});
      } else if (key == "input-random") {
        char *end = nullptr;
        unsigned long long seed = std::strtoull(value.c_str(), &end, 10);
        if (*end != '\0' || value[0] == '-')
          return bad("'input-random' needs a seed");
        f.inputs.push_back({"", seed});
      } else if (key == "input-random-ints") {
        char *end = nullptr;
        unsigned long long seed = std::strtoull(value.c_str(), &end, 10);
        long long lo = 0, hi = 0;
        if (*end != '\0' || value[0] == '-' || !(words >> lo >> hi) || lo >= hi)
          return bad("'input-random-ints' needs a seed and a range lo < hi");
        f.inputs.push_back({"", seed, lo, hi});
      } else {
        char *end = nullptr;
        std::string text;
        double tolerance = 0;
        if (!(words >> text) ||
            (tolerance = std::strtod(text.c_str(), &end), *end != '\0') ||
            !std::isfinite(tolerance) || tolerance < 0)
          return bad("'expect' needs a file and a finite tolerance >= 0");
        f.expected.push_back({value, tolerance});
        value = text;
      }
    } else {
      return bad("unknown item '" + key + "'");
    }
    if (words >> extra)
      return bad("trailing text after '" + value + "'");
  }
  if (number == 0)
    return bad("empty bundle");
  if (out.target.empty() || out.library.empty())
    return bad("a bundle needs a target and a library");
  return true;
}

bool mlir::tessel::runtime::writeBundle(const std::string &dir,
                                        const Bundle &bundle,
                                        std::string &error) {
  std::string path = dir + "/bundle.txt";
  std::ofstream file(path);
  if (!file) {
    error = path + ": cannot write";
    return false;
  }
  std::string digest = bundle.librarySha256;
  if (digest.empty() && !sha256File(dir + "/" + bundle.library, digest, error))
    return false;
  file << "tessel-bundle 1\ntarget " << bundle.target << "\nlibrary "
       << bundle.library << "\nlibrary-sha256 " << digest << "\n";
  for (const BundleFunction &f : bundle.functions) {
    file << "function " << f.name << "\n";
    for (const BundleFunction::Input &input : f.inputs) {
      if (input.isRandomInts())
        file << "input-random-ints " << input.seed << " " << input.lo << " "
             << input.hi << "\n";
      else if (input.file.empty())
        file << "input-random " << input.seed << "\n";
      else
        file << "input " << input.file << "\n";
    }
    for (const BundleFunction::Expectation &e : f.expected) {
      // The shortest text that reads back as the same double.
      char tolerance[32];
      auto [end, ec] =
          std::to_chars(tolerance, tolerance + sizeof(tolerance), e.tolerance);
      (void)ec; // 32 characters hold any double.
      file << "expect " << e.file << " " << std::string(tolerance, end) << "\n";
    }
  }
  // Buffered bytes reach the disk (or fail to) at close.
  file.close();
  if (!file) {
    error = path + ": write failed";
    return false;
  }
  return true;
}

bool mlir::tessel::runtime::verifyBundleLibrary(const std::string &dir,
                                                const Bundle &bundle,
                                                std::string &error) {
  std::string path = dir + "/" + bundle.library;
  if (bundle.librarySha256.empty()) {
    error = dir + "/bundle.txt: no 'library-sha256': a bundle's library is "
                  "code, and tessel-exec runs only one whose digest it records";
    return false;
  }
  std::string digest;
  if (!sha256File(path, digest, error))
    return false;
  if (digest != bundle.librarySha256) {
    error = path + ": its SHA-256 digest " + digest +
            " is not the bundle's library-sha256 " + bundle.librarySha256 +
            " (the library changed after the bundle was written)";
    return false;
  }
  return true;
}
