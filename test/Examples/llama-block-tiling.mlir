// RUN: tessel-opt %S/llama-block.mlir --verify-roundtrip \
// RUN:   -transform-preload-library=transform-library-paths=%s \
// RUN:   -transform-interpreter -canonicalize -cse | FileCheck %s

// Tiles the example model (llama-block.mlir) with upstream SCF tiling through
// the tessel ops' TilingInterface: attention by query head, the quantized
// matmuls by output columns.

// CHECK-LABEL: func.func @llama_block
// CHECK:       scf.for
// CHECK:         tessel.attention causal ins({{.*}} : tensor<1x1x16x64xf32>, tensor<1x1x16x64xf32>, tensor<1x1x16x64xf32>)
// CHECK:       scf.for
// CHECK:         tessel.qmatmul signed group_size(64) {{.*}} activation(silu) outs({{.*}} : tensor<16x128xf32>)
// CHECK:       scf.for
// CHECK:         tessel.qmatmul signed group_size(64) {{.*}} outs({{.*}} : tensor<16x128xf32>)
// CHECK:       scf.for
// CHECK:         tessel.qmatmul signed group_size(64) {{.*}} outs({{.*}} : tensor<16x128xf32>)

module attributes {transform.with_named_sequence} {
  transform.named_sequence @__transform_main(%root: !transform.any_op {transform.readonly}) {
    %attn = transform.structured.match ops{["tessel.attention"]} in %root : (!transform.any_op) -> !transform.any_op
    %t0, %l0 = transform.structured.tile_using_for %attn tile_sizes [0, 1] : (!transform.any_op) -> (!transform.any_op, !transform.any_op)
    %qmm = transform.structured.match ops{["tessel.qmatmul"]} in %root : (!transform.any_op) -> !transform.any_op
    %t1, %l1 = transform.structured.tile_using_for %qmm tile_sizes [0, 128] : (!transform.any_op) -> (!transform.any_op, !transform.any_op)
    transform.yield
  }
}
