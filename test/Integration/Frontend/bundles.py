# The PyTorch-exported models as run bundles: compiled here, checked by
# tessel-exec (MLIR-free) against PyTorch's result. On the CPU everywhere;
# for CUDA compiled everywhere (the CUDA pipeline needs no GPU) and run where
# lit found one. tools/scripts/bench-cuda.sh carries the same CUDA bundles
# to the lent GPU.
#
# RUN: rm -rf %t
# RUN: %python %s %S/Inputs %t cpu | FileCheck %s --check-prefix=WROTE
# RUN: tessel-exec --bundle=%t/cpu/llama_attention | FileCheck %s --check-prefix=EXEC
# RUN: tessel-exec --bundle=%t/cpu/quantized_mlp | FileCheck %s --check-prefix=EXEC
# RUN: %python %s %S/Inputs %t cuda | FileCheck %s --check-prefix=WROTE
# RUN: %if cuda %{ tessel-exec --bundle=%t/cuda/llama_attention | FileCheck %s --check-prefix=EXEC %}
# RUN: %if cuda %{ tessel-exec --bundle=%t/cuda/quantized_mlp | FileCheck %s --check-prefix=EXEC %}

# WROTE: llama_attention
# WROTE: quantized_mlp
# EXEC: forward result 0 {{.*}}: ok
# EXEC-NOT: FAIL

import os
import sys

import numpy as np

from tessel.bundle import write_bundle


def write_frontend_bundles(inputs, out, target):
    for name in ["llama_attention", "quantized_mlp"]:
        with open(os.path.join(inputs, name + ".mlir")) as f:
            source = f.read()
        x = np.load(os.path.join(inputs, name + ".input.npy"))
        expected = np.load(os.path.join(inputs, name + ".expected.npy"))
        write_bundle(os.path.join(out, name), source,
                     {"forward": ([x], [expected], 1e-4)}, target=target, name=name)
        print(name)


if __name__ == "__main__":
    inputs, out, target = sys.argv[1:4]
    write_frontend_bundles(inputs, os.path.join(out, target), target)
