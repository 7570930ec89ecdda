//===- SourceNesting.h - A bound on how deeply source text nests -*- C++
//-*-===//
//
// MLIR's parser recurses once per nested region, attribute, type and
// parenthesis, so text nested a few thousand levels deep overflows the
// stack (a crash, not a diagnostic). Tessel's tools and C API refuse text
// that nests deeper than kMaxSourceNesting before parsing it: at that depth
// the parser needs less than 1 MiB of stack.
//
//===----------------------------------------------------------------------===//

#ifndef TESSEL_EXECUTION_SOURCENESTING_H
#define TESSEL_EXECUTION_SOURCENESTING_H

#include "mlir/IR/MLIRContext.h"
#include "mlir/Support/LLVM.h"

#include "llvm/Support/SourceMgr.h"

#include <string>

namespace mlir::tessel {

/// The deepest nesting of brackets ({, (, [ and <, outside strings and
/// comments) that Tessel parses. Region nesting in real programs stays in
/// the tens.
inline constexpr int64_t kMaxSourceNesting = 256;

/// Where `text` first nests deeper than kMaxSourceNesting (a pointer into
/// it), or null.
const char *findExcessiveNesting(StringRef text);

/// The error reported at that place.
std::string excessiveNestingMessage();

/// Fails, with an error at the first bracket past the limit, where buffer
/// `bufferId` of `sourceMgr` nests deeper than kMaxSourceNesting.
LogicalResult checkSourceNesting(const llvm::SourceMgr &sourceMgr,
                                 unsigned bufferId, MLIRContext *context);

} // namespace mlir::tessel

#endif // TESSEL_EXECUTION_SOURCENESTING_H
