#!/usr/bin/env python3
"""Writes the seed corpora of Tessel's libFuzzer targets (tools/tessel-fuzzers)
into OUT/<target>/, one file per seed:

  npy        .npy files of every dtype the runtime reads (numpy writes them),
             packed sub-byte rows, format 2.0, rank 0, empty arrays
  bundle     bundle.txt texts: every item, random and file inputs
  signature  exported signatures: static, symbolic, packed, rank 0
  parse      every test module: the split files of test/Dialect and
             test/Errors and the integration inputs, comments dropped
  pipeline   the integration inputs (test/Integration/CPU): modules that
             the pipelines compile (--small: the smallest ones, for CI)

Usage: fuzz-seeds.py OUT [--small]
"""

import os
import re
import sys

import numpy as np

# Bytes of the largest module seed.
MAX_MODULE_SEED = 16384

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def write(out, target, name, data):
    os.makedirs(os.path.join(out, target), exist_ok=True)
    mode = "wb" if isinstance(data, bytes) else "w"
    with open(os.path.join(out, target, name), mode) as f:
        f.write(data)


def npy_seeds(out):
    rng = np.random.default_rng(0)
    arrays = {
        "f32": rng.standard_normal((3, 5)).astype(np.float32),
        "f16": rng.standard_normal((2, 4)).astype(np.float16),
        "f64": np.float64(1.5),
        "bool": rng.random(7) > 0.5,
        "u8-packed-i4": rng.integers(0, 256, (3, 8), dtype=np.uint8),
        "i8": rng.integers(-128, 128, (4, 4), dtype=np.int8),
        "i32": rng.integers(-5, 5, 9, dtype=np.int32),
        "i64": rng.integers(-5, 5, (2, 3), dtype=np.int64),
        "empty": np.zeros((0, 4), np.float32),
        "special": np.array([np.inf, -np.inf, np.nan, -0.0, 3.4e38], np.float32),
    }
    import io

    for name, array in arrays.items():
        buffer = io.BytesIO()
        np.save(buffer, array)
        write(out, "npy", name + ".npy", buffer.getvalue())
    # Format 2.0 (a 4-byte header length).
    buffer = io.BytesIO()
    np.lib.format.write_array(buffer, arrays["f32"], version=(2, 0))
    write(out, "npy", "f32-v2.npy", buffer.getvalue())


def bundle_seeds(out):
    write(
        out,
        "bundle",
        "full.txt",
        "tessel-bundle 1\ntarget cuda\nlibrary model.so\n"
        "library-sha256 " + "0123456789abcdef" * 4 + "\n"
        "function f\ninput f.input0.npy\ninput-random 7\n"
        "input-random-ints 3 0 16\nexpect f.expected0.npy 2e-05\n"
        "function g\ninput g.input0.npy\n",
    )
    write(out, "bundle", "cpu.txt", "tessel-bundle 1\ntarget cpu\nlibrary lib.so\n")


def signature_seeds(out):
    for i, text in enumerate(
        [
            "f(f32[2x3],i4[4x8])->(f32[2x8],i1[])",
            "decode(bf16[?0x32x1x128],bf16[?0x8x?1x128])->(bf16[?0x32x1x128])",
            "g()->(f64[])",
            "h(i3[5x7],f16[?0])->(i32[?0],i64[1x1x1x1])",
        ]
    ):
        write(out, "signature", f"seed{i}.txt", text)


def strip_comments(text):
    return "\n".join(
        line for line in text.splitlines() if not line.lstrip().startswith("//")
    )


def module_seeds(out, target, files):
    for path in files:
        text = open(path).read()
        base = os.path.relpath(path, os.path.join(ROOT, "test")).replace("/", "_")
        for i, part in enumerate(re.split(r"^// -----\s*$", text, flags=re.M)):
            part = strip_comments(part).strip()
            # Large modules (whole exported models) make slow seeds.
            if part and len(part) <= MAX_MODULE_SEED:
                write(out, target, f"{base}.{i}.mlir", part + "\n")


def test_files(*dirs):
    files = []
    for d in dirs:
        full = os.path.join(ROOT, "test", d)
        files += sorted(
            os.path.join(full, f) for f in os.listdir(full) if f.endswith(".mlir")
        )
    return files


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    out = sys.argv[1]
    small = "--small" in sys.argv[2:]
    npy_seeds(out)
    bundle_seeds(out)
    signature_seeds(out)
    module_seeds(
        out, "parse", test_files("Dialect/Tessel", "Errors", "Integration/CPU")
    )
    pipeline = test_files("Integration/CPU")
    if small:
        pipeline = sorted(pipeline, key=os.path.getsize)[:6]
    module_seeds(out, "pipeline", pipeline)


if __name__ == "__main__":
    main()
