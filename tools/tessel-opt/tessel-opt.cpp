//===- tessel-opt.cpp - Tessel's opt-style driver -------------------------===//
//
// Parses, verifies, transforms and prints tessel IR mixed with upstream
// dialects. Everything is registered in InitAll; this file runs MlirOptMain,
// after refusing text that MLIR's parser cannot survive (SourceChecks.h), and
// checks what it wrote: an output that cannot be written (a full disk) is an
// error and a non-zero exit, not LLVM's fatal "IO failure" from the stream's
// destructor.
//
//===----------------------------------------------------------------------===//

#include "mlir/IR/DialectRegistry.h"
#include "mlir/Support/FileUtilities.h"
#include "mlir/Tools/mlir-opt/MlirOptMain.h"
#include "tessel/Execution/SourceChecks.h"
#include "tessel/InitAll.h"

#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/ToolOutputFile.h"
#include "llvm/Support/raw_ostream.h"

int main(int argc, char **argv) {
  mlir::DialectRegistry registry;
  mlir::tessel::registerAllDialects(registry);
  mlir::tessel::registerAllPasses();
  auto [inputFilename, outputFilename] = mlir::registerAndParseCLIOptions(
      argc, argv, "Tessel optimizer driver\n", registry);
  mlir::MlirOptMainConfig config =
      mlir::MlirOptMainConfig::createFromCLOptions();
  // Listings write no IR: MlirOptMain's own driver prints them.
  if (config.shouldShowDialects() || config.shouldListPasses())
    return mlir::asMainReturnCode(
        mlir::MlirOptMain(argc, argv, inputFilename, outputFilename, registry));

  std::string errorMessage;
  std::unique_ptr<llvm::MemoryBuffer> input =
      mlir::openInputFile(inputFilename, &errorMessage);
  if (!input) {
    llvm::errs() << "error: " << errorMessage << "\n";
    return EXIT_FAILURE;
  }
  // Text that would crash the parser is refused.
  if (std::optional<mlir::tessel::SourceProblem> problem =
          mlir::tessel::findSourceProblem(input->getBuffer())) {
    llvm::SourceMgr sourceMgr;
    sourceMgr.AddNewSourceBuffer(
        llvm::MemoryBuffer::getMemBuffer(input->getMemBufferRef(),
                                         /*RequiresNullTerminator=*/false),
        llvm::SMLoc());
    sourceMgr.PrintMessage(llvm::SMLoc::getFromPointer(problem->at),
                           llvm::SourceMgr::DK_Error, problem->message);
    return EXIT_FAILURE;
  }
  std::unique_ptr<llvm::ToolOutputFile> output =
      mlir::openOutputFile(outputFilename, &errorMessage);
  if (!output) {
    llvm::errs() << "error: " << errorMessage << "\n";
    return EXIT_FAILURE;
  }
  if (mlir::failed(
          mlir::MlirOptMain(output->os(), std::move(input), registry, config)))
    return EXIT_FAILURE;
  output->os().flush();
  if (std::error_code ec = output->os().error()) {
    llvm::errs() << "error: cannot write '" << outputFilename
                 << "': " << ec.message() << "\n";
    // Handled here: the stream's destructor must not report it again.
    output->os().clear_error();
    return EXIT_FAILURE;
  }
  output->keep();
  return EXIT_SUCCESS;
}
