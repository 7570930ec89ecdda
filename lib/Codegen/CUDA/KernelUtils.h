//===- KernelUtils.h - Shared by the dedicated GPU kernels ------*- C++ -*-===//
//
// The kernels of convert-tessel-to-gpu are built op by op on the operands'
// buffers: a gpu.launch of whole warps, vector loads, and mma.sync m16n8k16
// on 32-bit registers of two 16-bit values.
//
//===----------------------------------------------------------------------===//

#ifndef TESSEL_LIB_CONVERSION_TESSELTOGPU_KERNELUTILS_H
#define TESSEL_LIB_CONVERSION_TESSELTOGPU_KERNELUTILS_H

#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/IR/Builders.h"

namespace mlir::tessel::gpukernel {

constexpr int64_t kWarp = 32;

/// The largest power of two, at most 16, that divides every byte offset of
/// vector loads that start each `step` elements of rows of `rowLength`
/// elements (the buffers themselves are at least 256-byte aligned).
uint64_t loadAlignment(int64_t elementBytes, int64_t step, int64_t rowLength);

/// A launch and the thread's place in its block.
struct Launch {
  gpu::LaunchOp op;
  Value lane, warp;
};

/// A launch of grid[0] x grid[1] x grid[2] blocks of `warps` warps, the
/// builder at the start of its body (callers hold an insertion guard).
Launch createLaunch(OpBuilder &b, Location loc, ArrayRef<int64_t> grid,
                    int64_t warps);
/// Same, with grid sizes known at run time (index values, 3 of them).
Launch createLaunch(OpBuilder &b, Location loc, ValueRange grid, int64_t warps);

/// A buffer of the block in shared memory (a workgroup memref.alloc, whose
/// start is a multiple of `alignment` bytes). tessel-allocate-scratchpad
/// places it in the kernel's dynamic shared memory.
Value sharedBuffer(OpBuilder &b, Location loc, ArrayRef<int64_t> shape,
                   Type elementType, int64_t alignment);

/// `tensor`'s buffer, read only; null for a null tensor.
Value readOnlyBuffer(OpBuilder &b, Location loc, Value tensor);

/// Two f32 values rounded to nearest into one mma.sync operand of
/// `elementType` (f16 or bf16), `low` in the low half.
Value packPair(OpBuilder &b, Location loc, Type elementType, Value low,
               Value high);

/// Two 16-bit values held as one i32 word, as mma.sync takes them: the word
/// for bf16, a vector of two for f16.
Value mmaOperand(OpBuilder &b, Location loc, Type elementType, Value word);

/// A vector of two 16-bit values as mma.sync takes them: one i32 for bf16,
/// the vector itself for f16.
Value pairOperand(OpBuilder &b, Location loc, Value pair);

/// A vector of two 16-bit values as one i32.
Value asWord(OpBuilder &b, Location loc, Value pair);

/// acc + A B on tensor cores: mma.sync m16n8k16 (row-major A, column-major
/// B, f32 accumulators) with A in 4 operands and B in 2 (see mmaOperand).
SmallVector<Value, 4> mma16x8x16(OpBuilder &b, Location loc, Type elementType,
                                 ValueRange a, ValueRange bFragment,
                                 ValueRange acc);

/// 2^x (f32) in one instruction of the special function unit (ex2.approx,
/// relative error about 2^-22). llvm.intr.exp2 would do, but the NVVM
/// conversion takes every llvm math intrinsic for a libdevice call.
Value approximateExp2(OpBuilder &b, Location loc, Value x);

/// `value` combined over the lanes that differ from this one in the bits of
/// `xorOffsets`, one xor shuffle per offset in the given order (the order
/// fixes the rounding of sums); every such lane gets the result.
Value reduceAcrossLanes(OpBuilder &b, Location loc, Value value,
                        ArrayRef<int32_t> xorOffsets,
                        function_ref<Value(Value, Value)> combine);

} // namespace mlir::tessel::gpukernel

#endif // TESSEL_LIB_CONVERSION_TESSELTOGPU_KERNELUTILS_H
