//===- tessel-tune.cpp - Measurements for the learned cost model ----------===//
//
//   tessel-tune suite.mlir --target=cpu -o dataset.csv [--time-per-config=S]
//   tessel-tune suite.mlir --target=cuda --chip=sm_90 -o dataset.csv
//               --bundle-dir=DIR
//
// For every public function of the suite (one attention or qmatmul each),
// enumerates the configurations tessel-tile chooses among on the target
// (ConfigurationSpace.h), computes each one's features (Features.h) and
// measures it:
//   - cpu: compiles the function under the configuration, runs it on random
//     inputs and writes its median time;
//   - cuda: writes a bundle per configuration under DIR (inputs made from
//     seeds on the GPU machine) and a row without a time; `tessel-exec
//     --bundle` times them there and python/tessel/costmodel/measurements.py
//     fills the times in.
// On the CPU all configurations of a function are compiled first and then
// timed in interleaved rounds (see timeOnCPU). One CSV row per (function,
// configuration): case, config, the features, seconds. Rows already in the
// output are kept and not measured again, so an interrupted run resumes
// where it stopped (at a function boundary). Progress goes to stderr.
//
//===----------------------------------------------------------------------===//

#include "tessel/CostModel/ConfigurationSpace.h"
#include "tessel/CostModel/Features.h"
#include "tessel/Dialect/Tessel/IR/ConfigurationAttributes.h"
#include "tessel/Dialect/Tessel/IR/TesselOps.h"
#include "tessel/Execution/Compiler.h"
#include "tessel/Execution/PipelineCommandLine.h"
#include "tessel/Execution/SourceChecks.h"
#include "tessel/InitAll.h"
#include "tessel/Runtime/Bundle.h"
#include "tessel/Runtime/Module.h"
#include "tessel/Runtime/Runner.h"
#include "tessel/Runtime/Tensor.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/Parser/Parser.h"
#include "mlir/Support/FileUtilities.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/LineIterator.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/raw_ostream.h"

#include <chrono>

using namespace mlir;
namespace cl = llvm::cl;
namespace rt = tessel::runtime;

static cl::OptionCategory tuneCategory("tessel-tune");

static cl::opt<std::string> suiteFile(cl::Positional, cl::desc("<suite.mlir>"),
                                      cl::Required, cl::cat(tuneCategory));
static cl::opt<std::string> outputFile("o", cl::desc("The dataset (CSV)"),
                                       cl::Required, cl::cat(tuneCategory));
static cl::opt<std::string> target("target", cl::desc("cpu (default) or cuda"),
                                   cl::init("cpu"), cl::cat(tuneCategory));
static cl::opt<std::string>
    bundleDir("bundle-dir",
              cl::desc("--target=cuda: where the bundles to time go"),
              cl::cat(tuneCategory));
static cl::opt<double> timePerConfig(
    "time-per-config",
    cl::desc("--target=cpu: seconds of timed runs per configuration"),
    cl::init(0.3), cl::cat(tuneCategory));
static cl::opt<std::string>
    only("only",
         cl::desc("Measure only the functions whose name contains "
                  "this text"),
         cl::cat(tuneCategory));

namespace {

/// The pipeline flags (--chip, --cost-model, ...), shared with tessel-run.
tessel::PipelineCommandLine *pipelineFlags = nullptr;

/// The GPU that --chip names.
std::string chipName() {
  tessel::CUDAPipelineOptions options;
  pipelineFlags->applyTo(options);
  return options.chip;
}

int fail(const llvm::Twine &message) {
  llvm::errs() << "tessel-tune: error: " << message << "\n";
  return 1;
}

/// The one op of `func` whose configuration is tuned.
Operation *tunedOp(func::FuncOp func) {
  Operation *found = nullptr;
  func.walk([&](Operation *op) {
    if (!found && isa<tessel::AttentionOp, tessel::QMatmulOp>(op))
      found = op;
  });
  return found;
}

/// The default configuration tessel-tile starts from (its fixed options);
/// none on GPUs, whose pipeline tiles by its own loop distribution.
tessel::OpConfiguration fixedConfiguration(Operation *op, bool cuda) {
  tessel::OpConfiguration fixed;
  if (cuda)
    return fixed;
  if (auto attn = dyn_cast<tessel::AttentionOp>(op))
    fixed.tileSizes = {1, attn.getGroupSize(),
                       tessel::attentionQueryRows(attn, 64)};
  else if (auto qmm = dyn_cast<tessel::QMatmulOp>(op))
    fixed.tileSizes = qmm.hasBatch() ? SmallVector<int64_t>{1, 0, 64}
                                     : SmallVector<int64_t>{0, 64};
  return fixed;
}

/// A module holding only `func`, its tuned op carrying `config`'s choices.
OwningOpRef<ModuleOp> moduleFor(func::FuncOp func,
                                const tessel::OpConfiguration &config) {
  OpBuilder b(func.getContext());
  OwningOpRef<ModuleOp> module = ModuleOp::create(func.getLoc());
  b.setInsertionPointToEnd(module->getBody());
  auto clone = cast<func::FuncOp>(b.clone(*func));
  Operation *op = tunedOp(clone);
  if (config.keyBlock >= 0)
    op->setAttr(tessel::kKeyBlockAttrName,
                b.getI64IntegerAttr(config.keyBlock));
  if (config.lanes >= 0)
    op->setAttr(tessel::kQMatmulLanesAttrName,
                b.getI64IntegerAttr(config.lanes));
  return module;
}

/// Sets `options` (the command line's) to reproduce tessel-cpu-configure's
/// plan for `config`.
void setCPUOptionsFor(Operation *op, const tessel::OpConfiguration &config,
                      tessel::CPUPipelineOptions &options) {
  options.costModel = "fixed";
  if (!config.tileSizes.empty()) {
    if (isa<tessel::AttentionOp>(op))
      options.attentionQueryTile = config.tileSizes.back();
    else
      options.qmatmulColumnTile = config.tileSizes.back();
  }
}

/// One configuration compiled for this CPU, with its buffers.
struct CPUCandidate {
  std::unique_ptr<ExecutionEngine> engine;
  std::unique_ptr<rt::Function> function;
  std::vector<rt::Buffer> args, results;
  /// Median seconds of each round.
  SmallVector<double> roundSeconds;
};

/// Compiles `module` for this CPU and makes its random inputs.
FailureOr<CPUCandidate> compileForCPU(ModuleOp module, StringRef name,
                                      const tessel::CPUPipelineOptions &options,
                                      std::string &error) {
  if (failed(tessel::lowerForCPU(module, options)))
    return failure();
  FailureOr<std::unique_ptr<ExecutionEngine>> engine =
      tessel::jitForCPU(module, tessel::NativeCodeOptions());
  if (failed(engine))
    return failure();
  auto entry = (*engine)->lookup(("_tessel_packed_" + name).str());
  auto sigAddress = (*engine)->lookup(("_tessel_signature_" + name).str());
  if (!entry || !sigAddress) {
    llvm::consumeError(entry.takeError());
    llvm::consumeError(sigAddress.takeError());
    error = "compiled code has no entry for @" + name.str();
    return failure();
  }
  rt::Signature signature;
  if (!rt::parseSignature(static_cast<const char *>(*sigAddress), signature,
                          error))
    return failure();
  if (!signature.isStatic()) {
    error = "@" + signature.name +
            " has dynamic sizes; tune a statically "
            "shaped instance of it";
    return failure();
  }
  CPUCandidate candidate;
  candidate.engine = std::move(*engine);
  candidate.function = std::make_unique<rt::Function>(
      signature, *entry, rt::Function::Entry::Packed);
  for (auto [i, type] : llvm::enumerate(signature.inputs)) {
    candidate.args.emplace_back(type);
    candidate.args.back().fillRandom(i);
  }
  for (const rt::TensorType &type : signature.results)
    candidate.results.emplace_back(type);
  return candidate;
}

/// Times the candidates of one case in `rounds` rounds, each visiting them
/// in another order, so that a slow spell of the machine (another process,
/// frequency) is spread over all of them rather than spoiling one; a
/// candidate's time is the median of its rounds' medians.
bool timeOnCPU(std::vector<CPUCandidate> &candidates, std::string &error) {
  constexpr int kRounds = 5;
  rt::Runner runner(/*cuda=*/false);
  SmallVector<int> iterations;
  for (CPUCandidate &c : candidates) {
    rt::BenchmarkResult probe;
    if (!runner.call(*c.function, c.args, c.results, error) ||
        !runner.benchmark(*c.function, c.args, c.results, 1, 3, probe, error))
      return false;
    double perRound = timePerConfig / kRounds;
    iterations.push_back(static_cast<int>(
        std::clamp(perRound / std::max(probe.minMs * 1e-3, 1e-7), 3.0, 200.0)));
  }
  for (int round = 0; round < kRounds; ++round) {
    for (size_t j = 0; j < candidates.size(); ++j) {
      // Rotate the order (and reverse it every other round).
      size_t i = (j + round * candidates.size() / kRounds) % candidates.size();
      if (round % 2)
        i = candidates.size() - 1 - i;
      CPUCandidate &c = candidates[i];
      rt::BenchmarkResult bench;
      if (!runner.benchmark(*c.function, c.args, c.results, 1, iterations[i],
                            bench, error))
        return false;
      c.roundSeconds.push_back(bench.medianMs * 1e-3);
    }
  }
  return true;
}

double median(SmallVector<double> values) {
  llvm::sort(values);
  size_t n = values.size();
  return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

/// Writes `module`, lowered for CUDA, as a bundle in `dir` with random
/// inputs made where it runs.
LogicalResult writeCUDABundle(ModuleOp module, StringRef name, StringRef dir,
                              std::string &error) {
  tessel::CUDAPipelineOptions cudaOptions;
  pipelineFlags->applyTo(cudaOptions);
  // moduleFor already put the configuration on the op: no model to consult
  // (and none to load once per bundle).
  cudaOptions.costModel = "fixed";
  if (failed(tessel::lowerForCUDA(module, cudaOptions)))
    return failure();
  if (std::error_code ec = llvm::sys::fs::create_directories(dir)) {
    error = "cannot create " + dir.str() + ": " + ec.message();
    return failure();
  }
  tessel::NativeCodeOptions hostOptions;
  hostOptions.hostFeatures = false;
  hostOptions.linkOpenMP = false;
  if (failed(tessel::emitSharedLibrary(module, (dir + "/kernel.so").str(),
                                       hostOptions)))
    return failure();
  auto global =
      module.lookupSymbol<LLVM::GlobalOp>(("_tessel_signature_" + name).str());
  auto text = global ? dyn_cast_or_null<StringAttr>(global.getValueAttr())
                     : StringAttr();
  rt::Signature sig;
  if (!text ||
      !rt::parseSignature(text.getValue().rtrim('\0').str(), sig, error)) {
    error = "compiled code has no signature for @" + name.str() + " " + error;
    return failure();
  }
  rt::Bundle bundle;
  bundle.target = "cuda";
  bundle.library = "kernel.so";
  rt::BundleFunction entry{name.str(), {}, {}};
  for (size_t i = 0; i < sig.inputs.size(); ++i)
    entry.inputs.push_back({"", i});
  bundle.functions.push_back(std::move(entry));
  if (!rt::writeBundle(dir.str(), bundle, error))
    return failure();
  return success();
}

/// The keys (case,config) of the rows already in the dataset; checks that
/// its header is ours.
bool readDone(StringRef header, llvm::StringSet<> &done, std::string &error) {
  llvm::ErrorOr<std::unique_ptr<llvm::MemoryBuffer>> buffer =
      llvm::MemoryBuffer::getFile(outputFile);
  if (!buffer)
    return true;
  llvm::line_iterator line(**buffer, /*SkipBlanks=*/true);
  if (line.is_at_eof())
    return true;
  if (*line != header) {
    error = outputFile + " has another header (other features?); move it "
                         "away to start a new dataset";
    return false;
  }
  for (++line; !line.is_at_eof(); ++line) {
    SmallVector<StringRef> fields;
    line->split(fields, ',');
    if (fields.size() >= 2)
      done.insert((fields[0] + "," + fields[1]).str());
  }
  return true;
}

std::string formatDuration(double seconds) {
  int s = static_cast<int>(seconds);
  return std::to_string(s / 60) + "m" + (s % 60 < 10 ? "0" : "") +
         std::to_string(s % 60) + "s";
}

} // namespace

int main(int argc, char **argv) {
  llvm::InitLLVM initLLVM(argc, argv);
  tessel::registerAllPasses();
  tessel::PipelineCommandLine flags;
  pipelineFlags = &flags;
  tessel::PipelineCommandLine::hideOtherOptions(tuneCategory);
  cl::ParseCommandLineOptions(argc, argv,
                              "Tessel's measurements for the cost model\n");
  if (target != "cpu" && target != "cuda")
    return fail("unknown --target '" + target + "' (cpu or cuda)");
  bool cuda = target == "cuda";
  if (cuda && bundleDir.empty())
    return fail("--target=cuda needs --bundle-dir (the GPU is elsewhere)");
  std::optional<tessel::TargetDescription> description =
      tessel::TargetDescription::get(cuda ? StringRef(chipName()) : "cpu");
  if (!description)
    return fail("no cost model target '" + chipName() + "'");

  DialectRegistry registry;
  tessel::registerAllDialects(registry);
  MLIRContext context(registry);
  context.loadAllAvailableDialects();
  llvm::SourceMgr sourceMgr;
  SourceMgrDiagnosticHandler diagHandler(sourceMgr, &context);
  std::string openError;
  std::unique_ptr<llvm::MemoryBuffer> source =
      openInputFile(suiteFile, &openError);
  if (!source)
    return fail(openError);
  unsigned sourceId =
      sourceMgr.AddNewSourceBuffer(std::move(source), llvm::SMLoc());
  if (failed(tessel::checkSource(sourceMgr, sourceId, &context)))
    return 1;
  OwningOpRef<ModuleOp> suite =
      parseSourceFile<ModuleOp>(sourceMgr, ParserConfig(&context));
  if (!suite)
    return 1;

  // The work: every (function, configuration) not yet in the dataset.
  struct Job {
    func::FuncOp func;
    tessel::OpConfiguration config;
    std::string key;
    /// Names the configuration's bundle: <function>.<candidate index>.
    std::string slug;
  };
  std::string header = "case,config";
  for (StringRef name : tessel::featureNames())
    header += ("," + name).str();
  header += ",seconds";
  llvm::StringSet<> done;
  std::string error;
  if (!readDone(header, done, error))
    return fail(error);
  std::vector<Job> jobs;
  size_t total = 0;
  for (auto func : suite->getOps<func::FuncOp>()) {
    if (!func.isPublic() || func.isExternal() || !func.getName().contains(only))
      continue;
    Operation *op = tunedOp(func);
    if (!op)
      return fail("@" + func.getName() + " has no attention or qmatmul");
    for (auto [j, config] : llvm::enumerate(tessel::candidateConfigurations(
             op, fixedConfiguration(op, cuda), *description))) {
      ++total;
      std::string key =
          (func.getName() + "," + tessel::describeConfiguration(op, config))
              .str();
      if (!done.contains(key))
        jobs.push_back(
            {func, config, key, (func.getName() + "." + Twine(j)).str()});
    }
  }

  std::error_code ec;
  bool fresh = !llvm::sys::fs::exists(outputFile) || done.empty();
  llvm::raw_fd_ostream out(outputFile, ec,
                           fresh ? llvm::sys::fs::OF_None
                                 : llvm::sys::fs::OF_Append);
  if (ec)
    return fail("cannot write " + outputFile + ": " + ec.message());
  if (fresh)
    out << header << "\n";
  llvm::errs() << "tessel-tune: " << total << " configurations, "
               << total - jobs.size() << " already measured, " << jobs.size()
               << " to go\n";

  auto start = std::chrono::steady_clock::now();
  size_t finished = 0;
  auto report = [&](Job &job, StringRef measured) {
    ++finished;
    double elapsed =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start)
            .count();
    double eta = elapsed / finished * (jobs.size() - finished);
    llvm::errs() << llvm::formatv("[{0,4}/{1}] {2,-60} {3}  eta {4}\n",
                                  finished, jobs.size(), job.key, measured,
                                  formatDuration(eta));
  };
  auto writeRow = [&](Job &job, StringRef measured) -> LogicalResult {
    FailureOr<SmallVector<float>> features =
        tessel::computeFeatures(tunedOp(job.func), job.config, *description);
    if (failed(features))
      return failure();
    out << job.key;
    for (float v : *features)
      out << "," << llvm::format("%.7g", v);
    out << "," << measured << "\n";
    out.flush();
    return success();
  };

  // The jobs of one function are consecutive: measured together, so that
  // their times are comparable.
  for (size_t first = 0; first < jobs.size();) {
    size_t last = first;
    while (last < jobs.size() && jobs[last].func == jobs[first].func)
      ++last;
    MutableArrayRef<Job> group(jobs.data() + first, last - first);
    first = last;
    StringRef name = group.front().func.getName();
    if (cuda) {
      for (Job &job : group) {
        OwningOpRef<ModuleOp> module = moduleFor(job.func, job.config);
        if (failed(writeCUDABundle(*module, name, bundleDir + "/" + job.slug,
                                   error)))
          return fail("@" + name + " " + error);
        // The bundle's folder stands in for the time until it is measured.
        std::string measured = "bundle:" + job.slug;
        if (failed(writeRow(job, measured)))
          return fail("no features for @" + name);
        report(job, measured);
      }
      continue;
    }
    std::vector<CPUCandidate> candidates;
    for (Job &job : group) {
      OwningOpRef<ModuleOp> module = moduleFor(job.func, job.config);
      tessel::CPUPipelineOptions cpuOptions;
      pipelineFlags->applyTo(cpuOptions);
      setCPUOptionsFor(tunedOp(job.func), job.config, cpuOptions);
      FailureOr<CPUCandidate> candidate =
          compileForCPU(*module, name, cpuOptions, error);
      if (failed(candidate))
        return fail("@" + name + " (" + job.key + ") " + error);
      candidates.push_back(std::move(*candidate));
    }
    if (!timeOnCPU(candidates, error))
      return fail("@" + name + " " + error);
    for (auto [job, candidate] : llvm::zip(group, candidates)) {
      std::string measured =
          llvm::formatv("{0:e6}", median(candidate.roundSeconds)).str();
      if (failed(writeRow(job, measured)))
        return fail("no features for @" + name);
      report(job, measured);
    }
  }
  return 0;
}
