//===- Warpgroup.h - Shared by the Hopper (sm_90) kernels -------*- C++ -*-===//
//
// The pieces of the warp-specialized sm_90 kernels (the attention kernel and
// the qmatmul GEMM): one aligned shared-memory region, mbarriers, bulk tensor
// copies (TMA) and their tensor maps, wgmma matrix descriptors of the
// 128-byte swizzle, wgmma with A in registers, and the register handoff
// between producer and consumer warpgroups (setmaxnreg).
//
//===----------------------------------------------------------------------===//

#ifndef TESSEL_LIB_CODEGEN_CUDA_WARPGROUP_H
#define TESSEL_LIB_CODEGEN_CUDA_WARPGROUP_H

#include "mlir/IR/Builders.h"

#include <cstdint>

namespace mlir::tessel::gpukernel {

constexpr int64_t kWarpgroupThreads = 128;
/// Registers per thread after setmaxnreg: the producer gives up all it can,
/// the consumers share the rest of the SM's 64K (at most 240 each, in
/// multiples of 8).
constexpr int32_t kProducerRegisters = 24;
constexpr int32_t kMaxConsumerRegisters = 240;
constexpr int32_t kRegistersPerSM = 64 * 1024;
/// The 128-byte swizzle's period: 8 rows of 128 bytes.
constexpr int64_t kSwizzlePeriod = 1024;
constexpr int64_t kPanelRowBytes = 128;
/// Bytes of the 16 columns one wgmma k-step takes from a K-major panel row.
constexpr int64_t kStepBytes = 32;
/// Suspend-time hint of the mbarrier waits, in nanoseconds.
constexpr int32_t kWaitTicks = 10000000;

/// The registers of each of `consumers` consumer warpgroups next to one
/// producer warpgroup that keeps kProducerRegisters.
int32_t consumerRegisters(int64_t consumers);

/// A block's shared memory of `bytes` bytes (one byte buffer that
/// tessel-allocate-scratchpad places), as the i32 shared-window address of
/// its first 1024-byte aligned byte: callers ask for 1 KiB more than they
/// use.
Value alignedSharedBase(OpBuilder &b, Location loc, int64_t bytes);

/// An i32 shared-window address as a pointer to shared memory.
Value sharedPointer(OpBuilder &b, Location loc, Value address);

/// setmaxnreg: the warpgroup's registers per thread become `count`.
void setMaxRegisters(OpBuilder &b, Location loc, int32_t count, bool increase);

/// An mbarrier at `barrier` that completes a phase after `count` arrivals.
void initBarrier(OpBuilder &b, Location loc, Value barrier, Value count);

/// Waits until the phase of `barrier` with parity `parity` (i32) completes.
void waitBarrier(OpBuilder &b, Location loc, Value barrier, Value parity);

/// One arrival on `barrier` (CTA scope).
void arriveBarrier(OpBuilder &b, Location loc, Value barrier);

/// One arrival on `barrier` that also expects `bytes` of bulk copies.
void expectBytes(OpBuilder &b, Location loc, Value barrier, int64_t bytes);

/// A bulk tensor copy of the box of `map` at `coordinates` (innermost
/// first; index or i32) to the shared address `destination`, completing on
/// `barrier`.
void copyTensorBox(OpBuilder &b, Location loc, Value map, Value destination,
                   ArrayRef<Value> coordinates, Value barrier);

/// A tensor map of `buffer` (a ranked memref) whose box is `box` (outermost
/// first, as the memref's shape): its device pointer, as the kernel takes
/// it. With `swizzle128`, TMA stores 16-byte chunk c of each 128-byte box
/// row r at chunk c ^ (r % 8) (the box's inner dimension must then be 128
/// bytes); without, the box is stored densely. Elements past the buffer's
/// end read as zero.
Value createTensorMap(OpBuilder &b, Location loc, Value buffer,
                      ArrayRef<int64_t> box, bool swizzle128);

/// A wgmma matrix descriptor of shared memory at `address` (i32) with the
/// 128-byte swizzle and the given leading and stride byte offsets.
Value matrixDescriptor(OpBuilder &b, Location loc, Value address,
                       int64_t leading, int64_t stride);

/// `value` through an empty asm statement: LLVM may not move its definition
/// below, nor its uses above, the wgmma fences and waits around it (wgmma's
/// registers are read and written asynchronously).
Value fenceOperand(OpBuilder &b, Location loc, Value value);
void fenceOperands(OpBuilder &b, Location loc, MutableArrayRef<Value> values);

/// acc += A B: one wgmma of 64 x n x 16 (f32 accumulators `acc`, n / 2 per
/// thread) with A in registers (`a`: 4 words of 16-bit pairs of
/// `elementType`, laid out as mma.sync's A fragments for each warp's 16
/// rows) and B in shared memory at `bDescriptor`, K-major, or MN-major with
/// `transposeB`. MLIR's wgmma op takes A from shared memory only, so this
/// one is spelled in PTX.
void wgmmaRegisterA(OpBuilder &b, Location loc, Type elementType, int64_t n,
                    SmallVectorImpl<Value> &acc, ArrayRef<Value> a,
                    Value bDescriptor, bool transposeB);

} // namespace mlir::tessel::gpukernel

#endif // TESSEL_LIB_CODEGEN_CUDA_WARPGROUP_H
