//===- Signature.cpp - Checking arguments against a signature -------------===//
//
// Part of the Tessel project.
//
//===----------------------------------------------------------------------===//
//
// A signature's symbols are bound left to right: the first input dimension
// with symbol ?s gives its size, and every later use must agree. Results are
// sized from the bound symbols (the compiler guarantees every result symbol
// is an input's).
//
//===----------------------------------------------------------------------===//

#include "tessel/Runtime/Tensor.h"

using namespace mlir::tessel::runtime;

bool Signature::isStatic() const {
  for (const TensorType &type : inputs)
    if (!type.isStatic())
      return false;
  for (const TensorType &type : results)
    if (!type.isStatic())
      return false;
  return true;
}

int64_t Signature::numSymbols() const {
  int64_t count = 0;
  for (const std::vector<TensorType> *types : {&inputs, &results})
    for (const TensorType &type : *types)
      for (int64_t d : type.shape)
        if (TensorType::isSymbol(d))
          count = std::max(count, TensorType::symbolOf(d) + 1);
  return count;
}

TensorType
mlir::tessel::runtime::resolveSymbols(const TensorType &type,
                                      const std::vector<int64_t> &sizes) {
  TensorType resolved = type;
  for (int64_t &d : resolved.shape)
    if (TensorType::isSymbol(d))
      d = sizes[TensorType::symbolOf(d)];
  return resolved;
}

namespace {

/// Where each symbol got its size, for messages.
struct Binding {
  int64_t size = -1;
  std::string origin;
};

/// Binds the symbols of `expected` to the sizes of `actual` (static), or
/// fails naming `what` and the disagreement.
bool bindType(const std::string &what, const TensorType &expected,
              const TensorType &actual, std::vector<Binding> &bindings,
              std::string &error) {
  auto mismatch = [&](const std::string &why) {
    error = what + " has type " + toString(actual) + " but " +
            toString(expected) + " was expected" + why;
    return false;
  };
  if (!actual.isStatic())
    return mismatch(" (a buffer's type has no symbols)");
  if (actual.element != expected.element ||
      actual.shape.size() != expected.shape.size())
    return mismatch("");
  for (size_t d = 0; d < expected.shape.size(); ++d) {
    int64_t want = expected.shape[d], got = actual.shape[d];
    if (!TensorType::isSymbol(want)) {
      if (want != got)
        return mismatch("");
      continue;
    }
    int64_t symbol = TensorType::symbolOf(want);
    Binding &binding = bindings[symbol];
    std::string name = "?" + std::to_string(symbol);
    if (binding.size < 0) {
      binding = {got, what + " dimension " + std::to_string(d)};
      continue;
    }
    if (binding.size != got)
      return mismatch(", with " + name + " = " + std::to_string(binding.size) +
                      " (" + binding.origin + ")");
  }
  return true;
}

bool bindInputs(const Signature &sig,
                const std::vector<const TensorType *> &inputs,
                std::vector<Binding> &bindings, std::string &error) {
  if (inputs.size() != sig.inputs.size()) {
    error = sig.name + " takes " + std::to_string(sig.inputs.size()) +
            " inputs, got " + std::to_string(inputs.size());
    return false;
  }
  bindings.assign(sig.numSymbols(), Binding());
  for (size_t i = 0; i < inputs.size(); ++i) {
    std::string what = sig.name + ": input " + std::to_string(i);
    if (!inputs[i]) {
      error = what + " is null";
      return false;
    }
    if (!bindType(what, sig.inputs[i], *inputs[i], bindings, error))
      return false;
  }
  return true;
}

std::vector<int64_t> sizesOf(const std::vector<Binding> &bindings) {
  std::vector<int64_t> sizes;
  for (const Binding &binding : bindings)
    sizes.push_back(binding.size);
  return sizes;
}

} // namespace

bool Signature::resolveAll(const std::vector<TensorType> &types,
                           const std::vector<int64_t> &sizes,
                           std::vector<TensorType> &out,
                           std::string &error) const {
  out.clear();
  for (const TensorType &type : types) {
    out.push_back(resolveSymbols(type, sizes));
    if (!out.back().sizeFits()) {
      error = name + ": " + toString(out.back()) +
              " has more elements or bytes than 64 bits count";
      return false;
    }
  }
  return true;
}

bool Signature::bindSymbols(const std::vector<const TensorType *> &types,
                            std::vector<int64_t> &sizes,
                            std::string &error) const {
  std::vector<Binding> bindings;
  if (!bindInputs(*this, types, bindings, error))
    return false;
  sizes = sizesOf(bindings);
  return true;
}

bool Signature::resultTypesFor(const std::vector<const TensorType *> &types,
                               std::vector<TensorType> &out,
                               std::string &error) const {
  std::vector<int64_t> sizes;
  if (!bindSymbols(types, sizes, error))
    return false;
  return resolveAll(results, sizes, out, error);
}

bool Signature::resultTypesFor(const std::vector<Buffer> &buffers,
                               std::vector<TensorType> &out,
                               std::string &error) const {
  std::vector<const TensorType *> types;
  for (const Buffer &buffer : buffers)
    types.push_back(&buffer.type());
  return resultTypesFor(types, out, error);
}

bool Signature::poisonedResultsFor(const std::vector<Buffer> &inputs,
                                   std::vector<Buffer> &results,
                                   std::string &error) const {
  std::vector<TensorType> types;
  if (!resultTypesFor(inputs, types, error))
    return false;
  results.clear();
  results.reserve(types.size());
  for (const TensorType &type : types) {
    std::optional<Buffer> result = Buffer::allocate(type, error);
    if (!result)
      return false;
    results.push_back(std::move(*result));
    results.back().poison();
  }
  return true;
}

bool Signature::inputTypesFor(const std::vector<int64_t> &sizes,
                              std::vector<TensorType> &out,
                              std::string &error) const {
  int64_t count = numSymbols();
  if (static_cast<int64_t>(sizes.size()) < count) {
    std::string symbols;
    for (int64_t s = 0; s < count; ++s)
      symbols += (s ? ", ?" : "?") + std::to_string(s);
    error = name + " has dynamic sizes " + symbols + ", but " +
            std::to_string(sizes.size()) + " were given";
    return false;
  }
  for (int64_t s = 0; s < count; ++s)
    if (sizes[s] < 0) {
      error = name + ": size ?" + std::to_string(s) + " is negative";
      return false;
    }
  return resolveAll(inputs, sizes, out, error);
}

bool Signature::check(const std::vector<const TensorType *> &inputTypes,
                      const std::vector<const TensorType *> &resultTypes,
                      std::string &error) const {
  std::vector<Binding> bindings;
  if (!bindInputs(*this, inputTypes, bindings, error))
    return false;
  if (resultTypes.size() != results.size()) {
    error = name + " takes " + std::to_string(results.size()) +
            " results, got " + std::to_string(resultTypes.size());
    return false;
  }
  for (size_t i = 0; i < resultTypes.size(); ++i) {
    std::string what = name + ": result " + std::to_string(i);
    if (!resultTypes[i]) {
      error = what + " is null";
      return false;
    }
    if (!bindType(what, results[i], *resultTypes[i], bindings, error))
      return false;
  }
  return true;
}
