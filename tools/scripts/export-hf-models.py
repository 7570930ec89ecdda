#!/usr/bin/env python3
"""Exports whole Hugging Face `transformers` causal LMs through torch-mlir.

For each family (Llama, Qwen2, Mistral, Phi-3, Gemma-2, GPT-2), a model is
built from its config class with tiny sizes and random weights (nothing is
downloaded), and its forward pass (token ids -> logits, no cache) is exported
to torch-mlir's linalg-on-tensors form, unmodified. Writes, into
test/Integration/Frontend/Inputs/hf/ (or the directory given):

  <family>-<dtype>.mlir           the module, weights inlined as constants
  <family>-<dtype>.input.npy      the token ids (int64, [1, TOKENS])
  <family>-<dtype>.expected.npy   PyTorch's logits in float64 (computed in
                                  the model's dtype, as PyTorch runs it)

The tools it needs are not Tessel's dependencies; make them in a separate
environment:

  python3 -m venv /tmp/export && /tmp/export/bin/pip install torch torch-mlir transformers ml_dtypes
  /tmp/export/bin/python tools/scripts/export-hf-models.py

(made with torch 2.15.0, torch-mlir 20261001 and transformers 5.x, from PyPI).
"""

import os
import sys

import numpy as np
import torch
import transformers
from torch_mlir import fx

TOKENS, VOCAB, HIDDEN, INTERMEDIATE, LAYERS, HEADS, KV_HEADS = 8, 64, 32, 64, 2, 4, 2


def config(family):
    common = dict(vocab_size=VOCAB, hidden_size=HIDDEN, intermediate_size=INTERMEDIATE,
                  num_hidden_layers=LAYERS, num_attention_heads=HEADS,
                  num_key_value_heads=KV_HEADS, max_position_embeddings=64,
                  bos_token_id=1, eos_token_id=2, pad_token_id=0)
    if family == "llama":
        return transformers.LlamaConfig(**common)
    if family == "qwen2":  # q/k/v projections with biases
        return transformers.Qwen2Config(**common)
    if family == "mistral":  # sliding-window attention (window below TOKENS)
        return transformers.MistralConfig(**common, sliding_window=4)
    if family == "phi3":  # fused qkv and gate/up projections
        return transformers.Phi3Config(**common)
    if family == "gemma2":  # soft-capped logits and attention, sliding window
        return transformers.Gemma2Config(**common, head_dim=HIDDEN // HEADS, sliding_window=4)
    if family == "gpt2":  # Conv1D fused qkv, learned positions, biases
        return transformers.GPT2Config(vocab_size=VOCAB, n_embd=HIDDEN, n_layer=LAYERS,
                                       n_head=HEADS, n_positions=64, bos_token_id=1,
                                       eos_token_id=2)
    raise ValueError(family)


class Logits(torch.nn.Module):
    def __init__(self, model):
        super().__init__()
        self.model = model

    def forward(self, ids):
        return self.model(input_ids=ids, use_cache=False).logits


def export(family, dtype, out):
    torch.manual_seed(0)
    cfg = config(family)
    # SDPA where the family has it; Gemma-2's soft-capping needs eager.
    cfg._attn_implementation = "eager" if family == "gemma2" else "sdpa"
    model = transformers.AutoModelForCausalLM.from_config(cfg).to(dtype).eval()
    # Rotary frequencies are non-persistent buffers, which torch-mlir's
    # importer cannot find in the exported program's state.
    for module in model.modules():
        module._non_persistent_buffers_set.clear()
    ids = torch.randint(3, VOCAB, (1, TOKENS))
    with torch.no_grad():
        expected = Logits(model)(ids).to(torch.float64).numpy()
    module = fx.export_and_import(Logits(model), ids, output_type="linalg-on-tensors",
                                  func_name="forward")
    name = "%s-%s" % (family, {torch.float32: "f32", torch.bfloat16: "bf16"}[dtype])
    with open(os.path.join(out, name + ".mlir"), "w") as f:
        f.write(str(module))
    np.save(os.path.join(out, name + ".input.npy"), ids.numpy())
    np.save(os.path.join(out, name + ".expected.npy"), expected)
    print(name)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
        here, "..", "..", "test", "Integration", "Frontend", "Inputs", "hf")
    os.makedirs(out, exist_ok=True)
    for family in ["llama", "qwen2", "mistral", "phi3", "gemma2", "gpt2"]:
        for dtype in [torch.float32, torch.bfloat16]:
            export(family, dtype, out)


if __name__ == "__main__":
    main()
