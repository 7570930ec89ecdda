//===- tessel-npy-fuzzer.cpp - libFuzzer target for the .npy reader -------===//
//
// Part of the Tessel project.
//
//===----------------------------------------------------------------------===//
//
// Reads each input as an .npy file into several expected types (static,
// symbolic, packed sub-byte, rank 0). Every read must end in a buffer or an
// error, never a crash, a leak or an allocation beyond what the file holds;
// a buffer that was read must survive writeNpy and readNpy unchanged.
//
//===----------------------------------------------------------------------===//

#include "ScratchFiles.h"
#include "tessel/Runtime/Npy.h"

#include <cstring>

using namespace mlir::tessel::runtime;

static const char *const kExpectedTypes[] = {
    "f32[?0x?1]", "f32[?0]",  "f16[?0x?1]", "bf16[?0x?1x?2]",
    "f64[]",      "i1[?0]",   "i8[?0x?1]",  "i32[?0]",
    "i64[?0x?1]", "i4[3x16]", "i3[2x5]",    "i2[?0x?1]",
};

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  static tessel::fuzz::ScratchDirectory scratch;
  scratch.write("in.npy", data, size);
  for (const char *text : kExpectedTypes) {
    TensorType expected;
    std::string error;
    if (!parseTensorType(text, expected, error))
      continue; // A type this build does not spell that way.
    Buffer read(TensorType{expected.element, {}});
    if (!readNpy(scratch.file("in.npy"), expected, read, error))
      continue;
    // What was read writes and reads back unchanged (bf16 goes through f32,
    // which quiets signalling NaNs, so only its read is checked).
    if (!writeNpy(scratch.file("out.npy"), read, error))
      __builtin_trap();
    Buffer again(TensorType{expected.element, {}});
    if (!readNpy(scratch.file("out.npy"), read.type(), again, error))
      __builtin_trap();
    if (again.type() != read.type() || again.bytes() != read.bytes())
      __builtin_trap();
    bool bf16 = expected.element.isFloat() && expected.element.brain;
    if (!bf16 && read.bytes() &&
        std::memcmp(again.data(), read.data(), read.bytes()) != 0)
      __builtin_trap();
  }
  return 0;
}
