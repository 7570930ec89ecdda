#!/usr/bin/env python3
"""Exports linear layers and tiny models with quantized checkpoints through
torch-mlir, for tessel-raise's quantized-layer tests.

Each layer holds its weights as a quantization tool stores them (GPTQ or AWQ,
tools/scripts/quantized_formats.py) and dequantizes them in its forward as
the tool's PyTorch path does. Writes, into
test/Integration/Frontend/Inputs/quantized/ (or the directory given):

  <name>.mlir            the module (torch-mlir linalg on tensors, weights
                         inlined as constants)
  <name>.input.npy       the input (activations, or token ids for models)
  <name>.expected.npy    PyTorch's result in float64 (computed in the
                         model's dtype, as PyTorch runs it)
  <name>.layers          the number of quantized linear layers in it

Before exporting, every layer's forward dequantization is checked against
the formula W = (q - z) * s on the integers it packed: a packing that put a
value in the wrong place differs by a whole scale step.

Needs torch, torch-mlir and transformers (not Tessel's dependencies; the
environment of tools/scripts/export-hf-models.py).
"""

import os
import sys

import numpy as np
import torch
import transformers
from torch_mlir import fx

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from quantized_formats import AWQLinear, GPTQLinear, quantize_rtn, reference_weight  # noqa: E402

DTYPES = {"f32": torch.float32, "f16": torch.float16, "bf16": torch.bfloat16}


def quantized_linear(linear, fmt, bits, group, act_order, dtype, generator):
    """A GPTQ or AWQ layer holding `linear`'s weight quantized, after
    checking its dequantization."""
    q, z, s, g_idx = quantize_rtn(linear.weight.detach().float(), bits, group, act_order,
                                  generator)
    bias = None if linear.bias is None else linear.bias.detach()
    if fmt == "gptq":
        layer = GPTQLinear(q, z, s, g_idx, bits, dtype, bias)
    else:
        assert bits == 4 and not act_order
        layer = AWQLinear(q, z, s, group, dtype, bias)
    expected = reference_weight(q, z, s.to(dtype).double(), g_idx)
    got = layer.dequantize().t().double()
    step = s.to(dtype).double().abs().min().item()
    error = (got - expected).abs().max().item()
    assert error < step / 2, "%s %d-bit packing is wrong: %g" % (fmt, bits, error)
    return layer


def save(out, name, module, example, layers):
    with torch.no_grad():
        expected = module(example).to(torch.float64).numpy()
    exported = fx.export_and_import(module, example, output_type="linalg-on-tensors",
                                    func_name="forward")
    with open(os.path.join(out, name + ".mlir"), "w") as f:
        f.write(str(exported))
    value = example if example.dtype != torch.bfloat16 else example.float()
    np.save(os.path.join(out, name + ".input.npy"), value.numpy())
    np.save(os.path.join(out, name + ".expected.npy"), expected)
    with open(os.path.join(out, name + ".layers"), "w") as f:
        f.write("%d\n" % layers)
    print(name)


def export_layer(out, name, fmt, bits, group, act_order, dtype, bias):
    generator = torch.Generator().manual_seed(len(name))
    torch.manual_seed(len(name))
    linear = torch.nn.Linear(128, 48, bias=bias)
    layer = quantized_linear(linear, fmt, bits, group, act_order, DTYPES[dtype], generator)
    x = torch.randn(1, 5, 128).to(DTYPES[dtype])
    save(out, name, layer, x, 1)


def export_model(out, name, family, fmt, dtype, act_order):
    torch.manual_seed(0)
    generator = torch.Generator().manual_seed(1)
    common = dict(vocab_size=64, hidden_size=32, intermediate_size=64, num_hidden_layers=2,
                  num_attention_heads=4, num_key_value_heads=2, max_position_embeddings=64,
                  bos_token_id=1, eos_token_id=2, pad_token_id=0)
    config = {"llama": transformers.LlamaConfig, "qwen2": transformers.Qwen2Config}[family](**common)
    config._attn_implementation = "sdpa"
    model = transformers.AutoModelForCausalLM.from_config(config).to(DTYPES[dtype]).eval()
    layers = 0
    for block in model.model.layers:
        for parent in (block.self_attn, block.mlp):
            for child, linear in list(parent.named_children()):
                if isinstance(linear, torch.nn.Linear):
                    setattr(parent, child, quantized_linear(linear, fmt, 4, 16, act_order,
                                                            DTYPES[dtype], generator))
                    layers += 1
    for module in model.modules():
        module._non_persistent_buffers_set.clear()

    class Logits(torch.nn.Module):
        def __init__(self):
            super().__init__()
            self.model = model

        def forward(self, ids):
            return self.model(input_ids=ids, use_cache=False).logits

    save(out, name, Logits(), torch.randint(3, 64, (1, 8)), layers)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
        here, "..", "..", "test", "Integration", "Frontend", "Inputs", "quantized")
    os.makedirs(out, exist_ok=True)
    # name, format, bits, group, act-order, dtype, bias
    for args in [("gptq4-f16", "gptq", 4, 32, False, "f16", False),
                 ("gptq4-actorder-f16", "gptq", 4, 32, True, "f16", False),
                 ("gptq2-f32", "gptq", 2, 64, False, "f32", False),
                 ("gptq8-bf16", "gptq", 8, 32, True, "bf16", False),
                 ("gptq4-bias-f32", "gptq", 4, 128, False, "f32", True),
                 ("awq4-f16", "awq", 4, 32, False, "f16", False),
                 ("awq4-bias-bf16", "awq", 4, 64, False, "bf16", True)]:
        export_layer(out, *args)
    export_model(out, "llama-gptq4-actorder-f16", "llama", "gptq", "f16", True)
    export_model(out, "qwen2-awq4-bf16", "qwen2", "awq", "bf16", False)


if __name__ == "__main__":
    main()
