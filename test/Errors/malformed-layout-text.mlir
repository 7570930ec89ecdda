// RUN: not tessel-opt %s 2>&1 | FileCheck %s

// Bad input: a layout that is not shape:stride. A diagnostic that names the problem, a non-zero
// exit, and no crash (`not` fails on a crash).

// CHECK: error: expected ':'
func.func @f(%x: tensor<4x8xf32, #tessel.layout<(4, 8)>>) {
  return
}
