// A bundle carries a compiled library with its inputs and float64
// references to a machine without MLIR: tessel-run --bundle writes it,
// tessel-exec --bundle runs and checks it (here on the CPU).

// RUN: rm -rf %t && tessel-run %s --bundle=%t/b --seed=3 --check
// RUN: FileCheck %s --check-prefix=MANIFEST < %t/b/bundle.txt
// RUN: tessel-exec --bundle=%t/b --bench=2 | FileCheck %s
// --entry picks functions of a bundle (once per function; every one by
// default): only `shift` runs.
// RUN: tessel-exec --bundle=%t/b --entry=shift | FileCheck %s --check-prefix=PICK
// PICK-NOT: check scale
// PICK: check shift result 0 (f32[2x8]): max error {{.*}}: ok
// PICK-NOT: check scale
// MANIFEST:      tessel-bundle 1
// MANIFEST-NEXT: target cpu
// MANIFEST-NEXT: library bundle.so
// MANIFEST-NEXT: library-sha256 {{[0-9a-f]{64}$}}
// MANIFEST-NEXT: function scale
// MANIFEST-NEXT: input scale.input0.npy
// MANIFEST-NEXT: expect scale.expected0.npy 2e-05
// CHECK: check scale result 0 (f32[3x40]): max error {{.*}}: ok
// CHECK: bench scale: median
// CHECK: check shift result 0 (f32[2x8]): max error {{.*}}: ok

// A wrong reference is caught: the check fails and so does tessel-exec.
// RUN: cp %t/b/scale.input0.npy %t/b/scale.expected0.npy
// RUN: not tessel-exec --bundle=%t/b | FileCheck %s --check-prefix=WRONG
// WRONG: check scale result 0 (f32[3x40]): max error {{.*}}: FAIL

// The library is code: a library changed after the bundle was written, or
// a bundle that records no digest, is not loaded.
// RUN: cp -r %t/b %t/tampered && printf 'x' >> %t/tampered/bundle.so
// RUN: not tessel-exec --bundle=%t/tampered 2>&1 | FileCheck %s --check-prefix=TAMPERED
// TAMPERED: bundle.so: its SHA-256 digest {{[0-9a-f]+}} is not the bundle's library-sha256
// RUN: cp -r %t/b %t/nodigest && grep -v library-sha256 %t/b/bundle.txt > %t/nodigest/bundle.txt
// RUN: not tessel-exec --bundle=%t/nodigest 2>&1 | FileCheck %s --check-prefix=NODIGEST
// NODIGEST: no 'library-sha256': a bundle's library is code

// Malformed bundles and misuse get clear errors.
// RUN: mkdir -p %t/bad && printf 'tessel-bundle 1\ntarget tpu\n' > %t/bad/bundle.txt
// RUN: not tessel-exec --bundle=%t/bad 2>&1 | FileCheck %s --check-prefix=BADTARGET
// BADTARGET: bundle.txt:2: unknown target 'tpu'
// RUN: printf 'tessel-bundle 1\ntarget cpu\nlibrary x.so\ninput a.npy\n' > %t/bad/bundle.txt
// RUN: not tessel-exec --bundle=%t/bad 2>&1 | FileCheck %s --check-prefix=ORPHAN
// ORPHAN: bundle.txt:4: 'input' before any 'function'
// RUN: not tessel-exec --bundle=%t/missing 2>&1 | FileCheck %s --check-prefix=MISSING
// MISSING: missing/bundle.txt: cannot open
// RUN: not tessel-exec --bundle=%t/b --seed=1 2>&1 | FileCheck %s --check-prefix=MIX
// MIX: --bundle takes the library, inputs and target from the bundle
// RUN: not tessel-exec --bundle=%t/b --entry=missing 2>&1 | FileCheck %s --check-prefix=NOENTRY
// NOENTRY: --entry=missing: the bundle has no such function
// RUN: not tessel-run %s --target=tpu 2>&1 | FileCheck %s --check-prefix=TARGET
// TARGET: unknown --target 'tpu' (cpu or cuda)

func.func @scale(%x: tensor<3x40xf32>) -> tensor<3x40xf32> {
  %e = tensor.empty() : tensor<3x40xf32>
  %y = tessel.softmax online dimension(1) ins(%x : tensor<3x40xf32>) outs(%e : tensor<3x40xf32>) -> tensor<3x40xf32>
  return %y : tensor<3x40xf32>
}

func.func @shift(%x: tensor<2x8xf32>) -> tensor<2x8xf32> {
  %e = tensor.empty() : tensor<2x8xf32>
  %y = tessel.softmax three_pass dimension(1) ins(%x : tensor<2x8xf32>) outs(%e : tensor<2x8xf32>) -> tensor<2x8xf32>
  return %y : tensor<2x8xf32>
}
