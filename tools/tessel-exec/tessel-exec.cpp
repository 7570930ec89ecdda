//===- tessel-exec.cpp - Run a compiled Tessel library without MLIR -------===//
//
// Part of the Tessel project.
//
//   tessel-exec LIB.so --entry=NAME [--input=a.npy ... | --seed=N]
//               [--target=cpu|cuda] [--output=DIR] [--bench=ITERS]
//               [--warmup=N] [--print-signature]
//   tessel-exec --bundle=DIR [--bench=ITERS] [--warmup=N]
//
// Loads a shared library written by `tessel-run --emit-shared-library` (or
// a bundle written by `tessel-run --bundle`), runs one function on .npy or
// seeded random inputs with poisoned results, writes the results as
// DIR/result<i>.npy, prints a summary of each result and optionally times the
// function. With a bundle, it runs every function of the bundle on its
// inputs and checks the results of two calls against the bundle's float64
// references (the second call reads state that the first leaves, such as
// the device copies of constants).
// Uses only the runtime, so it runs where MLIR and LLVM are not installed;
// --target=cuda runs code from tessel-cuda-pipeline on GPU 0.
//
//===----------------------------------------------------------------------===//

#include "tessel/Runtime/Bundle.h"
#include "tessel/Runtime/Check.h"
#include "tessel/Runtime/Cuda.h"
#include "tessel/Runtime/Module.h"
#include "tessel/Runtime/Npy.h"
#include "tessel/Runtime/Runner.h"
#include "tessel/Runtime/Tensor.h"

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <limits>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace rt = mlir::tessel::runtime;

namespace {

const char *const kUsage =
    "usage: tessel-exec LIB.so --entry=NAME [--input=a.npy ... | --seed=N]\n"
    "                   [--dynamic-sizes=N,...] [--target=cpu|cuda] "
    "[--output=DIR] [--bench=ITERS]\n"
    "                   [--warmup=N] [--warm-cache] [--print-signature]\n"
    "       tessel-exec --bundle=DIR [--entry=NAME ...] [--output=DIR] "
    "[--bench=ITERS]\n"
    "                   [--warmup=N] [--warm-cache]\n"
    "\n"
    "  --bundle=DIR       run and check every function of a bundle written\n"
    "                     by tessel-run --bundle\n"
    "  --target=T         cpu (default) or cuda (tessel-cuda-pipeline code)\n"
    "  --entry=NAME       the function to run (with --bundle: once per\n"
    "                     function to run; by default every one)\n"
    "  --input=FILE       an input as a .npy file, once per input, in order\n"
    "  --seed=N           random inputs instead; input i uses seed N+i "
    "(default 0)\n"
    "  --dynamic-sizes=N,...\n"
    "                     with --seed, the sizes of the signature's symbols\n"
    "                     ?0, ?1, ... (functions with dynamic shapes)\n"
    "  --output=DIR       write result i to DIR/result<i>.npy (with\n"
    "                     --bundle: DIR/<function>.result<i>.npy)\n"
    "  --bench=ITERS      time ITERS calls and print the median\n"
    "  --warmup=N         untimed calls before timing (default 3)\n"
    "  --warm-cache       CUDA: time back-to-back calls without flushing the\n"
    "                     L2 cache before each (by default it is flushed, as\n"
    "                     Triton's do_bench does for the peers)\n"
    "  --print-signature  print the function's signature and exit\n";

struct Options {
  std::string library;
  std::string bundle;
  bool cuda = false;
  /// --entry, once per function: one of a library; with --bundle, those
  /// to run (every one if none).
  std::vector<std::string> entries;
  std::vector<std::string> inputs;
  uint64_t seed = 0;
  bool seedGiven = false;
  std::vector<int64_t> dynamicSizes;
  std::string outputDir;
  int benchIterations = 0;
  int warmup = 3;
  bool warmCache = false;
  bool printSignature = false;
};

int fail(const std::string &message) {
  std::fprintf(stderr, "tessel-exec: error: %s\n", message.c_str());
  return 1;
}

/// Parses a decimal integer in [lo, hi] that makes up all of `text`.
bool parseInteger(const std::string &text, int64_t lo, int64_t hi,
                  int64_t &out) {
  if (text.empty())
    return false;
  char *end;
  errno = 0;
  long long value = std::strtoll(text.c_str(), &end, 10);
  if (errno || *end || value < lo || value > hi)
    return false;
  out = value;
  return true;
}

/// Parses the command line; on failure returns false and sets `error`.
bool parseOptions(int argc, char **argv, Options &options, bool &help,
                  std::string &error) {
  const int64_t intMax = std::numeric_limits<int>::max();
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg.empty() || arg[0] != '-') {
      if (!options.library.empty()) {
        error = "more than one library given: '" + options.library + "' and '" +
                arg + "'";
        return false;
      }
      options.library = arg;
      continue;
    }
    if (arg.rfind("--", 0) != 0) {
      error = "unknown option '" + arg + "'";
      return false;
    }
    size_t eq = arg.find('=');
    std::string key = arg.substr(2, eq == std::string::npos ? eq : eq - 2);
    std::string value = eq == std::string::npos ? "" : arg.substr(eq + 1);
    bool hasValue = eq != std::string::npos;
    bool flag =
        key == "help" || key == "print-signature" || key == "warm-cache";
    bool valued = key == "entry" || key == "input" || key == "output" ||
                  key == "seed" || key == "bench" || key == "warmup" ||
                  key == "bundle" || key == "target" || key == "dynamic-sizes";
    if (!flag && !valued) {
      error = "unknown option '" + arg + "'";
      return false;
    }
    if (flag == hasValue) {
      error = flag ? "option '--" + key + "' takes no value"
                   : "option '--" + key + "' needs a value (--" + key + "=...)";
      return false;
    }
    int64_t number = 0;
    bool ok = true;
    if (key == "help") {
      help = true;
    } else if (key == "print-signature") {
      options.printSignature = true;
    } else if (key == "warm-cache") {
      options.warmCache = true;
    } else if (key == "entry") {
      options.entries.push_back(value);
    } else if (key == "bundle") {
      options.bundle = value;
    } else if (key == "target") {
      ok = value == "cpu" || value == "cuda";
      options.cuda = value == "cuda";
    } else if (key == "input") {
      options.inputs.push_back(value);
    } else if (key == "output") {
      options.outputDir = value;
    } else if (key == "seed") {
      ok = parseInteger(value, 0, std::numeric_limits<int64_t>::max(), number);
      options.seed = number;
      options.seedGiven = true;
    } else if (key == "dynamic-sizes") {
      options.dynamicSizes.clear();
      size_t start = 0;
      while (ok) {
        size_t comma = value.find(',', start);
        ok = parseInteger(value.substr(start, comma - start), 0,
                          std::numeric_limits<int64_t>::max(), number);
        options.dynamicSizes.push_back(number);
        if (comma == std::string::npos)
          break;
        start = comma + 1;
      }
    } else if (key == "bench") {
      ok = parseInteger(value, 1, intMax, number);
      options.benchIterations = static_cast<int>(number);
    } else {
      ok = parseInteger(value, 0, intMax, number);
      options.warmup = static_cast<int>(number);
    }
    if (!ok) {
      error = "invalid value '" + value + "' for --" + key;
      return false;
    }
  }
  return true;
}

/// `%.6g` of `value`.
std::string format(double value, const char *spec = "%.6g") {
  char text[64];
  std::snprintf(text, sizeof text, spec, value);
  return text;
}

/// `<type> min=<> max=<> mean=<> nan=<count>`. NaNs are counted, not
/// included; integers read as signed (i1 as 0 or 1).
std::string summarize(const rt::Buffer &buffer) {
  const rt::ElementType &e = buffer.type().element;
  std::vector<double> values =
      e.isInt() && e.bits > 1 ? buffer.toDoublesSigned() : buffer.toDoubles();
  double lo = INFINITY, hi = -INFINITY, sum = 0;
  int64_t nans = 0;
  for (double v : values) {
    if (std::isnan(v)) {
      ++nans;
      continue;
    }
    lo = std::min(lo, v);
    hi = std::max(hi, v);
    sum += v;
  }
  size_t counted = values.size() - nans;
  if (counted == 0)
    lo = hi = sum = NAN;
  return rt::toString(buffer.type()) + " min=" + format(lo) +
         " max=" + format(hi) + " mean=" + format(sum / counted) +
         " nan=" + std::to_string(nans);
}

/// Writes result i to DIR/<prefix>result<i>.npy, creating DIR.
bool writeResults(const std::string &dir, const std::string &prefix,
                  const std::vector<rt::Buffer> &results, std::string &error) {
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (ec) {
    error = "cannot create directory '" + dir + "': " + ec.message();
    return false;
  }
  for (size_t i = 0; i < results.size(); ++i)
    if (!rt::writeNpy(dir + "/" + prefix + "result" + std::to_string(i) +
                          ".npy",
                      results[i], error))
      return false;
  return true;
}

/// Times `function` on the buffers of its last call and prints the median
/// and the minimum.
bool benchmarkAndPrint(rt::Runner &runner, const rt::Function &function,
                       std::vector<rt::Buffer> &inputs,
                       std::vector<rt::Buffer> &results, const Options &options,
                       std::string &error) {
  rt::BenchmarkResult bench;
  if (!runner.benchmark(function, inputs, results, options.warmup,
                        options.benchIterations, bench, error,
                        options.warmCache))
    return false;
  std::printf("bench %s: median %s ms, min %s ms over %d iterations\n",
              function.signature().name.c_str(),
              format(bench.medianMs, "%.4f").c_str(),
              format(bench.minMs, "%.4f").c_str(), bench.iterations);
  return true;
}

int run(const Options &options) {
  std::string error;
  if (options.cuda && !rt::cuda::initialize(error))
    return fail(error);
  std::unique_ptr<rt::Module> module = rt::Module::load(options.library, error);
  if (!module)
    return fail(error);
  std::unique_ptr<rt::Function> function =
      module->lookup(options.entries.front(), error);
  if (!function)
    return fail(error);
  const rt::Signature &sig = function->signature();
  if (options.printSignature) {
    std::printf("%s\n", rt::toString(sig).c_str());
    return 0;
  }

  if (!options.inputs.empty() && options.inputs.size() != sig.inputs.size())
    return fail(sig.name + " takes " + std::to_string(sig.inputs.size()) +
                " inputs but " + std::to_string(options.inputs.size()) +
                " --input files were given");
  std::vector<rt::Buffer> inputs, results;
  std::vector<rt::TensorType> types;
  if (options.inputs.empty() &&
      !sig.inputTypesFor(options.dynamicSizes, types, error))
    return fail(error + " (give them with --dynamic-sizes)");
  inputs.reserve(sig.inputs.size());
  for (size_t i = 0; i < sig.inputs.size(); ++i) {
    if (options.inputs.empty()) {
      std::optional<rt::Buffer> input = rt::Buffer::allocate(types[i], error);
      if (!input)
        return fail(error);
      inputs.push_back(std::move(*input));
      inputs.back().fillRandom(options.seed + i);
    } else {
      inputs.emplace_back(rt::TensorType{sig.inputs[i].element, {}});
      if (!rt::readNpy(options.inputs[i], sig.inputs[i], inputs.back(), error))
        return fail(error);
    }
  }
  if (!sig.poisonedResultsFor(inputs, results, error))
    return fail(error);
  rt::Runner runner(options.cuda);
  if (!runner.call(*function, inputs, results, error))
    return fail(error);

  if (!options.outputDir.empty() &&
      !writeResults(options.outputDir, "", results, error))
    return fail(error);
  for (size_t i = 0; i < results.size(); ++i)
    std::printf("result %zu: %s\n", i, summarize(results[i]).c_str());

  if (options.benchIterations > 0 &&
      !benchmarkAndPrint(runner, *function, inputs, results, options, error))
    return fail(error);
  return 0;
}

/// Runs every function of a bundle on its inputs, checks the results that
/// have references, and times each function with --bench.
int runBundle(const Options &options) {
  std::string error;
  rt::Bundle bundle;
  if (!rt::readBundle(options.bundle, bundle, error))
    return fail(error);
  // The library is code: run it only as the bundle recorded it.
  if (!rt::verifyBundleLibrary(options.bundle, bundle, error))
    return fail(error);
  bool cuda = bundle.target == "cuda";
  if (cuda && !rt::cuda::initialize(error))
    return fail(error);
  if (cuda)
    std::printf("device: %s\n", rt::cuda::deviceDescription().c_str());
  std::string dir = options.bundle + "/";
  std::unique_ptr<rt::Module> module =
      rt::Module::load(dir + bundle.library, error);
  if (!module)
    return fail(error);
  for (const std::string &name : options.entries)
    if (std::none_of(
            bundle.functions.begin(), bundle.functions.end(),
            [&](const rt::BundleFunction &f) { return f.name == name; }))
      return fail("--entry=" + name + ": the bundle has no such function");
  int status = 0;
  for (const rt::BundleFunction &entry : bundle.functions) {
    if (!options.entries.empty() &&
        std::find(options.entries.begin(), options.entries.end(), entry.name) ==
            options.entries.end())
      continue;
    std::unique_ptr<rt::Function> function = module->lookup(entry.name, error);
    if (!function)
      return fail(error);
    const rt::Signature &sig = function->signature();
    if (entry.inputs.size() != sig.inputs.size())
      return fail(entry.name + ": the bundle has " +
                  std::to_string(entry.inputs.size()) +
                  " inputs, the function " + std::to_string(sig.inputs.size()));
    std::vector<rt::Buffer> inputs, results;
    for (size_t i = 0; i < sig.inputs.size(); ++i) {
      const rt::BundleFunction::Input &input = entry.inputs[i];
      if (input.file.empty() && !sig.inputs[i].isStatic())
        return fail(entry.name + ": input " + std::to_string(i) +
                    " has dynamic sizes, so the bundle must carry it");
      std::optional<rt::Buffer> buffer = rt::Buffer::allocate(
          input.file.empty() ? sig.inputs[i]
                             : rt::TensorType{sig.inputs[i].element, {}},
          error);
      if (!buffer)
        return fail(entry.name + ": input " + std::to_string(i) + ": " + error);
      inputs.push_back(std::move(*buffer));
      if (input.isRandomInts())
        inputs.back().fillRandomInts(input.seed, input.lo, input.hi);
      else if (input.file.empty())
        inputs.back().fillRandom(input.seed);
      else if (!rt::readNpy(dir + input.file, sig.inputs[i], inputs.back(),
                            error))
        return fail(error);
    }
    rt::Runner runner(cuda);
    // Functions with references run twice and both calls are checked: the
    // second reads what the first leaves behind (the device copies of
    // constants). A line is printed for the second call, and for a first
    // call that fails.
    std::vector<rt::TensorType> resultTypes;
    if (!sig.resultTypesFor(inputs, resultTypes, error))
      return fail(error);
    std::vector<std::vector<double>> references;
    for (const auto &expected : entry.expected) {
      if (references.size() == resultTypes.size())
        break;
      rt::TensorType f64 = resultTypes[references.size()];
      f64.element = rt::ElementType::f64();
      rt::Buffer want(rt::TensorType{f64.element, {}});
      if (!rt::readNpy(dir + expected.file, f64, want, error))
        return fail(error);
      references.push_back(want.toDoubles());
    }
    int calls = entry.expected.empty() ? 1 : 2;
    for (int call = 1; call <= calls; ++call) {
      if (!sig.poisonedResultsFor(inputs, results, error) ||
          !runner.call(*function, inputs, results, error))
        return fail(error);
      for (size_t i = 0; i < references.size() && i < results.size(); ++i) {
        rt::CheckResult r = rt::compareWithReference(results[i], references[i]);
        bool ok = r.passes(entry.expected[i].tolerance);
        if (ok && call < calls)
          continue;
        std::printf("check %s result %zu (%s)%s: max error %.3g, tolerance "
                    "%.3g: %s\n",
                    entry.name.c_str(), i,
                    rt::toString(results[i].type()).c_str(),
                    call < calls ? ", first call" : "", r.error,
                    entry.expected[i].tolerance, ok ? "ok" : "FAIL");
        if (!ok)
          status = 1;
      }
    }
    if (!options.outputDir.empty() &&
        !writeResults(options.outputDir, entry.name + ".", results, error))
      return fail(error);
    if (options.benchIterations > 0 &&
        !benchmarkAndPrint(runner, *function, inputs, results, options, error))
      return fail(error);
  }
  return status;
}

} // namespace

int main(int argc, char **argv) {
  Options options;
  bool help = false;
  std::string error;
  if (!parseOptions(argc, argv, options, help, error))
    return fail(error);
  if (help) {
    std::printf("%s", kUsage);
    return 0;
  }
  if (!options.bundle.empty()) {
    if (!options.library.empty() || !options.inputs.empty() ||
        options.seedGiven || options.cuda)
      return fail("--bundle takes the library, inputs and target from the "
                  "bundle");
    return runBundle(options);
  }
  if (options.library.empty())
    return fail("no library given\n" + std::string(kUsage));
  if (options.entries.empty())
    return fail("no --entry given");
  if (options.entries.size() > 1)
    return fail("--entry names one function of a library (several only with "
                "--bundle)");
  if (options.seedGiven && !options.inputs.empty())
    return fail("--seed and --input exclude each other");
  return run(options);
}
