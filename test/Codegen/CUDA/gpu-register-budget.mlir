// RUN: tessel-opt %s --pass-pipeline='builtin.module(gpu.module(tessel-gpu-register-budget))' | FileCheck %s

// A kernel that moves registers between warpgroups gets the whole register
// file at launch (nvvm.minctasm = 1); others are left alone.
// CHECK-LABEL: gpu.func @moves
// CHECK-SAME: nvvm.minctasm = 1 : i32
// CHECK-LABEL: gpu.func @plain
// CHECK-NOT: nvvm.minctasm
gpu.module @kernels {
  gpu.func @moves() kernel {
    nvvm.setmaxregister decrease 24
    gpu.return
  }
  gpu.func @plain() kernel {
    gpu.return
  }
}
