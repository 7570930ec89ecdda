//===- VectorISA.h - The vector registers CPU schedules are sized for -----===//
//
// The CPU code's register blocks are sized for the machine's vector
// register file: sixteen 256-bit registers (AVX2) hold a 6 x 16 f32
// accumulator block and its operands; thirty-two 512-bit ones (AVX-512)
// an 8 x 32 one. A block too large for the register file spills on every
// step of K (8 x 32 on AVX2 ran 2.6x slower than 4 x 16).
//
//===----------------------------------------------------------------------===//

#ifndef TESSEL_CODEGEN_CPU_VECTORISA_H
#define TESSEL_CODEGEN_CPU_VECTORISA_H

#include "mlir/Support/LLVM.h"
#include "llvm/ADT/StringRef.h"

#include <optional>
#include <string>

namespace mlir::tessel {

struct VectorISA {
  /// `avx512bf16`, `avx512`, `avx2` or `sse`.
  std::string name;
  int64_t vectorBits = 128;
  int64_t vectorRegisters = 16;
  /// AVX512-BF16's `vdpbf16ps`: bf16 GEMMs take its dot products.
  bool bf16DotProducts = false;
};

/// The ISA named `name` (`avx512bf16`, `avx512`, `avx2`, `sse`), or the
/// compiling machine's for `host`; nullopt for any other name.
std::optional<VectorISA> getVectorISA(StringRef name);

/// The names `getVectorISA` accepts, for diagnostics.
StringRef getVectorISANames();

/// Rows and columns of the f32 accumulator block of a contraction's
/// broadcast-FMA micro-kernel on `isa`.
struct RegisterTile {
  int64_t rows = 1, columns = 1;
};
RegisterTile getContractionRegisterTile(const VectorISA &isa);

} // namespace mlir::tessel

#endif // TESSEL_CODEGEN_CPU_VECTORISA_H
