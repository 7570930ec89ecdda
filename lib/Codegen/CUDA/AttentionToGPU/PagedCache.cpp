//===- PagedCache.cpp - Reading a paged KV cache in the decode kernels ----===//
//
// See AttentionKernels.h: the table lookups and the contract's masking that
// the CUDA-core and the tensor-core decode kernels share.
//
//===----------------------------------------------------------------------===//

#include "AttentionKernels.h"
#include "tessel/Conversion/LoweringUtils.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"

using namespace mlir;
using namespace mlir::tessel;
using namespace mlir::tessel::gpukernel;
using namespace mlir::tessel::lowering;

Value PagedCache::readLength(OpBuilder &b, Location loc, Value lengths,
                             Value batch) const {
  Value raw = memref::LoadOp::create(b, loc, lengths, batch);
  Value length = arith::IndexCastOp::create(b, loc, b.getIndexType(), raw);
  return arith::MinSIOp::create(
      b, loc, arith::MaxSIOp::create(b, loc, length, indexConst(b, loc, 0)),
      indexConst(b, loc, capacity));
}

PagedCache::Entry PagedCache::entryOf(OpBuilder &b, Location loc, Value batch,
                                      Value key) const {
  Value clamped =
      arith::MinUIOp::create(b, loc, key, indexConst(b, loc, capacity - 1));
  Value slot =
      arith::DivUIOp::create(b, loc, clamped, indexConst(b, loc, pageSize));
  Value page = arith::IndexCastOp::create(
      b, loc, b.getIndexType(),
      memref::LoadOp::create(b, loc, table, ValueRange{batch, slot}));
  Value inPools = arith::AndIOp::create(
      b, loc,
      arith::CmpIOp::create(b, loc, arith::CmpIPredicate::sge, page,
                            indexConst(b, loc, 0)),
      arith::CmpIOp::create(b, loc, arith::CmpIPredicate::slt, page,
                            indexConst(b, loc, pages)));
  return {page, inPools};
}

std::pair<SmallVector<Value>, Value>
PagedCache::rowOf(OpBuilder &b, Location loc, Entry entry, Value key,
                  Value length, Value kvHead) const {
  Value clamped =
      arith::MinUIOp::create(b, loc, key, indexConst(b, loc, capacity - 1));
  Value valid = arith::AndIOp::create(
      b, loc,
      arith::CmpIOp::create(b, loc, arith::CmpIPredicate::ult, key, length),
      entry.inPools);
  Value page =
      arith::SelectOp::create(b, loc, valid, entry.page, indexConst(b, loc, 0));
  Value row =
      arith::RemUIOp::create(b, loc, clamped, indexConst(b, loc, pageSize));
  return {{page, row, kvHead}, valid};
}
