// A chip that LLVM's NVPTX back end does not know is an error of the
// pipeline, not a warning followed by code for a default chip.

// RUN: not tessel-opt %s --tessel-cuda-pipeline="chip=sm_zz" -o /dev/null 2>&1 | FileCheck %s --check-prefix=ZZ
// RUN: not tessel-opt %s --tessel-cuda-pipeline="chip=sm_99" -o /dev/null 2>&1 | FileCheck %s --check-prefix=NINETYNINE
// RUN: tessel-opt %s --tessel-cuda-pipeline="chip=sm_90a" -o /dev/null
// RUN: tessel-opt %s --tessel-cuda-pipeline="chip=sm_80" -o /dev/null

// ZZ-NOT: not a recognized processor
// ZZ: error: tessel-cuda-pipeline: chip 'sm_zz' is not an NVIDIA GPU architecture that LLVM's NVPTX back end knows
// NINETYNINE: error: tessel-cuda-pipeline: chip 'sm_99' is not an NVIDIA GPU architecture

func.func @scale(%x: tensor<8xf32>) -> tensor<8xf32> {
  %e = tensor.empty() : tensor<8xf32>
  %y = linalg.add ins(%x, %x : tensor<8xf32>, tensor<8xf32>) outs(%e : tensor<8xf32>) -> tensor<8xf32>
  return %y : tensor<8xf32>
}
