#!/usr/bin/env bash
# DraftAttention on the GPU (issue 21): compiles the functions of
# python/tessel/bench/sparse_attention.py (@dense, @draft, @sparse,
# @sparse_reordered; f16, H 4, D 64, 10% of the key blocks kept) for CUDA
# at S = 8192 and 32768 with blocks of 64 and 128 into
# build/sparse-attention-cuda/S<S>_B<block> as shared libraries for
# tessel-exec: the inputs are made again on the GPU
# machine by the same seeded script, so nothing large travels. Then, there:
#
#   bash tools/scripts/device-sparse-attention.sh build/sparse-attention-cuda
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
build=${TESSEL_BUILD_DIR:-build}
out=build/sparse-attention-cuda
rm -rf "$out"
for s in ${SEQUENCES:-8192 32768}; do
for block in ${BLOCKS:-64 128}; do
  dir=$out/S${s}_B$block
  python3 python/tessel/bench/sparse_attention.py prepare "$dir" f16 "$s" "$block"
  rm -f "$dir"/*.npy
  "$build/bin/tessel-opt" "$dir/sparse-attention.mlir" --tessel-reorder \
    -o "$dir/reordered.mlir"
  "$build/bin/tessel-run" "$dir/reordered.mlir" --target=cuda \
    --cost-target=h200 --emit-shared-library="$dir/sparse.so"
done
done
du -sh "$out"
