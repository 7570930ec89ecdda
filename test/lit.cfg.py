# -*- Python -*-
# lit configuration for Tessel's regression tests.

import os
import shutil
import subprocess
import sys

import lit.formats
from lit.llvm import llvm_config
from lit.llvm.subst import ToolSubst

config.name = "Tessel"
config.test_format = lit.formats.ShTest(not llvm_config.use_lit_shell)
config.suffixes = [".mlir"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.tessel_obj_root, "test")
config.excludes = [
    "Unit",
    "Benchmarks",
    "Inputs",
    "lit.cfg.py",
    "lit.site.cfg.py",
    "CMakeLists.txt",
]

config.substitutions.append(("%PATH%", config.environment["PATH"]))
config.substitutions.append(("%tessel_obj_root", config.tessel_obj_root))
# Python tests use the tessel package of this checkout over this build's
# libTesselC.so.
config.environment["PYTHONPATH"] = os.path.join(config.tessel_src_root, "python")
config.environment["TESSEL_C_LIBRARY"] = os.path.join(
    config.tessel_obj_root, "lib", "libTesselC.so"
)
config.substitutions.append(("%tessel_src_root", config.tessel_src_root))
# The python3 on PATH (the one setup-machine.sh installed numpy into), not
# necessarily the interpreter running lit.
config.substitutions.append(("%python", shutil.which("python3") or sys.executable))

# The CUDA toolkit's location (MLIR links libdevice from it into kernels
# that call math functions; without it they fail to load on the GPU).
llvm_config.with_system_environment(
    ["HOME", "INCLUDE", "LIB", "TMP", "TEMP", "CUDA_ROOT", "CUDA_HOME", "CUDA_PATH"]
)
llvm_config.use_default_substitutions()

# `--param verify_roundtrip=1` (or the CMake option) makes every tessel-opt
# run also print, re-parse and compare the IR it read.
verify_roundtrip = config.verify_roundtrip or lit_config.params.get(
    "verify_roundtrip", "0"
) not in ("0", "", "false", "False")
opt_extra = ["--verify-roundtrip"] if verify_roundtrip else []
if verify_roundtrip:
    config.available_features.add("verify-roundtrip")

tool_dirs = [config.tessel_tools_dir, config.llvm_tools_dir]
tools = [
    ToolSubst("tessel-opt", extra_args=opt_extra, unresolved="fatal"),
    ToolSubst("tessel-run", unresolved="fatal"),
    ToolSubst("tessel-tune", unresolved="fatal"),
    ToolSubst("tessel-exec", unresolved="fatal"),
]
# The libFuzzer targets (tools/tessel-fuzzers; test/Fuzz).
if config.tessel_fuzzers:
    config.available_features.add("fuzzers")
    tools += [
        ToolSubst(f"tessel-{target}-fuzzer", unresolved="fatal")
        for target in (
            "npy",
            "bundle",
            "signature",
            "parse",
            "cpu-pipeline",
            "cuda-pipeline",
        )
    ]
llvm_config.add_tool_substitutions(tools, tool_dirs)
llvm_config.with_environment("PATH", config.llvm_tools_dir, append_path=True)

# A build instrumented with AddressSanitizer and UndefinedBehaviorSanitizer
# (tools/scripts/build-sanitized.sh; options in test/sanitizers.py).
# Python does not link the sanitizer runtime that libTesselC.so needs: %python
# preloads it (leak checks off there: the interpreter keeps what it
# allocates until exit).
sys.path.insert(0, os.path.dirname(__file__))
import sanitizers  # noqa: E402

sanitized = sanitizers.configure(config)
if sanitized:
    asan_runtime = subprocess.run(
        [config.cxx_compiler, "-print-file-name=libclang_rt.asan-x86_64.so"],
        capture_output=True,
        text=True,
    ).stdout.strip()
    preload = (
        f"env LD_PRELOAD={asan_runtime} "
        f"ASAN_OPTIONS={config.environment['ASAN_OPTIONS']}:detect_leaks=0"
    )
    python = shutil.which("python3") or sys.executable
    config.substitutions = [
        (pattern, replacement)
        for pattern, replacement in config.substitutions
        if pattern != "%python"
    ]
    config.substitutions.append(("%python", f"{preload} {python}"))
else:
    preload = ""
# Runs a program built outside Tessel's build (the embedding example) that
# loads libTesselC.so: with the sanitizer runtime preloaded where the
# library needs it.
config.substitutions.append(("%preload_sanitizer", preload))

# valgrind's memcheck: tests that run the compiler under it
# (tools/scripts/memcheck.sh runs it over every test input). It cannot run a
# sanitized build.
if shutil.which("valgrind") and not sanitized:
    config.available_features.add("valgrind")

# AVX512-BF16 on the machine running the tests: bf16 GEMMs compiled for
# it (vector-isa=avx512bf16) can run.
try:
    with open("/proc/cpuinfo") as cpuinfo:
        flags = next((l for l in cpuinfo if l.startswith("flags")), "").split()
    if "avx512f" in flags and "avx512_bf16" in flags:
        config.available_features.add("avx512bf16")
except OSError:
    pass

# A usable NVIDIA GPU (driver and device): the CUDA integration tests then
# also run their kernels (`%if cuda %{...%}`); without one they only compile.
if shutil.which("nvidia-smi") and os.system("nvidia-smi -L >/dev/null 2>&1") == 0:
    config.available_features.add("cuda")

# tessel.torch (PyTorch models compiled by Tessel) needs torch and
# torch-mlir, which are not among Tessel's requirements (several GB): its
# tests run where TESSEL_TORCH_PYTHON names a Python that has them with
# transformers and ml_dtypes (the export environment of docs/UserGuide.md),
# in a plain build.
torch_python = os.environ.get("TESSEL_TORCH_PYTHON", "")
if (
    torch_python
    and shutil.which(torch_python)
    and not sanitized
    and subprocess.run(
        [torch_python, "-c", "import ml_dtypes, torch, torch_mlir, transformers"],
        capture_output=True,
    ).returncode
    == 0
):
    config.available_features.add("torch-mlir")
    config.substitutions.append(("%torch_python", torch_python))
