# Linear layers and tiny models whose weights are stored as GPTQ and AWQ
# store them (tools/scripts/quantized_formats.py: GPTQ 2, 4 and 8 bits with
# its "+1" zero points, act-order's shuffled groups; AWQ's interleaved
# nibbles), exported by torch-mlir (tools/scripts/export-quantized-models.py)
# with their own dequantization code: tessel-raise turns every quantized
# linear layer into tessel.qmatmul (counted; act-order adds a tessel.permute
# of the activations), and the results computed on the CPU match PyTorch's
# (relative to the largest value: 1e-4 in f32, 2e-2 in f16 and bf16, where
# PyTorch rounds the dequantized weights to the activations' type and
# tessel.qmatmul does not). The CUDA bundles are compiled everywhere and run
# where lit found a GPU.
#
# RUN: rm -rf %t
# RUN: %python %s %S/Inputs/quantized %t | FileCheck %s
# RUN: %if cuda %{ for m in %t/cuda/*; do tessel-exec --bundle=$m; done | FileCheck %s --check-prefix=GPU %}

# CHECK: gptq4-f16: 1 of 1 quantized layers raised (i4 g32); matches PyTorch
# CHECK: gptq4-actorder-f16: 1 of 1 quantized layers raised (i4 g32 permuted); matches PyTorch
# CHECK: gptq2-f32: 1 of 1 quantized layers raised (i2 g64); matches PyTorch
# CHECK: gptq8-bf16: 1 of 1 quantized layers raised (i8 g32 permuted); matches PyTorch
# CHECK: gptq4-bias-f32: 1 of 1 quantized layers raised (i4 g128); matches PyTorch
# CHECK: awq4-f16: 1 of 1 quantized layers raised (i4 g32); matches PyTorch
# CHECK: awq4-bias-bf16: 1 of 1 quantized layers raised (i4 g64); matches PyTorch
# CHECK: llama-gptq4-actorder-f16: 14 of 14 quantized layers raised (i4 g16 permuted); matches PyTorch
# CHECK: qwen2-awq4-bf16: 14 of 14 quantized layers raised (i4 g16); matches PyTorch
# GPU-COUNT-9: forward result 0 {{.*}}: ok
# GPU-NOT: FAIL

import os
import re
import sys

import ml_dtypes
import numpy as np

import tessel
from tessel.bundle import write_bundle

NAMES = ["gptq4-f16", "gptq4-actorder-f16", "gptq2-f32", "gptq8-bf16", "gptq4-bias-f32",
         "awq4-f16", "awq4-bias-bf16", "llama-gptq4-actorder-f16", "qwen2-awq4-bf16"]
inputs, out = sys.argv[1], sys.argv[2]
for name in NAMES:
    with open(os.path.join(inputs, name + ".mlir")) as f:
        source = f.read()
    x = np.load(os.path.join(inputs, name + ".input.npy"))
    if name.endswith("bf16") and x.dtype == np.float32:
        x = x.astype(ml_dtypes.bfloat16)
    if name.endswith("f16") and not name.endswith("bf16") and x.dtype == np.float32:
        x = x.astype(np.float16)
    expected = np.load(os.path.join(inputs, name + ".expected.npy"))
    with open(os.path.join(inputs, name + ".layers")) as f:
        layers = int(f.read())
    tolerance = 1e-4 if name.endswith("f32") else 2e-2

    raised = str(tessel.Context().parse(source, name).run_pipeline("tessel-raise"))
    qmatmuls = [line for line in raised.splitlines() if "= tessel.qmatmul" in line]
    # The weights' integer type and the group size of each raised layer.
    kinds = sorted({"%s g%s" % (re.search(r"x(i\d+)>, tensor<\d+x\d+x[bf]", line).group(1),
                                re.search(r"group_size\((\d+)\)", line).group(1))
                    for line in qmatmuls})
    permuted = " permuted" if "= tessel.permute" in raised else ""
    result = tessel.compile(source).forward(x).astype(np.float64)
    error = np.abs(result - expected).max() / np.abs(expected).max()
    verdict = "matches PyTorch" if error < tolerance else "differs: %g" % error
    print("%s: %d of %d quantized layers raised (%s%s); %s"
          % (name, len(qmatmuls), layers, ", ".join(kinds) or "-", permuted, verdict))
    write_bundle(os.path.join(out, "cuda", name), source,
                 {"forward": ([x], [expected], tolerance)}, target="cuda", name=name)
