#!/usr/bin/env bash
# Print the first real error block from a build log and guess its category.
set -euo pipefail

log="${1:-/dev/stdin}"
[ -r "$log" ] || { echo "cannot read $log" >&2; exit 2; }

pattern='(^|[^a-z])(error|ERR!|FAILED|FAIL |panic:|Traceback|Exception|fatal:|cannot find|undefined reference|not found|E[0-9]{4}|TS[0-9]{4})'
line=$(grep -nEi -m1 "$pattern" "$log" | cut -d: -f1 || true)

if [ -z "${line}" ]; then
  echo "No error pattern found. Last 30 lines:"
  tail -n 30 "$log"
  exit 0
fi

start=$(( line > 5 ? line - 5 : 1 ))
end=$(( line + 25 ))
echo "=== first error at line ${line} ==="
sed -n "${start},${end}p" "$log"
echo "==="

block=$(sed -n "${line},${end}p" "$log")
cat_guess="unknown"
case "$block" in
  *"ERESOLVE"*|*"peer dep"*|*"No matching version"*|*"Could not resolve"*|*"ModuleNotFoundError"*|*"cannot find module"*|*"Cannot find module"*) cat_guess="dependency" ;;
  *"TS2"*|*"TS7"*|*"mismatched types"*|*"type error"*|*"TypeError"*|*"incompatible types"*) cat_guess="type" ;;
  *"SyntaxError"*|*"expected"*"found"*|*"Unexpected token"*) cat_guess="syntax" ;;
  *"AssertionError"*|*"expect("*|*"assert"*|*"--- FAIL"*) cat_guess="test-assertion" ;;
  *"ECONNREFUSED"*|*"ETIMEDOUT"*|*"getaddrinfo"*|*"Could not resolve host"*) cat_guess="network" ;;
  *"heap out of memory"*|*"OutOfMemoryError"*|*"Killed"*) cat_guess="oom" ;;
  *"is not set"*|*"undefined variable"*|*"KeyError"*|*"env"*) cat_guess="env" ;;
esac
echo "category: ${cat_guess}"
