//===- Gathers.cpp - Gathers by constant indices --------------------------===//

#include "Gathers.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "tessel/Dialect/Tessel/IR/TesselOps.h"

using namespace mlir;

Value mlir::tessel::createIndexVector(OpBuilder &b, Location loc,
                                      ArrayRef<int64_t> indices) {
  auto type = RankedTensorType::get({static_cast<int64_t>(indices.size())},
                                    b.getI64Type());
  return arith::ConstantOp::create(b, loc,
                                   DenseIntElementsAttr::get(type, indices));
}

Value mlir::tessel::createGather(OpBuilder &b, Location loc, Value x,
                                 ArrayRef<int64_t> indices, int64_t dim) {
  auto type = cast<RankedTensorType>(x.getType());
  Value init = tensor::EmptyOp::create(
      b, loc, type.getShape(), type.getElementType(), type.getEncoding());
  return PermuteOp::create(b, loc, type, x, createIndexVector(b, loc, indices),
                           init, b.getI64IntegerAttr(dim));
}

DenseElementsAttr mlir::tessel::gatherElements(DenseElementsAttr values,
                                               int64_t dim,
                                               ArrayRef<int64_t> indices) {
  auto type = cast<ShapedType>(values.getType());
  ArrayRef<int64_t> shape = type.getShape();
  int64_t outer = 1, inner = 1;
  for (int64_t d = 0; d < dim; ++d)
    outer *= shape[d];
  for (int64_t d = dim + 1; d < type.getRank(); ++d)
    inner *= shape[d];
  SmallVector<Attribute> in(values.getValues<Attribute>());
  SmallVector<Attribute> out;
  out.reserve(outer * indices.size() * inner);
  for (int64_t o = 0; o < outer; ++o)
    for (int64_t i : indices)
      for (int64_t n = 0; n < inner; ++n)
        out.push_back(in[(o * shape[dim] + i) * inner + n]);
  SmallVector<int64_t> outShape(shape);
  outShape[dim] = indices.size();
  return DenseElementsAttr::get(type.clone(outShape), out);
}
