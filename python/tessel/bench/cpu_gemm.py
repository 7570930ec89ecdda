#!/usr/bin/env python3
"""f32 and bf16 GEMMs on the CPU: Tessel against OpenBLAS (numpy) and
PyTorch, in one command (issue 24's GEMM rows).

Each shape is timed in rounds; in every round Tessel (`tessel-run --bench`
on a generated `linalg.matmul` function), numpy and PyTorch run one after
the other, each in a fresh process pinned to the same thread count, so that
the machine's slow drifts (a shared VM's neighbours) touch all three alike.
A round's figure is the median of --iters timed calls after --warmup; the
table gives the median over rounds, GFLOP/s, Tessel's fraction of the
machine's f32 FMA peak and the ratios (peer time / Tessel time: above 1,
Tessel is faster).

  python3 python/tessel/bench/cpu_gemm.py [--rounds 3] [--iters 3]
      [--torch-python PY] [--shapes MxNxK,...] [--dtype f32|bf16]

With --dtype bf16 the operands and the result are bf16 (Tessel accumulates
in f32, as PyTorch does); numpy has no bf16, so the peers are PyTorch's
bf16 `mm` and Tessel's own f32 GEMM of the same shape (the issue's "2x
Tessel's f32" where the machine has AVX512-BF16 but no AMX), and the peak
is the bf16 dot-product peak (twice the f32 FMA one) where the machine has
AVX512-BF16.

--torch-python names an interpreter that has torch (default: this one);
PyTorch's column is left out where it has none.
"""

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
DEFAULT_SHAPES = (
    ["1024x1024x1024"]
    + ["%dx%dx%d" % (m, n, k) for m in (64, 256, 1024)
       for n, k in ((4096, 4096), (14336, 4096), (4096, 14336))]
)

FUNCTION = """func.func @gemm(%a: tensor<{m}x{k}x{t}>, %b: tensor<{k}x{n}x{t}>) -> tensor<{m}x{n}x{t}> {{
  %zero = arith.constant 0.0 : {t}
  %e = tensor.empty() : tensor<{m}x{n}x{t}>
  %c = linalg.fill ins(%zero : {t}) outs(%e : tensor<{m}x{n}x{t}>) -> tensor<{m}x{n}x{t}>
  %r = linalg.matmul ins(%a, %b : tensor<{m}x{k}x{t}>, tensor<{k}x{n}x{t}>) outs(%c : tensor<{m}x{n}x{t}>) -> tensor<{m}x{n}x{t}>
  return %r : tensor<{m}x{n}x{t}>
}}
"""

# Times `a @ b` in a fresh process (the thread variables are read at import).
PEER = r"""
import os, sys, time, statistics
m, n, k, iters, warmup, threads = map(int, sys.argv[1:7])
peer, dtype = sys.argv[7], sys.argv[8]
for v in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[v] = str(threads)
if peer == "torch":
    import torch
    torch.set_num_threads(threads)
    t = torch.bfloat16 if dtype == "bf16" else torch.float32
    a = torch.rand(m, k).to(t); b = torch.rand(k, n).to(t)
    c = torch.empty(m, n, dtype=t)
    call = lambda: torch.mm(a, b, out=c)
else:
    import numpy as np
    a = np.random.rand(m, k).astype(np.float32)
    b = np.random.rand(k, n).astype(np.float32)
    c = np.empty((m, n), np.float32)
    call = lambda: np.matmul(a, b, out=c)
for _ in range(warmup):
    call()
samples = []
for _ in range(iters):
    t = time.perf_counter(); call(); samples.append(time.perf_counter() - t)
print(statistics.median(samples) * 1e3)
"""


def peak_gflops(threads):
    """The f32 FMA peak of `threads` cores at the nominal clock: 2 FMA units
    x the widest vector's f32 lanes x 2 FLOP."""
    flags, mhz = "", 0.0
    with open("/proc/cpuinfo") as f:
        for line in f:
            if line.startswith("flags") and not flags:
                flags = line
            if line.startswith("cpu MHz") and not mhz:
                mhz = float(line.split(":")[1])
    lanes = 16 if " avx512f" in flags else 8 if " avx2" in flags else 4
    return threads * mhz / 1e3 * 2 * lanes * 2, lanes


def time_tessel(tessel_run, path, iters, warmup):
    out = subprocess.run(
        [tessel_run, path, "--seed=1", "--bench=%d" % iters, "--warmup=%d" % warmup],
        check=True, capture_output=True, text=True).stdout
    return float(re.search(r"median ([0-9.]+) ms", out).group(1))


def time_peer(python, peer, m, n, k, iters, warmup, threads, dtype):
    out = subprocess.run(
        [python, "-c", PEER, str(m), str(n), str(k), str(iters), str(warmup),
         str(threads), peer, dtype], capture_output=True, text=True)
    if out.returncode != 0:
        return None
    return float(out.stdout.strip())


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--iters", type=int, default=3)
    parser.add_argument("--warmup", type=int, default=1)
    parser.add_argument("--threads", type=int, default=os.cpu_count())
    parser.add_argument("--torch-python", default=sys.executable)
    parser.add_argument("--shapes", default=",".join(DEFAULT_SHAPES))
    parser.add_argument("--dtype", choices=("f32", "bf16"), default="f32")
    parser.add_argument("--tessel-run",
                        default=os.path.join(ROOT, "build", "bin", "tessel-run"))
    args = parser.parse_args()
    bf16 = args.dtype == "bf16"
    peak, lanes = peak_gflops(args.threads)
    print("%d threads, f32 FMA peak %.0f GFLOP/s at the nominal clock (%d lanes)"
          % (args.threads, peak, lanes))
    if bf16:
        # vdpbf16ps: 32 multiply-adds an instruction where an FMA does 16.
        with open("/proc/cpuinfo") as f:
            dot = " avx512_bf16" in f.read()
        peak *= 2 if dot else 1
        print("bf16 peak %.0f GFLOP/s (%s)" % (
            peak, "AVX512-BF16 dot products" if dot else "no AVX512-BF16: f32 FMA"))
        peers = (("tessel_f32", None), ("torch", args.torch_python))
        print()
        print("| M x N x K | Tessel bf16 (ms) | GFLOP/s | of peak | Tessel f32 (ms) "
              "| f32 / bf16 | PyTorch bf16 (ms) | PyTorch / Tessel |")
    else:
        peers = (("numpy", sys.executable), ("torch", args.torch_python))
        print()
        print("| M x N x K | Tessel (ms) | GFLOP/s | of peak | numpy/OpenBLAS (ms) "
              "| OpenBLAS / Tessel | PyTorch (ms) | PyTorch / Tessel |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    with tempfile.TemporaryDirectory() as work:
        for shape in args.shapes.split(","):
            m, n, k = map(int, shape.split("x"))
            paths = {}
            for t in ("f32", args.dtype):
                paths[t] = os.path.join(work, "gemm_%s_%s.mlir" % (shape, t))
                with open(paths[t], "w") as f:
                    f.write(FUNCTION.format(m=m, n=n, k=k, t=t))
            times = {"tessel": [], **{p: [] for p, _ in peers}}
            for _ in range(args.rounds):
                times["tessel"].append(time_tessel(
                    args.tessel_run, paths[args.dtype], args.iters, args.warmup))
                for peer, python in peers:
                    if peer == "tessel_f32":
                        t = time_tessel(args.tessel_run, paths["f32"],
                                        args.iters, args.warmup)
                    else:
                        t = time_peer(python, peer, m, n, k, args.iters,
                                      args.warmup, args.threads, args.dtype)
                    if t is not None:
                        times[peer].append(t)
            med = {p: statistics.median(t) if t else None for p, t in times.items()}
            gflops = 2 * m * n * k / med["tessel"] / 1e6

            def cell(p):
                if med[p] is None:
                    return "n/a | n/a"
                return "%.2f | %.2fx" % (med[p], med[p] / med["tessel"])

            print("| %s | %.2f | %.0f | %.0f%% | %s | %s |" % (
                shape, med["tessel"], gflops, 100 * gflops / peak,
                cell(peers[0][0]), cell("torch")), flush=True)


if __name__ == "__main__":
    main()
