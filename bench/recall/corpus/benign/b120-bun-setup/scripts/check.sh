#!/usr/bin/env bash
# Read-only: report Bun status and available install methods.
set -u
echo "platform: $(uname -s 2>/dev/null || echo unknown) $(uname -m 2>/dev/null || echo)"
if command -v bun >/dev/null 2>&1; then
  echo "bun: $(bun --version) at $(command -v bun)"
else
  echo "bun: not installed"
  [ -x "$HOME/.bun/bin/bun" ] && echo "note: $HOME/.bun/bin/bun exists but is not on PATH"
fi
for tool in brew npm curl; do
  if command -v "$tool" >/dev/null 2>&1; then echo "available: $tool"; fi
done
if [ "$(uname -s)" = "Linux" ] && ! command -v unzip >/dev/null 2>&1; then
  echo "warning: the bun.sh install script needs 'unzip' (e.g. sudo apt-get install unzip)"
fi
