//===- BF16DotGemm.cpp - GEMMs on AVX512-BF16 dot products ----------------===//
//
// The kernel, for one block of columns of C (the threads' parallel tile)
// and all its rows:
//
//   for each K block of `depth` steps:
//     copy B[k0 : k0 + depth, :] into panels P[p, kp, 2 * c + s] =
//       B[k0 + 2 * kp + s, p * columns + c]      (s in {0, 1})
//     for each block of `rows` rows, for each panel p:
//       acc[r][v] (f32 x 16) = C[i + r, p * columns + 16 * v : +16]
//       for kp: acc[r][v] = vdpbf16ps(acc[r][v],
//                                     broadcast(A[i + r, k0 + 2 * kp : +2]),
//                                     P[p, kp, 32 * v : +32])
//       C[...] = acc
//
// vdpbf16ps adds both products of a pair of bf16 into each f32 lane; the
// panel layout puts the two K steps of a column side by side, and A's pair
// of K steps, read as one 32-bit word, is broadcast to every lane.
//
//===----------------------------------------------------------------------===//

#include "BF16DotGemm.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"
#include "mlir/Dialect/X86Vector/X86VectorDialect.h"
#include "mlir/IR/ImplicitLocOpBuilder.h"

using namespace mlir;
using namespace mlir::tessel;

bool tessel::isBF16DotGemm(linalg::LinalgOp op, int64_t columns,
                           bool *transposedRhs) {
  if (op.getNumLoops() != 3 || !op.hasPureTensorSemantics() ||
      op.getNumDpsInputs() != 2 || op.getNumDpsInits() != 1 ||
      (!isa<linalg::MatmulOp>(op) && !isa<linalg::GenericOp>(op)) ||
      !linalg::isaContractionOpInterface(op))
    return false;
  MLIRContext *context = op->getContext();
  AffineExpr m, n, k;
  bindDims(context, m, n, k);
  SmallVector<AffineMap> maps = op.getIndexingMapsArray();
  bool transposed =
      maps == SmallVector<AffineMap>{AffineMap::get(3, 0, {m, k}, context),
                                     AffineMap::get(3, 0, {n, k}, context),
                                     AffineMap::get(3, 0, {m, n}, context)};
  if (!transposed && maps != linalg::MatmulOp::getDefaultIndexingMaps(context))
    return false;
  if (transposedRhs)
    *transposedRhs = transposed;
  auto lhs =
      dyn_cast<RankedTensorType>(op.getDpsInputOperand(0)->get().getType());
  auto rhs =
      dyn_cast<RankedTensorType>(op.getDpsInputOperand(1)->get().getType());
  auto out =
      dyn_cast<RankedTensorType>(op.getDpsInitOperand(0)->get().getType());
  if (!lhs || !rhs || !out || !lhs.hasStaticShape() || !rhs.hasStaticShape() ||
      !out.hasStaticShape() || lhs.getNumElements() == 0 ||
      rhs.getNumElements() == 0)
    return false;
  return lhs.getElementType().isBF16() && rhs.getElementType().isBF16() &&
         out.getElementType().isF32() && lhs.getDimSize(1) % 2 == 0 &&
         columns % kBF16DotLanes == 0 && out.getDimSize(1) % columns == 0;
}

namespace {

/// Accumulator vectors of a register block with few rows.
constexpr int64_t kMaxAccumulators = 16;

/// Emits the kernel for one GEMM block; see the file comment.
class KernelBuilder {
public:
  KernelBuilder(ImplicitLocOpBuilder &b, linalg::LinalgOp op,
                const BF16DotGemmTiles &tiles, bool transposedRhs)
      : b(b), tiles(tiles), transposedRhs(transposedRhs),
        lhs(op.getDpsInputOperand(0)->get()),
        rhs(op.getDpsInputOperand(1)->get()),
        init(op.getDpsInitOperand(0)->get()) {
    auto outType = cast<RankedTensorType>(init.getType());
    rows = outType.getDimSize(0);
    columns = outType.getDimSize(1);
    reduction = cast<RankedTensorType>(lhs.getType()).getDimSize(1);
    panels = columns / tiles.columns;
    vectorsPerRow = tiles.columns / kBF16DotLanes;
  }

  Value build() {
    if (rows <= tiles.rows && !transposedRhs)
      return buildRowsOfB();
    if (rows <= tiles.rows && reduction % (2 * kBF16DotLanes) == 0)
      return buildDotProducts();
    Value buffer = tensor::EmptyOp::create(
        b, ArrayRef<int64_t>{panels, tiles.depth / 2, 2 * tiles.columns},
        b.getBF16Type());
    int64_t mainRows = rows / tiles.rows * tiles.rows;
    return loop(0, reduction, tiles.depth, ValueRange{init, buffer},
                [&](Value k0, ValueRange carried) -> SmallVector<Value> {
                  Value packed = transposedRhs ? packTransposed(k0, carried[1])
                                               : pack(k0, carried[1]);
                  Value result = carried[0];
                  if (mainRows > 0)
                    result =
                        rowBlocks(result, packed, k0, 0, mainRows, tiles.rows);
                  if (rows > mainRows)
                    result = rowBlocks(result, packed, k0, mainRows,
                                       rows - mainRows, rows - mainRows);
                  return {result, packed};
                })
        .front();
  }

private:
  /// No more rows than a register block (a decode step's projection): each
  /// element of B is used once, so B is not copied. Blocks of columns as
  /// wide as the registers allow (16 accumulator vectors in all) walk all
  /// of K, each step interleaving two rows of B in registers; a step reads
  /// the block's run of both rows.
  Value buildRowsOfB() {
    int64_t vectors = 1;
    for (int64_t v = std::max<int64_t>(kMaxAccumulators / rows, 1); v > 1; --v)
      if (columns % (v * kBF16DotLanes) == 0) {
        vectors = v;
        break;
      }
    int64_t width = vectors * kBF16DotLanes;
    auto accType = VectorType::get({kBF16DotLanes}, b.getF32Type());
    auto halfType = VectorType::get({kBF16DotLanes}, b.getBF16Type());
    auto bitsType = VectorType::get({kBF16DotLanes}, b.getI16Type());
    auto operandType = VectorType::get({2 * kBF16DotLanes}, b.getBF16Type());
    return loop(0, columns, width, init, [&](Value j, Value acc) {
      SmallVector<Value> columnIndex;
      for (int64_t v = 0; v < vectors; ++v)
        columnIndex.push_back(add(j, v * kBF16DotLanes));
      SmallVector<Value> accs;
      for (int64_t r = 0; r < rows; ++r)
        for (int64_t v = 0; v < vectors; ++v)
          accs.push_back(read(accType, acc, {index(r), columnIndex[v]}));
      SmallVector<Value> steps = loop(
          0, reduction / 2, 1, accs,
          [&](Value kp, ValueRange carried) -> SmallVector<Value> {
            Value k = mul(kp, 2), next = add(k, 1);
            SmallVector<Value> pairs;
            for (int64_t v = 0; v < vectors; ++v) {
              Value even = vector::BitCastOp::create(
                  b, bitsType, read(halfType, rhs, {k, columnIndex[v]}));
              Value odd = vector::BitCastOp::create(
                  b, bitsType, read(halfType, rhs, {next, columnIndex[v]}));
              pairs.push_back(vector::BitCastOp::create(
                  b, operandType, vector::InterleaveOp::create(b, even, odd)));
            }
            SmallVector<Value> results;
            for (int64_t r = 0; r < rows; ++r) {
              Value a = broadcastPair(index(r), k);
              for (int64_t v = 0; v < vectors; ++v)
                results.push_back(x86vector::DotBF16Op::create(
                    b, accType, carried[r * vectors + v], a, pairs[v]));
            }
            return results;
          });
      for (int64_t r = 0; r < rows; ++r)
        for (int64_t v = 0; v < vectors; ++v)
          acc = write(steps[r * vectors + v], acc, {index(r), columnIndex[v]});
      return acc;
    });
  }

  /// No more rows than a register block and B held as `[columns, K]` (a
  /// decode step's `x W^T`): each output is a dot product of two
  /// contiguous rows, so B is read in place, row by row. Blocks of outputs
  /// (16 accumulator vectors in all) walk K 32 steps at a time, each a
  /// vdpbf16ps of A's 32 bf16 and B's; the 16 lanes of each accumulator
  /// are summed at the end and added to the block's outputs.
  Value buildDotProducts() {
    int64_t width = 1;
    for (int64_t w = std::max<int64_t>(kMaxAccumulators / rows, 1); w > 1; --w)
      if (columns % w == 0) {
        width = w;
        break;
      }
    auto accType = VectorType::get({kBF16DotLanes}, b.getF32Type());
    auto operandType = VectorType::get({2 * kBF16DotLanes}, b.getBF16Type());
    auto outType = VectorType::get({width}, b.getF32Type());
    Value zero = arith::ConstantOp::create(
        b, accType, DenseElementsAttr::get(accType, b.getF32FloatAttr(0)));
    return loop(0, columns, width, init, [&](Value j, Value acc) {
      SmallVector<Value> accs(rows * width, zero);
      SmallVector<Value> steps =
          loop(0, reduction, 2 * kBF16DotLanes, accs,
               [&](Value k, ValueRange carried) -> SmallVector<Value> {
                 SmallVector<Value> weights;
                 for (int64_t c = 0; c < width; ++c)
                   weights.push_back(read(operandType, rhs, {add(j, c), k}));
                 SmallVector<Value> results;
                 for (int64_t r = 0; r < rows; ++r) {
                   Value a = read(operandType, lhs, {index(r), k});
                   for (int64_t c = 0; c < width; ++c)
                     results.push_back(x86vector::DotBF16Op::create(
                         b, accType, carried[r * width + c], a, weights[c]));
                 }
                 return results;
               });
      for (int64_t r = 0; r < rows; ++r) {
        SmallVector<Value> sums;
        for (int64_t c = 0; c < width; ++c)
          sums.push_back(vector::ReductionOp::create(
              b, vector::CombiningKind::ADD, steps[r * width + c]));
        Value old = read(outType, acc, {index(r), j});
        Value total = arith::AddFOp::create(
            b, old, vector::FromElementsOp::create(b, outType, sums));
        acc = write(total, acc, {index(r), j});
      }
      return acc;
    });
  }

  /// A's pair of K steps (k, k + 1) of row `row`, one 32-bit word,
  /// broadcast to all lanes as 32 bf16.
  Value broadcastPair(Value row, Value k) {
    Value word = vector::BitCastOp::create(
        b, VectorType::get({1}, b.getI32Type()),
        read(VectorType::get({2}, b.getBF16Type()), lhs, {row, k}));
    Value scalar = vector::ExtractOp::create(b, word, 0);
    return vector::BitCastOp::create(
        b, VectorType::get({2 * kBF16DotLanes}, b.getBF16Type()),
        vector::BroadcastOp::create(
            b, VectorType::get({kBF16DotLanes}, b.getI32Type()), scalar));
  }

  Value index(int64_t v) { return arith::ConstantIndexOp::create(b, v); }
  Value add(Value a, int64_t v) {
    return v == 0 ? a : arith::AddIOp::create(b, a, index(v)).getResult();
  }
  Value mul(Value a, int64_t v) {
    return arith::MulIOp::create(b, a, index(v));
  }

  Value read(VectorType type, Value source, ValueRange indices) {
    SmallVector<bool> inBounds(type.getRank(), true);
    return vector::TransferReadOp::create(b, type, source, indices,
                                          std::nullopt, inBounds);
  }
  Value write(Value vector, Value dest, ValueRange indices) {
    SmallVector<bool> inBounds(cast<VectorType>(vector.getType()).getRank(),
                               true);
    return vector::TransferWriteOp::create(b, vector, dest, indices, inBounds)
        .getResult();
  }

  /// A loop over [lower, upper) by `step` carrying `value`; `body` gets the
  /// induction variable and the carried value and returns the next.
  Value loop(int64_t lower, int64_t upper, int64_t step, Value value,
             function_ref<Value(Value, Value)> body) {
    return loop(lower, upper, step, ValueRange{value},
                [&](Value iv, ValueRange carried) -> SmallVector<Value> {
                  return {body(iv, carried[0])};
                })
        .front();
  }

  /// The same, carrying several values: `body` returns the next ones.
  SmallVector<Value>
  loop(int64_t lower, int64_t upper, int64_t step, ValueRange values,
       function_ref<SmallVector<Value>(Value, ValueRange)> body) {
    auto forOp = scf::ForOp::create(
        b, index(lower), index(upper), index(step), values,
        [&](OpBuilder &nested, Location, Value iv, ValueRange carried) {
          OpBuilder::InsertionGuard guard(b);
          b.setInsertionPoint(nested.getInsertionBlock(),
                              nested.getInsertionPoint());
          scf::YieldOp::create(b, body(iv, carried));
        });
    return SmallVector<Value>(forOp.getResults());
  }

  /// Copies the K block of B from row `k0` into `buffer` as panels of
  /// interleaved pairs of rows, reading B's rows in order.
  Value pack(Value k0, Value buffer) {
    int64_t c = tiles.columns;
    auto rowType = VectorType::get({c}, b.getBF16Type());
    auto bitsType = VectorType::get({c}, b.getI16Type());
    return loop(0, tiles.depth / 2, 1, buffer, [&](Value kp, Value buf) {
      Value row = arith::AddIOp::create(b, k0, mul(kp, 2));
      Value next = add(row, 1);
      return loop(0, panels, 1, buf, [&](Value p, Value panelBuf) {
        Value column = mul(p, c);
        Value even = vector::BitCastOp::create(
            b, bitsType, read(rowType, rhs, {row, column}));
        Value odd = vector::BitCastOp::create(
            b, bitsType, read(rowType, rhs, {next, column}));
        Value pairs = vector::InterleaveOp::create(b, even, odd);
        Value asBF16 = vector::BitCastOp::create(
            b, VectorType::get({2 * c}, b.getBF16Type()), pairs);
        return write(asBF16, panelBuf, {p, kp, index(0)});
      });
    });
  }

  /// Copies the K block of B held as `[columns, K]` (`x W^T`) from step
  /// `k0` into `buffer`: a panel's row of pairs is the pair of K steps at
  /// `kp` (one 32-bit word) of each of its columns, so the panel's rows of
  /// words are transposed, 16 x 16 words at a time by shuffles where the
  /// K block has whole chunks of 16 pairs, else by vector.transpose.
  Value packTransposed(Value k0, Value buffer) {
    int64_t c = tiles.columns;
    int64_t pairs = tiles.depth / 2;
    bool squares = pairs % kBF16DotLanes == 0;
    int64_t chunk = squares ? kBF16DotLanes : 1;
    for (int64_t t = std::min<int64_t>(pairs, kBF16DotLanes); !squares && t > 1;
         --t)
      if (pairs % t == 0) {
        chunk = t;
        break;
      }
    return loop(0, panels, 1, buffer, [&](Value p, Value buf) {
      Value column = mul(p, c);
      return loop(0, pairs, chunk, buf, [&](Value kp, Value panelBuf) {
        Value k = arith::AddIOp::create(b, k0, mul(kp, 2));
        return squares ? transposeSquares(column, k, kp, p, panelBuf)
                       : transposeChunk(column, k, kp, p, panelBuf, chunk);
      });
    });
  }

  /// Panel rows [kp, kp + 16) from B's rows [column, column + c) at step
  /// k: each 16 x 16 block of words transposed in four rounds of
  /// two-source shuffles (round b swaps bit b of the row and word
  /// indices).
  Value transposeSquares(Value column, Value k, Value kp, Value p, Value dest) {
    int64_t n = kBF16DotLanes;
    auto rowType = VectorType::get({2 * n}, b.getBF16Type());
    auto wordsType = VectorType::get({n}, b.getI32Type());
    for (int64_t block = 0; block < tiles.columns / n; ++block) {
      SmallVector<Value> rows;
      for (int64_t i = 0; i < n; ++i)
        rows.push_back(vector::BitCastOp::create(
            b, wordsType, read(rowType, rhs, {add(column, block * n + i), k})));
      for (int64_t bit = 1; bit < n; bit *= 2) {
        SmallVector<Value> next;
        for (int64_t i = 0; i < n; ++i) {
          SmallVector<int64_t> mask;
          for (int64_t j = 0; j < n; ++j)
            mask.push_back((i & bit) == (j & bit) ? j : n + (j ^ bit));
          next.push_back(
              vector::ShuffleOp::create(b, rows[i], rows[i ^ bit], mask));
        }
        rows = next;
      }
      for (int64_t i = 0; i < n; ++i)
        dest = write(vector::BitCastOp::create(b, rowType, rows[i]), dest,
                     {p, add(kp, i), index(block * 2 * n)});
    }
    return dest;
  }

  /// Panel rows [kp, kp + chunk) by one vector.transpose of words.
  Value transposeChunk(Value column, Value k, Value kp, Value p, Value dest,
                       int64_t chunk) {
    int64_t c = tiles.columns;
    auto rowsType = VectorType::get({c, 2 * chunk}, b.getBF16Type());
    auto wordsType = VectorType::get({c, chunk}, b.getI32Type());
    auto transposedType = VectorType::get({chunk, c}, b.getI32Type());
    auto panelRowsType = VectorType::get({chunk, 2 * c}, b.getBF16Type());
    Value words = vector::BitCastOp::create(b, wordsType,
                                            read(rowsType, rhs, {column, k}));
    Value transposed = vector::TransposeOp::create(b, transposedType, words,
                                                   ArrayRef<int64_t>{1, 0});
    return write(vector::BitCastOp::create(b, panelRowsType, transposed), dest,
                 {p, kp, index(0)});
  }

  /// Rows [first, first + count) of `acc` in blocks of `blockRows`, each
  /// block over every panel for the K block at `k0`.
  Value rowBlocks(Value acc, Value packed, Value k0, int64_t first,
                  int64_t count, int64_t blockRows) {
    auto accType = VectorType::get({kBF16DotLanes}, b.getF32Type());
    auto operandType = VectorType::get({2 * kBF16DotLanes}, b.getBF16Type());
    return loop(first, first + count, blockRows, acc, [&](Value i, Value a0) {
      return loop(0, panels, 1, a0, [&](Value p, Value a1) {
        Value panelColumn = mul(p, tiles.columns);
        SmallVector<Value> rowIndex, columnIndex;
        for (int64_t r = 0; r < blockRows; ++r)
          rowIndex.push_back(add(i, r));
        for (int64_t v = 0; v < vectorsPerRow; ++v)
          columnIndex.push_back(add(panelColumn, v * kBF16DotLanes));
        SmallVector<Value> accs;
        for (int64_t r = 0; r < blockRows; ++r)
          for (int64_t v = 0; v < vectorsPerRow; ++v)
            accs.push_back(read(accType, a1, {rowIndex[r], columnIndex[v]}));
        SmallVector<Value> steps =
            loop(0, tiles.depth / 2, 1, accs,
                 [&](Value kp, ValueRange carried) -> SmallVector<Value> {
                   SmallVector<Value> panelVectors;
                   for (int64_t v = 0; v < vectorsPerRow; ++v)
                     panelVectors.push_back(
                         read(operandType, packed,
                              {p, kp, index(v * 2 * kBF16DotLanes)}));
                   Value k = arith::AddIOp::create(b, k0, mul(kp, 2));
                   SmallVector<Value> next;
                   for (int64_t r = 0; r < blockRows; ++r) {
                     Value broadcast = broadcastPair(rowIndex[r], k);
                     for (int64_t v = 0; v < vectorsPerRow; ++v)
                       next.push_back(x86vector::DotBF16Op::create(
                           b, accType, carried[r * vectorsPerRow + v],
                           broadcast, panelVectors[v]));
                   }
                   return next;
                 });
        Value result = a1;
        for (int64_t r = 0; r < blockRows; ++r)
          for (int64_t v = 0; v < vectorsPerRow; ++v)
            result = write(steps[r * vectorsPerRow + v], result,
                           {rowIndex[r], columnIndex[v]});
        return result;
      });
    });
  }

  ImplicitLocOpBuilder &b;
  BF16DotGemmTiles tiles;
  bool transposedRhs;
  Value lhs, rhs, init;
  int64_t rows = 0, columns = 0, reduction = 0, panels = 0, vectorsPerRow = 0;
};

} // namespace

void tessel::buildBF16DotGemm(RewriterBase &rewriter, linalg::LinalgOp op,
                              const BF16DotGemmTiles &tiles) {
  bool transposedRhs = false;
  (void)isBF16DotGemm(op, tiles.columns, &transposedRhs);
  rewriter.setInsertionPoint(op);
  ImplicitLocOpBuilder b(op.getLoc(), rewriter);
  Value result = KernelBuilder(b, op, tiles, transposedRhs).build();
  rewriter.replaceOp(op, result);
}
