"""Fused vs unfused on the GPU: tessel.bench.fusion's cases as run bundles.

Here (with MLIR):
    python3 -m tessel.bench.fusion_cuda prepare DIR
writes, for every case, DIR/<case>-fused and DIR/<case>-unfused, compiled
with tessel-cuda-pipeline and tessel-cuda-pipeline{fuse=0}, with the same
seeded random inputs made on the GPU machine. There:
    bash tools/scripts/device-cuda.sh DIR        (BENCH=N to time)
    python3 python/tessel/bench/fusion_cuda.py compare OUTPUTS
checks that each pair's results (tessel-exec --output) agree, and
    python3 python/tessel/bench/fusion_cuda.py report LOG
prints the table from the timings in device-cuda.sh's log.
"""

import os
import re
import sys

import numpy as np



def prepare(directory):
    # Only here: the package needs libTesselC.so, which the GPU machine has
    # not (compare and report run there by path).
    from tessel.bench.fusion import CASES
    from tessel.bundle import write_bundle

    for name, template, m, k, n in CASES:
        source = template.format(M=m, K=k, N=n, G=k // 128)
        case = "%s-%dx%dx%d" % (name.replace("+", "-"), m, k, n)
        arguments = re.search(r"func\.func @f\(([^)]*)\)", source).group(1)
        seeds = list(range(1, arguments.count("tensor<") + 1))
        for variant, pipeline in [("fused", "tessel-cuda-pipeline"),
                                  ("unfused", "tessel-cuda-pipeline{fuse=0}")]:
            write_bundle(os.path.join(directory, "%s-%s" % (case, variant)), source,
                         {"f": (seeds, [], 0)}, target="cuda", pipeline=pipeline,
                         name=case.replace("-", "_"))
        print(case)


def compare(outputs):
    for fused in sorted(d for d in os.listdir(outputs) if d.endswith("-fused")):
        case = fused[: -len("-fused")]
        a = np.load(os.path.join(outputs, fused, "f.result0.npy")).astype(np.float64)
        b = np.load(os.path.join(outputs, case + "-unfused", "f.result0.npy")).astype(np.float64)
        err = np.abs(a - b).max() / max(np.abs(b).max(), 1e-30)
        print("%s: fused and unfused %s (relative difference %.2g)" % (
            case, "agree" if err < 1e-4 else "DIFFER", err))


def report(log):
    times, current = {}, None
    for line in open(log):
        if line.startswith("== "):
            current = line[3:].strip()
        match = re.search(r"median ([0-9.]+) ms", line)
        if match and current:
            times[current] = float(match.group(1))
    print("| case | unfused (ms) | fused (ms) | speedup |")
    print("| --- | ---: | ---: | ---: |")
    for name in sorted(times):
        if name.endswith("-fused"):
            case = name[: -len("-fused")]
            if case + "-unfused" in times:
                u, f = times[case + "-unfused"], times[name]
                print("| %s | %.3f | %.3f | %.2fx |" % (case, u, f, u / f))


if __name__ == "__main__":
    {"prepare": prepare, "compare": compare, "report": report}[sys.argv[1]](*sys.argv[2:])
