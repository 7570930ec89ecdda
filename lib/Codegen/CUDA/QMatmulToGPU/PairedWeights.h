//===- PairedWeights.h - Packed fields as pairs of mma halves ---*- C++ -*-===//
//
// The paired dequantization of the qmatmul kernels: two B-bit fields of a
// packed bit stream become the two 16-bit halves of one mma.sync operand,
// as integers, in a few instructions and without int-to-float conversions.
// Which fields pair, and where, comes from layout::pairFields.
//
//===----------------------------------------------------------------------===//

#ifndef TESSEL_LIB_CONVERSION_TESSELTOGPU_PAIREDWEIGHTS_H
#define TESSEL_LIB_CONVERSION_TESSELTOGPU_PAIREDWEIGHTS_H

#include "mlir/IR/Builders.h"
#include "tessel/Layout/FieldPairs.h"

namespace mlir::tessel::gpukernel {

/// The packed weights and the operand type they become.
struct PairedWeights {
  /// f16 or bf16.
  Type elementType;
  int64_t bits;
  /// Signed fields are two's complement.
  bool isSigned;
  /// The input values the weights meet carry the 2^-o of each field's
  /// mantissa offset, so the weights keep it (r 2^o) and need no
  /// multiplier.
  bool offsetsInInput = false;

  /// The largest mantissa offset of a field (7 - B for bf16, 10 - B for f16).
  int64_t maxOffset() const;
};

/// Bits [start, start + 32) of the bit stream of `words` (i32), zero
/// outside it: a funnel shift of two words, a plain shift at the stream's
/// ends, the word itself at a multiple of 32.
Value streamWindow(OpBuilder &b, Location loc, ArrayRef<Value> words,
                   int64_t start);

/// (value & mask) ^ other in one lop3 instruction (ptxas leaves an and and
/// a xor of two constants as two).
Value andXor(OpBuilder &b, Location loc, Value value, int64_t mask,
             Value other);

/// How a pair of weights is scaled, if it is.
struct PairScale {
  /// The two weights' scales (rounded product).
  Value scale;
  /// With offsetsInInput, -base * scale (exact: base is a power of two):
  /// the pair is then one fma, (base + u 2^o) scale - base scale, of the
  /// fields u as they are, offset binary for signed weights, so their
  /// offset's share (2^(B-1) 2^o scale per weight) is the caller's to undo.
  Value negatedBase;
};

/// The pair's two weights as a vector of two 16-bit integers (times 2^o
/// with offsetsInInput), and scaled when asked (see PairScale). Each field
/// u (offset binary for signed weights) lands at bit o of the mantissa of
/// 128 (bf16) or 1024 (f16), which makes the half 128 + u 2^o; one exact
/// subtraction (or, to remove 2^o, one exact fma) leaves the integer.
Value dequantizePair(OpBuilder &b, Location loc, const PairedWeights &weights,
                     ArrayRef<Value> words, const layout::FieldPair &pair,
                     PairScale scale = {});

/// The bias of the pair halves that dequantizePair starts from: 128 (bf16)
/// or 1024 (f16).
double pairBase(Type elementType);

/// A constant vector of two values of `elementType`.
Value pairConstant(OpBuilder &b, Location loc, Type elementType, double low,
                   double high);

} // namespace mlir::tessel::gpukernel

#endif // TESSEL_LIB_CONVERSION_TESSELTOGPU_PAIREDWEIGHTS_H
