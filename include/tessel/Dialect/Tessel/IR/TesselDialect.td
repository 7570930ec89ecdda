//===- TesselDialect.td - Tessel dialect definition --------*- tablegen -*-===//
//
// The tessel dialect: attention, low-bit GEMM and layout transforms.
//
//===----------------------------------------------------------------------===//

#ifndef TESSEL_DIALECT_TESSEL_IR_TESSELDIALECT_TD
#define TESSEL_DIALECT_TESSEL_IR_TESSELDIALECT_TD

include "mlir/IR/OpBase.td"

def Tessel_Dialect : Dialect {
  let name = "tessel";
  let cppNamespace = "::mlir::tessel";
  let summary = "Attention, low-bit (1-8 bit) GEMM and algebraic layouts";
  let description = [{
    The `tessel` dialect models the parts of modern models that deserve
    kernels of their own: fused attention (grouped heads, causal, masks,
    block-sparse masks), softmax with a choice of algorithm, weight-only
    quantized matrix multiplication for every integer width from 1 to 8 bits,
    group-wise quantization, algebraic layouts used as tensor encodings, and
    DraftAttention's low-resolution draft that yields block-sparse masks.

    Every compute op is in destination-passing style on ranked tensors and
    implements `TilingInterface`, so upstream SCF tiling and fusion apply.
    The exact semantics of each op are in `docs/Semantics.md`; a float64
    reference implementation of each lives in `lib/Reference`.
  }];
  let dependentDialects = ["::mlir::tensor::TensorDialect",
                           "::mlir::arith::ArithDialect",
                           "::mlir::affine::AffineDialect"];
  let useDefaultAttributePrinterParser = 1;
  let extraClassDeclaration = [{
    /// Registers the dialect's attributes (in TesselAttrs.cpp, where their
    /// storage classes are complete).
    void registerAttributes();
  }];
}

class Tessel_Op<string mnemonic, list<Trait> traits = []>
    : Op<Tessel_Dialect, mnemonic, traits>;

#endif // TESSEL_DIALECT_TESSEL_IR_TESSELDIALECT_TD
