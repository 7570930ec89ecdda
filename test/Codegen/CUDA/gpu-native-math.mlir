// RUN: tessel-opt %s --pass-pipeline='builtin.module(gpu.module(tessel-gpu-native-math))' | FileCheck %s

// math.fma becomes the LLVM intrinsic (fma.rn, no libdevice call); other
// math ops, and types without the instruction, are left alone.
// CHECK-LABEL: gpu.func @kernel
// CHECK: llvm.intr.fma(%{{.*}}, %{{.*}}, %{{.*}}) : (f32, f32, f32) -> f32
// CHECK: llvm.intr.fma(%{{.*}}, %{{.*}}, %{{.*}}) : (vector<2xf16>, vector<2xf16>, vector<2xf16>) -> vector<2xf16>
// CHECK: llvm.intr.fma(%{{.*}}, %{{.*}}, %{{.*}}) : (f64, f64, f64) -> f64
// CHECK: math.floor %{{.*}} : vector<4xf32>
// CHECK: math.sqrt %{{.*}} : f32
// CHECK: math.exp %{{.*}} : f32
// CHECK: math.fma %{{.*}} : bf16
// CHECK: math.floor %{{.*}} : f16
gpu.module @kernels {
  gpu.func @kernel(%a: f32, %h: vector<2xf16>, %v: vector<4xf32>, %d: f64, %b: bf16, %s: f16) kernel {
    %0 = math.fma %a, %a, %a : f32
    %1 = math.fma %h, %h, %h : vector<2xf16>
    %3 = math.fma %d, %d, %d : f64
    %2 = math.floor %v : vector<4xf32>
    %7 = math.sqrt %a : f32
    %8 = math.exp %a : f32
    %9 = math.fma %b, %b, %b : bf16
    %10 = math.floor %s : f16
    gpu.return
  }
}
