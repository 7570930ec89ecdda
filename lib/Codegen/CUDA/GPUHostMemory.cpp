//===- GPUHostMemory.cpp - Host buffers become device buffers -------------===//
//
// After tessel-gpu-distribute-loops and convert-parallel-loops-to-gpu, host
// code only allocates, copies and launches. Its buffers must live on the
// device: allocations become gpu.alloc / gpu.dealloc, whole-buffer copies
// gpu.memcpy, and constant globals become the device copy that the runtime
// makes at the first call and keeps (tesselDeviceConstant_<element>, through
// the C interface), so weights inlined in a model cross the bus once.
//
//===----------------------------------------------------------------------===//

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/GPU/IR/GPUDialect.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/IR/SymbolTable.h"
#include "tessel/Codegen/CUDA/Passes.h"

namespace mlir::tessel {
#define GEN_PASS_DEF_TESSELGPUHOSTMEMORY
#include "tessel/Codegen/CUDA/Passes.h.inc"
} // namespace mlir::tessel

using namespace mlir;

namespace {

bool onHost(Operation *op) { return !op->getParentOfType<gpu::LaunchOp>(); }

/// The element types the runtime has a tesselDeviceConstant_<element> for.
std::optional<std::string> deviceConstantSuffix(Type element) {
  if (element.isSignlessInteger(8) || element.isSignlessInteger(16) ||
      element.isSignlessInteger(32) || element.isSignlessInteger(64) ||
      element.isF16() || element.isBF16() || element.isF32() ||
      element.isF64()) {
    std::string name;
    llvm::raw_string_ostream os(name);
    element.print(os);
    return name;
  }
  return std::nullopt;
}

/// `func.func private @tesselDeviceConstant_<element>(memref<?xT>) ->
/// memref<?xT>` with the C interface, declared once per module.
func::FuncOp deviceConstantFunction(ModuleOp module, Type element,
                                    StringRef suffix) {
  std::string name = ("tesselDeviceConstant_" + suffix).str();
  if (auto existing = module.lookupSymbol<func::FuncOp>(name))
    return existing;
  OpBuilder b = OpBuilder::atBlockBegin(module.getBody());
  auto type = MemRefType::get({ShapedType::kDynamic}, element);
  auto func = func::FuncOp::create(b, module.getLoc(), name,
                                   b.getFunctionType({type}, {type}));
  func.setPrivate();
  func->setAttr(LLVM::LLVMDialect::getEmitCWrapperAttrName(), b.getUnitAttr());
  return func;
}

/// Makes the users of the constant `global` read its device copy: the
/// runtime's, made once, as a memref of the global's type. Fails for globals
/// the runtime has no function for (rank 0, other element types, another
/// memory space).
LogicalResult useDeviceConstant(RewriterBase &rewriter,
                                memref::GetGlobalOp global) {
  auto type = cast<MemRefType>(global.getType());
  std::optional<std::string> suffix =
      deviceConstantSuffix(type.getElementType());
  if (!suffix || type.getRank() == 0 || type.getMemorySpace())
    return failure();
  SmallVector<OpOperand *> uses = llvm::map_to_vector(
      global->getUses(), [](OpOperand &use) { return &use; });
  auto module = global->getParentOfType<ModuleOp>();
  func::FuncOp callee =
      deviceConstantFunction(module, type.getElementType(), *suffix);
  Location loc = global.getLoc();
  Value flat = global.getResult();
  SmallVector<ReassociationIndices> all = {
      llvm::to_vector(llvm::seq<int64_t>(0, type.getRank()))};
  if (type.getRank() > 1)
    flat = memref::CollapseShapeOp::create(rewriter, loc, flat, all);
  auto flatType = cast<MemRefType>(flat.getType());
  Value dynamic = memref::CastOp::create(
      rewriter, loc, callee.getFunctionType().getInput(0), flat);
  Value device =
      func::CallOp::create(rewriter, loc, callee, ValueRange{dynamic})
          .getResult(0);
  Value result = memref::CastOp::create(rewriter, loc, flatType, device);
  if (type.getRank() > 1)
    result = memref::ExpandShapeOp::create(rewriter, loc, type.getShape(),
                                           result, all);
  for (OpOperand *use : uses)
    rewriter.modifyOpInPlace(use->getOwner(), [&] { use->set(result); });
  return success();
}

struct TesselGPUHostMemoryPass
    : tessel::impl::TesselGPUHostMemoryBase<TesselGPUHostMemoryPass> {
  void runOnOperation() override {
    SmallVector<func::FuncOp> funcs(getOperation().getOps<func::FuncOp>());
    for (func::FuncOp func : funcs)
      if (!func.isExternal() && failed(placeBuffers(func)))
        return signalPassFailure();
  }

  LogicalResult placeBuffers(func::FuncOp func) {
    IRRewriter rewriter(&getContext());
    SmallVector<Operation *> hostOps;
    func.walk([&](Operation *op) {
      if (isa<memref::AllocOp, memref::AllocaOp, memref::DeallocOp,
              memref::CopyOp, memref::GetGlobalOp>(op) &&
          onHost(op))
        hostOps.push_back(op);
    });

    // Host code that dereferences a buffer would read device memory.
    WalkResult touched = func.walk([&](Operation *op) {
      if (isa<memref::LoadOp, memref::StoreOp>(op) && onHost(op)) {
        op->emitOpError("accesses a buffer in host code, but the CUDA "
                        "pipeline keeps every buffer in GPU memory (run "
                        "tessel-gpu-distribute-loops and "
                        "convert-parallel-loops-to-gpu first)");
        return WalkResult::interrupt();
      }
      return WalkResult::advance();
    });
    if (touched.wasInterrupted())
      return failure();

    SmallVector<Value> freedAtExit;
    for (Operation *op : hostOps) {
      rewriter.setInsertionPoint(op);
      Location loc = op->getLoc();
      if (isa<memref::AllocOp, memref::AllocaOp>(op)) {
        auto type = cast<MemRefType>(op->getResult(0).getType());
        auto alloc = gpu::AllocOp::create(
            rewriter, loc, type, /*asyncToken=*/Type(),
            /*asyncDependencies=*/ValueRange(), op->getOperands(),
            /*symbolOperands=*/ValueRange(), /*hostShared=*/false);
        // An alloca has no dealloc: free it with the function's other
        // temporaries. (Asked before replaceOp erases it.)
        if (isa<memref::AllocaOp>(op))
          freedAtExit.push_back(alloc.getMemref());
        rewriter.replaceOp(op, alloc.getMemref());
      } else if (auto dealloc = dyn_cast<memref::DeallocOp>(op)) {
        gpu::DeallocOp::create(rewriter, loc, /*asyncToken=*/Type(),
                               ValueRange(), dealloc.getMemref());
        rewriter.eraseOp(op);
      } else if (auto copy = dyn_cast<memref::CopyOp>(op)) {
        gpu::MemcpyOp::create(rewriter, loc, /*asyncToken=*/Type(),
                              ValueRange(), copy.getTarget(), copy.getSource());
        rewriter.eraseOp(op);
      } else if (auto global = dyn_cast<memref::GetGlobalOp>(op)) {
        auto type = cast<MemRefType>(global.getType());
        if (!type.hasStaticShape() || !type.getLayout().isIdentity()) {
          global.emitOpError("cannot be placed on the GPU: only constant "
                             "globals of static shape and identity layout");
          return failure();
        }
        rewriter.setInsertionPointAfter(global);
        if (succeeded(useDeviceConstant(rewriter, global)))
          continue;
        // Otherwise a copy per call, freed before the function returns.
        auto alloc =
            gpu::AllocOp::create(rewriter, loc, type, Type(), ValueRange(),
                                 ValueRange(), ValueRange(), false);
        rewriter.replaceAllUsesWith(global.getResult(), alloc.getMemref());
        gpu::MemcpyOp::create(rewriter, loc, Type(), ValueRange(),
                              alloc.getMemref(), global.getResult());
        freedAtExit.push_back(alloc.getMemref());
      }
    }
    if (freedAtExit.empty())
      return success();
    func.walk([&](func::ReturnOp ret) {
      rewriter.setInsertionPoint(ret);
      for (Value buffer : freedAtExit)
        gpu::DeallocOp::create(rewriter, ret.getLoc(), Type(), ValueRange(),
                               buffer);
    });
    return success();
  }
};

} // namespace
