//===- TesselAttrs.cpp - Tessel attributes --------------------------------===//
//
// The #tessel.layout attribute: parsing, printing and verification on top of
// the layout algebra in tessel/Layout.
//
//===----------------------------------------------------------------------===//

#include "tessel/Dialect/Tessel/IR/TesselAttrs.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/DialectImplementation.h"
#include "tessel/Dialect/Tessel/IR/TesselDialect.h"
#include "llvm/ADT/TypeSwitch.h"

using namespace mlir;
using namespace mlir::tessel;

#include "tessel/Dialect/Tessel/IR/TesselEnums.cpp.inc"

#define GET_ATTRDEF_CLASSES
#include "tessel/Dialect/Tessel/IR/TesselAttrs.cpp.inc"

void TesselDialect::registerAttributes() {
  addAttributes<
#define GET_ATTRDEF_LIST
#include "tessel/Dialect/Tessel/IR/TesselAttrs.cpp.inc"
      >();
}

//===----------------------------------------------------------------------===//
// LayoutAttr
//===----------------------------------------------------------------------===//

/// Groups the flat leaf lists of the attribute into modes. `modeLeaves` must
/// cover exactly the leaves given.
static std::vector<layout::Mode> buildModes(ArrayRef<int64_t> shapes,
                                            ArrayRef<int64_t> strides,
                                            ArrayRef<int64_t> modeLeaves) {
  std::vector<layout::Mode> modes;
  size_t leaf = 0;
  for (int64_t count : modeLeaves) {
    layout::Mode &mode = modes.emplace_back();
    for (int64_t i = 0; i < count; ++i, ++leaf)
      mode.push_back({shapes[leaf], strides[leaf]});
  }
  return modes;
}

layout::Layout LayoutAttr::getLayout() const {
  std::vector<layout::Mode> modes =
      buildModes(getShapes(), getStrides(), getModeLeaves());
  std::optional<layout::Swizzle> swizzle;
  if (getSwizzle().size() == 3)
    swizzle = layout::Swizzle{int(getSwizzle()[0]), int(getSwizzle()[1]),
                              int(getSwizzle()[2])};
  return layout::Layout(std::move(modes), swizzle);
}

LayoutAttr LayoutAttr::get(MLIRContext *context, const layout::Layout &value,
                           int64_t elementBits, int64_t wordBits) {
  SmallVector<int64_t> shapes, strides, leaves, swizzle;
  for (const layout::Mode &mode : value.modes()) {
    leaves.push_back(mode.size());
    for (const layout::Leaf &leaf : mode) {
      shapes.push_back(leaf.shape);
      strides.push_back(leaf.stride);
    }
  }
  if (const std::optional<layout::Swizzle> &s = value.swizzle())
    swizzle = {s->bits, s->base, s->shift};
  return get(context, shapes, strides, leaves, swizzle, elementBits, wordBits);
}

LogicalResult LayoutAttr::verify(function_ref<InFlightDiagnostic()> emitError,
                                 ArrayRef<int64_t> shapes,
                                 ArrayRef<int64_t> strides,
                                 ArrayRef<int64_t> modeLeaves,
                                 ArrayRef<int64_t> swizzle, int64_t elementBits,
                                 int64_t wordBits) {
  if (shapes.size() != strides.size())
    return emitError() << "layout has " << shapes.size() << " shapes but "
                       << strides.size() << " strides";
  if (modeLeaves.empty())
    return emitError() << "layout must have at least one mode";
  int64_t total = 0;
  for (int64_t count : modeLeaves) {
    if (count <= 0)
      return emitError() << "every layout mode needs at least one leaf";
    total += count;
  }
  if (total != int64_t(shapes.size()))
    return emitError() << "layout modes cover " << total << " leaves, but "
                       << shapes.size() << " are given";
  for (auto [shape, stride] : llvm::zip_equal(shapes, strides)) {
    if (shape <= 0)
      return emitError() << "layout shape must be positive, got " << shape;
    if (stride < 0)
      return emitError() << "layout stride must be non-negative, got "
                         << stride;
  }
  std::string error;
  // Sizes and offsets must fit in int64 before the algebra may be used.
  if (!layout::Layout(buildModes(shapes, strides, modeLeaves)).verify(&error))
    return emitError() << "invalid layout: " << error;
  if (!swizzle.empty()) {
    if (swizzle.size() != 3)
      return emitError() << "swizzle takes three values <B, M, S>, got "
                         << swizzle.size();
    if (llvm::any_of(swizzle, [](int64_t v) { return v < 0 || v > 62; }) ||
        swizzle[0] + swizzle[1] + swizzle[2] > 62)
      return emitError() << "invalid swizzle: B, M and S must be in [0, 62] "
                            "and touch only bits below 63";
    layout::Swizzle s{int(swizzle[0]), int(swizzle[1]), int(swizzle[2])};
    if (!s.verify(&error))
      return emitError() << "invalid swizzle: " << error;
  }
  if (elementBits != 0 || wordBits != 0) {
    bool inRange =
        elementBits > 0 && elementBits <= 64 && wordBits > 0 && wordBits <= 64;
    layout::Packing packing{int(inRange ? elementBits : 0),
                            int(inRange ? wordBits : 0)};
    if (!inRange || !packing.verify(&error))
      return emitError() << "invalid packing <" << elementBits << " in "
                         << wordBits << ">"
                         << (error.empty() ? "" : ": " + error);
  }
  return success();
}

LogicalResult
LayoutAttr::verifyEncoding(ArrayRef<int64_t> shape, Type elementType,
                           function_ref<InFlightDiagnostic()> emitError) const {
  layout::Layout value = getLayout();
  if (int64_t(value.rank()) != int64_t(shape.size()))
    return emitError() << "layout has " << value.rank()
                       << " modes but the tensor has rank " << shape.size();
  for (auto [d, size] : llvm::enumerate(shape))
    if (!ShapedType::isDynamic(size) && value.modeSize(d) != size)
      return emitError() << "layout mode " << d << " has size "
                         << value.modeSize(d) << " but tensor dimension " << d
                         << " is " << size;
  if (!value.isInjective())
    return emitError() << "layout " << layout::toString(value)
                       << " maps two elements to the same storage";
  if (getElementBits() != 0 &&
      (!elementType.isSignlessInteger() ||
       elementType.getIntOrFloatBitWidth() != getElementBits()))
    return emitError() << "packing of " << getElementBits()
                       << "-bit elements needs an i" << getElementBits()
                       << " element type, got " << elementType;
  return success();
}

/// Parses an int tuple `(a, (b, c), d)` or a single integer into modes of
/// leaves (one nesting level below the modes).
static ParseResult parseModes(AsmParser &parser,
                              SmallVectorImpl<SmallVector<int64_t>> &modes) {
  if (failed(parser.parseOptionalLParen())) {
    int64_t value;
    if (parser.parseInteger(value))
      return failure();
    modes.push_back({value});
    return success();
  }
  auto parseMode = [&]() -> ParseResult {
    SmallVector<int64_t> leaves;
    if (succeeded(parser.parseOptionalLParen())) {
      if (parser.parseCommaSeparatedList(
              [&]() { return parser.parseInteger(leaves.emplace_back()); }) ||
          parser.parseRParen())
        return failure();
    } else if (parser.parseInteger(leaves.emplace_back())) {
      return failure();
    }
    modes.push_back(std::move(leaves));
    return success();
  };
  return failure(parser.parseCommaSeparatedList(parseMode) ||
                 parser.parseRParen());
}

Attribute LayoutAttr::parse(AsmParser &parser, Type) {
  SmallVector<SmallVector<int64_t>> shapeModes, strideModes;
  if (parser.parseLess())
    return {};
  SMLoc loc = parser.getCurrentLocation();
  if (parseModes(parser, shapeModes) || parser.parseColon() ||
      parseModes(parser, strideModes))
    return {};
  SmallVector<int64_t> shapes, strides, leaves;
  bool sameStructure = shapeModes.size() == strideModes.size();
  for (size_t m = 0; sameStructure && m < shapeModes.size(); ++m) {
    sameStructure = shapeModes[m].size() == strideModes[m].size();
    leaves.push_back(shapeModes[m].size());
    llvm::append_range(shapes, shapeModes[m]);
    llvm::append_range(strides, strideModes[m]);
  }
  if (!sameStructure) {
    parser.emitError(loc, "layout shape and stride have different structure");
    return {};
  }
  SmallVector<int64_t> swizzle;
  int64_t elementBits = 0, wordBits = 0;
  while (succeeded(parser.parseOptionalComma())) {
    StringRef keyword;
    SMLoc keyLoc = parser.getCurrentLocation();
    if (parser.parseKeyword(&keyword) || parser.parseEqual() ||
        parser.parseLess())
      return {};
    if (keyword == "swizzle") {
      if (parser.parseCommaSeparatedList(
              [&]() { return parser.parseInteger(swizzle.emplace_back()); }))
        return {};
    } else if (keyword == "pack") {
      if (parser.parseInteger(elementBits) || parser.parseKeyword("in") ||
          parser.parseInteger(wordBits))
        return {};
    } else {
      parser.emitError(keyLoc, "expected 'swizzle' or 'pack', got '")
          << keyword << "'";
      return {};
    }
    if (parser.parseGreater())
      return {};
  }
  if (parser.parseGreater())
    return {};
  return getChecked([&] { return parser.emitError(loc); }, parser.getContext(),
                    shapes, strides, leaves, swizzle, elementBits, wordBits);
}

void LayoutAttr::print(AsmPrinter &printer) const {
  layout::Layout value = getLayout();
  value.setSwizzle(std::nullopt);
  printer << "<" << layout::toString(value);
  if (!getSwizzle().empty())
    printer << ", swizzle = <" << getSwizzle()[0] << ", " << getSwizzle()[1]
            << ", " << getSwizzle()[2] << ">";
  if (getElementBits() != 0)
    printer << ", pack = <" << getElementBits() << " in " << getWordBits()
            << ">";
  printer << ">";
}
