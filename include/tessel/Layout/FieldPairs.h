//===- FieldPairs.h - Low-bit fields in 16-bit halves -----------*- C++ -*-===//
//
// Part of the Tessel project.
//
//===----------------------------------------------------------------------===//
///
/// \file
/// Where the fields of a packed bit stream go when a kernel dequantizes them
/// two at a time into the 16-bit halves of one 32-bit register (the operand
/// form of mma.sync). Field i of `bits` bits occupies stream bits
/// [i * bits, (i + 1) * bits). A pair is cut from a 32-bit window of the
/// stream (one funnel shift): masked in place, each field lands in the
/// mantissa of its half at some offset o, and the kernel undoes the 2^o with
/// the exact subtraction that turns the half into an integer. Letting o
/// range over the mantissa bits the field leaves free lets several pairs
/// share one window (2-bit fields: three windows per 32-bit word instead of
/// eight shifts) and pairs fields that are not 16 bits apart (3-bit
/// fields).
///
/// No dependency on MLIR: the GPU lowering calls it, unit tests check it.
///
//===----------------------------------------------------------------------===//

#ifndef TESSEL_LAYOUT_FIELDPAIRS_H
#define TESSEL_LAYOUT_FIELDPAIRS_H

#include <cstdint>
#include <vector>

namespace mlir::tessel::layout {

/// Fields `low` and `high` of the stream as the halves of one register: the
/// low half takes bits [lowWindow + lowOffset, + bits) of the stream at bit
/// lowOffset, the high half bits [highWindow + 16 + highOffset, + bits) at
/// bit 16 + highOffset. Windows are stream bit positions (negative, or past
/// the end, where the stream has no bits there: those read as zero). Most
/// pairs have lowWindow == highWindow: one window, one mask.
struct FieldPair {
  int64_t low = 0, high = 0;
  int64_t lowWindow = 0, highWindow = 0;
  int64_t lowOffset = 0, highOffset = 0;

  bool oneWindow() const { return lowWindow == highWindow; }
};

/// Pairs the `count` fields (an even number) of `bits` bits each, every field
/// in exactly one pair, with offsets at most `maxOffset` (the mantissa bits
/// of the 16-bit type minus `bits`: 7 - bits for bf16, 10 - bits for f16).
/// Pairs are formed greedily in field order, reusing a window when one fits
/// and otherwise opening the window at the field; fields no single window
/// can pair are paired with the next free field from two windows. Pairs come
/// in order of their low field.
std::vector<FieldPair> pairFields(int64_t bits, int64_t count,
                                  int64_t maxOffset);

/// The distinct windows of `pairs` (each one shift, or none at a multiple
/// of 32).
int64_t countWindows(const std::vector<FieldPair> &pairs);

} // namespace mlir::tessel::layout

#endif // TESSEL_LAYOUT_FIELDPAIRS_H
