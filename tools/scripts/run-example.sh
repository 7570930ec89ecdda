#!/usr/bin/env bash
# Tessel's main job: compile the bundled example model (a Llama-style
# attention block and a 4-bit quantized SwiGLU MLP, test/Examples/
# llama-block.mlir) with tessel-cpu-pipeline, run it on the CPU on seeded
# random inputs, check the result against the float64 reference interpreter
# and time it; then do the same ahead of time through the MLIR-free runtime;
# then generate tokens with a whole model: the decode step of a tiny Llama
# exported from transformers with its static KV cache
# (tools/scripts/export-hf-decode.py), compiled once through the Python
# package, fed a prompt and run greedily, its tokens compared with PyTorch's.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${TESSEL_BUILD_DIR:-$root/build}
cd "$root"

bash tools/scripts/setup-machine.sh
bash tools/scripts/build.sh tessel-opt tessel-run tessel-exec TesselC

model=test/Examples/llama-block.mlir
echo "== JIT: compile, run, check against the float64 reference, time"
"$build/bin/tessel-run" "$model" --seed=1 --check --bench=20

echo "== Ahead of time: shared library, run by the runtime alone (tessel-exec)"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
"$build/bin/tessel-run" "$model" --emit-shared-library="$out/llama-block.so"
"$build/bin/tessel-exec" "$out/llama-block.so" --entry=llama_block --seed=1 \
  --bench=20

echo "== Tokens out: a tiny Llama (transformers, random weights) generates greedily"
decode=test/Integration/Frontend/Inputs/hf-decode
PYTHONPATH="$root/python" TESSEL_C_LIBRARY="$build/lib/libTesselC.so" \
  python3 tools/scripts/generate.py "$decode/llama-f32.mlir" --tokens 8 \
  --expected "$decode/llama-f32.ids.npy"
