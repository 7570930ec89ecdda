// tessel-tune measures every configuration tessel-tile ranks, writes one row
// per (case, configuration) with the features, and resumes where it stopped.
// RUN: rm -rf %t && mkdir -p %t
// RUN: tessel-tune %s -o %t/data.csv --time-per-config=0.001 --only=small_qmatmul 2>&1 | FileCheck %s --check-prefix=FIRST
// RUN: FileCheck %s --check-prefix=CSV < %t/data.csv
// RUN: tessel-tune %s -o %t/data.csv --time-per-config=0.001 2>&1 | FileCheck %s --check-prefix=RESUME
// RUN: not tessel-tune %s -o %t/data.csv --target=cuda 2>&1 | FileCheck %s --check-prefix=NODIR
// RUN: echo "case,config,other" > %t/other.csv
// RUN: not tessel-tune %s -o %t/other.csv 2>&1 | FileCheck %s --check-prefix=HEADER

// N = 64: column tiles 16, 32 and 64 (larger ones are all of N) x 5 lanes.
// FIRST: tessel-tune: 15 configurations, 0 already measured, 15 to go
// FIRST: [   1/15] small_qmatmul,columns=64 lanes=16
// FIRST: [  15/15] small_qmatmul,columns=64 lanes=32

// CSV: case,config,is_attention,is_qmatmul,{{.*}},log10_memory_s,seconds
// CSV-NEXT: small_qmatmul,columns=64 lanes=16,0,1,0,0,
// CSV-COUNT-14: small_qmatmul,columns={{[0-9]+}} lanes={{[0-9]+}},0,1,{{.*}},{{[0-9.]+}}e-{{[0-9]+}}{{$}}

// 96 keys: blocks of 32 or whole rows; rows 16, 32, 48 (a divisor of 96
// for 64) and 96.
// RESUME: tessel-tune: 23 configurations, 15 already measured, 8 to go
// RESUME: small_attention,rows=48 key_block=32
// RESUME: [   8/8]

// NODIR: error: --target=cuda needs --bundle-dir
// HEADER: has another header (other features?)

func.func @small_qmatmul(%x: tensor<2x256xf32>, %w: tensor<64x256xi4>, %s: tensor<64x4xf32>) -> tensor<2x64xf32> {
  %e = tensor.empty() : tensor<2x64xf32>
  %y = tessel.qmatmul signed group_size(64) ins(%x, %w, %s : tensor<2x256xf32>, tensor<64x256xi4>, tensor<64x4xf32>) outs(%e : tensor<2x64xf32>) -> tensor<2x64xf32>
  return %y : tensor<2x64xf32>
}

func.func @small_attention(%q: tensor<1x2x96x16xf32>, %k: tensor<1x2x96x16xf32>) -> tensor<1x2x96x16xf32> {
  %e = tensor.empty() : tensor<1x2x96x16xf32>
  %o = tessel.attention causal ins(%q, %k, %k : tensor<1x2x96x16xf32>, tensor<1x2x96x16xf32>, tensor<1x2x96x16xf32>) outs(%e : tensor<1x2x96x16xf32>) -> tensor<1x2x96x16xf32>
  return %o : tensor<1x2x96x16xf32>
}
