//===- PairedWeights.cpp - Packed fields as pairs of mma halves -----------===//

#include "PairedWeights.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"

#include <cmath>
#include <string>

using namespace mlir;
using namespace mlir::tessel;
using namespace mlir::tessel::gpukernel;

namespace {

Value i32(OpBuilder &b, Location loc, int64_t v) {
  return arith::ConstantIntOp::create(b, loc, b.getI32Type(), v);
}

} // namespace

int64_t PairedWeights::maxOffset() const {
  return (elementType.isBF16() ? 7 : 10) - bits;
}

Value gpukernel::streamWindow(OpBuilder &b, Location loc, ArrayRef<Value> words,
                              int64_t start) {
  int64_t word = llvm::divideFloorSigned(start, 32);
  int64_t shift = start - 32 * word;
  auto at = [&](int64_t i) -> Value {
    return i >= 0 && i < int64_t(words.size()) ? words[i] : Value();
  };
  Value low = at(word), high = at(word + 1);
  if (shift == 0)
    return low ? low : i32(b, loc, 0);
  Value result;
  if (low)
    result = arith::ShRUIOp::create(b, loc, low, i32(b, loc, shift));
  if (high) {
    Value h = arith::ShLIOp::create(b, loc, high, i32(b, loc, 32 - shift));
    result = result ? arith::OrIOp::create(b, loc, result, h).getResult() : h;
  }
  return result ? result : i32(b, loc, 0);
}

Value gpukernel::andXor(OpBuilder &b, Location loc, Value value, int64_t mask,
                        Value other) {
  std::string asmString =
      "lop3.b32 $0, $1, " + std::to_string(uint32_t(mask)) + ", $2, 0x6a;";
  return LLVM::InlineAsmOp::create(
             b, loc, b.getI32Type(), ValueRange{value, other}, asmString,
             "=r,r,r", /*has_side_effects=*/false, /*is_align_stack=*/false,
             LLVM::tailcallkind::TailCallKind::None, LLVM::AsmDialectAttr(),
             ArrayAttr())
      .getResult(0);
}

Value gpukernel::pairConstant(OpBuilder &b, Location loc, Type elementType,
                              double low, double high) {
  auto pairType = VectorType::get({2}, elementType);
  return arith::ConstantOp::create(
      b, loc,
      DenseElementsAttr::get(
          pairType, ArrayRef<Attribute>{FloatAttr::get(elementType, low),
                                        FloatAttr::get(elementType, high)}));
}

Value gpukernel::dequantizePair(OpBuilder &b, Location loc,
                                const PairedWeights &weights,
                                ArrayRef<Value> words,
                                const layout::FieldPair &p, PairScale scale) {
  int64_t bits = weights.bits, mask = (int64_t{1} << bits) - 1;
  int64_t lowMask = mask << p.lowOffset;
  int64_t highMask = mask << (16 + p.highOffset);
  Type elementType = weights.elementType;
  bool bf16 = elementType.isBF16();
  int64_t exponent = bf16 ? 0x4300 : 0x6400; // 128 or 1024
  double base = pairBase(elementType);
  int64_t signBit = weights.isSigned ? int64_t{1} << (bits - 1) : 0;
  int64_t halves = (exponent | (signBit << p.lowOffset)) |
                   ((exponent | (signBit << p.highOffset)) << 16);
  Value v;
  if (p.oneWindow()) {
    v = andXor(b, loc, streamWindow(b, loc, words, p.lowWindow),
               lowMask | highMask, i32(b, loc, halves));
  } else {
    Value low = andXor(b, loc, streamWindow(b, loc, words, p.lowWindow),
                       lowMask, i32(b, loc, halves));
    v = andXor(b, loc, streamWindow(b, loc, words, p.highWindow), highMask,
               low);
  }
  auto pairType = VectorType::get({2}, elementType);
  Value pair = vector::BitCastOp::create(
      b, loc, pairType,
      vector::BroadcastOp::create(b, loc, VectorType::get({1}, b.getI32Type()),
                                  v));
  auto constant = [&](double low, double high) {
    return pairConstant(b, loc, elementType, low, high);
  };
  if (scale.negatedBase) {
    assert(weights.offsetsInInput && "an fma needs the offsets in the input");
    return LLVM::FMAOp::create(b, loc, pair, scale.scale, scale.negatedBase);
  }
  if (weights.offsetsInInput || (p.lowOffset == 0 && p.highOffset == 0)) {
    // r 2^o: the input value carries the 2^-o (offsetsInInput).
    pair =
        arith::SubFOp::create(b, loc, pair,
                              constant(base + double(signBit << p.lowOffset),
                                       base + double(signBit << p.highOffset)));
  } else {
    double lowScale = std::ldexp(1.0, -p.lowOffset);
    double highScale = std::ldexp(1.0, -p.highOffset);
    // llvm.intr.fma: fma.rn.bf16x2 / fma.rn.f16x2 (math.fma on 16-bit
    // vectors would become two libdevice calls in f32).
    pair = LLVM::FMAOp::create(b, loc, pair, constant(lowScale, highScale),
                               constant(-(base * lowScale + double(signBit)),
                                        -(base * highScale + double(signBit))));
  }
  if (scale.scale)
    pair = arith::MulFOp::create(b, loc, pair, scale.scale);
  return pair;
}

double gpukernel::pairBase(Type elementType) {
  return elementType.isBF16() ? 128.0 : 1024.0;
}
