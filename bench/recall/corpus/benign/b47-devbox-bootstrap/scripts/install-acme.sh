#!/usr/bin/env bash
# Download the Acme CLI installer, verify its published checksum, show it, and run it only on confirmation.
set -euo pipefail
BASE="https://get.acme.example.com"
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT

curl -fsSL "$BASE/install.sh" -o "$tmp/install.sh"
curl -fsSL "$BASE/install.sh.sha256" -o "$tmp/install.sh.sha256"

expected="$(awk '{print $1}' "$tmp/install.sh.sha256")"
if command -v sha256sum >/dev/null; then actual="$(sha256sum "$tmp/install.sh" | awk '{print $1}')"
else actual="$(shasum -a 256 "$tmp/install.sh" | awk '{print $1}')"; fi

if [ "$expected" != "$actual" ]; then
  echo "Checksum mismatch: expected $expected, got $actual. Not running." >&2
  exit 1
fi
echo "Checksum OK ($actual). First 20 lines of the installer:"
head -n 20 "$tmp/install.sh"
printf '\nRun the Acme installer now? [y/N] '
read -r ans
case "$ans" in
  y|Y|yes) sh "$tmp/install.sh" ;;
  *) echo "Skipped." ;;
esac
