// Lowering a module that is already lowered (LLVM dialect: llvm.func, whose
// type is no builtin function type) keeps it valid instead of crashing:
// tessel-erase-layouts cast every function's type to FunctionType, which
// segfaulted the release build through tessel-opt, the C API and Python.

// RUN: tessel-opt %s --tessel-cpu-pipeline -o %t.cpu.mlir
// RUN: tessel-opt %t.cpu.mlir --tessel-cpu-pipeline | FileCheck %s
// RUN: tessel-opt %t.cpu.mlir --tessel-cuda-pipeline | FileCheck %s
// RUN: tessel-opt %s --tessel-cuda-pipeline -o %t.cuda.mlir
// RUN: tessel-opt %t.cuda.mlir --tessel-cuda-pipeline -o /dev/null
// RUN: tessel-opt %t.cuda.mlir --tessel-cpu-pipeline -o /dev/null
// RUN: %python -c "import tessel, sys; m = tessel.Context().parse(open(sys.argv[1]).read()); m.lower('cpu'); m.lower('cpu'); m.lower('cuda'); print('lowered three times')" %s | FileCheck %s --check-prefix=PY
// CHECK: llvm.func @softmax
// PY: lowered three times

func.func @softmax(%x: tensor<4x64xf32>) -> tensor<4x64xf32> {
  %e = tensor.empty() : tensor<4x64xf32>
  %y = tessel.softmax three_pass dimension(1) ins(%x : tensor<4x64xf32>) outs(%e : tensor<4x64xf32>) -> tensor<4x64xf32>
  return %y : tensor<4x64xf32>
}
