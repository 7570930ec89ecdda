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
    as the runtime stores it: integers of up to 8 bits one byte each (the
    value in the low bits, read back unsigned), bf16 as ml_dtypes.bfloat16."""
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


def _as_storage(array, type_, what):
    array = np.asarray(array)
    # Symbols take any size here; the runtime checks that each is one size.
    if len(array.shape) != len(type_.shape) or any(
        isinstance(want, int) and want != got for want, got in zip(type_.shape, array.shape)
    ):
        raise TesselError(
            "%s must have shape %s, got %s" % (what, type_.shape, array.shape), ""
        )
    if re.fullmatch(r"i[2-8]", type_.element):
        # Integers of 2 to 8 bits: the low bits of each value, one byte each.
        bits = int(type_.element[1:])
        if not np.issubdtype(array.dtype, np.integer) and array.dtype != np.bool_:
            raise TesselError("%s must hold integers for %s" % (what, type_.element), "")
        array = (array.astype(np.int64) & ((1 << bits) - 1)).astype(np.uint8)
    elif array.dtype != type_.dtype:
        array = array.astype(type_.dtype)
    return np.ascontiguousarray(array)


def _refs(arrays, types):
    shapes = [(ctypes.c_int64 * max(a.ndim, 1))(*a.shape) for a in arrays]
    refs = (_capi.BufferRef * max(len(arrays), 1))()
    for i, (array, type_) in enumerate(zip(arrays, types)):
        refs[i].data = array.ctypes.data
        refs[i].shape = ctypes.cast(shapes[i], ctypes.POINTER(ctypes.c_int64))
        refs[i].rank = array.ndim
        refs[i].elementType = type_.element.encode()
    return refs, shapes


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
        inputs = [
            _as_storage(a, t, "input %d of %s" % (i, self.name))
            for i, (a, t) in enumerate(zip(arrays, self.inputs))
        ]
        results = [np.zeros(self._result_shape(i, t, inputs), t.dtype)
                   for i, t in enumerate(self.results)]
        return inputs, results

    def _result_shape(self, index, type_, inputs):
        """Result `index`'s shape for `inputs`: the runtime binds the symbols."""
        if type_.is_static:
            return type_.shape
        in_refs, keep_in = _refs(inputs, self.inputs)
        shape = (ctypes.c_int64 * max(len(type_.shape), 1))()
        rank = ctypes.c_ssize_t()
        status = _capi.lib.tesselFunctionGetResultShape(
            self._handle, in_refs, len(inputs), index, shape, len(type_.shape),
            ctypes.byref(rank),
        )
        self.library.context.check(status, "calling %s failed" % self.name)
        return tuple(shape[:rank.value])

    def __call__(self, *arrays):
        inputs, results = self._prepare(arrays)
        in_refs, keep_in = _refs(inputs, self.inputs)
        out_refs, keep_out = _refs(results, self.results)
        status = _capi.lib.tesselFunctionCall(
            self._handle, in_refs, len(inputs), out_refs, len(results)
        )
        self.library.context.check(status, "calling %s failed" % self.name)
        return results[0] if len(results) == 1 else tuple(results)

    def benchmark(self, *arrays, warmup=3, iterations=20):
        """Median and minimum time of one call in milliseconds."""
        inputs, results = self._prepare(arrays)
        in_refs, keep_in = _refs(inputs, self.inputs)
        out_refs, keep_out = _refs(results, self.results)
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
