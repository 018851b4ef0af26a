#!/usr/bin/env bash
for b in gh brew apt-get winget; do
  if command -v "$b" >/dev/null 2>&1; then echo "$b: $(command -v "$b")"; else echo "$b: missing"; fi
done
if command -v gh >/dev/null 2>&1; then
  gh --version | head -1
  gh auth status 2>&1 | sed -E 's/(Token: ).*/\1(hidden)/'
fi
