// An output that cannot be written (a full disk: /dev/full) is a diagnostic
// and a non-zero exit, not LLVM's fatal "IO failure" from the stream's
// destructor.

// RUN: not tessel-opt %s -o /dev/full 2>&1 | FileCheck %s
// RUN: not tessel-opt %s --tessel-cpu-pipeline -o /dev/full 2>&1 | FileCheck %s
// CHECK-NOT: LLVM ERROR
// CHECK: error: cannot write '/dev/full': No space left on device
// CHECK-NOT: LLVM ERROR

func.func @f(%x: tensor<4xf32>) -> tensor<4xf32> {
  return %x : tensor<4xf32>
}
