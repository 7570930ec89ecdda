#!/usr/bin/env bash
# Configures (once) and builds Tessel instrumented with AddressSanitizer,
# UndefinedBehaviorSanitizer and libFuzzer's coverage, with clang-22, ninja
# and ccache, into build-sanitized/ (TESSEL_SANITIZED_BUILD_DIR). Only
# Tessel's own code is instrumented: libMLIR and libLLVM are Debian's. The
# sanitizer runtime is linked as a shared library (-shared-libasan), so that
# Python, which loads libTesselC.so, can preload the same runtime that the
# tools use (test/lit.cfg.py does). Extra arguments are ninja targets
# (default: the tools, the unit tests, the C library and the fuzzers).
#
# -O1 keeps the build and the sanitized tests fast enough for CI.
# cmake/SanitizerPrelude.h, included first in every C++ file, says why
# LLVM's allocator annotations are off.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${TESSEL_SANITIZED_BUILD_DIR:-$root/build-sanitized}
export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$root}
# The sanitizers' line tables are debug info, for which ccache would hash
# the build directory: a fresh clone (CI) would miss the cache. (Stack
# traces then name the files where the cache was filled.)
export CCACHE_NOHASHDIR=1

# Configured on every run (quick), so that changes to the flags below take.
# The prelude is named relative to the build directory (where ninja runs
# the compiler), so that a fresh clone elsewhere hits the same cache.
mkdir -p "$build"
prelude=$(realpath --relative-to="$build" "$root/cmake/SanitizerPrelude.h")
runtime_dir=$(dirname "$(clang++-22 -print-file-name=libclang_rt.asan-x86_64.so)")
link_flags="-shared-libasan -Wl,-rpath,$runtime_dir"
cmake -G Ninja -S "$root" -B "$build" \
  -DCMAKE_BUILD_TYPE=Release \
  -DCMAKE_C_COMPILER=clang-22 -DCMAKE_CXX_COMPILER=clang++-22 \
  -DCMAKE_C_FLAGS_RELEASE="-O1 -DNDEBUG" \
  -DCMAKE_CXX_FLAGS_RELEASE="-O1 -DNDEBUG" \
  -DCMAKE_CXX_FLAGS="" -DTESSEL_CXX_PRELUDE="$prelude" \
  -DCMAKE_EXE_LINKER_FLAGS="$link_flags" \
  -DCMAKE_SHARED_LINKER_FLAGS="$link_flags" \
  -DCMAKE_MODULE_LINKER_FLAGS="$link_flags" \
  -DLLVM_USE_SANITIZER="Address;Undefined" \
  -DLLVM_USE_SANITIZE_COVERAGE=ON \
  -DMLIR_DIR=/usr/lib/llvm-22/lib/cmake/mlir >/dev/null
if [ $# -eq 0 ]; then
  set -- tessel-opt tessel-run tessel-tune tessel-exec TesselUnitTests TesselC \
    tessel-npy-fuzzer tessel-bundle-fuzzer tessel-signature-fuzzer \
    tessel-parse-fuzzer tessel-cpu-pipeline-fuzzer tessel-cuda-pipeline-fuzzer
fi
ninja -C "$build" "$@"
