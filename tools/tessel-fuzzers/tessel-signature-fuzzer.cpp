//===- tessel-signature-fuzzer.cpp - libFuzzer target for signatures ------===//
//
// Part of the Tessel project.
//
//===----------------------------------------------------------------------===//
//
// Parses each input as a function signature (`f(f32[2x?0])->(f32[?0])`), the
// text a compiled library exports and the runtime trusts to size buffers. A
// parse must end in a signature or an error; a parsed signature prints and
// parses back to the same text; and the buffers of a call are sized from its
// inputs as the signature says.
//
//===----------------------------------------------------------------------===//

#include "tessel/Runtime/Tensor.h"

#include <string>

using namespace mlir::tessel::runtime;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  std::string text(reinterpret_cast<const char *>(data), size);
  Signature signature;
  std::string error;
  if (!parseSignature(text, signature, error)) {
    if (error.empty())
      __builtin_trap();
    return 0;
  }
  std::string printed = toString(signature);
  Signature again;
  if (!parseSignature(printed, again, error) || toString(again) != printed)
    __builtin_trap();

  // Bind each symbol to a small size and size the results; the sizes the
  // static dimensions promise may be beyond any machine.
  std::vector<int64_t> sizes(signature.numSymbols(), 3);
  std::vector<TensorType> inputTypes;
  if (!signature.inputTypesFor(sizes, inputTypes, error))
    return 0;
  std::vector<Buffer> inputs;
  for (const TensorType &type : inputTypes) {
    // Small inputs only: the fuzzer tests the parser, not the allocator.
    if (type.bytes() > (1 << 16))
      return 0;
    std::optional<Buffer> buffer = Buffer::allocate(type, error);
    if (!buffer)
      return 0;
    inputs.push_back(std::move(*buffer));
  }
  std::vector<TensorType> resultTypes;
  if (!signature.resultTypesFor(inputs, resultTypes, error))
    return 0;
  for (const TensorType &type : resultTypes)
    if (type.bytes() > (1 << 20))
      return 0;
  std::vector<Buffer> results;
  if (!signature.poisonedResultsFor(inputs, results, error) ||
      results.size() != resultTypes.size())
    __builtin_trap();
  return 0;
}
