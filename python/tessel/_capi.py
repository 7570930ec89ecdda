"""ctypes declarations of Tessel's C API (include/tessel-c/Tessel.h).

The library is found, in order, at $TESSEL_C_LIBRARY, in the build tree of
the checkout this package lives in (build/lib/libTesselC.so), next to the
package (an installed prefix: lib/libTesselC.so), or on the loader's path.
"""

import ctypes
import ctypes.util
import os

_HERE = os.path.dirname(os.path.abspath(__file__))


class _Handle(ctypes.Structure):
    _fields_ = [("ptr", ctypes.c_void_p)]


class Context(_Handle):
    pass


class Module(_Handle):
    pass


class Library(_Handle):
    pass


class Function(_Handle):
    pass


class BufferRef(ctypes.Structure):
    _fields_ = [
        ("data", ctypes.c_void_p),
        ("shape", ctypes.POINTER(ctypes.c_int64)),
        ("rank", ctypes.c_ssize_t),
        ("elementType", ctypes.c_char_p),
    ]


SUCCESS = 0
TARGETS = {"cpu": 0, "cuda": 1}
ARTIFACTS = {"mlir": 0, "object": 1, "shared-library": 2, "ptx": 3, "cubin": 4}


def _candidates():
    env = os.environ.get("TESSEL_C_LIBRARY")
    if env:
        yield env
        return
    root = os.path.dirname(os.path.dirname(_HERE))
    yield os.path.join(root, "build", "lib", "libTesselC.so")
    yield os.path.join(root, "lib", "libTesselC.so")
    found = ctypes.util.find_library("TesselC")
    if found:
        yield found


def _load():
    tried = []
    for path in _candidates():
        if os.path.sep in path and not os.path.exists(path):
            tried.append(path)
            continue
        # RTLD_LOCAL: libMLIR and libLLVM stay out of the global scope, where
        # they would collide with the LLVM that other extensions carry
        # (Triton's, which PyTorch loads). Libraries from
        # tessel-cuda-pipeline call the runtime's mgpu* functions, which
        # libTesselC.so exports: export_runtime_symbols() makes them global
        # before one is loaded.
        global _path
        _path = path
        return ctypes.CDLL(path, mode=ctypes.RTLD_LOCAL)
    raise ImportError(
        "libTesselC.so not found (tried %s); build Tessel "
        "(bash tools/scripts/build.sh) or set TESSEL_C_LIBRARY" % ", ".join(tried)
    )


_path = None
lib = _load()


def export_runtime_symbols():
    """Makes libTesselC.so's symbols (the mgpu* functions that CUDA
    libraries call) global, once a CUDA library is to be loaded."""
    ctypes.CDLL(_path, mode=ctypes.RTLD_GLOBAL | os.RTLD_NOLOAD)


def _declare(name, restype, *argtypes):
    function = getattr(lib, name)
    function.restype = restype
    function.argtypes = list(argtypes)


_c = ctypes
_declare("tesselContextCreate", Context)
_declare("tesselContextDestroy", None, Context)
_declare("tesselContextGetDiagnostics", _c.c_char_p, Context)
_declare("tesselModuleParse", Module, Context, _c.c_char_p, _c.c_size_t, _c.c_char_p)
_declare("tesselModuleParseFile", Module, Context, _c.c_char_p)
_declare("tesselModuleDestroy", None, Module)
_declare("tesselModulePrint", _c.c_char_p, Module, _c.c_int)
_declare("tesselModuleVerify", _c.c_int, Module)
_declare("tesselModuleRunPipeline", _c.c_int, Module, _c.c_char_p)
_declare("tesselModuleLower", _c.c_int, Module, _c.c_int, _c.c_char_p)
_declare("tesselModuleLowerWithOptions", _c.c_int, Module, _c.c_int, _c.c_char_p)
_declare("tesselModuleEmit", _c.c_int, Module, _c.c_int, _c.c_char_p)
_declare("tesselLibraryLoad", Library, Context, _c.c_char_p, _c.c_int)
_declare("tesselLibraryDestroy", None, Library)
_declare("tesselLibraryLookup", Function, Library, _c.c_char_p)
_declare("tesselFunctionGetSignature", _c.c_char_p, Function)
_declare("tesselFunctionGetNumInputs", _c.c_ssize_t, Function)
_declare("tesselFunctionGetNumResults", _c.c_ssize_t, Function)
_declare(
    "tesselFunctionGetResultShape",
    _c.c_int,
    Function,
    _c.POINTER(BufferRef),
    _c.c_ssize_t,
    _c.c_ssize_t,
    _c.POINTER(_c.c_int64),
    _c.c_ssize_t,
    _c.POINTER(_c.c_ssize_t),
)
_declare(
    "tesselFunctionCall",
    _c.c_int,
    Function,
    _c.POINTER(BufferRef),
    _c.c_ssize_t,
    _c.POINTER(BufferRef),
    _c.c_ssize_t,
)
_declare(
    "tesselFunctionBenchmark",
    _c.c_int,
    Function,
    _c.POINTER(BufferRef),
    _c.c_ssize_t,
    _c.POINTER(BufferRef),
    _c.c_ssize_t,
    _c.c_int,
    _c.c_int,
    _c.POINTER(_c.c_double),
    _c.POINTER(_c.c_double),
)
