# Decode loops of whole Hugging Face models with a static KV cache
# (tools/scripts/export-hf-decode.py: tiny Llama, Qwen2, Mistral, Phi-3,
# Gemma-2 and GPT-2, f32 and bf16, transformers' StaticCache written by
# tm_tensor.scatter): each model's decode step is compiled once, then called
# for every position of a 12-token sequence (a 4-token prompt and the 8
# tokens PyTorch generated greedily from it), the caches it returns fed back
# in. Every step's logits are compared with PyTorch's (relative to the
# largest: 1e-4 in f32, 3e-2 in bf16), and the tokens Tessel would generate
# (the argmax after each position from the prompt's last on) with PyTorch's
# greedy tokens. The mask transformers builds from the step's position (a
# run-time value) is proven causal at every position, so each attention
# layer is raised to `tessel.attention causal offset(position)` (a sliding
# window too for Mistral and Gemma-2's local layers) with no mask operand:
# the decode kernels read only the keys up to the position.
# The CUDA bundles (a step at position 5 from caches PyTorch filled is not
# available without PyTorch here: the bundle runs the first step, from
# empty caches) are compiled everywhere and run where lit found a GPU.
#
# RUN: rm -rf %t
# RUN: %python %s %S/Inputs/hf-decode %t | FileCheck %s
# RUN: %if cuda %{ for m in %t/cuda/*; do tessel-exec --bundle=$m; done | FileCheck %s --check-prefix=GPU %}
# The same bundle for the CPU, for one bf16 model: its bf16 cache inputs
# cross the bundle as f32 files, which the runtime reads back as bf16.
# RUN: tessel-exec --bundle=%t/cpu/llama-bf16 | FileCheck %s --check-prefix=CPUBUNDLE

# CHECK: llama-f32: 12 steps, 1 compilation, 2 of 2 attention layers raised, 2 causal at the run-time position; logits match PyTorch; 8 of 8 generated tokens match
# CHECK: llama-bf16: 12 steps, 1 compilation, 2 of 2 attention layers raised, 2 causal at the run-time position; logits match PyTorch; 8 of 8 generated tokens match
# CHECK: qwen2-f32: 12 steps, 1 compilation, 2 of 2 attention layers raised, 2 causal at the run-time position; logits match PyTorch; 8 of 8 generated tokens match
# CHECK: qwen2-bf16: 12 steps, 1 compilation, 2 of 2 attention layers raised, 2 causal at the run-time position; logits match PyTorch; 8 of 8 generated tokens match
# CHECK: mistral-f32: 12 steps, 1 compilation, 2 of 2 attention layers raised, 2 causal at the run-time position; logits match PyTorch; 8 of 8 generated tokens match
# CHECK: mistral-bf16: 12 steps, 1 compilation, 2 of 2 attention layers raised, 2 causal at the run-time position; logits match PyTorch; 8 of 8 generated tokens match
# CHECK: phi3-f32: 12 steps, 1 compilation, 2 of 2 attention layers raised, 2 causal at the run-time position; logits match PyTorch; 8 of 8 generated tokens match
# CHECK: phi3-bf16: 12 steps, 1 compilation, 2 of 2 attention layers raised, 2 causal at the run-time position; logits match PyTorch; 8 of 8 generated tokens match
# CHECK: gemma2-f32: 12 steps, 1 compilation, 2 of 2 attention layers raised, 2 causal at the run-time position; logits match PyTorch; 8 of 8 generated tokens match
# CHECK: gemma2-bf16: 12 steps, 1 compilation, 2 of 2 attention layers raised, 2 causal at the run-time position; logits match PyTorch; 8 of 8 generated tokens match
# CHECK: gpt2-f32: 12 steps, 1 compilation, 2 of 2 attention layers raised, 2 causal at the run-time position; logits match PyTorch; 8 of 8 generated tokens match
# CHECK: gpt2-bf16: 12 steps, 1 compilation, 2 of 2 attention layers raised, 2 causal at the run-time position; logits match PyTorch; 8 of 8 generated tokens match
# GPU-COUNT-12: forward result 0 {{.*}}: ok
# GPU-NOT: FAIL
# CPUBUNDLE: check forward result 0 (bf16[1x1x64]): {{.*}}: ok

import os
import sys

import ml_dtypes
import numpy as np

import tessel
from tessel.bundle import write_bundle
from tessel.testing import LoweringCounter

PROMPT = 4
inputs, out = sys.argv[1], sys.argv[2]

lowerings = LoweringCounter()

for family in ["llama", "qwen2", "mistral", "phi3", "gemma2", "gpt2"]:
    for dtype in ["f32", "bf16"]:
        name = "%s-%s" % (family, dtype)
        with open(os.path.join(inputs, name + ".mlir")) as f:
            source = f.read()
        ids = np.load(os.path.join(inputs, name + ".ids.npy"))
        expected = np.load(os.path.join(inputs, name + ".expected.npy"))
        shapes = np.load(os.path.join(inputs, name + ".caches.npy"))
        element = np.float32 if dtype == "f32" else ml_dtypes.bfloat16
        tolerance = 1e-4 if dtype == "f32" else 3e-2
        raised = str(tessel.Context().parse(source, name).run_pipeline("tessel-raise"))
        attention = raised.count("= tessel.attention")
        positional = sum(1 for line in raised.splitlines()
                         if "= tessel.attention causal" in line and "offset(" in line
                         and " mask(" not in line)

        before = lowerings.count
        step = tessel.compile(source).forward
        caches = [np.zeros(tuple(shape), element) for shape in shapes]
        error, generated = 0.0, 0
        for position, token in enumerate(ids):
            logits, *caches = step(np.array([[token]], np.int64),
                                   np.array([position], np.int64), *caches)
            logits = logits.astype(np.float64)[0, 0]
            error = max(error, np.abs(logits - expected[position]).max()
                        / np.abs(expected[position]).max())
            if PROMPT - 1 <= position < len(ids) - 1:
                generated += int(np.argmax(logits) == ids[position + 1])
        verdict = ("logits match PyTorch" if error < tolerance
                   else "logits differ: %g" % error)
        print("%s: %d steps, %d compilation, %d of 2 attention layers raised, %d causal at "
              "the run-time position; %s; %d of %d generated tokens match"
              % (name, len(ids), lowerings.count - before, attention, positional, verdict,
                 generated, len(ids) - PROMPT))
        first = [np.array([[ids[0]]], np.int64), np.array([0], np.int64)]
        first += [np.zeros(tuple(shape), element) for shape in shapes]
        for target in ["cuda"] + (["cpu"] if name == "llama-bf16" else []):
            write_bundle(os.path.join(out, target, name), source,
                         {"forward": (first, [expected[0][None, None, :]], tolerance)},
                         target=target, name=name)
