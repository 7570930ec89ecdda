# Whole Hugging Face models (tiny Llama, Qwen2, Mistral, Phi-3, Gemma-2 and
# GPT-2, f32 and bf16, random weights), exported by torch-mlir
# (tools/scripts/export-hf-models.py): every op of the export is accepted,
# the attention layers tessel-raise recognises are counted (with their
# element type and how they mask: a causal flag, a sliding window (Mistral's
# and Gemma-2's local layers, windows of 4 over 8 tokens), Gemma-2's
# soft-cap, or an additive mask tensor; Gemma-2's eager bf16 attention,
# which rounds its scores to bf16 between ops, is not recognised), and the
# logits
# computed on the CPU match PyTorch's (relative to the largest logit: 1e-4
# in f32; 2e-2 in bf16, where PyTorch and Tessel round differently between
# ops). The CUDA bundles are compiled everywhere and run where lit found a
# GPU.
#
# RUN: rm -rf %t
# RUN: %python %s %S/Inputs/hf %t | FileCheck %s
# RUN: %if cuda %{ for m in %t/cuda/*; do tessel-exec --bundle=$m; done | FileCheck %s --check-prefix=GPU %}

# CHECK: llama-f32 attention layers raised: 2 of 2 (f32 causal); logits match PyTorch
# CHECK: llama-bf16 attention layers raised: 2 of 2 (bf16 causal); logits match PyTorch
# CHECK: qwen2-f32 attention layers raised: 2 of 2 (f32 causal); logits match PyTorch
# CHECK: qwen2-bf16 attention layers raised: 2 of 2 (bf16 causal); logits match PyTorch
# CHECK: mistral-f32 attention layers raised: 2 of 2 (f32 causal window); logits match PyTorch
# CHECK: mistral-bf16 attention layers raised: 2 of 2 (bf16 causal window); logits match PyTorch
# CHECK: phi3-f32 attention layers raised: 2 of 2 (f32 causal); logits match PyTorch
# CHECK: phi3-bf16 attention layers raised: 2 of 2 (bf16 causal); logits match PyTorch
# CHECK: gemma2-f32 attention layers raised: 2 of 2 (f32 causal softcap, f32 causal window softcap); logits match PyTorch
# CHECK: gemma2-bf16 attention layers raised: 2 of 2 (bf16 causal softcap, bf16 causal window softcap); logits match PyTorch
# CHECK: gpt2-f32 attention layers raised: 2 of 2 (f32 causal); logits match PyTorch
# CHECK: gpt2-bf16 attention layers raised: 2 of 2 (bf16 causal); logits match PyTorch
# GPU-COUNT-12: forward result 0 {{.*}}: ok
# GPU-NOT: FAIL

import os
import sys

import numpy as np

import tessel
from tessel.bundle import write_bundle

LAYERS = 2
inputs, out = sys.argv[1], sys.argv[2]
for family in ["llama", "qwen2", "mistral", "phi3", "gemma2", "gpt2"]:
    for dtype in ["f32", "bf16"]:
        name = "%s-%s" % (family, dtype)
        with open(os.path.join(inputs, name + ".mlir")) as f:
            source = f.read()
        ids = np.load(os.path.join(inputs, name + ".input.npy"))
        expected = np.load(os.path.join(inputs, name + ".expected.npy"))
        tolerance = 1e-4 if dtype == "f32" else 2e-2
        raised = tessel.Context().parse(source, name).run_pipeline(
            "tessel-raise")
        attention = [line for line in str(raised).splitlines()
                     if "= tessel.attention" in line]
        # Each raised op's element type (the result's), and how it masks.
        def kind(line):
            words = [line.rsplit("x", 1)[-1].rstrip(">")]
            words += [w for w in ["causal", "window", "softcap", "mask"]
                      if " %s(" % w in line or " %s " % w in line]
            return " ".join(words)
        kinds = sorted({kind(line) for line in attention})
        logits = tessel.compile(source).forward(ids).astype(np.float64)
        error = np.abs(logits - expected).max() / np.abs(expected).max()
        verdict = ("logits match PyTorch" if error < tolerance
                   else "logits differ: %g" % error)
        print("%s attention layers raised: %d of %d (%s); %s"
              % (name, len(attention), LAYERS, ", ".join(kinds) or "-",
                 verdict))
        write_bundle(os.path.join(out, "cuda", name), source,
                     {"forward": ([ids], [expected], tolerance)}, target="cuda",
                     name=name)
