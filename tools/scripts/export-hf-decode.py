#!/usr/bin/env python3
"""Exports the decode step of whole Hugging Face `transformers` causal LMs
with a static KV cache, through torch-mlir.

The models are those of export-hf-models.py (tiny configs, random weights).
One token goes in with its position; the step writes its keys and values
into the cache at that position (transformers' own StaticCache, whose
`index_copy_` torch-mlir emits as `tm_tensor.scatter`) and attends over the
whole cache under the mask transformers builds from the position. Shapes
do not change from step to step, so one compiled function serves a whole
decode loop:

  forward(ids [1, 1] i64, position [1] i64, k_0, v_0, k_1, v_1, ...)
      -> (logits [1, 1, V], k_0', v_0', k_1', v_1', ...)

with each cache `[1, Hkv, MAX_LEN, D]`, zeros before the first step. Writes,
into test/Integration/Frontend/Inputs/hf-decode/ (or the directory given):

  <family>-<dtype>.mlir           the decode step, weights inlined
  <family>-<dtype>.ids.npy        a prompt of PROMPT tokens followed by the
                                  tokens PyTorch generates greedily from it
                                  (int64, [TOKENS])
  <family>-<dtype>.expected.npy   PyTorch's logits at every position of that
                                  sequence (float64, [TOKENS, V]), from its
                                  decode loop with the same cache
  <family>-<dtype>.caches.npy     the cache shapes ([2 * layers, 4] int64)

Mistral's and Gemma-2's sliding-window layers (window 4) keep a full-length
cache here, the window applied by the mask (full_length_cache). Needs the
environment of export-hf-models.py.
"""

import os
import sys

import numpy as np
import torch
import transformers
from torch_mlir import fx
from transformers import StaticCache
from transformers.cache_utils import StaticLayer

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from importlib import import_module  # noqa: E402

hf = import_module("export-hf-models")

MAX_LEN, PROMPT, TOKENS = 16, 4, 12


def full_length_cache(config):
    """transformers' StaticCache with every layer full-length: a
    sliding-window layer's own cache keeps the last W tokens and rolls once
    full, a choice made in Python per step (one function per phase), while
    a full-length cache under the sliding-window mask is one function for
    every step."""
    cache = StaticCache(config=config, max_cache_len=MAX_LEN)
    cache.layers = [StaticLayer(max_cache_len=MAX_LEN) for _ in cache.layers]
    return cache


class DecodeStep(torch.nn.Module):
    """One decode step over caches passed in and returned, as tensors."""

    def __init__(self, model, config):
        super().__init__()
        self.model = model
        self.config = config

    def forward(self, ids, position, *caches):
        cache = full_length_cache(self.config)
        for i, layer in enumerate(cache.layers):
            keys, values = caches[2 * i], caches[2 * i + 1]
            layer.keys, layer.values = keys.clone(), values.clone()
            layer.cumulative_length = position.clone()
            layer.is_initialized = True
            layer.dtype, layer.device = keys.dtype, keys.device
            layer.max_batch_size, layer.num_heads = keys.shape[0], keys.shape[1]
            layer.k_head_dim = layer.v_head_dim = keys.shape[3]
        out = self.model(input_ids=ids, past_key_values=cache, cache_position=position,
                         use_cache=True)
        return (out.logits,) + tuple(t for layer in cache.layers for t in (layer.keys, layer.values))


def export(family, dtype, out):
    torch.manual_seed(0)
    config = hf.config(family)
    config._attn_implementation = "eager" if family == "gemma2" else "sdpa"
    model = transformers.AutoModelForCausalLM.from_config(config).to(dtype).eval()
    for module in model.modules():
        module._non_persistent_buffers_set.clear()
    step = DecodeStep(model, config)
    heads = getattr(config, "num_key_value_heads", None) or config.num_attention_heads
    head_dim = getattr(config, "head_dim", None) or config.hidden_size // config.num_attention_heads
    layers = config.num_hidden_layers
    assert len(StaticCache(config=config, max_cache_len=MAX_LEN).layers) == layers
    caches = [torch.zeros(1, heads, MAX_LEN, head_dim, dtype=dtype) for _ in range(2 * layers)]

    # PyTorch's own decode loop: the prompt, then greedy tokens.
    ids = [int(t) for t in torch.randint(3, config.vocab_size, (PROMPT,))]
    logits = []
    state = caches
    with torch.no_grad():
        for position in range(TOKENS):
            result = step(torch.tensor([[ids[position]]]), torch.tensor([position]), *state)
            logits.append(result[0][0, 0].to(torch.float64).numpy())
            state = result[1:]
            if position + 1 >= len(ids):
                ids.append(int(result[0][0, 0].argmax()))
        # The same logits from the model without a cache.
        full = model(input_ids=torch.tensor([ids[:TOKENS]]), use_cache=False).logits[0]
    logits = np.stack(logits)
    drift = np.abs(logits - full.to(torch.float64).numpy()).max() / np.abs(logits).max()
    assert drift < (1e-5 if dtype == torch.float32 else 5e-2), (family, dtype, drift)

    module = fx.export_and_import(step, torch.tensor([[ids[0]]]), torch.tensor([0]), *caches,
                                  output_type="linalg-on-tensors", func_name="forward")
    name = "%s-%s" % (family, {torch.float32: "f32", torch.bfloat16: "bf16"}[dtype])
    with open(os.path.join(out, name + ".mlir"), "w") as f:
        f.write(str(module))
    np.save(os.path.join(out, name + ".ids.npy"), np.array(ids[:TOKENS], np.int64))
    np.save(os.path.join(out, name + ".expected.npy"), logits)
    np.save(os.path.join(out, name + ".caches.npy"),
            np.array([list(c.shape) for c in caches], np.int64))
    print(name)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
        here, "..", "..", "test", "Integration", "Frontend", "Inputs", "hf-decode")
    os.makedirs(out, exist_ok=True)
    families = sys.argv[2].split(",") if len(sys.argv) > 2 else [
        "llama", "qwen2", "mistral", "phi3", "gemma2", "gpt2"]
    for family in families:
        for dtype in [torch.float32, torch.bfloat16]:
            export(family, dtype, out)


if __name__ == "__main__":
    main()
