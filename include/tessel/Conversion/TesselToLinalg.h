//===- TesselToLinalg.h - Lower tessel ops to linalg on tensors -*- C++ -*-===//

#ifndef TESSEL_CONVERSION_TESSELTOLINALG_H
#define TESSEL_CONVERSION_TESSELTOLINALG_H

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
void populateQuantizationToLinalgPatterns(RewritePatternSet &patterns);
void populateDataMovementToLinalgPatterns(RewritePatternSet &patterns);
void populateDraftMaskToLinalgPatterns(RewritePatternSet &patterns);

/// All of the above.
void populateTesselToLinalgPatterns(RewritePatternSet &patterns,
                                    bool keyBlocks = true);

} // namespace mlir::tessel

#endif // TESSEL_CONVERSION_TESSELTOLINALG_H
