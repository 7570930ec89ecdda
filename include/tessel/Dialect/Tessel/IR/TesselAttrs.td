//===- TesselAttrs.td - Tessel attributes ------------------*- tablegen -*-===//

#ifndef TESSEL_DIALECT_TESSEL_IR_TESSELATTRS_TD
#define TESSEL_DIALECT_TESSEL_IR_TESSELATTRS_TD

include "tessel/Dialect/Tessel/IR/TesselDialect.td"
include "mlir/IR/AttrTypeBase.td"
include "mlir/IR/BuiltinAttributeInterfaces.td"
include "mlir/IR/TensorEncoding.td"

class Tessel_Attr<string name, string attrMnemonic, list<Trait> traits = []>
    : AttrDef<Tessel_Dialect, name, traits> {
  let mnemonic = attrMnemonic;
}

def Tessel_LayoutAttr : Tessel_Attr<"Layout", "layout",
    [DeclareAttrInterfaceMethods<VerifiableTensorEncoding>]> {
  let summary = "An algebraic layout: shape:stride modes, swizzle, packing";
  let description = [{
    Describes how the logical coordinates of a tensor map to storage, in the
    algebra of CuTe layouts and Tilus's layout system. A layout is a list of
    modes, one per tensor dimension; each mode is a `shape:stride` pair or a
    nested tuple of them (a tiled dimension, innermost leaf first). An
    optional `swizzle = <B, M, S>` xors bits `[M+S, M+S+B)` of the linear
    offset into bits `[M, M+B)` (bank-conflict-free shared memory), and an
    optional `pack = <b in w>` says that `b`-bit elements are stored densely
    in `w`-bit words.

    Used as the encoding of a ranked tensor, the layout must have one mode per
    dimension whose size equals that dimension, must be injective (no two
    elements share storage), and with `pack` the element type must be an
    integer of `b` bits.

    Example:

    ```mlir
    // Row-major 64x128.
    #rm = #tessel.layout<(64, 128):(128, 1)>
    // 64x64 f16 tile in shared memory, 8x8 subtiles, swizzled.
    #smem = #tessel.layout<((8, 8), 64):((64, 512), 1), swizzle = <3, 3, 3>>
    // int4 weights, 8 per 32-bit word.
    #w4 = #tessel.layout<(4096, 4096):(4096, 1), pack = <4 in 32>>
    %w = ... : tensor<4096x4096xi4, #w4>
    ```

    The algebra (coalesce, composition, complement, logical divide, tiling,
    right inverse) lives in `tessel/Layout/LayoutAlgebra.h`; see
    `docs/Layouts.md`.
  }];
  let parameters = (ins
    ArrayRefParameter<"int64_t", "leaf shapes, modes concatenated">:$shapes,
    ArrayRefParameter<"int64_t", "leaf strides, modes concatenated">:$strides,
    ArrayRefParameter<"int64_t", "number of leaves in each mode">:$modeLeaves,
    OptionalArrayRefParameter<"int64_t", "swizzle <B, M, S>, or empty">:$swizzle,
    DefaultValuedParameter<"int64_t", "0", "packed element bits, 0 if unpacked">:$elementBits,
    DefaultValuedParameter<"int64_t", "0", "packing word bits, 0 if unpacked">:$wordBits
  );
  let hasCustomAssemblyFormat = 1;
  let genVerifyDecl = 1;
  let extraClassDeclaration = [{
    /// The layout as a value of the layout algebra.
    ::mlir::tessel::layout::Layout getLayout() const;
    /// Builds the attribute of an algebraic layout.
    static LayoutAttr get(::mlir::MLIRContext *context,
                          const ::mlir::tessel::layout::Layout &layout,
                          int64_t elementBits = 0, int64_t wordBits = 0);
    /// Number of top-level modes (the rank of the tensors it describes).
    int64_t getRank() const { return getModeLeaves().size(); }
  }];
}

#endif // TESSEL_DIALECT_TESSEL_IR_TESSELATTRS_TD
