"""Trains the learned cost model on tessel-tune's measurements and evaluates
it, side by side with the analytical model, on shapes held out of training.

    python -m tessel.costmodel.train python/tessel/costmodel/data/cpu.csv \
        --model lib/CostModel/Models/cpu.json --plot docs/images/costmodel-cpu.png

A case (one op and shape) is held out when a hash of its name says so (a
quarter of the cases, the same ones on every run); the model learns
log(seconds) from the features of the other cases' rows with XGBoost. The
evaluation reports the rank correlation (Spearman) between predicted and
measured times over all held-out rows and, per held-out case, over its
configurations (the harder question: shapes no longer help), and the
slowdown of the configuration each model would pick (as tessel-tile picks:
its fastest prediction among tiles that fit the scratchpad, the candidate
changing fewest of the default's choices on ties) against the
fastest measured, and that of the default configuration itself. --check-floors fails unless the learned model reaches the
floors of issue 6 (Spearman over the held-out rows >= 0.8 and a pick within
10% of the best on >= 80% of held-out cases).
"""

import argparse
import csv
import json
import math
import sys
import zlib

import numpy as np

# XGBoost settings; fixed seed, one thread: the same data gives the same model.
PARAMS = {
    "objective": "reg:squarederror",
    "max_depth": 6,
    "eta": 0.1,
    "subsample": 0.8,
    "colsample_bytree": 0.8,
    "min_child_weight": 5,
    "seed": 0,
    "nthread": 1,
}
ROUNDS = 200
HELD_OUT_BUCKETS = 4


# The features that describe an op's shape and configuration: the learned
# model is trusted only within the range of each that its training cases of
# the op's kind covered (recorded in the model as the booster attribute
# `tessel_training_ranges`); outside, Tessel ranks with the analytical
# model (lib/CostModel/LearnedCostModel.cpp).
RANGE_FEATURES = ("log2_batch", "log2_m", "log2_n", "log2_k", "log2_dv",
                  "head_group", "bits", "log2_group_size", "element_bytes",
                  "log2_tile_m", "log2_tile_n", "log2_key_block", "log2_lanes")
KIND_FLAGS = {"attention": "is_attention", "qmatmul": "is_qmatmul",
              "softmax": "is_softmax", "matmul": "is_matmul"}


def training_ranges(names, train):
    """{kind: {feature: [min, max]}} over the training rows of each kind."""
    ranges = {}
    for kind, flag in KIND_FLAGS.items():
        if flag not in names:
            continue
        rows = [r for r in train if r[2][names.index(flag)] == 1]
        if not rows:
            continue
        ranges[kind] = {
            f: [min(r[2][names.index(f)] for r in rows),
                max(r[2][names.index(f)] for r in rows)]
            for f in RANGE_FEATURES if f in names}
    return ranges


def held_out(case):
    return zlib.crc32(case.encode()) % HELD_OUT_BUCKETS == 0


def load(paths):
    """Rows of the datasets: (case, config, features, seconds) with the
    feature names, in file order; rows not yet measured are skipped."""
    names, rows = None, []
    for path in paths:
        with open(path) as f:
            reader = csv.reader(f)
            header = next(reader)
            if names is None:
                names = header[2:-1]
            elif names != header[2:-1]:
                sys.exit(f"{path}: other features than {paths[0]}")
            for r in reader:
                if r[-1].startswith("bundle:"):
                    continue
                rows.append((r[0], r[1], [float(v) for v in r[2:-1]], float(r[-1])))
    return names, rows


def spearman(a, b):
    """Rank correlation with average ranks for ties; nan for constant input."""
    from scipy.stats import spearmanr
    if len(a) < 2 or np.all(a == a[0]) or np.all(b == b[0]):
        return float("nan")
    return float(spearmanr(a, b).statistic)


def choices(config):
    """"columns=64 lanes=16" -> {"columns": "64", "lanes": "16"}."""
    return dict(part.split("=") for part in config.split())


def pick(rows, predicted, fits_col):
    """The configuration tessel-tile takes (chooseConfiguration in C++): the
    fastest prediction among those whose tile fits the scratchpad (where the
    default's does); on ties
    the one changing fewest choices of the first (the default)."""
    default = choices(rows[0][1])

    def changes(i):
        c = choices(rows[i][1])
        return sum(c.get(k) != v for k, v in default.items())

    best = 0
    for i in range(1, len(rows)):
        a, b = predicted[i], predicted[best]
        faster = a < b - 1e-9 * abs(b)
        tie = not faster and a <= b + 1e-9 * abs(b)
        fits = rows[i][2][fits_col] > 0 or rows[0][2][fits_col] == 0
        if (faster or (tie and changes(i) < changes(best))) and fits:
            best = i
    return best


def evaluate(cases, predict, fits_col):
    """Per held-out case: Spearman and pick slowdown of `predict` (rows ->
    predicted log seconds); and the Spearman over all held-out rows."""
    out = {}
    pooled_predicted, pooled_measured = [], []
    for case, rows in cases.items():
        measured = np.array([r[3] for r in rows])
        predicted = predict(rows)
        pooled_predicted.extend(predicted)
        pooled_measured.extend(measured)
        chosen = pick(rows, list(predicted), fits_col)
        out[case] = {
            "configs": len(rows),
            "spearman": spearman(predicted, measured),
            "pick": rows[chosen][1],
            "best": rows[int(np.argmin(measured))][1],
            "slowdown": float(measured[chosen] / measured.min()),
        }
    return out, spearman(np.array(pooled_predicted), np.array(pooled_measured))


def summarize(evaluation):
    per_case, pooled = evaluation
    rhos = [c["spearman"] for c in per_case.values() if not math.isnan(c["spearman"])]
    slow = [c["slowdown"] for c in per_case.values()]
    return {
        "cases": len(per_case),
        "pooled_spearman": pooled,
        "mean_spearman": float(np.mean(rhos)) if rhos else float("nan"),
        "median_spearman": float(np.median(rhos)) if rhos else float("nan"),
        "within_10_percent": float(np.mean([s <= 1.10 for s in slow])),
        "geomean_slowdown": float(np.exp(np.mean(np.log(slow)))),
        "worst_slowdown": float(max(slow)),
    }


def plot(path, target, held, learned, analytical, predict_learned, analytical_col):
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    fig, axes = plt.subplots(1, 3, figsize=(16, 4.8))
    measured = np.array([r[3] for rows in held.values() for r in rows])
    for ax, (label, pred) in zip(axes[:2], [
            ("learned", np.exp(np.concatenate([predict_learned(rows) for rows in held.values()]))),
            ("analytical", np.array([10 ** r[2][analytical_col] for rows in held.values() for r in rows]))]):
        ax.loglog(measured, pred, ".", alpha=0.5)
        lo, hi = measured.min(), measured.max()
        ax.plot([lo, hi], [lo, hi], "k--", lw=0.8)
        ax.set_xlabel("measured seconds")
        ax.set_ylabel(f"{label} prediction (seconds)")
        ax.set_title(f"{target}: {label} model, held-out shapes")
    names = sorted(held)
    x = np.arange(len(names))
    axes[2].bar(x - 0.2, [learned[n]["slowdown"] for n in names], 0.4, label="learned")
    axes[2].bar(x + 0.2, [analytical[n]["slowdown"] for n in names], 0.4, label="analytical")
    axes[2].axhline(1.10, color="k", ls="--", lw=0.8, label="10% of best")
    axes[2].set_xticks(x, [n.replace("attention_", "attn_").replace("qmatmul_", "qmm_") for n in names],
                       rotation=90, fontsize=6)
    axes[2].set_ylabel("pick / best measured")
    axes[2].set_title("slowdown of each model's pick")
    axes[2].legend(fontsize=8)
    fig.tight_layout()
    fig.savefig(path, dpi=110)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("datasets", nargs="+", help="tessel-tune CSV files of one target")
    parser.add_argument("--target", default="cpu", help="named in the report")
    parser.add_argument("--model", required=True, help="the XGBoost JSON model to write "
                        "(or, with --evaluate-only, to read)")
    parser.add_argument("--evaluate-only", action="store_true")
    parser.add_argument("--rounds", type=int, default=ROUNDS)
    parser.add_argument("--plot", help="write the evaluation as a PNG here")
    parser.add_argument("--report", help="write the evaluation as JSON here")
    parser.add_argument("--check-floors", action="store_true")
    parser.add_argument("--record-ranges", action="store_true",
                        help="with --evaluate-only: record the training ranges "
                        "in the existing model (not retrained) and save it")
    args = parser.parse_args()

    import xgboost as xgb
    names, rows = load(args.datasets)
    train = [r for r in rows if not held_out(r[0])]
    held = {}
    for r in rows:
        if held_out(r[0]):
            held.setdefault(r[0], []).append(r)
    if not held or not train:
        sys.exit("need both training and held-out cases")

    ranges = json.dumps(training_ranges(names, train), sort_keys=True)
    if args.evaluate_only:
        booster = xgb.Booster(model_file=args.model)
        if booster.feature_names != names:
            sys.exit(f"{args.model} was trained on other features")
        if args.record_ranges:
            booster.set_attr(tessel_training_ranges=ranges)
            booster.save_model(args.model)
    else:
        dtrain = xgb.DMatrix(np.array([r[2] for r in train], dtype=np.float32),
                             label=np.log([r[3] for r in train]), feature_names=names)
        booster = xgb.train(PARAMS, dtrain, num_boost_round=args.rounds)
        booster.set_attr(tessel_training_ranges=ranges)
        booster.save_model(args.model)

    def predict_learned(case_rows):
        m = xgb.DMatrix(np.array([r[2] for r in case_rows], dtype=np.float32),
                        feature_names=names)
        return booster.predict(m).astype(np.float64)

    col = names.index("log10_analytical_s")
    fits = names.index("fits_scratchpad")
    learned = evaluate(held, predict_learned, fits)
    analytical = evaluate(held, lambda case_rows: np.array([r[2][col] for r in case_rows]), fits)
    # The fixed default (each case's first row): what the compiler did
    # before it ranked; its "prediction" is constant, so it has no Spearman.
    default = evaluate(held, lambda case_rows: np.zeros(len(case_rows)), fits)
    report = {
        "target": args.target,
        "training_rows": len(train),
        "training_cases": len({r[0] for r in train}),
        "learned": summarize(learned),
        "analytical": summarize(analytical),
        "default": summarize(default),
        "per_case": {c: {"learned": learned[0][c], "analytical": analytical[0][c],
                         "default": default[0][c]} for c in sorted(held)},
    }
    print(f"{args.target}: {report['training_cases']} training cases ({len(train)} rows), "
          f"{len(held)} held out")
    print(f"{'':12} {'rho all':>8} {'rho/case':>9} {'median':>7} {'pick<=1.1x':>11} "
          f"{'geomean':>8} {'worst':>7}")
    for label in ("learned", "analytical", "default"):
        s = report[label]
        print(f"{label:12} {s['pooled_spearman']:8.3f} {s['mean_spearman']:9.3f} "
              f"{s['median_spearman']:7.3f} {100 * s['within_10_percent']:10.0f}% "
              f"{s['geomean_slowdown']:8.3f} {s['worst_slowdown']:7.2f}")
    if args.report:
        with open(args.report, "w") as f:
            json.dump(report, f, indent=1, sort_keys=True)
            f.write("\n")
    if args.plot:
        plot(args.plot, args.target, held, learned[0], analytical[0], predict_learned, col)
    if args.check_floors:
        s = report["learned"]
        if not (s["pooled_spearman"] >= 0.8 and s["within_10_percent"] >= 0.8):
            sys.exit(f"floors not met: Spearman {s['pooled_spearman']:.3f} (>= 0.8), "
                     f"pick within 10% on {100 * s['within_10_percent']:.0f}% (>= 80%)")
        print("floors met")


if __name__ == "__main__":
    main()
