//===- EnumValue.h - Enum arguments from C callers --------------*- C++ -*-===//
//
// Part of the Tessel project.
//
//===----------------------------------------------------------------------===//
//
// C lets any int through a parameter of enum type (a TesselTarget of 7). In
// C++ the enums of tessel-c/Tessel.h have no fixed underlying type, and
// reading a value outside their enumerators' range is undefined behaviour:
// the C API reads such arguments as the int the caller passed and checks
// that instead.
//
//===----------------------------------------------------------------------===//

#ifndef TESSEL_LIB_CAPI_ENUMVALUE_H
#define TESSEL_LIB_CAPI_ENUMVALUE_H

#include <cstring>
#include <type_traits>

namespace mlir::tessel::capi {

/// The int that a C caller passed as `value`.
template <typename Enum> int enumValue(const Enum &value) {
  static_assert(std::is_enum_v<Enum> && sizeof(Enum) == sizeof(int),
                "C enums are ints");
  int raw;
  std::memcpy(&raw, &value, sizeof(raw));
  return raw;
}

} // namespace mlir::tessel::capi

#endif // TESSEL_LIB_CAPI_ENUMVALUE_H
