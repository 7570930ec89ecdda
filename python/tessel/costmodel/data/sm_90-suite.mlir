// The tessel-tune suite for cuda: python -m tessel.costmodel.suite --target cuda --ops qmatmul --cases 40 --seed 1
func.func @qmatmul_m4_n1024_k2048_i2_g64_unsigned(%x: tensor<4x2048xf32>, %w: tensor<1024x2048xi2>, %s: tensor<1024x32xf32>) -> tensor<4x1024xf32> {
  %e = tensor.empty() : tensor<4x1024xf32>
  %y = tessel.qmatmul unsigned group_size(64) ins(%x, %w, %s : tensor<4x2048xf32>, tensor<1024x2048xi2>, tensor<1024x32xf32>) outs(%e : tensor<4x1024xf32>) -> tensor<4x1024xf32>
  return %y : tensor<4x1024xf32>
}

func.func @qmatmul_m64_n11008_k1024_i2_g64(%x: tensor<64x1024xf32>, %w: tensor<11008x1024xi2>, %s: tensor<11008x16xf32>) -> tensor<64x11008xf32> {
  %e = tensor.empty() : tensor<64x11008xf32>
  %y = tessel.qmatmul signed group_size(64) ins(%x, %w, %s : tensor<64x1024xf32>, tensor<11008x1024xi2>, tensor<11008x16xf32>) outs(%e : tensor<64x11008xf32>) -> tensor<64x11008xf32>
  return %y : tensor<64x11008xf32>
}

func.func @qmatmul_m64_n11008_k4096_i2_g128(%x: tensor<64x4096xf32>, %w: tensor<11008x4096xi2>, %s: tensor<11008x32xf32>) -> tensor<64x11008xf32> {
  %e = tensor.empty() : tensor<64x11008xf32>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<64x4096xf32>, tensor<11008x4096xi2>, tensor<11008x32xf32>) outs(%e : tensor<64x11008xf32>) -> tensor<64x11008xf32>
  return %y : tensor<64x11008xf32>
}

func.func @qmatmul_m4_n1024_k2048_i2_g32(%x: tensor<4x2048xf32>, %w: tensor<1024x2048xi2>, %s: tensor<1024x64xf32>) -> tensor<4x1024xf32> {
  %e = tensor.empty() : tensor<4x1024xf32>
  %y = tessel.qmatmul signed group_size(32) ins(%x, %w, %s : tensor<4x2048xf32>, tensor<1024x2048xi2>, tensor<1024x64xf32>) outs(%e : tensor<4x1024xf32>) -> tensor<4x1024xf32>
  return %y : tensor<4x1024xf32>
}

func.func @qmatmul_m1_n11008_k4096_i3_g64_unsigned(%x: tensor<1x4096xf32>, %w: tensor<11008x4096xi3>, %s: tensor<11008x64xf32>) -> tensor<1x11008xf32> {
  %e = tensor.empty() : tensor<1x11008xf32>
  %y = tessel.qmatmul unsigned group_size(64) ins(%x, %w, %s : tensor<1x4096xf32>, tensor<11008x4096xi3>, tensor<11008x64xf32>) outs(%e : tensor<1x11008xf32>) -> tensor<1x11008xf32>
  return %y : tensor<1x11008xf32>
}

func.func @qmatmul_m4_n11008_k2048_i3_g64(%x: tensor<4x2048xf32>, %w: tensor<11008x2048xi3>, %s: tensor<11008x32xf32>) -> tensor<4x11008xf32> {
  %e = tensor.empty() : tensor<4x11008xf32>
  %y = tessel.qmatmul signed group_size(64) ins(%x, %w, %s : tensor<4x2048xf32>, tensor<11008x2048xi3>, tensor<11008x32xf32>) outs(%e : tensor<4x11008xf32>) -> tensor<4x11008xf32>
  return %y : tensor<4x11008xf32>
}

func.func @qmatmul_m4_n11008_k2048_i2_g64_unsigned(%x: tensor<4x2048xf32>, %w: tensor<11008x2048xi2>, %s: tensor<11008x32xf32>) -> tensor<4x11008xf32> {
  %e = tensor.empty() : tensor<4x11008xf32>
  %y = tessel.qmatmul unsigned group_size(64) ins(%x, %w, %s : tensor<4x2048xf32>, tensor<11008x2048xi2>, tensor<11008x32xf32>) outs(%e : tensor<4x11008xf32>) -> tensor<4x11008xf32>
  return %y : tensor<4x11008xf32>
}

func.func @qmatmul_m1_n2048_k4096_i4_g32_unsigned(%x: tensor<1x4096xf32>, %w: tensor<2048x4096xi4>, %s: tensor<2048x128xf32>) -> tensor<1x2048xf32> {
  %e = tensor.empty() : tensor<1x2048xf32>
  %y = tessel.qmatmul unsigned group_size(32) ins(%x, %w, %s : tensor<1x4096xf32>, tensor<2048x4096xi4>, tensor<2048x128xf32>) outs(%e : tensor<1x2048xf32>) -> tensor<1x2048xf32>
  return %y : tensor<1x2048xf32>
}

func.func @qmatmul_m64_n2048_k2048_i4_g128_unsigned(%x: tensor<64x2048xf32>, %w: tensor<2048x2048xi4>, %s: tensor<2048x16xf32>) -> tensor<64x2048xf32> {
  %e = tensor.empty() : tensor<64x2048xf32>
  %y = tessel.qmatmul unsigned group_size(128) ins(%x, %w, %s : tensor<64x2048xf32>, tensor<2048x2048xi4>, tensor<2048x16xf32>) outs(%e : tensor<64x2048xf32>) -> tensor<64x2048xf32>
  return %y : tensor<64x2048xf32>
}

func.func @qmatmul_m64_n11008_k4096_i2_g64(%x: tensor<64x4096xf32>, %w: tensor<11008x4096xi2>, %s: tensor<11008x64xf32>) -> tensor<64x11008xf32> {
  %e = tensor.empty() : tensor<64x11008xf32>
  %y = tessel.qmatmul signed group_size(64) ins(%x, %w, %s : tensor<64x4096xf32>, tensor<11008x4096xi2>, tensor<11008x64xf32>) outs(%e : tensor<64x11008xf32>) -> tensor<64x11008xf32>
  return %y : tensor<64x11008xf32>
}

func.func @qmatmul_m64_n11008_k4096_i3_g64_unsigned(%x: tensor<64x4096xf32>, %w: tensor<11008x4096xi3>, %s: tensor<11008x64xf32>) -> tensor<64x11008xf32> {
  %e = tensor.empty() : tensor<64x11008xf32>
  %y = tessel.qmatmul unsigned group_size(64) ins(%x, %w, %s : tensor<64x4096xf32>, tensor<11008x4096xi3>, tensor<11008x64xf32>) outs(%e : tensor<64x11008xf32>) -> tensor<64x11008xf32>
  return %y : tensor<64x11008xf32>
}

func.func @qmatmul_m16_n1024_k2048_i2_g32_unsigned(%x: tensor<16x2048xf32>, %w: tensor<1024x2048xi2>, %s: tensor<1024x64xf32>) -> tensor<16x1024xf32> {
  %e = tensor.empty() : tensor<16x1024xf32>
  %y = tessel.qmatmul unsigned group_size(32) ins(%x, %w, %s : tensor<16x2048xf32>, tensor<1024x2048xi2>, tensor<1024x64xf32>) outs(%e : tensor<16x1024xf32>) -> tensor<16x1024xf32>
  return %y : tensor<16x1024xf32>
}

func.func @qmatmul_m64_n4096_k2048_i2_g64(%x: tensor<64x2048xf32>, %w: tensor<4096x2048xi2>, %s: tensor<4096x32xf32>) -> tensor<64x4096xf32> {
  %e = tensor.empty() : tensor<64x4096xf32>
  %y = tessel.qmatmul signed group_size(64) ins(%x, %w, %s : tensor<64x2048xf32>, tensor<4096x2048xi2>, tensor<4096x32xf32>) outs(%e : tensor<64x4096xf32>) -> tensor<64x4096xf32>
  return %y : tensor<64x4096xf32>
}

func.func @qmatmul_m64_n2048_k1024_i3_g32_unsigned(%x: tensor<64x1024xf32>, %w: tensor<2048x1024xi3>, %s: tensor<2048x32xf32>) -> tensor<64x2048xf32> {
  %e = tensor.empty() : tensor<64x2048xf32>
  %y = tessel.qmatmul unsigned group_size(32) ins(%x, %w, %s : tensor<64x1024xf32>, tensor<2048x1024xi3>, tensor<2048x32xf32>) outs(%e : tensor<64x2048xf32>) -> tensor<64x2048xf32>
  return %y : tensor<64x2048xf32>
}

func.func @qmatmul_m4_n11008_k4096_i4_g128(%x: tensor<4x4096xf32>, %w: tensor<11008x4096xi4>, %s: tensor<11008x32xf32>) -> tensor<4x11008xf32> {
  %e = tensor.empty() : tensor<4x11008xf32>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<4x4096xf32>, tensor<11008x4096xi4>, tensor<11008x32xf32>) outs(%e : tensor<4x11008xf32>) -> tensor<4x11008xf32>
  return %y : tensor<4x11008xf32>
}

func.func @qmatmul_m16_n1024_k2048_i3_g128_unsigned(%x: tensor<16x2048xf32>, %w: tensor<1024x2048xi3>, %s: tensor<1024x16xf32>) -> tensor<16x1024xf32> {
  %e = tensor.empty() : tensor<16x1024xf32>
  %y = tessel.qmatmul unsigned group_size(128) ins(%x, %w, %s : tensor<16x2048xf32>, tensor<1024x2048xi3>, tensor<1024x16xf32>) outs(%e : tensor<16x1024xf32>) -> tensor<16x1024xf32>
  return %y : tensor<16x1024xf32>
}

func.func @qmatmul_m4_n11008_k1024_i8_g64_unsigned(%x: tensor<4x1024xf32>, %w: tensor<11008x1024xi8>, %s: tensor<11008x16xf32>) -> tensor<4x11008xf32> {
  %e = tensor.empty() : tensor<4x11008xf32>
  %y = tessel.qmatmul unsigned group_size(64) ins(%x, %w, %s : tensor<4x1024xf32>, tensor<11008x1024xi8>, tensor<11008x16xf32>) outs(%e : tensor<4x11008xf32>) -> tensor<4x11008xf32>
  return %y : tensor<4x11008xf32>
}

func.func @qmatmul_m4_n11008_k2048_i4_g64(%x: tensor<4x2048xf32>, %w: tensor<11008x2048xi4>, %s: tensor<11008x32xf32>) -> tensor<4x11008xf32> {
  %e = tensor.empty() : tensor<4x11008xf32>
  %y = tessel.qmatmul signed group_size(64) ins(%x, %w, %s : tensor<4x2048xf32>, tensor<11008x2048xi4>, tensor<11008x32xf32>) outs(%e : tensor<4x11008xf32>) -> tensor<4x11008xf32>
  return %y : tensor<4x11008xf32>
}

func.func @qmatmul_m16_n11008_k4096_i2_g32_unsigned(%x: tensor<16x4096xf32>, %w: tensor<11008x4096xi2>, %s: tensor<11008x128xf32>) -> tensor<16x11008xf32> {
  %e = tensor.empty() : tensor<16x11008xf32>
  %y = tessel.qmatmul unsigned group_size(32) ins(%x, %w, %s : tensor<16x4096xf32>, tensor<11008x4096xi2>, tensor<11008x128xf32>) outs(%e : tensor<16x11008xf32>) -> tensor<16x11008xf32>
  return %y : tensor<16x11008xf32>
}

func.func @qmatmul_m4_n1024_k4096_i4_g32_unsigned(%x: tensor<4x4096xf32>, %w: tensor<1024x4096xi4>, %s: tensor<1024x128xf32>) -> tensor<4x1024xf32> {
  %e = tensor.empty() : tensor<4x1024xf32>
  %y = tessel.qmatmul unsigned group_size(32) ins(%x, %w, %s : tensor<4x4096xf32>, tensor<1024x4096xi4>, tensor<1024x128xf32>) outs(%e : tensor<4x1024xf32>) -> tensor<4x1024xf32>
  return %y : tensor<4x1024xf32>
}

func.func @qmatmul_m1_n1024_k1024_i8_g32_unsigned(%x: tensor<1x1024xf32>, %w: tensor<1024x1024xi8>, %s: tensor<1024x32xf32>) -> tensor<1x1024xf32> {
  %e = tensor.empty() : tensor<1x1024xf32>
  %y = tessel.qmatmul unsigned group_size(32) ins(%x, %w, %s : tensor<1x1024xf32>, tensor<1024x1024xi8>, tensor<1024x32xf32>) outs(%e : tensor<1x1024xf32>) -> tensor<1x1024xf32>
  return %y : tensor<1x1024xf32>
}

func.func @qmatmul_m16_n2048_k2048_i2_g128(%x: tensor<16x2048xf32>, %w: tensor<2048x2048xi2>, %s: tensor<2048x16xf32>) -> tensor<16x2048xf32> {
  %e = tensor.empty() : tensor<16x2048xf32>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<16x2048xf32>, tensor<2048x2048xi2>, tensor<2048x16xf32>) outs(%e : tensor<16x2048xf32>) -> tensor<16x2048xf32>
  return %y : tensor<16x2048xf32>
}

func.func @qmatmul_m16_n1024_k1024_i3_g64_unsigned(%x: tensor<16x1024xf32>, %w: tensor<1024x1024xi3>, %s: tensor<1024x16xf32>) -> tensor<16x1024xf32> {
  %e = tensor.empty() : tensor<16x1024xf32>
  %y = tessel.qmatmul unsigned group_size(64) ins(%x, %w, %s : tensor<16x1024xf32>, tensor<1024x1024xi3>, tensor<1024x16xf32>) outs(%e : tensor<16x1024xf32>) -> tensor<16x1024xf32>
  return %y : tensor<16x1024xf32>
}

func.func @qmatmul_m4_n4096_k4096_i4_g64_unsigned(%x: tensor<4x4096xf32>, %w: tensor<4096x4096xi4>, %s: tensor<4096x64xf32>) -> tensor<4x4096xf32> {
  %e = tensor.empty() : tensor<4x4096xf32>
  %y = tessel.qmatmul unsigned group_size(64) ins(%x, %w, %s : tensor<4x4096xf32>, tensor<4096x4096xi4>, tensor<4096x64xf32>) outs(%e : tensor<4x4096xf32>) -> tensor<4x4096xf32>
  return %y : tensor<4x4096xf32>
}

func.func @qmatmul_m64_n2048_k2048_i2_g64_unsigned(%x: tensor<64x2048xf32>, %w: tensor<2048x2048xi2>, %s: tensor<2048x32xf32>) -> tensor<64x2048xf32> {
  %e = tensor.empty() : tensor<64x2048xf32>
  %y = tessel.qmatmul unsigned group_size(64) ins(%x, %w, %s : tensor<64x2048xf32>, tensor<2048x2048xi2>, tensor<2048x32xf32>) outs(%e : tensor<64x2048xf32>) -> tensor<64x2048xf32>
  return %y : tensor<64x2048xf32>
}

func.func @qmatmul_m4_n11008_k1024_i3_g32(%x: tensor<4x1024xf32>, %w: tensor<11008x1024xi3>, %s: tensor<11008x32xf32>) -> tensor<4x11008xf32> {
  %e = tensor.empty() : tensor<4x11008xf32>
  %y = tessel.qmatmul signed group_size(32) ins(%x, %w, %s : tensor<4x1024xf32>, tensor<11008x1024xi3>, tensor<11008x32xf32>) outs(%e : tensor<4x11008xf32>) -> tensor<4x11008xf32>
  return %y : tensor<4x11008xf32>
}

func.func @qmatmul_m1_n2048_k2048_i8_g128_unsigned(%x: tensor<1x2048xf32>, %w: tensor<2048x2048xi8>, %s: tensor<2048x16xf32>) -> tensor<1x2048xf32> {
  %e = tensor.empty() : tensor<1x2048xf32>
  %y = tessel.qmatmul unsigned group_size(128) ins(%x, %w, %s : tensor<1x2048xf32>, tensor<2048x2048xi8>, tensor<2048x16xf32>) outs(%e : tensor<1x2048xf32>) -> tensor<1x2048xf32>
  return %y : tensor<1x2048xf32>
}

func.func @qmatmul_m64_n2048_k4096_i2_g64_unsigned(%x: tensor<64x4096xf32>, %w: tensor<2048x4096xi2>, %s: tensor<2048x64xf32>) -> tensor<64x2048xf32> {
  %e = tensor.empty() : tensor<64x2048xf32>
  %y = tessel.qmatmul unsigned group_size(64) ins(%x, %w, %s : tensor<64x4096xf32>, tensor<2048x4096xi2>, tensor<2048x64xf32>) outs(%e : tensor<64x2048xf32>) -> tensor<64x2048xf32>
  return %y : tensor<64x2048xf32>
}

func.func @qmatmul_m16_n11008_k1024_i4_g32_unsigned(%x: tensor<16x1024xf32>, %w: tensor<11008x1024xi4>, %s: tensor<11008x32xf32>) -> tensor<16x11008xf32> {
  %e = tensor.empty() : tensor<16x11008xf32>
  %y = tessel.qmatmul unsigned group_size(32) ins(%x, %w, %s : tensor<16x1024xf32>, tensor<11008x1024xi4>, tensor<11008x32xf32>) outs(%e : tensor<16x11008xf32>) -> tensor<16x11008xf32>
  return %y : tensor<16x11008xf32>
}

func.func @qmatmul_m1_n4096_k1024_i2_g64_unsigned(%x: tensor<1x1024xf32>, %w: tensor<4096x1024xi2>, %s: tensor<4096x16xf32>) -> tensor<1x4096xf32> {
  %e = tensor.empty() : tensor<1x4096xf32>
  %y = tessel.qmatmul unsigned group_size(64) ins(%x, %w, %s : tensor<1x1024xf32>, tensor<4096x1024xi2>, tensor<4096x16xf32>) outs(%e : tensor<1x4096xf32>) -> tensor<1x4096xf32>
  return %y : tensor<1x4096xf32>
}

func.func @qmatmul_m16_n2048_k2048_i4_g32(%x: tensor<16x2048xf32>, %w: tensor<2048x2048xi4>, %s: tensor<2048x64xf32>) -> tensor<16x2048xf32> {
  %e = tensor.empty() : tensor<16x2048xf32>
  %y = tessel.qmatmul signed group_size(32) ins(%x, %w, %s : tensor<16x2048xf32>, tensor<2048x2048xi4>, tensor<2048x64xf32>) outs(%e : tensor<16x2048xf32>) -> tensor<16x2048xf32>
  return %y : tensor<16x2048xf32>
}

func.func @qmatmul_m1_n2048_k4096_i8_g32_unsigned(%x: tensor<1x4096xf32>, %w: tensor<2048x4096xi8>, %s: tensor<2048x128xf32>) -> tensor<1x2048xf32> {
  %e = tensor.empty() : tensor<1x2048xf32>
  %y = tessel.qmatmul unsigned group_size(32) ins(%x, %w, %s : tensor<1x4096xf32>, tensor<2048x4096xi8>, tensor<2048x128xf32>) outs(%e : tensor<1x2048xf32>) -> tensor<1x2048xf32>
  return %y : tensor<1x2048xf32>
}

func.func @qmatmul_m1_n11008_k1024_i4_g32(%x: tensor<1x1024xf32>, %w: tensor<11008x1024xi4>, %s: tensor<11008x32xf32>) -> tensor<1x11008xf32> {
  %e = tensor.empty() : tensor<1x11008xf32>
  %y = tessel.qmatmul signed group_size(32) ins(%x, %w, %s : tensor<1x1024xf32>, tensor<11008x1024xi4>, tensor<11008x32xf32>) outs(%e : tensor<1x11008xf32>) -> tensor<1x11008xf32>
  return %y : tensor<1x11008xf32>
}

func.func @qmatmul_m64_n2048_k2048_i2_g128(%x: tensor<64x2048xf32>, %w: tensor<2048x2048xi2>, %s: tensor<2048x16xf32>) -> tensor<64x2048xf32> {
  %e = tensor.empty() : tensor<64x2048xf32>
  %y = tessel.qmatmul signed group_size(128) ins(%x, %w, %s : tensor<64x2048xf32>, tensor<2048x2048xi2>, tensor<2048x16xf32>) outs(%e : tensor<64x2048xf32>) -> tensor<64x2048xf32>
  return %y : tensor<64x2048xf32>
}

func.func @qmatmul_m64_n1024_k2048_i8_g64(%x: tensor<64x2048xf32>, %w: tensor<1024x2048xi8>, %s: tensor<1024x32xf32>) -> tensor<64x1024xf32> {
  %e = tensor.empty() : tensor<64x1024xf32>
  %y = tessel.qmatmul signed group_size(64) ins(%x, %w, %s : tensor<64x2048xf32>, tensor<1024x2048xi8>, tensor<1024x32xf32>) outs(%e : tensor<64x1024xf32>) -> tensor<64x1024xf32>
  return %y : tensor<64x1024xf32>
}

func.func @qmatmul_m4_n4096_k4096_i3_g64(%x: tensor<4x4096xf32>, %w: tensor<4096x4096xi3>, %s: tensor<4096x64xf32>) -> tensor<4x4096xf32> {
  %e = tensor.empty() : tensor<4x4096xf32>
  %y = tessel.qmatmul signed group_size(64) ins(%x, %w, %s : tensor<4x4096xf32>, tensor<4096x4096xi3>, tensor<4096x64xf32>) outs(%e : tensor<4x4096xf32>) -> tensor<4x4096xf32>
  return %y : tensor<4x4096xf32>
}

func.func @qmatmul_m16_n1024_k2048_i4_g128_unsigned(%x: tensor<16x2048xf32>, %w: tensor<1024x2048xi4>, %s: tensor<1024x16xf32>) -> tensor<16x1024xf32> {
  %e = tensor.empty() : tensor<16x1024xf32>
  %y = tessel.qmatmul unsigned group_size(128) ins(%x, %w, %s : tensor<16x2048xf32>, tensor<1024x2048xi4>, tensor<1024x16xf32>) outs(%e : tensor<16x1024xf32>) -> tensor<16x1024xf32>
  return %y : tensor<16x1024xf32>
}

func.func @qmatmul_m4_n1024_k4096_i2_g32(%x: tensor<4x4096xf32>, %w: tensor<1024x4096xi2>, %s: tensor<1024x128xf32>) -> tensor<4x1024xf32> {
  %e = tensor.empty() : tensor<4x1024xf32>
  %y = tessel.qmatmul signed group_size(32) ins(%x, %w, %s : tensor<4x4096xf32>, tensor<1024x4096xi2>, tensor<1024x128xf32>) outs(%e : tensor<4x1024xf32>) -> tensor<4x1024xf32>
  return %y : tensor<4x1024xf32>
}

func.func @qmatmul_m4_n2048_k2048_i4_g128_unsigned(%x: tensor<4x2048xf32>, %w: tensor<2048x2048xi4>, %s: tensor<2048x16xf32>) -> tensor<4x2048xf32> {
  %e = tensor.empty() : tensor<4x2048xf32>
  %y = tessel.qmatmul unsigned group_size(128) ins(%x, %w, %s : tensor<4x2048xf32>, tensor<2048x2048xi4>, tensor<2048x16xf32>) outs(%e : tensor<4x2048xf32>) -> tensor<4x2048xf32>
  return %y : tensor<4x2048xf32>
}

func.func @qmatmul_m16_n4096_k2048_i4_g32(%x: tensor<16x2048xf32>, %w: tensor<4096x2048xi4>, %s: tensor<4096x64xf32>) -> tensor<16x4096xf32> {
  %e = tensor.empty() : tensor<16x4096xf32>
  %y = tessel.qmatmul signed group_size(32) ins(%x, %w, %s : tensor<16x2048xf32>, tensor<4096x2048xi4>, tensor<4096x64xf32>) outs(%e : tensor<16x4096xf32>) -> tensor<16x4096xf32>
  return %y : tensor<16x4096xf32>
}
