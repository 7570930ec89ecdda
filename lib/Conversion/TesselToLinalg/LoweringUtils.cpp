//===- LoweringUtils.cpp - Helpers of the tessel-to-linalg lowering -------===//

#include "tessel/Conversion/LoweringUtils.h"

#include <cmath>

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Arith/Utils/Utils.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"

using namespace mlir;

namespace mlir::tessel::lowering {

Value toF32(OpBuilder &b, Location loc, Value v, bool isSigned) {
  Type f32 = b.getF32Type();
  Type type = v.getType();
  if (type == f32)
    return v;
  if (auto floatType = dyn_cast<FloatType>(type)) {
    if (floatType.getWidth() < 32)
      return arith::ExtFOp::create(b, loc, f32, v);
    return arith::TruncFOp::create(b, loc, f32, v);
  }
  if (type.isIndex())
    v = arith::IndexCastOp::create(b, loc, b.getI64Type(), v);
  if (isSigned)
    return arith::SIToFPOp::create(b, loc, f32, v);
  return arith::UIToFPOp::create(b, loc, f32, v);
}

Value fromF32(OpBuilder &b, Location loc, Value v, Type type, bool isSigned) {
  if (type == v.getType())
    return v;
  if (auto floatType = dyn_cast<FloatType>(type)) {
    if (floatType.getWidth() < 32)
      return arith::TruncFOp::create(b, loc, type, v);
    return arith::ExtFOp::create(b, loc, type, v);
  }
  if (isSigned)
    return arith::FPToSIOp::create(b, loc, type, v);
  return arith::FPToUIOp::create(b, loc, type, v);
}

Value f32Const(OpBuilder &b, Location loc, double value) {
  return arith::ConstantOp::create(b, loc, b.getF32FloatAttr(value));
}

Value indexConst(OpBuilder &b, Location loc, int64_t value) {
  return arith::ConstantIndexOp::create(b, loc, value);
}

Value filledTensor(OpBuilder &b, Location loc, ArrayRef<OpFoldResult> sizes,
                   Type elementType, Attribute value) {
  Value empty = tensor::EmptyOp::create(b, loc, sizes, elementType);
  Value scalar =
      arith::ConstantOp::create(b, loc, cast<TypedAttr>(value)).getResult();
  return linalg::FillOp::create(b, loc, scalar, empty).getResult(0);
}

SmallVector<utils::IteratorType> iterators(unsigned n,
                                           ArrayRef<unsigned> reductions) {
  SmallVector<utils::IteratorType> result(n, utils::IteratorType::parallel);
  for (unsigned r : reductions)
    result[r] = utils::IteratorType::reduction;
  return result;
}

AffineMap dropDims(MLIRContext *ctx, unsigned n, ArrayRef<unsigned> dropped) {
  SmallVector<AffineExpr> exprs;
  for (unsigned d = 0; d < n; ++d)
    if (!llvm::is_contained(dropped, d))
      exprs.push_back(getAffineDimExpr(d, ctx));
  return AffineMap::get(n, 0, exprs, ctx);
}

SmallVector<Value> loopIndices(OpBuilder &b, Location loc, unsigned n) {
  SmallVector<Value> result;
  for (unsigned d = 0; d < n; ++d)
    result.push_back(linalg::IndexOp::create(b, loc, d));
  return result;
}

void relaxFloatOrder(linalg::GenericOp generic) {
  auto flags = arith::FastMathFlags::reassoc | arith::FastMathFlags::contract;
  generic.getRegion().walk([&](arith::ArithFastMathInterface op) {
    op->setAttr(op.getFastMathAttrName(),
                arith::FastMathFlagsAttr::get(generic.getContext(), flags));
  });
}

Value buildGeneric(OpBuilder &b, Location loc, ValueRange inputs, Value init,
                   ArrayRef<AffineMap> maps,
                   ArrayRef<utils::IteratorType> iteratorTypes,
                   ScalarBody body) {
  auto generic = linalg::GenericOp::create(
      b, loc, TypeRange{init.getType()}, inputs, ValueRange{init}, maps,
      iteratorTypes, [&](OpBuilder &nb, Location nl, ValueRange args) {
        linalg::YieldOp::create(nb, nl, ValueRange{body(nb, nl, args)});
      });
  relaxFloatOrder(generic);
  return generic.getResult(0);
}

Value splitLastDim(OpBuilder &b, Location loc, Value value, int64_t g) {
  auto type = cast<RankedTensorType>(value.getType());
  int64_t rank = type.getRank();
  SmallVector<OpFoldResult> sizes = tensor::getMixedSizes(b, loc, value);
  OpFoldResult k = sizes.back();
  sizes.pop_back();
  if (std::optional<int64_t> kStatic = getConstantIntValue(k)) {
    sizes.push_back(b.getIndexAttr(*kStatic / g));
  } else {
    Value kValue = getValueOrCreateConstantIndexOp(b, loc, k);
    sizes.push_back(
        arith::DivUIOp::create(b, loc, kValue, indexConst(b, loc, g))
            .getResult());
  }
  sizes.push_back(b.getIndexAttr(g));
  SmallVector<int64_t> shape(type.getShape().drop_back());
  shape.push_back(ShapedType::isDynamic(type.getShape().back())
                      ? ShapedType::kDynamic
                      : type.getShape().back() / g);
  shape.push_back(g);
  SmallVector<ReassociationIndices> reassociation;
  for (int64_t d = 0; d + 1 < rank; ++d)
    reassociation.push_back({d});
  reassociation.push_back({rank - 1, rank});
  auto resultType = RankedTensorType::get(shape, type.getElementType());
  return tensor::ExpandShapeOp::create(b, loc, resultType, value, reassociation,
                                       sizes);
}

Value mergeLastDims(OpBuilder &b, Location loc, Value value) {
  int64_t rank = cast<RankedTensorType>(value.getType()).getRank();
  SmallVector<ReassociationIndices> reassociation;
  for (int64_t d = 0; d + 2 < rank; ++d)
    reassociation.push_back({d});
  reassociation.push_back({rank - 2, rank - 1});
  return tensor::CollapseShapeOp::create(b, loc, value, reassociation);
}

} // namespace mlir::tessel::lowering

Value mlir::tessel::lowering::applyActivation(OpBuilder &b, Location loc,
                                              Value x, Activation act) {
  switch (act) {
  case Activation::None:
    return x;
  case Activation::Relu:
    return arith::MaximumFOp::create(b, loc, x, f32Const(b, loc, 0));
  case Activation::Silu: {
    Value e = math::ExpOp::create(b, loc, arith::NegFOp::create(b, loc, x));
    Value denom = arith::AddFOp::create(b, loc, f32Const(b, loc, 1), e);
    return arith::DivFOp::create(b, loc, x, denom);
  }
  case Activation::Gelu: {
    // 0.5 x (1 + tanh(sqrt(2 / pi) (x + 0.044715 x^3)))
    Value x3 =
        arith::MulFOp::create(b, loc, x, arith::MulFOp::create(b, loc, x, x));
    Value inner = arith::AddFOp::create(
        b, loc, x,
        arith::MulFOp::create(b, loc, f32Const(b, loc, 0.044715), x3));
    inner = arith::MulFOp::create(
        b, loc, f32Const(b, loc, std::sqrt(2.0 / M_PI)), inner);
    Value t = arith::AddFOp::create(b, loc, f32Const(b, loc, 1),
                                    math::TanhOp::create(b, loc, inner));
    return arith::MulFOp::create(
        b, loc, arith::MulFOp::create(b, loc, f32Const(b, loc, 0.5), x), t);
  }
  }
  llvm_unreachable("unknown activation");
}
