// MLIR 22's custom parsers of linalg.transpose, linalg.broadcast and
// linalg.reduce store their integer list without checking that it parsed:
// after their own error the null attribute crashed tessel-opt (a
// segmentation fault, release build too; found by tessel-parse-fuzzer).
// Tessel refuses such text with a diagnostic before parsing it, in
// tessel-opt, tessel-run and the C API (Python); well-formed lists,
// comments and hexadecimal included, still parse, and other malformed text
// still gets the parser's own error.

// RUN: split-file %s %t
// RUN: not tessel-opt %t/transpose-question.mlir -o /dev/null 2>&1 | FileCheck %s --check-prefix=QUESTION
// RUN: not tessel-run %t/transpose-question.mlir 2>&1 | FileCheck %s --check-prefix=QUESTION
// RUN: %python -c "import tessel, sys; c = tessel.Context(); exec('try:\n c.parse(open(sys.argv[1]).read())\nexcept tessel.TesselError as e:\n print(e)')" %t/transpose-question.mlir | FileCheck %s --check-prefix=QUESTION
// RUN: not tessel-opt %t/transpose-bad-element.mlir -o /dev/null 2>&1 | FileCheck %s --check-prefix=ELEMENT
// RUN: not tessel-opt %t/transpose-unclosed.mlir -o /dev/null 2>&1 | FileCheck %s --check-prefix=UNCLOSED
// RUN: not tessel-opt %t/broadcast-overflow.mlir -o /dev/null 2>&1 | FileCheck %s --check-prefix=OVERFLOW
// RUN: not tessel-opt %t/reduce-float.mlir -o /dev/null 2>&1 | FileCheck %s --check-prefix=FLOAT
// RUN: not tessel-opt %t/reduce-long-form.mlir -o /dev/null 2>&1 | FileCheck %s --check-prefix=LONG
// RUN: tessel-opt %t/well-formed.mlir | FileCheck %s --check-prefix=GOOD
// RUN: not tessel-opt %t/parser-error.mlir -o /dev/null 2>&1 | FileCheck %s --check-prefix=PARSER

// QUESTION: :3:19: error: malformed 'permutation' of linalg.transpose: expected a list of 64-bit integers such as [1, 0] (MLIR's parser would crash on it)
// ELEMENT: :3:19: error: malformed 'permutation' of linalg.transpose
// UNCLOSED: :3:19: error: malformed 'permutation' of linalg.transpose
// OVERFLOW: :3:18: error: malformed 'dimensions' of linalg.broadcast
// FLOAT: :3:18: error: malformed 'dimensions' of linalg.reduce
// LONG: :3:18: error: malformed 'dimensions' of linalg.reduce
// GOOD-LABEL: func.func @lists
// GOOD: linalg.transpose {{.*}} permutation = [1, 0]
// GOOD: linalg.transpose {{.*}} permutation = [0, 1]
// GOOD: linalg.broadcast {{.*}} dimensions = [1]
// GOOD: linalg.reduce {{.*}} dimensions = [1]
// GOOD: linalg.reduce {{.*}} dimensions = [0]
// PARSER: error: custom op 'linalg.transpose' expected 'permutation'

//--- transpose-question.mlir
func.func @f(%a: tensor<2x3xf32>, %b: tensor<3x2xf32>) -> tensor<3x2xf32> {
  %t = linalg.transpose ins(%a : tensor<2x3xf32>) outs(%b : tensor<3x2xf32>)
    permutation = ?
  return %t : tensor<3x2xf32>
}
//--- transpose-bad-element.mlir
func.func @f(%a: tensor<2x3xf32>, %b: tensor<3x2xf32>) -> tensor<3x2xf32> {
  %t = linalg.transpose ins(%a : tensor<2x3xf32>) outs(%b : tensor<3x2xf32>)
    permutation = [1, %a]
  return %t : tensor<3x2xf32>
}
//--- transpose-unclosed.mlir
func.func @f(%a: tensor<2x3xf32>, %b: tensor<3x2xf32>) -> tensor<3x2xf32> {
  %t = linalg.transpose ins(%a : tensor<2x3xf32>) outs(%b : tensor<3x2xf32>)
    permutation = [1, 0
  return %t : tensor<3x2xf32>
}
//--- broadcast-overflow.mlir
func.func @f(%a: tensor<2xf32>, %b: tensor<2x3xf32>) -> tensor<2x3xf32> {
  %t = linalg.broadcast ins(%a : tensor<2xf32>) outs(%b : tensor<2x3xf32>)
    dimensions = [99999999999999999999]
  return %t : tensor<2x3xf32>
}
//--- reduce-float.mlir
func.func @f(%a: tensor<2x3xf32>, %b: tensor<2xf32>) -> tensor<2xf32> {
  %r = linalg.reduce { arith.addf } ins(%a : tensor<2x3xf32>) outs(%b : tensor<2xf32>)
    dimensions = [1.5]
  return %r : tensor<2xf32>
}
//--- reduce-long-form.mlir
func.func @f(%a: tensor<2x3xf32>, %b: tensor<2xf32>) -> tensor<2xf32> {
  %r = linalg.reduce ins(%a : tensor<2x3xf32>) outs(%b : tensor<2xf32>)
    dimensions = (%in: f32, %acc: f32) {
      %s = arith.addf %in, %acc : f32
      linalg.yield %s : f32
    }
  return %r : tensor<2xf32>
}
//--- well-formed.mlir
// A comment naming linalg.transpose permutation = ? is not code, nor is
// "linalg.transpose permutation = ?" in a string.
func.func @lists(%a: tensor<2x3xf32>, %b: tensor<3x2xf32>, %c: tensor<2x3xf32>,
                 %v: tensor<2xf32>, %w: tensor<3xf32>) -> (tensor<3x2xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2xf32>, tensor<3xf32>)
    attributes {note = "linalg.transpose permutation = ?"} {
  %t = linalg.transpose ins(%a : tensor<2x3xf32>) outs(%b : tensor<3x2xf32>)
    permutation = [ 1 , // the rows
                    0 ]
  %u = linalg.transpose ins(%a : tensor<2x3xf32>) outs(%c : tensor<2x3xf32>) permutation = [0x0, 0x1]
  %d = linalg.broadcast ins(%v : tensor<2xf32>) outs(%c : tensor<2x3xf32>) dimensions = [1]
  %r = linalg.reduce { arith.addf } ins(%a : tensor<2x3xf32>) outs(%v : tensor<2xf32>) dimensions = [1]
  %s = linalg.reduce ins(%a : tensor<2x3xf32>) outs(%w : tensor<3xf32>) dimensions = [0]
    (%in: f32, %acc: f32) {
      %x = arith.addf %in, %acc : f32
      linalg.yield %x : f32
    }
  return %t, %u, %d, %r, %s : tensor<3x2xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2xf32>, tensor<3xf32>
}
//--- parser-error.mlir
func.func @f(%a: tensor<2x3xf32>, %b: tensor<3x2xf32>) -> tensor<3x2xf32> {
  %t = linalg.transpose ins(%a : tensor<2x3xf32>) outs(%b : tensor<3x2xf32>)
    perm = [1, 0]
  return %t : tensor<3x2xf32>
}
