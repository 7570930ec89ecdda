#!/usr/bin/env bash
# GPU check and benchmarks in one device call. Here (with MLIR):
#   bash tools/scripts/bench-cuda.sh prepare
# (COST_TARGET=card, h200 by default: the card the cost model describes)
# compiles the CUDA integration bundles (with float64 references) into
# build/cuda-bundles and the benchmark bundles (inputs made on the device)
# into build/cuda-bench, the DraftAttention bundle (clustered f16 inputs)
# into build/cuda-sparse, the qmatmul kernel at each fixed count of warps
# per block into build/cuda-warps, a constant-weight qmatmul with and
# without the layout choice into build/cuda-layouts, and copies
# ../shared/bench/peers.py to .peers/.
# On the GPU machine (the device tool, carrying build/cuda-bundles,
# build/cuda-bench and .peers, and any of build/cuda-sparse,
# build/cuda-warps, build/cuda-layouts and build/cuda-decode (decode
# attention, contiguous and paged, whose inputs take minutes to make there): all of them pass the device
# tool's 64 MB, so a call leaves out one of the larger ones):
#   bash tools/scripts/bench-cuda.sh device
# builds the runtime, checks every bundle under compute-sanitizer, times
# the benchmarks, runs the peers and prints the ratio table, the
# DraftAttention table (time and error against dense attention), the
# warps table (the cost model's choice against each fixed count) and the
# constant-weight times.
set -uo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
case "${1:-}" in
prepare)
  set -e
  run="${TESSEL_BUILD_DIR:-build}/bin/tessel-run"
  # The card the cost model describes: the lent GPU is an H200.
  card=${COST_TARGET:-h200}
  rm -rf build/cuda-bundles build/cuda-bench
  mkdir -p build/cuda-bundles build/cuda-bench/slow .peers
  for f in attention flash-attention attention-tiles decode-attention softmax qmatmul packed-qmatmul constant-weights \
    quantization data-movement draft-mask; do
    "$run" --cost-target="$card" test/Integration/CPU/$f.mlir --target=cuda --seed=1 --check \
      --bundle=build/cuda-bundles/$f
  done
  "$run" --cost-target="$card" test/Integration/CPU/packed-qmatmul.mlir --target=cuda --seed=2 \
    --check --tensor-cores=0 --bundle=build/cuda-bundles/packed-qmatmul-cuda-cores
  "$run" --cost-target="$card" test/Examples/llama-block.mlir --target=cuda --seed=1 --check \
    --bundle=build/cuda-bundles/llama-block
  "$run" --cost-target="$card" test/Integration/CUDA/in-process.mlir --target=cuda --seed=3 --check \
    --bundle=build/cuda-bundles/in-process
  # The models exported from PyTorch, checked against PyTorch's result.
  frontend=$(mktemp -d)
  PYTHONPATH=python TESSEL_C_LIBRARY=${TESSEL_BUILD_DIR:-build}/lib/libTesselC.so \
    python3 test/Integration/Frontend/bundles.py \
    test/Integration/Frontend/Inputs "$frontend" cuda
  for b in "$frontend"/cuda/*; do mv "$b" build/cuda-bundles/frontend-$(basename "$b"); done
  # Whole Hugging Face models (prefill and decode steps) and GPTQ/AWQ
  # checkpoints, checked against PyTorch's results.
  for test in hf-models:hf hf-decode:hf-decode quantized-models:quantized; do
    PYTHONPATH=python TESSEL_C_LIBRARY=${TESSEL_BUILD_DIR:-build}/lib/libTesselC.so \
      python3 test/Integration/Frontend/${test%%:*}.py \
      test/Integration/Frontend/Inputs/${test##*:} "$frontend/${test%%:*}" >/dev/null
    for b in "$frontend/${test%%:*}"/cuda/*; do
      mv "$b" build/cuda-bundles/${test%%:*}-$(basename "$b")
    done
  done
  rm -rf "$frontend"
  for f in test/Benchmarks/CUDA/*.mlir; do
    # Decode attention has its own folder: its inputs (29 GB) take minutes
    # to make on the device.
    case "$(basename "$f")" in attention-decode.mlir | paged-attention-decode.mlir) continue ;; esac
    "$run" --cost-target="$card" "$f" --target=cuda --seed=1 --bundle-random-inputs \
      --bundle=build/cuda-bench/$(basename "$f" .mlir)
  done
  rm -rf build/cuda-decode && mkdir -p build/cuda-decode
  "$run" --cost-target="$card" test/Benchmarks/CUDA/attention-decode.mlir --target=cuda \
    --seed=1 --bundle-random-inputs --bundle=build/cuda-decode/attention-decode
  # The same reads through a paged cache (pages of 16 and 128 tokens).
  "$run" --cost-target="$card" test/Benchmarks/CUDA/paged-attention-decode.mlir --target=cuda \
    --seed=1 --bundle-random-inputs --bundle=build/cuda-decode/paged-attention-decode
  # The sm_80 attention kernel (mma.sync) against the Hopper kernel that
  # sm_90 takes by default, with 4 warps (64 query rows) per block and with
  # 8 (128 rows).
  "$run" --cost-target="$card" test/Benchmarks/CUDA/attention.mlir --target=cuda --seed=1 \
    --bundle-random-inputs --hopper-kernels=0 \
    --bundle=build/cuda-bench/attention-mmasync
  "$run" --cost-target="$card" test/Benchmarks/CUDA/attention.mlir --target=cuda --seed=1 \
    --bundle-random-inputs --hopper-kernels=0 --attention-warps=8 \
    --bundle=build/cuda-bench/attention-8warps
  # Attention on the generic path (no fused kernel without tensor cores)
  # runs for a quarter second per call: timed with fewer iterations, from
  # its own directory.
  "$run" --cost-target="$card" test/Benchmarks/CUDA/attention.mlir --target=cuda --seed=1 \
    --bundle-random-inputs --tensor-cores=0 \
    --bundle=build/cuda-bench/slow/attention-generic
  # The qmatmul-lanes knob: 128 threads per output instead of a warp.
  "$run" --cost-target="$card" test/Benchmarks/CUDA/qmatmul.mlir --target=cuda --seed=1 \
    --bundle-random-inputs --qmatmul-lanes=128 \
    --bundle=build/cuda-bench/qmatmul-lanes128
  # The qmatmul kernel on CUDA cores only, against its tensor-core form.
  "$run" --cost-target="$card" test/Benchmarks/CUDA/qmatmul.mlir --target=cuda --seed=1 \
    --bundle-random-inputs --tensor-cores=0 \
    --bundle=build/cuda-bench/qmatmul-cuda-cores
  "$run" --cost-target="$card" test/Benchmarks/CUDA/qmatmul-residual.mlir --target=cuda --seed=1 \
    --bundle-random-inputs --fuse-consumers=0 \
    --bundle=build/cuda-bench/qmatmul-residual-unfused
  "$run" --cost-target="$card" test/Benchmarks/CUDA/attention-residual.mlir --target=cuda --seed=1 \
    --bundle-random-inputs --fuse-consumers=0 \
    --bundle=build/cuda-bench/attention-residual-unfused
  # The qmatmul kernel with each fixed count of warps per block, against
  # the cost model's choice (the qmatmul-warps bundle above).
  rm -rf build/cuda-warps && mkdir -p build/cuda-warps
  for w in 1 2 4 8 16 32; do
    "$run" --cost-target="$card" test/Benchmarks/CUDA/qmatmul-warps.mlir --target=cuda --seed=1 \
      --bundle-random-inputs --qmatmul-warps=$w \
      --bundle=build/cuda-warps/warps-$w
  done
  "${TESSEL_BUILD_DIR:-build}/bin/tessel-opt" test/Benchmarks/CUDA/qmatmul-warps.mlir \
    --tessel-cuda-configure="target=$card" --convert-tessel-to-gpu \
    -o build/cuda-warps/chosen.mlir
  python3 python/tessel/bench/warps_report.py --chosen build/cuda-warps/chosen.mlir \
    > build/cuda-warps/chosen.txt
  rm build/cuda-warps/chosen.mlir
  # A qmatmul on constant int4 weights (4096 x 4096), with and without the
  # layout choice (packed words for the kernel, or a byte per weight and
  # the generic path). Kept out of build/cuda-bench: the libraries hold the
  # weights (8 and 16 MB); the device step times them when carried.
  rm -rf build/cuda-layouts && mkdir -p build/cuda-layouts
  python3 python/tessel/bench/constant_weights.py build/constant-weights.mlir
  "$run" --cost-target="$card" build/constant-weights.mlir --target=cuda --seed=1 --bundle-random-inputs \
    --bundle=build/cuda-layouts/constant-weights
  "$run" --cost-target="$card" build/constant-weights.mlir --target=cuda --seed=1 --bundle-random-inputs \
    --choose-layouts=0 --bundle=build/cuda-layouts/constant-weights-bytes
  # DraftAttention on the GPU (S = 8192): dense, block-sparse (90%) and reordered
  # block-sparse attention on the same clustered f16 inputs (the fused
  # kernel skips the blocks the draft drops); outputs come back for the
  # error against dense.
  sparse=build/sparse-attention-f16
  rm -rf build/cuda-sparse && mkdir -p build/cuda-sparse
  python3 python/tessel/bench/sparse_attention.py prepare $sparse f16 8192
  "${TESSEL_BUILD_DIR:-build}/bin/tessel-opt" $sparse/sparse-attention.mlir \
    --tessel-reorder -o $sparse/reordered.mlir
  "$run" --cost-target="$card" $sparse/reordered.mlir --target=cuda --input=$sparse/q.npy \
    --input=$sparse/k.npy --input=$sparse/v.npy \
    --bundle=build/cuda-sparse/sparse-attention
  cp ../shared/bench/peers.py .peers/peers.py
  du -sh build/cuda-bundles build/cuda-bench build/cuda-sparse build/cuda-warps \
    build/cuda-layouts build/cuda-decode
  ;;
device)
  OUT=${OUT:-/tmp/tessel-device-out}
  export OUT
  mkdir -p "$OUT"
  SANITIZE=${SANITIZE:-1} bash tools/scripts/device-cuda.sh build/cuda-bundles \
    > "$OUT/check.log" 2>&1
  check=$?
  grep -E "^==|FAIL|error|ERROR SUMMARY" "$OUT/check.log" | head -40
  echo "checks: $(grep -c ': ok$' "$OUT/check.log") ok, $(grep -c ': FAIL$' "$OUT/check.log") failed (exit $check)"
  BENCH=${BENCH:-20} WARMUP=${WARMUP:-3} SKIP_BUILD=1 PEERS=1 \
    bash tools/scripts/device-cuda.sh build/cuda-bench > "$OUT/bench.log" 2>&1
  BENCH=${SLOW_BENCH:-2} WARMUP=0 SKIP_BUILD=1 \
    bash tools/scripts/device-cuda.sh build/cuda-bench/slow > "$OUT/bench-slow.log" 2>&1
  grep -E "^bench|error" "$OUT/bench.log" "$OUT/bench-slow.log"
  # Sliding-window peers (FlexAttention) for attention-window.mlir.
  python3 python/tessel/bench/window_peers.py 2>&1 | grep -E "^(device|sdpa|flex|fa2)" |
    tee "$OUT/window-peers.txt"
  if [ -d build/cuda-sparse/sparse-attention ]; then
    mkdir -p "$OUT/sparse/out"
    /tmp/tessel-runtime/tessel-exec --bundle=build/cuda-sparse/sparse-attention \
      --bench=20 --warmup=3 --output="$OUT/sparse/out" > "$OUT/sparse/times.txt" 2>&1
    python3 python/tessel/bench/sparse_attention.py report "$OUT/sparse" |
      tee "$OUT/sparse-report.md"
  fi
  if [ -d build/cuda-warps ]; then
    BENCH=${BENCH:-20} WARMUP=${WARMUP:-3} SKIP_BUILD=1 \
      bash tools/scripts/device-cuda.sh build/cuda-warps > "$OUT/bench-warps.log" 2>&1
    python3 python/tessel/bench/warps_report.py build/cuda-warps/chosen.txt \
      "$OUT/bench-warps.log" "$OUT/bench.log" | tee "$OUT/warps-report.md"
  fi
  if [ -d build/cuda-decode ]; then
    BENCH=${BENCH:-20} WARMUP=${WARMUP:-3} SKIP_BUILD=1 \
      bash tools/scripts/device-cuda.sh build/cuda-decode > "$OUT/bench-decode.log" 2>&1
    grep -E "^==|^bench" "$OUT/bench-decode.log"
  fi
  if [ -d build/cuda-layouts ]; then
    BENCH=${BENCH:-20} WARMUP=${WARMUP:-3} SKIP_BUILD=1 \
      bash tools/scripts/device-cuda.sh build/cuda-layouts > "$OUT/bench-layouts.log" 2>&1
    grep -E "^==|^bench" "$OUT/bench-layouts.log"
  fi
  python3 python/tessel/bench/cuda_report.py "$OUT/bench.log" \
    "$OUT/bench-slow.log" "$OUT/peers.json" |
    tee "$OUT/report.md"
  exit $check
  ;;
*)
  echo "usage: bench-cuda.sh prepare|device" >&2
  exit 2
  ;;
esac
