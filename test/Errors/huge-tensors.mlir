// A signature may promise any size: buffers the runtime cannot allocate are
// an error, not an uncaught std::bad_alloc (or LLVM's out-of-memory abort)
// in tessel-run, tessel-exec or an embedding host.

// RUN: not tessel-run %s --seed=1 2>&1 | FileCheck %s
// RUN: tessel-run %s --emit-shared-library=%t.so
// RUN: not tessel-exec %t.so --entry=f --seed=1 2>&1 | FileCheck %s
// CHECK: error: cannot allocate 40000000000000 bytes for f32[100000x100000x1000]

func.func @f(%x: tensor<100000x100000x1000xf32>) -> tensor<100000x100000x1000xf32> {
  return %x : tensor<100000x100000x1000xf32>
}
