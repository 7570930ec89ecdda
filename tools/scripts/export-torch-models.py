#!/usr/bin/env python3
"""Exports the frontend test models from PyTorch through torch-mlir.

Writes, into test/Integration/Frontend/Inputs/ (or the directory given):
  llama_attention.mlir  a Llama-style attention block (q/k/v/o projections,
                        rotary embeddings, grouped-query heads repeated by
                        repeat_kv, causal SDPA), batch 1, 32 tokens, hidden 64
  quantized_mlp.mlir    a Llama MLP with int4 weights quantized in groups of
                        32 (asymmetric, zero points), dequantized in forward
  <model>.input.npy, <model>.expected.npy
                        the input and PyTorch's own float32 result

and, into test/Dialect/Tessel/Inputs/raise/, the small cases that
test/Dialect/Tessel/raise.mlir checks tessel-raise on (positive ones and near
misses, each named for what it is).

All modules are torch-mlir's `linalg-on-tensors` output, unmodified. The
tools it needs are not Tessel's dependencies; make them in a separate
environment:

  python3 -m venv /tmp/export && /tmp/export/bin/pip install torch torch-mlir
  /tmp/export/bin/python tools/scripts/export-torch-models.py

(made with torch 2.15.0 and torch-mlir 20261001, both from PyPI).
"""

import os
import sys

import numpy as np
import torch
import torch.nn.functional as F
from torch_mlir import fx

HIDDEN, HEADS, KV_HEADS, TOKENS = 64, 4, 2, 32
HEAD_DIM = HIDDEN // HEADS
INTERMEDIATE, GROUP = 128, 32


def rotate_half(x):
    x1, x2 = x[..., : x.shape[-1] // 2], x[..., x.shape[-1] // 2 :]
    return torch.cat((-x2, x1), dim=-1)


class LlamaAttention(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.q_proj = torch.nn.Linear(HIDDEN, HEADS * HEAD_DIM, bias=False)
        self.k_proj = torch.nn.Linear(HIDDEN, KV_HEADS * HEAD_DIM, bias=False)
        self.v_proj = torch.nn.Linear(HIDDEN, KV_HEADS * HEAD_DIM, bias=False)
        self.o_proj = torch.nn.Linear(HEADS * HEAD_DIM, HIDDEN, bias=False)
        inv_freq = 1.0 / (10000 ** (torch.arange(0, HEAD_DIM, 2).float() / HEAD_DIM))
        freqs = torch.outer(torch.arange(TOKENS).float(), inv_freq)
        emb = torch.cat((freqs, freqs), dim=-1)
        self.register_buffer("cos", emb.cos())
        self.register_buffer("sin", emb.sin())

    def forward(self, x):
        b, s, _ = x.shape
        q = self.q_proj(x).view(b, s, HEADS, HEAD_DIM).transpose(1, 2)
        k = self.k_proj(x).view(b, s, KV_HEADS, HEAD_DIM).transpose(1, 2)
        v = self.v_proj(x).view(b, s, KV_HEADS, HEAD_DIM).transpose(1, 2)
        q = q * self.cos + rotate_half(q) * self.sin
        k = k * self.cos + rotate_half(k) * self.sin
        # repeat_kv, as in transformers' Llama.
        rep = HEADS // KV_HEADS
        k = k[:, :, None].expand(b, KV_HEADS, rep, s, HEAD_DIM).reshape(b, HEADS, s, HEAD_DIM)
        v = v[:, :, None].expand(b, KV_HEADS, rep, s, HEAD_DIM).reshape(b, HEADS, s, HEAD_DIM)
        o = F.scaled_dot_product_attention(q, k, v, is_causal=True)
        return self.o_proj(o.transpose(1, 2).reshape(b, s, HIDDEN))


class QuantizedLinear(torch.nn.Module):
    """int4 weights, asymmetric, a scale and zero point per group of GROUP."""

    def __init__(self, out_features, in_features):
        super().__init__()
        w = torch.randn(out_features, in_features) * in_features**-0.5
        g = w.view(out_features, in_features // GROUP, GROUP)
        lo = g.amin(-1).clamp(max=0)
        hi = g.amax(-1).clamp(min=0)
        scale = (hi - lo) / 15
        zero = (-lo / scale).round().clamp(0, 15)
        q = (g / scale[..., None] + zero[..., None]).round().clamp(0, 15)
        self.register_buffer("weight", q.reshape(out_features, in_features).to(torch.uint8))
        self.register_buffer("scale", scale)
        self.register_buffer("zero", zero)

    def forward(self, x):
        n, k = self.weight.shape
        w = self.weight.float().reshape(n, k // GROUP, GROUP)
        w = (w - self.zero.unsqueeze(-1)) * self.scale.unsqueeze(-1)
        return F.linear(x, w.reshape(n, k))


class QuantizedMLP(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.gate = QuantizedLinear(INTERMEDIATE, HIDDEN)
        self.up = QuantizedLinear(INTERMEDIATE, HIDDEN)
        self.down = QuantizedLinear(HIDDEN, INTERMEDIATE)

    def forward(self, x):
        return self.down(F.silu(self.gate(x)) * self.up(x))


def export(name, model, x, out_dir):
    model.eval()
    with torch.no_grad():
        expected = model(x)
        module = fx.export_and_import(model, x, output_type="linalg-on-tensors", func_name="forward")
    with open(os.path.join(out_dir, name + ".mlir"), "w") as f:
        f.write("// Exported by tools/scripts/export-torch-models.py (torch-mlir,\n")
        f.write("// linalg-on-tensors); regenerate rather than edit.\n")
        f.write(str(module))
    np.save(os.path.join(out_dir, name + ".input.npy"), x.numpy())
    np.save(os.path.join(out_dir, name + ".expected.npy"), expected.numpy())
    print("wrote", name, tuple(x.shape), "->", tuple(expected.shape))


class ExplicitAttention(torch.nn.Module):
    """softmax(Q K^T * scale) V spelled out, softmax along `dim`."""

    def __init__(self, dim=-1):
        super().__init__()
        self.dim = dim

    def forward(self, q, k, v):
        s = torch.matmul(q, k.transpose(-1, -2)) * (q.shape[-1] ** -0.5)
        return torch.matmul(torch.softmax(s, dim=self.dim), v)


class ScaledAfterMask(torch.nn.Module):
    """(Q K^T + mask) * c: the scale applies to the mask too."""

    def forward(self, q, k, v, mask):
        s = (torch.matmul(q, k.transpose(-1, -2)) + mask) * 0.5
        return torch.matmul(torch.softmax(s, dim=-1), v)


class PretransposedKeys(torch.nn.Module):
    """K given as [B, H, D, S]: no transpose to recognise."""

    def forward(self, q, kt, v):
        return torch.matmul(torch.softmax(torch.matmul(q, kt) * 0.5, dim=-1), v)


class SDPA(torch.nn.Module):
    def __init__(self, causal):
        super().__init__()
        self.causal = causal

    def forward(self, q, k, v, *mask):
        return F.scaled_dot_product_attention(
            q, k, v, attn_mask=mask[0] if mask else None, is_causal=self.causal)


class SymmetricLinear(torch.nn.Module):
    """Signed weights in [-8, 7], a scale per group of 16, no zero point."""

    def __init__(self, high=8):
        super().__init__()
        self.register_buffer("w", torch.randint(-high, high, (8, 64), dtype=torch.int16))
        self.register_buffer("scale", torch.rand(8, 4))

    def forward(self, x):
        w = self.w.float().reshape(8, 4, 16) * self.scale.unsqueeze(-1)
        return F.linear(x, w.reshape(8, 64))


class PackedLinear(torch.nn.Module):
    """4-bit weights packed two per byte, unpacked in forward."""

    def __init__(self):
        super().__init__()
        q = torch.randint(0, 16, (8, 64), dtype=torch.uint8)
        self.register_buffer("packed", q[:, 0::2] | (q[:, 1::2] << 4))
        self.register_buffer("scale", torch.rand(8, 2))
        self.register_buffer("zero", torch.full((8, 2), 8.0))

    def forward(self, x):
        q = torch.stack([self.packed & 0xF, self.packed >> 4], dim=-1).reshape(8, 64)
        w = (q.float().reshape(8, 2, 32) - self.zero.unsqueeze(-1)) * self.scale.unsqueeze(-1)
        return F.linear(x, w.reshape(8, 64))


class IntegerZeroPoint(torch.nn.Module):
    """The zero point subtracted from the integer weights before the cast."""

    def __init__(self):
        super().__init__()
        self.register_buffer("w", torch.randint(0, 16, (8, 64), dtype=torch.uint8))
        self.register_buffer("zero", torch.randint(0, 16, (8, 4), dtype=torch.int32))
        self.register_buffer("scale", torch.rand(8, 4))

    def forward(self, x):
        w = self.w.to(torch.int32).reshape(8, 4, 16) - self.zero.unsqueeze(-1)
        w = w.float() * self.scale.unsqueeze(-1)
        return F.linear(x, w.reshape(8, 64))


class ArgumentWeights(torch.nn.Module):
    """Weights passed in at run time: their type gives the bit width."""

    def forward(self, x, w, scale):
        w = w.float().reshape(8, 4, 16) * scale.unsqueeze(-1)
        return F.linear(x, w.reshape(8, 64))


def export_case(name, model, args, out_dir):
    module = fx.export_and_import(model, *args, output_type="linalg-on-tensors", func_name=name)
    with open(os.path.join(out_dir, name + ".mlir"), "w") as f:
        f.write("// Exported by tools/scripts/export-torch-models.py; regenerate rather than edit.\n")
        f.write(str(module))


def export_raise_cases(out_dir):
    os.makedirs(out_dir, exist_ok=True)
    r = lambda *shape: torch.randn(*shape)
    qkv = (r(1, 4, 16, 8), r(1, 4, 16, 8), r(1, 4, 16, 8))
    export_case("explicit_attention", ExplicitAttention(), qkv, out_dir)
    export_case("sdpa_causal", SDPA(True), qkv, out_dir)
    export_case("sdpa_causal_top_left", SDPA(True), (r(1, 4, 8, 8), r(1, 4, 16, 8), r(1, 4, 16, 8)), out_dir)
    export_case("sdpa_mask_argument", SDPA(False), qkv + (r(1, 1, 16, 16),), out_dir)
    export_case("sdpa_bf16", SDPA(True), tuple(t.to(torch.bfloat16) for t in qkv), out_dir)
    export_case("softmax_other_dim", ExplicitAttention(dim=-2), qkv, out_dir)
    export_case("scaled_after_mask", ScaledAfterMask(), qkv + (r(1, 1, 16, 16),), out_dir)
    export_case("pretransposed_keys", PretransposedKeys(), (r(1, 4, 16, 8), r(1, 4, 8, 16), r(1, 4, 16, 8)), out_dir)
    export_case("quantized_linear", QuantizedLinear(8, 64), (r(2, 64),), out_dir)
    export_case("symmetric_linear", SymmetricLinear(), (r(2, 64),), out_dir)
    export_case("packed_linear", PackedLinear(), (r(2, 64),), out_dir)
    export_case("wide_weights", SymmetricLinear(high=300), (r(2, 64),), out_dir)
    export_case("integer_zero_point", IntegerZeroPoint(), (r(2, 64),), out_dir)
    export_case("argument_weights", ArgumentWeights(),
                (r(2, 64), torch.randint(0, 16, (8, 64), dtype=torch.uint8), r(8, 4)), out_dir)
    export_case("wide_argument_weights", ArgumentWeights(),
                (r(2, 64), torch.randint(0, 16, (8, 64), dtype=torch.int16), r(8, 4)), out_dir)
    print("wrote the tessel-raise cases to", out_dir)


def main():
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    out_dir = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
        root, "test", "Integration", "Frontend", "Inputs")
    os.makedirs(out_dir, exist_ok=True)
    torch.manual_seed(0)
    export("llama_attention", LlamaAttention(), torch.randn(1, TOKENS, HIDDEN), out_dir)
    export("quantized_mlp", QuantizedMLP(), torch.randn(4, HIDDEN), out_dir)
    export_raise_cases(os.path.join(root, "test", "Transforms", "Inputs", "raise"))


if __name__ == "__main__":
    main()
