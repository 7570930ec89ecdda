"""PyTorch models compiled by Tessel.

    import tessel.torch
    fast = tessel.torch.compile(model)        # an nn.Module or a function
    y = fast(x)                               # torch tensors in and out

    fast = torch.compile(model, backend="tessel")   # the same, through Dynamo

On its first call with a given set of input shapes and dtypes, the model is
captured by `torch.export` (the parameters and buffers frozen into the graph
as constants), imported by torch-mlir's FX importer as linalg on tensors,
and compiled by Tessel's pipeline for the target (`tessel-raise` first, so
attention and quantized linear layers take Tessel's kernels). Later calls
with the same signature reuse the compiled function; new shapes compile
again. Outputs come back in the structure the model returns them (a tensor,
a tuple, a dict, a Hugging Face ModelOutput).

A model that cannot be exported, imported or compiled runs eagerly instead,
with a TesselFallbackWarning that says why (pass `fallback=False` to raise
the TesselError instead). So does a call with inputs Tessel cannot take (a
tensor type the runtime does not have), and a call that autograd would
record: Tessel compiles inference only, so call the model under
torch.no_grad() or torch.inference_mode().

Needs `torch` and `torch-mlir` (not among Tessel's requirements: they are
large; see docs/UserGuide.md). Runs on the CPU target; inputs and outputs
cross as host arrays (`target="cuda"` copies them to the device and back).
"""

import os
import subprocess
import sys
import tempfile
import warnings

import numpy as np
import torch
from torch.utils import _pytree as pytree

from . import compile as _compile_mlir
from .errors import TesselError

try:
    from ml_dtypes import bfloat16 as _np_bfloat16
except ImportError:  # pragma: no cover
    _np_bfloat16 = None

__all__ = ["CompiledModel", "TesselFallbackWarning", "compile", "export_mlir"]


class TesselFallbackWarning(UserWarning):
    """A model (or a call) that Tessel did not take: it ran eagerly."""


_TO_NUMPY = {
    torch.float32: np.float32,
    torch.float64: np.float64,
    torch.float16: np.float16,
    torch.int64: np.int64,
    torch.int32: np.int32,
    torch.int16: np.int16,
    torch.int8: np.int8,
    torch.uint8: np.uint8,
    torch.bool: np.bool_,
}


def _to_numpy(tensor):
    """A host numpy array that holds `tensor`'s values (bf16 as
    ml_dtypes.bfloat16, bit for bit)."""
    tensor = tensor.detach().to("cpu").contiguous()
    if tensor.dtype == torch.bfloat16:
        if _np_bfloat16 is None:
            raise TesselError("bf16 tensors need the ml_dtypes package", "")
        return tensor.view(torch.int16).numpy().view(_np_bfloat16)
    if tensor.dtype not in _TO_NUMPY:
        raise TesselError("tensors of %s do not cross to Tessel" % tensor.dtype, "")
    return tensor.numpy()


def _to_torch(array, device):
    array = np.ascontiguousarray(array)
    if _np_bfloat16 is not None and array.dtype == _np_bfloat16:
        return torch.from_numpy(array.view(np.int16)).view(torch.bfloat16).to(device)
    return torch.from_numpy(array).to(device)


def _signature(flat):
    """What a compiled function is specialised on: each input tensor's shape
    and dtype, and every other input's value."""
    return tuple((tuple(x.shape), x.dtype) if isinstance(x, torch.Tensor) else ("value", repr(x))
                 for x in flat)


# torch-mlir carries its own LLVM and MLIR, which cannot share a process with
# the libMLIR that libTesselC.so links (their command-line registries
# collide): the import runs in a child process that never loads Tessel.
_IMPORT_SCRIPT = """
import sys
import torch
from torch_mlir import fx
program = torch.export.load(sys.argv[1])
module = fx.export_and_import(program, output_type="linalg-on-tensors", func_name=sys.argv[3])
with open(sys.argv[2], "w") as f:
    f.write(str(module))
"""


def export_mlir(model, args, kwargs=None, func_name="forward"):
    """`model` called on `args` (and `kwargs`) as linalg-on-tensors MLIR text
    (torch.export here, then torch-mlir's FX importer in a child process):
    a function of the tensors among the inputs, in the order they flatten,
    that returns the model's outputs flattened; and the pytree spec that
    nests them again."""
    kwargs = kwargs or {}
    # The outputs leave flat (the child need not know their types, such as
    # transformers' ModelOutput); their structure stays here.
    specs = []
    flat, in_spec = pytree.tree_flatten((tuple(args), kwargs))
    tensors = tuple(x for x in flat if isinstance(x, torch.Tensor))
    with _PersistentBuffers(model):
        program = torch.export.export(_TensorsInFlatOut(model, flat, in_spec, specs), tensors,
                                      strict=False)
    with tempfile.TemporaryDirectory(prefix="tessel-torch-") as workdir:
        saved = os.path.join(workdir, "program.pt2")
        text = os.path.join(workdir, "module.mlir")
        torch.export.save(program, saved)
        child = subprocess.run([sys.executable, "-c", _IMPORT_SCRIPT, saved, text, func_name],
                               capture_output=True, text=True)
        if child.returncode != 0:
            lines = [l.strip() for l in child.stderr.splitlines() if l.strip()]
            # The first diagnostic, else the exception's last line.
            errors = [l for l in lines if ": error:" in l] or lines[-1:]
            why = errors[0] if errors else "exit status %d" % child.returncode
            raise TesselError("torch-mlir could not import the exported program: " + why,
                              child.stderr)
        with open(text) as f:
            return f.read(), specs[-1]


class _TensorsInFlatOut(torch.nn.Module):
    """`model` (a module or a function) as a function of the tensors among
    its inputs only (every other input, such as `use_cache=False`, is baked
    in at the value it had), with its outputs flattened into a tuple.
    Tracing records their structure in `specs` (a list shared with the
    caller: torch.export may trace a copy of this module)."""

    def __init__(self, model, flat_inputs, in_spec, specs):
        super().__init__()
        self.model = model
        self.flat_inputs = flat_inputs
        self.in_spec = in_spec
        self.specs = specs

    def forward(self, *tensors):
        given = iter(tensors)
        flat = [next(given) if isinstance(x, torch.Tensor) else x for x in self.flat_inputs]
        args, kwargs = pytree.tree_unflatten(flat, self.in_spec)
        out, spec = pytree.tree_flatten(self.model(*args, **kwargs))
        self.specs.append(spec)
        return tuple(out)


class _PersistentBuffers:
    """Within it, every buffer of `model` is saved with the exported program:
    torch.export.save leaves out non-persistent ones (the rotary
    frequencies of Hugging Face models), which the child then misses."""

    def __init__(self, model):
        self.modules = list(model.modules()) if isinstance(model, torch.nn.Module) else []
        self.saved = []

    def __enter__(self):
        self.saved = [set(m._non_persistent_buffers_set) for m in self.modules]
        for m in self.modules:
            m._non_persistent_buffers_set.clear()

    def __exit__(self, *exc):
        for m, names in zip(self.modules, self.saved):
            m._non_persistent_buffers_set.update(names)


class _Compiled:
    """One specialisation: the Tessel function and how its inputs and
    outputs map to the model's."""

    def __init__(self, function, out_spec):
        self.function = function
        # Inputs that are no tensors are baked into the graph (the signature
        # keys on their values); only tensors cross.
        self.out_spec = out_spec


class CompiledModel:
    """A model compiled by Tessel on first use for each input signature.
    Call it as the model; `compilations` counts the signatures compiled,
    `fallbacks` the calls that ran eagerly."""

    def __init__(self, model, target="cpu", options=None, fallback=True):
        self.model = model
        self.target = target
        self.options = options
        self.fallback = fallback
        self.compilations = 0
        self.fallbacks = 0
        self._cache = {}

    def _compile(self, args, kwargs):
        source, out_spec = export_mlir(self.model, args, kwargs)
        library = _compile_mlir(source, target=self.target, options=self.options)
        self.compilations += 1
        return _Compiled(library.function("forward"), out_spec)

    def _eager(self, why, args, kwargs):
        if not self.fallback:
            raise why if isinstance(why, TesselError) else TesselError(str(why), "")
        self.fallbacks += 1
        warnings.warn("Tessel runs %s eagerly: %s" % (_name(self.model), _first_line(why)),
                      TesselFallbackWarning, stacklevel=3)
        return self.model(*args, **kwargs)

    def __call__(self, *args, **kwargs):
        flat, _ = pytree.tree_flatten((args, kwargs))
        if torch.is_grad_enabled() and _needs_gradients(self.model, flat):
            return self._eager(TesselError(
                "Tessel compiles inference only (its outputs carry no gradients); call "
                "the model under torch.no_grad() or torch.inference_mode()", ""), args, kwargs)
        key = _signature(flat)
        entry = self._cache.get(key)
        if entry is None:
            try:
                entry = self._compile(args, kwargs)
            except Exception as error:  # export, import or lowering refused it
                entry = error
            self._cache[key] = entry
        if isinstance(entry, Exception):
            return self._eager(entry, args, kwargs)
        tensors = [x for x in flat if isinstance(x, torch.Tensor)]
        device = tensors[0].device if tensors else torch.device("cpu")
        try:
            results = entry.function(*[_to_numpy(t) for t in tensors])
        except TesselError as error:
            return self._eager(error, args, kwargs)
        if not isinstance(results, tuple):
            results = (results,)
        outputs = [_to_torch(r, device) for r in results]
        return pytree.tree_unflatten(outputs, entry.out_spec)


def _needs_gradients(model, flat_inputs):
    """Whether autograd would record a call: an input or a parameter that
    requires gradients."""
    if any(isinstance(x, torch.Tensor) and x.requires_grad for x in flat_inputs):
        return True
    return isinstance(model, torch.nn.Module) and any(
        p.requires_grad for p in model.parameters())


def _name(model):
    return type(model).__name__ if isinstance(model, torch.nn.Module) else getattr(
        model, "__name__", "the model")


def _first_line(error):
    text = str(error).strip() or type(error).__name__
    return text.splitlines()[0][:300]


def compile(model, target="cpu", options=None, fallback=True):
    """`model` (an nn.Module or a function of tensors) compiled by Tessel on
    first use: a CompiledModel to call in its place. `options` are the
    pipeline's options as tessel-opt spells them; with `fallback=False` a
    model Tessel cannot take raises TesselError instead of running eagerly."""
    return CompiledModel(model, target=target, options=options, fallback=fallback)


def _dynamo_backend(graph_module, example_inputs):
    """torch.compile(model, backend="tessel"): each graph Dynamo captures is
    compiled by Tessel on its first call; graphs Tessel cannot take run as
    Dynamo captured them."""
    compiled = CompiledModel(graph_module)

    def run(*args):
        return compiled(*args)

    run.tessel = compiled
    return run


def _register_backend():
    try:
        from torch._dynamo import list_backends, register_backend
    except ImportError:  # pragma: no cover
        return
    if "tessel" not in list_backends(exclude_tags=()):
        register_backend(_dynamo_backend, name="tessel")


_register_backend()
