# A decode loop over a contiguous KV cache that grows by one token a step,
# through the Python package: the attention function takes the cache length
# (and the batch) at call time, so one compiled library serves all 64 steps.
# Checks, step by step, scaled_dot_product_attention over the same cache
# (PyTorch's in float64 where torch is installed, the same formula in numpy
# float64 otherwise); that a statically shaped instance compiled for one
# length gives the same results; that nothing is compiled inside the loop
# (lowerings counted); and that a cache whose keys and values differ in
# length is refused with a clear error.
#
# RUN: %python %s | FileCheck %s
# CHECK: signature: attend(f32[?0x8x1x64],f32[?0x2x?1x64],f32[?0x2x?1x64],f32[512x128])->(f32[?0x128])
# CHECK: reference: {{torch|numpy}} scaled_dot_product_attention (float64)
# CHECK-COUNT-4: step {{[0-9]+}}: ok
# CHECK: 64 steps ok, cache length 69, 0 compilations in the loop
# CHECK: static instances (lengths 6, 37, 69) match the dynamic function: ok
# CHECK: mismatched cache: TesselError: {{.*}}input 2 has type f32[2x2x9x64] but f32[?0x2x?1x64] was expected, with ?1 = 10

import numpy as np

import tessel
from tessel.testing import LoweringCounter

try:
    import torch
    import torch.nn.functional as F
except ImportError:
    torch = None

MODEL_DIM, HEADS, KV_HEADS, HEAD_DIM = 128, 8, 2, 64
BATCH, PROMPT, STEPS = 2, 5, 64

PROJECT = """
func.func @project(%x: tensor<2x128xf32>, %wq: tensor<128x512xf32>, %wk: tensor<128x128xf32>, %wv: tensor<128x128xf32>)
    -> (tensor<2x8x1x64xf32>, tensor<2x2x1x64xf32>, tensor<2x2x1x64xf32>) {
  %zero = arith.constant 0.0 : f32
  %eq = tensor.empty() : tensor<2x512xf32>
  %fq = linalg.fill ins(%zero : f32) outs(%eq : tensor<2x512xf32>) -> tensor<2x512xf32>
  %q2 = linalg.matmul ins(%x, %wq : tensor<2x128xf32>, tensor<128x512xf32>) outs(%fq : tensor<2x512xf32>) -> tensor<2x512xf32>
  %ekv = tensor.empty() : tensor<2x128xf32>
  %fkv = linalg.fill ins(%zero : f32) outs(%ekv : tensor<2x128xf32>) -> tensor<2x128xf32>
  %k2 = linalg.matmul ins(%x, %wk : tensor<2x128xf32>, tensor<128x128xf32>) outs(%fkv : tensor<2x128xf32>) -> tensor<2x128xf32>
  %v2 = linalg.matmul ins(%x, %wv : tensor<2x128xf32>, tensor<128x128xf32>) outs(%fkv : tensor<2x128xf32>) -> tensor<2x128xf32>
  %q = tensor.expand_shape %q2 [[0], [1, 2, 3]] output_shape [2, 8, 1, 64] : tensor<2x512xf32> into tensor<2x8x1x64xf32>
  %k = tensor.expand_shape %k2 [[0], [1, 2, 3]] output_shape [2, 2, 1, 64] : tensor<2x128xf32> into tensor<2x2x1x64xf32>
  %v = tensor.expand_shape %v2 [[0], [1, 2, 3]] output_shape [2, 2, 1, 64] : tensor<2x128xf32> into tensor<2x2x1x64xf32>
  return %q, %k, %v : tensor<2x8x1x64xf32>, tensor<2x2x1x64xf32>, tensor<2x2x1x64xf32>
}
"""

# Attention of one new token per sequence over the whole cache, then the
# output projection. `?` marks the sizes known at run time: the batch and
# the cache length.
ATTEND = """
func.func @attend(%q: tensor<?x8x1x64xf32>, %k: tensor<?x2x?x64xf32>, %v: tensor<?x2x?x64xf32>, %wo: tensor<512x128xf32>)
    -> tensor<?x128xf32> {
  %c0 = arith.constant 0 : index
  %zero = arith.constant 0.0 : f32
  %b = tensor.dim %q, %c0 : tensor<?x8x1x64xf32>
  %ea = tensor.empty(%b) : tensor<?x8x1x64xf32>
  %a = tessel.attention ins(%q, %k, %v : tensor<?x8x1x64xf32>, tensor<?x2x?x64xf32>, tensor<?x2x?x64xf32>)
         outs(%ea : tensor<?x8x1x64xf32>) -> tensor<?x8x1x64xf32>
  %a2 = tensor.collapse_shape %a [[0], [1, 2, 3]] : tensor<?x8x1x64xf32> into tensor<?x512xf32>
  %eo = tensor.empty(%b) : tensor<?x128xf32>
  %fo = linalg.fill ins(%zero : f32) outs(%eo : tensor<?x128xf32>) -> tensor<?x128xf32>
  %out = linalg.matmul ins(%a2, %wo : tensor<?x512xf32>, tensor<512x128xf32>) outs(%fo : tensor<?x128xf32>) -> tensor<?x128xf32>
  return %out : tensor<?x128xf32>
}
"""

# Every lowering goes through Module.lower; count them.
lowerings = LoweringCounter()

project = tessel.compile(PROJECT).project
attend = tessel.compile(ATTEND).attend
print("signature:", attend.signature)

rng = np.random.default_rng(2026)
def uniform(*shape, scale=1.0):
    return (rng.uniform(-1, 1, shape) * scale).astype(np.float32)

wq = uniform(MODEL_DIM, HEADS * HEAD_DIM, scale=0.1)
wk = uniform(MODEL_DIM, KV_HEADS * HEAD_DIM, scale=0.1)
wv = uniform(MODEL_DIM, KV_HEADS * HEAD_DIM, scale=0.1)
wo = uniform(HEADS * HEAD_DIM, MODEL_DIM, scale=0.1)
kcache = uniform(BATCH, KV_HEADS, PROMPT, HEAD_DIM)
vcache = uniform(BATCH, KV_HEADS, PROMPT, HEAD_DIM)


def sdpa(q, k, v):
    """scaled_dot_product_attention of q [B, Hq, 1, D] over k, v
    [B, Hkv, L, D] (grouped heads), in float64."""
    group = HEADS // KV_HEADS
    k, v = np.repeat(k, group, 1), np.repeat(v, group, 1)
    if torch is not None:
        qt, kt, vt = (torch.from_numpy(a) for a in (q, k, v))
        return F.scaled_dot_product_attention(qt, kt, vt).numpy()
    s = q @ k.transpose(0, 1, 3, 2) / np.sqrt(HEAD_DIM)
    p = np.exp(s - s.max(-1, keepdims=True))
    return (p / p.sum(-1, keepdims=True)) @ v


print("reference:", "torch" if torch is not None else "numpy",
      "scaled_dot_product_attention (float64)")
before = lowerings.count
saved = {}
for step in range(STEPS):
    x = uniform(BATCH, MODEL_DIM)
    q, k, v = project(x, wq, wk, wv)
    kcache = np.concatenate([kcache, k], axis=2)
    vcache = np.concatenate([vcache, v], axis=2)
    out = attend(q, kcache, vcache, wo)
    a = sdpa(q.astype(np.float64), kcache.astype(np.float64), vcache.astype(np.float64))
    want = a.reshape(BATCH, -1) @ wo.astype(np.float64)
    err = np.abs(out - want).max() / np.abs(want).max()
    if out.shape != (BATCH, MODEL_DIM) or not err < 1e-4:
        raise SystemExit("step %d: FAIL (shape %s, error %.3g)" % (step, out.shape, err))
    if step % 16 == 0:
        print("step %d: ok" % step)
    if kcache.shape[2] in (6, 37, 69):
        saved[kcache.shape[2]] = (q, kcache, vcache, out)
print("%d steps ok, cache length %d, %d compilations in the loop"
      % (STEPS, kcache.shape[2], lowerings.count - before))

# A statically shaped instance of the same function for each saved length.
for length, (q, k, v, out) in saved.items():
    static = ATTEND.replace("tensor<?x8x1x64xf32>", "tensor<2x8x1x64xf32>")
    static = static.replace("tensor<?x2x?x64xf32>", "tensor<2x2x%dx64xf32>" % length)
    static = static.replace("tensor<?x512xf32>", "tensor<2x512xf32>")
    static = static.replace("tensor<?x128xf32>", "tensor<2x128xf32>")
    static = static.replace("tensor.empty(%b)", "tensor.empty()")
    fixed = tessel.compile(static).attend
    assert "?" not in fixed.signature, fixed.signature
    err = np.abs(fixed(q, k, v, wo) - out).max() / np.abs(out).max()
    if not err < 1e-5:
        raise SystemExit("static instance of length %d: FAIL (%.3g)" % (length, err))
print("static instances (lengths %s) match the dynamic function: ok"
      % ", ".join(str(n) for n in sorted(saved)))

try:
    attend(q, kcache[:, :, :10], vcache[:, :, :9], wo)
    raise SystemExit("mismatched cache: FAIL (no error)")
except tessel.TesselError as e:
    print("mismatched cache: TesselError:", str(e).replace("\n", " "))
