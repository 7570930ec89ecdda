// RUN: tessel-opt %s --split-input-file --tessel-expand-paged-attention --verify-diagnostics | FileCheck %s

// Keys and values gathered through the table (an entry outside the pool of
// 9 pages reads page 0), a mask of the visible tokens (length clamped to
// [0, 4 * 16], page in range, causal: token <= L - Sq + i), then masked
// attention with the op's scale.

// CHECK-LABEL: func.func @paged
// CHECK-SAME: (%[[Q:.*]]: tensor<2x8x1x64xbf16>, %[[KP:.*]]: tensor<9x16x2x64xbf16>, %[[VP:.*]]: tensor<9x16x2x32xbf16>, %[[T:.*]]: tensor<2x4xi32>, %[[L:.*]]: tensor<2xi32>)
// CHECK-DAG: %[[C0:.*]] = arith.constant 0 : index
// CHECK-DAG: %[[C9:.*]] = arith.constant 9 : index
// CHECK-DAG: %[[C16:.*]] = arith.constant 16 : index
// CHECK-DAG: %[[C64:.*]] = arith.constant 64 : index
// CHECK: %[[K:.*]] = linalg.generic {{.*}} outs(%{{.*}} : tensor<2x2x64x64xbf16>)
// CHECK:   %[[B:.*]] = linalg.index 0
// CHECK:   %[[H:.*]] = linalg.index 1
// CHECK:   %[[TOK:.*]] = linalg.index 2
// CHECK:   %[[SLOT:.*]] = arith.divui %[[TOK]], %[[C16]]
// CHECK:   %[[E:.*]] = tensor.extract %[[T]][%[[B]], %[[SLOT]]]
// CHECK:   %[[P:.*]] = arith.index_cast %[[E]] : i32 to index
// CHECK:   arith.cmpi sge, %[[P]], %[[C0]]
// CHECK:   arith.cmpi slt, %[[P]], %[[C9]]
// CHECK:   %[[SAFE:.*]] = arith.select %{{.*}}, %[[P]], %[[C0]]
// CHECK:   %[[ROW:.*]] = arith.remui %[[TOK]], %[[C16]]
// CHECK:   tensor.extract %[[KP]][%[[SAFE]], %[[ROW]], %[[H]], %{{.*}}]
// CHECK: %[[V:.*]] = linalg.generic {{.*}} outs(%{{.*}} : tensor<2x2x64x32xbf16>)
// CHECK:   tensor.extract %[[VP]]
// CHECK: %[[M:.*]] = linalg.generic {{.*}} outs(%{{.*}} : tensor<2x1x1x64xi1>)
// CHECK:   tensor.extract %[[L]]
// CHECK:   arith.maxsi %{{.*}}, %[[C0]]
// CHECK:   arith.minsi %{{.*}}, %[[C64]]
// CHECK:   arith.cmpi sle
// CHECK: tessel.attention scale(1.250000e-01) ins(%[[Q]], %[[K]], %[[V]] : {{.*}}) mask(%[[M]] : tensor<2x1x1x64xi1>)
// CHECK-NOT: tessel.paged_attention
func.func @paged(%q: tensor<2x8x1x64xbf16>, %kp: tensor<9x16x2x64xbf16>, %vp: tensor<9x16x2x32xbf16>,
                 %table: tensor<2x4xi32>, %lens: tensor<2xi32>) -> tensor<2x8x1x32xbf16> {
  %e = tensor.empty() : tensor<2x8x1x32xbf16>
  %o = tessel.paged_attention causal scale(0.125) ins(%q, %kp, %vp : tensor<2x8x1x64xbf16>, tensor<9x16x2x64xbf16>, tensor<9x16x2x32xbf16>)
         pages(%table, %lens : tensor<2x4xi32>, tensor<2xi32>) outs(%e : tensor<2x8x1x32xbf16>) -> tensor<2x8x1x32xbf16>
  return %o : tensor<2x8x1x32xbf16>
}

// -----

// Without causal, the mask has no comparison against the query's token.
// CHECK-LABEL: func.func @not_causal
// CHECK: linalg.generic {{.*}} outs(%{{.*}} : tensor<1x1x1x8xi1>)
// CHECK-NOT: arith.cmpi sle
// CHECK: linalg.yield
// CHECK: tessel.attention scale(2.500000e-01) ins
func.func @not_causal(%q: tensor<1x2x1x16xf32>, %kp: tensor<4x4x1x16xf32>, %vp: tensor<4x4x1x16xf32>,
                      %table: tensor<1x2xi32>, %lens: tensor<1xi32>) -> tensor<1x2x1x16xf32> {
  %e = tensor.empty() : tensor<1x2x1x16xf32>
  %o = tessel.paged_attention ins(%q, %kp, %vp : tensor<1x2x1x16xf32>, tensor<4x4x1x16xf32>, tensor<4x4x1x16xf32>)
         pages(%table, %lens : tensor<1x2xi32>, tensor<1xi32>) outs(%e : tensor<1x2x1x16xf32>) -> tensor<1x2x1x16xf32>
  return %o : tensor<1x2x1x16xf32>
}

// -----

// An op given the GPU decode kernel reads the pages itself: left alone.
// CHECK-LABEL: func.func @for_decode_kernel
// CHECK: tessel.paged_attention {{.*}}{tessel.kv_splits = 4 : i64}
// CHECK-NOT: tessel.attention
func.func @for_decode_kernel(%q: tensor<1x2x1x16xf32>, %kp: tensor<4x4x1x16xf32>, %vp: tensor<4x4x1x16xf32>,
                             %table: tensor<1x2xi32>, %lens: tensor<1xi32>) -> tensor<1x2x1x16xf32> {
  %e = tensor.empty() : tensor<1x2x1x16xf32>
  %o = tessel.paged_attention ins(%q, %kp, %vp : tensor<1x2x1x16xf32>, tensor<4x4x1x16xf32>, tensor<4x4x1x16xf32>)
         pages(%table, %lens : tensor<1x2xi32>, tensor<1xi32>) outs(%e : tensor<1x2x1x16xf32>) {tessel.kv_splits = 4 : i64} -> tensor<1x2x1x16xf32>
  return %o : tensor<1x2x1x16xf32>
}

// -----

// A dynamic pool cannot be gathered into a static cache.
func.func @dynamic_pool(%q: tensor<1x2x1x16xf32>, %kp: tensor<?x4x1x16xf32>, %vp: tensor<?x4x1x16xf32>,
                        %table: tensor<1x2xi32>, %lens: tensor<1xi32>) -> tensor<1x2x1x16xf32> {
  %e = tensor.empty() : tensor<1x2x1x16xf32>
  // expected-error @+1 {{cannot be expanded: its shapes must be static}}
  %o = tessel.paged_attention ins(%q, %kp, %vp : tensor<1x2x1x16xf32>, tensor<?x4x1x16xf32>, tensor<?x4x1x16xf32>)
         pages(%table, %lens : tensor<1x2xi32>, tensor<1xi32>) outs(%e : tensor<1x2x1x16xf32>) -> tensor<1x2x1x16xf32>
  return %o : tensor<1x2x1x16xf32>
}

// -----

// An empty pool (or a table without slots): no query sees a token, the
// result is zeros and nothing is gathered.
// CHECK-LABEL: func.func @empty_pool
// CHECK-NOT: tensor.extract
// CHECK: %[[Z:.*]] = arith.constant 0.000000e+00 : bf16
// CHECK: linalg.fill ins(%[[Z]] : bf16)
// CHECK-NOT: tessel.attention
func.func @empty_pool(%q: tensor<1x8x1x64xbf16>, %kp: tensor<0x16x2x64xbf16>, %vp: tensor<0x16x2x64xbf16>,
                      %table: tensor<1x4xi32>, %lens: tensor<1xi32>) -> tensor<1x8x1x64xbf16> {
  %e = tensor.empty() : tensor<1x8x1x64xbf16>
  %o = tessel.paged_attention ins(%q, %kp, %vp : tensor<1x8x1x64xbf16>, tensor<0x16x2x64xbf16>, tensor<0x16x2x64xbf16>)
         pages(%table, %lens : tensor<1x4xi32>, tensor<1xi32>) outs(%e : tensor<1x8x1x64xbf16>) -> tensor<1x8x1x64xbf16>
  return %o : tensor<1x8x1x64xbf16>
}
