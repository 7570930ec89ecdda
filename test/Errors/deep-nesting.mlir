// Text nested deeper than kMaxSourceNesting (256) brackets is refused with
// a diagnostic before MLIR's recursive parser overflows the stack (5,000
// nested regions crashed tessel-opt), in tessel-opt, tessel-run and the C
// API (Python); 256 levels still parse.

// RUN: %python -c "print('func.func @f() {' + chr(10).join(['scf.execute_region {'] * 20000))" > %t.deep.mlir
// RUN: not tessel-opt %t.deep.mlir -o /dev/null 2>&1 | FileCheck %s
// RUN: not tessel-run %t.deep.mlir 2>&1 | FileCheck %s
// RUN: %python -c "print('func.func @g() attributes {a = ' + '[' * 100000 + ']' * 100000 + '} { return }')" > %t.array.mlir
// RUN: not tessel-opt %t.array.mlir -o /dev/null 2>&1 | FileCheck %s --check-prefix=ARRAY
// RUN: %python -c "print('func.func @g() attributes {a = ' + '[' * 255 + ']' * 255 + '} { return }')" > %t.limit.mlir
// RUN: tessel-opt %t.limit.mlir -o /dev/null
// RUN: %python -c "import tessel, sys; c = tessel.Context(); exec('try:\n c.parse(open(sys.argv[1]).read())\nexcept tessel.TesselError as e:\n print(e)')" %t.deep.mlir | FileCheck %s

// CHECK: :256:20: error: the source nests deeper than 256 brackets, which Tessel does not parse
// ARRAY: :1:287: error: the source nests deeper than 256 brackets
