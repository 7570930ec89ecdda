#!/usr/bin/env python3
"""Ratio table of Tessel's GPU benchmarks against the peers of PEERS.md.

Reads the `bench <name>: median <ms> ms, ...` lines of tessel-exec --bench
(several bundles' logs concatenated; a `== <bundle>` line names the bundle
of the lines after it) and the peers.json that ../shared/bench/peers.py
writes in the same device call, and prints a Markdown table: Tessel's
median, the peer's, the ratio peer time / Tessel time (1.0 = as fast as the
peer, above 1 = faster), and the floor of issue 4 where there is one.

Usage: cuda_report.py TESSEL_LOGS... PEERS_JSON
"""

import json
import re
import sys

def attention_flops(key):
    """4 B H S^2 D for the B<b>H<h>S<s>D<d> shape in a peers.json key."""
    b, h, s, d = map(int, re.search(r"B(\d+)H(\d+)S(\d+)D(\d+)", key).groups())
    return 4 * b * h * s * s * d


def peer_us(peers, key):
    """The peer's time in microseconds (attention entries are TFLOP/s)."""
    if key.endswith("_TFLOPs"):
        flops = attention_flops(key) / (2 if "causal" in key else 1)
        tflops = peers.get(key)
        return flops / (tflops * 1e12) * 1e6 if tflops else None
    return peers.get(key)


# Tessel function -> [(peer label, peers.json key, issue-4 floor or None)].
PAIRS = {
    "packed_w4_m1_11008x4096": [
        ("tinygemm int4", "w4a16_tinygemm_1x11008x4096_us", 1.0)],
    "packed_w3_m1_11008x4096": [
        ("tinygemm int4", "w4a16_tinygemm_1x11008x4096_us", None)],
    "packed_w2_m1_11008x4096": [
        ("tinygemm int4", "w4a16_tinygemm_1x11008x4096_us", None)],
    "packed_w4_m1_4096x4096": [
        ("tinygemm int4", "w4a16_tinygemm_1x4096x4096_us", None),
        ("cuBLAS bf16", "gemm_bf16_1x4096x4096_us", None)],
    "packed_w4_m16_4096x4096": [
        ("cuBLAS bf16", "gemm_bf16_16x4096x4096_us", 1.0),
        ("tinygemm int4", "w4a16_tinygemm_16x4096x4096_us", None)],
    "i8_m1_11008x4096": [
        ("tinygemm int4", "w4a16_tinygemm_1x11008x4096_us", None)],
    "w4_m1_11008x4096": [("tinygemm int4", "w4a16_tinygemm_1x11008x4096_us", None),
                         ("cuBLAS bf16", "gemm_bf16_1x4096x4096_us", None)],
    "w4_m1_4096x4096": [("tinygemm int4", "w4a16_tinygemm_1x4096x4096_us", None),
                        ("cuBLAS bf16", "gemm_bf16_1x4096x4096_us", None)],
    "w4_m16_4096x4096": [("cuBLAS bf16", "gemm_bf16_16x4096x4096_us", None),
                         ("tinygemm int4", "w4a16_tinygemm_16x4096x4096_us", None)],
    "w3_m1_11008x4096": [("tinygemm int4", "w4a16_tinygemm_1x11008x4096_us", None)],
    "w2_m1_11008x4096": [("tinygemm int4", "w4a16_tinygemm_1x11008x4096_us", None)],
    "attention_full_b4h32s4096d128": [
        ("SDPA FlashAttention-2", "attn_flash_full_B4H32S4096D128_TFLOPs", 0.5)],
    "attention_causal_b4h32s4096d128": [
        ("SDPA FlashAttention-2", "attn_flash_causal_B4H32S4096D128_TFLOPs", 0.5)],
}
# The other attention shapes: FlashAttention-2, cuDNN and FlexAttention.
for shape, name in (("B4H32S4096D128", "b4h32s4096d128"),
                    ("B8H16S2048D64", "b8h16s2048d64"),
                    ("B1H32S16384D128", "b1h32s16384d128")):
    for mode in ("full", "causal"):
        PAIRS.setdefault(f"attention_{mode}_{name}", [
            ("SDPA FlashAttention-2", f"attn_flash_{mode}_{shape}_TFLOPs", None)])
        PAIRS[f"attention_{mode}_{name}"] += [
            ("cuDNN", f"attn_cudnn_{mode}_{shape}_TFLOPs", None),
            ("FlexAttention", f"attn_flex_{mode}_{shape}_TFLOPs", None)]

# Head dimension 256 and grouped-query heads (issue 21's shapes).
for mode in ("full", "causal"):
    PAIRS[f"attention_{mode}_b2h16s4096d256"] = [
        ("SDPA FlashAttention-2", f"attn_flash_{mode}_B2H16S4096D256_TFLOPs", None),
        ("cuDNN", f"attn_cudnn_{mode}_B2H16S4096D256_TFLOPs", None)]
    PAIRS[f"attention_{mode}_b4h32kv8s4096d128"] = [
        ("SDPA FlashAttention-2", f"attn_{mode}_B4H32KV8S4096D128_flash_us", None),
        ("cuDNN", f"attn_{mode}_B4H32KV8S4096D128_cudnn_us", None)]

# Decode attention (Sq 1, Hq 32, Hkv 8, D 128): cuDNN and FlashAttention-2
# through SDPA, the floors of the decode-attention issue.
for batch in (1, 4, 16, 64):
    for keys in (2048, 16384, 65536):
        shape = f"decode_B{batch}H32KV8S{keys}D128"
        PAIRS[f"decode_b{batch}_s{keys}"] = [
            ("cuDNN", f"{shape}_cudnn_us", 1.0),
            ("SDPA FlashAttention-2", f"{shape}_flash_us", 1.0)]


def main():
    *logs, peers_path = sys.argv[1:]
    peers = json.load(open(peers_path))
    rows = []
    for path in logs:
        bundle = ""
        for line in open(path):
            m = re.match(r"== (\S+)", line)
            if m:
                bundle = m.group(1)
            m = re.match(r"bench (\S+): median ([0-9.]+) ms", line)
            if not m:
                continue
            name, ms = m.group(1), float(m.group(2))
            for label, key, floor in PAIRS.get(name, [(None, None, None)]):
                us = peer_us(peers, key) if key else None
                ratio = us / (ms * 1e3) if us else None
                rows.append((bundle, name, ms * 1e3, label or "-",
                             us, ratio, floor))
    print(f"device: {peers.get('device')}, torch {peers.get('torch')}")
    print("| bundle | Tessel function | Tessel (us) | peer | peer (us) | "
          "peer/Tessel | floor |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    for bundle, name, us, label, peer, ratio, floor in rows:
        fmt = lambda v, f: f.format(v) if v is not None else "-"
        met = "" if floor is None or ratio is None else (
            " (met)" if ratio >= floor else " (not met)")
        print(f"| {bundle} | {name} | {us:.1f} | {label} | {fmt(peer, '{:.1f}')}"
              f" | {fmt(ratio, '{:.3f}x')} | "
              f"{fmt(floor, '{}x') if floor else '-'}{met} |")


if __name__ == "__main__":
    main()
