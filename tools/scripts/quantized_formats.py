"""Quantized linear layers stored as the quantization tools store them.

Written from the projects' documented layouts (not their code), for
exporting models through torch-mlir (tools/scripts/export-quantized-models.py)
and for checking that each module's forward dequantizes what its packing
stored. Every module holds integer weights q[n, k], zero points z[n, g] and
scales s[n, g] of a linear layer y = x @ W^T (+ bias) with
W[n, k] = (q[n, k] - z[n, g(k)]) * s[n, g(k)], packed into its format's
buffers; forward unpacks them with shifts and masks as the project's own
PyTorch fallback does, then multiplies.

GPTQ (AutoGPTQ / GPTQModel, format "gptq"), bits 2, 4, 8:
  qweight int32 [K * bits / 32, N]: packed along K; weight k of column n is
          bits [(k % P) * bits, ...) of word qweight[k / P, n], P = 32 / bits
  qzeros  int32 [K / G, N * bits / 32]: packed along N the same way; holds
          z - 1 (the format's "+1" convention: dequantization adds 1 back)
  scales  [K / G, N] in the activations' type
  g_idx   int32 [K]: the group of input channel k; k / G in order, or a
          permutation of it after act-order (desc_act) quantization
  W[k, n] = scales[g_idx[k], n] * (w[k, n] - (z'[g_idx[k], n] + 1))
AWQ (llm-awq / AutoAWQ, GEMM version), 4 bits:
  qweight int32 [K, N / 8]: packed along N, nibble i of word c holding
          column c * 8 + order[i], order = [0, 2, 4, 6, 1, 3, 5, 7]
  qzeros  int32 [K / G, N / 8]: the same order
  scales  [K / G, N]
  W[k, n] = (w[k, n] - z[k / G, n]) * scales[k / G, n]   (no +1)
"""

import torch

AWQ_ORDER = [0, 2, 4, 6, 1, 3, 5, 7]
AWQ_REVERSE_ORDER = [0, 4, 1, 5, 2, 6, 3, 7]


def quantize_rtn(weight, bits, group, act_order=False, generator=None):
    """Round-to-nearest asymmetric quantization of weight [N, K] in groups of
    `group` input channels: q [N, K], z [N, K/G] (in 1..2^bits-1, so GPTQ's
    z - 1 stays non-negative), s [N, K/G], and g_idx [K] (a shuffled group
    assignment when act_order, as desc_act quantization leaves it)."""
    n, k = weight.shape
    g_idx = torch.arange(k, dtype=torch.int32) // group
    if act_order:
        g_idx = g_idx[torch.randperm(k, generator=generator)]
    qmax = 2**bits - 1
    w = weight.to(torch.float64)
    q = torch.empty(n, k, dtype=torch.int64)
    z = torch.empty(n, k // group, dtype=torch.int64)
    s = torch.empty(n, k // group, dtype=torch.float64)
    for g in range(k // group):
        cols = (g_idx == g).nonzero().flatten()
        lo = torch.minimum(w[:, cols].min(1).values, torch.zeros(n, dtype=torch.float64))
        hi = torch.maximum(w[:, cols].max(1).values, torch.zeros(n, dtype=torch.float64))
        scale = ((hi - lo) / qmax).clamp(min=1e-8)
        zero = torch.clamp(torch.round(-lo / scale), 1, qmax)
        q[:, cols] = torch.clamp(torch.round(w[:, cols] / scale[:, None]) + zero[:, None], 0, qmax).long()
        z[:, g] = zero.long()
        s[:, g] = scale
    return q, z, s, g_idx


def pack_along_rows(values, bits):
    """values [R, C] (0 <= v < 2^bits) -> int32 [R * bits / 32, C]; row r is
    bits (r % P) * bits of word r / P, P = 32 / bits."""
    per = 32 // bits
    r, c = values.shape
    words = torch.zeros(r // per, c, dtype=torch.int64)
    for j in range(per):
        words |= values[j::per].to(torch.int64) << (bits * j)
    return _as_int32(words)


def pack_along_columns(values, bits, order=None):
    """values [R, C] -> int32 [R, C * bits / 32]; slot i of word c holds
    column c * P + order[i] (order = identity unless given)."""
    per = 32 // bits
    order = order or list(range(per))
    r, c = values.shape
    words = torch.zeros(r, c // per, dtype=torch.int64)
    for i in range(per):
        words |= values[:, order[i]::per].to(torch.int64) << (bits * i)
    return _as_int32(words)


def _as_int32(words):
    """Unsigned 32-bit words as the int32 tensors the formats store."""
    return torch.where(words >= 2**31, words - 2**32, words).to(torch.int32)


class GPTQLinear(torch.nn.Module):
    def __init__(self, q, z, s, g_idx, bits, dtype, bias=None):
        super().__init__()
        assert bits in (2, 4, 8)
        self.bits = bits
        self.register_buffer("qweight", pack_along_rows(q.t(), bits))
        self.register_buffer("qzeros", pack_along_columns((z - 1).t(), bits))
        self.register_buffer("scales", s.t().contiguous().to(dtype))
        self.register_buffer("g_idx", g_idx.to(torch.int32))
        self.register_buffer("wf", torch.arange(0, 32, bits, dtype=torch.int32))
        self.bias = None if bias is None else torch.nn.Parameter(bias.to(dtype), requires_grad=False)

    def dequantize(self):
        mask = 2**self.bits - 1
        narrow = torch.int16 if self.bits == 8 else torch.int8
        zeros = torch.bitwise_right_shift(self.qzeros.unsqueeze(2).expand(-1, -1, 32 // self.bits),
                                          self.wf.unsqueeze(0)).to(narrow)
        zeros = torch.bitwise_and(zeros, mask) + 1
        zeros = zeros.reshape(self.scales.shape)
        weight = torch.bitwise_right_shift(self.qweight.unsqueeze(1).expand(-1, 32 // self.bits, -1),
                                           self.wf.unsqueeze(-1)).to(narrow)
        weight = torch.bitwise_and(weight, mask)
        weight = weight.reshape(weight.shape[0] * weight.shape[1], weight.shape[2])
        g = self.g_idx.long()
        return self.scales[g] * (weight - zeros[g])  # [K, N]

    def forward(self, x):
        out = torch.matmul(x, self.dequantize())
        return out if self.bias is None else out + self.bias


class AWQLinear(torch.nn.Module):
    def __init__(self, q, z, s, group, dtype, bias=None):
        super().__init__()
        self.group = group
        self.register_buffer("qweight", pack_along_columns(q.t(), 4, AWQ_ORDER))
        self.register_buffer("qzeros", pack_along_columns(z.t(), 4, AWQ_ORDER))
        self.register_buffer("scales", s.t().contiguous().to(dtype))
        self.register_buffer("shifts", torch.arange(0, 32, 4, dtype=torch.int32))
        self.bias = None if bias is None else torch.nn.Parameter(bias.to(dtype), requires_grad=False)

    def _unpack(self, packed):
        values = torch.bitwise_right_shift(packed[:, :, None], self.shifts[None, None, :]).to(torch.int8)
        values = values.view(packed.shape[0], -1)
        reverse = torch.arange(values.shape[-1]).view(-1, 8)[:, AWQ_REVERSE_ORDER].view(-1)
        return torch.bitwise_and(values[:, reverse], 15)

    def dequantize(self):
        weight = self._unpack(self.qweight)
        zeros = torch.repeat_interleave(self._unpack(self.qzeros), self.group, dim=0)
        scales = torch.repeat_interleave(self.scales, self.group, dim=0)
        return (weight - zeros) * scales  # [K, N]

    def forward(self, x):
        out = torch.matmul(x, self.dequantize())
        return out if self.bias is None else out + self.bias


def reference_weight(q, z, s, g_idx):
    """W [N, K] in float64 from the integer weights, zeros and scales."""
    g = g_idx.long()
    return (q.to(torch.float64) - z[:, g].to(torch.float64)) * s[:, g].to(torch.float64)
