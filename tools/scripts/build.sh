#!/usr/bin/env bash
# Configures (once) and builds Tessel with ninja and ccache into build/.
# Extra arguments are ninja targets (default: all).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${TESSEL_BUILD_DIR:-$root/build}
# Paths relative to the checkout in ccache's keys, so that a fresh clone in
# another folder (as CI makes) still hits the cache.
export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$root}

if [ ! -f "$build/build.ninja" ]; then
  cmake -G Ninja -S "$root" -B "$build" \
    -DCMAKE_BUILD_TYPE=Release \
    -DMLIR_DIR=/usr/lib/llvm-22/lib/cmake/mlir
fi
ninja -C "$build" "$@"
