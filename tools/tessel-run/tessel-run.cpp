//===- tessel-run.cpp - Compile and run tessel IR -------------------------===//
//
//   tessel-run model.mlir [--entry=f] [--input=a.npy ...|--seed=N]
//              [--target=cpu|cuda] [--chip=sm_90]
//              [--output-dir=DIR] [--check] [--bench=N] [--warmup=N]
//              [--emit-shared-library=f.so] [--bundle=DIR] [--parallel=0]
//
// Lowers the file with tessel-cpu-pipeline (or tessel-cuda-pipeline),
// compiles it (JIT for the CPU, a shared library for CUDA), runs each
// requested public function through the runtime on .npy or seeded random
// inputs with poisoned outputs, and optionally checks the results against the
// float64 reference interpreter and times the function. --bundle writes the
// library, the inputs and the references instead of running, for
// `tessel-exec --bundle` on the machine that has the target.
//
//===----------------------------------------------------------------------===//

#include "mlir/IR/MLIRContext.h"
#include "mlir/Parser/Parser.h"
#include "mlir/Support/FileUtilities.h"
#include "tessel/Dialect/Tessel/IR/TesselOps.h"
#include "tessel/Execution/Compiler.h"
#include "tessel/Execution/PipelineCommandLine.h"
#include "tessel/Execution/ReferenceInterpreter.h"
#include "tessel/Execution/SourceChecks.h"
#include "tessel/InitAll.h"
#include "tessel/Runtime/Bundle.h"
#include "tessel/Runtime/Check.h"
#include "tessel/Runtime/Cuda.h"
#include "tessel/Runtime/Module.h"
#include "tessel/Runtime/Npy.h"
#include "tessel/Runtime/Runner.h"
#include "tessel/Runtime/Tensor.h"

#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FileUtilities.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/raw_ostream.h"

#include <cmath>
#include <optional>

using namespace mlir;
namespace cl = llvm::cl;
namespace rt = tessel::runtime;

static cl::OptionCategory runCategory("tessel-run");

static cl::opt<std::string> inputFile(cl::Positional, cl::desc("<input.mlir>"),
                                      cl::Required, cl::cat(runCategory));
static cl::list<std::string>
    entries("entry", cl::desc("Function to run (default: every public one)"),
            cl::cat(runCategory));
static cl::list<std::string>
    inputs("input", cl::desc("An argument as a .npy file, in order"),
           cl::cat(runCategory));
static cl::list<int64_t> dynamicSizes(
    "dynamic-sizes",
    cl::desc("Sizes of the signature's symbols ?0, ?1, ... for random inputs "
             "of functions with dynamic shapes"),
    cl::CommaSeparated, cl::cat(runCategory));
static cl::opt<uint64_t> seed("seed", cl::desc("Seed of the random inputs"),
                              cl::init(0), cl::cat(runCategory));
static cl::opt<std::string>
    outputDir("output-dir", cl::desc("Write results to DIR/<f>.result<i>.npy"),
              cl::cat(runCategory));
static cl::opt<bool> check("check",
                           cl::desc("Compare with the float64 reference"),
                           cl::cat(runCategory));
static cl::opt<int> benchIterations("bench",
                                    cl::desc("Time N runs, print the median"),
                                    cl::init(0), cl::cat(runCategory));
static cl::opt<int> warmup("warmup", cl::desc("Untimed runs before --bench"),
                           cl::init(3), cl::cat(runCategory));
static cl::opt<bool> warmCache(
    "warm-cache",
    cl::desc("--target=cuda --bench: time back-to-back runs without "
             "flushing the L2 cache before each (flushed by default)"),
    cl::cat(runCategory));
static cl::opt<std::string> emitLibrary(
    "emit-shared-library",
    cl::desc("Write a shared library for the runtime instead of running"),
    cl::cat(runCategory));
static cl::opt<std::string> target("target", cl::desc("cpu (default) or cuda"),
                                   cl::init("cpu"), cl::cat(runCategory));
static cl::opt<std::string>
    bundleDir("bundle",
              cl::desc("Write the library, the inputs and (with --check) the "
                       "float64 references to DIR for tessel-exec --bundle, "
                       "instead of running"),
              cl::cat(runCategory));
static cl::opt<bool> bundleRandomInputs(
    "bundle-random-inputs",
    cl::desc("In --bundle, let the running machine make the inputs from the "
             "seed instead of carrying them (inputs too large to carry; no "
             "--check)"),
    cl::cat(runCategory));

namespace {

/// Tolerance of a result, relative to the largest reference magnitude: f32
/// arithmetic with f32 accumulation, or the storage precision of narrower
/// floats. Integers are exact, except that quantized values may be one step
/// off where f32 and f64 rounding disagree on a tie.
double toleranceFor(const rt::TensorType &type, Value result) {
  const rt::ElementType &e = type.element;
  if (e.kind == rt::ElementKind::Int)
    return isa_and_nonnull<tessel::QuantizeOp>(result.getDefiningOp()) ? 1.0
                                                                       : 0.0;
  if (e.bits == 16)
    return e.brain ? 2e-2 : 4e-3;
  return 2e-5;
}

/// Arguments used as gather indices must be in range; everything else is
/// uniformly random. An argument attribute `tessel.random_range =
/// array<i64: lo, hi>` sets the range [lo, hi) itself (benchmarks that want
/// every page valid and every sequence full).
std::optional<std::pair<int64_t, int64_t>> indexRange(BlockArgument arg) {
  auto func = cast<FunctionOpInterface>(arg.getOwner()->getParentOp());
  if (auto range = func.getArgAttrOfType<DenseI64ArrayAttr>(
          arg.getArgNumber(), "tessel.random_range");
      range && range.size() == 2 && range[0] < range[1])
    return std::pair<int64_t, int64_t>(range[0], range[1]);
  for (Operation *user : arg.getUsers()) {
    if (auto permute = dyn_cast<tessel::PermuteOp>(user))
      if (permute.getIndices() == arg)
        return std::pair<int64_t, int64_t>(
            0, permute.getInput().getType().getDimSize(permute.getDimension()));
    // Page tables name pages of the pool, and two past it (out-of-range
    // entries mask their tokens); lengths run from empty to two past the
    // table's capacity (clamped).
    if (auto paged = dyn_cast<tessel::PagedAttentionOp>(user)) {
      int64_t pages = paged.getKeyPages().getType().getDimSize(0);
      int64_t capacity = paged.getMaxPages() * paged.getPageSize();
      if (paged.getBlockTable() == arg)
        return std::pair<int64_t, int64_t>(0, pages + 2);
      if (paged.getSeqLens() == arg)
        return std::pair<int64_t, int64_t>(0, capacity + 3);
    }
  }
  return std::nullopt;
}

tessel::reference::Tensor toReference(const rt::Buffer &buffer) {
  const auto &shape = buffer.type().shape;
  return tessel::reference::Tensor(
      std::vector<int64_t>(shape.begin(), shape.end()), buffer.toDoubles());
}

int fail(const llvm::Twine &message) {
  llvm::errs() << "tessel-run: error: " << message << "\n";
  return 1;
}

/// The function's inputs: from --input files, or seeded random values
/// (gather indices in range).
bool makeInputs(func::FuncOp original, const rt::Signature &sig,
                std::vector<rt::Buffer> &args, std::string &error) {
  if (!inputs.empty() && inputs.size() != sig.inputs.size()) {
    error = sig.name + " takes " + std::to_string(sig.inputs.size()) +
            " arguments but " + std::to_string(inputs.size()) +
            " --input files were given";
    return false;
  }
  std::vector<rt::TensorType> types;
  if (inputs.empty() &&
      !sig.inputTypesFor(
          std::vector<int64_t>(dynamicSizes.begin(), dynamicSizes.end()), types,
          error)) {
    error += " (give them with --dynamic-sizes)";
    return false;
  }
  for (auto [i, type] : llvm::enumerate(sig.inputs)) {
    if (!inputs.empty()) {
      args.emplace_back(rt::TensorType{type.element, {}});
      if (!rt::readNpy(inputs[i], type, args.back(), error))
        return false;
      continue;
    }
    std::optional<rt::Buffer> arg = rt::Buffer::allocate(types[i], error);
    if (!arg)
      return false;
    args.push_back(std::move(*arg));
    if (auto range = indexRange(original.getArgument(i))) {
      args.back().fillRandomInts(seed + i, range->first, range->second);
    } else {
      args.back().fillRandom(seed + i);
    }
  }
  return true;
}

/// A reference result and the tolerance of its comparison.
struct Expected {
  tessel::reference::Tensor value;
  double tolerance;
};

/// The float64 reference results of `original` on `args`.
FailureOr<std::vector<Expected>>
expectedResults(func::FuncOp original, const rt::Signature &sig,
                const std::vector<rt::Buffer> &args) {
  std::vector<tessel::reference::Tensor> refArgs;
  for (const rt::Buffer &arg : args)
    refArgs.push_back(toReference(arg));
  FailureOr<std::vector<tessel::reference::Tensor>> values =
      tessel::interpretWithReference(original, refArgs);
  if (failed(values))
    return failure();
  std::vector<Expected> out;
  for (auto [i, value] : llvm::enumerate(*values)) {
    Value returned = original.getBody().front().getTerminator()->getOperand(i);
    out.push_back({std::move(value), toleranceFor(sig.results[i], returned)});
  }
  return out;
}

/// Runs one function; returns the process exit code contribution.
int runFunction(func::FuncOp original, rt::Function &function, bool cuda) {
  const rt::Signature &sig = function.signature();
  std::string name = sig.name;
  std::string error;
  std::vector<rt::Buffer> args, results;
  if (!makeInputs(original, sig, args, error) ||
      !sig.poisonedResultsFor(args, results, error))
    return fail(error);
  rt::Runner runner(cuda);
  if (!runner.call(function, args, results, error))
    return fail(error);
  int status = 0;
  if (check) {
    FailureOr<std::vector<Expected>> expected =
        expectedResults(original, sig, args);
    if (failed(expected))
      return 1;
    for (auto [i, result] : llvm::enumerate(results)) {
      const Expected &want = (*expected)[i];
      rt::CheckResult r = rt::compareWithReference(result, want.value.data);
      bool ok = r.passes(want.tolerance);
      llvm::outs() << "check " << name << " result " << i << " ("
                   << rt::toString(result.type()) << "): max error "
                   << llvm::format("%.3g", r.error) << ", tolerance "
                   << llvm::format("%.3g", want.tolerance) << ": "
                   << (ok ? "ok" : "FAIL") << "\n";
      if (!ok)
        status = 1;
    }
  }
  if (!outputDir.empty()) {
    for (auto [i, result] : llvm::enumerate(results)) {
      std::string path =
          outputDir + "/" + name + ".result" + std::to_string(i) + ".npy";
      if (!rt::writeNpy(path, result, error))
        return fail(error);
    }
  }
  if (benchIterations > 0) {
    rt::BenchmarkResult bench;
    if (!runner.benchmark(function, args, results, warmup, benchIterations,
                          bench, error, warmCache))
      return fail(error);
    llvm::outs() << "bench " << name << ": median "
                 << llvm::format("%.4f", bench.medianMs) << " ms, min "
                 << llvm::format("%.4f", bench.minMs) << " ms over "
                 << bench.iterations << " runs\n";
  }
  return status;
}

/// Writes `library` (already in `dir`), each function's inputs and, with
/// --check, its references as a bundle.
int writeBundleFor(ArrayRef<func::FuncOp> selected, StringRef libraryName,
                   StringRef dir, ModuleOp lowered) {
  rt::Bundle bundle;
  bundle.target = target;
  bundle.library = libraryName.str();
  std::string error;
  for (func::FuncOp func : selected) {
    std::string name = func.getName().str();
    // The signature the compiled code exports, as the runtime reads it.
    auto global =
        lowered.lookupSymbol<LLVM::GlobalOp>("_tessel_signature_" + name);
    auto text = global ? dyn_cast_or_null<StringAttr>(global.getValueAttr())
                       : StringAttr();
    rt::Signature sig;
    if (!text ||
        !rt::parseSignature(text.getValue().rtrim('\0').str(), sig, error))
      return fail("compiled code has no signature for @" + name + " " + error);
    rt::BundleFunction entry{name, {}, {}};
    if (bundleRandomInputs) {
      if (check || !inputs.empty())
        return fail("--bundle-random-inputs excludes --check and --input");
      if (!sig.isStatic())
        return fail("--bundle-random-inputs: @" + name +
                    " has dynamic sizes; bundle its inputs instead");
      for (size_t i = 0; i < sig.inputs.size(); ++i) {
        // Indices are made in their range on the running machine.
        auto range = indexRange(func.getArgument(i));
        entry.inputs.push_back({"", seed + i, range ? range->first : 0,
                                range ? range->second : 0});
      }
      bundle.functions.push_back(std::move(entry));
      continue;
    }
    std::vector<rt::Buffer> args;
    if (!makeInputs(func, sig, args, error))
      return fail(error);
    for (auto [i, arg] : llvm::enumerate(args)) {
      std::string file = name + ".input" + std::to_string(i) + ".npy";
      if (!rt::writeNpy((dir + "/" + file).str(), arg, error))
        return fail(error);
      entry.inputs.push_back({file, 0});
    }
    if (check) {
      FailureOr<std::vector<Expected>> expected =
          expectedResults(func, sig, args);
      if (failed(expected))
        return 1;
      for (auto [i, want] : llvm::enumerate(*expected)) {
        rt::TensorType f64{rt::ElementType::f64(), want.value.shape};
        rt::Buffer values(f64);
        values.fromDoubles(want.value.data);
        std::string file = name + ".expected" + std::to_string(i) + ".npy";
        if (!rt::writeNpy((dir + "/" + file).str(), values, error))
          return fail(error);
        entry.expected.push_back({file, want.tolerance});
      }
    }
    bundle.functions.push_back(std::move(entry));
  }
  if (!rt::writeBundle(dir.str(), bundle, error))
    return fail(error);
  return 0;
}

} // namespace

int main(int argc, char **argv) {
  llvm::InitLLVM initLLVM(argc, argv);
  tessel::registerAllPasses();
  tessel::PipelineCommandLine pipelineFlags;
  tessel::PipelineCommandLine::hideOtherOptions(runCategory);
  cl::ParseCommandLineOptions(argc, argv, "Tessel runner (CPU and CUDA)\n");

  DialectRegistry registry;
  tessel::registerAllDialects(registry);
  MLIRContext context(registry);
  context.loadAllAvailableDialects();
  context.printOpOnDiagnostic(false);
  llvm::SourceMgr sourceMgr;
  SourceMgrDiagnosticHandler diagHandler(sourceMgr, &context);
  std::string openError;
  std::unique_ptr<llvm::MemoryBuffer> source =
      openInputFile(inputFile, &openError);
  if (!source) {
    llvm::errs() << "error: " << openError << "\n";
    return 1;
  }
  unsigned sourceId = sourceMgr.AddNewSourceBuffer(std::move(source), SMLoc());
  if (failed(tessel::checkSource(sourceMgr, sourceId, &context)))
    return 1;
  OwningOpRef<ModuleOp> module =
      parseSourceFile<ModuleOp>(sourceMgr, ParserConfig(&context));
  if (!module)
    return 1;

  // The reference side keeps the IR as written; the compiled side loses
  // the random ranges, which are tessel-run's alone.
  OwningOpRef<ModuleOp> original = module->clone();
  for (auto func : module->getOps<func::FuncOp>())
    for (unsigned i = 0; i < func.getNumArguments(); ++i)
      func.removeArgAttr(i, "tessel.random_range");
  std::vector<func::FuncOp> selected;
  for (auto func : original->getOps<func::FuncOp>()) {
    if (!func.isPublic() || func.isExternal())
      continue;
    if (entries.empty() || llvm::is_contained(entries, func.getName()))
      selected.push_back(func);
  }
  for (const std::string &entry : entries)
    if (!llvm::any_of(selected,
                      [&](func::FuncOp f) { return f.getName() == entry; }))
      return fail("no public function @" + entry + " in " + inputFile);
  if (selected.empty())
    return fail("no public function to run in " + inputFile);

  if (target != "cpu" && target != "cuda")
    return fail("unknown --target '" + target + "' (cpu or cuda)");
  bool cuda = target == "cuda";
  tessel::NativeCodeOptions options;
  if (cuda) {
    // Host code runs on whichever machine has the GPU: no host-specific
    // features, and no OpenMP.
    options.hostFeatures = false;
    options.linkOpenMP = false;
    tessel::CUDAPipelineOptions cudaOptions;
    pipelineFlags.applyTo(cudaOptions);
    // Lanes given by hand are used for every qmatmul.
    if (tessel::PipelineCommandLine::wasGiven("qmatmul-lanes"))
      cudaOptions.costModel = "fixed";
    if (failed(tessel::lowerForCUDA(*module, cudaOptions)))
      return 1;
  } else {
    tessel::CPUPipelineOptions cpuOptions;
    pipelineFlags.applyTo(cpuOptions);
    if (failed(tessel::lowerForCPU(*module, cpuOptions)))
      return 1;
  }
  if (!bundleDir.empty()) {
    if (std::error_code ec = llvm::sys::fs::create_directories(bundleDir))
      return fail("cannot create " + bundleDir + ": " + ec.message());
    std::string libraryName = llvm::sys::path::stem(inputFile).str() + ".so";
    if (failed(tessel::emitSharedLibrary(*module, bundleDir + "/" + libraryName,
                                         options)))
      return 1;
    return writeBundleFor(selected, libraryName, bundleDir, *module);
  }
  if (!emitLibrary.empty())
    return failed(tessel::emitSharedLibrary(*module, emitLibrary, options));

  int status = 0;
  if (cuda) {
    // Through a temporary library loaded by the runtime, whose mgpu*
    // functions this executable exports.
    std::string error;
    if (!rt::cuda::initialize(error))
      return fail(error + " (use --bundle to run elsewhere)");
    llvm::SmallString<128> path;
    if (std::error_code ec =
            llvm::sys::fs::createTemporaryFile("tessel-cuda", "so", path))
      return fail("cannot create a temporary file: " + ec.message());
    llvm::FileRemover remover(path);
    if (failed(tessel::emitSharedLibrary(*module, path, options)))
      return 1;
    std::unique_ptr<rt::Module> library =
        rt::Module::load(path.str().str(), error);
    if (!library)
      return fail(error);
    for (func::FuncOp func : selected) {
      std::unique_ptr<rt::Function> function =
          library->lookup(func.getName().str(), error);
      if (!function)
        return fail(error);
      status |= runFunction(func, *function, /*cuda=*/true);
    }
    return status;
  }

  FailureOr<std::unique_ptr<ExecutionEngine>> engine =
      tessel::jitForCPU(*module, options);
  if (failed(engine))
    return 1;
  for (func::FuncOp func : selected) {
    std::string name = func.getName().str();
    auto entry = (*engine)->lookup("_tessel_packed_" + name);
    auto sigAddress = (*engine)->lookup("_tessel_signature_" + name);
    if (!entry || !sigAddress) {
      llvm::consumeError(entry.takeError());
      llvm::consumeError(sigAddress.takeError());
      return fail("compiled code has no entry for @" + name);
    }
    rt::Signature signature;
    std::string error;
    if (!rt::parseSignature(static_cast<const char *>(*sigAddress), signature,
                            error))
      return fail(error);
    rt::Function function(signature, *entry, rt::Function::Entry::Packed);
    status |= runFunction(func, function, /*cuda=*/false);
  }
  return status;
}
