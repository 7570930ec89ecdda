//===- tessel-run.cpp - Compile and run tessel IR on the CPU --------------===//
//
//   tessel-run model.mlir [--entry=f] [--input=a.npy ...|--seed=N]
//              [--output-dir=DIR] [--check] [--bench=N] [--warmup=N]
//              [--emit-shared-library=f.so] [--parallel=0]
//
// Lowers the file with tessel-cpu-pipeline, JIT-compiles it (or writes a
// shared library for the MLIR-free runtime), runs each requested public
// function through the runtime on .npy or seeded random inputs with poisoned
// outputs, and optionally checks the results against the float64 reference
// interpreter and times the function.
//
//===----------------------------------------------------------------------===//

#include "mlir/IR/MLIRContext.h"
#include "mlir/Parser/Parser.h"
#include "mlir/Support/FileUtilities.h"
#include "tessel/Dialect/Tessel/IR/TesselOps.h"
#include "tessel/Execution/Compiler.h"
#include "tessel/Execution/ReferenceInterpreter.h"
#include "tessel/InitAll.h"
#include "tessel/Runtime/Module.h"
#include "tessel/Runtime/Npy.h"
#include "tessel/Runtime/Tensor.h"

#include "llvm/Support/CommandLine.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/raw_ostream.h"

#include <cmath>

using namespace mlir;
namespace cl = llvm::cl;
namespace rt = tessel::runtime;

static cl::opt<std::string> inputFile(cl::Positional, cl::desc("<input.mlir>"),
                                      cl::Required);
static cl::list<std::string>
    entries("entry", cl::desc("Function to run (default: every public one)"));
static cl::list<std::string>
    inputs("input", cl::desc("An argument as a .npy file, in order"));
static cl::opt<uint64_t> seed("seed", cl::desc("Seed of the random inputs"),
                              cl::init(0));
static cl::opt<std::string>
    outputDir("output-dir", cl::desc("Write results to DIR/<f>.result<i>.npy"));
static cl::opt<bool> check("check",
                           cl::desc("Compare with the float64 reference"));
static cl::opt<int> benchIterations("bench",
                                    cl::desc("Time N runs, print the median"),
                                    cl::init(0));
static cl::opt<int> warmup("warmup", cl::desc("Untimed runs before --bench"),
                           cl::init(3));
static cl::opt<std::string> emitLibrary(
    "emit-shared-library",
    cl::desc("Write a shared library for the runtime instead of running"));
static cl::opt<std::string> tileCostModel(
    "tile-cost-model",
    cl::desc("How tessel-tile chooses tile sizes: fixed or analytical"),
    cl::init("fixed"));
static cl::opt<bool> parallel("parallel", cl::desc("Use all cores (OpenMP)"),
                              cl::init(true));

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
/// uniformly random.
std::optional<int64_t> indexRange(BlockArgument arg) {
  for (Operation *user : arg.getUsers())
    if (auto permute = dyn_cast<tessel::PermuteOp>(user))
      if (permute.getIndices() == arg)
        return permute.getInput().getType().getDimSize(permute.getDimension());
  return std::nullopt;
}

struct CheckResult {
  double error = 0;
  int64_t bad = 0;
};

/// Largest error relative to max |reference| (floats) or largest distance
/// in steps (integers, modulo 2^bits); non-finite values where the
/// reference is finite count as bad.
CheckResult compare(const rt::Buffer &got,
                    const tessel::reference::Tensor &want) {
  std::vector<double> values = got.toDoubles();
  CheckResult r;
  const rt::ElementType &e = got.type().element;
  if (e.kind == rt::ElementKind::Int) {
    double modulus = std::ldexp(1.0, e.bits);
    for (size_t i = 0; i < values.size(); ++i) {
      double w = std::fmod(std::fmod(want.data[i], modulus) + modulus, modulus);
      double d = std::fabs(values[i] - w);
      d = std::min(d, modulus - d);
      r.error = std::max(r.error, d);
    }
    return r;
  }
  double scale = 0;
  for (double w : want.data)
    if (std::isfinite(w))
      scale = std::max(scale, std::fabs(w));
  scale = std::max(scale, 1e-30);
  for (size_t i = 0; i < values.size(); ++i) {
    if (!std::isfinite(values[i]) && std::isfinite(want.data[i])) {
      ++r.bad;
      r.error = INFINITY;
      continue;
    }
    if (std::isfinite(want.data[i]))
      r.error = std::max(r.error, std::fabs(values[i] - want.data[i]) / scale);
  }
  return r;
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

/// Runs one function; returns the process exit code contribution.
int runFunction(func::FuncOp original, rt::Function &function) {
  const rt::Signature &sig = function.signature();
  std::string name = sig.name;
  std::string error;

  std::vector<std::unique_ptr<rt::Buffer>> args, results;
  for (auto [i, type] : llvm::enumerate(sig.inputs)) {
    args.push_back(std::make_unique<rt::Buffer>(type));
    if (!inputs.empty()) {
      if (inputs.size() != sig.inputs.size())
        return fail(name + " takes " + llvm::Twine(sig.inputs.size()) +
                    " arguments but " + llvm::Twine(inputs.size()) +
                    " --input files were given");
      if (!rt::readNpy(inputs[i], type, *args.back(), error))
        return fail(error);
    } else if (std::optional<int64_t> range =
                   indexRange(original.getArgument(i))) {
      args.back()->fillRandomInts(seed + i, 0, *range);
    } else {
      args.back()->fillRandom(seed + i);
    }
  }
  for (const rt::TensorType &type : sig.results) {
    results.push_back(std::make_unique<rt::Buffer>(type));
    results.back()->poison();
  }
  auto raw = [](auto &buffers) {
    std::vector<rt::Buffer *> ptrs;
    for (auto &b : buffers)
      ptrs.push_back(b.get());
    return ptrs;
  };
  if (!function.call(raw(args), raw(results), error))
    return fail(error);

  int status = 0;
  if (check) {
    std::vector<tessel::reference::Tensor> refArgs;
    for (auto &arg : args)
      refArgs.push_back(toReference(*arg));
    FailureOr<std::vector<tessel::reference::Tensor>> expected =
        tessel::interpretWithReference(original, refArgs);
    if (failed(expected))
      return 1;
    for (auto [i, result] : llvm::enumerate(results)) {
      CheckResult r = compare(*result, (*expected)[i]);
      Value returned =
          original.getBody().front().getTerminator()->getOperand(i);
      double tolerance = toleranceFor(result->type(), returned);
      bool ok = r.bad == 0 && r.error <= tolerance;
      llvm::outs() << "check " << name << " result " << i << " ("
                   << rt::toString(result->type()) << "): max error "
                   << llvm::format("%.3g", r.error) << ", tolerance "
                   << llvm::format("%.3g", tolerance) << ": "
                   << (ok ? "ok" : "FAIL") << "\n";
      if (!ok)
        status = 1;
    }
  }
  if (!outputDir.empty()) {
    for (auto [i, result] : llvm::enumerate(results)) {
      std::string path =
          outputDir + "/" + name + ".result" + std::to_string(i) + ".npy";
      if (!rt::writeNpy(path, *result, error))
        return fail(error);
    }
  }
  if (benchIterations > 0) {
    rt::BenchmarkResult bench;
    if (!function.benchmark(raw(args), raw(results), warmup, benchIterations,
                            bench, error))
      return fail(error);
    llvm::outs() << "bench " << name << ": median "
                 << llvm::format("%.4f", bench.medianMs) << " ms, min "
                 << llvm::format("%.4f", bench.minMs) << " ms over "
                 << bench.iterations << " runs\n";
  }
  return status;
}

} // namespace

int main(int argc, char **argv) {
  llvm::InitLLVM initLLVM(argc, argv);
  tessel::registerAllPasses();
  cl::ParseCommandLineOptions(argc, argv, "Tessel CPU runner\n");

  DialectRegistry registry;
  tessel::registerAllDialects(registry);
  MLIRContext context(registry);
  context.loadAllAvailableDialects();
  context.printOpOnDiagnostic(false);
  llvm::SourceMgr sourceMgr;
  SourceMgrDiagnosticHandler diagHandler(sourceMgr, &context);
  OwningOpRef<ModuleOp> module =
      parseSourceFile<ModuleOp>(inputFile, sourceMgr, &context);
  if (!module)
    return 1;

  // The reference side keeps the IR as written.
  OwningOpRef<ModuleOp> original = module->clone();
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

  tessel::CPUCompileOptions options;
  options.parallel = parallel;
  options.tileCostModel = tileCostModel;
  if (failed(tessel::lowerForCPU(*module, options)))
    return 1;
  if (!emitLibrary.empty())
    return failed(tessel::emitSharedLibrary(*module, emitLibrary, options));

  FailureOr<std::unique_ptr<ExecutionEngine>> engine =
      tessel::jitForCPU(*module, options);
  if (failed(engine))
    return 1;
  int status = 0;
  for (func::FuncOp func : selected) {
    std::string name = func.getName().str();
    auto entry = (*engine)->lookup("_mlir_ciface_" + name);
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
    rt::Function function(signature, *entry);
    status |= runFunction(func, function);
  }
  return status;
}
