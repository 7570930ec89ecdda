# tessel.torch: PyTorch models compiled by Tessel on the CPU, called with
# torch tensors, checked against PyTorch's own results: outputs in the
# model's structure, one compilation per input signature, non-tensor inputs
# baked in, bf16, attention raised to tessel.attention, whole Hugging Face
# models, torch.compile(backend="tessel"), and the fallback to eager (with a
# warning that says why) for a graph torch-mlir cannot import.
#
# REQUIRES: torch-mlir
# RUN: %torch_python %s | FileCheck %s

import sys
import warnings

import torch
import torch.nn.functional as F

import tessel
import tessel.torch as tt

torch.manual_seed(0)


def error(x, y):
    x, y = x.detach().float(), y.detach().float()
    return float((x - y).abs().max() / y.abs().max())


class Block(torch.nn.Module):
    """An MLP and causal self-attention; a dict out."""

    def __init__(self):
        super().__init__()
        self.up = torch.nn.Linear(32, 64)
        self.down = torch.nn.Linear(64, 32)

    def forward(self, x, heads=4, causal=True):
        b, s, d = x.shape
        h = self.down(F.gelu(self.up(x)))
        q = h.view(b, s, heads, d // heads).transpose(1, 2)
        a = F.scaled_dot_product_attention(q, q, q, is_causal=causal)
        return {"out": a.transpose(1, 2).reshape(b, s, d), "norm": h.norm(dim=-1)}


block = Block().eval()
fast = tt.compile(block, fallback=False)
x = torch.randn(2, 16, 32)
with torch.no_grad():
    got, want = fast(x), block(x)
    print("block: %s, errors %s, compilations %d" % (
        type(got).__name__, all(error(got[k], want[k]) < 1e-5 for k in want), fast.compilations))
    fast(torch.randn(2, 16, 32))
    print("same signature: compilations %d" % fast.compilations)
    fast(torch.randn(1, 8, 32))
    print("new shape: compilations %d" % fast.compilations)
    y = torch.randn(1, 8, 32)
    print("causal=False baked in: %s, compilations %d" % (
        error(fast(y, causal=False)["out"], block(y, causal=False)["out"]) < 1e-5,
        fast.compilations))
# CHECK: block: dict, errors True, compilations 1
# CHECK: same signature: compilations 1
# CHECK: new shape: compilations 2
# CHECK: causal=False baked in: True, compilations 3

# The attention is raised: the MLIR that tessel.torch imports, through
# tessel-raise, holds one tessel.attention.
source, _ = tt.export_mlir(block, (x,))
raised = str(tessel.Context().parse(source).run_pipeline("tessel-raise"))
print("raised attention ops: %d" % raised.count("= tessel.attention"))
# CHECK: raised attention ops: 1

# bf16 weights and activations: bf16 out, within bf16's rounding.
half = Block().to(torch.bfloat16).eval()
xb = torch.randn(2, 16, 32, dtype=torch.bfloat16)
with torch.no_grad():
    got = tt.compile(half, fallback=False)(xb)["out"]
    print("bf16: %s, error below 2e-2: %s" % (got.dtype, error(got, half(xb)["out"]) < 2e-2))
# CHECK: bf16: torch.bfloat16, error below 2e-2: True

# A whole Hugging Face model (tiny Llama, random weights): the output is
# transformers' own ModelOutput.
import transformers  # noqa: E402

config = transformers.LlamaConfig(vocab_size=64, hidden_size=32, intermediate_size=64,
                                  num_hidden_layers=2, num_attention_heads=4,
                                  num_key_value_heads=2, max_position_embeddings=64)
llama = transformers.LlamaForCausalLM(config).eval()
ids = torch.randint(0, 64, (1, 8))
with torch.no_grad():
    got = tt.compile(llama, fallback=False)(input_ids=ids, use_cache=False)
    want = llama(input_ids=ids, use_cache=False)
print("llama: %s, logits error below 1e-5: %s" % (
    type(got).__name__, error(got.logits, want.logits) < 1e-5))
# CHECK: llama: CausalLMOutputWithPast, logits error below 1e-5: True

# Through Dynamo.
with torch.no_grad():
    got = torch.compile(block, backend="tessel")(x)
print("torch.compile(backend='tessel'): %s" % (error(got["out"], block(x)["out"]) < 1e-5))
# CHECK: torch.compile(backend='tessel'): True


# A graph torch-mlir cannot import (an FFT) runs eagerly, with a warning
# that says why; with fallback=False it raises.
def spectrum(v):
    return torch.fft.fft(v).real


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    v = torch.randn(8)
    same = torch.equal(tt.compile(spectrum)(v), spectrum(v))
print("fallback: eager result %s; %s" % (same, [str(w.message) for w in caught
                                               if w.category is tt.TesselFallbackWarning]))
try:
    tt.compile(spectrum, fallback=False)(v)
except tessel.TesselError as e:
    print("no fallback: TesselError: %s" % str(e).splitlines()[0])

# A call that autograd would record (grad mode, parameters that require
# gradients) runs eagerly: its outputs keep their gradients.
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    out = tt.compile(block)(x)["out"]
print("grad mode: eager, requires_grad %s; %s" % (
    out.requires_grad, [str(w.message) for w in caught]))
sys.stdout.flush()
# CHECK: fallback: eager result True; ['Tessel runs spectrum eagerly: torch-mlir could not import the exported program: {{.*}}error: failed to legalize operation
# CHECK: no fallback: TesselError: torch-mlir could not import the exported program: {{.*}}error: failed to legalize
# CHECK: grad mode: eager, requires_grad True; ['Tessel runs Block eagerly: Tessel compiles inference only
