# The Python package over the C API: compile, run on numpy arrays against a
# float64 reference, time, transform by pipeline name, emit artifacts, and
# every failure as a TesselError carrying Tessel's diagnostics.
#
# RUN: rm -rf %t && mkdir -p %t
# RUN: %python %s %t | FileCheck %s
# RUN: tessel-exec --bundle=%t/paged-bundle --bench=1 --warmup=0 | FileCheck %s --check-prefix=EXEC
# EXEC: bench p: median

import os
import sys

import numpy as np

import tessel

workdir = sys.argv[1]
rng = np.random.default_rng(7)


def last_error(e):
    """The last `error:` line of a TesselError (diagnostics quote source)."""
    return [l for l in str(e).splitlines() if "error:" in l][-1]


QMATMUL = """
func.func @linear(%x: tensor<3x256xf32>, %w: tensor<24x256xi4>,
                  %s: tensor<24x2xf32>, %z: tensor<24x2xi4>) -> tensor<3x24xf32> {
  %init = tensor.empty() : tensor<3x24xf32>
  %y = tessel.qmatmul unsigned group_size(128)
         ins(%x, %w, %s : tensor<3x256xf32>, tensor<24x256xi4>, tensor<24x2xf32>)
         zero_points(%z : tensor<24x2xi4>)
         outs(%init : tensor<3x24xf32>) -> tensor<3x24xf32>
  return %y : tensor<3x24xf32>
}
"""

# Compile and run; compare with a float64 reference of the dequantized GEMM.
model = tessel.compile(QMATMUL)
linear = model.linear
print("signature:", linear.signature)
# CHECK: signature: linear(f32[3x256],i4[24x256],f32[24x2],i4[24x2])->(f32[3x24])
x = rng.uniform(-1, 1, (3, 256)).astype(np.float32)
w = rng.integers(0, 16, (24, 256))
s = rng.uniform(0.01, 0.1, (24, 2)).astype(np.float32)
z = rng.integers(0, 16, (24, 2))
y = linear(x, w, s, z)
deq = (w - np.repeat(z, 128, axis=1)) * np.repeat(s.astype(np.float64), 128, axis=1)
ref = x.astype(np.float64) @ deq.T
err = np.abs(y - ref).max() / np.abs(ref).max()
print("qmatmul:", y.dtype, y.shape, "ok" if err < 1e-5 else "error %g" % err)
# CHECK: qmatmul: float32 (3, 24) ok
median, minimum = linear.benchmark(x, w, s, z, warmup=1, iterations=3)
print("benchmark:", 0 < minimum <= median)
# CHECK: benchmark: True

# Wrong inputs are refused before the call.
try:
    linear(x, w, s)
except tessel.TesselError as e:
    print("error:", e)
# CHECK: error: linear takes 4 inputs, got 3
try:
    linear(x[:2], w, s, z)
except tessel.TesselError as e:
    print("error:", e)
# CHECK: error: input 0 of linear must have shape (3, 256), got (2, 256)

# Parse errors carry the location and the message.
try:
    tessel.Context().parse(QMATMUL.replace("group_size(128)", "group_size(100)"), "q.mlir")
except tessel.TesselError as e:
    print("error:", str(e).splitlines()[1])
# CHECK: error: q.mlir:{{[0-9]+}}:{{[0-9]+}}: error: {{.*}}group

# Pipelines by name; a bad name is a diagnostic.
context = tessel.Context()
module = context.parse(QMATMUL)
module.run_pipeline("convert-tessel-to-linalg,canonicalize")
print("lowered to linalg:", "tessel.qmatmul" not in str(module))
# CHECK: lowered to linalg: True
try:
    module.run_pipeline("no-such-pass")
except tessel.TesselError as e:
    print("error:", " ".join(str(e).split())[:60])
# CHECK: error: pipeline 'no-such-pass' failed: error: invalid pass pipeline

# Artifacts: MLIR text, an object file, PTX from the CUDA pipeline (no GPU
# needed to compile), and a clear error for PTX of a CPU module.
module = context.parse(QMATMUL)
module.emit("mlir", os.path.join(workdir, "q.mlir"))
print("mlir:", "tessel.qmatmul" in open(os.path.join(workdir, "q.mlir")).read())
# CHECK: mlir: True
module.lower("cpu")
module.emit("object", os.path.join(workdir, "q.o"))
print("object:", open(os.path.join(workdir, "q.o"), "rb").read(4) == b"\x7fELF")
# CHECK: object: True
try:
    module.emit("ptx", os.path.join(workdir, "ptx-cpu"))
except tessel.TesselError as e:
    print("error:", last_error(e))
# CHECK: error: {{.*}}error: no kernels to write: lower the module with tessel-cuda-pipeline first
# Pipeline options, spelled as tessel-opt spells them (the same option
# structs parse them), and a clear error for an unknown one.
options = context.parse(QMATMUL).lower("cpu", options="cost-model=analytical parallel=0")
print("options:", "llvm.func" in str(options) and "omp." not in str(options))
# CHECK: options: True
try:
    context.parse(QMATMUL).lower("cpu", options="no-such-option=1")
except tessel.TesselError as e:
    print("error:", " ".join(str(e).split())[:60])
# CHECK: error: {{.*}}invalid pipeline options 'no
gpu = context.parse(QMATMUL).lower("cuda", chip="sm_80")
ptx_dir = gpu.emit("ptx", os.path.join(workdir, "ptx"))
ptx = [open(os.path.join(ptx_dir, f)).read() for f in sorted(os.listdir(ptx_dir))]
print("ptx:", len(ptx) > 0, all(".target sm_80" in p and ".entry" in p for p in ptx))
# CHECK: ptx: True True
# Parsed later under the same name: diagnostics about `gpu` still quote
# gpu's own source (the later buffer is "<python>#2").
other = context.parse("\n\n\n\n  func.func private @unrelated()\n")
try:
    gpu.emit("cubin", os.path.join(workdir, "cubin"))
except tessel.TesselError as e:
    print("error:", last_error(e))
    print("quoted:", [l.strip() for l in str(e).splitlines() if "tessel.qmatmul" in l][:1])
# CHECK: error: <python>{{(#[0-9]+)?}}:5:8: error: kernels were compiled to 'assembly', not 'bin'{{.*}}
# CHECK: quoted: ['%y = tessel.qmatmul unsigned group_size(128)']

# cubin through ptxas (part of the CUDA toolkit, where one is installed).
import shutil
if shutil.which("ptxas") or os.path.exists("/usr/local/cuda/bin/ptxas"):
    binary = context.parse(QMATMUL).run_pipeline("tessel-cuda-pipeline{chip=sm_90 format=bin}")
    cubin_dir = binary.emit("cubin", os.path.join(workdir, "cubin-ok"))
    cubins = [open(os.path.join(cubin_dir, f), "rb").read(4) for f in os.listdir(cubin_dir)]
    print("cubin:", len(cubins) > 0 and all(c == b"\x7fELF" for c in cubins))
else:
    print("cubin: True (no ptxas here)")
# CHECK: cubin: True

# A CUDA library cannot load without a GPU; that is an error, not a crash.
if os.system("nvidia-smi -L > /dev/null 2>&1") != 0:
    try:
        tessel.compile(QMATMUL, target="cuda")
    except tessel.TesselError as e:
        print("cuda:", "error" in str(e))
else:
    print("cuda:", True)
# CHECK: cuda: True

# Bundles for tessel-exec: inputs made there from a seed, integers that
# index something (a paged cache's table and lengths) in a range.
from tessel.bundle import write_bundle

PAGED = """
func.func @p(%q: tensor<1x8x1x64xbf16>, %kp: tensor<4x16x2x64xbf16>, %vp: tensor<4x16x2x64xbf16>, %t: tensor<1x4xi32>, %l: tensor<1xi32>) -> tensor<1x8x1x64xbf16> {
  %e = tensor.empty() : tensor<1x8x1x64xbf16>
  %o = tessel.paged_attention ins(%q, %kp, %vp : tensor<1x8x1x64xbf16>, tensor<4x16x2x64xbf16>, tensor<4x16x2x64xbf16>) pages(%t, %l : tensor<1x4xi32>, tensor<1xi32>) outs(%e : tensor<1x8x1x64xbf16>) -> tensor<1x8x1x64xbf16>
  return %o : tensor<1x8x1x64xbf16>
}
"""
bundle_dir = os.path.join(workdir, "paged-bundle")
write_bundle(bundle_dir, PAGED, {"p": ([1, 2, 3, (4, 0, 4), (5, 64, 65)], [], 0.0)},
             target="cpu")
lines = open(os.path.join(bundle_dir, "bundle.txt")).read().splitlines()
print("bundle:", [l for l in lines if l.startswith("input-random-ints")])
# CHECK: bundle: ['input-random-ints 4 0 4', 'input-random-ints 5 64 65']

# Files that are not UTF-8, and '-', which is a file name, never stdin.
bad_path = os.path.join(workdir, "bad.mlir")
with open(bad_path, "wb") as f:
    f.write(b"func.func @f() { \xff\xfe return }\n")
for path in (bad_path, "-"):
    try:
        tessel.Context().parse_file(path)
    except tessel.TesselError as e:
        print("parse_file:", last_error(e))
# CHECK: parse_file: {{.*}}bad.mlir:1:18: error: unexpected character
# CHECK: parse_file: error: cannot read -: No such file or directory

# An unknown target number is an error of the C API, not the CPU.
from tessel import _capi
ctx = tessel.Context()
handle = _capi.lib.tesselLibraryLoad(ctx._handle, os.fsencode(bad_path), 7)
print("target 7:", handle.ptr is None, last_error(tessel.TesselError("x", ctx.diagnostics())))
# CHECK: target 7: True {{.*}}unknown target 7 (TesselTargetCPU or TesselTargetCUDA)
