//===- tessel-parse-fuzzer.cpp - libFuzzer target for parse + verify ------===//
//
// Part of the Tessel project.
//
//===----------------------------------------------------------------------===//
//
// Parses and verifies each input as a module of tessel IR (with every
// upstream dialect tessel-opt registers). Bad text must end in a reported
// error, never a crash; a module that verifies must print, in its custom and
// its generic form, text that parses and verifies again.
//
//===----------------------------------------------------------------------===//

#include "ModuleFuzzing.h"

#include "mlir/IR/OperationSupport.h"

#include "llvm/Support/raw_ostream.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  tessel::fuzz::FuzzContext context;
  mlir::OwningOpRef<mlir::ModuleOp> module = context.parse(data, size);
  if (!module)
    return 0;
  for (bool generic : {false, true}) {
    std::string printed;
    llvm::raw_string_ostream os(printed);
    mlir::OpPrintingFlags flags;
    if (generic)
      flags.printGenericOpForm();
    module->print(os, flags);
    tessel::fuzz::FuzzContext again;
    if (!again.parse(reinterpret_cast<const uint8_t *>(printed.data()),
                     printed.size()))
      __builtin_trap();
  }
  return 0;
}
