//===- VectorizeContractions.cpp - Tile and vectorize matmul-like ops -----===//

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

/// Columns are vectorized in multiples of this many lanes.
constexpr int64_t kLanes = 8;

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

/// A contraction that `planFor` would take but for its N extent, which is
/// not a multiple of `multiple` (GPT-2's vocabulary of 50257): it is split
/// into a contraction over the first columns, a multiple of `multiple`, and
/// one over the rest. The rest, or nullopt where `op` was not split.
std::optional<linalg::LinalgOp>
peelColumns(RewriterBase &rewriter, linalg::LinalgOp op, int64_t multiple) {
  std::optional<Plan> shape = contractionShape(op);
  if (!shape)
    return std::nullopt;
  unsigned n = shape->dims.n[0];
  int64_t columns = shape->ranges[n], main = columns / multiple * multiple;
  SmallVector<AffineMap> maps = op.getIndexingMapsArray();
  if (main == 0 || main == columns || !isInnermost(maps[1], n) ||
      !isInnermost(maps[2], n))
    return std::nullopt;

  Location loc = op.getLoc();
  rewriter.setInsertionPoint(op);
  // Offsets, sizes and strides of columns [offset, offset + size) of
  // `value`, whose last dimension is N.
  struct Columns {
    SmallVector<OpFoldResult> offsets, sizes, strides;
  };
  auto columnsOf = [&](Value value, int64_t offset, int64_t size) {
    auto type = cast<RankedTensorType>(value.getType());
    int64_t rank = type.getRank();
    Columns c{SmallVector<OpFoldResult>(rank, rewriter.getIndexAttr(0)),
              getAsIndexOpFoldResult(rewriter.getContext(), type.getShape()),
              SmallVector<OpFoldResult>(rank, rewriter.getIndexAttr(1))};
    c.offsets.back() = rewriter.getIndexAttr(offset);
    c.sizes.back() = rewriter.getIndexAttr(size);
    return c;
  };
  auto extract = [&](Value value, int64_t offset, int64_t size) -> Value {
    Columns c = columnsOf(value, offset, size);
    return tensor::ExtractSliceOp::create(rewriter, loc, value, c.offsets,
                                          c.sizes, c.strides);
  };
  Value lhs = op.getDpsInputOperand(0)->get();
  Value rhs = op.getDpsInputOperand(1)->get();
  Value init = op.getDpsInitOperand(0)->get();
  auto part = [&](int64_t offset, int64_t size) {
    Value out = extract(init, offset, size);
    return cast<linalg::LinalgOp>(clone(
        rewriter, op, {out.getType()}, {lhs, extract(rhs, offset, size), out}));
  };
  auto insert = [&](Value into, linalg::LinalgOp part, int64_t offset,
                    int64_t size) -> Value {
    Columns c = columnsOf(into, offset, size);
    return tensor::InsertSliceOp::create(rewriter, loc, part->getResult(0),
                                         into, c.offsets, c.sizes, c.strides);
  };
  linalg::LinalgOp first = part(0, main), rest = part(main, columns - main);
  Value result =
      insert(insert(init, first, 0, main), rest, main, columns - main);
  rewriter.replaceOp(op, result);
  return rest;
}

struct TesselVectorizeContractionsPass
    : tessel::impl::TesselVectorizeContractionsBase<
          TesselVectorizeContractionsPass> {
  using TesselVectorizeContractionsBase::TesselVectorizeContractionsBase;

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
    // 0. A right-hand operand whose rows are a multiple of 1 KiB apart puts
    // every row of a block in the same L1 set (4 KiB aliasing): copy it
    // once into rows padded by one cache line. That pays only where a
    // block's rows are read again by several register tiles of rows; with
    // as few rows as one register tile (a decode step's GEMV) each element
    // is read once and the copy would cost more than the product.
    bool reusesRightRows = divisorAtMost(ranges[m], cacheTileM) > registerTileM;
    if (!op->getParentOfType<scf::ForallOp>() && reusesRightRows)
      padRightOperand(rewriter, op, plan);

    // 1. Parallel cache blocks, unless already inside parallel tiles.
    int64_t cm = divisorAtMost(ranges[m], cacheTileM);
    // Column blocks of whole register tiles where N allows.
    int64_t columnUnit =
        ranges[n] % registerTileN == 0 ? registerTileN : kLanes;
    int64_t cn = lanesDivisorAtMost(ranges[n], cacheTileN, columnUnit);
    int64_t cmTile = cm, cnTile = cn;
    if (!op->getParentOfType<scf::ForallOp>()) {
      FailureOr<linalg::LinalgOp> tiled =
          tile(rewriter, op, sizesWith(cm, cn, 0, 1), /*parallel=*/true);
      if (failed(tiled))
        return;
      op = *tiled;
    } else {
      cmTile = ranges[m];
      cnTile = ranges[n];
    }
    // 2. K blocks.
    int64_t ck = divisorAtMost(ranges[k], cacheTileK);
    FailureOr<linalg::LinalgOp> tiled =
        tile(rewriter, op, sizesWith(0, 0, ck, 0), /*parallel=*/false);
    if (failed(tiled))
      return;
    op = *tiled;
    // 3. Register blocks, vectorized.
    int64_t rm = divisorAtMost(cmTile, registerTileM);
    int64_t rn = lanesDivisorAtMost(cnTile, registerTileN, kLanes);
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
    rewriter.setInsertionPoint(*tiled);
    FailureOr<linalg::VectorizationResult> vectorized =
        linalg::vectorize(rewriter, *tiled, {}, {}, false, false, false,
                          /*createNamedContraction=*/true);
    if (failed(vectorized))
      vectorized = linalg::vectorize(rewriter, *tiled);
    if (failed(vectorized))
      return;
    rewriter.replaceOp(*tiled, vectorized->replacements);
    // Keep the accumulator block in registers across the K loop: hoist the
    // slice of the result and then its vector read/write out of it, so the
    // vector itself becomes the loop-carried value.
    auto kLoop = dyn_cast<scf::ForOp>(
        vectorized->replacements.front().getDefiningOp()
            ? vectorized->replacements.front().getDefiningOp()->getParentOp()
            : nullptr);
    if (kLoop)
      tessel::hoistVectorAccumulators(rewriter, kLoop);
  }

  void runOnOperation() override {
    IRRewriter rewriter(&getContext());
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
    // Columns in multiples of a whole register tile (32) where there are
    // that many, then of the 8 lanes; fewer than 8 stay scalar.
    for (linalg::LinalgOp op : contractions) {
      std::optional<linalg::LinalgOp> rest =
          peelColumns(rewriter, op, registerTileN);
      (void)peelColumns(rewriter, rest ? *rest : op, kLanes);
    }

    SmallVector<std::pair<linalg::LinalgOp, Plan>> work;
    SmallVector<linalg::LinalgOp> dotProducts;
    getOperation()->walk([&](linalg::LinalgOp op) {
      if (std::optional<Plan> plan = planFor(op))
        work.emplace_back(op, *plan);
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
