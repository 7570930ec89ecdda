#!/usr/bin/env bash
# Tessel's main job, for now: compile the bundled example model (a
# Llama-style attention block and a 4-bit quantized MLP) with tessel-opt and
# print the result. It verifies the IR, round-trips it, canonicalizes it,
# tiles attention and the quantized matmuls with upstream SCF tiling through
# the ops' TilingInterface, and prints what comes out.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${TESSEL_BUILD_DIR:-$root/build}
cd "$root"

bash tools/scripts/setup-machine.sh
bash tools/scripts/build.sh tessel-opt
"$build/bin/tessel-opt" test/Examples/llama-block.mlir \
  --verify-roundtrip -transform-interpreter -canonicalize -cse
