"""The environment of tests in a sanitized build (tools/scripts/build-sanitized.sh),
shared by test/lit.cfg.py and test/Unit/lit.cfg.py.

Every report aborts the process, so that a test that expects a tool to fail
(`not tessel-opt ...`) cannot pass on a sanitizer report; allocations the
machine cannot hold fail (as posix_memalign does) instead of being reports, so
that the runtime's "cannot allocate" diagnostics are what is tested.
"""

ASAN_OPTIONS = (
    "abort_on_error=1:detect_leaks=1:disable_coredump=1:"
    "allocator_may_return_null=1:detect_stack_use_after_return=0"
)
UBSAN_OPTIONS = "abort_on_error=1:print_stacktrace=1:halt_on_error=1"


def configure(config):
    """Sets the sanitizers' options in `config`'s environment; true where the
    build is sanitized."""
    if not config.tessel_sanitizer:
        return False
    config.available_features.add("sanitized")
    config.environment["ASAN_OPTIONS"] = ASAN_OPTIONS
    config.environment["UBSAN_OPTIONS"] = UBSAN_OPTIONS
    return True
