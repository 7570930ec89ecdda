# tessel-fuse changes where the work is done, not what is computed: every
# function of test/Dialect/Tessel/fuse.mlir (fused and near-miss cases) and the
# PyTorch-exported int4 MLP (whose SiLU fuses into the gate projection) are
# compiled with tessel-cpu-pipeline and tessel-cpu-pipeline{fuse=0}, run on
# seeded random inputs, and compared.
#
# RUN: %python %s %S/../../Dialect/Tessel/fuse.mlir %S/../Frontend/Inputs/quantized_mlp.mlir | FileCheck %s

import re
import sys

import numpy as np

import tessel
from tessel.testing import random_inputs, relative_difference

rng = np.random.default_rng(11)
sources = open(sys.argv[1]).read().split("// -----")
sources.append(open(sys.argv[2]).read())
# The runtime calls statically shaped functions only.
sources = [s for s in sources if "?x" not in s]

for source in sources:
    fused = tessel.compile(source)
    unfused = tessel.compile(source, pipeline="tessel-cpu-pipeline{fuse=0}")
    for name in re.findall(r"^\s*func\.func @(\w+)", source, re.M):
        f, g = fused.function(name), unfused.function(name)
        args = random_inputs(f, rng)
        err = relative_difference(f(*args), g(*args))
        # The tanh GELU differs by the frontend's rounded constant (4.5e-5).
        print(name, "same" if err < 1e-4 else "differs: %g" % err)

# CHECK: bias_then_silu same
# CHECK: gelu_tanh same
# CHECK: relu same
# CHECK: gelu_erf same
# CHECK: relu_then_bias same
# CHECK: shared_result same
# CHECK: clamp same
# CHECK: dequantize_matmul same
# CHECK: forward same
