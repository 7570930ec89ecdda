# Sub-byte integer tensors cross the boundary packed, in numpy's own packed
# form: rows of little-endian bit streams (np.packbits(bitorder="little") of
# each value's bits), zero-padded to a byte; for int4 two values per byte,
# the first in the low nibble. The natural tensor<NxKxi4> argument takes the
# packed rows as they are, or logical values, which the package packs.
#
# RUN: rm -rf %t && mkdir -p %t
# RUN: %python %s %t | FileCheck %s
# RUN: tessel-exec %t/lib.so --entry=linear --input=%t/x.npy --input=%t/w_packed.npy --input=%t/s.npy --output=%t/out
# RUN: %python -c "import numpy as np; a = np.load('%t/out/result0.npy'); b = np.load('%t/expected.npy'); print('exec:', np.abs(a - b).max() / np.abs(b).max() < 1e-5)" | FileCheck %s --check-prefix=EXEC
# EXEC: exec: True

import os
import sys

import numpy as np

import tessel

workdir = sys.argv[1]
rng = np.random.default_rng(11)

LINEAR = """
func.func @linear(%x: tensor<5x256xf32>, %w: tensor<24x256xi4>,
                  %s: tensor<24x2xf32>) -> tensor<5x24xf32> {
  %init = tensor.empty() : tensor<5x24xf32>
  %y = tessel.qmatmul signed group_size(128)
         ins(%x, %w, %s : tensor<5x256xf32>, tensor<24x256xi4>, tensor<24x2xf32>)
         outs(%init : tensor<5x24xf32>) -> tensor<5x24xf32>
  return %y : tensor<5x24xf32>
}

func.func @codes(%p: tensor<?x2xi8>) -> tensor<?x5xi3> {
  %c0 = arith.constant 0 : index
  %n = tensor.dim %p, %c0 : tensor<?x2xi8>
  %e = tensor.empty(%n) : tensor<?x5xi3>
  %u = tessel.unpack ins(%p : tensor<?x2xi8>) outs(%e : tensor<?x5xi3>) -> tensor<?x5xi3>
  return %u : tensor<?x5xi3>
}

func.func @identity(%a: tensor<?x3xi4>) -> tensor<?x3xi4> {
  return %a : tensor<?x3xi4>
}
"""

model = tessel.compile(LINEAR, workdir=workdir)
print("signature:", model.linear.signature)
# CHECK: signature: linear(f32[5x256],i4[24x256],f32[24x2])->(f32[5x24])

x = rng.uniform(-1, 1, (5, 256)).astype(np.float32)
w = rng.integers(-8, 8, (24, 256))
s = rng.uniform(0.01, 0.1, (24, 2)).astype(np.float32)
ref = x.astype(np.float64) @ (w * np.repeat(s.astype(np.float64), 128, axis=1)).T

# The packed form, built with numpy alone: low nibble first.
nibbles = (w & 0xF).astype(np.uint8)
w_packed = nibbles[:, 0::2] | (nibbles[:, 1::2] << 4)
assert np.array_equal(w_packed, np.packbits(
    ((nibbles[..., None] >> np.arange(4)) & 1).reshape(24, -1).astype(np.uint8),
    axis=-1, bitorder="little"))
assert np.array_equal(tessel.pack_bits(w, 4), w_packed)

err = lambda y: np.abs(y - ref).max() / np.abs(ref).max()
print("logical:", err(model.linear(x, w, s)) < 1e-5)
print("packed:", err(model.linear(x, w_packed, s)) < 1e-5)
# CHECK: logical: True
# CHECK: packed: True

# A wrong packed row length is a shape error, not a misread.
try:
    model.linear(x, w_packed[:, :-1], s)
except tessel.TesselError as e:
    print("error:", str(e).splitlines()[0])
# CHECK: error: input 1 of linear must have shape (24, 256), got (24, 127)

# Results of sub-byte types come back one value per byte; 3-bit codes
# straddle bytes (5 x 3 bits in 2 bytes), and the leading size is dynamic.
codes = rng.integers(0, 8, (7, 5))
bits = ((codes[..., None] >> np.arange(3)) & 1).reshape(7, 15).astype(np.uint8)
packed_codes = np.packbits(bits, axis=-1, bitorder="little")
out = model.codes(packed_codes.view(np.int8))
print("codes:", out.dtype, out.shape, np.array_equal(out, codes))
# CHECK: codes: uint8 (7, 5) True
print("unpack_bits:", np.array_equal(tessel.unpack_bits(packed_codes, 3, 5), codes))
# CHECK: unpack_bits: True

# An odd number of int4 per row round-trips, signed values as their bits.
a = rng.integers(-8, 8, (4, 3))
back = model.identity(a)
print("identity:", np.array_equal(back, a & 0xF),
      np.array_equal(tessel.unpack_bits(tessel.pack_bits(a, 4), 4, 3, signed=True), a))
# CHECK: identity: True True

# Files for tessel-exec: the packed rows as a uint8 .npy.
np.save(os.path.join(workdir, "x.npy"), x)
np.save(os.path.join(workdir, "w_packed.npy"), w_packed)
np.save(os.path.join(workdir, "s.npy"), s)
np.save(os.path.join(workdir, "expected.npy"), ref)
model_path = [f for f in os.listdir(workdir) if f.endswith(".so")]
os.replace(os.path.join(workdir, model_path[0]), os.path.join(workdir, "lib.so"))
