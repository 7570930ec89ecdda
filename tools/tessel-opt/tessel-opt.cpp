//===- tessel-opt.cpp - Tessel's opt-style driver -------------------------===//
//
// Parses, verifies, transforms and prints tessel IR mixed with upstream
// dialects. Everything is registered in InitAll; this file only runs
// MlirOptMain.
//
//===----------------------------------------------------------------------===//

#include "mlir/IR/DialectRegistry.h"
#include "mlir/Tools/mlir-opt/MlirOptMain.h"
#include "tessel/InitAll.h"

int main(int argc, char **argv) {
  mlir::DialectRegistry registry;
  mlir::tessel::registerAllDialects(registry);
  mlir::tessel::registerAllPasses();
  return mlir::asMainReturnCode(
      mlir::MlirOptMain(argc, argv, "Tessel optimizer driver\n", registry));
}
