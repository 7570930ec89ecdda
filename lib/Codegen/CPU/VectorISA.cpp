//===- VectorISA.cpp - The vector registers CPU schedules are sized for ---===//

#include "tessel/Codegen/CPU/VectorISA.h"

#include "llvm/ADT/StringMap.h"
#include "llvm/TargetParser/Host.h"

using namespace mlir;
using namespace mlir::tessel;

static VectorISA hostVectorISA() {
  llvm::StringMap<bool> features = llvm::sys::getHostCPUFeatures();
  if (features.lookup("avx512f") && features.lookup("avx512bf16"))
    return {"avx512bf16", 512, 32, true};
  if (features.lookup("avx512f"))
    return {"avx512", 512, 32};
  if (features.lookup("avx2") && features.lookup("fma"))
    return {"avx2", 256, 16};
  return {"sse", 128, 16};
}

std::optional<VectorISA> mlir::tessel::getVectorISA(StringRef name) {
  if (name == "host")
    return hostVectorISA();
  if (name == "avx512bf16")
    return VectorISA{"avx512bf16", 512, 32, true};
  if (name == "avx512")
    return VectorISA{"avx512", 512, 32};
  if (name == "avx2")
    return VectorISA{"avx2", 256, 16};
  if (name == "sse")
    return VectorISA{"sse", 128, 16};
  return std::nullopt;
}

StringRef mlir::tessel::getVectorISANames() {
  return "host, avx512bf16, avx512, avx2, sse";
}

RegisterTile mlir::tessel::getContractionRegisterTile(const VectorISA &isa) {
  // Two vectors of columns: each row's broadcast feeds two independent
  // FMAs. Rows: the accumulators (2 per row) plus the two column vectors
  // and a broadcast fit the register file, and there are at least as many
  // accumulators as FMAs in flight (2 units x 4 cycles). AVX-512 keeps the
  // 8 x 32 block measured on the development VM's Xeon.
  int64_t lanes = isa.vectorBits / 32;
  int64_t rows = std::min<int64_t>((isa.vectorRegisters - 3) / 2, 8);
  return {rows, 2 * lanes};
}
