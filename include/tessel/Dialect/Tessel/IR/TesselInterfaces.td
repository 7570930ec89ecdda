//===- TesselInterfaces.td - Tessel op interfaces ----------*- tablegen -*-===//
//
// Part of the Tessel project.
//
//===----------------------------------------------------------------------===//

#ifndef TESSEL_DIALECT_TESSEL_IR_TESSELINTERFACES_TD
#define TESSEL_DIALECT_TESSEL_IR_TESSELINTERFACES_TD

include "mlir/IR/OpBase.td"

def Tessel_DimensionRelationsOpInterface
    : OpInterface<"DimensionRelationsOpInterface"> {
  let cppNamespace = "::mlir::tessel";
  let description = [{
    What an op requires of the sizes of its operands when they are only
    known at run time: groups of operand dimensions that must be equal (the
    batch of a query, a key and a result), and dimensions whose relation to
    the others is no equality (a broadcast, a divisibility, a block count),
    which must be static for the op to take dynamically shaped operands.

    `tessel-export-entries` reads these relations to write the symbols of a
    function's signature (`f32[?0x128]`), so that the runtime can check the
    sizes it is given before any kernel reads past a buffer. An op without
    this interface takes statically shaped operands only.
  }];
  let methods = [
    InterfaceMethod<
      "Adds the op's size relations to `relations`.",
      "void", "getDimensionRelations",
      (ins "::mlir::tessel::DimensionRelations &":$relations)>
  ];
}

#endif // TESSEL_DIALECT_TESSEL_IR_TESSELINTERFACES_TD
