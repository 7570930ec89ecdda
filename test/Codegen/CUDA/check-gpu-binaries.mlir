// tessel-check-gpu-binaries: PTX that still declares a libdevice function
// (no CUDA toolkit was found to link libdevice in) gets a warning naming
// it; PTX without one, and binaries that are not PTX, get none.

// RUN: tessel-opt %s --tessel-check-gpu-binaries --verify-diagnostics -o /dev/null

// expected-warning @below {{kernel module 'unlinked' calls '__nv_floorf' from libdevice, which was not linked in (no CUDA toolkit was found: set CUDA_HOME or CUDA_ROOT); it will fail to load on the GPU}}
gpu.binary @unlinked [#gpu.object<#nvvm.target<chip = "sm_90a">, assembly = ".version 8.0\0A.target sm_90a\0A.extern .func  (.param .b32 func_retval0) __nv_floorf\0A(\0A\09.param .b32 __nv_floorf_param_0\0A)\0A;\0A.visible .entry k() { ret; }\0A">]

gpu.binary @linked [#gpu.object<#nvvm.target<chip = "sm_90a">, assembly = ".version 8.0\0A.target sm_90a\0A.visible .entry k() { cvt.rmi.f32.f32 %f1, %f1; ret; }\0A">]

// An external function that is not libdevice's.
gpu.binary @other_extern [#gpu.object<#nvvm.target<chip = "sm_90a">, assembly = ".extern .func vprintf\0A(\0A)\0A;\0A">]

gpu.binary @cubin [#gpu.object<#nvvm.target<chip = "sm_90a">, bin = "__nv_floorf">]
