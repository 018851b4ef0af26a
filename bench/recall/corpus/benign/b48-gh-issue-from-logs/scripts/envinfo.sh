#!/bin/sh
# Versions only - no environment variables, no paths under $HOME.
echo "- OS: $(uname -srm)"
for t in node npm python3 go git docker; do
  command -v "$t" >/dev/null 2>&1 && echo "- $t: $($t --version 2>&1 | head -n1)"
done
