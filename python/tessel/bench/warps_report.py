#!/usr/bin/env python3
"""Table of the qmatmul kernel's times by warps per block.

Reads tessel-exec --bench logs (`== <bundle>` names the bundle of the
`bench <function>: median <ms> ms, ...` lines after it): the bundles
`warps-<W>` compiled with a fixed count of warps per block, and the bundle
`qmatmul-warps` compiled with the cost model's choice, whose counts the
CHOSEN file lists (`<function> <warps>` lines, from the compiled IR). Prints
a Markdown table: the chosen count and its time, the fixed default (4) and
the ratio default / chosen (above 1: the choice is faster), and the fastest
count measured.

Usage: warps_report.py CHOSEN LOGS...
       warps_report.py --chosen IR   (writes the CHOSEN lines: the threads of
                                      each function's gpu.launch / 32, from
                                      the output of convert-tessel-to-gpu)
"""

import re
import sys


def read_times(paths):
    """{bundle: {function: median us}} from the logs."""
    times = {}
    bundle = None
    for path in paths:
        for line in open(path):
            m = re.match(r"== (\S+)", line)
            if m:
                bundle = m.group(1)
                continue
            m = re.match(r"bench (\S+): median ([0-9.eE+-]+) ms", line)
            if m and bundle:
                times.setdefault(bundle, {})[m.group(1)] = float(m.group(2)) * 1e3
    return times


def chosen_warps(path):
    """`<function> <warps>` for each function of convert-tessel-to-gpu's output."""
    name = None
    for line in open(path):
        m = re.search(r"func\.func @(\w+)", line)
        if m:
            name = m.group(1)
        m = re.search(r"threads\([^)]*\) in \([^=]*= %c(\d+)", line)
        if m and name:
            print(name, int(m.group(1)) // 32)
            name = None


def main():
    if sys.argv[1] == "--chosen":
        chosen_warps(sys.argv[2])
        return
    chosen = {}
    for line in open(sys.argv[1]):
        if line.strip():
            name, warps = line.split()
            chosen[name] = int(warps)
    times = read_times(sys.argv[2:])
    fixed = {int(b.split("-")[1]): t for b, t in times.items()
             if re.fullmatch(r"warps-\d+", b)}
    model = times.get("qmatmul-warps", {})
    counts = sorted(fixed)
    print("| function | chosen | chosen time | 4 warps (default) | default / chosen | fastest | "
          + " | ".join(f"{w} warps" for w in counts) + " |")
    print("| --- " * (6 + len(counts)) + "|")
    for name in chosen:
        row = {w: fixed[w].get(name) for w in counts}
        known = {w: t for w, t in row.items() if t is not None}
        best = min(known, key=known.get) if known else None
        c = model.get(name)
        d = row.get(4)
        cells = [name, str(chosen[name]),
                 f"{c:.1f} us" if c else "-",
                 f"{d:.1f} us" if d else "-",
                 f"{d / c:.2f}x" if c and d else "-",
                 f"{best} ({known[best]:.1f} us)" if best else "-"]
        cells += [f"{t:.1f}" if t else "-" for t in row.values()]
        print("| " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
