# tessel-streaming-stores end to end: the softmaxes of a 16 MiB tensor (the
# pass's threshold) write their last pass with non-temporal stores where
# the output is 64-byte aligned and with plain stores where it is not.
# Both are checked against a float64 reference, the output passed by hand
# through the C API at an aligned address and at one 4 bytes past it (the
# runtime writes into the caller's buffer).
#
# RUN: %python %s | FileCheck %s
# CHECK-NOT: error
# CHECK: three_pass aligned ok
# CHECK: three_pass misaligned ok
# CHECK: two_pass aligned ok
# CHECK: two_pass misaligned ok
# CHECK: online aligned ok
# CHECK: online misaligned ok
# CHECK: nontemporal: True

import ctypes

import numpy as np

import tessel
from tessel import _capi, runtime

ROWS, COLUMNS = 16, 262144  # 16 MiB of f32

SOURCE = "\n".join(
    """
func.func @{a}(%x: tensor<{r}x{c}xf32>) -> tensor<{r}x{c}xf32> {{
  %e = tensor.empty() : tensor<{r}x{c}xf32>
  %y = tessel.softmax {a} dimension(1) ins(%x : tensor<{r}x{c}xf32>) outs(%e : tensor<{r}x{c}xf32>) -> tensor<{r}x{c}xf32>
  return %y : tensor<{r}x{c}xf32>
}}""".format(a=a, r=ROWS, c=COLUMNS)
    for a in ("three_pass", "two_pass", "online"))

rng = np.random.default_rng(3)
x = rng.uniform(-20, 20, (ROWS, COLUMNS)).astype(np.float32)
x64 = x.astype(np.float64)
reference = np.exp(x64 - x64.max(axis=1, keepdims=True))
reference /= reference.sum(axis=1, keepdims=True)


def output_at(misalignment):
    """A (ROWS, COLUMNS) f32 array whose address is `misalignment` bytes
    past a multiple of 64."""
    storage = np.zeros(ROWS * COLUMNS + 64, np.float32)
    start = (-storage.ctypes.data % 64 + misalignment) // 4
    out = storage[start:start + ROWS * COLUMNS].reshape(ROWS, COLUMNS)
    assert out.ctypes.data % 64 == misalignment
    return storage, out


model = tessel.compile(SOURCE)
for name in ("three_pass", "two_pass", "online"):
    function = getattr(model, name)
    for label, misalignment in (("aligned", 0), ("misaligned", 4)):
        storage, out = output_at(misalignment)
        in_refs, keep_in = runtime._refs([x], [x.shape], function.inputs)
        out_refs, keep_out = runtime._refs([out], [out.shape], function.results)
        status = _capi.lib.tesselFunctionCall(function._handle, in_refs, 1,
                                              out_refs, 1)
        model.context.check(status, "calling %s failed" % name)
        error = np.abs(out - reference).max() / reference.max()
        print(name, label, "ok" if error < 1e-5 else "error %g" % error)

# The lowered module holds the non-temporal stores.
module = tessel.Context().parse(SOURCE)
module.run_pipeline("tessel-cpu-pipeline")
print("nontemporal:", "nontemporal" in str(module))
