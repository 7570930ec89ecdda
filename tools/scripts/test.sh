#!/usr/bin/env bash
# The test command: sets the machine up, builds everything, and runs every
# check: the lit suite (FileCheck tests and GoogleTest units) plainly and with
# --verify-roundtrip, the formatting check, the check that the generated op
# docs in docs/ are current, and the whole suite again on a build
# instrumented with AddressSanitizer and UndefinedBehaviorSanitizer, with
# bounded runs of the libFuzzer targets (TESSEL_SANITIZED=0 skips that part).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${TESSEL_BUILD_DIR:-$root/build}
cd "$root"

bash tools/scripts/setup-machine.sh
start=$(date +%s)
bash tools/scripts/build.sh
echo "test: build took $(( $(date +%s) - start )) s"

bash tools/scripts/check-format.sh

ninja -C "$build" tessel-doc >/dev/null
if [ -n "$(git status --porcelain -- docs/Dialects docs/Passes)" ]; then
  git status --porcelain -- docs/Dialects docs/Passes >&2
  echo "test: generated docs are out of date; run 'ninja -C build tessel-doc' and commit" >&2
  exit 1
fi

ninja -C "$build" check-tessel
/usr/lib/llvm-22/bin/lit -sv --param verify_roundtrip=1 "$build/test"

if [ "${TESSEL_SANITIZED:-1}" != 0 ]; then
  sanitized=${TESSEL_SANITIZED_BUILD_DIR:-$root/build-sanitized}
  start=$(date +%s)
  bash tools/scripts/build-sanitized.sh
  echo "test: sanitized build took $(( $(date +%s) - start )) s"
  start=$(date +%s)
  /usr/lib/llvm-22/bin/lit -sv "$sanitized/test" "$sanitized/test/Unit"
  echo "test: sanitized suite took $(( $(date +%s) - start )) s"
fi
