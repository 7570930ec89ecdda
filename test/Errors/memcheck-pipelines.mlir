// Both pipelines under valgrind's memcheck: no read of freed memory, no
// branch on an uninitialised value. tessel-gpu-host-memory once asked an
// alloc it had just replaced (and so freed) whether it was an alloca; the
// release build hid it. tools/scripts/memcheck.sh runs every test input
// this way.

// REQUIRES: valgrind
// RUN: valgrind --error-exitcode=99 -q tessel-opt %s --tessel-cuda-pipeline -o /dev/null
// RUN: valgrind --error-exitcode=99 -q tessel-opt %s --tessel-cpu-pipeline -o /dev/null

func.func @softmax_matmul(%x: tensor<4x64xf32>, %w: tensor<64x32xf32>) -> tensor<4x32xf32> {
  %e = tensor.empty() : tensor<4x64xf32>
  %s = tessel.softmax three_pass dimension(1) ins(%x : tensor<4x64xf32>) outs(%e : tensor<4x64xf32>) -> tensor<4x64xf32>
  %z = arith.constant 0.0 : f32
  %o = tensor.empty() : tensor<4x32xf32>
  %f = linalg.fill ins(%z : f32) outs(%o : tensor<4x32xf32>) -> tensor<4x32xf32>
  %y = linalg.matmul ins(%s, %w : tensor<4x64xf32>, tensor<64x32xf32>) outs(%f : tensor<4x32xf32>) -> tensor<4x32xf32>
  return %y : tensor<4x32xf32>
}
