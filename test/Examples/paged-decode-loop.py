# A decode loop of a small grouped-query attention layer over a paged KV
# cache, through the Python package: 64 steps, each one token per sequence,
# all served by one compiled function. The cache lives in pools of pages
# (vLLM's layout) that the function appends the new token's key and value
# to; the block table and the sequence lengths are plain int32 inputs, so the
# growing cache never changes a shape and nothing is recompiled. Each step's
# output is compared with scaled_dot_product_attention over the contiguous
# cache kept by the reference (PyTorch's in float64 where torch is installed,
# the same formula in numpy float64 otherwise), and the pools with where the
# reference put each token.
#
# RUN: %python %s | FileCheck %s
# CHECK: compiled 1 function: decode_step
# CHECK: reference: {{torch|numpy}} scaled_dot_product_attention (float64)
# CHECK-COUNT-4: step {{[0-9]+}}: ok
# CHECK: 64 steps ok, lengths [64, 71]
# CHECK: pools hold every token where the table says: ok

import numpy as np

import tessel

try:
    import torch
    import torch.nn.functional as F
except ImportError:
    torch = None

MODEL_DIM, HEADS, KV_HEADS, HEAD_DIM = 128, 8, 2, 64
PAGES, PAGE_SIZE, MAX_PAGES = 10, 16, 5
STEPS = 64

LAYER = """
func.func @decode_step(%x: tensor<2x128xf32>, %wq: tensor<128x512xf32>, %wk: tensor<128x128xf32>,
                       %wv: tensor<128x128xf32>, %wo: tensor<512x128xf32>,
                       %kpool: tensor<10x16x2x64xf32>, %vpool: tensor<10x16x2x64xf32>,
                       %table: tensor<2x5xi32>, %lens: tensor<2xi32>)
    -> (tensor<2x128xf32>, tensor<10x16x2x64xf32>, tensor<10x16x2x64xf32>) {
  %zero = arith.constant 0.0 : f32
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c2 = arith.constant 2 : index
  %c16 = arith.constant 16 : index
  %eq = tensor.empty() : tensor<2x512xf32>
  %fq = linalg.fill ins(%zero : f32) outs(%eq : tensor<2x512xf32>) -> tensor<2x512xf32>
  %q2 = linalg.matmul ins(%x, %wq : tensor<2x128xf32>, tensor<128x512xf32>) outs(%fq : tensor<2x512xf32>) -> tensor<2x512xf32>
  %ekv = tensor.empty() : tensor<2x128xf32>
  %fkv = linalg.fill ins(%zero : f32) outs(%ekv : tensor<2x128xf32>) -> tensor<2x128xf32>
  %k2 = linalg.matmul ins(%x, %wk : tensor<2x128xf32>, tensor<128x128xf32>) outs(%fkv : tensor<2x128xf32>) -> tensor<2x128xf32>
  %v2 = linalg.matmul ins(%x, %wv : tensor<2x128xf32>, tensor<128x128xf32>) outs(%fkv : tensor<2x128xf32>) -> tensor<2x128xf32>
  %q = tensor.expand_shape %q2 [[0], [1, 2, 3]] output_shape [2, 8, 1, 64] : tensor<2x512xf32> into tensor<2x8x1x64xf32>
  %k = tensor.expand_shape %k2 [[0], [1, 2, 3]] output_shape [2, 1, 2, 64] : tensor<2x128xf32> into tensor<2x1x2x64xf32>
  %v = tensor.expand_shape %v2 [[0], [1, 2, 3]] output_shape [2, 1, 2, 64] : tensor<2x128xf32> into tensor<2x1x2x64xf32>
  // Append the new token of each sequence at its length.
  %pools:2 = scf.for %b = %c0 to %c2 step %c1 iter_args(%kp = %kpool, %vp = %vpool) -> (tensor<10x16x2x64xf32>, tensor<10x16x2x64xf32>) {
    %len32 = tensor.extract %lens[%b] : tensor<2xi32>
    %len = arith.index_cast %len32 : i32 to index
    %slot = arith.divui %len, %c16 : index
    %row = arith.remui %len, %c16 : index
    %page32 = tensor.extract %table[%b, %slot] : tensor<2x5xi32>
    %page = arith.index_cast %page32 : i32 to index
    %kb = tensor.extract_slice %k[%b, 0, 0, 0] [1, 1, 2, 64] [1, 1, 1, 1] : tensor<2x1x2x64xf32> to tensor<1x1x2x64xf32>
    %vb = tensor.extract_slice %v[%b, 0, 0, 0] [1, 1, 2, 64] [1, 1, 1, 1] : tensor<2x1x2x64xf32> to tensor<1x1x2x64xf32>
    %kp2 = tensor.insert_slice %kb into %kp[%page, %row, 0, 0] [1, 1, 2, 64] [1, 1, 1, 1] : tensor<1x1x2x64xf32> into tensor<10x16x2x64xf32>
    %vp2 = tensor.insert_slice %vb into %vp[%page, %row, 0, 0] [1, 1, 2, 64] [1, 1, 1, 1] : tensor<1x1x2x64xf32> into tensor<10x16x2x64xf32>
    scf.yield %kp2, %vp2 : tensor<10x16x2x64xf32>, tensor<10x16x2x64xf32>
  }
  // The new token counts: lengths + 1.
  %el = tensor.empty() : tensor<2xi32>
  %lens1 = linalg.generic {indexing_maps = [affine_map<(d0) -> (d0)>, affine_map<(d0) -> (d0)>], iterator_types = ["parallel"]}
      ins(%lens : tensor<2xi32>) outs(%el : tensor<2xi32>) {
  ^bb0(%l: i32, %o: i32):
    %one = arith.constant 1 : i32
    %n = arith.addi %l, %one : i32
    linalg.yield %n : i32
  } -> tensor<2xi32>
  %ea = tensor.empty() : tensor<2x8x1x64xf32>
  %a = tessel.paged_attention ins(%q, %pools#0, %pools#1 : tensor<2x8x1x64xf32>, tensor<10x16x2x64xf32>, tensor<10x16x2x64xf32>)
         pages(%table, %lens1 : tensor<2x5xi32>, tensor<2xi32>) outs(%ea : tensor<2x8x1x64xf32>) -> tensor<2x8x1x64xf32>
  %a2 = tensor.collapse_shape %a [[0], [1, 2, 3]] : tensor<2x8x1x64xf32> into tensor<2x512xf32>
  %eo = tensor.empty() : tensor<2x128xf32>
  %fo = linalg.fill ins(%zero : f32) outs(%eo : tensor<2x128xf32>) -> tensor<2x128xf32>
  %out = linalg.matmul ins(%a2, %wo : tensor<2x512xf32>, tensor<512x128xf32>) outs(%fo : tensor<2x128xf32>) -> tensor<2x128xf32>
  return %out, %pools#0, %pools#1 : tensor<2x128xf32>, tensor<10x16x2x64xf32>, tensor<10x16x2x64xf32>
}
"""

library = tessel.compile(LAYER)
step_fn = library.decode_step
print("compiled 1 function:", step_fn.name)

rng = np.random.default_rng(2026)
def uniform(*shape, scale=1.0):
    return (rng.uniform(-1, 1, shape) * scale).astype(np.float32)

wq = uniform(MODEL_DIM, HEADS * HEAD_DIM, scale=0.1)
wk = uniform(MODEL_DIM, KV_HEADS * HEAD_DIM, scale=0.1)
wv = uniform(MODEL_DIM, KV_HEADS * HEAD_DIM, scale=0.1)
wo = uniform(HEADS * HEAD_DIM, MODEL_DIM, scale=0.1)

# Sequence 0 starts empty; sequence 1 has a prompt of 7 tokens already in
# the cache. Their pages interleave in the pool; page 9 of sequence 0 is
# never reached within 64 steps.
table = np.array([[3, 7, 1, 9, 0], [2, 5, 8, 4, 6]], dtype=np.int32)
lens = np.array([0, 7], dtype=np.int32)
kpool = np.zeros((PAGES, PAGE_SIZE, KV_HEADS, HEAD_DIM), np.float32)
vpool = np.zeros_like(kpool)
# The reference's own contiguous caches, [Hkv, tokens, D] per sequence.
kcache = [np.zeros((KV_HEADS, 0, HEAD_DIM)), None]
vcache = [np.zeros((KV_HEADS, 0, HEAD_DIM)), None]
prompt_k, prompt_v = uniform(7, KV_HEADS, HEAD_DIM), uniform(7, KV_HEADS, HEAD_DIM)
for t in range(7):
    page, row = table[1, t // PAGE_SIZE], t % PAGE_SIZE
    kpool[page, row], vpool[page, row] = prompt_k[t], prompt_v[t]
kcache[1] = prompt_k.transpose(1, 0, 2).astype(np.float64)
vcache[1] = prompt_v.transpose(1, 0, 2).astype(np.float64)


def sdpa(q, k, v):
    """scaled_dot_product_attention of q [Hq, 1, D] over k, v [Hkv, L, D]
    (grouped heads), in float64."""
    group = HEADS // KV_HEADS
    if torch is not None:
        qt, kt, vt = (torch.from_numpy(a) for a in (q, k, v))
        kt, vt = kt.repeat_interleave(group, 0), vt.repeat_interleave(group, 0)
        return F.scaled_dot_product_attention(qt, kt, vt).numpy()
    k, v = np.repeat(k, group, 0), np.repeat(v, group, 0)
    s = q @ k.transpose(0, 2, 1) / np.sqrt(HEAD_DIM)
    p = np.exp(s - s.max(-1, keepdims=True))
    return (p / p.sum(-1, keepdims=True)) @ v


print("reference:", "torch" if torch is not None else "numpy",
      "scaled_dot_product_attention (float64)")
worst = 0.0
for step in range(STEPS):
    x = uniform(2, MODEL_DIM)
    out, kpool, vpool = step_fn(x, wq, wk, wv, wo, kpool, vpool, table, lens)
    x64 = x.astype(np.float64)
    want = np.zeros((2, MODEL_DIM))
    for b in range(2):
        q = (x64[b] @ wq).reshape(HEADS, 1, HEAD_DIM)
        k = (x64[b] @ wk).reshape(KV_HEADS, 1, HEAD_DIM)
        v = (x64[b] @ wv).reshape(KV_HEADS, 1, HEAD_DIM)
        kcache[b] = np.concatenate([kcache[b], k], axis=1)
        vcache[b] = np.concatenate([vcache[b], v], axis=1)
        attended = sdpa(q, kcache[b], vcache[b]).reshape(HEADS * HEAD_DIM)
        want[b] = attended @ wo
    error = np.abs(out - want).max() / np.abs(want).max()
    worst = max(worst, error)
    if error > 1e-4:
        print("step %d: error %g" % (step, error))
    elif step % 16 == 15:
        print("step %d: ok" % step)
    lens = lens + 1

print("%d steps %s, lengths %s, largest error %.2g" % (STEPS, "ok" if worst <= 1e-4 else "FAILED",
                                   list(map(int, lens)), worst))
pools_ok = True
for b in range(2):
    for t in range(int(lens[b])):
        page, row = table[b, t // PAGE_SIZE], t % PAGE_SIZE
        pools_ok &= np.allclose(kpool[page, row], kcache[b][:, t], atol=1e-5)
        pools_ok &= np.allclose(vpool[page, row], vcache[b][:, t], atol=1e-5)
print("pools hold every token where the table says:", "ok" if pools_ok else "FAILED")
