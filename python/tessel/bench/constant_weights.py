#!/usr/bin/env python3
"""Writes the constant-weight qmatmul benchmark: int4 weights inlined as a
constant, as a model exported with its quantized weights has them.

tools/scripts/bench-cuda.sh compiles it twice for the GPU: with
tessel-cuda-pipeline's layout choice (tessel-propagate-layouts packs the
constant into the i32 words the qmatmul kernel reads) and with
`--choose-layouts=0` (the constant keeps a byte per weight, and the op
takes the generic path), so that the two differ only in that decision.

Usage: constant_weights.py OUT.mlir [N K]
"""

import sys

import numpy as np


def main():
    out = sys.argv[1]
    n, k = (int(sys.argv[2]), int(sys.argv[3])) if len(sys.argv) > 3 else (4096, 4096)
    groups = k // 128
    rng = np.random.default_rng(11)
    weights = rng.integers(-8, 8, size=(n, k), dtype=np.int8)
    # Dense hex: one byte per i4 element, the value in its low bits.
    data = (weights.astype(np.uint8) & 0xF).tobytes().hex().upper()
    name = f"const_w4_m1_{n}x{k}"
    with open(out, "w") as f:
        f.write(f"""func.func @{name}(%x: tensor<1x{k}xbf16>, %s: tensor<{n}x{groups}xbf16>) -> tensor<1x{n}xbf16> {{
  %w = arith.constant dense<"0x{data}"> : tensor<{n}x{k}xi4>
  %e = tensor.empty() : tensor<1x{n}xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<1x{k}xbf16>, tensor<{n}x{k}xi4>, tensor<{n}x{groups}xbf16>) outs(%e : tensor<1x{n}xbf16>) -> tensor<1x{n}xbf16>
  return %y : tensor<1x{n}xbf16>
}}
""")


if __name__ == "__main__":
    main()
