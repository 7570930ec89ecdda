// Bad input to tessel-run and tessel-exec: a clear error and exit code 1,
// never a crash.

// RUN: rm -rf %t && mkdir -p %t
// RUN: %python -c "import numpy as n; n.save('%t/short.npy', n.zeros((3, 8), n.float32)); n.save('%t/ok.npy', n.zeros((4, 8), n.float32)); n.save('%t/three.npy', n.zeros(3, n.float32)); n.save('%t/four.npy', n.zeros(4, n.float32))"
// RUN: not tessel-run %s --entry=nope 2>&1 | FileCheck %s --check-prefix=ENTRY
// RUN: not tessel-run %s --entry=negate --check 2>&1 | FileCheck %s --check-prefix=INTERP
// RUN: not tessel-run %s --entry=softmax --input=%t/short.npy 2>&1 | FileCheck %s --check-prefix=SHAPE
// RUN: not tessel-run %s --entry=softmax --input=%t/missing.npy 2>&1 | FileCheck %s --check-prefix=MISSING
// RUN: not tessel-run %s --entry=softmax --input=%t/ok.npy --input=%t/ok.npy 2>&1 | FileCheck %s --check-prefix=COUNT
// RUN: not tessel-run %S/Inputs/dynamic.mlir --entry=d 2>&1 | FileCheck %s --check-prefix=DYNAMIC
// RUN: not tessel-run %S/Inputs/dynamic.mlir --entry=pair --input=%t/three.npy --input=%t/four.npy 2>&1 | FileCheck %s --check-prefix=SIZES
// RUN: not tessel-run %t/nofile.mlir 2>&1 | FileCheck %s --check-prefix=NOFILE
// RUN: not tessel-exec %t/nofile.so --entry=f 2>&1 | FileCheck %s --check-prefix=NOLIB
// RUN: tessel-run %s --entry=negate --input=%t/ok.npy --output-dir=%t | FileCheck %s --allow-empty --check-prefix=RUNS

// ENTRY: tessel-run: error: no public function @nope
// INTERP: error: the reference interpreter does not know 'linalg.generic'
// SHAPE: tessel-run: error: {{.*}}short.npy: expected shape [4x8] but found [3x8]
// MISSING: tessel-run: error: {{.*}}missing.npy: cannot open
// COUNT: tessel-run: error: softmax takes 1 arguments but 2 --input files were given
// DYNAMIC: tessel-run: error: d has dynamic sizes ?0, but 0 were given (give them with --dynamic-sizes)
// SIZES: tessel-run: error: pair: input 1 has type f32[4] but f32[?0] was expected, with ?0 = 3 (pair: input 0 dimension 0)
// NOFILE: error: cannot open input file
// NOLIB: tessel-exec: error: {{.*}}nofile.so
// RUNS-NOT: error

func.func @softmax(%x: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %e = tensor.empty() : tensor<4x8xf32>
  %o = tessel.softmax online dimension(1) ins(%x : tensor<4x8xf32>) outs(%e : tensor<4x8xf32>) -> tensor<4x8xf32>
  return %o : tensor<4x8xf32>
}

// Runs (the pipeline handles any linalg), but --check cannot evaluate it.
func.func @negate(%x: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %e = tensor.empty() : tensor<4x8xf32>
  %o = linalg.generic {indexing_maps = [affine_map<(i, j) -> (i, j)>, affine_map<(i, j) -> (i, j)>], iterator_types = ["parallel", "parallel"]}
      ins(%x : tensor<4x8xf32>) outs(%e : tensor<4x8xf32>) {
  ^bb0(%a: f32, %b: f32):
    %n = arith.negf %a : f32
    linalg.yield %n : f32
  } -> tensor<4x8xf32>
  return %o : tensor<4x8xf32>
}

// Without a GPU, CUDA code cannot run here: a clear error, not a crash.
// RUN: %if !cuda %{ not tessel-run %S/bundle.mlir --target=cuda 2>&1 | FileCheck %s --check-prefix=NOGPU %}
// RUN: %if !cuda %{ rm -rf %t.cuda && tessel-run %S/bundle.mlir --target=cuda --bundle=%t.cuda %}
// RUN: %if !cuda %{ not tessel-exec --bundle=%t.cuda 2>&1 | FileCheck %s --check-prefix=NOGPU %}
// NOGPU: error: cannot load the CUDA driver (libcuda.so.1): no NVIDIA driver on this machine
