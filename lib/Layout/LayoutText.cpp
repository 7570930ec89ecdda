//===- LayoutText.cpp - Printing and parsing layouts ----------------------===//
//
// Part of the Tessel project.
//
//===----------------------------------------------------------------------===//
//
// The textual form `((2, 4), 8):((32, 1), 4)`.
//
//===----------------------------------------------------------------------===//

#include "tessel/Layout/LayoutAlgebra.h"

#include <cctype>

using namespace mlir::tessel::layout;

//===----------------------------------------------------------------------===//
// Printing
//===----------------------------------------------------------------------===//

static std::string printSide(const Layout &layout, bool shapes) {
  auto value = [&](const Leaf &leaf) {
    return std::to_string(shapes ? leaf.shape : leaf.stride);
  };
  std::string result = "(";
  for (size_t i = 0; i < layout.rank(); ++i) {
    if (i > 0)
      result += ", ";
    const Mode &mode = layout.mode(i);
    if (mode.size() == 1) {
      result += value(mode[0]);
      continue;
    }
    result += "(";
    for (size_t k = 0; k < mode.size(); ++k) {
      if (k > 0)
        result += ", ";
      result += value(mode[k]);
    }
    result += ")";
  }
  return result + ")";
}

std::string mlir::tessel::layout::toString(const Layout &layout) {
  return printSide(layout, /*shapes=*/true) + ":" +
         printSide(layout, /*shapes=*/false);
}

//===----------------------------------------------------------------------===//
// Parsing
//===----------------------------------------------------------------------===//

namespace {

/// One side (shapes or strides) of a layout: an integer or a tuple.
struct Node {
  bool isTuple = false;
  int64_t value = 0;
  std::vector<Node> children;
  size_t column = 0;
};

class Parser {
public:
  Parser(std::string_view text, std::string &error)
      : text(text), error(error) {}

  bool parse(Layout &out);

private:
  bool failAt(const std::string &message, size_t column) {
    error = message + " at column " + std::to_string(column);
    return false;
  }
  bool failHere(const std::string &message) { return failAt(message, pos + 1); }

  void skipWhitespace() {
    while (pos < text.size() &&
           std::isspace(static_cast<unsigned char>(text[pos])))
      ++pos;
  }
  bool atDigitOrSign() const {
    return pos < text.size() &&
           (std::isdigit(static_cast<unsigned char>(text[pos])) ||
            text[pos] == '-');
  }

  bool parseInteger(Node &node, bool isShape);
  bool parseTuple(Node &node, int depth, bool isShape);
  bool parseSide(Node &node, bool isShape);
  bool checkStructure(const Node &shape, const Node &stride);

  std::string_view text;
  std::string &error;
  size_t pos = 0;
};

bool Parser::parseInteger(Node &node, bool isShape) {
  skipWhitespace();
  node.column = pos + 1;
  bool negative = false;
  if (pos < text.size() && text[pos] == '-') {
    negative = true;
    ++pos;
  }
  if (pos >= text.size() ||
      !std::isdigit(static_cast<unsigned char>(text[pos])))
    return failAt("expected integer", node.column);
  int64_t value = 0;
  while (pos < text.size() &&
         std::isdigit(static_cast<unsigned char>(text[pos]))) {
    if (__builtin_mul_overflow(value, 10, &value) ||
        __builtin_add_overflow(value, text[pos] - '0', &value))
      return failAt("integer out of range", node.column);
    ++pos;
  }
  if (negative)
    value = -value;
  if (isShape && value < 1)
    return failAt("shape must be positive", node.column);
  if (!isShape && value < 0)
    return failAt("stride must be non-negative", node.column);
  node.value = value;
  return true;
}

// tuple := '(' ')'                    (top level only: rank 0)
//        | '(' element (',' element)* ')'
// element := integer | tuple          (tuples nest at most two levels)
bool Parser::parseTuple(Node &node, int depth, bool isShape) {
  skipWhitespace();
  node.isTuple = true;
  node.column = pos + 1;
  if (pos >= text.size() || text[pos] != '(')
    return failHere("expected '('");
  ++pos;
  skipWhitespace();
  if (depth == 0 && pos < text.size() && text[pos] == ')') {
    ++pos;
    return true;
  }
  while (true) {
    skipWhitespace();
    Node child;
    if (pos < text.size() && text[pos] == '(') {
      if (depth > 0)
        return failHere("layouts nest at most two levels deep");
      if (!parseTuple(child, depth + 1, isShape))
        return false;
    } else if (!parseInteger(child, isShape)) {
      return false;
    }
    node.children.push_back(std::move(child));
    skipWhitespace();
    if (pos < text.size() && text[pos] == ',') {
      ++pos;
      continue;
    }
    if (pos < text.size() && text[pos] == ')') {
      ++pos;
      return true;
    }
    return failHere("expected ')'");
  }
}

bool Parser::parseSide(Node &node, bool isShape) {
  skipWhitespace();
  if (pos < text.size() && text[pos] == '(')
    return parseTuple(node, /*depth=*/0, isShape);
  if (atDigitOrSign())
    return parseInteger(node, isShape);
  return failHere("expected '(' or integer");
}

bool Parser::checkStructure(const Node &shape, const Node &stride) {
  if (shape.isTuple != stride.isTuple ||
      shape.children.size() != stride.children.size())
    return failAt("shape and stride have different structure", stride.column);
  for (size_t i = 0; i < shape.children.size(); ++i)
    if (!checkStructure(shape.children[i], stride.children[i]))
      return false;
  return true;
}

bool Parser::parse(Layout &out) {
  Node shape, stride;
  if (!parseSide(shape, /*isShape=*/true))
    return false;
  skipWhitespace();
  if (pos >= text.size() || text[pos] != ':')
    return failHere("expected ':'");
  ++pos;
  if (!parseSide(stride, /*isShape=*/false))
    return false;
  skipWhitespace();
  if (pos < text.size())
    return failHere("expected end of layout");
  if (!checkStructure(shape, stride))
    return false;

  std::vector<Mode> modes;
  auto leafOf = [](const Node &s, const Node &d) {
    return Leaf{s.value, d.value};
  };
  if (!shape.isTuple) {
    modes.push_back(Mode{leafOf(shape, stride)});
  } else {
    for (size_t i = 0; i < shape.children.size(); ++i) {
      const Node &s = shape.children[i];
      const Node &d = stride.children[i];
      if (!s.isTuple) {
        modes.push_back(Mode{leafOf(s, d)});
        continue;
      }
      Mode mode;
      for (size_t k = 0; k < s.children.size(); ++k)
        mode.push_back(leafOf(s.children[k], d.children[k]));
      modes.push_back(std::move(mode));
    }
  }
  Layout layout(std::move(modes));
  std::string message;
  if (!layout.verify(&message))
    return failAt(message, 1);
  out = std::move(layout);
  return true;
}

} // namespace

bool mlir::tessel::layout::parseLayout(std::string_view text, Layout &out,
                                       std::string &error) {
  return Parser(text, error).parse(out);
}
