"""Tessel's Python package: compile MLIR with Tessel and run it on numpy
arrays, over Tessel's C API (libTesselC.so).

    import tessel
    model = tessel.compile(open("model.mlir").read())       # CPU by default
    y = model.forward(x, w)                                  # numpy in, numpy out

Errors raise tessel.TesselError with Tessel's diagnostics.
"""

import os
import tempfile

from .errors import TesselError
from .ir import Context, Module
from .runtime import Function, Library, TensorType, pack_bits, parse_signature, unpack_bits

__all__ = [
    "Context", "Module", "Library", "Function", "TensorType", "TesselError",
    "compile", "pack_bits", "parse_signature", "unpack_bits",
]


def compile(source, target="cpu", chip=None, pipeline=None, context=None, workdir=None,
            options=None):
    """Compiles MLIR text for `target` and loads it: returns a Library whose
    public functions are attributes. `options` are the pipeline's options as
    tessel-opt spells them ("cost-model=analytical qmatmul-warps=8");
    `pipeline` (a textual pass pipeline) replaces Tessel's default lowering
    altogether; the shared library is written into
    `workdir` (a temporary directory by default, removed with the Library)."""
    context = context or Context()
    module = context.parse(source)
    if pipeline is None:
        module.lower(target, chip, options)
    else:
        module.run_pipeline(pipeline)
    holder = None
    if workdir is None:
        holder = tempfile.TemporaryDirectory(prefix="tessel-")
        workdir = holder.name
    path = module.emit("shared-library", os.path.join(workdir, "module.so"))
    library = Library(context, path, target)
    library._workdir = holder  # removed when the library goes away
    return library
