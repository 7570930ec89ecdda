//===- SourceNesting.cpp - A bound on how deeply source text nests --------===//
//
// See SourceNesting.h. A lexical scan: it skips string literals and
// comments, and reads `->` and `>=` as no bracket, so that what it counts
// bounds the parser's recursion.
//
//===----------------------------------------------------------------------===//

#include "tessel/Execution/SourceNesting.h"

#include "SourceLexing.h"

#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/Location.h"

using namespace mlir;
using namespace mlir::tessel;

const char *mlir::tessel::findExcessiveNesting(StringRef text) {
  int64_t depth = 0;
  const char *end = text.end();
  for (const char *p = text.begin(); p != end; ++p) {
    switch (*p) {
    case '"':
    case '/':
      p = lexing::skipStringOrComment(p, end);
      if (p == end)
        return nullptr;
      break;
    case '{':
    case '(':
    case '[':
    case '<':
      if (++depth > kMaxSourceNesting)
        return p;
      break;
    case '>':
      if ((p != text.begin() && p[-1] == '-') || (p + 1 != end && p[1] == '='))
        break;
      [[fallthrough]];
    case '}':
    case ')':
    case ']':
      depth = std::max<int64_t>(depth - 1, 0);
      break;
    default:
      break;
    }
  }
  return nullptr;
}

std::string mlir::tessel::excessiveNestingMessage() {
  return "the source nests deeper than " + std::to_string(kMaxSourceNesting) +
         " brackets, which Tessel does not parse";
}

LogicalResult mlir::tessel::checkSourceNesting(const llvm::SourceMgr &sourceMgr,
                                               unsigned bufferId,
                                               MLIRContext *context) {
  const llvm::MemoryBuffer *buffer = sourceMgr.getMemoryBuffer(bufferId);
  const char *at = findExcessiveNesting(buffer->getBuffer());
  if (!at)
    return success();
  auto [line, column] =
      sourceMgr.getLineAndColumn(llvm::SMLoc::getFromPointer(at), bufferId);
  return emitError(FileLineColLoc::get(context, buffer->getBufferIdentifier(),
                                       line, column))
         << excessiveNestingMessage();
}
