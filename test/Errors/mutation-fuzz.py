"""Feeds tessel-opt thousands of small corruptions of valid tessel IR.

Each mutant deletes, duplicates or replaces one token (numbers become 0, -1,
huge or odd values; keywords and types are swapped for others that occur in
the file). With --shapes, each mutant instead changes a function's shapes
consistently, so that more of them are valid IR that reaches the passes:
one extent everywhere it occurs in the function's tensor types becomes 0,
1, 2^40 or dynamic (`?`); or a narrow integer type (i1 to i8) becomes
another everywhere; or a function returning two values of one type
returns the first twice. tessel-opt must either accept the input or reject
it with an `error:` diagnostic and exit code 1: never crash, hang or exit
otherwise. Deterministic: the seed is fixed (1234, or --seed=N).
"""

import random
import re
import subprocess
import sys

# Usage: mutation-fuzz.py [--seed=N] [--shapes] SOURCE COUNT TESSEL-OPT [ARGS...]
# (--seed: another deterministic set of mutants; 1234 by default, as in CI.)
args = sys.argv[1:]
seed = 1234
if args[0].startswith("--seed="):
    seed = int(args[0].split("=", 1)[1])
    args = args[1:]
shapes = args[0] == "--shapes"
args = args[1:] if shapes else args
source, count, command = args[0], int(args[1]), args[2:]
text = open(source).read()
# Only the IR, without comments and RUN lines.
text = "\n".join(l for l in text.splitlines() if not l.lstrip().startswith("//"))
chunks = [c for c in text.split("\n\n") if c.strip()]
tokens = re.compile(r"-?\d+|[A-Za-z_][\w.]*|[()<>\[\],:=%#@{}]")
vocab = sorted(set(tokens.findall(text)))
numbers = ["0", "-1", "1", "3", "7", "9", "33", "65", "4294967296", "99999999999999999999"]

def run(mutant):
    """[] if tessel-opt accepts `mutant` or rejects it with a diagnostic,
    else [(mutant, why)]."""
    try:
        proc = subprocess.run(
            command + ["-", "--verify-roundtrip"],
            input=mutant,
            capture_output=True,
            text=True,
            timeout=60,
        )
    except subprocess.TimeoutExpired:
        return [(mutant, "timeout")]
    global compiled
    compiled += proc.returncode == 0
    ok = proc.returncode == 0 or (proc.returncode == 1 and "error:" in proc.stderr)
    return [] if ok else [(mutant, f"exit {proc.returncode}\n{proc.stderr[-2000:]}")]


compiled = 0
extents = ["0", "1", "1099511627776", "?"]
narrow = ["i1", "i2", "i3", "i4", "i5", "i8"]
shaped = re.compile(r"(tensor|memref)<([0-9?x]+)x")
returns = re.compile(r"return (%[\w#]+), (%[\w#]+) : ([^,\n]+), ([^\n]+)")


def mutate_shapes(chunk):
    """A consistent change of `chunk`'s shapes, or None if it has none."""
    kind = rng.randrange(3)
    if kind == 0:
        dims = sorted({d for m in shaped.finditer(chunk) for d in m.group(2).split("x") if d.isdigit()})
        if not dims:
            return None
        old, new = rng.choice(dims), rng.choice(extents)

        def swap(m):
            parts = [new if d == old else d for d in m.group(2).split("x")]
            return m.group(1) + "<" + "x".join(parts) + "x"

        return shaped.sub(swap, chunk)
    if kind == 1:
        present = [t for t in narrow if re.search(r"\b%s\b" % t, chunk)]
        if not present:
            return None
        return re.sub(r"\b%s\b" % rng.choice(present), rng.choice(narrow), chunk)
    m = returns.search(chunk)
    if not m or m.group(3).strip() != m.group(4).strip():
        return None
    return chunk[: m.start()] + "return %s, %s : %s, %s" % (m.group(1), m.group(1), m.group(3), m.group(4)) + chunk[m.end() :]


rng = random.Random(seed)
failures = []
for i in range(count):
    chunk = rng.choice(chunks)
    if shapes:
        mutant = None
        while mutant is None:
            mutant = mutate_shapes(chunk)
            if mutant is None:
                chunk = rng.choice(chunks)
        failures += run(mutant)
        continue
    matches = list(tokens.finditer(chunk))
    m = rng.choice(matches)
    kind = rng.randrange(3)
    if kind == 0:
        repl = ""
    elif kind == 1:
        repl = m.group() + " " + m.group()
    elif m.group().lstrip("-").isdigit():
        repl = rng.choice(numbers)
    else:
        repl = rng.choice(vocab)
    mutant = chunk[: m.start()] + repl + chunk[m.end() :]
    failures += run(mutant)

for mutant, why in failures[:5]:
    print("---- mutant ----\n" + mutant + "\n---- result ----\n" + why)
print(f"{count - len(failures)} passed, {len(failures)} failed ({compiled} compiled)")
sys.exit(1 if failures else 0)
