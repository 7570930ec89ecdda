//===- ConfigurationAttributes.h - How one op is to be compiled -*- C++ -*-===//
//
// Discardable attributes on tessel ops that fix the choices a cost model (or
// a user) makes for that op. tessel-tile writes them; the lowerings read
// them, each falling back to its pass option where an op has none.
//
//===----------------------------------------------------------------------===//

#ifndef TESSEL_DIALECT_TESSEL_IR_CONFIGURATIONATTRIBUTES_H
#define TESSEL_DIALECT_TESSEL_IR_CONFIGURATIONATTRIBUTES_H

#include "llvm/ADT/StringRef.h"

namespace mlir::tessel {

/// `array<i64: ...>`: tile sizes, one per loop of the op's iteration domain
/// (0 = untiled). Applied as given by tessel-tile.
inline constexpr llvm::StringLiteral kTileSizesAttrName = "tessel.tile_sizes";

/// i64 on tessel.attention: keys per block of the blockwise (flash) lowering;
/// 0 lowers with whole score rows.
inline constexpr llvm::StringLiteral kKeyBlockAttrName = "tessel.key_block";

/// i64 on tessel.qmatmul: lanes of the per-lane partial sums over K
/// (1 = one running sum per output).
inline constexpr llvm::StringLiteral kQMatmulLanesAttrName =
    "tessel.qmatmul_lanes";

/// i64 on tessel.qmatmul and tessel.attention: warps per block of the
/// dedicated GPU kernel (convert-tessel-to-gpu).
inline constexpr llvm::StringLiteral kKernelWarpsAttrName =
    "tessel.kernel_warps";

} // namespace mlir::tessel

#endif // TESSEL_DIALECT_TESSEL_IR_CONFIGURATIONATTRIBUTES_H
