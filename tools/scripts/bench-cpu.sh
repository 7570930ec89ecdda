#!/usr/bin/env bash
# CPU benchmarks: Tessel beside its peers on the same cores, in one command.
# Builds tessel-run, installs the peers (tools/scripts/install-bench-peers.sh),
# times every function in test/Benchmarks/CPU with tessel-run --bench, times
# the peers with python/tessel/bench/cpu_peers.py, and prints a Markdown
# table of ratios (python/tessel/bench/cpu_report.py). Raw outputs are kept
# in $TESSEL_BENCH_OUT (default build/bench).
#
#   ITERS=20 WARMUP=3 bash tools/scripts/bench-cpu.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${TESSEL_BUILD_DIR:-$root/build}
out=${TESSEL_BENCH_OUT:-$build/bench}
iters=${ITERS:-20}
warmup=${WARMUP:-3}
cd "$root"

bash tools/scripts/setup-machine.sh
bash tools/scripts/build.sh tessel-run
bash tools/scripts/install-bench-peers.sh
mkdir -p "$out"

echo "bench-cpu: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p')"
: > "$out/tessel.txt"
for file in test/Benchmarks/CPU/*.mlir; do
  "$build/bin/tessel-run" "$file" --seed=1 --bench="$iters" \
    --warmup="$warmup" | tee -a "$out/tessel.txt"
done
python3 python/tessel/bench/cpu_peers.py --iters "$iters" --warmup "$warmup" \
  > "$out/peers.json"
python3 python/tessel/bench/cpu_report.py "$out/tessel.txt" "$out/peers.json"
