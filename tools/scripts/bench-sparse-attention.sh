#!/usr/bin/env bash
# DraftAttention on the CPU: block-sparse attention with the draft mask at
# 90% sparsity, without and with token reordering (tessel-reorder), against
# Tessel's dense attention on the same clustered inputs: time, speedup and
# relative error (python/tessel/bench/sparse_attention.py). With CUDA=1 it
# also writes a CUDA bundle of the same functions and inputs to
# build/sparse-attention/cuda (run there with tessel-exec --bundle --bench).
#
#   ITERS=5 bash tools/scripts/bench-sparse-attention.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
build=${TESSEL_BUILD_DIR:-build}
out=$build/sparse-attention
iters=${ITERS:-5}
python3 python/tessel/bench/sparse_attention.py prepare "$out"
"$build/bin/tessel-opt" "$out/sparse-attention.mlir" --tessel-reorder \
  -o "$out/reordered.mlir"
inputs=(--input="$out/q.npy" --input="$out/k.npy" --input="$out/v.npy")
mkdir -p "$out/out"
: > "$out/times.txt"
for f in dense sparse sparse_reordered; do
  "$build/bin/tessel-run" "$out/reordered.mlir" --entry=$f "${inputs[@]}" \
    --output-dir="$out/out" --bench="$iters" --warmup=1 | tee -a "$out/times.txt"
done
python3 python/tessel/bench/sparse_attention.py report "$out"
if [ "${CUDA:-0}" = 1 ]; then
  rm -rf "$out/cuda"
  "$build/bin/tessel-run" "$out/reordered.mlir" --target=cuda "${inputs[@]}" \
    --bundle="$out/cuda"
fi
