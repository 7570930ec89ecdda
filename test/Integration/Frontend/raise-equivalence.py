# Every tessel-raise case (test/Dialect/Tessel/Inputs/raise/ from torch-mlir and
# raise-tosa/ from TOSA, positive and near miss) computes the same with and
# without raising: each is compiled with tessel-cpu-pipeline and
# tessel-cpu-pipeline{raise=0}, run on seeded random inputs, and the results
# compared.
#
# RUN: %python %s %S/../../Dialect/Tessel/Inputs/raise | FileCheck %s
# RUN: %python %s %S/../../Dialect/Tessel/Inputs/raise-tosa | FileCheck %s --check-prefix=TOSA

import os
import sys

import numpy as np

import tessel
from tessel.testing import random_inputs, relative_difference

cases = sys.argv[1]
rng = np.random.default_rng(3)

for file in sorted(os.listdir(cases)):
    name = file[: -len(".mlir")]
    with open(os.path.join(cases, file)) as f:
        source = f.read()
    # TOSA goes to linalg first, with the upstream conversions.
    prefix = ""
    if "tosa." in source:
        prefix = ("func.func(tosa-to-linalg-named,tosa-to-linalg,tosa-to-arith,"
                  "tosa-to-tensor),canonicalize,")
    raised = tessel.compile(source, pipeline=prefix + "tessel-cpu-pipeline")
    control = tessel.compile(source, pipeline=prefix + "tessel-cpu-pipeline{raise=0}")
    function, reference = raised.function(name), control.function(name)
    args = random_inputs(function, rng)
    err = relative_difference(function(*args), reference(*args))
    # bf16 results: f32 rounding differences may move a result by one bf16
    # step (2^-8).
    tolerance = 1e-2 if function.results[0].element == "bf16" else 1e-5
    print(name, "same" if err < tolerance else "differs: %g" % err)

# CHECK: argument_weights same
# CHECK: explicit_attention same
# CHECK: integer_zero_point same
# CHECK: packed_linear same
# CHECK: pretransposed_keys same
# CHECK: quantized_linear same
# CHECK: scaled_after_mask same
# CHECK: sdpa_band_past_keys same
# CHECK: sdpa_bf16 same
# CHECK: sdpa_causal same
# CHECK: sdpa_causal_top_left same
# CHECK: sdpa_mask_argument same
# CHECK: sdpa_sliding_window same
# CHECK: softmax_other_dim same
# CHECK: symmetric_linear same
# CHECK: wide_argument_weights same
# CHECK: wide_weights same

# TOSA: tosa_causal same
# TOSA: tosa_masked same
# TOSA: tosa_scaled same
# TOSA: tosa_softmax_over_queries same
