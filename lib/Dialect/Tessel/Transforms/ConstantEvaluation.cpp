//===- ConstantEvaluation.cpp - Values of IR computed from constants ------===//
//
// Part of the Tessel project.
//
//===----------------------------------------------------------------------===//

#include "ConstantEvaluation.h"

#include "tessel/Dialect/TMTensor/IR/TMTensor.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/ControlFlow/IR/ControlFlowOps.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Dialect/Utils/IndexingUtils.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/DialectResourceBlobManager.h"

#include "llvm/ADT/DenseMap.h"

#include <cmath>
#include <cstring>

using namespace mlir;
using namespace mlir::tessel;

namespace {

int64_t product(ArrayRef<int64_t> shape) {
  int64_t n = 1;
  for (int64_t d : shape)
    n *= d;
  return n;
}

/// Elements of a dense_resource blob of `type` (little-endian, as MLIR
/// stores them).
std::optional<std::vector<double>> readBlob(ArrayRef<char> data, Type type,
                                            int64_t count, bool unsignedInts) {
  unsigned bits = type.getIntOrFloatBitWidth();
  if (type.isInteger(1) || bits % 8 != 0)
    return std::nullopt;
  size_t bytes = bits / 8;
  if (data.size() != bytes * count)
    return std::nullopt;
  std::vector<double> values(count);
  for (int64_t i = 0; i < count; ++i) {
    const char *p = data.data() + i * bytes;
    if (type.isF32()) {
      float f;
      std::memcpy(&f, p, 4);
      values[i] = f;
    } else if (type.isF64()) {
      std::memcpy(&values[i], p, 8);
    } else if (type.isInteger()) {
      uint64_t raw = 0;
      std::memcpy(&raw, p, bytes);
      if (unsignedInts || bits == 64)
        values[i] = unsignedInts
                        ? static_cast<double>(raw)
                        : static_cast<double>(static_cast<int64_t>(raw));
      else
        values[i] = static_cast<double>(
            static_cast<int64_t>(raw << (64 - bits)) >> (64 - bits));
    } else if (auto floatType = dyn_cast<FloatType>(type)) {
      // f16, bf16 and the other narrow formats, through APFloat.
      uint64_t raw = 0;
      std::memcpy(&raw, p, bytes);
      APFloat f(floatType.getFloatSemantics(), APInt(bits, raw));
      bool losesInfo = false;
      f.convert(APFloat::IEEEdouble(), APFloat::rmNearestTiesToEven,
                &losesInfo);
      values[i] = f.convertToDouble();
    } else {
      return std::nullopt;
    }
  }
  return values;
}

/// `value` wrapped to the signed range of an integer of `type` (i1 as 0/1);
/// other types unchanged.
double wrapInteger(double value, Type type) {
  auto integer = dyn_cast<IntegerType>(type);
  if (!integer || integer.getWidth() >= 64)
    return value;
  unsigned width = integer.getWidth();
  uint64_t bits = static_cast<uint64_t>(static_cast<int64_t>(value)) &
                  ((uint64_t(1) << width) - 1);
  if (width == 1)
    return static_cast<double>(bits);
  return static_cast<double>(static_cast<int64_t>(bits << (64 - width)) >>
                             (64 - width));
}

std::optional<double> evaluateScalarUnwrapped(Operation *op,
                                              ArrayRef<double> in);

/// Evaluates one scalar op of a linalg.generic body.
std::optional<double> evaluateScalar(Operation *op, ArrayRef<double> in) {
  std::optional<double> result = evaluateScalarUnwrapped(op, in);
  if (!result || op->getNumResults() != 1)
    return result;
  return wrapInteger(*result, op->getResult(0).getType());
}

std::optional<double> evaluateScalarUnwrapped(Operation *op,
                                              ArrayRef<double> in) {
  auto width = [&](Value v) { return v.getType().getIntOrFloatBitWidth(); };
  auto toUnsigned = [&](double x, Value v) {
    return x < 0 ? x + std::ldexp(1.0, width(v)) : x;
  };
  if (auto c = dyn_cast<arith::ConstantOp>(op))
    return scalarConstant(c.getResult());
  if (isa<arith::AddFOp, arith::AddIOp>(op))
    return in[0] + in[1];
  if (isa<arith::SubFOp, arith::SubIOp>(op))
    return in[0] - in[1];
  if (isa<arith::MulFOp, arith::MulIOp>(op))
    return in[0] * in[1];
  if (isa<arith::DivFOp>(op))
    return in[0] / in[1];
  if (isa<arith::MaximumFOp, arith::MaxSIOp>(op))
    return std::max(in[0], in[1]);
  if (isa<arith::MinimumFOp, arith::MinSIOp>(op))
    return std::min(in[0], in[1]);
  if (isa<arith::NegFOp>(op))
    return -in[0];
  // Wrapped to the narrower type by evaluateScalar.
  if (isa<arith::TruncIOp>(op))
    return in[0];
  if (isa<arith::AndIOp>(op))
    return static_cast<double>(static_cast<int64_t>(in[0]) &
                               static_cast<int64_t>(in[1]));
  if (isa<arith::OrIOp>(op))
    return static_cast<double>(static_cast<int64_t>(in[0]) |
                               static_cast<int64_t>(in[1]));
  if (isa<arith::XOrIOp>(op))
    return static_cast<double>(static_cast<int64_t>(in[0]) ^
                               static_cast<int64_t>(in[1]));
  if (isa<arith::SelectOp>(op))
    return in[0] != 0 ? in[1] : in[2];
  if (isa<arith::ShRUIOp, arith::ShRSIOp, arith::ShLIOp>(op)) {
    if (!op->getOperand(0).getType().isInteger())
      return std::nullopt; // index shifts: not needed
    if (in[1] < 0 || in[1] >= width(op->getOperand(0)))
      return std::nullopt; // poison in MLIR: do not guess
    auto amount = static_cast<unsigned>(in[1]);
    if (isa<arith::ShLIOp>(op))
      return static_cast<double>(static_cast<int64_t>(
          static_cast<uint64_t>(static_cast<int64_t>(in[0])) << amount));
    if (isa<arith::ShRSIOp>(op))
      return static_cast<double>(static_cast<int64_t>(in[0]) >> amount);
    return static_cast<double>(
        static_cast<uint64_t>(toUnsigned(in[0], op->getOperand(0))) >> amount);
  }
  if (isa<arith::SIToFPOp, arith::ExtSIOp>(op) &&
      op->getOperand(0).getType().isInteger(1))
    return -in[0]; // i1 true is -1 read signed
  if (isa<arith::IndexCastOp, arith::SIToFPOp, arith::ExtFOp, arith::ExtSIOp,
          arith::TruncFOp>(op))
    return in[0];
  if (isa<arith::UIToFPOp, arith::ExtUIOp>(op))
    return toUnsigned(in[0], op->getOperand(0));
  if (isa<math::ExpOp>(op))
    return std::exp(in[0]);
  if (isa<math::TanhOp>(op))
    return std::tanh(in[0]);
  if (isa<math::ErfOp>(op))
    return std::erf(in[0]);
  if (isa<math::AbsFOp>(op))
    return std::fabs(in[0]);
  if (isa<math::FPowIOp, math::PowFOp>(op))
    return std::pow(in[0], in[1]);
  if (auto cmp = dyn_cast<arith::CmpIOp>(op)) {
    double a = in[0], b = in[1];
    switch (cmp.getPredicate()) {
    case arith::CmpIPredicate::eq:
      return a == b;
    case arith::CmpIPredicate::ne:
      return a != b;
    case arith::CmpIPredicate::slt:
      return a < b;
    case arith::CmpIPredicate::sle:
      return a <= b;
    case arith::CmpIPredicate::sgt:
      return a > b;
    case arith::CmpIPredicate::sge:
      return a >= b;
    default:
      return std::nullopt; // unsigned comparisons: not needed yet
    }
  }
  if (auto cmp = dyn_cast<arith::CmpFOp>(op)) {
    double a = in[0], b = in[1];
    bool unordered = std::isnan(a) || std::isnan(b);
    switch (cmp.getPredicate()) {
    case arith::CmpFPredicate::OEQ:
      return !unordered && a == b;
    case arith::CmpFPredicate::ONE:
      return !unordered && a != b;
    case arith::CmpFPredicate::OLT:
      return !unordered && a < b;
    case arith::CmpFPredicate::OLE:
      return !unordered && a <= b;
    case arith::CmpFPredicate::OGT:
      return !unordered && a > b;
    case arith::CmpFPredicate::OGE:
      return !unordered && a >= b;
    case arith::CmpFPredicate::UNE:
      return unordered || a != b;
    case arith::CmpFPredicate::UGT:
      return unordered || a > b;
    case arith::CmpFPredicate::UGE:
      return unordered || a >= b;
    case arith::CmpFPredicate::ULT:
      return unordered || a < b;
    case arith::CmpFPredicate::ULE:
      return unordered || a <= b;
    default:
      return std::nullopt;
    }
  }
  return std::nullopt;
}

class Evaluator {
public:
  explicit Evaluator(int64_t maxElements) : maxElements(maxElements) {}

  std::optional<ConstantTensor> evaluate(Value value, int depth = 0);
  /// The values `bodyValue` (a value of `generic`'s body) takes over the
  /// iteration space of the generic's first result.
  std::optional<ConstantTensor> evaluateBodyValue(linalg::GenericOp generic,
                                                  Value bodyValue);

private:
  /// The values of result `resultNumber`, or of `probe` (a value of the body)
  /// over that result's iteration space when given.
  std::optional<ConstantTensor> evaluateGeneric(linalg::GenericOp generic,
                                                unsigned resultNumber,
                                                int depth, Value probe = {});
  std::optional<ConstantTensor> evaluateSlice(tensor::ExtractSliceOp slice,
                                              int depth);
  std::optional<ConstantTensor> evaluateScan(tm_tensor::ScanOp scan,
                                             unsigned resultNumber, int depth);
  /// The element of `extract`'s tensor at its indices (values in `env`).
  std::optional<double>
  evaluateExtract(tensor::ExtractOp extract,
                  const llvm::DenseMap<Value, double> &env, int depth);

  int64_t maxElements;
  /// The tensors that generic bodies extract elements from, evaluated once.
  llvm::DenseMap<Value, std::optional<ConstantTensor>> extracted;
};

std::optional<ConstantTensor> Evaluator::evaluate(Value value, int depth) {
  auto type = dyn_cast<RankedTensorType>(value.getType());
  if (!type || !type.hasStaticShape() || type.getNumElements() > maxElements ||
      depth > 64)
    return std::nullopt;
  Operation *def = value.getDefiningOp();
  if (!def)
    return std::nullopt;
  if (isa<arith::ConstantOp>(def))
    return readConstant(value, /*unsignedInts=*/false);
  if (isa<tensor::ExpandShapeOp, tensor::CollapseShapeOp>(def)) {
    std::optional<ConstantTensor> source =
        evaluate(def->getOperand(0), depth + 1);
    if (!source)
      return std::nullopt;
    source->shape.assign(type.getShape().begin(), type.getShape().end());
    return source;
  }
  if (auto fill = dyn_cast<linalg::FillOp>(def)) {
    std::optional<double> scalar = scalarConstant(fill.getInputs()[0]);
    if (!scalar)
      return std::nullopt;
    return ConstantTensor{SmallVector<int64_t>(type.getShape()),
                          std::vector<double>(type.getNumElements(), *scalar)};
  }
  if (auto transpose = dyn_cast<linalg::TransposeOp>(def)) {
    std::optional<ConstantTensor> source =
        evaluate(transpose.getInput(), depth + 1);
    if (!source)
      return std::nullopt;
    ArrayRef<int64_t> perm = transpose.getPermutation();
    ConstantTensor out{SmallVector<int64_t>(type.getShape()),
                       std::vector<double>(type.getNumElements())};
    int64_t rank = perm.size();
    SmallVector<int64_t> index(rank, 0), sourceIndex(rank);
    for (int64_t linear = 0; linear < type.getNumElements(); ++linear) {
      int64_t rest = linear;
      for (int64_t d = rank - 1; d >= 0; --d) {
        index[d] = rest % out.shape[d];
        rest /= out.shape[d];
      }
      // out[i] = in[j] with j[perm[d]] = i[d].
      for (int64_t d = 0; d < rank; ++d)
        sourceIndex[perm[d]] = index[d];
      int64_t sourceLinear = 0;
      for (int64_t d = 0; d < rank; ++d)
        sourceLinear = sourceLinear * source->shape[d] + sourceIndex[d];
      out.values[linear] = source->values[sourceLinear];
    }
    return out;
  }
  if (auto concat = dyn_cast<tensor::ConcatOp>(def)) {
    // Row-major: the result is, for each index of the dimensions before
    // `dim`, the operands' slabs one after another.
    int64_t dim = concat.getDim();
    int64_t outer = product(type.getShape().take_front(dim));
    ConstantTensor out{SmallVector<int64_t>(type.getShape()), {}};
    out.values.reserve(type.getNumElements());
    SmallVector<ConstantTensor> parts;
    for (Value operand : concat.getInputs()) {
      std::optional<ConstantTensor> part = evaluate(operand, depth + 1);
      if (!part)
        return std::nullopt;
      parts.push_back(std::move(*part));
    }
    for (int64_t o = 0; o < outer; ++o)
      for (const ConstantTensor &part : parts) {
        int64_t slab = product(ArrayRef<int64_t>(part.shape).drop_front(dim));
        out.values.insert(out.values.end(), part.values.begin() + o * slab,
                          part.values.begin() + (o + 1) * slab);
      }
    return out;
  }
  if (auto generic = dyn_cast<linalg::GenericOp>(def))
    return evaluateGeneric(generic, cast<OpResult>(value).getResultNumber(),
                           depth);
  if (auto slice = dyn_cast<tensor::ExtractSliceOp>(def))
    return evaluateSlice(slice, depth);
  if (auto scan = dyn_cast<tm_tensor::ScanOp>(def))
    return evaluateScan(scan, cast<OpResult>(value).getResultNumber(), depth);
  return std::nullopt;
}

std::optional<ConstantTensor>
Evaluator::evaluateBodyValue(linalg::GenericOp generic, Value bodyValue) {
  if (generic.getNumResults() == 0)
    return std::nullopt;
  auto type = dyn_cast<RankedTensorType>(generic.getResult(0).getType());
  if (!type || !type.hasStaticShape() || type.getNumElements() > maxElements)
    return std::nullopt;
  return evaluateGeneric(generic, /*resultNumber=*/0, /*depth=*/0, bodyValue);
}

std::optional<ConstantTensor>
Evaluator::evaluateSlice(tensor::ExtractSliceOp slice, int depth) {
  if (!slice.hasUnitStride() ||
      ShapedType::isDynamicShape(slice.getStaticOffsets()) ||
      slice.getSourceType().getRank() != slice.getResultType().getRank())
    return std::nullopt;
  std::optional<ConstantTensor> source = evaluate(slice.getSource(), depth + 1);
  if (!source)
    return std::nullopt;
  ArrayRef<int64_t> offsets = slice.getStaticOffsets();
  ArrayRef<int64_t> shape = slice.getResultType().getShape();
  SmallVector<int64_t> sourceStrides = computeStrides(source->shape);
  ConstantTensor out{SmallVector<int64_t>(shape),
                     std::vector<double>(product(shape))};
  int64_t rank = shape.size();
  for (int64_t linear = 0; linear < product(shape); ++linear) {
    int64_t rest = linear, at = 0;
    for (int64_t d = rank - 1; d >= 0; --d) {
      at += (rest % shape[d] + offsets[d]) * sourceStrides[d];
      rest /= shape[d];
    }
    out.values[linear] = source->values[at];
  }
  return out;
}

std::optional<ConstantTensor> Evaluator::evaluateScan(tm_tensor::ScanOp scan,
                                                      unsigned resultNumber,
                                                      int depth) {
  if (scan.getInputs().size() != 1 || scan.getOutputs().size() != 2)
    return std::nullopt;
  std::optional<ConstantTensor> input =
      evaluate(scan.getInputs()[0], depth + 1);
  if (!input)
    return std::nullopt;
  bool inclusive = scan.getInclusive();
  std::optional<ConstantTensor> accumulator;
  if (!inclusive) {
    accumulator = evaluate(scan.getOutputs()[1], depth + 1);
    if (!accumulator)
      return std::nullopt;
  }
  ArrayRef<int64_t> shape = input->shape;
  int64_t dim = scan.getDimension();
  int64_t n = shape[dim];
  if (n == 0)
    return std::nullopt;
  int64_t inner = product(shape.drop_front(dim + 1));
  int64_t outer = product(shape.take_front(dim));
  Block &body = scan.getRegion().front();
  ConstantTensor out{SmallVector<int64_t>(shape),
                     std::vector<double>(input->values.size())};
  ConstantTensor last{SmallVector<int64_t>(), {}};
  for (int64_t d = 0; d < static_cast<int64_t>(shape.size()); ++d)
    if (d != dim)
      last.shape.push_back(shape[d]);
  last.values.resize(outer * inner);
  for (int64_t o = 0; o < outer; ++o)
    for (int64_t i = 0; i < inner; ++i) {
      auto at = [&](int64_t k) { return (o * n + k) * inner + i; };
      std::optional<double> running;
      for (int64_t k = 0; k < n; ++k) {
        if (k == 0) {
          running = inclusive ? input->values[at(0)]
                              : accumulator->values[o * inner + i];
        } else {
          double value = input->values[at(inclusive ? k : k - 1)];
          running = evaluateBlock(body, {*running, value});
          if (!running)
            return std::nullopt;
        }
        out.values[at(k)] = *running;
      }
      last.values[o * inner + i] = *running;
    }
  return resultNumber == 0 ? out : last;
}

std::optional<double>
Evaluator::evaluateExtract(tensor::ExtractOp extract,
                           const llvm::DenseMap<Value, double> &env,
                           int depth) {
  // Evaluated before it is cached: evaluating it may cache other tensors,
  // which would move the map's entries.
  auto cached = extracted.find(extract.getTensor());
  if (cached == extracted.end()) {
    std::optional<ConstantTensor> evaluated =
        evaluate(extract.getTensor(), depth + 1);
    cached =
        extracted.try_emplace(extract.getTensor(), std::move(evaluated)).first;
  }
  const std::optional<ConstantTensor> &tensor = cached->second;
  if (!tensor)
    return std::nullopt;
  int64_t at = 0;
  for (auto [d, index] : llvm::enumerate(extract.getIndices())) {
    auto it = env.find(index);
    std::optional<double> value = it != env.end()
                                      ? std::optional<double>(it->second)
                                      : scalarConstant(index);
    if (!value || *value < 0 || *value >= tensor->shape[d])
      return std::nullopt;
    at = at * tensor->shape[d] + static_cast<int64_t>(*value);
  }
  return tensor->values[at];
}

std::optional<ConstantTensor>
Evaluator::evaluateGeneric(linalg::GenericOp generic, unsigned resultNumber,
                           int depth, Value probe) {
  if (generic.getNumReductionLoops() != 0)
    return std::nullopt;
  OpOperand *init = generic.getDpsInitOperand(resultNumber);
  if (!generic.getMatchingIndexingMap(init).isIdentity())
    return std::nullopt;
  auto type = cast<RankedTensorType>(generic.getResult(resultNumber).getType());
  ArrayRef<int64_t> loops = type.getShape();
  int64_t rank = loops.size();

  // Every operand the body reads, evaluated; the maps must be dims or 0.
  Block &body = generic.getRegion().front();
  SmallVector<std::optional<ConstantTensor>> operands;
  for (OpOperand &operand : generic->getOpOperands()) {
    if (!generic.payloadUsesValueFromOperand(&operand)) {
      operands.push_back(std::nullopt);
      continue;
    }
    for (AffineExpr expr :
         generic.getMatchingIndexingMap(&operand).getResults()) {
      auto c = dyn_cast<AffineConstantExpr>(expr);
      if (!isa<AffineDimExpr>(expr) && !(c && c.getValue() == 0))
        return std::nullopt;
    }
    operands.push_back(evaluate(operand.get(), depth + 1));
    if (!operands.back())
      return std::nullopt;
  }

  ConstantTensor out{SmallVector<int64_t>(loops),
                     std::vector<double>(type.getNumElements())};
  SmallVector<int64_t> index(rank);
  llvm::DenseMap<Value, double> env;
  for (int64_t linear = 0; linear < type.getNumElements(); ++linear) {
    int64_t rest = linear;
    for (int64_t d = rank - 1; d >= 0; --d) {
      index[d] = rest % loops[d];
      rest /= loops[d];
    }
    env.clear();
    for (OpOperand &operand : generic->getOpOperands()) {
      const std::optional<ConstantTensor> &tensor =
          operands[operand.getOperandNumber()];
      if (!tensor)
        continue;
      int64_t at = 0;
      AffineMap map = generic.getMatchingIndexingMap(&operand);
      for (auto [d, expr] : llvm::enumerate(map.getResults())) {
        int64_t i = 0;
        if (auto dim = dyn_cast<AffineDimExpr>(expr))
          i = index[dim.getPosition()];
        at = at * tensor->shape[d] + i;
      }
      env[body.getArgument(operand.getOperandNumber())] = tensor->values[at];
    }
    for (Operation &op : body.without_terminator()) {
      if (auto idx = dyn_cast<linalg::IndexOp>(op)) {
        env[idx.getResult()] = static_cast<double>(index[idx.getDim()]);
        continue;
      }
      if (auto extract = dyn_cast<tensor::ExtractOp>(op)) {
        std::optional<double> element = evaluateExtract(extract, env, depth);
        if (!element)
          return std::nullopt;
        env[extract.getResult()] = *element;
        continue;
      }
      // A bounds check that holds (one that fails makes the value unknown).
      if (auto assertion = dyn_cast<cf::AssertOp>(op)) {
        auto it = env.find(assertion.getArg());
        if (it == env.end() || it->second == 0.0)
          return std::nullopt;
        continue;
      }
      SmallVector<double> in;
      for (Value operand : op.getOperands()) {
        auto it = env.find(operand);
        if (it != env.end()) {
          in.push_back(it->second);
          continue;
        }
        std::optional<double> scalar = scalarConstant(operand);
        if (!scalar)
          return std::nullopt;
        in.push_back(*scalar);
      }
      if (op.getNumResults() != 1)
        return std::nullopt;
      std::optional<double> result = evaluateScalar(&op, in);
      if (!result)
        return std::nullopt;
      env[op.getResult(0)] = *result;
    }
    Value yielded =
        probe ? probe : body.getTerminator()->getOperand(resultNumber);
    auto it = env.find(yielded);
    if (it != env.end()) {
      out.values[linear] = it->second;
      continue;
    }
    std::optional<double> scalar = scalarConstant(yielded);
    if (!scalar)
      return std::nullopt;
    out.values[linear] = *scalar;
  }
  return out;
}

} // namespace

std::optional<double>
mlir::tessel::evaluateScalarOp(Operation *op, ArrayRef<double> operands) {
  if (op->getNumResults() != 1 || operands.size() != op->getNumOperands())
    return std::nullopt;
  return evaluateScalar(op, operands);
}

std::optional<double> mlir::tessel::scalarConstant(Value value) {
  Operation *def = value.getDefiningOp();
  if (!def)
    return std::nullopt;
  if (isa<arith::TruncFOp, arith::ExtFOp>(def))
    return scalarConstant(def->getOperand(0));
  auto constant = dyn_cast<arith::ConstantOp>(def);
  if (!constant)
    return std::nullopt;
  if (auto f = dyn_cast<FloatAttr>(constant.getValue()))
    return f.getValueAsDouble();
  if (auto i = dyn_cast<IntegerAttr>(constant.getValue()))
    return i.getType().isInteger(1)
               ? static_cast<double>(i.getValue().getBoolValue())
               : static_cast<double>(i.getValue().getSExtValue());
  if (auto dense = dyn_cast<DenseElementsAttr>(constant.getValue()))
    if (dense.isSplat() && dense.getElementType().isIntOrFloat()) {
      if (isa<FloatType>(dense.getElementType()))
        return dense.getSplatValue<APFloat>().convertToDouble();
      return static_cast<double>(dense.getSplatValue<APInt>().getSExtValue());
    }
  return std::nullopt;
}

std::optional<ConstantTensor> mlir::tessel::readConstant(Value value,
                                                         bool unsignedInts) {
  auto constant = value.getDefiningOp<arith::ConstantOp>();
  auto type = dyn_cast<RankedTensorType>(value.getType());
  if (!constant || !type || !type.hasStaticShape())
    return std::nullopt;
  Type element = type.getElementType();
  if (!element.isIntOrFloat())
    return std::nullopt;
  ConstantTensor out{SmallVector<int64_t>(type.getShape()), {}};
  int64_t count = product(type.getShape());
  if (auto dense = dyn_cast<DenseElementsAttr>(constant.getValue())) {
    out.values.reserve(count);
    if (isa<FloatType>(element)) {
      for (APFloat f : dense.getValues<APFloat>())
        out.values.push_back(f.convertToDouble());
    } else {
      bool isBool = element.isInteger(1);
      // (Each branch converted on its own: a conditional of uint64_t and
      // int64_t would read negative values as unsigned.)
      for (APInt i : dense.getValues<APInt>())
        out.values.push_back(isBool ? static_cast<double>(i.getBoolValue())
                             : unsignedInts
                                 ? static_cast<double>(i.getZExtValue())
                                 : static_cast<double>(i.getSExtValue()));
    }
    return out;
  }
  if (auto resource =
          dyn_cast<DenseResourceElementsAttr>(constant.getValue())) {
    AsmResourceBlob *blob = resource.getRawHandle().getBlob();
    if (!blob)
      return std::nullopt;
    std::optional<std::vector<double>> values =
        readBlob(blob->getData(), element, count, unsignedInts);
    if (!values)
      return std::nullopt;
    out.values = std::move(*values);
    return out;
  }
  return std::nullopt;
}

std::optional<ConstantTensor>
mlir::tessel::evaluateConstant(Value value, int64_t maxElements) {
  return Evaluator(maxElements).evaluate(value);
}

std::optional<ConstantTensor>
mlir::tessel::evaluateBodyValue(linalg::GenericOp generic, Value bodyValue,
                                int64_t maxElements) {
  return Evaluator(maxElements).evaluateBodyValue(generic, bodyValue);
}

std::optional<double> mlir::tessel::evaluateBody(linalg::GenericOp generic,
                                                 ArrayRef<double> arguments) {
  if (generic.getNumResults() != 1)
    return std::nullopt;
  return evaluateBlock(generic.getRegion().front(), arguments);
}

std::optional<double> mlir::tessel::evaluateBlock(Block &body,
                                                  ArrayRef<double> arguments) {
  if (arguments.size() != body.getNumArguments() ||
      body.getTerminator()->getNumOperands() != 1)
    return std::nullopt;
  llvm::DenseMap<Value, double> env;
  for (auto [arg, value] : llvm::zip(body.getArguments(), arguments))
    env[arg] = value;
  auto valueOf = [&](Value v) -> std::optional<double> {
    auto it = env.find(v);
    if (it != env.end())
      return it->second;
    return scalarConstant(v);
  };
  for (Operation &op : body.without_terminator()) {
    if (op.getNumResults() != 1 || isa<linalg::IndexOp>(op))
      return std::nullopt;
    SmallVector<double> in;
    for (Value operand : op.getOperands()) {
      std::optional<double> v = valueOf(operand);
      if (!v)
        return std::nullopt;
      in.push_back(*v);
    }
    std::optional<double> result = evaluateScalar(&op, in);
    if (!result)
      return std::nullopt;
    env[op.getResult(0)] = *result;
  }
  return valueOf(body.getTerminator()->getOperand(0));
}
