//===- TesselToGPU.h - Tessel ops as dedicated GPU kernels ------*- C++ -*-===//
//
// The populate functions of convert-tessel-to-gpu, one per op family (each
// family's hardware variants are files of its folder under
// lib/Codegen/CUDA). The patterns carry out the choices that
// tessel-cuda-configure recorded on each op (ConfigurationAttributes.h) and
// choose nothing themselves.
//
//===----------------------------------------------------------------------===//

#ifndef TESSEL_CODEGEN_CUDA_TESSELTOGPU_H
#define TESSEL_CODEGEN_CUDA_TESSELTOGPU_H

#include "mlir/Support/LLVM.h"

namespace mlir {
class DialectRegistry;
class RewritePatternSet;
} // namespace mlir

namespace mlir::tessel {

/// qmatmul with packed (or 8-bit) weights as one gpu.launch, in the variant
/// and with the knobs that QMatmulPlanner.h derives from the op and its
/// configuration attributes. Ops outside what the kernel covers are left
/// alone. With `fuseConsumers`, an elementwise consumer of the result (a
/// residual add, a scaling) is computed in the kernel's stores.
void populateQMatmulToGPUPatterns(RewritePatternSet &patterns,
                                  bool fuseConsumers = true);

/// qmatmul with `tessel.qmatmul_kernel = "warpgroup"` as the sm_90
/// mixed-input GEMM (wgmma with the dequantized weights in registers, TMA, a
/// producer warpgroup; QMatmulWarpgroupPlanner.h) with the op's knob
/// attributes; ops it cannot take are left to the other qmatmul kernels.
/// Needs an sm_90a build of the kernels.
void populateQMatmulToWarpgroupPatterns(RewritePatternSet &patterns,
                                        bool fuseConsumers = true);

/// attention (f16 or bf16, head dimensions multiples of 32 up to 128, no
/// element mask) as one fused flash-attention kernel on tensor cores, with
/// the op's `tessel.kernel_warps` (4 or 8; 4 without one) warps per block of
/// 16 * warps query rows; ops with `tessel.tensor_cores = false` are left
/// alone. With `fuseConsumers`, elementwise consumers of the result are
/// computed in its stores.
void populateAttentionToGPUPatterns(RewritePatternSet &patterns,
                                    bool fuseConsumers = true);

/// attention with `tessel.attention_kernel = "warpgroup"` as the sm_90 kernel
/// (wgmma, TMA, a producer warpgroup; AttentionWarpgroupPlanner.h) with the
/// op's knob attributes; ops it cannot take are left to the mma.sync kernel.
/// Needs an sm_90a build of the kernels. With `fuseConsumers`, elementwise
/// consumers of the result are computed in its stores.
void populateAttentionToWarpgroupPatterns(RewritePatternSet &patterns,
                                          bool fuseConsumers = true);

/// attention with `tessel.kv_splits` (few query rows against a long key/value
/// cache) as the split-KV decode kernels: one over the splits of the keys,
/// one that combines them (AttentionToGPU/AttentionDecode.cpp).
void populateAttentionDecodeToGPUPatterns(RewritePatternSet &patterns);

/// draft_mask (DraftAttention's draft) with static shapes as three kernels:
/// the block means of Q and K, then the block scores and their ranks per
/// row of the mask (DraftMaskToGPU.cpp); rows of scores that do not fit in
/// shared memory are left to the generic path.
void populateDraftMaskToGPUPatterns(RewritePatternSet &patterns);

/// permute with static shapes as a kernel of whole-row vector copies
/// (PermuteToGPU.cpp): DraftAttention's token reordering gathers.
void populatePermuteToGPUPatterns(RewritePatternSet &patterns);

/// The intrinsic behind the attention kernel's exp2: pure, which
/// registerTesselToGPUExternalModels tells buffer deallocation.
inline constexpr const char *kApproximateExp2Intrinsic =
    "llvm.nvvm.ex2.approx.ftz.f32";

/// Interfaces that the kernels need on upstream ops (mma.sync has no memory
/// effects); part of tessel::registerAllDialects.
void registerTesselToGPUExternalModels(DialectRegistry &registry);

} // namespace mlir::tessel

#endif // TESSEL_CODEGEN_CUDA_TESSELTOGPU_H
