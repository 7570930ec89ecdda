"""Fills the times measured on the GPU machine into a tessel-tune dataset.

    python -m tessel.costmodel.measurements dataset.csv timings.txt

tessel-tune --target=cuda writes each row's time as `bundle:<name>`; on the
GPU machine tools/scripts/tune-cuda.sh times every bundle and writes
`<name> <median ms>` lines. Rows whose bundle has a time get it in seconds;
the others keep their placeholder (so that a partial run can be completed).
"""

import argparse
import csv


def fill(dataset, timings):
    """Rewrites `dataset` with the times of `timings`; the number filled."""
    times = {}
    with open(timings) as f:
        for line in f:
            parts = line.split()
            if len(parts) == 2:
                times[parts[0]] = float(parts[1]) * 1e-3
    with open(dataset) as f:
        rows = list(csv.reader(f))
    filled = 0
    for row in rows[1:]:
        if row[-1].startswith("bundle:") and row[-1][7:] in times:
            row[-1] = f"{times[row[-1][7:]]:.6e}"
            filled += 1
    with open(dataset, "w", newline="") as f:
        csv.writer(f, lineterminator="\n").writerows(rows)
    return filled


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("dataset")
    parser.add_argument("timings")
    args = parser.parse_args()
    print(f"{fill(args.dataset, args.timings)} rows filled")


if __name__ == "__main__":
    main()
