func.func @rows(%x: tensor<4x16xf32>) -> tensor<4x8xf32> {
  %init = tensor.empty() : tensor<4x8xf32>
  %y = tessel.softmax online dimension(1) ins(%x : tensor<4x16xf32>) outs(%init : tensor<4x8xf32>) -> tensor<4x8xf32>
  return %y : tensor<4x8xf32>
}
