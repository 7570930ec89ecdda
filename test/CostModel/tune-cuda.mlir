// For a GPU, tessel-tune writes a bundle per configuration (timed on the GPU
// machine) and rows whose time is a placeholder naming the bundle, which
// tessel.costmodel.measurements fills in from the GPU machine's timings.
// RUN: rm -rf %t && mkdir -p %t
// RUN: tessel-tune %s -o %t/data.csv --target=cuda --chip=sm_90 --bundle-dir=%t/bundles 2>&1 | FileCheck %s --check-prefix=TUNE
// RUN: FileCheck %s --check-prefix=CSV < %t/data.csv
// RUN: cat %t/bundles/gpu_qmatmul.2/bundle.txt | FileCheck %s --check-prefix=BUNDLE
// RUN: echo "gpu_qmatmul.0 0.5" > %t/timings.txt
// RUN: echo "gpu_qmatmul.2 0.25" >> %t/timings.txt
// RUN: %python -m tessel.costmodel.measurements %t/data.csv %t/timings.txt | FileCheck %s --check-prefix=FILL
// RUN: FileCheck %s --check-prefix=FILLED < %t/data.csv

// Group 64 on sm_90: 32 lanes (the default), 1, 4, 8, 16.
// TUNE: tessel-tune: 5 configurations, 0 already measured, 5 to go
// CSV: gpu_qmatmul,lanes=32,{{.*}},bundle:gpu_qmatmul.0{{$}}
// CSV: gpu_qmatmul,lanes=4,{{.*}},bundle:gpu_qmatmul.2{{$}}
// BUNDLE: target cuda
// FILL: 2 rows filled
// FILLED: gpu_qmatmul,lanes=32,{{.*}},5.000000e-04{{$}}
// FILLED: gpu_qmatmul,lanes=1,{{.*}},bundle:gpu_qmatmul.1{{$}}
// FILLED: gpu_qmatmul,lanes=4,{{.*}},2.500000e-04{{$}}

func.func @gpu_qmatmul(%x: tensor<1x512xf32>, %w: tensor<128x512xi4>, %s: tensor<128x8xf32>) -> tensor<1x128xf32> {
  %e = tensor.empty() : tensor<1x128xf32>
  %y = tessel.qmatmul signed group_size(64) ins(%x, %w, %s : tensor<1x512xf32>, tensor<128x512xi4>, tensor<128x8xf32>) outs(%e : tensor<1x128xf32>) -> tensor<1x128xf32>
  return %y : tensor<1x128xf32>
}
