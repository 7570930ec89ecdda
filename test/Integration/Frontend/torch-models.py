# Model IR exported from PyTorch by torch-mlir (Inputs/, made by
# tools/scripts/export-torch-models.py): a Llama attention block with rotary
# embeddings, grouped-query heads and causal SDPA, and a Llama MLP with int4
# group-quantized weights. tessel-raise finds the attention and the three
# quantized linear layers; compiled for the CPU, both models match PyTorch's
# own result on the exported input, raised and (as a control) not raised.
#
# RUN: %python %s %S/Inputs | FileCheck %s

import os
import sys

import numpy as np

import tessel

inputs = sys.argv[1]


def load(name):
    with open(os.path.join(inputs, name + ".mlir")) as f:
        source = f.read()
    x = np.load(os.path.join(inputs, name + ".input.npy"))
    expected = np.load(os.path.join(inputs, name + ".expected.npy"))
    return source, x, expected


for name in ["llama_attention", "quantized_mlp"]:
    source, x, expected = load(name)
    raised = tessel.Context().parse(source, name).run_pipeline("tessel-raise")
    ops = sorted(
        line.split("=", 1)[1].split()[0]
        for line in str(raised).splitlines()
        if "= tessel." in line
    )
    print(name, "raised:", " ".join(ops))
    for pipeline in ["tessel-cpu-pipeline", "tessel-cpu-pipeline{raise=0}"]:
        model = tessel.compile(source, pipeline=pipeline)
        y = model.forward(x)
        err = np.abs(y.astype(np.float64) - expected).max() / np.abs(expected).max()
        print(name, pipeline, y.shape, "matches PyTorch" if err < 1e-5 else "error %g" % err)

# CHECK: llama_attention raised: tessel.attention
# CHECK: llama_attention tessel-cpu-pipeline (1, 32, 64) matches PyTorch
# CHECK: llama_attention tessel-cpu-pipeline{raise=0} (1, 32, 64) matches PyTorch
# CHECK: quantized_mlp raised: tessel.qmatmul tessel.qmatmul tessel.qmatmul
# CHECK: quantized_mlp tessel-cpu-pipeline (4, 64) matches PyTorch
# CHECK: quantized_mlp tessel-cpu-pipeline{raise=0} (4, 64) matches PyTorch
