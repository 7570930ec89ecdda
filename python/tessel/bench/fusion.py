"""Fused vs unfused on the CPU: what tessel-fuse's decisions are worth.

Each case is compiled twice from the same IR, with tessel-cpu-pipeline
(tessel-fuse on) and tessel-cpu-pipeline{fuse=0}, checked to agree, and
timed in the same process (medians of `--iterations` calls):

  dequantize+matmul  tessel.dequantize of int4 weights (group 128) feeding
                     linalg.matmul, vs one tessel.qmatmul (producer fusion)
  bias+silu          tessel.qmatmul then `+ b[n]` and SiLU spelled as
                     torch-mlir does (sigmoid generic, product generic), vs
                     the qmatmul epilogue (consumer fusion)
  residual           tessel.qmatmul then `+ r` (linalg.add), and attention
                     then `+ r`: the add inside the tile loop (tessel-tile's
                     consumer fusion) vs after it
                     (tessel-cpu-pipeline{fuse-consumers=0})

    python3 -m tessel.bench.fusion [--iterations N] [--only NAME]
"""

import argparse

import numpy as np

import tessel
from tessel.testing import relative_difference

DEQUANTIZE_MATMUL = """
func.func @f(%x: tensor<{M}x{K}xf32>, %w: tensor<{N}x{K}xi4>, %s: tensor<{N}x{G}xf32>) -> tensor<{M}x{N}xf32> {{
  %zero = arith.constant 0.0 : f32
  %ew = tensor.empty() : tensor<{N}x{K}xf32>
  %d = tessel.dequantize signed group_size(128) ins(%w, %s : tensor<{N}x{K}xi4>, tensor<{N}x{G}xf32>) outs(%ew : tensor<{N}x{K}xf32>) -> tensor<{N}x{K}xf32>
  %et = tensor.empty() : tensor<{K}x{N}xf32>
  %t = linalg.transpose ins(%d : tensor<{N}x{K}xf32>) outs(%et : tensor<{K}x{N}xf32>) permutation = [1, 0]
  %e = tensor.empty() : tensor<{M}x{N}xf32>
  %f = linalg.fill ins(%zero : f32) outs(%e : tensor<{M}x{N}xf32>) -> tensor<{M}x{N}xf32>
  %y = linalg.matmul ins(%x, %t : tensor<{M}x{K}xf32>, tensor<{K}x{N}xf32>) outs(%f : tensor<{M}x{N}xf32>) -> tensor<{M}x{N}xf32>
  return %y : tensor<{M}x{N}xf32>
}}
"""

BIAS_SILU = """
#id = affine_map<(d0, d1) -> (d0, d1)>
#row = affine_map<(d0, d1) -> (d1)>
func.func @f(%x: tensor<{M}x{K}xf32>, %w: tensor<{N}x{K}xi4>, %s: tensor<{N}x{G}xf32>, %b: tensor<{N}xf32>) -> tensor<{M}x{N}xf32> {{
  %one = arith.constant 1.0 : f32
  %e = tensor.empty() : tensor<{M}x{N}xf32>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<{M}x{K}xf32>, tensor<{N}x{K}xi4>, tensor<{N}x{G}xf32>) outs(%e : tensor<{M}x{N}xf32>) -> tensor<{M}x{N}xf32>
  %a = linalg.generic {{indexing_maps = [#id, #row, #id], iterator_types = ["parallel", "parallel"]}} ins(%y, %b : tensor<{M}x{N}xf32>, tensor<{N}xf32>) outs(%e : tensor<{M}x{N}xf32>) {{
  ^bb0(%in: f32, %bi: f32, %out: f32):
    %r = arith.addf %in, %bi : f32
    linalg.yield %r : f32
  }} -> tensor<{M}x{N}xf32>
  %sig = linalg.generic {{indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}} ins(%a : tensor<{M}x{N}xf32>) outs(%e : tensor<{M}x{N}xf32>) {{
  ^bb0(%in: f32, %out: f32):
    %n = arith.negf %in : f32
    %x1 = math.exp %n : f32
    %d = arith.addf %x1, %one : f32
    %r = arith.divf %one, %d : f32
    linalg.yield %r : f32
  }} -> tensor<{M}x{N}xf32>
  %m = linalg.generic {{indexing_maps = [#id, #id, #id], iterator_types = ["parallel", "parallel"]}} ins(%a, %sig : tensor<{M}x{N}xf32>, tensor<{M}x{N}xf32>) outs(%e : tensor<{M}x{N}xf32>) {{
  ^bb0(%in: f32, %in2: f32, %out: f32):
    %r = arith.mulf %in, %in2 : f32
    linalg.yield %r : f32
  }} -> tensor<{M}x{N}xf32>
  return %m : tensor<{M}x{N}xf32>
}}
"""

QMATMUL_RESIDUAL = """
func.func @f(%x: tensor<{M}x{K}xf32>, %w: tensor<{N}x{K}xi4>, %s: tensor<{N}x{G}xf32>, %r: tensor<{M}x{N}xf32>) -> tensor<{M}x{N}xf32> {{
  %e = tensor.empty() : tensor<{M}x{N}xf32>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<{M}x{K}xf32>, tensor<{N}x{K}xi4>, tensor<{N}x{G}xf32>) outs(%e : tensor<{M}x{N}xf32>) -> tensor<{M}x{N}xf32>
  %e2 = tensor.empty() : tensor<{M}x{N}xf32>
  %o = linalg.add ins(%y, %r : tensor<{M}x{N}xf32>, tensor<{M}x{N}xf32>) outs(%e2 : tensor<{M}x{N}xf32>) -> tensor<{M}x{N}xf32>
  return %o : tensor<{M}x{N}xf32>
}}
"""

# M = query rows, K = head dim, N = heads (batch 1).
ATTENTION_RESIDUAL = """
func.func @f(%q: tensor<1x{N}x{M}x{K}xf32>, %k: tensor<1x{N}x{M}x{K}xf32>, %v: tensor<1x{N}x{M}x{K}xf32>, %r: tensor<1x{N}x{M}x{K}xf32>) -> tensor<1x{N}x{M}x{K}xf32> {{
  %e = tensor.empty() : tensor<1x{N}x{M}x{K}xf32>
  %a = tessel.attention causal ins(%q, %k, %v : tensor<1x{N}x{M}x{K}xf32>, tensor<1x{N}x{M}x{K}xf32>, tensor<1x{N}x{M}x{K}xf32>) outs(%e : tensor<1x{N}x{M}x{K}xf32>) -> tensor<1x{N}x{M}x{K}xf32>
  %e2 = tensor.empty() : tensor<1x{N}x{M}x{K}xf32>
  %o = linalg.add ins(%a, %r : tensor<1x{N}x{M}x{K}xf32>, tensor<1x{N}x{M}x{K}xf32>) outs(%e2 : tensor<1x{N}x{M}x{K}xf32>) -> tensor<1x{N}x{M}x{K}xf32>
  return %o : tensor<1x{N}x{M}x{K}xf32>
}}
"""

# (name, IR, M, K, N, the pipeline without the decision)
NO_FUSE = "tessel-cpu-pipeline{fuse=0}"
NO_CONSUMERS = "tessel-cpu-pipeline{fuse-consumers=0}"
CASES = [
    ("dequantize+matmul", DEQUANTIZE_MATMUL, 1, 4096, 4096, NO_FUSE),
    ("dequantize+matmul", DEQUANTIZE_MATMUL, 16, 4096, 4096, NO_FUSE),
    ("bias+silu", BIAS_SILU, 16, 4096, 4096, NO_FUSE),
    ("bias+silu", BIAS_SILU, 256, 1024, 4096, NO_FUSE),
    ("qmatmul+residual", QMATMUL_RESIDUAL, 16, 4096, 4096, NO_CONSUMERS),
    ("qmatmul+residual", QMATMUL_RESIDUAL, 256, 1024, 4096, NO_CONSUMERS),
    ("attention+residual", ATTENTION_RESIDUAL, 1024, 64, 8, NO_CONSUMERS),
]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--iterations", type=int, default=10)
    parser.add_argument("--only", default="", help="cases whose name contains this")
    args = parser.parse_args()
    rng = np.random.default_rng(0)
    print("| case | M x K x N | unfused (ms) | fused (ms) | speedup |")
    print("| --- | --- | ---: | ---: | ---: |")
    for name, template, m, k, n, unfused_pipeline in CASES:
        if args.only not in name:
            continue
        source = template.format(M=m, K=k, N=n, G=k // 128)
        fused = tessel.compile(source).f
        unfused = tessel.compile(source, pipeline=unfused_pipeline).f
        inputs = [
            rng.integers(0, 16, t.shape) if t.element.startswith("i")
            else (rng.standard_normal(t.shape) * (0.05 if len(t.shape) == 2 and t.shape[0] == n else 1)).astype(t.dtype)
            for t in fused.inputs
        ]
        err = relative_difference(fused(*inputs), unfused(*inputs))
        assert err < 1e-4, "%s: fused and unfused differ by %g" % (name, err)
        unfused_ms, _ = unfused.benchmark(*inputs, warmup=2, iterations=args.iterations)
        fused_ms, _ = fused.benchmark(*inputs, warmup=2, iterations=args.iterations)
        print("| %s | %d x %d x %d | %.3f | %.3f | %.2fx |" % (
            name, m, k, n, unfused_ms, fused_ms, unfused_ms / fused_ms))


if __name__ == "__main__":
    main()
