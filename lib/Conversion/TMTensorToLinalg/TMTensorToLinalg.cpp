//===- TMTensorToLinalg.cpp - The convert-tm-tensor-to-linalg pass
//---------===//
//
// torch-mlir's tm_tensor ops become loops of linalg on tensors:
// - scan: a loop over the scanned dimension, one elementwise generic per
//   position over all the other dimensions;
// - scatter: a loop over the updates, each combining its slice in one
//   generic, skipped when the slice does not lie inside the original;
// - sort: odd-even transposition sort, one generic per phase over the whole
//   tensor (n phases for n elements: stable, O(n^2) comparisons);
// - topk: the sort with the region as comparator, then the first k.
// The generics are parallel, so both pipelines compile them as they compile
// any other: vectorized loops on the CPU, kernels on the GPU.
//
//===----------------------------------------------------------------------===//

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Arith/Utils/Utils.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/IRMapping.h"
#include "mlir/Transforms/DialectConversion.h"
#include "tessel/Conversion/Passes.h"
#include "tessel/Dialect/TMTensor/IR/TMTensor.h"

namespace mlir::tessel {
#define GEN_PASS_DEF_CONVERTTMTENSORTOLINALG
#include "tessel/Conversion/Passes.h.inc"
} // namespace mlir::tessel

using namespace mlir;
using namespace mlir::tessel;
namespace tmt = mlir::tessel::tm_tensor;

namespace {

/// Clones the body of a tm_tensor op's region at the insertion point, its
/// arguments replaced by `arguments`, and returns the values it yields.
SmallVector<Value> inlineRegion(OpBuilder &b, Region &region,
                                ValueRange arguments) {
  Block &block = region.front();
  IRMapping map;
  map.map(block.getArguments(), arguments);
  for (Operation &op : block.without_terminator())
    b.clone(op, map);
  SmallVector<Value> yielded;
  for (Value value : block.getTerminator()->getOperands())
    yielded.push_back(map.lookupOrDefault(value));
  return yielded;
}

Value indexConstant(OpBuilder &b, Location loc, int64_t value) {
  return arith::ConstantIndexOp::create(b, loc, value);
}

/// The shape of `type` without dimension `dim`.
RankedTensorType dropDimension(RankedTensorType type, int64_t dim) {
  SmallVector<int64_t> shape(type.getShape());
  shape.erase(shape.begin() + dim);
  return RankedTensorType::get(shape, type.getElementType());
}

/// Casts `value` to `type` where their static sizes differ.
Value castTo(OpBuilder &b, Location loc, Value value, Type type) {
  if (value.getType() == type)
    return value;
  return tensor::CastOp::create(b, loc, type, value);
}

/// The slice of `source` at `position` of dimension `dim`, `dim` dropped.
Value sliceAt(OpBuilder &b, Location loc, Value source, int64_t dim,
              OpFoldResult position) {
  auto type = cast<RankedTensorType>(source.getType());
  SmallVector<OpFoldResult> offsets(type.getRank(), b.getIndexAttr(0));
  SmallVector<OpFoldResult> sizes = tensor::getMixedSizes(b, loc, source);
  SmallVector<OpFoldResult> strides(type.getRank(), b.getIndexAttr(1));
  offsets[dim] = position;
  sizes[dim] = b.getIndexAttr(1);
  return tensor::ExtractSliceOp::create(b, loc, dropDimension(type, dim),
                                        source, offsets, sizes, strides);
}

/// Inserts `slice` (`dest` without dimension `dim`) at `position` of `dim`.
Value insertAt(OpBuilder &b, Location loc, Value slice, Value dest, int64_t dim,
               OpFoldResult position) {
  auto type = cast<RankedTensorType>(dest.getType());
  SmallVector<OpFoldResult> offsets(type.getRank(), b.getIndexAttr(0));
  SmallVector<OpFoldResult> sizes = tensor::getMixedSizes(b, loc, dest);
  SmallVector<OpFoldResult> strides(type.getRank(), b.getIndexAttr(1));
  offsets[dim] = position;
  sizes[dim] = b.getIndexAttr(1);
  return tensor::InsertSliceOp::create(b, loc, slice, dest, offsets, sizes,
                                       strides);
}

/// One elementwise generic applying the region to `lhs` and `rhs` (one
/// shape) element by element.
Value combineElementwise(OpBuilder &b, Location loc, Region &region, Value lhs,
                         Value rhs) {
  auto type = cast<RankedTensorType>(lhs.getType());
  Value init = tensor::EmptyOp::create(
      b, loc, tensor::getMixedSizes(b, loc, lhs), type.getElementType());
  AffineMap identity = b.getMultiDimIdentityMap(type.getRank());
  auto generic = linalg::GenericOp::create(
      b, loc, TypeRange{type}, ValueRange{lhs, rhs}, ValueRange{init},
      SmallVector<AffineMap>(3, identity),
      SmallVector<utils::IteratorType>(type.getRank(),
                                       utils::IteratorType::parallel),
      [&](OpBuilder &nested, Location nestedLoc, ValueRange args) {
        linalg::YieldOp::create(
            nested, nestedLoc,
            inlineRegion(nested, region, {args[0], args[1]}));
      });
  return generic.getResult(0);
}

//===----------------------------------------------------------------------===//
// scan
//===----------------------------------------------------------------------===//

struct ScanToLoop : OpRewritePattern<tmt::ScanOp> {
  explicit ScanToLoop(MLIRContext *context) : OpRewritePattern(context) {
    // A 1-D scan is rewritten into a 2-D one, which this pattern lowers.
    setHasBoundedRewriteRecursion();
  }

  LogicalResult matchAndRewrite(tmt::ScanOp op,
                                PatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Value input = op.getInputs()[0];
    Value output = op.getOutputs()[0], accumulator = op.getOutputs()[1];
    if (cast<RankedTensorType>(input.getType()).getRank() == 1)
      return scanAsRows(op, rewriter);
    int64_t dim = op.getDimension();
    bool inclusive = op.getInclusive();
    Type sliceType =
        dropDimension(cast<RankedTensorType>(input.getType()), dim);

    Value zero = indexConstant(rewriter, loc, 0);
    Value one = indexConstant(rewriter, loc, 1);
    Value size = tensor::DimOp::create(rewriter, loc, input, dim);
    Value nonEmpty = arith::CmpIOp::create(
        rewriter, loc, arith::CmpIPredicate::sgt, size, zero);
    auto ifOp = scf::IfOp::create(
        rewriter, loc, TypeRange{output.getType(), accumulator.getType()},
        nonEmpty, /*withElseRegion=*/true);

    OpBuilder::InsertionGuard guard(rewriter);
    rewriter.setInsertionPointToStart(&ifOp.getThenRegion().front());
    Value first = inclusive ? sliceAt(rewriter, loc, input, dim, zero)
                            : castTo(rewriter, loc, accumulator, sliceType);
    Value out = insertAt(rewriter, loc, first, output, dim, zero);
    // The loop carries only the output (the previous position is read back
    // from it), so it bufferizes in place: a loop that yields fresh buffers
    // would need ownership tracked at run time, which GPU host code cannot.
    auto loop = scf::ForOp::create(
        rewriter, loc, one, size, one, ValueRange{out},
        [&](OpBuilder &b, Location l, Value iv, ValueRange carried) {
          Value before = arith::SubIOp::create(b, l, iv, one);
          Value previous = sliceAt(b, l, carried[0], dim, before);
          Value value = sliceAt(b, l, input, dim, inclusive ? iv : before);
          Value combined =
              combineElementwise(b, l, op.getRegion(), previous, value);
          scf::YieldOp::create(b, l,
                               insertAt(b, l, combined, carried[0], dim, iv));
        });
    Value last = arith::SubIOp::create(rewriter, loc, size, one);
    Value total = castTo(rewriter, loc,
                         sliceAt(rewriter, loc, loop.getResult(0), dim, last),
                         accumulator.getType());
    Value finalAccumulator =
        linalg::CopyOp::create(rewriter, loc, total, accumulator).getResult(0);
    scf::YieldOp::create(rewriter, loc,
                         ValueRange{loop.getResult(0), finalAccumulator});
    rewriter.setInsertionPointToStart(&ifOp.getElseRegion().front());
    scf::YieldOp::create(rewriter, loc, ValueRange{output, accumulator});

    rewriter.replaceOp(op, ifOp.getResults());
    return success();
  }

private:
  /// A 1-D scan as one row of a 2-D one, so that every position is a
  /// generic with a loop (a 0-d generic would be loose host code on the GPU).
  LogicalResult scanAsRows(tmt::ScanOp op, PatternRewriter &rewriter) const {
    Location loc = op.getLoc();
    auto asRow = [&](Value v) -> Value {
      auto type = cast<RankedTensorType>(v.getType());
      SmallVector<int64_t> shape{1};
      llvm::append_range(shape, type.getShape());
      auto rowType = RankedTensorType::get(shape, type.getElementType());
      SmallVector<ReassociationIndices> groups;
      if (type.getRank() == 1)
        groups.push_back({0, 1});
      return tensor::ExpandShapeOp::create(rewriter, loc, rowType, v, groups);
    };
    SmallVector<Value> outputs{asRow(op.getOutputs()[0]),
                               asRow(op.getOutputs()[1])};
    auto rows = tmt::ScanOp::create(
        rewriter, loc, TypeRange{outputs[0].getType(), outputs[1].getType()},
        ValueRange{asRow(op.getInputs()[0])}, outputs,
        rewriter.getI64IntegerAttr(1), op.getInclusiveAttr());
    rewriter.inlineRegionBefore(op.getRegion(), rows.getRegion(),
                                rows.getRegion().end());
    SmallVector<Value> results;
    for (auto [row, original] : llvm::zip(rows.getResults(), op.getResults())) {
      auto type = cast<RankedTensorType>(original.getType());
      SmallVector<ReassociationIndices> groups;
      if (type.getRank() == 1)
        groups.push_back({0, 1});
      results.push_back(
          tensor::CollapseShapeOp::create(rewriter, loc, type, row, groups));
    }
    rewriter.replaceOp(op, results);
    return success();
  }
};

//===----------------------------------------------------------------------===//
// scatter
//===----------------------------------------------------------------------===//

/// Combines update `i` into `result` element by element, in loops of scalar
/// extracts and inserts: the slice's position is data, which the host may
/// not read on the GPU, so the whole update loop must stay free of kernels
/// (the CUDA pipeline then runs it as one device thread).
Value combineSlice(OpBuilder &b, Location loc, Region &region, Value updates,
                   Value i, Value result, ArrayRef<Value> starts,
                   int64_t lead) {
  int64_t sliceRank = cast<RankedTensorType>(updates.getType()).getRank() - 1;
  Value zero = indexConstant(b, loc, 0), one = indexConstant(b, loc, 1);
  SmallVector<Value> position(sliceRank);
  std::function<Value(OpBuilder &, Location, int64_t, Value)> nest =
      [&](OpBuilder &nb, Location nl, int64_t d, Value current) -> Value {
    if (d == sliceRank) {
      SmallVector<Value> updateIndex{i}, resultIndex(starts);
      for (int64_t k = 0; k < sliceRank; ++k) {
        updateIndex.push_back(position[k]);
        resultIndex[lead + k] =
            arith::AddIOp::create(nb, nl, starts[lead + k], position[k]);
      }
      Value update = tensor::ExtractOp::create(nb, nl, updates, updateIndex);
      Value old = tensor::ExtractOp::create(nb, nl, current, resultIndex);
      Value combined = inlineRegion(nb, region, {update, old})[0];
      return tensor::InsertOp::create(nb, nl, combined, current, resultIndex);
    }
    Value extent = tensor::DimOp::create(nb, nl, updates, d + 1);
    auto loop = scf::ForOp::create(
        nb, nl, zero, extent, one, ValueRange{current},
        [&](OpBuilder &lb, Location ll, Value iv, ValueRange carried) {
          position[d] = iv;
          scf::YieldOp::create(lb, ll, nest(lb, ll, d + 1, carried[0]));
        });
    return loop.getResult(0);
  };
  return nest(b, loc, 0, result);
}

struct ScatterToLoop : OpRewritePattern<tmt::ScatterOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(tmt::ScatterOp op,
                                PatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Value updates = op.getInputs()[0], indices = op.getInputs()[1];
    Value original = op.getOutputs()[0];
    auto updatesType = cast<RankedTensorType>(updates.getType());
    auto originalType = cast<RankedTensorType>(original.getType());
    int64_t rank = originalType.getRank();
    int64_t sliceRank = updatesType.getRank() - 1, lead = rank - sliceRank;
    ArrayRef<int64_t> dimensionMap = op.getDimensionMap();

    Value zero = indexConstant(rewriter, loc, 0);
    Value one = indexConstant(rewriter, loc, 1);
    Value count = tensor::DimOp::create(rewriter, loc, updates, 0);
    auto loop = scf::ForOp::create(
        rewriter, loc, zero, count, one, ValueRange{original},
        [&](OpBuilder &b, Location l, Value i, ValueRange carried) {
          Value result = carried[0];
          // Where the slice starts: the indexed dimensions from `indices`,
          // the others at 0; it covers the last `sliceRank` dimensions.
          SmallVector<Value> starts(rank, zero);
          for (auto [j, d] : llvm::enumerate(dimensionMap)) {
            Value raw = tensor::ExtractOp::create(
                b, l, indices, ValueRange{i, indexConstant(b, l, j)});
            starts[d] =
                isa<IndexType>(raw.getType())
                    ? raw
                    : arith::IndexCastOp::create(b, l, b.getIndexType(), raw);
          }
          SmallVector<OpFoldResult> extents(rank, b.getIndexAttr(1));
          for (int64_t d = lead; d < rank; ++d)
            extents[d] = tensor::getMixedSize(b, l, updates, d - lead + 1);
          // Skip an update whose slice leaves the original (the op's
          // contract for indices out of range).
          Value inside = arith::ConstantIntOp::create(b, l, 1, 1);
          for (int64_t d = 0; d < rank; ++d) {
            Value end = arith::AddIOp::create(
                b, l, starts[d],
                getValueOrCreateConstantIndexOp(b, l, extents[d]));
            Value extent = tensor::DimOp::create(b, l, result, d);
            Value low = arith::CmpIOp::create(b, l, arith::CmpIPredicate::sge,
                                              starts[d], zero);
            Value high = arith::CmpIOp::create(b, l, arith::CmpIPredicate::sle,
                                               end, extent);
            inside = arith::AndIOp::create(
                b, l, inside, arith::AndIOp::create(b, l, low, high));
          }
          auto ifOp = scf::IfOp::create(
              b, l, inside,
              [&](OpBuilder &tb, Location tl) {
                scf::YieldOp::create(tb, tl,
                                     combineSlice(tb, tl, op.getRegion(),
                                                  updates, i, result, starts,
                                                  lead));
              },
              [&](OpBuilder &eb, Location el) {
                scf::YieldOp::create(eb, el, result);
              });
          scf::YieldOp::create(b, l, ifOp.getResults());
        });
    rewriter.replaceOp(op, loop.getResults());
    return success();
  }
};

//===----------------------------------------------------------------------===//
// sort and topk
//===----------------------------------------------------------------------===//

/// Decides, from the elements at positions lo < hi of every operand, whether
/// lo may stay before hi.
using Comparator = function_ref<Value(OpBuilder &, Location, ArrayRef<Value>,
                                      ArrayRef<Value>)>;

/// Sorts `values` (one shape) together along `dim`: odd-even transposition,
/// n phases of one generic each. Phase p compares the pairs (j, j+1) with
/// j = p mod 2 (mod 2) and swaps a pair only where the comparator rejects its
/// order, so equal elements keep their order.
SmallVector<Value> buildSort(OpBuilder &b, Location loc, ValueRange values,
                             int64_t dim, Comparator keepOrder) {
  auto shapeType = cast<RankedTensorType>(values[0].getType());
  int64_t rank = shapeType.getRank();
  Value zero = indexConstant(b, loc, 0);
  Value one = indexConstant(b, loc, 1);
  Value two = indexConstant(b, loc, 2);
  Value size = tensor::DimOp::create(b, loc, values[0], dim);
  SmallVector<Type> types(values.getTypes());

  auto phases = scf::ForOp::create(
      b, loc, zero, size, one, values,
      [&](OpBuilder &lb, Location l, Value phase, ValueRange current) {
        Value parity = arith::RemUIOp::create(lb, l, phase, two);
        SmallVector<Value> inits;
        for (Value v : current)
          inits.push_back(tensor::EmptyOp::create(
              lb, l, tensor::getMixedSizes(lb, l, v),
              cast<RankedTensorType>(v.getType()).getElementType()));
        AffineMap identity = lb.getMultiDimIdentityMap(rank);
        auto generic = linalg::GenericOp::create(
            lb, l, types, ValueRange{}, inits,
            SmallVector<AffineMap>(inits.size(), identity),
            SmallVector<utils::IteratorType>(rank,
                                             utils::IteratorType::parallel),
            [&](OpBuilder &gb, Location gl, ValueRange) {
              SmallVector<Value> position;
              for (int64_t d = 0; d < rank; ++d)
                position.push_back(linalg::IndexOp::create(gb, gl, d));
              Value j = position[dim];
              // t = j - parity: j is the left of a pair where t is even and
              // j + 1 exists, the right where t is odd and positive.
              Value t = arith::SubIOp::create(gb, gl, j, parity);
              Value tOdd = arith::CmpIOp::create(
                  gb, gl, arith::CmpIPredicate::ne,
                  arith::RemSIOp::create(gb, gl, t, two), zero);
              Value next = arith::AddIOp::create(gb, gl, j, one);
              Value isLeft = arith::AndIOp::create(
                  gb, gl,
                  arith::CmpIOp::create(gb, gl, arith::CmpIPredicate::sge, t,
                                        zero),
                  arith::AndIOp::create(
                      gb, gl,
                      arith::XOrIOp::create(
                          gb, gl, tOdd,
                          arith::ConstantIntOp::create(gb, gl, 1, 1)),
                      arith::CmpIOp::create(gb, gl, arith::CmpIPredicate::slt,
                                            next, size)));
              Value isRight = arith::AndIOp::create(
                  gb, gl, tOdd,
                  arith::CmpIOp::create(gb, gl, arith::CmpIPredicate::sge, t,
                                        one));
              Value paired = arith::OrIOp::create(gb, gl, isLeft, isRight);
              Value lo = arith::SelectOp::create(
                  gb, gl, isRight, arith::SubIOp::create(gb, gl, j, one), j);
              Value hi = arith::SelectOp::create(
                  gb, gl, paired, arith::AddIOp::create(gb, gl, lo, one), j);
              SmallVector<Value> atLo, atHi;
              for (Value v : current) {
                position[dim] = lo;
                atLo.push_back(tensor::ExtractOp::create(gb, gl, v, position));
                position[dim] = hi;
                atHi.push_back(tensor::ExtractOp::create(gb, gl, v, position));
              }
              Value keep = keepOrder(gb, gl, atLo, atHi);
              Value swap = arith::AndIOp::create(
                  gb, gl, paired,
                  arith::XOrIOp::create(
                      gb, gl, keep,
                      arith::ConstantIntOp::create(gb, gl, 1, 1)));
              SmallVector<Value> results;
              for (auto [low, high] : llvm::zip(atLo, atHi)) {
                Value own = arith::SelectOp::create(gb, gl, isRight, high, low);
                Value other =
                    arith::SelectOp::create(gb, gl, isRight, low, high);
                results.push_back(
                    arith::SelectOp::create(gb, gl, swap, other, own));
              }
              linalg::YieldOp::create(gb, gl, results);
            });
        // Copied back into the carried tensors, so that the loop bufferizes
        // in place (see the scan).
        SmallVector<Value> copied;
        for (auto [phaseResult, carried] :
             llvm::zip(generic.getResults(), current))
          copied.push_back(
              linalg::CopyOp::create(lb, l, phaseResult, carried).getResult(0));
        scf::YieldOp::create(lb, l, copied);
      });
  return phases.getResults();
}

struct SortToTransposition : OpRewritePattern<tmt::SortOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(tmt::SortOp op,
                                PatternRewriter &rewriter) const override {
    Region &region = op.getRegion();
    SmallVector<Value> sorted = buildSort(
        rewriter, op.getLoc(), op.getOutputs(), op.getDimension(),
        [&](OpBuilder &b, Location, ArrayRef<Value> lo, ArrayRef<Value> hi) {
          SmallVector<Value> arguments;
          for (auto [a, c] : llvm::zip(lo, hi)) {
            arguments.push_back(a);
            arguments.push_back(c);
          }
          return inlineRegion(b, region, arguments)[0];
        });
    rewriter.replaceOp(op, sorted);
    return success();
  }
};

struct TopkToSort : OpRewritePattern<tmt::TopkOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(tmt::TopkOp op,
                                PatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    int64_t dim = op.getDimension();
    Value values = op.getInputs()[0];
    auto valuesType = cast<RankedTensorType>(values.getType());
    auto topIndicesType = cast<RankedTensorType>(op.getOutputs()[1].getType());
    Type indexElement = topIndicesType.getElementType();
    Value indices;
    if (op.getInputs().size() == 2) {
      indices = op.getInputs()[1];
    } else {
      // The positions along `dim`.
      Value init = tensor::EmptyOp::create(
          rewriter, loc, tensor::getMixedSizes(rewriter, loc, values),
          indexElement);
      auto iota = linalg::GenericOp::create(
          rewriter, loc, TypeRange{init.getType()}, ValueRange{},
          ValueRange{init},
          SmallVector<AffineMap>{
              rewriter.getMultiDimIdentityMap(valuesType.getRank())},
          SmallVector<utils::IteratorType>(valuesType.getRank(),
                                           utils::IteratorType::parallel),
          [&](OpBuilder &b, Location l, ValueRange) {
            Value position = linalg::IndexOp::create(b, l, dim);
            Value cast =
                isa<IndexType>(indexElement)
                    ? position
                    : arith::IndexCastOp::create(b, l, indexElement, position);
            linalg::YieldOp::create(b, l, cast);
          });
      indices = iota.getResult(0);
    }
    // lo stays before hi unless the region finds hi (the later candidate)
    // strictly better than lo (the one kept so far).
    Region &region = op.getRegion();
    SmallVector<Value> sorted = buildSort(
        rewriter, loc, ValueRange{values, indices}, dim,
        [&](OpBuilder &b, Location l, ArrayRef<Value> lo, ArrayRef<Value> hi) {
          Value better = inlineRegion(b, region, {hi[0], lo[0]})[0];
          return arith::XOrIOp::create(b, l, better,
                                       arith::ConstantIntOp::create(b, l, 1, 1))
              .getResult();
        });
    SmallVector<Value> top;
    for (auto [value, output] : llvm::zip(sorted, op.getOutputs())) {
      auto outputType = cast<RankedTensorType>(output.getType());
      SmallVector<OpFoldResult> offsets(outputType.getRank(),
                                        rewriter.getIndexAttr(0));
      SmallVector<OpFoldResult> sizes =
          tensor::getMixedSizes(rewriter, loc, value);
      sizes[dim] = rewriter.getIndexAttr(outputType.getDimSize(dim));
      SmallVector<OpFoldResult> strides(outputType.getRank(),
                                        rewriter.getIndexAttr(1));
      Value slice = tensor::ExtractSliceOp::create(rewriter, loc, value,
                                                   offsets, sizes, strides);
      top.push_back(castTo(rewriter, loc, slice, outputType));
    }
    rewriter.replaceOp(op, top);
    return success();
  }
};

struct ConvertTMTensorToLinalgPass
    : tessel::impl::ConvertTMTensorToLinalgBase<ConvertTMTensorToLinalgPass> {
  void runOnOperation() override {
    MLIRContext *ctx = &getContext();
    ConversionTarget target(*ctx);
    target.addIllegalDialect<tmt::TMTensorDialect>();
    target.addLegalOp<tmt::YieldOp>(); // erased with its parent
    target.markUnknownOpDynamicallyLegal([](Operation *) { return true; });
    RewritePatternSet patterns(ctx);
    patterns.add<ScanToLoop, ScatterToLoop, SortToTransposition, TopkToSort>(
        ctx);
    if (failed(applyPartialConversion(getOperation(), target,
                                      std::move(patterns))))
      signalPassFailure();
  }
};

} // namespace
