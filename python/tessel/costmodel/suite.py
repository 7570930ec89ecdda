"""Writes the suite of ops that tessel-tune measures: one public function per
(op, shape), attention and qmatmul, with shapes drawn from a seeded random
generator over the ranges that model workloads use.

    python -m tessel.costmodel.suite --target cpu --cases 40 -o suite.mlir

The case names say the shape, so that a dataset row is readable on its own.
"""

import argparse
import random

# Per target: the ranges shapes are drawn from. The CPU's are smaller than a
# GPU's so that a suite is measured in minutes on two cores.
RANGES = {
    "cpu": dict(
        batch=[1, 2], heads=[2, 4, 8], group=[1, 2, 4], seq=[64, 128, 256, 512, 1024],
        head_dim=[32, 64, 128], m=[1, 4, 16, 64], n=[256, 512, 1024, 2048],
        k=[512, 1024, 2048, 4096], bits=[2, 3, 4, 8], group_size=[32, 64, 128]),
    "cuda": dict(
        batch=[1, 2], heads=[8, 16], group=[1, 4], seq=[256, 512],
        head_dim=[64, 128], m=[1, 4, 16, 64], n=[1024, 2048, 4096, 11008],
        k=[1024, 2048, 4096], bits=[2, 3, 4, 8], group_size=[32, 64, 128]),
}


def attention_case(rng, r):
    b, hq = rng.choice(r["batch"]), rng.choice(r["heads"])
    group = rng.choice([g for g in r["group"] if hq % g == 0])
    hkv = hq // group
    skv = rng.choice(r["seq"])
    sq = skv if rng.random() < 0.75 else rng.choice([s for s in r["seq"] if s <= skv])
    d = rng.choice(r["head_dim"])
    causal = rng.random() < 0.5
    name = f"attention_b{b}_h{hq}_g{group}_q{sq}_k{skv}_d{d}" + ("_causal" if causal else "")
    q, kv = f"tensor<{b}x{hq}x{sq}x{d}xf32>", f"tensor<{b}x{hkv}x{skv}x{d}xf32>"
    body = (f"  %e = tensor.empty() : {q}\n"
            f"  %o = tessel.attention{' causal' if causal else ''} ins(%q, %k, %v : {q}, {kv}, {kv}) "
            f"outs(%e : {q}) -> {q}\n"
            f"  return %o : {q}\n")
    return name, f"func.func @{name}(%q: {q}, %k: {kv}, %v: {kv}) -> {q} {{\n{body}}}\n"


def qmatmul_case(rng, r):
    m, n, k = rng.choice(r["m"]), rng.choice(r["n"]), rng.choice(r["k"])
    bits, g = rng.choice(r["bits"]), rng.choice(r["group_size"])
    signed = rng.random() < 0.5
    name = f"qmatmul_m{m}_n{n}_k{k}_i{bits}_g{g}" + ("" if signed else "_unsigned")
    x, w, s, y = (f"tensor<{m}x{k}xf32>", f"tensor<{n}x{k}xi{bits}>",
                  f"tensor<{n}x{k // g}xf32>", f"tensor<{m}x{n}xf32>")
    body = (f"  %e = tensor.empty() : {y}\n"
            f"  %y = tessel.qmatmul {'signed' if signed else 'unsigned'} group_size({g}) "
            f"ins(%x, %w, %s : {x}, {w}, {s}) outs(%e : {y}) -> {y}\n"
            f"  return %y : {y}\n")
    return name, f"func.func @{name}(%x: {x}, %w: {w}, %s: {s}) -> {y} {{\n{body}}}\n"


MAKERS = {"attention": attention_case, "qmatmul": qmatmul_case}


def write_suite(target, cases, seed, ops=("attention", "qmatmul")):
    """The suite's MLIR text: `cases` functions of each of `ops`
    (duplicates drawn again)."""
    rng = random.Random(seed)
    r = RANGES[target]
    seen, funcs = set(), []
    for make in (MAKERS[op] for op in ops):
        made = 0
        while made < cases:
            name, text = make(rng, r)
            if name in seen:
                continue
            seen.add(name)
            funcs.append(text)
            made += 1
    header = (f"// The tessel-tune suite for {target}: python -m tessel.costmodel.suite "
              f"--target {target} --ops {','.join(ops)} --cases {cases} --seed {seed}\n")
    return header + "\n".join(funcs)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--target", choices=sorted(RANGES), default="cpu")
    parser.add_argument("--cases", type=int, default=20, help="of each op")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--ops", default="attention,qmatmul",
                        help="comma-separated, of " + ",".join(MAKERS))
    parser.add_argument("-o", "--output", required=True)
    args = parser.parse_args()
    with open(args.output, "w") as f:
        f.write(write_suite(args.target, args.cases, args.seed, args.ops.split(",")))


if __name__ == "__main__":
    main()
