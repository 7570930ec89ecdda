//===- SourceChecks.cpp - What Tessel refuses before MLIR parses text -----===//
//
// See SourceChecks.h. The linalg check is lexical, like the nesting one: it
// finds each of the three op names outside strings and comments, walks the
// custom form's `ins(...)`, `outs(...)` and `{...}` groups to the first
// other word, and where that word is the op's list keyword followed by `=`,
// checks that an integer list follows as DenseI64ArrayAttr's parser reads
// it: `[`, integers (optionally negative, decimal or 0x hexadecimal, each
// within int64; or `true`/`false`) separated by commas, `]`, with
// whitespace and comments (to a line feed or carriage return) between
// tokens. A properties group `<{...}>` may precede `ins`. Whatever else the
// text holds is left to the parser.
//
//===----------------------------------------------------------------------===//

#include "tessel/Execution/SourceChecks.h"

#include "SourceLexing.h"

#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/Location.h"

#include "llvm/ADT/StringExtras.h"

using namespace mlir;
using namespace mlir::tessel;

namespace {

bool isWordChar(char c) {
  return llvm::isAlnum(c) || c == '_' || c == '.' || c == '$' || c == '-';
}

/// A cursor over the text that steps over whitespace and `//` comments.
struct Cursor {
  const char *p, *end;

  bool atEnd() const { return p == end; }
  char peek() const { return p == end ? '\0' : *p; }

  void skipSpace() {
    while (p != end) {
      if (llvm::isSpace(*p)) {
        ++p;
      } else if (*p == '/' && p + 1 != end && p[1] == '/') {
        p = lexing::skipStringOrComment(p, end) + 1;
      } else {
        return;
      }
    }
  }

  /// The word at the cursor (letters, digits, `_`, `.`, `$`), consumed.
  StringRef word() {
    const char *start = p;
    while (p != end &&
           (llvm::isAlnum(*p) || *p == '_' || *p == '.' || *p == '$'))
      ++p;
    return StringRef(start, p - start);
  }

  /// Steps over the bracket group that starts at the cursor, strings
  /// included; false where the text ends first.
  bool skipGroup() {
    int64_t depth = 0;
    for (; p != end; ++p) {
      switch (*p) {
      case '"':
      case '/':
        p = lexing::skipStringOrComment(p, end);
        if (p == end)
          return false;
        break;
      case '(':
      case '[':
      case '{':
        ++depth;
        break;
      case ')':
      case ']':
      case '}':
        if (--depth == 0) {
          ++p;
          return true;
        }
        break;
      default:
        break;
      }
    }
    return false;
  }
};

/// Whether the cursor is at an integer that MLIR's parser reads into an
/// int64: `-`? then decimal digits (leading zeros too) or `0x` and hex
/// digits (a lowercase x only), not running into a letter, `.` or `_`, and
/// within [-2^63, 2^63 - 1]. Leaves the cursor after it.
bool readsAsInteger(Cursor &c) {
  bool negative = c.peek() == '-';
  if (negative) {
    ++c.p;
    c.skipSpace();
  }
  if (!llvm::isDigit(c.peek()))
    return false;
  unsigned radix = 10;
  if (c.peek() == '0' && c.p + 1 != c.end && c.p[1] == 'x' &&
      c.p + 2 != c.end && llvm::isHexDigit(c.p[2])) {
    radix = 16;
    c.p += 2;
  }
  const char *start = c.p;
  while (c.p != c.end &&
         (radix == 16 ? llvm::isHexDigit(*c.p) : llvm::isDigit(*c.p)))
    ++c.p;
  // A number that runs into a letter or a fraction is another token.
  if (c.p != c.end && (llvm::isAlnum(*c.p) || *c.p == '.' || *c.p == '_'))
    return false;
  // Magnitudes up to 2^63 - 1, or 2^63 when negative.
  llvm::APInt magnitude;
  if (StringRef(start, c.p - start).getAsInteger(radix, magnitude) ||
      magnitude.getActiveBits() > 64)
    return false;
  return magnitude.getZExtValue() <= uint64_t(INT64_MAX) + (negative ? 1 : 0);
}

/// Whether the cursor is at an integer list that DenseI64ArrayAttr parses;
/// leaves the cursor where it stops.
bool readsAsIndexList(Cursor &c) {
  c.skipSpace();
  if (c.peek() != '[')
    return false;
  ++c.p;
  c.skipSpace();
  if (c.peek() == ']')
    return true;
  while (true) {
    c.skipSpace();
    // `true` and `false` read as 1 and 0.
    StringRef keyword = Cursor{c}.word();
    if (keyword == "true" || keyword == "false") {
      c.p += keyword.size();
    } else if (!readsAsInteger(c)) {
      return false;
    }
    c.skipSpace();
    if (c.peek() == ']') {
      ++c.p;
      return true;
    }
    if (c.peek() != ',')
      return false;
    ++c.p;
  }
}

/// The list keyword of an op whose custom parser does not check its list.
StringRef listKeywordOf(StringRef opName) {
  if (opName == "linalg.transpose")
    return "permutation";
  if (opName == "linalg.broadcast" || opName == "linalg.reduce")
    return "dimensions";
  return "";
}

/// For the op named at `c` (its name just read): the problem in its list,
/// if any.
std::optional<SourceProblem> checkListOf(StringRef opName, Cursor c) {
  StringRef keyword = listKeywordOf(opName);
  while (true) {
    c.skipSpace();
    char next = c.peek();
    if (next == '(' || next == '{' || next == '[') {
      if (!c.skipGroup())
        return std::nullopt;
      continue;
    }
    // Properties, `<{...}>`, may come before `ins`.
    if (next == '<') {
      ++c.p;
      c.skipSpace();
      if (c.peek() != '{' || !c.skipGroup())
        return std::nullopt;
      c.skipSpace();
      if (c.peek() != '>')
        return std::nullopt;
      ++c.p;
      continue;
    }
    StringRef word = c.word();
    if (word == "ins" || word == "outs")
      continue;
    if (word != keyword)
      return std::nullopt;
    break;
  }
  c.skipSpace();
  if (c.peek() != '=')
    return std::nullopt;
  ++c.p;
  c.skipSpace();
  const char *listStart = c.p;
  if (readsAsIndexList(c))
    return std::nullopt;
  return SourceProblem{
      listStart == c.end ? c.p : listStart,
      ("malformed '" + keyword + "' of " + opName +
       ": expected a list of 64-bit integers such as [1, 0] (MLIR's parser "
       "would crash on it)")
          .str()};
}

} // namespace

std::optional<SourceProblem>
mlir::tessel::findMalformedLinalgIndexList(StringRef text) {
  const char *end = text.end();
  for (const char *p = text.begin(); p != end; ++p) {
    switch (*p) {
    case '"':
    case '/':
      p = lexing::skipStringOrComment(p, end);
      if (p == end)
        return std::nullopt;
      continue;
    case 'l':
      break;
    default:
      continue;
    }
    // Part of a longer word, or a value, symbol, block or alias name.
    if (p != text.begin() &&
        (isWordChar(p[-1]) || StringRef("%@^!#").contains(p[-1])))
      continue;
    Cursor c{p, end};
    StringRef name = c.word();
    if (listKeywordOf(name).empty()) {
      p = c.p - 1;
      continue;
    }
    if (std::optional<SourceProblem> problem = checkListOf(name, c))
      return problem;
    p = c.p - 1;
  }
  return std::nullopt;
}

std::optional<SourceProblem> mlir::tessel::findSourceProblem(StringRef text) {
  if (const char *at = findExcessiveNesting(text))
    return SourceProblem{at, excessiveNestingMessage()};
  return findMalformedLinalgIndexList(text);
}

LogicalResult mlir::tessel::checkSource(const llvm::SourceMgr &sourceMgr,
                                        unsigned bufferId,
                                        MLIRContext *context) {
  const llvm::MemoryBuffer *buffer = sourceMgr.getMemoryBuffer(bufferId);
  std::optional<SourceProblem> problem = findSourceProblem(buffer->getBuffer());
  if (!problem)
    return success();
  auto [line, column] = sourceMgr.getLineAndColumn(
      llvm::SMLoc::getFromPointer(problem->at), bufferId);
  return emitError(FileLineColLoc::get(context, buffer->getBufferIdentifier(),
                                       line, column))
         << problem->message;
}
