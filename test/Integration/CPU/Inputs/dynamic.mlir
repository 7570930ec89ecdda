// A public function with a dynamic shape cannot be exported (errors.mlir).
func.func @d(%x: tensor<?xf32>) -> tensor<?xf32> {
  return %x : tensor<?xf32>
}
