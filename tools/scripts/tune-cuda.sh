#!/usr/bin/env bash
# The GPU's measurements for the learned cost model, in one device call.
# Here (with MLIR):
#   bash tools/scripts/tune-cuda.sh prepare
# writes the sm_90 suite (qmatmul; attention has no GPU choices yet),
# a bundle per configuration into build/cuda-tune and the dataset rows
# (features, times to come) into python/tessel/costmodel/data/sm_90.csv.
# On the GPU machine (the device tool, carrying build/cuda-tune):
#   bash tools/scripts/tune-cuda.sh device
# builds the runtime and writes `<bundle> <median ms>` per bundle to
# $OUT/tune-timings.txt. Back here:
#   python3 -m tessel.costmodel.measurements python/tessel/costmodel/data/sm_90.csv \
#     <files_at>/tune-timings.txt
set -uo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
models=lib/CostModel/Models
case "${1:-}" in
prepare)
  set -e
  rm -rf build/cuda-tune
  PYTHONPATH=python python3 -m tessel.costmodel.suite --target cuda \
    --ops qmatmul --cases 40 --seed 1 -o $models/sm_90-suite.mlir
  "${TESSEL_BUILD_DIR:-build}/bin/tessel-tune" $models/sm_90-suite.mlir \
    --target=cuda --chip=sm_90 --bundle-dir=build/cuda-tune -o $models/sm_90.csv
  du -sh build/cuda-tune
  ;;
device)
  OUT=${OUT:-/tmp/tessel-device-out}
  mkdir -p "$OUT"
  RT=/tmp/tessel-runtime
  nvidia-smi --query-gpu=name,driver_version --format=csv,noheader || true
  if ! { cmake -S tools/tessel-exec -B "$RT" -DCMAKE_BUILD_TYPE=Release &&
    cmake --build "$RT" -j 16; } >"$OUT/cmake.log" 2>&1; then
    tail -30 "$OUT/cmake.log"
    exit 1
  fi
  : >"$OUT/tune-timings.txt"
  for bundle in build/cuda-tune/*/; do
    name=$(basename "$bundle")
    ms=$("$RT/tessel-exec" --bundle="$bundle" --bench="${BENCH:-50}" \
      --warmup="${WARMUP:-5}" 2>&1 | sed -n 's/^bench .*: median \([0-9.]*\) ms.*/\1/p')
    if [ -n "$ms" ]; then
      echo "$name $ms" >>"$OUT/tune-timings.txt"
    else
      echo "tune-cuda: $name did not run" >&2
    fi
  done
  wc -l <"$OUT/tune-timings.txt"
  ;;
*)
  echo "usage: tune-cuda.sh prepare|device" >&2
  exit 2
  ;;
esac
