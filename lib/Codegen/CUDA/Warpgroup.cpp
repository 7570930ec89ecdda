//===- Warpgroup.cpp - Shared by the Hopper (sm_90) kernels ---------------===//

#include "Warpgroup.h"
#include "KernelUtils.h"
#include "tessel/Conversion/LoweringUtils.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/Dialect/LLVMIR/NVVMDialect.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/NVGPU/IR/NVGPUDialect.h"

#include <algorithm>
#include <string>

using namespace mlir;
using namespace mlir::tessel;
using namespace mlir::tessel::gpukernel;

namespace {

Value i32(OpBuilder &b, Location loc, int64_t v) {
  return arith::ConstantIntOp::create(b, loc, b.getI32Type(), v);
}

} // namespace

int32_t gpukernel::consumerRegisters(int64_t consumers) {
  int32_t each = (kRegistersPerSM - kProducerRegisters * kWarpgroupThreads) /
                 (consumers * kWarpgroupThreads);
  return std::min(kMaxConsumerRegisters, each / 8 * 8);
}

Value gpukernel::alignedSharedBase(OpBuilder &b, Location loc, int64_t bytes) {
  Value buffer = sharedBuffer(b, loc, {bytes}, b.getI8Type(), /*alignment=*/16);
  Value address = arith::IndexCastOp::create(
      b, loc, b.getI32Type(),
      memref::ExtractAlignedPointerAsIndexOp::create(b, loc, buffer));
  return arith::AndIOp::create(
      b, loc,
      arith::AddIOp::create(b, loc, address, i32(b, loc, kSwizzlePeriod - 1)),
      i32(b, loc, -kSwizzlePeriod));
}

Value gpukernel::sharedPointer(OpBuilder &b, Location loc, Value address) {
  return LLVM::IntToPtrOp::create(
      b, loc, LLVM::LLVMPointerType::get(b.getContext(), /*addressSpace=*/3),
      address);
}

void gpukernel::setMaxRegisters(OpBuilder &b, Location loc, int32_t count,
                                bool increase) {
  NVVM::SetMaxRegisterOp::create(
      b, loc, b.getI32IntegerAttr(count),
      NVVM::SetMaxRegisterActionAttr::get(
          b.getContext(), increase ? NVVM::SetMaxRegisterAction::increase
                                   : NVVM::SetMaxRegisterAction::decrease));
}

void gpukernel::initBarrier(OpBuilder &b, Location loc, Value barrier,
                            Value count) {
  NVVM::MBarrierInitOp::create(b, loc, sharedPointer(b, loc, barrier), count,
                               Value());
}

void gpukernel::waitBarrier(OpBuilder &b, Location loc, Value barrier,
                            Value parity) {
  NVVM::MBarrierTryWaitParityOp::create(b, loc, sharedPointer(b, loc, barrier),
                                        parity, i32(b, loc, kWaitTicks));
}

void gpukernel::arriveBarrier(OpBuilder &b, Location loc, Value barrier) {
  NVVM::MBarrierArriveOp::create(
      b, loc, Type(), sharedPointer(b, loc, barrier), Value(),
      NVVM::MemScopeKindAttr::get(b.getContext(), NVVM::MemScopeKind::CTA));
}

void gpukernel::expectBytes(OpBuilder &b, Location loc, Value barrier,
                            int64_t bytes) {
  NVVM::MBarrierArriveExpectTxOp::create(
      b, loc, Type(), sharedPointer(b, loc, barrier), i32(b, loc, bytes),
      NVVM::MemScopeKindAttr::get(b.getContext(), NVVM::MemScopeKind::CTA),
      b.getBoolAttr(false), Value());
}

void gpukernel::copyTensorBox(OpBuilder &b, Location loc, Value map,
                              Value destination, ArrayRef<Value> coordinates,
                              Value barrier) {
  MLIRContext *ctx = b.getContext();
  // A CTA's own shared memory as a shared::cluster address.
  Value cluster = LLVM::AddrSpaceCastOp::create(
      b, loc, LLVM::LLVMPointerType::get(ctx, /*addressSpace=*/7),
      sharedPointer(b, loc, destination));
  SmallVector<Value> coords;
  for (Value c : coordinates)
    coords.push_back(
        c.getType().isIndex()
            ? arith::IndexCastOp::create(b, loc, b.getI32Type(), c).getResult()
            : c);
  NVVM::CpAsyncBulkTensorGlobalToSharedClusterOp::create(
      b, loc, cluster, map, coords, sharedPointer(b, loc, barrier),
      ValueRange(), Value(), Value(),
      NVVM::TMALoadModeAttr::get(ctx, NVVM::TMALoadMode::TILE),
      b.getBoolAttr(false), NVVM::CTAGroupKindAttr(), Value());
}

Value gpukernel::createTensorMap(OpBuilder &b, Location loc, Value buffer,
                                 ArrayRef<int64_t> box, bool swizzle128) {
  MLIRContext *ctx = b.getContext();
  auto type = cast<MemRefType>(buffer.getType());
  Type element = type.getElementType();
  Value unranked = memref::CastOp::create(
      b, loc, UnrankedMemRefType::get(element, type.getMemorySpace()), buffer);
  auto tile = MemRefType::get(
      box.take_back(2), element, AffineMap(),
      gpu::AddressSpaceAttr::get(ctx, gpu::AddressSpace::Workgroup));
  auto mapType = nvgpu::TensorMapDescriptorType::get(
      ctx, tile,
      swizzle128 ? nvgpu::TensorMapSwizzleKind::SWIZZLE_128B
                 : nvgpu::TensorMapSwizzleKind::SWIZZLE_NONE,
      nvgpu::TensorMapL2PromoKind::L2PROMO_256B,
      nvgpu::TensorMapOOBKind::OOB_ZERO,
      nvgpu::TensorMapInterleaveKind::INTERLEAVE_NONE);
  SmallVector<Value> boxSizes;
  for (int64_t size : box)
    boxSizes.push_back(lowering::indexConst(b, loc, size));
  Value map =
      nvgpu::TmaCreateDescriptorOp::create(b, loc, mapType, unranked, boxSizes);
  // The kernel takes the map as a pointer (cp.async.bulk.tensor's operand).
  return UnrealizedConversionCastOp::create(
             b, loc, LLVM::LLVMPointerType::get(ctx), map)
      .getResult(0);
}

Value gpukernel::matrixDescriptor(OpBuilder &b, Location loc, Value address,
                                  int64_t leading, int64_t stride) {
  uint64_t fixed = (uint64_t(leading >> 4) << 16) |
                   (uint64_t(stride >> 4) << 32) | (uint64_t(1) << 62);
  Value start = arith::ExtUIOp::create(
      b, loc, b.getI64Type(),
      arith::ShRUIOp::create(
          b, loc, arith::AndIOp::create(b, loc, address, i32(b, loc, 0x3FFFF)),
          i32(b, loc, 4)));
  return arith::OrIOp::create(
      b, loc, start,
      arith::ConstantIntOp::create(b, loc, b.getI64Type(), int64_t(fixed)));
}

Value gpukernel::fenceOperand(OpBuilder &b, Location loc, Value value) {
  bool isFloat = value.getType().isF32();
  return LLVM::InlineAsmOp::create(
             b, loc, value.getType(), ValueRange{value}, "",
             isFloat ? "=f,0" : "=r,0", /*has_side_effects=*/true,
             /*is_align_stack=*/false, LLVM::tailcallkind::TailCallKind::None,
             LLVM::AsmDialectAttr(), ArrayAttr())
      .getResult(0);
}

void gpukernel::fenceOperands(OpBuilder &b, Location loc,
                              MutableArrayRef<Value> values) {
  for (Value &v : values)
    v = fenceOperand(b, loc, v);
}

void gpukernel::wgmmaRegisterA(OpBuilder &b, Location loc, Type elementType,
                               int64_t n, SmallVectorImpl<Value> &acc,
                               ArrayRef<Value> a, Value bDescriptor,
                               bool transposeB) {
  int64_t outputs = n / 2;
  std::string type = elementType.isBF16() ? "bf16" : "f16";
  std::string ptx = "wgmma.mma_async.sync.aligned.m64n" + std::to_string(n) +
                    "k16.f32." + type + "." + type + " {";
  std::string constraints;
  for (int64_t i = 0; i < outputs; ++i) {
    ptx += (i ? ", $" : "$") + std::to_string(i);
    constraints += (i ? ",=f" : "=f");
  }
  int64_t next = outputs;
  ptx += "}, {";
  for (int64_t i = 0; i < 4; ++i)
    ptx += (i ? ", $" : "$") + std::to_string(next + i);
  next += 4;
  // scale-d, imm-scale-a, imm-scale-b, imm-trans-b.
  ptx += "}, $" + std::to_string(next) + ", 1, 1, 1, " +
         (transposeB ? "1" : "0") + ";";
  for (int64_t i = 0; i < 4; ++i)
    constraints += ",r";
  constraints += ",l";
  SmallVector<Value> operands(a.begin(), a.end());
  operands.push_back(bDescriptor);
  for (int64_t i = 0; i < outputs; ++i) {
    constraints += "," + std::to_string(i);
    operands.push_back(acc[i]);
  }
  auto accType = LLVM::LLVMStructType::getLiteral(
      b.getContext(), SmallVector<Type>(outputs, b.getF32Type()));
  auto asmOp = LLVM::InlineAsmOp::create(
      b, loc, accType, operands, ptx, constraints,
      /*has_side_effects=*/true, /*is_align_stack=*/false,
      LLVM::tailcallkind::TailCallKind::None, LLVM::AsmDialectAttr(),
      ArrayAttr());
  for (int64_t i = 0; i < outputs; ++i)
    acc[i] = LLVM::ExtractValueOp::create(b, loc, asmOp.getResult(0), i);
}
