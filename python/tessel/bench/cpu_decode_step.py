# A Hugging Face Llama decode step on the CPU, Tessel against PyTorch eager
# (issue 25's CPU floor): a Llama of HIDDEN x LAYERS (Llama-3-like ratios:
# 4 query heads per key/value head, MLP 3.5x, head dim 64) with random
# weights, in f32, one token against a static KV cache of CACHE positions
# (transformers' StaticCache, as tools/scripts/export-hf-decode.py writes the
# step), compiled by tessel.torch (the attention raised to a causal offset at
# the run-time position). Both are timed in this process, interleaved, on
# the same inputs; the logits are compared.
#   ENV/bin/python python/tessel/bench/cpu_decode_step.py [HIDDEN LAYERS CACHE]
# ENV: the export environment (torch, torch-mlir, transformers, ml_dtypes).
import os
import statistics
import sys
import time
from importlib import import_module

import torch
import transformers

import tessel.torch as tt

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(here, "..", "..", "..", "tools", "scripts"))
decode = import_module("export-hf-decode")

HIDDEN = int(sys.argv[1]) if len(sys.argv) > 1 else 512
LAYERS = int(sys.argv[2]) if len(sys.argv) > 2 else 4
CACHE = int(sys.argv[3]) if len(sys.argv) > 3 else 256
HEADS = HIDDEN // 64
decode.MAX_LEN = CACHE

torch.manual_seed(0)
config = transformers.LlamaConfig(
    vocab_size=4096, hidden_size=HIDDEN, intermediate_size=HIDDEN * 7 // 2,
    num_hidden_layers=LAYERS, num_attention_heads=HEADS, num_key_value_heads=max(HEADS // 4, 1),
    max_position_embeddings=CACHE)
model = transformers.LlamaForCausalLM(config).eval()
step = decode.DecodeStep(model, config)
caches = [torch.randn(1, config.num_key_value_heads, CACHE, 64) * 0.1
          for _ in range(2 * LAYERS)]
ids = torch.tensor([[7]])
position = torch.tensor([CACHE // 2])

fast = tt.compile(step, fallback=False)
with torch.inference_mode():
    start = time.perf_counter()
    got = fast(ids, position, *caches)
    compile_s = time.perf_counter() - start
    want = step(ids, position, *caches)
    error = float((got[0] - want[0]).abs().max() / want[0].abs().max())

    def timed(fn, rounds=5, calls=10):
        times = []
        for _ in range(rounds):
            start = time.perf_counter()
            for _ in range(calls):
                fn(ids, position, *caches)
            times.append((time.perf_counter() - start) / calls * 1e3)
        return statistics.median(times)

    tessel_ms, torch_ms = [], []
    for _ in range(3):  # interleaved
        tessel_ms.append(timed(fast))
        torch_ms.append(timed(step))
print("llama decode step: hidden %d, %d layers, cache %d, f32, %d threads" % (
    HIDDEN, LAYERS, CACHE, torch.get_num_threads()))
print("compile (first call): %.1f s; logits error %.2g (relative to the largest)" % (
    compile_s, error))
t, p = statistics.median(tessel_ms), statistics.median(torch_ms)
print("tessel: %.3f ms, pytorch eager: %.3f ms, ratio (pytorch / tessel) %.2fx" % (t, p, p / t))
