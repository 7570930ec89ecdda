// RUN: tessel-opt %s --convert-tm-tensor-to-linalg --canonicalize | FileCheck %s

// What convert-tm-tensor-to-linalg makes of each tm_tensor op, and that it
// leaves every other op alone. Their results are checked on the CPU and the
// GPU by test/Integration/Frontend/tm-tensor.py.

// A scan: the first position copied, then a loop that carries only the
// output (the previous position read back from it), one generic per
// position; the accumulator is the last position.
// CHECK-LABEL: func.func @cumsum(
// CHECK-SAME: %[[X:.*]]: tensor<2x16xi64>, %[[O:.*]]: tensor<2x16xi64>, %[[A:.*]]: tensor<2xi64>
// CHECK: %[[FIRST:.*]] = tensor.extract_slice %[[X]][0, 0] [2, 1] [1, 1] : tensor<2x16xi64> to tensor<2xi64>
// CHECK: %[[INIT:.*]] = tensor.insert_slice %[[FIRST]] into %[[O]][0, 0] [2, 1]
// CHECK: %[[LOOP:.*]] = scf.for %[[K:.*]] = %c1 to %c16 step %c1 iter_args(%[[OUT:.*]] = %[[INIT]]) -> (tensor<2x16xi64>)
// CHECK:   %[[PREV:.*]] = tensor.extract_slice %[[OUT]][0, %{{.*}}] [2, 1]
// CHECK:   %[[CUR:.*]] = tensor.extract_slice %[[X]][0, %[[K]]] [2, 1]
// CHECK:   %[[SUM:.*]] = linalg.generic {{.*}} ins(%[[PREV]], %[[CUR]] : tensor<2xi64>, tensor<2xi64>)
// CHECK:     arith.addi
// CHECK:   tensor.insert_slice %[[SUM]] into %[[OUT]][0, %[[K]]] [2, 1]
// CHECK: %[[LAST:.*]] = tensor.extract_slice %[[LOOP]][0, 15] [2, 1]
// CHECK: %[[ACC:.*]] = linalg.copy ins(%[[LAST]] : tensor<2xi64>) outs(%[[A]] : tensor<2xi64>)
// CHECK: return %[[LOOP]], %[[ACC]]
// CHECK-NOT: tm_tensor
func.func @cumsum(%x: tensor<2x16xi64>, %o: tensor<2x16xi64>, %a: tensor<2xi64>) -> (tensor<2x16xi64>, tensor<2xi64>) {
  %r:2 = tm_tensor.scan dimension(1) inclusive(true) ins(%x : tensor<2x16xi64>) outs(%o, %a : tensor<2x16xi64>, tensor<2xi64>) {
  ^bb0(%p: i64, %v: i64):
    %s = arith.addi %p, %v : i64
    tm_tensor.yield %s : i64
  } -> tensor<2x16xi64>, tensor<2xi64>
  return %r#0, %r#1 : tensor<2x16xi64>, tensor<2xi64>
}

// An exclusive scan starts from the accumulator and combines the previous
// input position.
// CHECK-LABEL: func.func @exclusive(
// CHECK-SAME: %[[X:.*]]: tensor<2x5xf32>, %[[O:.*]]: tensor<2x5xf32>, %[[A:.*]]: tensor<2xf32>
// CHECK: tensor.insert_slice %[[A]] into %[[O]][0, 0] [2, 1]
// CHECK: scf.for %[[K:.*]] = %c1 to %c5
// CHECK:   %[[BEFORE:.*]] = arith.subi %[[K]], %c1
// CHECK:   tensor.extract_slice %[[X]][0, %[[BEFORE]]] [2, 1]
// CHECK:   arith.mulf
func.func @exclusive(%x: tensor<2x5xf32>, %o: tensor<2x5xf32>, %a: tensor<2xf32>) -> (tensor<2x5xf32>, tensor<2xf32>) {
  %r:2 = tm_tensor.scan dimension(1) inclusive(false) ins(%x : tensor<2x5xf32>) outs(%o, %a : tensor<2x5xf32>, tensor<2xf32>) {
  ^bb0(%p: f32, %v: f32):
    %s = arith.mulf %p, %v : f32
    tm_tensor.yield %s : f32
  } -> tensor<2x5xf32>, tensor<2xf32>
  return %r#0, %r#1 : tensor<2x5xf32>, tensor<2xf32>
}

// A 1-D scan runs as one row of a 2-D scan (every position a generic with a
// loop).
// CHECK-LABEL: func.func @scan_1d(
// CHECK: tensor.expand_shape %{{.*}} {{\[}}[0, 1]] output_shape [1, 7] : tensor<7xf32> into tensor<1x7xf32>
// CHECK: scf.for
// CHECK:   linalg.generic {{.*}} ins(%{{.*}}, %{{.*}} : tensor<1xf32>, tensor<1xf32>)
// CHECK: tensor.collapse_shape %{{.*}} {{\[}}[0, 1]] : tensor<1x7xf32> into tensor<7xf32>
func.func @scan_1d(%x: tensor<7xf32>, %o: tensor<7xf32>, %a: tensor<f32>) -> (tensor<7xf32>, tensor<f32>) {
  %r:2 = tm_tensor.scan dimension(0) inclusive(true) ins(%x : tensor<7xf32>) outs(%o, %a : tensor<7xf32>, tensor<f32>) {
  ^bb0(%p: f32, %v: f32):
    %s = arith.addf %p, %v : f32
    tm_tensor.yield %s : f32
  } -> tensor<7xf32>, tensor<f32>
  return %r#0, %r#1 : tensor<7xf32>, tensor<f32>
}

// A scatter: updates in order; each one's position checked against the
// original (outside: skipped) and combined element by element.
// CHECK-LABEL: func.func @index_put(
// CHECK-SAME: %[[O:.*]]: tensor<8x4xf32>, %[[U:.*]]: tensor<2x1x4xf32>, %[[I:.*]]: tensor<2x1xi64>
// CHECK: scf.for %[[N:.*]] = %c0 to %c2 step %c1 iter_args(%[[R:.*]] = %[[O]])
// CHECK:   %[[RAW:.*]] = tensor.extract %[[I]][%[[N]], %c0]
// CHECK:   %[[ROW:.*]] = arith.index_cast %[[RAW]] : i64 to index
// CHECK:   %[[END:.*]] = arith.addi %[[ROW]], %c1
// CHECK:   %[[LOW:.*]] = arith.cmpi sge, %[[ROW]], %c0
// CHECK:   %[[HIGH:.*]] = arith.cmpi sle, %[[END]], %c8
// CHECK:   %[[INSIDE:.*]] = arith.andi %[[LOW]], %[[HIGH]]
// CHECK:   scf.if %[[INSIDE]]
// CHECK:     scf.for %[[C:.*]] = %c0 to %c4 step %c1 iter_args(%[[E:.*]] = %[[R]])
// CHECK:       %[[UPD:.*]] = tensor.extract %[[U]][%[[N]], %c0, %[[C]]]
// CHECK:       %[[OLD:.*]] = tensor.extract %[[E]][%[[ROW]], %[[C]]]
// CHECK:       %[[NEW:.*]] = arith.addf %[[OLD]], %[[UPD]]
// CHECK:       tensor.insert %[[NEW]] into %[[E]][%[[ROW]], %[[C]]]
// CHECK:   } else {
// CHECK:     scf.yield %[[R]]
func.func @index_put(%o: tensor<8x4xf32>, %u: tensor<2x1x4xf32>, %i: tensor<2x1xi64>) -> tensor<8x4xf32> {
  %r = tm_tensor.scatter {dimension_map = array<i64: 0>} unique_indices(false) ins(%u, %i : tensor<2x1x4xf32>, tensor<2x1xi64>) outs(%o : tensor<8x4xf32>) {
  ^bb0(%upd: f32, %cur: f32):
    %s = arith.addf %cur, %upd : f32
    tm_tensor.yield %s : f32
  } -> tensor<8x4xf32>
  return %r : tensor<8x4xf32>
}

// A sort: n phases of one generic each, comparing the pairs of the phase's
// parity with the region, the result copied back into the carried tensors.
// CHECK-LABEL: func.func @sort(
// CHECK: scf.for %[[P:.*]] = %c0 to %c5 step %c1 iter_args(%[[V:.*]] = %{{.*}}, %[[IX:.*]] = %{{.*}})
// CHECK:   %[[PARITY:.*]] = arith.remui %[[P]], %c2
// CHECK:   %[[PHASE:.*]]:2 = linalg.generic
// CHECK:     arith.cmpf ole
// CHECK:     linalg.yield
// CHECK:   linalg.copy ins(%[[PHASE]]#0 : tensor<3x5xf32>) outs(%[[V]] : tensor<3x5xf32>)
// CHECK:   linalg.copy ins(%[[PHASE]]#1 : tensor<3x5xi64>) outs(%[[IX]] : tensor<3x5xi64>)
func.func @sort(%x: tensor<3x5xf32>, %i: tensor<3x5xi64>) -> (tensor<3x5xf32>, tensor<3x5xi64>) {
  %r:2 = tm_tensor.sort dimension(1) outs(%x, %i : tensor<3x5xf32>, tensor<3x5xi64>) {
  ^bb0(%a: f32, %b: f32, %c: i64, %d: i64):
    %le = arith.cmpf ole, %a, %b : f32
    tm_tensor.yield %le : i1
  } -> tensor<3x5xf32>, tensor<3x5xi64>
  return %r#0, %r#1 : tensor<3x5xf32>, tensor<3x5xi64>
}

// A topk: positions made by a generic, the sort with the region turned into
// "keep unless the later one is strictly better", then the first k.
// CHECK-LABEL: func.func @topk(
// CHECK: %[[IOTA:.*]] = linalg.generic
// CHECK:   linalg.index 1
// CHECK: %[[SORTED:.*]]:2 = scf.for {{.*}} iter_args(%{{.*}} = %{{.*}}, %{{.*}} = %[[IOTA]])
// CHECK:   arith.cmpf ogt
// CHECK:   arith.andi
// CHECK: tensor.extract_slice %[[SORTED]]#0[0, 0] [3, 4] [1, 1] : tensor<3x20xf32> to tensor<3x4xf32>
// CHECK: tensor.extract_slice %[[SORTED]]#1[0, 0] [3, 4] [1, 1] : tensor<3x20xi64> to tensor<3x4xi64>
func.func @topk(%x: tensor<3x20xf32>, %v: tensor<3x4xf32>, %i: tensor<3x4xi64>) -> (tensor<3x4xf32>, tensor<3x4xi64>) {
  %r:2 = tm_tensor.topk dimension(1) ins(%x : tensor<3x20xf32>) outs(%v, %i : tensor<3x4xf32>, tensor<3x4xi64>) {
  ^bb0(%a: f32, %b: f32):
    %gt = arith.cmpf ogt, %a, %b : f32
    tm_tensor.yield %gt : i1
  } -> tensor<3x4xf32>, tensor<3x4xi64>
  return %r#0, %r#1 : tensor<3x4xf32>, tensor<3x4xi64>
}

// Other ops are left alone.
// CHECK-LABEL: func.func @untouched(
// CHECK: linalg.fill
// CHECK-NOT: scf.for
func.func @untouched(%o: tensor<4xf32>) -> tensor<4xf32> {
  %z = arith.constant 0.0 : f32
  %r = linalg.fill ins(%z : f32) outs(%o : tensor<4xf32>) -> tensor<4xf32>
  return %r : tensor<4xf32>
}
