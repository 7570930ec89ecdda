// qmatmul whose input rows are known only at run time: one compiled
// function for every M (decode and prefill). On the CPU it takes the
// generic path; through tessel-cuda-pipeline for sm_90 the mixed-input GEMM
// takes it, its grid and bounds sized at run time (../CUDA/qmatmul-dynamic-
// rows.mlir). Checked at 1, 37 and 300 rows.

// RUN: tessel-run %s --seed=4 --dynamic-sizes=1 --check | FileCheck %s
// RUN: tessel-run %s --seed=5 --dynamic-sizes=37 --check | FileCheck %s
// RUN: tessel-run %s --seed=6 --dynamic-sizes=300 --check | FileCheck %s
// CHECK-NOT: FAIL
// CHECK: check rows result 0 {{.*}} ok
// CHECK: check batch_bias result 0 {{.*}} ok
// CHECK: check split_residual result 0 {{.*}} ok

func.func @rows(%x: tensor<?x256xbf16>, %w: tensor<128x256xi4>, %s: tensor<128x2xbf16>) -> tensor<?x128xbf16> {
  %c0 = arith.constant 0 : index
  %m = tensor.dim %x, %c0 : tensor<?x256xbf16>
  %e = tensor.empty(%m) : tensor<?x128xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<?x256xbf16>, tensor<128x256xi4>, tensor<128x2xbf16>)
         outs(%e : tensor<?x128xbf16>) -> tensor<?x128xbf16>
  return %y : tensor<?x128xbf16>
}

// A dynamic batch of 5-token sequences, bias.
func.func @batch_bias(%x: tensor<?x5x256xf16>, %w: tensor<64x256xi4>, %s: tensor<64x4xf16>, %b: tensor<64xf16>) -> tensor<?x5x64xf16> {
  %c0 = arith.constant 0 : index
  %n = tensor.dim %x, %c0 : tensor<?x5x256xf16>
  %e = tensor.empty(%n) : tensor<?x5x64xf16>
  %y = tessel.qmatmul unsigned group_size(64) ins(%x, %w, %s : tensor<?x5x256xf16>, tensor<64x256xi4>, tensor<64x4xf16>) bias(%b : tensor<64xf16>)
         outs(%e : tensor<?x5x64xf16>) -> tensor<?x5x64xf16>
  return %y : tensor<?x5x64xf16>
}

// Split-K with rows known at run time, and a residual add.
func.func @split_residual(%x: tensor<?x512xbf16>, %w: tensor<128x512xi4>, %s: tensor<128x4xbf16>, %r: tensor<?x128xbf16>) -> tensor<?x128xbf16> {
  %c0 = arith.constant 0 : index
  %m = tensor.dim %x, %c0 : tensor<?x512xbf16>
  %e = tensor.empty(%m) : tensor<?x128xbf16>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<?x512xbf16>, tensor<128x512xi4>, tensor<128x4xbf16>)
         outs(%e : tensor<?x128xbf16>) {tessel.split_k = 2 : i64} -> tensor<?x128xbf16>
  %e2 = tensor.empty(%m) : tensor<?x128xbf16>
  %sum = linalg.add ins(%y, %r : tensor<?x128xbf16>, tensor<?x128xbf16>) outs(%e2 : tensor<?x128xbf16>) -> tensor<?x128xbf16>
  return %sum : tensor<?x128xbf16>
}
