//===- TesselEnums.td - Tessel enumerations ----------------*- tablegen -*-===//

#ifndef TESSEL_DIALECT_TESSEL_IR_TESSELENUMS_TD
#define TESSEL_DIALECT_TESSEL_IR_TESSELENUMS_TD

include "tessel/Dialect/Tessel/IR/TesselDialect.td"
include "mlir/IR/EnumAttr.td"

def Tessel_SoftmaxAlgorithm : I32EnumAttr<"SoftmaxAlgorithm",
    "how softmax passes over memory", [
      I32EnumAttrCase<"ThreePass", 0, "three_pass">,
      I32EnumAttrCase<"TwoPass", 1, "two_pass">,
      I32EnumAttrCase<"Online", 2, "online">
    ]> {
  let cppNamespace = "::mlir::tessel";
}

def Tessel_Signedness : I32EnumAttr<"Signedness",
    "how the bits of a quantized integer are read", [
      I32EnumAttrCase<"Signed", 0, "signed">,
      I32EnumAttrCase<"Unsigned", 1, "unsigned">
    ]> {
  let cppNamespace = "::mlir::tessel";
}

def Tessel_Activation : I32EnumAttr<"Activation",
    "elementwise activation of a fused epilogue", [
      I32EnumAttrCase<"None", 0, "none">,
      I32EnumAttrCase<"Relu", 1, "relu">,
      I32EnumAttrCase<"Gelu", 2, "gelu">,
      I32EnumAttrCase<"Silu", 3, "silu">
    ]> {
  let cppNamespace = "::mlir::tessel";
}

#endif // TESSEL_DIALECT_TESSEL_IR_TESSELENUMS_TD
