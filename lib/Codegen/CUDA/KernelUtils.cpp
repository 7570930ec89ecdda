//===- KernelUtils.cpp - Pieces shared by the dedicated GPU kernels -------===//

#include "KernelUtils.h"

#include "tessel/Codegen/CUDA/TesselToGPU.h"

#include "tessel/Conversion/LoweringUtils.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Bufferization/IR/Bufferization.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/Dialect/LLVMIR/NVVMDialect.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"

#include <numeric>

using namespace mlir;
using namespace mlir::tessel;
using namespace mlir::tessel::gpukernel;
using mlir::tessel::lowering::indexConst;

uint64_t gpukernel::loadAlignment(int64_t elementBytes, int64_t step,
                                  int64_t rowLength) {
  int64_t common = std::gcd(step * elementBytes, rowLength * elementBytes);
  uint64_t alignment = 1;
  while (alignment < 16 && common % (alignment * 2) == 0)
    alignment *= 2;
  return alignment;
}

Launch gpukernel::createLaunch(OpBuilder &b, Location loc,
                               ArrayRef<int64_t> grid, int64_t warps) {
  Value one = indexConst(b, loc, 1);
  SmallVector<Value> sizes;
  for (size_t i = 0; i < 3; ++i)
    sizes.push_back(i < grid.size() ? indexConst(b, loc, grid[i]) : one);
  return createLaunch(b, loc, ValueRange(sizes), warps);
}

Launch gpukernel::createLaunch(OpBuilder &b, Location loc, ValueRange grid,
                               int64_t warps) {
  Value one = indexConst(b, loc, 1);
  auto dim = [&](size_t i) { return i < grid.size() ? grid[i] : one; };
  auto launch = gpu::LaunchOp::create(b, loc, dim(0), dim(1), dim(2),
                                      indexConst(b, loc, kWarp * warps), one,
                                      one, /*dynamicSharedMemorySize=*/Value());
  Block &body = launch.getBody().front();
  b.setInsertionPointToEnd(&body);
  gpu::TerminatorOp::create(b, loc);
  b.setInsertionPointToStart(&body);
  Value thread = launch.getThreadIds().x;
  Value warpSize = indexConst(b, loc, kWarp);
  return {launch, arith::RemUIOp::create(b, loc, thread, warpSize),
          arith::DivUIOp::create(b, loc, thread, warpSize)};
}

Value gpukernel::sharedBuffer(OpBuilder &b, Location loc,
                              ArrayRef<int64_t> shape, Type elementType,
                              int64_t alignment) {
  auto workgroup =
      gpu::AddressSpaceAttr::get(b.getContext(), gpu::AddressSpace::Workgroup);
  return memref::AllocOp::create(
      b, loc, MemRefType::get(shape, elementType, AffineMap(), workgroup),
      b.getI64IntegerAttr(alignment));
}

Value gpukernel::readOnlyBuffer(OpBuilder &b, Location loc, Value tensor) {
  if (!tensor)
    return {};
  auto type = cast<RankedTensorType>(tensor.getType());
  return bufferization::ToBufferOp::create(
      b, loc, MemRefType::get(type.getShape(), type.getElementType()), tensor,
      /*read_only=*/true);
}

Value gpukernel::packPair(OpBuilder &b, Location loc, Type elementType,
                          Value low, Value high) {
  auto pairType = VectorType::get({2}, elementType);
  auto rn =
      NVVM::FPRoundingModeAttr::get(b.getContext(), NVVM::FPRoundingMode::RN);
  if (elementType.isBF16())
    return pairOperand(b, loc,
                       NVVM::ConvertF32x2ToBF16x2Op::create(
                           b, loc, pairType, high, low, Value(), rn));
  return NVVM::ConvertF32x2ToF16x2Op::create(b, loc, pairType, high, low,
                                             Value(), rn);
}

Value gpukernel::pairOperand(OpBuilder &b, Location loc, Value pair) {
  auto type = cast<VectorType>(pair.getType());
  return type.getElementType().isBF16() ? asWord(b, loc, pair) : pair;
}

Value gpukernel::mmaOperand(OpBuilder &b, Location loc, Type elementType,
                            Value word) {
  if (elementType.isBF16())
    return word;
  Value vector = vector::BroadcastOp::create(
      b, loc, VectorType::get({1}, b.getI32Type()), word);
  return vector::BitCastOp::create(b, loc, VectorType::get({2}, elementType),
                                   vector);
}

Value gpukernel::asWord(OpBuilder &b, Location loc, Value pair) {
  Value word = vector::BitCastOp::create(
      b, loc, VectorType::get({1}, b.getI32Type()), pair);
  return vector::ExtractOp::create(b, loc, word, 0);
}

SmallVector<Value, 4> gpukernel::mma16x8x16(OpBuilder &b, Location loc,
                                            Type elementType, ValueRange a,
                                            ValueRange bFragment,
                                            ValueRange acc) {
  auto resultType = LLVM::LLVMStructType::getLiteral(
      b.getContext(), SmallVector<Type>(4, b.getF32Type()));
  NVVM::MMATypes type =
      elementType.isBF16() ? NVVM::MMATypes::bf16 : NVVM::MMATypes::f16;
  auto mma = NVVM::MmaOp::create(
      b, loc, resultType, a, bFragment, acc, {16, 8, 16}, std::nullopt,
      std::nullopt, std::array<NVVM::MMATypes, 2>{type, type},
      std::array<NVVM::MMALayout, 2>{NVVM::MMALayout::row,
                                     NVVM::MMALayout::col});
  SmallVector<Value, 4> result;
  for (int64_t i = 0; i < 4; ++i)
    result.push_back(LLVM::ExtractValueOp::create(b, loc, mma.getResult(), i));
  return result;
}

Value gpukernel::approximateExp2(OpBuilder &b, Location loc, Value x) {
  return LLVM::CallIntrinsicOp::create(
             b, loc, b.getF32Type(), b.getStringAttr(kApproximateExp2Intrinsic),
             ValueRange{x})
      .getResult(0);
}

Value gpukernel::reduceAcrossLanes(OpBuilder &b, Location loc, Value value,
                                   ArrayRef<int32_t> xorOffsets,
                                   function_ref<Value(Value, Value)> combine) {
  for (int32_t offset : xorOffsets)
    value = combine(value, gpu::ShuffleOp::create(b, loc, value, offset, kWarp,
                                                  gpu::ShuffleMode::XOR)
                               .getShuffleResult());
  return value;
}
