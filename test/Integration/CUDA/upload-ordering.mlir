// Inputs reach the GPU before the kernels that read them. The runtime's
// uploads once were synchronous cuMemcpyHtoD calls, which run on the legacy
// stream, which the runtime's non-blocking stream does not wait for; from
// pageable memory they return before the DMA ends. This function (1 MiB of
// queries read by a kernel that starts at once) then came out wrong in 7 of
// 40 runs on an H100, and right under compute-sanitizer, which serializes;
// with the copies on the runtime's stream, 0 of 49. Twenty runs, each
// calling twice, on a GPU machine.

// RUN: rm -rf %t && tessel-run %s --target=cuda --bundle=%t --seed=3 --check --hopper-kernels=0
// RUN: %if cuda %{ bash -c 'for i in $(seq 20); do "$0" --bundle="$1" || exit 1; done' tessel-exec %t | FileCheck %s %}

// CHECK: check more_queries result 0 {{.*}} ok
// CHECK-NOT: FAIL

func.func @more_queries(%q: tensor<1x2x4097x64xbf16>, %k: tensor<1x2x129x64xbf16>, %v: tensor<1x2x129x64xbf16>) -> tensor<1x2x4097x64xbf16> {
  %e = tensor.empty() : tensor<1x2x4097x64xbf16>
  %o = tessel.attention causal ins(%q, %k, %v : tensor<1x2x4097x64xbf16>, tensor<1x2x129x64xbf16>, tensor<1x2x129x64xbf16>) outs(%e : tensor<1x2x4097x64xbf16>) -> tensor<1x2x4097x64xbf16>
  return %o : tensor<1x2x4097x64xbf16>
}
