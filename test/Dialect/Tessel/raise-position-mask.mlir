// tessel-raise on attention masks built from a run-time position, as a decode
// step with a static KV cache builds them (Hugging Face's `cache_position`):
// a mask proven causal at every position becomes `causal offset(p + c)`
// with no mask operand (see lib/Dialect/Tessel/Transforms/PositionMask.h);
// anything else stays an additive mask.
//
// RUN: tessel-opt %s --tessel-raise | FileCheck %s

#id = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, d3)>
#bcast_heads = affine_map<(d0, d1, d2, d3) -> (d0, 0, d2, d3)>
#rows = affine_map<(d0, d1, d2, d3) -> (d0, d1, d2, 0)>

// Query i sees keys j <= i + p.
// CHECK-LABEL: func.func @causal_position
// CHECK: %[[P:.*]] = tensor.extract %arg3[%{{.*}}] : tensor<1xi64>
// CHECK: %[[OFF:.*]] = arith.index_cast %[[P]] : i64 to index
// CHECK: tessel.attention causal scale(1.000000e+00) ins(%arg0, %arg1, %arg2 : {{.*}}) offset(%[[OFF]]) outs
// CHECK-NOT: mask(
func.func @causal_position(%q: tensor<1x2x2x8xf32>, %k: tensor<1x2x16x8xf32>, %v: tensor<1x2x16x8xf32>, %pos: tensor<1xi64>) -> tensor<1x2x2x8xf32> {
  %zero = arith.constant 0.000000e+00 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %c0 = arith.constant 0 : index
  %p = tensor.extract %pos[%c0] : tensor<1xi64>
  %mask_e = tensor.empty() : tensor<1x1x2x16xf32>
  %mask = linalg.generic {indexing_maps = [#id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} outs(%mask_e : tensor<1x1x2x16xf32>) {
  ^bb0(%o: f32):
    %i = linalg.index 2 : index
    %j = linalg.index 3 : index
    %i64 = arith.index_cast %i : index to i64
    %j64 = arith.index_cast %j : index to i64
    %last = arith.addi %i64, %p : i64
    %keep = arith.cmpi sle, %j64, %last : i64
    %r = arith.select %keep, %zero, %ninf : f32
    linalg.yield %r : f32
  } -> tensor<1x1x2x16xf32>
  %kt_e = tensor.empty() : tensor<1x2x8x16xf32>
  %kt = linalg.transpose ins(%k : tensor<1x2x16x8xf32>) outs(%kt_e : tensor<1x2x8x16xf32>) permutation = [0, 1, 3, 2]
  %q3 = tensor.collapse_shape %q [[0, 1], [2], [3]] : tensor<1x2x2x8xf32> into tensor<2x2x8xf32>
  %kt3 = tensor.collapse_shape %kt [[0, 1], [2], [3]] : tensor<1x2x8x16xf32> into tensor<2x8x16xf32>
  %s_e = tensor.empty() : tensor<2x2x16xf32>
  %s_z = linalg.fill ins(%zero : f32) outs(%s_e : tensor<2x2x16xf32>) -> tensor<2x2x16xf32>
  %s3 = linalg.batch_matmul ins(%q3, %kt3 : tensor<2x2x8xf32>, tensor<2x8x16xf32>) outs(%s_z : tensor<2x2x16xf32>) -> tensor<2x2x16xf32>
  %s = tensor.expand_shape %s3 [[0, 1], [2], [3]] output_shape [1, 2, 2, 16] : tensor<2x2x16xf32> into tensor<1x2x2x16xf32>
  %p_e = tensor.empty() : tensor<1x2x2x16xf32>
  %sm = linalg.generic {indexing_maps = [#id, #bcast_heads, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%s, %mask : tensor<1x2x2x16xf32>, tensor<1x1x2x16xf32>) outs(%p_e : tensor<1x2x2x16xf32>) {
  ^bb0(%a: f32, %b: f32, %o: f32):
    %r = arith.addf %a, %b : f32
    linalg.yield %r : f32
  } -> tensor<1x2x2x16xf32>
  %m_e = tensor.empty() : tensor<1x2x2x1xf32>
  %m_i = linalg.fill ins(%ninf : f32) outs(%m_e : tensor<1x2x2x1xf32>) -> tensor<1x2x2x1xf32>
  %m = linalg.generic {indexing_maps = [#id, #rows], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%sm : tensor<1x2x2x16xf32>) outs(%m_i : tensor<1x2x2x1xf32>) {
  ^bb0(%a: f32, %o: f32):
    %r = arith.maximumf %a, %o : f32
    linalg.yield %r : f32
  } -> tensor<1x2x2x1xf32>
  %df = linalg.generic {indexing_maps = [#id, #rows, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%sm, %m : tensor<1x2x2x16xf32>, tensor<1x2x2x1xf32>) outs(%p_e : tensor<1x2x2x16xf32>) {
  ^bb0(%a: f32, %b: f32, %o: f32):
    %r = arith.subf %a, %b : f32
    linalg.yield %r : f32
  } -> tensor<1x2x2x16xf32>
  %ex = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%df : tensor<1x2x2x16xf32>) outs(%p_e : tensor<1x2x2x16xf32>) {
  ^bb0(%a: f32, %o: f32):
    %r = math.exp %a : f32
    linalg.yield %r : f32
  } -> tensor<1x2x2x16xf32>
  %z_i = linalg.fill ins(%zero : f32) outs(%m_e : tensor<1x2x2x1xf32>) -> tensor<1x2x2x1xf32>
  %sum = linalg.generic {indexing_maps = [#id, #rows], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%ex : tensor<1x2x2x16xf32>) outs(%z_i : tensor<1x2x2x1xf32>) {
  ^bb0(%a: f32, %o: f32):
    %r = arith.addf %a, %o : f32
    linalg.yield %r : f32
  } -> tensor<1x2x2x1xf32>
  %pr = linalg.generic {indexing_maps = [#id, #rows, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%ex, %sum : tensor<1x2x2x16xf32>, tensor<1x2x2x1xf32>) outs(%p_e : tensor<1x2x2x16xf32>) {
  ^bb0(%a: f32, %b: f32, %o: f32):
    %r = arith.divf %a, %b : f32
    linalg.yield %r : f32
  } -> tensor<1x2x2x16xf32>
  %pr3 = tensor.collapse_shape %pr [[0, 1], [2], [3]] : tensor<1x2x2x16xf32> into tensor<2x2x16xf32>
  %v3 = tensor.collapse_shape %v [[0, 1], [2], [3]] : tensor<1x2x16x8xf32> into tensor<2x16x8xf32>
  %o_e = tensor.empty() : tensor<2x2x8xf32>
  %o_z = linalg.fill ins(%zero : f32) outs(%o_e : tensor<2x2x8xf32>) -> tensor<2x2x8xf32>
  %o3 = linalg.batch_matmul ins(%pr3, %v3 : tensor<2x2x16xf32>, tensor<2x16x8xf32>) outs(%o_z : tensor<2x2x8xf32>) -> tensor<2x2x8xf32>
  %o = tensor.expand_shape %o3 [[0, 1], [2], [3]] output_shape [1, 2, 2, 8] : tensor<2x2x8xf32> into tensor<1x2x2x8xf32>
  return %o : tensor<1x2x2x8xf32>
}

// A band of 4 keys ending at i + p + 3, masked with finfo(f32).min: the
// window and a shifted offset.
// CHECK-LABEL: func.func @shifted_window
// CHECK: %[[P:.*]] = arith.index_cast %{{.*}} : i64 to index
// CHECK: %[[OFF:.*]] = arith.addi %[[P]], %c3 : index
// CHECK: tessel.attention causal window(4) scale(1.000000e+00) ins({{.*}}) offset(%[[OFF]]) outs
func.func @shifted_window(%q: tensor<1x2x2x8xf32>, %k: tensor<1x2x16x8xf32>, %v: tensor<1x2x16x8xf32>, %pos: tensor<1xi64>) -> tensor<1x2x2x8xf32> {
  %zero = arith.constant 0.000000e+00 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %min = arith.constant -3.40282347E+38 : f32
  %c0 = arith.constant 0 : index
  %p = tensor.extract %pos[%c0] : tensor<1xi64>
  %mask_e = tensor.empty() : tensor<1x1x2x16xf32>
  %mask = linalg.generic {indexing_maps = [#id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} outs(%mask_e : tensor<1x1x2x16xf32>) {
  ^bb0(%o: f32):
    %i = linalg.index 2 : index
    %j = linalg.index 3 : index
    %i64 = arith.index_cast %i : index to i64
    %j64 = arith.index_cast %j : index to i64
    %c3 = arith.constant 3 : i64
    %c4 = arith.constant 4 : i64
    %pi = arith.addi %p, %i64 : i64
    %last = arith.addi %pi, %c3 : i64
    %first = arith.subi %last, %c4 : i64
    %upto = arith.cmpi sge, %last, %j64 : i64
    %after = arith.cmpi sgt, %j64, %first : i64
    %keep = arith.andi %upto, %after : i1
    %r = arith.select %keep, %zero, %min : f32
    linalg.yield %r : f32
  } -> tensor<1x1x2x16xf32>
  %kt_e = tensor.empty() : tensor<1x2x8x16xf32>
  %kt = linalg.transpose ins(%k : tensor<1x2x16x8xf32>) outs(%kt_e : tensor<1x2x8x16xf32>) permutation = [0, 1, 3, 2]
  %q3 = tensor.collapse_shape %q [[0, 1], [2], [3]] : tensor<1x2x2x8xf32> into tensor<2x2x8xf32>
  %kt3 = tensor.collapse_shape %kt [[0, 1], [2], [3]] : tensor<1x2x8x16xf32> into tensor<2x8x16xf32>
  %s_e = tensor.empty() : tensor<2x2x16xf32>
  %s_z = linalg.fill ins(%zero : f32) outs(%s_e : tensor<2x2x16xf32>) -> tensor<2x2x16xf32>
  %s3 = linalg.batch_matmul ins(%q3, %kt3 : tensor<2x2x8xf32>, tensor<2x8x16xf32>) outs(%s_z : tensor<2x2x16xf32>) -> tensor<2x2x16xf32>
  %s = tensor.expand_shape %s3 [[0, 1], [2], [3]] output_shape [1, 2, 2, 16] : tensor<2x2x16xf32> into tensor<1x2x2x16xf32>
  %p_e = tensor.empty() : tensor<1x2x2x16xf32>
  %sm = linalg.generic {indexing_maps = [#id, #bcast_heads, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%s, %mask : tensor<1x2x2x16xf32>, tensor<1x1x2x16xf32>) outs(%p_e : tensor<1x2x2x16xf32>) {
  ^bb0(%a: f32, %b: f32, %o: f32):
    %r = arith.addf %a, %b : f32
    linalg.yield %r : f32
  } -> tensor<1x2x2x16xf32>
  %m_e = tensor.empty() : tensor<1x2x2x1xf32>
  %m_i = linalg.fill ins(%ninf : f32) outs(%m_e : tensor<1x2x2x1xf32>) -> tensor<1x2x2x1xf32>
  %m = linalg.generic {indexing_maps = [#id, #rows], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%sm : tensor<1x2x2x16xf32>) outs(%m_i : tensor<1x2x2x1xf32>) {
  ^bb0(%a: f32, %o: f32):
    %r = arith.maximumf %a, %o : f32
    linalg.yield %r : f32
  } -> tensor<1x2x2x1xf32>
  %df = linalg.generic {indexing_maps = [#id, #rows, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%sm, %m : tensor<1x2x2x16xf32>, tensor<1x2x2x1xf32>) outs(%p_e : tensor<1x2x2x16xf32>) {
  ^bb0(%a: f32, %b: f32, %o: f32):
    %r = arith.subf %a, %b : f32
    linalg.yield %r : f32
  } -> tensor<1x2x2x16xf32>
  %ex = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%df : tensor<1x2x2x16xf32>) outs(%p_e : tensor<1x2x2x16xf32>) {
  ^bb0(%a: f32, %o: f32):
    %r = math.exp %a : f32
    linalg.yield %r : f32
  } -> tensor<1x2x2x16xf32>
  %z_i = linalg.fill ins(%zero : f32) outs(%m_e : tensor<1x2x2x1xf32>) -> tensor<1x2x2x1xf32>
  %sum = linalg.generic {indexing_maps = [#id, #rows], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%ex : tensor<1x2x2x16xf32>) outs(%z_i : tensor<1x2x2x1xf32>) {
  ^bb0(%a: f32, %o: f32):
    %r = arith.addf %a, %o : f32
    linalg.yield %r : f32
  } -> tensor<1x2x2x1xf32>
  %pr = linalg.generic {indexing_maps = [#id, #rows, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%ex, %sum : tensor<1x2x2x16xf32>, tensor<1x2x2x1xf32>) outs(%p_e : tensor<1x2x2x16xf32>) {
  ^bb0(%a: f32, %b: f32, %o: f32):
    %r = arith.divf %a, %b : f32
    linalg.yield %r : f32
  } -> tensor<1x2x2x16xf32>
  %pr3 = tensor.collapse_shape %pr [[0, 1], [2], [3]] : tensor<1x2x2x16xf32> into tensor<2x2x16xf32>
  %v3 = tensor.collapse_shape %v [[0, 1], [2], [3]] : tensor<1x2x16x8xf32> into tensor<2x16x8xf32>
  %o_e = tensor.empty() : tensor<2x2x8xf32>
  %o_z = linalg.fill ins(%zero : f32) outs(%o_e : tensor<2x2x8xf32>) -> tensor<2x2x8xf32>
  %o3 = linalg.batch_matmul ins(%pr3, %v3 : tensor<2x2x16xf32>, tensor<2x16x8xf32>) outs(%o_z : tensor<2x2x8xf32>) -> tensor<2x2x8xf32>
  %o = tensor.expand_shape %o3 [[0, 1], [2], [3]] output_shape [1, 2, 2, 8] : tensor<2x2x8xf32> into tensor<1x2x2x8xf32>
  return %o : tensor<1x2x2x8xf32>
}

// The position read from a 0-d tensor outside the mask's body.
// CHECK-LABEL: func.func @scalar_position
// CHECK: %[[P:.*]] = tensor.extract %arg3[] : tensor<i64>
// CHECK: %[[OFF:.*]] = arith.index_cast %[[P]] : i64 to index
// CHECK: tessel.attention causal scale(1.000000e+00) ins({{.*}}) offset(%[[OFF]]) outs
func.func @scalar_position(%q: tensor<1x2x2x8xf32>, %k: tensor<1x2x16x8xf32>, %v: tensor<1x2x16x8xf32>, %pos: tensor<i64>) -> tensor<1x2x2x8xf32> {
  %zero = arith.constant 0.000000e+00 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %p = tensor.extract %pos[] : tensor<i64>
  %mask_e = tensor.empty() : tensor<1x1x2x16xf32>
  %mask = linalg.generic {indexing_maps = [#id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} outs(%mask_e : tensor<1x1x2x16xf32>) {
  ^bb0(%o: f32):
    %i = linalg.index 2 : index
    %j = linalg.index 3 : index
    %i64 = arith.index_cast %i : index to i64
    %j64 = arith.index_cast %j : index to i64
    %last = arith.addi %i64, %p : i64
    %keep = arith.cmpi sle, %j64, %last : i64
    %r = arith.select %keep, %zero, %ninf : f32
    linalg.yield %r : f32
  } -> tensor<1x1x2x16xf32>
  %kt_e = tensor.empty() : tensor<1x2x8x16xf32>
  %kt = linalg.transpose ins(%k : tensor<1x2x16x8xf32>) outs(%kt_e : tensor<1x2x8x16xf32>) permutation = [0, 1, 3, 2]
  %q3 = tensor.collapse_shape %q [[0, 1], [2], [3]] : tensor<1x2x2x8xf32> into tensor<2x2x8xf32>
  %kt3 = tensor.collapse_shape %kt [[0, 1], [2], [3]] : tensor<1x2x8x16xf32> into tensor<2x8x16xf32>
  %s_e = tensor.empty() : tensor<2x2x16xf32>
  %s_z = linalg.fill ins(%zero : f32) outs(%s_e : tensor<2x2x16xf32>) -> tensor<2x2x16xf32>
  %s3 = linalg.batch_matmul ins(%q3, %kt3 : tensor<2x2x8xf32>, tensor<2x8x16xf32>) outs(%s_z : tensor<2x2x16xf32>) -> tensor<2x2x16xf32>
  %s = tensor.expand_shape %s3 [[0, 1], [2], [3]] output_shape [1, 2, 2, 16] : tensor<2x2x16xf32> into tensor<1x2x2x16xf32>
  %p_e = tensor.empty() : tensor<1x2x2x16xf32>
  %sm = linalg.generic {indexing_maps = [#id, #bcast_heads, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%s, %mask : tensor<1x2x2x16xf32>, tensor<1x1x2x16xf32>) outs(%p_e : tensor<1x2x2x16xf32>) {
  ^bb0(%a: f32, %b: f32, %o: f32):
    %r = arith.addf %a, %b : f32
    linalg.yield %r : f32
  } -> tensor<1x2x2x16xf32>
  %m_e = tensor.empty() : tensor<1x2x2x1xf32>
  %m_i = linalg.fill ins(%ninf : f32) outs(%m_e : tensor<1x2x2x1xf32>) -> tensor<1x2x2x1xf32>
  %m = linalg.generic {indexing_maps = [#id, #rows], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%sm : tensor<1x2x2x16xf32>) outs(%m_i : tensor<1x2x2x1xf32>) {
  ^bb0(%a: f32, %o: f32):
    %r = arith.maximumf %a, %o : f32
    linalg.yield %r : f32
  } -> tensor<1x2x2x1xf32>
  %df = linalg.generic {indexing_maps = [#id, #rows, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%sm, %m : tensor<1x2x2x16xf32>, tensor<1x2x2x1xf32>) outs(%p_e : tensor<1x2x2x16xf32>) {
  ^bb0(%a: f32, %b: f32, %o: f32):
    %r = arith.subf %a, %b : f32
    linalg.yield %r : f32
  } -> tensor<1x2x2x16xf32>
  %ex = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%df : tensor<1x2x2x16xf32>) outs(%p_e : tensor<1x2x2x16xf32>) {
  ^bb0(%a: f32, %o: f32):
    %r = math.exp %a : f32
    linalg.yield %r : f32
  } -> tensor<1x2x2x16xf32>
  %z_i = linalg.fill ins(%zero : f32) outs(%m_e : tensor<1x2x2x1xf32>) -> tensor<1x2x2x1xf32>
  %sum = linalg.generic {indexing_maps = [#id, #rows], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%ex : tensor<1x2x2x16xf32>) outs(%z_i : tensor<1x2x2x1xf32>) {
  ^bb0(%a: f32, %o: f32):
    %r = arith.addf %a, %o : f32
    linalg.yield %r : f32
  } -> tensor<1x2x2x1xf32>
  %pr = linalg.generic {indexing_maps = [#id, #rows, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%ex, %sum : tensor<1x2x2x16xf32>, tensor<1x2x2x1xf32>) outs(%p_e : tensor<1x2x2x16xf32>) {
  ^bb0(%a: f32, %b: f32, %o: f32):
    %r = arith.divf %a, %b : f32
    linalg.yield %r : f32
  } -> tensor<1x2x2x16xf32>
  %pr3 = tensor.collapse_shape %pr [[0, 1], [2], [3]] : tensor<1x2x2x16xf32> into tensor<2x2x16xf32>
  %v3 = tensor.collapse_shape %v [[0, 1], [2], [3]] : tensor<1x2x16x8xf32> into tensor<2x16x8xf32>
  %o_e = tensor.empty() : tensor<2x2x8xf32>
  %o_z = linalg.fill ins(%zero : f32) outs(%o_e : tensor<2x2x8xf32>) -> tensor<2x2x8xf32>
  %o3 = linalg.batch_matmul ins(%pr3, %v3 : tensor<2x2x16xf32>, tensor<2x16x8xf32>) outs(%o_z : tensor<2x2x8xf32>) -> tensor<2x2x8xf32>
  %o = tensor.expand_shape %o3 [[0, 1], [2], [3]] output_shape [1, 2, 2, 8] : tensor<2x2x8xf32> into tensor<1x2x2x8xf32>
  return %o : tensor<1x2x2x8xf32>
}

// Keys j <= p for every row: causal for one row only, not for two.
// It stays an additive mask.
// CHECK-LABEL: func.func @prefix_only
// CHECK: tessel.attention scale(1.000000e+00) ins({{.*}}) mask(%{{.*}} : tensor<1x1x2x16xf32>) outs
func.func @prefix_only(%q: tensor<1x2x2x8xf32>, %k: tensor<1x2x16x8xf32>, %v: tensor<1x2x16x8xf32>, %pos: tensor<1xi64>) -> tensor<1x2x2x8xf32> {
  %zero = arith.constant 0.000000e+00 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %c0 = arith.constant 0 : index
  %p = tensor.extract %pos[%c0] : tensor<1xi64>
  %mask_e = tensor.empty() : tensor<1x1x2x16xf32>
  %mask = linalg.generic {indexing_maps = [#id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} outs(%mask_e : tensor<1x1x2x16xf32>) {
  ^bb0(%o: f32):
    %i = linalg.index 2 : index
    %j = linalg.index 3 : index
    %i64 = arith.index_cast %i : index to i64
    %j64 = arith.index_cast %j : index to i64
    %keep = arith.cmpi sle, %j64, %p : i64
    %r = arith.select %keep, %zero, %ninf : f32
    linalg.yield %r : f32
  } -> tensor<1x1x2x16xf32>
  %kt_e = tensor.empty() : tensor<1x2x8x16xf32>
  %kt = linalg.transpose ins(%k : tensor<1x2x16x8xf32>) outs(%kt_e : tensor<1x2x8x16xf32>) permutation = [0, 1, 3, 2]
  %q3 = tensor.collapse_shape %q [[0, 1], [2], [3]] : tensor<1x2x2x8xf32> into tensor<2x2x8xf32>
  %kt3 = tensor.collapse_shape %kt [[0, 1], [2], [3]] : tensor<1x2x8x16xf32> into tensor<2x8x16xf32>
  %s_e = tensor.empty() : tensor<2x2x16xf32>
  %s_z = linalg.fill ins(%zero : f32) outs(%s_e : tensor<2x2x16xf32>) -> tensor<2x2x16xf32>
  %s3 = linalg.batch_matmul ins(%q3, %kt3 : tensor<2x2x8xf32>, tensor<2x8x16xf32>) outs(%s_z : tensor<2x2x16xf32>) -> tensor<2x2x16xf32>
  %s = tensor.expand_shape %s3 [[0, 1], [2], [3]] output_shape [1, 2, 2, 16] : tensor<2x2x16xf32> into tensor<1x2x2x16xf32>
  %p_e = tensor.empty() : tensor<1x2x2x16xf32>
  %sm = linalg.generic {indexing_maps = [#id, #bcast_heads, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%s, %mask : tensor<1x2x2x16xf32>, tensor<1x1x2x16xf32>) outs(%p_e : tensor<1x2x2x16xf32>) {
  ^bb0(%a: f32, %b: f32, %o: f32):
    %r = arith.addf %a, %b : f32
    linalg.yield %r : f32
  } -> tensor<1x2x2x16xf32>
  %m_e = tensor.empty() : tensor<1x2x2x1xf32>
  %m_i = linalg.fill ins(%ninf : f32) outs(%m_e : tensor<1x2x2x1xf32>) -> tensor<1x2x2x1xf32>
  %m = linalg.generic {indexing_maps = [#id, #rows], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%sm : tensor<1x2x2x16xf32>) outs(%m_i : tensor<1x2x2x1xf32>) {
  ^bb0(%a: f32, %o: f32):
    %r = arith.maximumf %a, %o : f32
    linalg.yield %r : f32
  } -> tensor<1x2x2x1xf32>
  %df = linalg.generic {indexing_maps = [#id, #rows, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%sm, %m : tensor<1x2x2x16xf32>, tensor<1x2x2x1xf32>) outs(%p_e : tensor<1x2x2x16xf32>) {
  ^bb0(%a: f32, %b: f32, %o: f32):
    %r = arith.subf %a, %b : f32
    linalg.yield %r : f32
  } -> tensor<1x2x2x16xf32>
  %ex = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%df : tensor<1x2x2x16xf32>) outs(%p_e : tensor<1x2x2x16xf32>) {
  ^bb0(%a: f32, %o: f32):
    %r = math.exp %a : f32
    linalg.yield %r : f32
  } -> tensor<1x2x2x16xf32>
  %z_i = linalg.fill ins(%zero : f32) outs(%m_e : tensor<1x2x2x1xf32>) -> tensor<1x2x2x1xf32>
  %sum = linalg.generic {indexing_maps = [#id, #rows], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%ex : tensor<1x2x2x16xf32>) outs(%z_i : tensor<1x2x2x1xf32>) {
  ^bb0(%a: f32, %o: f32):
    %r = arith.addf %a, %o : f32
    linalg.yield %r : f32
  } -> tensor<1x2x2x1xf32>
  %pr = linalg.generic {indexing_maps = [#id, #rows, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%ex, %sum : tensor<1x2x2x16xf32>, tensor<1x2x2x1xf32>) outs(%p_e : tensor<1x2x2x16xf32>) {
  ^bb0(%a: f32, %b: f32, %o: f32):
    %r = arith.divf %a, %b : f32
    linalg.yield %r : f32
  } -> tensor<1x2x2x16xf32>
  %pr3 = tensor.collapse_shape %pr [[0, 1], [2], [3]] : tensor<1x2x2x16xf32> into tensor<2x2x16xf32>
  %v3 = tensor.collapse_shape %v [[0, 1], [2], [3]] : tensor<1x2x16x8xf32> into tensor<2x16x8xf32>
  %o_e = tensor.empty() : tensor<2x2x8xf32>
  %o_z = linalg.fill ins(%zero : f32) outs(%o_e : tensor<2x2x8xf32>) -> tensor<2x2x8xf32>
  %o3 = linalg.batch_matmul ins(%pr3, %v3 : tensor<2x2x16xf32>, tensor<2x16x8xf32>) outs(%o_z : tensor<2x2x8xf32>) -> tensor<2x2x8xf32>
  %o = tensor.expand_shape %o3 [[0, 1], [2], [3]] output_shape [1, 2, 2, 8] : tensor<2x2x8xf32> into tensor<1x2x2x8xf32>
  return %o : tensor<1x2x2x8xf32>
}

// Keys j >= i + p: visible from no position on.
// It stays an additive mask.
// CHECK-LABEL: func.func @anti_causal
// CHECK: tessel.attention scale(1.000000e+00) ins({{.*}}) mask(%{{.*}} : tensor<1x1x2x16xf32>) outs
func.func @anti_causal(%q: tensor<1x2x2x8xf32>, %k: tensor<1x2x16x8xf32>, %v: tensor<1x2x16x8xf32>, %pos: tensor<1xi64>) -> tensor<1x2x2x8xf32> {
  %zero = arith.constant 0.000000e+00 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %c0 = arith.constant 0 : index
  %p = tensor.extract %pos[%c0] : tensor<1xi64>
  %mask_e = tensor.empty() : tensor<1x1x2x16xf32>
  %mask = linalg.generic {indexing_maps = [#id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} outs(%mask_e : tensor<1x1x2x16xf32>) {
  ^bb0(%o: f32):
    %i = linalg.index 2 : index
    %j = linalg.index 3 : index
    %i64 = arith.index_cast %i : index to i64
    %j64 = arith.index_cast %j : index to i64
    %last = arith.addi %i64, %p : i64
    %keep = arith.cmpi sge, %j64, %last : i64
    %r = arith.select %keep, %zero, %ninf : f32
    linalg.yield %r : f32
  } -> tensor<1x1x2x16xf32>
  %kt_e = tensor.empty() : tensor<1x2x8x16xf32>
  %kt = linalg.transpose ins(%k : tensor<1x2x16x8xf32>) outs(%kt_e : tensor<1x2x8x16xf32>) permutation = [0, 1, 3, 2]
  %q3 = tensor.collapse_shape %q [[0, 1], [2], [3]] : tensor<1x2x2x8xf32> into tensor<2x2x8xf32>
  %kt3 = tensor.collapse_shape %kt [[0, 1], [2], [3]] : tensor<1x2x8x16xf32> into tensor<2x8x16xf32>
  %s_e = tensor.empty() : tensor<2x2x16xf32>
  %s_z = linalg.fill ins(%zero : f32) outs(%s_e : tensor<2x2x16xf32>) -> tensor<2x2x16xf32>
  %s3 = linalg.batch_matmul ins(%q3, %kt3 : tensor<2x2x8xf32>, tensor<2x8x16xf32>) outs(%s_z : tensor<2x2x16xf32>) -> tensor<2x2x16xf32>
  %s = tensor.expand_shape %s3 [[0, 1], [2], [3]] output_shape [1, 2, 2, 16] : tensor<2x2x16xf32> into tensor<1x2x2x16xf32>
  %p_e = tensor.empty() : tensor<1x2x2x16xf32>
  %sm = linalg.generic {indexing_maps = [#id, #bcast_heads, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%s, %mask : tensor<1x2x2x16xf32>, tensor<1x1x2x16xf32>) outs(%p_e : tensor<1x2x2x16xf32>) {
  ^bb0(%a: f32, %b: f32, %o: f32):
    %r = arith.addf %a, %b : f32
    linalg.yield %r : f32
  } -> tensor<1x2x2x16xf32>
  %m_e = tensor.empty() : tensor<1x2x2x1xf32>
  %m_i = linalg.fill ins(%ninf : f32) outs(%m_e : tensor<1x2x2x1xf32>) -> tensor<1x2x2x1xf32>
  %m = linalg.generic {indexing_maps = [#id, #rows], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%sm : tensor<1x2x2x16xf32>) outs(%m_i : tensor<1x2x2x1xf32>) {
  ^bb0(%a: f32, %o: f32):
    %r = arith.maximumf %a, %o : f32
    linalg.yield %r : f32
  } -> tensor<1x2x2x1xf32>
  %df = linalg.generic {indexing_maps = [#id, #rows, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%sm, %m : tensor<1x2x2x16xf32>, tensor<1x2x2x1xf32>) outs(%p_e : tensor<1x2x2x16xf32>) {
  ^bb0(%a: f32, %b: f32, %o: f32):
    %r = arith.subf %a, %b : f32
    linalg.yield %r : f32
  } -> tensor<1x2x2x16xf32>
  %ex = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%df : tensor<1x2x2x16xf32>) outs(%p_e : tensor<1x2x2x16xf32>) {
  ^bb0(%a: f32, %o: f32):
    %r = math.exp %a : f32
    linalg.yield %r : f32
  } -> tensor<1x2x2x16xf32>
  %z_i = linalg.fill ins(%zero : f32) outs(%m_e : tensor<1x2x2x1xf32>) -> tensor<1x2x2x1xf32>
  %sum = linalg.generic {indexing_maps = [#id, #rows], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%ex : tensor<1x2x2x16xf32>) outs(%z_i : tensor<1x2x2x1xf32>) {
  ^bb0(%a: f32, %o: f32):
    %r = arith.addf %a, %o : f32
    linalg.yield %r : f32
  } -> tensor<1x2x2x1xf32>
  %pr = linalg.generic {indexing_maps = [#id, #rows, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%ex, %sum : tensor<1x2x2x16xf32>, tensor<1x2x2x1xf32>) outs(%p_e : tensor<1x2x2x16xf32>) {
  ^bb0(%a: f32, %b: f32, %o: f32):
    %r = arith.divf %a, %b : f32
    linalg.yield %r : f32
  } -> tensor<1x2x2x16xf32>
  %pr3 = tensor.collapse_shape %pr [[0, 1], [2], [3]] : tensor<1x2x2x16xf32> into tensor<2x2x16xf32>
  %v3 = tensor.collapse_shape %v [[0, 1], [2], [3]] : tensor<1x2x16x8xf32> into tensor<2x16x8xf32>
  %o_e = tensor.empty() : tensor<2x2x8xf32>
  %o_z = linalg.fill ins(%zero : f32) outs(%o_e : tensor<2x2x8xf32>) -> tensor<2x2x8xf32>
  %o3 = linalg.batch_matmul ins(%pr3, %v3 : tensor<2x2x16xf32>, tensor<2x16x8xf32>) outs(%o_z : tensor<2x2x8xf32>) -> tensor<2x2x8xf32>
  %o = tensor.expand_shape %o3 [[0, 1], [2], [3]] output_shape [1, 2, 2, 8] : tensor<2x2x8xf32> into tensor<1x2x2x8xf32>
  return %o : tensor<1x2x2x8xf32>
}

// Every key but one: no interval of positions.
// It stays an additive mask.
// CHECK-LABEL: func.func @not_equal
// CHECK: tessel.attention scale(1.000000e+00) ins({{.*}}) mask(%{{.*}} : tensor<1x1x2x16xf32>) outs
func.func @not_equal(%q: tensor<1x2x2x8xf32>, %k: tensor<1x2x16x8xf32>, %v: tensor<1x2x16x8xf32>, %pos: tensor<1xi64>) -> tensor<1x2x2x8xf32> {
  %zero = arith.constant 0.000000e+00 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %c0 = arith.constant 0 : index
  %p = tensor.extract %pos[%c0] : tensor<1xi64>
  %mask_e = tensor.empty() : tensor<1x1x2x16xf32>
  %mask = linalg.generic {indexing_maps = [#id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} outs(%mask_e : tensor<1x1x2x16xf32>) {
  ^bb0(%o: f32):
    %i = linalg.index 2 : index
    %j = linalg.index 3 : index
    %i64 = arith.index_cast %i : index to i64
    %j64 = arith.index_cast %j : index to i64
    %last = arith.addi %i64, %p : i64
    %keep = arith.cmpi ne, %j64, %last : i64
    %r = arith.select %keep, %zero, %ninf : f32
    linalg.yield %r : f32
  } -> tensor<1x1x2x16xf32>
  %kt_e = tensor.empty() : tensor<1x2x8x16xf32>
  %kt = linalg.transpose ins(%k : tensor<1x2x16x8xf32>) outs(%kt_e : tensor<1x2x8x16xf32>) permutation = [0, 1, 3, 2]
  %q3 = tensor.collapse_shape %q [[0, 1], [2], [3]] : tensor<1x2x2x8xf32> into tensor<2x2x8xf32>
  %kt3 = tensor.collapse_shape %kt [[0, 1], [2], [3]] : tensor<1x2x8x16xf32> into tensor<2x8x16xf32>
  %s_e = tensor.empty() : tensor<2x2x16xf32>
  %s_z = linalg.fill ins(%zero : f32) outs(%s_e : tensor<2x2x16xf32>) -> tensor<2x2x16xf32>
  %s3 = linalg.batch_matmul ins(%q3, %kt3 : tensor<2x2x8xf32>, tensor<2x8x16xf32>) outs(%s_z : tensor<2x2x16xf32>) -> tensor<2x2x16xf32>
  %s = tensor.expand_shape %s3 [[0, 1], [2], [3]] output_shape [1, 2, 2, 16] : tensor<2x2x16xf32> into tensor<1x2x2x16xf32>
  %p_e = tensor.empty() : tensor<1x2x2x16xf32>
  %sm = linalg.generic {indexing_maps = [#id, #bcast_heads, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%s, %mask : tensor<1x2x2x16xf32>, tensor<1x1x2x16xf32>) outs(%p_e : tensor<1x2x2x16xf32>) {
  ^bb0(%a: f32, %b: f32, %o: f32):
    %r = arith.addf %a, %b : f32
    linalg.yield %r : f32
  } -> tensor<1x2x2x16xf32>
  %m_e = tensor.empty() : tensor<1x2x2x1xf32>
  %m_i = linalg.fill ins(%ninf : f32) outs(%m_e : tensor<1x2x2x1xf32>) -> tensor<1x2x2x1xf32>
  %m = linalg.generic {indexing_maps = [#id, #rows], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%sm : tensor<1x2x2x16xf32>) outs(%m_i : tensor<1x2x2x1xf32>) {
  ^bb0(%a: f32, %o: f32):
    %r = arith.maximumf %a, %o : f32
    linalg.yield %r : f32
  } -> tensor<1x2x2x1xf32>
  %df = linalg.generic {indexing_maps = [#id, #rows, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%sm, %m : tensor<1x2x2x16xf32>, tensor<1x2x2x1xf32>) outs(%p_e : tensor<1x2x2x16xf32>) {
  ^bb0(%a: f32, %b: f32, %o: f32):
    %r = arith.subf %a, %b : f32
    linalg.yield %r : f32
  } -> tensor<1x2x2x16xf32>
  %ex = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%df : tensor<1x2x2x16xf32>) outs(%p_e : tensor<1x2x2x16xf32>) {
  ^bb0(%a: f32, %o: f32):
    %r = math.exp %a : f32
    linalg.yield %r : f32
  } -> tensor<1x2x2x16xf32>
  %z_i = linalg.fill ins(%zero : f32) outs(%m_e : tensor<1x2x2x1xf32>) -> tensor<1x2x2x1xf32>
  %sum = linalg.generic {indexing_maps = [#id, #rows], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%ex : tensor<1x2x2x16xf32>) outs(%z_i : tensor<1x2x2x1xf32>) {
  ^bb0(%a: f32, %o: f32):
    %r = arith.addf %a, %o : f32
    linalg.yield %r : f32
  } -> tensor<1x2x2x1xf32>
  %pr = linalg.generic {indexing_maps = [#id, #rows, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%ex, %sum : tensor<1x2x2x16xf32>, tensor<1x2x2x1xf32>) outs(%p_e : tensor<1x2x2x16xf32>) {
  ^bb0(%a: f32, %b: f32, %o: f32):
    %r = arith.divf %a, %b : f32
    linalg.yield %r : f32
  } -> tensor<1x2x2x16xf32>
  %pr3 = tensor.collapse_shape %pr [[0, 1], [2], [3]] : tensor<1x2x2x16xf32> into tensor<2x2x16xf32>
  %v3 = tensor.collapse_shape %v [[0, 1], [2], [3]] : tensor<1x2x16x8xf32> into tensor<2x16x8xf32>
  %o_e = tensor.empty() : tensor<2x2x8xf32>
  %o_z = linalg.fill ins(%zero : f32) outs(%o_e : tensor<2x2x8xf32>) -> tensor<2x2x8xf32>
  %o3 = linalg.batch_matmul ins(%pr3, %v3 : tensor<2x2x16xf32>, tensor<2x16x8xf32>) outs(%o_z : tensor<2x2x8xf32>) -> tensor<2x2x8xf32>
  %o = tensor.expand_shape %o3 [[0, 1], [2], [3]] output_shape [1, 2, 2, 8] : tensor<2x2x8xf32> into tensor<1x2x2x8xf32>
  return %o : tensor<1x2x2x8xf32>
}

// Keys j <= i + p * p: not affine in the position.
// It stays an additive mask.
// CHECK-LABEL: func.func @squared
// CHECK: tessel.attention scale(1.000000e+00) ins({{.*}}) mask(%{{.*}} : tensor<1x1x2x16xf32>) outs
func.func @squared(%q: tensor<1x2x2x8xf32>, %k: tensor<1x2x16x8xf32>, %v: tensor<1x2x16x8xf32>, %pos: tensor<1xi64>) -> tensor<1x2x2x8xf32> {
  %zero = arith.constant 0.000000e+00 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %c0 = arith.constant 0 : index
  %p = tensor.extract %pos[%c0] : tensor<1xi64>
  %mask_e = tensor.empty() : tensor<1x1x2x16xf32>
  %mask = linalg.generic {indexing_maps = [#id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} outs(%mask_e : tensor<1x1x2x16xf32>) {
  ^bb0(%o: f32):
    %i = linalg.index 2 : index
    %j = linalg.index 3 : index
    %i64 = arith.index_cast %i : index to i64
    %j64 = arith.index_cast %j : index to i64
    %pp = arith.muli %p, %p : i64
    %last = arith.addi %i64, %pp : i64
    %keep = arith.cmpi sle, %j64, %last : i64
    %r = arith.select %keep, %zero, %ninf : f32
    linalg.yield %r : f32
  } -> tensor<1x1x2x16xf32>
  %kt_e = tensor.empty() : tensor<1x2x8x16xf32>
  %kt = linalg.transpose ins(%k : tensor<1x2x16x8xf32>) outs(%kt_e : tensor<1x2x8x16xf32>) permutation = [0, 1, 3, 2]
  %q3 = tensor.collapse_shape %q [[0, 1], [2], [3]] : tensor<1x2x2x8xf32> into tensor<2x2x8xf32>
  %kt3 = tensor.collapse_shape %kt [[0, 1], [2], [3]] : tensor<1x2x8x16xf32> into tensor<2x8x16xf32>
  %s_e = tensor.empty() : tensor<2x2x16xf32>
  %s_z = linalg.fill ins(%zero : f32) outs(%s_e : tensor<2x2x16xf32>) -> tensor<2x2x16xf32>
  %s3 = linalg.batch_matmul ins(%q3, %kt3 : tensor<2x2x8xf32>, tensor<2x8x16xf32>) outs(%s_z : tensor<2x2x16xf32>) -> tensor<2x2x16xf32>
  %s = tensor.expand_shape %s3 [[0, 1], [2], [3]] output_shape [1, 2, 2, 16] : tensor<2x2x16xf32> into tensor<1x2x2x16xf32>
  %p_e = tensor.empty() : tensor<1x2x2x16xf32>
  %sm = linalg.generic {indexing_maps = [#id, #bcast_heads, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%s, %mask : tensor<1x2x2x16xf32>, tensor<1x1x2x16xf32>) outs(%p_e : tensor<1x2x2x16xf32>) {
  ^bb0(%a: f32, %b: f32, %o: f32):
    %r = arith.addf %a, %b : f32
    linalg.yield %r : f32
  } -> tensor<1x2x2x16xf32>
  %m_e = tensor.empty() : tensor<1x2x2x1xf32>
  %m_i = linalg.fill ins(%ninf : f32) outs(%m_e : tensor<1x2x2x1xf32>) -> tensor<1x2x2x1xf32>
  %m = linalg.generic {indexing_maps = [#id, #rows], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%sm : tensor<1x2x2x16xf32>) outs(%m_i : tensor<1x2x2x1xf32>) {
  ^bb0(%a: f32, %o: f32):
    %r = arith.maximumf %a, %o : f32
    linalg.yield %r : f32
  } -> tensor<1x2x2x1xf32>
  %df = linalg.generic {indexing_maps = [#id, #rows, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%sm, %m : tensor<1x2x2x16xf32>, tensor<1x2x2x1xf32>) outs(%p_e : tensor<1x2x2x16xf32>) {
  ^bb0(%a: f32, %b: f32, %o: f32):
    %r = arith.subf %a, %b : f32
    linalg.yield %r : f32
  } -> tensor<1x2x2x16xf32>
  %ex = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%df : tensor<1x2x2x16xf32>) outs(%p_e : tensor<1x2x2x16xf32>) {
  ^bb0(%a: f32, %o: f32):
    %r = math.exp %a : f32
    linalg.yield %r : f32
  } -> tensor<1x2x2x16xf32>
  %z_i = linalg.fill ins(%zero : f32) outs(%m_e : tensor<1x2x2x1xf32>) -> tensor<1x2x2x1xf32>
  %sum = linalg.generic {indexing_maps = [#id, #rows], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%ex : tensor<1x2x2x16xf32>) outs(%z_i : tensor<1x2x2x1xf32>) {
  ^bb0(%a: f32, %o: f32):
    %r = arith.addf %a, %o : f32
    linalg.yield %r : f32
  } -> tensor<1x2x2x1xf32>
  %pr = linalg.generic {indexing_maps = [#id, #rows, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%ex, %sum : tensor<1x2x2x16xf32>, tensor<1x2x2x1xf32>) outs(%p_e : tensor<1x2x2x16xf32>) {
  ^bb0(%a: f32, %b: f32, %o: f32):
    %r = arith.divf %a, %b : f32
    linalg.yield %r : f32
  } -> tensor<1x2x2x16xf32>
  %pr3 = tensor.collapse_shape %pr [[0, 1], [2], [3]] : tensor<1x2x2x16xf32> into tensor<2x2x16xf32>
  %v3 = tensor.collapse_shape %v [[0, 1], [2], [3]] : tensor<1x2x16x8xf32> into tensor<2x16x8xf32>
  %o_e = tensor.empty() : tensor<2x2x8xf32>
  %o_z = linalg.fill ins(%zero : f32) outs(%o_e : tensor<2x2x8xf32>) -> tensor<2x2x8xf32>
  %o3 = linalg.batch_matmul ins(%pr3, %v3 : tensor<2x2x16xf32>, tensor<2x16x8xf32>) outs(%o_z : tensor<2x2x8xf32>) -> tensor<2x2x8xf32>
  %o = tensor.expand_shape %o3 [[0, 1], [2], [3]] output_shape [1, 2, 2, 8] : tensor<2x2x8xf32> into tensor<1x2x2x8xf32>
  return %o : tensor<1x2x2x8xf32>
}

// An unsigned comparison (wraps at negative positions).
// It stays an additive mask.
// CHECK-LABEL: func.func @unsigned
// CHECK: tessel.attention scale(1.000000e+00) ins({{.*}}) mask(%{{.*}} : tensor<1x1x2x16xf32>) outs
func.func @unsigned(%q: tensor<1x2x2x8xf32>, %k: tensor<1x2x16x8xf32>, %v: tensor<1x2x16x8xf32>, %pos: tensor<1xi64>) -> tensor<1x2x2x8xf32> {
  %zero = arith.constant 0.000000e+00 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %c0 = arith.constant 0 : index
  %p = tensor.extract %pos[%c0] : tensor<1xi64>
  %mask_e = tensor.empty() : tensor<1x1x2x16xf32>
  %mask = linalg.generic {indexing_maps = [#id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} outs(%mask_e : tensor<1x1x2x16xf32>) {
  ^bb0(%o: f32):
    %i = linalg.index 2 : index
    %j = linalg.index 3 : index
    %i64 = arith.index_cast %i : index to i64
    %j64 = arith.index_cast %j : index to i64
    %last = arith.addi %i64, %p : i64
    %keep = arith.cmpi ule, %j64, %last : i64
    %r = arith.select %keep, %zero, %ninf : f32
    linalg.yield %r : f32
  } -> tensor<1x1x2x16xf32>
  %kt_e = tensor.empty() : tensor<1x2x8x16xf32>
  %kt = linalg.transpose ins(%k : tensor<1x2x16x8xf32>) outs(%kt_e : tensor<1x2x8x16xf32>) permutation = [0, 1, 3, 2]
  %q3 = tensor.collapse_shape %q [[0, 1], [2], [3]] : tensor<1x2x2x8xf32> into tensor<2x2x8xf32>
  %kt3 = tensor.collapse_shape %kt [[0, 1], [2], [3]] : tensor<1x2x8x16xf32> into tensor<2x8x16xf32>
  %s_e = tensor.empty() : tensor<2x2x16xf32>
  %s_z = linalg.fill ins(%zero : f32) outs(%s_e : tensor<2x2x16xf32>) -> tensor<2x2x16xf32>
  %s3 = linalg.batch_matmul ins(%q3, %kt3 : tensor<2x2x8xf32>, tensor<2x8x16xf32>) outs(%s_z : tensor<2x2x16xf32>) -> tensor<2x2x16xf32>
  %s = tensor.expand_shape %s3 [[0, 1], [2], [3]] output_shape [1, 2, 2, 16] : tensor<2x2x16xf32> into tensor<1x2x2x16xf32>
  %p_e = tensor.empty() : tensor<1x2x2x16xf32>
  %sm = linalg.generic {indexing_maps = [#id, #bcast_heads, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%s, %mask : tensor<1x2x2x16xf32>, tensor<1x1x2x16xf32>) outs(%p_e : tensor<1x2x2x16xf32>) {
  ^bb0(%a: f32, %b: f32, %o: f32):
    %r = arith.addf %a, %b : f32
    linalg.yield %r : f32
  } -> tensor<1x2x2x16xf32>
  %m_e = tensor.empty() : tensor<1x2x2x1xf32>
  %m_i = linalg.fill ins(%ninf : f32) outs(%m_e : tensor<1x2x2x1xf32>) -> tensor<1x2x2x1xf32>
  %m = linalg.generic {indexing_maps = [#id, #rows], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%sm : tensor<1x2x2x16xf32>) outs(%m_i : tensor<1x2x2x1xf32>) {
  ^bb0(%a: f32, %o: f32):
    %r = arith.maximumf %a, %o : f32
    linalg.yield %r : f32
  } -> tensor<1x2x2x1xf32>
  %df = linalg.generic {indexing_maps = [#id, #rows, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%sm, %m : tensor<1x2x2x16xf32>, tensor<1x2x2x1xf32>) outs(%p_e : tensor<1x2x2x16xf32>) {
  ^bb0(%a: f32, %b: f32, %o: f32):
    %r = arith.subf %a, %b : f32
    linalg.yield %r : f32
  } -> tensor<1x2x2x16xf32>
  %ex = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%df : tensor<1x2x2x16xf32>) outs(%p_e : tensor<1x2x2x16xf32>) {
  ^bb0(%a: f32, %o: f32):
    %r = math.exp %a : f32
    linalg.yield %r : f32
  } -> tensor<1x2x2x16xf32>
  %z_i = linalg.fill ins(%zero : f32) outs(%m_e : tensor<1x2x2x1xf32>) -> tensor<1x2x2x1xf32>
  %sum = linalg.generic {indexing_maps = [#id, #rows], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%ex : tensor<1x2x2x16xf32>) outs(%z_i : tensor<1x2x2x1xf32>) {
  ^bb0(%a: f32, %o: f32):
    %r = arith.addf %a, %o : f32
    linalg.yield %r : f32
  } -> tensor<1x2x2x1xf32>
  %pr = linalg.generic {indexing_maps = [#id, #rows, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%ex, %sum : tensor<1x2x2x16xf32>, tensor<1x2x2x1xf32>) outs(%p_e : tensor<1x2x2x16xf32>) {
  ^bb0(%a: f32, %b: f32, %o: f32):
    %r = arith.divf %a, %b : f32
    linalg.yield %r : f32
  } -> tensor<1x2x2x16xf32>
  %pr3 = tensor.collapse_shape %pr [[0, 1], [2], [3]] : tensor<1x2x2x16xf32> into tensor<2x2x16xf32>
  %v3 = tensor.collapse_shape %v [[0, 1], [2], [3]] : tensor<1x2x16x8xf32> into tensor<2x16x8xf32>
  %o_e = tensor.empty() : tensor<2x2x8xf32>
  %o_z = linalg.fill ins(%zero : f32) outs(%o_e : tensor<2x2x8xf32>) -> tensor<2x2x8xf32>
  %o3 = linalg.batch_matmul ins(%pr3, %v3 : tensor<2x2x16xf32>, tensor<2x16x8xf32>) outs(%o_z : tensor<2x2x8xf32>) -> tensor<2x2x8xf32>
  %o = tensor.expand_shape %o3 [[0, 1], [2], [3]] output_shape [1, 2, 2, 8] : tensor<2x2x8xf32> into tensor<1x2x2x8xf32>
  return %o : tensor<1x2x2x8xf32>
}

// Two run-time values (a position and a start).
// It stays an additive mask.
// CHECK-LABEL: func.func @two_positions
// CHECK: tessel.attention scale(1.000000e+00) ins({{.*}}) mask(%{{.*}} : tensor<1x1x2x16xf32>) outs
func.func @two_positions(%q: tensor<1x2x2x8xf32>, %k: tensor<1x2x16x8xf32>, %v: tensor<1x2x16x8xf32>, %pos: tensor<1xi64>, %start: tensor<1xi64>) -> tensor<1x2x2x8xf32> {
  %zero = arith.constant 0.000000e+00 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %c0 = arith.constant 0 : index
  %p = tensor.extract %pos[%c0] : tensor<1xi64>
  %st = tensor.extract %start[%c0] : tensor<1xi64>
  %mask_e = tensor.empty() : tensor<1x1x2x16xf32>
  %mask = linalg.generic {indexing_maps = [#id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} outs(%mask_e : tensor<1x1x2x16xf32>) {
  ^bb0(%o: f32):
    %i = linalg.index 2 : index
    %j = linalg.index 3 : index
    %i64 = arith.index_cast %i : index to i64
    %j64 = arith.index_cast %j : index to i64
    %last = arith.addi %i64, %p : i64
    %upto = arith.cmpi sle, %j64, %last : i64
    %after = arith.cmpi sge, %j64, %st : i64
    %keep = arith.andi %upto, %after : i1
    %r = arith.select %keep, %zero, %ninf : f32
    linalg.yield %r : f32
  } -> tensor<1x1x2x16xf32>
  %kt_e = tensor.empty() : tensor<1x2x8x16xf32>
  %kt = linalg.transpose ins(%k : tensor<1x2x16x8xf32>) outs(%kt_e : tensor<1x2x8x16xf32>) permutation = [0, 1, 3, 2]
  %q3 = tensor.collapse_shape %q [[0, 1], [2], [3]] : tensor<1x2x2x8xf32> into tensor<2x2x8xf32>
  %kt3 = tensor.collapse_shape %kt [[0, 1], [2], [3]] : tensor<1x2x8x16xf32> into tensor<2x8x16xf32>
  %s_e = tensor.empty() : tensor<2x2x16xf32>
  %s_z = linalg.fill ins(%zero : f32) outs(%s_e : tensor<2x2x16xf32>) -> tensor<2x2x16xf32>
  %s3 = linalg.batch_matmul ins(%q3, %kt3 : tensor<2x2x8xf32>, tensor<2x8x16xf32>) outs(%s_z : tensor<2x2x16xf32>) -> tensor<2x2x16xf32>
  %s = tensor.expand_shape %s3 [[0, 1], [2], [3]] output_shape [1, 2, 2, 16] : tensor<2x2x16xf32> into tensor<1x2x2x16xf32>
  %p_e = tensor.empty() : tensor<1x2x2x16xf32>
  %sm = linalg.generic {indexing_maps = [#id, #bcast_heads, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%s, %mask : tensor<1x2x2x16xf32>, tensor<1x1x2x16xf32>) outs(%p_e : tensor<1x2x2x16xf32>) {
  ^bb0(%a: f32, %b: f32, %o: f32):
    %r = arith.addf %a, %b : f32
    linalg.yield %r : f32
  } -> tensor<1x2x2x16xf32>
  %m_e = tensor.empty() : tensor<1x2x2x1xf32>
  %m_i = linalg.fill ins(%ninf : f32) outs(%m_e : tensor<1x2x2x1xf32>) -> tensor<1x2x2x1xf32>
  %m = linalg.generic {indexing_maps = [#id, #rows], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%sm : tensor<1x2x2x16xf32>) outs(%m_i : tensor<1x2x2x1xf32>) {
  ^bb0(%a: f32, %o: f32):
    %r = arith.maximumf %a, %o : f32
    linalg.yield %r : f32
  } -> tensor<1x2x2x1xf32>
  %df = linalg.generic {indexing_maps = [#id, #rows, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%sm, %m : tensor<1x2x2x16xf32>, tensor<1x2x2x1xf32>) outs(%p_e : tensor<1x2x2x16xf32>) {
  ^bb0(%a: f32, %b: f32, %o: f32):
    %r = arith.subf %a, %b : f32
    linalg.yield %r : f32
  } -> tensor<1x2x2x16xf32>
  %ex = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%df : tensor<1x2x2x16xf32>) outs(%p_e : tensor<1x2x2x16xf32>) {
  ^bb0(%a: f32, %o: f32):
    %r = math.exp %a : f32
    linalg.yield %r : f32
  } -> tensor<1x2x2x16xf32>
  %z_i = linalg.fill ins(%zero : f32) outs(%m_e : tensor<1x2x2x1xf32>) -> tensor<1x2x2x1xf32>
  %sum = linalg.generic {indexing_maps = [#id, #rows], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%ex : tensor<1x2x2x16xf32>) outs(%z_i : tensor<1x2x2x1xf32>) {
  ^bb0(%a: f32, %o: f32):
    %r = arith.addf %a, %o : f32
    linalg.yield %r : f32
  } -> tensor<1x2x2x1xf32>
  %pr = linalg.generic {indexing_maps = [#id, #rows, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%ex, %sum : tensor<1x2x2x16xf32>, tensor<1x2x2x1xf32>) outs(%p_e : tensor<1x2x2x16xf32>) {
  ^bb0(%a: f32, %b: f32, %o: f32):
    %r = arith.divf %a, %b : f32
    linalg.yield %r : f32
  } -> tensor<1x2x2x16xf32>
  %pr3 = tensor.collapse_shape %pr [[0, 1], [2], [3]] : tensor<1x2x2x16xf32> into tensor<2x2x16xf32>
  %v3 = tensor.collapse_shape %v [[0, 1], [2], [3]] : tensor<1x2x16x8xf32> into tensor<2x16x8xf32>
  %o_e = tensor.empty() : tensor<2x2x8xf32>
  %o_z = linalg.fill ins(%zero : f32) outs(%o_e : tensor<2x2x8xf32>) -> tensor<2x2x8xf32>
  %o3 = linalg.batch_matmul ins(%pr3, %v3 : tensor<2x2x16xf32>, tensor<2x16x8xf32>) outs(%o_z : tensor<2x2x8xf32>) -> tensor<2x2x8xf32>
  %o = tensor.expand_shape %o3 [[0, 1], [2], [3]] output_shape [1, 2, 2, 8] : tensor<2x2x8xf32> into tensor<1x2x2x8xf32>
  return %o : tensor<1x2x2x8xf32>
}

// Causal in shape, but -1 added elsewhere does not remove a score.
// It stays an additive mask.
// CHECK-LABEL: func.func @not_masking
// CHECK: tessel.attention scale(1.000000e+00) ins({{.*}}) mask(%{{.*}} : tensor<1x1x2x16xf32>) outs
func.func @not_masking(%q: tensor<1x2x2x8xf32>, %k: tensor<1x2x16x8xf32>, %v: tensor<1x2x16x8xf32>, %pos: tensor<1xi64>) -> tensor<1x2x2x8xf32> {
  %zero = arith.constant 0.000000e+00 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %minus_one = arith.constant -1.000000e+00 : f32
  %c0 = arith.constant 0 : index
  %p = tensor.extract %pos[%c0] : tensor<1xi64>
  %mask_e = tensor.empty() : tensor<1x1x2x16xf32>
  %mask = linalg.generic {indexing_maps = [#id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} outs(%mask_e : tensor<1x1x2x16xf32>) {
  ^bb0(%o: f32):
    %i = linalg.index 2 : index
    %j = linalg.index 3 : index
    %i64 = arith.index_cast %i : index to i64
    %j64 = arith.index_cast %j : index to i64
    %last = arith.addi %i64, %p : i64
    %keep = arith.cmpi sle, %j64, %last : i64
    %r = arith.select %keep, %zero, %minus_one : f32
    linalg.yield %r : f32
  } -> tensor<1x1x2x16xf32>
  %kt_e = tensor.empty() : tensor<1x2x8x16xf32>
  %kt = linalg.transpose ins(%k : tensor<1x2x16x8xf32>) outs(%kt_e : tensor<1x2x8x16xf32>) permutation = [0, 1, 3, 2]
  %q3 = tensor.collapse_shape %q [[0, 1], [2], [3]] : tensor<1x2x2x8xf32> into tensor<2x2x8xf32>
  %kt3 = tensor.collapse_shape %kt [[0, 1], [2], [3]] : tensor<1x2x8x16xf32> into tensor<2x8x16xf32>
  %s_e = tensor.empty() : tensor<2x2x16xf32>
  %s_z = linalg.fill ins(%zero : f32) outs(%s_e : tensor<2x2x16xf32>) -> tensor<2x2x16xf32>
  %s3 = linalg.batch_matmul ins(%q3, %kt3 : tensor<2x2x8xf32>, tensor<2x8x16xf32>) outs(%s_z : tensor<2x2x16xf32>) -> tensor<2x2x16xf32>
  %s = tensor.expand_shape %s3 [[0, 1], [2], [3]] output_shape [1, 2, 2, 16] : tensor<2x2x16xf32> into tensor<1x2x2x16xf32>
  %p_e = tensor.empty() : tensor<1x2x2x16xf32>
  %sm = linalg.generic {indexing_maps = [#id, #bcast_heads, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%s, %mask : tensor<1x2x2x16xf32>, tensor<1x1x2x16xf32>) outs(%p_e : tensor<1x2x2x16xf32>) {
  ^bb0(%a: f32, %b: f32, %o: f32):
    %r = arith.addf %a, %b : f32
    linalg.yield %r : f32
  } -> tensor<1x2x2x16xf32>
  %m_e = tensor.empty() : tensor<1x2x2x1xf32>
  %m_i = linalg.fill ins(%ninf : f32) outs(%m_e : tensor<1x2x2x1xf32>) -> tensor<1x2x2x1xf32>
  %m = linalg.generic {indexing_maps = [#id, #rows], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%sm : tensor<1x2x2x16xf32>) outs(%m_i : tensor<1x2x2x1xf32>) {
  ^bb0(%a: f32, %o: f32):
    %r = arith.maximumf %a, %o : f32
    linalg.yield %r : f32
  } -> tensor<1x2x2x1xf32>
  %df = linalg.generic {indexing_maps = [#id, #rows, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%sm, %m : tensor<1x2x2x16xf32>, tensor<1x2x2x1xf32>) outs(%p_e : tensor<1x2x2x16xf32>) {
  ^bb0(%a: f32, %b: f32, %o: f32):
    %r = arith.subf %a, %b : f32
    linalg.yield %r : f32
  } -> tensor<1x2x2x16xf32>
  %ex = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%df : tensor<1x2x2x16xf32>) outs(%p_e : tensor<1x2x2x16xf32>) {
  ^bb0(%a: f32, %o: f32):
    %r = math.exp %a : f32
    linalg.yield %r : f32
  } -> tensor<1x2x2x16xf32>
  %z_i = linalg.fill ins(%zero : f32) outs(%m_e : tensor<1x2x2x1xf32>) -> tensor<1x2x2x1xf32>
  %sum = linalg.generic {indexing_maps = [#id, #rows], iterator_types = ["parallel", "parallel", "parallel", "reduction"]} ins(%ex : tensor<1x2x2x16xf32>) outs(%z_i : tensor<1x2x2x1xf32>) {
  ^bb0(%a: f32, %o: f32):
    %r = arith.addf %a, %o : f32
    linalg.yield %r : f32
  } -> tensor<1x2x2x1xf32>
  %pr = linalg.generic {indexing_maps = [#id, #rows, #id], iterator_types = ["parallel", "parallel", "parallel", "parallel"]} ins(%ex, %sum : tensor<1x2x2x16xf32>, tensor<1x2x2x1xf32>) outs(%p_e : tensor<1x2x2x16xf32>) {
  ^bb0(%a: f32, %b: f32, %o: f32):
    %r = arith.divf %a, %b : f32
    linalg.yield %r : f32
  } -> tensor<1x2x2x16xf32>
  %pr3 = tensor.collapse_shape %pr [[0, 1], [2], [3]] : tensor<1x2x2x16xf32> into tensor<2x2x16xf32>
  %v3 = tensor.collapse_shape %v [[0, 1], [2], [3]] : tensor<1x2x16x8xf32> into tensor<2x16x8xf32>
  %o_e = tensor.empty() : tensor<2x2x8xf32>
  %o_z = linalg.fill ins(%zero : f32) outs(%o_e : tensor<2x2x8xf32>) -> tensor<2x2x8xf32>
  %o3 = linalg.batch_matmul ins(%pr3, %v3 : tensor<2x2x16xf32>, tensor<2x16x8xf32>) outs(%o_z : tensor<2x2x8xf32>) -> tensor<2x2x8xf32>
  %o = tensor.expand_shape %o3 [[0, 1], [2], [3]] output_shape [1, 2, 2, 8] : tensor<2x2x8xf32> into tensor<1x2x2x8xf32>
  return %o : tensor<1x2x2x8xf32>
}
