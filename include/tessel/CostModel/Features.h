//===- Features.h - What a learned cost model sees of an op -----*- C++ -*-===//
//
// One fixed-length vector of numbers per (op, configuration, target):
// the op's kind and shapes, bit width and group size, the configuration,
// and the analytical model's bytes per memory level, FLOPs, arithmetic
// intensity, scratchpad use and occupancy. tessel-tune writes these with
// each measurement and the learned model computes the same ones at compile
// time, from this one function.
//
//===----------------------------------------------------------------------===//

#ifndef TESSEL_COSTMODEL_FEATURES_H
#define TESSEL_COSTMODEL_FEATURES_H

#include "tessel/CostModel/CostModel.h"

namespace mlir::tessel {

/// The names of the features, in the order computeFeatures() writes them.
/// A model file records the names it was trained with; they must match.
ArrayRef<StringRef> featureNames();

/// The features of `op` under `config` (resolved, see ConfigurationSpace.h)
/// on `target`, or failure for an op the analytical model does not know.
FailureOr<SmallVector<float>> computeFeatures(Operation *op,
                                              const OpConfiguration &config,
                                              const TargetDescription &target);

} // namespace mlir::tessel

#endif // TESSEL_COSTMODEL_FEATURES_H
