//===- PackSubByteBoundary.cpp - Packed sub-byte tensors at the boundary --===//
//
// See the pass description in Passes.td. The runtime's half of the contract
// is runtime::packedWordBits and the packed Buffer storage.
//
//===----------------------------------------------------------------------===//

#include "tessel/Codegen/Common/Passes.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/SymbolTable.h"
#include "tessel/Dialect/Tessel/IR/TesselOps.h"

namespace mlir::tessel {
#define GEN_PASS_DEF_TESSELPACKSUBBYTEBOUNDARY
#include "tessel/Codegen/Common/Passes.h.inc"
} // namespace mlir::tessel

using namespace mlir;
using namespace mlir::tessel;

namespace {

/// A ranked tensor of 2- to 7-bit integers of rank >= 1: stored packed.
RankedTensorType packableType(Type type) {
  auto tensor = dyn_cast<RankedTensorType>(type);
  if (!tensor || tensor.getRank() == 0)
    return {};
  auto element = dyn_cast<IntegerType>(tensor.getElementType());
  if (!element || element.getWidth() < 2 || element.getWidth() > 7)
    return {};
  return tensor;
}

/// The packed type of `logical` (static last dimension): 32-bit words where
/// the rows fill them, bytes otherwise.
RankedTensorType packedType(RankedTensorType logical) {
  int64_t rowBits =
      logical.getShape().back() * logical.getElementTypeBitWidth();
  int64_t wordBits = rowBits % 32 == 0 ? 32 : 8;
  SmallVector<int64_t> shape(logical.getShape());
  shape.back() = (rowBits + wordBits - 1) / wordBits;
  return RankedTensorType::get(
      shape, IntegerType::get(logical.getContext(), wordBits));
}

/// An empty tensor of `type` whose dynamic leading sizes are `like`'s.
Value emptyLike(OpBuilder &b, Location loc, RankedTensorType type, Value like) {
  SmallVector<Value> sizes;
  for (int64_t d = 0; d < type.getRank(); ++d)
    if (type.isDynamicDim(d))
      sizes.push_back(tensor::DimOp::create(b, loc, like, d));
  return tensor::EmptyOp::create(b, loc, type, sizes);
}

Value pack(OpBuilder &b, Location loc, Value logical) {
  auto type = packedType(cast<RankedTensorType>(logical.getType()));
  Value init = emptyLike(b, loc, type, logical);
  return PackOp::create(b, loc, type, logical, init, nullptr);
}

Value unpack(OpBuilder &b, Location loc, Value packed,
             RankedTensorType logical) {
  Value init = emptyLike(b, loc, logical, packed);
  return UnpackOp::create(b, loc, logical, packed, init, nullptr);
}

/// Unpacks `packed` (retyped already) for the users it has now, so that
/// the ops the unpacking adds are the only ones that see the words.
void unpackForUsers(OpBuilder &b, Value packed, RankedTensorType logical) {
  SmallVector<OpOperand *> uses;
  for (OpOperand &use : packed.getUses())
    uses.push_back(&use);
  Value value = unpack(b, packed.getLoc(), packed, logical);
  for (OpOperand *use : uses)
    use->set(value);
}

struct TesselPackSubByteBoundaryPass
    : tessel::impl::TesselPackSubByteBoundaryBase<
          TesselPackSubByteBoundaryPass> {
  void runOnOperation() override {
    ModuleOp module = getOperation();
    SymbolTableCollection symbols;
    SymbolUserMap users(symbols, module);
    for (auto func : module.getOps<func::FuncOp>()) {
      if (!func.isPublic() || func.isExternal())
        continue;
      if (failed(rewrite(func, users)))
        return signalPassFailure();
    }
  }

  /// The argument and result indices to pack; failure, reported, for a
  /// dynamic last dimension.
  LogicalResult select(func::FuncOp func, SmallVectorImpl<unsigned> &args,
                       SmallVectorImpl<unsigned> &results) {
    auto check = [&](Type type, StringRef what, unsigned i) -> FailureOr<bool> {
      RankedTensorType tensor = packableType(type);
      if (!tensor)
        return false;
      if (tensor.isDynamicDim(tensor.getRank() - 1)) {
        func.emitError()
            << what << " #" << i << " has type " << type
            << ": a sub-byte integer tensor crosses the runtime boundary "
               "packed, so its last dimension must be static";
        return failure();
      }
      return true;
    };
    FunctionType type = func.getFunctionType();
    for (auto [i, t] : llvm::enumerate(type.getInputs())) {
      FailureOr<bool> packed = check(t, "argument", i);
      if (failed(packed))
        return failure();
      if (*packed)
        args.push_back(i);
    }
    for (auto [i, t] : llvm::enumerate(type.getResults())) {
      FailureOr<bool> packed = check(t, "result", i);
      if (failed(packed))
        return failure();
      if (*packed)
        results.push_back(i);
    }
    return success();
  }

  LogicalResult rewrite(func::FuncOp func, SymbolUserMap &users) {
    SmallVector<unsigned> args, results;
    if (failed(select(func, args, results)))
      return failure();
    if (args.empty() && results.empty())
      return success();
    FunctionType oldType = func.getFunctionType();
    SmallVector<Type> inputs(oldType.getInputs()),
        outputs(oldType.getResults());
    OpBuilder b(func.getContext());

    // Arguments: the block argument becomes the packed words, unpacked once
    // at the entry for the body.
    Block &entry = func.getBody().front();
    b.setInsertionPointToStart(&entry);
    for (unsigned i : args) {
      auto logical = cast<RankedTensorType>(inputs[i]);
      inputs[i] = packedType(logical);
      BlockArgument arg = entry.getArgument(i);
      arg.setType(inputs[i]);
      unpackForUsers(b, arg, logical);
      func.setArgAttr(i, kUnpackedTypeAttrName, TypeAttr::get(logical));
    }
    // Results: packed before every return.
    for (unsigned i : results) {
      auto logical = cast<RankedTensorType>(outputs[i]);
      outputs[i] = packedType(logical);
      func.setResultAttr(i, kUnpackedTypeAttrName, TypeAttr::get(logical));
    }
    func.walk([&](func::ReturnOp ret) {
      b.setInsertionPoint(ret);
      for (unsigned i : results)
        ret->setOperand(i, pack(b, ret.getLoc(), ret->getOperand(i)));
    });
    func.setFunctionType(b.getFunctionType(inputs, outputs));

    // Calls inside the module keep seeing the logical types.
    for (Operation *user : users.getUsers(func)) {
      auto call = dyn_cast<func::CallOp>(user);
      if (!call)
        return user->emitError()
               << "tessel-pack-subbyte-boundary: cannot retype this use of "
               << func.getName()
               << ", whose sub-byte arguments or results are packed";
      b.setInsertionPoint(call);
      for (unsigned i : args)
        call->setOperand(i, pack(b, call.getLoc(), call->getOperand(i)));
      b.setInsertionPointAfter(call);
      for (unsigned i : results) {
        Value result = call->getResult(i);
        auto logical = cast<RankedTensorType>(result.getType());
        result.setType(outputs[i]);
        unpackForUsers(b, result, logical);
      }
    }
    return success();
  }
};

} // namespace
