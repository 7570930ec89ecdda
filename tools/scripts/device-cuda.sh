#!/usr/bin/env bash
# Runs on the machine with the GPU, which has CMake and a C++ compiler but no
# MLIR: builds Tessel's runtime there, then runs (and checks) every bundle
# under BUNDLES (made here by tools/scripts/bench-cuda.sh prepare), with
# compute-sanitizer over the checks when SANITIZE=1 (its memcheck tool, or
# each of SANITIZE_TOOLS="memcheck racecheck synccheck initcheck"), timings
# when BENCH=N, and the peers (../shared/bench/peers.py, carried as
# .peers/peers.py) when PEERS=1. Logs go to $OUT when set.
#
#   bash tools/scripts/device-cuda.sh [BUNDLES]
set -uo pipefail
cd "$(dirname "$0")/../.."
BUNDLES=${1:-build/cuda-bundles}
SKIP_BUILD=${SKIP_BUILD:-0}
OUT=${OUT:-/tmp/tessel-device-out}
mkdir -p "$OUT"
RT=/tmp/tessel-runtime
nvidia-smi --query-gpu=name,driver_version,clocks.sm,clocks.mem --format=csv,noheader || true
if [ "$SKIP_BUILD" != 1 ]; then
  if ! { cmake -S tools/tessel-exec -B "$RT" -DCMAKE_BUILD_TYPE=Release &&
    cmake --build "$RT" -j 16; } >"$OUT/cmake.log" 2>&1; then
    tail -30 "$OUT/cmake.log"
    exit 1
  fi
fi
EXEC="$RT/tessel-exec"
status=0
for bundle in "$BUNDLES"/*/; do
  [ -f "$bundle/bundle.txt" ] || continue
  name=$(basename "$bundle")
  echo "== $name"
  if [ "${SANITIZE:-0}" = 1 ]; then
    for tool in ${SANITIZE_TOOLS:-memcheck}; do
      compute-sanitizer --tool "$tool" --error-exitcode 3 "$EXEC" \
        --bundle="$bundle" >"$OUT/sanitize-$tool-$name.log" 2>&1
      rc=$?
      grep -E "ERROR SUMMARY|RACECHECK SUMMARY|: FAIL$" \
        "$OUT/sanitize-$tool-$name.log" | sed "s/^/$tool: /"
      [ $rc = 0 ] || { echo "compute-sanitizer $tool: $name failed ($rc)"; status=1; }
    done
  fi
  args=()
  [ -n "${BENCH:-}" ] && args+=(--bench="$BENCH" --warmup="${WARMUP:-3}")
  "$EXEC" --bundle="$bundle" "${args[@]}" 2>&1 | tee "$OUT/run-$name.log"
  [ "${PIPESTATUS[0]}" = 0 ] || status=1
done
if [ "${PEERS:-0}" = 1 ]; then
  # PEERS_PARTS: the parts of peers.py to run (attention, decode, qmatmul,
  # gemm; all by default).
  PYTHONUNBUFFERED=1 OUT="$OUT" python3 .peers/peers.py ${PEERS_PARTS:-} >"$OUT/peers.log" 2>&1 ||
    { echo "peers.py failed"; tail -5 "$OUT/peers.log"; }
fi
exit $status
