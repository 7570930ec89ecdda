"""Feeds tessel-opt thousands of small corruptions of valid tessel IR.

Each mutant deletes, duplicates or replaces one token (numbers become 0, -1,
huge or odd values; keywords and types are swapped for others that occur in
the file). tessel-opt must either accept the input or reject it with an
`error:` diagnostic and exit code 1: never crash, hang or exit otherwise.
Deterministic: the seed is fixed.
"""

import random
import re
import subprocess
import sys

# Usage: mutation-fuzz.py SOURCE COUNT TESSEL-OPT [ARGS...]
source, count, command = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
text = open(source).read()
# Only the IR, without comments and RUN lines.
text = "\n".join(l for l in text.splitlines() if not l.lstrip().startswith("//"))
chunks = [c for c in text.split("\n\n") if c.strip()]
tokens = re.compile(r"-?\d+|[A-Za-z_][\w.]*|[()<>\[\],:=%#@{}]")
vocab = sorted(set(tokens.findall(text)))
numbers = ["0", "-1", "1", "3", "7", "9", "33", "65", "4294967296", "99999999999999999999"]

rng = random.Random(1234)
failures = []
for i in range(count):
    chunk = rng.choice(chunks)
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
    try:
        proc = subprocess.run(
            command + ["-", "--verify-roundtrip"],
            input=mutant,
            capture_output=True,
            text=True,
            timeout=20,
        )
    except subprocess.TimeoutExpired:
        failures.append((mutant, "timeout"))
        continue
    ok = proc.returncode == 0 or (proc.returncode == 1 and "error:" in proc.stderr)
    if not ok:
        failures.append((mutant, f"exit {proc.returncode}\n{proc.stderr[-2000:]}"))

for mutant, why in failures[:5]:
    print("---- mutant ----\n" + mutant + "\n---- result ----\n" + why)
print(f"{count - len(failures)} passed, {len(failures)} failed")
sys.exit(1 if failures else 0)
