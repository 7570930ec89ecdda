#!/usr/bin/env python3
"""Ratio table of Tessel's CPU benchmarks against their peers.

Reads the `bench <name>: median <ms> ms, ...` lines that tessel-run --bench
prints (a file, or several runs concatenated) and the JSON of cpu_peers.py,
and prints a Markdown table: Tessel's median, the peer's median, and the
ratio peer / Tessel (1.0 = as fast as the peer, above 1 = faster).

Usage: cpu_report.py TESSEL_OUTPUT PEERS_JSON
"""

import json
import re
import sys

# Tessel benchmark -> (peer benchmark, peer name, what the peer is).
PAIRS = {
    "gemm_f32_1024": ("gemm_f32_1024", "numpy_matmul", "numpy (OpenBLAS)"),
    "attention_full": ("attention_f32_b1h8s1024d64", "torch_sdpa",
                       "PyTorch SDPA (CPU flash)"),
    "attention_causal": ("attention_f32_b1h8s1024d64", "torch_sdpa_causal",
                         "PyTorch SDPA causal (CPU flash)"),
    "decode_b1_s4096": ("decode_f32_b1_s4096", "torch_sdpa_gqa",
                        "PyTorch SDPA (enable_gqa)"),
    "qmatmul_int4_m1_4096": ("qmatmul_int4_m1_4096", "torch_int4pack_mm_bf16",
                             "PyTorch int4 weight-only (bf16 act.)"),
    "softmax_three_pass": ("softmax_f32", "torch_softmax_out",
                           "PyTorch softmax (preallocated out)"),
    "softmax_two_pass": ("softmax_f32", "torch_softmax_out",
                         "PyTorch softmax (preallocated out)"),
    "softmax_online": ("softmax_f32", "torch_softmax_out",
                       "PyTorch softmax (preallocated out)"),
}

BENCH_LINE = re.compile(r"^bench (\S+): median ([0-9.]+) ms")


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    tessel = {}
    with open(sys.argv[1]) as f:
        for line in f:
            m = BENCH_LINE.match(line.strip())
            if m:
                tessel[m.group(1)] = float(m.group(2))
    with open(sys.argv[2]) as f:
        peers = json.load(f)

    print("| benchmark | Tessel (ms) | peer | peer (ms) | peer / Tessel |")
    print("| --- | ---: | --- | ---: | ---: |")
    for name, ms in tessel.items():
        if name not in PAIRS:
            print(f"| {name} | {ms:.3f} | - | - | - |")
            continue
        bench, peer, label = PAIRS[name]
        entry = peers.get("benchmarks", {}).get(bench, {}).get("peers", {})
        entry = entry.get(peer)
        if not entry or "median_ms" not in entry:
            print(f"| {name} | {ms:.3f} | {label} | unavailable | - |")
            continue
        ratio = entry["median_ms"] / ms
        print(f"| {name} | {ms:.3f} | {label} | {entry['median_ms']:.3f} "
              f"| {ratio:.2f}x |")


if __name__ == "__main__":
    main()
