#!/usr/bin/env bash
# Long runs of Tessel's libFuzzer targets (tools/tessel-fuzzers), built by
# tools/scripts/build-sanitized.sh.
#
#   fuzz.sh TARGET [RUNS] [JOBS]
#
# TARGET is npy, bundle, signature, parse, cpu-pipeline or cuda-pipeline.
# The corpus grows in build-sanitized/fuzz/TARGET/corpus (seeded from
# tools/scripts/fuzz-seeds.py); crashers, timeouts and leaks land in
# build-sanitized/fuzz/TARGET/findings. Each finding becomes a regression
# input in test/Fuzz/Inputs/TARGET/ once fixed. RUNS defaults to 10 million;
# JOBS (default 1) runs that many fuzzing processes that share the corpus.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${TESSEL_SANITIZED_BUILD_DIR:-$root/build-sanitized}
target=${1:?usage: fuzz.sh TARGET [RUNS] [JOBS]}
runs=${2:-10000000}
jobs=${3:-1}
fuzzer=$build/bin/tessel-$target-fuzzer
[ -x "$fuzzer" ] || { echo "fuzz.sh: no $fuzzer; run tools/scripts/build-sanitized.sh" >&2; exit 1; }

work=$build/fuzz/$target
mkdir -p "$work/corpus" "$work/findings"
python3 "$root/tools/scripts/fuzz-seeds.py" "$work/all-seeds" >/dev/null
case $target in
  *-pipeline) seeds=$work/all-seeds/pipeline ;;
  *) seeds=$work/all-seeds/$target ;;
esac

# The runtime's readers take files: scratch files in memory where there is
# /dev/shm (about four times the runs a second of /tmp).
if [ -z "${TMPDIR:-}" ] && [ -d /dev/shm ]; then export TMPDIR=/dev/shm; fi
export ASAN_OPTIONS=${ASAN_OPTIONS:-allocator_may_return_null=1:detect_leaks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
args=(-runs="$runs" -timeout=60 -rss_limit_mb=4096 -print_final_stats=1
      -artifact_prefix="$work/findings/")
if [ "$jobs" -gt 1 ]; then
  # With -jobs, -runs counts each job's runs.
  args+=(-jobs="$jobs" -workers="$jobs" -runs=$(( runs / jobs )))
fi
cd "$work"
exec "$fuzzer" "${args[@]}" "$work/corpus" "$seeds"
