#!/usr/bin/env bash
# Installs what building and testing Tessel needs on a fresh Debian 12
# machine: LLVM/MLIR 22, the LLVM OpenMP runtime (parallel CPU code), ninja,
# ccache, GoogleTest, clang-format-22, XGBoost (the learned cost model),
# valgrind (memory checks of the compiler), clang-22 with its sanitizer and
# libFuzzer runtimes (the sanitized build), numpy. Safe to run again: it installs only what is missing.
set -euo pipefail

packages=(cmake ninja-build ccache g++ python3 git libgtest-dev
          llvm-22-dev libmlir-22-dev mlir-22-tools llvm-22-tools
          clang-format-22 libomp-22-dev libxgboost-dev valgrind
          clang-22 libclang-rt-22-dev)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" ||
    missing+=("$p")
done

if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO=sudo
  echo "setup-machine: installing ${missing[*]}"
  $SUDO apt-get update
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y "${missing[@]}"
fi

root=$(cd "$(dirname "$0")/../.." && pwd)
python3 -m pip install --quiet -r "$root/python/requirements.txt"
# The tessel Python package (over libTesselC.so of build/), editable so that
# it follows the checkout.
python3 -m pip install --quiet --no-build-isolation -e "$root/python"
