//===- Npy.h - NumPy .npy files for runtime buffers -------------*- C++ -*-===//
//
// Part of the Tessel project.
//
//===----------------------------------------------------------------------===//
///
/// \file
/// Reads and writes buffers as NumPy .npy files, the exchange format between
/// Tessel's runtime tools and Python. Only little-endian, C-order files of
/// numeric dtypes are supported.
///
/// Each element type is written as the closest dtype NumPy has: f16 `<f2`,
/// bf16 `<f4` (exact), f32 `<f4`, f64 `<f8`, i1 `|b1`, i2..i8 `|u1`, i16
/// `<i2`, i32 `<i4`, i64 `<i8`; other integer widths as the unsigned dtype of
/// their storage size. Integers narrower than their dtype are written as their
/// low bits, zero-extended.
///
//===----------------------------------------------------------------------===//

#ifndef TESSEL_RUNTIME_NPY_H
#define TESSEL_RUNTIME_NPY_H

#include "tessel/Runtime/Tensor.h"

#include <string>

namespace mlir::tessel::runtime {

/// Reads the .npy file at `path` (format 1.0 or 2.0) into `out`, which
/// becomes a buffer of type `expected`. The file's shape must equal the
/// expected shape, where a symbol (`?0`) matches any size and takes the
/// file's. Any float or integer dtype converts to a float element
/// type (rounding to nearest even); integer and bool dtypes convert to an
/// integer element type (keeping the low bits). A packed type
/// (ElementType::isPacked) with a static shape also takes its packed rows: a
/// uint8 array whose last dimension is TensorType::rowBytes(), copied byte
/// for byte. On failure returns false and sets `error`, which names the file.
/// writeNpy writes packed types one value per byte.
bool readNpy(const std::string &path, const TensorType &expected, Buffer &out,
             std::string &error);

/// Writes `buffer` to `path` as a format 1.0 .npy file. On failure returns
/// false and sets `error`, which names the file.
bool writeNpy(const std::string &path, const Buffer &buffer,
              std::string &error);

} // namespace mlir::tessel::runtime

#endif // TESSEL_RUNTIME_NPY_H
