"""Helpers for tests that run compiled functions against each other."""

import numpy as np


def random_inputs(function, rng, sizes=()):
    """Seeded inputs for a compiled `function`: integers uniform in 0..15
    (quantized weights of any width keep their low bits), floats standard
    normal. `sizes[s]` is the size of the signature's symbol ?s."""

    def shape(t):
        return tuple(sizes[int(d[1:])] if isinstance(d, str) else d for d in t.shape)

    return [
        rng.integers(0, 16, shape(t)).astype(t.dtype) if t.element.startswith("i")
        else rng.standard_normal(shape(t)).astype(t.dtype)
        for t in function.inputs
    ]


def relative_difference(results, reference):
    """max |results - reference| / max |reference| (in float64) over one
    result or a tuple of them."""
    if not isinstance(results, tuple):
        results, reference = (results,), (reference,)
    return max(
        np.abs(a.astype(np.float64) - b.astype(np.float64)).max()
        / max(np.abs(b.astype(np.float64)).max(), 1e-30)
        for a, b in zip(results, reference)
    )


class LoweringCounter:
    """Counts the lowerings every Module.lower call makes from now on (how a
    test shows that a loop of calls compiles nothing): `count` so far."""

    def __init__(self):
        from .ir import Module

        self.count = 0
        lower = Module.lower

        def counted(module, *args, **kwargs):
            self.count += 1
            return lower(module, *args, **kwargs)

        Module.lower = counted
