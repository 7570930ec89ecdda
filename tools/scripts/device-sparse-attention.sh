#!/usr/bin/env bash
# On the GPU machine (after tools/scripts/build-sparse-attention-cuda.sh
# here, and the runtime built by tools/scripts/device-cuda.sh): makes the
# clustered inputs of each S<S>_B<block> directory again, times @dense, @draft,
# @sparse and @sparse_reordered with tessel-exec (L2 flushed, medians) and
# prints the table of python/tessel/bench/sparse_attention.py report: time,
# speedup over dense, relative error against dense.
#
#   bash tools/scripts/device-sparse-attention.sh [DIR] [ITERS]
set -uo pipefail
cd "$(dirname "$0")/../.."
dir=${1:-build/sparse-attention-cuda}
iters=${2:-20}
exec_bin=${EXEC:-/tmp/tessel-runtime/tessel-exec}
for sdir in "$dir"/S*/; do
  name=${sdir%/}; name=${name##*/S}
  s=${name%_B*}; block=${name#*_B}
  work=/tmp/sparse-$name
  rm -rf "$work" && mkdir -p "$work/out"
  python3 python/tessel/bench/sparse_attention.py prepare "$work" f16 "$s" "$block"
  echo "== S $s, blocks of $block"
  : > "$work/times.txt"
  for f in dense draft sparse sparse_reordered; do
    "$exec_bin" "$sdir/sparse.so" --target=cuda --entry=$f \
      --input="$work/q.npy" --input="$work/k.npy" --input="$work/v.npy" \
      --output="$work/out/$f" --bench="$iters" 2>&1 | grep -E "bench|error" |
      tee -a "$work/times.txt"
    [ -f "$work/out/$f/result0.npy" ] &&
      cp "$work/out/$f/result0.npy" "$work/out/$f.result0.npy"
  done
  python3 python/tessel/bench/sparse_attention.py report "$work"
done
