//===- TesselToGPU.h - Tessel ops as dedicated GPU kernels ------*- C++ -*-===//

#ifndef TESSEL_CONVERSION_TESSELTOGPU_H
#define TESSEL_CONVERSION_TESSELTOGPU_H

#include "mlir/Support/LLVM.h"

#include <cstdint>

namespace mlir {
class DialectRegistry;
class RewritePatternSet;
} // namespace mlir

namespace mlir::tessel {

class CostModel;
class QMatmulOp;

struct QMatmulKernelOptions {
  /// Output columns per warp; 0 picks by the rows of a tile.
  int64_t columnsPerWarp = 0;
  /// Warps per block (tensor-core forms: warps splitting K; CUDA cores:
  /// warps side by side); 0 lets `costModel` choose, 4 without one. An
  /// op's `tessel.kernel_warps` wins over both.
  int64_t warpsPerBlock = 0;
  const CostModel *costModel = nullptr;
  /// Decoding forms (weights in A) with straight-line steps: the loads of
  /// a warp's first steps go before the block stages its input, and each
  /// step's loads this many steps ahead of its math; 0: in the step; -1:
  /// two, or half a warp's steps if fewer.
  int64_t prefetchSteps = -1;
  /// A remark on each op whose warps the cost model chose, with its
  /// predictions.
  bool remarks = false;
  /// mma.sync on tensor cores for f16 and bf16 inputs (K a multiple of 128,
  /// N of 8); CUDA cores otherwise.
  bool tensorCores = true;
  /// Compute an elementwise consumer of the result (a residual add, a
  /// scaling) in the kernel's stores.
  bool fuseConsumers = true;
};

/// Why the qmatmul kernel cannot take `op` whatever its weights' layout
/// (dynamic shapes, the input's type, K or the group size not a multiple
/// of 32); empty if it can take it once its weights are packed words or i8.
StringRef qmatmulKernelRejection(QMatmulOp op);

/// qmatmul with packed (or 8-bit) weights as one gpu.launch: a warp per
/// group of output columns, lanes over chunks of 32 weights. Ops outside
/// what the kernel covers are left alone. The warps per block are ranked by
/// the cost model's estimateKernel() where the options give one.
void populateQMatmulToGPUPatterns(RewritePatternSet &patterns,
                                  const QMatmulKernelOptions &options = {});

/// attention (f16 or bf16, head dimensions multiples of 32 up to 128, no
/// element mask) as one fused flash-attention kernel on tensor cores, with
/// `warps` (4 or 8; an op's `tessel.kernel_warps` wins) warps per block of
/// 16 * warps query rows; with
/// `fuseConsumers`, elementwise consumers of the result are computed in
/// its stores.
void populateAttentionToGPUPatterns(RewritePatternSet &patterns,
                                    int64_t warps = 4,
                                    bool fuseConsumers = true);

/// The intrinsic behind the attention kernel's exp2: pure, which
/// registerTesselToGPUExternalModels tells buffer deallocation.
inline constexpr const char *kApproximateExp2Intrinsic =
    "llvm.nvvm.ex2.approx.ftz.f32";

/// Interfaces that the kernels need on upstream ops (mma.sync has no memory
/// effects); part of tessel::registerAllDialects.
void registerTesselToGPUExternalModels(DialectRegistry &registry);

} // namespace mlir::tessel

#endif // TESSEL_CONVERSION_TESSELTOGPU_H
