//===- QMatmulKernel.h - Geometry of the qmatmul kernel ---------*- C++ -*-===//
//
// The constants of the qmatmul kernel's layout and the sizes that follow
// from a QMatmulPlan (the launch grid, the tensor-core steps, the shared
// memory), which the planner (QMatmulPlanner.cpp) costs and the kernel
// builders emit: one definition for both.
//
//===----------------------------------------------------------------------===//

#ifndef TESSEL_LIB_CODEGEN_CUDA_QMATMULTOGPU_QMATMULKERNEL_H
#define TESSEL_LIB_CODEGEN_CUDA_QMATMULTOGPU_QMATMULKERNEL_H

#include "tessel/Codegen/CUDA/QMatmulPlanner.h"

#include "llvm/ADT/SmallVector.h"

#include <cstdint>

namespace mlir::tessel::qmatmul {

/// K values of one lane's step: one vector load of packed words.
inline constexpr int64_t kChunk = 32;
/// K values dequantized at a time (bounds the live registers).
inline constexpr int64_t kSubChunk = 8;
/// The steps of a lane are straight-line code up to this many sums times
/// steps (more would overflow the instruction cache); a loop otherwise.
inline constexpr int64_t kMaxUnrolledSums = 32;
/// Chunk sums are scaled once per chunk up to this many sums per lane.
inline constexpr int64_t kMaxScaledSums = 8;
/// Tensor-core steps per warp emitted as straight-line code.
inline constexpr int64_t kMaxUnrolledMmaSteps = 8;
/// Words per chunk of shared input pairs: 16 pairs and 4 of padding, so
/// that the 16-byte loads of the 4 lanes of a quad hit distinct banks.
inline constexpr int64_t kPairChunkWords = 20;
/// Tensor-core form: mma.sync m16n8k16; a warp's step covers 128 K values,
/// 32 consecutive ones per lane of a quad.
inline constexpr int64_t kMmaRows = 16;
inline constexpr int64_t kMmaColumns = 8;
inline constexpr int64_t kMmaChunk = 128;

/// Shared memory of the tensor-core forms: the warps' partial sums
/// ([warp][lane][4] f32) and the shared input pairs ([row][pairRowWords]).
int64_t partialsBytes(const QMatmulPlan &plan);
int64_t inputPairsBytes(const QMatmulPlan &plan);
/// The f32 sums of the input rows' chunks of 32 ([row][chunk]).
int64_t chunkSumsBytes(const QMatmulPlan &plan);

/// Output columns and rows of one block of the tensor-core forms: 8 columns
/// and 16 rows, or with the weights in A 16 columns and 8 rows.
int64_t mmaBlockColumns(const QMatmulPlan &plan);
int64_t mmaBlockRows(const QMatmulPlan &plan);

/// The launch's grid: blocks over the columns (x) and the rows (y).
SmallVector<int64_t, 2> launchGrid(const QMatmulPlan &plan);

/// The K steps of the tensor-core forms, which the block's warps share:
/// 128 K values each, 512 with lane-contiguous steps.
int64_t mmaSteps(const QMatmulPlan &plan);

/// The K steps of one warp of the tensor-core forms (the last warps'
/// last step may lie past the end).
int64_t mmaStepsPerWarp(const QMatmulPlan &plan);

} // namespace mlir::tessel::qmatmul

#endif // TESSEL_LIB_CODEGEN_CUDA_QMATMULTOGPU_QMATMULKERNEL_H
