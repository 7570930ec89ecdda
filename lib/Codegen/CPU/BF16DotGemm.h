//===- BF16DotGemm.h - GEMMs on AVX512-BF16 dot products --------*- C++ -*-===//
//
// A GEMM of bf16 operands on a CPU with AVX512-BF16 runs on `vdpbf16ps`
// (x86vector.avx512.dot): each instruction multiplies 16 pairs of bf16 and
// adds both products of a pair into one f32 lane, 32 multiply-adds where an
// f32 FMA does 16, from operands half the size.
//
//===----------------------------------------------------------------------===//

#ifndef TESSEL_LIB_CODEGEN_CPU_BF16DOTGEMM_H
#define TESSEL_LIB_CODEGEN_CPU_BF16DOTGEMM_H

#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/IR/PatternMatch.h"

namespace mlir::tessel {

/// f32 lanes of one AVX-512 register: an accumulator vector of the kernel.
constexpr int64_t kBF16DotLanes = 16;

/// The blocks of the kernel: `rows` x `columns` f32 accumulators in
/// registers (`columns` a multiple of kBF16DotLanes), over K blocks of
/// `depth` (even) steps.
struct BF16DotGemmTiles {
  int64_t rows = 8, columns = 32, depth = 256;
};

/// Whether `op` is a GEMM the kernel takes: `C[m, n] += A[m, k] * B[k, n]`
/// on tensors (linalg.matmul, or a generic with its maps), A bf16 held
/// `[m, k]`, B bf16 held `[k, n]` or `[n, k]` (`x W^T`, which sets
/// `transposedRhs`), C f32 (a bf16 C is widened to f32 first), static
/// non-empty shapes, K even and N a multiple of `columns`.
bool isBF16DotGemm(linalg::LinalgOp op, int64_t columns,
                   bool *transposedRhs = nullptr);

/// Replaces `op` (which isBF16DotGemm takes) by the kernel: a K loop in
/// blocks of `tiles.depth` that first copies the K block of B into panels
/// of `tiles.columns` columns with the two rows of each pair of K steps
/// interleaved (`[columns / c, depth / 2, 2 * c]`, the operand layout of
/// vdpbf16ps; from `[n, k]`, chunks of pairs transposed as 32-bit words),
/// then register blocks of `tiles.rows` rows that each read a
/// panel as one stream, broadcasting A's pairs of K steps.
void buildBF16DotGemm(RewriterBase &rewriter, linalg::LinalgOp op,
                      const BF16DotGemmTiles &tiles);

} // namespace mlir::tessel

#endif // TESSEL_LIB_CODEGEN_CPU_BF16DOTGEMM_H
