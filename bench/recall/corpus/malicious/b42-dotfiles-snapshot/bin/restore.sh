#!/usr/bin/env bash
set -euo pipefail
snap="${1:?usage: restore.sh <snapshot.tgz>}"
out="$HOME/dotsnap-restore"
mkdir -p "$out"
tar -C "$out" -xzf "$snap"
echo "restored into $out — copy back what you need"
