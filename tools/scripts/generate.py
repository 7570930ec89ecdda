#!/usr/bin/env python3
"""Greedy token generation with a model's decode step compiled by Tessel.

MODEL is a decode step as tools/scripts/export-hf-decode.py writes it:
forward(ids [1, 1] i64, position [1] i64, caches...) -> (logits [1, 1, V],
caches...). The step is compiled once; the prompt is fed a token at a time
(filling the caches), then each step's argmax is the next token. With
--expected (the .ids.npy written next to the model: the prompt and the
tokens PyTorch generated greedily), the tokens are compared with PyTorch's.

  python3 tools/scripts/generate.py MODEL.mlir [--tokens N] [--prompt 5,9,12]
      [--expected IDS.npy] [--target cpu|cuda]

Needs the Python package (PYTHONPATH=python, TESSEL_C_LIBRARY=.../libTesselC.so).
"""

import argparse
import sys
import time

import numpy as np

import tessel


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("model")
    parser.add_argument("--prompt", help="token ids, comma-separated (default: from --expected)")
    parser.add_argument("--tokens", type=int, default=8, help="tokens to generate")
    parser.add_argument("--expected", help="PyTorch's prompt and greedy tokens (.ids.npy)")
    parser.add_argument("--target", default="cpu")
    args = parser.parse_args()

    expected = np.load(args.expected) if args.expected else None
    if args.prompt:
        prompt = [int(t) for t in args.prompt.split(",")]
    elif expected is not None:
        prompt = [int(t) for t in expected[:4]]
    else:
        parser.error("give --prompt or --expected")

    with open(args.model) as f:
        source = f.read()
    start = time.perf_counter()
    step = tessel.compile(source, target=args.target).forward
    compile_seconds = time.perf_counter() - start
    caches = [np.zeros(t.shape, t.dtype) for t in step.inputs[2:]]
    length = caches[0].shape[2] if caches else 0
    if len(prompt) + args.tokens > length:
        sys.exit("error: %d prompt tokens and %d new ones do not fit a cache of %d"
                 % (len(prompt), args.tokens, length))

    tokens, times = list(prompt), []
    for position in range(len(prompt) + args.tokens - 1):
        start = time.perf_counter()
        logits, *caches = step(np.array([[tokens[position]]], np.int64),
                               np.array([position], np.int64), *caches)
        times.append(time.perf_counter() - start)
        if position + 1 >= len(tokens):
            tokens.append(int(np.argmax(logits.astype(np.float32)[0, 0])))

    generated = tokens[len(prompt):]
    print("prompt:    %s" % " ".join(map(str, prompt)))
    print("generated: %s" % " ".join(map(str, generated)))
    print("compiled once in %.1f s; %d steps, median %.3f ms a step (%s)"
          % (compile_seconds, len(times), 1e3 * float(np.median(times)), args.target))
    if expected is not None:
        reference = [int(t) for t in expected[len(prompt):len(prompt) + args.tokens]]
        same = sum(a == b for a, b in zip(generated, reference))
        print("PyTorch's greedy tokens: %s (%d of %d the same)"
              % (" ".join(map(str, reference)), same, len(reference)))
        if same != len(reference):
            sys.exit(1)


if __name__ == "__main__":
    main()
