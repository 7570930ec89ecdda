"""Run bundles: a compiled library with inputs and expected results, for
`tessel-exec --bundle=DIR` on a machine without MLIR (the GPU machine).

The format is the one tessel-run --bundle writes (lib/Runtime/Bundle.cpp):
bundle.txt names the target, the library, and per function its input files
and expected-result files with a tolerance (relative to the largest
expected magnitude).
"""

import hashlib
import os

import numpy as np

from .ir import Context


def write_bundle(directory, source, functions, target="cuda", chip=None,
                 pipeline=None, name="model", context=None):
    """Compiles MLIR `source` for `target` into `directory`/`name`.so and
    writes the bundle. `functions` maps a public function's name to
    (inputs, expected, tolerance): lists of numpy arrays and a float. An
    input given as an int is made on the machine that runs the bundle from
    that seed (tessel-exec's random inputs: nothing to carry); one given as
    a tuple (seed, lo, hi) is made the same way as integers in [lo, hi)
    (block tables, lengths and other indices)."""
    os.makedirs(directory, exist_ok=True)
    module = (context or Context()).parse(source, name)
    if pipeline is None:
        module.lower(target, chip)
    else:
        module.run_pipeline(pipeline)
    library = name + ".so"
    module.emit("shared-library", os.path.join(directory, library))
    with open(os.path.join(directory, library), "rb") as f:
        digest = hashlib.sha256(f.read()).hexdigest()
    lines = ["tessel-bundle 1", "target " + target, "library " + library,
             "library-sha256 " + digest]
    for function, (inputs, expected, tolerance) in functions.items():
        lines.append("function " + function)
        for i, array in enumerate(inputs):
            if isinstance(array, int):
                lines.append("input-random %d" % array)
                continue
            if isinstance(array, tuple):
                lines.append("input-random-ints %d %d %d" % array)
                continue
            file = "%s.input%d.npy" % (function, i)
            array = np.ascontiguousarray(array)
            # bf16 has no NumPy dtype (ml_dtypes' saves as raw bytes, '<V2');
            # the runtime reads bf16 inputs from f32 files, which hold them
            # exactly.
            if array.dtype.name == "bfloat16":
                array = array.astype(np.float32)
            np.save(os.path.join(directory, file), array)
            lines.append("input " + file)
        for i, array in enumerate(expected):
            file = "%s.expected%d.npy" % (function, i)
            np.save(os.path.join(directory, file), np.asarray(array, np.float64))
            lines.append("expect %s %g" % (file, tolerance))
    with open(os.path.join(directory, "bundle.txt"), "w") as f:
        f.write("\n".join(lines) + "\n")
    return directory
