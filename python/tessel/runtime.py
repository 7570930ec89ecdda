"""Calling compiled code with numpy arrays, through Tessel's runtime."""

import ctypes
import os
import re

import numpy as np

from . import _capi
from .errors import TesselError

try:  # bf16 arrays, where ml_dtypes is installed
    from ml_dtypes import bfloat16 as _bfloat16
except ImportError:  # pragma: no cover
    _bfloat16 = None

_FLOATS = {"f16": np.float16, "f32": np.float32, "f64": np.float64}
_WIDE_INTS = {"i16": np.int16, "i32": np.int32, "i64": np.int64}


def storage_dtype(element):
    """The numpy dtype that holds one element of `element` ("f32", "i4", ...)
    as the runtime stores it: i1 and i8 one byte each, 2- to 7-bit integers
    packed into uint8 rows (pack_bits), bf16 as ml_dtypes.bfloat16."""
    if element in _FLOATS:
        return np.dtype(_FLOATS[element])
    if element == "bf16":
        if _bfloat16 is None:
            raise TesselError("bf16 needs the ml_dtypes package", "")
        return np.dtype(_bfloat16)
    if element == "i1":
        return np.dtype(np.bool_)
    if element in _WIDE_INTS:
        return np.dtype(_WIDE_INTS[element])
    match = re.fullmatch(r"i([1-8])", element)
    if match:
        return np.dtype(np.uint8)
    raise TesselError("unsupported element type %s" % element, "")


class TensorType:
    """One argument of a signature, e.g. f32[2x3]; a size known only at run
    time is a symbol, "?0" (f32[?0x3]), the same size wherever it appears."""

    def __init__(self, text):
        match = re.fullmatch(r"(\w+)\[((?:\??[0-9]+)(?:x\??[0-9]+)*)?\]", text)
        if not match:
            raise TesselError("malformed tensor type %r" % text, "")
        self.element = match.group(1)
        dims = match.group(2).split("x") if match.group(2) else []
        self.shape = tuple(d if d.startswith("?") else int(d) for d in dims)
        self.dtype = storage_dtype(self.element)

    @property
    def is_static(self):
        return all(isinstance(d, int) for d in self.shape)

    def __repr__(self):
        return "%s[%s]" % (self.element, "x".join(str(d) for d in self.shape))


def parse_signature(text):
    """`name(f32[2x3],i4[4x8])->(f32[2x8])` -> (name, inputs, results)."""
    match = re.fullmatch(r"([^(]+)\((.*)\)->\((.*)\)", text)
    if not match:
        raise TesselError("malformed signature %r" % text, "")
    split = lambda s: [TensorType(t) for t in s.split(",") if t]
    return match.group(1), split(match.group(2)), split(match.group(3))


def is_packed(element):
    """Integers of 2 to 7 bits, which the runtime stores packed."""
    return re.fullmatch(r"i[2-7]", element) is not None


def pack_bits(values, bits):
    """Packs the low `bits` bits of each integer in `values` the way the
    runtime stores `i<bits>` tensors: each row (the last axis, K values) a
    little-endian bit stream, element k in bits [k*bits, (k+1)*bits),
    zero-padded to a whole byte. Returns uint8 of shape
    (..., ceil(K*bits/8)); for int4, two values per byte, the first in the
    low nibble."""
    values = np.asarray(values)
    if values.ndim == 0:
        return (values.astype(np.int64) & ((1 << bits) - 1)).astype(np.uint8)
    raw = values.astype(np.int64) & ((1 << bits) - 1)
    stream = ((raw[..., None] >> np.arange(bits)) & 1).astype(np.uint8)
    stream = stream.reshape(values.shape[:-1] + (values.shape[-1] * bits,))
    return np.packbits(stream, axis=-1, bitorder="little")


def unpack_bits(packed, bits, length, signed=False):
    """The inverse of pack_bits: `length` values of `bits` bits from each row
    of `packed` (uint8), as uint8 (or int8 sign-extended when `signed`)."""
    packed = np.asarray(packed, dtype=np.uint8)
    if packed.ndim == 0:
        values = packed & ((1 << bits) - 1)
    else:
        stream = np.unpackbits(packed, axis=-1, count=length * bits, bitorder="little")
        stream = stream.reshape(packed.shape[:-1] + (length, bits)).astype(np.int64)
        values = (stream << np.arange(bits)).sum(axis=-1)
    if signed:
        values = np.where(values >= 1 << (bits - 1), values - (1 << bits), values)
        return values.astype(np.int8)
    return values.astype(np.uint8)


def _packed_row_bytes(type_, length):
    return (length * int(type_.element[1:]) + 7) // 8


def _as_storage(array, type_, what):
    """`array` as the runtime stores `type_`, and the logical shape."""
    array = np.asarray(array)
    bits = int(type_.element[1:]) if re.fullmatch(r"i[2-8]", type_.element) else 0
    # Packed rows of a static shape are taken as they are: a uint8 array
    # whose last axis is the row's bytes.
    if (is_packed(type_.element) and type_.is_static and type_.shape
            and array.dtype == np.uint8 and array.shape[:-1] == type_.shape[:-1]
            and array.ndim == len(type_.shape)
            and array.shape[-1] == _packed_row_bytes(type_, type_.shape[-1])
            and array.shape[-1] != type_.shape[-1]):
        return np.ascontiguousarray(array), tuple(type_.shape)
    # Symbols take any size here; the runtime checks that each is one size.
    if len(array.shape) != len(type_.shape) or any(
        isinstance(want, int) and want != got for want, got in zip(type_.shape, array.shape)
    ):
        raise TesselError(
            "%s must have shape %s, got %s" % (what, type_.shape, array.shape), ""
        )
    if bits:
        if not np.issubdtype(array.dtype, np.integer) and array.dtype != np.bool_:
            raise TesselError("%s must hold integers for %s" % (what, type_.element), "")
        if is_packed(type_.element):
            return np.ascontiguousarray(pack_bits(array, bits)), array.shape
        # i8: the low bits of each value, one byte each.
        array = (array.astype(np.int64) & ((1 << bits) - 1)).astype(np.uint8)
    elif array.dtype != type_.dtype:
        array = array.astype(type_.dtype)
    return np.ascontiguousarray(array), array.shape


def _storage_for(type_, shape):
    """A zeroed array that holds a result of `type_` and logical `shape`."""
    if is_packed(type_.element) and len(shape) > 0:
        shape = tuple(shape[:-1]) + (_packed_row_bytes(type_, shape[-1]),)
    return np.zeros(shape, type_.dtype)


def _logical(array, type_, shape):
    """A result array as the caller sees it: packed types one value a byte."""
    if is_packed(type_.element) and len(shape) > 0:
        return unpack_bits(array, int(type_.element[1:]), shape[-1])
    return array


def _refs(arrays, shapes, types):
    dims = [(ctypes.c_int64 * max(len(s), 1))(*s) for s in shapes]
    refs = (_capi.BufferRef * max(len(arrays), 1))()
    for i, (array, type_) in enumerate(zip(arrays, types)):
        refs[i].data = array.ctypes.data
        refs[i].shape = ctypes.cast(dims[i], ctypes.POINTER(ctypes.c_int64))
        refs[i].rank = len(shapes[i])
        refs[i].elementType = type_.element.encode()
    return refs, dims


class Function:
    """A compiled function; call it with numpy arrays, get numpy arrays."""

    def __init__(self, library, handle):
        self.library = library
        self._handle = handle
        self.signature = _capi.lib.tesselFunctionGetSignature(handle).decode()
        self.name, self.inputs, self.results = parse_signature(self.signature)

    def _prepare(self, arrays):
        if len(arrays) != len(self.inputs):
            raise TesselError(
                "%s takes %d inputs, got %d" % (self.name, len(self.inputs), len(arrays)), ""
            )
        inputs, in_shapes = [], []
        for i, (a, t) in enumerate(zip(arrays, self.inputs)):
            array, shape = _as_storage(a, t, "input %d of %s" % (i, self.name))
            inputs.append(array)
            in_shapes.append(tuple(shape))
        out_shapes = [tuple(self._result_shape(i, t, inputs, in_shapes))
                      for i, t in enumerate(self.results)]
        results = [_storage_for(t, shape) for t, shape in zip(self.results, out_shapes)]
        return inputs, in_shapes, results, out_shapes

    def _result_shape(self, index, type_, inputs, in_shapes):
        """Result `index`'s shape for `inputs`: the runtime binds the symbols."""
        if type_.is_static:
            return type_.shape
        in_refs, keep_in = _refs(inputs, in_shapes, self.inputs)
        shape = (ctypes.c_int64 * max(len(type_.shape), 1))()
        rank = ctypes.c_ssize_t()
        status = _capi.lib.tesselFunctionGetResultShape(
            self._handle, in_refs, len(inputs), index, shape, len(type_.shape),
            ctypes.byref(rank),
        )
        self.library.context.check(status, "calling %s failed" % self.name)
        return tuple(shape[:rank.value])

    def __call__(self, *arrays):
        """Calls the function. Inputs of 2- to 7-bit integer types are
        logical values (one per element), or, for a static shape, the packed
        rows as pack_bits makes them (uint8, last axis ceil(K*bits/8));
        results of those types come back one value per byte."""
        inputs, in_shapes, results, out_shapes = self._prepare(arrays)
        in_refs, keep_in = _refs(inputs, in_shapes, self.inputs)
        out_refs, keep_out = _refs(results, out_shapes, self.results)
        status = _capi.lib.tesselFunctionCall(
            self._handle, in_refs, len(inputs), out_refs, len(results)
        )
        self.library.context.check(status, "calling %s failed" % self.name)
        results = [_logical(r, t, shape)
                   for r, t, shape in zip(results, self.results, out_shapes)]
        return results[0] if len(results) == 1 else tuple(results)

    def benchmark(self, *arrays, warmup=3, iterations=20):
        """Median and minimum time of one call in milliseconds."""
        inputs, in_shapes, results, out_shapes = self._prepare(arrays)
        in_refs, keep_in = _refs(inputs, in_shapes, self.inputs)
        out_refs, keep_out = _refs(results, out_shapes, self.results)
        median, minimum = ctypes.c_double(), ctypes.c_double()
        status = _capi.lib.tesselFunctionBenchmark(
            self._handle, in_refs, len(inputs), out_refs, len(results),
            warmup, iterations, ctypes.byref(median), ctypes.byref(minimum),
        )
        self.library.context.check(status, "timing %s failed" % self.name)
        return median.value, minimum.value


class Library:
    """A shared library compiled by Tessel, loaded by the runtime."""

    def __init__(self, context, path, target="cpu"):
        if target not in _capi.TARGETS:
            raise ValueError("unknown target %r (cpu or cuda)" % target)
        self.context = context
        self.path = path
        if target == "cuda":
            _capi.export_runtime_symbols()
        self._handle = _capi.lib.tesselLibraryLoad(
            context._handle, os.fsencode(path), _capi.TARGETS[target]
        )
        if not self._handle.ptr:
            self._handle = None
            raise TesselError("loading %s failed" % path, context.diagnostics())

    def __del__(self):
        if getattr(self, "_handle", None) is not None:
            _capi.lib.tesselLibraryDestroy(self._handle)
            self._handle = None

    def function(self, name):
        handle = _capi.lib.tesselLibraryLookup(self._handle, name.encode())
        if not handle.ptr:
            raise TesselError("no function %s in %s" % (name, self.path), self.context.diagnostics())
        return Function(self, handle)

    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        return self.function(name)
