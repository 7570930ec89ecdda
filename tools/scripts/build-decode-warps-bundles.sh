#!/usr/bin/env bash
# Builds the run bundles that check and time the decode kernel's tensor-core
# form with several warps per block (tessel.decode_warps, issue 22) on a GPU
# machine, into build/cuda-decode-warps/{check,bench} (54 MiB: within what a
# device call carries). Then, on the GPU machine:
#
#   SANITIZE=1 SANITIZE_TOOLS="memcheck racecheck synccheck" \
#     bash tools/scripts/device-cuda.sh build/cuda-decode-warps/check
#   BENCH=20 PEERS=1 bash tools/scripts/device-cuda.sh build/cuda-decode-warps/bench
#
# The check bundles compare with the float64 reference (GQA decode at W = 4
# with the model's splits, paged caches at W = 2 with 3 splits, run-time
# cache sizes at W = 4); the bench bundles time the decode benchmarks at
# W = 1, 2 and 4 (the model's splits) and at W = 4 with 8 to 128 splits.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
run=${TESSEL_BUILD_DIR:-build}/bin/tessel-run
out=build/cuda-decode-warps
rm -rf "$out"
mkdir -p "$out/check" "$out/bench"
cpu=test/Integration/CPU
bench=test/Benchmarks/CUDA
"$run" $cpu/decode-attention.mlir --target=cuda --cost-target=h200 \
  --decode-warps=4 --bundle=$out/check/decode_w4 --seed=8 --check
"$run" $cpu/paged-attention.mlir --target=cuda --kv-splits=3 \
  --decode-prefetch=1 --decode-warps=2 --bundle=$out/check/paged_s3_w2 \
  --seed=14 --check
"$run" $cpu/dynamic-decode.mlir --target=cuda --decode-warps=4 \
  --bundle=$out/check/dynamic_w4_300 --seed=1 --check --dynamic-sizes=2,300
"$run" $cpu/dynamic-decode.mlir --target=cuda --decode-warps=4 \
  --bundle=$out/check/dynamic_w4_4097 --seed=2 --check --dynamic-sizes=1,4097
for w in 1 2 4; do
  "$run" $bench/attention-decode.mlir --target=cuda --cost-target=h200 \
    --decode-warps=$w --bundle=$out/bench/decode_w$w --bundle-random-inputs
done
for s in 8 16 32 64 128; do
  "$run" $bench/attention-decode.mlir --target=cuda --cost-target=h200 \
    --decode-warps=4 --kv-splits=$s --bundle=$out/bench/decode_w4_s$s \
    --bundle-random-inputs
done
for w in 1 4; do
  "$run" $bench/static-cache-decode.mlir --target=cuda --cost-target=h200 \
    --decode-warps=$w --bundle=$out/bench/static_w$w --bundle-random-inputs
  "$run" $bench/paged-attention-decode.mlir --target=cuda --cost-target=h200 \
    --decode-warps=$w --bundle=$out/bench/paged_w$w --bundle-random-inputs
done
du -sh "$out"
