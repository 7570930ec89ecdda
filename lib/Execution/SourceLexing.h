//===- SourceLexing.h - Strings and comments as MLIR's lexer sees them ----===//
//
// The lexical pre-parse checks (SourceNesting.cpp, SourceChecks.cpp) look at
// text outside string literals and `//` comments; this is where those end.
//
//===----------------------------------------------------------------------===//

#ifndef TESSEL_LIB_EXECUTION_SOURCELEXING_H
#define TESSEL_LIB_EXECUTION_SOURCELEXING_H

namespace mlir::tessel::lexing {

/// MLIR's lexer ends a comment at either.
inline bool isLineEnd(char c) { return c == '\n' || c == '\r'; }

/// The last character of the string literal or `//` comment that starts at
/// `p` (before `end`): the closing quote (a backslash escapes the next
/// character), or the character before the comment's line end; `end` for a
/// string that is not closed. `p` itself where neither starts there.
inline const char *skipStringOrComment(const char *p, const char *end) {
  if (*p == '"') {
    for (++p; p != end && *p != '"'; ++p)
      if (*p == '\\' && p + 1 != end)
        ++p;
    return p;
  }
  if (*p == '/' && p + 1 != end && p[1] == '/')
    while (p + 1 != end && !isLineEnd(p[1]))
      ++p;
  return p;
}

} // namespace mlir::tessel::lexing

#endif // TESSEL_LIB_EXECUTION_SOURCELEXING_H
