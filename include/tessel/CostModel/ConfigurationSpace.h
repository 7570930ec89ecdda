//===- ConfigurationSpace.h - The choices a cost model ranks ----*- C++ -*-===//
//
// For each op the compiler has choices about (attention, qmatmul), the
// configurations it may take on a target. The configuration pass of each
// target (tessel-cpu-configure, tessel-cuda-configure) ranks these with a
// cost model, tessel-print-cost shows the ranking, and tessel-tune measures
// exactly these, so that what a learned model was trained on is what it is
// asked about.
//
//===----------------------------------------------------------------------===//

#ifndef TESSEL_COSTMODEL_CONFIGURATIONSPACE_H
#define TESSEL_COSTMODEL_CONFIGURATIONSPACE_H

#include "tessel/CostModel/CostModel.h"

#include <optional>
#include <string>

namespace mlir::tessel {

class AttentionOp;

/// Query rows per attention tile: at most `want`, preferably a divisor of Sq
/// (full tiles keep shapes static, hence vectorizable), a whole number of
/// blocks under a block mask.
int64_t attentionQueryRows(AttentionOp op, int64_t want);

/// The configuration `op` starts from on `target` before anything is
/// ranked: on the CPU, attention tiles of one batch, one group of query
/// heads and `attentionQueryTile` query rows (attentionQueryRows), qmatmul
/// tiles of `qmatmulColumnTile` output columns, softmax tiles of one row;
/// on GPUs no tiles. Key block and lanes are left to the lowering (-1).
/// None for ops without choices or that cannot be tiled (attention whose
/// query heads do not group).
std::optional<OpConfiguration>
defaultConfiguration(Operation *op, const TargetDescription &target,
                     int64_t attentionQueryTile = 64,
                     int64_t qmatmulColumnTile = 64);

/// `config` with its defaults (-1) replaced by what the lowering for
/// `target` does, and choices the lowering cannot honour for this op
/// replaced by what it does instead: a key block that does not split the
/// keys into several whole blocks lowers with whole score rows (0, and
/// always on GPUs), lanes that do not divide the group into several parts
/// are one lane.
OpConfiguration resolveConfiguration(Operation *op, OpConfiguration config,
                                     const TargetDescription &target);

/// The distinct resolved configurations `op` may take on `target`, `fixed`
/// (resolved) first; just that one for ops without choices. On the CPU:
/// attention query rows (16-256) x key blocks (whole rows, 32, 64, 128),
/// qmatmul column tiles (16-256 that divide N) x lanes (1-32). On GPUs, which
/// tile through their own loop distribution: qmatmul lanes (1-64).
SmallVector<OpConfiguration>
candidateConfigurations(Operation *op, const OpConfiguration &fixed,
                        const TargetDescription &target);

/// The candidate `model` predicts fastest among those whose tile fits the
/// scratchpad (where the first's does); on ties the one that changes fewest
/// choices of the first (the default), which is also taken when the model does
/// not know the op.
OpConfiguration chooseConfiguration(Operation *op,
                                    ArrayRef<OpConfiguration> candidates,
                                    const CostModel &model);

/// Chooses among `op`'s candidates (from `fixed`) with `model` and records
/// the choices the lowering reads on the op (`tessel.key_block`,
/// `tessel.qmatmul_lanes`, ConfigurationAttributes.h); returns the choice,
/// whose tile sizes the caller applies. A key block or lanes already on the
/// op are kept: only candidates with them are ranked.
OpConfiguration recordConfiguration(Operation *op, const OpConfiguration &fixed,
                                    const TargetDescription &target,
                                    const CostModel &model);

/// "rows=64 key_block=64", "columns=128 lanes=16": how a configuration is
/// named in datasets and remarks.
std::string describeConfiguration(Operation *op, const OpConfiguration &config);

} // namespace mlir::tessel

#endif // TESSEL_COSTMODEL_CONFIGURATIONSPACE_H
