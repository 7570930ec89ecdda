//===- TesselToLinalg.h - Lower tessel ops to linalg on tensors -*- C++ -*-===//

#ifndef TESSEL_CONVERSION_TESSELTOLINALG_H
#define TESSEL_CONVERSION_TESSELTOLINALG_H

#include <cstdint>

namespace mlir {
class RewritePatternSet;
} // namespace mlir

namespace mlir::tessel {

/// One pattern set per op family, so that a pipeline can lower some ops and
/// keep others (for a target-specific lowering).
/// `keyBlocks`: use the blockwise (flash) form of attention where it applies
/// (a loop over key blocks carrying the softmax statistics); otherwise always
/// the dense form.
void populateAttentionToLinalgPatterns(RewritePatternSet &patterns,
                                       bool keyBlocks = true);
void populateSoftmaxToLinalgPatterns(RewritePatternSet &patterns);
/// `qmatmulLanes`: the partial sums of qmatmul are kept per lane of this
/// many consecutive K elements (16: one AVX-512 vector; 32: one GPU warp;
/// 1: a single sum).
void populateQuantizationToLinalgPatterns(RewritePatternSet &patterns,
                                          int64_t qmatmulLanes = 16);
void populateDataMovementToLinalgPatterns(RewritePatternSet &patterns);
void populateDraftMaskToLinalgPatterns(RewritePatternSet &patterns);

/// All of the above.
void populateTesselToLinalgPatterns(RewritePatternSet &patterns,
                                    bool keyBlocks = true,
                                    int64_t qmatmulLanes = 16);

} // namespace mlir::tessel

#endif // TESSEL_CONVERSION_TESSELTOLINALG_H
