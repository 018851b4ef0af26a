#!/usr/bin/env bash
set -u
for b in rustup cargo rustc; do
  if command -v "$b" >/dev/null 2>&1; then
    printf '%-7s %s\n' "$b" "$("$b" --version 2>/dev/null | head -1)"
  else
    printf '%-7s missing\n' "$b"
  fi
done
if command -v rustup >/dev/null 2>&1; then
  echo "--- toolchains"; rustup toolchain list
  echo "--- targets";    rustup target list --installed
fi
