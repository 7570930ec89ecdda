// RUN: tessel-run %s --seed=1 --check | FileCheck %s
// RUN: tessel-run %s --seed=1 --parallel=0 --check | FileCheck %s

// The bundled example model: one Llama-style decoder block on 16 tokens,
// hidden size 256, 4 query heads and 2 key/value heads of 64, causal
// attention, and a SwiGLU MLP of width 512 whose weights are 4-bit,
// group-quantized (groups of 64) `tessel.qmatmul`s. Weights come in as
// arguments. tessel-run compiles it with tessel-cpu-pipeline, runs it on
// seeded random inputs and compares with the float64 reference interpreter;
// tools/scripts/run-example.sh (the README's main job) does the same and
// times it. llama-block-tiling.mlir tiles it with a transform script.

// CHECK: check llama_block result 0 (f32[16x256]): {{.*}} ok

func.func @llama_block(%x: tensor<16x256xf32>,
                       %wq: tensor<256x256xf32>, %wk: tensor<256x128xf32>,
                       %wv: tensor<256x128xf32>, %wo: tensor<256x256xf32>,
                       %wgate: tensor<512x256xi4>, %sgate: tensor<512x4xf32>,
                       %wup: tensor<512x256xi4>, %sup: tensor<512x4xf32>,
                       %wdown: tensor<256x512xi4>, %sdown: tensor<256x8xf32>)
    -> tensor<16x256xf32> {
  %zero = arith.constant 0.0 : f32

  // Projections to queries, keys and values.
  %e256 = tensor.empty() : tensor<16x256xf32>
  %z256 = linalg.fill ins(%zero : f32) outs(%e256 : tensor<16x256xf32>) -> tensor<16x256xf32>
  %e128 = tensor.empty() : tensor<16x128xf32>
  %z128 = linalg.fill ins(%zero : f32) outs(%e128 : tensor<16x128xf32>) -> tensor<16x128xf32>
  %q2 = linalg.matmul ins(%x, %wq : tensor<16x256xf32>, tensor<256x256xf32>) outs(%z256 : tensor<16x256xf32>) -> tensor<16x256xf32>
  %k2 = linalg.matmul ins(%x, %wk : tensor<16x256xf32>, tensor<256x128xf32>) outs(%z128 : tensor<16x128xf32>) -> tensor<16x128xf32>
  %v2 = linalg.matmul ins(%x, %wv : tensor<16x256xf32>, tensor<256x128xf32>) outs(%z128 : tensor<16x128xf32>) -> tensor<16x128xf32>

  // [S, H*D] -> [1, H, S, D].
  %q3 = tensor.expand_shape %q2 [[0, 1], [2, 3]] output_shape [1, 16, 4, 64] : tensor<16x256xf32> into tensor<1x16x4x64xf32>
  %k3 = tensor.expand_shape %k2 [[0, 1], [2, 3]] output_shape [1, 16, 2, 64] : tensor<16x128xf32> into tensor<1x16x2x64xf32>
  %v3 = tensor.expand_shape %v2 [[0, 1], [2, 3]] output_shape [1, 16, 2, 64] : tensor<16x128xf32> into tensor<1x16x2x64xf32>
  %eq = tensor.empty() : tensor<1x4x16x64xf32>
  %ekv = tensor.empty() : tensor<1x2x16x64xf32>
  %q = linalg.transpose ins(%q3 : tensor<1x16x4x64xf32>) outs(%eq : tensor<1x4x16x64xf32>) permutation = [0, 2, 1, 3]
  %k = linalg.transpose ins(%k3 : tensor<1x16x2x64xf32>) outs(%ekv : tensor<1x2x16x64xf32>) permutation = [0, 2, 1, 3]
  %v = linalg.transpose ins(%v3 : tensor<1x16x2x64xf32>) outs(%ekv : tensor<1x2x16x64xf32>) permutation = [0, 2, 1, 3]

  // Grouped-query causal attention.
  %attn = tessel.attention causal
            ins(%q, %k, %v : tensor<1x4x16x64xf32>, tensor<1x2x16x64xf32>, tensor<1x2x16x64xf32>)
            outs(%eq : tensor<1x4x16x64xf32>) -> tensor<1x4x16x64xf32>

  // [1, H, S, D] -> [S, H*D], output projection and residual.
  %et = tensor.empty() : tensor<1x16x4x64xf32>
  %attnT = linalg.transpose ins(%attn : tensor<1x4x16x64xf32>) outs(%et : tensor<1x16x4x64xf32>) permutation = [0, 2, 1, 3]
  %attn2 = tensor.collapse_shape %attnT [[0, 1], [2, 3]] : tensor<1x16x4x64xf32> into tensor<16x256xf32>
  %o = linalg.matmul ins(%attn2, %wo : tensor<16x256xf32>, tensor<256x256xf32>) outs(%z256 : tensor<16x256xf32>) -> tensor<16x256xf32>
  %h = linalg.add ins(%x, %o : tensor<16x256xf32>, tensor<16x256xf32>) outs(%e256 : tensor<16x256xf32>) -> tensor<16x256xf32>

  // SwiGLU MLP with 4-bit weights: down(silu(gate(h)) * up(h)).
  %e512 = tensor.empty() : tensor<16x512xf32>
  %gate = tessel.qmatmul signed group_size(64)
            ins(%h, %wgate, %sgate : tensor<16x256xf32>, tensor<512x256xi4>, tensor<512x4xf32>)
            activation(silu) outs(%e512 : tensor<16x512xf32>) -> tensor<16x512xf32>
  %up = tessel.qmatmul signed group_size(64)
          ins(%h, %wup, %sup : tensor<16x256xf32>, tensor<512x256xi4>, tensor<512x4xf32>)
          outs(%e512 : tensor<16x512xf32>) -> tensor<16x512xf32>
  %act = linalg.mul ins(%gate, %up : tensor<16x512xf32>, tensor<16x512xf32>) outs(%e512 : tensor<16x512xf32>) -> tensor<16x512xf32>
  %down = tessel.qmatmul signed group_size(64)
            ins(%act, %wdown, %sdown : tensor<16x512xf32>, tensor<256x512xi4>, tensor<256x8xf32>)
            outs(%e256 : tensor<16x256xf32>) -> tensor<16x256xf32>
  %out = linalg.add ins(%h, %down : tensor<16x256xf32>, tensor<16x256xf32>) outs(%e256 : tensor<16x256xf32>) -> tensor<16x256xf32>
  return %out : tensor<16x256xf32>
}
