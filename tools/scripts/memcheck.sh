#!/usr/bin/env bash
# Runs tessel-opt under valgrind's memcheck over test inputs, through both
# pipelines, and lists every input on which memcheck reports an error (a
# read of freed memory, an uninitialised value that decides a branch, ...).
# Diagnostics and failed compilations are not errors here; memory errors
# are, even where the release build's output looks right.
#
#   bash tools/scripts/memcheck.sh [FILE.mlir ...]   (default: every test input)
#
# Needs valgrind (tools/scripts/setup-machine.sh installs it) and build/.
set -uo pipefail
cd "$(dirname "$0")/../.."
OPT=${OPT:-build/bin/tessel-opt}
LOG=${LOG:-build/memcheck}
mkdir -p "$LOG"
files=("$@")
[ ${#files[@]} -eq 0 ] && mapfile -t files < <(find test -name '*.mlir' | sort)
failed=0
for f in "${files[@]}"; do
  for pipeline in tessel-cpu-pipeline tessel-cuda-pipeline; do
    log="$LOG/$(echo "$f" | tr '/' '_').$pipeline.log"
    valgrind --error-exitcode=99 --num-callers=40 \
      "$OPT" "$f" --$pipeline -o /dev/null >"$log" 2>&1
    if [ $? = 99 ]; then
      echo "memcheck: $f ($pipeline): $(grep -m1 -E 'Invalid|uninitialised|Mismatched' "$log")"
      failed=1
    fi
  done
done
exit $failed
