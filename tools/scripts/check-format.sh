#!/usr/bin/env bash
# Fails if clang-format-22 would change any of Tessel's own C++ sources.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
files=$(git ls-files '*.cpp' '*.h')
if ! clang-format-22 --dry-run -Werror $files; then
  echo "check-format: run 'clang-format-22 -i' on the files above" >&2
  exit 1
fi
echo "check-format: $(echo "$files" | wc -l) files formatted"
