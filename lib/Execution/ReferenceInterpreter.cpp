//===- ReferenceInterpreter.cpp - float64 evaluation of a function --------===//

#include "tessel/Execution/ReferenceInterpreter.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "tessel/Dialect/Tessel/IR/TesselOps.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/TypeSwitch.h"

#include <cmath>
#include <stdexcept>

using namespace mlir;
using namespace mlir::tessel;
using reference::Tensor;

namespace {

unsigned bitWidth(Value v) {
  return getElementTypeOrSelf(v.getType()).getIntOrFloatBitWidth();
}

std::vector<int64_t> shapeOf(Value v) {
  auto type = cast<RankedTensorType>(v.getType());
  return std::vector<int64_t>(type.getShape().begin(), type.getShape().end());
}

/// Raw bit patterns -> values of a `bits`-bit signed or unsigned integer.
Tensor fromRaw(Tensor t, unsigned bits, bool isSigned) {
  if (!isSigned)
    return t;
  double half = std::ldexp(1.0, bits - 1), full = std::ldexp(1.0, bits);
  for (double &v : t.data)
    if (v >= half)
      v -= full;
  return t;
}

/// Integer values -> raw bit patterns of `bits` bits.
Tensor toRaw(Tensor t, unsigned bits) {
  double full = std::ldexp(1.0, bits);
  for (double &v : t.data)
    if (v < 0)
      v += full;
  return t;
}

reference::QuantSpec specOf(unsigned bits, Signedness s, int64_t group) {
  reference::QuantSpec spec;
  spec.bits = bits;
  spec.isSigned = s == Signedness::Signed;
  spec.groupSize = group;
  return spec;
}

class Interpreter {
public:
  LogicalResult run(func::FuncOp func, const std::vector<Tensor> &args,
                    std::vector<Tensor> &results) {
    for (auto [arg, value] : llvm::zip(func.getArguments(), args))
      values[arg] = value;
    for (Operation &op : func.getBody().front()) {
      if (auto ret = dyn_cast<func::ReturnOp>(op)) {
        for (Value v : ret.getOperands())
          results.push_back(values.lookup(v));
        return success();
      }
      try {
        if (failed(evaluate(&op)))
          return failure();
      } catch (const std::invalid_argument &e) {
        return op.emitError() << "reference implementation: " << e.what();
      }
    }
    return func.emitError("function has no return");
  }

private:
  const Tensor &get(Value v) { return values[v]; }
  const Tensor *getOptional(Value v) { return v ? &values[v] : nullptr; }
  void set(Value v, Tensor t) { values[v] = std::move(t); }

  LogicalResult evaluate(Operation *op);
  LogicalResult evaluateConstant(arith::ConstantOp op);
  LogicalResult evaluateElementwise(Operation *op);

  llvm::DenseMap<Value, Tensor> values;
};

LogicalResult Interpreter::evaluateConstant(arith::ConstantOp op) {
  Attribute value = op.getValue();
  if (auto dense = dyn_cast<DenseElementsAttr>(value)) {
    Tensor t(shapeOf(op.getResult()));
    int64_t i = 0;
    if (isa<FloatType>(dense.getElementType())) {
      for (APFloat f : dense.getValues<APFloat>())
        t.data[i++] = f.convertToDouble();
    } else {
      for (APInt v : dense.getValues<APInt>())
        t.data[i++] = static_cast<double>(v.getZExtValue());
    }
    set(op.getResult(), std::move(t));
    return success();
  }
  Tensor scalar(std::vector<int64_t>{});
  if (auto f = dyn_cast<FloatAttr>(value))
    scalar.data = {f.getValueAsDouble()};
  else if (auto n = dyn_cast<IntegerAttr>(value))
    scalar.data = {static_cast<double>(n.getValue().getSExtValue())};
  else
    return op.emitError("reference interpreter: unsupported constant");
  set(op.getResult(), std::move(scalar));
  return success();
}

LogicalResult Interpreter::evaluateElementwise(Operation *op) {
  const Tensor &a = get(op->getOperand(0)), &b = get(op->getOperand(1));
  if (a.shape != b.shape)
    return op->emitError("reference interpreter: operand shapes differ");
  Tensor out(a.shape);
  for (size_t i = 0; i < a.data.size(); ++i) {
    double x = a.data[i], y = b.data[i];
    out.data[i] = isa<linalg::AddOp>(op)   ? x + y
                  : isa<linalg::SubOp>(op) ? x - y
                  : isa<linalg::MulOp>(op) ? x * y
                                           : x / y;
  }
  set(op->getResult(0), std::move(out));
  return success();
}

LogicalResult Interpreter::evaluate(Operation *op) {
  return llvm::TypeSwitch<Operation *, LogicalResult>(op)
      .Case([&](arith::ConstantOp c) { return evaluateConstant(c); })
      .Case([&](tensor::EmptyOp e) {
        // Dynamic sizes are values computed before (tensor.dim).
        std::vector<int64_t> shape = shapeOf(e.getResult());
        for (int64_t d = 0, r = shape.size(); d < r; ++d)
          if (ShapedType::isDynamic(shape[d]))
            shape[d] =
                static_cast<int64_t>(get(e.getDynamicSize(d)).data.at(0));
        set(e.getResult(), Tensor(shape));
        return success();
      })
      .Case([&](tensor::DimOp d) {
        std::optional<int64_t> index = d.getConstantIndex();
        const Tensor &source = get(d.getSource());
        if (!index || *index < 0 || *index >= source.rank())
          return LogicalResult(
              d.emitError("reference interpreter: tensor.dim needs a "
                          "constant index in range"));
        Tensor scalar(std::vector<int64_t>{});
        scalar.data = {static_cast<double>(source.shape[*index])};
        set(d.getResult(), std::move(scalar));
        return success();
      })
      // Scalars read from tensors and index arithmetic on them (a decode
      // step's causal offset, computed from its position argument).
      .Case([&](tensor::ExtractOp e) {
        const Tensor &source = get(e.getTensor());
        std::vector<int64_t> at;
        for (Value index : e.getIndices())
          at.push_back(static_cast<int64_t>(get(index).data.at(0)));
        for (int64_t d = 0, r = at.size(); d < r; ++d)
          if (at[d] < 0 || at[d] >= source.shape[d])
            return LogicalResult(e.emitError(
                "reference interpreter: tensor.extract index out of range"));
        Tensor scalar(std::vector<int64_t>{});
        scalar.data = {source.at(at)};
        set(e.getResult(), std::move(scalar));
        return success();
      })
      .Case<arith::IndexCastOp, arith::ExtSIOp>([&](Operation *c) {
        set(c->getResult(0), get(c->getOperand(0)));
        return success();
      })
      .Case<arith::AddIOp, arith::SubIOp, arith::MulIOp>([&](Operation *e) {
        double x = get(e->getOperand(0)).data.at(0);
        double y = get(e->getOperand(1)).data.at(0);
        Tensor scalar(std::vector<int64_t>{});
        scalar.data = {isa<arith::AddIOp>(e)   ? x + y
                       : isa<arith::SubIOp>(e) ? x - y
                                               : x * y};
        set(e->getResult(0), std::move(scalar));
        return success();
      })
      .Case([&](linalg::FillOp f) {
        set(f.getResult(0), Tensor::full(get(f.getOutputs()[0]).shape,
                                         get(f.getInputs()[0]).data[0]));
        return success();
      })
      .Case([&](tensor::ExpandShapeOp r) {
        Tensor t = get(r.getSrc());
        t.shape.clear();
        for (OpFoldResult size : r.getMixedOutputShape())
          t.shape.push_back(
              isa<Value>(size)
                  ? static_cast<int64_t>(get(cast<Value>(size)).data.at(0))
                  : cast<IntegerAttr>(cast<Attribute>(size)).getInt());
        set(r.getResult(), std::move(t));
        return success();
      })
      .Case([&](tensor::CollapseShapeOp r) {
        Tensor t = get(r.getSrc());
        std::vector<int64_t> shape;
        for (const ReassociationIndices &group : r.getReassociationIndices()) {
          int64_t size = 1;
          for (int64_t d : group)
            size *= t.shape[d];
          shape.push_back(size);
        }
        t.shape = std::move(shape);
        set(r.getResult(), std::move(t));
        return success();
      })
      .Case<linalg::AddOp, linalg::SubOp, linalg::MulOp, linalg::DivOp>(
          [&](Operation *e) { return evaluateElementwise(e); })
      .Case([&](linalg::TransposeOp t) {
        const Tensor &in = get(t.getInput());
        Tensor out(get(t.getInit()).shape);
        ArrayRef<int64_t> perm = t.getPermutation();
        std::vector<int64_t> idx(out.rank(), 0), src(out.rank());
        for (int64_t i = 0; i < out.numElements(); ++i) {
          for (int64_t d = 0; d < out.rank(); ++d)
            src[perm[d]] = idx[d];
          out.data[i] = in.at(src);
          for (int64_t d = out.rank() - 1; d >= 0; --d) {
            if (++idx[d] < out.shape[d])
              break;
            idx[d] = 0;
          }
        }
        set(t.getResult()[0], std::move(out));
        return success();
      })
      .Case([&](linalg::MatmulOp m) {
        // The default maps, or maps that permute the operands' dimensions
        // (a transposed operand): each operand element found through its
        // map.
        SmallVector<AffineMap> maps = m.getIndexingMapsArray();
        if (m.getNumLoops() != 3 || llvm::any_of(maps, [](AffineMap map) {
              return !map.isProjectedPermutation() || map.getNumResults() != 2;
            }))
          return LogicalResult(
              m.emitError("reference interpreter: linalg.matmul with "
                          "indexing maps other than 2-D permutations"));
        const Tensor &a = get(m.getInputs()[0]), &b = get(m.getInputs()[1]);
        Tensor out = get(m.getOutputs()[0]);
        // The loops' extents, from the tensors as they are at run time.
        int64_t ranges[3] = {0, 0, 0};
        const Tensor *operands[3] = {&a, &b, &out};
        for (auto [map, t] : llvm::zip(maps, operands))
          for (unsigned r = 0; r < 2; ++r)
            ranges[map.getDimPosition(r)] = t->shape[r];
        auto offset = [&](AffineMap map, const Tensor &t,
                          ArrayRef<int64_t> point) {
          int64_t row = point[map.getDimPosition(0)];
          int64_t column = point[map.getDimPosition(1)];
          return row * t.shape[1] + column;
        };
        for (int64_t i = 0; i < ranges[0]; ++i)
          for (int64_t j = 0; j < ranges[1]; ++j) {
            int64_t at = offset(maps[2], out, {i, j, 0});
            double acc = out.data[at];
            for (int64_t k = 0; k < ranges[2]; ++k)
              acc += a.data[offset(maps[0], a, {i, j, k})] *
                     b.data[offset(maps[1], b, {i, j, k})];
            out.data[at] = acc;
          }
        set(m.getResult(0), std::move(out));
        return success();
      })
      .Case([&](AttentionOp a) {
        reference::AttentionOptions opts;
        opts.scale = a.getEffectiveScale();
        if (FloatAttr softcap = a.getSoftcapAttr())
          opts.softcap = softcap.getValueAsDouble();
        opts.causal = a.getCausal();
        opts.window = a.getWindow();
        if (a.getOffset())
          opts.causalOffset = static_cast<int64_t>(get(a.getOffset()).data[0]);
        Tensor mask;
        if (Value m = a.getMask()) {
          bool boolean = getElementTypeOrSelf(m.getType()).isInteger(1);
          (boolean ? opts.booleanMask : opts.additiveMask) = &get(m);
        }
        if (Value bm = a.getBlockMask()) {
          opts.blockMask = &get(bm);
          opts.blockQ = (*a.getBlockSizes())[0];
          opts.blockK = (*a.getBlockSizes())[1];
        }
        set(a.getResult(),
            reference::attention(get(a.getQuery()), get(a.getKey()),
                                 get(a.getValue()), opts));
        return success();
      })
      .Case([&](PagedAttentionOp a) {
        set(a.getResult(),
            reference::pagedAttention(
                get(a.getQuery()), get(a.getKeyPages()), get(a.getValuePages()),
                // Integer tensors hold raw bits here; the table and the
                // lengths are signed (a -1 page, a negative length).
                fromRaw(get(a.getBlockTable()), 32, /*isSigned=*/true),
                fromRaw(get(a.getSeqLens()), 32, /*isSigned=*/true),
                a.getEffectiveScale(), a.getCausal()));
        return success();
      })
      .Case([&](SoftmaxOp s) {
        auto alg = s.getAlgorithm() == SoftmaxAlgorithm::ThreePass
                       ? reference::SoftmaxAlgorithm::ThreePass
                   : s.getAlgorithm() == SoftmaxAlgorithm::TwoPass
                       ? reference::SoftmaxAlgorithm::TwoPass
                       : reference::SoftmaxAlgorithm::Online;
        set(s.getResult(),
            reference::softmax(get(s.getInput()), s.getDimension(), alg));
        return success();
      })
      .Case([&](QMatmulOp q) {
        unsigned bits = q.getBitWidth();
        bool isSigned = q.getSignedness() == Signedness::Signed;
        Tensor w = fromRaw(get(q.getWeights()), bits, isSigned);
        std::optional<Tensor> zeros;
        if (Value z = q.getZeroPoints())
          zeros = fromRaw(get(z), bits, isSigned);
        auto act = static_cast<reference::Activation>(q.getActivation());
        set(q.getResult(),
            reference::qmatmul(
                get(q.getInput()), w, get(q.getScales()),
                zeros ? &*zeros : nullptr,
                specOf(bits, q.getSignedness(), q.getGroupSize()),
                getOptional(q.getBias()), act));
        return success();
      })
      .Case([&](DequantizeOp d) {
        unsigned bits = bitWidth(d.getInput());
        bool isSigned = d.getSignedness() == Signedness::Signed;
        std::optional<Tensor> zeros;
        if (Value z = d.getZeroPoints())
          zeros = fromRaw(get(z), bits, isSigned);
        set(d.getResult(),
            reference::dequantize(
                fromRaw(get(d.getInput()), bits, isSigned), get(d.getScales()),
                zeros ? &*zeros : nullptr,
                specOf(bits, d.getSignedness(), d.getGroupSize())));
        return success();
      })
      .Case([&](QuantizeOp q) {
        unsigned bits = bitWidth(q.getInits()[0]);
        reference::Quantized r = reference::quantize(
            get(q.getInput()),
            specOf(bits, q.getSignedness(), q.getGroupSize()),
            q.hasZeroPoints());
        set(q.getResults()[0], toRaw(r.q, bits));
        set(q.getResults()[1], r.scales);
        if (q.hasZeroPoints())
          set(q.getResults()[2], toRaw(*r.zeros, bits));
        return success();
      })
      .Case([&](PackOp p) {
        unsigned bits = bitWidth(p.getInput());
        unsigned wordBits = bitWidth(p.getResult());
        std::vector<int64_t> interleave;
        if (auto perm = p.getInterleave())
          interleave.assign(perm->begin(), perm->end());
        std::vector<uint64_t> words = reference::pack(
            get(p.getInput()), bits, /*isSigned=*/false, wordBits, interleave);
        Tensor out(shapeOf(p.getResult()));
        for (size_t i = 0; i < words.size(); ++i)
          out.data[i] = static_cast<double>(words[i]);
        set(p.getResult(), std::move(out));
        return success();
      })
      .Case([&](UnpackOp u) {
        unsigned bits = bitWidth(u.getResult());
        unsigned wordBits = bitWidth(u.getInput());
        std::vector<int64_t> interleave;
        if (auto perm = u.getInterleave())
          interleave.assign(perm->begin(), perm->end());
        const Tensor &in = get(u.getInput());
        std::vector<uint64_t> words(in.data.begin(), in.data.end());
        set(u.getResult(),
            reference::unpack(words, shapeOf(u.getResult()), bits,
                              /*isSigned=*/false, wordBits, interleave));
        return success();
      })
      .Case([&](RelayoutOp r) {
        set(r.getResult(), get(r.getInput()));
        return success();
      })
      .Case([&](PermuteOp p) {
        const Tensor &idx = get(p.getIndices());
        std::vector<int64_t> indices(idx.data.begin(), idx.data.end());
        set(p.getResult(),
            reference::permute(get(p.getInput()), indices, p.getDimension()));
        return success();
      })
      .Case([&](DraftMaskOp d) {
        std::optional<double> scale;
        if (FloatAttr attr = d.getScaleAttr())
          scale = attr.getValueAsDouble();
        set(d.getResult(),
            reference::draftMask(get(d.getQuery()), get(d.getKey()),
                                 d.getBlockSizes()[0], d.getBlockSizes()[1],
                                 d.getKeepRatio().convertToDouble(),
                                 d.getCausal(), scale));
        return success();
      })
      .Default([](Operation *other) -> LogicalResult {
        return other->emitError()
               << "the reference interpreter does not know '"
               << other->getName()
               << "'; --check supports tessel ops and linalg matmul, "
                  "add/sub/mul/div, fill, transpose, tensor reshapes, "
                  "tensor.extract, index arithmetic and constants";
      });
}

} // namespace

FailureOr<std::vector<Tensor>>
mlir::tessel::interpretWithReference(func::FuncOp func,
                                     const std::vector<Tensor> &arguments) {
  if (!func.getBody().hasOneBlock())
    return func.emitError("reference interpreter: one block expected");
  std::vector<Tensor> results;
  Interpreter interpreter;
  if (failed(interpreter.run(func, arguments, results)))
    return failure();
  return results;
}
