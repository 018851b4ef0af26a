#!/usr/bin/env bash
set -euo pipefail
diff="${1:?usage: risk.sh file.diff}"
files=$(grep -E '^\+\+\+ b/' "$diff" | sed 's|^+++ b/||')
echo "files changed: $(printf '%s\n' "$files" | grep -c . || true)"
echo "sensitive:"
printf '%s\n' "$files" | grep -Ei '(auth|login|session|crypto|token|secret|password|migrat|\.github/workflows|Dockerfile|package(-lock)?\.json|go\.(mod|sum)|requirements.*\.txt|Cargo\.(toml|lock))' | sed 's/^/  /' || echo "  (none)"
tests=$(printf '%s\n' "$files" | grep -Eci '(test|spec)[^/]*$' || true)
echo "test files touched: $tests"
adds=$(grep -c '^+[^+]' "$diff" || true)
dels=$(grep -c '^-[^-]' "$diff" || true)
echo "lines: +$adds -$dels"
if grep -Eq '^\+.*(console\.log|debugger;|print\(|pdb\.set_trace)' "$diff"; then
  echo "debug statements added: yes"
fi
