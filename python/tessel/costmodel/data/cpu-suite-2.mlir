// The tessel-tune suite for cpu: python -m tessel.costmodel.suite --target cpu --ops attention,qmatmul --cases 20 --seed 2
func.func @attention_b1_h2_g1_q256_k256_d128(%q: tensor<1x2x256x128xf32>, %k: tensor<1x2x256x128xf32>, %v: tensor<1x2x256x128xf32>) -> tensor<1x2x256x128xf32> {
  %e = tensor.empty() : tensor<1x2x256x128xf32>
  %o = tessel.attention ins(%q, %k, %v : tensor<1x2x256x128xf32>, tensor<1x2x256x128xf32>, tensor<1x2x256x128xf32>) outs(%e : tensor<1x2x256x128xf32>) -> tensor<1x2x256x128xf32>
  return %o : tensor<1x2x256x128xf32>
}

func.func @attention_b2_h8_g1_q1024_k1024_d128_causal(%q: tensor<2x8x1024x128xf32>, %k: tensor<2x8x1024x128xf32>, %v: tensor<2x8x1024x128xf32>) -> tensor<2x8x1024x128xf32> {
  %e = tensor.empty() : tensor<2x8x1024x128xf32>
  %o = tessel.attention causal ins(%q, %k, %v : tensor<2x8x1024x128xf32>, tensor<2x8x1024x128xf32>, tensor<2x8x1024x128xf32>) outs(%e : tensor<2x8x1024x128xf32>) -> tensor<2x8x1024x128xf32>
  return %o : tensor<2x8x1024x128xf32>
}

func.func @attention_b2_h8_g2_q1024_k1024_d64(%q: tensor<2x8x1024x64xf32>, %k: tensor<2x4x1024x64xf32>, %v: tensor<2x4x1024x64xf32>) -> tensor<2x8x1024x64xf32> {
  %e = tensor.empty() : tensor<2x8x1024x64xf32>
  %o = tessel.attention ins(%q, %k, %v : tensor<2x8x1024x64xf32>, tensor<2x4x1024x64xf32>, tensor<2x4x1024x64xf32>) outs(%e : tensor<2x8x1024x64xf32>) -> tensor<2x8x1024x64xf32>
  return %o : tensor<2x8x1024x64xf32>
}

func.func @attention_b1_h2_g2_q512_k512_d64(%q: tensor<1x2x512x64xf32>, %k: tensor<1x1x512x64xf32>, %v: tensor<1x1x512x64xf32>) -> tensor<1x2x512x64xf32> {
  %e = tensor.empty() : tensor<1x2x512x64xf32>
  %o = tessel.attention ins(%q, %k, %v : tensor<1x2x512x64xf32>, tensor<1x1x512x64xf32>, tensor<1x1x512x64xf32>) outs(%e : tensor<1x2x512x64xf32>) -> tensor<1x2x512x64xf32>
  return %o : tensor<1x2x512x64xf32>
}

func.func @attention_b1_h8_g1_q128_k128_d32_causal(%q: tensor<1x8x128x32xf32>, %k: tensor<1x8x128x32xf32>, %v: tensor<1x8x128x32xf32>) -> tensor<1x8x128x32xf32> {
  %e = tensor.empty() : tensor<1x8x128x32xf32>
  %o = tessel.attention causal ins(%q, %k, %v : tensor<1x8x128x32xf32>, tensor<1x8x128x32xf32>, tensor<1x8x128x32xf32>) outs(%e : tensor<1x8x128x32xf32>) -> tensor<1x8x128x32xf32>
  return %o : tensor<1x8x128x32xf32>
}

func.func @attention_b1_h8_g4_q256_k256_d128_causal(%q: tensor<1x8x256x128xf32>, %k: tensor<1x2x256x128xf32>, %v: tensor<1x2x256x128xf32>) -> tensor<1x8x256x128xf32> {
  %e = tensor.empty() : tensor<1x8x256x128xf32>
  %o = tessel.attention causal ins(%q, %k, %v : tensor<1x8x256x128xf32>, tensor<1x2x256x128xf32>, tensor<1x2x256x128xf32>) outs(%e : tensor<1x8x256x128xf32>) -> tensor<1x8x256x128xf32>
  return %o : tensor<1x8x256x128xf32>
}

func.func @attention_b2_h4_g4_q256_k1024_d128_causal(%q: tensor<2x4x256x128xf32>, %k: tensor<2x1x1024x128xf32>, %v: tensor<2x1x1024x128xf32>) -> tensor<2x4x256x128xf32> {
  %e = tensor.empty() : tensor<2x4x256x128xf32>
  %o = tessel.attention causal ins(%q, %k, %v : tensor<2x4x256x128xf32>, tensor<2x1x1024x128xf32>, tensor<2x1x1024x128xf32>) outs(%e : tensor<2x4x256x128xf32>) -> tensor<2x4x256x128xf32>
  return %o : tensor<2x4x256x128xf32>
}

func.func @attention_b2_h2_g2_q512_k512_d32_causal(%q: tensor<2x2x512x32xf32>, %k: tensor<2x1x512x32xf32>, %v: tensor<2x1x512x32xf32>) -> tensor<2x2x512x32xf32> {
  %e = tensor.empty() : tensor<2x2x512x32xf32>
  %o = tessel.attention causal ins(%q, %k, %v : tensor<2x2x512x32xf32>, tensor<2x1x512x32xf32>, tensor<2x1x512x32xf32>) outs(%e : tensor<2x2x512x32xf32>) -> tensor<2x2x512x32xf32>
  return %o : tensor<2x2x512x32xf32>
}

func.func @attention_b2_h8_g4_q256_k256_d64(%q: tensor<2x8x256x64xf32>, %k: tensor<2x2x256x64xf32>, %v: tensor<2x2x256x64xf32>) -> tensor<2x8x256x64xf32> {
  %e = tensor.empty() : tensor<2x8x256x64xf32>
  %o = tessel.attention ins(%q, %k, %v : tensor<2x8x256x64xf32>, tensor<2x2x256x64xf32>, tensor<2x2x256x64xf32>) outs(%e : tensor<2x8x256x64xf32>) -> tensor<2x8x256x64xf32>
  return %o : tensor<2x8x256x64xf32>
}

func.func @attention_b2_h4_g4_q1024_k1024_d64(%q: tensor<2x4x1024x64xf32>, %k: tensor<2x1x1024x64xf32>, %v: tensor<2x1x1024x64xf32>) -> tensor<2x4x1024x64xf32> {
  %e = tensor.empty() : tensor<2x4x1024x64xf32>
  %o = tessel.attention ins(%q, %k, %v : tensor<2x4x1024x64xf32>, tensor<2x1x1024x64xf32>, tensor<2x1x1024x64xf32>) outs(%e : tensor<2x4x1024x64xf32>) -> tensor<2x4x1024x64xf32>
  return %o : tensor<2x4x1024x64xf32>
}

func.func @attention_b2_h8_g1_q1024_k1024_d64_causal(%q: tensor<2x8x1024x64xf32>, %k: tensor<2x8x1024x64xf32>, %v: tensor<2x8x1024x64xf32>) -> tensor<2x8x1024x64xf32> {
  %e = tensor.empty() : tensor<2x8x1024x64xf32>
  %o = tessel.attention causal ins(%q, %k, %v : tensor<2x8x1024x64xf32>, tensor<2x8x1024x64xf32>, tensor<2x8x1024x64xf32>) outs(%e : tensor<2x8x1024x64xf32>) -> tensor<2x8x1024x64xf32>
  return %o : tensor<2x8x1024x64xf32>
}

func.func @attention_b2_h4_g4_q128_k128_d64(%q: tensor<2x4x128x64xf32>, %k: tensor<2x1x128x64xf32>, %v: tensor<2x1x128x64xf32>) -> tensor<2x4x128x64xf32> {
  %e = tensor.empty() : tensor<2x4x128x64xf32>
  %o = tessel.attention ins(%q, %k, %v : tensor<2x4x128x64xf32>, tensor<2x1x128x64xf32>, tensor<2x1x128x64xf32>) outs(%e : tensor<2x4x128x64xf32>) -> tensor<2x4x128x64xf32>
  return %o : tensor<2x4x128x64xf32>
}

func.func @attention_b1_h4_g4_q64_k64_d128_causal(%q: tensor<1x4x64x128xf32>, %k: tensor<1x1x64x128xf32>, %v: tensor<1x1x64x128xf32>) -> tensor<1x4x64x128xf32> {
  %e = tensor.empty() : tensor<1x4x64x128xf32>
  %o = tessel.attention causal ins(%q, %k, %v : tensor<1x4x64x128xf32>, tensor<1x1x64x128xf32>, tensor<1x1x64x128xf32>) outs(%e : tensor<1x4x64x128xf32>) -> tensor<1x4x64x128xf32>
  return %o : tensor<1x4x64x128xf32>
}

func.func @attention_b1_h4_g4_q128_k128_d32(%q: tensor<1x4x128x32xf32>, %k: tensor<1x1x128x32xf32>, %v: tensor<1x1x128x32xf32>) -> tensor<1x4x128x32xf32> {
  %e = tensor.empty() : tensor<1x4x128x32xf32>
  %o = tessel.attention ins(%q, %k, %v : tensor<1x4x128x32xf32>, tensor<1x1x128x32xf32>, tensor<1x1x128x32xf32>) outs(%e : tensor<1x4x128x32xf32>) -> tensor<1x4x128x32xf32>
  return %o : tensor<1x4x128x32xf32>
}

func.func @attention_b1_h4_g1_q64_k128_d64(%q: tensor<1x4x64x64xf32>, %k: tensor<1x4x128x64xf32>, %v: tensor<1x4x128x64xf32>) -> tensor<1x4x64x64xf32> {
  %e = tensor.empty() : tensor<1x4x64x64xf32>
  %o = tessel.attention ins(%q, %k, %v : tensor<1x4x64x64xf32>, tensor<1x4x128x64xf32>, tensor<1x4x128x64xf32>) outs(%e : tensor<1x4x64x64xf32>) -> tensor<1x4x64x64xf32>
  return %o : tensor<1x4x64x64xf32>
}

func.func @attention_b1_h2_g2_q256_k256_d128_causal(%q: tensor<1x2x256x128xf32>, %k: tensor<1x1x256x128xf32>, %v: tensor<1x1x256x128xf32>) -> tensor<1x2x256x128xf32> {
  %e = tensor.empty() : tensor<1x2x256x128xf32>
  %o = tessel.attention causal ins(%q, %k, %v : tensor<1x2x256x128xf32>, tensor<1x1x256x128xf32>, tensor<1x1x256x128xf32>) outs(%e : tensor<1x2x256x128xf32>) -> tensor<1x2x256x128xf32>
  return %o : tensor<1x2x256x128xf32>
}

func.func @attention_b1_h2_g1_q64_k64_d32_causal(%q: tensor<1x2x64x32xf32>, %k: tensor<1x2x64x32xf32>, %v: tensor<1x2x64x32xf32>) -> tensor<1x2x64x32xf32> {
  %e = tensor.empty() : tensor<1x2x64x32xf32>
  %o = tessel.attention causal ins(%q, %k, %v : tensor<1x2x64x32xf32>, tensor<1x2x64x32xf32>, tensor<1x2x64x32xf32>) outs(%e : tensor<1x2x64x32xf32>) -> tensor<1x2x64x32xf32>
  return %o : tensor<1x2x64x32xf32>
}

func.func @attention_b1_h2_g1_q1024_k1024_d64(%q: tensor<1x2x1024x64xf32>, %k: tensor<1x2x1024x64xf32>, %v: tensor<1x2x1024x64xf32>) -> tensor<1x2x1024x64xf32> {
  %e = tensor.empty() : tensor<1x2x1024x64xf32>
  %o = tessel.attention ins(%q, %k, %v : tensor<1x2x1024x64xf32>, tensor<1x2x1024x64xf32>, tensor<1x2x1024x64xf32>) outs(%e : tensor<1x2x1024x64xf32>) -> tensor<1x2x1024x64xf32>
  return %o : tensor<1x2x1024x64xf32>
}

func.func @attention_b1_h2_g1_q64_k64_d128(%q: tensor<1x2x64x128xf32>, %k: tensor<1x2x64x128xf32>, %v: tensor<1x2x64x128xf32>) -> tensor<1x2x64x128xf32> {
  %e = tensor.empty() : tensor<1x2x64x128xf32>
  %o = tessel.attention ins(%q, %k, %v : tensor<1x2x64x128xf32>, tensor<1x2x64x128xf32>, tensor<1x2x64x128xf32>) outs(%e : tensor<1x2x64x128xf32>) -> tensor<1x2x64x128xf32>
  return %o : tensor<1x2x64x128xf32>
}

func.func @attention_b1_h4_g2_q512_k512_d64(%q: tensor<1x4x512x64xf32>, %k: tensor<1x2x512x64xf32>, %v: tensor<1x2x512x64xf32>) -> tensor<1x4x512x64xf32> {
  %e = tensor.empty() : tensor<1x4x512x64xf32>
  %o = tessel.attention ins(%q, %k, %v : tensor<1x4x512x64xf32>, tensor<1x2x512x64xf32>, tensor<1x2x512x64xf32>) outs(%e : tensor<1x4x512x64xf32>) -> tensor<1x4x512x64xf32>
  return %o : tensor<1x4x512x64xf32>
}

func.func @qmatmul_m1_n1024_k4096_i3_g64_unsigned(%x: tensor<1x4096xf32>, %w: tensor<1024x4096xi3>, %s: tensor<1024x64xf32>) -> tensor<1x1024xf32> {
  %e = tensor.empty() : tensor<1x1024xf32>
  %y = tessel.qmatmul unsigned group_size(64) ins(%x, %w, %s : tensor<1x4096xf32>, tensor<1024x4096xi3>, tensor<1024x64xf32>) outs(%e : tensor<1x1024xf32>) -> tensor<1x1024xf32>
  return %y : tensor<1x1024xf32>
}

func.func @qmatmul_m1_n1024_k512_i2_g64_unsigned(%x: tensor<1x512xf32>, %w: tensor<1024x512xi2>, %s: tensor<1024x8xf32>) -> tensor<1x1024xf32> {
  %e = tensor.empty() : tensor<1x1024xf32>
  %y = tessel.qmatmul unsigned group_size(64) ins(%x, %w, %s : tensor<1x512xf32>, tensor<1024x512xi2>, tensor<1024x8xf32>) outs(%e : tensor<1x1024xf32>) -> tensor<1x1024xf32>
  return %y : tensor<1x1024xf32>
}

func.func @qmatmul_m4_n2048_k4096_i4_g32_unsigned(%x: tensor<4x4096xf32>, %w: tensor<2048x4096xi4>, %s: tensor<2048x128xf32>) -> tensor<4x2048xf32> {
  %e = tensor.empty() : tensor<4x2048xf32>
  %y = tessel.qmatmul unsigned group_size(32) ins(%x, %w, %s : tensor<4x4096xf32>, tensor<2048x4096xi4>, tensor<2048x128xf32>) outs(%e : tensor<4x2048xf32>) -> tensor<4x2048xf32>
  return %y : tensor<4x2048xf32>
}

func.func @qmatmul_m16_n1024_k2048_i8_g128(%x: tensor<16x2048xf32>, %w: tensor<1024x2048xi8>, %s: tensor<1024x16xf32>) -> tensor<16x1024xf32> {
  %e = tensor.empty() : tensor<16x1024xf32>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<16x2048xf32>, tensor<1024x2048xi8>, tensor<1024x16xf32>) outs(%e : tensor<16x1024xf32>) -> tensor<16x1024xf32>
  return %y : tensor<16x1024xf32>
}

func.func @qmatmul_m4_n256_k2048_i2_g32(%x: tensor<4x2048xf32>, %w: tensor<256x2048xi2>, %s: tensor<256x64xf32>) -> tensor<4x256xf32> {
  %e = tensor.empty() : tensor<4x256xf32>
  %y = tessel.qmatmul signed group_size(32) ins(%x, %w, %s : tensor<4x2048xf32>, tensor<256x2048xi2>, tensor<256x64xf32>) outs(%e : tensor<4x256xf32>) -> tensor<4x256xf32>
  return %y : tensor<4x256xf32>
}

func.func @qmatmul_m1_n2048_k1024_i2_g32(%x: tensor<1x1024xf32>, %w: tensor<2048x1024xi2>, %s: tensor<2048x32xf32>) -> tensor<1x2048xf32> {
  %e = tensor.empty() : tensor<1x2048xf32>
  %y = tessel.qmatmul signed group_size(32) ins(%x, %w, %s : tensor<1x1024xf32>, tensor<2048x1024xi2>, tensor<2048x32xf32>) outs(%e : tensor<1x2048xf32>) -> tensor<1x2048xf32>
  return %y : tensor<1x2048xf32>
}

func.func @qmatmul_m64_n256_k2048_i2_g128(%x: tensor<64x2048xf32>, %w: tensor<256x2048xi2>, %s: tensor<256x16xf32>) -> tensor<64x256xf32> {
  %e = tensor.empty() : tensor<64x256xf32>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<64x2048xf32>, tensor<256x2048xi2>, tensor<256x16xf32>) outs(%e : tensor<64x256xf32>) -> tensor<64x256xf32>
  return %y : tensor<64x256xf32>
}

func.func @qmatmul_m16_n1024_k4096_i4_g128_unsigned(%x: tensor<16x4096xf32>, %w: tensor<1024x4096xi4>, %s: tensor<1024x32xf32>) -> tensor<16x1024xf32> {
  %e = tensor.empty() : tensor<16x1024xf32>
  %y = tessel.qmatmul unsigned group_size(128) ins(%x, %w, %s : tensor<16x4096xf32>, tensor<1024x4096xi4>, tensor<1024x32xf32>) outs(%e : tensor<16x1024xf32>) -> tensor<16x1024xf32>
  return %y : tensor<16x1024xf32>
}

func.func @qmatmul_m4_n256_k4096_i8_g32(%x: tensor<4x4096xf32>, %w: tensor<256x4096xi8>, %s: tensor<256x128xf32>) -> tensor<4x256xf32> {
  %e = tensor.empty() : tensor<4x256xf32>
  %y = tessel.qmatmul signed group_size(32) ins(%x, %w, %s : tensor<4x4096xf32>, tensor<256x4096xi8>, tensor<256x128xf32>) outs(%e : tensor<4x256xf32>) -> tensor<4x256xf32>
  return %y : tensor<4x256xf32>
}

func.func @qmatmul_m1_n512_k512_i2_g32(%x: tensor<1x512xf32>, %w: tensor<512x512xi2>, %s: tensor<512x16xf32>) -> tensor<1x512xf32> {
  %e = tensor.empty() : tensor<1x512xf32>
  %y = tessel.qmatmul signed group_size(32) ins(%x, %w, %s : tensor<1x512xf32>, tensor<512x512xi2>, tensor<512x16xf32>) outs(%e : tensor<1x512xf32>) -> tensor<1x512xf32>
  return %y : tensor<1x512xf32>
}

func.func @qmatmul_m4_n256_k1024_i2_g128_unsigned(%x: tensor<4x1024xf32>, %w: tensor<256x1024xi2>, %s: tensor<256x8xf32>) -> tensor<4x256xf32> {
  %e = tensor.empty() : tensor<4x256xf32>
  %y = tessel.qmatmul unsigned group_size(128) ins(%x, %w, %s : tensor<4x1024xf32>, tensor<256x1024xi2>, tensor<256x8xf32>) outs(%e : tensor<4x256xf32>) -> tensor<4x256xf32>
  return %y : tensor<4x256xf32>
}

func.func @qmatmul_m64_n1024_k4096_i3_g128_unsigned(%x: tensor<64x4096xf32>, %w: tensor<1024x4096xi3>, %s: tensor<1024x32xf32>) -> tensor<64x1024xf32> {
  %e = tensor.empty() : tensor<64x1024xf32>
  %y = tessel.qmatmul unsigned group_size(128) ins(%x, %w, %s : tensor<64x4096xf32>, tensor<1024x4096xi3>, tensor<1024x32xf32>) outs(%e : tensor<64x1024xf32>) -> tensor<64x1024xf32>
  return %y : tensor<64x1024xf32>
}

func.func @qmatmul_m4_n2048_k4096_i2_g128_unsigned(%x: tensor<4x4096xf32>, %w: tensor<2048x4096xi2>, %s: tensor<2048x32xf32>) -> tensor<4x2048xf32> {
  %e = tensor.empty() : tensor<4x2048xf32>
  %y = tessel.qmatmul unsigned group_size(128) ins(%x, %w, %s : tensor<4x4096xf32>, tensor<2048x4096xi2>, tensor<2048x32xf32>) outs(%e : tensor<4x2048xf32>) -> tensor<4x2048xf32>
  return %y : tensor<4x2048xf32>
}

func.func @qmatmul_m64_n512_k512_i8_g64(%x: tensor<64x512xf32>, %w: tensor<512x512xi8>, %s: tensor<512x8xf32>) -> tensor<64x512xf32> {
  %e = tensor.empty() : tensor<64x512xf32>
  %y = tessel.qmatmul signed group_size(64) ins(%x, %w, %s : tensor<64x512xf32>, tensor<512x512xi8>, tensor<512x8xf32>) outs(%e : tensor<64x512xf32>) -> tensor<64x512xf32>
  return %y : tensor<64x512xf32>
}

func.func @qmatmul_m1_n1024_k2048_i4_g64(%x: tensor<1x2048xf32>, %w: tensor<1024x2048xi4>, %s: tensor<1024x32xf32>) -> tensor<1x1024xf32> {
  %e = tensor.empty() : tensor<1x1024xf32>
  %y = tessel.qmatmul signed group_size(64) ins(%x, %w, %s : tensor<1x2048xf32>, tensor<1024x2048xi4>, tensor<1024x32xf32>) outs(%e : tensor<1x1024xf32>) -> tensor<1x1024xf32>
  return %y : tensor<1x1024xf32>
}

func.func @qmatmul_m64_n256_k512_i4_g32_unsigned(%x: tensor<64x512xf32>, %w: tensor<256x512xi4>, %s: tensor<256x16xf32>) -> tensor<64x256xf32> {
  %e = tensor.empty() : tensor<64x256xf32>
  %y = tessel.qmatmul unsigned group_size(32) ins(%x, %w, %s : tensor<64x512xf32>, tensor<256x512xi4>, tensor<256x16xf32>) outs(%e : tensor<64x256xf32>) -> tensor<64x256xf32>
  return %y : tensor<64x256xf32>
}

func.func @qmatmul_m1_n2048_k512_i8_g128(%x: tensor<1x512xf32>, %w: tensor<2048x512xi8>, %s: tensor<2048x4xf32>) -> tensor<1x2048xf32> {
  %e = tensor.empty() : tensor<1x2048xf32>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<1x512xf32>, tensor<2048x512xi8>, tensor<2048x4xf32>) outs(%e : tensor<1x2048xf32>) -> tensor<1x2048xf32>
  return %y : tensor<1x2048xf32>
}

func.func @qmatmul_m4_n256_k512_i4_g32(%x: tensor<4x512xf32>, %w: tensor<256x512xi4>, %s: tensor<256x16xf32>) -> tensor<4x256xf32> {
  %e = tensor.empty() : tensor<4x256xf32>
  %y = tessel.qmatmul signed group_size(32) ins(%x, %w, %s : tensor<4x512xf32>, tensor<256x512xi4>, tensor<256x16xf32>) outs(%e : tensor<4x256xf32>) -> tensor<4x256xf32>
  return %y : tensor<4x256xf32>
}

func.func @qmatmul_m1_n512_k4096_i3_g32_unsigned(%x: tensor<1x4096xf32>, %w: tensor<512x4096xi3>, %s: tensor<512x128xf32>) -> tensor<1x512xf32> {
  %e = tensor.empty() : tensor<1x512xf32>
  %y = tessel.qmatmul unsigned group_size(32) ins(%x, %w, %s : tensor<1x4096xf32>, tensor<512x4096xi3>, tensor<512x128xf32>) outs(%e : tensor<1x512xf32>) -> tensor<1x512xf32>
  return %y : tensor<1x512xf32>
}

func.func @qmatmul_m64_n2048_k1024_i4_g64_unsigned(%x: tensor<64x1024xf32>, %w: tensor<2048x1024xi4>, %s: tensor<2048x16xf32>) -> tensor<64x2048xf32> {
  %e = tensor.empty() : tensor<64x2048xf32>
  %y = tessel.qmatmul unsigned group_size(64) ins(%x, %w, %s : tensor<64x1024xf32>, tensor<2048x1024xi4>, tensor<2048x16xf32>) outs(%e : tensor<64x2048xf32>) -> tensor<64x2048xf32>
  return %y : tensor<64x2048xf32>
}
