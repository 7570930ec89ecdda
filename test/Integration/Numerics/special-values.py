# Special values through every op, against numpy (and PyTorch's CPU ops where
# torch is installed): +-inf, finfo(float32).min masks, fully masked rows,
# values up to 3e38, NaN, zero and huge scales. Tessel's CPU results must
# agree with numpy's float32 evaluation of the same formula: the same NaNs,
# the same infinities, finite values within float32 rounding. Where Tessel
# differs on purpose, docs/Semantics.md says so and the case is listed in
# DOCUMENTED with the behaviour it checks instead (attention's zeros for a
# query row that sees no key, where the formula gives NaN).
#
# RUN: %python %s | FileCheck %s
# CHECK-NOT: DIFFERS
# CHECK: special values: {{[0-9]+}} cases, 0 differ

import sys

import numpy as np

import tessel

try:  # PyTorch's CPU ops as a second peer, where installed.
    import torch
    import torch.nn.functional as F
except ImportError:
    torch = None

F32 = np.float32
INF = np.float32(np.inf)
NAN = np.float32(np.nan)
FMIN = np.finfo(np.float32).min
FMAX = np.finfo(np.float32).max
rng = np.random.default_rng(26)
cases = 0
differ = 0


def agree(got, want, rtol=2e-5, atol=1e-6):
    """Same NaNs, same infinities, finite values close."""
    got = np.asarray(got, np.float64)
    want = np.asarray(want, np.float64)
    if got.shape != want.shape:
        return False
    if not np.array_equal(np.isnan(got), np.isnan(want)):
        return False
    finite = np.isfinite(want)
    if not np.array_equal(np.isinf(got), np.isinf(want)) or not np.array_equal(
        got[~finite & ~np.isnan(want)], want[~finite & ~np.isnan(want)]
    ):
        return False
    scale = max(1.0, float(np.abs(want[finite]).max(initial=0.0)))
    return bool(np.all(np.abs(got[finite] - want[finite]) <= atol * scale + rtol * np.abs(want[finite])))


def report(name, got, peers):
    """Counts a case; prints DIFFERS with the values where a peer disagrees."""
    global cases, differ
    cases += 1
    bad = [peer for peer, want in peers.items() if want is not None and not agree(got, want)]
    if bad:
        differ += 1
        print(f"DIFFERS {name} from {', '.join(bad)}")
        print("  tessel:", np.asarray(got).ravel()[:8])
        for peer in bad:
            print(f"  {peer}:", np.asarray(peers[peer]).ravel()[:8])
    else:
        print(f"ok {name}")


# ----------------------------------------------------------------------------
# softmax, every algorithm
# ----------------------------------------------------------------------------

SOFTMAX = """
func.func @softmax(%x: tensor<{rows}x{cols}xf32>) -> tensor<{rows}x{cols}xf32> {{
  %e = tensor.empty() : tensor<{rows}x{cols}xf32>
  %y = tessel.softmax {algorithm} dimension(1) ins(%x : tensor<{rows}x{cols}xf32>)
         outs(%e : tensor<{rows}x{cols}xf32>) -> tensor<{rows}x{cols}xf32>
  return %y : tensor<{rows}x{cols}xf32>
}}
"""


def numpy_softmax(x):
    with np.errstate(all="ignore"):
        m = x.max(axis=-1, keepdims=True)
        e = np.exp(x - m)
        return e / e.sum(axis=-1, keepdims=True)


def torch_softmax(x):
    return None if torch is None else torch.softmax(torch.from_numpy(x), -1).numpy()


SOFTMAX_ROWS = {
    "normal": rng.standard_normal(8).astype(F32),
    "large finite": np.array([3e38, -3e38, 1e38, 0, 2e9, -2e9, 1, FMAX], F32),
    "finfo.min mask": np.array([0.5, FMIN, 1.5, FMIN, -2, FMIN, 0, 3], F32),
    "all finfo.min": np.full(8, FMIN, F32),
    "all -inf": np.full(8, -INF, F32),
    "some -inf": np.array([1, -INF, 2, -INF, -INF, 0, -1, -INF], F32),
    "one +inf": np.array([1, INF, 2, 0, 0, 0, 0, 0], F32),
    "NaN": np.array([1, NAN, 2, 0, 0, 0, 0, 0], F32),
    "-3e38 and 0": np.array([-3e38, 0, -3e38, 0, -3e38, 0, -3e38, 0], F32),
    "denormals": np.array([1e-45, -1e-45, 1e-40, 0, -0.0, 1e-38, 0, 0], F32),
    "equal huge": np.full(8, 3e38, F32),
}

for algorithm in ("three_pass", "two_pass", "online"):
    rows = np.stack(list(SOFTMAX_ROWS.values()))
    f = tessel.compile(SOFTMAX.format(rows=rows.shape[0], cols=8, algorithm=algorithm)).softmax
    got = f(rows)
    want, want_torch = numpy_softmax(rows), torch_softmax(rows)
    for i, name in enumerate(SOFTMAX_ROWS):
        report(f"softmax {algorithm} {name}", got[i],
               {"numpy": want[i], "torch": None if want_torch is None else want_torch[i]})

# One column: every row is [1.0] (or NaN for -inf, NaN and +inf).
f = tessel.compile(SOFTMAX.format(rows=4, cols=1, algorithm="online")).softmax
x = np.array([[FMIN], [-INF], [3e38], [NAN]], F32)
report("softmax one column", f(x), {"numpy": numpy_softmax(x), "torch": torch_softmax(x)})

# ----------------------------------------------------------------------------
# attention: masks, scales, soft-capping
# ----------------------------------------------------------------------------

ATTENTION = """
func.func @attention(%q: tensor<1x2x4x8xf32>, %k: tensor<1x2x6x8xf32>, %v: tensor<1x2x6x8xf32>,
                     %m: tensor<1x1x4x6xf32>) -> tensor<1x2x4x8xf32> {{
  %e = tensor.empty() : tensor<1x2x4x8xf32>
  %o = tessel.attention {options}
         ins(%q, %k, %v : tensor<1x2x4x8xf32>, tensor<1x2x6x8xf32>, tensor<1x2x6x8xf32>)
         mask(%m : tensor<1x1x4x6xf32>)
         outs(%e : tensor<1x2x4x8xf32>) -> tensor<1x2x4x8xf32>
  return %o : tensor<1x2x4x8xf32>
}}
"""


def numpy_attention(q, k, v, mask, scale, softcap=None):
    with np.errstate(all="ignore"):
        s = np.einsum("bhid,bhjd->bhij", q, k).astype(F32) * F32(scale)
        if softcap is not None:
            s = F32(softcap) * np.tanh(s / F32(softcap))
        s = s + mask
        return np.einsum("bhij,bhjd->bhid", numpy_softmax(s), v).astype(F32)


def torch_attention(q, k, v, mask, scale, softcap=None):
    if torch is None or softcap is not None:
        return None
    t = lambda a: torch.from_numpy(np.ascontiguousarray(a))
    return F.scaled_dot_product_attention(t(q), t(k), t(v), attn_mask=t(mask), scale=float(scale)).numpy()


def masked_rows_zero(mask):
    """Query rows that see no key: every mask entry -inf."""
    return np.all(np.isneginf(mask), axis=-1)


q = rng.standard_normal((1, 2, 4, 8)).astype(F32)
k = rng.standard_normal((1, 2, 6, 8)).astype(F32)
v = rng.standard_normal((1, 2, 6, 8)).astype(F32)
zero_mask = np.zeros((1, 1, 4, 6), F32)
hf_mask = np.triu(np.full((4, 6), FMIN, F32), 3)[None, None]
inf_mask = np.where(np.triu(np.ones((4, 6)), 3) > 0, -INF, 0).astype(F32)[None, None]
row_masked = inf_mask.copy()
row_masked[0, 0, 1, :] = -INF  # query row 1 sees no key
row_finfo = hf_mask.copy()
row_finfo[0, 0, 1, :] = FMIN  # ... or only finfo.min: uniform, as numpy

ATTENTION_CASES = [
    # name, options, q, k, v, mask, scale, softcap
    ("normal", "", q, k, v, zero_mask, 8 ** -0.5, None),
    ("finfo.min causal mask", "", q, k, v, hf_mask, 8 ** -0.5, None),
    ("-inf causal mask", "", q, k, v, inf_mask, 8 ** -0.5, None),
    ("row of finfo.min", "", q, k, v, row_finfo, 8 ** -0.5, None),
    ("tiny scale", "scale(1.0e-30)", q, k, v, zero_mask, 1e-30, None),
    ("huge scale", "scale(1.0e30)", q, k, v, zero_mask, 1e30, None),
    ("huge scores", "", q * F32(1e18), k * F32(1e18), v, zero_mask, 8 ** -0.5, None),
    ("values 5e37", "", q, k, np.full_like(v, 5e37), zero_mask, 8 ** -0.5, None),
    ("NaN in V", "", q, k, np.where(np.arange(8) == 3, NAN, v).astype(F32), zero_mask, 8 ** -0.5, None),
    ("NaN in Q", "", np.where(np.arange(8) == 0, NAN, q).astype(F32), k, v, zero_mask, 8 ** -0.5, None),
    ("softcap huge scores", "scale(1.0e30) softcap(50.0)", q, k, v, zero_mask, 1e30, 50.0),
    ("softcap finfo.min mask", "softcap(30.0)", q, k, v, hf_mask, 8 ** -0.5, 30.0),
]

for name, options, qq, kk, vv, mask, scale, softcap in ATTENTION_CASES:
    f = tessel.compile(ATTENTION.format(options=options)).attention
    got = f(qq, kk, vv, mask)
    report(f"attention {name}", got,
           {"numpy": numpy_attention(qq, kk, vv, mask, scale, softcap),
            "torch": torch_attention(qq, kk, vv, mask, scale, softcap)})

# DOCUMENTED (docs/Semantics.md): a query row whose every score is -inf gives
# zeros, where numpy's formula gives NaN; the other rows agree with numpy.
f = tessel.compile(ATTENTION.format(options="")).attention
got = f(q, k, v, row_masked)
want = numpy_attention(q, k, v, row_masked, 8 ** -0.5)
dead = masked_rows_zero(row_masked)[0, 0]
cases += 1
if np.all(got[:, :, dead] == 0) and agree(got[:, :, ~dead], want[:, :, ~dead]):
    print("ok attention fully masked row: zeros (documented), others as numpy")
else:
    differ += 1
    print("DIFFERS attention fully masked row", got[0, 0, 1])

# DOCUMENTED (docs/Semantics.md): attention sums the weighted values before it
# divides by the sum of the weights (FlashAttention's deferred
# normalization), so values within a factor Skv of finfo.max can overflow to
# inf where the normalized formula stays finite (3e38 with 6 keys).
got = f(q, k, np.full_like(v, 3e38), zero_mask)
cases += 1
if np.all(np.isinf(got) | np.isclose(got, 3e38, rtol=1e-5)):
    print("ok attention values 3e38: inf or 3e38 (documented)")
else:
    differ += 1
    print("DIFFERS attention values 3e38", got.ravel()[:8])

# ----------------------------------------------------------------------------
# dequantize and qmatmul: zero, huge and non-finite scales
# ----------------------------------------------------------------------------

QMATMUL = """
func.func @qmatmul(%x: tensor<2x64xf32>, %w: tensor<4x64xi8>, %s: tensor<4x2xf32>) -> tensor<2x4xf32> {
  %e = tensor.empty() : tensor<2x4xf32>
  %y = tessel.qmatmul signed group_size(32) ins(%x, %w, %s : tensor<2x64xf32>, tensor<4x64xi8>, tensor<4x2xf32>)
         outs(%e : tensor<2x4xf32>) -> tensor<2x4xf32>
  return %y : tensor<2x4xf32>
}
"""

DEQUANTIZE = """
func.func @dequantize(%w: tensor<4x64xi8>, %s: tensor<4x2xf32>) -> tensor<4x64xf32> {
  %e = tensor.empty() : tensor<4x64xf32>
  %y = tessel.dequantize signed group_size(32) ins(%w, %s : tensor<4x64xi8>, tensor<4x2xf32>)
         outs(%e : tensor<4x64xf32>) -> tensor<4x64xf32>
  return %y : tensor<4x64xf32>
}
"""

qmatmul = tessel.compile(QMATMUL).qmatmul
dequantize = tessel.compile(DEQUANTIZE).dequantize
x = rng.standard_normal((2, 64)).astype(F32)
w = rng.integers(-128, 128, (4, 64)).astype(np.int8)
for name, s in [
    ("normal scales", rng.uniform(0.01, 0.1, (4, 2)).astype(F32)),
    ("zero scales", np.zeros((4, 2), F32)),
    ("huge scales", np.full((4, 2), 3e38, F32)),
    ("inf scale", np.array([[INF, 1], [1, 1], [-INF, 1], [1, 1]], F32)),
    ("NaN scale", np.array([[NAN, 1], [1, 1], [1, 1], [1, 1]], F32)),
]:
    with np.errstate(all="ignore"):
        deq = (w.astype(F32) * np.repeat(s, 32, axis=1)).astype(F32)
    report(f"dequantize {name}", dequantize(w, s), {"numpy": deq})
    with np.errstate(all="ignore"):
        want = (x.astype(np.float64) @ deq.astype(np.float64).T).astype(F32)
    report(f"qmatmul {name}", qmatmul(x, w, s), {"numpy": want})

print(f"torch: {'compared' if torch is not None else 'not installed (numpy only)'}")
print(f"special values: {cases} cases, {differ} differ")
