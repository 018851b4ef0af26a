#!/bin/sh
# Expect exactly 3 findings in the fixture directory (the allow-listed line is skipped).
cd "$(dirname "$0")"
out=$(perl ../scripts/secret_sweep.pl fixtures 2>&1)
echo "$out"
echo "$out" | tail -1 | grep -q '^3 finding' && echo PASS || { echo FAIL; exit 1; }
