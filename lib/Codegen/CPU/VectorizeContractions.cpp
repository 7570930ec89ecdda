//===- VectorizeContractions.cpp - Tile and vectorize matmul-like ops -----===//

#include "BF16DotGemm.h"
#include "Hoisting.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Linalg/Transforms/Transforms.h"
#include "mlir/Dialect/SCF/Transforms/TileUsingInterface.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Dialect/Tensor/Utils/Utils.h"
#include "mlir/Dialect/Utils/StaticValueUtils.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"
#include "mlir/IR/IRMapping.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/Transforms/LoopInvariantCodeMotionUtils.h"
#include "tessel/Codegen/CPU/Passes.h"
#include "tessel/Codegen/CPU/VectorISA.h"

namespace mlir::tessel {
#define GEN_PASS_DEF_TESSELVECTORIZECONTRACTIONS
#include "tessel/Codegen/CPU/Passes.h.inc"
} // namespace mlir::tessel

using namespace mlir;

namespace {

/// The largest divisor of `extent` that is at most `want` (at least 1).
int64_t divisorAtMost(int64_t extent, int64_t want) {
  for (int64_t t = std::min(want, extent); t > 1; --t)
    if (extent % t == 0)
      return t;
  return 1;
}

/// The largest multiple of `lanes` that divides `extent` and is at most
/// `want` (at least `lanes`; `extent` is a multiple of `lanes`).
int64_t lanesDivisorAtMost(int64_t extent, int64_t want, int64_t lanes) {
  for (int64_t t = std::min(want, extent) / lanes * lanes; t > lanes;
       t -= lanes)
    if (extent % t == 0)
      return t;
  return lanes;
}

/// Whether dimension `dim` is the innermost (contiguous) index of `map`.
bool isInnermost(AffineMap map, unsigned dim) {
  return map.getNumResults() > 0 &&
         map.getResults().back() == getAffineDimExpr(dim, map.getContext());
}

/// Whether `op` is a plain GEMM on tensors: `C[m, n] += A[m, k] * B[k, n]`
/// with row-major operands of one float type and static shapes, or with B
/// held as `[n, k]` (`x W^T`), which sets `transposedRhs`.
bool isPlainMatmul(linalg::LinalgOp op, bool *transposedRhs = nullptr) {
  if (op.getNumLoops() != 3 || !op.hasPureTensorSemantics() ||
      (!isa<linalg::MatmulOp>(op) && !isa<linalg::GenericOp>(op)) ||
      !linalg::isaContractionOpInterface(op))
    return false;
  MLIRContext *context = op->getContext();
  SmallVector<AffineMap> maps = op.getIndexingMapsArray();
  AffineExpr m, n, k;
  bindDims(context, m, n, k);
  bool plain = maps == linalg::MatmulOp::getDefaultIndexingMaps(context);
  bool transposed =
      maps == SmallVector<AffineMap>{AffineMap::get(3, 0, {m, k}, context),
                                     AffineMap::get(3, 0, {n, k}, context),
                                     AffineMap::get(3, 0, {m, n}, context)};
  if (!plain && !transposed)
    return false;
  if (transposedRhs)
    *transposedRhs = transposed;
  Type element = getElementTypeOrSelf(op->getResult(0).getType());
  return isa<FloatType>(element) &&
         llvm::all_of(op->getOperandTypes(), [&](Type type) {
           auto tensor = dyn_cast<RankedTensorType>(type);
           return tensor && tensor.hasStaticShape() &&
                  tensor.getElementType() == element;
         });
}

/// Columns are vectorized in multiples of this many lanes.
constexpr int64_t kLanes = 8;

/// A GEMM with B in panels gives each parallel block all rows where it has
/// at least this many blocks of columns (two per core of a 2-core machine,
/// and more on larger ones).
constexpr int64_t kColumnBlocksForAllRows = 4;

/// A GEMV-like GEMM's parallel blocks: up to this many columns (4 KiB of
/// f32 per row of B; at least kColumnBlocksForAllRows blocks), and this
/// many rows of B per step.
constexpr int64_t kRowRunColumns = 1024;
constexpr int64_t kRowsPerStep = 8;

struct Plan {
  linalg::ContractionDimensions dims;
  SmallVector<int64_t> ranges;
};

/// A contraction on tensors with two inputs, one N and one K dimension (and
/// any number of M and batch dimensions), all loops static and non-empty
/// (K = 0, no keys, has nothing to vectorize): its dimensions and ranges.
std::optional<Plan> contractionShape(linalg::LinalgOp op) {
  if (!op.hasPureTensorSemantics() || op.getNumDpsInits() != 1 ||
      op.getNumDpsInputs() != 2 || !linalg::isaContractionOpInterface(op))
    return std::nullopt;
  FailureOr<linalg::ContractionDimensions> dims =
      linalg::inferContractionDims(op);
  if (failed(dims) || dims->m.empty() || dims->n.size() != 1 ||
      dims->k.size() != 1)
    return std::nullopt;
  SmallVector<int64_t> ranges = op.getStaticLoopRanges();
  if (llvm::any_of(
          ranges, [](int64_t r) { return ShapedType::isDynamic(r) || r == 0; }))
    return std::nullopt;
  return Plan{*dims, ranges};
}

/// A contraction (`contractionShape`) whose N is a multiple of the lanes and
/// whose B operand and result are contiguous along N (so a register tile
/// reads whole rows).
std::optional<Plan> planFor(linalg::LinalgOp op) {
  std::optional<Plan> plan = contractionShape(op);
  if (!plan)
    return std::nullopt;
  unsigned n = plan->dims.n[0];
  if (plan->ranges[n] % kLanes != 0)
    return std::nullopt;
  SmallVector<AffineMap> maps = op.getIndexingMapsArray();
  if (!isInnermost(maps[1], n) || !isInnermost(maps[2], n))
    return std::nullopt;
  return plan;
}

/// Folds each run of consecutive M, N or K loops of a contraction generic
/// into one loop where every operand keeps the run contiguous, and names
/// the result (linalg.matmul) where it is one. Reshape
/// propagation (linalg elementwise fusion) splits a matmul's N into the
/// heads it is later viewed as ([1, 8, 64] for 512 columns); folded back,
/// the op has one N again and gets the register-blocked schedule rather
/// than scalar loops. The op itself, or its collapsed form.
linalg::LinalgOp collapseContractionDims(RewriterBase &rewriter,
                                         linalg::LinalgOp op) {
  if (!isa<linalg::GenericOp>(op) || !op.hasPureTensorSemantics() ||
      !linalg::isaContractionOpInterface(op))
    return op;
  FailureOr<linalg::ContractionDimensions> dims =
      linalg::inferContractionDims(op);
  if (failed(dims))
    return op;
  SmallVector<AffineMap> maps = op.getIndexingMapsArray();
  SmallVector<ReassociationIndices> runs;
  for (ArrayRef<unsigned> group :
       {ArrayRef<unsigned>(dims->m), ArrayRef<unsigned>(dims->n),
        ArrayRef<unsigned>(dims->k)}) {
    SmallVector<unsigned> sorted(group);
    llvm::sort(sorted);
    ReassociationIndices run;
    auto flush = [&] {
      if (run.size() > 1 && linalg::areDimSequencesPreserved(maps, {run}))
        runs.push_back(run);
      run.clear();
    };
    for (unsigned d : sorted) {
      if (!run.empty() && d != run.back() + 1)
        flush();
      run.push_back(d);
    }
    flush();
  }
  if (!runs.empty()) {
    rewriter.setInsertionPoint(op);
    FailureOr<linalg::CollapseResult> collapsed =
        linalg::collapseOpIterationDims(op, runs, rewriter);
    if (succeeded(collapsed)) {
      rewriter.replaceOp(op, collapsed->results);
      op = collapsed->collapsedOp;
    }
  }
  // A generic that is a plain 2-D matmul becomes linalg.matmul, which the
  // vectorizer turns into a vector.contract (fused multiply-adds) rather
  // than separate multiplies and adds. (Only 2-D and of one element type:
  // upstream's specialization does not check operand ranks against the
  // named op's, and a named contraction of mixed types does not vectorize.)
  auto generic = dyn_cast<linalg::GenericOp>(op.getOperation());
  Type element = getElementTypeOrSelf(op->getResult(0).getType());
  bool planar = op.getNumLoops() == 3 &&
                llvm::all_of(op->getOperandTypes(), [&](Type type) {
                  auto tensor = dyn_cast<RankedTensorType>(type);
                  return tensor && tensor.getRank() == 2 &&
                         tensor.getElementType() == element;
                });
  // Upstream's specialization also names a generic whose operands are
  // transposed, dropping the transposition (an op that then fails to
  // verify, or computes the wrong product): only the default maps qualify.
  bool defaultMaps = op.getIndexingMapsArray() ==
                     linalg::MatmulOp::getDefaultIndexingMaps(op->getContext());
  if (generic && planar && defaultMaps) {
    rewriter.setInsertionPoint(generic);
    FailureOr<linalg::LinalgOp> named =
        linalg::specializeGenericOp(rewriter, generic);
    if (succeeded(named))
      return *named;
  }
  return op;
}

/// `value` converted element by element to `type`'s element type (extf or
/// truncf) into `dest`, as an elementwise generic.
Value convertElements(RewriterBase &rewriter, Location loc, Value value,
                      Value dest) {
  auto type = cast<RankedTensorType>(dest.getType());
  int64_t rank = type.getRank();
  AffineMap identity = rewriter.getMultiDimIdentityMap(rank);
  SmallVector<utils::IteratorType> iterators(rank,
                                             utils::IteratorType::parallel);
  Type to = type.getElementType();
  auto generic = linalg::GenericOp::create(
      rewriter, loc, TypeRange{type}, ValueRange{value}, ValueRange{dest},
      ArrayRef<AffineMap>{identity, identity}, iterators,
      [&](OpBuilder &b, Location loc, ValueRange args) {
        Value converted =
            to.getIntOrFloatBitWidth() >
                    args[0].getType().getIntOrFloatBitWidth()
                ? arith::ExtFOp::create(b, loc, to, args[0]).getResult()
                : arith::TruncFOp::create(b, loc, to, args[0]).getResult();
        linalg::YieldOp::create(b, loc, converted);
      });
  return generic->getResult(0);
}

/// A contraction of float operands with an f16 or bf16 result accumulates
/// in f32 and rounds once, as PyTorch's CPU and GPU kernels and Tessel's
/// own GPU kernels do, rather than after every step of K (which linalg's
/// body in the narrow type would do: a bf16 sum of 96 products already
/// misses the reference by 2%): its init is extended to f32, the product
/// accumulated there by a generic with the op's maps, and the result
/// truncated into the original init.
void widenAccumulator(RewriterBase &rewriter, linalg::LinalgOp op) {
  if (!op.hasPureTensorSemantics() || op.getNumDpsInputs() != 2 ||
      op.getNumDpsInits() != 1 || !linalg::isaContractionOpInterface(op))
    return;
  Value init = op.getDpsInitOperand(0)->get();
  auto initType = dyn_cast<RankedTensorType>(init.getType());
  if (!initType || !(initType.getElementType().isF16() ||
                     initType.getElementType().isBF16()))
    return;
  if (!llvm::all_of(op.getDpsInputs(), [](Value v) {
        return isa<FloatType>(getElementTypeOrSelf(v.getType()));
      }))
    return;
  Location loc = op.getLoc();
  rewriter.setInsertionPoint(op);
  Type f32 = rewriter.getF32Type();
  Value empty = tensor::EmptyOp::create(
      rewriter, loc, tensor::getMixedSizes(rewriter, loc, init), f32);
  Value wide = convertElements(rewriter, loc, init, empty);
  auto product = linalg::GenericOp::create(
      rewriter, loc, TypeRange{wide.getType()}, op.getDpsInputs(),
      ValueRange{wide}, op.getIndexingMapsArray(), op.getIteratorTypesArray(),
      [&](OpBuilder &b, Location loc, ValueRange args) {
        auto widen = [&](Value v) -> Value {
          return v.getType() == f32
                     ? v
                     : arith::ExtFOp::create(b, loc, f32, v).getResult();
        };
        Value mul =
            arith::MulFOp::create(b, loc, widen(args[0]), widen(args[1]));
        linalg::YieldOp::create(
            b, loc, arith::AddFOp::create(b, loc, args[2], mul).getResult());
      });
  rewriter.replaceOp(
      op, convertElements(rewriter, loc, product->getResult(0), init));
}

/// The result position of loop `dim` in `map`, if `map` uses it.
std::optional<unsigned> positionOf(AffineMap map, unsigned dim) {
  return map.getResultPosition(getAffineDimExpr(dim, map.getContext()));
}

/// Splits loop `dim` of contraction `op` (every operand indexes it by a
/// plain dimension) into its first extent / multiple * multiple iterations
/// and the rest, as two contractions on slices. Columns that are not a
/// multiple of the register block (GPT-2's vocabulary of 50257) and rows
/// that are not a multiple of its rows take a smaller block this way
/// instead of a smaller block everywhere. The rest, or nullopt where `op`
/// was not split.
std::optional<linalg::LinalgOp> peelLoop(RewriterBase &rewriter,
                                         linalg::LinalgOp op, unsigned dim,
                                         int64_t multiple) {
  std::optional<Plan> shape = contractionShape(op);
  if (!shape)
    return std::nullopt;
  int64_t extent = shape->ranges[dim], main = extent / multiple * multiple;
  if (main == 0 || main == extent)
    return std::nullopt;
  SmallVector<AffineMap> maps = op.getIndexingMapsArray();
  SmallVector<std::optional<unsigned>> positions;
  for (auto [operand, map] : llvm::zip(op->getOperands(), maps)) {
    if (!isa<RankedTensorType>(operand.getType()) ||
        !map.isProjectedPermutation())
      return std::nullopt;
    positions.push_back(positionOf(map, dim));
  }
  if (!positions.back()) // A reduction loop: not split.
    return std::nullopt;

  Location loc = op.getLoc();
  rewriter.setInsertionPoint(op);
  // Offsets, sizes and strides of [offset, offset + size) along result
  // `position` of `value`.
  struct Range {
    SmallVector<OpFoldResult> offsets, sizes, strides;
  };
  auto rangeOf = [&](Value value, unsigned position, int64_t offset,
                     int64_t size) {
    auto type = cast<RankedTensorType>(value.getType());
    int64_t rank = type.getRank();
    Range r{SmallVector<OpFoldResult>(rank, rewriter.getIndexAttr(0)),
            getAsIndexOpFoldResult(rewriter.getContext(), type.getShape()),
            SmallVector<OpFoldResult>(rank, rewriter.getIndexAttr(1))};
    r.offsets[position] = rewriter.getIndexAttr(offset);
    r.sizes[position] = rewriter.getIndexAttr(size);
    return r;
  };
  auto part = [&](int64_t offset, int64_t size) {
    SmallVector<Value> operands;
    for (auto [operand, position] : llvm::zip(op->getOperands(), positions)) {
      if (!position) {
        operands.push_back(operand);
        continue;
      }
      Range r = rangeOf(operand, *position, offset, size);
      operands.push_back(tensor::ExtractSliceOp::create(
          rewriter, loc, operand, r.offsets, r.sizes, r.strides));
    }
    return cast<linalg::LinalgOp>(
        clone(rewriter, op, {operands.back().getType()}, operands));
  };
  unsigned out = *positions.back();
  auto insert = [&](Value into, linalg::LinalgOp part, int64_t offset,
                    int64_t size) -> Value {
    Range r = rangeOf(into, out, offset, size);
    return tensor::InsertSliceOp::create(rewriter, loc, part->getResult(0),
                                         into, r.offsets, r.sizes, r.strides);
  };
  Value init = op.getDpsInitOperand(0)->get();
  linalg::LinalgOp first = part(0, main), rest = part(main, extent - main);
  Value result =
      insert(insert(init, first, 0, main), rest, main, extent - main);
  rewriter.replaceOp(op, result);
  return rest;
}

/// `peelLoop` along the N loop of a contraction that `planFor` would take
/// but for its N extent.
std::optional<linalg::LinalgOp>
peelColumns(RewriterBase &rewriter, linalg::LinalgOp op, int64_t multiple) {
  std::optional<Plan> shape = contractionShape(op);
  if (!shape)
    return std::nullopt;
  unsigned n = shape->dims.n[0];
  SmallVector<AffineMap> maps = op.getIndexingMapsArray();
  if (!isInnermost(maps[1], n) || !isInnermost(maps[2], n))
    return std::nullopt;
  return peelLoop(rewriter, op, n, multiple);
}

/// `peelLoop` along the (innermost) M loop of a contraction that `planFor`
/// takes, for more rows than one register block.
void peelRows(RewriterBase &rewriter, linalg::LinalgOp op, int64_t multiple) {
  std::optional<Plan> plan = planFor(op);
  if (!plan || plan->ranges[plan->dims.m.back()] <= multiple)
    return;
  (void)peelLoop(rewriter, op, plan->dims.m.back(), multiple);
}

struct TesselVectorizeContractionsPass
    : tessel::impl::TesselVectorizeContractionsBase<
          TesselVectorizeContractionsPass> {
  using TesselVectorizeContractionsBase::TesselVectorizeContractionsBase;

  /// The register block: the options where given, else sized for the ISA.
  int64_t tileM = 0, tileN = 0;
  /// Whether bf16 GEMMs take AVX512-BF16's dot products.
  bool bf16DotProducts = false;

  LogicalResult initialize(MLIRContext *context) override {
    std::optional<tessel::VectorISA> isa = tessel::getVectorISA(vectorISA);
    if (!isa)
      return emitError(UnknownLoc::get(context))
             << "tessel-vectorize-contractions: unknown vector-isa '"
             << vectorISA << "' (" << tessel::getVectorISANames() << ")";
    tessel::RegisterTile fitted = tessel::getContractionRegisterTile(*isa);
    tileM = registerTileM > 0 ? registerTileM : fitted.rows;
    tileN = registerTileN > 0 ? registerTileN : fitted.columns;
    bf16DotProducts = isa->bf16DotProducts;
    if (tileN % kLanes != 0)
      return emitError(UnknownLoc::get(context))
             << "tessel-vectorize-contractions: register-tile-n " << tileN
             << " is not a multiple of " << kLanes;
    return success();
  }

  /// Tiles `op` by `sizes`; the tiled op, or failure (op untouched).
  FailureOr<linalg::LinalgOp> tile(RewriterBase &rewriter, linalg::LinalgOp op,
                                   ArrayRef<int64_t> sizes, bool parallel,
                                   ArrayRef<int64_t> interchange = {}) {
    if (llvm::all_of(sizes, [](int64_t s) { return s == 0; }))
      return op;
    scf::SCFTilingOptions options;
    options.setLoopType(parallel ? scf::SCFTilingOptions::LoopType::ForallOp
                                 : scf::SCFTilingOptions::LoopType::ForOp);
    options.setTileSizes(getAsIndexOpFoldResult(op->getContext(), sizes));
    options.setInterchange(interchange);
    rewriter.setInsertionPoint(op);
    FailureOr<scf::SCFTilingResult> tiled = scf::tileUsingSCF(
        rewriter, cast<TilingInterface>(op.getOperation()), options);
    if (failed(tiled) || tiled->tiledOps.size() != 1)
      return failure();
    rewriter.replaceOp(op, tiled->replacements);
    return cast<linalg::LinalgOp>(tiled->tiledOps.front());
  }

  /// A contraction whose operands both hold K innermost (`x W^T` with W an
  /// argument held as [N, K]) is a set of dot products along K. It cannot
  /// take the broadcast-FMA register blocks (the right operand is not
  /// contiguous along N); it is made a generic (so that
  /// tessel-vectorize-rows vectorizes its K loop, lanes of partial sums
  /// reduced once per tile) and its output split into parallel blocks for
  /// the threads.
  void distributeDotProducts(RewriterBase &rewriter, linalg::LinalgOp op) {
    if (op->getParentOfType<scf::ForallOp>())
      return;
    std::optional<Plan> shape = contractionShape(op);
    if (!shape)
      return;
    const SmallVector<int64_t> &ranges = shape->ranges;
    unsigned m = shape->dims.m.back(), n = shape->dims.n[0],
             k = shape->dims.k[0];
    SmallVector<AffineMap> maps = op.getIndexingMapsArray();
    if (!isInnermost(maps[0], k) || !isInnermost(maps[1], k) ||
        ranges[k] % kLanes != 0)
      return;
    linalg::LinalgOp generic = op;
    if (!isa<linalg::GenericOp>(op)) {
      rewriter.setInsertionPoint(op);
      FailureOr<linalg::GenericOp> generalized =
          linalg::generalizeNamedOp(rewriter, op);
      if (failed(generalized))
        return;
      generic = *generalized;
    }
    SmallVector<int64_t> sizes(ranges.size(), 1);
    sizes[m] = divisorAtMost(ranges[m], cacheTileM);
    sizes[n] = divisorAtMost(ranges[n], cacheTileN);
    sizes[k] = 0;
    (void)tile(rewriter, generic, sizes, /*parallel=*/true);
  }

  void padRightOperand(RewriterBase &rewriter, linalg::LinalgOp op,
                       const Plan &plan) {
    OpOperand &rhs = op->getOpOperand(1);
    auto type = dyn_cast<RankedTensorType>(rhs.get().getType());
    if (!type || type.getRank() != 2 || !type.hasStaticShape() ||
        !type.getElementType().isF32() || (type.getDimSize(1) * 4) % 1024)
      return;
    Location loc = op.getLoc();
    rewriter.setInsertionPoint(op);
    SmallVector<int64_t> paddedShape = {type.getDimSize(0),
                                        type.getDimSize(1) + 16};
    Value zero =
        arith::ConstantOp::create(rewriter, loc, rewriter.getF32FloatAttr(0));
    Value padded = tensor::createPadHighOp(
        RankedTensorType::get(paddedShape, type.getElementType()), rhs.get(),
        zero, /*nofold=*/true, loc, rewriter);
    Value view = tensor::ExtractSliceOp::create(
        rewriter, loc, type, padded, ValueRange{}, ValueRange{}, ValueRange{},
        ArrayRef<int64_t>{0, 0}, type.getShape(), ArrayRef<int64_t>{1, 1});
    rewriter.modifyOpInPlace(op, [&] { rhs.set(view); });
  }

  /// Steps 2 and 3 for a plain GEMM block (`isPlainMatmul`) whose columns
  /// are a multiple of the register block's, as BLIS does it: each block
  /// of `depth` rows of B is first copied into panels of `tileN` columns
  /// (`[columns / tileN, depth, tileN]`, a buffer the K loop carries so
  /// that every K block reuses it), which the register blocks of every
  /// row then read as one contiguous stream. Rows past the last whole
  /// register block of rows take one smaller block over the same panels.
  void transformPacked(RewriterBase &rewriter, linalg::LinalgOp op,
                       int64_t depth, bool transposedRhs) {
    Location loc = op.getLoc();
    MLIRContext *context = op->getContext();
    Value lhs = op.getDpsInputOperand(0)->get();
    Value rhs = op.getDpsInputOperand(1)->get();
    Value init = op.getDpsInitOperand(0)->get();
    auto resultType = cast<RankedTensorType>(init.getType());
    Type element = resultType.getElementType();
    int64_t rows = resultType.getDimSize(0), columns = resultType.getDimSize(1);
    int64_t reduction = cast<RankedTensorType>(lhs.getType()).getDimSize(1);
    int64_t panels = columns / tileN;
    int64_t mainRows = rows / tileM * tileM;

    rewriter.setInsertionPoint(op);
    auto index = [&](int64_t v) -> OpFoldResult {
      return rewriter.getIndexAttr(v);
    };
    Value buffer = tensor::EmptyOp::create(
        rewriter, loc, ArrayRef<int64_t>{panels, depth, tileN}, element);
    Value zero = arith::ConstantIndexOp::create(rewriter, loc, 0);
    Value end = arith::ConstantIndexOp::create(rewriter, loc, reduction);
    Value step = arith::ConstantIndexOp::create(rewriter, loc, depth);
    linalg::TransposeOp copy;
    SmallVector<linalg::GenericOp> products;
    // Loops (i, j, k, a, b): block of rows, panel, K, row, column.
    AffineExpr i, j, kk, a, c;
    bindDims(context, i, j, kk, a, c);
    SmallVector<AffineMap> maps = {AffineMap::get(5, 0, {i, a, kk}, context),
                                   AffineMap::get(5, 0, {j, kk, c}, context),
                                   AffineMap::get(5, 0, {i, a, j, c}, context)};
    auto parallel = utils::IteratorType::parallel;
    SmallVector<utils::IteratorType> iterators = {
        parallel, parallel, utils::IteratorType::reduction, parallel, parallel};
    auto loop = scf::ForOp::create(
        rewriter, loc, zero, end, step, ValueRange{init, buffer},
        [&](OpBuilder &b, Location loc, Value k0, ValueRange carried) {
          // The K block of B, as panels: [depth, panels, tileN] ->
          // [panels, depth, tileN], or from B held as [columns, K]:
          // [panels, tileN, depth] -> [panels, depth, tileN].
          SmallVector<OpFoldResult> offsets = {k0, index(0)},
                                    sizes = {index(depth), index(columns)};
          SmallVector<int64_t> shape = {depth, panels, tileN},
                               permutation = {1, 0, 2};
          SmallVector<ReassociationIndices> reassociation = {{0}, {1, 2}};
          if (transposedRhs) {
            std::swap(offsets[0], offsets[1]);
            std::swap(sizes[0], sizes[1]);
            shape = {panels, tileN, depth};
            permutation = {0, 2, 1};
            reassociation = {{0, 1}, {2}};
          }
          Value rhsBlock = tensor::ExtractSliceOp::create(
              b, loc, rhs, offsets, sizes, {index(1), index(1)});
          Value rhsPanels = tensor::ExpandShapeOp::create(
              b, loc, RankedTensorType::get(shape, element), rhsBlock,
              reassociation);
          copy = linalg::TransposeOp::create(b, loc, rhsPanels, carried[1],
                                             permutation);
          // Rows [first, first + count) in blocks of `blockRows`, into
          // `result`.
          auto product = [&](Value result, int64_t first, int64_t count,
                             int64_t blockRows) -> Value {
            Value lhsBlock = tensor::ExtractSliceOp::create(
                b, loc, lhs, {index(first), k0}, {index(count), index(depth)},
                {index(1), index(1)});
            Value lhsRows = tensor::ExpandShapeOp::create(
                b, loc,
                RankedTensorType::get({count / blockRows, blockRows, depth},
                                      element),
                lhsBlock, ArrayRef<ReassociationIndices>{{0, 1}, {2}});
            auto outType = RankedTensorType::get({count, columns}, element);
            Value outBlock = tensor::ExtractSliceOp::create(
                b, loc, outType, result, {index(first), index(0)},
                {index(count), index(columns)}, {index(1), index(1)});
            Value out = tensor::ExpandShapeOp::create(
                b, loc,
                RankedTensorType::get(
                    {count / blockRows, blockRows, panels, tileN}, element),
                outBlock, ArrayRef<ReassociationIndices>{{0, 1}, {2, 3}});
            auto generic = linalg::GenericOp::create(
                b, loc, TypeRange{out.getType()},
                ValueRange{lhsRows, copy->getResult(0)}, ValueRange{out}, maps,
                iterators, [&](OpBuilder &b, Location loc, ValueRange args) {
                  Value mul = arith::MulFOp::create(b, loc, args[0], args[1]);
                  Value add = arith::AddFOp::create(b, loc, args[2], mul);
                  linalg::YieldOp::create(b, loc, add);
                });
            products.push_back(generic);
            Value block = tensor::CollapseShapeOp::create(
                b, loc, outType, generic->getResult(0),
                ArrayRef<ReassociationIndices>{{0, 1}, {2, 3}});
            return tensor::InsertSliceOp::create(
                b, loc, block, result, {index(first), index(0)},
                {index(count), index(columns)}, {index(1), index(1)});
          };
          Value result = carried[0];
          if (mainRows > 0)
            result = product(result, 0, mainRows, tileM);
          if (rows > mainRows)
            result =
                product(result, mainRows, rows - mainRows, rows - mainRows);
          scf::YieldOp::create(b, loc, ValueRange{result, copy->getResult(0)});
        });
    rewriter.replaceOp(op, loop.getResult(0));

    // The copy: a vector of one panel row at a time, B's rows in order
    // (whole rows read in turn, not one panel's strided column); from B
    // held as [columns, K], 8 steps of K of a panel at a time (a
    // transposition of 8 x tileN in registers).
    FailureOr<linalg::LinalgOp> copyTile =
        transposedRhs
            ? tile(rewriter, copy, {1, kLanes, 0}, /*parallel=*/false)
            : tile(rewriter, copy, {1, 1, 0}, /*parallel=*/false, {1, 0, 2});
    if (succeeded(copyTile))
      vectorizeTile(rewriter, *copyTile);
    // The register blocks: K innermost, each an outer product of a column
    // of A's block and a row of a panel.
    for (linalg::GenericOp product : products) {
      FailureOr<linalg::LinalgOp> block =
          tile(rewriter, product, {1, 1, 1, 0, 0}, /*parallel=*/false);
      if (succeeded(block))
        vectorizeTile(rewriter, *block);
    }
  }

  /// Vectorizes the register block `tiled` (as a vector.contract where it
  /// is a contraction) and keeps its accumulator in registers across the
  /// K loop around it: the slice of the result and then its vector
  /// read/write are hoisted out of it, so the vector itself becomes the
  /// loop-carried value.
  void vectorizeTile(RewriterBase &rewriter, linalg::LinalgOp tiled) {
    rewriter.setInsertionPoint(tiled);
    FailureOr<linalg::VectorizationResult> vectorized =
        linalg::vectorize(rewriter, tiled, {}, {}, false, false, false,
                          /*createNamedContraction=*/true);
    if (failed(vectorized))
      vectorized = linalg::vectorize(rewriter, tiled);
    if (failed(vectorized))
      return;
    rewriter.replaceOp(tiled, vectorized->replacements);
    if (vectorized->replacements.empty())
      return;
    Operation *def = vectorized->replacements.front().getDefiningOp();
    if (auto kLoop =
            dyn_cast_or_null<scf::ForOp>(def ? def->getParentOp() : nullptr))
      tessel::hoistVectorAccumulators(rewriter, kLoop);
  }

  void transform(RewriterBase &rewriter, linalg::LinalgOp op,
                 const Plan &plan) {
    // Outer M dimensions (grouped heads) are tiled by 1 like batch ones.
    unsigned m = plan.dims.m.back(), n = plan.dims.n[0], k = plan.dims.k[0];
    const SmallVector<int64_t> &ranges = plan.ranges;
    unsigned numLoops = ranges.size();
    auto sizesWith = [&](int64_t mSize, int64_t nSize, int64_t kSize,
                         int64_t other) {
      SmallVector<int64_t> sizes(numLoops, other);
      sizes[m] = mSize;
      sizes[n] = nSize;
      sizes[k] = kSize;
      return sizes;
    };
    // A plain GEMM with more rows than a register block copies each K
    // block of B into panels (transformPacked); others read B in place.
    bool topLevel = !op->getParentOfType<scf::ForallOp>();
    bool packB = topLevel && takesPackedPath(op);
    bool transposedRhs = false;
    bool plainMatmul = isPlainMatmul(op, &transposedRhs);
    // 0. A right-hand operand whose rows are a multiple of 1 KiB apart puts
    // every row of a block in the same L1 set (4 KiB aliasing): copy it
    // once into rows padded by one cache line. That pays only where a
    // block's rows are read again by several register tiles of rows; with
    // as few rows as one register tile (a decode step's GEMV) each element
    // is read once and the copy would cost more than the product.
    bool reusesRightRows = divisorAtMost(ranges[m], cacheTileM) > tileM;
    if (topLevel && reusesRightRows && !packB)
      padRightOperand(rewriter, op, plan);

    // 1. Parallel cache blocks, unless already inside parallel tiles.
    int64_t cm = divisorAtMost(ranges[m], cacheTileM);
    // Column blocks of whole register tiles where N allows.
    int64_t columnUnit = ranges[n] % tileN == 0 ? tileN : kLanes;
    int64_t cn = lanesDivisorAtMost(ranges[n], cacheTileN, columnUnit);
    // With panels of B, a block takes every row where there are enough
    // column blocks for the threads: each panel is then copied once.
    if (packB && ranges[n] / cn >= kColumnBlocksForAllRows)
      cm = ranges[m];
    // A GEMV-like GEMM (no more rows than a register block, B read once):
    // wide column blocks, so that each row of B is read in long runs.
    bool rowsOfB = topLevel && !packB && plainMatmul && !transposedRhs &&
                   ranges[m] <= tileM && columnUnit == tileN;
    if (rowsOfB)
      cn = lanesDivisorAtMost(
          ranges[n],
          std::min(kRowRunColumns, ranges[n] / kColumnBlocksForAllRows),
          columnUnit);
    int64_t cmTile = cm, cnTile = cn;
    if (topLevel) {
      FailureOr<linalg::LinalgOp> tiled =
          tile(rewriter, op, sizesWith(cm, cn, 0, 1), /*parallel=*/true);
      if (failed(tiled))
        return;
      op = *tiled;
    } else {
      cmTile = ranges[m];
      cnTile = ranges[n];
    }
    if (packB) {
      transformPacked(rewriter, op, divisorAtMost(ranges[k], cacheTileK),
                      transposedRhs);
      return;
    }
    if (rowsOfB) {
      // K outermost, a few steps of it per register block: each step
      // reads whole rows of the block of B (contiguous, as the hardware
      // prefetcher likes) into accumulators that stay in L1, instead of
      // one register block's strided column of B at a time.
      FailureOr<linalg::LinalgOp> block = tile(
          rewriter, op,
          sizesWith(cmTile, tileN, divisorAtMost(ranges[k], kRowsPerStep), 1),
          /*parallel=*/false, {k, m, n});
      if (succeeded(block))
        vectorizeTile(rewriter, *block);
      return;
    }
    // 2. K blocks.
    int64_t ck = divisorAtMost(ranges[k], cacheTileK);
    FailureOr<linalg::LinalgOp> tiled =
        tile(rewriter, op, sizesWith(0, 0, ck, 0), /*parallel=*/false);
    if (failed(tiled))
      return;
    op = *tiled;
    // 3. Register blocks, vectorized.
    int64_t rm = divisorAtMost(cmTile, tileM);
    int64_t rn = lanesDivisorAtMost(cnTile, tileN, kLanes);
    // K innermost, so that the accumulator block stays in registers across
    // it (tessel-lower-vectors hoists its load and store).
    SmallVector<int64_t> interchange;
    for (unsigned d = 0; d < numLoops; ++d)
      if (d != k)
        interchange.push_back(d);
    interchange.push_back(k);
    tiled = tile(rewriter, op, sizesWith(rm, rn, 1, 1), /*parallel=*/false,
                 interchange);
    if (failed(tiled))
      return;
    vectorizeTile(rewriter, *tiled);
  }

  /// A bf16 GEMM (`tessel::isBF16DotGemm`) outside any parallel tile:
  /// parallel blocks of `cache-tile-n` columns (with every row where there
  /// are enough of them, as for f32 panels), each a dot-product kernel.
  void transformBF16Dot(RewriterBase &rewriter, linalg::LinalgOp op) {
    SmallVector<int64_t> ranges = op.getStaticLoopRanges();
    bool transposedRhs = false;
    (void)tessel::isBF16DotGemm(op, tileN, &transposedRhs);
    int64_t cn = lanesDivisorAtMost(ranges[1], cacheTileN, tileN);
    int64_t cm = ranges[1] / cn >= kColumnBlocksForAllRows
                     ? ranges[0]
                     : divisorAtMost(ranges[0], cacheTileM);
    // No more rows than a register block: B is read in place, in wide
    // blocks of columns (as the f32 GEMV path does), or as rows of
    // dot products where it is held as [N, K] with K a multiple of 32.
    if (ranges[0] <= tileM && (!transposedRhs || ranges[2] % 32 == 0))
      cn = lanesDivisorAtMost(
          ranges[1],
          std::max(tileN, std::min(kRowRunColumns,
                                   ranges[1] / kColumnBlocksForAllRows)),
          tileN);
    FailureOr<linalg::LinalgOp> block =
        tile(rewriter, op, {cm, cn, 0}, /*parallel=*/true);
    if (failed(block))
      return;
    tessel::BF16DotGemmTiles tiles;
    tiles.rows = tileM;
    tiles.columns = tileN;
    tiles.depth = 2 * divisorAtMost(ranges[2] / 2, cacheTileK / 2);
    tessel::buildBF16DotGemm(rewriter, *block, tiles);
  }

  /// Whether `op`, outside any parallel tile, takes `transformPacked`: a
  /// plain GEMM (B held as [K, N] or [N, K]) with more rows than a
  /// register block (B's panels are read by several blocks of rows) and
  /// whole register blocks of columns.
  bool takesPackedPath(linalg::LinalgOp op) {
    if (!packRightOperand || !isPlainMatmul(op) || !contractionShape(op))
      return false;
    SmallVector<int64_t> ranges = op.getStaticLoopRanges();
    return ranges[0] > tileM && ranges[1] % tileN == 0;
  }

  void runOnOperation() override {
    IRRewriter rewriter(&getContext());
    SmallVector<linalg::LinalgOp> narrow;
    getOperation()->walk([&](linalg::LinalgOp op) { narrow.push_back(op); });
    for (linalg::LinalgOp op : narrow)
      widenAccumulator(rewriter, op);
    SmallVector<linalg::LinalgOp> candidates;
    getOperation()->walk([&](linalg::LinalgOp op) {
      if (isa<linalg::GenericOp>(op) && linalg::isaContractionOpInterface(op))
        candidates.push_back(op);
    });
    for (linalg::LinalgOp op : candidates)
      collapseContractionDims(rewriter, op);
    SmallVector<linalg::LinalgOp> contractions;
    getOperation()->walk([&](linalg::LinalgOp op) {
      if (linalg::isaContractionOpInterface(op))
        contractions.push_back(op);
    });
    // Columns in multiples of a whole register tile where there are
    // that many, then of the 8 lanes; fewer than 8 stay scalar.
    for (linalg::LinalgOp op : contractions) {
      std::optional<linalg::LinalgOp> rest = peelColumns(rewriter, op, tileN);
      (void)peelColumns(rewriter, rest ? *rest : op, kLanes);
    }
    // bf16 GEMMs on AVX512-BF16: the dot-product kernel, which takes any
    // number of rows itself.
    if (bf16DotProducts) {
      SmallVector<linalg::LinalgOp> bf16Gemms;
      getOperation()->walk([&](linalg::LinalgOp op) {
        if (!op->getParentOfType<scf::ForallOp>() &&
            tessel::isBF16DotGemm(op, tileN))
          bf16Gemms.push_back(op);
      });
      for (linalg::LinalgOp op : bf16Gemms)
        transformBF16Dot(rewriter, op);
    }
    // Rows in multiples of the register block's, the rest in one smaller
    // block.
    SmallVector<linalg::LinalgOp> blocked;
    getOperation()->walk([&](linalg::LinalgOp op) {
      if (linalg::isaContractionOpInterface(op))
        blocked.push_back(op);
    });
    for (linalg::LinalgOp op : blocked)
      if (!takesPackedPath(op) || op->getParentOfType<scf::ForallOp>())
        peelRows(rewriter, op, tileM);

    SmallVector<std::pair<linalg::LinalgOp, Plan>> work;
    SmallVector<linalg::LinalgOp> dotProducts;
    getOperation()->walk([&](linalg::LinalgOp op) {
      if (std::optional<Plan> plan = planFor(op))
        work.emplace_back(op, *plan);
      else if (!op->getParentOfType<scf::ForallOp>() && takesPackedPath(op))
        work.emplace_back(op, *contractionShape(op)); // B held as [N, K]
      else if (linalg::isaContractionOpInterface(op))
        dotProducts.push_back(op);
    });
    for (linalg::LinalgOp op : dotProducts)
      distributeDotProducts(rewriter, op);
    for (auto &[op, plan] : work)
      transform(rewriter, op, plan);
  }
};

} // namespace
