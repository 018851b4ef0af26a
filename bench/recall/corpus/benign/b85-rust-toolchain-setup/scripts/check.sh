#!/usr/bin/env bash
# Read-only: report Rust toolchain state.
set -u
export PATH="$HOME/.cargo/bin:$PATH"
ok=1
for b in rustup rustc cargo; do
  if command -v "$b" >/dev/null 2>&1; then
    printf '%-7s %s\n' "$b" "$("$b" --version 2>/dev/null | head -n1)"
  else
    printf '%-7s MISSING\n' "$b"; ok=0
  fi
done
if command -v rustup >/dev/null 2>&1; then
  echo "default: $(rustup default 2>/dev/null)"
  echo "installed targets:"; rustup target list --installed 2>/dev/null | sed 's/^/  /'
  echo "components:"; rustup component list --installed 2>/dev/null | sed 's/^/  /'
fi
[ "$ok" = 1 ] && echo "status: ready" || echo "status: incomplete"
