"""Contexts and modules: parse, transform, lower and emit."""

import os

from . import _capi
from .errors import TesselError


class Context:
    """An MLIR context with Tessel's dialects, passes and pipelines. Use one
    from one thread at a time."""

    def __init__(self):
        self._handle = _capi.lib.tesselContextCreate()

    def __del__(self):
        if getattr(self, "_handle", None) is not None:
            _capi.lib.tesselContextDestroy(self._handle)
            self._handle = None

    def diagnostics(self):
        return _capi.lib.tesselContextGetDiagnostics(self._handle).decode("utf-8", "replace")

    def check(self, status, what):
        if status != _capi.SUCCESS:
            raise TesselError(what, self.diagnostics())

    def parse(self, source, name="<python>"):
        """Parses and verifies MLIR text into a Module."""
        data = source.encode()
        handle = _capi.lib.tesselModuleParse(self._handle, data, len(data), name.encode())
        if not handle.ptr:
            raise TesselError("parsing %s failed" % name, self.diagnostics())
        return Module(self, handle)

    def parse_file(self, path):
        handle = _capi.lib.tesselModuleParseFile(self._handle, os.fsencode(path))
        if not handle.ptr:
            raise TesselError("parsing %s failed" % path, self.diagnostics())
        return Module(self, handle)


class Module:
    """A builtin.module owned by Tessel. Transformations change it in place."""

    def __init__(self, context, handle):
        self.context = context
        self._handle = handle

    def __del__(self):
        if getattr(self, "_handle", None) is not None:
            _capi.lib.tesselModuleDestroy(self._handle)
            self._handle = None

    def __str__(self):
        return _capi.lib.tesselModulePrint(self._handle, 0).decode("utf-8", "replace")

    def generic(self):
        return _capi.lib.tesselModulePrint(self._handle, 1).decode("utf-8", "replace")

    def verify(self):
        self.context.check(_capi.lib.tesselModuleVerify(self._handle), "verification failed")

    def run_pipeline(self, pipeline):
        """Runs a textual pass pipeline, e.g. "tessel-raise,canonicalize"."""
        status = _capi.lib.tesselModuleRunPipeline(self._handle, pipeline.encode())
        self.context.check(status, "pipeline '%s' failed" % pipeline)
        return self

    def lower(self, target="cpu", chip=None, options=None):
        """Lowers with Tessel's pipeline for `target` ("cpu" or "cuda").
        `options` are the pipeline's options as tessel-opt spells them
        (`"cost-model=analytical parallel=0"`, `"qmatmul-warps=8"`); `chip`
        is a shorthand for `chip=...` on CUDA."""
        if target not in _capi.TARGETS:
            raise ValueError("unknown target %r (cpu or cuda)" % target)
        text = options or ""
        if chip:
            if target != "cuda":
                raise ValueError("chip is for target='cuda'")
            text = ("chip=%s %s" % (chip, text)).strip()
        status = _capi.lib.tesselModuleLowerWithOptions(
            self._handle, _capi.TARGETS[target], text.encode()
        )
        self.context.check(status, "lowering for %s failed" % target)
        return self

    def emit(self, kind, path):
        """Writes an artifact: "mlir", "object", "shared-library", or "ptx" /
        "cubin" (a directory with one file per kernel module)."""
        if kind not in _capi.ARTIFACTS:
            raise ValueError("unknown artifact %r (%s)" % (kind, ", ".join(_capi.ARTIFACTS)))
        status = _capi.lib.tesselModuleEmit(self._handle, _capi.ARTIFACTS[kind], os.fsencode(path))
        self.context.check(status, "emitting %s to %s failed" % (kind, path))
        return path
