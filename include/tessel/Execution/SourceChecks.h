//===- SourceChecks.h - What Tessel refuses before MLIR parses text -------===//
//
// Text that MLIR 22's parser cannot survive is refused with a diagnostic
// before the parser reads it:
//   - text nested deeper than kMaxSourceNesting (SourceNesting.h): the
//     parser recurses per level and overflows the stack;
//   - a malformed integer list in the custom form of linalg.transpose
//     (`permutation = [...]`), linalg.broadcast and linalg.reduce
//     (`dimensions = [...]`): their parsers store the attribute without
//     checking that it parsed, and the null attribute crashes the parser
//     (a segmentation fault in release builds) right after its own error.
// Tessel's tools, its C API and therefore its Python package parse through
// these checks.
//
//===----------------------------------------------------------------------===//

#ifndef TESSEL_EXECUTION_SOURCECHECKS_H
#define TESSEL_EXECUTION_SOURCECHECKS_H

#include "tessel/Execution/SourceNesting.h"

#include <optional>

namespace mlir::tessel {

/// Where text goes wrong for MLIR's parser (a pointer into it) and why.
struct SourceProblem {
  const char *at;
  std::string message;
};

/// The first malformed `permutation` or `dimensions` list in the custom
/// form of linalg.transpose, linalg.broadcast or linalg.reduce in `text`,
/// outside strings and comments.
std::optional<SourceProblem> findMalformedLinalgIndexList(StringRef text);

/// The first problem of `text` that Tessel refuses before parsing: too deep
/// nesting, then a malformed linalg index list.
std::optional<SourceProblem> findSourceProblem(StringRef text);

/// Fails, with an error at the place of the problem, where buffer
/// `bufferId` of `sourceMgr` has one (findSourceProblem).
LogicalResult checkSource(const llvm::SourceMgr &sourceMgr, unsigned bufferId,
                          MLIRContext *context);

} // namespace mlir::tessel

#endif // TESSEL_EXECUTION_SOURCECHECKS_H
