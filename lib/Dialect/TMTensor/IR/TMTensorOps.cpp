//===- TMTensorOps.cpp - Verifiers of the imported tm_tensor ops
//-----------===//
//
// The verifiers accept what torch-mlir writes and reject, with a message,
// what the lowering could not compute correctly.
//
//===----------------------------------------------------------------------===//

#include "tessel/Dialect/TMTensor/IR/TMTensor.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/DialectImplementation.h"
#include "mlir/IR/OpImplementation.h"
#include "llvm/ADT/SmallBitVector.h"

using namespace mlir;
using namespace mlir::tessel::tm_tensor;

#include "tessel/Dialect/TMTensor/IR/TMTensorDialect.cpp.inc"

void TMTensorDialect::initialize() {
  addOperations<
#define GET_OP_LIST
#include "tessel/Dialect/TMTensor/IR/TMTensorOps.cpp.inc"
      >();
}

namespace {

/// Checks the operand counts and that the results are the `outs` types.
LogicalResult verifyOperands(Operation *op, ValueRange inputs,
                             ValueRange outputs, size_t minInputs,
                             size_t maxInputs, size_t numOutputs) {
  if (inputs.size() < minInputs || inputs.size() > maxInputs) {
    if (minInputs == maxInputs)
      return op->emitOpError() << "expects " << minInputs << " `ins` operands";
    return op->emitOpError() << "expects " << minInputs << " to " << maxInputs
                             << " `ins` operands";
  }
  if (numOutputs && outputs.size() != numOutputs)
    return op->emitOpError() << "expects " << numOutputs << " `outs` operands";
  if (outputs.empty())
    return op->emitOpError() << "expects at least one `outs` operand";
  if (op->getNumResults() != outputs.size())
    return op->emitOpError() << "expects one result per `outs` operand";
  for (auto [output, result] : llvm::zip(outputs, op->getResults()))
    if (output.getType() != result.getType())
      return op->emitOpError()
             << "result type " << result.getType()
             << " differs from its `outs` operand's type " << output.getType();
  return success();
}

/// Checks the region's arguments and the types it yields.
LogicalResult verifyRegion(Operation *op, Region &region,
                           ArrayRef<Type> arguments, Type yielded) {
  Block &block = region.front();
  if (block.getNumArguments() != arguments.size())
    return op->emitOpError()
           << "expects a region of " << arguments.size() << " arguments";
  for (auto [i, arg] : llvm::enumerate(block.getArguments()))
    if (arg.getType() != arguments[i])
      return op->emitOpError() << "region argument #" << i << " must be "
                               << arguments[i] << ", not " << arg.getType();
  auto yield = dyn_cast<YieldOp>(block.getTerminator());
  if (!yield)
    return op->emitOpError() << "expects its region to end in tm_tensor.yield";
  if (yield.getOperands().size() != 1 ||
      yield.getOperands()[0].getType() != yielded)
    return op->emitOpError() << "expects its region to yield one " << yielded;
  return success();
}

LogicalResult verifyDimension(Operation *op, int64_t dimension, int64_t rank) {
  if (dimension < 0 || dimension >= rank)
    return op->emitOpError()
           << "dimension " << dimension << " is out of range for rank " << rank;
  return success();
}

bool sizesMatch(int64_t a, int64_t b) {
  return ShapedType::isDynamic(a) || ShapedType::isDynamic(b) || a == b;
}

bool isIndexElement(Type type) { return isa<IntegerType, IndexType>(type); }

} // namespace

LogicalResult ScanOp::verify() {
  if (failed(verifyOperands(*this, getInputs(), getOutputs(), 1, 1, 2)))
    return failure();
  auto input = cast<RankedTensorType>(getInputs()[0].getType());
  auto output = cast<RankedTensorType>(getOutputs()[0].getType());
  auto accumulator = cast<RankedTensorType>(getOutputs()[1].getType());
  int64_t rank = input.getRank(), dim = getDimension();
  if (failed(verifyDimension(*this, dim, rank)))
    return failure();
  Type element = input.getElementType();
  if (output.getElementType() != element ||
      accumulator.getElementType() != element)
    return emitOpError("expects input, output and accumulator of one element "
                       "type");
  if (output.getRank() != rank || accumulator.getRank() != rank - 1)
    return emitOpError("expects an output of the input's rank and an "
                       "accumulator of one rank less");
  for (int64_t d = 0; d < rank; ++d) {
    if (!sizesMatch(input.getDimSize(d), output.getDimSize(d)))
      return emitOpError() << "output dimension " << d
                           << " differs from the input's";
    if (d != dim && !sizesMatch(input.getDimSize(d),
                                accumulator.getDimSize(d < dim ? d : d - 1)))
      return emitOpError() << "accumulator does not match input dimension "
                           << d;
  }
  return verifyRegion(*this, getRegion(), {element, element}, element);
}

LogicalResult ScatterOp::verify() {
  if (failed(verifyOperands(*this, getInputs(), getOutputs(), 2, 2, 1)))
    return failure();
  auto updates = cast<RankedTensorType>(getInputs()[0].getType());
  auto indices = cast<RankedTensorType>(getInputs()[1].getType());
  auto original = cast<RankedTensorType>(getOutputs()[0].getType());
  if (indices.getRank() != 2 || !isIndexElement(indices.getElementType()))
    return emitOpError("expects indices as a 2-D tensor of integers");
  int64_t depth = indices.getDimSize(1);
  if (ShapedType::isDynamic(depth) || depth < 1)
    return emitOpError("expects a static index depth of at least 1");
  if (updates.getRank() < 1 ||
      !sizesMatch(updates.getDimSize(0), indices.getDimSize(0)))
    return emitOpError("expects as many updates as index rows");
  if (updates.getElementType() != original.getElementType())
    return emitOpError("expects updates of the original's element type");
  int64_t rank = original.getRank(), sliceRank = updates.getRank() - 1;
  if (sliceRank > rank)
    return emitOpError("update slices have a higher rank than the original");
  ArrayRef<int64_t> map = getDimensionMap();
  if (static_cast<int64_t>(map.size()) != depth)
    return emitOpError() << "dimension_map has " << map.size()
                         << " entries for an index depth of " << depth;
  llvm::SmallBitVector seen(rank);
  for (int64_t d : map) {
    if (d < 0 || d >= rank || seen.test(d))
      return emitOpError() << "dimension_map entry " << d
                           << " is out of range or repeated";
    seen.set(d);
  }
  for (int64_t i = 0; i < sliceRank; ++i) {
    int64_t slice = updates.getDimSize(i + 1);
    int64_t full = original.getDimSize(i + rank - sliceRank);
    if (!ShapedType::isDynamic(slice) && !ShapedType::isDynamic(full) &&
        slice > full)
      return emitOpError() << "update slice dimension " << i << " (" << slice
                           << ") exceeds the original's (" << full << ")";
  }
  Type element = original.getElementType();
  return verifyRegion(*this, getRegion(), {element, element}, element);
}

LogicalResult SortOp::verify() {
  if (failed(verifyOperands(*this, getInputs(), getOutputs(), 0, 0, 0)))
    return failure();
  auto first = cast<RankedTensorType>(getOutputs()[0].getType());
  if (failed(verifyDimension(*this, getDimension(), first.getRank())))
    return failure();
  SmallVector<Type> arguments;
  for (Value output : getOutputs()) {
    auto type = cast<RankedTensorType>(output.getType());
    if (type.getShape() != first.getShape())
      return emitOpError("expects `outs` operands of one shape");
    arguments.append(2, type.getElementType());
  }
  return verifyRegion(*this, getRegion(), arguments,
                      IntegerType::get(getContext(), 1));
}

LogicalResult TopkOp::verify() {
  if (failed(verifyOperands(*this, getInputs(), getOutputs(), 1, 2, 2)))
    return failure();
  auto values = cast<RankedTensorType>(getInputs()[0].getType());
  auto topValues = cast<RankedTensorType>(getOutputs()[0].getType());
  auto topIndices = cast<RankedTensorType>(getOutputs()[1].getType());
  int64_t rank = values.getRank(), dim = getDimension();
  if (failed(verifyDimension(*this, dim, rank)))
    return failure();
  if (getInputs().size() == 2) {
    auto indices = cast<RankedTensorType>(getInputs()[1].getType());
    if (indices.getShape() != values.getShape() ||
        indices.getElementType() != topIndices.getElementType())
      return emitOpError("expects input indices of the values' shape and the "
                         "output indices' element type");
  }
  if (topValues.getElementType() != values.getElementType() ||
      !isIndexElement(topIndices.getElementType()))
    return emitOpError("expects output values of the input's element type "
                       "and integer output indices");
  if (topValues.getShape() != topIndices.getShape() ||
      topValues.getRank() != rank)
    return emitOpError("expects output values and indices of one shape, of "
                       "the input's rank");
  int64_t k = topValues.getDimSize(dim);
  if (ShapedType::isDynamic(k))
    return emitOpError("expects a static k");
  for (int64_t d = 0; d < rank; ++d) {
    if (d == dim) {
      if (!ShapedType::isDynamic(values.getDimSize(d)) &&
          k > values.getDimSize(d))
        return emitOpError() << "k = " << k << " exceeds the "
                             << values.getDimSize(d) << " input elements";
      continue;
    }
    if (!sizesMatch(values.getDimSize(d), topValues.getDimSize(d)))
      return emitOpError() << "output dimension " << d
                           << " differs from the input's";
  }
  Type element = values.getElementType();
  return verifyRegion(*this, getRegion(), {element, element},
                      IntegerType::get(getContext(), 1));
}

#define GET_OP_CLASSES
#include "tessel/Dialect/TMTensor/IR/TMTensorOps.cpp.inc"
