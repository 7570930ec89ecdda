// tessel-run and tessel-tune list Tessel's options, grouped, and none of
// LLVM's or MLIR's internal ones. The pipeline options come from one
// declaration (PipelineOptions.def), so both tools show the same ones.
// RUN: tessel-run --help > %t.run
// RUN: FileCheck %s < %t.run
// RUN: not grep -E -- "--(polly|spv|atomic-first-counter|mlir-)" %t.run
// RUN: tessel-tune --help > %t.tune
// RUN: FileCheck %s --check-prefix=TUNE < %t.tune
// RUN: not grep -E -- "--(polly|spv|atomic-first-counter|mlir-)" %t.tune

// CHECK-DAG: Tessel compilation (CPU and CUDA):
// CHECK-DAG: --cost-model=<string>
// CHECK-DAG: Tessel compilation (CPU):
// CHECK-DAG: --attention-query-tile=<long>
// CHECK-DAG: Tessel compilation (CUDA):
// CHECK-DAG: --qmatmul-warps=<long>
// CHECK-DAG: tessel-run:
// CHECK-DAG: --bench=<int>

// TUNE-DAG: Tessel compilation (CUDA):
// TUNE-DAG: --chip=<string>
// TUNE-DAG: tessel-tune:
// TUNE-DAG: --time-per-config=<number>
