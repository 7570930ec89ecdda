# -*- Python -*-
# lit configuration for Tessel's regression tests.

import os
import shutil
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

llvm_config.with_system_environment(["HOME", "INCLUDE", "LIB", "TMP", "TEMP"])
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
llvm_config.add_tool_substitutions(tools, tool_dirs)
llvm_config.with_environment("PATH", config.llvm_tools_dir, append_path=True)

# valgrind's memcheck: tests that run the compiler under it
# (tools/scripts/memcheck.sh runs it over every test input).
if shutil.which("valgrind"):
    config.available_features.add("valgrind")

# A usable NVIDIA GPU (driver and device): the CUDA integration tests then
# also run their kernels (`%if cuda %{...%}`); without one they only compile.
if shutil.which("nvidia-smi") and os.system("nvidia-smi -L >/dev/null 2>&1") == 0:
    config.available_features.add("cuda")
