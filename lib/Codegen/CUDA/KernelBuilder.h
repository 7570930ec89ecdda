//===- KernelBuilder.h - Arithmetic shared by kernel bodies ----*- C++ -*-===//
//
// The arithmetic that the dedicated GPU kernels' builder classes share
// (AttentionDecode.cpp, DraftMaskToGPU.cpp): constants and the index and
// select ops at one builder and location.
//
//===----------------------------------------------------------------------===//

#ifndef TESSEL_LIB_CODEGEN_CUDA_KERNELBUILDER_H
#define TESSEL_LIB_CODEGEN_CUDA_KERNELBUILDER_H

#include "tessel/Conversion/LoweringUtils.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/IR/Builders.h"

namespace mlir::tessel::gpukernel {

class KernelBuilder {
public:
  KernelBuilder(OpBuilder &b, Location loc) : b(b), loc(loc) {}

protected:
  Value index(int64_t v) { return lowering::indexConst(b, loc, v); }
  Value f32(double v) { return lowering::f32Const(b, loc, v); }
  Value add(Value x, Value y) { return arith::AddIOp::create(b, loc, x, y); }
  Value mul(Value x, Value y) { return arith::MulIOp::create(b, loc, x, y); }
  Value div(Value x, Value y) { return arith::DivUIOp::create(b, loc, x, y); }
  Value rem(Value x, Value y) { return arith::RemUIOp::create(b, loc, x, y); }
  Value select(Value c, Value x, Value y) {
    return arith::SelectOp::create(b, loc, c, x, y);
  }

  OpBuilder &b;
  Location loc;
};

} // namespace mlir::tessel::gpukernel

#endif // TESSEL_LIB_CODEGEN_CUDA_KERNELBUILDER_H
