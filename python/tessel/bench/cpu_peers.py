#!/usr/bin/env python3
"""Times Tessel's CPU peers (numpy/OpenBLAS, PyTorch) on the benchmark shapes.

Prints one JSON object on one line to stdout: for each benchmark its shape
and, for each peer, the median (and min) wall time in milliseconds over
--iters timed runs after --warmup untimed ones (time.perf_counter around each
call), plus derived GFLOP/s or GB/s where they mean something.

Threads: the peers are pinned to --threads (default 2, this machine's core
count) so they compete on the same cores as Tessel. The thread-count
environment variables (OMP_NUM_THREADS for torch's OpenMP pool,
OPENBLAS_NUM_THREADS for numpy's OpenBLAS, MKL_NUM_THREADS for torch's MKL)
are read by those libraries when they load, so this script sets them before
it imports numpy or torch, overriding any value in the environment; it also
calls torch.set_num_threads. Import this module's main() only from a fresh
process for the same reason.

Install the peers with tools/scripts/install-bench-peers.sh.

Usage:
  python3 python/tessel/bench/cpu_peers.py [--iters N] [--warmup N]
      [--threads N] [--only NAME]...
"""

import argparse
import json
import os
import platform
import statistics
import sys
import time

BENCHMARKS = (
    "gemm_f32_1024",
    "attention_f32_b1h8s1024d64",
    "decode_f32_b1_s4096",
    "qmatmul_int4_m1_4096",
    "softmax_f32",
)


def _time_ms(fn, warmup, iters):
    """Runs fn warmup times untimed, then iters times timed; returns stats."""
    for _ in range(warmup):
        fn()
    samples = []
    for _ in range(iters):
        t0 = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - t0) * 1e3)
    return {
        "median_ms": round(statistics.median(samples), 4),
        "min_ms": round(min(samples), 4),
        "max_ms": round(max(samples), 4),
    }


def _unavailable(exc):
    return {"available": False, "reason": f"{type(exc).__name__}: {exc}"}


def _numpy_blas_name(np):
    try:
        cfg = np.show_config(mode="dicts")
        blas = cfg["Build Dependencies"]["blas"]
        return f"{blas.get('name')} {blas.get('version', '')}".strip()
    except Exception:  # older numpy: show_config only prints
        return None


def bench_gemm(np, torch, args):
    n = 1024
    flops = 2.0 * n * n * n
    rng = np.random.default_rng(0)
    a = rng.standard_normal((n, n), dtype=np.float32)
    b = rng.standard_normal((n, n), dtype=np.float32)
    c = np.empty((n, n), dtype=np.float32)
    out = {"shape": {"M": n, "N": n, "K": n, "dtype": "f32"}, "peers": {}}

    r = _time_ms(lambda: np.matmul(a, b, out=c), args.warmup, args.iters)
    r["gflops"] = round(flops / (r["median_ms"] * 1e-3) / 1e9, 2)
    r["blas"] = _numpy_blas_name(np)
    out["peers"]["numpy_matmul"] = r

    if torch is not None:
        ta, tb = torch.from_numpy(a), torch.from_numpy(b)
        tc = torch.empty(n, n)
        r = _time_ms(lambda: torch.mm(ta, tb, out=tc), args.warmup, args.iters)
        r["gflops"] = round(flops / (r["median_ms"] * 1e-3) / 1e9, 2)
        r["blas"] = "torch.mm (MKL)" if torch.backends.mkl.is_available() else "torch.mm"
        out["peers"]["torch_mm"] = r
    return out


def bench_attention(np, torch, args):
    if torch is None:
        raise RuntimeError("torch is not installed")
    import torch.nn.functional as F

    B, H, S, D = 1, 8, 1024, 64
    out = {"shape": {"B": B, "H": H, "S": S, "D": D, "dtype": "f32"}, "peers": {}}
    g = torch.Generator().manual_seed(0)
    q = torch.randn(B, H, S, D, generator=g)
    k = torch.randn(B, H, S, D, generator=g)
    v = torch.randn(B, H, S, D, generator=g)
    full_flops = 4.0 * B * H * S * S * D  # QK^T and PV
    for causal in (False, True):
        try:
            from torch.nn.attention import SDPBackend
            choice = torch._fused_sdp_choice(q, k, v, None, 0.0, causal)
            backend = SDPBackend(choice).name
        except Exception as e:  # private API; informational only
            backend = f"unknown ({type(e).__name__})"
        fn = lambda: F.scaled_dot_product_attention(q, k, v, is_causal=causal)
        r = _time_ms(fn, args.warmup, args.iters)
        flops = full_flops / 2 if causal else full_flops
        r["gflops"] = round(flops / (r["median_ms"] * 1e-3) / 1e9, 2)
        r["backend"] = backend
        name = "torch_sdpa_causal" if causal else "torch_sdpa"
        out["peers"][name] = r
    out["note"] = ("gflops counts 4*B*H*S*S*D for non-causal and half that "
                   "for causal; backend FLASH_ATTENTION on CPU is "
                   "aten::_scaled_dot_product_flash_attention_for_cpu")
    return out


def bench_decode(np, torch, args):
    if torch is None:
        raise RuntimeError("torch is not installed")
    import torch.nn.functional as F

    B, HQ, HKV, S, D = 1, 32, 8, 4096, 128
    out = {"shape": {"B": B, "Hq": HQ, "Hkv": HKV, "Sq": 1, "Skv": S, "D": D,
                     "dtype": "f32"}, "peers": {}}
    g = torch.Generator().manual_seed(0)
    q = torch.randn(B, HQ, 1, D, generator=g)
    k = torch.randn(B, HKV, S, D, generator=g)
    v = torch.randn(B, HKV, S, D, generator=g)
    fn = lambda: F.scaled_dot_product_attention(q, k, v, enable_gqa=True)
    r = _time_ms(fn, args.warmup, args.iters)
    r["gbps_kv"] = round(2 * B * HKV * S * D * 4 / (r["median_ms"] * 1e-3) / 1e9, 2)
    out["peers"]["torch_sdpa_gqa"] = r
    out["note"] = "gbps_kv counts one read of the keys and values"
    return out


def bench_qmatmul(np, torch, args):
    if torch is None:
        raise RuntimeError("torch is not installed")
    import torch.nn.functional as F

    M, K, N, G = 1, 4096, 4096, 128
    out = {"shape": {"M": M, "K": K, "N": N, "group_size": G,
                     "weight": "int4 asymmetric, per-group scale and zero"},
           "peers": {}}
    flops = 2.0 * M * N * K
    g = torch.Generator().manual_seed(0)

    # torch's CPU int4 weight-only kernel. Packing: int32 [N, K] with values
    # 0..15 -> uint8 [N, K/2] (innerKTiles is ignored on CPU). Scales and
    # zeros: [K/G, N, 2] in the activation dtype; dequantized weight is
    # (q - 8) * scale + zero. Activations and output: f32, bf16 or f16.
    try:
        if not hasattr(torch, "_weight_int4pack_mm_for_cpu"):
            raise RuntimeError("torch._weight_int4pack_mm_for_cpu missing "
                               f"in torch {torch.__version__}")
        q = torch.randint(0, 16, (N, K), dtype=torch.int32, generator=g)
        packed = torch._convert_weight_to_int4pack_for_cpu(q, 1)
        for dt_name, dt in (("bf16", torch.bfloat16), ("f32", torch.float32)):
            scale = (torch.rand(K // G, N, generator=g) * 0.01 + 1e-3).to(dt)
            zero = (torch.randn(K // G, N, generator=g) * 0.01).to(dt)
            sz = torch.stack([scale, zero], dim=-1).contiguous()
            x = torch.randn(M, K, generator=g).to(dt)
            fn = lambda: torch._weight_int4pack_mm_for_cpu(x, packed, G, sz)
            r = _time_ms(fn, args.warmup, args.iters)
            wbytes = packed.numel() * packed.element_size() + sz.numel() * sz.element_size()
            r["gflops"] = round(flops / (r["median_ms"] * 1e-3) / 1e9, 2)
            r["weight_bytes"] = wbytes
            r["weight_gbps"] = round(wbytes / (r["median_ms"] * 1e-3) / 1e9, 2)
            r["activation_dtype"] = dt_name
            r["kernel"] = "torch._weight_int4pack_mm_for_cpu"
            out["peers"][f"torch_int4pack_mm_{dt_name}"] = r
    except Exception as e:
        out["peers"]["torch_int4pack_mm"] = _unavailable(e)

    # Dense f32 reference: same FLOPs, 4x the weight bytes of int4 (8x vs
    # packed nibbles, ignoring scales).
    w = torch.randn(N, K, generator=g)
    x = torch.randn(M, K, generator=g)
    r = _time_ms(lambda: F.linear(x, w), args.warmup, args.iters)
    wbytes = w.numel() * w.element_size()
    r["gflops"] = round(flops / (r["median_ms"] * 1e-3) / 1e9, 2)
    r["weight_bytes"] = wbytes
    r["weight_gbps"] = round(wbytes / (r["median_ms"] * 1e-3) / 1e9, 2)
    r["kernel"] = "torch.nn.functional.linear (f32 dense)"
    out["peers"]["torch_linear_f32"] = r
    return out


def bench_softmax(np, torch, args):
    if torch is None:
        raise RuntimeError("torch is not installed")
    rows, cols = 64, 262144
    out = {"shape": {"rows": rows, "cols": cols, "dim": -1, "dtype": "f32",
                     "bytes": rows * cols * 4},
           "peers": {}}
    x = torch.randn(rows, cols, generator=torch.Generator().manual_seed(0))
    y = torch.empty_like(x)
    nbytes = 2 * x.numel() * x.element_size()  # one read + one write, minimum

    # Into a preallocated output: what a compiled kernel writing a given
    # buffer does.
    r = _time_ms(lambda: torch.ops.aten._softmax.out(x, -1, False, out=y),
                 args.warmup, args.iters)
    r["gbps_min_traffic"] = round(nbytes / (r["median_ms"] * 1e-3) / 1e9, 2)
    r["call"] = "aten._softmax.out(x, -1, False, out=y)"
    out["peers"]["torch_softmax_out"] = r

    # Plain torch.softmax: allocates a 64 MiB output every call (fresh pages
    # from the OS each time: glibc returns such large blocks on free).
    r = _time_ms(lambda: torch.softmax(x, -1), args.warmup, args.iters)
    r["gbps_min_traffic"] = round(nbytes / (r["median_ms"] * 1e-3) / 1e9, 2)
    r["call"] = "torch.softmax(x, -1)"
    out["peers"]["torch_softmax"] = r
    out["note"] = "gbps_min_traffic counts one read and one write of the tensor"
    return out


RUNNERS = {
    "gemm_f32_1024": bench_gemm,
    "attention_f32_b1h8s1024d64": bench_attention,
    "decode_f32_b1_s4096": bench_decode,
    "qmatmul_int4_m1_4096": bench_qmatmul,
    "softmax_f32": bench_softmax,
}


def _cpu_model():
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or None


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--iters", type=int, default=20,
                   help="timed runs per peer (median reported); default 20")
    p.add_argument("--warmup", type=int, default=3,
                   help="untimed runs before timing; default 3")
    p.add_argument("--threads", type=int, default=2,
                   help="threads for torch/OpenMP/OpenBLAS/MKL; default 2")
    p.add_argument("--only", action="append", choices=BENCHMARKS,
                   metavar="NAME",
                   help="run only this benchmark (repeatable): "
                        + ", ".join(BENCHMARKS))
    args = p.parse_args(argv)
    if args.iters < 1 or args.warmup < 0 or args.threads < 1:
        p.error("--iters and --threads must be >= 1, --warmup >= 0")

    # Must happen before numpy/torch load their thread pools.
    for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ[var] = str(args.threads)

    import numpy as np
    try:
        import torch
        torch.set_num_threads(args.threads)
        torch.set_grad_enabled(False)
    except ImportError:
        torch = None

    result = {
        "host": {"cpu": _cpu_model(), "logical_cpus": os.cpu_count(),
                 "python": platform.python_version()},
        "threads": args.threads,
        "iters": args.iters,
        "warmup": args.warmup,
        "numpy_version": np.__version__,
        "numpy_blas": _numpy_blas_name(np),
        "torch_version": torch.__version__ if torch is not None else None,
        "benchmarks": {},
    }
    if torch is not None:
        result["torch_num_threads"] = torch.get_num_threads()
        try:
            result["torch_cpu_capability"] = torch.backends.cpu.get_cpu_capability()
        except Exception:
            pass

    for name in args.only or BENCHMARKS:
        try:
            result["benchmarks"][name] = RUNNERS[name](np, torch, args)
        except Exception as e:
            result["benchmarks"][name] = _unavailable(e)

    json.dump(result, sys.stdout, separators=(",", ":"))
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
