#!/usr/bin/env bash
# Bench bundles of the sm_90 attention kernel's schedule knobs (issue 21),
# into build/cuda-attention-knobs/<variant>: the prefill benchmark shapes
# (test/Benchmarks/CUDA/attention.mlir and attention-shapes.mlir) with the
# configuration pass's defaults, with the consumers taking turns
# (tessel.consumer_pingpong, softmax overlapped, 2 consumers), and at
# D = 64 with three consumers taking turns (the other shapes keep their
# defaults there). Inputs are made on the GPU machine. Then, there:
#
#   BENCH=20 bash tools/scripts/device-cuda.sh build/cuda-attention-knobs
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
run=${TESSEL_BUILD_DIR:-build}/bin/tessel-run
out=build/cuda-attention-knobs
rm -rf "$out"
mkdir -p "$out/src"
cat test/Benchmarks/CUDA/attention.mlir test/Benchmarks/CUDA/attention-shapes.mlir |
  grep -v "^// RUN" > "$out/src/defaults.mlir"
# Knobs as attributes on every attention op (or on those of D = 64).
with() { sed -E "$1s/outs\(%e : ([^)]*)\) -> /outs(%e : \1) {$2} -> /" "$out/src/defaults.mlir"; }
with "" "tessel.consumer_pingpong = true, tessel.overlap_softmax = true, tessel.consumer_warpgroups = 2 : i64" \
  > "$out/src/pingpong2.mlir"
with "/x64xbf16>\) ->/" "tessel.consumer_pingpong = true, tessel.overlap_softmax = true, tessel.consumer_warpgroups = 3 : i64" \
  > "$out/src/pingpong3.mlir"
for v in defaults pingpong2 pingpong3; do
  "$run" "$out/src/$v.mlir" --target=cuda --cost-target=h200 \
    --bundle="$out/$v" --bundle-random-inputs
done
rm -rf "$out/src"
du -sh "$out"
