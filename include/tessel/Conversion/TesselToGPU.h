//===- TesselToGPU.h - Tessel ops as dedicated GPU kernels ------*- C++ -*-===//

#ifndef TESSEL_CONVERSION_TESSELTOGPU_H
#define TESSEL_CONVERSION_TESSELTOGPU_H

#include <cstdint>

namespace mlir {
class RewritePatternSet;
} // namespace mlir

namespace mlir::tessel {

struct QMatmulKernelOptions {
  /// Output columns per warp; 0 picks by the rows of a tile.
  int64_t columnsPerWarp = 0;
  int64_t warpsPerBlock = 4;
};

/// qmatmul with packed (or 8-bit) weights as one gpu.launch: a warp per
/// group of output columns, lanes over chunks of 32 weights. Ops outside
/// what the kernel covers are left alone.
void populateQMatmulToGPUPatterns(RewritePatternSet &patterns,
                                  const QMatmulKernelOptions &options = {});

} // namespace mlir::tessel

#endif // TESSEL_CONVERSION_TESSELTOGPU_H
