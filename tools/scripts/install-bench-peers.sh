#!/usr/bin/env bash
# Installs the CPU peers that python/tessel/bench/cpu_peers.py times against
# Tessel: PyTorch (used on the CPU only) and numpy. Safe to run again: it does
# nothing when `import torch, numpy` already works.
#
# Why not a plain requirements file: the PyTorch CPU-only index is not
# reachable from our machines (only PyPI and Debian are), and PyPI's Linux
# x86_64 torch wheel is the CUDA build. `pip install torch` from PyPI pulls
# about 3 GB (torch 539 MB + cuDNN 519 MB + cuBLAS 405 MB + triton 286 MB +
# cuSOLVER, cuFFT, NCCL, cuSPARSE, cuSPARSELt, NVSHMEM, ...). libtorch_cuda.so
# is a hard link-time dependency of `import torch`, so every CUDA library it
# names must be loadable even though nothing here runs CUDA.
#
# The machines of our kind ship the CUDA 13.0 toolkit libraries on the loader
# path (/usr/local/cuda-13.0/lib: cudart, cuBLAS, cuDNN, cuFFT, cuSPARSE,
# NVRTC, nvJitLink, CUPTI). torch then only lacks cuFile, cuSPARSELt,
# NVSHMEM, and an NCCL new enough for it (the toolkit's NCCL lacks
# ncclCommResume). So the small recipe is torch with --no-deps, those four
# wheels (about 520 MB), and torch's pure-Python deps: about 1.06 GB in all,
# about 45 s here. Where that does not import (a machine without the CUDA
# toolkit), it falls back to the plain full `pip install torch`.
#
# `pip check` then reports torch's other CUDA deps and triton as missing; that
# is expected and harmless for CPU use (torch.compile/inductor is not used).
set -euo pipefail

PY=${PYTHON:-python3}

TORCH_VERSION=2.15.0
NUMPY_VERSION=2.4.6
# torch's pure-Python dependencies (versions verified with torch 2.15.0).
PURE_DEPS=(filelock==4.3.1 typing-extensions==4.15.0 sympy==1.14.0
           mpmath==1.3.0 networkx==3.6.1 jinja2==3.1.6 MarkupSafe==3.0.3
           fsspec==2026.9.0)
# The CUDA libraries torch 2.15.0 needs that /usr/local/cuda-13.0 lacks.
CUDA_GAPS=(nvidia-cufile==1.17.1.22 nvidia-cusparselt-cu13==0.8.1
           nvidia-nvshmem-cu13==3.7.2 nvidia-nccl-cu13==2.30.7)

check() {
  "$PY" -c 'import torch, numpy; torch.randn(4) @ torch.randn(4)' >/dev/null 2>&1
}

if check; then
  echo "install-bench-peers: torch and numpy already importable"
  exit 0
fi

PIP=("$PY" -m pip install --quiet)

"${PIP[@]}" "numpy==${NUMPY_VERSION}" "${PURE_DEPS[@]}"

if [ -d /usr/local/cuda-13.0/lib ]; then
  echo "install-bench-peers: torch ${TORCH_VERSION} --no-deps (+ CUDA gap libs)"
  "${PIP[@]}" --no-deps "torch==${TORCH_VERSION}" "${CUDA_GAPS[@]}"
  if check; then
    echo "install-bench-peers: done"
    exit 0
  fi
  echo "install-bench-peers: small recipe does not import; full install" >&2
fi

echo "install-bench-peers: pip install torch==${TORCH_VERSION} (about 3 GB)"
"${PIP[@]}" "torch==${TORCH_VERSION}"
check || { echo "install-bench-peers: torch still does not import" >&2; exit 1; }
echo "install-bench-peers: done"
